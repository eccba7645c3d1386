"""The declarative shape every experiment file fills in.

An experiment is data: what to compute (the eager reference), on which inputs, how close the
compiled and handwritten versions must come, and how many bytes/FLOPs the ideal kernel moves.
Nothing here imports triton or torch privates; the CLI reads the torch-free _catalog instead.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Callable

import torch

from experiments._catalog import DTYPE_ALIASES, format_shape, parse_shape  # noqa: F401 (format_shape: re-exported)
from inspector.core.policy import Tolerance

Shape = tuple[int, ...]


# Defaults for one row-wise op whose output is rounded once to the storage dtype.
# bf16 has an 8-bit mantissa (relative step 2^-8 = 3.9e-3), fp16 11 bits (4.9e-4).
DEFAULT_TOLERANCES: dict[torch.dtype, Tolerance] = {
    torch.float32: Tolerance(atol=1e-4, rtol=1e-4),
    torch.float16: Tolerance(atol=2e-3, rtol=2e-3),
    torch.bfloat16: Tolerance(atol=1.6e-2, rtol=1.6e-2),
}

_TORCH_DTYPES = {"fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}
DTYPES: dict[str, torch.dtype] = {alias: _TORCH_DTYPES[short] for alias, short in DTYPE_ALIASES.items()}


@dataclass(frozen=True)
class Experiment:
    """One experiment: an eager function, its inputs, and what a good kernel for it costs.

    eager:        the reference, called as eager(*inputs). Also what torch.compile compiles.
    make_inputs:  (shape, dtype, device, generator) -> tuple of tensors; fresh random values.
    shape_names:  names of the shape dims, e.g. ("M", "N") or ("M", "N", "K").
    default_shapes: per device type ("cuda", "cpu"): the shape used without --shape.
    bytes_moved:  (shape, dtype) -> minimum bytes read + written (each input once, output once).
    flops:        shape -> floating-point operations of the ideal kernel (0 for memory-bound ops).
    handwritten:  "module:function" of the Triton launcher, imported lazily (triton is heavy).
    check:        optional custom comparison (out, inputs, dtype) -> CheckResult, for outputs that
                  are random (dropout) and cannot be compared element by element with eager.
    grad_inputs:  training-step experiments (losses): the positions of the inputs whose gradient
                  the step returns. Their handwritten launcher returns (loss, *gradients), and
                  `inspect bench` times eager and torch.compile as forward + backward to match.
    grad_tolerance: (dtype, inputs) -> Tolerance of those gradients (their scale depends on the
                  inputs: 1/n for a mean), or a tuple of one per gradient, when grad_inputs is set.
    loss_tolerance: (dtype, inputs) -> Tolerance of the step's scalar (and of the loss alone,
                  `inspect bench --pass forward`), when it is a sum whose size depends on the
                  inputs (default: the per-dtype `tolerances`).
    baselines:    other implementations of the same function that `inspect bench` times beside
                  eager and torch.compile: provider name -> callable with eager's signature
                  (attention: {"sdpa": scaled_dot_product_attention}).
    handwritten_passes: the `inspect bench --pass`es the handwritten launcher computes (default:
                  the natural one, the step for grad_inputs experiments, else the forward);
                  LayerNorm backward's kernels serve the step and the backward.
    grad_check:   how `inspect run --backward` compares the compiled step's gradients with eager's
                  (inspector/capture/checks.py): "elementwise" (eager on float64 inputs, the
                  experiment's tolerances) or "norm" (models: an eager copy in a wider dtype, the
                  relative L2 error of each gradient under a limit per dtype).
    grad_output:  set on the views inspector/bench/passes.py derives: the last input is the
                  upstream gradient of eager's output, and the step returns (output, *gradients).
    """

    name: str
    summary: str
    eager: Callable[..., torch.Tensor]
    make_inputs: Callable[[Shape, torch.dtype, str, torch.Generator | None], tuple]
    shape_names: tuple[str, ...]
    default_shapes: dict[str, Shape]
    bytes_moved: Callable[[Shape, torch.dtype], int]
    flops: Callable[[Shape], int]
    expected_fusion: str
    handwritten: str | None = None
    default_dtypes: dict[str, torch.dtype] = field(
        default_factory=lambda: {"cuda": torch.bfloat16, "cpu": torch.float32}
    )
    dtypes: tuple[torch.dtype, ...] = (torch.float32, torch.float16, torch.bfloat16)
    tolerances: dict[torch.dtype, Tolerance] = field(default_factory=lambda: dict(DEFAULT_TOLERANCES))
    supports_backward: bool = False
    check: Callable[..., Any] | None = None
    grad_inputs: tuple[int, ...] = ()
    grad_tolerance: Callable[[torch.dtype, tuple], Tolerance | tuple[Tolerance, ...]] | None = None
    loss_tolerance: Callable[[torch.dtype, tuple], Tolerance] | None = None
    baselines: dict[str, Callable[..., torch.Tensor]] = field(default_factory=dict)
    handwritten_passes: tuple[str, ...] = ()
    grad_output: bool = False
    grad_check: str = "elementwise"

    def default_shape(self, device: str) -> Shape:
        return self.default_shapes.get(device, self.default_shapes["cpu"])

    def default_dtype(self, device: str) -> torch.dtype:
        return self.default_dtypes.get(device, torch.float32)

    def parse_shape(self, text: str) -> Shape:
        """'8192x4096' -> (8192, 4096); raises ValueError naming the expected dims."""
        return parse_shape(self.name, self.shape_names, text)

    @property
    def natural_pass(self) -> str:
        """What `inspect bench` times by default: the training step for grad_inputs experiments."""
        return "step" if self.grad_inputs else "forward"

    @property
    def served_passes(self) -> tuple[str, ...]:
        """The passes the handwritten launcher computes (handwritten_passes, else the natural one)."""
        return self.handwritten_passes or (self.natural_pass,)

    def handwritten_launcher(self) -> Callable[..., torch.Tensor] | None:
        if self.handwritten is None:
            return None
        module, _, attr = self.handwritten.partition(":")
        return getattr(importlib.import_module(module), attr)

    def tolerance(self, dtype: torch.dtype) -> Tolerance:
        return self.tolerances.get(dtype, DEFAULT_TOLERANCES[torch.float32])


def randn(shape: Shape, dtype: torch.dtype, device: str, generator: torch.Generator | None) -> torch.Tensor:
    """Standard-normal values drawn in fp32 on the target device, then cast (never zeros)."""
    return torch.randn(shape, generator=generator, device=device, dtype=torch.float32).to(dtype)


def elem_size(dtype: torch.dtype) -> int:
    return torch.empty((), dtype=dtype).element_size()
