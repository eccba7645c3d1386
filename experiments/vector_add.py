"""Elementwise sum of two vectors: out = x + y (the first Triton tutorial).

Expected fusion: nothing to fuse; Inductor emits one pointwise kernel (two loads, one add, one
store per element), the same work as eager's single ATen add kernel, so at best it matches eager.
Roofline: memory-bound; read x and y once, write out once: 3 * N * elem_size bytes, 384 MiB for
the 2^26-element bf16 GPU default (0.13 ms at an H100's ~3.0 TB/s copy rate, 0.096 ms at an
H200's ~4.2 TB/s); one add per 6 bytes (bf16) moved is far below any compute limit.
"""

import torch

from experiments._spec import Experiment, elem_size, randn


def eager(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return x + y  # read N + N, write N


def make_inputs(shape, dtype, device, generator=None):
    return randn(shape, dtype, device, generator), randn(shape, dtype, device, generator)


def bytes_moved(shape, dtype) -> int:
    (n,) = shape
    return 3 * n * elem_size(dtype)


SPEC = Experiment(
    name="vector_add",
    summary="x + y over two 1-D vectors (one pointwise op)",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("N",),
    default_shapes={"cuda": (2**26,), "cpu": (2**18,)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.vector_add:vector_add",
    supports_backward=True,
)
