"""int8 x int8 -> int32 matmul with the per-row / per-column dequantization in the epilogue:
c = (a_q @ b_q) * sa[:, None] * sb[None, :], in one kernel.

a_q: M x K int8, b_q: K x N int8, sa: M and sb: N scales in the output dtype (fp32 or bf16).
Any strides; fast on Hopper only with b_q K-major (b_q.stride(0) == 1: an N x K tensor
transposed, as a Linear layer stores its weight), since the 8-bit wgmma instruction takes its B
operand only that way: with a row-major K x N b_q Triton falls back to the older MMA path
(~105 int8 TOPS on an H200 at 4096^3, like torch._int_mm on the same layout).
Roofline (4096^3): 137 G multiply-adds over 32 MiB of int8 operands and a 32 MiB bf16 output:
compute-bound; an H100's dense int8 tensor-core rate (~1979 TOPS by its datasheet) is twice the
bf16 one, and the int8 operand tiles are half the bytes of bf16 ones, so BLOCK_K can double for
the same shared memory.

Structure: the grouped tile order of handwritten/matmul.py (GROUP_M tile rows walked down each
tile column, so operand tiles are reused from L2), tl.dot on int8 tiles into an int32
accumulator (exact for K < 133,000: |sum| <= K * 127^2 < 2^31), then one epilogue that converts
the tile to fp32, multiplies by its rows' sa and columns' sb and stores the output dtype: the
M x N int32 product never reaches memory. Rows, columns and the K tail are masked (int8 zeros
add nothing). Tunables (SWEEP): BLOCK_M, BLOCK_N, BLOCK_K, GROUP_M, num_warps, num_stages. Under
the Triton interpreter (whose tl.dot takes no int32 accumulator) each tile's product is taken
in fp32, exact for BLOCK_K <= 256 (<= 256 * 127^2 < 2^24), and added to the int32 accumulator.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import check_device as _check_device, check_int as _check_int
from handwritten._parts import grouped_tile as _grouped_tile

SWEEP = {"BLOCK_M": [64, 128], "BLOCK_N": [64, 128, 256], "BLOCK_K": [64, 128], "GROUP_M": [1, 8],
         "num_warps": [4, 8], "num_stages": [3, 4]}
OUT_DTYPES = (torch.float32, torch.bfloat16)


@triton.jit
def _int8_matmul_kernel(a_ptr, b_ptr, sa_ptr, sb_ptr, c_ptr, M, N, K,
                        stride_am, stride_ak, stride_bk, stride_bn, stride_cm, stride_cn,
                        BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
                        GROUP_M: tl.constexpr, DOT_IN_FP32: tl.constexpr):
    pid = tl.program_id(0)
    tiles_m = tl.cdiv(M, BLOCK_M)
    tiles_n = tl.cdiv(N, BLOCK_N)
    pid_m, pid_n = _grouped_tile(pid, tiles_m, tiles_n, GROUP_M)

    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    mask_m = offs_m < M
    mask_n = offs_n < N
    a_ptrs = a_ptr + offs_m[:, None].to(tl.int64) * stride_am + offs_k[None, :] * stride_ak
    b_ptrs = b_ptr + offs_k[:, None].to(tl.int64) * stride_bk + offs_n[None, :] * stride_bn
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.int32)
    for k in range(0, tl.cdiv(K, BLOCK_K)):
        k_left = K - k * BLOCK_K
        a = tl.load(a_ptrs, mask=mask_m[:, None] & (offs_k[None, :] < k_left), other=0)
        b = tl.load(b_ptrs, mask=(offs_k[:, None] < k_left) & mask_n[None, :], other=0)
        if DOT_IN_FP32:  # one tile's sum, <= 256 * 127^2 < 2^24, is exact in fp32
            acc += tl.dot(a.to(tl.float32), b.to(tl.float32), input_precision="ieee").to(tl.int32)
        else:
            acc = tl.dot(a, b, acc, out_dtype=tl.int32)
        a_ptrs += BLOCK_K * stride_ak
        b_ptrs += BLOCK_K * stride_bk
    sa = tl.load(sa_ptr + offs_m, mask=mask_m, other=0.0).to(tl.float32)
    sb = tl.load(sb_ptr + offs_n, mask=mask_n, other=0.0).to(tl.float32)
    out = acc.to(tl.float32) * sa[:, None] * sb[None, :]
    c = c_ptr + offs_m[:, None].to(tl.int64) * stride_cm + offs_n[None, :] * stride_cn
    tl.store(c, out.to(c_ptr.dtype.element_ty), mask=mask_m[:, None] & mask_n[None, :])


def int8_matmul(a_q: torch.Tensor, b_q: torch.Tensor, sa: torch.Tensor, sb: torch.Tensor,
                out: torch.Tensor | None = None, BLOCK_M: int = 128, BLOCK_N: int = 128, BLOCK_K: int = 128,
                GROUP_M: int = 8, num_warps: int = 8, num_stages: int = 3) -> torch.Tensor:
    """(a_q @ b_q) * sa[:, None] * sb[None, :] for int8 a_q (M x K), b_q (K x N) and scales sa (M),
    sb (N) of the output dtype (fp32 or bf16); into `out` (M x N). The defaults are the best point
    of `inspect sweep int8_matmul` at 4096^3 on an H200 with a K-major b_q (docs/training.md)."""
    for name, value, lo, hi, pow2 in (("BLOCK_M", BLOCK_M, 16, 256, True), ("BLOCK_N", BLOCK_N, 16, 256, True),
                                      ("BLOCK_K", BLOCK_K, 32, 256, True), ("GROUP_M", GROUP_M, 1, 64, False),
                                      ("num_warps", num_warps, 1, 16, True), ("num_stages", num_stages, 1, 8, False)):
        _check_int(name, value, lo, hi, pow2)
    for name, t in (("a_q", a_q), ("b_q", b_q), ("sa", sa), ("sb", sb)):
        if not isinstance(t, torch.Tensor):
            raise TypeError(f"{name} must be a torch.Tensor, got {type(t).__name__}")
    if a_q.dtype != torch.int8 or b_q.dtype != torch.int8:
        raise TypeError(f"a_q and b_q must be int8, got {a_q.dtype} and {b_q.dtype}")
    if a_q.dim() != 2 or b_q.dim() != 2 or a_q.shape[1] != b_q.shape[0]:
        raise ValueError(f"a_q must be M x K and b_q K x N, got {tuple(a_q.shape)} and {tuple(b_q.shape)}")
    m, k = a_q.shape
    n = b_q.shape[1]
    if sa.shape != (m,) or sb.shape != (n,) or sa.dtype != sb.dtype or sa.dtype not in OUT_DTYPES:
        raise ValueError(f"sa must be ({m},) and sb ({n},), one dtype of float32 or bfloat16; got sa "
                         f"{tuple(sa.shape)} {sa.dtype}, sb {tuple(sb.shape)} {sb.dtype}")
    if not (sa.is_contiguous() and sb.is_contiguous()):
        raise ValueError("sa and sb must be contiguous")
    if k >= 133_000:
        raise ValueError(f"K = {k} could overflow the int32 accumulator (K * 127^2 >= 2^31)")
    if out is None:
        out = torch.empty((m, n), dtype=sa.dtype, device=a_q.device)
    elif not isinstance(out, torch.Tensor) or tuple(out.shape) != (m, n) or out.dtype != sa.dtype:
        raise ValueError(f"out must be a ({m}, {n}) tensor of dtype {sa.dtype}")
    _check_device(a_q, b_q, sa, sb, out)
    if m and n:
        grid = (triton.cdiv(m, BLOCK_M) * triton.cdiv(n, BLOCK_N),)
        _int8_matmul_kernel[grid](a_q, b_q, sa, sb, out, m, n, k, a_q.stride(0), a_q.stride(1), b_q.stride(0),
                                  b_q.stride(1), out.stride(0), out.stride(1), BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N,
                                  BLOCK_K=BLOCK_K, GROUP_M=GROUP_M, DOT_IN_FP32=a_q.device.type == "cpu",
                                  num_warps=num_warps, num_stages=num_stages)
    return out
