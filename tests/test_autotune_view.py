"""Autotuning, CUDA graphs and capture settings left off, as `inspect run` prints them and as the
report's Autotuning section shows them; a --no-capture run is labelled a timing baseline. Built from
the autotuning fixtures and copies of committed reference captures (no compile)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from inspector.capture import autotuning
from inspector.core.trace import Trace, parse_file
from inspector.report import autotune_view
from inspector.report.console import print_brief, run_view, runs_table
from inspector.report.html import render
from inspector.report.html_model import build_report
from tests.test_console import printed as print_summary

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
AUTOTUNE = FIXTURES / "autotune"
CPU = "cpu-torch2.13-block-max-autotune"
REFERENCE = REPO / "captured_kernels" / "matmul_relu" / "ref-h100-torch2.11.0-default"
DROPPED = {"setting": "trace.log_autotuning_results", "when": "probe",
           "reason": "DebugFormatter.log_autotuning_results fails in this torch: AssertionError: Torch not compiled with CUDA enabled"}


def _collected(folder: Path, log: str, trace: Trace, kernels: list, runtime: list, heuristics: str | None = None) -> dict:
    folder.mkdir()
    shutil.copyfile(AUTOTUNE / log, folder / "worker.log")
    if heuristics:
        shutil.copyfile(AUTOTUNE / heuristics, folder / "autotune.log")
    return autotuning.collect(folder, trace, kernels, runtime)


def tuning(tmp_path: Path) -> dict:
    """The CPU capture's two GEMM templates (GELU fused) and the GPU-format mm (cuBLAS wins, one
    template out of shared memory), with one Triton heuristics kernel."""
    cpu = _collected(tmp_path / "cpu-log", f"{CPU}.worker.log", parse_file(FIXTURES / "traces" / f"{CPU}.log.gz"),
                     json.loads((AUTOTUNE / f"{CPU}.kernels.json").read_text()), [])
    runtime = [{"name": "triton_poi_fused_relu_0", "candidate_configs": 2, "launch_config": {"kwargs": {"XBLOCK": 1024}, "num_warps": 4}}]
    gpu = _collected(tmp_path / "gpu-log", "gpu-format-mm.worker.log", Trace(),
                     [{"name": "triton_poi_fused_relu_0", "kind": "pointwise", "backend": "triton", "aten_ops": ["aten.relu"]}],
                     runtime, "gpu-format.autotune.log")
    return {"ops": cpu["ops"] + gpu["ops"], "heuristics": gpu["heuristics"], "sources": ["log"]}


def tuned_run(tmp_path: Path, cudagraphs: dict | None = None, dropped: list | None = None, warn: bool = True) -> Path:
    """A copy of the committed matmul_relu reference capture with an autotuning.json, the CUDA-graph
    facts and the settings left off that a max-autotune capture records."""
    run = tmp_path / "captured_kernels" / "matmul_relu" / "tuned"
    shutil.copytree(REFERENCE, run)
    (run / "autotuning.json").write_text(json.dumps(tuning(tmp_path)))
    manifest = json.loads((run / "manifest.json").read_text())
    manifest["options"]["mode"] = "max-autotune"
    manifest["summary"]["cudagraphs"] = cudagraphs
    manifest["dropped_settings"] = dropped or []
    if warn:
        manifest["warnings"] += [f"capture setting {d['setting']} left off ({d['when']}): {d['reason']}" for d in dropped or []]
    (run / "manifest.json").write_text(json.dumps(manifest))
    return run


def printed(folder: Path) -> str:
    return print_summary(folder, width=400)  # wide: one tuned op is one line


def test_one_line_per_tuned_op_with_winner_margin_cost_and_epilogue(tmp_path):
    text = printed(tuned_run(tmp_path))
    assert "autotuning: 3 op(s) tuned" in text
    lines = [line for line in text.splitlines() if line.startswith("  ") and not line.startswith("  •")]  # • round trips
    cpu_first, cpu_second, mm = lines
    assert cpu_first.startswith("  packed_linear 32x64") and "cpp_CppMicroGemmFP32Vec_0 (cpp template, 39.975 ms)" in cpu_first
    assert "1.20x ahead of library call _mkl_linear" in cpu_first and "2 choices" in cpu_first
    assert "28.67 s autotuning" in cpu_first  # 28.6734 s benchmarking + 0.0004 s precompiling, from the log
    assert "epilogue fused into the template:" in cpu_first and "aten.erf" in cpu_first
    assert "1.50x ahead of library call _mkl_linear" in cpu_second
    assert mm.startswith("  mm 4096x4096, 4096x4096: mm (extern, 0.293 ms)") and "1.06x ahead of template triton_mm_7" in mm
    assert "4 choices, 1 failed (first failure: out of resource: shared memory" in mm
    assert "10.46 s autotuning" in mm and "epilogue not fused" in mm
    assert "Triton heuristics: 1 kernel(s) benchmarked their configs at the first launch: triton_poi_fused_relu_0" in text


def test_template_against_library_call_when_the_runner_up_is_of_the_same_kind():
    op = {"op": "mm", "winner": {"name": "triton_mm_1", "kind": "triton template", "ms": 0.2},
          "runner_up": {"name": "triton_mm_2", "kind": "triton template", "ms": 0.25}, "margin": 1.25,
          "best_template": {"name": "triton_mm_1", "ms": 0.2}, "best_extern": {"name": "mm", "ms": 0.3},
          "choices": [{}, {}, {}], "epilogue_fused": True, "fused_ops": ["aten.relu"], "benchmark_s": 1.5, "precompile_s": 0.5}
    line = autotune_view.op_line(op)
    assert "1.25x ahead of template triton_mm_2" in line and "template 1.50x faster than library call mm" in line
    assert "2.00 s autotuning" in line and "epilogue fused into the template: aten.relu" in line
    assert autotune_view.template_vs_library({"best_extern": {"name": "mm", "ms": 0.3}}) == "no template ran; library call mm 0.300 ms"
    assert autotune_view.winner_text({"choices": [{"ms": None}]}) == "no valid choice of 1"


@pytest.mark.parametrize("info, expected", [
    ({"requested": True, "used": True, "skip_reasons": [], "input_copies_per_call": 1, "steady_with_ms": 0.05, "steady_without_ms": 0.08},
     "CUDA graphs: used · 1 input copy per call · steady 50.0 µs with, 80.0 µs without"),
    ({"requested": True, "used": False, "skip_reasons": ["skipping cudagraphs due to mutated inputs (1 instances)"]},
     "CUDA graphs: skipped: skipping cudagraphs due to mutated inputs (1 instances)"),
    ({"requested": True, "used": False, "skip_reasons": ["skipping cudagraphs due to [bold] in a reason"]},
     "CUDA graphs: skipped: skipping cudagraphs due to [bold] in a reason"),  # printed as captured, not as markup
])
def test_cuda_graphs_used_or_skipped_with_the_reason(tmp_path, info, expected):
    assert expected in printed(tuned_run(tmp_path, cudagraphs=info))


def test_graphs_not_requested_print_nothing_and_an_old_capture_says_nothing(tmp_path):
    text = printed(tuned_run(tmp_path, cudagraphs={"requested": False, "used": False, "skip_reasons": []}))
    assert "CUDA graphs" not in text
    assert autotune_view.cudagraphs_text(None) is None and "CUDA graphs" not in printed(REFERENCE)


def test_a_dropped_capture_setting_is_printed_once_with_its_reason(tmp_path):
    text = printed(tuned_run(tmp_path, dropped=[DROPPED]))
    assert text.count("trace.log_autotuning_results left off (probe)") == 1 and "Torch not compiled with CUDA" in text
    bare = printed(tuned_run(tmp_path / "bare", dropped=[DROPPED], warn=False))  # a manifest whose warnings lack it
    assert "capture setting trace.log_autotuning_results left off (probe): DebugFormatter" in bare


def test_max_autotune_that_tuned_nothing_says_so(tmp_path):
    run = tuned_run(tmp_path)
    (run / "autotuning.json").write_text(json.dumps({"ops": [], "heuristics": [], "sources": []}))
    assert "autotuning: no op was autotuned" in printed(run)
    assert "autotuning" not in printed(REFERENCE)  # default mode, no autotuning.json


def test_a_no_capture_run_is_labelled_a_timing_baseline(tmp_path):
    run = tmp_path / "baseline"
    shutil.copytree(REFERENCE, run)
    manifest = json.loads((run / "manifest.json").read_text())
    manifest["options"]["capture"] = False
    (run / "manifest.json").write_text(json.dumps(manifest))
    assert "timing baseline (--no-capture" in printed(run)
    console = Console(record=True, width=400)
    print_brief(run_view(run), console)
    console.print(runs_table([("matmul_relu", run, manifest, None), ("matmul_relu", REFERENCE, json.loads((REFERENCE / "manifest.json").read_text()), None)]))
    text = console.export_text()
    assert f"timing baseline: {run}" in text
    baseline_row, capture_row = [line for line in text.splitlines() if "│ matmul_relu" in line]
    assert "timing baseline" in baseline_row and "--no-capture" in baseline_row and "timing baseline" not in capture_row


def test_report_has_an_autotuning_section_for_the_tuned_run(tmp_path):
    graphs = {"requested": True, "used": False, "skip_reasons": ["cpu device: CUDA graphs capture CUDA work only"]}
    tuned_run(tmp_path, cudagraphs=graphs, dropped=[DROPPED])
    model = build_report([tmp_path / "captured_kernels"])
    (section,) = autotune_view.sections(model.runs)
    assert section["n_ops"] == "3 tuned ops" and section["cost"] == "52.66 s"
    mm = section["ops"][2]
    assert [c["name"] for c in mm["candidates"]] == ["mm", "triton_mm_7", "triton_mm_3", "triton_mm_12"]
    assert mm["candidates"][0]["winner"] and mm["candidates"][1]["vs_winner"] == "1.06x" and mm["candidates"][3]["failed"]
    assert "BLOCK_M=128" in mm["candidates"][1]["detail"] and mm["cost_detail"] == "benchmarking 2.15 s, precompiling 8.31 s"
    html = render(model)
    assert '<a href="#autotuning">Autotuning</a>' in html and '<section id="autotuning">' in html
    assert f'href="#{section["run_anchor"]}"' in html and "cpp_CppMicroGemmFP32Vec_1" in html
    assert "out of resource: shared memory" in html and "cpp_fused_addmm_gelu_native_layer_norm_1" in html
    assert "aten.erf" in html and "XBLOCK: 1024" in html  # fused epilogue; a heuristics config's time
    # the CUDA-graph facts in the index and overhead rows; the dropped setting among the warnings
    assert "CUDA graphs skipped" in html and "skipped: cpu device: CUDA graphs capture CUDA work only" in html
    assert "capture setting trace.log_autotuning_results left off (probe)" in html


def test_report_over_the_reference_captures_shows_the_h200_autotuning(tmp_path):
    """The committed H200 max-autotune capture of matmul_relu: cuBLAS won mm alone, and with the
    ReLU fused the template was generated; the default capture shows the pointwise heuristics."""
    root = tmp_path / "captured_kernels"
    shutil.copytree(REPO / "captured_kernels", root, ignore=shutil.ignore_patterns(".staging", ".cache", "_bench"))
    model = build_report([root])
    by_run = {s["run_id"]: s for s in autotune_view.sections(model.runs)}
    (op,) = by_run["20261201-232058-cuda-max-autotune"]["ops"]
    assert op["winner"].startswith("mm (extern") and op["kernel"] == "triton_tem_fused_mm_relu_0"
    assert "template triton_tem_fused_mm_relu_0 was generated instead" in op["epilogue"] and op["failures"]
    (relu,) = by_run["20261201-231946-cuda-default"]["heuristics"]
    assert relu["kernel"] == "triton_poi_fused_relu_0" and len(relu["timings"]) == 2
    html = render(model)
    assert html.count('id="autotuning"') == 1
    assert html.count("<th>CUDA graphs</th>") == 1  # the overhead table's column, "-" for captures that do not record it


def test_a_setting_left_off_that_the_run_would_not_use_is_not_printed(tmp_path):
    quiet = printed(tuned_run(tmp_path, dropped=[{**DROPPED, "matters": False}], warn=False))
    assert "left off" not in quiet


def test_a_warning_every_capture_shares_is_said_once_in_the_report(tmp_path):
    """The H100 report's Warnings box listed one dropped setting 8 times, once per capture."""
    for copy in ("a", "b", "c"):
        tuned_run(tmp_path / copy, dropped=[DROPPED])
    html = render(build_report([tmp_path / copy / "captured_kernels" for copy in ("a", "b", "c")]))
    box = html.split('id="warnings"', 1)[1].split("</div>", 1)[0]
    assert box.count("trace.log_autotuning_results left off (probe)") == 1
    assert "3 captures: capture setting trace.log_autotuning_results left off (probe)" in box
