"""The TORCH_TRACE parser and compile metrics, on real logs from torch 2.11 (GPU) and 2.13 (CPU)."""

import gzip
import json
from pathlib import Path

import pytest

from inspector.capture.metrics import compile_metrics
from inspector.core.trace import parse_file, parse_lines
from inspector.core.trace import END_OF_CAPTURE, before_end_of_capture

TRACES = Path(__file__).parent / "fixtures" / "traces"
ALL = sorted(TRACES.glob("*.log.gz"))


def read_lines(name: str) -> list[str]:
    with gzip.open(TRACES / name, "rt") as f:
        return f.read().splitlines(keepends=True)


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_every_fixture_parses_completely(path):
    trace = parse_file(path)
    kinds = trace.kinds()
    assert trace.skipped_lines == 0
    assert not trace.truncated
    assert kinds["chromium_event"] > 50
    assert kinds["inductor_output_code"] >= 1
    assert kinds["compilation_metrics"] >= 1
    metrics = compile_metrics(trace)
    assert metrics["frames"], "no compiled frame found"
    first = metrics["frames"][0]
    assert first["total_s"] > 0 and first["inductor_s"] > 0
    assert 0 < first["dynamo_s"] < first["total_s"]
    fx_graph = metrics["cache"]["fx_graph"]  # compiled, not loaded (frozen weights bypass the cache)
    assert fx_graph["miss"] + fx_graph["bypass"] >= 1 and fx_graph["hit"] == 0


def test_gpu_trace_has_triton_compile_and_autotune_times():
    metrics = compile_metrics(parse_file(TRACES / "h100-torch2.11-layernorm_gelu.log.gz"))
    frame = metrics["frames"][0]
    assert frame["function"]["name"] == "eager"
    assert frame["triton_compile_s"] > 0
    assert frame["runtime_autotune_s"] > 0
    (kernel, info), = frame["triton_kernels"].items()
    assert kernel.startswith("triton_") and info["compile_time_us"] > 0
    assert frame["graphs"][0]["graph"] == "forward"
    assert metrics["totals"]["compile_s"] == pytest.approx(frame["total_s"])


def test_cpu_trace_times_the_cpp_compile():
    frame = compile_metrics(parse_file(TRACES / "cpu-torch2.13-layernorm_gelu.log.gz"))["frames"][0]
    graph = frame["graphs"][0]
    assert graph["cpp_compile_s"] > 0
    assert graph["cpp_compile_s"] <= graph["codegen_s"] <= graph["inductor_s"] <= frame["total_s"]


def test_backward_graph_is_reported_separately():
    frame = compile_metrics(parse_file(TRACES / "cpu-torch2.13-rmsnorm-backward.log.gz"))["frames"][0]
    kinds = [g["graph"] for g in frame["graphs"]]
    assert kinds == ["forward", "backward"]
    backward = frame["graphs"][1]
    assert backward["compiled_lazily"] and backward["inductor_s"] > 0
    assert frame["backward_compile_s"] == pytest.approx(backward["inductor_s"])


def test_graph_breaks_and_recompiles_have_reasons_and_user_lines():
    metrics = compile_metrics(parse_file(TRACES / "cpu-torch2.13-graph-breaks.log.gz"))
    first = metrics["graph_breaks"][0]
    assert "item()" in first["reason"]
    assert first["file"].endswith("graph_breaks_program.py") and first["line"] == 11
    assert first["code"] == 'print("value", y.sum().item())'
    assert any("size mismatch" in r["reason"] for r in metrics["recompiles"])
    assert metrics["graph_count"] >= 2


def test_graph_breaks_are_counted_by_user_location():
    """One `print(y.sum().item())` line: .item() and print break separately, in two frames, and
    again after the recompile (4 events, 2 reasons). It is one graph break, everywhere."""
    metrics = compile_metrics(parse_file(TRACES / "cpu-torch2.13-graph-breaks.log.gz"))
    (only,) = metrics["graph_breaks"]
    assert metrics["graph_break_count"] == 1
    assert metrics["graph_break_events"] == only["count"] == 4
    assert len(only["reasons"]) == 2 and any("item()" in r for r in only["reasons"])
    assert any("builtin" in r for r in only["reasons"])
    assert set(only["compile_ids"]) == {"0/0", "1/0", "0/1", "1/1"}


def test_graph_breaks_without_a_location_are_kept_apart_by_reason():
    from inspector.capture.graph_breaks import distinct as _distinct

    breaks = [{"reason": "a"}, {"reason": "b"}, {"reason": "a"}, {"reason": "c", "file": "f.py", "line": 3},
              {"reason": "d", "file": "f.py", "line": 3}]
    distinct = _distinct(breaks)
    assert [(d["reason"], d["count"]) for d in distinct] == [("a", 2), ("b", 1), ("c", 2)]
    assert distinct[2]["reasons"] == ["c", "d"]


@pytest.mark.parametrize("fraction", [0.3, 0.6, 0.95])
def test_truncated_log_is_parsed_up_to_the_cut(fraction):
    lines = read_lines("h100-torch2.11-layernorm_gelu.log.gz")
    text = "".join(lines)
    cut = text[: int(len(text) * fraction)]
    trace = parse_lines(cut.splitlines(keepends=True))
    full = parse_file(TRACES / "h100-torch2.11-layernorm_gelu.log.gz")
    assert 0 < len(trace.entries) <= len(full.entries)
    compile_metrics(trace)  # must not raise on a half-written log


def test_unknown_entries_fields_and_garbage_are_ignored():
    lines = read_lines("cpu-torch2.13-layernorm_gelu.log.gz")
    extra = [
        'V1122 03:16:26.586000 1862 torch/_future/x.py:1] {"brand_new_entry": {"x": 1}, "frame_id": 0, "frame_compile_id": 0, "attempt": 0, "has_payload": "ab"}\n',
        "\t{\"some\": \"payload\"}\n",
        'V1122 03:16:26.586000 1862 torch/_future/x.py:1] {"artifact": {"name": "future_artifact", "encoding": "json", "new_field": [1, 2]}, "frame_id": 0, "frame_compile_id": 0, "attempt": 0}\n',
        'V1122 03:16:26.586000 1862 torch/_future/x.py:1] {"chromium_event": {}, "frame_id": 0, "has_payload": "x"}\n',
        '\t{"name": "new_phase", "ts": 1.0, "ph": "Q", "args": {"compile_id": "0/0"}}\n',
        "this line is not a trace entry\n",
        'V1122 03:16:26.586000 1862 torch/x.py:1] {not json\n',
    ]
    trace = parse_lines(extra + lines)
    assert trace.kinds()["brand_new_entry"] == 1
    assert trace.skipped_lines == 2
    reference = compile_metrics(parse_lines(lines))
    metrics = compile_metrics(trace)
    assert metrics["totals"] == reference["totals"]


def test_the_end_of_capture_marker_cuts_the_trace_and_the_text_logs():
    """Entries after the worker's END_OF_CAPTURE artifact are its own measurement compiles."""
    head = 'V1201 23:05:01.000000 1 torch/_logging/structured.py:1] '
    lines = [head + json.dumps({"artifact": {"name": "before", "encoding": "string"}, "frame_id": 0, "frame_compile_id": 0}),
             "\tpayload",
             head + json.dumps({"artifact": {"name": END_OF_CAPTURE, "encoding": "string"}}),
             "\tinspector_end_of_capture: a second compile",
             head + json.dumps({"inductor_output_code": {"filename": "x.py"}, "frame_id": 0, "frame_compile_id": 0})]
    trace = parse_lines(lines)
    assert [e.name for e in trace.entries] == ["before"] and trace.ended_at_marker
    assert not parse_lines(lines[:2]).ended_at_marker
    log = "AUTOTUNE mm(1x1)\n[cudagraphs] again\nWARNING x] inspector_end_of_capture: why\nAUTOTUNE mm(1x1)\n"
    assert before_end_of_capture(log) == "AUTOTUNE mm(1x1)\n[cudagraphs] again\n"
    assert before_end_of_capture("no marker\n") == "no marker\n"


def test_failure_reads_dynamo_fail_fields_and_skips_bodies_without_a_reason():
    from inspector.capture.metrics import _failure

    body = {"fail_type": "Unsupported", "fail_reason": "data-dependent branch",
            "fail_user_frame_filename": "model.py", "fail_user_frame_lineno": 12, "guard_count": 3}
    assert _failure(body) == {"type": "Unsupported", "reason": "data-dependent branch", "file": "model.py", "line": 12}
    assert _failure({"fail_type": "Unsupported", "fail_reason": ""}) is None
    assert _failure({}) is None
