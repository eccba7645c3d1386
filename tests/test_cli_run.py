"""`inspect run` end to end on this machine's device (CPU in CI: Inductor's C++ kernels), and
every bad-input and failure path. Compiles share one Inductor cache per test session."""

import os
import shutil
import tempfile
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
def cold_then_warm(tmp_path_factory):
    """`inspect run silu` cold, then `--warm`, into a folder with a space in its path
    (`cd "my proj" && inspect run` has OUT and its private cache there, which torch's C++ build
    passes to g++ unquoted): cold, so g++ really runs. Several tests read these two captures."""
    out = tmp_path_factory.mktemp("cold") / "my proj" / "captured_kernels"
    cold = run("silu", "--out", str(out))
    warm = run("silu", "--warm", "--out", str(out))
    return out, cold, warm


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
    assert "Captures" in result.output


def test_summary_is_printed(tmp_path, inductor_cache_dir):
    result = run("silu", "--out", str(tmp_path), "--cache-dir", inductor_cache_dir)
    assert result.exit_code == 0, result.output
    for text in ("Generated kernels", "Compile time by phase", "correctness ok", "steady state", "capture:"):
        assert text in result.output


def test_capture_folder_layout(cold_then_warm):
    # a cold compile (the default): the private cache starts empty, so everything is recorded
    out, result, _ = cold_then_warm
    assert result.exit_code == 0, result.output
    folder = store.runs(out, "silu")[0].path
    for name in ("manifest.json", "kernels.json", "compile_metrics.json", "results.json", "output_code.py"):
        assert (folder / name).is_file(), name
    assert list((folder / "trace").glob("*.log"))
    manifest = store.read_json(folder / "manifest.json")
    listed = {f["path"] for f in manifest["files"]}
    assert {"kernels.json", "results.json", "output_code.py"} <= listed
    kernels = store.read_json(folder / "kernels.json")
    device = manifest["device"]
    for k in kernels["kernels"]:
        assert (folder / k["file"]).is_file()
        assert k["file"].endswith(".cpp" if device == "cpu" else ".py")
        assert k["aten_ops"], k["name"]
        assert k["provenance"]["user_lines"][0]["file"].endswith("silu.py")
    graphs = {p.name for p in (folder / "graphs").iterdir()}
    assert any("ir_pre_fusion" in g for g in graphs) and any("ir_post_fusion" in g for g in graphs)
    assert any("dynamo_output_graph" in g for g in graphs)
    metrics = store.read_json(folder / "compile_metrics.json")
    assert metrics["frames"][0]["total_s"] > 0
    results = store.read_json(folder / "results.json")
    assert results["correctness"]["forward"]["passed"]
    assert results["first_call_s"]["compiled"] > 0 and results["steady"]["eager"]["median_ms"] > 0
    assert not (out / store.STAGING).exists() or not any((out / store.STAGING).iterdir())


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
    result = run("tests.fixtures.faulty_experiments:MISMATCH", "silu", "--out", str(tmp_path), "--cache-dir", inductor_cache_dir, "-q")
    assert result.exit_code == 1
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


def test_warm_run_reuses_the_private_cache(cold_then_warm):
    out, cold, warm = cold_then_warm
    assert cold.exit_code == warm.exit_code == 0, cold.output + warm.output
    first, second = [r.manifest() for r in store.runs(out, "silu")]
    assert first["cache"]["before"]["files"] == 0 and not first["cache"]["warm"]
    assert second["cache"]["before"]["files"] > 0 and second["cache"]["warm"]
    assert sum(c["hit"] for c in second["cache"]["events"].values()) >= 1  # AOTAutograd or FX graph cache
    assert second["summary"]["kernels"] == first["summary"]["kernels"] >= 1
    assert second["summary"]["compile_s"] < first["summary"]["compile_s"]
    assert "hit" in next(line for line in warm.output.splitlines() if line.startswith("│ 0/0"))


def test_a_folder_with_spaces_captures_cold_then_warm(cold_then_warm):
    out, cold, warm = cold_then_warm
    assert " " in str(out)
    assert cold.exit_code == 0, cold.output
    assert warm.exit_code == 0, warm.output
    first, second = [r.manifest() for r in store.runs(out, "silu")]
    assert first["status"] == second["status"] == "ok" and first["summary"]["kernels"] >= 1
    assert not list(Path(tempfile.gettempdir()).glob(f"inspect-cache-{os.getpid()}-*"))  # aliases removed
