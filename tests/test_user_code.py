"""`inspect run FILE.py:NAME` on user-style code that is not an experiment: a model block, a
function with a graph break, a function called with several shapes; and every kind of bad target."""

import pytest
from click.testing import CliRunner

from inspector import store
from inspector.cli import main

pytestmark = pytest.mark.slow
USER = "tests/fixtures/user_code"


def run(*args, cache=None):
    extra = ["--cache-dir", cache] if cache else []
    return CliRunner().invoke(main, ["run", *args, "--device", "cpu", *extra], catch_exceptions=False)


def test_model_block_forward_and_backward(tmp_path, inductor_cache_dir):
    result = run(f"{USER}/block.py:block", "--backward", "--out", str(tmp_path), cache=inductor_cache_dir)
    assert result.exit_code == 0, result.output
    ref = store.latest(tmp_path, "block.block")
    manifest = ref.manifest()
    assert manifest["status"] == "ok" and manifest["experiment_ref"].endswith("block.py:block")
    data = store.read_json(ref.path / "kernels.json")
    graphs = {l["graph"].rpartition("_")[2] for l in data["launches"]}
    assert graphs == {"forward", "backward"}
    externs = [l["target"] for l in data["launches"] if l["kind"] == "extern"]
    assert any("mm" in t for t in externs), externs  # the two Linear layers
    assert data["kernels"], "no generated kernel"
    results = store.read_json(ref.path / "results.json")
    assert results["passed"] and results["backward"]
    # the input's gradient and every parameter's of the module the factory returned
    grads = results["correctness"]["grads"]
    assert set(grads) == {"input0", "norm.weight", "norm.bias", "up.weight", "up.bias", "down.weight", "down.bias"}
    assert "gradients ok: 7 compared against an eager copy in float64" in result.output


@pytest.fixture(scope="module")
def breaks(tmp_path_factory, inductor_cache_dir):
    """One capture of the function with a graph break, read by the two tests below."""
    root = tmp_path_factory.mktemp("breaks")
    return root, run(f"{USER}/breaks.py:target", "--out", str(root), cache=inductor_cache_dir)


def test_graph_break_is_shown_first(breaks):
    tmp_path, result = breaks
    assert result.exit_code == 0, result.output
    out = result.output
    assert "graph break" in out and out.index("graph break") < out.index("Generated kernels")
    metrics = store.read_json(store.latest(tmp_path, "breaks.target").path / "compile_metrics.json")
    first = metrics["graph_breaks"][0]
    assert first["file"].endswith("breaks.py") and first["line"] == 8
    assert first["code"] == 'print("mean is", y.mean().item())'
    assert metrics["graph_count"] >= 2


def test_several_shapes_recompile(tmp_path, inductor_cache_dir):
    result = run(f"{USER}/block.py:rows", "--shapes", "16x48,24x48,40x48", "--out", str(tmp_path), cache=inductor_cache_dir)
    assert result.exit_code == 0, result.output
    folder = store.latest(tmp_path, "block.rows").path
    results = store.read_json(folder / "results.json")
    assert [r["shape"] for r in results["shape_runs"]] == [[24, 48], [40, 48]]
    assert all(r["passed"] for r in results["shape_runs"])
    metrics = store.read_json(folder / "compile_metrics.json")
    assert any("size mismatch" in r["reason"] for r in metrics["recompiles"])
    kernels = store.read_json(folder / "kernels.json")["kernels"]
    assert len({k["graph"] for k in kernels}) >= 2  # the static graph and the recompiled one
    assert "recompile" in result.output
    # one name per graph in the kernel table and the compile table: "0 inference", "1 inference (dynamic)",
    # where the kernel table said "inference 0" twice and the compile table "forward"
    assert "0 inference #0" in result.output and "1 inference (dynamic) #0" in result.output
    metrics = store.read_json(folder / "compile_metrics.json")  # also when the compile came from the cache
    graphs = [g for f in metrics["frames"] for g in f["graphs"]]
    assert [(g["graph"], g["label"], g["dynamic"]) for g in graphs[:2]] == [
        ("inference", "0_inference", False), ("inference", "1_inference", True)]
    assert "forward" not in result.output.split("Compile time by phase", 1)[1].split("correctness", 1)[0]


@pytest.mark.parametrize("ref, message", [
    (f"{USER}/block.py:not_a_pair", "returned Tensor; expected a tuple"),
    (f"{USER}/block.py:NUMBER", "is a int"),
    (f"{USER}/missing.py:block", "no such file"),
    (f"{USER}/block.py:nothing", "defines no 'nothing'"),
])
def test_bad_targets_exit_2_with_one_line(ref, message, tmp_path):
    result = run(ref, "--out", str(tmp_path))
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [next(l for l in result.output.splitlines() if message in l)]
    assert not (tmp_path / "block.not_a_pair").exists()


def test_user_exception_is_one_line_and_its_traceback_with_v(tmp_path):
    result = run(f"{USER}/block.py:broken", "--out", str(tmp_path))
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output  # the line says where; the traceback is behind -v
    assert lines[0].startswith("error: ") and "weights file missing" in lines[0]
    assert "block.py:" in lines[0] and "in helper_that_fails" in lines[0] and "-v prints your traceback" in lines[0]
    assert not any((tmp_path / store.STAGING).iterdir())
    result = run(f"{USER}/block.py:broken", "--out", str(tmp_path), "-v")
    lines = result.output.strip().splitlines()
    assert result.exit_code == 2 and lines[-1].startswith("error: ") and "-v" not in lines[-1]
    assert any("helper_that_fails" in l for l in lines[:-1]) and "Traceback" not in result.output


def test_shape_for_a_function_without_shape(tmp_path):
    result = run(f"{USER}/block.py:block", "--shape", "4x4", "--out", str(tmp_path))
    assert result.exit_code == 2 and "makes its own inputs" in result.output


def test_user_capture_works_with_report_and_diff(breaks, tmp_path):
    root, result = breaks
    assert result.exit_code == 0, result.output
    report = CliRunner().invoke(main, ["report", str(root), "--out", str(tmp_path / "r.html")], catch_exceptions=False)
    assert report.exit_code == 0, report.output
    html = (tmp_path / "r.html").read_text()
    assert "breaks.target" in html
    assert html.index("breaks-summary") < html.index('id="index"')  # graph breaks come first
    diff = CliRunner().invoke(main, ["diff", "breaks.target", "--root", str(root), "--no-html"], catch_exceptions=False)
    assert diff.exit_code == 0 and "handwritten" in diff.output
