"""The step profile: a compiled call's time split into parts that add up to the measured call.

Inputs: a trimmed real GPU capture (tests/fixtures/profiles/gpt2_small_h100_step.json.gz, its
provenance inside), the committed matmul_relu H200 references, and synthetic profiles."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path
from types import SimpleNamespace

import pytest
from rich.console import Console

from inspector.analysis import step_profile as sp
from inspector.analysis.compare_runs import compare
from inspector.capture.profile import REGION, STEP, cpu_records, device_span
from inspector.report import step_view
from inspector.report.diff_render import comparison_view

ROOT = Path(__file__).resolve().parent.parent
GPT2 = ROOT / "tests/fixtures/profiles/gpt2_small_h100_step.json.gz"
MATMUL = ROOT / "captured_kernels/matmul_relu"


def gpt2() -> dict:
    with gzip.open(GPT2, "rt") as f:
        return json.load(f)


def gpt2_profile() -> sp.StepProfile:
    d = gpt2()
    profile = sp.from_files(d["profile"], d["kernels_json"], d["results"], d["compile_metrics"])
    assert profile is not None
    return profile


def test_gpt2_parts_add_up_to_the_measured_step():
    d, profile = gpt2(), gpt2_profile()
    measured = d["results"]["steady"]["compiled"]["median_ms"] * 1e3
    assert profile.total_us == pytest.approx(sum(p.us_per_call for p in profile.parts))
    assert profile.agreement is not None and profile.agreement <= 0.05
    # this profile predates spans: what the launches account for must itself be most of the call
    busy = sum(p.us_per_call for p in profile.parts if p.group != sp.IDLE)
    assert 0.95 * measured <= busy <= measured
    assert profile.idle_method == "measured"
    idle = [p for p in profile.parts if p.group == sp.IDLE]
    assert len(idle) == 1 and idle[0].us_per_call == pytest.approx(measured - busy)
    # every launch of the call is in exactly one part
    launches = len(d["profile"]["launches"]) + sum(h["launches_per_call"] for h in d["profile"]["harness_kernels"].values())
    assert profile.launches_per_call == pytest.approx(launches)
    assert sum(p.share for p in profile.parts) == pytest.approx(1.0)
    assert [p.us_per_call for p in profile.parts] == sorted((p.us_per_call for p in profile.parts), reverse=True)


def test_gpt2_parts_by_graph_and_library():
    d, profile = gpt2(), gpt2_profile()
    assert profile.graphs == ["forward", "backward"]
    by = {(p.group, p.graph, p.label): p for p in profile.parts}
    for graph in ("forward", "backward"):
        assert by[(sp.LIBRARY, graph, "cuBLAS")].launches_per_call >= 12  # one per layer at least
        assert by[(sp.LIBRARY, graph, "cuDNN")].us_per_call > 0  # cuDNN's attention
    # each generated kernel that ran is one part, in its own graph
    generated = {k["name"]: k["graph"].rpartition("_")[2] for k in d["kernels_json"]["kernels"]}
    ran = {l["name"] for l in d["profile"]["launches"]}
    for name, graph in generated.items():
        if name in ran:
            assert (sp.KERNEL, graph, name) in by
    assert any(p.group == sp.MEMSET for p in profile.parts)
    assert any(p.group == sp.OUTSIDE and p.launches_per_call > 100 for p in profile.parts)  # gradient accumulation
    assert not any(p.group == sp.LIBRARY and p.label.startswith("triton_") for p in profile.parts)


def test_terminal_shows_the_top_parts_and_one_line_for_the_rest():
    profile = gpt2_profile()
    console = Console(width=200, record=True)
    console.print(step_view.terminal_view(profile))
    text = console.export_text()
    top, rest = profile.top()
    assert len(top) == sp.TERMINAL_ROWS and rest["parts"] == len(profile.parts) - sp.TERMINAL_ROWS
    assert f"{rest['launches']:.0f} more launches in {rest['parts']:.0f} parts" in text
    assert f"{rest['share']:.1%} of the step: see the report" in text
    hidden = profile.parts[-1].label
    assert hidden not in text
    assert "cuBLAS" in text and "host overhead" in text


def test_report_view_has_every_part_grouped_by_graph_in_three_orders():
    profile = gpt2_profile()
    view = step_view.report_view(profile)
    assert [o["label"] for o in view["orders"]] == ["time", "launches", "name"]
    for order in view["orders"]:
        assert [g["graph"] for g in order["groups"]] == ["forward", "backward", "outside the graphs"]
        assert sum(len(g["rows"]) for g in order["groups"]) == len(profile.parts)
    names = [r[0] for g in view["orders"][2]["groups"] for r in g["rows"] if g["graph"] == "forward"]
    assert names == sorted(names)


def test_span_gives_idle_and_the_parts_add_up_to_it():
    profile = {"launches": [{"name": "triton_poi_fused_relu_0", "us": 20.0, "op": "triton_poi_fused_relu_0", "graph_index": 0},
                            {"name": "Memset (Device)", "us": 1.0, "op": "aten::mm", "graph_index": 0},
                            {"name": "nvjet_sm90_tst_256x128", "us": 170.0, "op": "aten::mm", "graph_index": 0}],
               "harness_kernels": {}, "span": {"us_per_call": 200.0, "busy_us_per_call": 185.0}}
    s = sp.build(profile, [{"name": "triton_poi_fused_relu_0", "graph": "0_inference"}], ["0_inference"], measured_ms=0.205)
    assert s.idle_method == "span" and s.total_us == pytest.approx(200.0)
    parts = {p.key: p.us_per_call for p in s.parts}
    assert parts["idle"] == pytest.approx(15.0)
    assert parts["overlap"] == pytest.approx(-6.0)  # 191 µs of launches were busy for 185 µs
    assert s.agreement == pytest.approx(5 / 205)


def test_matmul_relu_references_copies_and_no_double_count():
    for run in ("ref-h200-torch2.11.0-default", "ref-h200-torch2.11.0-max-autotune"):
        folder = MATMUL / run
        s = step_view.load(folder)
        measured = json.loads((folder / "results.json").read_text())["steady"]["compiled"]["median_ms"] * 1e3
        busy = sum(p.us_per_call for p in s.parts if p.group != sp.IDLE)
        assert 0.9 * measured <= busy <= measured, run  # the profiler's bookkeeping events are not counted twice
    copies = [p for p in s.parts if p.group == sp.COPIES]
    assert [p.label for p in copies] == ["CUDA-graph input copies"] and copies[0].launches_per_call == 2


def test_old_profile_without_launches_still_gives_parts():
    s = step_view.load(MATMUL / "ref-h100-torch2.11.0-default")
    assert {p.label for p in s.parts} >= {"cuBLAS", "triton_poi_fused_relu_0", "memsets"}
    assert s.total_us == pytest.approx(json.loads((MATMUL / "ref-h100-torch2.11.0-default/results.json").read_text())
                                       ["steady"]["compiled"]["median_ms"] * 1e3)


def test_diff_explains_the_measured_difference_with_parts():
    c = compare(MATMUL / "ref-h200-torch2.11.0-default", MATMUL / "ref-h200-torch2.11.0-max-autotune")
    measured = (c.compiled_ms[1] - c.compiled_ms[0]) * 1e3
    assert sum(d.delta_us for d in c.time_parts) == pytest.approx(measured, rel=1e-6)
    by = {d.label: d for d in c.time_parts}
    assert by["CUDA-graph input copies"].us_a is None and by["CUDA-graph input copies"].delta_us > 40
    assert by["cuBLAS"].us_b is None and by["triton_tem_fused_mm_relu_0"].us_a is None
    view = comparison_view(c)
    assert view["time_parts"][0][0] == "triton_tem_fused_mm_relu_0"  # the largest change first
    assert "the deltas add up to" in view["time_parts_line"] and "measured" in view["time_parts_line"]


def test_difference_with_spans_adds_a_timing_row():
    def one(us, span, measured):
        return sp.build({"launches": [{"name": "triton_k", "us": us, "op": "triton_k", "graph_index": 0}],
                         "span": {"us_per_call": span, "busy_us_per_call": us}}, [], ["0_forward"], measured)

    a, b = one(100.0, 110.0, 0.112), one(80.0, 95.0, 0.094)
    rows = sp.difference(a, b)
    assert sum(r.delta_us for r in rows) == pytest.approx((0.094 - 0.112) * 1e3)
    assert rows[-1].label.startswith("steady-state timing")
    assert sp.difference(a, None) == []


def synthetic(launches: int, kernels: int = 150, seed: int = 0) -> dict:
    rng = random.Random(seed)
    names = [f"triton_poi_fused_k_{i}" for i in range(kernels)] + ["nvjet_sm90_tst_128x128", "Memset (Device)"]
    rows = []
    for i in range(launches):
        name = rng.choice(names)
        rows.append({"name": name, "us": rng.uniform(1, 50), "op": "aten::mm" if not name.startswith("triton") else name,
                     "graph_index": 0 if i < launches // 3 else 1})
    busy = sum(r["us"] for r in rows)
    return {"launches": rows, "harness_kernels": {}, "span": {"us_per_call": busy * 1.03, "busy_us_per_call": busy}}


def test_ten_thousand_launches_stay_short():
    profile = sp.build(synthetic(10_000), [], ["0_forward", "0_backward"], None)
    assert profile.launches_per_call == 10_000
    assert len(profile.parts) <= 2 * 152 + 2  # one per unique kernel and graph, not per launch
    console = Console(width=160, record=True)
    console.print(step_view.terminal_view(profile))
    lines = console.export_text().splitlines()
    assert len(lines) <= 2 * sp.TERMINAL_ROWS + 10
    assert "more launches in" in lines[-2]
    assert sum(p.us_per_call for p in profile.parts) == pytest.approx(profile.total_us)


def test_device_span_merges_overlapping_events():
    events = [{"start_us": 0.0, "us": 10.0}, {"start_us": 5.0, "us": 10.0}, {"start_us": 30.0, "us": 10.0},
              {"start_us": 50.0, "us": 10.0}]
    span = device_span(events, calls=2)
    assert span["us_per_call"] == pytest.approx(30.0) and span["busy_us_per_call"] == pytest.approx(17.5)
    assert device_span([], 3) == {}


def _event(name, start, end, parent=None):
    return SimpleNamespace(name=name, time_range=SimpleNamespace(start=start, end=end), cpu_parent=parent)


def test_cpu_records_take_the_median_step_and_the_regions_children():
    events = []
    for i, (length, kernel) in enumerate(((900.0, 500.0), (300.0, 100.0), (320.0, 120.0))):
        t = i * 1000.0
        step = _event(STEP, t, t + length)
        region = _event("## Call CompiledFxGraph abc ##", t + 10, t + 10 + kernel + 60, step)
        k = _event("graph_0_cpp_fused_gelu_0", t + 20, t + 20 + kernel, region)
        mm = _event("aten::mm", t + 20 + kernel, t + 60 + kernel, region)
        inner = _event("aten::resolve_conj", t + 21 + kernel, t + 22 + kernel, mm)
        acc = _event("aten::add_", t + length - 30, t + length - 20, _event("torch::autograd::AccumulateGrad", 0, 0, step))
        events += [step, region, k, mm, inner, acc]
    assert REGION.match(events[1].name)
    out = cpu_records(events, calls=3)
    assert out["span"]["us_per_call"] == 320.0  # the median step, whole
    assert [l["name"] for l in out["launches"]] == ["cpp_fused_gelu_0", "aten::mm"]
    assert out["harness_kernels"]["aten::add_"]["us_per_call"] == 10.0
    s = sp.build(out, [{"name": "cpp_fused_gelu_0", "graph": "0_forward"}], ["0_forward"], None, device="cpu")
    labels = {p.label: p for p in s.parts}
    assert labels["cpp_fused_gelu_0"].group == sp.KERNEL and labels["ATen mm"].group == sp.LIBRARY
    assert s.total_us == pytest.approx(320.0) and "Python wrapper" in next(p.label for p in s.parts if p.key == "idle")
    # timed apart, the host's part is the measured time minus the kernels' (the profiler slows the host)
    timed = sp.build(out, [{"name": "cpp_fused_gelu_0", "graph": "0_forward"}], ["0_forward"], 0.25, device="cpu")
    assert timed.idle_method == "measured" and timed.total_us == pytest.approx(250.0)
    assert next(p for p in timed.parts if p.key == "idle").us_per_call == pytest.approx(250.0 - 170.0)


@pytest.mark.slow
def test_cpu_capture_of_a_training_step_has_its_step_profile(tmp_path, inductor_cache_dir):
    """tiny_gpt's training step on the CPU: C++ kernel times from Inductor's kernel profiling,
    both graphs, parts that add up to the measured step, the kernels within it (within 5%) unless
    the measurement itself was noisy (another process shared the CPU)."""
    from click.testing import CliRunner

    from inspector import store
    from inspector.cli import main

    result = CliRunner().invoke(main, ["run", "tests/fixtures/user_code/tiny_gpt.py:make", "--backward", "--device", "cpu",
                                       "--out", str(tmp_path), "--cache-dir", inductor_cache_dir], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    folder = store.latest(tmp_path, "tiny_gpt.make").path
    s = step_view.load(folder)
    assert s is not None and s.device == "cpu" and s.idle_method == "measured"
    assert s.graphs == ["forward", "backward"]
    kernels = [p for p in s.parts if p.group == sp.KERNEL]
    assert {p.graph for p in kernels} == {"forward", "backward"}
    recorded = {k["name"] for k in json.loads((folder / "kernels.json").read_text())["kernels"]}
    assert {p.label for p in kernels} <= recorded  # the profiler's names are the captured kernels' names
    assert any(p.group == sp.LIBRARY and p.label.endswith("mm") for p in s.parts)
    assert sum(p.us_per_call for p in s.parts) == pytest.approx(s.total_us)
    assert all(p.us_per_call > 0 for p in s.parts if p.group != sp.IDLE)
    assert "Where the compiled call's time goes (CPU)" in result.output
    results = json.loads((folder / "results.json").read_text())
    from inspector.core.timing_noise import noisy_sides

    busy = sum(p.us_per_call for p in s.parts if p.group != sp.IDLE)
    # the host's part is what the kernels leave of the measured call, never below zero
    assert s.total_us == pytest.approx(max(s.measured_us, busy))
    if noisy_sides(results["steady"]):
        pytest.skip(f"the steady-state timing was noisy here: kernels {busy:.0f} µs vs measured {s.measured_us:.0f} µs")
    assert busy <= 1.05 * s.measured_us, (busy, s.measured_us)


@pytest.mark.gpu
@pytest.mark.parametrize("mode", ["default", "max-autotune"])
def test_gpu_capture_parts_add_up_to_the_measured_call(tmp_path, inductor_cache_dir, mode):
    """On a GPU the profile records the span of the calls; the parts (kernels, copies, memsets and
    idle) add up to the steady-state median within 5%, through the span where it agrees with the
    timed call and through the timed call where the profiler inflated the span; with CUDA graphs
    the input copies are a part of their own."""
    from click.testing import CliRunner

    from inspector import store
    from inspector.cli import main

    result = CliRunner().invoke(main, ["run", "matmul_relu", "--device", "cuda", "--mode", mode, "--out", str(tmp_path),
                                       "--cache-dir", inductor_cache_dir], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    folder = store.latest(tmp_path, "matmul_relu").path
    s = step_view.load(folder)
    assert s is not None and s.span_us is not None
    assert s.idle_method == "span" or abs(s.span_us - s.measured_us) > 0.05 * s.measured_us
    assert sum(p.us_per_call for p in s.parts) == pytest.approx(s.total_us)
    assert s.agreement <= 0.05, (s.total_us, s.measured_us)
    graphs_used = json.loads((folder / "compile_metrics.json").read_text())["cudagraphs"]["used"]
    copies = [p for p in s.parts if p.label == "CUDA-graph input copies"]
    assert bool(copies) == graphs_used


def test_report_page_has_the_step_table_without_scripts():
    from inspector.report.html import render
    from inspector.report.html_model import build_report

    html = render(build_report([MATMUL / "ref-h200-torch2.11.0-max-autotune"]))
    section = html[html.index("Where the compiled call"):]
    section = section[:section.index("</div>")]
    assert section.count("<table class=\"step") == 3  # by time, launches, name: radio buttons, no script
    assert "CUDA-graph input copies" in section and "multi_tensor_apply_kernel 2x" in section
    assert "latency/occupancy-bound" in section  # the template kernel's bound, from the counters
    assert "<script" not in html


def _capture_folder(tmp_path: Path) -> Path:
    """A capture folder holding the GPT-2 fixture's files (kernel table rows need an order)."""
    d = gpt2()
    kernels = d["kernels_json"]
    for i, launch in enumerate(kernels["launches"]):
        launch["order"] = i
    files = {"manifest.json": {"experiment": "tiny_gpt.gpt2_small", "run_id": "r", "status": "ok", "device": "cuda"},
             "kernels.json": kernels, "results.json": d["results"], "compile_metrics.json": d["compile_metrics"],
             "profile.json": d["profile"]}
    for name, data in files.items():
        (tmp_path / name).write_text(json.dumps(data))
    return tmp_path


@pytest.mark.parametrize("all_kernels", [False, True])
def test_run_summary_at_model_scale(tmp_path, all_kernels):
    from inspector.report.console import print_run, run_view

    console = Console(width=200, record=True)
    print_run(run_view(_capture_folder(tmp_path)), console, all_kernels=all_kernels)
    text = console.export_text()
    assert "Where the compiled call's time goes (device)" in text
    assert ("Generated kernels (launch order)" in text) == all_kernels
    assert ("--all-kernels" in text) != all_kernels


def test_diff_page_lists_every_time_part(tmp_path):
    from inspector.report.diff_render import write_comparison_html

    c = compare(MATMUL / "ref-h200-torch2.11.0-default", MATMUL / "ref-h200-torch2.11.0-max-autotune")
    page = write_comparison_html(c, tmp_path / "diff.html").read_text()
    assert "Where the compiled call's time difference comes from" in page
    assert all(d.label.split("(")[0].strip() in page for d in c.time_parts)


def test_report_of_a_ten_thousand_launch_capture_stays_small(tmp_path):
    from inspector.report.html import render
    from inspector.report.html_model import build_report

    profile = synthetic(10_000)
    names = sorted({l["name"] for l in profile["launches"] if l["name"].startswith("triton_")})
    kernels = {"kernels": [{"name": n, "graph": "0_forward", "kind": "pointwise", "file": f"kernels/{n}.py"} for n in names],
               "launches": [{"graph": "0_forward" if l["graph_index"] == 0 else "0_backward", "order": i, "target": l["name"],
                             "kind": "triton"} for i, l in enumerate(profile["launches"])]}
    run = tmp_path / "big" / "20261206-000000-cuda-default"
    run.mkdir(parents=True)
    files = {"manifest.json": {"experiment": "big", "run_id": run.name, "status": "ok", "device": "cuda"},
             "kernels.json": kernels, "results.json": {"device": "cuda", "steady": {"compiled": {"median_ms": 260.0}}},
             "compile_metrics.json": {}, "profile.json": profile}
    for name, data in files.items():
        (run / name).write_text(json.dumps(data))
    html = render(build_report([run]))
    assert "Where the compiled call" in html and "10000 launches per call" in html
    assert len(html.encode()) < 2_000_000
