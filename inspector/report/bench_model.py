"""View models of the report's performance section, built from bench and sweep CSVs only.

bench_view keeps the newest measurement of each (experiment, shape, dtype, device, provider, pass)
over the CSVs and turns each `inspect sweep` CSV into a chart model (drawn by
sweep_plot.render_svg); handwritten_lookup gives the capture index its handwritten times.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from inspector.bench.sweep_plot import Chart, chart_model
from inspector.bench.sweep_results import best, parse_provider, results
from inspector.bench.table import COPY_EXPERIMENT, Row, experiment_label, read_csv, tie_verdict
from inspector.core import units


def finite_or_none(value: Any) -> float | None:
    """value as a float; None when it is missing, not a number or NaN."""
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(out) else out



@dataclass(frozen=True)
class BenchEntry:
    experiment: str
    shape: str
    dtype: str
    device_name: str
    provider: str
    median_ms: float | None
    gb_per_s: float | None
    frac_copy_bw: float | None
    speedup_vs_eager: float | None
    correct: bool | None
    note: str
    source: str  # CSV file name
    peak_mem_mib: float | None = None  # memory one call allocates beyond its inputs (GPU benches)
    tflop_per_s: float | None = None
    phase: str = ""  # the `inspect bench --pass`, when not the experiment's natural one
    speedup_vs_compile: float | None = None
    tie_vs_eager: bool | None = None  # the two providers' p20-p80 spreads overlap (core/spread.py)
    tie_vs_compile: bool | None = None

    @property
    def label(self) -> str:
        return experiment_label(self.experiment, self.phase)


@dataclass(frozen=True)
class SweepChart:
    """One `inspect sweep` CSV: its chart (drawn by sweep_plot.render_svg) and best point per shape."""

    source: str  # CSV file name
    chart: Chart
    best: list[str]


@dataclass
class BenchView:
    entries: list[BenchEntry]
    ceilings: dict[str, float]  # device name -> measured copy GB/s
    files: list[str]
    warnings: list[str]
    sweeps: list[SweepChart] = field(default_factory=list)


def bench_view(csv_paths: list[Path]) -> BenchView:
    """The newest measurement of each (experiment, shape, dtype, device, provider, pass) over the CSVs."""
    latest: dict[tuple, dict[str, Row]] = {}
    source_of: dict[tuple, str] = {}
    ceilings: dict[str, tuple[str, float]] = {}
    warnings, files, sweeps = [], [], []
    for csv in csv_paths:
        try:
            rows = read_csv(csv)
        except (OSError, ValueError) as exc:
            warnings.append(f"{csv.name}: skipped ({exc})")
            continue
        files.append(csv.name)
        sweep_rows = [r for r in rows if parse_provider(r.provider)[1]]
        if sweep_rows:  # an `inspect sweep` CSV: a chart of its own, not bench entries
            sweeps.append(sweep_chart(csv.name, rows))
            rows = [r for r in rows if not parse_provider(r.provider)[1]]
        for r in rows:
            if r.experiment == COPY_EXPERIMENT:
                if r.metric == "gb_per_s" and r.timestamp >= ceilings.get(r.device_name, ("", 0.0))[0]:
                    ceilings[r.device_name] = (r.timestamp, r.value)
                continue
            key = (r.experiment, r.shape, r.dtype, r.device_name, r.provider, r.phase)
            metrics = latest.setdefault(key, {})
            if metrics and next(iter(metrics.values())).timestamp > r.timestamp:
                continue
            if metrics and next(iter(metrics.values())).timestamp < r.timestamp:
                metrics.clear()
            metrics[r.metric] = r
            source_of[key] = csv.name
    entries = []
    for (experiment, shape, dtype, device_name, provider, phase), m in latest.items():
        def val(metric: str) -> float | None:
            return finite_or_none(m[metric].value) if metric in m else None
        correct = val("correct")
        note = next((m[k].note for k in ("failed", "skipped") if k in m), "")
        entries.append(BenchEntry(experiment, shape, dtype, device_name, provider, val("median_ms"), val("gb_per_s"),
                                  val("frac_copy_bw"), val("speedup_vs_eager"), None if correct is None else correct == 1,
                                  note, source_of[(experiment, shape, dtype, device_name, provider, phase)],
                                  val("peak_mem_mib"), val("tflop_per_s"), phase, val("speedup_vs_compile"),
                                  *(tie_verdict(m, latest.get((experiment, shape, dtype, device_name, b, phase)), b)
                                    for b in ("eager", "compile"))))
    return BenchView(entries, {k: v for k, (_, v) in ceilings.items()}, files, warnings, sweeps)


def sweep_chart(source: str, rows: list[Row]) -> SweepChart:
    """The chart of one sweep CSV: GB/s against the parameter with the most values, one line per
    shape, under the copy ceiling measured in the same run."""
    points = results(rows)
    measured = [r for r in rows if r.experiment != COPY_EXPERIMENT]
    copy = next((r.value for r in rows if r.experiment == COPY_EXPERIMENT and r.metric == "gb_per_s"), None)
    first = measured[0]
    launchers = ", ".join(dict.fromkeys(p.launcher for p in points))
    title = f"{first.experiment} / {launchers}"
    subtitle = f"{first.dtype}, {first.device_name} ({first.device}), torch {first.torch}, triton {first.triton}"
    warning = "CPU: Triton interpreter time, not kernel performance" if first.device == "cpu" else ""
    lines = []
    for shape, r in best(points).items():
        params = " ".join(f"{k}={v}" for k, v in r.params.items())
        rate = f"{r.tflop_per_s:,.1f} TFLOP/s" if math.isfinite(r.tflop_per_s) else units.rate(r.gb_per_s)
        lines.append(f"{shape}: {params}: {r.median_ms:.4g} ms, {rate}")
    return SweepChart(source, chart_model(points, title, subtitle, None, copy, warning), lines)


def handwritten_lookup(bench: BenchView) -> Callable[[str, str, str, str], float | None]:
    table = {(e.experiment, e.shape, e.dtype, e.device_name): e.median_ms for e in bench.entries
             if e.provider == "handwritten" and not e.phase}
    return lambda experiment, shape, dtype, device_name: table.get((experiment, shape, dtype, device_name))
