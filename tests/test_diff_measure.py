"""`inspect diff NAME --measure`: bench the handwritten kernel on this GPU when no bench of the
capture's GPU model is stored. Without a GPU, on a CPU capture, or on another GPU model than the
capture's it is one line and exit 2; on a GPU it writes a bench CSV and the diff measures from it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.test_faults import SILU, inspect, one_line


def _root(tmp_path: Path, **manifest) -> Path:
    root = tmp_path / "captures"
    run = root / "silu" / "a"
    shutil.copytree(SILU, run)
    data = json.loads((run / "manifest.json").read_text())
    data.update(manifest)
    (run / "manifest.json").write_text(json.dumps(data))
    return root


def test_measure_on_a_cpu_capture_or_without_a_gpu_is_one_line(tmp_path: Path) -> None:
    import torch

    root = _root(tmp_path / "cpu", device="cpu")
    result = inspect("diff", "silu", "--root", str(root), "--measure", "--no-html", "--no-ptx")
    assert result.exit_code == 2
    one_line(result, "--measure", "is a CPU capture")
    if not torch.cuda.is_available():
        root = _root(tmp_path / "gpu")
        result = inspect("diff", "silu", "--root", str(root), "--measure", "--no-html", "--no-ptx")
        assert result.exit_code == 2
        one_line(result, "--measure", "no CUDA device")
        assert not (root / "_bench").exists()


def test_measure_refuses_two_captures(tmp_path: Path) -> None:
    root = _root(tmp_path)
    run = root / "silu" / "a"
    result = inspect("diff", str(run), str(run), "--measure", "--no-html")
    assert result.exit_code == 2
    one_line(result, "--measure applies to `diff NAME`")


@pytest.mark.gpu
def test_measure_benches_here_and_the_diff_uses_it(tmp_path: Path) -> None:
    import torch

    here = torch.cuda.get_device_name()
    root = _root(tmp_path, device_name=here, shape=[4096, 4096])
    result = inspect("diff", "silu", "--root", str(root), "--measure", "--no-html", "--no-ptx")
    assert result.exit_code == 0, result.output
    [csv] = (root / "_bench").glob("bench-*-measure-silu.csv")
    from inspector.bench.table import read_csv

    rows = read_csv(csv)
    assert {r.provider for r in rows if r.metric == "median_ms"} >= {"compile", "handwritten"}
    assert all(r.device_name == here for r in rows)
    assert f"Measured ({csv.name})" in result.stdout
    again = inspect("diff", "silu", "--root", str(root), "--measure", "--no-html", "--no-ptx")
    assert again.exit_code == 0 and "already benches silu" in again.stderr  # measured once
    assert len(list((root / "_bench").glob("*.csv"))) == 1

    other = _root(tmp_path / "other", device_name="NVIDIA B200")
    result = inspect("diff", "silu", "--root", str(other), "--measure", "--no-html", "--no-ptx")
    assert result.exit_code == 2
    one_line(result, "the capture ran on NVIDIA B200", here)


def test_a_stored_bench_of_this_gpu_model_is_named_whole(tmp_path: Path) -> None:
    """The bench CSV's name is one line: as a table title it wrapped at the table's width, so a
    user (and the GPU test above) could not find "Measured (<csv>)" in the output."""
    from dataclasses import replace

    from inspector.bench.table import Row, save_csv

    root = _root(tmp_path, device_name="NVIDIA H200", shape=[4096, 4096])
    dtype = json.loads((root / "silu" / "a" / "manifest.json").read_text())["dtype"]
    base = Row(experiment="silu", provider="eager", metric="median_ms", value=0.05, unit="ms", shape="4096x4096",
               dtype=dtype, device="cuda", device_name="NVIDIA H200", torch="2.11.0", triton="3.6.0",
               timestamp="2026-12-06T09:39:36+00:00", note="3 rounds", phase="")
    name = "bench-20261206-093936-measure-silu.csv"
    (root / "_bench").mkdir()
    save_csv([replace(base, provider=p) for p in ("eager", "compile", "handwritten")], root / "_bench" / name)
    result = inspect("diff", "silu", "--root", str(root), "--no-html", "--no-ptx")
    assert result.exit_code == 0, result.output
    assert f"Measured ({name})" in result.stdout
