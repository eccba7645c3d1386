"""The report and its side files: build the model (html_model), write the Perfetto traces and, when
asked and installed, tlparse's pages next to the report, render (html) and write the page whole.
`generate` is what `inspect report` (inspector/commands/report.py) calls, and is callable from Python.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from inspector.report.html import render
from inspector.report.html_model import ReportModel, build_report
from inspector.report.perfetto import trace_file_name, write_trace
from inspector.report.ranks_view import ranks_perfetto_files, write_ranks_perfetto
from inspector import store
from inspector.usage import FileError

TLPARSE_TIMEOUT_S = 120  # one trace of the built-in experiments takes well under 5 s


def _relative(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path, start)).as_posix()


def perfetto_links(model: ReportModel, folder: Path, base: Path) -> dict[str, Path]:
    """Run anchor -> the Chrome trace file of each run with a timeline (two copies of one run, same
    run id in two folders, get one file each)."""
    links: dict[str, Path] = {}
    for run in model.runs:
        if run.spans:
            path = folder / trace_file_name(run.experiment, run.run_id)
            if path in links.values():
                path = folder / trace_file_name(run.experiment, f"{run.run_id}-{run.path.parent.name}-{run.path.name}")
            links[run.anchor] = path
    links.update(ranks_perfetto_files(model, folder))
    return links


def write_perfetto(model: ReportModel, files: dict[str, Path], scratch: Path) -> list[tuple[Path, Path]]:
    """Write each run's Chrome trace into `scratch`; returns (written, final path) pairs to move in
    once the report itself is written, so a failure or Ctrl-C leaves no partial trace folder."""
    moves = []
    for run in model.runs:
        if run.anchor in files:
            path = scratch / files[run.anchor].name
            try:
                write_trace(path, run.spans, run.instants, f"{run.experiment} {run.run_id}")
            except OSError as exc:
                raise FileError(files[run.anchor], f"cannot write ({exc.strerror or exc}); left as it was") from None
            moves.append((path, files[run.anchor]))
    try:
        moves += write_ranks_perfetto(model, files, scratch)
    except OSError as exc:
        raise FileError(scratch, f"cannot write a ranks trace ({exc.strerror or exc})") from None
    return moves


def mark_runs(model: ReportModel) -> None:
    """Say in the model what the files say: a run with a corrupt or truncated stored file is marked
    corrupt (with one warning naming the file, which the command also prints), and a --no-capture
    run is labelled a timing baseline, not a capture without kernels."""
    for run in model.runs:
        if run.status == "corrupt":  # no readable manifest: already marked, and printed by the command
            continue
        problems = store.corrupt_files(run.path)
        if problems:
            run.status = "corrupt"
            run.error = "; ".join(f"{Path(p.path).name}: {p.detail}" for p in problems)
            run.warnings.insert(0, run.error)
            continue
        if store.is_timing_baseline(store.load_json(run.path / store.MANIFEST)):
            run.mode = f"{run.mode} (timing baseline, --no-capture)"
            run.label += " · timing baseline"


def write_tlparse(model: ReportModel, folder: Path, base: Path) -> tuple[dict[str, str], list[str]]:
    """tlparse's pages for each run's raw trace (one log per run: the first one)."""
    exe = shutil.which("tlparse")
    if exe is None:
        return {}, ["--tlparse: tlparse is not installed (pip install tlparse); skipped"]
    links, notes = {}, []
    for run in model.runs:
        logs = sorted([*run.trace_dir.glob("*.log"), *run.trace_dir.glob("*.log.gz")]) if run.trace_dir else []
        if not logs:
            continue
        out = folder / trace_file_name(run.experiment, run.run_id).removesuffix(".trace.json")
        with tempfile.TemporaryDirectory() as tmp:
            log = logs[0]
            if log.suffix == ".gz":  # tlparse reads plain text logs
                plain = Path(tmp) / log.name.removesuffix(".gz")
                with gzip.open(log, "rb") as src, open(plain, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                log = plain
            try:
                done = subprocess.run([exe, str(log), "-o", str(out), "--overwrite", "--no-browser"], capture_output=True,
                                      text=True, timeout=TLPARSE_TIMEOUT_S)
            except (OSError, subprocess.TimeoutExpired) as exc:
                notes.append(f"tlparse failed on {run.experiment}/{run.run_id}: {exc}")
                continue
        if done.returncode == 0 and (out / "index.html").is_file():
            links[run.anchor] = _relative(out / "index.html", base)
        else:
            notes.append(f"tlparse failed on {run.experiment}/{run.run_id}: {(done.stderr or done.stdout).strip()[-200:]}")
    return links, notes


def generate(paths: list[Path], out: Path, perfetto_dir: Path | None = None, tlparse: bool = False,
             bench_csvs: list[Path] | None = None) -> tuple[Path, ReportModel, list[str]]:
    """Write the report (and its trace files); returns the report path, the model and notes."""
    from inspector.report.report_analysis import add_findings, kernel_analysis

    model = build_report(paths, bench_csvs, analysis=kernel_analysis)
    mark_runs(model)
    add_findings(model)
    base = out.parent
    traces = perfetto_links(model, perfetto_dir or perfetto_folder(out), base)
    notes: list[str] = []
    tl_links: dict[str, str] = {}
    if tlparse:
        tl_links, notes = write_tlparse(model, base / f"{out.stem}-tlparse", base)
        model.warnings.extend(notes)
    html = render(model, {anchor: _relative(path, base) for anchor, path in traces.items()}, tl_links)
    scratch_parent = (perfetto_dir or perfetto_folder(out)).parent
    scratch_parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".inspect-report-", dir=scratch_parent))
    try:
        moves = write_perfetto(model, traces, scratch)
        store.write_output(out, html)
        for written, final in moves:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(written, final)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return out, model, notes


def perfetto_folder(out: Path) -> Path:
    return out.parent / f"{out.stem}-perfetto"
