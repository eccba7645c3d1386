"""Fused cross-entropy forward + backward over a large vocabulary, never materializing the softmax:
loss = mean over counted rows of (logsumexp(x) - x[y]), grad = (softmax(x) - onehot(y)) / count.

Roofline: memory-bound; logits read once and the gradient written once (2 MV elements, 256 MiB
for 2048x32768 bf16, ~90 us at an H100's ~3.0 TB/s), where torch.compile's forward and backward
read the logits at least twice, and eager writes and re-reads (M, V) intermediates ~6 times.

Structure: one program per row, looping over the vocabulary in chunks of BLOCK_V = 4096 (8 warps, 16
elements per thread). Pass 1 keeps an online logsumexp (running max m and sum s of exp(x - m),
rescaled by exp(m_old - m_new) when a chunk raises the max: one exp per element), so a 128K row
costs 32 chunk loads and no (M, V) buffer. Pass 2 re-reads the row and writes (exp((x - m) - log s)
- [col == y]) / count directly (m and log s kept apart: their fp32 sum, the logsumexp, would round
away ~1e-3 at logits of 3e4, and every p with it). That second read of a 64-256 KiB row comes from
L2 only while the rows in flight fit in it (not measured yet: at 32K, 132 SMs x up to 8 programs x
64 KiB = 66 MiB > an H100's 50 MB L2; if it misses, fewer resident programs is the next try).
With inplace=True the gradient overwrites the logits (each chunk is read before it is written,
by the one program that owns the row), saving the (M, V) allocation.
The count of rows whose label is not ignore_index comes from a one-program kernel over the
labels (8 bytes per row) that runs first, so no host sync is needed; a last one-program kernel
sums the per-row fp32 losses in a fixed order and divides by the count (deterministic). All
rows ignored gives loss 0/0 = NaN and a zero gradient, as in eager. A label outside [0, V)
other than ignore_index makes that row's loss and gradient NaN (eager raises a device-side
assert; checking on the host would cost a sync per call).
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import check_device as _check_device
from handwritten._checks import check_floats as _check_floats
from handwritten._checks import output as _output
from handwritten._parts import row_cross_entropy as _row_cross_entropy

BLOCK_V = 4096
NUM_WARPS = 8
SMALL_BLOCK = 1024


@triton.jit
def _count_kernel(labels_ptr, count_ptr, M, ignore_index, BLOCK: tl.constexpr):
    acc = tl.zeros((BLOCK,), dtype=tl.int32)
    for start in range(0, M, BLOCK):
        offs = start + tl.arange(0, BLOCK)
        y = tl.load(labels_ptr + offs, mask=offs < M, other=ignore_index)
        acc += (y != ignore_index).to(tl.int32)
    tl.store(count_ptr, tl.sum(acc, axis=0).to(tl.float32))


@triton.jit
def _ce_fwd_bwd_kernel(x_ptr, labels_ptr, g_ptr, row_loss_ptr, count_ptr, V, stride_x, stride_g,
                       ignore_index, BLOCK_V: tl.constexpr):
    row = tl.program_id(0).to(tl.int64)
    x_row = x_ptr + row * stride_x
    g_row = g_ptr + row * stride_g
    y = tl.load(labels_ptr + row)
    # the gradient written chunk by chunk (over the logits themselves when in place)
    loss = _row_cross_entropy(x_row, g_row, y, 1.0 / tl.load(count_ptr), ignore_index, V, BLOCK_V)
    tl.store(row_loss_ptr + row, loss)


@triton.jit
def _mean_kernel(row_loss_ptr, count_ptr, loss_ptr, M, BLOCK: tl.constexpr):
    acc = tl.zeros((BLOCK,), dtype=tl.float32)
    for start in range(0, M, BLOCK):
        offs = start + tl.arange(0, BLOCK)
        acc += tl.load(row_loss_ptr + offs, mask=offs < M, other=0.0)
    total = tl.sum(acc, axis=0) / tl.load(count_ptr)
    tl.store(loss_ptr, total.to(loss_ptr.dtype.element_ty))


def _check_labels(labels: torch.Tensor, m: int) -> None:
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, got {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32):
        raise TypeError(f"labels dtype must be int64 or int32 (class indices), got {labels.dtype}")
    if labels.shape != (m,):
        raise ValueError(f"labels must have shape ({m},), one per row of logits, got {tuple(labels.shape)}")
    if not labels.is_contiguous():
        raise ValueError("labels must be contiguous")


def cross_entropy(logits: torch.Tensor, labels: torch.Tensor, ignore_index: int = -100, *,
                  grad_out: torch.Tensor | None = None, inplace: bool = False
                  ) -> tuple[torch.Tensor, torch.Tensor]:
    """(loss, grad): F.cross_entropy(logits, labels, ignore_index=ignore_index) (mean) as a 0-d
    tensor in logits' dtype, and its gradient w.r.t. logits (M, V), written into `grad_out` when
    given, or over `logits` itself with inplace=True."""
    _check_floats(logits=logits)
    if logits.dim() != 2 or logits.shape[0] == 0 or logits.shape[1] == 0:
        raise ValueError(f"logits must be a non-empty (rows, vocab) matrix, got shape {tuple(logits.shape)}")
    if logits.stride(1) != 1:
        raise ValueError(f"logits must be contiguous in its last dim (stride {logits.stride(1)})")
    m, v = logits.shape
    _check_labels(labels, m)
    if isinstance(ignore_index, bool) or not isinstance(ignore_index, int):
        raise TypeError(f"ignore_index must be an int, got {type(ignore_index).__name__}")
    if inplace and grad_out is not None:
        raise ValueError("pass either grad_out or inplace=True, not both")
    grad = logits if inplace else _output(grad_out, logits, "logits")
    if grad.stride(1) != 1:
        raise ValueError(f"grad_out must be contiguous in its last dim (stride {grad.stride(1)})")
    _check_device(logits, labels, grad)
    dev = logits.device
    count = torch.empty(1, dtype=torch.float32, device=dev)
    row_loss = torch.empty(m, dtype=torch.float32, device=dev)
    loss = torch.empty((), dtype=logits.dtype, device=dev)
    _count_kernel[(1,)](labels, count, m, ignore_index, BLOCK=SMALL_BLOCK, num_warps=4)
    _ce_fwd_bwd_kernel[(m,)](logits, labels, grad, row_loss, count, v, logits.stride(0), grad.stride(0),
                             ignore_index, BLOCK_V=min(BLOCK_V, triton.next_power_of_2(v)), num_warps=NUM_WARPS)
    _mean_kernel[(1,)](row_loss, count, loss, m, BLOCK=SMALL_BLOCK, num_warps=4)
    return loss, grad
