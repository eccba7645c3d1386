"""LayerNorm and RMSNorm backward: dx, dw (and db) of y = norm(x) * w (+ b) for an upstream
gradient dy, with the statistics recomputed from x (no saved mean or rstd).

For a row with x_hat = (x - mean) * rstd and g = w * dy:
    dx = rstd * (g - mean(g) - x_hat * mean(g * x_hat)),  dw = sum over rows of dy * x_hat,
    db = sum over rows of dy.
RMSNorm (`rmsnorm_backward`) is the same with no mean and no bias: x_hat = x * rstd, rstd =
1 / sqrt(mean(x^2) + eps), dx = rstd * (g - x_hat * mean(g * x_hat)); one constexpr switches.
The step also returns sum(y * dy), the scalar whose gradients these are (experiments/
layernorm_backward.py explains why), for one FMA per element.

Roofline: memory-bound; read x and dy, write dx (3 M N elements), plus w, b, dw, db (4 N): 192
MiB for 8192x4096 bf16, ~45 us at an H200's ~4.2 TB/s copy rate.

Structure, two kernels:
- `_layernorm_backward_rows`: G programs (a few per SM), each walking steps of rows_per_step rows
  (pid, pid + G, ...): those rows in registers (BLOCK = next power of two >= N), fp32 mean and
  rstd per row, then dx written and dy * x_hat and dy added into the program's fp32 dw/db
  accumulators, which stay in registers across its rows. With one row per step and one program
  per SM only ~16 KB per SM are in flight (bf16, N = 4096), too few to cover memory latency:
  rows_per_step and programs_per_sm raise it, against registers. (num_stages is passed on to
  Triton, whose pipeliner leaves a plain `range` loop without tl.dot alone: the sweep measured
  1 and 3 stages alike.) Each program writes its partial dw, db (one row of a G x N fp32 buffer
  each) and its part of sum(y * dy).
- `_column_sum`: dw, db = column sums of the G partial rows (G x N fp32, a few MiB), and the loss.
  Summed in a fixed order: the result is deterministic (no atomics).
Rows up to 16384 elements (the row, dy, x_hat and g of one row live in registers).
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
)

EPS = 1e-5  # experiments/layernorm_backward.py
RMS_EPS = 1e-6  # experiments/rmsnorm.py
MAX_N = 16384
TILE = 16384  # elements of x one program holds per step by default (rows_per_step x BLOCK)
SWEEP = {"num_warps": [4, 8, 16], "programs_per_sm": [1, 2, 4], "rows_per_step": [1, 2, 4], "num_stages": [1, 2, 3]}


@triton.jit
def _layernorm_backward_rows(x_ptr, w_ptr, b_ptr, dy_ptr, dx_ptr, dw_part_ptr, db_part_ptr, loss_part_ptr,
                             M, N, stride_x, stride_dy, stride_dx, eps, RMS: tl.constexpr, BLOCK: tl.constexpr,
                             ROWS: tl.constexpr):
    pid = tl.program_id(0)
    programs = tl.num_programs(0)
    cols = tl.arange(0, BLOCK)
    mask = cols < N
    w = tl.load(w_ptr + cols, mask=mask, other=0.0).to(tl.float32)
    if RMS:
        b = tl.zeros((BLOCK,), tl.float32)
    else:
        b = tl.load(b_ptr + cols, mask=mask, other=0.0).to(tl.float32)
    dw_acc = tl.zeros((BLOCK,), tl.float32)
    db_acc = tl.zeros((BLOCK,), tl.float32)
    loss_acc = tl.zeros((ROWS,), tl.float32)
    first = pid.to(tl.int64)
    in_step = tl.arange(0, ROWS)
    steps = tl.cdiv(M, ROWS)
    for i in range(0, (steps - pid + programs - 1) // programs):  # row steps pid, pid + G, ... below M
        r = (first + i * programs) * ROWS + in_step
        m2 = (r < M)[:, None] & mask[None, :]
        x = tl.load(x_ptr + r[:, None] * stride_x + cols[None, :], mask=m2, other=0.0).to(tl.float32)
        dy = tl.load(dy_ptr + r[:, None] * stride_dy + cols[None, :], mask=m2, other=0.0).to(tl.float32)
        if RMS:
            xc = x
        else:
            xc = tl.where(m2, x - (tl.sum(x, axis=1) / N)[:, None], 0.0)
        rstd = 1.0 / tl.sqrt(tl.sum(xc * xc, axis=1) / N + eps)
        x_hat = xc * rstd[:, None]
        g = w[None, :] * dy
        c_hat = tl.sum(g * x_hat, axis=1) / N
        if RMS:
            dx = (g - x_hat * c_hat[:, None]) * rstd[:, None]
        else:
            dx = (g - (tl.sum(g, axis=1) / N)[:, None] - x_hat * c_hat[:, None]) * rstd[:, None]
        tl.store(dx_ptr + r[:, None] * stride_dx + cols[None, :], dx.to(dx_ptr.dtype.element_ty), mask=m2)
        dw_acc += tl.sum(dy * x_hat, axis=0)
        db_acc += tl.sum(dy, axis=0)
        loss_acc += tl.sum((x_hat * w[None, :] + b[None, :]) * dy, axis=1)  # masked lanes and rows: dy = 0
    tl.store(dw_part_ptr + pid * N + cols, dw_acc, mask=mask)
    if not RMS:
        tl.store(db_part_ptr + pid * N + cols, db_acc, mask=mask)
    tl.store(loss_part_ptr + pid, tl.sum(loss_acc, axis=0))


@triton.jit
def _column_sum(dw_part_ptr, db_part_ptr, loss_part_ptr, dw_ptr, db_ptr, loss_ptr, G, N,
                RMS: tl.constexpr, BLOCK_G: tl.constexpr, BLOCK_N: tl.constexpr):
    # grid: column blocks; program 0 also sums the G loss parts
    pid = tl.program_id(0)
    cols = pid * BLOCK_N + tl.arange(0, BLOCK_N)
    rows = tl.arange(0, BLOCK_G)
    dw = tl.zeros((BLOCK_N,), tl.float32)
    db = tl.zeros((BLOCK_N,), tl.float32)
    for g0 in range(0, G, BLOCK_G):
        m = ((g0 + rows)[:, None] < G) & (cols[None, :] < N)
        offs = (g0 + rows)[:, None] * N + cols[None, :]
        dw += tl.sum(tl.load(dw_part_ptr + offs, mask=m, other=0.0), axis=0)
        if not RMS:
            db += tl.sum(tl.load(db_part_ptr + offs, mask=m, other=0.0), axis=0)
    tl.store(dw_ptr + cols, dw.to(dw_ptr.dtype.element_ty), mask=cols < N)
    if not RMS:
        tl.store(db_ptr + cols, db.to(db_ptr.dtype.element_ty), mask=cols < N)
    if pid == 0:
        acc = tl.zeros((BLOCK_G,), tl.float32)
        for g0 in range(0, G, BLOCK_G):
            acc += tl.load(loss_part_ptr + g0 + rows, mask=g0 + rows < G, other=0.0)
        tl.store(loss_ptr, tl.sum(acc, axis=0).to(loss_ptr.dtype.element_ty))


def default_rows_per_step(block: int) -> int:
    """A tile of up to TILE elements: 4 rows of 4096 (the launchers' default; scripts/gpu_*.py use it too)."""
    return max(1, min(4, TILE // block))


def default_num_warps(rows_per_step: int, block: int, rms: bool) -> int:
    """One warp per 1024 elements of a step (2048 for RMSNorm, which keeps fewer row arrays live:
    no mean-centred x, no bias), between 4 and 16 (the launchers' default; scripts/gpu_*.py use it too)."""
    return min(16, max(4, rows_per_step * block // (2048 if rms else 1024)))


def launch_config(x2, weight, bias, dy2, dx2, dw_part, db_part, loss_part, dw, db, loss, eps, rms, rows_per_step,
                  num_warps, num_stages=3):
    """The two launches with an explicit config on buffers the caller allocated, no checks, for
    scripts/gpu_*.py and sweeps (G = len(loss_part) row programs; bias and db unused for RMSNorm)."""
    m, n = x2.shape
    g = loss_part.shape[0]
    block = triton.next_power_of_2(n)
    if m:
        _layernorm_backward_rows[(g,)](x2, weight, weight if rms else bias, dy2, dx2, dw_part, db_part, loss_part,
                                       m, n, x2.stride(0), dy2.stride(0), dx2.stride(0), eps, RMS=rms,
                                       BLOCK=block, ROWS=rows_per_step, num_warps=num_warps, num_stages=num_stages)
    block_n = min(128, block)
    _column_sum[(triton.cdiv(n, block_n),)](dw_part, db_part, loss_part, dw, dw if rms else db, loss, g, n,
                                            RMS=rms, BLOCK_G=32, BLOCK_N=block_n, num_warps=4)


def _norm_backward(x, weight, bias, dy, eps, rms, num_warps, programs_per_sm, rows_per_step, num_stages, dx_out):
    """Checks, buffers and the two launches shared by both launchers; returns (s, dx, dw, db)
    with db None for RMSNorm."""
    named = dict(x=x, weight=weight, dy=dy, **({} if rms else dict(bias=bias)))
    _check_floats(**named)
    if x.dim() < 1 or x.shape[-1] == 0:
        raise ValueError(f"x must have a non-empty last dim, got shape {tuple(x.shape)}")
    n = x.shape[-1]
    if n > MAX_N:
        raise ValueError(f"rows of {n} elements are longer than this kernel holds in registers ({MAX_N})")
    if dy.shape != x.shape or weight.shape != (n,) or (not rms and bias.shape != (n,)):
        raise ValueError(f"dy must have x's shape {tuple(x.shape)} and weight, bias ({n},), got dy "
                         f"{tuple(dy.shape)}, weight {tuple(weight.shape)}"
                         + ("" if rms else f", bias {tuple(bias.shape)}"))
    if len({t.dtype for t in named.values()}) != 1:
        raise ValueError(f"{', '.join(named)} must share a dtype")
    if not all(t.is_contiguous() for t in (weight, *(() if rms else (bias,)))):
        raise ValueError("weight and bias must be contiguous")
    block = triton.next_power_of_2(n)
    if rows_per_step is None:
        rows_per_step = default_rows_per_step(block)
    if num_warps is None:
        num_warps = default_num_warps(rows_per_step, block, rms)
    _check_int("num_warps", num_warps, 1, 32)
    _check_int("programs_per_sm", programs_per_sm, 1, 64)
    _check_int("rows_per_step", rows_per_step, 1, 16)
    _check_int("num_stages", num_stages, 1, 8, pow2=False)
    if dx_out is None:
        dx = torch.empty_like(x, memory_format=torch.contiguous_format)
    elif not isinstance(dx_out, torch.Tensor) or dx_out.shape != x.shape or dx_out.dtype != x.dtype:
        raise ValueError(f"dx_out must be a tensor of x's shape {tuple(x.shape)} and dtype {x.dtype}")
    else:
        dx = dx_out
    _check_device(*named.values(), dx)
    x2, dy2, dx2 = _rows(x, "x"), _rows(dy, "dy"), _rows(dx, "dx_out")
    m = x2.shape[0]
    # Host time counts: a ~0.1 ms backward is launched behind do_bench's ~0.07 ms L2 flush, and a
    # launcher slower than that leaves the GPU idle. So the small results (dw, db, the sum) share
    # one allocation, and the fp32 partial sums (G x N for dw and db, G for the sum) another.
    arrays = 1 if rms else 2
    out = torch.empty(arrays * n + 1, dtype=x.dtype, device=x.device)
    dw, db, loss = out[:n], None if rms else out[n:2 * n], out[-1]
    sms = torch.cuda.get_device_properties(x.device).multi_processor_count if x.is_cuda else 2
    g = max(1, min(m, sms * programs_per_sm))
    parts = torch.empty(arrays * g * n + g, dtype=torch.float32, device=x.device)
    dw_part = parts[:g * n].view(g, n)
    db_part = dw_part if rms else parts[g * n:2 * g * n].view(g, n)  # RMS: never touched
    loss_part = parts[arrays * g * n:]
    if m == 0:  # no rows: zero gradients of the weights and a zero sum (only the column sum runs)
        parts.zero_()
    launch_config(x2, weight, bias, dy2, dx2, dw_part, db_part, loss_part, dw, db, loss, eps, rms, rows_per_step,
                  num_warps, num_stages)
    return loss, dx, dw, db


def layernorm_backward(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor, dy: torch.Tensor,
                       num_warps: int | None = None, programs_per_sm: int = 1, rows_per_step: int | None = None,
                       num_stages: int = 3, *, dx_out: torch.Tensor | None = None
                       ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """(sum(y * dy), dx, dw, db) for y = layer_norm(x, (N,), weight, bias, eps=1e-5), x and dy
    (..., N); dx into `dx_out` when given. programs_per_sm sets the number of row programs (G = SMs
    x programs_per_sm, at most M) and so the size of the partial dw/db buffer (G x N fp32); each
    program loads rows_per_step rows at a time (more bytes in flight, more registers); num_stages
    is Triton's launch option (no effect on this kernel's row loop, see above). Defaults, from `inspect sweep layernorm_backward` at
    8192x4096 bf16 on an H200 (docs/training.md): one program per SM, steps of 16K elements
    (rows_per_step=None: 4 rows of 4096, 1 of 16384), num_warps=None: one warp per 1024 of them
    (2048 for RMSNorm), between 4 and 16."""
    return _norm_backward(x, weight, bias, dy, EPS, False, num_warps, programs_per_sm, rows_per_step, num_stages,
                          dx_out)


def rmsnorm_backward(x: torch.Tensor, weight: torch.Tensor, dy: torch.Tensor, num_warps: int | None = None,
                     programs_per_sm: int = 1, rows_per_step: int | None = None, num_stages: int = 3, *,
                     dx_out: torch.Tensor | None = None
                     ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(sum(y * dy), dx, dw) for y = x / sqrt(mean(x^2) + 1e-6) * weight (fp32 math), x and dy
    (..., N); the same kernels as layernorm_backward with no mean and no bias."""
    loss, dx, dw, _ = _norm_backward(x, weight, None, dy, RMS_EPS, True, num_warps, programs_per_sm, rows_per_step,
                                     num_stages, dx_out)
    return loss, dx, dw
