"""GPT-2's MLP up-projection: y = gelu(x @ w + b), tanh GELU, x: M x K, w: K x N, b: N.

Expected fusion: in default mode Inductor calls cuBLAS (extern addmm, or mm + a bias in the
pointwise kernel) and runs the GELU as a second, pointwise kernel: the M x N product is written,
read back and written again as y. With max-autotune it benchmarks Triton matmul templates with
the bias and GELU in the epilogue against cuBLAS and keeps the fastest; on an H100 it kept cuBLAS
(127 us against 117 us for the default mode at 8192x3072x768 bf16; x @ w alone 61.7 us).
With --backward (or `inspect bench --pass step`) the forward also saves z = x @ w + b for the
GELU's gradient, a pointwise kernel computes dz = g * gelu'(z) and a reduction db, then two mms.
Roofline: compute-bound, 2 MNK FLOPs over MK + KN + N + MN elements (~590 FLOP/byte in bf16 at
the default shape); the GELU and bias belong in the matmul's epilogue, in registers.
"""

import math

import torch
import torch.nn.functional as F

from experiments._spec import Experiment, Tolerance, elem_size, randn


def eager(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    z = x @ w + b  # read MK + KN + N, write MN (cuBLAS's addmm: bias in its epilogue)
    return F.gelu(z, approximate="tanh")  # read MN, write MN


def make_inputs(shape, dtype, device, generator=None):
    m, n, k = shape
    x = randn((m, k), dtype, device, generator)
    # scaled so that z ~ N(0, 1) whatever K is: GELU's curved part, tolerances independent of K
    w = (randn((k, n), torch.float32, device, generator) / math.sqrt(k)).to(dtype)
    b = (0.1 * randn((n,), torch.float32, device, generator)).to(dtype)
    return x, w, b


def bytes_moved(shape, dtype) -> int:
    m, n, k = shape
    return (m * k + k * n + n + m * n) * elem_size(dtype)


SPEC = Experiment(
    name="mm_gelu",
    summary="gelu(x @ w + b), tanh GELU: a matmul with a bias+GELU epilogue (GPT-2 MLP)",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N", "K"),
    default_shapes={"cuda": (8192, 3072, 768), "cpu": (256, 384, 128)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 2 * shape[0] * shape[1] * shape[2],
    expected_fusion=__doc__,
    handwritten="handwritten.mm_gelu:mm_gelu",
    dtypes=(torch.float32, torch.float16, torch.bfloat16),
    tolerances={
        # fp32 in full precision (no TF32); 16-bit: the output's rounding plus the tanh.approx
        # epilogue's ~2^-11 relative error in bf16 (see handwritten/mm_gelu.py)
        torch.float32: Tolerance(atol=1e-4, rtol=1e-4),
        torch.float16: Tolerance(atol=2e-3, rtol=4e-3),
        torch.bfloat16: Tolerance(atol=1e-2, rtol=1.6e-2),
    },
    supports_backward=True,
    # the step's launcher takes the upstream gradient g and returns (y, dx, dw, db)
    handwritten_passes=("forward", "step"),
)
