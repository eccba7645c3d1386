"""Faults on the reading side: a corrupt or truncated stored file of each kind, a corrupt bench
CSV, the capture `diff NAME` and `report` pick (baselines, failures and corrupt manifests
skipped), and a forward-only handwritten kernel against a forward+backward capture. Each ends in
one line on stderr and a documented exit code, and no corrupt file is read as a real change.
The writing side (unwritable outputs, a full disk, Ctrl-C) is tests/test_faults.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from inspector import store
from tests.test_faults import CAPTURES, SILU, captures, inspect, one_line, truncate  # noqa: F401 (captures: a fixture)

# -- item 4: a corrupt capture is never read as a real change ------------------------------------


@pytest.mark.parametrize("name", ["manifest.json", "kernels.json", "compile_metrics.json", "results.json"])
def test_diff_of_a_corrupt_capture_exits_2_naming_the_file(captures: Path, tmp_path: Path, name: str) -> None:
    b = captures / "silu" / "b"
    truncate(b / name)
    result = inspect("diff", str(captures / "silu" / "a"), str(b), "--no-html")
    assert result.exit_code == 2, result.output
    one_line(result, str(b / name), "corrupt or truncated")
    assert "removed" not in result.output
    if name != "manifest.json":
        result = inspect("diff", str(b), "--no-ptx", "--no-html")
        assert result.exit_code == 2
        one_line(result, name, "corrupt or truncated")


@pytest.mark.parametrize("name", ["manifest.json", "kernels.json", "compile_metrics.json", "results.json"])
def test_report_names_a_corrupt_file_on_stderr_and_marks_the_capture(captures: Path, tmp_path: Path, name: str) -> None:
    truncate(captures / "silu" / "b" / name)
    out = tmp_path / "r.html"
    result = inspect("report", str(captures), "--out", str(out))
    assert result.exit_code == 0, result.output
    lines = [l for l in result.stderr.splitlines() if "silu/b" in l]
    assert len(lines) == 1 and (name in lines[0] or "manifest" in lines[0]), result.stderr
    assert "corrupt" in out.read_text()


def test_a_corrupt_bench_csv_is_named_by_report_and_diff(captures: Path, tmp_path: Path) -> None:
    bench = captures / "_bench"
    bench.mkdir()
    good = CAPTURES / "_bench" / "ref-h100-torch2.11-silu-rmsnorm.csv"
    (bench / "broken.csv").write_text(good.read_text()[:200] + '\n"unterminated')
    result = inspect("report", str(captures), "--out", str(tmp_path / "r.html"))
    assert result.exit_code == 0
    assert len([l for l in result.stderr.splitlines() if "broken.csv" in l]) == 1
    result = inspect("diff", "silu", "--root", str(captures), "--no-ptx", "--no-html")
    assert result.exit_code == 0
    assert len([l for l in result.stdout.splitlines() if "broken.csv" in l and "corrupt" in l]) == 1


# -- issue 14 item 4: `diff NAME` picks a real capture -----------------------------------------


def _fake_run(root: Path, run_id: str, started: str, **manifest) -> Path:
    run = root / "silu" / run_id
    run.mkdir(parents=True)
    data = {"experiment": "silu", "run_id": run_id, "status": "ok", "started_at": started,
            "options": {"experiment": "silu", "capture": True}, "summary": {"kernels": 0, "launches_per_call": 0}}
    data.update(manifest)
    (run / "manifest.json").write_text(json.dumps(data))
    return run


def test_newest_capture_skips_baselines_failures_and_corrupt_manifests(tmp_path: Path) -> None:
    root = tmp_path / "captures"
    shutil.copytree(SILU, root / "silu" / "good")
    _fake_run(root, "baseline", "2099-01-01T00:00:01+00:00", options={"experiment": "silu", "capture": False})
    _fake_run(root, "failed", "2099-01-01T00:00:02+00:00", status="failed", error={"phase": "compile"},
              summary={"kernels": 3, "launches_per_call": 3})
    _fake_run(root, "empty", "2099-01-01T00:00:03+00:00")
    # issue 26 item 4: broken newer runs were skipped without a word, and `latest` named one
    corrupt = _fake_run(root, "29990101-000004-cpu-default", "2999-01-01T00:00:04+00:00")
    truncate(corrupt / "manifest.json")  # its start time unreadable: dated by its run id
    deleted = _fake_run(root, "29990101-000005-cpu-default", "2999-01-01T00:00:05+00:00")
    (deleted / "manifest.json").unlink()
    (root / "silu" / "latest").write_text(f"{corrupt.name}\n")
    ref, skipped = store.newest_capture(root, "silu")
    assert ref is not None and ref.run_id == "good"
    assert [r.run_id for r, _ in skipped] == [deleted.name, corrupt.name, "empty", "failed", "baseline"]
    reasons = dict((r.run_id, why) for r, why in skipped)
    assert "timing baseline" in reasons["baseline"] and "compile" in reasons["failed"] and "no kernels" in reasons["empty"]
    assert "corrupt or truncated" in reasons[corrupt.name] and "`latest` names it" in reasons[corrupt.name]
    assert "no manifest.json" in reasons[deleted.name]
    result = inspect("diff", "silu", "--root", str(root), "--no-ptx", "--no-html")
    assert result.exit_code == 0, result.output
    assert "good" in result.stdout
    notes = [l for l in result.stderr.splitlines() if l.startswith("note: skipped the newer run")]
    assert len(notes) == 5 and "--no-capture timing baseline" in "".join(notes)
    assert any(corrupt.name in n and "manifest.json: corrupt" in n and "latest" in n for n in notes), notes
    assert any(deleted.name in n and "no manifest.json" in n for n in notes), notes


def test_an_older_broken_run_is_not_named(tmp_path: Path) -> None:
    root = tmp_path / "captures"
    old = _fake_run(root, "20000101-000000-cpu-default", "2000-01-01T00:00:00+00:00")
    truncate(old / "manifest.json")
    shutil.copytree(SILU, root / "silu" / "good")
    ref, skipped = store.newest_capture(root, "silu")
    assert ref is not None and ref.run_id == "good" and skipped == []


def test_diff_with_only_a_baseline_says_so(tmp_path: Path) -> None:
    root = tmp_path / "captures"
    _fake_run(root, "baseline", "2099-01-01T00:00:01+00:00", options={"experiment": "silu", "capture": False})
    result = inspect("diff", "silu", "--root", str(root), "--no-ptx", "--no-html")
    assert result.exit_code == 2
    one_line(result, "timing baseline", "without --no-capture")


def test_report_marks_a_baseline_and_says_where_the_traces_went(tmp_path: Path) -> None:
    root = tmp_path / "captures"
    shutil.copytree(SILU, root / "silu" / "good")
    shutil.copytree(SILU, root / "silu" / "bare")
    manifest = json.loads((root / "silu" / "bare" / "manifest.json").read_text())
    manifest["options"]["capture"] = False
    (root / "silu" / "bare" / "manifest.json").write_text(json.dumps(manifest))
    out = tmp_path / "r.html"
    result = inspect("report", str(root), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "timing baseline, --no-capture" in out.read_text()
    traces = tmp_path / "r-perfetto"
    assert f"to {traces}/" in result.stdout and any(traces.glob("*.trace.json"))


# -- item 5: forward and backward are never mixed ------------------------------------------------


def test_diff_attention_backward_capture_compares_the_forward_only() -> None:
    from inspector.report.diff_view import build_diff

    run = next((CAPTURES / "attention_lite").glob("ref-*backward*"))
    launches = json.loads((run / "kernels.json").read_text())["launches"]
    forward = [l for l in launches if not l["graph"].endswith("_backward")]
    backward = [l for l in launches if l["graph"].endswith("_backward")]
    assert forward and backward, "the reference capture has both passes"
    view = build_diff(run, CAPTURES, offline_ptx=False)
    assert [int(r[0]) for r in view.launch_rows] == [l["order"] for l in forward]  # 0..n once, no second numbering
    assert [r[1] for r in view.launch_rows] == [l["target"] for l in forward]
    backward_kernels = {l["target"] for l in backward if l["kind"] == "triton"}
    assert not backward_kernels & set(view.columns)
    assert any(f"{len(backward)} backward launches of this capture" in n and "left out" in n for n in view.notes)
    assert "per forward call" in view.bytes_line
    result = inspect("diff", str(run), "--no-ptx", "--no-html", "--source", "none")
    assert result.exit_code == 0 and "left out" in result.stdout
