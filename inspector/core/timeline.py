"""A compile's timeline as a stored TORCH_TRACE log records it: Dynamo's chromium events (begin/end
pairs of its `dynamo_timed` regions, complete events, instants) paired into spans and instants,
and the spans shaped for a chart (nesting depth, the compile phase each belongs to).
Read by compile_metrics at capture time and by the report (the timeline, the Perfetto export).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from inspector.core.trace import Trace


# Compile phases, in the report's drawing order (stacked-bar segments: each exclusive, so the bar's
# length is the total); every span belongs to one.
PHASES: tuple[str, ...] = ("Dynamo", "AOTAutograd", "Inductor lowering/codegen", "Kernel compile", "Autotuning", "Other")


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


@dataclass(frozen=True)
class TimelineSpan:
    name: str
    category: str  # one of PHASES: what colour the span gets
    start_s: float  # from the first event of the run
    seconds: float
    depth: int
    compile_id: str | None


_CATEGORY_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Autotuning", ("autotune", "benchmark_all_configs", "select_algorithm", "benchmark_choice")),
    ("Kernel compile", ("async_compile", "triton", "compile_file", "precompile", "load_by_key_path")),
    ("Inductor lowering/codegen", ("inductor", "graphlowering", "scheduler", "code_gen", "codegen", "fx_codegen",
                                   "post_grad", "wrappercodegen")),
    ("AOTAutograd", ("aot", "joint_graph", "fw_compiler", "bw_compiler", "partition")),
    ("Dynamo", ("dynamo", "entire_frame", "compile_attempt", "bytecode", "build_guards", "pre_grad", "backend_compile",
                "frame")),
)


def span_category(name: str) -> str:
    """The phase (one of PHASES) a region's time counts toward, from its name."""
    low = name.lower()
    for category, hints in _CATEGORY_HINTS:
        if any(h in low for h in hints):
            return category
    return "Other"


def timeline_of(spans: list[Span], min_fraction: float = 0.002) -> list[TimelineSpan]:
    """Spans with their nesting depth, relative to the first event. Spans shorter than
    `min_fraction` of the whole trace (0.2%: under 1 px on a 500 px chart) are left out."""
    if not spans:
        return []
    t0 = min(s.start_us for s in spans)
    extent = max(s.end_us for s in spans) - t0 or 1.0
    out: list[TimelineSpan] = []
    stack: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start_us, -(s.end_us - s.start_us))):
        while stack and not stack[-1].contains(s):
            stack.pop()
        depth = len(stack)
        stack.append(s)
        if (s.end_us - s.start_us) / extent >= min_fraction:
            out.append(TimelineSpan(s.name, span_category(s.name), (s.start_us - t0) / 1e6, s.seconds, depth, s.compile_id))
    return out


def _num(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
