"""Findings at model scale (analysis/patterns.py): a pattern repeated across layers is one line with
its count and total cost, lines ranked by total cost, wording that fits a capture without a
handwritten kernel. On a real GPT-2-small training step captured on an H100 (a trimmed fixture)
and on a CPU capture of a tiny 12-layer model."""

from __future__ import annotations

import tarfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from inspector.analysis.callgraph import build
from inspector.analysis.findings import Finding, findings
from inspector.core.units import mib
from inspector.analysis.patterns import graph_label, group, kernel_pattern, rank
from inspector.report.diff_view import build_diff
from inspector.report.report_analysis import add_findings

FIXTURE = Path(__file__).parent / "fixtures" / "captures" / "gpt2_small_h100.tar.gz"
USER_CODE = Path(__file__).parent / "fixtures" / "user_code" / "tiny_gpt.py"


@pytest.fixture(scope="module")
def gpt2(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("gpt2")
    with tarfile.open(FIXTURE) as tar:
        tar.extractall(root, filter="data")
    return root / "gpt2_small_h100"


def test_kernel_patterns_drop_the_index_and_keep_extern_names():
    assert kernel_pattern("triton_poi_fused_gelu_view_4") == kernel_pattern("triton_poi_fused_gelu_view_12")
    assert kernel_pattern("cpp_fused_gelu_view_2") == "cpp_fused_gelu_view"
    assert kernel_pattern("extern_kernels.addmm") == "extern_kernels.addmm"
    assert graph_label("0_backward") == "backward" and graph_label(None) == ""


def test_group_merges_one_key_and_sums_its_costs():
    same = dict(key=("k",), pattern="the output of mm (48 MiB) read back by gelu", graph="forward")
    found = [Finding("intermediate", f"intermediate buf{i} ...", 100, 2.0, **same) for i in range(12)]
    found += [Finding("intermediate", "a single one", 5000, 50.0, key=("other",), pattern="p"),
              Finding("bound", "no cost"), Finding("measured", "the verdict", None, 1.0)]
    out = rank(group(found, Finding))
    assert [f.rule for f in out][0] == "measured"  # the headline first
    merged = next(f for f in out if f.count == 12)
    assert merged.cost_bytes == 1200 and merged.cost_us == pytest.approx(24.0)
    assert merged.text.startswith("12x in the forward graph: the output of mm (48 MiB) read back by gelu")
    assert "buf" not in merged.text and mib(1200) in merged.text
    costed = [f.cost_us for f in out if f.rule != "measured" and f.cost_us]
    assert costed == sorted(costed, reverse=True) and out[-1].rule == "bound"


def _assert_model_scale(found: list[Finding], layers: int) -> None:
    keys = [(f.rule, f.key) for f in found if f.key]
    assert len(keys) == len(set(keys)), "one line per pattern"
    repeated = [f for f in found if f.count == layers]
    assert repeated, [f.text for f in found]
    for f in repeated:
        assert f.text.startswith(f"{layers}x in the {f.graph} graph: ") and " buf" not in f.text
    costed = [f.cost_us or 0 for f in found if f.cost_us]
    assert costed == sorted(costed, reverse=True)


def test_gpt2_small_step_one_line_per_layer_pattern(gpt2):
    view = build_diff(gpt2, gpt2.parent, offline_ptx=False, sources=False)
    graph = build(gpt2)
    _assert_model_scale(view.findings, 12)
    mm_gelu = [i for i in graph.intermediates if i.written_by == "extern_kernels.addmm"
               and i.read_by.startswith("triton_poi_fused_gelu_view") and graph_label(i.graph) == "forward"]
    assert len(mm_gelu) == 12  # one per layer in the call graph...
    line = next(f for f in view.findings if f.key and f.key[:2] == ("extern_kernels.addmm", "triton_poi_fused_gelu_view"))
    assert line.count == 12 and line.cost_bytes == sum(2 * i.bytes for i in mm_gelu)  # ...one line, their sum
    assert f"({mib(mm_gelu[0].bytes)}, bfloat16)" in line.text and "µs at the compiled kernels' measured rate" in line.text
    # every per-layer copy is inside a grouped line: no finding names one of their buffers
    assert not any(f"intermediate {i.buffer} " in f.text for f in view.findings for i in mm_gelu)
    assert view.handwritten_label == ""  # a user's model: no handwritten kernel to compare with


def test_report_heading_fits_a_model_without_a_handwritten_kernel(gpt2):
    run = SimpleNamespace(status="ok", path=gpt2, findings=[], findings_against_handwritten=True)
    add_findings(SimpleNamespace(runs=[run]))
    assert run.findings and run.findings_against_handwritten is False
    assert any(text.startswith("12x in the forward graph") for text in run.findings)
    template = (Path(__file__).parents[1] / "inspector" / "report" / "templates" / "report.html.j2").read_text()
    assert "What costs time in the compiled call" in template


def test_cpu_capture_of_a_twelve_layer_model_collapses_the_repeat(tmp_path, inductor_cache_dir):
    from click.testing import CliRunner

    from inspector.cli import main

    out = tmp_path / "caps"
    result = CliRunner().invoke(main, ["run", f"{USER_CODE}:make_deep", "--backward", "--device", "cpu", "--out", str(out),
                                       "--cache-dir", str(inductor_cache_dir), "-q"])
    assert result.exit_code == 0, result.output
    (run,) = [p for p in (out / "tiny_gpt.make_deep").iterdir() if p.is_dir()]
    graph = build(run)
    found = findings(graph, None)
    _assert_model_scale(found, 12)
    assert any(f.graph == "backward" for f in found if f.count == 12)
