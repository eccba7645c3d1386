"""Causal self-attention forward: o = softmax(q k^T / sqrt(D) + causal mask) v, per (batch, head).

The reference is the naive composition that materializes the scores: for (B, H, N, D) inputs it
writes and re-reads two B x H x N x N tensors (scores, probabilities), 2 GiB in bf16 at B=4, H=16,
N=4096: memory O(N^2). `causal=False` gives full (bidirectional) attention.
Expected fusion: Inductor compiles the naive version to two batched matmuls (extern bmm calls)
around one fused softmax kernel over the N x N scores (mask, max, exp, sum, divide), which still
writes the N x N probabilities; where its attention pattern rewrite matches, it calls
scaled_dot_product_attention instead. The `sdpa` provider is that call (flash / memory-efficient
backends: O(N) memory). Roofline: compute-bound, 4 B H N^2 D FLOP non-causal (2 B H N^2 D
causal; the bytes model counts q, k, v read and o written once).
Shapes are BxHxNxD; the GPU default is 4x16x4096x64 bf16 (128 MiB of q, k, v, o).
"""

import math

import torch
import torch.nn.functional as F

from experiments._spec import Experiment, Tolerance, elem_size, randn


def eager(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool = True) -> torch.Tensor:
    scores = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(q.shape[-1]))  # read 2 BHND, write BHNN
    if causal:
        n = q.shape[-2]
        future = torch.ones(n, n, dtype=torch.bool, device=q.device).triu(1)
        scores = scores.masked_fill(future, float("-inf"))  # read BHNN, write BHNN
    probs = torch.softmax(scores, dim=-1)  # read BHNN, write BHNN
    return probs @ v  # read BHNN + BHND, write BHND


def sdpa(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool = True) -> torch.Tensor:
    """The library's fused attention (flash / memory-efficient / cuDNN backends on a GPU)."""
    return F.scaled_dot_product_attention(q, k, v, is_causal=causal)


def make_inputs(shape, dtype, device, generator=None):
    return tuple(randn(shape, dtype, device, generator) for _ in range(3))


def bytes_moved(shape, dtype) -> int:
    b, h, n, d = shape
    return 4 * b * h * n * d * elem_size(dtype)  # q, k, v read once, o written once


def flops(shape, causal: bool = True) -> int:
    b, h, n, d = shape
    full = 4 * b * h * n * n * d  # two matmuls of 2 N^2 D each per head
    return full // 2 if causal else full


# Outputs are averages of v (~N(0, 1)) with weights rounded to the dtype before p @ v.
TOLERANCES = {
    torch.float32: Tolerance(atol=1e-4, rtol=1e-4),
    torch.float16: Tolerance(atol=4e-3, rtol=4e-3),
    torch.bfloat16: Tolerance(atol=2e-2, rtol=2e-2),
}

SPEC = Experiment(
    name="attention_lite",
    summary="causal attention softmax(q k^T / sqrt(D)) v, online softmax in one kernel",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("B", "H", "N", "D"),
    default_shapes={"cuda": (4, 16, 4096, 64), "cpu": (1, 2, 256, 32)},
    bytes_moved=bytes_moved,
    flops=flops,
    expected_fusion=__doc__,
    handwritten="handwritten.attention_lite:attention_lite",
    tolerances=TOLERANCES,
    supports_backward=True,
    baselines={"sdpa": sdpa},
)
