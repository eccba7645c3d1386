"""@triton.jit helpers shared by several kernel files (kept out of them, like _checks.py and
_reduce.py): the grouped tile order of the matmul kernels, the online logsumexp of one row of
logits, and the pairwise terms of the DPO loss."""

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
def row_logsumexp(x_row, V, BLOCK_V: tl.constexpr):
    """log(sum(exp(x))) of the V logits at x_row, in fp32, read chunk by chunk with a running
    maximum (online softmax), so no chunk overflows and the row is never held whole."""
    cols = tl.arange(0, BLOCK_V)
    m = tl.full((), -float("inf"), tl.float32)
    s = tl.full((), 0.0, tl.float32)
    for start in range(0, V, BLOCK_V):
        x = tl.load(x_row + start + cols, mask=start + cols < V, other=-float("inf")).to(tl.float32)
        m_new = tl.maximum(m, tl.max(x, axis=0))
        s = s * tl.exp(m - m_new) + tl.sum(tl.exp(x - m_new), axis=0)
        m = m_new
    return m + tl.log(s)


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
