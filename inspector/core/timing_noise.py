"""Is a steady-state timing steady enough to quote a speed-up from it?

Each timing in results.json carries the median and the 20th/80th percentile of many calls
(inspector.core.timing). Their ratio p80/p20 is the spread of the middle 60% of the calls. A
timing is *noisy* when that spread exceeds NOISY_SPREAD (2.0: the middle calls differ by more
than 2x). For scale: the committed H100/H200 captures spread 1.00-1.49x; two captures of one
experiment compiling and timing at once on an 8-core CPU spread 85x (compiled p20 0.28 ms,
p80 24 ms) and recorded speed-ups of 0.01x and 74.7x. A noisy eager or compiled timing makes
the ratio of their medians meaningless: it is shown as "noisy", never as a speed-up.
"""

from __future__ import annotations

import math
from typing import Any

NOISY_SPREAD = 2.0
SIDES = ("eager", "compiled")


def spread(timing: Any) -> float | None:
    """p80 / p20 of one timing record, or None when it lacks them (or they are not positive)."""
    if not isinstance(timing, dict):
        return None
    p20, p80 = timing.get("p20_ms"), timing.get("p80_ms")
    if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in (p20, p80)) or p20 <= 0:
        return None
    return p80 / p20


def noisy_sides(steady: Any) -> dict[str, float]:
    """{"eager" | "compiled": spread} for each side of `steady` whose spread exceeds NOISY_SPREAD."""
    steady = steady if isinstance(steady, dict) else {}
    found = {side: spread(steady.get(side)) for side in SIDES}
    return {side: s for side, s in found.items() if s is not None and s > NOISY_SPREAD}


def describe(noisy: dict[str, float]) -> str:
    """'compiled p80/p20 85.7x' style text (2 decimals below 10x: 2.04x, not a puzzling 2.0x) for a warning (empty when nothing is noisy)."""
    return ", ".join(f"{side} p80/p20 {s:.2f}x" if s < 10 else f"{side} p80/p20 {s:.1f}x" for side, s in noisy.items())


def warning(noisy: dict[str, float]) -> str:
    return (f"steady-state timing is noisy ({describe(noisy)}, above {NOISY_SPREAD:g}x): something else was "
            "using the device while it was timed, so no speed-up is reported; time it again on a quiet machine")
