"""The sweep chart: throughput (GB/s) against one launch parameter, one line per shape, as a
self-contained SVG string (no scripts, fonts or external files), so a report can inline it.

Built in two steps like everything else here: `chart_model` turns sweep results into a
`Chart` (series of (x label, GB/s) points), `render_svg` draws it. The x axis is categorical:
the parameter's values are evenly spaced in sorted order, which for the powers of two that block
sizes and warp counts take is a log2 axis. When other parameters vary too, each shape's line
shows, at every x, the best correct point over them (the legend says so, and each marker's
tooltip names the full point). Points that were invalid, failed or incorrect are not drawn; a
shape with no correct point at some x has a gap there, bridged by a thin dashed segment. The measured copy ceiling,
when the run has one (CUDA), is a dashed line: no memory-bound kernel can rise above it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence
from xml.sax.saxutils import escape

from inspector.bench.sweep_results import PointResult, best
from inspector.core.svg_axis import linear
from inspector.core import units

WIDTH, HEIGHT = 760, 460
LEFT, RIGHT, TOP, BOTTOM = 80, 200, 70, 60  # margins: the legend sits in the right one
# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")


@dataclass(frozen=True)
class SeriesPoint:
    x: str
    value: float  # the chart's metric: GB/s, or TFLOP/s for experiments that count FLOPs
    tooltip: str
    is_best: bool


@dataclass(frozen=True)
class Series:
    label: str
    points: tuple[SeriesPoint, ...]


@dataclass(frozen=True)
class Chart:
    title: str
    subtitle: str
    x_name: str
    x_values: tuple[str, ...]
    series: tuple[Series, ...]
    copy_gb_per_s: float | None  # drawn on GB/s charts only
    warning: str
    y_label: str = "throughput, GB/s (bytes model / median time)"


def _numeric(v: str) -> float | None:
    try:
        return float(v)
    except ValueError:
        return None


def x_param(points: Sequence[PointResult], wanted: str | None = None) -> str | None:
    """The parameter on the x axis: `wanted`, else the one with the most distinct values."""
    names = list(dict.fromkeys(k for r in points for k in r.params))
    if wanted is not None:
        if wanted not in names:
            raise ValueError(f"cannot plot against {wanted!r}: the sweep varied {', '.join(names) or 'nothing'}")
        return wanted
    if not names:
        return None
    return max(names, key=lambda k: len({r.params.get(k) for r in points}))


def chart_model(points: Sequence[PointResult], title: str, subtitle: str = "", x_name: str | None = None,
                copy_gb_per_s: float | None = None, warning: str = "") -> Chart:
    """Series per shape of the best correct GB/s at each value of the x parameter; TFLOP/s instead
    when the points count FLOPs (a compute-bound matmul: a copy ceiling says nothing there)."""
    flops = any(r.status == "ok" and math.isfinite(r.tflop_per_s) for r in points)
    metric = "tflop_per_s" if flops else "gb_per_s"
    key = x_param(points, x_name)
    raw = list(dict.fromkeys(r.params.get(key, "default") if key else "default" for r in points))
    nums = [_numeric(v) for v in raw]
    x_values = tuple(sorted(raw, key=lambda v: _numeric(v)) if all(n is not None for n in nums) else raw)
    others = sorted({k for r in points for k in r.params if k != key})
    winners = {r.provider + r.shape for r in best(points).values()}
    series = []
    for shape in dict.fromkeys(r.shape for r in points):
        top: dict[str, PointResult] = {}
        for r in points:
            x = r.params.get(key, "default") if key else "default"
            if r.shape == shape and r.status == "ok" and (x not in top or getattr(r, metric) > getattr(top[x], metric)):
                top[x] = r
        pts = tuple(
            SeriesPoint(x, getattr(top[x], metric), f"{shape} {top[x].provider}: {top[x].median_ms:.4g} ms, "
                        + (f"{top[x].tflop_per_s:,.1f} TFLOP/s" if flops else f"{top[x].gb_per_s:,.3g} GB/s"),
                        top[x].provider + shape in winners)
            for x in x_values if x in top
        )
        label = shape + (f" (best over {', '.join(others)})" if others else "")
        series.append(Series(label, pts))
    if flops:
        return Chart(title, subtitle, key or "launcher defaults", x_values, tuple(series), None, warning,
                     "TFLOP/s (FLOPs model / median time)")
    return Chart(title, subtitle, key or "launcher defaults", x_values, tuple(series), copy_gb_per_s, warning)


def render_svg(chart: Chart) -> str:
    """The chart as SVG text: axes with ticks, axis titles with units, one polyline per series."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    values = [p.value for s in chart.series for p in s.points if math.isfinite(p.value)]
    top = max(values + ([chart.copy_gb_per_s] if chart.copy_gb_per_s else []), default=0.0)
    # 5% room above the highest point, up to the next round tick: 1/2/5 x 10^k apart
    axis = linear(top, TOP + plot_h, TOP, room=1.05, steps=(1, 2, 5), to_tick=True)
    n = max(len(chart.x_values), 1)

    def xpos(x: str) -> float:
        i = chart.x_values.index(x)
        return LEFT + plot_w * (i + 0.5) / n

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        'font-family="Helvetica, Arial, sans-serif" font-size="12">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
        f'<text x="{LEFT}" y="22" font-size="15" font-weight="bold">{escape(chart.title)}</text>',
        f'<text x="{LEFT}" y="40" fill="#444444">{escape(chart.subtitle)}</text>',
    ]
    if chart.warning:
        out.append(f'<text x="{LEFT}" y="57" fill="#B00020" font-weight="bold">{escape(chart.warning)}</text>')
    for y, text in axis.marks():
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + plot_w}" y2="{y:.1f}" stroke="#e4e4e4"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{escape(text)}</text>')
    drawn = {p.x for s in chart.series for p in s.points}
    for x in chart.x_values:
        out.append(f'<line x1="{xpos(x):.1f}" y1="{TOP + plot_h}" x2="{xpos(x):.1f}" y2="{TOP + plot_h + 5}" stroke="#333333"/>')
        out.append(f'<text x="{xpos(x):.1f}" y="{TOP + plot_h + 19}" text-anchor="middle">{escape(x)}</text>')
        if x not in drawn:  # every point there was invalid, failed or wrong
            out.append(f'<text x="{xpos(x):.1f}" y="{TOP + plot_h + 32}" text-anchor="middle" fill="#999999" '
                       'font-size="10">no correct point</text>')
    out.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" stroke="#333333"/>')
    out.append(f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{LEFT + plot_w}" y2="{TOP + plot_h}" stroke="#333333"/>')
    out.append(f'<text x="{LEFT + plot_w / 2:.1f}" y="{HEIGHT - 14}" text-anchor="middle" font-weight="bold">'
               f'{escape(chart.x_name)} (launch parameter)</text>')
    cy = TOP + plot_h / 2
    out.append(f'<text x="18" y="{cy:.1f}" text-anchor="middle" font-weight="bold" transform="rotate(-90 18 {cy:.1f})">'
               f'{escape(chart.y_label)}</text>')
    if chart.copy_gb_per_s:
        y = axis.at(chart.copy_gb_per_s)
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + plot_w}" y2="{y:.1f}" stroke="#777777" stroke-dasharray="6 4"/>')
        out.append(f'<text x="{LEFT + plot_w - 4}" y="{y - 5:.1f}" text-anchor="end" fill="#555555">'
                   f'copy ceiling {units.label(chart.copy_gb_per_s, "GB/s")}</text>')

    legend_y = TOP + 8
    for i, s in enumerate(chart.series):
        color = PALETTE[i % len(PALETTE)]
        # consecutive x values only: a missing (invalid or wrong) point leaves a gap
        run: list[SeriesPoint] = []
        runs = [run]
        for p in s.points:
            if run and chart.x_values.index(p.x) != chart.x_values.index(run[-1].x) + 1:
                run = []
                runs.append(run)
            run.append(p)
        out.append(f'<g class="series" data-label="{escape(s.label)}">')
        for r in runs:
            if len(r) > 1:
                coords = " ".join(f"{xpos(p.x):.1f},{axis.at(p.value):.1f}" for p in r)
                out.append(f'<polyline points="{coords}" fill="none" stroke="{color}" stroke-width="2"/>')
        for a, b in zip(runs, runs[1:]):  # across a gap: thin and dashed, there is no data between
            out.append(f'<line x1="{xpos(a[-1].x):.1f}" y1="{axis.at(a[-1].value):.1f}" x2="{xpos(b[0].x):.1f}" '
                       f'y2="{axis.at(b[0].value):.1f}" stroke="{color}" stroke-width="1" stroke-dasharray="3 3"/>')
        for p in s.points:
            x, y = xpos(p.x), axis.at(p.value)
            if p.is_best:
                out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="8" fill="none" stroke="{color}" stroke-width="2"/>')
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{color}"><title>{escape(p.tooltip)}</title></circle>')
        out.append("</g>")
        lx = LEFT + plot_w + 16
        out.append(f'<line x1="{lx}" y1="{legend_y}" x2="{lx + 22}" y2="{legend_y}" stroke="{color}" stroke-width="2"/>')
        out.append(f'<circle cx="{lx + 11}" cy="{legend_y}" r="4" fill="{color}"/>')
        label = s.label if s.points else f"{s.label}: no correct point"
        words, line = label.split(" "), ""
        for w in words:  # wrap at ~22 characters: the legend column is 184 px wide
            if line and len(line) + len(w) > 22:
                out.append(f'<text x="{lx + 28}" y="{legend_y + 4}">{escape(line)}</text>')
                legend_y += 15
                line = w
            else:
                line = f"{line} {w}".strip()
        out.append(f'<text x="{lx + 28}" y="{legend_y + 4}">{escape(line)}</text>')
        legend_y += 24
    out.append(f'<text x="{LEFT + plot_w + 16}" y="{legend_y + 4}" fill="#555555">ringed: best per shape</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
