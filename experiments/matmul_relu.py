"""Matrix product followed by ReLU: y = relu(a @ b), a: M x K, b: K x N.

Expected fusion: in default mode Inductor calls cuBLAS (extern mm) and runs the ReLU as a second,
pointwise kernel, so the M x N product is written and read back once more. With max-autotune it
benchmarks Triton matmul templates with the ReLU fused in the epilogue against cuBLAS and keeps the
fastest. On CPU it calls the ATen mm (MKL/oneDNN) and a C++ ReLU loop. Roofline: compute-bound at
4096^3 (2*M*N*K FLOPs over M*K + K*N + M*N elements, ~1365 FLOP/byte in bf16).
"""

import math

import torch

from experiments._spec import Experiment, Tolerance, elem_size, randn


def eager(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    c = a @ b  # read MK + KN, write MN
    return torch.relu(c)  # read MN, write MN


def make_inputs(shape, dtype, device, generator=None):
    m, n, k = shape
    a = randn((m, k), dtype, device, generator)
    # scaled so that outputs are ~N(0, 1) whatever K is: keeps tolerances independent of K
    b = (randn((k, n), torch.float32, device, generator) / math.sqrt(k)).to(dtype)
    return a, b


def bytes_moved(shape, dtype) -> int:
    m, n, k = shape
    return (m * k + k * n + m * n) * elem_size(dtype)


SPEC = Experiment(
    name="matmul_relu",
    summary="relu(a @ b): matrix product with a ReLU epilogue",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N", "K"),
    default_shapes={"cuda": (4096, 4096, 4096), "cpu": (256, 256, 256)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 2 * shape[0] * shape[1] * shape[2],
    expected_fusion=__doc__,
    handwritten="handwritten.matmul_relu:matmul_relu",
    dtypes=(torch.float32, torch.float16, torch.bfloat16),
    tolerances={
        # fp32 is compared in full precision (no TF32): accumulation-order error only
        torch.float32: Tolerance(atol=1e-4, rtol=1e-4),
        torch.float16: Tolerance(atol=2e-3, rtol=4e-3),
        torch.bfloat16: Tolerance(atol=1e-2, rtol=1.6e-2),
    },
    supports_backward=True,
)
