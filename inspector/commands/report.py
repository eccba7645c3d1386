"""`inspect report`: one self-contained HTML file over capture folders and bench CSVs.

Thin: check the inputs and that the outputs can be written, call report.generate (model, Perfetto
traces, tlparse pages, the page), and print where it all went.
"""

from __future__ import annotations

import time
from pathlib import Path

import click

from inspector import store
from inspector.config import DEFAULT_OUT
from inspector.report.generate import generate, perfetto_folder
from inspector.usage import InputError


@click.command("report")
@click.argument("runs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", default="inspect-report.html", show_default=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the HTML report (one self-contained file).")
@click.option("--root", default=str(DEFAULT_OUT), show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Captures folder scanned when no RUNS are given (bench CSVs are read from ROOT/_bench/).")
@click.option("--perfetto", "perfetto_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the Chrome/Perfetto trace JSON of each run (default: OUT's name + '-perfetto' next to the report).")
@click.option("--bench", "bench_csvs", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Bench CSV to include (repeatable; default: every CSV in _bench/ beside the captures).")
@click.option("--tlparse", is_flag=True, help="Also render tlparse's pages for each captured trace and link them (needs `pip install tlparse`).")
def report(runs: tuple[Path, ...], out: Path, root: Path, perfetto_dir: Path | None, bench_csvs: tuple[Path, ...], tlparse: bool) -> None:
    """Write an HTML report of RUNS (capture folders, experiment folders or capture roots; default:
    every capture under --root): index, compile overhead, timelines, kernels, performance, graph breaks."""
    paths = list(runs) or [root]
    for path in paths:
        if not path.is_dir():
            raise InputError(f"{path} is not a folder (give capture folders, experiment folders or a captures root)")
    for csv in bench_csvs:
        if not csv.is_file():
            raise InputError(f"--bench {csv}: no such file")
    store.check_writable(out)  # before the work: a read-only folder costs nothing and loses nothing
    traces = perfetto_dir or perfetto_folder(out)
    store.check_writable(traces, folder=True)
    start = time.perf_counter()
    path, model, notes = generate(paths, out, perfetto_dir, tlparse, list(bench_csvs) or None)
    for note in model.warnings:
        click.echo(f"warning: {str(note).splitlines()[0] if str(note) else note}", err=True)
    for run in model.runs:
        if run.status == "corrupt":
            click.echo(f"warning: {run.path}: {run.error}", err=True)
    click.echo(f"wrote {path} ({len(model.runs)} captures, {sum(len(r.kernels) for r in model.runs)} kernels, "
               f"{time.perf_counter() - start:.2f} s)")
    if any(r.spans for r in model.runs):
        click.echo(f"wrote the compile timelines (Chrome/Perfetto trace JSON, one per capture) to {traces}/")
