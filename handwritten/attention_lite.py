"""Attention forward with online softmax in one kernel: o = softmax(q k^T / sqrt(D) [+ causal mask]) v,
never writing the N x N scores.

q, k, v, o: (B, H, N, D), one dtype (fp32, fp16, bf16), D in {16, 32, 64, 128}, last dim
contiguous. Roofline: 4 B H N^2 D FLOP (half with the causal mask) over 4 B H N D elements: at
N = 4096, D = 64 that is 2N = 8192 FLOP per element loaded, compute-bound on any GPU (an H100's
ridge is ~330 FLOP/byte), so the measure is TFLOP/s against scaled_dot_product_attention.

Structure (the flash-attention forward): one program per BLOCK_M query rows of one (batch, head).
It keeps the rows' running max m, running sum l of exp(s - m) and the fp32 output accumulator
in registers while it walks the keys in BLOCK_N blocks: s = q k^T (tl.dot, scaled into base 2 so
that exp is one MUFU.EX2), m_new = max(m, rowmax(s)), the accumulator and l rescaled by
2^(m - m_new), p = 2^(s - m_new) cast to the input dtype for the second tl.dot with v. Memory:
O(N) per head (q, k, v, o) against eager's O(N^2) scores and probabilities. With the causal mask
a program stops at its last query row (the key blocks above the diagonal are skipped, not
masked), and the programs with the most work start first (the row blocks run in reverse). Rows
past N are computed on zero queries and never stored; keys past N are masked to -inf. With
split_diagonal (the default) the blocks strictly below the diagonal block are walked first with
no mask at all (no compare, no select, unmasked loads), then the diagonal block with the mask: on
an H200 it took 4x16x4096x64 bf16 from 0.536 to 0.411 ms, and 8 warps instead of 4 to 0.375 ms
(docs/training.md).
Tunables (SWEEP): BLOCK_M, BLOCK_N, num_warps, num_stages, split_diagonal, and `causal` (the
eager reference gets the same value). Under the Triton interpreter the operands are widened to fp32 before tl.dot (its
16-bit products came out wrong there, see matmul_relu.py).
"""

from __future__ import annotations

import math

import torch
import triton
import triton.language as tl

from handwritten._checks import check_device as _check_device, check_floats as _check_floats, check_int as _check_int

HEAD_DIMS = (16, 32, 64, 128)
SWEEP = {"BLOCK_M": [64, 128], "BLOCK_N": [32, 64, 128], "num_warps": [4, 8], "num_stages": [2, 3, 4],
         "causal": [True, False], "split_diagonal": [False, True]}


@triton.jit
def _attend(q, k_base, v_base, stride_kn, stride_vn, offs_m, offs_d, start, stop, N, qk_scale,
            m_i, l_i, acc, MASK: tl.constexpr, CAUSAL: tl.constexpr, BLOCK_N: tl.constexpr,
            INPUT_PRECISION: tl.constexpr, DOT_IN_FP32: tl.constexpr):
    """Key blocks [start, stop) folded into the running (m, l, acc) of the query rows; MASK=False
    for blocks known to lie inside N and, with the causal mask, strictly below the diagonal."""
    for start_n in range(start, stop, BLOCK_N):
        offs_n = start_n + tl.arange(0, BLOCK_N)
        if MASK:
            k = tl.load(k_base + offs_n[:, None] * stride_kn + offs_d[None, :], mask=offs_n[:, None] < N, other=0.0)
            v = tl.load(v_base + offs_n[:, None] * stride_vn + offs_d[None, :], mask=offs_n[:, None] < N, other=0.0)
        else:
            k = tl.load(k_base + offs_n[:, None] * stride_kn + offs_d[None, :])
            v = tl.load(v_base + offs_n[:, None] * stride_vn + offs_d[None, :])
        if DOT_IN_FP32:
            k = k.to(tl.float32)
            v = v.to(tl.float32)
        s = tl.dot(q, tl.trans(k), input_precision=INPUT_PRECISION) * qk_scale  # base-2 logits
        if MASK:
            keep = offs_n[None, :] < N
            if CAUSAL:
                keep = keep & (offs_m[:, None] >= offs_n[None, :])
            s = tl.where(keep, s, -float("inf"))
        m_new = tl.maximum(m_i, tl.max(s, axis=1))
        alpha = tl.exp2(m_i - m_new)  # rows past N: -inf - -inf = NaN, never stored
        p = tl.exp2(s - m_new[:, None])
        l_i = l_i * alpha + tl.sum(p, axis=1)
        acc = acc * alpha[:, None]
        acc = tl.dot(p.to(v.dtype), v, acc, input_precision=INPUT_PRECISION)
        m_i = m_new
    return m_i, l_i, acc


@triton.jit
def _attention_kernel(q_ptr, k_ptr, v_ptr, o_ptr, qk_scale, H, N,
                      stride_qb, stride_qh, stride_qn, stride_kb, stride_kh, stride_kn,
                      stride_vb, stride_vh, stride_vn, stride_ob, stride_oh, stride_on,
                      CAUSAL: tl.constexpr, SPLIT_DIAGONAL: tl.constexpr, BLOCK_M: tl.constexpr,
                      BLOCK_N: tl.constexpr, HEAD_D: tl.constexpr, INPUT_PRECISION: tl.constexpr,
                      DOT_IN_FP32: tl.constexpr):
    # heaviest row blocks first: with the causal mask the last rows see the most keys
    pid_m = tl.num_programs(0) - 1 - tl.program_id(0)
    bh = tl.program_id(1)
    b = (bh // H).to(tl.int64)
    h = (bh % H).to(tl.int64)
    q_base = q_ptr + b * stride_qb + h * stride_qh
    k_base = k_ptr + b * stride_kb + h * stride_kh
    v_base = v_ptr + b * stride_vb + h * stride_vh
    o_base = o_ptr + b * stride_ob + h * stride_oh

    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_d = tl.arange(0, HEAD_D)
    q = tl.load(q_base + offs_m[:, None] * stride_qn + offs_d[None, :], mask=offs_m[:, None] < N, other=0.0)
    if DOT_IN_FP32:
        q = q.to(tl.float32)
    m_i = tl.full((BLOCK_M,), -float("inf"), tl.float32)
    l_i = tl.zeros((BLOCK_M,), tl.float32)
    acc = tl.zeros((BLOCK_M, HEAD_D), tl.float32)

    if CAUSAL:
        hi = tl.minimum((pid_m + 1) * BLOCK_M, N)
        lo = 0
        if SPLIT_DIAGONAL:
            # keys below this row block (all < pid_m * BLOCK_M <= N - 1): no mask at all
            lo = pid_m * BLOCK_M
            m_i, l_i, acc = _attend(q, k_base, v_base, stride_kn, stride_vn, offs_m, offs_d, 0, lo, N, qk_scale,
                                    m_i, l_i, acc, False, CAUSAL, BLOCK_N, INPUT_PRECISION, DOT_IN_FP32)
        m_i, l_i, acc = _attend(q, k_base, v_base, stride_kn, stride_vn, offs_m, offs_d, lo, hi, N, qk_scale,
                                m_i, l_i, acc, True, CAUSAL, BLOCK_N, INPUT_PRECISION, DOT_IN_FP32)
    else:
        m_i, l_i, acc = _attend(q, k_base, v_base, stride_kn, stride_vn, offs_m, offs_d, 0, N, N, qk_scale,
                                m_i, l_i, acc, True, CAUSAL, BLOCK_N, INPUT_PRECISION, DOT_IN_FP32)
    out = acc / l_i[:, None]
    tl.store(o_base + offs_m[:, None] * stride_on + offs_d[None, :], out.to(o_ptr.dtype.element_ty),
             mask=offs_m[:, None] < N)


def attention_lite(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool = True,
                   out: torch.Tensor | None = None, BLOCK_M: int = 128, BLOCK_N: int | None = None,
                   num_warps: int | None = None, num_stages: int = 3, split_diagonal: bool | None = None
                   ) -> torch.Tensor:
    """softmax(q k^T / sqrt(D), causal mask when `causal`) v for (B, H, N, D) tensors; into `out`.
    Defaults (the best points of `inspect sweep attention_lite` on an H200 at 4x16x4096xD, bf16,
    causal; docs/training.md): BLOCK_N=None: 128 for D = 128, else 64; num_warps=None: 8 for
    D >= 64, 4 below. fp32 (twice the shared memory per tile: 128 x 128 x 128 needs 384 KB with 3
    stages, over an H200's 227 KB): BLOCK_N 64, num_warps 4 up to D = 64 and 8 above. split_diagonal (causal only; BLOCK_M a multiple of BLOCK_N): walk the key
    blocks below the diagonal block without any mask, then the diagonal block with it; None: on
    when BLOCK_M is a multiple of BLOCK_N."""
    _check_floats(q=q, k=k, v=v)
    if not isinstance(causal, bool):
        raise ValueError(f"causal must be True or False, got {causal!r}")
    if q.dim() != 4 or q.shape != k.shape or q.shape != v.shape:
        raise ValueError(f"q, k and v must be (B, H, N, D) of one shape, got {tuple(q.shape)}, "
                         f"{tuple(k.shape)}, {tuple(v.shape)}")
    if q.dtype != k.dtype or q.dtype != v.dtype:
        raise ValueError(f"q, k and v must share a dtype, got {q.dtype}, {k.dtype}, {v.dtype}")
    bsz, heads, n, d = q.shape
    if d not in HEAD_DIMS:
        raise ValueError(f"head dim D must be one of {HEAD_DIMS}, got {d}")
    if any(t.stride(-1) != 1 for t in (q, k, v)):
        raise ValueError("q, k and v must be contiguous in their last dim (head dim)")
    wide = q.dtype == torch.float32  # fp32 tiles take twice the shared memory: the earlier, smaller defaults
    if BLOCK_N is None:
        BLOCK_N = 128 if d == 128 and not wide else 64
    if num_warps is None:
        num_warps = (4 if d <= 64 else 8) if wide else (8 if d >= 64 else 4)
    _check_int("BLOCK_M", BLOCK_M, 16, 256)
    _check_int("BLOCK_N", BLOCK_N, 16, 256)
    _check_int("num_warps", num_warps, 1, 16)
    _check_int("num_stages", num_stages, 1, 8, pow2=False)
    if split_diagonal is None:
        split_diagonal = BLOCK_M % BLOCK_N == 0
    if not isinstance(split_diagonal, bool):
        raise ValueError(f"split_diagonal must be True or False, got {split_diagonal!r}")
    if split_diagonal and BLOCK_M % BLOCK_N:
        raise ValueError(f"split_diagonal needs BLOCK_M ({BLOCK_M}) to be a multiple of BLOCK_N ({BLOCK_N})")
    if out is None:
        out = torch.empty_like(q, memory_format=torch.contiguous_format)
    elif not isinstance(out, torch.Tensor) or out.shape != q.shape or out.dtype != q.dtype or out.stride(-1) != 1:
        raise ValueError(f"out must be a tensor of q's shape {tuple(q.shape)} and dtype {q.dtype}, last dim contiguous")
    _check_device(q, k, v, out)
    if out.numel() == 0:
        return out
    grid = (triton.cdiv(n, BLOCK_M), bsz * heads)
    _attention_kernel[grid](
        q, k, v, out, (1.0 / math.sqrt(d)) * 1.4426950408889634, heads, n,
        q.stride(0), q.stride(1), q.stride(2), k.stride(0), k.stride(1), k.stride(2),
        v.stride(0), v.stride(1), v.stride(2), out.stride(0), out.stride(1), out.stride(2),
        CAUSAL=causal, SPLIT_DIAGONAL=split_diagonal and causal, BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N, HEAD_D=d,
        INPUT_PRECISION="ieee" if q.dtype == torch.float32 else "tf32",  # tf32: unused for 16-bit
        DOT_IN_FP32=q.device.type == "cpu", num_warps=num_warps, num_stages=num_stages)
    return out
