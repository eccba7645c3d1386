"""CUDA graphs: requested, used or skipped with Inductor's reason, and their steady-state effect."""

from pathlib import Path

import pytest

from inspector.capture import cudagraphs
from inspector.core.trace import Trace, parse_file

TRACES = Path(__file__).parent / "fixtures" / "traces"


def test_max_autotune_on_cpu_requests_graphs_that_cannot_apply(tmp_path):
    trace = parse_file(TRACES / "cpu-torch2.13-block-max-autotune.log.gz")
    info = cudagraphs.collect(tmp_path, trace, "max-autotune", "cpu", {}, None)
    assert info["requested"] is True and info["used"] is False
    assert info["skip_reasons"] == ["cpu device: CUDA graphs capture CUDA work only"]


def test_default_mode_does_not_request_graphs(tmp_path):
    trace = parse_file(TRACES / "cpu-torch2.13-layernorm_gelu.log.gz")
    info = cudagraphs.collect(tmp_path, trace, "default", "cpu", {}, None)
    assert info["requested"] is False and info["used"] is False and info["skip_reasons"] == []


def test_inductors_skip_reason_from_the_worker_log(tmp_path):
    (tmp_path / "worker.log").write_text(
        "W1201 10:00:00.000000 42 torch/_inductor/cudagraph_utils.py:380] [0/0] skipping cudagraphs due to mutated inputs (1 instances)\n")
    info = cudagraphs.collect(tmp_path, Trace(), "reduce-overhead", "cuda", {}, None)
    assert info["requested"] is True and info["used"] is False
    assert info["skip_reasons"] == ["skipping cudagraphs due to mutated inputs (1 instances)"]


def test_used_graphs_with_input_copies_and_both_steady_times(tmp_path):
    profile = {"launches": [{"name": "Memcpy DtoD (Device -> Device)"}, {"name": "triton_poi_fused_relu_0"}]}
    results = {"cudagraphs": {"with_ms": 0.05, "without_ms": 0.08}}
    info = cudagraphs.collect(tmp_path, Trace(), "reduce-overhead", "cuda", results, profile)
    assert info["used"] and info["input_copies_per_call"] == 1
    assert info["input_copy_kernels"] == ["Memcpy DtoD (Device -> Device)"]
    assert (info["steady_with_ms"], info["steady_without_ms"]) == pytest.approx((0.05, 0.08))
