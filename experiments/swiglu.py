"""SwiGLU gate: y = silu(a) * b, a and b of the same shape.

Expected fusion: one pointwise kernel reading a and b and writing y. Eager runs silu then mul and
writes silu(a) out and reads it back (5 passes over MN instead of 3). Roofline: memory-bound;
read a and b once, write y once (3*M*N elements).
"""

import torch
import torch.nn.functional as F

from experiments._spec import Experiment, elem_size, randn


def eager(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return F.silu(a) * b  # silu: read MN, write MN; mul: read 2MN, write MN


def make_inputs(shape, dtype, device, generator=None):
    return randn(shape, dtype, device, generator), randn(shape, dtype, device, generator)


def bytes_moved(shape, dtype) -> int:
    m, n = shape
    return 3 * m * n * elem_size(dtype)


SPEC = Experiment(
    name="swiglu",
    summary="SwiGLU gate silu(a) * b",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N"),
    default_shapes={"cuda": (8192, 4096), "cpu": (256, 1024)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.swiglu:swiglu",
    supports_backward=True,
)
