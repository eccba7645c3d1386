"""The LM head's loss and gradients in two passes per chunk of rows: the logits by cuBLAS, then a
row kernel over them. fp16's path of `linear_cross_entropy`, and at any dtype the design its
one-pass path replaced, kept public to be timed beside it.

loss = cross_entropy(h @ W^T, y), mean over the rows whose target is not ignore_index, with dh and
dW; h: N x D, W: V x D, y: N. Per chunk of C rows (`_chunked.default_chunk_rows`):
1. logits_c = h_c W^T (cuBLAS);
2. `_lse_grad_rows`, a persistent row kernel (2 programs per SM): per row an online log-sum-exp
   over V in blocks of 4,096, the row's loss, then the gradient (softmax - onehot(y)) / count written over the logits;
3. dh_c = G_c W and dW += G_c^T h_c (cuBLAS, `_chunked.chunk_grads`, dW's beside dh's).

Why fp16 takes it: the one-pass path writes E = exp(z - c) in the matmul's epilogue, and fp16's
range (6e-8 to 65504) is narrower than one row's spread of exp. Its cost: the row pass reads and
writes the logits once more, ~1.1 ms per call at GPT-2 small's LM head (N = 8192, V = 50304,
D = 768, bf16, H100), where one read and one write at the copy rate take 0.55 ms. The whole call
took 4.15 ms in the run where an earlier version of the one-pass path took 3.92-3.97 (the runs
and their machine are in linear_cross_entropy's docstring).

Peak memory: one chunk of logits (98 MiB at C = 1024 in bf16), dh, dW and the per-row losses. The
targets are checked on the host before any launch (the row kernel reads each row's target); an
ignored row's gradient is 0, and all rows ignored gives a NaN loss and zero gradients, as eager.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import num_sms as _num_sms
from handwritten._chunked import IGNORE_INDEX
from handwritten._chunked import check_targets as _check_targets
from handwritten._chunked import chunk_bounds as _chunk_bounds
from handwritten._chunked import chunk_grads as _chunk_grads
from handwritten._chunked import prepare as _prepare
from handwritten._chunked import side_stream as _side_stream
from handwritten._parts import row_cross_entropy as _row_cross_entropy

BLOCK_V = 4096  # 8 warps x 32 threads x 16 elements, 32-byte loads per thread
NUM_WARPS = 8
PROGRAMS_PER_SM = 2


@triton.jit
def _lse_grad_rows(x_ptr, labels_ptr, row_loss_ptr, count_ptr, R, V, stride_x, ignore_index,
                   BLOCK_V: tl.constexpr):
    """Rows pid, pid + P, ... of one chunk of logits: the loss per row, and the gradient written
    over the logits (targets checked on the host)."""
    inv_count = 1.0 / tl.load(count_ptr)  # inf when every row is ignored; then every scale is 0
    for row in range(tl.program_id(0).to(tl.int64), R, tl.num_programs(0)):
        x_row = x_ptr + row * stride_x
        y = tl.load(labels_ptr + row)
        tl.store(row_loss_ptr + row, _row_cross_entropy(x_row, x_row, y, inv_count, ignore_index, V, BLOCK_V))


def linear_cross_entropy_two_pass(h: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor,
                                  ignore_index: int = IGNORE_INDEX, chunk_rows: int | None = None):
    """(loss, dh, dW) of cross_entropy(h @ weight.T, targets, ignore_index), mean reduction, with
    at most `chunk_rows` rows of logits in memory at once (default: `_chunked.default_chunk_rows`)."""
    h, weight, targets, rows = _prepare(h, weight, targets, ignore_index, chunk_rows)
    n, v = h.shape[0], weight.shape[0]
    _check_targets(targets, v, ignore_index)  # the row kernel reads each row's target: before any launch
    count = (targets != ignore_index).sum().to(torch.float32)
    row_loss = torch.empty(n, dtype=torch.float32, device=h.device)
    logits = torch.empty((rows, v), dtype=h.dtype, device=h.device)
    dh = torch.empty((n, h.shape[1]), dtype=h.dtype, device=h.device)
    dw = torch.empty_like(weight, memory_format=torch.contiguous_format)
    on_gpu = h.device.type == "cuda"
    side = _side_stream(h.device)
    programs = PROGRAMS_PER_SM * _num_sms(h.device.index or 0) if on_gpu else 4
    for start, stop in _chunk_bounds(n, rows):
        h_c = h[start:stop]
        chunk = logits[: stop - start]
        torch.mm(h_c, weight.t(), out=chunk)
        _lse_grad_rows[(min(programs, stop - start),)](
            chunk, targets[start:], row_loss[start:], count, stop - start, v, chunk.stride(0), ignore_index,
            BLOCK_V=BLOCK_V if on_gpu else 64, num_warps=NUM_WARPS)
        _chunk_grads(chunk, weight, h_c, dh[start:stop], dw, first=start == 0, side=side)
    return (row_loss.sum() / count).to(h.dtype), dh, dw
