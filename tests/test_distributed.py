"""`inspect run NAME --nproc N`: distributed captures on the CPU (gloo, 2 ranks) and the
comparison of their ranks (ranks.json, terminal, report, Perfetto).

Two compiling runs serve every slow test through module-scoped fixtures: ddp_mlp (DDPOptimizer
splits the graph at its gradient buckets; the ranks must agree) and rank_divergence (rank 1
takes another branch: the comparison must find the kernel and the source line). The failure
tests compile nothing. The fast tests build rank folders by hand.
"""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import experiments
from experiments import rank_divergence
from inspector import store
from inspector.analysis.ranks import compare
from inspector.cli import main
from inspector.report.generate import generate

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args):
    device = [] if "--device" in args else ["--device", "cpu"]
    return CliRunner().invoke(main, ["run", *args, *device], catch_exceptions=False)


def line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), start=1) if text in line)


@pytest.fixture(scope="module")
def ddp_run(tmp_path_factory, inductor_cache_dir):
    out = tmp_path_factory.mktemp("ddp")
    result = run("ddp_mlp", "--nproc", "2", "--out", str(out), "--cache-dir", str(Path(inductor_cache_dir) / "ddp_mlp"),
                 "--timeout", "600")
    return store.latest(out, "ddp_mlp"), result


@pytest.fixture(scope="module")
def divergence_run(tmp_path_factory, inductor_cache_dir):
    out = tmp_path_factory.mktemp("divergence")
    result = run("rank_divergence", "--out", str(out), "--cache-dir", str(Path(inductor_cache_dir) / "rank_divergence"),
                 "--timeout", "600")
    return store.latest(out, "rank_divergence"), result


@pytest.mark.slow
def test_ddp_mlp_captures_every_rank(ddp_run):
    ref, result = ddp_run
    assert result.exit_code == 0, result.output
    manifest = ref.manifest()
    assert manifest["status"] == "ok", manifest["error"]
    assert manifest["distributed"]["nproc"] == 2 and manifest["distributed"]["backend"] == "gloo"
    for rank in (0, 1):
        folder = ref.path / "ranks" / str(rank)
        rank_manifest = store.read_json(folder / "manifest.json")
        assert rank_manifest["status"] == "ok" and rank_manifest["rank"] == rank
        assert rank_manifest["summary"]["passed"] is True  # compiled DDP step == eager DDP step
        assert (folder / "kernels.json").is_file() and list((folder / "trace").iterdir())


@pytest.mark.slow
def test_ddp_mlp_bucketing_is_shown_and_ranks_agree(ddp_run):
    ref, result = ddp_run
    comparison = store.read_json(ref.path / "ranks.json")
    assert comparison["differences"] == []
    for rank in comparison["ranks"]:
        # 1.3 MiB of parameters, 1 MiB buckets: two subgraphs, each compiled forward and backward
        buckets = rank["ddp_buckets"]
        assert [b["name"] for b in buckets] == ["submod_0", "submod_1"]
        assert {p["name"] for b in buckets for p in b["params"]} == {f"{l}.{p}" for l in ("up", "mid", "down") for p in ("weight", "bias")}
        assert rank["graphs_compiled"] == 4
        assert rank["collectives"] == []  # DDP all-reduces in its reducer hooks, not in the graph
        assert rank["step_ms"] > 0
    skew = comparison["compile_skew"]
    assert len(skew) == 4 and all(row["skew_s"] is not None and row["skew_s"] >= 0 for row in skew)
    assert "DDPOptimizer subgraphs" in result.output and "no differences between the 2 ranks" in result.output


@pytest.mark.slow
def test_rank_divergence_is_found_with_its_source_line(divergence_run):
    ref, result = divergence_run
    assert result.exit_code == 0, result.output
    comparison = store.read_json(ref.path / "ranks.json")
    source = Path(rank_divergence.__file__)
    branch = line_of(source, "h = h * torch.sigmoid(h)")
    kinds = [d["kind"] for d in comparison["differences"]]
    assert "graph" in kinds and "kernel" in kinds and "guards" in kinds
    graph = next(d for d in comparison["differences"] if d["kind"] == "graph")
    assert {(w["rank"], Path(w["file"]).name, w["line"]) for w in graph["where"]} == {(1, source.name, branch)}
    # the kernels of the two ranks differ, and the one only rank 1 has is traced to the branch
    only_rank1 = [k for k in comparison["kernels"] if k["hashes"]["0"] is None and k["hashes"]["1"]]
    assert only_rank1 and any(u["line"] == branch for k in only_rank1 for u in k["user_lines"]) or \
        any(w.get("line") == branch for d in comparison["differences"] if d["kind"] == "kernel" for w in d["where"])
    assert comparison["kernel_diffs"] and all(d["diff"].startswith("--- rank 0") for d in comparison["kernel_diffs"])
    guard = next(d for d in comparison["differences"] if d["kind"] == "guards")
    assert "size=[32, 64]" in guard["what"] and "size=[48, 64]" in guard["what"]
    # the all_reduce traced into the graph: in both output codes, same op, group, size and order
    collectives = comparison["collectives"]
    assert collectives["order_matches"] is True
    for rank in ("0", "1"):
        [c] = collectives["per_rank"][rank]
        assert c["op"].startswith("all_reduce") and c["sizes"] == [[128]]
    assert f"{source.name}:{branch}" in result.output  # the terminal table names the line


@pytest.mark.slow
def test_report_has_a_ranks_section_and_per_rank_tracks(divergence_run, tmp_path):
    ref, _ = divergence_run
    out, model, _ = generate([ref.path], tmp_path / "report.html")
    assert sorted(r.path.name for r in model.runs) == ["0", "1"]  # the job stands for its rank captures
    html = out.read_text()
    assert 'id="ranks"' in html and "What differs between the ranks" in html
    [trace] = (tmp_path / "report-perfetto").glob("*-ranks.trace.json")
    events = json.loads(trace.read_text())["traceEvents"]
    names = {e["pid"]: e["args"]["name"] for e in events if e.get("name") == "process_name"}
    assert sorted(names.values()) == ["rank_divergence rank 0", "rank_divergence rank 1"]
    assert {e["pid"] for e in events if e.get("ph") == "X"} == set(names)


@pytest.mark.slow
def test_a_crashing_rank_is_recorded_and_nothing_hangs(tmp_path):
    result = run(f"{FIXTURES / 'rank_failures.py'}:crash", "--nproc", "2", "--out", str(tmp_path), "--timeout", "300")
    assert result.exit_code == 1
    [ref] = store.runs(tmp_path)
    ranks = {r["rank"]: r for r in ref.manifest()["distributed"]["ranks"]}
    assert ranks[1]["status"] == "failed" and "exit code 7" in ranks[1]["error"]
    assert ranks[0]["status"] == "failed" and "rank 1 failed first" in ranks[0]["error"]
    assert ref.manifest()["distributed"]["timed_out"] is False
    assert (ref.path / "ranks" / "0" / "manifest.json").is_file() and (ref.path / "ranks.json").is_file()


@pytest.mark.slow
def test_the_job_timeout_stops_every_rank(tmp_path):
    result = run(f"{FIXTURES / 'rank_failures.py'}:hang", "--nproc", "2", "--out", str(tmp_path), "--timeout", "8")
    assert result.exit_code == 1
    [ref] = store.runs(tmp_path)
    manifest = ref.manifest()
    assert manifest["distributed"]["timed_out"] is True
    for rank in (0, 1):
        error = store.read_json(ref.path / "ranks" / str(rank) / "manifest.json")["error"]
        assert error["phase"] == "timeout" and "8 s" in error["message"]


@pytest.mark.parametrize("args, message", [
    (("ddp_mlp", "--nproc", "0"), "--nproc must be 1 or more"),
    (("ddp_mlp", "silu", "--nproc", "2"), "one experiment at a time"),
    (("--all", "--nproc", "2"), "one experiment at a time"),
    (("ddp_mlp", "--shape", "4x4"), "builds its own model and inputs"),
    (("ddp_mlp", "--nproc", "2", "--device", "cuda"), None),
])
def test_bad_input_is_one_line_and_exit_2(args, message, tmp_path):
    import torch

    if "cuda" in args and torch.cuda.device_count() >= 2:
        pytest.skip("this machine has the GPUs")
    result = run(*args, "--out", str(tmp_path))
    assert result.exit_code == 2
    assert message is None or message in result.output
    assert "Traceback" not in result.output and not list(tmp_path.iterdir())


def test_list_shows_distributed_experiments_and_get_points_to_nproc():
    result = CliRunner().invoke(main, ["list"])
    assert result.exit_code == 0
    for name in experiments.DISTRIBUTED:
        assert name in result.output
    assert "--nproc" in result.output
    with pytest.raises(KeyError, match="--nproc"):
        experiments.get("ddp_mlp")


def _fake_rank(job: Path, rank: int, kernel_src: str, graph_lines: list[str], collectives: list[str]) -> None:
    folder = job / "ranks" / str(rank)
    (folder / "kernels").mkdir(parents=True)
    (folder / "graphs").mkdir()
    (folder / "kernels" / "k.cpp").write_text(kernel_src)
    (folder / "graphs" / "0_0-dynamo_output_graph.txt").write_text("\n".join(graph_lines))
    launches = [{"graph": "0_inference", "order": i, "target": f"torch.ops._c10d_functional.{op}.default", "kind": "extern",
                 "args": ["buf0", "'sum'", "'0'"], "bytes": 512} for i, op in enumerate(collectives)]
    store.write_json(folder / "kernels.json", {"kernels": [{"name": "cpp_fused_0", "file": "kernels/k.cpp", "graph": "0_inference"}],
                                               "launches": launches})
    store.write_json(folder / "compile_metrics.json", {"frames": [{"compile_id": "0/0", "graphs": [{"graph": "forward", "inductor_s": 1.0 + rank}]}],
                                                       "graph_count": 1, "graphs_compiled": 1, "cache": {"fx_graph": {"hit": 0, "miss": 1}}})
    store.write_json(folder / "manifest.json", {"status": "ok", "rank": rank})
    store.write_json(folder / "results.json", {"steady": {"compiled": {"median_ms": 1.0 + rank}}})


def test_compare_finds_kernel_graph_and_collective_order_differences(tmp_path):
    common = ["# File: /src/model.py:10 in forward, code: h = self.up(x)", 'linear: "f32[4, 4]" = torch._C._nn.linear(l_x_, w, b)']
    _fake_rank(tmp_path, 0, "kernel A", common, ["all_reduce_", "all_gather_into_tensor"])
    _fake_rank(tmp_path, 1, "kernel B", common + ["# File: /src/model.py:12 in forward, code: h = h * torch.sigmoid(h)",
                                                  'sigmoid: "f32[4, 4]" = torch.sigmoid(linear)'],
               ["all_gather_into_tensor", "all_reduce_"])
    result = compare(tmp_path)
    by_kind = {d["kind"]: d for d in result["differences"]}
    assert by_kind["graph"]["where"] == [{"rank": 1, "file": "/src/model.py", "line": 12, "code": "h = h * torch.sigmoid(h)"}]
    assert "cpp_fused_0" in by_kind["kernel"]["what"] and "collectives" in by_kind
    assert result["collectives"]["order_matches"] is False
    assert "-kernel A" in result["kernel_diffs"][0]["diff"] and "+kernel B" in result["kernel_diffs"][0]["diff"]
    [skew] = result["compile_skew"]
    assert skew["skew_s"] == pytest.approx(1.0) and skew["slowest_rank"] == "1"
    assert result["step_ms"]["skew_ms"] == pytest.approx(1.0)


def test_compare_agrees_on_identical_ranks(tmp_path):
    lines = ["# File: /src/model.py:10 in forward, code: h = self.up(x)", 'h_1: "f32[4, 4]" = h.mean(0)']
    for rank in (0, 1):
        _fake_rank(tmp_path, rank, "same kernel", lines, ["all_reduce_"])
    result = compare(tmp_path)
    assert result["differences"] == [] and result["collectives"]["order_matches"] is True
    assert all(row["same"] for row in result["kernels"])


@pytest.mark.gpu
@pytest.mark.parametrize("name", ["ddp_mlp", "fsdp_mlp"])
def test_one_rank_on_the_gpu(name, tmp_path):
    """NCCL with one rank: what a single-GPU machine can show of the distributed path."""
    result = run(name, "--nproc", "1", "--device", "cuda", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    manifest = store.latest(tmp_path, name).manifest()
    assert manifest["distributed"]["backend"] == "nccl" and manifest["status"] == "ok"
