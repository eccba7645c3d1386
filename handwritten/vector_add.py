"""Elementwise x + y (or x - y) over two contiguous tensors of one shape and dtype.

Roofline: memory-bound. Each element of x and y is read once and out written once: 3 * N *
elem_size bytes (384 MiB for 2^26 bf16 elements: 0.13 ms at an H100's ~3.0 TB/s copy rate).
The arithmetic, one FADD plus the up/downcasts per element, never limits.

Structure (the first Triton tutorial): the flattened tensor is cut into BLOCK_SIZE-element tiles,
one per program; a mask covers the ragged last tile. The sum is taken in fp32 and rounded once,
which is what eager's add does, so 16-bit results match eager bit for bit. The tile start is
64-bit so tensors past 2^31 elements index correctly; offsets inside a tile stay 32-bit.
Tunables (keyword arguments, varied by `inspect sweep` over SWEEP): BLOCK_SIZE, a power of two
(1024 elements and 4 warps by default: 8 elements per thread, one 16-byte access for bf16, two
for fp32), and num_warps. Under the Triton interpreter num_warps is checked but has no effect.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import (
    check_device as _check_device,
    check_floats as _check_floats,
    check_int as _check_int,
    output as _output,
)

SWEEP = {"BLOCK_SIZE": [64, 128, 256, 512, 1024], "num_warps": [1, 2, 4, 8]}


@triton.jit
def _vector_add_kernel(x_ptr, y_ptr, out_ptr, n, SUBTRACT: tl.constexpr, BLOCK_SIZE: tl.constexpr):
    start = tl.program_id(0).to(tl.int64) * BLOCK_SIZE
    offs = tl.arange(0, BLOCK_SIZE)
    mask = offs < n - start
    x = tl.load(x_ptr + start + offs, mask=mask).to(tl.float32)
    y = tl.load(y_ptr + start + offs, mask=mask).to(tl.float32)
    if SUBTRACT:
        r = x - y
    else:
        r = x + y
    tl.store(out_ptr + start + offs, r.to(out_ptr.dtype.element_ty), mask=mask)


def vector_add(x: torch.Tensor, y: torch.Tensor, out: torch.Tensor | None = None, BLOCK_SIZE: int = 1024,
               num_warps: int = 4, subtract: bool = False) -> torch.Tensor:
    """x + y (x - y with subtract=True) for contiguous fp32/fp16/bf16 tensors of one shape; into `out`."""
    _check_floats(x=x, y=y)
    if x.shape != y.shape or x.dtype != y.dtype:
        raise ValueError(f"x and y must share shape and dtype, got {tuple(x.shape)} {x.dtype} "
                         f"and {tuple(y.shape)} {y.dtype}")
    if not (x.is_contiguous() and y.is_contiguous()):
        raise ValueError("x and y must be contiguous (vector_add_strided takes strided vectors)")
    _check_int("BLOCK_SIZE", BLOCK_SIZE, 16, 65536)
    _check_int("num_warps", num_warps, 1, 32)
    if not isinstance(subtract, bool):
        raise ValueError(f"subtract must be True or False, got {subtract!r}")
    out = _output(out, x, "x", contiguous=True)
    _check_device(x, y, out)
    n = x.numel()
    if n:
        _vector_add_kernel[(triton.cdiv(n, BLOCK_SIZE),)](x, y, out, n, SUBTRACT=subtract,
                                                          BLOCK_SIZE=BLOCK_SIZE, num_warps=num_warps)
    return out


def vector_sub(x: torch.Tensor, y: torch.Tensor, out: torch.Tensor | None = None, BLOCK_SIZE: int = 1024,
               num_warps: int = 4) -> torch.Tensor:
    """x - y: vector_add with subtract=True."""
    return vector_add(x, y, out=out, BLOCK_SIZE=BLOCK_SIZE, num_warps=num_warps, subtract=True)
