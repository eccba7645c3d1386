"""`inspect run --jobs N` on CUDA GPUs: captures run at once, each on one GPU, and every one
records its phases, its timing and its profile. How the parallel wall and the steady-state times
compare with a sequential run is measured by `scripts/measure_overhead.py jobs`, not asserted."""

import pytest
from click.testing import CliRunner

from inspector import store
from inspector.capture.jobs import visible_gpus
from inspector.cli import main

pytestmark = [pytest.mark.gpu, pytest.mark.slow]
NAMES = ["silu", "rmsnorm", "softmax"]


def test_jobs_capture_every_experiment_on_the_gpus(tmp_path):
    args = ["run", *NAMES, "--device", "cuda", "--shape", "2048x1024", "--jobs", "3", "--out", str(tmp_path), "-q"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    table = result.output[result.output.index("Captures"):]
    assert [n for n in NAMES if n in table] == NAMES and table.index("silu") < table.index("rmsnorm") < table.index("softmax")
    for name in NAMES:
        ref = store.latest(tmp_path, name)
        manifest = ref.manifest()
        assert manifest["status"] == "ok", manifest.get("error")
        assert {"start", "compile", "wait", "timing", "profile", "collect", "render"} <= set(manifest["phases_s"])
        assert (ref.path / "profile.json").is_file()
        assert store.read_json(ref.path / "results.json")["steady"]["compiled"]["median_ms"] > 0
    assert visible_gpus()  # the driver lists the GPUs the captures were spread over
