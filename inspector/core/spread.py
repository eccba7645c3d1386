"""When a speed-up is a tie: the spreads of the two providers overlap.

A bench records, per provider, its median and its spread: the lowest p20 to the highest p80 over
the rounds (inspector/bench/run.py). A ratio of two medians whose spreads overlap says nothing
about which one is faster: the same provider moves that much between calls. Two H200 runs of the
same bench show it (torch 2.11.0+cu130, triton 3.6.0, 8192x4096 bf16): the handwritten SiLU ran
at 0.95x and 0.98x of torch.compile, and RMSNorm at 0.95x and 1.05x, where a first run had given
1.36x and 1.105x.

So every printed speed-up carries the verdict: "tie" when the spreads overlap, else the ratio
alone. The bench CSV stores it as metrics `tie_vs_eager` / `tie_vs_compile` (1 = tie, 0 = apart;
the note names both spreads); a CSV written before those metrics existed gets the same verdict
from its p20_ms / p80_ms rows (`tie_from_metrics`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

BASELINES = ("eager", "compile")  # the providers a speed-up is computed against (speedup_vs_<name>)
TIE_METRIC = "tie_vs_{}"


@dataclass(frozen=True)
class Spread:
    """One provider's spread in milliseconds: lowest p20 to highest p80 over the rounds."""

    low_ms: float
    high_ms: float

    def text(self) -> str:
        return f"{self.low_ms:.4g}-{self.high_ms:.4g} ms"


def spread_of(p20_ms: float | None, p80_ms: float | None) -> Spread | None:
    """The spread, or None when either end is missing, not finite, or the ends are reversed."""
    if p20_ms is None or p80_ms is None or not (math.isfinite(p20_ms) and math.isfinite(p80_ms)):
        return None
    if p80_ms < p20_ms:
        return None
    return Spread(p20_ms, p80_ms)


def overlaps(a: Spread, b: Spread) -> bool:
    """True when the two closed intervals share at least one point (touching ends count)."""
    return a.low_ms <= b.high_ms and b.low_ms <= a.high_ms


def tie_note(a_name: str, a: Spread, b_name: str, b: Spread) -> str:
    verdict = "overlap: a tie" if overlaps(a, b) else "apart"
    return f"p20-p80 {a_name} {a.text()} vs {b_name} {b.text()} ({verdict})"


def tie_from_metrics(values: Mapping[str, float], baseline: Mapping[str, float]) -> bool | None:
    """Tie verdict of a provider against a baseline from their metric values (p20_ms, p80_ms);
    None when either spread is unknown."""
    a = spread_of(values.get("p20_ms"), values.get("p80_ms"))
    b = spread_of(baseline.get("p20_ms"), baseline.get("p80_ms"))
    return None if a is None or b is None else overlaps(a, b)


def speedup_text(ratio: float | None, tie: bool | None, spec: str = ".2f") -> str:
    """'1.05x', '0.98x tie', or '' for a missing ratio."""
    if ratio is None or not math.isfinite(ratio):
        return ""
    return f"{ratio:{spec}}x" + (" tie" if tie else "")
