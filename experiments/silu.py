"""SiLU through the library op: y = F.silu(x) = x * sigmoid(x).

Expected fusion: a single pointwise kernel (one load, one store per element, sigmoid via exp in
fp32). Eager already runs one kernel, so Inductor can at best match it. Roofline: memory-bound;
read x once, write y once. Compare with `silu_sigmoid` (the same math spelled out by hand).
"""

import torch
import torch.nn.functional as F

from experiments._spec import Experiment, elem_size, randn


def eager(x: torch.Tensor) -> torch.Tensor:
    return F.silu(x)  # read MN, write MN


def make_inputs(shape, dtype, device, generator=None):
    return (randn(shape, dtype, device, generator),)


def bytes_moved(shape, dtype) -> int:
    m, n = shape
    return 2 * m * n * elem_size(dtype)


SPEC = Experiment(
    name="silu",
    summary="SiLU via F.silu (one pointwise op)",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N"),
    default_shapes={"cuda": (8192, 4096), "cpu": (256, 1024)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.silu:silu",
    supports_backward=True,
)
