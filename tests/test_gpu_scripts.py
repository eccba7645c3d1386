"""The GPU measurement scripts refuse a mistyped step instead of taking it for the output folder
(and then running every step, minutes of device time)."""

import subprocess
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
