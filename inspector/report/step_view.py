"""The step profile as the terminal and the HTML report show it (analysis/step_profile.py builds it).

The terminal gets the largest parts and one line for the rest, as torch.profiler's
`key_averages().table(row_limit=...)` and Nsight Systems' kernel summary do; the report gets every
part, grouped by graph. Nothing is computed here beyond formatting.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Group
from rich.markup import escape
from rich.table import Table

from inspector.analysis.step_profile import IDLE, TERMINAL_ROWS, Part, StepProfile, from_files
from inspector.store import load_optional

# a capture with at most this many launches per call still prints its whole kernel table
FULL_TABLE_LAUNCHES = 40
_GROUP_TEXT = {"kernel": "generated kernel", "library": "extern call", "copies": "copies", "memset": "memsets",
               "outside graphs": "outside the graphs", "idle": "idle"}


def load(folder: Path, view: dict[str, Any] | None = None) -> StepProfile | None:
    """The step profile of a capture folder (None without a profile). `view`: console.run_view's
    dict, to reuse the files it already read."""
    view = view or {}
    kernels = view.get("kernels") if view.get("kernels") is not None else load_optional(folder / "kernels.json", {})
    results = view.get("results") if view.get("results") is not None else load_optional(folder / "results.json", {})
    metrics = view.get("metrics") if view.get("metrics") is not None else load_optional(folder / "compile_metrics.json", {})
    profile = load_optional(folder / "profile.json", None)
    return from_files(profile, kernels, results, metrics)


def _us(us: float) -> str:
    return f"{us / 1e3:.3f} ms" if abs(us) >= 1000 else f"{us:.1f} µs"


def _launches(n: float) -> str:
    return "-" if n == 0 else f"{n:.0f}" if abs(n - round(n)) < 0.05 else f"{n:.1f}"


def row(part: Part) -> list[str]:
    """rank-free cells: part, graph, kind, launches per call, time per call, share, bound, and the
    device kernels a library, copy or outside part ran."""
    return [part.label, part.graph or "-", _GROUP_TEXT.get(part.group, part.group), _launches(part.launches_per_call),
            _us(part.us_per_call), f"{part.share:.1%}", part.bound or "-", part.detail]


def summary_line(profile: StepProfile) -> str:
    """How the parts relate to the measured call: 'parts add up to the profiled span 17.214 ms;
    steady-state call measured 17.100 ms (0.7% apart); 699 launches per call', or where the host's
    part is what the launches leave of the measured time, how much of it they account for."""
    launches = f"{_launches(profile.launches_per_call)} launches per call"
    if profile.idle_method == "span" or not profile.measured_us:
        text = f"parts add up to the profiled span {_us(profile.total_us)}"
        if profile.measured_us:
            text += f"; steady-state call measured {_us(profile.measured_us)} ({profile.agreement:.1%} apart)"
        return f"{text}; {launches}"
    share = profile.busy_us / profile.measured_us
    if profile.device != "cuda":
        why = "the profiler slows the host"
    elif profile.span_us:
        why = f"the profiled span, {_us(profile.span_us)}, carries the profiler's own work per launch"
    else:
        why = "this profile has no span of its own"
    text = (f"launches account for {_us(profile.busy_us)} of the measured {_us(profile.measured_us)} call ({share:.1%}); "
            f"the host overhead part is the rest ({why}); {launches}")
    if share > 1.05:
        text += "; the profiled calls ran slower than the timed ones: was another process using the machine?"
    return text


def rest_line(profile: StepProfile, n: int = TERMINAL_ROWS) -> str | None:
    """'172 more launches in 21 parts, 8.0% of the step: see the report' (None when nothing is left)."""
    _, rest = profile.top(n)
    if not rest["parts"]:
        return None
    return (f"{_launches(rest['launches'])} more launches in {rest['parts']:.0f} parts, {_us(rest['us'])}, "
            f"{rest['share']:.1%} of the step: see the report (inspect report)")


def terminal_view(profile: StepProfile, n: int = TERMINAL_ROWS) -> Group:
    """The top n parts as a table, then one line for the rest and one for the sum."""
    title = "Where the compiled call's time goes" + (" (device)" if profile.device == "cuda" else " (CPU)")
    table = Table(title=title, title_justify="left")
    bounds = any(p.bound for p in profile.parts)
    for col in ("#", "part", "graph", "kind", "launches/call", "time/call", "share", "bound")[:8 if bounds else 7]:
        table.add_column(col, justify="right" if col in ("#", "launches/call", "time/call", "share") else "left",
                         no_wrap=col == "part", overflow="ellipsis", max_width=64 if col == "part" else None)
    top, _ = profile.top(n)
    for i, part in enumerate(top, 1):
        cells = [escape(c) for c in row(part)][:7 if bounds else 6]
        table.add_row(str(i), *(f"[dim]{c}[/]" if part.group == IDLE else c for c in cells))
    lines: list[Any] = [table]
    line = rest_line(profile, n)
    if line:
        lines.append(escape(line))
    lines.append(f"[dim]{escape(summary_line(profile))}[/]")
    return Group(*lines)


def report_groups(profile: StepProfile, key=lambda p: -abs(p.us_per_call)) -> list[dict[str, Any]]:
    """Every part for the HTML report, one group per graph (forward, backward, ...), then the
    parts of no graph (outside the graphs, idle); rows ordered by `key` within each group."""
    order = profile.graphs + [g for g in dict.fromkeys(p.graph for p in profile.parts) if g and g not in profile.graphs]
    groups = []
    for graph in order + [None]:
        parts = sorted((p for p in profile.parts if p.graph == graph), key=key)
        if parts:
            groups.append({"graph": graph or "outside the graphs", "us": _us(sum(p.us_per_call for p in parts)),
                           "share": f"{sum(p.share for p in parts):.1%}", "rows": [row(p) for p in parts]})
    return groups


# the report's orders: a radio button each, the page's CSS shows the chosen table (no script)
ORDERS = (("t", "time", lambda p: -abs(p.us_per_call)), ("l", "launches", lambda p: -p.launches_per_call),
          ("n", "name", lambda p: p.label))


def report_view(profile: StepProfile | None) -> dict[str, Any] | None:
    """What templates/report_step.j2 renders (None: no profile)."""
    if profile is None:
        return None
    return {"summary": summary_line(profile), "parts": len(profile.parts),
            "orders": [{"key": k, "label": label, "groups": report_groups(profile, f)} for k, label, f in ORDERS]}
