"""LayerNorm backward: dx, dw, db of y = layer_norm(x) * w + b for a given upstream gradient dy.

The step is written as a scalar, s = sum(layer_norm(x, w, b) * dy), because its gradients with
respect to x, w and b are exactly LayerNorm's backward with upstream gradient dy: eager and
torch.compile run it forward + autograd.grad (Inductor compiles a forward and a backward graph,
and `inspect run --backward` captures both), the handwritten kernels return (s, dx, dw, db).
Expected from Inductor: the forward graph is a row reduction (mean, rstd) fused with the affine,
the product with dy and a partial sum; it saves x's mean and rstd (2M floats) for the backward,
which fuses dx into one row kernel (two row reductions of dy * w) and computes dw, db as column
reductions over M, split in partial sums and a final pass. Forward + backward read x and dy twice
(once per graph). Roofline: read x and dy once, write dx once (3 M N elements), plus the weights:
192 MiB for the 8192x4096 bf16 default, ~45 us at an H200's ~4.2 TB/s.
"""

import math

import torch
import torch.nn.functional as F

from experiments._spec import Experiment, Tolerance, elem_size, randn

EPS = 1e-5

# Positions of the inputs whose gradient the step returns: x, weight, bias (dy is data).
GRAD_INPUTS = (0, 1, 2)


def eager(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor, dy: torch.Tensor) -> torch.Tensor:
    y = F.layer_norm(x, (x.shape[-1],), weight, bias, EPS)  # read MN + 2N, write MN (and M mean, M rstd)
    return (y * dy).sum()  # read 2 MN, write MN, then read MN, write 1


def make_inputs(shape, dtype, device, generator=None):
    m, n = shape
    x = randn((m, n), dtype, device, generator)
    weight = 1.0 + 0.1 * randn((n,), dtype, device, generator)
    bias = 0.1 * randn((n,), dtype, device, generator)
    dy = randn((m, n), dtype, device, generator)
    return x, weight, bias, dy


def bytes_moved(shape, dtype) -> int:
    m, n = shape
    # x, dy read and dx written once; weight, bias read and dw, db written once
    return (3 * m * n + 4 * n) * elem_size(dtype)


TOLERANCES = {
    torch.float32: Tolerance(atol=1e-4, rtol=1e-4),
    torch.float16: Tolerance(atol=4e-3, rtol=4e-3),
    torch.bfloat16: Tolerance(atol=3.2e-2, rtol=1.6e-2),
}


def loss_tolerance(dtype: torch.dtype, inputs) -> Tolerance:
    """s is a sum of M N terms of random sign, ~sqrt(MN) in size and possibly near 0: an absolute
    tolerance of the dtype's rounding step times sqrt(MN) (the 16-bit references round y and
    y * dy elementwise before summing)."""
    tol = TOLERANCES[dtype]
    return Tolerance(atol=4 * tol.rtol * math.sqrt(inputs[0].numel()), rtol=tol.rtol)


SPEC = Experiment(
    name="layernorm_backward",
    summary="LayerNorm backward: dx, dw, db for an upstream gradient dy (training step)",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N"),
    default_shapes={"cuda": (8192, 4096), "cpu": (256, 1024)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.layernorm_backward:layernorm_backward",
    tolerances=TOLERANCES,
    supports_backward=True,
    grad_inputs=GRAD_INPUTS,
    handwritten_passes=("step", "backward"),  # the kernels are the backward (s costs one FMA per element)
    loss_tolerance=loss_tolerance,
)
