"""DPO from the policy's logits: the per-sequence log-probabilities are computed here, from
(2B, T, V) logits and the answer tokens, then fed to the pairwise loss of preference_loss.py:

    tok[s, t] = log_softmax(logits[s, t])[labels[s, t]]   (0 where labels[s, t] == -100)
    seq[s]    = sum over t of tok[s, t]
    z         = beta ((seq_c - ref_c) - (seq_r - ref_r)),  loss = mean over pairs of -logsigmoid(z)

Rows 0..B-1 of the batch are the chosen answers, rows B..2B-1 the rejected ones (one batch
through the model, as DPO trainers run it); labels -100 mark the prompt and the padding; ref
holds the frozen reference model's per-sequence log-probs (fp32, computed once per batch).
The gradient w.r.t. the logits is c[s] (onehot(label) - softmax(logits[s, t])) on answer tokens
and 0 elsewhere, with c = -beta sigmoid(-z) / B for a chosen row and +beta sigmoid(-z) / B for
its rejected row. That is where a fused kernel saves memory: eager holds the fp32 copy of the
logits and their log_softmax at once in the forward (8 bytes per logit), keeps the log_softmax
for the backward, and there writes fp32 gradients of the log_softmax and of the logits before
casting; the fused step needs only the gradient (2 bytes per logit in bf16) and 8 bytes per token.
Expected from Inductor: the forward as an online logsumexp per token row (one reduction over V)
fused with the gather and the per-sequence sum; a backward that re-reads the logits and writes
the gradient in one pointwise pass over (2B, T, V). The capture says which tensors it saves.
Roofline for the fused step: read the logits twice (once for the logsumexp, once for the
gradient) and write the gradient: 3 x 2BTV elements, plus the labels and 8 bytes per token.
"""

import torch
import torch.nn.functional as F

from experiments._spec import Experiment, Tolerance, elem_size, randn

BETA = 0.1
IGNORE_INDEX = -100
GRAD_INPUTS = (0,)  # the logits; labels are data and the reference model is frozen


def sequence_logps(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    logp = torch.log_softmax(logits.float(), dim=-1)  # read 2BTV, write 2BTV fp32 (x2 for the cast)
    answer = labels != IGNORE_INDEX
    tok = logp.gather(-1, labels.clamp_min(0).unsqueeze(-1)).squeeze(-1)
    return torch.where(answer, tok, 0.0).sum(-1)  # (2B,)


def eager(logits: torch.Tensor, labels: torch.Tensor, ref_logps: torch.Tensor) -> torch.Tensor:
    seq = sequence_logps(logits, labels)
    b = seq.shape[0] // 2
    z = BETA * ((seq[:b] - ref_logps[:b]) - (seq[b:] - ref_logps[b:]))
    return -F.logsigmoid(z).mean()


def make_inputs(shape, dtype, device, generator=None):
    b, t, v = shape
    logits = (2.0 * randn((2 * b, t, v), torch.float32, device, generator)).to(dtype)
    labels = torch.randint(0, v, (2 * b, t), generator=generator, device=device)
    # the first quarter of every sequence is its prompt; answers end at random lengths (padding)
    positions = torch.arange(t, device=device)
    ends = torch.randint(max(1, t // 2), t + 1, (2 * b, 1), generator=generator, device=device)
    labels = torch.where((positions < t // 4) | (positions >= ends), IGNORE_INDEX, labels)
    # a reference a few nats from the policy, so that z = O(1) and sigmoid is not saturated
    with torch.no_grad():
        ref = sequence_logps(logits, labels) + 4.0 * randn((2 * b,), torch.float32, device, generator)
    return logits, labels, ref


def bytes_moved(shape, dtype) -> int:
    b, t, v = shape
    logits = 2 * b * t * v * elem_size(dtype)
    # logits read twice, the gradient written once; labels (int64) read, ref read, loss written
    return 3 * logits + 2 * b * t * 8 + 2 * b * 4 + 4


# The loss (~ln 2) comes from sums of T fp32 log-probs in every provider (eager upcasts the
# logits too): its error is the fp32 rounding of those sums, ~1e-5 of |seq| ~ T ln V, times beta.
TOLERANCES = {
    torch.float32: Tolerance(atol=1e-4, rtol=1e-4),
    torch.float16: Tolerance(atol=1e-4, rtol=1e-4),
    torch.bfloat16: Tolerance(atol=1e-4, rtol=1e-4),
}
# The gradient, c (onehot - softmax) with |c| <= beta / B, is rounded once to the logits' dtype.
GRAD_RTOL = {torch.float32: 1e-4, torch.float16: 2e-3, torch.bfloat16: 1.6e-2}


def grad_tolerance(dtype: torch.dtype, inputs) -> Tolerance:
    """atol relative to the gradient's scale beta / B (the default atol would pass anything); for
    fp16 at least its subnormal step 2^-24: softmax values of a 32K vocabulary times beta / B are
    below fp16's smallest normal number."""
    pairs = inputs[0].shape[0] // 2
    floor = 2.0**-24 if dtype == torch.float16 else 0.0
    return Tolerance(atol=GRAD_RTOL[dtype] * BETA / pairs * 1e-2 + floor, rtol=GRAD_RTOL[dtype])


SPEC = Experiment(
    name="preference_loss_logits",
    summary="DPO from (2B, T, V) logits: per-sequence log-probs, pairwise loss, gradient w.r.t. the logits",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("B", "T", "V"),
    default_shapes={"cuda": (4, 1024, 32000), "cpu": (2, 24, 1003)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.preference_loss_logits:preference_loss_logits",
    tolerances=TOLERANCES,
    supports_backward=True,
    grad_inputs=GRAD_INPUTS,
    grad_tolerance=grad_tolerance,
)
