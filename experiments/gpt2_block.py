"""A GPT-2-style training step: token and position embeddings, L pre-LayerNorm blocks (causal
self-attention, GELU(tanh) MLP of 4 D), a final LayerNorm, an LM head tied to the token
embedding and the mean cross-entropy loss; run it with --backward for the step (loss and every
parameter's gradient, checked against an eager copy in a wider dtype).

No handwritten kernel: the experiment shows what Inductor makes of a whole model.
Expected from Inductor, per layer and forward: the LayerNorm fused into one persistent reduction
with the residual add before it, the qkv, attention-output, up and down projections as extern
mm/addmm calls (cuBLAS on a GPU), attention as scaled_dot_product_attention (flash or cuDNN on a
GPU), and GELU(tanh) as one pointwise kernel between the up and down matmuls (its input, B T 4D,
written by the matmul and read back: the largest intermediate of a layer). The loss fuses the
fp32 upcast, log-softmax and the target's gather into row reductions over the B T x V logits.
The backward mirrors it: two matmuls per linear layer, the GELU and LayerNorm backward as fused
pointwise/reduction kernels, the weight gradients' column sums (bias, LayerNorm weight) as split
reductions, and the tied embedding's gradient summing the head's matmul and the embedding's
scatter-add.
Roofline: compute-bound at GPT-2 small's sizes (step_flops: 3.4 TFLOP per step at the GPU
default); the bytes model counts parameters read twice and gradients written once.
Shapes are BxTxDxL. GPU default 8x1024x768x4 bf16: GPT-2 small's width, heads (12) and
vocabulary (50,304 = 50,257 padded to a multiple of 64) with 4 of its 12 layers, so a cold
capture stays short (a 12-layer step compiled in ~21 s on an H100; 4 layers repeat every
per-layer pattern that 12 do). CPU default 2x32x64x2 fp32 (4 heads of 16).
"""

import torch
import torch.nn.functional as F
from torch import nn

import experiments._models as models

VOCAB = 50304


class Attention(nn.Module):
    def __init__(self, width: int, heads: int):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(width, 3 * width)  # read B T D + 3 D^2, write 3 B T D
        self.proj = nn.Linear(width, width)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, t, d = x.shape
        q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in self.qkv(x).split(d, dim=2))
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # read 3 B T D, write B T D
        return self.proj(y.transpose(1, 2).reshape(b, t, d))


class Block(nn.Module):
    def __init__(self, width: int, heads: int):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(width), nn.LayerNorm(width)
        self.attn = Attention(width, heads)
        self.up = nn.Linear(width, 4 * width)  # write B T 4D: read back by the GELU
        self.down = nn.Linear(4 * width, width)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x + self.attn(self.ln1(x))
        return x + self.down(F.gelu(self.up(self.ln2(x)), approximate="tanh"))


class GPT2(nn.Module):
    def __init__(self, vocab: int, seq: int, width: int, layers: int, heads: int):
        super().__init__()
        self.tokens = nn.Embedding(vocab, width)
        self.positions = nn.Embedding(seq, width)
        self.blocks = nn.ModuleList(Block(width, heads) for _ in range(layers))
        self.ln_f = nn.LayerNorm(width)
        self.head = nn.Linear(width, vocab, bias=False)
        self.head.weight = self.tokens.weight  # tied: one V x D matrix, two uses, one gradient

    def forward(self, ids: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        pos = torch.arange(ids.shape[1], device=ids.device)
        x = self.tokens(ids) + self.positions(pos)  # read B T rows of V x D, write B T D
        for block in self.blocks:
            x = block(x)
        return models.loss(self.head(self.ln_f(x)), targets)  # write B T V logits


def parameters(shape) -> tuple[int, int]:
    """(all parameters, those in matmuls) of the model at `shape`; the tied head counted once in
    the first, once as a matmul in the second."""
    _, seq, d, layers = models.unpack(shape)
    per_layer_matmul = 3 * d * d + d * d + 2 * 4 * d * d
    per_layer = per_layer_matmul + 3 * d + d + 4 * d + d + 2 * 2 * d  # + biases, two LayerNorms
    total = VOCAB * d + seq * d + layers * per_layer + 2 * d
    return total, layers * per_layer_matmul + VOCAB * d


SPEC = models.experiment(
    name="gpt2_block",
    summary="GPT-2-style training step: LayerNorm, causal attention, GELU(tanh) MLP, tied LM head, cross-entropy",
    model=GPT2,
    vocab=VOCAB,
    parameters=parameters,
    doc=__doc__,
)
