"""Tests for inspect bench: timing, the long-format CSV, the table built from it, and the CLI.

Real torch.compile calls are slow on the CPU (~15 s each cold), so only the `silu_run` fixture
compiles (once, shared by the tests that read its CSV); the other runs use eager and fake providers.
"""

from __future__ import annotations

import dataclasses
import io
import math
import os
import random
from datetime import datetime

import pytest
import torch
from click.testing import CliRunner
from rich.console import Console

import experiments
from inspector.bench import providers
from inspector.commands.bench import bench
from inspector.bench.run import BenchConfig, BenchConfigError, plan, problems, run_bench
from inspector.bench.table import COLUMNS, COPY_EXPERIMENT, Row, bench_table, read_csv
from inspector.core.timing import copy_bandwidth, host_share, time_fn, timing_from_samples

HAS_CUDA = torch.cuda.is_available()
TIMED_METRICS = {"median_ms", "p20_ms", "p80_ms", "gb_per_s", "frac_copy_bw", "speedup_vs_eager",
                 "speedup_vs_compile", "correct", "max_abs_err"}


def runner() -> CliRunner:
    try:  # click < 8.2 mixes stderr into stdout unless told not to
        return CliRunner(mix_stderr=False)
    except TypeError:
        return CliRunner()


def metrics(rows: list[Row], experiment: str, provider: str) -> dict[str, Row]:
    return {r.metric: r for r in rows if r.experiment == experiment and r.provider == provider}


def render(rows: list[Row]) -> str:
    console = Console(file=io.StringIO(), width=250, record=True)
    console.print(bench_table(rows))
    return console.export_text()


@pytest.fixture(scope="module")
def silu_run(tmp_path_factory):
    """One real bench through the CLI: silu 64x256 fp32 (bf16 on a GPU), eager vs torch.compile."""
    seed = int(os.environ.get("INSPECTOR_TEST_SEED", random.SystemRandom().randrange(2**31)))
    torch.manual_seed(seed)
    print(f"[seed] silu_run: INSPECTOR_TEST_SEED={seed}")
    out = tmp_path_factory.mktemp("bench") / "sub" / "silu.csv"
    device = "cuda" if HAS_CUDA else "cpu"
    dtype = "bf16" if HAS_CUDA else "fp32"
    result = runner().invoke(bench, ["silu", "--shape", "64x256", "--dtype", dtype, "--device", device,
                                     "--providers", "eager,compile", "--rounds", "2", "--out", str(out)])
    return result, out, device, dtype


def test_real_bench_writes_long_format_csv(silu_run):
    result, out, device, dtype = silu_run
    assert result.exit_code == 0, result.output + result.stderr
    assert f"wrote {out}" in result.output
    assert "compile: compiling and checking" in result.stderr  # progress lines go to stderr

    with open(out) as f:
        assert f.readline().strip().split(",") == list(COLUMNS)
    rows = read_csv(out)
    for provider in ("eager", "compile"):
        m = metrics(rows, "silu", provider)
        cuda_only = {"peak_mem_mib", "host_us", "host_share"} if device == "cuda" else set()
        other = "compile" if provider == "eager" else "eager"  # the tie verdict against the other baseline
        assert set(m) == TIMED_METRICS | cuda_only | {f"tie_vs_{other}"}, provider  # no tflop_per_s: silu counts no FLOPs
        assert m[f"tie_vs_{other}"].value in (0.0, 1.0) and "p20-p80" in m[f"tie_vs_{other}"].note
        if device == "cuda":
            assert m["host_us"].value > 0 and m["host_us"].unit == "us" and m["host_share"].value > 0
        assert m["correct"].value == 1 and m["max_abs_err"].value >= 0
        med, p20, p80 = m["median_ms"].value, m["p20_ms"].value, m["p80_ms"].value
        assert 0 < p20 <= med <= p80
        nbytes = 2 * 64 * 256 * (2 if dtype == "bf16" else 4)
        assert math.isclose(m["gb_per_s"].value, nbytes / (med * 1e-3) / 1e9, rel_tol=1e-9)
        assert m["median_ms"].unit == "ms" and m["gb_per_s"].unit == "GB/s"
    eager, compiled = metrics(rows, "silu", "eager"), metrics(rows, "silu", "compile")
    assert eager["speedup_vs_eager"].value == 1.0 and compiled["speedup_vs_compile"].value == 1.0
    ratio = eager["median_ms"].value / compiled["median_ms"].value
    assert math.isclose(compiled["speedup_vs_eager"].value, ratio, rel_tol=1e-9)

    copy = metrics(rows, COPY_EXPERIMENT, "copy")
    assert copy["gb_per_s"].value > 0 and copy["median_ms"].value > 0
    assert math.isclose(eager["frac_copy_bw"].value, eager["gb_per_s"].value / copy["gb_per_s"].value, rel_tol=1e-9)
    assert ("1 GiB" if device == "cuda" else "256 MiB") in copy["gb_per_s"].note

    assert {r.shape for r in rows if r.experiment == "silu"} == {"64x256"}
    assert {(r.dtype, r.device, r.torch) for r in rows if r.experiment == "silu"} == {(dtype, device, torch.__version__)}
    stamps = {r.timestamp for r in rows}
    assert len(stamps) == 1 and datetime.fromisoformat(stamps.pop()).utcoffset().total_seconds() == 0


def test_table_renders_from_csv_read_back(silu_run):
    _, out, device, _ = silu_run
    text = render(read_csv(out))
    assert "silu" in text and "64x256" in text and "copy ceiling" in text
    lines = [ln for ln in text.splitlines() if ln.startswith("│") and (" eager " in ln or " compile " in ln)]
    assert len(lines) == 2 and all("ok (max err" in ln for ln in lines)
    assert "1.00x" in lines[0]  # eager vs eager
    if device == "cpu":
        assert "CPU rows: wall-clock loop" in text


def test_host_share_counts_the_l2_flush_before_each_sample():
    # zeroing 256 MiB at 4 TB/s takes 0.0671 ms: 100 us of host time against a 0.1 ms kernel is 60%
    assert math.isclose(host_share(100.0, 0.1, 4000.0), 0.1 / (0.1 + 2**28 / 4e12 * 1e3), rel_tol=1e-12)
    assert host_share(200.0, 0.1, 4000.0) > 1 > host_share(20.0, 0.1, 4000.0)


def test_table_flags_rows_whose_host_time_reaches_the_gpu_time():
    base = dict(shape="8192x4096", dtype="bf16", device="cuda", device_name="NVIDIA H200", torch="2.11.0",
                triton="3.6.0", timestamp="2026-12-01T00:00:00+00:00")

    def timed(provider, median_ms, host, share):
        return [Row("layernorm_backward", provider, "median_ms", median_ms, "ms", **base),
                Row("layernorm_backward", provider, "host_us", host, "us", **base),
                Row("layernorm_backward", provider, "host_share", share, "fraction", **base)]

    rows = timed("handwritten", 0.108, 114.0, 0.65) + timed("compile", 0.54, 700.0, 1.15)
    text = render(rows)
    assert "host-bound" in text and "compile (700 us on the host, 540 us on the GPU)" in text
    assert "handwritten (114" not in text
    assert "host-bound" not in render(timed("handwritten", 0.108, 60.0, 0.35))


def test_handwritten_skipped_on_cpu_with_note():
    rows = run_bench(BenchConfig(experiments=("silu",), shape="3x781", device="cpu",
                                 providers=("eager", "handwritten"), rounds=1), progress=lambda _: None)
    skipped = metrics(rows, "silu", "handwritten")
    assert set(skipped) == {"skipped"} and "interpreter" in skipped["skipped"].note
    assert metrics(rows, "silu", "eager")["correct"].value == 1
    assert problems(rows) == []
    assert "skipped: on the CPU Triton kernels run only" in render(rows)


def test_default_out_folder_and_timestamped_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner().invoke(bench, ["silu", "--shape", "2x100", "--device", "cpu", "--providers", "eager", "--rounds", "1"])
    assert result.exit_code == 0, result.output + result.stderr
    files = os.listdir(tmp_path / "captured_kernels" / "_bench")
    assert len(files) == 1
    datetime.strptime(files[0], "bench-%Y%m%d-%H%M%S.csv")
    assert f"wrote {os.path.join('captured_kernels', '_bench', files[0])}" in result.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["silx"], "unknown experiment 'silx'; did you mean silu"),
        (["silu", "--shape", "64y"], "bad --shape"),
        (["matmul_relu", "--shape", "64x64"], "MxNxK"),
        (["silu", "--dtype", "fp8"], "unknown dtype 'fp8'"),
        (["silu", "--device", "gpu"], "unknown device 'gpu'"),
        (["silu", "--providers", "eager,fast"], "unknown provider 'fast': choose from eager, compile, compile-max-autotune, handwritten"),
        (["silu", "--rounds", "0"], "--rounds must be at least 1"),
        pytest.param(["silu", "--device", "cuda"], "no CUDA GPU",
                     marks=pytest.mark.skipif(HAS_CUDA, reason="only without a GPU")),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, args, message):
    out = tmp_path / "never.csv"
    result = runner().invoke(bench, [*args, "--out", str(out)])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr + result.output
    assert not out.exists()


def test_failing_and_wrong_providers_recorded_exit_1(tmp_path, monkeypatch):
    def boom(spec, device):
        def fn(*inputs):
            raise RuntimeError("kernel exploded\nsecond line of detail")
        return fn

    def one_nan(spec, device):
        def fn(*inputs):
            out = spec.eager(*inputs).clone()
            out[-1, -1] = float("nan")  # one unwritten element: NaN must never pass
            return out
        return fn

    monkeypatch.setitem(providers.PROVIDERS, "boom", boom)
    monkeypatch.setitem(providers.PROVIDERS, "one-nan", one_nan)
    out = tmp_path / "fail.csv"
    result = runner().invoke(bench, ["silu", "--shape", "5x1823", "--device", "cpu", "--providers",
                                     "eager,boom,one-nan", "--rounds", "1", "--out", str(out)])
    assert result.exit_code == 1, result.output + result.stderr
    rows = read_csv(out)
    failed = metrics(rows, "silu", "boom")
    assert set(failed) == {"failed"}
    assert failed["failed"].note == "RuntimeError: kernel exploded | second line of detail"
    wrong = metrics(rows, "silu", "one-nan")
    assert wrong["correct"].value == 0 and "1/9115 elements out of tolerance" in wrong["correct"].note
    assert wrong["median_ms"].value > 0  # a wrong provider is still timed, and flagged
    assert metrics(rows, "silu", "eager")["correct"].value == 1
    assert "silu/boom failed: RuntimeError: kernel exploded" in result.stderr
    assert "silu/one-nan incorrect" in result.stderr
    assert "FAILED" in result.output and "WRONG" in result.output


def test_plan_defaults_and_forced_max_autotune():
    _, jobs = plan(BenchConfig(experiments=("silu", "matmul_relu"), device="cpu"))
    by_name = {j.spec.name: j for j in jobs}
    assert by_name["silu"].providers == ("eager", "compile", "handwritten")
    assert by_name["matmul_relu"].providers == ("eager", "compile", "compile-max-autotune", "handwritten")
    assert by_name["silu"].shape == experiments.get("silu").default_shape("cpu")
    assert by_name["silu"].dtype == torch.float32
    _, jobs = plan(BenchConfig(experiments=("silu",), device="cpu", providers=("compile-max-autotune", "eager", "eager")))
    assert jobs[0].providers == ("compile-max-autotune", "eager")
    _, jobs = plan(BenchConfig(device="cpu"))
    assert [j.spec.name for j in jobs] == list(experiments.REGISTRY)


def test_other_launchers_of_the_kernel_file_are_providers():
    _, jobs = plan(BenchConfig(experiments=("softmax",), device="cpu", providers=("handwritten", "handwritten:softmax_unfused")))
    assert jobs[0].providers == ("handwritten", "handwritten:softmax_unfused")
    for bad in ("handwritten:nope", "handwritten:_softmax_kernel", "handwritten:torch"):
        with pytest.raises(BenchConfigError, match="choose one of softmax, softmax_unfused"):
            plan(BenchConfig(experiments=("softmax",), device="cpu", providers=(bad,)))


def test_unsupported_dtype_is_a_config_error(monkeypatch):
    fp32_only = dataclasses.replace(experiments.get("silu"), dtypes=(torch.float32,))
    monkeypatch.setitem(experiments.REGISTRY, "silu", fp32_only)
    with pytest.raises(BenchConfigError, match="silu does not support bf16; it supports fp32"):
        plan(BenchConfig(experiments=("silu",), device="cpu", dtype="bf16"))


def test_cpu_timing_and_percentiles():
    t = timing_from_samples([float(v) for v in range(1, 12)])
    assert (t.median_ms, t.p20_ms, t.p80_ms) == (6.0, 3.0, 9.0)
    x = torch.randn(300, 1000)
    t = time_fn(lambda: torch.exp(x), "cpu", warmup_ms=5, rep_ms=20)
    assert 0 < t.p20_ms <= t.median_ms <= t.p80_ms
    copy = copy_bandwidth("cpu", nbytes=16 << 20)
    assert copy.gb_per_s > 0 and "16 MiB" in copy.label
    assert math.isclose(copy.gb_per_s, 2 * copy.nbytes / (copy.timing.median_ms * 1e-3) / 1e9)


@pytest.mark.gpu
def test_gpu_bench_all_providers_on_a_row_experiment():
    rows = run_bench(BenchConfig(experiments=("rmsnorm",), shape="4096x5000", dtype="bf16", device="cuda",
                                 providers=("eager", "compile", "compile-max-autotune", "handwritten"), rounds=2),
                     progress=lambda _: None)
    copy = metrics(rows, COPY_EXPERIMENT, "copy")["gb_per_s"].value
    assert copy > 500, "a GPU copies far faster than 500 GB/s"
    for provider in ("eager", "compile", "compile-max-autotune"):
        m = metrics(rows, "rmsnorm", provider)
        assert m["correct"].value == 1, m["correct"].note
        assert 0 < m["frac_copy_bw"].value < 1.2 and m["median_ms"].value > 0
    # the kernel's own correctness is tested in its test file; here: the bench recorded one clear state
    hand = metrics(rows, "rmsnorm", "handwritten")
    if "skipped" in hand:
        assert hand["skipped"].note.startswith("handwritten kernel not available:")
    elif "failed" in hand:
        assert hand["failed"].note and problems(rows)
    else:
        assert hand["correct"].value in (0, 1) and hand["correct"].note
        assert hand["gb_per_s"].value > 0 and "speedup_vs_compile" in hand
    assert "rmsnorm" in render(rows)


@pytest.mark.gpu
def test_gpu_peak_memory_of_fused_and_unfused_softmax():
    shape = (2048, 4096)
    rows = run_bench(BenchConfig(experiments=("softmax",), shape="2048x4096", dtype="bf16", device="cuda",
                                 providers=("eager", "handwritten", "handwritten:softmax_unfused"), rounds=1),
                     progress=lambda _: None)
    out_mib = shape[0] * shape[1] * 2 / 2**20
    peak = {p: metrics(rows, "softmax", p)["peak_mem_mib"].value for p in ("eager", "handwritten", "handwritten:softmax_unfused")}
    for p in peak:
        assert metrics(rows, "softmax", p)["correct"].value == 1
    # the fused kernel allocates its output only; the unfused one adds two fp32 values per row;
    # the naive eager reference holds at least two (M, N) temporaries at once
    assert peak["handwritten"] == pytest.approx(out_mib, rel=0.05)
    assert out_mib <= peak["handwritten:softmax_unfused"] < out_mib * 1.1
    assert peak["eager"] >= 2 * out_mib
    assert "peak MiB" in render(rows)


# ---- training-step experiments (losses): forward + gradients -------------------------------------

def test_loss_is_benched_as_its_training_step(monkeypatch):
    """eager of a loss is timed as forward + autograd.grad and checked on the loss and gradient;
    a step whose gradient is 1% off is caught."""
    def off_by_one_percent(spec, device):  # the same loss, its gradient 1.01x
        def loss(*inputs):
            value = spec.eager(*inputs)
            return value * 1.01 - value.detach() * 0.01
        return loss

    monkeypatch.setitem(providers.PROVIDERS, "wrong-grad", off_by_one_percent)
    rows = run_bench(BenchConfig(experiments=("mse_loss", "cross_entropy"), shape=None, device="cpu",
                                 providers=("eager", "wrong-grad"), rounds=1), progress=lambda _: None)
    for name in ("mse_loss", "cross_entropy"):
        ok = metrics(rows, name, "eager")
        assert ok["correct"].value == 1 and "1 gradient(s) ok" in ok["correct"].note, ok["correct"].note
        assert ok["median_ms"].value > 0
        bad = metrics(rows, name, "wrong-grad")
        assert bad["correct"].value == 0 and "gradient 1" in bad["correct"].note
    assert len(problems(rows)) == 2


def test_check_step_rules():
    from experiments._spec import Tolerance
    from inspector.core.policy import check_step

    tol = Tolerance(1e-6, 1e-6)
    loss, grad = torch.tensor(0.5), torch.randn(7)
    assert check_step((loss, grad), (loss.double(), grad.double()), tol, tol).passed
    assert not check_step(loss, (loss, grad), tol, tol).passed  # the loss alone: gradients missing
    nan_grad = grad.clone()
    nan_grad[3] = float("nan")
    result = check_step((loss, nan_grad), (loss, grad), tol, tol)
    assert not result.passed and "gradient 1" in result.detail and "(3,)" in result.detail


@pytest.mark.gpu
def test_gpu_losses_all_providers_forward_and_backward():
    for name, shape in (("mse_loss", "4099x1000"), ("cross_entropy", "300x32003"), ("preference_loss", "100003")):
        rows = run_bench(BenchConfig(experiments=(name,), shape=shape, dtype="bf16", device="cuda",
                                     providers=("eager", "compile", "handwritten"), rounds=1), progress=lambda _: None)
        for provider in ("eager", "compile", "handwritten"):
            m = metrics(rows, name, provider)
            assert m["correct"].value == 1, (name, provider, m["correct"].note)
            assert m["median_ms"].value > 0 and m["peak_mem_mib"].value > 0


def test_an_experiments_baselines_are_providers():
    """attention_lite names scaled_dot_product_attention as `sdpa`: in its default list, checked
    and timed like the others; for an experiment without it the row says so."""
    _, jobs = plan(BenchConfig(experiments=("attention_lite",), device="cpu"))
    assert jobs[0].providers == ("eager", "compile", "compile-max-autotune", "sdpa", "handwritten")
    rows = run_bench(BenchConfig(experiments=("attention_lite", "silu"), shape=None, device="cpu",
                                 providers=("eager", "sdpa"), rounds=1), progress=lambda _: None)
    sdpa = metrics(rows, "attention_lite", "sdpa")
    assert sdpa["correct"].value == 1 and sdpa["tflop_per_s"].value > 0
    assert "has no provider 'sdpa'" in metrics(rows, "silu", "sdpa")["skipped"].note
    with pytest.raises(BenchConfigError, match="choose from eager, compile, compile-max-autotune, handwritten, sdpa"):
        plan(BenchConfig(experiments=("attention_lite",), device="cpu", providers=("flash",)))


def test_loss_launchers_nesting_their_gradients_are_flattened(device):
    """preference_loss returns (loss, (grad_chosen, grad_rejected)): the bench compares it flat."""
    assert providers.flatten((1, (2, 3))) == (1, 2, 3) and providers.flatten(4) == (4,)
    spec = experiments.get("preference_loss")
    step = providers.training_step(spec.eager, spec.grad_inputs)
    inputs = spec.make_inputs((64,), torch.float32, device, None)
    from handwritten.preference_loss import preference_loss
    from inspector.core.policy import check_step
    from inspector.core.policy import upcast
    ref = step(*(upcast(t) for t in inputs))
    got = providers.flatten(preference_loss(*inputs))
    result = check_step(got, ref, spec.tolerance(torch.float32), spec.grad_tolerance(torch.float32, inputs))
    assert result.passed, result.describe()


def test_several_shapes_are_benched_in_one_run(tmp_path):
    _, jobs = plan(BenchConfig(experiments=("cross_entropy",), shape=("64x5003", "16x20011", "64x5003"), device="cpu",
                               providers=("eager",)))
    assert [j.shape for j in jobs] == [(64, 5003), (16, 20011)]
    result = runner().invoke(bench, ["cross_entropy", "--shape", "8x1000", "--shape", "4x3001", "--device", "cpu",
                                     "--providers", "eager", "--rounds", "1", "--out", str(tmp_path / "b.csv")])
    assert result.exit_code == 0, result.output + result.stderr
    assert "8x1000" in result.output and "4x3001" in result.output


def test_timing_rows_from_aggregated_rounds():
    """A timed provider's rows: roofline from its median, a speed-up over each baseline that was timed,
    a tie verdict only against another provider, host rows only where host time was measured."""
    from inspector.bench.run import _RowMaker, _timing_rows
    from inspector.core.timing import CopyBandwidth, Timing
    from inspector.versions import Versions

    make_row = _RowMaker(Versions("cuda", "gpu", "t", "tr", "py", None), "ts", "exp", "8x8", "fp32")
    copy = CopyBandwidth("cuda", 10**9, Timing(2.0, 1.9, 2.1), "copy")  # 2e9 bytes in 2 ms: 1000 GB/s
    totals = {"eager": Timing(4.0, 3.0, 5.0), "handwritten": Timing(2.0, 1.5, 2.5)}
    rows = {r.metric: r for r in _timing_rows("handwritten", 3, totals, {"handwritten": 10.0}, 10**9, 0, copy,
                                              make_row)}
    assert rows["median_ms"].value == 2.0 and rows["median_ms"].note == "3 rounds"
    assert rows["gb_per_s"].value == pytest.approx(500.0)  # 1e9 bytes in 2 ms
    assert rows["frac_copy_bw"].value == pytest.approx(0.5)
    assert rows["speedup_vs_eager"].value == pytest.approx(2.0)
    assert rows["tie_vs_eager"].value == 0.0  # 1.5-2.5 ms against 3-5 ms: no overlap
    assert {"speedup_vs_compile", "tie_vs_compile", "tflop_per_s"}.isdisjoint(rows)
    assert rows["host_us"].value == 10.0 and "host_share" in rows
    eager = {r.metric for r in _timing_rows("eager", 3, totals, {}, 10**9, 0, copy, make_row)}
    assert "tie_vs_eager" not in eager and "host_us" not in eager and "speedup_vs_eager" in eager
