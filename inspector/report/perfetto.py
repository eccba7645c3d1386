"""Export a capture's compile timeline as a Chrome trace (JSON), which Perfetto and chrome://tracing open.

The structured trace already holds Chrome-format events, but interleaved with everything else
and with arguments that can be hundreds of kilobytes (the cache-key components of one cache
event are ~100 KB). Here the paired spans become complete ("X") events and the instants instant
("i") events, each argument cut to a short scalar, so one run's file stays a few tens of KB.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from inspector.core.timeline import Instant, Span
from inspector.store import write_json

ARG_CHARS = 200  # longer argument values are cut: they are cache keys and config dumps


def _arg(value: Any) -> Any:
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    text = str(value)
    return text if len(text) <= ARG_CHARS else text[:ARG_CHARS] + "…"


def chrome_trace(spans: list[Span], instants: list[Instant], process: str) -> dict[str, Any]:
    """A Chrome trace object: one process named `process`, one thread per compile id."""
    threads: dict[str, int] = {}

    def tid(cid: str | None) -> int:
        return threads.setdefault(cid or "-", len(threads) + 1)

    events: list[dict[str, Any]] = []
    for s in spans:
        events.append({"name": s.name, "cat": "compile", "ph": "X", "ts": s.start_us, "dur": max(s.end_us - s.start_us, 0.0),
                       "pid": 1, "tid": tid(s.compile_id), "args": {k: _arg(v) for k, v in s.args.items()}})
    for i in instants:
        events.append({"name": i.name, "cat": "event", "ph": "i", "s": "t", "ts": i.ts_us, "pid": 1, "tid": tid(i.compile_id),
                       "args": {k: _arg(v) for k, v in i.args.items()}})
    events.sort(key=lambda e: e["ts"])
    meta = [{"name": "process_name", "ph": "M", "pid": 1, "args": {"name": process}}]
    meta += [{"name": "thread_name", "ph": "M", "pid": 1, "tid": n, "args": {"name": f"compile {cid}"}} for cid, n in threads.items()]
    return {"traceEvents": meta + events, "displayTimeUnit": "ms"}


def ranks_trace(ranks: list[tuple[str, list[Span], list[Instant]]], process: str) -> dict[str, Any]:
    """One Chrome trace for the ranks of a distributed capture: one process (track group) per
    rank, named "<process> rank <r>", each with one thread per compile id. Each rank's clock is
    its own wall clock, so the ranks line up in time as they ran on one host."""
    events: list[dict[str, Any]] = []
    for pid, (rank, spans, instants) in enumerate(ranks, start=1):
        one = chrome_trace(spans, instants, f"{process} rank {rank}")["traceEvents"]
        events += [{**e, "pid": pid} for e in one]
        events.append({"name": "process_sort_index", "ph": "M", "pid": pid, "args": {"sort_index": pid}})
    return {"traceEvents": events, "displayTimeUnit": "ms"}


def trace_file_name(experiment: str, run_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", f"{experiment}--{run_id}") + ".trace.json"


def write_trace(path: Path, spans: list[Span], instants: list[Instant], process: str) -> Path:
    write_json(path, chrome_trace(spans, instants, process))
    return path


def load_trace(path: Path) -> dict[str, Any]:
    with open(path) as f:
        return json.load(f)
