"""The report shows each generated Triton kernel's anatomy, as `inspect diff` reads it."""

from pathlib import Path

from inspector.analysis.record_anatomy import from_record
from inspector.report.report_analysis import kernel_analysis
from inspector.report.generate import generate
from inspector.store import read_json

ROOT = Path(__file__).resolve().parents[1] / "captured_kernels"


def test_anatomy_rows_match_the_analysis():
    run = ROOT / "layernorm_gelu" / "ref-h100-torch2.11.0-default"
    (record,) = read_json(run / "kernels.json")["kernels"]
    rows = dict(kernel_analysis(run, record))
    anatomy = from_record(run, record)
    assert rows["loops"] == str(anatomy.loops) == "2"
    assert "2 passes" in rows["loads / stores per pointer"]
    assert "128-bit" in rows["PTX global loads"]


def test_cpp_kernels_have_no_anatomy(tmp_path):
    record = {"name": "cpp_fused_x_0", "backend": "cpp", "file": "kernels/cpp_fused_x_0.cpp"}
    assert kernel_analysis(tmp_path, record) is None


def test_report_includes_anatomy_for_every_triton_kernel(tmp_path):
    out, model, _ = generate([ROOT], tmp_path / "report.html")
    html = out.read_text()
    triton = sum(1 for run in model.runs for k in run.kernels if k.backend == "triton")
    assert triton >= 7 and html.count("Anatomy (as") == triton


def test_report_carries_the_diff_findings(tmp_path):
    out, model, _ = generate([ROOT], tmp_path / "report.html")
    softmax = next(r for r in model.runs if r.experiment == "softmax_dropout")
    assert any("per call against the ideal" in f for f in softmax.findings)
    assert any("intermediate" in f and "read back" in f for f in softmax.findings)
    html = out.read_text()
    shown = [r for r in model.runs if r.findings and r.kernels]  # the kernels section lists runs with kernels
    against = sum(1 for r in shown if r.findings_against_handwritten)
    alone = sum(1 for r in shown if not r.findings_against_handwritten)
    assert html.count("What costs time against the handwritten kernel") == against >= 7
    assert html.count("What costs time in the compiled call") == alone  # captures of code without a handwritten kernel
