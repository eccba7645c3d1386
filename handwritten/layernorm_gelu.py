"""LayerNorm over the last dim (fp32 statistics, affine) then exact GELU: y = gelu(ln(x) * w + b).

Roofline: memory-bound at the byte count: x read once, y written once, w and b once per program
(from L2): (2*M*N + 2*N) * elem_size bytes, 128 MiB for the 8192x4096 bf16 flagship (45 us at an
H100's ~3.0 TB/s copy rate, 31 us at an H200's ~4.2 TB/s). Issue budget at copy speed: 132 SMs x
4 schedulers x 32 lanes x ~1.9 GHz over 33.5 M elements in 31-45 us = ~30-45 instructions per
element. The textbook kernel spends more: libdevice's erff alone is ~30 SASS instructions per
element (two polynomial branches; a warp whose lanes disagree runs both), and measured 0.070 ms
(64% of copy) in this structure on an H100. So the arithmetic is cut:

- GELU: gelu(h) = h * Phi(h) = max(h, 0) - |h| * Q(|h|), with Q(u) = erfc(u / sqrt 2) / 2 the
  normal upper tail. log2 Q is smooth on [0, 6], so Q = exp2(P(u)) with P a polynomial fitted
  by weighted least squares (Chebyshev basis) and u clamped to 6 (|h| Q(|h|) < 6e-9 beyond).
  Cost: FMNMX, deg FFMA, MUFU.EX2, FMNMX, FFMA; no branch, no division. The degree follows the
  output dtype: 5 for fp32 outputs (abs error < 6.4e-7 against float64 erf GELU on [-12, 12],
  1/150 of fp32's 1e-4 tolerance), 3 for fp16/bf16 outputs (< 5.5e-5: 1/18 of an fp16 ulp at
  1.0, 1/140 of a bf16 ulp). Degree 5 instead of 3 on bf16 costs 2 FFMA/element, ~1% of time.
- Statistics: two passes over the row held in registers (mean, then sum((x - mean)^2)): no
  cancellation when |mean| >> std, and d = x - mean is reused for the normalisation, so it costs
  the same as a single pass sum/sum-of-squares (measured equal, 0.0501 vs 0.0502 ms).
- Affine: (d * rstd) * w + b, FMUL + FFMA; w and b are converted once per program.
In all ~28 SASS instructions per element on sm_90 (static count / elements per thread, triton
3.6, bf16, degree 3) against ~53 with libdevice erf.

What remained was latency, not issue: a program that loads a row, reduces it and transforms it
has no loads in flight while it computes. The kernel is a grid-stride loop over row blocks on a
persistent grid (as many programs as fit at once: 8 warps, 78 registers, 3 per SM), and each
program loads block i+1 (in the input dtype, 8 registers per 16 bf16) before it works on block i.
H100, 8192x4096 bf16: one program per row 0.0545 ms, persistent without prefetch 0.0534 ms,
persistent with prefetch 0.0498 ms (90% of copy; Inductor 0.0883). See docs/kernels-rows.md.
Streaming cache hints (STREAM: evict-first loads, `.cs` stores) did not help: on an H200 (torch
2.11, triton 3.6, 8192x4096 bf16, 3 rounds) 0.0411 ms (0.0407-0.0412) against 0.0406 ms
(0.0398-0.0406) without them; two rows per program with 16 warps 0.0423 ms.
Each program holds ROWS whole rows (BLOCK_N = next power of two >= N; 16-byte loads when the row
stride allows), so x is read from memory once. Rows up to 65536 elements fit; longer are refused.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import (
    as_rows as _rows,
    check_device as _check_device,
    check_floats as _check_floats,
    output as _output,
    resident_programs as _resident_programs,
)

MAX_N = 65536


@triton.jit
def gelu_fp32(h, POLY_DEG: tl.constexpr):
    """Exact (erf) GELU in fp32: libdevice erf when POLY_DEG == 0, else exp2 of a polynomial."""
    if POLY_DEG == 0:
        return 0.5 * h * (1.0 + tl.math.erf(h * 0.7071067811865476))
    # The clamp keeps gelu(inf) = inf (inf * exp2(-inf) would be NaN).
    u = tl.minimum(tl.abs(h), 6.0)
    # log2(erfc(u / sqrt 2) / 2) ~ P(u) on [0, 6], Horner form.
    if POLY_DEG == 5:
        p = -4.73276053753447e-04 * u + 7.084329849585255e-03
        p = p * u - 5.1826884524610456e-02
        p = p * u - 4.59992820108847e-01
        p = p * u - 1.150787785681611
        p = p * u - 1.0000376183493813
    else:
        p = -2.487421143252804e-02 * u - 4.9885177822485854e-01
        p = p * u - 1.1292212584896304
        p = p * u - 1.0035363797287307
    return tl.maximum(h, 0.0) - u * tl.exp2(p)


@triton.jit
def _layernorm_gelu_kernel(x_ptr, w_ptr, b_ptr, y_ptr, M, N, stride_x, stride_y, eps,
                           BLOCK_N: tl.constexpr, ROWS: tl.constexpr, EVEN_N: tl.constexpr,
                           PREFETCH: tl.constexpr, POLY_DEG: tl.constexpr, STAGES: tl.constexpr,
                           STREAM: tl.constexpr = False):
    pid = tl.program_id(0)
    nprog = tl.num_programs(0)
    blocks = tl.cdiv(M, ROWS)
    r = tl.arange(0, ROWS)
    cols = tl.arange(0, BLOCK_N)
    cmask = cols < N
    w = tl.load(w_ptr + cols, mask=cmask, other=0.0).to(tl.float32)
    b = tl.load(b_ptr + cols, mask=cmask, other=0.0).to(tl.float32)
    # PREFETCH: software pipelining across the grid-stride loop. Block blk+nprog is loaded (in
    # the input dtype, 8 registers per 16 bf16) while block blk is reduced and transformed, so a
    # program keeps a row's worth of loads in flight through its arithmetic. Rows past M in a
    # partial last block re-read row M-1 and are not stored; a block past the end is masked off.
    if PREFETCH:
        src = tl.minimum(pid * ROWS + r, M - 1).to(tl.int64)
        live = (pid * ROWS + r < blocks * ROWS)[:, None] & cmask[None, :]
        x_next = tl.load(x_ptr + src[:, None] * stride_x + cols[None, :], mask=live, other=0.0,
                         eviction_policy="evict_first" if STREAM else "")
    # STAGES > 1 asks Triton's software pipeliner to run the loop's loads STAGES - 1 blocks ahead
    # through shared memory (cp.async); a loop without tl.dot is pipelined only when asked.
    for blk in tl.range(pid, blocks, nprog, num_stages=STAGES):
        if PREFETCH:
            x = x_next.to(tl.float32)
            nxt = blk + nprog
            src = tl.minimum(nxt * ROWS + r, M - 1).to(tl.int64)
            live = (nxt * ROWS + r < blocks * ROWS)[:, None] & cmask[None, :]
            x_next = tl.load(x_ptr + src[:, None] * stride_x + cols[None, :], mask=live, other=0.0,
                         eviction_policy="evict_first" if STREAM else "")
        else:
            src = tl.minimum(blk * ROWS + r, M - 1).to(tl.int64)
            x = tl.load(x_ptr + src[:, None] * stride_x + cols[None, :], mask=cmask[None, :], other=0.0).to(tl.float32)
        mean = tl.sum(x, axis=1) / N
        d = x - mean[:, None]
        if not EVEN_N:
            d = tl.where(cmask[None, :], d, 0.0)  # padding columns hold 0 - mean
        rstd = tl.rsqrt(tl.sum(d * d, axis=1) / N + eps)
        y = gelu_fp32(d * rstd[:, None] * w[None, :] + b[None, :], POLY_DEG)
        rows = blk * ROWS + r
        mask = (rows < M)[:, None] & cmask[None, :]
        # STREAM: x is read once and y written once, so neither should keep other lines in L2
        tl.store(y_ptr + rows.to(tl.int64)[:, None] * stride_y + cols[None, :], y.to(y_ptr.dtype.element_ty), mask=mask,
                 cache_modifier=".cs" if STREAM else "")


# Programs that fit on the GPU at once, per (device, kernel config), learned from the register
# count of the kernel compiled on the first launch (that launch uses one program per row block).
_RESIDENT: dict[tuple, int] = {}


def _config(n: int) -> tuple[int, int, int]:
    """(BLOCK_N, ROWS, num_warps): ~16 elements per thread, >= 4096 elements per program."""
    block_n = triton.next_power_of_2(n)
    rows = max(1, 4096 // block_n)
    num_warps = max(4, min(32, block_n * rows // 512))
    return block_n, rows, num_warps


def launch_config(x2, w, b, y2, eps, block_n, rows, num_warps, programs=None, prefetch=True, poly_deg=None,
                  stages=1, stream=False, maxnreg=None):
    """Launch with an explicit config, for scripts/gpu_*.py and sweeps (programs: persistent grid
    size, None = one per row block; poly_deg: GELU polynomial degree, None = by output dtype, 0 =
    libdevice erf; stages: the row loop's software-pipelining depth, 1 = none; stream: evict-first
    loads and streaming stores; maxnreg: Triton's register cap per thread, None = none)."""
    m, n = x2.shape
    if m == 0:
        return None
    if poly_deg is None:
        poly_deg = 5 if y2.dtype == torch.float32 else 3
    blocks = triton.cdiv(m, rows)
    grid = (blocks if programs is None else min(blocks, programs),)
    return _layernorm_gelu_kernel[grid](x2, w, b, y2, m, n, x2.stride(0), y2.stride(0), eps,
                                        BLOCK_N=block_n, ROWS=rows, EVEN_N=n == block_n, PREFETCH=prefetch,
                                        POLY_DEG=poly_deg, STAGES=stages, STREAM=stream, num_warps=num_warps,
                                        maxnreg=maxnreg)


def layernorm_gelu(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor, eps: float = 1e-5,
                   out: torch.Tensor | None = None) -> torch.Tensor:
    """gelu(layer_norm(x, (N,), weight, bias, eps)) for x (..., N); fp32 math, result in x's dtype."""
    _check_floats(x=x, weight=weight, bias=bias)
    if x.dim() < 1 or x.shape[-1] == 0:
        raise ValueError(f"x must have a non-empty last dim, got shape {tuple(x.shape)}")
    n = x.shape[-1]
    for name, t in (("weight", weight), ("bias", bias)):
        if t.shape != (n,):
            raise ValueError(f"{name} must have shape ({n},) to match x's last dim, got {tuple(t.shape)}")
        if not t.is_contiguous():
            raise ValueError(f"{name} must be contiguous")
    if n > MAX_N:
        raise ValueError(f"rows of {n} elements are longer than this kernel holds in registers ({MAX_N})")
    if not eps >= 0:
        raise ValueError(f"eps must be >= 0, got {eps}")
    out = _output(out, x, "x")
    _check_device(x, weight, bias, out)
    x2, y2 = _rows(x, "x"), _rows(out, "out")
    block_n, rows, num_warps = _config(n)
    # A persistent grid (as many programs as fit at once) lets each program prefetch its next
    # row block while it works on the current one; see the kernel. The key holds what changes
    # the compiled kernel's registers (the row length, and 16-divisible strides: vector width).
    key = (x.device, x.dtype, weight.dtype, bias.dtype, n, x2.stride(0) % 16, y2.stride(0) % 16)
    programs = _RESIDENT.get(key)
    kernel = launch_config(x2, weight, bias, y2, float(eps), block_n, rows, num_warps, programs)
    if programs is None and kernel is not None and x.is_cuda:
        _RESIDENT[key] = _resident_programs(kernel, num_warps, x.device)
    return out
