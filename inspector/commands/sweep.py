"""`inspect sweep`: run a handwritten kernel over a grid of launch parameters and shapes.

Thin: parses flags into a SweepConfig, checks the outputs can be written, calls `plan` and
`run_sweep`, prints one table line per point and the best point per shape, then writes the
long-format CSV and the SVG chart beside it (after printing: a failed write never loses the table).
Exit codes: 0 every valid point correct; 1 a point failed or was wrong (the others are still in
the CSV); 2 the request itself was invalid, the launcher rejected every point, or an output
cannot be written (one line on stderr); 130 interrupted (nothing written).

On the CPU it sets TRITON_INTERPRET=1 (unless set) before the kernel module is imported: Triton
kernels run there only in the interpreter, so the times it prints measure the interpreter.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path
from typing import Sequence

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from inspector.bench.sweep import CPU_NOTE, SweepConfig, SweepError, plan, run_sweep
from inspector.bench.sweep_results import PointResult, all_invalid, best, problems, results
from inspector.bench.sweep_plot import chart_model, render_svg
from inspector.bench.table import COPY_EXPERIMENT, Row, save_csv
from inspector.core.timing import REP_MS, WARMUP_MS
from inspector.core.units import number
from inspector.store import bench_dir, check_writable, utc_stamp, write_output
from inspector.versions import resolve_device
from inspector.usage import Failed, InputError


def default_out(experiment: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", experiment)
    return bench_dir() / f"sweep-{safe}-{utc_stamp()}.csv"


def sweep_table(points: Sequence[PointResult], title: str) -> Table:
    """One line per (shape, point); the best point of each shape is marked."""
    names = list(dict.fromkeys(k for r in points for k in r.params))
    has_copy = any(not math.isnan(r.frac_copy_bw) for r in points)  # CUDA runs only
    has_flops = any(not math.isnan(r.tflop_per_s) for r in points)  # experiments that count FLOPs
    winners = {(r.shape, r.provider) for r in best(points).values()}
    table = Table(title=escape(title), title_justify="left")
    for name, justify in [("shape", "left"), *((n, "right") for n in names), ("median ms", "right"),
                          ("p20-p80 ms", "right"), ("GB/s", "right"), *([("% copy", "right")] if has_copy else []),
                          *([("TFLOP/s", "right")] if has_flops else []), ("check", "left")]:
        table.add_column(escape(name), justify=justify, overflow="fold")
    previous = None
    for r in points:
        if previous is not None and r.shape != previous:
            table.add_section()
        status = {"ok": "ok", "incorrect": "[bold red]WRONG[/]", "failed": "[bold red]FAILED[/]",
                  "invalid": "[dim]invalid[/]"}[r.status]
        check = status if r.status == "ok" else f"{status}: {escape(r.note)}"
        if (r.shape, r.provider) in winners:
            check += " [bold green](best)[/]"
        table.add_row(
            r.shape if r.shape != previous else "",
            *(escape(r.params.get(n, "")) for n in names),
            number(r.median_ms, ".4g", missing=""),
            "" if math.isnan(r.p20_ms) else f"{r.p20_ms:.4g}-{r.p80_ms:.4g}",
            number(r.gb_per_s, ",.3g", missing=""),
            *([number(100 * r.frac_copy_bw, ".0f", missing="")] if has_copy else []),
            *([number(r.tflop_per_s, ".3g", missing="")] if has_flops else []),
            check,
        )
        previous = r.shape
    return table


def best_lines(points: Sequence[PointResult]) -> list[str]:
    chosen = best(points)
    lines = []
    for shape in dict.fromkeys(r.shape for r in points):
        r = chosen.get(shape)
        if r is None:
            lines.append(f"best for {shape}: none (no point was correct)")
            continue
        frac = "" if math.isnan(r.frac_copy_bw) else f", {100 * r.frac_copy_bw:.0f}% of copy"
        if not math.isnan(r.tflop_per_s):  # compute-bound: the copy ceiling is no roof
            frac = f", {r.tflop_per_s:.3g} TFLOP/s"
        params = " ".join(f"{k}={v}" for k, v in r.params.items())
        lines.append(f"best for {shape}: {r.launcher} {params}: {r.median_ms:.4g} ms, {r.gb_per_s:,.3g} GB/s{frac}")
    return lines


def save(rows: list[Row], points: Sequence[PointResult], csv_path: Path, title: str, subtitle: str,
         x_name: str | None, device: str) -> tuple[Path, Path]:
    """Write the CSV and, beside it, the SVG chart; returns both paths (FileError when one cannot be
    written: each file is written whole or left as it was)."""
    copy = next((r.value for r in rows if r.experiment == COPY_EXPERIMENT and r.metric == "gb_per_s"), None)
    chart = chart_model(points, title, subtitle, x_name, copy, warning=CPU_NOTE if device == "cpu" else "")
    svg = render_svg(chart)
    save_csv(rows, csv_path)
    svg_path = write_output(csv_path.with_suffix(".svg"), svg)
    return csv_path, svg_path


@click.command("sweep")
@click.argument("name", metavar="NAME")
@click.option("--param", "params", multiple=True, metavar="KEY=v1,v2,...",
              help="A launch parameter from the kernel module's SWEEP table and the values to try "
                   "(KEY alone: all its SWEEP candidates). Repeat for more parameters: the grid is "
                   "every combination. Parameters not given keep the launcher's default; with no "
                   "--param at all, every SWEEP candidate of every parameter is tried. Values "
                   "outside SWEEP are tried too: a point the launcher rejects is listed as invalid.")
@click.option("--shape", "shapes", multiple=True, metavar="MxN[xK]",
              help="Input shape, e.g. 8192x4096; repeat for several (one line per shape in the "
                   "plot). Default: the experiment's default shape for the device.")
@click.option("--dtype", default=None, metavar="DTYPE",
              help="fp32, fp16 or bf16 (or float32, float16, bfloat16). Default: the experiment's "
                   "default, bf16 on CUDA and fp32 on the CPU.")
@click.option("--device", default="auto", show_default=True, metavar="auto|cuda|cpu",
              help="Where to run: auto picks CUDA when torch sees a GPU, else the CPU (Triton's "
                   "interpreter: correctness only, its times are not kernel performance).")
@click.option("--launcher", default=None, metavar="FUNCTION",
              help="Which launcher of the kernel module to sweep (e.g. a fused and an unfused one). "
                   "Default: the experiment's handwritten launcher.")
@click.option("--x", "x_name", default=None, metavar="KEY",
              help="The parameter on the plot's x axis. Default: the one with the most values; the "
                   "others are folded into the best point at each x.")
@click.option("--warmup-ms", default=WARMUP_MS, show_default=True, type=float,
              help="Warm-up time before each point is timed, in milliseconds.")
@click.option("--rep-ms", default=REP_MS, show_default=True, type=float,
              help="Timing budget per point, in milliseconds (do_bench's rep on CUDA).")
@click.option("--out", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="CSV file for the long-format results; the SVG chart is written beside it with "
                   "an .svg suffix. Default: captured_kernels/_bench/sweep-<experiment>-<UTC "
                   "yyyymmdd-HHMMSS>.csv.")
def sweep(name: str, params: tuple[str, ...], shapes: tuple[str, ...], dtype: str | None,
          device: str, launcher: str | None, x_name: str | None, warmup_ms: float, rep_ms: float,
          out: Path | None) -> None:
    """Run NAME's handwritten Triton kernel (a built-in experiment or a 'module:ATTR' reference to
    an Experiment) over a grid of launch parameters and shapes: check every point against the
    float64 reference, time the correct ones, write a long-format CSV and an SVG chart of GB/s
    against the parameter, and print the best point per shape."""
    try:
        if resolve_device(device) == "cpu":
            # Triton reads this when a kernel is decorated, so before the kernel module is imported
            os.environ.setdefault("TRITON_INTERPRET", "1")
        if warmup_ms < 0 or rep_ms <= 0:
            raise SweepError("--warmup-ms must be >= 0 and --rep-ms > 0")
        config = SweepConfig(name, tuple(params), tuple(shapes), dtype, device, launcher, warmup_ms, rep_ms)
        the_plan = plan(config)
    except (SweepError, ValueError) as exc:
        raise InputError(str(exc)) from None
    if the_plan.device == "cuda" and os.environ.get("TRITON_INTERPRET") == "1":
        click.echo("warning: TRITON_INTERPRET=1 is set: the kernels run in Triton's interpreter, so the "
                   "times below are not kernel performance", err=True)
    all_names = list(the_plan.params)
    if x_name is not None and x_name not in all_names:
        raise InputError(f"--x {x_name!r} is not a swept parameter; the sweep varies {', '.join(all_names)}")
    csv_out = out or default_out(the_plan.spec.name)
    check_writable(csv_out)  # before any point runs: an unwritable output is bad input, exit 2
    check_writable(csv_out.with_suffix(".svg"))

    rows = run_sweep(the_plan, progress=lambda line: click.echo(line, err=True))
    points = results(rows)
    if all_invalid(points):
        reasons = "; ".join(dict.fromkeys(r.note for r in points))
        raise InputError(f"the launcher rejected every point of the grid: {reasons}")

    spec, dev = the_plan.spec, the_plan.device
    device_name = next((r.device_name for r in rows), dev)
    title = f"inspect sweep: {spec.name} / {the_plan.kernel.module}.{the_plan.kernel.name}"
    first = next((r for r in rows if r.experiment != COPY_EXPERIMENT), rows[0])  # the copy row's dtype is int64
    subtitle = f"{first.dtype}, {device_name} ({dev}), torch {first.torch}, triton {first.triton}"

    console = Console()
    if not console.is_terminal:
        console = Console(width=200)  # piped or captured: 80 columns would fold every cell
    console.print(sweep_table(points, f"{title}, {subtitle}"))
    for line in best_lines(points):
        click.echo(line)
    if dev == "cpu":
        click.echo(f"note: {CPU_NOTE}; the points were checked for correctness, time them on a GPU")
    elif any(r.metric == "gb_per_s" and r.experiment == COPY_EXPERIMENT for r in rows):
        copy = next(r for r in rows if r.metric == "gb_per_s" and r.experiment == COPY_EXPERIMENT)
        click.echo(f"copy ceiling: {copy.value:,.0f} GB/s ({copy.note})")
    csv_path, svg_path = save(rows, points, csv_out, title, subtitle, x_name, dev)
    click.echo(f"wrote {csv_path}")
    click.echo(f"wrote {svg_path}")
    bad = problems(points)
    if bad:
        raise Failed(*(f"inspect sweep: {line}" for line in bad))
