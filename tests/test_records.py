"""inspector.core.records: every committed capture's stored JSON round-trips to an equal dict, and
from_json reads files of other torch/inspector versions without raising."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspector.core.records import (CompileMetrics, FrameMetrics, KernelRecord, KernelsFile, Manifest, Provenance,
                                    RunSummary, UserLine)

ROOT = Path(__file__).resolve().parent.parent
FILES = {"kernels.json": KernelsFile, "compile_metrics.json": CompileMetrics, "manifest.json": Manifest}
COMMITTED = sorted((path, cls) for name, cls in FILES.items()
                   for path in ROOT.glob(f"captured_kernels/*/ref-*/{name}"))


def test_the_committed_captures_are_found():
    runs = {p.parent for p, _ in COMMITTED}
    assert len(runs) >= 20 and len(COMMITTED) == 3 * len(runs)


@pytest.mark.parametrize("path,cls", COMMITTED, ids=lambda v: "/".join(v.parts[-3:]) if isinstance(v, Path) else "")
def test_committed_capture_round_trips(path, cls):
    data = json.loads(path.read_text())
    record = cls.from_json(data)
    assert record.to_json() == data
    assert record.extra == {}  # every key a committed capture has is a known field


def test_committed_fields_read_as_attributes():
    path = ROOT / "captured_kernels/layernorm_gelu/ref-h200-torch2.11.0-default"
    manifest = Manifest.from_json(json.loads((path / "manifest.json").read_text()))
    kernels = KernelsFile.from_json(json.loads((path / "kernels.json").read_text()))
    metrics = CompileMetrics.from_json(json.loads((path / "compile_metrics.json").read_text()))
    assert manifest.status == "ok" and manifest.summary.kernels == len(kernels.kernels) > 0
    assert all(k.name and k.file.startswith("kernels/") for k in kernels.kernels)
    assert all(isinstance(line, UserLine) for k in kernels.kernels for line in k.provenance.user_lines)
    assert metrics.frames and metrics.frames[0].graphs[0].graph == "forward"
    assert metrics.totals.compile_s == manifest.summary.compile_s


def test_unknown_keys_are_kept_and_written_back():
    data = {"name": "triton_poi_0", "from_torch_2_14": {"x": 1},
            "provenance": {"user_lines": [{"file": "a.py", "line": 3, "column": 7}], "new_map": []}}
    record = KernelRecord.from_json(data)
    assert record.extra == {"from_torch_2_14": {"x": 1}}
    assert record.provenance.extra == {"new_map": []} and record.provenance.user_lines[0].extra == {"column": 7}
    assert record.to_json() == data


def test_missing_keys_take_defaults_and_stay_missing():
    record = Manifest.from_json({"experiment": "silu", "status": "ok"})
    assert record.warnings == [] and record.summary == RunSummary() and record.summary.kernels is None
    assert record.error is None and record.options == {}
    assert record.to_json() == {"experiment": "silu", "status": "ok"}
    record.warnings.append("changed after reading")  # a changed default is written
    assert record.to_json()["warnings"] == ["changed after reading"]


def test_wrong_types_become_defaults():
    data = {"frames": "oops", "totals": [1, 2], "graph_count": "3", "cache": None,
            "graph_breaks": [{"reason": "x"}]}
    record = CompileMetrics.from_json(data)
    assert record.frames == [] and record.totals.compile_s is None and record.graph_count is None
    assert record.cache == {} and record.graph_breaks == [{"reason": "x"}]
    kernel = KernelRecord.from_json({"name": 5, "n_regs": True, "launch_config": "num_warps=4", "size_hints": [1024],
                                     "provenance": {"user_lines": ["not an object", {"line": "12"}]}})
    assert kernel.name is None and kernel.n_regs is None and kernel.launch_config is None
    assert kernel.size_hints == [1024]  # a list before torch 2.6, a dict after: both read
    assert [(u.file, u.line) for u in kernel.provenance.user_lines] == [(None, None)]


def test_anything_but_an_object_reads_as_empty():
    for data in (None, [], "text", 3):
        assert Manifest.from_json(data).to_json() == {}
        assert KernelsFile.from_json(data).kernels == []


def test_a_writer_leaves_out_optional_fields_that_are_none():
    record = KernelRecord(name="k", provenance=Provenance(post_grad_nodes=["add"]))
    out = record.to_json()
    assert "measured_us_per_call" not in out and "counters" not in out
    assert out["n_regs"] is None and out["provenance"] == {"post_grad_nodes": ["add"], "pre_grad_nodes": [], "user_lines": []}
    assert list(out)[:3] == ["name", "file", "graph"]
    frame = FrameMetrics(compile_id="0/0", inductor_s=None, function=None)
    frame.absent = frame.nulls_left_out(keep=("inductor_s",))
    assert "inductor_s" in frame.to_json() and "function" not in frame.to_json()
