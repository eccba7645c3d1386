"""The LM head's loss and its gradients without the N x V logits: loss = cross_entropy(h @ W^T, y),
mean over the rows whose target is not ignore_index, with dh and dW, in chunks of rows.

h: N x D, W: V x D (GPT-2 small: N = 8192 tokens, D = 768, V = 50304), y: N int64.

The arithmetic (bf16, H100): three matmuls of 2 N V D = 633 GFLOP each (logits h W^T, dh = dL W,
dW = dL^T h): 1.9 TFLOP, 2.69-2.90 ms measured through cuBLAS. Everything else is memory: the
logits are N V = 412 M elements, 786 MiB in bf16, and one pass over them (read or write) takes
~0.28 ms at the H100's 3.0 TB/s. torch.compile (3.65-3.85 ms at 872 MiB peak) writes them, reads
them for the log-softmax and again in the backward to write the gradient, over the three matmuls.
A row pass of its own between the matmuls (the two-pass design, fp16's path) costs
~1.1 ms measured: even at the copy rate, one read and one write of the logits are 0.55 ms.

So the bf16 and fp32 path leaves no pass over the logits besides the matmuls'. The gradient of a
row is dL_i = (softmax_i - onehot(y_i)) / count = (E_i - S_i onehot(y_i)) / (S_i count), where
E_ij = exp(z_ij - c_i) for any per-row constant c_i and S_i = sum_j E_ij: a row scale of E with
its target element corrected. E needs no log-sum-exp first, so the logits matmul writes E in its
epilogue, with partial row sums and maxima. First `_row_shifts` computes every row's c_i (below)
and counts the rows that are not ignored; then per chunk of C rows:
1. `_exp_logits_tma_kernel` (Hopper, bf16: TMA, as mm_gelu's) or `_exp_logits_kernel` (pointers:
   fp32, other GPUs, the interpreter): E_c = exp(h_c W^T - c) into one C x V buffer, with the sum
   and the maximum of z per (row, partial). The TMA kernel runs one program per (tile row,
   vocabulary segment), so that a row's sums accumulate in registers over a segment's tiles and
   are stored once per segment (33 partials per row at C = 1024 on 132 SMs) rather than once per
   tile; the pointer kernel stores one per (row, tile);
2. `_finish_rows` (one program per row): S_i and the row maximum m_i from the partials, the loss
   log S_i - (z_iy - c_i) (z_iy - c_i = log E_iy, the matmul's own product), the target's
   element E_iy - S_i written over E, the scale d_i = 1 / (S_i count) (0 for an ignored row), and
   d_i h_i into a C x D buffer;
3. dh_c = E_c W (cuBLAS, unscaled; dh is scaled by d once at the end) and dW += E_c^T (d h)_c
   (cuBLAS addmm, bf16 dW rounded once per chunk: 8 roundings, ~3 x 2^-9 relative). dW's matmul
   runs on a side stream beside dh's (both only read E_c), and the two finish sooner together
   than one after the other: 3.081-3.106 ms per call against 3.132-3.137 (timed, below), and
   3.025 ms of the GPU busy per call against 3.053 (one profiler trace each). Why (dh's split-K
   reduction and dW's read of dW beside the other's product, perhaps) was not checked with
   counters.
Last, `_finalize` scales dh by d and writes the loss.
c_i is the target's logit (h_i . W[y_i] in fp32, by `_row_shifts`) plus SHIFT = 20, so the
target's E is ~e^-20 and the row's largest E is e^(m_i - c_i). A row is kept as written while
m_i - c_i <= WINDOW = 30 (m_i at most 50 above the target's logit): then S_i <= V e^30 (~1e18 at
V = 50304, far from fp32's and bf16's 3e38 even times |W|), d_i h_i stays a normal number, and
what underflows (z_ij < c_i - 87) has a softmax below e^-67. A row past the
window (a confidently wrong one) is recomputed by `_finish_rows` on CUDA cores with c_i = m_i
(V x D multiply-adds in one program: an estimated ~0.2 ms for that row, not measured): correct for
any logits, no host sync, nothing spent when no row is past.
An ignored row gets c_i = +inf: its E row is 0 and its scale 0.

fp16 cannot hold E: its range (6e-8 to 65504) is narrower than one row's spread of exp. The
launcher hands it to linear_cross_entropy_two_pass.py: logits_c = h_c W^T (cuBLAS), a row kernel
(per row an online log-sum-exp, then the gradient written over the logits), the same two matmuls.
The inputs' checks, the chunks and those two matmuls are shared with it, in _chunked.py.

Peak memory: one chunk of E (C = 1024 rows at V = 50304 in bf16, 98 MiB, from
_chunked.LOGITS_BUDGET), the outputs (dh 12 MiB, dW 74 MiB), the partials and d h (~5 MiB):
~190 MiB, 22% of torch.compile's.
The count of counted rows is a device tensor; the loss is the fp32 sum of the per-row losses over
the count, in a fixed order (deterministic). All rows ignored gives a NaN loss (0 / 0) and zero
gradients, as eager. A target outside [0, V) other than ignore_index is counted by `_row_shifts`
and read nowhere (its row is handled as ignored). That count is copied to pinned host memory
right after `_row_shifts`; after every launch the launcher waits for that copy alone (not for the
chunks' kernels) and raises a ValueError naming the target. So the GPU never waits for the host
inside the call, and the call leaves the GPU's queue full. fp16's two-pass path checks its
targets before its launches.

Measured (NVIDIA H100 80GB HBM3, driver 580.159.04, torch 2.11.0+cu130, triton 3.6.0, CUDA 13.0,
2026-12-06; the shape above, `inspect bench --rounds 3`, L2 flushed; median, and the lowest 20th
to highest 80th percentile over the rounds; each pair of rows from one bench run, the first three
pairs on this launcher, in two calls on two machines):
| | ms | spread | peak MiB | vs compile |
|---|---:|---:|---:|---:|
| this launcher (dW beside dh), call 1 | 3.093 | 3.085-3.243 | 189.5 | 1.20x |
| torch.compile, default mode | 3.725 | 3.651-3.985 | 871.7 | 1.00x |
| this launcher, call 2, first run | 3.085 | 3.078-3.112 | 189.5 | 1.21x |
| torch.compile, default mode | 3.748 | 3.727-3.885 | 871.7 | 1.00x |
| this launcher, call 2, second run | 3.090 | 3.080-3.184 | 189.5 | 1.22x |
| torch.compile, default mode | 3.781 | 3.733-3.912 | 871.7 | 1.00x |
| dh and dW on one stream, the old `_finish_rows` | 3.148 | 3.143-3.172 | 189.5 | 1.17x |
| torch.compile, default mode | 3.687 | 3.652-3.939 | 871.7 | 1.00x |
| the same, the targets' count read directly after the launches | 3.292 | 3.252-3.328 | 189.5 | 1.11x |
| torch.compile, default mode | 3.662 | 3.631-3.764 | 871.7 | 1.00x |
So it is 1.20-1.22x torch.compile (spreads apart in every run) at 22% of its peak memory. On an
NVIDIA H200 (same driver and versions, one run): 2.944 ms (2.932-2.989) against 3.558 (3.507-3.704),
1.21x, at the same 189.5 against 871.7 MiB. The steps between the versions, timed side by side
in one call (`time_fn`, three runs each; call 1):
| version | ms |
|---|---:|
| dh and dW on one stream, the old `_finish_rows` | 3.151-3.155 |
| `_finish_rows` issuing its independent loads first | 3.132-3.137 |
| and dW beside dh (this launcher) | 3.081-3.106 |
| and 1,280-row chunks (six of 1,152 and one of 1,280, 216.0 MiB) | 3.080-3.082 |
1,280-row chunks tie with the default (spreads overlap) and would take 24.8% of torch.compile's
peak: not the default. The count read directly (the last pair) waited for every kernel of the
call: the profiler's trace showed the GPU idle 0.23-0.50 ms per call while the host, released by
that read, issued the next call's first launches; that this is the 0.14 ms between the 3.148 and
3.292 rows is an inference (the two were timed in different calls). The version before the
segments, `_row_shifts` and `_finalize` took 3.92-3.97 ms in an earlier call (compile 3.66 there,
cuBLAS's three matmuls in 1,024-row chunks 2.88, unchunked 2.70; the two-pass path 4.15).
Device time per call (torch.profiler over 5 calls, dh and dW on one stream): the exp matmul 1.06
ms (0.13 per chunk), dh 0.86 (cuBLAS split-K 0.83 and its reduction 0.03), dW 1.05 (0.11 for the
first chunk's mm, 0.13 for each addmm after it, which also reads dW), `_finish_rows` 0.057 (0.075
before its loads were reordered), `_row_shifts` 0.016, `_finalize` 0.010. With dW beside dh, the
GPU is busy (any kernel running) 3.025 ms per call. The host issues a call in ~2.3-2.5 ms under
the profiler, ~0.11-0.14 ms of it per chunk for the TMA kernel's launch (autotuner, three
descriptors). `inspect bench` flags the call as host-bound: its loop of calls back to back took
3.3-3.5 ms of host time per call (call 2), and 2.04-2.09 ms for the same kernels called without
the wait for the targets' count (`_scaled_exp` directly). In the timed loop the host issues a
call while the GPU runs the one before, and the timed 3.09 ms is within 0.07 ms of the GPU's
busy time per call (3.025, profiler): no sign that the GPU waited for launches inside a call.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten import linear_cross_entropy_two_pass as _two_pass
from handwritten._checks import autotune_configs as _autotune_configs
from handwritten._checks import check_int as _check_int
from handwritten._checks import num_sms as _num_sms
from handwritten._checks import use_tma  # public: scripts and tests ask it too
from handwritten._chunked import IGNORE_INDEX
from handwritten._chunked import chunk_bounds as _chunk_bounds
from handwritten._chunked import check_targets as _check_targets
from handwritten._chunked import chunk_grads as _chunk_grads
from handwritten._chunked import prepare as _prepare
from handwritten._chunked import side_stream as _side_stream
from handwritten._parts import grouped_tile as _grouped_tile
from handwritten._parts import masked_k_loop as _masked_k_loop
from handwritten._parts import tile_offsets as _tile_offsets

try:  # host-side TMA descriptors (triton >= 3.4)
    from triton.tools.tensor_descriptor import TensorDescriptor
except ImportError:  # pragma: no cover - depends on the installed triton
    TensorDescriptor = None

SHIFT = 20.0  # c_i = the target's logit + SHIFT (module docstring)
WINDOW = 30.0  # rows with m_i - c_i above it are recomputed with c_i = m_i
MAX_SEGMENTS = 512  # partials per row from the TMA kernel at most
MIN_BLOCK_N = 16  # the narrowest tile column of any TMA config


@triton.jit
def _exp_part(acc, c, offs_n, V):
    """E = exp(z - c) of one fp32 tile of z (columns past V count as -inf), with each row's sum
    of E and maximum of z over the tile."""
    z = tl.where((offs_n < V)[None, :], acc, -float("inf"))
    e = tl.exp(z - c[:, None])
    return e, tl.sum(e, axis=1), tl.max(z, axis=1)


@triton.jit
def _store_stats(s_part_ptr, m_part_ptr, offs_m, R, T, pid_n, s, m):
    at = offs_m.to(tl.int64) * T + pid_n
    tl.store(s_part_ptr + at, s, mask=offs_m < R)
    tl.store(m_part_ptr + at, m, mask=offs_m < R)


@triton.jit
def _exp_logits_kernel(h_ptr, w_ptr, e_ptr, c_ptr, s_part_ptr, m_part_ptr, t_ptr, R, V, D, T,
                       stride_hm, stride_wv, stride_em,
                       BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr,
                       INPUT_PRECISION: tl.constexpr, DOT_IN_FP32: tl.constexpr):
    """One BLOCK_M x BLOCK_N tile of E per program, one partial per (row, tile) of T = the tile
    columns (program 0 stores T for the finish kernel); masked loads and stores cover ragged edges."""
    pid_m, pid_n = _grouped_tile(tl.program_id(0), tl.cdiv(R, BLOCK_M), tl.cdiv(V, BLOCK_N), GROUP_M)
    offs_m, offs_n, mask_m, mask_n = _tile_offsets(pid_m, pid_n, R, V, BLOCK_M, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    rows = offs_m[:, None].to(tl.int64)  # int64: rows x stride passes 2^31 elements at large V
    h_ptrs = h_ptr + rows * stride_hm + offs_k[None, :]
    w_ptrs = w_ptr + offs_n[None, :].to(tl.int64) * stride_wv + offs_k[:, None]  # W^T's K x N block
    acc = _masked_k_loop(h_ptrs, w_ptrs, BLOCK_K, BLOCK_K, mask_m, mask_n, D, BLOCK_M, BLOCK_N, BLOCK_K,
                         INPUT_PRECISION, DOT_IN_FP32)
    c = tl.load(c_ptr + offs_m, mask=mask_m, other=float("inf"))
    e, s, m = _exp_part(acc, c, offs_n, V)
    tl.store(e_ptr + rows * stride_em + offs_n[None, :], e.to(e_ptr.dtype.element_ty),
             mask=mask_m[:, None] & mask_n[None, :])
    _store_stats(s_part_ptr, m_part_ptr, offs_m, R, T, pid_n, s, m)
    if tl.program_id(0) == 0:
        tl.store(t_ptr, T)


@triton.jit
def _exp_logits_tma_kernel(h_desc, w_desc, e_desc, c_ptr, s_part_ptr, m_part_ptr, t_ptr, R, V, D,
                           BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
                           EPILOGUE_SPLIT: tl.constexpr, FLATTEN: tl.constexpr, PROGRAMS_PER_SM: tl.constexpr,
                           DOT_IN_FP32: tl.constexpr):
    """One program per (tile row, vocabulary segment), the grid being tile rows x segments (the
    launcher's `segments`): the segment's tiles one after another, the tile loop flattened into the
    K loop (as handwritten/mm_gelu.py's TMA kernel); W's rows are the K-major B operand as loaded.
    Each row's sum of E and maximum of z accumulate over the segment in registers and are stored
    once, one partial per (row, segment); program 0 stores the segment count for the finish kernel.
    The programs of one segment run side by side and read the same tiles of W from L2."""
    num_pid_m = tl.cdiv(R, BLOCK_M)
    num_pid_n = tl.cdiv(V, BLOCK_N)
    segments = tl.num_programs(0) // num_pid_m
    pid_m = tl.program_id(0) % num_pid_m
    seg = tl.program_id(0) // num_pid_m
    per_seg = tl.cdiv(num_pid_n, segments)
    first = seg * per_seg
    last = tl.minimum(first + per_seg, num_pid_n)  # the last segments may be short or empty
    off_m = pid_m * BLOCK_M
    offs_m = off_m + tl.arange(0, BLOCK_M)
    c = tl.load(c_ptr + offs_m, mask=offs_m < R, other=float("inf"))
    s_row = tl.zeros((BLOCK_M,), dtype=tl.float32)
    m_row = tl.full((BLOCK_M,), -float("inf"), dtype=tl.float32)
    k_tiles = tl.cdiv(D, BLOCK_K)
    n_c = first - 1  # the epilogue's own tile counter: see mm_gelu
    for pid_n in tl.range(first, last, flatten=FLATTEN):
        off_n = pid_n * BLOCK_N
        acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
        for ki in range(k_tiles):
            a = h_desc.load([off_m, ki * BLOCK_K])
            b = w_desc.load([off_n, ki * BLOCK_K])
            if DOT_IN_FP32:
                a = a.to(tl.float32)
                b = b.to(tl.float32)
            acc = tl.dot(a, b.T, acc, input_precision="ieee")

        n_c += 1
        off_n = n_c * BLOCK_N
        if EPILOGUE_SPLIT == 1:
            e, s, m = _exp_part(acc, c, off_n + tl.arange(0, BLOCK_N), V)
            e_desc.store([off_m, off_n], e.to(e_desc.dtype))  # the part past R or V is clipped
        else:  # two column halves: half the staging buffer, one half's store beside the other's math
            half: tl.constexpr = BLOCK_N // 2
            a0, a1 = tl.split(tl.permute(tl.reshape(acc, (BLOCK_M, 2, half)), (0, 2, 1)))
            e0, s0, m0 = _exp_part(a0, c, off_n + tl.arange(0, half), V)
            e_desc.store([off_m, off_n], e0.to(e_desc.dtype))
            e1, s1, m1 = _exp_part(a1, c, off_n + half + tl.arange(0, half), V)
            e_desc.store([off_m, off_n + half], e1.to(e_desc.dtype))
            s = s0 + s1
            m = tl.maximum(m0, m1)
        s_row += s
        m_row = tl.maximum(m_row, m)
    if tl.program_id(0) == 0:
        tl.store(t_ptr, segments)
    _store_stats(s_part_ptr, m_part_ptr, offs_m, R, segments, seg, s_row, m_row)


@triton.jit
def _row_shifts(h_ptr, w_ptr, labels_ptr, c_ptr, counts_ptr, N, V, D, stride_hm, stride_wv, ignore_index,
                SHIFT: tl.constexpr, BLOCK_R: tl.constexpr, BLOCK_D: tl.constexpr):
    """c_i = z_iy + SHIFT for BLOCK_R rows (z_iy = h_i . W[y_i] in fp32), +inf for an ignored row
    or a target outside [0, V) (never read there); counts[0] += the rows with such a target,
    counts[1] += the rows not ignored (integer atomics: exact in any order)."""
    rows = tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R)
    ds = tl.arange(0, BLOCK_D)
    inside = rows < N
    y = tl.load(labels_ptr + rows, mask=inside, other=ignore_index)
    counted = inside & (y != ignore_index)
    ok = counted & (y >= 0) & (y < V)
    h_rows = h_ptr + rows.to(tl.int64)[:, None] * stride_hm
    w_rows = w_ptr + tl.where(ok, y, 0).to(tl.int64)[:, None] * stride_wv
    z = tl.zeros((BLOCK_R,), tl.float32)
    for d0 in range(0, D, BLOCK_D):
        mask = ok[:, None] & (d0 + ds < D)[None, :]
        hv = tl.load(h_rows + d0 + ds[None, :], mask=mask, other=0.0).to(tl.float32)
        wv = tl.load(w_rows + d0 + ds[None, :], mask=mask, other=0.0).to(tl.float32)
        z += tl.sum(hv * wv, axis=1)
    tl.store(c_ptr + rows, tl.where(ok, z + SHIFT, float("inf")), mask=inside)
    bad = tl.sum((counted & ~ok).to(tl.int32), axis=0)
    if bad > 0:
        tl.atomic_add(counts_ptr, bad)
    tl.atomic_add(counts_ptr + 1, tl.sum(counted.to(tl.int32), axis=0))


@triton.jit
def _finish_rows(e_ptr, h_ptr, w_ptr, labels_ptr, c_ptr, s_part_ptr, m_part_ptr, t_ptr, counts_ptr, loss_ptr,
                 scale_ptr, hd_ptr, V, D, stride_em, stride_hm, stride_wv, stride_hdm, ignore_index,
                 WINDOW: tl.constexpr, BLOCK_T: tl.constexpr, BLOCK_H: tl.constexpr, BLOCK_D: tl.constexpr,
                 BLOCK_V: tl.constexpr):
    """One row of a chunk: S and m from its T partials (T as the exp kernel stored it), its loss,
    the target's element of E, its scale d and the row d h; a row past the window is first
    recomputed with c = m. A target outside [0, V) counts as ignored here (the launcher raises).
    The kernel is short and sits between the exp matmul and cuBLAS's, so its time is its chain of
    memory round trips: every load that depends on nothing (h's first BLOCK_H columns among them)
    is issued first, then the partials and E's target element, side by side."""
    row = tl.program_id(0).to(tl.int64)
    T = tl.load(t_ptr)
    y = tl.load(labels_ptr + row)
    c = tl.load(c_ptr + row)
    count = tl.load(counts_ptr + 1).to(tl.float32)
    hs = tl.arange(0, BLOCK_H)
    h_row = h_ptr + row * stride_hm
    h0 = tl.load(h_row + hs, mask=hs < D, other=0.0).to(tl.float32)
    valid = (y != ignore_index) & (y >= 0) & (y < V)
    y_safe = tl.where(valid, y, 0)
    e_row = e_ptr + row * stride_em
    zc = tl.log(tl.load(e_row + y_safe).to(tl.float32))  # z_y - c, from the matmul's own product
    ts = tl.arange(0, BLOCK_T)
    s = tl.zeros((), tl.float32)
    m = tl.full((), -float("inf"), tl.float32)
    for t0 in range(0, T, BLOCK_T):
        inside = t0 + ts < T
        s += tl.sum(tl.load(s_part_ptr + row * T + t0 + ts, mask=inside, other=0.0), axis=0)
        m = tl.maximum(m, tl.max(tl.load(m_part_ptr + row * T + t0 + ts, mask=inside, other=-float("inf")), axis=0))
    if valid & (m - c > WINDOW):  # rare: E overflows its window; recompute the row with c = m
        c = m
        s = tl.zeros((), tl.float32)
        zc = tl.zeros((), tl.float32)
        ds = tl.arange(0, BLOCK_D)
        vs = tl.arange(0, BLOCK_V)
        for v0 in range(0, V, BLOCK_V):
            cols = v0 + vs
            z = tl.zeros((BLOCK_V,), tl.float32)
            for d0 in range(0, D, BLOCK_D):
                hv = tl.load(h_row + d0 + ds, mask=d0 + ds < D, other=0.0).to(tl.float32)
                wv = tl.load(w_ptr + cols[:, None].to(tl.int64) * stride_wv + d0 + ds[None, :],
                             mask=(cols < V)[:, None] & (d0 + ds < D)[None, :], other=0.0).to(tl.float32)
                z += tl.sum(wv * hv[None, :], axis=1)
            e = tl.where(cols < V, tl.exp(z - c), 0.0)
            tl.store(e_row + cols, e.to(e_ptr.dtype.element_ty), mask=cols < V)
            s += tl.sum(e, axis=0)
            zc += tl.sum(tl.where(cols == y, z - c, 0.0), axis=0)
    tl.debug_barrier()  # every read of E's row is done before its target element is overwritten
    d = tl.where(valid, 1.0 / (s * count), 0.0)
    tl.store(loss_ptr + row, tl.where(valid, tl.log(s) - zc, 0.0))
    tl.store(scale_ptr + row, d)
    if valid:
        tl.store(e_row + y_safe, (tl.exp(zc) - s).to(e_ptr.dtype.element_ty))
    hd_row = hd_ptr + row * stride_hdm
    tl.store(hd_row + hs, (d * h0).to(hd_ptr.dtype.element_ty), mask=hs < D)
    for d0 in range(BLOCK_H, D, BLOCK_H):  # D past BLOCK_H only
        hv = tl.load(h_row + d0 + hs, mask=d0 + hs < D, other=0.0).to(tl.float32)
        tl.store(hd_row + d0 + hs, (d * hv).to(hd_ptr.dtype.element_ty), mask=d0 + hs < D)


@triton.jit
def _finalize(dh_ptr, scale_ptr, row_loss_ptr, counts_ptr, loss_ptr, N, D, stride_dhm,
              BLOCK_R: tl.constexpr, BLOCK_D: tl.constexpr, BLOCK_N: tl.constexpr):
    """dh_i *= d_i (in fp32, rounded once more) for BLOCK_R rows; program 0 also writes the loss,
    the sum of the per-row losses in a fixed order over the count of counted rows (0 / 0 = NaN
    when every row is ignored, as eager)."""
    rows = tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R)
    ds = tl.arange(0, BLOCK_D)
    d = tl.load(scale_ptr + rows, mask=rows < N, other=0.0)
    at = dh_ptr + rows.to(tl.int64)[:, None] * stride_dhm
    for d0 in range(0, D, BLOCK_D):
        mask = (rows < N)[:, None] & (d0 + ds < D)[None, :]
        g = tl.load(at + d0 + ds[None, :], mask=mask, other=0.0).to(tl.float32)
        tl.store(at + d0 + ds[None, :], (g * d[:, None]).to(dh_ptr.dtype.element_ty), mask=mask)
    if tl.program_id(0) == 0:
        ns = tl.arange(0, BLOCK_N)
        total = tl.zeros((BLOCK_N,), tl.float32)
        for n0 in range(0, N, BLOCK_N):
            total += tl.load(row_loss_ptr + n0 + ns, mask=n0 + ns < N, other=0.0)
        loss = tl.sum(total, axis=0) / tl.load(counts_ptr + 1).to(tl.float32)
        tl.store(loss_ptr, loss.to(loss_ptr.dtype.element_ty))


def _set_block_shapes(nargs: dict) -> None:
    """Autotune pre-hook: each host descriptor's block shape must match the config being tried."""
    bm, bn, bk = nargs["BLOCK_M"], nargs["BLOCK_N"], nargs["BLOCK_K"]
    nargs["h_desc"].block_shape = [bm, bk]
    nargs["w_desc"].block_shape = [bn, bk]
    nargs["e_desc"].block_shape = [bm, bn // nargs["EPILOGUE_SPLIT"]]


def tma_config(bm, bn, bk, stages, warps, *, split=2, per_sm=1) -> dict:
    """One TMA config, for the launcher's `config` argument and scripts/gpu_mm_gelu.py; per_sm
    programs per SM set the segments (`launch_tma`)."""
    _check_int("tma_config: split", split, 1, 2)  # the epilogue takes the tile whole or in two column halves
    if bn < MIN_BLOCK_N or bn % split:
        raise ValueError(f"tma_config: BLOCK_N must be at least {MIN_BLOCK_N} and a multiple of split, got {bn}")
    return dict(BLOCK_M=bm, BLOCK_N=bn, BLOCK_K=bk, EPILOGUE_SPLIT=split, FLATTEN=True, PROGRAMS_PER_SM=per_sm,
                num_warps=warps, num_stages=stages)


# Hopper candidates, from mm_gelu's (the same K = 768 and an epilogue of one MUFU op per element):
# two 128x128 programs per SM measured fastest there (H100, triton 3.6); 128x256 is cuBLAS's tile
# for the logits.
TMA_CONFIGS = {
    "128x128x64_s3_w4_2pSM": tma_config(128, 128, 64, 3, 4, per_sm=2),
    "128x128x64_s4_w8": tma_config(128, 128, 64, 4, 8),
    "128x256x64_s3_w8": tma_config(128, 256, 64, 3, 8),
    "256x128x64_s3_w8": tma_config(256, 128, 64, 3, 8, split=1),
}
_POINTER_CONFIG = dict(BLOCK_M=64, BLOCK_N=128, BLOCK_K=32, GROUP_M=8, num_warps=4, num_stages=3)
# Under the interpreter every program runs in numpy: small tiles, so that a tiny V still spans several
# (and a row sums several partials)
_INTERPRETER_CONFIG = dict(BLOCK_M=16, BLOCK_N=32, BLOCK_K=16, GROUP_M=4)

_tma_autotuned = triton.autotune(configs=_autotune_configs(TMA_CONFIGS, _set_block_shapes),
                                 key=["R", "V", "D"])(_exp_logits_tma_kernel)


def tma_best_config():
    """The config the TMA autotuner picked last (None before its first launch), for scripts."""
    return getattr(_tma_autotuned, "best_config", None)


def segments(r: int, v: int, bm: int, bn: int, programs: int) -> int:
    """Vocabulary segments of the TMA kernel for r rows: `programs` programs over the tile rows
    (at least one segment, at most one per tile column and MAX_SEGMENTS)."""
    return max(1, min(triton.cdiv(v, bn), programs // triton.cdiv(r, bm), MAX_SEGMENTS))


def partials_per_row(h: torch.Tensor, v: int) -> int:
    """Room per row for the partial sums and maxima, whichever kernel writes them."""
    pointer = _POINTER_CONFIG if h.device.type == "cuda" else _INTERPRETER_CONFIG
    return max(min(MAX_SEGMENTS, triton.cdiv(v, MIN_BLOCK_N)), triton.cdiv(v, pointer["BLOCK_N"]))


def launch_tma(h_c, weight, e, c, s_part, m_part, t_buf, config: dict | None = None, num_programs: int | None = None):
    """The TMA kernel, autotuned (config=None) or with one explicit `tma_config` (scripts, and
    the interpreter's tests with small tiles and `num_programs`). s_part and m_part hold at least
    rows x `partials_per_row` floats; t_buf (one int32) receives the segment count."""
    r, d = h_c.shape
    v = weight.shape[0]
    cfg = dict(config) if config is not None else None
    shape = cfg or dict(BLOCK_M=64, BLOCK_N=64, BLOCK_K=64, EPILOGUE_SPLIT=1)  # the autotuner's hook resets it
    bm, bn, bk, split = (shape[k] for k in ("BLOCK_M", "BLOCK_N", "BLOCK_K", "EPILOGUE_SPLIT"))
    descs = (TensorDescriptor.from_tensor(h_c, [bm, bk]), TensorDescriptor.from_tensor(weight, [bn, bk]),
             TensorDescriptor.from_tensor(e, [bm, bn // split]))
    sms = _num_sms(h_c.device.index or 0) if h_c.device.type == "cuda" else 4

    def grid(meta):
        bm_, bn_ = meta["BLOCK_M"], meta["BLOCK_N"]
        return (triton.cdiv(r, bm_) * segments(r, v, bm_, bn_, num_programs or sms * meta["PROGRAMS_PER_SM"]),)

    args = (*descs, c, s_part, m_part, t_buf, r, v, d)
    if cfg is None:
        _tma_autotuned[grid](*args, DOT_IN_FP32=False)
        return
    warps, stages = cfg.pop("num_warps"), cfg.pop("num_stages")
    _exp_logits_tma_kernel[grid](*args, **cfg, DOT_IN_FP32=h_c.device.type == "cpu", num_warps=warps,
                                 num_stages=stages)


def _exp_logits(h_c, weight, e, c, s_part, m_part, t_buf, config: dict | None = None):
    """E = exp(h_c W^T - c) into e with the partials, through the TMA kernel when it applies."""
    if use_tma(h_c, weight, e):
        launch_tma(h_c, weight, e, c, s_part, m_part, t_buf, config)
        return
    r, d = h_c.shape
    v = weight.shape[0]
    on_gpu = h_c.device.type == "cuda"
    cfg = dict(_POINTER_CONFIG) if on_gpu else dict(_INTERPRETER_CONFIG)
    launch = {key: cfg.pop(key) for key in ("num_warps", "num_stages") if key in cfg}
    t = triton.cdiv(v, cfg["BLOCK_N"])
    _exp_logits_kernel[(triton.cdiv(r, cfg["BLOCK_M"]) * t,)](
        h_c, weight, e, c, s_part, m_part, t_buf, r, v, d, t, h_c.stride(0), weight.stride(0), e.stride(0), **cfg,
        INPUT_PRECISION="ieee" if h_c.dtype == torch.float32 else "tf32", DOT_IN_FP32=not on_gpu, **launch)


class _BadCount:
    """The count of bad targets (counts[0], written by `_row_shifts`), copied to pinned host memory
    as soon as that kernel is done, without waiting. `wait()` waits for that copy only, not for
    the chunks launched since: when the host has issued them (~2 ms at GPT-2's LM head) the GPU
    is usually past `_row_shifts`, so the host neither stalls nor drains the queue the GPU works
    from, as reading counts[0] directly at the end did (the whole call's kernels first)."""

    def __init__(self, counts: torch.Tensor):
        self._event = None
        if counts.device.type != "cuda":
            self._host = counts[:1]
            return
        self._host = torch.empty(1, dtype=counts.dtype, pin_memory=True)
        self._host.copy_(counts[:1], non_blocking=True)  # queued on the current stream
        self._event = torch.cuda.Event()
        self._event.record(torch.cuda.current_stream(counts.device))

    def wait(self) -> int:
        if self._event is not None:
            self._event.synchronize()
        return int(self._host[0])


def _chunk_buffer(rows: int, v: int, like: torch.Tensor) -> torch.Tensor:
    """rows x v, each row padded to 16 bytes so that the buffer can back a TMA descriptor at any V."""
    per = 16 // like.element_size()
    return torch.empty((rows, triton.cdiv(v, per) * per), dtype=like.dtype, device=like.device)[:, :v]


def _scaled_exp(h, weight, targets, ignore_index, rows, config):
    """bf16 and fp32: E in the matmul's epilogue, no pass over the logits of its own. Returns the
    loss, dh, dW and the count of bad targets as a `_BadCount`: no sync here."""
    n, d = h.shape
    v = weight.shape[0]
    dev = h.device
    counts = torch.zeros(2, dtype=torch.int32, device=dev)
    c = torch.empty(n, dtype=torch.float32, device=dev)
    _row_shifts[(triton.cdiv(n, 16),)](h, weight, targets, c, counts, n, v, d, h.stride(0), weight.stride(0),
                                       ignore_index, SHIFT=SHIFT, BLOCK_R=16, BLOCK_D=256)
    bad = _BadCount(counts)
    e = _chunk_buffer(rows, v, h)
    per_row = partials_per_row(h, v)
    s_part = torch.empty(rows * per_row, dtype=torch.float32, device=dev)
    m_part = torch.empty_like(s_part)
    t_buf = torch.empty(1, dtype=torch.int32, device=dev)
    row_loss = torch.empty(n, dtype=torch.float32, device=dev)
    scale = torch.empty(n, dtype=torch.float32, device=dev)
    hd = torch.empty((rows, d), dtype=h.dtype, device=dev)
    dh = torch.empty((n, d), dtype=h.dtype, device=dev)
    dw = torch.empty_like(weight, memory_format=torch.contiguous_format)
    side = _side_stream(dev)
    for start, stop in _chunk_bounds(n, rows):
        h_c, e_c, hd_c = h[start:stop], e[: stop - start], hd[: stop - start]
        _exp_logits(h_c, weight, e_c, c[start:], s_part, m_part, t_buf, config)
        _finish_rows[(stop - start,)](
            e_c, h_c, weight, targets[start:], c[start:], s_part, m_part, t_buf, counts, row_loss[start:],
            scale[start:], hd_c, v, d, e_c.stride(0), h_c.stride(0), weight.stride(0), hd_c.stride(0), ignore_index,
            WINDOW=WINDOW, BLOCK_T=min(512, triton.next_power_of_2(per_row)),
            BLOCK_H=min(1024, triton.next_power_of_2(d)), BLOCK_D=256, BLOCK_V=64, num_warps=4)
        _chunk_grads(e_c, weight, hd_c, dh[start:stop], dw, first=start == 0, side=side)
    loss = torch.empty((), dtype=h.dtype, device=dev)
    _finalize[(triton.cdiv(n, 16),)](dh, scale, row_loss, counts, loss, n, d, dh.stride(0), BLOCK_R=16,
                                     BLOCK_D=256, BLOCK_N=1024)
    return loss, dh, dw, bad


def linear_cross_entropy(h: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor,
                         ignore_index: int = IGNORE_INDEX, chunk_rows: int | None = None, config: dict | None = None):
    """(loss, dh, dW) of cross_entropy(h @ weight.T, targets, ignore_index), mean reduction, with
    at most `chunk_rows` rows of logits in memory at once (default: `_chunked.default_chunk_rows`).
    `config` (a `tma_config`) pins the TMA kernel's config instead of autotuning (scripts).
    fp16 goes to linear_cross_entropy_two_pass (its range cannot hold E)."""
    if isinstance(h, torch.Tensor) and h.dtype == torch.float16:
        return _two_pass.linear_cross_entropy_two_pass(h, weight, targets, ignore_index, chunk_rows)
    h, weight, targets, rows = _prepare(h, weight, targets, ignore_index, chunk_rows)
    loss, dh, dw, bad = _scaled_exp(h, weight, targets, ignore_index, rows, config)
    if bad.wait():  # after every launch (the kernels never read at a bad target)
        _check_targets(targets, weight.shape[0], ignore_index)
    return loss, dh, dw
