"""Row softmax over the last dim: a fused one-pass kernel and an unfused three-kernel version.

Roofline: memory-bound; x read once and y written once: 2 * M * N * elem_size bytes (128 MiB for
the 8192x4096 bf16 flagship, 45 us at an H100's ~3.0 TB/s copy rate). Per element the fused
kernel does a max, an FFMA + MUFU.EX2 (exp in base 2), an add and a multiply: a handful of
instructions against the ~30-45 issue slots per element an H100 has at copy speed.

- `softmax` (fused, the tutorial's kernel): one row per program, the whole row in registers
  (BLOCK = next power of two >= N, masked lanes load -inf so they add exp(-inf) = 0), max and
  sum reduced there, y written once. Rows up to 65536 elements: 65536 fp32 values already fill
  an SM's 64K-register file, so the longest rows spill; softmax_unfused takes any length.
  num_warps defaults by row length (4 up to 2048 elements, 8 up to 8192, 16 beyond: 16 fp32
  values per thread at 2048 and 8192) and is tunable (SWEEP).
- `softmax_unfused`: the naive composition in three kernels that each loop over the row in
  BLOCK_SIZE chunks: row max (read x, write M floats), sum of exp(x - max) (read x, write M),
  normalize (read x, write y); x is read three times: 4 * M * N * elem_size bytes, so at best
  half the fused speed. BLOCK_SIZE and num_warps are tunable (SWEEP_UNFUSED). Row statistics
  are fp32 whatever the dtype.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import (
    as_rows as _rows,
    check_device as _check_device,
    check_floats as _check_floats,
    check_int as _check_int,
    output as _output,
)

MAX_N = 65536
LOG2E = tl.constexpr(1.4426950408889634)  # a global a kernel reads must be a constexpr
# The fused kernel's block is fixed by N (the whole row), so only num_warps varies there.
SWEEP = {"num_warps": [1, 2, 4, 8, 16]}
SWEEP_UNFUSED = {"BLOCK_SIZE": [64, 128, 256, 512, 1024], "num_warps": [1, 2, 4, 8]}


@triton.jit
def _softmax_kernel(x_ptr, y_ptr, N, stride_x, stride_y, BLOCK: tl.constexpr):
    row = tl.program_id(0).to(tl.int64)
    cols = tl.arange(0, BLOCK)
    mask = cols < N
    x = tl.load(x_ptr + row * stride_x + cols, mask=mask, other=-float("inf")).to(tl.float32)
    # exp(x - max) = exp2((x - max) * log2 e); the max lane gives exp2(0) = 1, so the sum >= 1
    num = tl.exp2((x - tl.max(x, axis=0)) * LOG2E)
    y = num * (1.0 / tl.sum(num, axis=0))
    tl.store(y_ptr + row * stride_y + cols, y.to(y_ptr.dtype.element_ty), mask=mask)


@triton.jit
def _row_max_kernel(x_ptr, max_ptr, N, stride_x, BLOCK_SIZE: tl.constexpr):
    row = tl.program_id(0).to(tl.int64)
    cols = tl.arange(0, BLOCK_SIZE)
    acc = tl.full((BLOCK_SIZE,), -float("inf"), tl.float32)
    for start in range(0, N, BLOCK_SIZE):
        mask = start + cols < N
        x = tl.load(x_ptr + row * stride_x + start + cols, mask=mask, other=-float("inf"))
        acc = tl.maximum(acc, x.to(tl.float32))
    tl.store(max_ptr + row, tl.max(acc, axis=0))


@triton.jit
def _row_expsum_kernel(x_ptr, max_ptr, sum_ptr, N, stride_x, BLOCK_SIZE: tl.constexpr):
    row = tl.program_id(0).to(tl.int64)
    cols = tl.arange(0, BLOCK_SIZE)
    m = tl.load(max_ptr + row)
    acc = tl.zeros((BLOCK_SIZE,), tl.float32)
    for start in range(0, N, BLOCK_SIZE):
        mask = start + cols < N
        x = tl.load(x_ptr + row * stride_x + start + cols, mask=mask, other=-float("inf"))
        acc += tl.exp2((x.to(tl.float32) - m) * LOG2E)
    tl.store(sum_ptr + row, tl.sum(acc, axis=0))


@triton.jit
def _normalize_kernel(x_ptr, max_ptr, sum_ptr, y_ptr, N, stride_x, stride_y, BLOCK_SIZE: tl.constexpr):
    # grid (rows, column blocks): every program writes one BLOCK_SIZE chunk of one row
    row = tl.program_id(0).to(tl.int64)
    cols = tl.program_id(1) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    mask = cols < N
    m = tl.load(max_ptr + row)
    inv = 1.0 / tl.load(sum_ptr + row)
    x = tl.load(x_ptr + row * stride_x + cols, mask=mask, other=0.0).to(tl.float32)
    y = tl.exp2((x - m) * LOG2E) * inv
    tl.store(y_ptr + row * stride_y + cols, y.to(y_ptr.dtype.element_ty), mask=mask)


def _prepare(x, out) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Checks shared by both launchers; returns out and the (rows, N) views of x and out."""
    _check_floats(x=x)
    if x.dim() < 1 or x.shape[-1] == 0:
        raise ValueError(f"x must have a non-empty last dim, got shape {tuple(x.shape)}")
    out = _output(out, x, "x")
    _check_device(x, out)
    return out, _rows(x, "x"), _rows(out, "out")


def softmax(x: torch.Tensor, out: torch.Tensor | None = None, num_warps: int | None = None) -> torch.Tensor:
    """softmax(x, dim=-1) for x (..., N), N <= 65536, one row per program; into `out`.
    num_warps=None picks 4, 8 or 16 by row length."""
    n = x.shape[-1] if isinstance(x, torch.Tensor) and x.dim() else 0
    if n > MAX_N:
        raise ValueError(f"rows of {n} elements are longer than this kernel holds in registers ({MAX_N}); "
                         "softmax_unfused takes any length")
    block = triton.next_power_of_2(max(n, 1))
    if num_warps is None:
        num_warps = 4 if block <= 2048 else 8 if block <= 8192 else 16
    _check_int("num_warps", num_warps, 1, 32)
    out, x2, y2 = _prepare(x, out)
    if x2.shape[0]:
        _softmax_kernel[(x2.shape[0],)](x2, y2, n, x2.stride(0), y2.stride(0), BLOCK=block, num_warps=num_warps)
    return out


def softmax_unfused(x: torch.Tensor, out: torch.Tensor | None = None, BLOCK_SIZE: int = 1024,
                    num_warps: int = 4) -> torch.Tensor:
    """softmax(x, dim=-1) for x (..., N) as three kernels (row max, exp-sum, normalize); into `out`."""
    _check_int("BLOCK_SIZE", BLOCK_SIZE, 16, 65536)
    _check_int("num_warps", num_warps, 1, 32)
    out, x2, y2 = _prepare(x, out)
    m, n = x2.shape
    if m:
        row_max = torch.empty(m, dtype=torch.float32, device=x.device)
        row_sum = torch.empty(m, dtype=torch.float32, device=x.device)
        _row_max_kernel[(m,)](x2, row_max, n, x2.stride(0), BLOCK_SIZE=BLOCK_SIZE, num_warps=num_warps)
        _row_expsum_kernel[(m,)](x2, row_max, row_sum, n, x2.stride(0), BLOCK_SIZE=BLOCK_SIZE,
                                 num_warps=num_warps)
        _normalize_kernel[(m, triton.cdiv(n, BLOCK_SIZE))](x2, row_max, row_sum, y2, n, x2.stride(0),
                                                            y2.stride(0), BLOCK_SIZE=BLOCK_SIZE,
                                                            num_warps=num_warps)
    return out
