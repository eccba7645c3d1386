"""Numbers as text with their units: the one place the terminal tables, the HTML report and the
SVG charts turn seconds, milliseconds, bytes and rates into strings.

Every formatter takes None (and NaN) for a value that is not there and returns `missing` for it.
A unit switch looks at the magnitude, so -0.5 s reads "-500 ms" like 0.5 s reads "500 ms".
Pure Python: no torch, rich or jinja2, so every layer can use it.
"""

from __future__ import annotations

import math

# (below, factor, format spec, unit): the first rung whose `below` exceeds |value| formats it
Ladder = tuple[tuple[float, float, str, str], ...]

# compile and first-call times in tables: whole ms under a second (a 0.4 ms difference in a
# 30 s compile is noise), then hundredths of a second
SECONDS: Ladder = ((1, 1e3, ".0f", "ms"), (math.inf, 1, ".2f", "s"))
# chart ticks and tooltips, where one axis spans µs to seconds: three significant digits
SECONDS_FINE: Ladder = ((1e-3, 1e6, ".3g", "µs"), (1, 1e3, ".3g", "ms"), (10, 1, ".2f", "s"),
                        (math.inf, 1, ".1f", "s"))
# steady-state call times, given in ms: µs with one decimal below 0.1 ms, else three decimals of a ms
MILLIS: Ladder = ((0.1, 1e3, ".1f", "µs"), (math.inf, 1, ".3f", "ms"))
# binary multiples: whole bytes, then one decimal
BYTES: Ladder = ((1 << 10, 1, ".0f", "B"), (1 << 20, 1 / (1 << 10), ".1f", "KiB"),
                 (1 << 30, 1 / (1 << 20), ".1f", "MiB"), (math.inf, 1 / (1 << 30), ".1f", "GiB"))


def absent(value: float | None) -> bool:
    """No number to show: None or NaN."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def scaled(value: float | None, ladder: Ladder, missing: str = "-") -> str:
    """`value` in the first unit of `ladder` it is smaller than (by magnitude)."""
    if absent(value):
        return missing
    rung = next((r for r in ladder if abs(value) < r[0]), ladder[-1])  # the last one takes infinity
    _, factor, spec, unit = rung
    return f"{value * factor:{spec}} {unit}"


def seconds(value: float | None, fine: bool = False, missing: str = "-") -> str:
    """A duration given in seconds: "250 ms", "12.31 s"; `fine` gives three significant digits and
    µs below a millisecond ("12.5 ms", "40 µs"), and "0" for zero (chart axes and tooltips)."""
    if fine and value == 0:
        return "0"
    return scaled(value, SECONDS_FINE if fine else SECONDS, missing)


def millis(value: float | None, missing: str = "-") -> str:
    """A duration given in milliseconds: "12.5 µs" below 0.1 ms, else "0.153 ms"."""
    return scaled(value, MILLIS, missing)


def nbytes(value: float | None, missing: str = "-") -> str:
    """A size in bytes: "512 B", "1.5 KiB", "3.0 GiB"; zero bytes is `missing` too (nothing moved)."""
    return missing if not value else scaled(value, BYTES, missing)


def number(value: float | None, spec: str, suffix: str = "", missing: str = "-") -> str:
    """`value` with a format spec and a suffix ("1,234 GB/s" from ",.0f", " GB/s"), or `missing`."""
    return missing if absent(value) else f"{value:{spec}}{suffix}"


def rate(value: float | None, unit: str = "GB/s", missing: str = "-") -> str:
    """A throughput: whole numbers with thousands separators from 10 up ("1,234 GB/s"), three
    significant digits below ("3.52 GB/s", "0.0126 GB/s": a CPU sweep in the Triton interpreter
    read "0 GB/s" with whole numbers alone)."""
    if absent(value):
        return missing
    return number(value, ",.0f" if abs(value) >= 10 else ".3g", f" {unit}" if unit else "")


def label(value: float | None, unit: str = "") -> str:
    """A chart's tick or value label in `unit`: "s" (seconds, fine), "x" (a ratio), "GB/s", any
    other unit after three significant digits, or no unit (the axis title carries it): whole
    numbers with thousands separators from 10 up, three significant digits below."""
    if absent(value):
        return "-"
    if unit == "s":
        return seconds(value, fine=True)
    if unit == "x":
        return number(value, ".2f", "x")
    if unit == "GB/s":
        return rate(value)
    if unit:
        return number(value, ".3g", f" {unit}")
    if value == 0:
        return "0"
    return number(value, ",.0f" if abs(value) >= 10 else ".3g")


def mib(n: float) -> str:
    """Bytes in binary units, whole MiB without a decimal (the findings' and diff's sizes)."""
    if n >= 1 << 30:
        return f"{n / (1 << 30):.2f} GiB"
    if n >= 1 << 20:
        return f"{n / (1 << 20):.0f} MiB" if n % (1 << 20) == 0 else f"{n / (1 << 20):.1f} MiB"
    if n >= 1 << 10:
        return f"{n / (1 << 10):.1f} KiB"
    return f"{n:.0f} B"
