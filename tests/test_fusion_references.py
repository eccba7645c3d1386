"""Inductor's fusion decisions as torch 2.11 logged them on an H200, in the committed references:
every round trip through memory gets a reason; where the scheduler spoke, its own line is kept."""

from pathlib import Path

import pytest

from inspector.analysis import fusion_decisions, fusion_reasons
from inspector.analysis.callgraph import build

ROOT = Path(__file__).resolve().parents[1] / "captured_kernels"
WITH_DECISIONS = ["matmul_relu/ref-h200-torch2.11.0-default", "matmul_relu/ref-h200-torch2.11.0-max-autotune-kept-cublas",
                  "softmax_dropout/ref-h200-torch2.11.0-default", "gpt2_block/ref-h200-torch2.11.0-default-backward",
                  "llama_block/ref-h200-torch2.11.0-default-backward"]


@pytest.mark.parametrize("ref", WITH_DECISIONS)
def test_every_round_trip_in_a_reference_has_a_reason(ref):
    folder = ROOT / ref
    log = fusion_decisions.load(folder)
    assert log is not None and log.graphs, "no decisions recorded"
    trips = fusion_reasons.capture_trips(folder, build(folder))
    assert trips
    for rt in trips:
        assert rt.reason and rt.category != "unrecorded", rt
        if rt.category not in ("extern_call", "same_kernel", "no_reason"):
            assert rt.inductor_says, rt  # a reason from the log carries the scheduler's own words


def test_a_model_step_explains_its_mlp_round_trips_by_the_library_call():
    folder = ROOT / "gpt2_block/ref-h200-torch2.11.0-default-backward"
    trips = fusion_reasons.capture_trips(folder, build(folder))
    mlp = [rt for rt in trips if rt.written_by == "extern_kernels.addmm" and "gelu" in rt.read_by]
    assert len(mlp) == 4 and all(rt.category == "extern_call" for rt in mlp)  # one per layer, 4 layers
    assert any("cannot fuse" in line for rt in trips for line in rt.inductor_says)  # torch 2.11's own texts
