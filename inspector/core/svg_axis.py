"""One value axis for the SVG charts (report/charts.py, bench/sweep_plot.py): which ticks, where a
value lands in pixels, and the tick labels (core/units.label). The charts draw the gridlines and
labels in their own styles from `Axis.marks()`.

Linear axes start at 0 and step by a round 1/2/5 x 10^k (and 2.5 x 10^k where the chart allows
it). An axis either ends at its data plus some room (bars then fill the width) or at the first
tick at or above it (a line chart's last gridline frames the plot). A log axis spans whole
decades, one tick per decade. Pure Python: no torch, rich or jinja2.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from inspector.core.units import label

STEPS = (1, 2, 2.5, 5)  # multipliers of 10^k a tick step may take


@dataclass(frozen=True)
class Axis:
    """Values lo..hi drawn from pixel `start` to pixel `end` (end < start for a y axis drawn
    upwards). On a log axis lo and hi are decades (log10 of the values)."""

    lo: float
    hi: float
    start: float
    end: float
    ticks: tuple[float, ...]
    unit: str = ""
    log: bool = False

    @property
    def top(self) -> float:
        """The largest value on the axis."""
        return 10**self.hi if self.log else self.hi

    def length(self, value: float) -> float:
        """Pixels from the axis start to `value` (values below the axis clamp to its start)."""
        if self.log:
            coord = math.log10(max(value, 10**self.lo))
        else:
            coord = max(value, self.lo)
        return (self.end - self.start) * (coord - self.lo) / (self.hi - self.lo)

    def at(self, value: float) -> float:
        """The pixel of `value`."""
        return self.start + self.length(value)

    def marks(self) -> list[tuple[float, str]]:
        """(pixel, label) per tick."""
        return [(self.at(t), label(t, self.unit)) for t in self.ticks]


def nice_step(raw: float, steps: Sequence[float] = STEPS) -> float:
    """The smallest step x 10^k at or above `raw` (0.1% below counts: float noise in top / n);
    1.0 for a raw step that is not positive."""
    if not raw > 0 or math.isinf(raw):
        return 1.0
    exp = math.floor(math.log10(raw))
    for step in (*steps, 10):
        if step * 10**exp >= raw * 0.999:
            return step * 10**exp
    return 10.0 ** (exp + 1)


def linear(data_max: float, start: float, end: float, unit: str = "", room: float = 1.0, count: int = 5,
           steps: Sequence[float] = STEPS, to_tick: bool = False) -> Axis:
    """An axis from 0 to `data_max` x `room` (1 when there is no positive finite data), with
    about `count` ticks. `to_tick` extends the axis to the first tick at or above that top;
    otherwise it ends there and no tick lies past it."""
    top = data_max * room if data_max > 0 and math.isfinite(data_max) else 1.0
    step = nice_step(top / count, steps)
    if to_tick:
        n = math.ceil(top / step - 1e-9)
        ticks = tuple(i * step for i in range(n + 1))
        return Axis(0.0, ticks[-1], start, end, ticks, unit)
    ticks = tuple(step * i for i in range(int(top / step + 1e-9) + 1))
    return Axis(0.0, top, start, end, ticks, unit)


def decades(values: Sequence[float], start: float, end: float, unit: str = "") -> Axis:
    """A log10 axis over the whole decades that hold the positive `values` (at least one decade;
    1 to 10 when there are none), one tick per decade."""
    positive = [v for v in values if v > 0 and math.isfinite(v)]
    if not positive:
        lo, hi = 0, 1
    else:
        lo, hi = math.floor(math.log10(min(positive))), math.ceil(math.log10(max(positive)))
        hi = hi if hi > lo else lo + 1
    return Axis(lo, hi, start, end, tuple(10.0**k for k in range(lo, hi + 1)), unit, log=True)
