"""Add then scale by a Python float: out = (x + y) * s, with s = 2.0 by default.

Expected fusion: one pointwise kernel (two loads, add and multiply in fp32, one store); the scalar
is baked into the generated code as a constant (Dynamo specializes a Python float default), so
s = 1.0 may be folded away entirely. Eager runs two kernels and writes and re-reads the sum:
5 * N * elem_size bytes instead of 3 * N. Roofline: memory-bound, 3 * N * elem_size bytes
(384 MiB for the 2^26-element bf16 GPU default), so the fused kernel should be ~5/3 faster than
eager. The handwritten file also has the unfused two-kernel version (add, then mul) to measure
that gap; SCALES lists the values of s the study compares.
"""

import torch

from experiments._spec import Experiment
from experiments.vector_add import bytes_moved, make_inputs  # two vectors in, one out: 3N elements

S = 2.0
SCALES = (1.0, 2.0, 10.0)


def eager(x: torch.Tensor, y: torch.Tensor, s: float = S) -> torch.Tensor:
    t = x + y  # read N + N, write N
    return t * s  # read N, write N


SPEC = Experiment(
    name="add_mul",
    summary="(x + y) * s with a Python float s: two pointwise ops to fuse",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("N",),
    default_shapes={"cuda": (2**26,), "cpu": (2**18,)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.add_mul:add_mul",
    supports_backward=True,
)
