"""@triton.jit helpers shared by several kernel files (kept out of them, like _checks.py and
_reduce.py): the grouped tile order of the matmul kernels and the tile and masked K loop of their
pointer versions, the online maximum and log-sum-exp of one row of logits and that row's cross-
entropy with its gradient (cross_entropy.py and linear_cross_entropy_two_pass.py), the
pairwise terms of the DPO loss, and the tanh GELU of mm_gelu.py's and mm_gelu_pingpong.py's
epilogues (plain elementwise code, so Gluon kernels call it too)."""

import triton
import triton.language as tl


@triton.jit
def grouped_tile(tile_id, tiles_m, tiles_n, GROUP_M: tl.constexpr):
    """(pid_m, pid_n) of a tile in grouped order: GROUP_M tile rows form a group, walked down a
    tile column before moving one column right, so the tiles running at once share their rows of
    A and columns of B in L2. The last group may have fewer rows."""
    first_m = (tile_id // (GROUP_M * tiles_n)) * GROUP_M
    rows = tl.minimum(tiles_m - first_m, GROUP_M)
    in_group = tile_id % (GROUP_M * tiles_n)
    return first_m + in_group % rows, in_group // rows


@triton.jit
def tile_offsets(pid_m, pid_n, M, N, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    """The row and column offsets of output tile (pid_m, pid_n) and their masks."""
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    return offs_m, offs_n, offs_m < M, offs_n < N


@triton.jit
def masked_k_loop(a_ptrs, b_ptrs, step_a, step_b, mask_m, mask_n, K, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr,
                  BLOCK_K: tl.constexpr, INPUT_PRECISION: tl.constexpr, DOT_IN_FP32: tl.constexpr):
    """The fp32 accumulator of one tile: A's BLOCK_M x BLOCK_K and B's BLOCK_K x BLOCK_N blocks
    (a_ptrs, b_ptrs, built by the kernel over tl.arange(0, BLOCK_K)) loaded with the ragged edges
    masked to 0, moved by step_a and step_b per step. DOT_IN_FP32 (the interpreter only) widens
    the operands first: its tl.dot multiplies 16-bit operands as raw bits."""
    offs_k = tl.arange(0, BLOCK_K)
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k in range(0, tl.cdiv(K, BLOCK_K)):
        k_left = K - k * BLOCK_K
        a = tl.load(a_ptrs, mask=mask_m[:, None] & (offs_k[None, :] < k_left), other=0.0)
        b = tl.load(b_ptrs, mask=(offs_k[:, None] < k_left) & mask_n[None, :], other=0.0)
        if DOT_IN_FP32:
            a = a.to(tl.float32)
            b = b.to(tl.float32)
        acc = tl.dot(a, b, acc, input_precision=INPUT_PRECISION)
        a_ptrs += step_a
        b_ptrs += step_b
    return acc


@triton.jit
def row_max_logsum(x_row, V, BLOCK_V: tl.constexpr):
    """(m, log s) of the V logits at x_row, in fp32: their maximum m and the log of
    s = sum(exp(x - m)), read chunk by chunk with a running maximum (online softmax), so no chunk
    overflows and the row is never held whole. logsumexp = m + log s; callers keep the two apart
    and take exp((x - m) - log s): rounded into one fp32 number, m + log s loses up to half a step
    of m's size (~1e-3 at 3e4), which every exp would then carry as relative error."""
    cols = tl.arange(0, BLOCK_V)
    m = tl.full((), -float("inf"), tl.float32)
    s = tl.full((), 0.0, tl.float32)
    for start in range(0, V, BLOCK_V):
        x = tl.load(x_row + start + cols, mask=start + cols < V, other=-float("inf")).to(tl.float32)
        m_new = tl.maximum(m, tl.max(x, axis=0))
        s = s * tl.exp(m - m_new) + tl.sum(tl.exp(x - m_new), axis=0)
        m = m_new
    return m, tl.log(s)


@triton.jit
def row_cross_entropy(x_row, g_row, y, inv_count, ignore_index, V, BLOCK_V: tl.constexpr):
    """One row of cross-entropy, forward and backward: returns its loss, m + log s - x[y] (0 when y
    is ignore_index, NaN when y lies outside [0, V)), and writes (softmax(x) - onehot(y)) *
    inv_count into g_row (0 for an ignored row, NaN for a bad label). Two passes over the row: the
    online max and log-sum, then the gradient, each block read before it is written, so g_row may
    be x_row itself."""
    m, log_s = row_max_logsum(x_row, V, BLOCK_V)
    ignored = y == ignore_index
    in_range = (y >= 0) & (y < V)
    x_y = tl.load(x_row + y, mask=in_range, other=0.0).to(tl.float32)
    nan = float("nan")
    loss = tl.where(ignored, 0.0, tl.where(in_range, (m - x_y) + log_s, nan))
    scale = tl.where(ignored, 0.0, tl.where(in_range, inv_count, nan))
    cols = tl.arange(0, BLOCK_V)
    for start in range(0, V, BLOCK_V):
        mask = start + cols < V
        x = tl.load(x_row + start + cols, mask=mask, other=0.0).to(tl.float32)
        g = (tl.exp((x - m) - log_s) - tl.where(start + cols == y, 1.0, 0.0)) * scale
        tl.store(g_row + start + cols, g.to(g_row.dtype.element_ty), mask=mask)
    return loss


@triton.jit
def dpo_terms(z, beta, B):
    """For the margin z = beta ((pi_c - ref_c) - (pi_r - ref_r)) of each pair: its loss
    softplus(-z) = -logsigmoid(z) and the gradient magnitude beta sigmoid(-z) / B (the chosen
    sequence gets minus it, the rejected plus it). Both take exp(-|z|) only, which never
    overflows."""
    e = tl.exp(-tl.abs(z))
    loss = tl.maximum(-z, 0.0) + tl.log(1.0 + e)
    sig_neg_z = tl.where(z >= 0, e / (1.0 + e), 1.0 / (1.0 + e))
    return loss, beta * sig_neg_z / B


SQRT_2_OVER_PI = tl.constexpr(0.7978845608028654)
GELU_C = tl.constexpr(0.044715)


@triton.jit
def tanh_gelu(z, FAST_TANH: tl.constexpr):
    """(gelu(z), t) of fp32 z, GPT-2's tanh GELU: 0.5 z (1 + t) with t = tanh(sqrt(2/pi) (z + 0.044715
    z^3)), t returned for a gradient that reuses it. FAST_TANH: PTX's tanh.approx.f32, one MUFU
    operation, max relative error ~2^-11 (handwritten/mm_gelu.py); else 2 sigmoid(2u) - 1."""
    u = SQRT_2_OVER_PI * (z + GELU_C * z * z * z)
    if FAST_TANH:
        t = tl.inline_asm_elementwise("tanh.approx.f32 $0, $1;", "=f,f", [u], dtype=tl.float32, is_pure=True,
                                      pack=1)
    else:
        t = 2.0 * tl.sigmoid(2.0 * u) - 1.0
    return 0.5 * z * (1.0 + t), t
