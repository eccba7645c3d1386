"""LayerNorm backward: dx, dw, db of y = layer_norm(x) * w + b for an upstream gradient dy, with
the statistics recomputed from x (no saved mean or rstd).

For a row with x_hat = (x - mean) * rstd and g = w * dy:
    dx = rstd * (g - mean(g) - x_hat * mean(g * x_hat)),  dw = sum over rows of dy * x_hat,
    db = sum over rows of dy.
The step also returns sum(y * dy), the scalar whose gradients these are (experiments/
layernorm_backward.py explains why), for one FMA per element.

Roofline: memory-bound; read x and dy, write dx (3 M N elements), plus w, b, dw, db (4 N): 192
MiB for 8192x4096 bf16, ~45 us at an H200's ~4.2 TB/s copy rate.

Structure, two kernels:
- `_layernorm_backward_rows`: G programs (a few per SM), each walking rows pid, pid + G, ...: one
  row in registers at a time (BLOCK = next power of two >= N), fp32 mean and rstd, then dx written
  and dy * x_hat and dy added into the program's fp32 dw/db accumulators, which stay in registers
  across its rows. Each program writes its partial dw, db (one row of a G x N fp32 buffer each)
  and its part of sum(y * dy).
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

EPS = 1e-5
MAX_N = 16384
SWEEP = {"num_warps": [2, 4, 8, 16], "programs_per_sm": [1, 2, 4, 8]}


@triton.jit
def _layernorm_backward_rows(x_ptr, w_ptr, b_ptr, dy_ptr, dx_ptr, dw_part_ptr, db_part_ptr, loss_part_ptr,
                             M, N, stride_x, stride_dy, stride_dx, eps, BLOCK: tl.constexpr):
    pid = tl.program_id(0)
    programs = tl.num_programs(0)
    cols = tl.arange(0, BLOCK)
    mask = cols < N
    w = tl.load(w_ptr + cols, mask=mask, other=0.0).to(tl.float32)
    b = tl.load(b_ptr + cols, mask=mask, other=0.0).to(tl.float32)
    dw_acc = tl.zeros((BLOCK,), tl.float32)
    db_acc = tl.zeros((BLOCK,), tl.float32)
    loss_acc = tl.zeros((BLOCK,), tl.float32)
    first = pid.to(tl.int64)
    for i in range(0, (M - pid + programs - 1) // programs):  # rows pid, pid + G, ... below M
        r = first + i * programs
        x = tl.load(x_ptr + r * stride_x + cols, mask=mask, other=0.0).to(tl.float32)
        dy = tl.load(dy_ptr + r * stride_dy + cols, mask=mask, other=0.0).to(tl.float32)
        mean = tl.sum(x, axis=0) / N
        xc = tl.where(mask, x - mean, 0.0)
        rstd = 1.0 / tl.sqrt(tl.sum(xc * xc, axis=0) / N + eps)
        x_hat = xc * rstd
        g = w * dy
        c_hat = tl.sum(g * x_hat, axis=0) / N
        c_g = tl.sum(g, axis=0) / N
        dx = (g - c_g - x_hat * c_hat) * rstd
        tl.store(dx_ptr + r * stride_dx + cols, dx.to(dx_ptr.dtype.element_ty), mask=mask)
        dw_acc += dy * x_hat
        db_acc += dy
        loss_acc += (x_hat * w + b) * dy  # masked lanes: dy = 0
    tl.store(dw_part_ptr + pid * N + cols, dw_acc, mask=mask)
    tl.store(db_part_ptr + pid * N + cols, db_acc, mask=mask)
    tl.store(loss_part_ptr + pid, tl.sum(loss_acc, axis=0))


@triton.jit
def _column_sum(dw_part_ptr, db_part_ptr, loss_part_ptr, dw_ptr, db_ptr, loss_ptr, G, N,
                BLOCK_G: tl.constexpr, BLOCK_N: tl.constexpr):
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
        db += tl.sum(tl.load(db_part_ptr + offs, mask=m, other=0.0), axis=0)
    tl.store(dw_ptr + cols, dw.to(dw_ptr.dtype.element_ty), mask=cols < N)
    tl.store(db_ptr + cols, db.to(db_ptr.dtype.element_ty), mask=cols < N)
    if pid == 0:
        acc = tl.zeros((BLOCK_G,), tl.float32)
        for g0 in range(0, G, BLOCK_G):
            acc += tl.load(loss_part_ptr + g0 + rows, mask=g0 + rows < G, other=0.0)
        tl.store(loss_ptr, tl.sum(acc, axis=0).to(loss_ptr.dtype.element_ty))


def layernorm_backward(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor, dy: torch.Tensor,
                       num_warps: int | None = None, programs_per_sm: int = 4, *,
                       dx_out: torch.Tensor | None = None
                       ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """(sum(y * dy), dx, dw, db) for y = layer_norm(x, (N,), weight, bias, eps=1e-5), x and dy
    (..., N); dx into `dx_out` when given. num_warps=None: 4 up to N = 2048, 8 up to 8192, 16
    beyond. programs_per_sm sets the number of row programs (G = SMs x programs_per_sm, at most
    M) and so the size of the partial dw/db buffer (G x N fp32)."""
    _check_floats(x=x, weight=weight, bias=bias, dy=dy)
    if x.dim() < 1 or x.shape[-1] == 0:
        raise ValueError(f"x must have a non-empty last dim, got shape {tuple(x.shape)}")
    n = x.shape[-1]
    if n > MAX_N:
        raise ValueError(f"rows of {n} elements are longer than this kernel holds in registers ({MAX_N})")
    if dy.shape != x.shape or weight.shape != (n,) or bias.shape != (n,):
        raise ValueError(f"dy must have x's shape {tuple(x.shape)} and weight, bias ({n},), got dy "
                         f"{tuple(dy.shape)}, weight {tuple(weight.shape)}, bias {tuple(bias.shape)}")
    if len({x.dtype, weight.dtype, bias.dtype, dy.dtype}) != 1:
        raise ValueError("x, weight, bias and dy must share a dtype")
    if not (weight.is_contiguous() and bias.is_contiguous()):
        raise ValueError("weight and bias must be contiguous")
    block = triton.next_power_of_2(n)
    if num_warps is None:
        num_warps = 4 if block <= 2048 else 8 if block <= 8192 else 16
    _check_int("num_warps", num_warps, 1, 32)
    _check_int("programs_per_sm", programs_per_sm, 1, 64)
    x2, dy2 = _rows(x, "x"), _rows(dy, "dy")
    m = x2.shape[0]
    if dx_out is None:
        dx = torch.empty_like(x, memory_format=torch.contiguous_format)
    elif not isinstance(dx_out, torch.Tensor) or dx_out.shape != x.shape or dx_out.dtype != x.dtype:
        raise ValueError(f"dx_out must be a tensor of x's shape {tuple(x.shape)} and dtype {x.dtype}")
    else:
        dx = dx_out
    _check_device(x, weight, bias, dy, dx)
    dx2 = _rows(dx, "dx_out")
    dw, db = torch.empty_like(weight), torch.empty_like(bias)
    loss = torch.empty((), dtype=x.dtype, device=x.device)
    sms = torch.cuda.get_device_properties(x.device).multi_processor_count if x.is_cuda else 2
    g = max(1, min(m, sms * programs_per_sm))
    dw_part = torch.empty((g, n), dtype=torch.float32, device=x.device)
    db_part = torch.empty((g, n), dtype=torch.float32, device=x.device)
    loss_part = torch.empty((g,), dtype=torch.float32, device=x.device)
    if m == 0:  # no rows: zero gradients of the weights and a zero sum
        for part in (dw_part, db_part, loss_part):
            part.zero_()
    else:
        _layernorm_backward_rows[(g,)](x2, weight, bias, dy2, dx2, dw_part, db_part, loss_part, m, n,
                                       x2.stride(0), dy2.stride(0), dx2.stride(0), EPS, BLOCK=block,
                                       num_warps=num_warps)
    block_n = min(128, block)
    _column_sum[(triton.cdiv(n, block_n),)](dw_part, db_part, loss_part, dw, db, loss, g, n,
                                            BLOCK_G=32, BLOCK_N=block_n, num_warps=4)
    return loss, dx, dw, db
