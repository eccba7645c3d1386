"""Autotuning made visible: choices, times, winner and margin, failures, cost, fused epilogue."""

import json
import shutil
from pathlib import Path

import pytest

from inspector.capture import autotuning
from inspector.capture.metrics import compile_metrics
from inspector.core.trace import Trace, parse_file
from inspector.core import autotune_records

FIXTURES = Path(__file__).parent / "fixtures"
AUTOTUNE = FIXTURES / "autotune"
CPU = "cpu-torch2.13-block-max-autotune"


def _run_dir(tmp_path, log: str, json_lines: str | None = None, heuristics: str | None = None) -> Path:
    shutil.copyfile(AUTOTUNE / log, tmp_path / "worker.log")
    if json_lines:
        (tmp_path / "debug" / "model__0_inference_0.0").mkdir(parents=True)
        shutil.copyfile(AUTOTUNE / json_lines, tmp_path / "debug" / "model__0_inference_0.0" / "autotuning_result_json_list.txt")
    if heuristics:
        shutil.copyfile(AUTOTUNE / heuristics, tmp_path / "autotune.log")
    return tmp_path


def test_cpu_gemm_template_against_mkl_from_a_real_capture(tmp_path):
    trace = parse_file(FIXTURES / "traces" / f"{CPU}.log.gz")
    kernels = json.loads((AUTOTUNE / f"{CPU}.kernels.json").read_text())
    result = autotuning.collect(_run_dir(tmp_path, f"{CPU}.worker.log"), trace, kernels, [])
    ops = result["ops"]
    assert [op["op"] for op in ops] == ["packed_linear", "packed_linear"]
    assert ops[0]["input_shapes"].startswith("32x64") and ops[1]["input_shapes"].startswith("32x256")
    for op in ops:
        kinds = {c["kind"] for c in op["choices"]}
        assert kinds == {"cpp template", "extern"} and op["choice_count"] == len(op["choices"]) == 2
        assert op["winner"]["kind"] == "cpp template" and op["runner_up"]["name"] == "_mkl_linear"
        assert op["margin"] == pytest.approx(op["runner_up"]["ms"] / op["winner"]["ms"]) and op["margin"] > 1
        assert op["benchmark_s"] > 0 and op["precompile_s"] >= 0 and op["autotuning_region_s"] > 0
        assert op["compile_id"] == "0/0" and op["failed_choices"] == []
        # the GELU after the linear was fused into the winning template's kernel
        assert op["epilogue_fused"] and "aten.erf" in op["fused_ops"] and op["kernel"].startswith("cpp_fused_")
    assert ops[0]["kernel"] != ops[1]["kernel"]
    assert result["sources"] == ["log"]


def test_autotuning_regions_count_as_autotune_time():
    metrics = compile_metrics(parse_file(FIXTURES / "traces" / f"{CPU}.log.gz"))
    graph = metrics["frames"][0]["graphs"][0]
    assert metrics["totals"]["autotune_s"] > 0
    assert any(name.endswith("_template_autotuning") for name in graph["autotune_by_name_s"])


def test_gpu_format_log_cublas_wins_and_a_template_ran_out_of_shared_memory(tmp_path):
    kernels = [{"name": "triton_poi_fused_relu_0", "kind": "pointwise", "backend": "triton", "aten_ops": ["aten.relu"]}]
    (op,) = autotuning.collect(_run_dir(tmp_path, "gpu-format-mm.worker.log"), Trace(), kernels, [])["ops"]
    assert op["op"] == "mm" and op["dtypes"] == "torch.bfloat16, torch.bfloat16"
    assert op["winner"] == {"name": "mm", "kind": "extern", "ms": 0.2931}
    assert op["best_template"]["name"] == "triton_mm_7"
    assert op["margin"] == pytest.approx(0.3102 / 0.2931)
    assert op["failed_choices"] == ["triton_mm_12"]
    assert any("out of resource: shared memory" in f for f in op["failures"])
    assert op["precompile_s"] == pytest.approx(8.3121) and op["benchmark_s"] == pytest.approx(2.145)
    assert op["epilogue_fused"] is False and op["fused_ops"] == []
    assert "BLOCK_M=128" in op["choices"][1]["description"]


def test_gpu_format_debug_json_keeps_every_choice_and_takes_the_log_names(tmp_path):
    run = _run_dir(tmp_path, "gpu-format-mm.worker.log", "gpu-format-mm.autotuning_result_json_list.txt")
    template = {"name": "triton_tem_fused_mm_relu_0", "kind": "template", "backend": "triton", "aten_ops": ["aten.mm", "aten.relu"]}
    (op,) = autotuning.collect(run, Trace(), [template], [])["ops"]
    assert op["source"] == "debug json" and op["choice_count"] == 4
    assert [c["name"] for c in op["choices"]] == ["mm", "triton_mm_7", "triton_mm_3", "triton_mm_12"]
    assert op["choices"][1]["config"]["tile_shape"] == "(128, 64, 256)" and op["choices"][1]["config"]["num_stages"] == 3
    assert op["failed_choices"] == ["triton_mm_12"] and op["failures"]
    # cuBLAS won the mm alone, yet the graph holds the template with the ReLU fused: Inductor
    # chose it at fusion time (seen on an H200: matmul_relu 4096^3 under max-autotune)
    assert op["winner"]["kind"] == "extern" and op["epilogue_fused"] is True
    assert op["chosen_at_fusion"] == {"kernel": "triton_tem_fused_mm_relu_0", "kind": "template",
                                      "fused_ops": ["aten.relu"], "instead_of": "mm"}
    assert "the template triton_tem_fused_mm_relu_0 was generated instead of mm" in autotune_records.describe(op)
    assert "generated: triton_tem_fused_mm_relu_0 (aten.relu fused)" in autotune_records.winner_text(op)


def test_a_winning_template_reports_its_fused_epilogue():
    op = {"op": "mm", "choices": [{"name": "triton_mm_1", "kind": "triton template", "ms": 0.2, "failed": False},
                                  {"name": "mm", "kind": "extern", "ms": 0.3, "failed": False}]}
    autotuning._finish(op)
    autotuning._attach_kernels([op], [{"name": "triton_poi_fused_relu_0", "kind": "pointwise", "aten_ops": ["aten.relu"]},
                                      {"name": "triton_tem_fused_mm_relu_0", "kind": "template", "aten_ops": ["aten.mm", "aten.relu"]}])
    assert op["kernel"] == "triton_tem_fused_mm_relu_0" and op["fused_ops"] == ["aten.relu"] and op["epilogue_fused"]
    assert op["margin"] == pytest.approx(1.5)


def test_triton_heuristics_configs_and_their_times(tmp_path):
    run = _run_dir(tmp_path, "gpu-format-mm.worker.log", heuristics="gpu-format.autotune.log")
    runtime = [{"name": "triton_poi_fused_relu_0", "candidate_configs": 2, "launch_config": {"kwargs": {"XBLOCK": 1024}, "num_warps": 4},
                "configs": [{"kwargs": {"XBLOCK": 1024}, "num_warps": 4}, {"kwargs": {"XBLOCK": 512}, "num_warps": 8}]},
               {"name": "triton_per_fused_0", "candidate_configs": 1}]
    (row,) = autotuning.collect(run, Trace(), [], runtime)["heuristics"]
    assert row["kernel"] == "triton_poi_fused_relu_0" and len(row["configs"]) == 2
    assert [t["ms"] for t in row["timings"]] == [0.021504, 0.022528]
    assert row["timings"][0]["config"].startswith("XBLOCK: 1024") and row["winner"]["kwargs"] == {"XBLOCK": 1024}


def _tuning(tmp_path) -> dict:
    trace = parse_file(FIXTURES / "traces" / f"{CPU}.log.gz")
    kernels = json.loads((AUTOTUNE / f"{CPU}.kernels.json").read_text())
    run = tmp_path / "cpu"
    run.mkdir()
    return autotuning.collect(_run_dir(run, f"{CPU}.worker.log"), trace, kernels, [])


def test_manifest_summary_has_one_line_per_tuned_op(tmp_path):
    summary = autotune_records.summary(_tuning(tmp_path))
    assert summary["ops"] == 2 and summary["cost_s"] > 0
    first = summary["lines"][0]
    assert first.startswith("packed_linear 32x64") and "cpp_CppMicroGemmFP32Vec_0 (cpp template" in first
    assert "ahead of _mkl_linear" in first and "2 choices" in first and "fused aten." in first
    assert autotune_records.summary({}) == {"ops": 0, "cost_s": None, "lines": [], "heuristic_kernels": 0}


def test_diff_of_default_against_max_autotune(tmp_path):
    """RUN_A (default: nothing tuned) vs RUN_B (max-autotune), in the terminal and the HTML page."""
    from rich.console import Console

    from inspector.analysis import autotune
    from inspector.analysis.compare_runs import compare
    from inspector.report.diff_render import comparison_group, write_comparison_html

    reference = Path(__file__).parents[1] / "captured_kernels" / "matmul_relu" / "ref-h100-torch2.11.0-default"
    run_a, run_b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(reference, run_a)
    shutil.copytree(reference, run_b)
    (run_b / "autotuning.json").write_text(json.dumps(_tuning(tmp_path)))
    changes = autotune.compare(run_a, run_b)
    assert [(c.a is None, c.b is not None) for c in changes] == [(True, True), (True, True)]
    comparison = compare(run_a, run_b)
    assert [row[1] for row in comparison.autotuning] == ["not tuned", "not tuned"]
    assert all(row[2].startswith("cpp_CppMicroGemmFP32Vec") and row[4].endswith(" s") for row in comparison.autotuning)
    console = Console(record=True, width=200)
    console.print(comparison_group(comparison))
    text = console.export_text()
    assert "Autotuning" in text and "not tuned" in text
    page = write_comparison_html(comparison, tmp_path / "diff.html").read_text()
    assert "<h2>Autotuning</h2>" in page and "cpp_CppMicroGemmFP32Vec_1" in page


def test_a_winner_that_flips_between_template_and_library_is_flagged():
    from inspector.analysis.autotune import AutotuneChange

    extern = {"winner": {"name": "mm", "kind": "extern", "ms": 0.3}}
    template = {"winner": {"name": "triton_mm_1", "kind": "triton template", "ms": 0.2}}
    assert AutotuneChange("mm", "", extern, template).flipped
    assert not AutotuneChange("mm", "", extern, extern).flipped and not AutotuneChange("mm", "", None, template).flipped


H200_MM = "h200-torch2.11-matmul_relu-max-autotune.worker.log"
H200_LN = "h200-torch2.11-layernorm_gelu-max-autotune-backward.autotune.log"


def test_h200_mm_once_with_its_failed_config_and_reason(tmp_path):
    """A real H200 log: cuBLAS wins, one template config is out of shared memory, and the AUTOTUNE
    block of the harness's CUDA-graphs-off compile (after the end-of-capture marker) is not counted."""
    (op,) = autotuning.collect(_run_dir(tmp_path, H200_MM), Trace(), [], [])["ops"]
    assert op["op"] == "mm" and op["choice_count"] == 20 and op["precompile_s"] == pytest.approx(1.5407)
    assert op["winner"] == {"name": "mm", "kind": "extern", "ms": 0.1717}
    assert op["runner_up"]["name"] == "triton_mm_17" and op["margin"] == pytest.approx(0.1918 / 0.1717)
    (failed,) = op["failed_configs"]
    assert "BLOCK_K=128, BLOCK_M=128, BLOCK_N=128" in failed["config"] and "num_stages=4, num_warps=8" in failed["config"]
    assert failed["reason"].startswith("out of resource: triton_mm Required: 262144 Hardware limit:232448")
    assert op["failures"] == [failed["reason"]]  # one reason, once: no "Ignoring this choice." noise
    assert "1 failed" in autotune_records.describe(op)


def test_h200_heuristics_of_a_backward_capture(tmp_path):
    """Every reduction kernel of the forward and the backward: candidates, per-config times,
    the config skipped for spilling, the best, coordinate descent and its final config; the
    CUDA-graphs-off compile after the marker adds nothing."""
    run = _run_dir(tmp_path, H200_MM, heuristics=H200_LN)
    rows = {r["kernel"]: r for r in autotuning.collect(run, Trace(), [], [])["heuristics"]}
    forward = rows["triton_red_fused_gelu_native_layer_norm_0"]
    assert forward["candidate_configs"] == 6 and len(forward["timings"]) == 6
    assert forward["skipped"] == [{"config": "XBLOCK: 64, R0_BLOCK: 64, num_warps: 2, num_ctas: 1, num_stages: 1, maxnreg: None",
                                   "reason": "register spilling: 190"}]
    assert forward["best"]["ms"] == pytest.approx(0.131328) and forward["best"]["config"].startswith("XBLOCK: 1, R0_BLOCK: 2048")
    assert len(forward["coordinate_descent"]) == 3  # the three steps of the captured compile, not the later ones
    assert forward["winner"] == forward["final_config"] == forward["best"]["config"]
    backward = [r for name, r in rows.items() if "backward" in name]
    assert len(backward) == 3 and all(r["timings"] and r["best"] for r in backward)
    per = rows["triton_per_fused_gelu_gelu_backward_native_layer_norm_native_layer_norm_backward_2"]
    assert per["final_config"].startswith("XBLOCK: 32,") and "R0_BLOCK" not in per["final_config"]
