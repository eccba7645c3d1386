"""(x + y) * s with a Python float s: one fused kernel, and the unfused two-kernel version.

Roofline: memory-bound. Fused: read x and y, write out: 3 * N * elem_size bytes (384 MiB for
2^26 bf16 elements, 0.13 ms at an H100's ~3.0 TB/s copy rate). Unfused (what eager runs): the sum
t is written and read back, 5 * N * elem_size bytes, so it cannot run faster than 5/3 of the fused
time at the same bandwidth; `add_mul_unfused` exists to measure that gap.

Rounding: the fused kernel keeps x + y in fp32 and rounds once after the multiply; eager and the
unfused version round t to the storage dtype first, so in bf16 the two can differ by one ulp
(2^-8 relative), inside the bf16 tolerance (1.6e-2). s is passed as a runtime fp32 argument (one
compiled kernel for every s); for Inductor s is a constant of the compiled function, which it
may fold (s = 1.0) without changing the memory traffic.
Tunables: BLOCK_SIZE (power of two) and num_warps, per launch, for both launchers (SWEEP).
"""

from __future__ import annotations

import math

import torch
import triton
import triton.language as tl

from handwritten._checks import (
    check_device as _check_device,
    check_floats as _check_floats,
    check_int as _check_int,
    output as _output,
)

# s is swept too (the scales the experiment compares); the eager reference gets the same s
SWEEP = {"BLOCK_SIZE": [64, 128, 256, 512, 1024], "num_warps": [1, 2, 4, 8], "s": [1.0, 2.0, 10.0]}
S = 2.0  # the experiment's default scale (experiments/add_mul.py)


@triton.jit
def _add_mul_kernel(x_ptr, y_ptr, out_ptr, n, s, BLOCK_SIZE: tl.constexpr):
    start = tl.program_id(0).to(tl.int64) * BLOCK_SIZE
    offs = tl.arange(0, BLOCK_SIZE)
    mask = offs < n - start
    x = tl.load(x_ptr + start + offs, mask=mask).to(tl.float32)
    y = tl.load(y_ptr + start + offs, mask=mask).to(tl.float32)
    tl.store(out_ptr + start + offs, ((x + y) * s).to(out_ptr.dtype.element_ty), mask=mask)


@triton.jit
def _add_kernel(x_ptr, y_ptr, t_ptr, n, BLOCK_SIZE: tl.constexpr):
    start = tl.program_id(0).to(tl.int64) * BLOCK_SIZE
    offs = tl.arange(0, BLOCK_SIZE)
    mask = offs < n - start
    x = tl.load(x_ptr + start + offs, mask=mask).to(tl.float32)
    y = tl.load(y_ptr + start + offs, mask=mask).to(tl.float32)
    tl.store(t_ptr + start + offs, (x + y).to(t_ptr.dtype.element_ty), mask=mask)


@triton.jit
def _mul_kernel(t_ptr, out_ptr, n, s, BLOCK_SIZE: tl.constexpr):
    start = tl.program_id(0).to(tl.int64) * BLOCK_SIZE
    offs = tl.arange(0, BLOCK_SIZE)
    mask = offs < n - start
    t = tl.load(t_ptr + start + offs, mask=mask).to(tl.float32)
    tl.store(out_ptr + start + offs, (t * s).to(out_ptr.dtype.element_ty), mask=mask)


def _prepare(x, y, s, out, block_size, num_warps) -> tuple[torch.Tensor, float]:
    """Checks shared by both launchers; returns the output tensor and s as a float."""
    _check_floats(x=x, y=y)
    if x.shape != y.shape or x.dtype != y.dtype:
        raise ValueError(f"x and y must share shape and dtype, got {tuple(x.shape)} {x.dtype} "
                         f"and {tuple(y.shape)} {y.dtype}")
    if not (x.is_contiguous() and y.is_contiguous()):
        raise ValueError("x and y must be contiguous (call .contiguous() first)")
    if isinstance(s, bool) or not isinstance(s, (int, float)) or not math.isfinite(s):
        raise ValueError(f"s must be a finite Python number, got {s!r}")
    _check_int("BLOCK_SIZE", block_size, 16, 65536)
    _check_int("num_warps", num_warps, 1, 32)
    out = _output(out, x, "x", contiguous=True)
    _check_device(x, y, out)
    return out, float(s)  # float: Triton would specialize an int 1 into a constexpr of another type


def add_mul(x: torch.Tensor, y: torch.Tensor, s: float = S, out: torch.Tensor | None = None,
            BLOCK_SIZE: int = 1024, num_warps: int = 4) -> torch.Tensor:
    """(x + y) * s in one kernel, for contiguous fp32/fp16/bf16 tensors of one shape; into `out`."""
    out, s = _prepare(x, y, s, out, BLOCK_SIZE, num_warps)
    n = x.numel()
    if n:
        _add_mul_kernel[(triton.cdiv(n, BLOCK_SIZE),)](x, y, out, n, s, BLOCK_SIZE=BLOCK_SIZE,
                                                       num_warps=num_warps)
    return out


def add_mul_unfused(x: torch.Tensor, y: torch.Tensor, s: float = S, out: torch.Tensor | None = None,
                    BLOCK_SIZE: int = 1024, num_warps: int = 4) -> torch.Tensor:
    """(x + y) * s as two kernels through a temporary t = x + y in the storage dtype (eager's way)."""
    out, s = _prepare(x, y, s, out, BLOCK_SIZE, num_warps)
    n = x.numel()
    if n:
        t = torch.empty_like(x)
        grid = (triton.cdiv(n, BLOCK_SIZE),)
        _add_kernel[grid](x, y, t, n, BLOCK_SIZE=BLOCK_SIZE, num_warps=num_warps)
        _mul_kernel[grid](t, out, n, s, BLOCK_SIZE=BLOCK_SIZE, num_warps=num_warps)
    return out
