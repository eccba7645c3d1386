"""Correctness of a capture: the compiled output against eager, and with `--backward` every
gradient against eager's, plus the one-line messages for a step that cannot be checked or run.

Which gradients: every floating input that requires grad, and every parameter of each nn.Module
the function is, or holds: a bound method's `self`, a functools.partial's arguments, closure
cells, module globals the function's code names, and modules passed as inputs (the model
experiments pass their model first). Both sides start from the same state: the same inputs and
parameter values, the RNG reset to the run's seed, and gradients taken with autograd.grad, so
no `.grad` of the user's is read or left changed.

The reference, by `Experiment.grad_check`:
- "elementwise" (the kernel experiments): eager on float64 inputs, each gradient under
  policy.gradient_tolerance from the experiment's own tolerance.
- "norm" (models and user code): eager with every floating input, parameter and buffer converted
  in place to float32 when the step runs in bf16/fp16, to float64 when it runs in fp32, and put
  back afterwards; each gradient by relative L2 error under the larger of its dtype's floor
  (policy.gradient_norm_limit) and twice the error of eager at the step's own precision (one more
  eager step: a gradient whose true sum cancels keeps its terms' rounding, policy.EAGER_FACTOR).
  float32 rounds 2^16 times finer than bf16, so its own error is nothing against the limit, at
  half float64's memory, and it keeps the fused attention kernels (float64 attention falls back
  to the math path and stores every score matrix: ~20 GiB more for a GPT-2-small step of 8x1024
  tokens). Code that cannot run in the wider dtype (it casts to a fixed dtype) is compared
  against eager at its own precision, with twice the limit (both sides round), and says so.
"""

from __future__ import annotations

import functools
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import torch

from inspector.core.policy import (
    CheckResult,
    check_gradient,
    check_gradient_norm,
    compare,
    first_tensor,
    gradient_norm_limit,
    output_tolerance,
    upcast,
)
from inspector.targets import TargetError


def check_forward(spec, out, inputs, dtype) -> CheckResult:
    """The compiled output against eager on float64 inputs, or for a model ("norm") eager with
    its parameters in the wider dtype (or the experiment's own check)."""
    if spec.check is not None:
        return spec.check(out, inputs, dtype)
    tol = output_tolerance(spec, dtype, inputs)
    if spec.grad_check != "norm":
        return compare(out, spec.eager(*(upcast(t) for t in inputs)), tol.atol, tol.rtol)
    modules = grad_leaves(spec.eager, inputs)[1]
    wide = _wider(_working_dtype([p for m in modules for p in m.parameters()], dtype))
    with torch.no_grad(), converted(modules, wide):
        ref = spec.eager(*(t.detach().to(wide) if isinstance(t, torch.Tensor) and t.is_floating_point() else t
                           for t in inputs))
    return compare(first_tensor(out), first_tensor(ref), tol.atol, tol.rtol)


@dataclass
class GradCheck:
    """What the gradient check compared (results by name), against what, and why not when it
    compared nothing."""

    results: dict[str, CheckResult] = field(default_factory=dict)
    reference: str = ""
    skipped: str = ""
    unused: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.results.values())

    def worst(self) -> tuple[str, CheckResult] | None:
        """The failing gradient if any, else the one with the largest error against its limit."""
        if not self.results:
            return None
        return max(self.results.items(), key=lambda kv: (not kv[1].passed, _share_of_limit(kv[1])))

    def describe(self) -> str:
        if not self.results:
            return f"gradients: none compared: {self.skipped}"
        name, worst = self.worst()
        verdict = "ok" if self.passed else "MISMATCH"
        bad = sum(not r.passed for r in self.results.values())
        text = f"gradients {verdict}: {len(self.results)} compared against {self.reference}"
        text += f", {bad} out of tolerance" if bad else ""
        return text + f"; worst {name}: {worst.describe().partition(': ')[2]}"

    def to_json(self) -> dict[str, Any]:
        return {"compared": len(self.results), "passed": self.passed, "reference": self.reference,
                "skipped": self.skipped, "unused": self.unused,
                "worst": self.worst()[0] if self.results else None}


def _share_of_limit(result: CheckResult) -> float:
    if result.rel_norm_err is not None:
        return result.rel_norm_err / result.rtol if result.rtol else float("inf")
    allowed = result.atol + result.rtol
    return result.max_abs_err / allowed if allowed else float("inf")


# ---- which gradients -------------------------------------------------------------------------

def _modules_in(value: Any, label: str, depth: int, seen: set[int]) -> Iterator[tuple[str, torch.nn.Module]]:
    """(label, module) for every nn.Module `value` is or holds (see the module docstring)."""
    if depth > 5 or id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, torch.nn.Module):
        yield label, value
        return
    if isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _modules_in(item, f"{label}[{i}]", depth + 1, seen)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _modules_in(item, f"{label}[{key!r}]", depth + 1, seen)
    elif isinstance(value, functools.partial):
        yield from _modules_in(value.func, label, depth + 1, seen)
        yield from _modules_in(value.args, f"{label}.args", depth + 1, seen)
        yield from _modules_in(value.keywords, f"{label}.keywords", depth + 1, seen)
    elif hasattr(value, "__self__") and hasattr(value, "__func__"):  # a bound method
        yield from _modules_in(value.__self__, label.rpartition(".")[0] or "self", depth + 1, seen)
        yield from _modules_in(value.__func__, label, depth + 1, seen)
    elif callable(value) and hasattr(value, "__code__"):
        code = value.__code__
        for name, cell in zip(code.co_freevars, value.__closure__ or ()):
            try:
                held = cell.cell_contents
            except ValueError:  # an empty cell
                continue
            yield from _modules_in(held, name, depth + 1, seen)
        for name in code.co_names:  # globals the function reads (`model = GPT()` at module level)
            held = getattr(value, "__globals__", {}).get(name)
            if isinstance(held, torch.nn.Module):
                yield from _modules_in(held, name, depth + 1, seen)
        if hasattr(value, "__wrapped__"):
            yield from _modules_in(value.__wrapped__, label, depth + 1, seen)


def grad_leaves(fn: Callable, inputs: tuple) -> tuple[list[tuple[str, torch.Tensor]], list[torch.nn.Module]]:
    """The named tensors whose gradients a step of fn(*inputs) is checked by: floating inputs
    that require grad ('input0', ...) and the parameters that require grad of every module fn is,
    holds or is given (their own names, prefixed by where the module was found when there are
    several; a tied or shared parameter once). Also returns the modules."""
    seen: set[int] = set()
    found = list(_modules_in(fn, getattr(fn, "__name__", "fn"), 0, seen))
    found += [m for i, t in enumerate(inputs) for m in _modules_in(t, f"input{i}", 1, seen)]
    leaves = [(f"input{i}", t) for i, t in enumerate(inputs)
              if isinstance(t, torch.Tensor) and t.is_floating_point() and t.requires_grad]
    known = {id(t) for _, t in leaves}
    for label, module in found:
        for name, p in module.named_parameters():
            if p.requires_grad and id(p) not in known:
                known.add(id(p))
                leaves.append((name if len(found) == 1 else f"{label}.{name}", p))
    return leaves, [m for _, m in found]


# ---- the check -------------------------------------------------------------------------------

def check_grads(spec, compiled: Callable, inputs: tuple, dtype: torch.dtype, seed: int, device: str) -> GradCheck:
    """Every gradient of one step of `compiled` against eager's (module docstring)."""
    if spec.check is not None and spec.grad_check == "elementwise":
        return GradCheck(skipped="the experiment checks its output by its own rule (random ops such as dropout), "
                                 "so eager's and the compiled gradients differ by design")
    leaves, modules = grad_leaves(spec.eager, inputs)
    if not leaves:
        return GradCheck(skipped="no floating input requires grad and the function holds no parameter that does")
    torch.manual_seed(seed)
    out = output_requiring_grad(compiled(*inputs), spec.name)
    # a loss is backpropagated with 1, as in training; any other output with a fixed random draw
    upstream = torch.ones_like(out) if out.dim() == 0 else torch.randn_like(out)
    got = torch.autograd.grad(out, [t for _, t in leaves], upstream, allow_unused=True)
    del out
    if spec.grad_check == "elementwise":
        want, reference = _float64_reference(spec, inputs, leaves, upstream, seed), "eager in float64"
        tol = spec.tolerance(dtype)
        rule = lambda a, b, _: check_gradient(a, b, tol)  # noqa: E731
        same = [None] * len(want)
    else:
        work = _working_dtype([t for _, t in leaves], dtype)
        wide = _wider(work)
        limit = gradient_norm_limit(work, device)
        # eager at the step's own precision: how far rounding alone takes each gradient
        same = _reference(spec, inputs, leaves, upstream, seed, None)
        try:
            with converted(modules, wide):
                want = _reference(spec, inputs, leaves, upstream, seed, wide)
            reference = f"an eager copy in {_dtype_text(wide)}"
        except (RuntimeError, TypeError) as exc:  # the code casts to a fixed dtype: eager as it is
            want, same = same, [None] * len(same)
            reference = (f"eager in {_dtype_text(work)} (the {_dtype_text(wide)} copy raised {type(exc).__name__}: "
                         f"{_first_line(exc)}; twice the limit)")
            limit *= 2
        rule = lambda a, b, e: check_gradient_norm(a, b, limit, e)  # noqa: E731
    check = GradCheck(reference=reference)
    for (name, _), a, b, e in zip(leaves, got, want, same):
        if a is None and b is None:
            check.unused.append(name)
        elif a is None or b is None:
            side = "the compiled step" if a is None else "eager"
            check.results[name] = CheckResult(False, float("inf"), float("inf"), 0.0, 0.0, 1, 1,
                                              f"{side} gives no gradient for {name}")
        else:
            check.results[name] = rule(a, b, e)
    if not check.results:
        check.skipped = "no parameter or input took part in the output's gradient"
    return check


def _float64_reference(spec, inputs, leaves, upstream, seed) -> tuple:
    ref_inputs = [upcast(t).requires_grad_(t.requires_grad) if isinstance(t, torch.Tensor) and t.is_floating_point()
                  else t for t in inputs]
    torch.manual_seed(seed)
    ref_out = first_tensor(spec.eager(*ref_inputs))
    by_id = {id(t): r for t, r in zip(inputs, ref_inputs)}
    return torch.autograd.grad(ref_out, [by_id.get(id(t), t) for _, t in leaves], upstream.to(ref_out.dtype),
                               allow_unused=True)


def _reference(spec, inputs, leaves, upstream, seed, wide: torch.dtype | None) -> tuple:
    """Eager's gradients with floating inputs in `wide` (None: as they are); the modules'
    parameters are converted by the caller (`converted`), so the leaves are the same objects."""
    ref_inputs = list(inputs)
    for i, t in enumerate(inputs):
        if wide is not None and isinstance(t, torch.Tensor) and t.is_floating_point():
            ref_inputs[i] = t.detach().to(wide).requires_grad_(t.requires_grad)
    by_id = {id(t): r for t, r in zip(inputs, ref_inputs)}
    torch.manual_seed(seed)
    ref_out = first_tensor(spec.eager(*ref_inputs))
    return torch.autograd.grad(ref_out, [by_id.get(id(t), t) for _, t in leaves], upstream.to(ref_out.dtype),
                               allow_unused=True)


@contextmanager
def converted(modules: list[torch.nn.Module], dtype: torch.dtype):
    """Every floating parameter and buffer of `modules` converted to `dtype` in place (the same
    Parameter objects, so tied weights stay tied and closures see the copy), restored on exit:
    the compiled function's guards and CUDA-graph addresses see the original tensors again."""
    saved: dict[int, tuple[torch.Tensor, torch.Tensor]] = {}
    try:
        for module in modules:
            for t in (*module.parameters(), *module.buffers()):
                if t.is_floating_point() and id(t) not in saved:
                    saved[id(t)] = (t, t.data)
                    t.data = t.data.to(dtype)
        yield
    finally:
        for t, data in saved.values():
            t.data = data


def _working_dtype(tensors: list[torch.Tensor], fallback: torch.dtype) -> torch.dtype:
    """The least precise floating dtype among the leaves: the precision the step runs in."""
    order = (torch.bfloat16, torch.float16, torch.float32, torch.float64)
    present = {t.dtype for t in tensors}
    return next((d for d in order if d in present), fallback)


def _wider(dtype: torch.dtype) -> torch.dtype:
    """The reference's dtype for a step in `dtype`: float32 for 16-bit, else float64."""
    return torch.float32 if dtype in (torch.bfloat16, torch.float16) else torch.float64


def _dtype_text(dtype: torch.dtype) -> str:
    return str(dtype).removeprefix("torch.")


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [""])[0][:200]


# ---- steps that cannot run -------------------------------------------------------------------

def output_requiring_grad(value: Any, name: str) -> torch.Tensor:
    """The tensor a --backward step backpropagates from; TargetError (one line, exit 2) when the
    function returns no tensor or its output does not require grad."""
    try:
        out = first_tensor(value)
    except TypeError:
        raise TargetError(f"{name} returned {type(value).__name__}, which holds no tensor to check") from None
    if not out.requires_grad:
        raise TargetError(f"--backward: the output of {name} does not require grad (no input or parameter that "
                          "requires grad reaches it); run without --backward, or return a loss")
    return out


def out_of_memory(exc: BaseException | None) -> BaseException | None:
    """The torch.OutOfMemoryError that `exc` is or was raised from (a compile wraps the errors
    of the calls it makes), else None."""
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, torch.OutOfMemoryError):
            return exc
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return None


_ALLOCATE = re.compile(r"[Tt]ried to allocate ([\d.]+ [KMGT]i?B)")
_CAPACITY = re.compile(r"GPU (\d+) has a total capacity of ([\d.]+ [KMGT]i?B) of which ([\d.]+ [KMGT]i?B) is free")


def out_of_memory_message(exc: BaseException, takes_shape: bool, backward: bool) -> str:
    """One line for torch.OutOfMemoryError: what was asked for, what the GPU had, what to try."""
    text = str(exc)
    what = "the step" if backward else "the call"
    asked = _ALLOCATE.search(text)
    capacity = _CAPACITY.search(text)
    facts = f"tried to allocate {asked.group(1)}" if asked else _first_line(exc)
    if capacity:
        facts += f" with {capacity.group(3)} free of GPU {capacity.group(1)}'s {capacity.group(2)}"
    hint = "try a smaller --shape" if takes_shape else "try smaller inputs or a smaller model"
    return f"{what} does not fit in GPU memory: {facts}; {hint}"
