"""Fusion decisions recorded by real CPU captures (torch's C++ backend): matmul_relu, layernorm_gelu
and a two-layer transformer training step, cold and warm. Every round trip through memory gets a
reason; the CPU scheduler's own texts are "intermediate nodes between node1 & node2" and "no
shared data" (the backend logs no size or tiling reasons), and a library call at either end needs
no log at all."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from inspector import store
from inspector.analysis import fusion_decisions, fusion_reasons
from inspector.analysis.callgraph import build
from inspector.cli import main
from inspector.report import fusion_view
from inspector.report.console import print_run, run_view

pytestmark = pytest.mark.slow

TINY_GPT = str(Path(__file__).parent / "fixtures" / "user_code" / "tiny_gpt.py") + ":make"
KNOWN = {key for key, _, _ in fusion_decisions.CATEGORIES} | {"extern_call", "same_kernel", "no_reason", "other"}


def run(*args):
    return CliRunner().invoke(main, ["run", *args, "--device", "cpu", "-q"], catch_exceptions=False)


@pytest.fixture(scope="module")
def captures(tmp_path_factory):
    # No --cache-dir: the session's shared Inductor cache would hit and the scheduler would not run.
    # Each run compiles cold into its own cache folder under --out; the warm run reuses it.
    out = tmp_path_factory.mktemp("fusion")
    common = ("--out", str(out))
    for args in (("matmul_relu", "layernorm_gelu"), (TINY_GPT, "--backward"), ("matmul_relu", "--warm")):
        result = run(*args, *common)
        assert result.exit_code == 0, result.output
    runs = {}
    for name in ("matmul_relu", "layernorm_gelu", "tiny_gpt.make"):
        folders = sorted(p for p in (out / name).iterdir() if p.is_dir())
        runs[name] = [f for f in folders if not f.name.endswith("-warm")][0]
    runs["matmul_relu_warm"] = [f for f in sorted((out / "matmul_relu").iterdir()) if f.name.endswith("-warm")][0]
    return runs


def trips(folder):
    return fusion_reasons.capture_trips(folder, build(folder))


def test_every_graph_compiled_cold_has_its_decisions(captures):
    for name in ("matmul_relu", "layernorm_gelu", "tiny_gpt.make"):
        folder = captures[name]
        log = json.loads((folder / "fusion_log.json").read_text())
        labels = {l["graph"] for l in json.loads((folder / "kernels.json").read_text())["launches"]}
        assert labels <= {g["graph"] for g in log["graphs"]}, name
        for g in log["graphs"]:
            assert g["operations"], name
            assert any(e["text"].startswith("===== attempting fusion") for e in g["events"])


def test_matmul_relu_the_mm_output_is_a_library_call_round_trip(captures):
    (rt,) = trips(captures["matmul_relu"])
    assert rt.written_by == "extern_kernels.mm" and rt.category == "extern_call"
    assert "inspect run matmul_relu --mode max-autotune" in rt.reason


def test_layernorm_gelu_fuses_into_one_kernel_and_the_log_shows_the_fusions(captures):
    folder = captures["layernorm_gelu"]
    # one kernel: the only buffer through memory is its own statistics, re-read by a later loop
    assert all(t.written_by == t.read_by and "not a fusion decision" in t.reason for t in trips(folder))
    log = fusion_decisions.load(folder)
    fused = [d for g in log.graphs.values() for d in g.decisions if d.kind == "fused"]
    assert fused, "the scheduler's fusions were not recorded"
    assert all("same kernel" in line for line in fusion_view.lines(fusion_view.capture_groups(folder))[1:])


def test_two_layer_transformer_step_every_round_trip_has_a_reason(captures):
    folder = captures["tiny_gpt.make"]
    found = trips(folder)
    assert len(found) >= 10
    assert {t.graph for t in found} == {"0_forward", "0_backward"}
    assert {t.category for t in found} <= KNOWN
    assert all(t.reason for t in found)
    said = [t for t in found if t.inductor_says]
    assert said, "no round trip carries one of Inductor's own lines"
    for t in said:  # the CPU scheduler's texts, verbatim
        assert any(x in t.inductor_says[-1] for x in ("intermediate nodes between node1 & node2", "no shared data"))
    assert any(t.category == "extern_call" for t in found)
    # two layers: the MLP's addmm output read by the GELU kernel is one line with a count
    groups = fusion_view.capture_groups(folder).groups
    assert any(g.count >= 2 for g in groups)
    assert sum(g.count for g in groups) == len(found)


def test_run_summary_shows_the_top_three(captures):
    console = Console(record=True, width=200)
    print_run(run_view(captures["tiny_gpt.make"]), console)
    text = console.export_text()
    assert "why Inductor did not fuse them" in text and "top 3 by estimated cost" in text
    head = text.index("why Inductor did not fuse them")
    assert text[head:].count("  • ") >= 3


def test_a_warm_capture_says_it_has_no_decisions(captures):
    folder = captures["matmul_relu_warm"]
    assert json.loads((folder / "fusion_log.json").read_text())["graphs"] == []
    view = fusion_view.capture_groups(folder)
    assert "scheduler did not run" in view.note
    assert "scheduler did not run" in fusion_view.lines(view)[0]
    # the library call's round trip needs no log
    assert [t.category for t in view.trips] == ["extern_call"]
    assert store.latest(folder.parent.parent, "matmul_relu") is not None


@pytest.mark.gpu
def test_gpu_captures_carry_the_decisions_and_max_autotune_answers_the_mm_round_trip(tmp_path):
    """On a GPU (torch 2.11, Triton): matmul_relu default and max-autotune, softmax_dropout."""
    out = tmp_path / "gpu"
    for args in (("matmul_relu", "softmax_dropout"), ("matmul_relu", "--mode", "max-autotune")):
        result = CliRunner().invoke(main, ["run", *args, "--device", "cuda", "--out", str(out), "-q"],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
    default, tuned = sorted((out / "matmul_relu").glob("*-cuda-default")), sorted((out / "matmul_relu").glob("*-max-autotune"))
    folders = [default[0], tuned[0], sorted((out / "softmax_dropout").glob("2*"))[0]]
    for folder in folders:
        log = fusion_decisions.load(folder)
        assert log is not None and log.graphs, folder
        found = trips(folder)
        assert {t.category for t in found} <= KNOWN and all(t.reason for t in found), folder
    (mm,) = [t for t in trips(default[0]) if t.written_by.startswith("extern_kernels")]
    assert "max-autotune" in mm.reason
    lines = fusion_reasons.compare(trips(default[0]), trips(tuned[0]), fusion_reasons.kernel_sources(tuned[0]))
    # either a template took the ReLU (the round trip is gone), or the library call won and B says so
    assert any(line.startswith("gone in B") for line in lines) or "max-autotune tuned mm" in " ".join(lines + [
        t.reason for t in trips(tuned[0])])
