"""inspector/capture/checks.py: which gradients a --backward capture compares, the rule it
compares them by, the bad-input lines, and CPU captures of the model experiments with every
parameter's gradient compared."""

from __future__ import annotations

import functools
import math

import pytest
import torch
from click.testing import CliRunner
from torch import nn

import experiments
from inspector import store
from inspector.capture import checks
from inspector.cli import main
from inspector.core import policy
from inspector.targets import TargetError, load_target

USER = "tests/fixtures/user_code"


class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 8)
        self.frozen = nn.Linear(8, 8)
        self.frozen.requires_grad_(False)
        self.head = nn.Linear(8, 10, bias=False)
        self.head.weight = self.emb.weight

    def forward(self, ids):
        return self.head(self.frozen(self.emb(ids))).logsumexp(-1).mean()


MODULE_LEVEL = nn.Linear(3, 3)


def _reads_a_global(x):
    return MODULE_LEVEL(x).sum()


def names(fn, inputs) -> list[str]:
    return [name for name, _ in checks.grad_leaves(fn, inputs)[0]]


def test_leaves_are_inputs_and_the_parameters_the_function_holds():
    tied = Tied()
    ids = torch.randint(0, 10, (4,))
    # the module itself: a tied weight once, a frozen layer not at all
    assert names(tied, (ids,)) == ["emb.weight"]
    assert names(tied.forward, (ids,)) == ["emb.weight"]  # a bound method's self
    x = torch.randn(2, 3, requires_grad=True)
    lin = nn.Linear(3, 3)
    closure = lambda x: lin(x).sum()  # noqa: E731
    assert names(closure, (x,)) == ["input0", "weight", "bias"]
    partial = functools.partial(lambda x, model: model(x).sum(), model=lin)
    assert names(partial, (x,)) == ["input0", "weight", "bias"]
    assert names(_reads_a_global, (x,)) == ["input0", "weight", "bias"]
    # two modules: names say where each was found; a module given as an input counts too
    both = lambda model, x: model(x).sum() + lin(x).sum()  # noqa: E731
    other = nn.Linear(3, 3)
    assert names(both, (other, x)) == ["input1", "lin.weight", "lin.bias", "input0.weight", "input0.bias"]
    assert names(lambda x: x.sum(), (torch.randn(2),)) == []  # no grad anywhere


def test_norm_rule_passes_rounding_and_fails_a_wrong_gradient():
    ref = torch.randn(300, 70, dtype=torch.float64)
    limit = policy.gradient_norm_limit(torch.bfloat16, "cpu")
    assert policy.check_gradient_norm(ref.to(torch.bfloat16), ref, limit).passed  # bf16 rounding alone
    wrong = policy.check_gradient_norm((1.5 * ref).to(torch.bfloat16), ref, limit)
    assert not wrong.passed and math.isclose(wrong.rel_norm_err, 0.5, rel_tol=0.02) and wrong.mismatched > 0
    assert "relative L2 error" in wrong.describe()
    nan = ref.clone()
    nan[3, 4] = float("nan")
    assert not policy.check_gradient_norm(nan, ref, limit).passed
    zero = torch.zeros(5, dtype=torch.float64)
    assert policy.check_gradient_norm(zero.float(), zero, limit).passed
    assert not policy.check_gradient_norm(torch.ones(5), zero, limit).passed
    # a gradient that eager itself gets 10% wrong (its true sum cancels) may be 2x that, not more
    noise = torch.randn_like(ref)
    eager = ref + 0.10 * noise * ref.norm() / noise.norm()
    close = ref + 0.15 * noise.roll(1) * ref.norm() / noise.norm()
    far = ref + 0.30 * noise.roll(2) * ref.norm() / noise.norm()
    assert policy.check_gradient_norm(close, ref, limit, eager).passed
    result = policy.check_gradient_norm(far, ref, limit, eager)
    assert not result.passed and math.isclose(result.rtol, 0.2, rel_tol=1e-6) and "eager's own error" in result.detail
    # fp32 against float64 is held far tighter than bf16
    assert policy.gradient_norm_limit(torch.float32, "cpu") < limit / 100


def user_spec(name: str):
    return load_target(f"{USER}/bad_models.py:{name}", "cpu")


def test_a_wrong_compiled_gradient_is_named(monkeypatch):
    """The compiled side here is eager with the gradient of body's output doubled (the fixture
    asks torch.compiler.is_compiling): every parameter before it fails, head's own pass."""
    spec = user_spec("wrong_grads")
    inputs = tuple(t.detach().requires_grad_(True) for t in spec.make_inputs((), None, "cpu"))
    state = {"compiling": False}
    monkeypatch.setattr(torch.compiler, "is_compiling", lambda: state["compiling"])

    def compiled(*args):
        state["compiling"] = True
        try:
            return spec.eager(*args)
        finally:
            state["compiling"] = False

    result = checks.check_grads(spec, compiled, inputs, torch.float32, 7, "cpu")
    assert set(result.results) == {"input0", "body.weight", "body.bias", "head.weight", "head.bias"}
    failed = {name for name, r in result.results.items() if not r.passed}
    assert failed == {"input0", "body.weight", "body.bias"}
    assert not result.passed and result.worst()[0] in failed
    assert result.reference == "an eager copy in float64" and "MISMATCH" in result.describe()


def test_the_same_step_passes_and_reports_its_worst_gradient():
    spec = experiments.get("llama_block")
    inputs = spec.make_inputs((2, 8, 32, 1), torch.bfloat16, "cpu", None)
    result = checks.check_grads(spec, spec.eager, inputs, torch.bfloat16, 3, "cpu")
    model = inputs[0]
    assert set(result.results) == {n for n, p in model.named_parameters()}
    assert result.passed and result.reference == "an eager copy in float32"
    # the parameters are back in bf16 afterwards, the same objects
    assert {p.dtype for p in model.parameters()} == {torch.bfloat16}


def test_none_compared_says_why():
    spec = experiments.get("softmax_dropout")
    inputs = tuple(t.requires_grad_(True) for t in spec.make_inputs((4, 16), torch.float32, "cpu", None))
    assert "random" in checks.check_grads(spec, spec.eager, inputs, torch.float32, 0, "cpu").skipped
    spec = user_spec("no_grad_output")
    with pytest.raises(TargetError, match="does not require grad"):
        checks.check_grads(spec, spec.eager, spec.make_inputs((), None, "cpu"), torch.float32, 0, "cpu")


def test_out_of_memory_is_found_under_a_compile_error_and_said_in_one_line():
    oom = torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.50 GiB. GPU 1 has a total capacity of "
                                 "79.10 GiB of which 1.02 GiB is free. Of the allocated memory ...")
    try:
        try:
            raise oom
        except torch.OutOfMemoryError as inner:
            raise RuntimeError("backend compiler failed") from inner
    except RuntimeError as outer:
        assert checks.out_of_memory(outer) is oom
    assert checks.out_of_memory(ValueError("x")) is None
    line = checks.out_of_memory_message(oom, takes_shape=True, backward=True)
    assert line == ("the step does not fit in GPU memory: tried to allocate 2.50 GiB with 1.02 GiB free of GPU 1's "
                    "79.10 GiB; try a smaller --shape")
    assert checks.out_of_memory_message(torch.OutOfMemoryError("odd"), False, False) == \
        "the call does not fit in GPU memory: odd; try smaller inputs or a smaller model"


def run(*args, cache=None):
    extra = ["--cache-dir", cache] if cache else []
    return CliRunner().invoke(main, ["run", *args, "--device", "cpu", *extra], catch_exceptions=False)


@pytest.mark.slow
@pytest.mark.parametrize("name, message", [
    ("too_big", "the step does not fit in GPU memory: tried to allocate 48.00 GiB with 30.12 GiB free of GPU 0's "
                "79.10 GiB; try smaller inputs or a smaller model"),
    ("no_tensor", "returned dict, which holds no tensor to check"),
    ("no_grad_output", "--backward: the output of bad_models.no_grad_output does not require grad"),
])
def test_bad_steps_exit_2_with_one_line_and_nothing_written(name, message, tmp_path):
    result = run(f"{USER}/bad_models.py:{name}", "--backward", "-q", "--out", str(tmp_path))
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.output
    assert not (tmp_path / f"bad_models.{name}").exists()


@pytest.fixture(scope="module", params=["gpt2_block", "llama_block"])
def model_capture(request, tmp_path_factory, inductor_cache_dir):
    """One CPU capture with --backward per model experiment, sharing the session's cache."""
    out = tmp_path_factory.mktemp(request.param)
    result = run(request.param, "--backward", "--out", str(out), cache=inductor_cache_dir)
    return request.param, out, result


@pytest.mark.slow
def test_model_experiment_compares_every_parameter_gradient(model_capture):
    name, out, result = model_capture
    assert result.exit_code == 0, result.output
    folder = store.latest(out, name).path
    results = store.read_json(folder / "results.json")
    spec = experiments.get(name)
    model = spec.make_inputs(spec.default_shape("cpu"), torch.float32, "cpu", None)[0]
    grads = results["correctness"]["grads"]
    assert set(grads) == {n for n, _ in model.named_parameters()}
    assert results["passed"] and all(g["passed"] and g["rel_norm_err"] is not None for g in grads.values())
    summary = results["correctness"]["grads_summary"]
    assert summary["compared"] == len(grads) and summary["reference"] == "an eager copy in float64"
    assert f"gradients ok: {len(grads)} compared against an eager copy in float64" in result.output
    kernels = store.read_json(folder / "kernels.json")
    assert {l["graph"].rpartition("_")[2] for l in kernels["launches"]} == {"forward", "backward"}
    assert results["flops"] > 0 and results["bytes_moved"] > 0


@pytest.mark.gpu
def test_gpu_model_step_compares_every_gradient_against_float32(tmp_path, inductor_cache_dir):
    """gpt2_block at its GPU default (8x1024x768x4 bf16): every parameter's gradient compared
    against an eager copy in float32, each within its limit."""
    result = CliRunner().invoke(main, ["run", "gpt2_block", "--backward", "--device", "cuda", "--out", str(tmp_path),
                                       "--cache-dir", inductor_cache_dir], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    results = store.read_json(store.latest(tmp_path, "gpt2_block").path / "results.json")
    spec = experiments.get("gpt2_block")
    model = spec.make_inputs(spec.default_shape("cuda"), torch.bfloat16, "meta", None)[0]
    grads = results["correctness"]["grads"]
    assert set(grads) == {n for n, _ in model.named_parameters()}
    # each within bf16's floor (2^-4) or twice eager bf16's own error against the same copy
    assert all(g["passed"] and g["rel_norm_err"] <= max(2.0**-4, g["rtol"]) for g in grads.values())
    assert results["correctness"]["grads_summary"]["reference"] == "an eager copy in float32"


@pytest.mark.gpu
def test_gpu_step_too_big_for_memory_is_one_line(tmp_path):
    """1024 sequences of 1024 tokens: the bf16 logits alone are 98 GiB."""
    result = CliRunner().invoke(main, ["run", "gpt2_block", "--backward", "-q", "--device", "cuda", "--shape",
                                       "1024x1024x768x1", "--out", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 2, result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith("error: the step does not fit in GPU memory: tried to allocate") and "--shape" in line
    assert not (tmp_path / "gpt2_block").exists()


@pytest.mark.slow
def test_a_capture_whose_compiled_gradients_differ_fails_naming_them(tmp_path, inductor_cache_dir):
    """The compiled step doubles a gradient (the fixture's custom function, only under compile):
    the capture is kept, marked failed in correctness, and says which gradients are off."""
    result = run(f"{USER}/bad_models.py:wrong_grads", "--backward", "--out", str(tmp_path), cache=inductor_cache_dir)
    assert result.exit_code == 1, result.output
    folder = store.latest(tmp_path, "bad_models.wrong_grads").path
    results = store.read_json(folder / "results.json")
    assert results["correctness"]["forward"]["passed"] and not results["passed"]
    failed = {name for name, g in results["correctness"]["grads"].items() if not g["passed"]}
    assert failed == {"input0", "body.weight", "body.bias"}
    assert store.read_json(folder / "manifest.json")["error"]["phase"] == "correctness"
    assert "gradients MISMATCH: 5 compared" in result.output and "3 out of tolerance" in result.output
