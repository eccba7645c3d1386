"""The LM head's loss and its gradients without the N x V logits: loss = cross_entropy(h @ W^T, y),
mean over the rows whose target is not ignore_index, with dh and dW, in chunks of rows.

h: N x D, W: V x D (GPT-2 small: N = 8192 tokens, D = 768, V = 50304), y: N int64.

The arithmetic (bf16, H100): three matmuls of 2 N V D = 633 GFLOP each (logits h W^T, dh = dL W,
dW = dL^T h): 1.9 TFLOP, 2.90 ms measured through cuBLAS, ~655 TFLOP/s. Everything else is
memory: the logits are N V = 412 M elements, 786 MiB in bf16. torch.compile (3.85 ms, 786 MiB
peak) writes them in the forward, reads them twice for the log-softmax, and in the backward reads
them again and writes the gradient: ~4 passes of 786 MiB = 3.2 GB, 0.95 ms over the matmuls.
A single fused kernel (Liger-Kernel's fused linear cross-entropy, 11.6 ms, 12 MiB) trades the
memory for speed: its matmuls run outside cuBLAS's tuned paths.

The choice here: chunks of C rows (default: as many as keep one chunk's logits under 100 MiB,
C = 1024 for V = 50304 in bf16), per chunk
1. logits_c = h_c W^T (cuBLAS mm into one reused C x V buffer, 98 MiB),
2. one Triton row kernel: per row an online log-sum-exp over the chunk's logits (pass 1), the
   row's loss lse - x[y], then dL = (softmax - onehot(y)) / count written over the logits in
   place (pass 2); ignored rows get loss 0 and a zero gradient,
3. dh_c = dL_c W (cuBLAS mm straight into dh's rows), dW += dL_c^T h_c (cuBLAS addmm into dW).
The matmuls stay at cuBLAS speed (K = D = 768 for the logits and dh, K = C for dW), and peak
memory is one chunk of logits plus the outputs (dh 12 MiB, dW 74 MiB): 185 MiB, 24% of the
compiled version's. The costs over the three matmuls:
- the row kernel reads the chunk once for the log-sum-exp and once for the gradient and writes
  it once: 3 x 98 MiB per chunk, 2.4 GB in all, 0.8 ms at 3.0 TB/s; its grid is persistent
  (PROGRAMS_PER_SM programs per SM loop over rows) so that the rows in flight (2 x 132 rows x
  98 KiB = 26 MiB) stay in the 50 MB L2 between the two passes, and the second read is an L2
  hit: 2 x 98 MiB per chunk, 1.65 GB in all, 0.55 ms;
- dW's accumulation reads and writes dW once per chunk after the first (7 x 2 x 74 MiB = 1.0 GB),
  inside addmm's epilogue, overlapping its arithmetic (K = 1024: 79 GFLOP, ~120 us, against
  148 MiB, ~50 us); bf16 dW is rounded once per chunk (8 roundings: ~3 x 2^-9 relative error).
Expected: 2.90 + ~0.55 ms = ~3.45 ms, 1.1x torch.compile, at 24% of its memory; the
log-sum-exp pass folded into the logits matmul's epilogue would bring it to ~3.2 ms (1.2x).
Measured instead (scripts/gpu_mm_gelu.py, H100, torch 2.11.0+cu130, two calls): 4.03 and 4.30 ms
with 1,024-row chunks and 4 row programs per SM, at 184 MiB, against torch.compile's 3.83 and
3.65 ms at 872 MiB (0.95x and 0.85x). The same three matmuls in these chunks took 2.89 ms (2.69
whole), so the row kernel costs ~1.1 ms, twice the estimate above: with one row per program and
its 13 loads in a chain, too few bytes are in flight to reach the copy rate (not yet checked
with counters).

The count of counted rows is a device tensor (no host sync for it); the loss is the fp32 sum of
the per-row losses over the count, in a fixed order (deterministic). All rows ignored gives a NaN
loss (0 / 0) and zero gradients, as eager. Targets outside [0, V) other than ignore_index are
rejected on the host before any launch (one device-to-host sync, a few microseconds).
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import check_device as _check_device
from handwritten._checks import check_floats as _check_floats
from handwritten._checks import num_sms as _num_sms
from handwritten._parts import row_logsumexp as _row_logsumexp

IGNORE_INDEX = -100
BLOCK_V = 4096  # 8 warps x 32 threads x 16 elements: 32-byte loads of bf16 per thread
NUM_WARPS = 8
PROGRAMS_PER_SM = 2
LOGITS_BUDGET = 100 * 2**20  # bytes of one chunk's logits
CHUNK_ALIGN = 256  # chunk rows: a multiple of cuBLAS's tile heights


@triton.jit
def _lse_grad_rows(x_ptr, labels_ptr, row_loss_ptr, count_ptr, R, V, stride_x, ignore_index,
                   BLOCK_V: tl.constexpr):
    """Rows pid, pid + P, ... of one chunk: the loss per row, and the gradient over the logits."""
    cols = tl.arange(0, BLOCK_V)
    inv_count = 1.0 / tl.load(count_ptr)  # inf when every row is ignored; then every scale is 0
    # int64 rows: row * stride_x passes 2^31 at 1024 x 50304 x 2 chunks of 64K-wide vocabularies
    for row in range(tl.program_id(0).to(tl.int64), R, tl.num_programs(0)):
        x_row = x_ptr + row * stride_x
        lse = _row_logsumexp(x_row, V, BLOCK_V)  # pass 1
        y = tl.load(labels_ptr + row)
        ignored = y == ignore_index
        x_y = tl.load(x_row + y, mask=~ignored, other=0.0).to(tl.float32)  # targets checked on the host
        tl.store(row_loss_ptr + row, tl.where(ignored, 0.0, lse - x_y))
        scale = tl.where(ignored, 0.0, inv_count)
        for start in range(0, V, BLOCK_V):  # pass 2, each chunk read before it is overwritten
            mask = start + cols < V
            x = tl.load(x_row + start + cols, mask=mask, other=0.0).to(tl.float32)
            g = (tl.exp(x - lse) - tl.where(start + cols == y, 1.0, 0.0)) * scale
            tl.store(x_row + start + cols, g.to(x_ptr.dtype.element_ty), mask=mask)


def default_chunk_rows(n: int, v: int, dtype: torch.dtype) -> int:
    """Rows per chunk: one chunk's logits within LOGITS_BUDGET, a multiple of CHUNK_ALIGN (at least
    one multiple), never more than n."""
    per_row = v * torch.empty((), dtype=dtype).element_size()
    rows = max(CHUNK_ALIGN, LOGITS_BUDGET // per_row // CHUNK_ALIGN * CHUNK_ALIGN)
    return min(n, rows)


def _validate(h, weight, targets, ignore_index) -> None:
    _check_floats(h=h, weight=weight)
    if not isinstance(targets, torch.Tensor):
        raise TypeError(f"linear_cross_entropy: targets must be a torch.Tensor, got {type(targets).__name__}")
    if h.dim() != 2 or weight.dim() != 2:
        raise ValueError(f"linear_cross_entropy: h (N x D) and weight (V x D) must be 2-D, "
                         f"got {tuple(h.shape)} and {tuple(weight.shape)}")
    if h.shape[1] != weight.shape[1]:
        raise ValueError(f"linear_cross_entropy: inner dimensions differ: h is {tuple(h.shape)}, "
                         f"weight is {tuple(weight.shape)} (both need D columns)")
    if h.dtype != weight.dtype:
        raise TypeError(f"linear_cross_entropy: h and weight must share a dtype, got {h.dtype} and {weight.dtype}")
    if targets.dtype not in (torch.int64, torch.int32) or tuple(targets.shape) != (h.shape[0],):
        raise ValueError(f"linear_cross_entropy: targets must be int64 of shape ({h.shape[0]},), "
                         f"got {targets.dtype} {tuple(targets.shape)}")
    if h.shape[0] == 0:
        raise ValueError("linear_cross_entropy: empty batch (h has no rows)")
    if weight.shape[0] == 0 or h.shape[1] == 0:
        raise ValueError(f"linear_cross_entropy: empty vocabulary or hidden size: weight is {tuple(weight.shape)}")
    _check_device(h, weight, targets)
    v = weight.shape[0]
    bad = ((targets < 0) | (targets >= v)) & (targets != ignore_index)
    if bool(bad.any()):  # one host sync: a label out of range would read outside the logits' row
        first = int(targets[bad][0])
        raise ValueError(f"linear_cross_entropy: target {first} is outside the vocabulary [0, {v}) "
                         f"and is not ignore_index ({ignore_index})")


def linear_cross_entropy(h: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor,
                         ignore_index: int = IGNORE_INDEX, chunk_rows: int | None = None,
                         programs_per_sm: int = PROGRAMS_PER_SM):
    """(loss, dh, dW) of cross_entropy(h @ weight.T, targets, ignore_index), mean reduction, with
    at most `chunk_rows` rows of logits in memory at once (default: `default_chunk_rows`)."""
    _validate(h, weight, targets, ignore_index)
    n, v = h.shape[0], weight.shape[0]
    rows = chunk_rows or default_chunk_rows(n, v, h.dtype)
    if isinstance(rows, bool) or not isinstance(rows, int) or rows < 1:
        raise ValueError(f"linear_cross_entropy: chunk_rows must be a positive int, got {chunk_rows!r}")
    rows = min(rows, n)
    targets = targets.contiguous()
    count = (targets != ignore_index).sum().to(torch.float32)
    row_loss = torch.empty(n, dtype=torch.float32, device=h.device)
    logits = torch.empty((rows, v), dtype=h.dtype, device=h.device)
    dh = torch.empty_like(h, memory_format=torch.contiguous_format)
    dw = torch.empty_like(weight, memory_format=torch.contiguous_format)
    on_gpu = h.device.type == "cuda"
    programs = programs_per_sm * _num_sms(h.device.index or 0) if on_gpu else 4
    for start in range(0, n, rows):
        stop = min(start + rows, n)
        h_c = h[start:stop]
        chunk = logits[: stop - start]
        torch.mm(h_c, weight.t(), out=chunk)
        _lse_grad_rows[(min(programs, stop - start),)](
            chunk, targets[start:], row_loss[start:], count, stop - start, v, chunk.stride(0), ignore_index,
            BLOCK_V=BLOCK_V if on_gpu else 64, num_warps=NUM_WARPS)
        torch.mm(chunk, weight, out=dh[start:stop])
        if start == 0:
            torch.mm(chunk.t(), h_c, out=dw)
        else:
            dw.addmm_(chunk.t(), h_c)
    loss = (row_loss.sum() / count).to(h.dtype)
    return loss, dh, dw
