"""`inspect diff` end to end on the committed reference captures (no GPU, no compile)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
from click.testing import CliRunner

from inspector.commands.diff import diff

ROOT = Path(__file__).resolve().parents[1]
CAPTURES = ROOT / "captured_kernels"


def cli() -> click.Group:
    group = click.Group()
    group.add_command(diff)
    return group


def run(*args: str):
    return CliRunner().invoke(cli(), ["diff", *args, "--root", str(CAPTURES), "--no-ptx"])


def test_diff_name_prints_findings_and_writes_html(tmp_path):
    out = tmp_path / "sd.html"
    result = run("softmax_dropout", "--html", str(out), "--source", "side")
    assert result.exit_code == 0, result.output
    assert "Findings" in result.output and "intermediate buf1" in result.output
    html = out.read_text()
    assert html.startswith("<!doctype html>") and "intermediate buf1" in html
    assert "http://" not in html and "https://" not in html  # standalone: no network requests
    assert "_softmax_dropout_kernel" in html


def test_diff_with_bench_csv_shows_measured(tmp_path):
    result = run("rmsnorm", "--no-html")
    assert result.exit_code == 0, result.output
    assert "measured:" in result.output and "handwritten" in result.output


def test_diff_two_runs(tmp_path):
    src = CAPTURES / "silu" / "ref-h100-torch2.11.0-default"
    copy = tmp_path / "silu" / "copy"
    shutil.copytree(src, copy)
    data = json.loads((copy / "kernels.json").read_text())
    data["kernels"][0]["launch_config"]["num_warps"] = 2
    (copy / "kernels.json").write_text(json.dumps(data))
    result = run(str(src), str(copy))
    assert result.exit_code == 0, result.output
    before = json.loads((src / "kernels.json").read_text())["kernels"][0]["launch_config"]["num_warps"]
    assert "changed" in result.output and f"num_warps {before} -> 2" in result.output
    page = (copy / f"diff-vs-{src.name}.html").read_text()
    assert page.startswith("<!doctype html>") and f"num_warps {before} -&gt; 2" in page
    assert "http://" not in page and "https://" not in page


def test_bad_input_is_one_line_exit_2(tmp_path):
    result = run("no_such_experiment")
    assert result.exit_code == 2
    assert result.output.strip().startswith("error:") and len(result.output.strip().splitlines()) == 1
    result = run(str(tmp_path))
    assert result.exit_code == 2 and "not a capture folder" in result.output


def test_failed_capture_and_missing_handwritten(tmp_path):
    """A failed capture with no kernels and an experiment without a handwritten kernel: notes, no traceback."""
    run_dir = tmp_path / "mystery" / "r1"
    run_dir.mkdir(parents=True)
    (run_dir / "manifest.json").write_text(json.dumps({"experiment": "mystery", "status": "failed",
                                                       "error": {"phase": "compile", "type": "RuntimeError", "message": "boom"}}))
    result = CliRunner().invoke(cli(), ["diff", str(run_dir), "--no-html", "--no-ptx"])
    assert result.exit_code == 0, result.output
    assert "failed in compile" in result.output and "no handwritten comparison" in result.output
    assert result.exception is None


def test_unparseable_kernel_is_a_note(tmp_path):
    src = CAPTURES / "silu" / "ref-h100-torch2.11.0-default"
    copy = tmp_path / "silu" / "broken"
    shutil.copytree(src, copy)
    for f in (copy / "kernels").glob("*.py"):
        f.write_text("def broken(:\n")
    result = CliRunner().invoke(cli(), ["diff", str(copy), "--no-html", "--no-ptx"])
    assert result.exit_code == 0, result.output
    assert "cannot parse kernel source" in result.output


def test_a_launchers_handoff_to_another_kernel_file_is_a_note(monkeypatch):
    """A launcher that may hand the call to another kernel file's launcher: the diff says so and
    which kernel it compares instead (the file's own)."""
    from inspector.analysis import handwritten as hw_mod
    from inspector.report import diff_view

    real = hw_mod.load

    def load(experiment, launcher=None):
        hw = real(experiment, launcher)
        hw.handoffs = {"handwritten.fast_rows:fast_rows": "x.is_cuda"}
        return hw

    monkeypatch.setattr(diff_view.hw_mod, "load", load)
    view = diff_view.build_diff(CAPTURES / "rmsnorm" / "ref-h100-torch2.11.0-default", CAPTURES, offline_ptx=False,
                                sources=False)
    assert any(n.startswith("handwritten launcher hands some calls to handwritten.fast_rows:fast_rows (another "
                            "kernel file, when `x.is_cuda`)")
               and n.endswith("compared: _rmsnorm_kernel") for n in view.notes), view.notes
