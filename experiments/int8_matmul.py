"""int8 matmul with dequantized output: c = (a_q @ b_q) * sa[:, None] * sb[None, :].

a_q (M x K) and b_q (K x N) are int8, quantized symmetrically with one scale per row of a
(sa, M) and per column of b (sb, N): x_q = round(x / s), s = max|x| / 127 over the row or column.
b_q is K-major (an N x K tensor in memory, transposed), the layout of a Linear layer's weight.
make_inputs quantizes random data that way; the quantization itself is not timed.
The reference dequantizes in the output dtype and multiplies there (what one writes without an
int8 kernel: a bf16 matmul of values that are exact in bf16, accumulated in fp32 by cuBLAS).
Expected from Inductor: the two int8 -> dtype conversions as pointwise kernels (or folded into
the mm's operands by max-autotune's templates), cuBLAS mm, and the scaling as one pointwise
epilogue kernel that re-reads the M x N product. The baseline `int_mm` is torch._int_mm (int8
cuBLASLt, int32 out) then the same scaling. The handwritten kernel multiplies int8 tiles into an
int32 accumulator (exact: |sum| <= K * 127^2 < 2^31 for K < 133,000) and scales in its epilogue.
Roofline: compute-bound at 4096^3 (137 G int8 ops against 32 MiB of operands); an H100's dense
int8 rate is twice its bf16 rate.
"""

import torch

from experiments._spec import Experiment, Tolerance, elem_size, randn


def eager(a_q: torch.Tensor, b_q: torch.Tensor, sa: torch.Tensor, sb: torch.Tensor) -> torch.Tensor:
    a = a_q.to(sa.dtype)  # read MK int8, write MK
    b = b_q.to(sb.dtype)  # read KN int8, write KN
    return (a @ b) * sa[:, None] * sb[None, :]  # read MK + KN, write MN; read MN + M + N, write MN


def int_mm(a_q: torch.Tensor, b_q: torch.Tensor, sa: torch.Tensor, sb: torch.Tensor) -> torch.Tensor:
    """torch._int_mm (int8 x int8 -> int32 on the GPU's integer tensor cores), then the scaling."""
    acc = torch._int_mm(a_q, b_q)  # read MK + KN int8, write MN int32
    return (acc.to(torch.float32) * sa[:, None].float() * sb[None, :].float()).to(sa.dtype)


def quantize(x: torch.Tensor, dim: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Symmetric int8 quantization with one scale per slice along `dim` (fp32 math)."""
    scale = x.float().abs().amax(dim=dim).clamp_min(1e-12) / 127.0
    shape = (-1, 1) if dim == 1 else (1, -1)
    q = torch.round(x.float() / scale.view(shape)).clamp(-127, 127).to(torch.int8)
    return q, scale


def make_inputs(shape, dtype, device, generator=None):
    m, n, k = shape
    a_q, sa = quantize(randn((m, k), torch.float32, device, generator), dim=1)
    # b as a Linear layer stores its weight: N x K in memory (K-major), seen as the K x N operand.
    # Hopper's 8-bit tensor-core MMA (wgmma) takes its B operand only K-major; a row-major K x N
    # b ran ~7x slower on an H200, in torch._int_mm and the handwritten kernel alike.
    b_t, sb = quantize(randn((n, k), torch.float32, device, generator), dim=1)
    b_q = b_t.t()
    # scales in the experiment's dtype, so that every provider multiplies by the same values
    return a_q, b_q, sa.to(dtype), sb.to(dtype) / k**0.5  # / sqrt(K): outputs ~N(0, 1) at any K


def bytes_moved(shape, dtype) -> int:
    m, n, k = shape
    return m * k + k * n + (m + n) * elem_size(dtype) + m * n * elem_size(dtype)


SPEC = Experiment(
    name="int8_matmul",
    summary="int8 x int8 matmul, int32 accumulation, per-row/column scales applied in the epilogue",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N", "K"),
    default_shapes={"cuda": (4096, 4096, 4096), "cpu": (128, 96, 256)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 2 * shape[0] * shape[1] * shape[2],  # integer multiply-adds, counted as 2 ops
    expected_fusion=__doc__,
    handwritten="handwritten.int8_matmul:int8_matmul",
    # no fp16: the reference's product a_q @ b_q in fp16 (|values| up to K * 127^2) overflows it
    dtypes=(torch.float32, torch.bfloat16),
    # the 16-bit reference rounds three times (product, x sa, x sb); the kernel once
    tolerances={
        torch.float32: Tolerance(atol=1e-4, rtol=1e-4),
        torch.bfloat16: Tolerance(atol=2e-2, rtol=2e-2),
    },
    baselines={"int_mm": int_mm},
)
