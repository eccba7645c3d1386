"""Row softmax over the last dim: y = softmax(x, dim=-1) = exp(x - max) / sum(exp(x - max)).

The reference is the naive composition (five ATen kernels, one per line): it reads M x N
elements five times and writes them three times, 4x the ideal traffic.
Expected fusion: Inductor fuses all five into one row kernel (a persistent reduction: the row is
loaded once, max and sum reduced in registers, y written once) for rows that fit; longer rows get
looped reductions that read x two or three times. Roofline: memory-bound; read x once, write y
once: 2 * M * N * elem_size bytes, 128 MiB for the 8192x4096 bf16 flagship (45 us at an H100's
~3.0 TB/s copy rate). The handwritten file has the fused one-pass kernel and an unfused
three-kernel version (max, exp-sum, normalize: x read three times) to measure the gap.
"""

import torch

from experiments._spec import Experiment, Tolerance, elem_size, randn


def eager(x: torch.Tensor) -> torch.Tensor:
    row_max = x.amax(dim=-1, keepdim=True)  # read MN, write M
    z = x - row_max  # read MN + M, write MN
    num = torch.exp(z)  # read MN, write MN
    den = num.sum(dim=-1, keepdim=True)  # read MN, write M
    return num / den  # read MN + M, write MN


def make_inputs(shape, dtype, device, generator=None):
    return (randn(shape, dtype, device, generator),)


def bytes_moved(shape, dtype) -> int:
    m, n = shape
    return 2 * m * n * elem_size(dtype)


# Softmax outputs are ~1/N: a small atol, and the rtol of one rounding to the storage dtype.
TOLERANCES = {
    torch.float32: Tolerance(atol=1e-6, rtol=1e-4),
    torch.float16: Tolerance(atol=1e-5, rtol=2e-3),
    torch.bfloat16: Tolerance(atol=1e-4, rtol=1.6e-2),
}

SPEC = Experiment(
    name="softmax",
    summary="Row softmax over the last dim",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N"),
    default_shapes={"cuda": (8192, 4096), "cpu": (256, 1024)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.softmax:softmax",
    tolerances=TOLERANCES,
    supports_backward=True,
)
