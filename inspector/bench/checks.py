"""What a bench checks a provider against, and what one call of it allocates: the reference
output (eager on float64 inputs), the check with the experiment's tolerances (the same rule a
capture uses, core/policy), and the CUDA peak memory of a call.
"""

from __future__ import annotations

from typing import Callable

import torch

from experiments._spec import Experiment
from inspector.bench import providers as providers_mod
from inspector.core.policy import CheckResult, check_step, compare, output_tolerance, upcast


def reference_output(spec: Experiment, inputs: tuple, eager_kwargs: dict | None = None):
    """What a provider's output is checked against: eager on float64 inputs (the training step's
    (loss, *gradients) for a loss); None when the experiment checks with its own `check`."""
    kwargs = eager_kwargs or {}
    upcast_inputs = tuple(upcast(t) for t in inputs)
    if spec.grad_inputs:
        step = providers_mod.training_step(lambda *a: spec.eager(*a, **kwargs), spec.grad_inputs, spec.grad_output)
        return step(*upcast_inputs)
    if spec.check is not None:
        return None
    with torch.no_grad():
        return spec.eager(*upcast_inputs, **kwargs)


def check_output(spec: Experiment, out, inputs: tuple, ref, dtype: torch.dtype) -> CheckResult:
    """One provider's output against `reference_output`, with the experiment's tolerances."""
    if spec.grad_inputs:  # a training step: (loss, *gradients)
        grad_tol = spec.grad_tolerance(dtype, inputs) if spec.grad_tolerance else spec.tolerance(dtype)
        loss_tol = output_tolerance(spec, dtype, inputs)
        return check_step(out, ref, loss_tol, grad_tol)
    if spec.check is not None:
        return spec.check(out, inputs, dtype)
    # a loss's forward alone (--pass forward) is its scalar: the loss tolerance
    tol = output_tolerance(spec, dtype, inputs)
    return compare(out, ref, tol.atol, tol.rtol)


def peak_memory(fn: Callable[..., object], inputs: tuple) -> int:
    """Bytes of CUDA memory a call allocates beyond what was allocated before it (outputs and
    temporaries at their peak). Measured on a call after the first, so a compile's workspace and
    autotuning buffers are not counted."""
    prepare = getattr(fn, "prepare", None)  # the backward alone: its forward is not counted
    if prepare is not None:
        prepare(*inputs)
    torch.cuda.synchronize()
    before = torch.cuda.memory_allocated()
    torch.cuda.reset_peak_memory_stats()
    out = fn(*inputs)
    torch.cuda.synchronize()
    peak = torch.cuda.max_memory_allocated()
    del out
    return max(0, peak - before)
