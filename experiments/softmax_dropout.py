"""Softmax over the last dim, then dropout (p=0.1, training mode): y = dropout(softmax(x)).

Expected fusion: Inductor generates the random numbers inside the kernel (Philox from a seed, no
random tensor read from memory) and can fuse softmax and dropout into one row kernel; depending on
the version it splits the max/sum reductions and the dropout into separate kernels and stores the
boolean mask for backward. Eager runs softmax, then dropout's fused mask-and-scale kernel, and
writes the mask (1 byte/element). Roofline: memory-bound; read x once, write y once. The bytes
model counts no mask: a seed-based kernel can regenerate it in backward.
"""

import torch
import torch.nn.functional as F

from experiments._spec import Experiment, Tolerance, elem_size, randn
from inspector.core.policy import check_dropout

P = 0.1


def eager(x: torch.Tensor) -> torch.Tensor:
    probs = torch.softmax(x, dim=-1)  # read MN, write MN
    return F.dropout(probs, p=P, training=True)  # read MN, write MN (+ MN bytes of mask)


def make_inputs(shape, dtype, device, generator=None):
    return (randn(shape, dtype, device, generator),)


def bytes_moved(shape, dtype) -> int:
    m, n = shape
    return 2 * m * n * elem_size(dtype)


TOLERANCES = {
    torch.float32: Tolerance(atol=1e-6, rtol=1e-4),
    torch.float16: Tolerance(atol=1e-5, rtol=2e-3),
    torch.bfloat16: Tolerance(atol=1e-4, rtol=1.6e-2),
}


def check(out: torch.Tensor, inputs, dtype: torch.dtype):
    """Dropout's mask is random: kept elements must equal softmax(x)/(1-p), the rest exactly 0."""
    (x,) = inputs
    kept_ref = torch.softmax(x.double(), dim=-1) / (1 - P)
    tol = TOLERANCES[dtype]
    return check_dropout(out, kept_ref, P, tol.atol, tol.rtol)


SPEC = Experiment(
    name="softmax_dropout",
    summary="Row softmax then dropout p=0.1 in training mode",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N"),
    default_shapes={"cuda": (8192, 4096), "cpu": (256, 1024)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.softmax_dropout:softmax_dropout",
    tolerances=TOLERANCES,
    supports_backward=True,
    check=check,
)
