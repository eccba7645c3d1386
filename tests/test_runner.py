"""capture() around a fake worker (no compile): the paths the compiler sees, one cache per cold
run, the noisy-timing flag, user-code input shapes and long names, all from the files a worker writes."""

from __future__ import annotations

import json
import os
import shlex
from pathlib import Path

import pytest

from inspector import store
from inspector.capture import runner
from inspector.config import RunConfig

GRAPH = '''class GraphModule(torch.nn.Module):
    def forward(self, L_inputs_0_: "f32[8, 16][16, 1]cpu", L_self_parameters_weight_: "f32[16][1]cpu", L_inputs_1_: "f32[][]cpu"):
        l_inputs_0_ = L_inputs_0_
'''


def timing(median, p20, p80):
    return {"median_ms": median, "p20_ms": p20, "p80_ms": p80}


class FakeWorker:
    """Writes what the capture subprocess writes; records the environment it was given."""

    def __init__(self, steady=None, shape=(256, 1024), fail=False):
        self.steady = steady or {"eager": timing(1.0, 0.95, 1.1), "compiled": timing(0.5, 0.48, 0.55)}
        self.shape, self.fail, self.envs = shape, fail, []

    def __call__(self, config, staging, env, progress):
        self.envs.append(env)
        cache = Path(env["TORCHINDUCTOR_CACHE_DIR"])
        cache.mkdir(parents=True, exist_ok=True)
        (cache / "entry.so").write_text("compiled")
        (staging / "graphs").mkdir()
        (staging / "graphs" / "0_0-dynamo_output_graph.txt").write_text(GRAPH)
        (staging / "versions.json").write_text(json.dumps({"torch": "2.13.0"}))
        eager, compiled = self.steady["eager"], self.steady["compiled"]
        (staging / "results.json").write_text(json.dumps({
            "shape": list(self.shape), "dtype": "fp32", "passed": True, "steady": self.steady,
            "speedup_compiled_vs_eager": eager["median_ms"] / compiled["median_ms"]}))
        if self.fail:
            (staging / "error.json").write_text(json.dumps({"phase": "compile", "type": "CppCompileError", "message": "g++ failed"}))
        return (3 if self.fail else 0), 0.1


@pytest.fixture
def worker(monkeypatch):
    fake = FakeWorker()
    monkeypatch.setattr(runner, "run_worker", fake)
    monkeypatch.setattr(runner, "collect", lambda staging, triton: {"metrics": {}, "kernels": [], "launches": [], "graphs": [], "output_codes": 0})
    return fake


def cpu(out, name="silu", **kw):
    return RunConfig(experiment=name, device="cpu", out=out, **kw)


@pytest.mark.parametrize("custom_cache", [False, True])
def test_the_compiler_sees_space_free_cache_paths_under_a_folder_with_spaces(tmp_path, worker, custom_cache):
    out = tmp_path / "my proj" / "captured_kernels"
    cache_dir = tmp_path / "cache with spaces" if custom_cache else None
    result = runner.capture(cpu(out), cache_dir=cache_dir)
    assert result.ok
    env = worker.envs[0]
    for key in ("TORCHINDUCTOR_CACHE_DIR", "TRITON_CACHE_DIR"):
        assert shlex.split(env[key]) == [env[key]] and os.path.isabs(env[key]), env[key]
    # the alias led into the real folder, and is gone after the run
    real = Path(cache_dir) if custom_cache else out / store.CACHE / "silu"
    assert list(real.rglob("entry.so"))
    assert not Path(env["TORCHINDUCTOR_CACHE_DIR"]).parent.exists()
    assert result.manifest["cache"]["before"]["files"] == 0


def test_paths_without_spaces_are_passed_as_they_are(tmp_path, worker):
    runner.capture(cpu(tmp_path), cache_dir=tmp_path / "cache")
    assert worker.envs[0]["TORCHINDUCTOR_CACHE_DIR"] == str(tmp_path / "cache" / "inductor")


def test_each_cold_run_has_its_own_cache_and_warm_reuses_the_last_good_one(tmp_path, worker):
    first = runner.capture(cpu(tmp_path))
    second = runner.capture(cpu(tmp_path))
    paths = [r.manifest["cache"]["before"]["path"] for r in (first, second)]
    assert paths[0] != paths[1] and all(r.manifest["cache"]["before"]["files"] == 0 for r in (first, second))
    warm = runner.capture(cpu(tmp_path, warm=True))
    assert warm.manifest["cache"]["before"]["path"] == paths[1] and warm.manifest["cache"]["before"]["files"] > 0
    worker.fail = True
    failed = runner.capture(cpu(tmp_path))
    assert not failed.ok and not Path(failed.manifest["cache"]["before"]["path"]).exists()
    assert runner.capture(cpu(tmp_path, warm=True)).manifest["cache"]["before"]["path"] == paths[1]


def test_a_wide_timing_spread_is_flagged_noisy_in_the_manifest(tmp_path, worker):
    # the concurrent-run case: compiled p20 0.28 ms, p80 24 ms
    worker.steady = {"eager": timing(1.0, 0.9, 1.1), "compiled": timing(0.3, 0.28, 24.0)}
    noisy = runner.capture(cpu(tmp_path)).manifest
    assert noisy["summary"]["timing_noisy"] is True
    assert any("noisy" in w and "compiled p80/p20 85.7x" in w for w in noisy["warnings"])
    worker.steady = {"eager": timing(1.0, 0.9, 1.1), "compiled": timing(0.5, 0.45, 0.6)}
    quiet = runner.capture(cpu(tmp_path)).manifest
    assert quiet["summary"]["timing_noisy"] is False and not any("noisy" in w for w in quiet["warnings"])


def test_user_code_records_the_input_shapes_of_its_graph(tmp_path, worker):
    worker.shape = ()
    manifest = runner.capture(cpu(tmp_path)).manifest
    assert manifest["input_shapes"] == ["8x16", "scalar"]  # the module's weight is no input


def test_a_very_long_file_stem_captures(tmp_path, worker):
    source = tmp_path / ("s" * 240 + ".py")
    source.write_text("def make():\n    return None\n")
    result = runner.capture(cpu(tmp_path / "out", name=f"{source}:make"))
    assert result.ok and result.path.is_dir()
    assert all(len(part.encode()) < 255 for part in result.path.parts)
    assert result.manifest["experiment"] == result.path.parent.name == store.short_name(f"{source.stem}.make")


def test_the_manifest_records_worker_and_parent_phases(tmp_path, worker, monkeypatch):
    def with_phases(config, staging, env, progress):
        rc = FakeWorker()(config, staging, env, progress)
        now = __import__("time").time()
        (staging / "phases.json").write_text(json.dumps({"started": now - 2.0, "ended": now - 0.5,
                                                         "seconds": {"inputs": 0.25, "compile": 1.0, "timing": 0.25}}))
        return rc

    monkeypatch.setattr(runner, "run_worker", with_phases)
    manifest = runner.capture(cpu(tmp_path)).manifest
    phases = manifest["phases_s"]
    assert list(phases) == ["start", "inputs", "compile", "timing", "exit", "collect", "write"]
    assert phases["compile"] == 1.0 and phases["exit"] >= 0.5 and phases["start"] >= 0.0
    assert "phases.json" in {f["path"] for f in manifest["files"]}


def test_a_slot_names_the_device_lock_and_the_gpu(tmp_path, worker):
    from inspector.capture.device_lock import Slot, default_slot

    runner.capture(cpu(tmp_path))
    assert worker.envs[-1]["INSPECTOR_DEVICE_LOCK"] == str(default_slot("cpu").lock)
    runner.capture(cpu(tmp_path), slot=Slot(tmp_path / "gpu3.lock", "3"))
    assert worker.envs[-1]["INSPECTOR_DEVICE_LOCK"] == str(tmp_path / "gpu3.lock")
    assert worker.envs[-1]["CUDA_VISIBLE_DEVICES"] == "3"
