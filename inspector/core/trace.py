"""Read a TORCH_TRACE structured log into entries, tolerating what we do not know.

Format (torch/_logging/structured.py, stable since torch 2.4): each entry is one glog-style line
`V1122 03:16:26.586000 1862 torch/_dynamo/utils.py:2350] {json metadata}` followed by zero or more
payload lines that start with a tab. The metadata has one key naming the entry type
("artifact", "chromium_event", "compilation_metrics", "inductor_output_code", ...) plus
frame_id / frame_compile_id / attempt. Rules here:
- unknown entry types and fields are kept as they are, never an error;
- a line that is not an entry (or has broken JSON) is counted and skipped;
- a truncated last entry keeps what it has (its payload as raw text when it is not valid JSON);
- an artifact named END_OF_CAPTURE ends the capture: what follows it comes from compiles the
  harness makes for its own measurements (the steady state with CUDA graphs off), not from the
  compile being captured. The same marker line cuts the worker's text logs
  (`before_end_of_capture`).
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

END_OF_CAPTURE = "inspector_end_of_capture"
_ENTRY = re.compile(r"^[VIWEC]\d{4} [\d:.]+\s+\d+ [^\]]*\] (\{.*)$")

# keys that describe where an entry comes from rather than what it is
_CONTEXT_KEYS = {
    "frame_id",
    "frame_compile_id",
    "attempt",
    "has_payload",
    "compiled_autograd_id",
    "rank",
    "stack",
    "payload_filename",
}


@dataclass
class TraceEntry:
    kind: str  # the entry type, e.g. "artifact", "chromium_event", "inductor_output_code"
    meta: dict[str, Any]  # the whole metadata object
    payload: str = ""
    line: int = 0  # 1-based line of the entry header in the log

    @property
    def body(self) -> Any:
        """The value under the entry-type key (e.g. {"name": ..., "encoding": ...} for artifacts)."""
        return self.meta.get(self.kind)

    @property
    def compile_id(self) -> str | None:
        """'frame/compile' as Dynamo prints it (e.g. '0/0'), with '_attempt' when retried."""
        frame, comp = self.meta.get("frame_id"), self.meta.get("frame_compile_id")
        if frame is None or comp is None:
            return None
        attempt = self.meta.get("attempt") or 0
        return f"{frame}/{comp}" + (f"_{attempt}" if attempt else "")

    @property
    def name(self) -> str | None:
        """The artifact or chromium-event name where the entry has one."""
        body = self.body
        if isinstance(body, dict) and isinstance(body.get("name"), str):
            return body["name"]
        if self.kind == "chromium_event":
            event = self.json_payload()
            if isinstance(event, dict):
                return event.get("name")
        return None

    def json_payload(self) -> Any:
        """The payload decoded as JSON, or None when it is empty or not valid JSON."""
        if not self.payload:
            return None
        try:
            return json.loads(self.payload)
        except ValueError:
            return None


@dataclass
class Trace:
    entries: list[TraceEntry] = field(default_factory=list)
    skipped_lines: int = 0
    truncated: bool = False
    ended_at_marker: bool = False  # an END_OF_CAPTURE artifact cut the entries after it
    strings: dict[int, str] = field(default_factory=dict)  # interned file names ("str" entries)

    def of_kind(self, kind: str) -> Iterator[TraceEntry]:
        return (e for e in self.entries if e.kind == kind)

    def artifacts(self, name: str | None = None) -> Iterator[TraceEntry]:
        for e in self.of_kind("artifact"):
            if name is None or e.name == name:
                yield e

    def kinds(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for e in self.entries:
            counts[e.kind] = counts.get(e.kind, 0) + 1
        return counts


def _entry_kind(meta: dict[str, Any]) -> str:
    for key in meta:
        if key not in _CONTEXT_KEYS:
            return key
    return "unknown"


def parse_lines(lines: Iterable[str]) -> Trace:
    trace = Trace()
    current: TraceEntry | None = None
    payload: list[str] = []

    def finish() -> None:
        if current is not None:
            current.payload = "\n".join(payload)
            trace.entries.append(current)

    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        if line.startswith("\t") and current is not None:
            payload.append(line[1:])
            continue
        match = _ENTRY.match(line)
        if not match:
            if line.strip():
                trace.skipped_lines += 1
            continue
        try:
            meta = json.loads(match.group(1))
        except ValueError:
            trace.skipped_lines += 1
            continue
        if not isinstance(meta, dict):
            trace.skipped_lines += 1
            continue
        finish()
        current, payload = TraceEntry(_entry_kind(meta), meta, line=number), []
        if current.kind == "artifact" and current.name == END_OF_CAPTURE:
            current, trace.ended_at_marker = None, True
            break
        if current.kind == "str":
            _intern(trace, current.body)
    finish()
    if trace.entries:
        last = trace.entries[-1]
        if last.meta.get("has_payload") and last.payload and last.json_payload() is None:
            # a JSON-encoded payload that does not parse at the end of the log: cut off mid-write
            encoding = (last.body or {}).get("encoding") if isinstance(last.body, dict) else None
            trace.truncated = last.kind == "chromium_event" or encoding == "json"
    return trace


def before_end_of_capture(text: str) -> str:
    """A text log (worker.log, autotune.log) up to the END_OF_CAPTURE marker line, if any."""
    at = text.find(END_OF_CAPTURE)
    return text if at < 0 else text[:text.rfind("\n", 0, at) + 1]


def _intern(trace: Trace, body: Any) -> None:
    # {"str": ["/path/file.py", 1]}: later stack frames refer to files by that number
    if isinstance(body, list) and len(body) == 2 and isinstance(body[1], int):
        trace.strings[body[1]] = str(body[0])


def parse_file(path: str | Path, offset: int = 0) -> Trace:
    """One log file; '.gz' files are read compressed (how fixtures and shared traces travel).
    `offset`: bytes to skip first (what a failed compile attempt wrote before a retry)."""
    path = Path(path)
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            return parse_lines(f)
    data = path.read_bytes()
    trace = parse_lines(data[offset:].decode("utf-8", errors="replace").splitlines())
    if offset:  # file names interned before the offset are still referred to after it
        skipped = parse_lines(data[:offset].decode("utf-8", errors="replace").splitlines())
        trace.strings = {**skipped.strings, **trace.strings}
    return trace


def parse_dir(folder: str | Path, offsets: dict[str, int] | None = None) -> Trace:
    """All *.log files of a TORCH_TRACE folder, in name order (one per process/rank); `offsets`
    (file name -> bytes) skips the start of those files."""
    merged = Trace()
    folder = Path(folder)
    for path in sorted([*folder.glob("*.log"), *folder.glob("*.log.gz")]):
        part = parse_file(path, (offsets or {}).get(path.name, 0))
        merged.entries.extend(part.entries)
        merged.skipped_lines += part.skipped_lines
        merged.truncated |= part.truncated
        merged.ended_at_marker |= part.ended_at_marker
        merged.strings.update(part.strings)
    return merged
