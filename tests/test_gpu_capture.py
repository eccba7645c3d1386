"""`inspect run` on a CUDA GPU: Triton kernels with launch configs, resources, PTX and measured
times; an extern cuBLAS call with its device kernel. Small shapes keep it to seconds."""

import pytest
from click.testing import CliRunner

from inspector import store
from inspector.cli import main

pytestmark = pytest.mark.gpu


def capture(tmp_path, *args):
    result = CliRunner().invoke(main, ["run", *args, "--device", "cuda", "--out", str(tmp_path), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return store.latest(tmp_path, args[0]).path


def test_triton_kernels_are_captured_with_resources(tmp_path):
    folder = capture(tmp_path, "layernorm_gelu", "--shape", "2048x1536")
    manifest = store.read_json(folder / "manifest.json")
    assert manifest["device"] == "cuda" and manifest["versions"]["triton"] not in (None, "not installed")
    (kernel,) = store.read_json(folder / "kernels.json")["kernels"]
    assert kernel["backend"] == "triton" and kernel["file"].endswith(".py")
    assert kernel["launch_config"]["num_warps"] >= 1 and kernel["launch_config"]["kwargs"]
    assert kernel["n_regs"] > 0 and kernel["n_spills"] is not None and kernel["shared_bytes"] is not None
    assert {f.rsplit(".", 1)[-1] for f in kernel["compiled_files"]} >= {"ptx", "cubin"}
    assert (folder / kernel["compiled_files"][0]).stat().st_size > 0
    assert kernel["measured_us_per_call"] > 0 and kernel["achieved_gb_per_s"] > 0
    assert kernel["triton_compile_ms"] > 0
    metrics = store.read_json(folder / "compile_metrics.json")
    assert metrics["totals"]["triton_compile_s"] > 0
    assert store.read_json(folder / "results.json")["passed"]


def test_extern_mm_gets_its_device_kernel_and_time(tmp_path):
    folder = capture(tmp_path, "matmul_relu", "--shape", "1024x1024x512")
    launches = store.read_json(folder / "kernels.json")["launches"]
    mm = next(l for l in launches if l["kind"] == "extern")
    assert mm["target"].endswith("mm") and mm["device_kernels"] and mm["measured_us_per_call"] > 0


def test_backward_on_gpu(tmp_path):
    folder = capture(tmp_path, "rmsnorm", "--shape", "1024x1000", "--backward")
    kernels = store.read_json(folder / "kernels.json")["kernels"]
    assert {k["graph"].rpartition("_")[2] for k in kernels} == {"forward", "backward"}
    assert all(k["n_regs"] for k in kernels)


def test_user_model_block_on_gpu(tmp_path):
    result = CliRunner().invoke(main, ["run", "tests/fixtures/user_code/block.py:block", "--backward", "--device", "cuda",
                                       "--out", str(tmp_path), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    folder = store.latest(tmp_path, "block.block").path
    kernels = store.read_json(folder / "kernels.json")
    assert any(k["backend"] == "triton" and k["n_regs"] for k in kernels["kernels"])
    assert any(l["kind"] == "extern" and l.get("device_kernels") for l in kernels["launches"])
    assert store.read_json(folder / "results.json")["passed"]
