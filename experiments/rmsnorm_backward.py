"""RMSNorm backward: dx, dw of y = x / sqrt(mean(x^2) + eps) * w (fp32 math) for an upstream dy.

As in layernorm_backward, the step is the scalar s = sum(rmsnorm(x, w) * dy), whose gradients
with respect to x and w are RMSNorm's backward for the upstream gradient dy; eager and
torch.compile run it forward + autograd.grad, the handwritten kernels return (s, dx, dw).
Expected from Inductor: a forward row reduction (sum of x^2) fused with the scale, the product
with dy and a partial sum, saving rstd (M floats); a backward row kernel for dx (one row
reduction of dy * w * x) and a column reduction over M for dw. Roofline: read x and dy once,
write dx once (3 M N elements) plus w and dw: 192 MiB for the 8192x4096 bf16 default.
"""

import torch

from experiments import layernorm_backward as _lnb
from experiments._spec import Experiment, elem_size, randn
from experiments.rmsnorm import eager as rmsnorm

GRAD_INPUTS = (0, 1)  # x, weight (dy is data)


def eager(x: torch.Tensor, weight: torch.Tensor, dy: torch.Tensor) -> torch.Tensor:
    return (rmsnorm(x, weight) * dy).sum()  # the forward's traffic, then read 2 MN, write MN, read MN


def make_inputs(shape, dtype, device, generator=None):
    m, n = shape
    x = randn((m, n), dtype, device, generator)
    weight = 1.0 + 0.1 * randn((n,), dtype, device, generator)
    return x, weight, randn((m, n), dtype, device, generator)


def bytes_moved(shape, dtype) -> int:
    m, n = shape
    return (3 * m * n + 2 * n) * elem_size(dtype)  # x, dy read and dx written once; w read, dw written


SPEC = Experiment(
    name="rmsnorm_backward",
    summary="RMSNorm backward: dx, dw for an upstream gradient dy (training step)",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N"),
    default_shapes={"cuda": (8192, 4096), "cpu": (256, 1024)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.layernorm_backward:rmsnorm_backward",
    tolerances=_lnb.TOLERANCES,
    supports_backward=True,
    grad_inputs=GRAD_INPUTS,
    handwritten_passes=("step", "backward"),  # the kernels are the backward (s costs one FMA per element)
    loss_tolerance=_lnb.loss_tolerance,
)
