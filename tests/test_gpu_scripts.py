"""The GPU measurement scripts refuse a mistyped step instead of taking it for the output folder
(and then running every step, minutes of device time); the Python ones say that they need a GPU."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@pytest.mark.parametrize("script, steps", [("gpu_advanced.sh", "sweep-attention, sweep, bench, passes, seqlen, run"),
                                           ("gpu_tutorial.sh", "sweep, bench, run, matmul")])
def test_an_unknown_step_exits_2_naming_the_steps(script, steps, tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(["bash", str(SCRIPTS / script), "passes-training", str(out)],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and f"unknown step 'passes-training': choose from {steps}" in result.stderr
    assert not out.exists()  # nothing ran


@pytest.mark.parametrize("script", ["gpu_advanced.sh", "gpu_tutorial.sh"])
def test_scripts_parse(script):
    assert subprocess.run(["bash", "-n", str(SCRIPTS / script)], timeout=30).returncode == 0


@pytest.mark.parametrize("script", ["gpu_flush.py", "gpu_launch_overhead.py", "gpu_rows.py", "gpu_mm_gelu.py"])
def test_python_scripts_need_a_gpu(script, tmp_path):
    env = dict(os.environ, CUDA_VISIBLE_DEVICES="", PYTHONPATH=str(SCRIPTS.parent), OUT=str(tmp_path / "out"))
    result = subprocess.run([sys.executable, str(SCRIPTS / script)], capture_output=True, text=True, timeout=120,
                            env=env, cwd=tmp_path)
    assert result.returncode != 0 and "needs a CUDA GPU" in result.stderr and "Traceback" not in result.stderr


def _gpu_rows():
    sys.path.insert(0, str(SCRIPTS))
    try:
        import gpu_rows
    finally:
        sys.path.remove(str(SCRIPTS))
    return gpu_rows


@pytest.mark.parametrize("m, n, width", [(1, 256, 64), (5, 1024, 256), (3, 4096, 64)])
def test_gpu_rows_tma_variant_matches_float64(m, n, width, device):
    """The TMA layernorm_gelu variant timed beside the launcher computes the same function."""
    if device == "cuda" and torch.cuda.get_device_capability()[0] < 9:
        pytest.skip("TMA needs sm_90")
    from experiments import REGISTRY

    spec = REGISTRY["layernorm_gelu"]
    x, w, b = spec.make_inputs((m, n), torch.float32, device)
    out = torch.full_like(x, float("nan"))  # an element left unwritten fails
    _gpu_rows().ln_tma(x, w, b, out, width, 4, 3, None)
    ref = spec.eager(x.double(), w.double(), b.double())
    assert torch.isfinite(out).all()
    torch.testing.assert_close(out.double(), ref, atol=1e-4, rtol=1e-4)  # degree-3 GELU: < 5.5e-5


@pytest.mark.parametrize("numel, block", [(1, 2048), (5000, 4096), (8192, 8192)])
def test_gpu_rows_triton_copy_is_exact(numel, block, device):
    src = torch.randn(numel, device=device)
    dst = torch.full_like(src, float("nan"))
    _gpu_rows().triton_copy(src, dst, block, 4)
    assert torch.equal(src, dst)
