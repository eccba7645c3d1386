"""SiLU spelled out: y = x * torch.sigmoid(x).

Expected fusion: Inductor fuses the sigmoid and the multiply into one pointwise kernel, the same
kernel as for F.silu. Eager runs two kernels and writes sigmoid(x) to memory and reads it back
(4 passes over MN instead of 2), so this is where compiling pays. Roofline: memory-bound; read x
once, write y once. The handwritten kernel is the SiLU kernel.
"""

import torch

from experiments._spec import Experiment
from experiments.silu import bytes_moved, make_inputs


def eager(x: torch.Tensor) -> torch.Tensor:
    s = torch.sigmoid(x)  # read MN, write MN
    return x * s  # read 2MN, write MN


SPEC = Experiment(
    name="silu_sigmoid",
    summary="SiLU written as x * sigmoid(x) (two ops for Inductor to fuse)",
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
