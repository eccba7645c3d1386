"""Extern calls own exactly their device kernels; the harness's kernels are never the graph's."""

import copy
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from inspector.capture.attribution import attribute, extern_op
from inspector.capture.profile import device_records, per_call

FIXTURES = Path(__file__).parent / "fixtures"
REF = Path(__file__).parents[1] / "captured_kernels" / "attention_lite" / "ref-h200-torch2.11.0-default-backward"


def _mlp():
    data = json.loads((FIXTURES / "profiles" / "mlp-block-backward.json").read_text())
    launches, profile = data["launches"], data["profile"]
    generated = {l["target"] for l in launches if l["kind"] != "extern"}
    return launches, profile, generated


def _externs(launches):
    return [l for l in launches if l["kind"] == "extern"]


@pytest.mark.parametrize("source", ["profiler", "launch order"])
def test_each_extern_of_a_backward_capture_owns_its_own_gemm(source):
    """The issue-14 MLP block: two adjacent backward mm's, the harness's random gradient between
    the graphs and six elementwise .grad kernels after the backward mm's."""
    launches, profile, generated = _mlp()
    if source == "launch order":  # a capture from before profile.json tied kernels to calls
        profile = {k: v for k, v in profile.items() if k not in ("launches", "harness_kernels")}
    result = attribute(launches, profile, generated, profile["kernels"])
    externs = _externs(launches)
    owned = [l["device_kernels"] for l in externs]
    assert all(len(kernels) == 1 and ("gemm" in kernels[0]) for kernels in owned)
    # the backward's four mm calls alternate between two cuBLAS kernels, in the profiled order
    assert [k[0].split("_")[6] for k in owned[2:]] == ["nn", "nt", "nn", "nt"]
    assert all(l["attribution"] == source for l in externs)
    assert all(l["measured_us_per_call"] > 0 for l in externs)
    everything_owned = {name for kernels in owned for name in kernels}
    assert not any("elementwise" in name or "distribution" in name for name in everything_owned)
    if source == "profiler":
        assert result["unattributed"] == []
        assert sum(h["launches_per_call"] for h in result["harness_kernels"].values()) == 7
    else:  # the harness's kernels are left over and reported, not given to a neighbour
        leftover = [name for u in result["unattributed"] for name in u["kernels"]]
        assert len(leftover) == 7 and all("elementwise" in n or "distribution" in n for n in leftover)


def test_an_extern_without_kernels_is_reported_unmatched():
    launches, profile, generated = _mlp()
    profile = copy.deepcopy(profile)
    dropped = profile["launches"].pop(5)  # the second backward mm's kernel never reached the profile
    assert dropped["call"] == "aten::mm"
    attribute(launches, profile, generated, profile["kernels"])
    states = [l["attribution"] for l in _externs(launches)]
    assert states.count("unmatched") == 1
    unmatched = next(l for l in _externs(launches) if l["attribution"] == "unmatched")
    assert unmatched["device_kernels"] == [] and unmatched["measured_us_per_call"] is None


def test_reference_capture_with_adjacent_bmms_across_graphs():
    """attention_lite forward+backward on the H200 (order only): the forward's last bmm no longer
    swallows the harness's random gradient and the backward's first two GEMMs."""
    kernels = json.loads((REF / "kernels.json").read_text())
    profile = json.loads((REF / "profile.json").read_text())
    launches = kernels["launches"]
    generated = {k["name"] for k in kernels["kernels"]}
    result = attribute(launches, profile, generated, profile["kernels"])
    for launch in _externs(launches):
        assert [n.startswith("Memset") for n in launch["device_kernels"]] == [True, False]
        assert launch["device_kernels"][1].startswith("nvjet_")
    leftover = [n for u in result["unattributed"] for n in u["kernels"]]
    assert len(leftover) == 2 and "distribution" in leftover[0] and "direct_copy" in leftover[1]


@pytest.mark.parametrize("target, op", [("extern_kernels.mm", "mm"), ("aten.randint.low_out", "randint"),
                                        ("torch.ops.aten._scaled_mm.default", "_scaled_mm"), ("extern_kernels.bmm", "bmm")])
def test_extern_op_names(target, op):
    assert extern_op(target) == op


def _event(name, start, kernels=(), parent=None):
    return SimpleNamespace(name=name, time_range=SimpleNamespace(start=start), device_type="DeviceType.CPU",
                           kernels=[SimpleNamespace(name=k, duration=d) for k, d in kernels], cpu_parent=parent)


def test_profiler_events_are_tied_to_the_wrapper_call_inside_the_compiled_graph():
    events = []
    for call, t0 in enumerate((0, 1000)):
        region = _event("## Call CompiledFxGraph fabc ##", t0 + 10)
        mm = _event("aten::mm", t0 + 20, parent=region)
        inner = _event("aten::cudnn_thing", t0 + 21, [("Memset (Device)", 1.0), ("nvjet_gemm", 10.0 + call)], parent=mm)
        triton = _event("triton_poi_fused_relu_0", t0 + 30, [("triton_poi_fused_relu_0", 4.0)], parent=region)
        fill = _event("aten::fill_", t0 + 50, [("vectorized_elementwise_kernel", 2.0)])  # the harness, outside
        events += [region, mm, inner, triton, fill]
    out = per_call(device_records(events), calls=2)
    assert out["graph_regions_per_call"] == 1 and out["times_averaged"]
    assert [(l["name"], l["call"]) for l in out["launches"]] == [
        ("Memset (Device)", "aten::mm"), ("nvjet_gemm", "aten::mm"), ("triton_poi_fused_relu_0", "triton_poi_fused_relu_0")]
    assert out["launches"][1]["us"] == pytest.approx(10.5)
    assert out["launches"][0]["call_index"] == out["launches"][1]["call_index"] != out["launches"][2]["call_index"]
    assert out["harness_kernels"] == {"vectorized_elementwise_kernel": {"launches_per_call": 1.0, "us_per_call": 2.0}}


def test_a_cuda_graph_replay_gives_its_kernels_to_the_extern_by_order():
    """reduce-overhead on an H200: the replay has no aten::mm range, only the graph's call around
    the cuBLAS kernel and the ReLU; the input copies CUDA graphs add stay the harness's own."""
    data = json.loads((FIXTURES / "profiles" / "matmul-relu-cudagraphs.json").read_text())
    launches, profile = data["launches"], data["profile"]
    generated = {l["target"] for l in launches if l["kind"] != "extern"}
    result = attribute(launches, profile, generated, profile["kernels"])
    (mm,) = _externs(launches)
    assert mm["attribution"] == "CUDA graph order"
    assert mm["device_kernels"] == ["nvjet_sm90_tst_128x64_64x8_1x2_h_bz_NNT"] and mm["measured_us_per_call"] > 0
    left = [k for u in result["unattributed"] for k in u["kernels"]]
    assert left and all("Copy" in k for k in left)  # the static-input copies, reported apart
