"""What the two model experiments (gpt2_block, llama_block) share: their shape, initialization,
loss, and the bytes/FLOPs model of one training step.

Shape BxTxDxL: B sequences of T tokens, width D, L layers. Heads are 64 wide where the width
allows at least 4 of them (GPT-2 small's 768 gives 12), else 4 (the tiny CPU widths). The model
is the experiment's first input: `make_inputs` returns (model, token ids, targets) and eager is
`model(ids, targets)`, the mean cross-entropy loss; `inspect run --backward` compares the
gradient of every parameter (inspector/capture/checks.py).
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from experiments._spec import Experiment, Tolerance, elem_size

SHAPE_NAMES = ("B", "T", "D", "L")
HEAD_DIM = 64

# The loss is a mean over B*T tokens of ~ln(V) (10.8 for V = 50,304), rounded through every layer;
# it is compared against eager with its parameters in a wider dtype (capture/checks.py).
TOLERANCES = {
    torch.float32: Tolerance(atol=1e-4, rtol=1e-4),
    torch.float16: Tolerance(atol=1e-2, rtol=4e-3),
    torch.bfloat16: Tolerance(atol=5e-2, rtol=1.6e-2),
}


def heads_for(width: int) -> int:
    """Heads of HEAD_DIM where the width holds at least 4 of them, else 4; ValueError otherwise."""
    heads = width // HEAD_DIM if width % HEAD_DIM == 0 and width >= 4 * HEAD_DIM else 4
    if width % heads or (width // heads) % 2:
        raise ValueError(f"width {width} does not split into {heads} heads of an even size: "
                         f"take a multiple of 8 (or of {HEAD_DIM} from {4 * HEAD_DIM})")
    return heads


def unpack(shape) -> tuple[int, int, int, int]:
    batch, seq, width, layers = shape
    return batch, seq, width, layers


def build(cls, shape, dtype, device, generator, vocab: int, **kwargs) -> nn.Module:
    """cls(vocab, seq, width, layers, heads, **kwargs) initialized GPT-2's way, on `device` in
    `dtype`: weights N(0, 0.02), the two projections back into the residual stream (named `proj`
    and `down`) scaled by 1/sqrt(2 L) so the stream's variance does not grow with depth; biases 0,
    norm weights 1 (their constructors' values)."""
    batch, seq, width, layers = unpack(shape)
    with torch.device(device):
        model = cls(vocab, seq, width, layers, heads_for(width), **kwargs)
    for name, p in model.named_parameters():
        if p.dim() == 2:
            std = 0.02 / math.sqrt(2 * layers) if name.endswith(("proj.weight", "down.weight")) else 0.02
            nn.init.normal_(p, std=std, generator=generator)
    return model.to(dtype)


def token_inputs(shape, vocab: int, device, generator) -> tuple[torch.Tensor, torch.Tensor]:
    batch, seq, _, _ = unpack(shape)
    ids = torch.randint(0, vocab, (batch, seq), generator=generator, device=device)
    targets = torch.randint(0, vocab, (batch, seq), generator=generator, device=device)
    return ids, targets


def loss(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Mean cross-entropy with the logits in fp32 (a bf16 log-softmax over 50K entries loses the
    target's probability to rounding): read B T V logits, write B T V fp32 (Inductor fuses the
    upcast into the loss's row reduction)."""
    return F.cross_entropy(logits.float().view(-1, logits.shape[-1]), targets.view(-1))


def step_flops(shape, matmul_params: int) -> int:
    """FLOPs of one training step: the matmuls (2 per weight per token: the linear layers and the
    LM head, not the embedding lookups) and causal attention (q k^T and p v, 4 T^2 D per sequence
    and layer, half of it under the mask), forward once and backward twice (the gradients of the
    activations and of the weights): 3 x the forward. Pointwise and norm FLOPs are not counted."""
    batch, seq, width, layers = unpack(shape)
    forward = 2 * batch * seq * matmul_params + layers * 2 * batch * seq * seq * width
    return 3 * forward


def step_bytes(params: int, dtype: torch.dtype, shape) -> int:
    """The least memory traffic of a training step: every parameter read in the forward and again
    in the backward, every gradient written once, the int64 token ids and targets read. The
    activations saved for the backward are not counted (what is stored or recomputed is the
    compiler's choice): the bytes moved beyond this are what a capture's kernels show."""
    batch, seq, _, _ = unpack(shape)
    return 3 * params * elem_size(dtype) + 2 * batch * seq * 8


def eager(model: nn.Module, ids: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """The training step's forward: the model's loss (inspect run --backward adds the backward)."""
    return model(ids, targets)


def experiment(name: str, summary: str, model: type, vocab: int, parameters, doc: str) -> Experiment:
    """The spec of a model experiment: `model` built at the shape (BxTxDxL) and dtype with random
    token ids and targets in [0, vocab); `parameters(shape)` -> (all parameters, those in matmuls)
    for the bytes/FLOPs model. No handwritten kernel."""

    def make_inputs(shape, dtype, device, generator=None):
        return (build(model, shape, dtype, device, generator, vocab), *token_inputs(shape, vocab, device, generator))

    return Experiment(
        name=name,
        summary=summary,
        eager=eager,
        make_inputs=make_inputs,
        shape_names=SHAPE_NAMES,
        default_shapes={"cuda": (8, 1024, 768, 4), "cpu": (2, 32, 64, 2)},
        bytes_moved=lambda shape, dtype: step_bytes(parameters(shape)[0], dtype, shape),
        flops=lambda shape: step_flops(shape, parameters(shape)[1]),
        expected_fusion=doc,
        handwritten=None,
        tolerances=dict(TOLERANCES),
        supports_backward=True,
        grad_check="norm",
    )
