"""Faults and bad input for every command that writes: an unwritable output, a full disk, Ctrl-C
mid-way, and a corrupt or truncated stored file of each kind. Each ends in one line on stderr and a
documented exit code (README: 0 ok, 1 an experiment failed, 2 bad input or an unusable file or
output, 130 interrupted), leaves no partial file, and never replaces good data with worse.

No compiles: the read-only folder and the full disk are simulated in-process (the tests run as
root, for whom a chmod 555 folder stays writable), Ctrl-C is a KeyboardInterrupt raised at a
patched point, except one real SIGINT to an `inspect bench` subprocess.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from inspector import store
from inspector.cli import main

ROOT = Path(__file__).resolve().parents[1]
CAPTURES = ROOT / "captured_kernels"
SILU = CAPTURES / "silu" / "ref-h100-torch2.11.0-default"


def inspect(*args: str):
    return CliRunner().invoke(main, list(args))


def one_line(result, *words: str) -> str:
    """The command ended in one line on stderr (after any progress lines) holding every word, and
    printed no traceback and no second error; return that line."""
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert lines and all(w in lines[-1] for w in words), result.stderr
    assert sum(l.startswith(("error:", "Error:")) for l in lines) <= 1, result.stderr
    assert "Traceback" not in result.output and "Aborted" not in result.output
    return lines[-1]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.fixture
def captures(tmp_path: Path) -> Path:
    """A captures root holding a copy of the committed silu capture (run A) and a second copy (B)."""
    root = tmp_path / "captures"
    shutil.copytree(SILU, root / "silu" / "a")
    shutil.copytree(SILU, root / "silu" / "b")
    return root


@pytest.fixture
def read_only(monkeypatch):
    """Make folders read-only as they would be for a normal user: creating a file inside fails."""
    folders: list[Path] = []
    real = tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and any(Path(dir).resolve().is_relative_to(f) for f in folders):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    return lambda folder: (folder.mkdir(parents=True, exist_ok=True), folders.append(folder.resolve()))


@pytest.fixture
def full_disk(monkeypatch):
    """Every write of an output's content fails with ENOSPC (the temp file is created, then the
    write fails: what a full disk does)."""
    real = os.fdopen

    class Full:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, text):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store.os, "fdopen", lambda fd, mode="r", *a, **k: Full(real(fd, mode, *a, **k)) if "w" in mode else real(fd, mode, *a, **k))


def no_temp_files(folder: Path) -> None:
    assert not [p for p in folder.rglob(".*") if p.is_file() or ".recollect-" in p.name or ".old-" in p.name], list(folder.rglob(".*"))


# -- item 2: recollect never destroys a capture ------------------------------------------------


def test_recollect_without_trace_is_refused_and_keeps_the_capture(captures: Path) -> None:
    run = captures / "silu" / "a"
    shutil.rmtree(run / "trace")
    before = snapshot(run)
    result = inspect("recollect", str(run))
    assert result.exit_code == 2
    one_line(result, str(run), "no raw trace")
    assert snapshot(run) == before


@pytest.mark.parametrize("name", ["manifest.json", "results.json"])
def test_recollect_of_a_corrupt_raw_file_names_it(captures: Path, name: str) -> None:
    run = captures / "silu" / "a"
    truncate(run / name)
    before = snapshot(run)
    result = inspect("recollect", str(run))
    assert result.exit_code == 2
    one_line(result, name, "corrupt or truncated")
    assert snapshot(run) == before


def test_recollect_rebuilds_a_truncated_kernels_json(captures: Path) -> None:
    run = captures / "silu" / "a"
    good = json.loads((run / "kernels.json").read_text())
    truncate(run / "kernels.json")
    result = inspect("recollect", str(run))
    assert result.exit_code == 0, result.output
    rebuilt = json.loads((run / "kernels.json").read_text())
    assert [k["name"] for k in rebuilt["kernels"]] == [k["name"] for k in good["kernels"]]
    no_temp_files(captures)


def test_recollect_of_an_empty_trace_keeps_the_good_analysis(captures: Path) -> None:
    run = captures / "silu" / "a"
    for log in (run / "trace").iterdir():
        log.write_bytes(b"")
    before = snapshot(run)
    result = inspect("recollect", str(run))
    assert result.exit_code == 2
    one_line(result, "yields no kernels", "left as it was")
    assert snapshot(run) == before
    no_temp_files(captures)


def test_recollect_read_only_full_disk_and_interrupt_leave_the_run(captures: Path, read_only, full_disk, monkeypatch) -> None:
    run = captures / "silu" / "a"
    before = snapshot(run)
    result = inspect("recollect", str(run))  # the full disk: the copy's JSON writes fail
    assert result.exit_code == 2
    one_line(result, "No space left on device", "left as it was")
    assert snapshot(run) == before
    no_temp_files(captures)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("inspector.capture.recollect.collect", interrupted)
    result = inspect("recollect", str(run))
    assert result.exit_code == 130
    one_line(result, "interrupted", "left as it was")
    assert snapshot(run) == before
    no_temp_files(captures)

    read_only(captures / "silu")
    result = inspect("recollect", str(run))
    assert result.exit_code == 2
    one_line(result, "cannot write there", "Permission denied")
    assert snapshot(run) == before


# -- item 3: an unwritable output loses nothing ------------------------------------------------


def _forbid(monkeypatch, target: str) -> None:
    def called(*args, **kwargs):
        raise AssertionError(f"{target} ran although the output cannot be written")

    monkeypatch.setattr(target, called)


def test_unwritable_output_is_refused_before_the_work(tmp_path: Path, captures: Path, read_only, monkeypatch) -> None:
    ro = tmp_path / "ro"
    read_only(ro)
    _forbid(monkeypatch, "inspector.commands.bench.run_bench")
    _forbid(monkeypatch, "inspector.commands.sweep.run_sweep")
    _forbid(monkeypatch, "inspector.commands.report.generate")
    _forbid(monkeypatch, "inspector.capture.runner.capture")
    cases = [
        ("bench", "vector_add", "--providers", "eager", "--rounds", "1", "--device", "cpu", "--out", str(ro / "b.csv")),
        ("sweep", "vector_add", "--param", "BLOCK_SIZE=1024", "--device", "cpu", "--out", str(ro / "s.csv")),
        ("report", str(captures), "--out", str(ro / "r.html")),
        ("report", str(captures), "--out", str(tmp_path / "r.html"), "--perfetto", str(ro / "traces")),
        ("run", "silu", "--device", "cpu", "--out", str(ro / "captures")),
        ("diff", str(captures / "silu" / "a"), str(captures / "silu" / "b"), "--html", str(ro / "d.html")),
        ("diff", "silu", "--root", str(captures), "--no-ptx", "--html", str(ro / "d.html")),
    ]
    for args in cases:
        result = inspect(*args)
        assert result.exit_code == 2, (args, result.output)
        one_line(result, str(ro), "cannot write there")
        assert result.stdout == "", args  # refused before any work or output
    assert list(ro.iterdir()) == []


def test_bench_full_disk_prints_the_table_then_one_line(tmp_path: Path, full_disk) -> None:
    out = tmp_path / "b.csv"
    out.write_text("good,old\n")
    result = inspect("bench", "vector_add", "--providers", "eager", "--rounds", "1", "--device", "cpu",
                     "--shape", "4096", "--out", str(out))
    assert result.exit_code == 2, result.output
    assert "vector_add" in result.stdout and "eager" in result.stdout  # the results were printed
    assert "No space left on device" in result.stderr.splitlines()[-1] and str(out) in result.stderr.splitlines()[-1]
    assert out.read_text() == "good,old\n"  # the old file was not replaced by a partial one
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.csv"]


def test_sweep_full_disk_prints_the_table_then_one_line(tmp_path: Path, full_disk) -> None:
    out = tmp_path / "s.csv"
    result = inspect("sweep", "vector_add", "--param", "BLOCK_SIZE=1024", "--shape", "4096", "--device", "cpu",
                     "--warmup-ms", "0", "--rep-ms", "1", "--out", str(out))
    assert result.exit_code == 2, result.output
    assert "best for 4096" in result.stdout
    one_line(result, str(out), "No space left on device")
    assert list(tmp_path.iterdir()) == []


def test_report_and_diff_full_disk_leave_no_file(tmp_path: Path, captures: Path, full_disk) -> None:
    out = tmp_path / "r.html"
    result = inspect("report", str(captures / "silu"), "--out", str(out))
    assert result.exit_code == 2
    one_line(result, "No space left on device")
    assert not out.exists()
    no_temp_files(tmp_path)
    result = inspect("diff", "silu", "--root", str(captures), "--no-ptx", "--html", str(tmp_path / "d.html"))
    assert result.exit_code == 2
    assert "Findings" in result.stdout  # printed before the write failed
    one_line(result, "d.html", "No space left on device")
    assert not (tmp_path / "d.html").exists()


@pytest.mark.parametrize("command, patch", [
    (("bench", "vector_add", "--providers", "eager", "--rounds", "1", "--device", "cpu"), "inspector.bench.run.bench_experiment"),
    (("sweep", "vector_add", "--param", "BLOCK_SIZE=1024", "--device", "cpu"), "inspector.commands.sweep.run_sweep"),
    (("report", "{captures}"), "inspector.report.generate.render"),
    (("diff", "silu", "--root", "{captures}", "--no-ptx"), "inspector.report.diff_view.findings"),
    (("diff", "{captures}/silu/a", "{captures}/silu/b"), "inspector.analysis.compare_runs.normalize"),
    (("run", "silu", "--device", "cpu", "--out", "{captures}"), "inspector.capture.runner.capture"),
])
def test_interrupt_is_one_line_exit_130_and_no_file(tmp_path: Path, captures: Path, monkeypatch, command, patch) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(patch, interrupted)
    out = tmp_path / "out"
    args = [a.format(captures=captures) for a in command]
    if args[0] in ("bench", "sweep"):
        args += ["--out", str(out / "x.csv")]
    elif args[0] == "report":
        args += ["--out", str(out / "r.html")]
    elif args[0] == "diff":
        args += ["--html", str(out / "d.html")]
    before = snapshot(captures)
    result = inspect(*args)
    assert result.exit_code == 130, result.output
    one_line(result, "interrupted")
    assert not out.exists() or list(out.rglob("*")) == []
    assert snapshot(captures) == before


def test_bench_interrupt_keeps_finished_experiments_only_in_a_new_file(tmp_path: Path, monkeypatch) -> None:
    from inspector.bench import run as bench_run

    real = bench_run.bench_experiment
    calls = []

    def second_interrupted(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(bench_run, "bench_experiment", second_interrupted)
    args = ["bench", "vector_add", "silu", "--providers", "eager", "--rounds", "1", "--device", "cpu"]
    out = tmp_path / "new.csv"
    result = inspect(*args, "--out", str(out))
    assert result.exit_code == 130
    one_line(result, "interrupted", f"finished so far are in {out}")
    from inspector.bench.table import read_csv

    assert {r.experiment for r in read_csv(out)} >= {"vector_add"}
    calls.clear()
    old = tmp_path / "old.csv"
    old.write_text("a whole earlier run\n")
    result = inspect(*args, "--out", str(old))
    assert result.exit_code == 130
    line = one_line(result, "interrupted", "finished so far are in", f"({old} was left as it was)")
    assert old.read_text() == "a whole earlier run\n"  # never replaced by a part of a new run
    [kept] = tmp_path.glob("old.partial-*.csv")
    assert str(kept) in line
    assert {r.experiment for r in read_csv(kept)} >= {"vector_add"}


def test_bench_over_an_existing_csv_leaves_no_partial_file(tmp_path: Path) -> None:
    old = tmp_path / "old.csv"
    old.write_text("a whole earlier run\n")
    result = inspect("bench", "vector_add", "--providers", "eager", "--rounds", "1", "--device", "cpu",
                     "--shape", "4096", "--out", str(old))
    assert result.exit_code == 0, result.output
    from inspector.bench.table import read_csv

    assert {r.experiment for r in read_csv(old)} >= {"vector_add"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.csv"]


def test_real_sigint_to_bench_subprocess(tmp_path: Path) -> None:
    out = tmp_path / "b.csv"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "inspector.cli", "bench", "softmax", "--providers", "eager",
                             "--device", "cpu", "--rounds", "100000", "--shape", "256x256", "--out", str(out)],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            # a shell starts a command with SIGINT at its default; a test worker may
                            # ignore it (pytest-xdist's do), and an ignored signal stays ignored in a child
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        lines = []
        # wait until it is measuring: the copy line comes after torch._dynamo and triton were imported
        # (a Ctrl-C there is held until the import ends, usage.held_interrupt; one that cut triton's
        # initialisation ended the process by a signal, rc -6 in 2 of 8 tries at that moment)
        for line in proc.stderr:
            lines.append(line)
            if "copy:" in line:
                break
        proc.send_signal(signal.SIGINT)
        _, rest = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 130, "".join(lines) + rest
    assert [l for l in rest.splitlines() if l.strip()][-1] == "inspect bench: interrupted; no CSV was written"
    assert "Traceback" not in rest
    assert list(tmp_path.iterdir()) == []


def test_held_interrupt_raises_after_the_block_not_inside() -> None:
    """What keeps Ctrl-C out of torch's and triton's first import (issue 26 item 12)."""
    from inspector.usage import held_interrupt

    finished = []
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # a pytest-xdist worker ignores SIGINT
    try:
        with pytest.raises(KeyboardInterrupt):
            with held_interrupt():
                os.kill(os.getpid(), signal.SIGINT)
                for _ in range(1000):  # the Python handler runs between bytecodes: it had its chance
                    pass
                finished.append(True)
        assert finished == [True]
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, before)
