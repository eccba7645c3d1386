"""The GPU measurement scripts refuse a mistyped step instead of taking it for the output folder
(and then running every step, minutes of device time); the Python ones say that they need a GPU."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


@pytest.mark.parametrize("script", ["gpu_flush.py", "gpu_launch_overhead.py", "gpu_rows.py"])
def test_python_scripts_need_a_gpu(script, tmp_path):
    env = dict(os.environ, CUDA_VISIBLE_DEVICES="", PYTHONPATH=str(SCRIPTS.parent), OUT=str(tmp_path / "out"))
    result = subprocess.run([sys.executable, str(SCRIPTS / script)], capture_output=True, text=True, timeout=120,
                            env=env, cwd=tmp_path)
    assert result.returncode != 0 and "needs a CUDA GPU" in result.stderr and "Traceback" not in result.stderr
