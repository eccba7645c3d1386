"""Is a steady-state timing steady enough to quote a speed-up from it?

Each timing in results.json carries the median and the 20th/80th percentile of many calls
(inspector.core.timing). Their ratio p80/p20 is the spread of the middle 60% of the calls. A
timing is *noisy* when that spread exceeds NOISY_SPREAD (2.0: the middle calls differ by more
than 2x). For scale: the committed H100/H200 captures spread 1.00-1.49x; two captures of one
experiment compiling and timing at once on an 8-core CPU spread 85x (compiled p20 0.28 ms,
p80 24 ms) and recorded speed-ups of 0.01x and 74.7x. A noisy eager or compiled timing makes
the ratio of their medians meaningless: it is shown as "noisy", never as a speed-up.

A tight spread does not prove a quiet machine: a side timed while something else held the cores
for its whole window is slow in every call alike (swiglu's eager call on the 2-core CPU beside
another capture: 15.97 ms, p20-p80 15.94-16.00, against 0.27 ms alone: "59.32x"). So each side
also carries `recheck_ms`, its median over short timings taken alternately with the other side
after the steady ones (capture/recheck.py). When the steady speed-up and the alternating one
differ by more than DISAGREE (2x), the timing is noisy too. So is a side timed while other
processes kept a quarter of the cores busy (`host_other_cores` of `host_cores`, at least half a
core): on the 2-core CPU with one core taken, layernorm_gelu's multi-threaded calls took 12, 16,
20 or 24 ms, the scheduler's 4 ms ticks, whichever side was timed.
"""

from __future__ import annotations

import math
from typing import Any

NOISY_SPREAD = 2.0
DISAGREE = 2.0
BUSY_SHARE = 0.25  # of the host's cores kept busy by other processes while a side was timed
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




def _median(timing: Any, key: str) -> float | None:
    value = timing.get(key) if isinstance(timing, dict) else None
    return float(value) if isinstance(value, (int, float)) and math.isfinite(value) and value > 0 else None


def disagreement(steady: Any) -> tuple[float, float] | None:
    """(steady speed-up, alternating speed-up) when they differ by more than DISAGREE, else None
    (also when the capture predates the re-check)."""
    steady = steady if isinstance(steady, dict) else {}
    eager, compiled = steady.get("eager"), steady.get("compiled")
    ratios = []
    for key in ("median_ms", "recheck_ms"):
        e, c = _median(eager, key), _median(compiled, key)
        if e is None or c is None:
            return None
        ratios.append(e / c)
    first, second = ratios
    return (first, second) if max(first / second, second / first) > DISAGREE else None


def judge(steady: Any) -> str:
    """Why the steady timing is too noisy to quote a speed-up ('' when it is not): the spreads
    above NOISY_SPREAD and a steady speed-up the alternating re-check does not repeat."""
    spreads = noisy_sides(steady)
    parts = [describe(spreads)] if spreads else []
    split = disagreement(steady)
    if split is not None:
        parts.append(f"speed-up {_ratio(split[0])} steady but {_ratio(split[1])} timed alternately")
    busy = [f"{side} {cores:.1f} of {total}" for side, cores, total in _host_load(steady)
            if cores >= max(0.5, BUSY_SHARE * total)]
    parts += [f"other processes kept cores busy while timing ({', '.join(busy)})"] if busy else []
    return ", ".join(parts)


def _ratio(x: float) -> str:
    """Three significant digits, never an exponent: '0.000108x', '1.27x', '1,680x'."""
    return f"{x:,.0f}x" if x >= 100 else f"{x:.3g}x"


def _host_load(steady: Any) -> list[tuple[str, float, int]]:
    out = []
    for side in SIDES:
        record = steady.get(side) if isinstance(steady, dict) else None
        cores = record.get("host_other_cores") if isinstance(record, dict) else None
        total = record.get("host_cores") if isinstance(record, dict) else None
        if isinstance(cores, (int, float)) and isinstance(total, int) and total > 0:
            out.append((side, float(cores), total))
    return out


def warning(reason: str) -> str:
    """The capture's warning for judge()'s reason."""
    return (f"steady-state timing is noisy ({reason}): something else was using the device while it was timed, "
            "so no speed-up is reported; time it again on a quiet machine")
