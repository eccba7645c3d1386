"""Why not fused: the fusion logger's lines (torch 2.11 GPU and 2.13 CPU formats), the reason given
to each round trip through memory, grouping across layers, and the two-run comparison. No compile:
fixtures and the committed reference captures."""

import importlib.util
import json
import logging
import shutil
import tarfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from inspector.analysis import fusion_decisions, fusion_reasons
from inspector.analysis.callgraph import build
from inspector.analysis.fusion_reasons import Calls, explain
from inspector.capture.fusion_log import LOGGER, record_fusion
from inspector.report import fusion_view

FIXTURES = Path(__file__).parent / "fixtures" / "fusion"
REFS = Path(__file__).parent.parent / "captured_kernels" / "matmul_relu"
KNOWN = {key for key, _, _ in fusion_decisions.CATEGORIES} | {"extern_call", "same_kernel", "no_reason", "unrecorded", "other"}


def fixture_lines(name):
    rows = [line.split("\t") for line in (FIXTURES / name).read_text().splitlines() if line and not line.startswith("#")]
    assert rows, name
    return rows


@pytest.mark.parametrize("graph,text,category", fixture_lines("lines_torch2.11_gpu.txt"))
def test_torch_2_11_lines_parse_into_their_category(graph, text, category):
    decision = fusion_decisions.parse_line(text)
    if category == "-":
        assert decision is None
    elif category == "fused":
        assert decision.kind == "fused" and decision.ops1 and decision.ops2
    else:
        assert decision.kind == "cannot"
        assert fusion_decisions.categorize(decision.reason)[0] == category
        assert "\x1b" not in decision.reason


def test_torch_2_13_cpu_lines_give_the_two_reasons_the_cpu_backend_logs():
    parsed = [fusion_decisions.parse_line(text) for _, text in fixture_lines("lines_torch2.13_cpu.txt")]
    cannot = [d for d in parsed if d is not None and d.kind == "cannot"]
    assert {fusion_decisions.categorize(d.reason)[0] for d in cannot} == {"between", "no_shared"}
    assert all(d.ops1 and d.ops2 for d in cannot)
    assert any(d is not None and d.kind == "fused" for d in parsed)
    assert sum(d is None for d in parsed) == 4  # the round markers and the candidate count


def test_a_line_without_node_names_is_kept():
    d = fusion_decisions.parse_line("cannot fuse (triton:1): numel/rnumel mismatch (reduce) (8192, 1), (50304, 1)")
    assert d.kind == "cannot" and not d.node1 and "numel/rnumel mismatch" in d.reason


def _log(lines, operations):
    return fusion_decisions.parse({"graphs": [{"graph": "0_forward", "events": [{"text": t} for t in lines],
                                               "operations": operations}]})


OPS = {"op0": {"kind": "ComputedBuffer", "writes": ["buf0"], "reads": ["arg0_1"], "origins": ["sum_1"]},
       "op1": {"kind": "ExternKernelOut", "writes": ["buf1"], "reads": ["buf0", "arg1_1"], "origins": ["mm"]},
       "op2": {"kind": "ComputedBuffer", "writes": ["buf2"], "reads": ["buf0", "buf1"], "origins": ["add"]}}
INTER = SimpleNamespace(graph="0_forward", buffer="buf0", bytes=4 << 20, written_by="triton_red_fused_sum_0",
                        read_by="triton_poi_fused_add_1", within_kernel=False)
CALLS = Calls(kinds={"triton_red_fused_sum_0": "triton", "triton_poi_fused_add_1": "triton", "extern_kernels.mm": "extern"},
              writes={"triton_red_fused_sum_0": ["buf0"], "triton_poi_fused_add_1": ["buf2"]},
              sources={"triton_red_fused_sum_0": ["sum_1"], "triton_poi_fused_add_1": ["add"]})


def test_an_unknown_reason_is_shown_verbatim():
    rt = explain(INTER, CALLS, _log(["cannot fuse op0 with op2: the moon is in the wrong phase"], OPS))
    assert rt.category == "other"
    assert "the moon is in the wrong phase" in rt.text()


def test_intermediate_nodes_between_names_the_library_call_in_between():
    rt = explain(INTER, CALLS, _log(["cannot fuse op0 with op2: intermediate nodes between node1 & node2"], OPS))
    assert rt.category == "between"
    assert "op1, a library call: mm" in rt.text()
    assert rt.inductor_says == ("cannot fuse op0 with op2: intermediate nodes between node1 & node2",)


def test_a_pair_inductor_said_nothing_about_is_not_guessed():
    rt = explain(INTER, CALLS, _log(["cannot fuse op1 with op2: no shared data", "fusing op0 with op5"], OPS))
    assert rt.category == "no_reason"
    assert "logged no reason" in rt.text() and "op0 -> op2" in rt.text()


def test_no_log_and_a_graph_the_scheduler_did_not_run_for_say_so():
    assert "no fusion_log.json" in explain(INTER, CALLS, None).text()
    warm = fusion_decisions.parse({"graphs": []})
    rt = explain(INTER, CALLS, warm)
    assert rt.category == "unrecorded" and "did not run" in rt.text()


def test_an_extern_end_needs_no_log_and_says_what_max_autotune_did():
    inter = SimpleNamespace(**{**vars(INTER), "written_by": "extern_kernels.mm"})
    assert "--mode max-autotune" in explain(inter, CALLS, None).text()
    tuned = {"mm": {"winner": "{'name': 'mm', 'kind': 'extern', 'ms': 0.17}", "best_template":
                    "{'name': 'triton_mm_17', 'kind': 'triton template', 'ms': 0.19}", "epilogue_fused": "False"}}
    text = explain(inter, Calls(CALLS.kinds, tuned=tuned, mode="max-autotune"), None).text()
    assert "the winner was mm (0.17 ms)" in text and "triton_mm_17 (0.19 ms)" in text and "no template could take" in text


@pytest.fixture(scope="module")
def gpt2(tmp_path_factory):
    root = tmp_path_factory.mktemp("gpt2")
    with tarfile.open(FIXTURES / "gpt2_small_h100_forward.tar.gz") as tar:
        tar.extractall(root, filter="data")
    return root


def test_gpt2_small_h100_every_round_trip_has_a_reason(gpt2):
    graph = build(gpt2)
    trips = fusion_reasons.capture_trips(gpt2, graph)
    assert len(trips) == len(graph.intermediates) >= 40
    assert {t.category for t in trips} <= KNOWN
    assert all(t.reason for t in trips)
    assert "unrecorded" not in {t.category for t in trips}
    by_buffer = {(t.buffer, t.read_by): t for t in trips}
    # the residual stream: Inductor's line on the two LayerNorm nodes, with the library call between
    residual = by_buffer[("buf0", "triton_per_fused_add_native_layer_norm_view_3")]
    assert residual.category == "between" and "a library call" in residual.reason
    # the log-softmax statistics: a reduction over the vocabulary against one over the rows
    stats = by_buffer[("buf273", "triton_red_fused__log_softmax__to_copy_nll_loss_forward_sub_view_7")]
    assert stats.category == "sizes" and "numel/rnumel mismatch (reduce)" in stats.text()
    # the lm_head logits: written by cuBLAS
    logits = [t for t in trips if t.bytes >= 700 << 20]
    assert logits and all(t.category == "extern_call" and "extern_kernels.mm" in t.reason for t in logits)


def test_gpt2_small_h100_groups_the_twelve_layers(gpt2):
    view = fusion_view.capture_groups(gpt2)
    gelu = [g for g in view.groups if g.first.read_by.startswith("triton_poi_fused_gelu_view")]
    assert len(gelu) == 1 and gelu[0].count == 12
    assert gelu[0].cost_bytes == 12 * 2 * gelu[0].first.bytes
    lines = fusion_view.lines(view, 3)
    assert len(lines) == 4 and "top 3 by estimated cost" in lines[0]
    assert "x12" in "".join(lines) and "estimated" in lines[1]
    costs = [g.cost_bytes for g in view.groups]
    assert costs == sorted(costs, reverse=True)


def test_gpt2_small_h100_without_the_log_says_no_decisions(gpt2, tmp_path):
    log = json.loads((gpt2 / "fusion_log.json").read_text())
    (gpt2 / "fusion_log.json").write_text(json.dumps({**log, "graphs": []}))
    try:
        view = fusion_view.capture_groups(gpt2)
    finally:
        (gpt2 / "fusion_log.json").write_text(json.dumps(log))
    assert "scheduler did not run" in view.note
    assert {t.category for t in view.trips} == {"extern_call", "unrecorded"}


def test_default_vs_max_autotune_says_the_round_trip_is_gone():
    a, b = REFS / "ref-h200-torch2.11.0-default", REFS / "ref-h200-torch2.11.0-max-autotune"
    lines = fusion_reasons.compare(fusion_reasons.capture_trips(a, build(a)), fusion_reasons.capture_trips(b, build(b)),
                                   fusion_reasons.kernel_sources(b))
    assert len(lines) == 1 and lines[0].startswith("gone in B: buf0")
    assert "relu runs inside triton_tem_fused_mm_relu_0" in lines[0]


def test_the_recorder_keeps_why_no_fuse_records_and_restores_the_logger(tmp_path):
    logger = logging.getLogger(LOGGER)
    before = logger.level, logger.propagate, list(logger.handlers)

    class WhyNoFuse:  # the shape of torch's scheduler.WhyNoFuse (2.6+: names, a format and its args)
        name1, name2, reason, args = "op1", "op4", "numel/rnumel mismatch (reduce) (%s, %s)", (8, 1)

        def __str__(self):
            return f"cannot fuse {self.name1} with {self.name2}: " + self.reason % self.args

    with record_fusion(tmp_path / "fusion_log.json"):
        logger.debug(WhyNoFuse())
        logger.debug("fuse_nodes_once, candidates:")
        logger.debug("fusing %s with %s", "op1", "op2")
    assert (logger.level, logger.propagate, list(logger.handlers)) == before
    data = json.loads((tmp_path / "fusion_log.json").read_text())
    events = data["graphs"][0]["events"]
    assert [e["text"] for e in events] == ["cannot fuse op1 with op4: numel/rnumel mismatch (reduce) (8, 1)", "fusing op1 with op2"]
    assert events[0]["reason_format"] == WhyNoFuse.reason and events[0]["name2"] == "op4"


def test_make_reference_adds_a_fusion_log_to_an_existing_reference_only_when_the_launches_match(tmp_path):
    spec = importlib.util.spec_from_file_location("make_reference", REFS.parent.parent / "scripts" / "make_reference.py")
    make_reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_reference)
    out = tmp_path / "refs"
    shutil.copytree(REFS / "ref-h200-torch2.11.0-default", out / "matmul_relu" / "ref-h200-torch2.11.0-default")
    run = tmp_path / "run"
    shutil.copytree(REFS / "ref-h200-torch2.11.0-default", run)
    (run / "fusion_log.json").write_text(json.dumps({"graphs": [{"graph": "0_inference", "events": []}]}))
    results = (out / "matmul_relu" / "ref-h200-torch2.11.0-default" / "results.json").read_text()
    target = make_reference.add_fusion_log(run, out)
    assert json.loads((target / "fusion_log.json").read_text())["graphs"][0]["graph"] == "0_inference"
    assert (target / "results.json").read_text() == results  # the measured numbers stay
    assert "fusion_log.json" in {f["path"] for f in json.loads((target / "manifest.json").read_text())["files"]}
    other = tmp_path / "other"
    shutil.copytree(REFS / "ref-h200-torch2.11.0-max-autotune", other)
    (other / "fusion_log.json").write_text("{}")
    manifest = json.loads((other / "manifest.json").read_text())
    (other / "manifest.json").write_text(json.dumps({**manifest, "options": {**manifest["options"], "mode": "default"}}))
    with pytest.raises(SystemExit, match="launch different kernels"):
        make_reference.add_fusion_log(other, out)


def test_the_report_and_the_diff_page_show_why_not_fused(tmp_path):
    from inspector.report.diff_render import write_comparison_html
    from inspector.analysis.compare_runs import compare
    from inspector.report.generate import generate

    out, model, _ = generate([REFS / "ref-h200-torch2.11.0-default"], tmp_path / "report.html")
    (run,) = model.runs
    assert run.fusion and "extern_kernels.mm" in run.fusion[1] and "measured (Nsight Compute)" in run.fusion[1]
    assert "Why not fused" in out.read_text()
    page = write_comparison_html(compare(REFS / "ref-h200-torch2.11.0-default", REFS / "ref-h200-torch2.11.0-max-autotune"),
                                 tmp_path / "compare.html")
    assert "gone in B: buf0" in page.read_text()
