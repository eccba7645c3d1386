"""DPO from (2B, T, V) logits, forward and backward fused: the loss and its gradient w.r.t. the
logits, with no (2B, T, V) tensor in memory but the gradient itself.

Structure, three launches (the pairwise loss needs every token's log-prob of a sequence before
any gradient of it can be written):
- `_token_kernel`: one program per token row: an online logsumexp over V in BLOCK_V chunks
  (running max m and sum s, fp32, one exp per element), then the label's logit; writes the
  token's log-prob (0 for labels == -100), m and log s, 12 bytes per token (m and log s apart:
  their fp32 sum, the logsumexp, rounds away ~1e-3 at logits of 3e4).
- `_pair_kernel`: one program: each sequence's sum of token log-probs in a fixed order, z, the
  loss (mean of -logsigmoid(z) over the B pairs) and each row's coefficient c = dloss/dseq
  (-beta sigmoid(-z) / B for a chosen row, +beta sigmoid(-z) / B for its rejected row).
- `_grad_kernel`: one program per token row again: re-reads the row and writes
  c (onehot(label) - exp((x - m) - log s)) on answer tokens, 0 on prompt and padding.
Traffic: the logits read twice and the gradient written once, 3 x 2BTV elements; the second
read of a row (64 KiB at V = 32000 in bf16) is the same that cross_entropy.py makes.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import check_device as _check_device
from handwritten._checks import check_floats as _check_floats
from handwritten._checks import output as _output
from handwritten._parts import dpo_terms as _dpo_terms, row_max_logsum as _row_max_logsum

BETA = 0.1  # experiments/preference_loss_logits.py
IGNORE_INDEX = -100
BLOCK_V = 4096
NUM_WARPS = 8
PAIR_BLOCK = 64


@triton.jit
def _token_kernel(x_ptr, labels_ptr, tok_ptr, max_ptr, log_sum_ptr, V, stride_x, ignore_index,
                  BLOCK_V: tl.constexpr):
    row = tl.program_id(0).to(tl.int64)
    x_row = x_ptr + row * stride_x
    m, log_s = _row_max_logsum(x_row, V, BLOCK_V)
    y = tl.load(labels_ptr + row)
    answer = y != ignore_index
    in_range = (y >= 0) & (y < V)
    x_y = tl.load(x_row + y, mask=answer & in_range, other=0.0).to(tl.float32)
    # a label outside [0, V) that is not ignore_index: NaN, as cross_entropy.py does
    tok = tl.where(answer, tl.where(in_range, (x_y - m) - log_s, float("nan")), 0.0)
    tl.store(tok_ptr + row, tok)
    tl.store(max_ptr + row, m)
    tl.store(log_sum_ptr + row, log_s)


@triton.jit
def _pair_kernel(tok_ptr, ref_ptr, coef_ptr, loss_ptr, B, T, beta, BLOCK_B: tl.constexpr, BLOCK_T: tl.constexpr):
    pairs = tl.arange(0, BLOCK_B)
    steps = tl.arange(0, BLOCK_T)
    total = tl.zeros((BLOCK_B,), tl.float32)
    for b0 in range(0, B, BLOCK_B):
        p = b0 + pairs
        live = p < B
        chosen = tl.zeros((BLOCK_B,), tl.float32)
        rejected = tl.zeros((BLOCK_B,), tl.float32)
        for t0 in range(0, T, BLOCK_T):
            t = t0 + steps
            m = live[:, None] & (t < T)[None, :]
            c_offs = p.to(tl.int64)[:, None] * T + t[None, :]
            chosen += tl.sum(tl.load(tok_ptr + c_offs, mask=m, other=0.0), axis=1)
            rejected += tl.sum(tl.load(tok_ptr + c_offs + B * T, mask=m, other=0.0), axis=1)
        ref_c = tl.load(ref_ptr + p, mask=live, other=0.0)
        ref_r = tl.load(ref_ptr + B + p, mask=live, other=0.0)
        z = beta * ((chosen - ref_c) - (rejected - ref_r))
        loss, g = _dpo_terms(z, beta, B)
        total += tl.where(live, loss, 0.0)
        tl.store(coef_ptr + p, -g, mask=live)
        tl.store(coef_ptr + B + p, g, mask=live)
    tl.store(loss_ptr, tl.sum(total, axis=0) / B)


@triton.jit
def _grad_kernel(x_ptr, labels_ptr, max_ptr, log_sum_ptr, coef_ptr, g_ptr, V, T, stride_x, stride_g,
                 ignore_index, BLOCK_V: tl.constexpr):
    row = tl.program_id(0).to(tl.int64)
    x_row = x_ptr + row * stride_x
    g_row = g_ptr + row * stride_g
    cols = tl.arange(0, BLOCK_V)
    y = tl.load(labels_ptr + row)
    m = tl.load(max_ptr + row)
    log_s = tl.load(log_sum_ptr + row)
    c = tl.where(y != ignore_index, tl.load(coef_ptr + row // T), 0.0)
    for start in range(0, V, BLOCK_V):
        mask = start + cols < V
        x = tl.load(x_row + start + cols, mask=mask, other=0.0).to(tl.float32)
        g = c * (tl.where(start + cols == y, 1.0, 0.0) - tl.exp((x - m) - log_s))
        tl.store(g_row + start + cols, g.to(g_ptr.dtype.element_ty), mask=mask)


def preference_loss_logits(logits: torch.Tensor, labels: torch.Tensor, ref_logps: torch.Tensor, *,
                           beta: float = BETA, grad_out: torch.Tensor | None = None
                           ) -> tuple[torch.Tensor, torch.Tensor]:
    """(loss, grad) of DPO over (2B, T, V) logits, rows 0..B-1 the chosen answers and B..2B-1
    the rejected ones; labels (2B, T) int64/int32 with -100 on prompt and padding tokens;
    ref_logps (2B,) fp32, the reference model's sequence log-probs. loss is a 0-d fp32 tensor;
    grad (logits' shape and dtype) is written into `grad_out` when given."""
    _check_floats(logits=logits)
    if logits.dim() != 3 or logits.shape[0] < 2 or logits.shape[0] % 2 or 0 in logits.shape:
        raise ValueError(f"logits must be (2B, T, V): chosen rows then as many rejected rows, got {tuple(logits.shape)}")
    if logits.stride(2) != 1:
        raise ValueError(f"logits must be contiguous in its last dim (stride {logits.stride(2)})")
    rows, t, v = logits.shape
    if not isinstance(labels, torch.Tensor) or labels.dtype not in (torch.int64, torch.int32):
        raise TypeError("labels must be an int64 or int32 tensor of token ids")
    if labels.shape != (rows, t) or not labels.is_contiguous():
        raise ValueError(f"labels must be contiguous with shape {(rows, t)}, got {tuple(labels.shape)}")
    if not isinstance(ref_logps, torch.Tensor) or ref_logps.dtype != torch.float32:
        raise TypeError("ref_logps must be a float32 tensor (sequence log-probs need fp32's precision)")
    if ref_logps.shape != (rows,) or not ref_logps.is_contiguous():
        raise ValueError(f"ref_logps must be contiguous with shape ({rows},), got {tuple(ref_logps.shape)}")
    if isinstance(beta, bool) or not isinstance(beta, (int, float)) or not beta > 0:
        raise ValueError(f"beta must be a positive number, got {beta!r}")
    grad = _output(grad_out, logits, "logits")
    if grad.stride(2) != 1 or grad.stride(0) != t * grad.stride(1):
        raise ValueError("grad_out must be contiguous in its last dim, its rows evenly strided")
    _check_device(logits, labels, ref_logps, grad)
    if logits.stride(0) != t * logits.stride(1):
        raise ValueError("logits' rows must be evenly strided (call .contiguous())")
    dev = logits.device
    tok = torch.empty(rows * t, dtype=torch.float32, device=dev)
    row_max = torch.empty(rows * t, dtype=torch.float32, device=dev)
    log_sum = torch.empty(rows * t, dtype=torch.float32, device=dev)
    coef = torch.empty(rows, dtype=torch.float32, device=dev)
    loss = torch.empty((), dtype=torch.float32, device=dev)
    block_v = min(BLOCK_V, triton.next_power_of_2(v))
    _token_kernel[(rows * t,)](logits, labels, tok, row_max, log_sum, v, logits.stride(1), IGNORE_INDEX,
                               BLOCK_V=block_v, num_warps=NUM_WARPS)
    _pair_kernel[(1,)](tok, ref_logps, coef, loss, rows // 2, t, float(beta), BLOCK_B=PAIR_BLOCK,
                       BLOCK_T=min(128, triton.next_power_of_2(t)), num_warps=4)
    _grad_kernel[(rows * t,)](logits, labels, row_max, log_sum, coef, grad, v, t, logits.stride(1), grad.stride(1),
                              IGNORE_INDEX, BLOCK_V=block_v, num_warps=NUM_WARPS)
    return loss, grad
