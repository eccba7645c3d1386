"""Matrix product: c = a @ b, a: M x K, b: K x N (the Triton matmul tutorial, no epilogue).

Expected fusion: none to do. In default mode Inductor calls cuBLAS (extern mm) and generates no
Triton kernel; with max-autotune it benchmarks its Triton mm templates against cuBLAS and keeps
the fastest. On CPU it calls the ATen mm. Roofline: compute-bound at 4096^3: 2*M*N*K = 137 GFLOP
over (M*K + K*N + M*N) elements (96 MiB in bf16), ~1365 FLOP/byte, far above an H100's ~330
FLOP/byte ridge (~990 dense bf16 TFLOP/s over ~3.0 TB/s). Compare with matmul_relu.
"""

import torch

from experiments._spec import Experiment
# the same operands (b scaled by 1/sqrt(K): outputs ~N(0, 1)), bytes model and tolerances as matmul_relu
from experiments.matmul_relu import SPEC as _MATMUL_RELU, bytes_moved, make_inputs


def eager(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return a @ b  # read MK + KN (once each at best; re-read from L2 per tile), write MN


SPEC = Experiment(
    name="matmul",
    summary="a @ b: a plain matrix product",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N", "K"),
    default_shapes={"cuda": (4096, 4096, 4096), "cpu": (256, 256, 256)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 2 * shape[0] * shape[1] * shape[2],
    expected_fusion=__doc__,
    handwritten="handwritten.matmul:matmul",
    tolerances=_MATMUL_RELU.tolerances,
    supports_backward=True,
)
