"""A Llama-style training step: token embedding, L pre-RMSNorm blocks (grouped-query causal
attention with rotary position embedding, SwiGLU MLP), a final RMSNorm, an untied LM head and
the mean cross-entropy loss; run it with --backward for the step (loss and every parameter's
gradient, checked against an eager copy in a wider dtype).

No handwritten kernel: the experiment shows what Inductor makes of a whole model.
Expected from Inductor, per layer and forward: RMSNorm (fp32 statistics) as one persistent
reduction fused with the residual add before it; the q, k, v projections as extern mm calls;
rotary embedding (cos/sin computed from the positions, rotate-half, in fp32) fused into one
pointwise kernel per q and k, the k/v heads repeated to the query heads (grouped-query: H query
heads share H/4 key/value heads), scaled_dot_product_attention; the gate and up projections as
two mm calls and silu(gate) * up as one pointwise kernel (reading two B T F outputs back), then
the down projection. The backward mirrors it: two matmuls per weight, the SwiGLU, rotary and
RMSNorm backward as fused pointwise/reduction kernels, the repeated k/v heads' gradients summed
back to their group, the RMSNorm weights' column sums as split reductions.
Roofline: compute-bound at these sizes (step_flops); the bytes model counts parameters read
twice and gradients written once.
Shapes are BxTxDxL. GPU default 8x1024x768x4 bf16: 12 query heads and 3 key/value heads of 64,
SwiGLU hidden F = 2048 (8/3 D rounded up to a multiple of 64), vocabulary 32,000, 4 layers so a
cold capture stays short. CPU default 2x32x64x2 fp32 (4 query heads of 16, 1 key/value head).
"""

import torch
import torch.nn.functional as F
from torch import nn

import experiments._models as models

VOCAB = 32000
KV_GROUP = 4  # query heads per key/value head
ROPE_BASE = 10000.0
EPS = 1e-5


def hidden_for(width: int) -> int:
    return -(-8 * width // 3 // 64) * 64 if width >= 256 else -(-8 * width // 3 // 16) * 16


class RMSNorm(nn.Module):
    def __init__(self, width: int):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(width))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        xf = x.float()  # read B T D, write B T D (statistics in fp32)
        return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight


def rotary(x: torch.Tensor) -> torch.Tensor:
    """Rotate pairs (i, i + d/2) of each head by position * ROPE_BASE^(-2i/d), in fp32:
    x (B, H, T, d) read once, written once."""
    t, d = x.shape[-2], x.shape[-1]
    inv_freq = ROPE_BASE ** (-torch.arange(0, d, 2, device=x.device, dtype=torch.float32) / d)
    angles = torch.outer(torch.arange(t, device=x.device, dtype=torch.float32), inv_freq)
    cos, sin = torch.cat((angles, angles), -1).cos(), torch.cat((angles, angles), -1).sin()
    xf = x.float()
    half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
    return (xf * cos + half * sin).to(x.dtype)


class Attention(nn.Module):
    def __init__(self, width: int, heads: int):
        super().__init__()
        self.heads, self.kv_heads = heads, max(1, heads // KV_GROUP)
        head_dim = width // heads
        self.q = nn.Linear(width, width, bias=False)
        self.kv = nn.Linear(width, 2 * self.kv_heads * head_dim, bias=False)
        self.proj = nn.Linear(width, width, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, t, d = x.shape
        hd = d // self.heads
        q = rotary(self.q(x).view(b, t, self.heads, hd).transpose(1, 2))
        k, v = self.kv(x).view(b, t, 2, self.kv_heads, hd).permute(2, 0, 3, 1, 4)
        k = rotary(k)
        group = self.heads // self.kv_heads  # each key/value head serves `group` query heads
        k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        return self.proj(y.transpose(1, 2).reshape(b, t, d))


class Block(nn.Module):
    def __init__(self, width: int, heads: int):
        super().__init__()
        self.norm1, self.norm2 = RMSNorm(width), RMSNorm(width)
        self.attn = Attention(width, heads)
        hidden = hidden_for(width)
        self.gate = nn.Linear(width, hidden, bias=False)
        self.up = nn.Linear(width, hidden, bias=False)
        self.down = nn.Linear(hidden, width, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x + self.attn(self.norm1(x))
        h = self.norm2(x)
        return x + self.down(F.silu(self.gate(h)) * self.up(h))  # SwiGLU: read 2 B T F, write B T F


class Llama(nn.Module):
    def __init__(self, vocab: int, seq: int, width: int, layers: int, heads: int):
        super().__init__()
        self.tokens = nn.Embedding(vocab, width)
        self.blocks = nn.ModuleList(Block(width, heads) for _ in range(layers))
        self.norm = RMSNorm(width)
        self.head = nn.Linear(width, vocab, bias=False)

    def forward(self, ids: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        x = self.tokens(ids)
        for block in self.blocks:
            x = block(x)
        return models.loss(self.head(self.norm(x)), targets)


def parameters(shape) -> tuple[int, int]:
    """(all parameters, those in matmuls) of the model at `shape`."""
    _, _, d, layers = models.unpack(shape)
    heads = models.heads_for(d)
    kv = 2 * max(1, heads // KV_GROUP) * (d // heads)
    per_layer_matmul = d * d + d * kv + d * d + 3 * d * hidden_for(d)
    total = VOCAB * d + layers * (per_layer_matmul + 2 * d) + d + VOCAB * d
    return total, layers * per_layer_matmul + VOCAB * d


SPEC = models.experiment(
    name="llama_block",
    summary="Llama-style training step: RMSNorm, rotary embedding, grouped-query attention, SwiGLU, cross-entropy",
    model=Llama,
    vocab=VOCAB,
    parameters=parameters,
    doc=__doc__,
)
