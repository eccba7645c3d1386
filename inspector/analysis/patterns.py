"""Findings at model scale: one line per pattern, not per layer, ranked by what it costs in all.

A 12-layer model repeats each block's kernels 12 times, so a rule that fires once per launch or
per intermediate says the same thing 12 times with another buffer name. Each finding carries a
signature (`Finding.key`: the rule's facts with kernel names normalized, never the buffer name)
and a sentence without the instance's names (`Finding.pattern`); `group` merges the findings of
one signature into one line with the count and the summed cost ("12x in the forward graph: ...,
estimated extra 1.1 GiB per call in all (~430 µs ...)"), and `rank` orders the lines by total
cost: the bench's verdict and the gap split first (they answer "how much in all"), then the
findings with a time, by time, then those with bytes only, then the rest (bounds, by kernel
time, as the rules gave them).
"""

from __future__ import annotations

import re
from typing import Any, Callable, Sequence, TypeVar

F = TypeVar("F")  # a findings.Finding (imported there; this module stays below it)

_TRAILING_INDEX = re.compile(r"_\d+$")
_HEADLINE = ("measured", "gap")


def kernel_pattern(name: str) -> str:
    """A kernel's name without what differs between two layers' copies of it: Inductor's trailing
    index (`triton_poi_fused_gelu_view_4` and `_12` are the same fusion in two graphs)."""
    return _TRAILING_INDEX.sub("", name) if name.startswith(("triton_", "cpp_fused_", "kernel_cpp_")) else name


def graph_label(graph: str | None) -> str:
    """'0_forward' -> 'forward'; the AOT graph's kind, which the signature keeps (a forward and a
    backward finding are two patterns)."""
    return str(graph or "").rpartition("_")[2] or str(graph or "")


def _cost_clause(cost_bytes: int | None, cost_us: float | None, rated: bool) -> str:
    from inspector.core.units import mib  # the one byte formatter

    if not cost_bytes:
        return ""
    rate = f" (~{cost_us:.0f} µs at the compiled kernels' measured rate)" if rated and cost_us and cost_us >= 0.5 else ""
    return f" — estimated extra {mib(cost_bytes)} per call in all{rate}"


def group(found: Sequence[F], make: Callable[..., F]) -> list[F]:
    """One finding per (rule, key): findings without a key stay as they are; a key seen n > 1
    times becomes one line "n×: pattern — total cost" whose costs are the sums."""
    by_key: dict[tuple[str, tuple], list[Any]] = {}
    order: list[Any] = []
    for f in found:
        key = getattr(f, "key", ())
        if not key:
            order.append(f)
            continue
        slot = (f.rule, key)
        if slot not in by_key:
            by_key[slot] = []
            order.append(slot)
        by_key[slot].append(f)
    out = []
    for item in order:
        if not isinstance(item, tuple):
            out.append(item)
            continue
        members = by_key[item]
        if len(members) == 1:
            out.append(members[0])
            continue
        first = members[0]
        cost_bytes = sum(m.cost_bytes or 0 for m in members) or None
        cost_us = sum(m.cost_us or 0 for m in members) or None
        where = f" in the {first.graph} graph" if first.graph else ""
        text = (f"{len(members)}x{where}: {first.pattern or first.text}"
                + _cost_clause(cost_bytes, cost_us, all(m.cost_us for m in members)))
        out.append(make(first.rule, text, cost_bytes, cost_us, key=first.key, pattern=first.pattern,
                        count=len(members), graph=first.graph))
    return out


def rank(found: Sequence[F]) -> list[F]:
    """The headline findings first, then by total time, then by total bytes, then the rest in
    their order (stable)."""
    def key(f: Any) -> tuple:
        if f.rule in _HEADLINE:
            return (0, _HEADLINE.index(f.rule), 0.0)
        if f.cost_us:
            return (1, 0, -f.cost_us)
        if f.cost_bytes:
            return (2, 0, -float(f.cost_bytes))
        return (3, 0, 0.0)

    return sorted(found, key=key)
