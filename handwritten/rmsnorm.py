"""RMSNorm over the last dim, fp32 math: y = x * rsqrt(mean(x^2) + eps) * w.

Roofline: memory-bound. x is read once, y written once, w once per program (from L2):
(2*M*N + N) * elem_size bytes, 128 MiB for the 8192x4096 bf16 flagship (45 us at an H100's
~3.0 TB/s copy rate, 31 us at an H200's ~4.2 TB/s). Arithmetic is ~15 SASS instructions per
element (static count / elements per thread, triton 3.6: upcast, FMUL + FADD for sum(x^2), two
FMULs, downcast, w, the reductions) against ~30-45 issue slots per element at copy speed: the
kernel only has to keep bytes in flight.

Structure: each program holds ROWS whole rows in registers (BLOCK_N = next power of two >= N,
16-byte vector loads when the row stride allows), reduces sum(x^2) in fp32 and writes
x * rsqrt(ms + eps) * w; x is read from memory once. Same skeleton as layernorm_gelu.py: a
grid-stride loop over row blocks on a persistent grid (8 warps, 63 registers, 4 programs per
SM), w converted once per program, the next block loaded while the current one is reduced.
For RMSNorm the choice hardly matters (little arithmetic to hide): on an H100, 8192x4096 bf16,
all of persistent+prefetch, one program per row, 2 rows or 4 warps per program ran 0.0477-0.0482
ms (93-94% of the 1 GiB copy, above the 64 MiB copy's 89%); Inductor 0.0506 ms.
Rows up to 65536 elements fit; longer rows would spill registers and are refused.
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
def _rmsnorm_kernel(x_ptr, w_ptr, y_ptr, M, N, stride_x, stride_y, eps,
                    BLOCK_N: tl.constexpr, ROWS: tl.constexpr, PREFETCH: tl.constexpr):
    pid = tl.program_id(0)
    nprog = tl.num_programs(0)
    blocks = tl.cdiv(M, ROWS)
    r = tl.arange(0, ROWS)
    cols = tl.arange(0, BLOCK_N)
    cmask = cols < N
    w = tl.load(w_ptr + cols, mask=cmask, other=0.0).to(tl.float32)
    # PREFETCH: software pipelining across the grid-stride loop. Block blk+nprog is loaded (in
    # the input dtype) while block blk is reduced and written. Rows past M in a partial last
    # block re-read row M-1 and are not stored; a block past the end is masked off (no traffic).
    if PREFETCH:
        src = tl.minimum(pid * ROWS + r, M - 1).to(tl.int64)
        live = (pid * ROWS + r < blocks * ROWS)[:, None] & cmask[None, :]
        x_next = tl.load(x_ptr + src[:, None] * stride_x + cols[None, :], mask=live, other=0.0)
    for blk in range(pid, blocks, nprog):
        if PREFETCH:
            x = x_next.to(tl.float32)
            nxt = blk + nprog
            src = tl.minimum(nxt * ROWS + r, M - 1).to(tl.int64)
            live = (nxt * ROWS + r < blocks * ROWS)[:, None] & cmask[None, :]
            x_next = tl.load(x_ptr + src[:, None] * stride_x + cols[None, :], mask=live, other=0.0)
        else:
            src = tl.minimum(blk * ROWS + r, M - 1).to(tl.int64)
            x = tl.load(x_ptr + src[:, None] * stride_x + cols[None, :], mask=cmask[None, :], other=0.0).to(tl.float32)
        inv_rms = tl.rsqrt(tl.sum(x * x, axis=1) / N + eps)
        # (x * inv_rms) * w, the eager reference's order of the two products.
        y = x * inv_rms[:, None] * w[None, :]
        rows = blk * ROWS + r
        mask = (rows < M)[:, None] & cmask[None, :]
        tl.store(y_ptr + rows.to(tl.int64)[:, None] * stride_y + cols[None, :], y.to(y_ptr.dtype.element_ty), mask=mask)


# Programs that fit on the GPU at once, per (device, kernel config), learned from the register
# count of the kernel compiled on the first launch (that launch uses one program per row block).
_RESIDENT: dict[tuple, int] = {}


def _config(n: int) -> tuple[int, int, int]:
    """(BLOCK_N, ROWS, num_warps): ~16 elements per thread, >= 4096 elements per program."""
    block_n = triton.next_power_of_2(n)
    rows = max(1, 4096 // block_n)
    num_warps = max(4, min(32, block_n * rows // 512))
    return block_n, rows, num_warps


def launch_config(x2, w, y2, eps, block_n, rows, num_warps, programs=None, prefetch=True):
    """Launch with an explicit config, for scripts/gpu_*.py and sweeps (programs: persistent grid
    size, None = one per row block)."""
    m, n = x2.shape
    if m == 0:
        return None
    blocks = triton.cdiv(m, rows)
    grid = (blocks if programs is None else min(blocks, programs),)
    return _rmsnorm_kernel[grid](x2, w, y2, m, n, x2.stride(0), y2.stride(0), eps,
                          BLOCK_N=block_n, ROWS=rows, PREFETCH=prefetch, num_warps=num_warps)


def rmsnorm(x: torch.Tensor, weight: torch.Tensor, eps: float = 1e-6, out: torch.Tensor | None = None) -> torch.Tensor:
    """RMSNorm of x (..., N) with weight (N,), fp32 math, result in x's dtype (or written into `out`)."""
    _check_floats(x=x, weight=weight)
    if x.dim() < 1 or x.shape[-1] == 0:
        raise ValueError(f"x must have a non-empty last dim, got shape {tuple(x.shape)}")
    n = x.shape[-1]
    if weight.shape != (n,):
        raise ValueError(f"weight must have shape ({n},) to match x's last dim, got {tuple(weight.shape)}")
    if not weight.is_contiguous():
        raise ValueError("weight must be contiguous")
    if n > MAX_N:
        raise ValueError(f"rows of {n} elements are longer than this kernel holds in registers ({MAX_N})")
    if not eps >= 0:
        raise ValueError(f"eps must be >= 0, got {eps}")
    out = _output(out, x, "x")
    _check_device(x, weight, out)
    x2, y2 = _rows(x, "x"), _rows(out, "out")
    block_n, rows, num_warps = _config(n)
    # A persistent grid (as many programs as fit at once) lets each program prefetch its next
    # row block while it works on the current one; see the kernel. The key holds what changes
    # the compiled kernel's registers (the row length, and 16-divisible strides: vector width).
    key = (x.device, x.dtype, weight.dtype, n, x2.stride(0) % 16, y2.stride(0) % 16)
    programs = _RESIDENT.get(key)
    kernel = launch_config(x2, weight, y2, float(eps), block_n, rows, num_warps, programs)
    if programs is None and kernel is not None and x.is_cuda:
        _RESIDENT[key] = _resident_programs(kernel, num_warps, x.device)
    return out
