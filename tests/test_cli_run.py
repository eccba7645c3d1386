"""`inspect run` end to end on this machine's device (CPU in CI: Inductor's C++ kernels), and
every bad-input and failure path. Compiles share one Inductor cache per test session."""

from pathlib import Path

import pytest
from click.testing import CliRunner

import experiments
from inspector import store
from inspector.capture.runner import capture
from inspector.cli import main
from inspector.config import RunConfig

pytestmark = pytest.mark.slow


def run(*args, env=None):
    """`inspect run ARGS` on the CPU (GPU captures are tested in test_gpu_capture.py)."""
    device = [] if "--device" in args else ["--device", "cpu"]
    return CliRunner().invoke(main, ["run", *args, *device], env=env, catch_exceptions=False)


@pytest.fixture(scope="module")
def all_captures(tmp_path_factory, inductor_cache_dir):
    out = tmp_path_factory.mktemp("captures")
    result = run("--all", "--jobs", "2", "--out", str(out), "--cache-dir", inductor_cache_dir, "-q")
    return out, result


@pytest.mark.full  # 20 cold compiles: ~5 min on a 2-core CPU, run by `python -m pytest -m full` (CI runs it)
def test_run_all_captures_every_experiment(all_captures):
    out, result = all_captures
    assert result.exit_code == 0, result.output
    for name in experiments.REGISTRY:
        ref = store.latest(out, name)
        assert ref is not None, f"{name}: no capture"
        manifest = ref.manifest()
        assert manifest["status"] == "ok", manifest.get("error")
        assert manifest["summary"]["passed"] is True
        # matmul on the CPU generates no kernel of its own: Inductor calls ATen's mm (an extern call)
        launches = store.read_json(ref.path / "kernels.json")["launches"]
        assert manifest["summary"]["kernels"] >= 1 or any(l["kind"] == "extern" for l in launches), name
        assert manifest["versions"]["torch"] and manifest["device_name"]
        # importing Dynamo and Inductor is its own phase, before the compile
        assert list(manifest["phases_s"]).index("imports") == list(manifest["phases_s"]).index("compile") - 1
    assert "Captures" in result.output


def test_backward_capture_has_both_graphs(tmp_path, inductor_cache_dir):
    result = run("rmsnorm", "--backward", "--out", str(tmp_path), "--cache-dir", inductor_cache_dir)
    assert result.exit_code == 0, result.output
    folder = store.latest(tmp_path, "rmsnorm").path
    labels = {k["graph"] for k in store.read_json(folder / "kernels.json")["kernels"]}
    assert any(l.endswith("forward") for l in labels) and any(l.endswith("backward") for l in labels)
    results = store.read_json(folder / "results.json")
    assert results["backward"] and results["correctness"]["grads"]
    assert all(g["passed"] for g in results["correctness"]["grads"].values())


@pytest.mark.parametrize(
    "args, message",
    [
        (["layernorm_gleu"], "did you mean layernorm_gelu"),
        (["nothing_like_it"], "known: layernorm_gelu"),
        (["silu", "--shape", "12x"], "integers"),
        (["matmul_relu", "--shape", "64x64"], "MxNxK"),
        (["silu", "--dtype", "fp8"], "unknown --dtype"),
        (["silu", "--all"], "not both"),
        ([], "name an experiment"),
        (["tests.fixtures.faulty_experiments:NOT_A_SPEC"], "expected a function returning"),
        (["tests/fixtures/no_such_file.py:X"], "no such file"),
        (["tests/fixtures/faulty_experiments.py:MISSING"], "defines no 'MISSING'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args, message, tmp_path):
    result = run(*args, "--out", str(tmp_path))
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.skipif(__import__("torch").cuda.is_available(), reason="this machine has a GPU")
def test_device_cuda_without_gpu(tmp_path):
    result = run("silu", "--device", "cuda", "--out", str(tmp_path))
    assert result.exit_code == 2 and "no CUDA GPU" in result.output


def test_mismatch_is_recorded_and_others_go_on(tmp_path, inductor_cache_dir):
    result = run("tests.fixtures.faulty_experiments:MISMATCH", "silu", "--out", str(tmp_path), "--cache-dir", inductor_cache_dir)
    assert result.exit_code == 1
    # the run that went on prints its whole summary
    silu = result.output[result.output.index("silu"):]
    for text in ("Generated kernels", "Compile time by phase", "correctness ok", "steady state", "capture:"):
        assert text in silu
    bad = store.latest(tmp_path, "faulty_experiments.MISMATCH").manifest()
    assert bad["status"] == "failed" and bad["error"]["phase"] == "correctness"
    assert "does not match eager" in bad["error"]["message"]
    assert store.latest(tmp_path, "silu").manifest()["status"] == "ok"
    assert "1 of 2 failed" in result.output


def test_graph_break_is_recorded(tmp_path, inductor_cache_dir):
    result = run("tests/fixtures/faulty_experiments.py:GRAPH_BREAK", "--out", str(tmp_path), "--cache-dir", inductor_cache_dir)
    assert result.exit_code == 0, result.output
    manifest = store.latest(tmp_path, "faulty_experiments.GRAPH_BREAK").manifest()
    assert manifest["summary"]["graph_breaks"] >= 1
    phases = list(manifest["phases_s"])  # importing Dynamo and Inductor is its own phase, before the compile
    assert phases.index("imports") == phases.index("compile") - 1
    assert any("graph break" in w for w in manifest["warnings"])
    metrics = store.read_json(store.latest(tmp_path, "faulty_experiments.GRAPH_BREAK").path / "compile_metrics.json")
    brk = metrics["graph_breaks"][0]
    assert brk["file"].endswith("faulty_experiments.py") and "item()" in brk["code"]
    assert "graph break" in result.output


def test_compile_error_is_recorded(tmp_path):
    # a broken C++ toolchain: Inductor's compile of the generated kernel fails for real
    result = run("silu", "--out", str(tmp_path), env={"CXX": "/bin/false"})
    assert result.exit_code == 1
    manifest = store.latest(tmp_path, "silu").manifest()
    assert manifest["status"] == "failed" and manifest["error"]["phase"] == "compile"
    assert "failed" in result.output


def test_interrupted_capture_leaves_nothing(tmp_path, inductor_cache_dir):
    def interrupt(line):
        if line.startswith("[compile]"):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        capture(RunConfig(experiment="silu", device="cpu", out=tmp_path), progress=interrupt, cache_dir=Path(inductor_cache_dir))
    assert not (tmp_path / "silu").exists()
    assert not any((tmp_path / store.STAGING).iterdir())
