"""Why not fused, as lines: the round trips through memory of one capture, grouped across repeated
layers (one line, a count, the total cost) and ranked by cost, for `inspect run`'s summary (the
top three), `inspect diff` and the report's kernels section (all of them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from inspector.analysis import fusion_reasons
from inspector.analysis.bounds import KernelCounters, capture_counters
from inspector.analysis.callgraph import CallGraph, build
from inspector.analysis.findings import own_rate
from inspector.analysis.fusion_reasons import Group, RoundTrip

TOP = 3


@dataclass
class FusionView:
    trips: list[RoundTrip]
    groups: list[Group]  # costliest first
    note: str | None = None  # graphs without recorded decisions, and why


def capture_groups(run_dir: Path, graph: CallGraph | None = None, counters: Mapping[str, KernelCounters] | None = None) -> FusionView:
    """Every round trip of the capture with its reason, and the same grouped (empty when the
    capture has no kernels.json or nothing crosses memory); `counters`: the capture's Nsight
    Compute counters by kernel name (`inspect run --counters`)."""
    graph = graph if graph is not None else build(run_dir)
    trips = fusion_reasons.capture_trips(run_dir, graph)
    note = fusion_reasons.unrecorded(run_dir, graph) if graph.launches else None
    return FusionView(trips, fusion_reasons.group(trips, own_rate(graph), counters), note)


def lines(view: FusionView, top: int | None = None) -> list[str]:
    """A head line, then one line per pattern (the `top` costliest); a note line on graphs without
    decisions when nothing else is shown. Empty when there is nothing to say."""
    groups = view.groups
    shown = groups[:top] if top else groups
    if not shown:
        return [view.note] if view.note else []
    total = sum(g.count for g in groups)
    head = (f"Round trips through memory, why Inductor did not fuse them ({total} buffer"
            f"{'s' if total != 1 else ''}, {len(groups)} pattern{'s' if len(groups) != 1 else ''}"
            + (f"; top {len(shown)} by estimated cost" if top and len(groups) > top else "")
            + (f"; {view.note}" if view.note else "") + "):")
    return [head] + [g.text() for g in shown]


def bulleted(found: list[str]) -> list[str]:
    """The lines for a terminal: the head, then one bullet per pattern."""
    return found[:1] + [f"  • {line}" for line in found[1:]]


def summary_lines(run_dir: Path) -> list[str]:
    """`inspect run`'s summary: the three costliest patterns; nothing when the analysis cannot
    read the capture (the rest of the summary stands alone)."""
    try:
        view = capture_groups(run_dir, counters=capture_counters(run_dir)[0])
    except Exception:  # noqa: BLE001 - a capture this analysis cannot read still gets its summary
        return []
    return bulleted(lines(view, TOP))
