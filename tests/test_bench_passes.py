"""Tests for `inspect bench --pass forward|backward|step`: the views of an experiment each pass
times, the backward timed without its forward, and the pass in the CSV, the table and the report."""

from __future__ import annotations

import io
import time

import pytest
import torch
from rich.console import Console

import experiments
from inspector.bench import passes, providers
from inspector.bench.checks import reference_output
from inspector.bench.run import BenchConfig, BenchConfigError, plan, problems, run_bench
from inspector.bench.table import bench_table, read_csv, write_csv
from inspector.core.policy import gradient_tolerance
from inspector.core.timing import time_fn

HAS_CUDA = torch.cuda.is_available()
QUIET = dict(progress=lambda _: None)


def by(rows, experiment, provider, phase):
    return {r.metric: r for r in rows if (r.experiment, r.provider, r.phase) == (experiment, provider, phase)}


def test_plan_checks_the_passes_an_experiment_has():
    _, jobs = plan(BenchConfig(experiments=("attention_lite", "mse_loss"), device="cpu", passes=("forward", "backward")))
    assert [(j.spec.name, j.pass_, j.phase) for j in jobs] == [
        ("attention_lite", "forward", ""), ("attention_lite", "backward", "backward"),
        ("mse_loss", "forward", "forward"), ("mse_loss", "backward", "backward")]
    _, natural = plan(BenchConfig(experiments=("mse_loss", "silu"), device="cpu"))
    assert [(j.pass_, j.phase) for j in natural] == [("step", ""), ("forward", "")]
    with pytest.raises(BenchConfigError, match=r"int8_matmul has no --pass backward \(its inputs are not differentiable\)"):
        plan(BenchConfig(experiments=("int8_matmul",), device="cpu", passes=("backward",)))
    with pytest.raises(BenchConfigError, match="softmax_dropout has no --pass step .*random"):
        plan(BenchConfig(experiments=("softmax_dropout",), device="cpu", passes=("step",)))
    with pytest.raises(BenchConfigError, match="unknown --pass 'both'"):
        plan(BenchConfig(experiments=("silu",), device="cpu", passes=("both",)))
    _, every = plan(BenchConfig(device="cpu", passes=("backward",)))  # all experiments: those that have it
    names = {j.spec.name for j in every}
    assert "layernorm_backward" in names and "attention_lite" in names
    assert not names & {"int8_matmul", "softmax_dropout"}


def test_the_views_inputs_reference_and_bytes():
    spec = experiments.get("layernorm_gelu")
    step = passes.view(spec, "step")
    inputs = step.make_inputs((8, 32), torch.float32, "cpu", None)
    assert len(inputs) == 4 and inputs[-1].shape == (8, 32)  # x, weight, bias and the upstream gradient
    assert step.grad_inputs == (0, 1, 2) and step.grad_output and step.flops((8, 32)) == 0
    out, dx, dw, db = reference_output(step, inputs)
    assert out.dtype == torch.float64 and dx.shape == (8, 32) and dw.shape == db.shape == (32,)
    elem = 4
    forward = spec.bytes_moved((8, 32), torch.float32)
    grads = (8 * 32 + 2 * 32) * elem
    assert step.bytes_moved((8, 32), torch.float32) == forward + grads + 8 * 32 * elem  # + g read
    assert passes.view(spec, "backward").bytes_moved((8, 32), torch.float32) == forward + grads
    rule = step.grad_tolerance(torch.float32, inputs)  # the one gradient rule, as `inspect run --backward`
    assert rule(dw) == gradient_tolerance(spec.tolerance(torch.float32), dw)
    loss = passes.view(experiments.get("mse_loss"), "forward")
    assert loss.grad_inputs == () and loss.bytes_moved((8, 32), torch.float32) == 2 * 8 * 32 * elem
    assert passes.view(spec, "forward") is spec and passes.view(experiments.get("mse_loss"), "step").grad_inputs


def test_backward_only_runs_the_forward_outside_the_timed_call():
    calls = {"forward": 0}
    spec = experiments.get("mse_loss")

    def counted(*inputs):
        calls["forward"] += 1
        return spec.eager(*inputs)

    fn = passes.BackwardOnly(counted, spec.grad_inputs, False)
    inputs = spec.make_inputs((16, 8), torch.float64, "cpu", None)
    ref = reference_output(spec, inputs)
    fn.prepare(*inputs)
    assert calls["forward"] == 1
    loss, grad = fn(*inputs)  # consumes the prepared graph: no second forward
    assert calls["forward"] == 1 and torch.allclose(grad, ref[1]) and torch.allclose(loss, ref[0])
    fn(*inputs)  # nothing prepared: the forward runs first
    assert calls["forward"] == 2


def test_setup_runs_before_every_timed_call_and_is_not_timed():
    order = []
    timing = time_fn(lambda: order.append("fn"), "cpu", warmup_ms=1, rep_ms=5,
                     setup=lambda: (order.append("setup"), time.sleep(0.002)))
    assert order[:4] == ["setup", "fn", "setup", "fn"] and order.count("setup") == order.count("fn")
    assert timing.median_ms < 1  # the 2 ms sleeps of the setup are outside


def test_every_pass_runs_checked_on_the_cpu(tmp_path):
    """eager and torch.compile through forward, backward and step of a plain experiment, a loss
    and a backward kernel's experiment; a provider whose gradient is 1% off is caught in the backward."""
    def off_by_one_percent(spec, device):
        def fn(*inputs):
            value = spec.eager(*inputs)
            return value * 1.01 - value.detach() * 0.01
        return fn

    out = tmp_path / "passes.csv"
    mp = pytest.MonkeyPatch()
    mp.setitem(providers.PROVIDERS, "wrong-grad", off_by_one_percent)
    try:
        rows = run_bench(BenchConfig(experiments=("rmsnorm", "mse_loss", "layernorm_backward"), shape="16x96",
                                     device="cpu", providers=("eager", "compile", "wrong-grad", "handwritten"),
                                     rounds=1, passes=("forward", "backward", "step"), out=out), **QUIET)
    finally:
        mp.undo()
    for experiment, natural in (("rmsnorm", "forward"), ("mse_loss", "step"), ("layernorm_backward", "step")):
        for p in passes.PASSES:
            phase = "" if p == natural else p
            for provider in ("eager", "compile"):
                m = by(rows, experiment, provider, phase)
                assert m["correct"].value == 1 and m["median_ms"].value > 0, (experiment, p, provider, m)
            wrong = by(rows, experiment, "wrong-grad", phase)
            assert wrong["correct"].value == (1 if p == "forward" else 0), (experiment, p)
    skipped = by(rows, "mse_loss", "handwritten", "backward")["skipped"].note
    assert "loss and its gradients in one pass" in skipped
    assert "forward only" in by(rows, "rmsnorm", "handwritten", "step")["skipped"].note
    assert "interpreter" in by(rows, "layernorm_backward", "handwritten", "backward")["skipped"].note  # served, CPU
    assert len(problems(rows)) == 6  # wrong-grad in the backward and step of the three
    back = read_csv(out)
    assert {r.phase for r in back} == {"", "forward", "backward", "step"}
    console = Console(file=io.StringIO(), width=250, record=True)
    console.print(bench_table(back))
    text = console.export_text()
    assert "rmsnorm [backward]" in text and "mse_loss [forward]" in text and "layernorm_backward " in text


def test_a_csv_from_before_the_pass_column_reads_as_natural(tmp_path):
    rows = run_bench(BenchConfig(experiments=("silu",), shape="8x8", device="cpu", providers=("eager",), rounds=1), **QUIET)
    path = write_csv(rows, tmp_path / "new.csv")
    old = tmp_path / "old.csv"
    lines = path.read_text().splitlines()
    old.write_text("\n".join(",".join(line.split(",")[:-1]) for line in lines) + "\n")  # drop the last column
    assert lines[0].endswith(",phase") and all(r.phase == "" for r in read_csv(old))


def test_report_keeps_each_pass_apart(tmp_path):
    from inspector.report.bench_model import bench_view, handwritten_lookup

    rows = run_bench(BenchConfig(experiments=("silu",), shape="8x8", device="cpu", providers=("eager",), rounds=1,
                                 passes=("forward", "backward")), **QUIET)
    view = bench_view([write_csv(rows, tmp_path / "b.csv")])
    assert sorted(e.label for e in view.entries) == ["silu", "silu [backward]"]
    assert handwritten_lookup(view)("silu", "8x8", "fp32", rows[-1].device_name) is None


@pytest.mark.gpu
def test_gpu_backward_pass_of_the_norm_kernels_and_attention():
    """The handwritten norm backward, eager, torch.compile and sdpa timed as the backward alone."""
    for name, shape, chosen in (("layernorm_backward", "1000x1823", ("eager", "compile", "handwritten")),
                                ("rmsnorm_backward", "513x4096", ("eager", "compile", "handwritten")),
                                ("attention_lite", "2x4x513x64", ("eager", "compile", "sdpa"))):
        rows = run_bench(BenchConfig(experiments=(name,), shape=shape, dtype="bf16", device="cuda", providers=chosen,
                                     rounds=1, passes=("backward", "step")), **QUIET)
        assert not problems(rows), problems(rows)
        natural = experiments.get(name).natural_pass
        for provider in chosen:
            for p in ("backward", "step"):
                m = by(rows, name, provider, "" if p == natural else p)
                assert m["correct"].value == 1 and m["median_ms"].value > 0 and m["peak_mem_mib"].value >= 0


def test_the_garbage_collector_is_off_while_timing_and_back_after():
    import gc

    seen = []
    time_fn(lambda: seen.append(gc.isenabled()), "cpu", warmup_ms=1, rep_ms=2)
    time_fn(lambda: seen.append(gc.isenabled()), "cpu", warmup_ms=1, rep_ms=2, setup=lambda: None)
    assert seen and not any(seen) and gc.isenabled()
