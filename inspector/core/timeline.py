"""A compile's timeline as a stored TORCH_TRACE log records it: Dynamo's chromium events (begin/end
pairs of its `dynamo_timed` regions, complete events, instants) paired into spans and instants.
Read by compile_metrics at capture time and by the report (the timeline, the Perfetto export).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from inspector.core.trace import Trace


@dataclass
class Span:
    name: str
    compile_id: str | None
    start_us: float
    end_us: float
    args: dict[str, Any] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return max(self.end_us - self.start_us, 0.0) / 1e6

    def contains(self, other: "Span") -> bool:
        return self.start_us <= other.start_us and other.end_us <= self.end_us


@dataclass
class Instant:
    name: str
    compile_id: str | None
    ts_us: float
    args: dict[str, Any] = field(default_factory=dict)


def chromium_events(trace: Trace) -> tuple[list[Span], list[Instant]]:
    """Pair begin/end chromium events into spans (innermost open span of the same name wins)."""
    spans: list[Span] = []
    instants: list[Instant] = []
    open_spans: dict[str, list[Span]] = {}
    for entry in trace.of_kind("chromium_event"):
        event = entry.json_payload()
        if not isinstance(event, dict) or not isinstance(event.get("name"), str):
            continue
        name, phase = event["name"], event.get("ph")
        args = event.get("args") if isinstance(event.get("args"), dict) else {}
        cid = args.get("compile_id")
        cid = None if cid in (None, "None") else str(cid)
        ts = _num(event.get("ts"))
        if ts is None:
            continue
        if phase == "B":
            open_spans.setdefault(name, []).append(Span(name, cid, ts, ts, dict(args)))
        elif phase == "E":
            stack = open_spans.get(name)
            if stack:
                span = stack.pop()
                span.end_us = ts
                span.args.update(args)
                spans.append(span)
        elif phase == "X":
            dur = _num(event.get("dur")) or 0.0
            spans.append(Span(name, cid, ts, ts + dur, dict(args)))
        elif phase in ("i", "I", "n"):
            instants.append(Instant(name, cid, ts, dict(args)))
    spans.sort(key=lambda s: s.start_us)
    return spans, instants


def _num(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
