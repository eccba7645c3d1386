"""Elementwise sum of two strided views: out = x[::S] + y[::S] (non-contiguous loads).

make_inputs builds vectors of N * S elements and returns their every-S-th-element views, so the
eager function is plain `x + y` on non-contiguous inputs; the output is contiguous (N elements).
Expected fusion: one pointwise kernel whose loads index `S * i` (Dynamo specializes the strides,
so S appears as a literal in the generated Triton code); eager runs one ATen add, the same work.
Roofline: 3 * N * elem_size useful bytes (the bytes model), but DRAM moves whole 32-byte sectors:
once S * elem_size >= 32 (S >= 16 in bf16, S >= 8 in fp32) every load pulls a sector for one
element, 16x (bf16) or 8x (fp32) the useful read traffic, so the GB/s column against this model
shows how much of each sector is wasted; S = 1 is vector_add.
"""

import torch

from experiments._spec import Experiment, elem_size, randn


def eager(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return x + y  # read N + N (strided: one sector per element once S*elem_size >= 32), write N


def make_inputs(shape, dtype, device, generator=None):
    n, stride = shape
    full_x = randn((n * stride,), dtype, device, generator)
    full_y = randn((n * stride,), dtype, device, generator)
    return full_x[::stride], full_y[::stride]


def bytes_moved(shape, dtype) -> int:
    n, _stride = shape
    return 3 * n * elem_size(dtype)


SPEC = Experiment(
    name="vector_add_strided",
    summary="x[::S] + y[::S]: the vector sum over non-contiguous inputs",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("N", "STRIDE"),
    # 2^24 elements at stride 4: 96 MiB useful (bf16), 256 MiB allocated, every 8-byte group of a
    # 32-byte sector touched once (bf16: 4 of 16 elements used)
    default_shapes={"cuda": (2**24, 4), "cpu": (2**16, 4)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.vector_add_strided:vector_add_strided",
    supports_backward=True,
)
