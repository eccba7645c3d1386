"""The in-process Python API: `with inspector.capture(name) as cap: ...` on a user function with a
graph break, read in memory and saved in the same layout as `inspect run`."""

import pytest
import torch

import inspector
from inspector import store

pytestmark = pytest.mark.slow


def noisy(x):
    y = torch.sin(x) * 2
    print("total", y.sum().item())  # graph break
    return torch.relu(y) + 1


def test_capture_block_records_kernels_breaks_and_saves(tmp_path):
    x = torch.randn(16, 32)
    with inspector.capture_compile("my_block", out=tmp_path) as cap:
        out = torch.compile(noisy)(x)
    assert torch.allclose(out, noisy(x))
    assert len(cap.kernels) >= 2 and all(k["file"].startswith("kernels/") for k in cap.kernels)
    (brk, *_) = cap.graph_breaks
    assert "item()" in brk["reason"] and brk["line"] == noisy.__code__.co_firstlineno + 2
    assert cap.compile_metrics["totals"]["compile_s"] > 0
    folder = cap.save()
    assert folder.parent == tmp_path / "my_block"
    manifest = store.read_json(folder / "manifest.json")
    assert manifest["status"] == "ok" and manifest["summary"]["graph_breaks"] >= 1
    for f in manifest["files"]:
        assert (folder / f["path"]).is_file()
    assert store.latest(tmp_path, "my_block").path == folder
    # the fusion decisions of both graphs around the break (the block compiles them fresh)
    decisions = store.read_json(folder / "fusion_log.json")["graphs"]
    assert {g["graph"] for g in decisions} == {l["graph"] for l in store.read_json(folder / "kernels.json")["launches"]}


def test_user_exception_propagates_and_is_recorded(tmp_path):
    with pytest.raises(ZeroDivisionError):
        with inspector.capture("failing", out=tmp_path) as cap:
            torch.compile(torch.sin)(torch.randn(4))
            1 / 0
    assert cap.error["type"] == "ZeroDivisionError"
    assert store.read_json(cap.save() / "manifest.json")["status"] == "failed"


def test_reading_inside_the_block_is_an_error(tmp_path):
    with inspector.capture("early", out=tmp_path) as cap:
        with pytest.raises(RuntimeError, match="after its `with` block"):
            cap.kernels


def test_bad_name():
    with pytest.raises(ValueError, match="plain folder name"):
        inspector.capture("../escape")


def test_the_old_name_is_the_same_call(tmp_path):
    import inspector.capture.worker  # noqa: F401  (a submodule imported: the package still works as the call)
    from inspector.capture.inprocess import Capture

    assert isinstance(inspector.capture("early", out=tmp_path), Capture)
    assert isinstance(inspector.capture_compile("early", out=tmp_path), Capture)
