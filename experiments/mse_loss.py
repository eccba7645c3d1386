"""Mean squared error and its gradient: loss = mean((pred - target)^2), dloss/dpred = 2 (pred - target) / n.

A training-side experiment: run it with --backward, the step is forward + loss.backward().
Expected from Inductor: the forward is one reduction to a scalar, which for a large input it
splits in two kernels (per-chunk partial sums of (p - t)^2, then a small kernel summing them and
dividing by n). The backward is one pointwise kernel: the partitioner saves pred and target, not
the difference, and recomputes 2 (p - t) g / n from them. Forward + backward therefore read pred
and target twice and write the gradient once: 5n elements. Eager moves more (sub writes the
difference, pow writes the square, the backward kernels read and write it again).

Roofline for the fused forward+backward: read pred and target once, write the gradient once and
one scalar: 3n elements, 192 MiB for the 8192x4096 bf16 default (~67 us at an H100's ~3.0 TB/s
copy rate), against 5n for the two Inductor graphs: at best 5/3 = 1.67x faster.
"""

import torch
import torch.nn.functional as F

from experiments._spec import Experiment, Tolerance, elem_size, randn


# Positions of the inputs whose gradient the handwritten launcher returns (pred; target is data).
GRAD_INPUTS = (0,)

def eager(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    # forward: read 2n (sub) write n, read n (pow) write n, read n (mean) write 1;
    # backward: read 2n again (or the saved difference), write n gradient
    return F.mse_loss(pred, target)


def make_inputs(shape, dtype, device, generator=None):
    pred = randn(shape, dtype, device, generator)
    # a target near the prediction (a regression late in training): differences ~ N(0, 0.5^2)
    target = (pred.float() + 0.5 * randn(shape, torch.float32, device, generator)).to(dtype)
    return pred, target


def bytes_moved(shape, dtype) -> int:
    m, n = shape
    # pred + target read, gradient written (elem_size each), the scalar loss written
    return 3 * m * n * elem_size(dtype) + elem_size(dtype)


# The loss is a mean of positive terms accumulated in fp32 and rounded once to the dtype: the
# per-dtype rounding tolerances. The gradient's elements are ~1/n: compare it with
# grad_tolerance, which scales atol by 2/n (its largest possible term per unit difference).
TOLERANCES = {
    torch.float32: Tolerance(atol=1e-5, rtol=1e-4),
    torch.float16: Tolerance(atol=2e-3, rtol=2e-3),
    torch.bfloat16: Tolerance(atol=1.6e-2, rtol=1.6e-2),
}


def grad_tolerance(dtype: torch.dtype, numel: int) -> Tolerance:
    """Tolerance for the gradient 2 (p - t) / n: atol relative to 2/n; for fp16 at least the
    subnormal step 2^-24 (6e-8), since gradients below 6e-5 (n > ~3e4) are subnormal there."""
    tol = TOLERANCES[dtype]
    floor = 2.0**-24 if dtype == torch.float16 else 0.0
    return Tolerance(atol=tol.atol * 2.0 / numel + floor, rtol=tol.rtol)


SPEC = Experiment(
    name="mse_loss",
    summary="mean squared error loss + gradient w.r.t. pred (training step)",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N"),
    default_shapes={"cuda": (8192, 4096), "cpu": (256, 1024)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.mse_loss:mse_loss",
    tolerances=TOLERANCES,
    supports_backward=True,
    grad_inputs=GRAD_INPUTS,
    grad_tolerance=lambda dtype, inputs: grad_tolerance(dtype, inputs[0].numel()),
)
