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
- handwritten:FUNCTION: another public launcher of the same kernel file, e.g.
                        `handwritten:softmax_unfused` (the multi-kernel version a lesson compares).
- an experiment's baselines: library implementations of the same function, by the name the
                        spec gives them (attention_lite's `sdpa`); in the default list after compile.
                        One whose `requires` names a missing package (linear_cross_entropy's
                        `liger`: liger-kernel) or "cuda" on the CPU is skipped with the reason.

Training-step experiments (a loss with `grad_inputs`, see experiments/_spec.py) are timed as the
step: eager and torch.compile run forward + `torch.autograd.grad` and return (loss, *gradients),
which is what the handwritten launcher returns from its fused kernel. `make` takes the pass to
time (passes.py): the factories give the function itself, and `make` turns it into the step or
the backward alone of the pass's view of the experiment.

Only public torch APIs here (torch.compile); torch privates and debug env vars belong to
inspector/capture/.
"""

from __future__ import annotations

from typing import Callable

import torch

from experiments._spec import Experiment
from inspector.bench import passes

KernelFn = Callable[..., torch.Tensor]
Factory = Callable[[Experiment, str], KernelFn]


class Skip(Exception):
    """The provider does not apply to this experiment/device; the message says why."""


def training_step(fn: KernelFn, grad_inputs: tuple[int, ...], grad_output: bool = False) -> KernelFn:
    """fn(*inputs) -> loss, as a step returning (loss, *d loss / d inputs[i] for i in grad_inputs).
    With grad_output the last input is the upstream gradient g of fn's output, which fn does not
    take: the step returns (output, *gradients of <output, g>). The inputs become leaves through
    detach() (a view: no copy inside the timed call), as in passes.BackwardOnly."""
    def step(*inputs):
        args, made = passes.leaves(inputs, grad_inputs, grad_output)
        return passes.gradients(fn(*args), made, inputs, grad_output)
    return step


def flatten(value) -> tuple:
    """Nested tuples/lists of tensors as one flat tuple: (loss, (g1, g2)) -> (loss, g1, g2)."""
    if isinstance(value, (tuple, list)):
        return tuple(t for v in value for t in flatten(v))
    return (value,)


def _as_pass(spec: Experiment, fn: KernelFn, pass_: str) -> KernelFn:
    """fn (eager's signature) as pass `pass_` of `spec`, a view from passes.view."""
    if not spec.grad_inputs:
        return fn
    if pass_ == "backward":
        return passes.BackwardOnly(fn, spec.grad_inputs, spec.grad_output)
    return training_step(fn, spec.grad_inputs, spec.grad_output)


def _eager(spec: Experiment, device: str) -> KernelFn:
    return spec.eager


def _compile(spec: Experiment, device: str) -> KernelFn:
    return torch.compile(spec.eager)


def _compile_max_autotune(spec: Experiment, device: str) -> KernelFn:
    return torch.compile(spec.eager, mode="max-autotune")


def _handwritten(spec: Experiment, device: str, function: str | None = None) -> KernelFn:
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
    if function is not None:
        launcher = launcher_function(spec, function)
    if spec.grad_inputs:  # a loss launcher: (loss, grads...) or (loss, (grads...)), as one flat tuple
        step = launcher
        return lambda *inputs: flatten(step(*inputs))
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


HANDWRITTEN_PREFIX = "handwritten:"


def _baseline(fn: KernelFn, device: str) -> KernelFn:
    """A spec's baseline, or Skip when what its `requires` attribute names is missing: an optional
    package (imported by the baseline on first use, so its absence costs nothing until here) or
    "cuda" (a library of GPU kernels only)."""
    import importlib.util

    for need in getattr(fn, "requires", ()):
        if need == "cuda":
            if device != "cuda":
                raise Skip("a GPU-only library: no CPU kernels")
        elif importlib.util.find_spec(need) is None:
            raise Skip(f"{need} is not installed (pip install {need.replace('_', '-')})")
    return fn


def launcher_function(spec: Experiment, function: str) -> KernelFn:
    """The public function `function` of the experiment's kernel module; ValueError naming the
    module's launchers otherwise."""
    import importlib

    module_name = (spec.handwritten or "").partition(":")[0]
    if not module_name:
        raise ValueError(f"{spec.name} names no handwritten kernel")
    module = importlib.import_module(module_name)
    fn = getattr(module, function, None)
    if function.startswith("_") or not callable(fn) or getattr(fn, "__module__", None) != module_name:
        public = sorted(n for n, v in vars(module).items()
                        if callable(v) and not n.startswith("_") and getattr(v, "__module__", None) == module_name)
        raise ValueError(f"{module_name} has no launcher {function!r}: choose one of {', '.join(public)}")
    return fn


def is_known(name: str, specs: tuple[Experiment, ...] = ()) -> bool:
    """A registered provider, handwritten:FUNCTION, or a baseline of one of `specs`."""
    return (name in PROVIDERS or (name.startswith(HANDWRITTEN_PREFIX) and len(name) > len(HANDWRITTEN_PREFIX))
            or any(name in spec.baselines for spec in specs))


def default_providers(spec: Experiment, shape: tuple[int, ...]) -> tuple[str, ...]:
    """All providers, with compile-max-autotune only where the experiment has FLOPs (matmul)."""
    names = [n for n in PROVIDERS if n != "compile-max-autotune"]
    if spec.flops(shape) > 0:
        names.insert(names.index("compile") + 1, "compile-max-autotune")
    at = names.index("handwritten")
    return tuple(names[:at] + list(spec.baselines) + names[at:])


def make(name: str, spec: Experiment, device: str, pass_: str = "") -> KernelFn:
    """The callable for provider `name` timing pass `pass_` of `spec` (default: its natural pass;
    the callable takes the inputs of passes.view(spec, pass_)); raises Skip, or ValueError for
    handwritten:FUNCTION naming no launcher of the kernel file."""
    pass_ = pass_ or spec.natural_pass
    handwritten = name == "handwritten" or name.startswith(HANDWRITTEN_PREFIX)
    if handwritten:
        why = passes.handwritten_serves(spec, pass_)
        if why is not None:
            raise Skip(why)
    view = passes.view(spec, pass_)
    if name.startswith(HANDWRITTEN_PREFIX):
        return _handwritten(view, device, name[len(HANDWRITTEN_PREFIX):])
    if handwritten:
        return _handwritten(view, device)  # its launcher computes the pass as it is
    if name in spec.baselines and name not in PROVIDERS:
        return _as_pass(view, _baseline(spec.baselines[name], device), pass_)
    if name not in PROVIDERS:
        raise Skip(f"{spec.name} has no provider {name!r} (its baselines: {', '.join(spec.baselines) or 'none'})")
    return _as_pass(view, PROVIDERS[name](view, device), pass_)
