"""What `inspect bench --pass` times: the forward pass, the backward pass, or the step (both).

Every experiment has a natural pass, the one earlier CSVs measured: the step for a training
experiment (a loss with `grad_inputs`: forward + gradients, see providers.py), the forward for
the others. The other passes are the same experiment seen differently, as an `Experiment` that
the bench runs unchanged (`view`):

- forward of a loss: the loss alone, checked against the float64 loss.
- step of a plain experiment (attention, layernorm_gelu, ...): its output and the gradients of
  every floating input for an upstream gradient g, a fresh random input appended to the inputs;
  the step returns (output, *gradients), checked against float64 autograd.
- backward: the step's gradients, timed without the forward (`BackwardOnly`): before every timed
  call the forward runs outside the timed region, then the call is `torch.autograd.grad` alone;
  for torch.compile that is the backward graph Inductor compiled. Peak memory counts what the
  backward allocates beyond the inputs and the forward's saved tensors.

A handwritten launcher serves the passes its experiment lists in `handwritten_passes` (a fused
loss kernel computes loss and gradients in one pass: the step only); for the others it is skipped
with the reason. Bytes models: forward of a loss, every input read once; backward and step of a
plain experiment, each input and g read once and each gradient written once (the step also
writes the output). FLOPs are counted for the natural pass only.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

import torch

from experiments._spec import Experiment, Shape, randn
from inspector.core.policy import first_tensor, gradient_rule

PASSES = ("forward", "backward", "step")
PASS_HELP = "forward, backward, or step (forward + backward)"


class PassError(ValueError):
    """The experiment has no such pass (int8_matmul has no backward)."""


def available(spec: Experiment) -> tuple[str, ...]:
    """A random output (dropout, checked by the experiment's own `check`) has no reference to
    check its gradients against; integer inputs (int8_matmul) have no gradients; a model's
    gradients are its parameters', which `inspect run --backward` checks (capture/checks.py)."""
    if spec.grad_check == "norm":
        return ("forward",)
    if spec.grad_inputs or (spec.supports_backward and spec.check is None):
        return PASSES
    return ("forward",)


def check_pass(spec: Experiment, pass_: str) -> None:
    if pass_ not in PASSES:
        raise PassError(f"unknown pass {pass_!r}: choose {PASS_HELP}")
    if pass_ not in available(spec):
        why = ("its gradients are its model's parameters': `inspect run NAME --backward` captures and checks the step"
               if spec.grad_check == "norm" else
               "its output is random, so its gradients have no reference to be checked against"
               if spec.supports_backward else "its inputs are not differentiable")
        raise PassError(f"{spec.name} has no --pass {pass_} ({why}); it takes --pass forward")


def handwritten_serves(spec: Experiment, pass_: str) -> str | None:
    """None when the experiment's handwritten launcher computes `pass_`, else why not."""
    served = spec.served_passes
    if pass_ in served:
        return None
    if spec.grad_inputs:
        return (f"the handwritten kernel computes the loss and its gradients in one pass "
                f"({', '.join(served)} only): compare --pass step")
    return "the handwritten kernel is forward only: there is no handwritten backward"


def _meta_inputs(spec: Experiment, shape: Shape, dtype: torch.dtype) -> tuple | None:
    """The inputs of `shape` as meta tensors (sizes only, nothing allocated); None when the
    experiment's input maker does not run on the meta device."""
    try:
        return spec.make_inputs(shape, dtype, "meta", None)
    except Exception:  # an op without a meta kernel: the caller falls back
        return None


def _nbytes(tensors) -> int:
    return sum(t.numel() * t.element_size() for t in tensors if isinstance(t, torch.Tensor))


def _loss_forward(spec: Experiment) -> Experiment:
    """The loss alone: the bench checks it against float64 eager with the loss tolerance."""
    def bytes_moved(shape, dtype):
        meta = _meta_inputs(spec, shape, dtype)
        return _nbytes(meta) if meta is not None else spec.bytes_moved(shape, dtype)

    return replace(spec, grad_inputs=(), bytes_moved=bytes_moved, grad_output=False)


def _with_upstream_gradient(spec: Experiment, pass_: str) -> Experiment:
    """A plain experiment as a training step: inputs + (g,), returning (output, *gradients)."""

    def output_like(inputs) -> torch.Tensor:
        meta = tuple(t.to("meta") if isinstance(t, torch.Tensor) else t for t in inputs)
        try:
            with torch.no_grad():
                return first_tensor(spec.eager(*meta))
        except Exception:  # no meta kernel for one of its ops: run it for real, once
            with torch.no_grad():
                return first_tensor(spec.eager(*inputs))

    def make_inputs(shape, dtype, device, generator=None):
        inputs = spec.make_inputs(shape, dtype, device, generator)
        out = output_like(inputs)
        return (*inputs, randn(tuple(out.shape), out.dtype, device, generator))

    def bytes_moved(shape, dtype):
        meta = _meta_inputs(spec, shape, dtype)
        if meta is None:
            return spec.bytes_moved(shape, dtype)
        floats = [t for t in meta if isinstance(t, torch.Tensor) and t.is_floating_point()]
        out_bytes = _nbytes([output_like(meta)])
        read_written = spec.bytes_moved(shape, dtype) - out_bytes  # the forward model less its output
        return read_written + out_bytes + _nbytes(floats) + (out_bytes if pass_ == "step" else 0)

    def grad_tolerance(dtype, inputs):
        """Every gradient under the one gradient rule (core.policy.gradient_tolerance: the
        forward's tolerance scaled by the reference gradient's size), as `inspect run --backward`."""
        return gradient_rule(spec.tolerance(dtype))

    floating = _floating_positions(spec)
    return replace(spec, make_inputs=make_inputs, bytes_moved=bytes_moved, flops=lambda shape: 0,
                   grad_inputs=floating, grad_output=True, grad_tolerance=spec.grad_tolerance or grad_tolerance,
                   check=None)


def _floating_positions(spec: Experiment) -> tuple[int, ...]:
    shape = spec.default_shape("cpu")
    meta = _meta_inputs(spec, shape, torch.float32)
    if meta is None:
        meta = spec.make_inputs(shape, torch.float32, "cpu", None)
    return tuple(i for i, t in enumerate(meta) if isinstance(t, torch.Tensor) and t.is_floating_point())


def view(spec: Experiment, pass_: str) -> Experiment:
    """The experiment as pass `pass_` times it (PassError when it has no such pass)."""
    check_pass(spec, pass_)
    if pass_ == spec.natural_pass:
        return spec
    if pass_ == "forward":
        return _loss_forward(spec)
    if spec.grad_inputs:  # backward of a loss: the step's gradients, timed apart
        return spec
    return _with_upstream_gradient(spec, pass_)


def leaves(inputs: tuple, grad_inputs: tuple[int, ...], grad_output: bool) -> tuple[list, list]:
    """(fn's arguments, the leaves among them): the inputs at `grad_inputs` as fresh leaves
    through detach() (a view: no copy inside a timed call); with grad_output the last input, the
    upstream gradient, is left out of the arguments."""
    args = list(inputs[:-1] if grad_output else inputs)
    made = []
    for i in grad_inputs:
        args[i] = args[i].detach().requires_grad_()
        made.append(args[i])
    return args, made


def gradients(out: torch.Tensor, made: list, inputs: tuple, grad_output: bool) -> tuple:
    """(out, *d out / d leaves), with the upstream gradient (the last input) when grad_output."""
    return (out.detach(), *torch.autograd.grad(out, made, inputs[-1] if grad_output else None))


class BackwardOnly:
    """fn(*inputs) -> loss (or output, with the upstream gradient as the last input) as a
    callable returning (loss, *gradients) whose timed part is the backward alone: `prepare`
    runs the forward and keeps its graph, the call runs `torch.autograd.grad` on it (the forward
    first, when nothing is prepared for these inputs). Each backward consumes its graph, as a
    training step's does (torch.compile's backward may reuse, "donate", the saved buffers), so
    the bench times it with prepare as the setup of every sample (timing.time_fn)."""

    def __init__(self, fn: Callable, grad_inputs: tuple[int, ...], grad_output: bool):
        self.fn, self.grad_inputs, self.grad_output = fn, grad_inputs, grad_output
        self.held: tuple | None = None  # (ids of the inputs, output, leaves)

    def prepare(self, *inputs) -> None:
        args, made = leaves(inputs, self.grad_inputs, self.grad_output)
        self.held = (tuple(id(t) for t in inputs), first_tensor(self.fn(*args)), made)

    def __call__(self, *inputs):
        if self.held is None or self.held[0] != tuple(id(t) for t in inputs):
            self.prepare(*inputs)
        _, out, made = self.held
        self.held = None
        return gradients(out, made, inputs, self.grad_output)
