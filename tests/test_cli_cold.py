"""A cold `inspect run`, then `--warm`, in a folder with a space in its path: the capture folder's
layout, the private cache a warm run reuses, and g++ reached through a space-free path. Its own
module, so pytest-xdist (one module per worker) runs this cold compile beside test_cli_run's."""

import os
import tempfile
from pathlib import Path

import pytest

from inspector import store
from tests.test_cli_run import run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cold_then_warm(tmp_path_factory):
    """`inspect run silu` cold, then `--warm`, into a folder with a space in its path
    (`cd "my proj" && inspect run` has OUT and its private cache there, which torch's C++ build
    passes to g++ unquoted): cold, so g++ really runs. Several tests read these two captures."""
    out = tmp_path_factory.mktemp("cold") / "my proj" / "captured_kernels"
    cold = run("silu", "--out", str(out))
    warm = run("silu", "--warm", "--out", str(out))
    return out, cold, warm


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
