"""The implementations `inspect bench` times side by side, one factory per provider name.

A factory takes (experiment, device) and returns a callable with the eager signature,
fn(*inputs) -> Tensor, or raises `Skip(reason)` when the provider does not apply there. The
bench makes the first call outside the timed region: for the compiled providers that call is
the compile (~15 s per graph on a 2-core CPU, seconds on a GPU host), then the correctness check.

- eager:                the experiment's reference function as written.
- compile:              torch.compile(eager), default mode (what most users get).
- compile-max-autotune: torch.compile(eager, mode="max-autotune"). It benchmarks Triton matmul
                        templates against cuBLAS (minutes), so by default it only runs where the
                        experiment counts FLOPs (matmul); naming it in --providers forces it.
- handwritten:          the experiment's Triton launcher, GPU only: on the CPU Triton runs in its
                        interpreter, which checks correctness but is no performance path.

Only public torch APIs here (torch.compile); torch privates and debug env vars belong to
inspector/capture/.
"""

from __future__ import annotations

from typing import Callable

import torch

from experiments._spec import Experiment

KernelFn = Callable[..., torch.Tensor]
Factory = Callable[[Experiment, str], KernelFn]


class Skip(Exception):
    """The provider does not apply to this experiment/device; the message says why."""


def _eager(spec: Experiment, device: str) -> KernelFn:
    return spec.eager


def _compile(spec: Experiment, device: str) -> KernelFn:
    return torch.compile(spec.eager)


def _compile_max_autotune(spec: Experiment, device: str) -> KernelFn:
    return torch.compile(spec.eager, mode="max-autotune")


def _handwritten(spec: Experiment, device: str) -> KernelFn:
    if device != "cuda":
        raise Skip("on the CPU Triton kernels run only in its interpreter, not a performance path")
    if spec.handwritten is None:
        raise Skip("handwritten kernel not available: this experiment names none")
    try:
        launcher = spec.handwritten_launcher()
    except Exception as exc:  # missing file, missing function, or an import-time error in it
        raise Skip(f"handwritten kernel not available: {spec.handwritten}: {type(exc).__name__}: {exc}") from None
    if launcher is None:
        raise Skip("handwritten kernel not available: this experiment names none")
    # called with the experiment inputs only, so optional arguments (softmax_dropout's p and
    # seed) take the launcher's defaults, which match the experiment
    return launcher


# Register a provider here; the order is the default order of the table and of the timing rounds.
PROVIDERS: dict[str, Factory] = {
    "eager": _eager,
    "compile": _compile,
    "compile-max-autotune": _compile_max_autotune,
    "handwritten": _handwritten,
}


def default_providers(spec: Experiment, shape: tuple[int, ...]) -> tuple[str, ...]:
    """All providers, with compile-max-autotune only where the experiment has FLOPs (matmul)."""
    names = [n for n in PROVIDERS if n != "compile-max-autotune"]
    if spec.flops(shape) > 0:
        names.insert(names.index("compile") + 1, "compile-max-autotune")
    return tuple(names)


def make(name: str, spec: Experiment, device: str) -> KernelFn:
    """The callable for provider `name`; raises Skip, or KeyError for an unknown name."""
    return PROVIDERS[name](spec, device)
