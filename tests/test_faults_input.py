"""What a new user met besides the numbered faults: bad input and user code that fails (one line on
stderr, exit code 2, what is wrong and what is known, no traceback by default), headers and cells
that said '?' or '-' where something was known, a killed run's staging folder, and a copy ceiling
measured under load. (Writing faults: tests/test_faults.py; stored files: tests/test_faults_reading.py.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.test_faults import inspect, one_line


def test_user_file_that_raises_at_import_is_one_line(tmp_path: Path) -> None:
    """Issue 26 item 5: five traceback lines came before the error line."""
    bad = tmp_path / "bad_model.py"
    bad.write_text("import torch\n\n\ndef helper():\n    raise ValueError('no weights here')\n\n\nhelper()\n\n\ndef block():\n    pass\n")
    result = inspect("run", f"{bad}:block", "--device", "cpu", "--out", str(tmp_path / "out"))
    assert result.exit_code == 2, result.output
    lines = [l for l in result.stderr.splitlines() if l.strip() and "starting" not in l]
    assert len(lines) == 1, result.stderr
    one_line(result, "importing", "raised ValueError: no weights here", "bad_model.py:5 in helper", "-v prints your traceback")
    result = inspect("run", f"{bad}:block", "--device", "cpu", "--out", str(tmp_path / "out"), "-v")
    assert result.exit_code == 2
    assert 'bad_model.py", line 5, in helper' in result.stderr and "Traceback" not in result.stderr
    one_line(result, "raised ValueError: no weights here", "bad_model.py:5 in helper")


# -- the smaller ones --------------------------------------------------------------------------


def test_empty_shape_is_refused_like_an_empty_dtype(tmp_path: Path) -> None:
    for args in (("run", "silu", "--device", "cpu", "--shape", "", "--out", str(tmp_path)),
                 ("run", "silu", "--device", "cpu", "--shapes", " , ", "--out", str(tmp_path)),
                 ("bench", "silu", "--device", "cpu", "--shape", "", "--out", str(tmp_path / "b.csv"))):
        result = inspect(*args)
        assert result.exit_code == 2, (args, result.output)
        one_line(result, "is empty", "8192x4096")
    assert list(tmp_path.iterdir()) == []


def test_a_bad_sweep_value_is_not_a_whole_number() -> None:
    result = inspect("sweep", "vector_add", "--param", "BLOCK_SIZE=abc", "--device", "cpu")
    assert result.exit_code == 2
    line = one_line(result, "'abc' is not a whole number")
    assert "a int" not in line


def test_diff_of_an_unknown_name_lists_close_names(tmp_path: Path) -> None:
    result = inspect("diff", "sofmax", "--root", str(tmp_path), "--no-html")
    assert result.exit_code == 2
    line = one_line(result, "'sofmax' is not a known experiment", "close names:", "softmax")
    assert "inspect run sofmax" not in line
    result = inspect("diff", "no_such_experiment", "--root", str(tmp_path), "--no-html")
    assert result.exit_code == 2
    one_line(result, "is not a known experiment", "inspect list")
    result = inspect("diff", "silu", "--root", str(tmp_path), "--no-html")  # known, never run: run it
    assert result.exit_code == 2
    one_line(result, "inspect run silu")


def test_run_takes_root_like_diff_and_report_and_out_as_its_alias(tmp_path: Path) -> None:
    help_text = inspect("run", "--help").output
    assert "--root, --out" in help_text and "older name" in help_text
    a_file = tmp_path / "file"
    a_file.write_text("")
    for flag in ("--root", "--out"):
        result = inspect("run", "silu", "--device", "cpu", flag, str(a_file))
        assert result.exit_code == 2
        assert "'--root' / '--out'" in result.output and str(a_file) in result.output  # one option, two names


def test_header_says_what_is_known_when_the_shape_is_not(tmp_path: Path) -> None:
    from rich.console import Console

    from inspector.report.console import print_run, run_view
    from tests.test_faults import SILU

    run = tmp_path / "run"
    shutil.copytree(SILU, run)
    manifest = json.loads((run / "manifest.json").read_text())
    for key in ("shape", "input_shapes", "dtype"):
        manifest[key] = None
    (run / "manifest.json").write_text(json.dumps(manifest))
    console = Console(record=True, width=200)
    print_run(run_view(run), console)
    text = console.export_text()
    header = next(l for l in text.splitlines() if "· mode" in l)
    assert not header.startswith("?") and "(no shape or dtype recorded)" in header, header
    assert manifest["device_name"] in header


def test_a_no_capture_baseline_shows_its_first_call_as_compile_time(tmp_path: Path) -> None:
    from rich.console import Console

    from inspector.report.console import runs_table
    from tests.test_faults import SILU

    run = tmp_path / "bare"
    shutil.copytree(SILU, run)
    manifest = json.loads((run / "manifest.json").read_text())
    manifest["options"]["capture"] = False
    first = json.loads((run / "results.json").read_text())["first_call_s"]["compiled"]
    console = Console(record=True, width=300)
    console.print(runs_table([("silu", run, manifest, None)]))
    row = next(l for l in console.export_text().splitlines() if "timing baseline" in l)
    assert "(first call)" in row and f"{first:.2f}" in row, row


def test_a_killed_runs_staging_folder_goes_at_the_next_run(tmp_path: Path) -> None:
    import socket

    from inspector import store

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(gone.stdout)
    staging = tmp_path / store.STAGING
    killed = staging / f"silu--20260101-000000-cpu-default--{dead}"
    live = staging / f"silu--20260101-000001-cpu-default--{os.getppid()}"
    elsewhere = staging / f"silu--20260101-000002-cpu-default--{dead}"
    for folder, host in ((killed, socket.gethostname()), (live, socket.gethostname()), (elsewhere, "another-host")):
        folder.mkdir(parents=True)
        (folder / store.OWNER).write_text(host + "\n")
        (folder / "worker.log").write_text("half a run\n")
    mine = store.staging_dir(tmp_path, "silu", "20260101-000003-cpu-default")
    assert not killed.exists()  # its process is gone: a killed run's leftovers
    assert live.exists() and elsewhere.exists() and mine.exists()  # a live run's, and one this host cannot judge
    final = store.publish_run(mine, tmp_path, "silu", "20260101-000003-cpu-default", {"status": "ok"})
    assert not (final / store.OWNER).exists()
    assert store.OWNER not in {f["path"] for f in json.loads((final / "manifest.json").read_text())["files"]}


def test_a_copy_ceiling_under_load_marks_the_copy_column() -> None:
    from rich.console import Console

    from inspector.bench.table import Row, bench_table

    common = dict(shape="256x256", dtype="fp32", device="cpu", device_name="AMD EPYC", torch="2.13", triton="",
                  timestamp="2026-12-06T08:00:00+00:00")
    copy = dict(common, shape="1024MiB", dtype="int64")
    rows = [Row("_copy", "copy", "gb_per_s", 9.0, "GB/s", **copy), Row("_copy", "copy", "median_ms", 10.0, "ms", **copy),
            Row("_copy", "copy", "p20_ms", 9.5, "ms", **copy), Row("_copy", "copy", "p80_ms", 10.5, "ms", **copy),
            Row("silu", "eager", "median_ms", 0.1, "ms", **common), Row("silu", "eager", "gb_per_s", 10.3, "GB/s", **common),
            Row("silu", "eager", "frac_copy_bw", 1.14, "fraction", **common)]

    def render(rows) -> str:
        console = Console(record=True, width=250)
        console.print(bench_table(rows))
        return console.export_text()

    text = render(rows)
    assert "114%?" in text and "unreliable" in text and "reaches 114% of it" in text
    noisy = [r if r.metric != "p80_ms" else Row("_copy", "copy", "p80_ms", 25.0, "ms", **copy) for r in rows]
    noisy = [r if r.metric != "frac_copy_bw" else Row("silu", "eager", "frac_copy_bw", 0.5, "fraction", **common) for r in noisy]
    text = render(noisy)
    assert "50%?" in text and "spread is 2.63x" in text
    quiet = [r for r in noisy if r.metric != "p80_ms"] + [Row("_copy", "copy", "p80_ms", 10.5, "ms", **copy)]
    text = render(quiet)
    assert "50%" in text and "50%?" not in text and "unreliable" not in text
