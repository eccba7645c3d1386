"""`inspect diff`: the click command (thin: resolve the capture folders, build the view, print).

`inspect diff NAME` compares the latest capture of NAME with the handwritten kernel;
`inspect diff RUN_A RUN_B` compares two capture folders of one experiment. Bad input is one line
on stderr and exit code 2.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import click
from rich.console import Console

from inspector import store
from inspector.config import DEFAULT_OUT
from inspector.usage import InputError


def _is_run(path: Path) -> bool:
    return (path / store.MANIFEST).is_file()


def resolve_run(target: str, root: Path, skipped: list[str] | None = None) -> Path:
    """A capture folder from a path, or the newest usable capture of an experiment name under root:
    successful, with kernels, not a --no-capture timing baseline. The newer runs passed over are
    appended to `skipped`, one line each with the reason. Every stored JSON file of the chosen
    folder must be readable: a corrupt one is a FileError (exit 2), never an empty capture."""
    path = Path(target)
    if path.is_dir():
        if not _is_run(path):
            raise InputError(f"{target} is not a capture folder (no manifest.json)")
        store.check_run(path)
        return path
    ref, passed_over = store.newest_capture(root, target)
    if skipped is not None:
        skipped.extend(f"skipped the newer run {r.run_id}: {why}" for r, why in passed_over)
    if ref is None:
        if passed_over:
            reasons = "; ".join(f"{r.run_id}: {why}" for r, why in passed_over)
            raise InputError(f"no capture of {target} under {root} has kernels to compare ({reasons}): "
                             f"run `inspect run {target}` (without --no-capture)")
        if (root / target).is_dir():
            raise InputError(f"no capture of {target} under {root} has a manifest.json")
        raise InputError(unknown_target(target, root))
    store.check_run(ref.path)
    return ref.path


def unknown_target(target: str, root: Path) -> str:
    """Why there is no capture of `target`: a known experiment not run yet, or a name that is none
    (then the close ones among the experiments and the captures under root)."""
    from experiments import catalog

    known = list(catalog.entries())
    if target in known or ":" in target:
        return f"no capture of {target!r} under {root}: run `inspect run {target}` first, or give a capture folder"
    captured = [p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))] if root.is_dir() else []
    close = difflib.get_close_matches(target, dict.fromkeys(known + captured), n=4, cutoff=0.5)
    hint = f"close names: {', '.join(close)}" if close else "`inspect list` names the experiments"
    return f"{target!r} is not a known experiment, a capture under {root} or a capture folder ({hint})"


def measure_here(run: Path, root: Path, echo) -> Path | None:
    """`diff NAME --measure`: bench the capture's experiment, shape and dtype on this GPU (eager,
    torch.compile, the handwritten kernel; Nsight Compute counters where ncu is installed) into
    ROOT/_bench/, unless a bench of this GPU model is there already. Returns the CSV written (None
    when one existed). Bad input (exit 2) on a CPU capture, without a GPU, or on another GPU model
    than the capture's: a bench there would not explain it."""
    from experiments import catalog
    from inspector.report.diff_view import bench_measured

    manifest = store.load_json(run / store.MANIFEST)
    name, shape, dtype = manifest.get("experiment"), manifest.get("shape"), manifest.get("dtype")
    if manifest.get("device") != "cuda":
        raise InputError(f"--measure times the handwritten kernel on a GPU: {run} is a CPU capture")
    entry = catalog.entries().get(name)
    if entry is None or entry.handwritten is None:
        raise InputError(f"--measure benches a built-in experiment's handwritten kernel: {name!r} has none")
    import torch

    if not torch.cuda.is_available():
        raise InputError("--measure benches on this machine's GPU: torch sees no CUDA device here")
    here, captured = torch.cuda.get_device_name(), manifest.get("device_name")
    if captured and here != captured:
        raise InputError(f"--measure: the capture ran on {captured} and this GPU is {here}: a bench here would not "
                         f"explain it (run `inspect run {name}` here first)")
    found = bench_measured(root, name, shape, dtype, "cuda", None, captured)
    if found is not None:
        echo(f"note: --measure: {found.source} under {store.bench_dir(root)} already benches {name} on {here}")
        return None
    from inspector.bench.run import BenchConfig, BenchConfigError, problems, run_bench
    from inspector.bench.table import save_csv

    out = store.bench_dir(root) / f"bench-{store.utc_stamp()}-measure-{name}.csv"
    store.check_writable(out)
    config = BenchConfig(experiments=(name,), shape="x".join(str(d) for d in shape or []) or None, dtype=dtype,
                         device="cuda", out=out, counters=True)
    try:
        rows = run_bench(config, progress=echo)
    except BenchConfigError as exc:
        raise InputError(f"--measure: {exc}") from None
    save_csv(rows, out)
    echo(f"wrote {out}")
    for line in problems(rows):
        echo(f"warning: --measure: {line}")
    return out


@click.command("diff")
@click.argument("targets", nargs=-1, required=True, metavar="NAME | RUN_A RUN_B")
@click.option("--root", default=str(DEFAULT_OUT), show_default=True, type=click.Path(file_okay=False),
              help="Root folder of the captures (where NAME's latest capture and _bench/*.csv are looked up).")
@click.option("--html", "html_path", default=None, type=click.Path(dir_okay=False),
              help="Write the standalone HTML page here (default: <run>/diff.html; for RUN_A RUN_B, <RUN_B>/diff-vs-<RUN_A>.html).")
@click.option("--no-html", is_flag=True, help="Print to the terminal only; write no HTML page.")
@click.option("--source", type=click.Choice(["side", "unified", "none"]), default="side", show_default=True,
              help="How to print the normalized kernel sources in the terminal.")
@click.option("--kernel", default=None, help="Handwritten kernel to compare (default: the first one its launcher launches).")
@click.option("--no-ptx", is_flag=True, help="Skip compiling the handwritten kernel to PTX offline (saves ~2-5 s).")
@click.option("--measure", is_flag=True,
              help="diff NAME on a GPU: when ROOT/_bench/ holds no bench of the capture's GPU model, bench its "
                   "experiment, shape and dtype here first (eager, torch.compile, the handwritten kernel, with "
                   "Nsight Compute counters where ncu is installed) and compare with that. Needs the capture's GPU model.")
def diff(targets, root, html_path, no_html, source, kernel, no_ptx, measure=False) -> None:
    """Explain generated vs handwritten: `diff NAME` compares the latest capture of NAME with the
    handwritten Triton kernel (anatomy, bytes per call, launches, intermediates, source diff,
    findings); `diff RUN_A RUN_B` compares two capture folders of one experiment."""
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
    root_path = Path(root)
    if len(targets) > 2:
        raise InputError("give one experiment NAME (or capture folder), or two capture folders RUN_A RUN_B")
    skipped: list[str] = []
    runs = [resolve_run(t, root_path, skipped) for t in targets]
    out = None
    if not no_html:
        if html_path:
            out = Path(html_path)
        else:
            out = runs[0] / "diff.html" if len(runs) == 1 else runs[1] / f"diff-vs-{runs[0].name}.html"
        store.check_writable(out)  # before the work, so a read-only folder costs nothing
    for line in skipped:
        click.echo(f"note: {line}", err=True)
    if measure:
        if len(runs) == 2:
            raise InputError("--measure applies to `diff NAME` (a capture against its handwritten kernel), not to two captures")
        measure_here(runs[0], root_path, lambda line: click.echo(line, err=True))
    if len(runs) == 2:
        from inspector.analysis.compare_runs import CompareError, compare
        from inspector.report.diff_render import print_comparison, write_comparison_html

        try:
            comparison = compare(*runs)
        except CompareError as exc:
            raise InputError(str(exc)) from None
        print_comparison(comparison, console)
        if out is not None:
            write_comparison_html(comparison, out)
            console.print(f"[dim]HTML: {out}[/]")
        return
    from inspector.report.diff_render import print_diff, write_html
    from inspector.report.diff_view import build_diff

    view = build_diff(runs[0], root_path, offline_ptx=not no_ptx, kernel=kernel)
    print_diff(view, console, source)
    if out is not None:
        write_html(view, out)
        console.print(f"[dim]HTML: {out}[/]")
