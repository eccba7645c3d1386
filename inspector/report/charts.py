"""Inline SVG charts for the HTML report, generated here so the page needs nothing from a network.

Each function takes plain numbers and returns one <svg> element as a string (every label escaped):
stacked horizontal bars (compile phases), grouped bars (speedups, first call vs steady state),
bandwidth bars against a measured ceiling (the memory-bound side of a roofline), and a compile
timeline (one row per nesting depth). Every bar and span has a <title>, which browsers show on
hover, so exact values are one mouse move away without any script.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable
from html import escape

from inspector.core.svg_axis import Axis, decades, linear
from inspector.core import units

# Colour-blind-safe categorical palette (Tableau 10 order).
PHASE_COLORS: dict[str, str] = {
    "Dynamo": "#4e79a7",
    "AOTAutograd": "#f28e2b",
    "Inductor lowering/codegen": "#59a14f",
    "Kernel compile": "#e15759",
    "Autotuning": "#b07aa1",
    "Other": "#bab0ac",
}
PROVIDER_COLORS: dict[str, str] = {"eager": "#9aa5b1", "compile": "#4e79a7", "compile-max-autotune": "#76b7b2",
                                   "handwritten": "#f28e2b"}
# for series without a colour of their own (handwritten:FUNCTION providers), handed out in order
FALLBACK_COLORS = ("#e15759", "#59a14f", "#b07aa1", "#edc948", "#ff9da7", "#9c755f", "#86bcb6", "#bab0ac")
LEGEND_ROW = 18  # px per legend line
FONT = 12
LABEL_W = 270  # px reserved for row labels on the left


@dataclass(frozen=True)
class Bar:
    """One row of a stacked bar chart: label, optional greyed sub-label and (segment, value) parts."""

    label: str
    parts: tuple[tuple[str, float], ...]
    note: str = ""


CHAR_EM = 0.56  # width of an average label character in the sans-serif fonts, in em (digits and
# lower case run about 0.5 em, '·' and capitals wider): at 0.5 em, "layernorm_gelu · default · cpu ·
# 20261206-..." overran the LABEL_W px and lost its start past the chart's left edge


def _clip(label: str, note: str = "") -> str:
    """A row label cut to fit the LABEL_W px on the left (the whole label stays in its tooltip)."""
    room = int((LABEL_W - 10) / (FONT * CHAR_EM)) - (len(note) + 1 if note else 0)
    return label if len(label) <= room else label[: max(room - 1, 1)] + "…"


def _color(name: str, table: dict[str, str]) -> str:
    if name in table:
        return table[name]
    return FALLBACK_COLORS[sum(map(ord, name)) % len(FALLBACK_COLORS)]


def with_colors(names: list[str], table: dict[str, str]) -> dict[str, str]:
    """`table` plus a distinct fallback colour for each name it lacks, in order of appearance, so
    that two series of one chart never share a colour (until the fallbacks run out)."""
    out = dict(table)
    spare = [c for c in FALLBACK_COLORS if c not in table.values()] or list(FALLBACK_COLORS)
    for i, name in enumerate(n for n in dict.fromkeys(names) if n not in table):
        out[name] = spare[i % len(spare)]
    return out


def _svg(width: int, height: int, body: list[str], label: str, cls: str) -> str:
    return (f'<svg class="chart {cls}" role="img" aria-label="{escape(label)}" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg" font-size="{FONT}">'
            + "".join(body) + "</svg>")


def _bar_axis(data_max: float, x0: int, x1: int, unit: str) -> Axis:
    """The value axis of a bar chart: the data maximum plus 4% room for the value labels (bars
    then fill the width), no tick past it."""
    return linear(data_max, x0, x1, unit, room=1.04)


def _grid(axis: Axis, y0: int, y1: int) -> list[str]:
    """Vertical gridlines from y0 to y1 at the axis ticks, labelled below."""
    out = []
    for x, text in axis.marks():
        out.append(f'<line x1="{x:.1f}" y1="{y0}" x2="{x:.1f}" y2="{y1}" class="grid"/>')
        out.append(f'<text x="{x:.1f}" y="{y1 + 14}" text-anchor="middle" class="tick">{escape(text)}</text>')
    return out


def _legend(names: list[str], colors: dict[str, str], x: int, y: int, x_max: int) -> tuple[list[str], int]:
    """Legend entries from (x, y), wrapped onto a new line before passing x_max; returns the
    elements and the number of lines (a chart moves its plot down by LEGEND_ROW per extra line)."""
    out, cx, lines = [], x, 1
    for name in names:
        item = 16 + int(len(name) * FONT * 0.6) + 18
        if cx > x and cx + item > x_max:
            cx, y, lines = x, y + LEGEND_ROW, lines + 1
        out.append(f'<rect x="{cx}" y="{y - 10}" width="12" height="12" rx="2" fill="{_color(name, colors)}"/>')
        out.append(f'<text x="{cx + 16}" y="{y}" class="legend">{escape(name)}</text>')
        cx += item
    return out, lines


def stacked_bars(bars: list[Bar], unit: str = "s", label: str = "stacked bars", width: int = 1200,
                 colors: dict[str, str] = PHASE_COLORS) -> str:
    """Horizontal stacked bars sharing one axis, legend on top, total at the end of each bar."""
    row_h = 26
    x0, x1 = LABEL_W, width - 110
    axis = _bar_axis(max((sum(v for _, v in b.parts) for b in bars), default=0.0), x0, x1, unit)
    names = list(dict.fromkeys(n for b in bars for n, v in b.parts if v > 0))
    colors = with_colors(names, colors)
    body, lines = _legend(names, colors, x0, 16, width)
    top_pad = 34 + LEGEND_ROW * (lines - 1)
    height = top_pad + row_h * max(len(bars), 1) + 26
    body += _grid(axis, top_pad - 4, top_pad + row_h * len(bars))
    for i, bar in enumerate(bars):
        y = top_pad + i * row_h
        body.append(f'<text x="{x0 - 8}" y="{y + 16}" text-anchor="end" class="label">{escape(_clip(bar.label, bar.note))}'
                    + (f'<tspan class="sub"> {escape(bar.note)}</tspan>' if bar.note else "") + "</text>")
        x = float(x0)
        total = 0.0
        for name, value in bar.parts:
            if value <= 0:
                continue
            w = axis.length(value)
            body.append(f'<rect x="{x:.1f}" y="{y + 4}" width="{max(w, 0.5):.1f}" height="{row_h - 8}" '
                        f'fill="{_color(name, colors)}" class="seg"><title>{escape(bar.label)}: {escape(name)} '
                        f'{escape(units.label(value, unit))}</title></rect>')
            x += w
            total += value
        body.append(f'<text x="{x + 6:.1f}" y="{y + 16}" class="value">{escape(units.label(total, unit))}</text>')
    return _svg(width, height, body, label, "stacked")


# a tie bar: light grey with a dashed outline (no pattern fill: the page references nothing by url())
TIE_STYLE = 'fill="#e3e3e3" stroke="#7f7f7f" stroke-width="1" stroke-dasharray="3 2"'


def grouped_bars(groups: list[tuple[str, list[tuple[str, float]]]], unit: str = "x", label: str = "grouped bars",
                 width: int = 1200, reference: float | None = None, colors: dict[str, str] = PROVIDER_COLORS,
                 log: bool = False, extra: Callable[[float], str] | None = None,
                 ties: frozenset[tuple[str, str]] = frozenset()) -> str:
    """One block of bars per group (e.g. experiment), one bar per series (e.g. provider).
    `reference` draws a dashed vertical line (1.0x = eager); `log` uses a log10 axis, for
    values spanning orders of magnitude (first call in seconds vs a steady call in µs).
    `ties`: (group, series) bars whose ratio is a tie (their p20-p80 spreads overlap): grey with
    a dashed outline and labelled "tie", so no one reads a speed-up into them."""
    bar_h, gap = 16, 12
    rows = sum(len(s) for _, s in groups)
    x0, x1 = LABEL_W, width - 110
    values = [v for _, s in groups for _, v in s if v and v > 0]
    names = list(dict.fromkeys(n for _, s in groups for n, _ in s))
    colors = with_colors(names, colors)
    body, lines = _legend(names, colors, x0, 16, width)
    top_pad = 34 + LEGEND_ROW * (lines - 1)
    height = top_pad + rows * bar_h + gap * len(groups) + 26
    if log and values:
        axis = decades(values, x0, x1, unit)
    else:
        axis = _bar_axis(max(values + [reference or 0.0]), x0, x1, unit)
    body += _grid(axis, top_pad - 4, height - 26)
    y = top_pad
    for group, series in groups:
        body.append(f'<text x="{x0 - 8}" y="{y + bar_h * len(series) / 2 + 4:.1f}" text-anchor="end" class="label">{escape(_clip(group))}<title>{escape(group)}</title></text>')
        for name, value in series:
            if value is not None and value > 0:
                w = axis.at(value) - x0
                tie = (group, name) in ties
                style = TIE_STYLE if tie else f'fill="{_color(name, colors)}"'
                tip = f'{escape(group)} · {escape(name)}: {escape(units.label(value, unit))}' + (" (tie: spreads overlap)" if tie else "")
                body.append(f'<rect x="{x0}" y="{y + 1}" width="{max(w, 0.5):.1f}" height="{bar_h - 2}" {style} '
                            f'class="bar{" tie" if tie else ""}"><title>{tip}</title></rect>')
                text = units.label(value, unit) + (f" tie ({name})" if tie else "") + (extra(value) if extra else "")
                body.append(f'<text x="{x0 + w + 5:.1f}" y="{y + bar_h - 4}" class="value">{escape(text)}</text>')
            y += bar_h
        y += gap
    if reference is not None and not log:
        x = axis.at(reference)
        body.append(f'<line x1="{x:.1f}" y1="{top_pad - 6}" x2="{x:.1f}" y2="{height - 26}" class="ref"/>')
    return _svg(width, height, body, label, "grouped")


def bandwidth_bars(groups: list[tuple[str, list[tuple[str, float]]]], ceiling: float | None,
                   label: str = "achieved bandwidth", width: int = 1200) -> str:
    """Achieved GB/s per group and provider against the measured copy ceiling (a dashed line and
    the % of it on each bar): for memory-bound kernels this is where they sit under the roof."""
    svg = grouped_bars(groups, unit="GB/s", label=label, width=width, reference=ceiling,
                       extra=(lambda v: f" · {100 * v / ceiling:.0f}% of copy") if ceiling else None)
    if not ceiling:
        return svg
    values = [v for _, s in groups for _, v in s if v]
    x = _bar_axis(max(values + [ceiling]), LABEL_W, width - 110, "GB/s").at(ceiling)
    names = list(dict.fromkeys(n for _, s in groups for n, _ in s))
    _, lines = _legend(names, with_colors(names, PROVIDER_COLORS), LABEL_W, 16, width)
    note = (f'<text x="{x - 4:.1f}" y="{28 + LEGEND_ROW * (lines - 1)}" text-anchor="end" class="ref-label">measured copy ceiling '
            f'{escape(units.label(ceiling, "GB/s"))}</text>')
    return svg.replace("</svg>", note + "</svg>")


def timeline(spans: list[tuple[str, str, float, float, int]], label: str = "compile timeline", width: int = 1200,
             colors: dict[str, str] = PHASE_COLORS, max_depth: int = 16) -> str:
    """(name, category, start_s, seconds, depth) spans as an icicle: time across, nesting down.
    Names are drawn inside spans wide enough to hold them; every span has a hover title."""
    row_h, top_pad = 18, 34
    depth = min(max((s[4] for s in spans), default=0), max_depth)
    height = top_pad + row_h * (depth + 1) + 26
    x0, x1 = 8, width - 8
    axis = _bar_axis(max((s[2] + s[3] for s in spans), default=1.0), x0, x1, "s")
    names = list(dict.fromkeys(s[1] for s in spans))
    body, _ = _legend([n for n in colors if n in names], colors, x0, 16, width)  # the few phase names fit one line
    body += _grid(axis, top_pad - 4, top_pad + row_h * (depth + 1))
    for name, category, start, seconds, d in spans:
        if d > max_depth:
            continue
        x = axis.at(start)
        w = max(axis.length(seconds), 1.0)
        y = top_pad + d * row_h
        body.append(f'<g class="span"><rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row_h - 2}" fill="{_color(category, colors)}">'
                    f'<title>{escape(name)}: {escape(units.seconds(seconds, fine=True))} (at {escape(units.seconds(start, fine=True))})</title></rect>')
        fits = int(w / (FONT * 0.58))
        if fits >= 4:
            text = name if len(name) <= fits else name[: fits - 1] + "…"
            body.append(f'<text x="{x + 3:.1f}" y="{y + 12}" class="in-span">{escape(text)}</text>')
        body.append("</g>")
    return _svg(width, height, body, label, "timeline")
