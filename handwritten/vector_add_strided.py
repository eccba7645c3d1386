"""out[i] = x[i * s] + y[i * s]: the vector sum over non-contiguous (strided) 1-D inputs.

x and y are 1-D tensors of any element stride (the experiment passes x_full[::S] views); the
optional `stride` argument steps further, so vector_add_strided(x_full, y_full, stride=S) and
vector_add_strided(x_full[::S], y_full[::S]) compute the same thing. out is contiguous.

Roofline: 3 * N * elem_size useful bytes, but every load touches a 32-byte DRAM sector: at an
element stride of S the loads pull min(S * elem_size, 32) bytes per element, so from S = 16 (bf16)
or S = 8 (fp32) on, reads cost 16x (8x) the useful bytes and the kernel cannot beat
(2 * 32 + elem_size) bytes per element at copy speed. The strided loads cannot be vectorized
(each thread's elements are S * elem_size bytes apart), so BLOCK_SIZE and num_warps matter less
than for vector_add; they are tunable the same way (SWEEP).
Structure: one BLOCK_SIZE tile of output elements per program; element offsets are computed in
64 bits, since i * S passes 2^31 for large N * S.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import check_device as _check_device, check_floats as _check_floats, check_int as _check_int

SWEEP = {"BLOCK_SIZE": [64, 128, 256, 512, 1024], "num_warps": [1, 2, 4, 8]}


@triton.jit
def _vector_add_strided_kernel(x_ptr, y_ptr, out_ptr, n, stride_x, stride_y, BLOCK_SIZE: tl.constexpr):
    offs = tl.program_id(0).to(tl.int64) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    mask = offs < n
    x = tl.load(x_ptr + offs * stride_x, mask=mask).to(tl.float32)
    y = tl.load(y_ptr + offs * stride_y, mask=mask).to(tl.float32)
    tl.store(out_ptr + offs, (x + y).to(out_ptr.dtype.element_ty), mask=mask)


def vector_add_strided(x: torch.Tensor, y: torch.Tensor, stride: int = 1, out: torch.Tensor | None = None,
                       BLOCK_SIZE: int = 1024, num_warps: int = 4) -> torch.Tensor:
    """x[::stride] + y[::stride] for 1-D fp32/fp16/bf16 tensors of one length and dtype (any
    element strides of their own), into a contiguous `out` of cdiv(len(x), stride) elements."""
    _check_floats(x=x, y=y)
    if x.dim() != 1 or x.shape != y.shape or x.dtype != y.dtype:
        raise ValueError(f"x and y must be 1-D with one length and dtype, got {tuple(x.shape)} {x.dtype} "
                         f"and {tuple(y.shape)} {y.dtype}")
    if isinstance(stride, bool) or not isinstance(stride, int) or stride < 1:
        raise ValueError(f"stride must be a positive int, got {stride!r}")
    if x.stride(0) < 0 or y.stride(0) < 0:  # torch views never have these; guard the pointer math
        raise ValueError("x and y must have non-negative strides")
    _check_int("BLOCK_SIZE", BLOCK_SIZE, 16, 65536)
    _check_int("num_warps", num_warps, 1, 32)
    n = triton.cdiv(x.shape[0], stride)
    if out is None:
        out = torch.empty(n, dtype=x.dtype, device=x.device)
    elif not isinstance(out, torch.Tensor):
        raise TypeError(f"out must be a torch.Tensor, got {type(out).__name__}")
    elif tuple(out.shape) != (n,) or out.dtype != x.dtype or not out.is_contiguous():
        raise ValueError(f"out must have shape ({n},) and dtype {x.dtype} and be contiguous, "
                         f"got {tuple(out.shape)} {out.dtype}")
    _check_device(x, y, out)
    if n:
        _vector_add_strided_kernel[(triton.cdiv(n, BLOCK_SIZE),)](
            x, y, out, n, x.stride(0) * stride, y.stride(0) * stride,
            BLOCK_SIZE=BLOCK_SIZE, num_warps=num_warps)
    return out
