"""Tests for inspect sweep: parameter parsing, the grid, a real sweep of a Triton kernel (under the
interpreter on the CPU), the rows and best point derived from it, the SVG chart, and the CLI.

The kernel is tests/fixtures/sweep_kernels.py (x + y with SWEEP = BLOCK_SIZE x num_warps), named
through the Experiment tests.fixtures.sweep_experiments:ADD. Shapes are tiny (8x200 = 1600
elements: not a multiple of 128 or 256, so `vector_add_no_tail` is wrong there) and the timing
budget is a few ms per point: the interpreter runs each call in ~2-30 ms.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import torch
from click.testing import CliRunner

import experiments
from inspector.bench.sweep import (
    SweepConfig, SweepError, grid, load_kernel, parse_params, parse_value, plan, run_sweep, value_type,
)
from inspector.bench.sweep_results import PointResult, all_invalid, best, parse_provider, problems, provider_name, results
from inspector.commands.sweep import default_out, sweep
from inspector.bench.sweep_plot import chart_model, render_svg, x_param
from inspector.bench.table import read_csv
from tests.fixtures import sweep_kernels
from tests.fixtures.sweep_experiments import ADD

ADD_REF = "tests.fixtures.sweep_experiments:ADD"
FAST = dict(warmup_ms=1.0, rep_ms=3.0)
FAST_ARGS = ["--warmup-ms", "1", "--rep-ms", "3"]
SVG = "{http://www.w3.org/2000/svg}"
HAS_CUDA = torch.cuda.is_available()


def runner() -> CliRunner:
    try:  # click < 8.2 mixes stderr into stdout unless told not to
        return CliRunner(mix_stderr=False)
    except TypeError:
        return CliRunner()


def is_pow2(n: int) -> bool:
    return n >= 16 and n & (n - 1) == 0


def numel(shape: str) -> int:
    return math.prod(int(d) for d in shape.split("x"))


# ---------------------------------------------------------------- parsing and the grid

def test_value_types_follow_the_candidates():
    assert value_type([1, 2]) is int and value_type([True, False]) is bool
    assert value_type([0.5, 1]) is float and value_type(["a", "b"]) is str
    assert parse_value("0x400", [1]) == 1024 and parse_value("2.5", [1.0]) == 2.5
    assert parse_value("yes", [True]) is True and parse_value("off", [True]) is False
    assert parse_value("none", [None, 4]) is None and parse_value("evict_first", ["", "evict_last"]) == "evict_first"
    for text, cands in [("x", [1]), ("1.5", [1]), ("maybe", [True]), ("abc", [1.0])]:
        with pytest.raises(ValueError):
            parse_value(text, cands)


def test_parse_params_and_grid():
    table = sweep_kernels.SWEEP
    assert parse_params([], table) == table  # no --param: the full SWEEP grid
    assert parse_params(["num_warps"], table) == {"num_warps": table["num_warps"]}
    params = parse_params(["BLOCK_SIZE=64,100,64", "num_warps=1,4"], table)
    assert params == {"BLOCK_SIZE": [64, 100], "num_warps": [1, 4]}  # repeats dropped, order kept
    points = grid(params)
    assert len(points) == math.prod(len(v) for v in params.values())
    assert len({tuple(p.items()) for p in points}) == len(points)
    assert [p["BLOCK_SIZE"] for p in points] == [64, 64, 100, 100]  # first key varies slowest
    assert len(grid(parse_params([], table))) == math.prod(len(v) for v in table.values())


@pytest.mark.parametrize("raw, words", [
    (["BLOCK=64"], ["unknown parameter 'BLOCK'", "BLOCK_SIZE", "num_warps"]),
    (["num_warps=four"], ["'four' is not a whole number", *map(str, sweep_kernels.SWEEP["num_warps"])]),
    (["num_warps=1", "num_warps=2"], ["given twice"]),
])
def test_parse_params_errors_name_the_valid_choices(raw, words):
    with pytest.raises(SweepError) as err:
        parse_params(raw, sweep_kernels.SWEEP)
    for w in words:
        assert w in str(err.value)


def test_provider_name_round_trip():
    point = {"BLOCK_SIZE": 1024, "num_warps": 4, "fast": True}
    name = provider_name("vector_add", point)
    assert parse_provider(name) == ("vector_add", {k: str(v) for k, v in point.items()})
    assert parse_provider("eager") == ("eager", {})


# ---------------------------------------------------------------- resolving the kernel

def test_load_kernel_reads_sweep_and_launcher_defaults():
    kernel = load_kernel(ADD, None)
    assert kernel.name == "vector_add" and kernel.sweep == sweep_kernels.SWEEP
    assert kernel.defaults == {"BLOCK_SIZE": 1024, "num_warps": 4}  # the launcher's signature
    no_tail = load_kernel(ADD, "vector_add_no_tail")
    assert no_tail.fn is sweep_kernels.vector_add_no_tail
    assert no_tail.sweep == sweep_kernels.SWEEP_NO_TAIL  # its own table wins over the shared one
    four = load_kernel(ADD, "vector_add_4_warps")  # shared table, minus the keyword it does not take
    assert four.sweep == {"BLOCK_SIZE": sweep_kernels.SWEEP["BLOCK_SIZE"]} and four.defaults == {"BLOCK_SIZE": 1024}
    with pytest.raises(SweepError, match="the kernel sweeps BLOCK_SIZE"):
        parse_params(["num_warps=4"], four.sweep)


@pytest.mark.parametrize("experiment, launcher, words", [
    ("tests.fixtures.sweep_experiments:NO_SWEEP", None, ["defines no SWEEP"]),
    ("tests.fixtures.sweep_experiments:NO_KERNEL", None, ["names no handwritten kernel"]),
    (ADD_REF, "vector_mul", ["no launcher 'vector_mul'", "vector_add", "vector_add_no_tail"]),
    (ADD_REF, "_add_kernel", ["no launcher '_add_kernel'"]),
    ("no_such_experiment", None, ["unknown experiment"]),
    ("tests.fixtures.sweep_experiments:MISSING", None, ["defines no 'MISSING'"]),
])
def test_plan_errors(experiment, launcher, words):
    with pytest.raises(SweepError) as err:
        plan(SweepConfig(experiment, launcher=launcher, device="cpu"))
    for w in words:
        assert w in str(err.value)


@pytest.mark.parametrize("name", [n for n, s in experiments.REGISTRY.items() if s.handwritten])
def test_builtin_experiments_either_sweep_or_say_why_not(name):
    """The kernel files are gaining SWEEP tables: either the plan is the full grid, or it says the table is missing."""
    spec = experiments.get(name)
    module = __import__(spec.handwritten.partition(":")[0], fromlist=["_"])
    if not hasattr(module, "SWEEP"):
        with pytest.raises(SweepError, match="defines no SWEEP"):
            plan(SweepConfig(name, device="cpu"))
        return
    p = plan(SweepConfig(name, device="cpu"))
    assert len(p.points) == math.prod(len(v) for v in module.SWEEP.values())
    assert p.shapes == (spec.default_shape("cpu"),)


# ---------------------------------------------------------------- a real sweep

@pytest.fixture(scope="module")
def add_rows():
    config = SweepConfig(ADD_REF, params=("BLOCK_SIZE=64,100,256", "num_warps=1,2"), shapes=("8x200", "4x256"),
                         device="cuda" if HAS_CUDA else "cpu", **FAST)
    return config, run_sweep(config, progress=lambda line: None)


def test_every_point_is_checked_and_classified(add_rows):
    config, rows = add_rows
    points = results(rows)
    p = plan(config)
    assert len(points) == len(p.shapes) * len(p.points)
    for r in points:
        block = int(r.params["BLOCK_SIZE"])
        assert r.status == ("ok" if is_pow2(block) else "invalid"), (r.provider, r.note)
        if r.status == "invalid":
            assert "power of two" in r.note and math.isnan(r.median_ms)
        else:
            assert r.p20_ms <= r.median_ms <= r.p80_ms
            # GB/s is the experiment's bytes model over the median time
            nbytes = ADD.bytes_moved(tuple(int(d) for d in r.shape.split("x")), torch.float32 if not HAS_CUDA else torch.bfloat16)
            assert r.gb_per_s == pytest.approx(nbytes / (r.median_ms * 1e-3) / 1e9, rel=1e-9)
    assert not problems(points) and not all_invalid(points)
    cpu_medians = [row for row in rows if row.metric == "median_ms" and row.device == "cpu"]
    assert all("not kernel performance" in row.note for row in cpu_medians)


def test_best_is_the_fastest_correct_point_per_shape(add_rows):
    _, rows = add_rows
    points = results(rows)
    chosen = best(points)
    assert set(chosen) == {"8x200", "4x256"}
    for shape, winner in chosen.items():
        ok = [r for r in points if r.shape == shape and r.status == "ok"]
        assert winner.median_ms == min(r.median_ms for r in ok)


def test_csv_round_trip_gives_the_same_results(add_rows, tmp_path):
    from inspector.bench.table import write_csv

    _, rows = add_rows
    path = write_csv(rows, tmp_path / "s.csv")
    again = results(read_csv(path))
    assert [(r.shape, r.provider, r.status) for r in again] == [(r.shape, r.provider, r.status) for r in results(rows)]
    assert [r.median_ms for r in again if r.status == "ok"] == pytest.approx(
        [r.median_ms for r in results(rows) if r.status == "ok"])


def test_a_swept_keyword_of_the_reference_is_passed_to_it():
    """add_mul's scale s changes the result: each point is checked against eager with the same s."""
    device = "cuda" if HAS_CUDA else "cpu"
    rows = run_sweep(SweepConfig("add_mul", params=("s=1.0,10.0", "BLOCK_SIZE=256"), shapes=("1000",), device=device,
                                 **FAST), progress=lambda line: None)
    points = results(rows)
    assert [r.params["s"] for r in points] == ["1.0", "10.0"]
    assert all(r.status == "ok" for r in points), [r.note for r in points]
    # the check is not vacuous: the kernel's s = 10 result is far from eager's default s = 2
    from handwritten.add_mul import add_mul
    x, y = experiments.get("add_mul").make_inputs((1000,), torch.float32, device, None)
    assert not torch.allclose(add_mul(x, y, s=10.0), experiments.get("add_mul").eager(x, y), atol=1e-2)


def test_wrong_points_are_found_and_not_timed():
    rows = run_sweep(SweepConfig(ADD_REF, params=("BLOCK_SIZE=64,128,256",), shapes=("8x200",), device="cpu",
                                 launcher="vector_add_no_tail", **FAST), progress=lambda line: None)
    points = results(rows)
    n = numel("8x200")
    for r in points:
        block = int(r.params["BLOCK_SIZE"])
        assert r.status == ("ok" if n % block == 0 else "incorrect"), r.note
        if r.status == "incorrect":  # the unwritten tail is NaN
            assert f"{n % block}/{n} elements out of tolerance" in r.note and math.isnan(r.median_ms)
    assert len(problems(points)) == sum(n % int(r.params["BLOCK_SIZE"]) != 0 for r in points)
    assert set(best(points)["8x200"].params.values()) == {"64"}


# ---------------------------------------------------------------- the chart

def fake(shape: str, block: int, warps: int, ms: float, status: str = "ok") -> PointResult:
    gbs = 1e6 / (ms * 1e-3) / 1e9 if status == "ok" else math.nan
    return PointResult("e", shape, provider_name("k", {"BLOCK_SIZE": block, "num_warps": warps}), "k",
                       {"BLOCK_SIZE": str(block), "num_warps": str(warps)}, status, "",
                       ms if status == "ok" else math.nan, ms, ms, gbs)


def test_chart_model_best_over_other_params_and_gaps():
    pts = [fake("a", 1024, 4, 2.0), fake("a", 1024, 8, 1.0), fake("a", 256, 4, 3.0), fake("a", 512, 4, 0, "invalid"),
           fake("b", 256, 4, 0, "incorrect"), fake("b", 1024, 4, 4.0)]
    assert x_param(pts) == "BLOCK_SIZE" and x_param(pts, "num_warps") == "num_warps"
    with pytest.raises(ValueError):
        x_param(pts, "nope")
    chart = chart_model(pts, "t")
    assert chart.x_values == ("256", "512", "1024")  # numeric order, not the grid's
    a, b = chart.series
    assert "best over num_warps" in a.label
    assert [p.x for p in a.points] == ["256", "1024"] and [p.x for p in b.points] == ["1024"]
    assert a.points[-1].value == max(r.gb_per_s for r in pts if r.shape == "a" and r.status == "ok")
    assert [p.is_best for p in a.points] == [False, True]


def test_svg_has_axes_units_and_one_line_per_shape():
    pts = [fake(s, b, w, ms) for s, base in (("8192x4096", 0.05), ("1024x1024", 0.01))
           for b in (256, 512, 1024) for w, ms in ((4, base * 1.2), (8, base * 512 / b))]
    svg = render_svg(chart_model(pts, "inspect sweep: t", "bf16, H100", copy_gb_per_s=3000.0))
    root = ET.fromstring(svg)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "throughput, GB/s (bytes model / median time)" in texts
    assert "BLOCK_SIZE (launch parameter)" in texts and {"256", "512", "1024"} <= set(texts)
    assert any(t and t.startswith("copy ceiling 3,000 GB/s") for t in texts)
    assert len(root.findall(f"{SVG}g[@class='series']")) == 2
    assert len(root.findall(f".//{SVG}polyline")) == 2  # no gaps: one solid line each
    tips = [c.find(f"{SVG}title").text for c in root.iter(f"{SVG}circle") if c.find(f"{SVG}title") is not None]
    assert len(tips) == 6 and all(" ms, " in t for t in tips)


# ---------------------------------------------------------------- the CLI

def test_cli_writes_csv_and_svg_and_prints_the_best(tmp_path):
    out = tmp_path / "sub" / "sweep.csv"
    result = runner().invoke(sweep, [ADD_REF, "--param", "BLOCK_SIZE=64,100,256", "--param", "num_warps=1,2",
                                     "--shape", "8x200", "--shape", "4x256", "--device", "cpu", "--out", str(out),
                                     *FAST_ARGS])
    assert result.exit_code == 0, result.output + result.stderr
    points = results(read_csv(out))
    chosen = best(points)
    for shape, r in chosen.items():
        assert f"best for {shape}: vector_add BLOCK_SIZE={r.params['BLOCK_SIZE']} num_warps={r.params['num_warps']}" in result.output
    assert "not kernel performance" in result.output
    title = next(line for line in result.output.splitlines() if line.startswith("inspect sweep:"))
    assert ", fp32, " in title and "int64" not in title  # the kernel's dtype, not the copy's
    root = ET.fromstring(out.with_suffix(".svg").read_text())
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "CPU: Triton interpreter time, not kernel performance" in texts
    assert "no correct point" in texts  # BLOCK_SIZE=100 was invalid everywhere
    series = root.findall(f"{SVG}g[@class='series']")
    assert [g.get("data-label").split(" ")[0] for g in series] == ["8x200", "4x256"]  # one line per shape
    for g in series:  # BLOCK_SIZE 64 and 256 drawn, joined by a dashed segment across the invalid 100
        assert len(g.findall(f"{SVG}circle[{SVG}title]")) == 2
        assert len(g.findall(f"{SVG}line[@stroke-dasharray]")) == 1
    assert f"wrote {out}" in result.output


def test_cli_wrong_point_exits_1(tmp_path):
    result = runner().invoke(sweep, [ADD_REF, "--launcher", "vector_add_no_tail", "--param", "BLOCK_SIZE=64,128",
                                     "--shape", "8x200", "--device", "cpu",
                                     "--out", str(tmp_path / "s.csv"), *FAST_ARGS])
    assert result.exit_code == 1
    assert "incorrect" in result.stderr and "BLOCK_SIZE=128" in result.stderr
    assert (tmp_path / "s.csv").exists()


@pytest.mark.parametrize("args, words", [
    ([ADD_REF, "--param", "BLOCK=64"], ["unknown parameter 'BLOCK'", "BLOCK_SIZE (128, 256, 512, 1024)"]),
    ([ADD_REF, "--param", "num_warps=x"], ["'x' is not a whole number"]),
    ([ADD_REF, "--param", "BLOCK_SIZE=100,200", "--param", "num_warps=1"], ["rejected every point", "power of two"]),
    ([ADD_REF, "--param", "BLOCK_SIZE=64", "--x", "num_warps"], ["--x 'num_warps' is not a swept parameter"]),
    ([ADD_REF, "--shape", "8"], ["bad --shape"]),
    ([ADD_REF, "--dtype", "fp8"], ["unknown dtype"]),
    (["tests.fixtures.sweep_experiments:NO_SWEEP"], ["defines no SWEEP"]),
    (["nope"], ["unknown experiment 'nope'"]),
])
def test_cli_user_errors_exit_2_with_one_line(tmp_path, args, words):
    out = tmp_path / "s.csv"
    result = runner().invoke(sweep, [*args, "--device", "cpu", "--out", str(out), *FAST_ARGS])
    assert result.exit_code == 2, result.output + result.stderr
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]
    assert len(errors) == 1 and "Traceback" not in result.stderr
    for w in words:
        assert w in errors[0]
    assert not out.exists() and not out.with_suffix(".svg").exists()


def test_default_out_names_experiment_and_utc_stamp():
    path = default_out("sweep_experiments.ADD")
    assert path.parent == Path("captured_kernels") / "_bench"
    assert path.name.startswith("sweep-sweep_experiments.ADD-") and path.suffix == ".csv"
    assert len(path.stem.rsplit("-", 2)[-1]) == 6  # HHMMSS


@pytest.mark.skipif(HAS_CUDA, reason="checks the CPU interpreter set-up")
def test_cli_sets_the_interpreter_itself_on_the_cpu(tmp_path):
    """Without TRITON_INTERPRET in the environment the command sets it before importing the kernel."""
    env = {k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET"}
    code = "from inspector.commands.sweep import sweep; sweep()"
    out = tmp_path / "s.csv"
    proc = subprocess.run([sys.executable, "-c", code, ADD_REF, "--param", "BLOCK_SIZE=256", "--param", "num_warps=1",
                           "--shape", "4x256", "--device", "cpu", "--out", str(out), *FAST_ARGS],
                          env=env, capture_output=True, text=True, timeout=120, cwd=Path(__file__).parent.parent)
    assert proc.returncode == 0, proc.stderr
    assert [r.status for r in results(read_csv(out))] == ["ok"]


def test_chart_of_a_compute_bound_sweep_is_in_tflops():
    """A matmul sweep is drawn in TFLOP/s with no copy ceiling: GB/s says nothing about it."""
    pts = [PointResult("matmul", "64x64x64", f"matmul[BLOCK_N={n}]", "matmul", {"BLOCK_N": str(n)}, "ok", "",
                       median_ms=t, p20_ms=t, p80_ms=t, gb_per_s=1.0, frac_copy_bw=0.01, device="cuda", tflop_per_s=tf)
           for n, t, tf in ((64, 0.3, 400.0), (128, 0.2, 600.0))]
    chart = chart_model(pts, "t", copy_gb_per_s=3000.0)
    assert chart.copy_gb_per_s is None and "TFLOP/s" in chart.y_label
    assert [p.value for p in chart.series[0].points] == [400.0, 600.0]
    svg = render_svg(chart)
    assert "TFLOP/s" in svg and "copy ceiling" not in svg


def test_a_swept_keyword_of_the_flops_model_counts():
    """attention_lite's causal halves the FLOPs: each point's TFLOP/s uses its own count."""
    device = "cuda" if HAS_CUDA else "cpu"
    rows = run_sweep(SweepConfig("attention_lite", params=("causal=true,false", "BLOCK_M=64", "BLOCK_N=32"),
                                 shapes=("1x1x64x16",), device=device, **FAST), progress=lambda line: None)
    spec = experiments.get("attention_lite")
    by_point = {r.provider: r for r in rows if r.metric == "tflop_per_s"}
    med = {r.provider: r.value for r in rows if r.metric == "median_ms"}
    assert len(by_point) == 2
    for provider, row in by_point.items():
        causal = "causal=True" in provider
        assert row.value == pytest.approx(spec.flops((1, 1, 64, 16), causal=causal) / (med[provider] * 1e-3) / 1e12)
    assert all(r.value == 1 for r in rows if r.metric == "correct")
