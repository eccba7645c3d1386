"""DPO-style pairwise preference loss and its gradient w.r.t. the policy log-probs:
z = beta ((pi_c - ref_c) - (pi_r - ref_r)), loss = mean(-logsigmoid(z)), beta = 0.1;
dloss/dpi_c = -beta sigmoid(-z) / B, dloss/dpi_r = +beta sigmoid(-z) / B.

Inputs: per-example summed log-probs of the chosen and rejected answers under the policy and the
frozen reference model, four vectors of B. A training-side experiment: run it with --backward.
Expected from Inductor: the forward is one reduction (pointwise z and softplus(-z) fused into a
sum; split in two kernels for a large B) that also writes z (B elements) for the backward; the
backward is one pointwise kernel reading z and writing the gradients (a CPU capture, torch 2.13,
saves exactly that). If the capture marks every float input as requiring grad, Inductor also
writes the reference inputs' gradients (the negated policy ones): 4 + 1 + 1 + 4 = 10 B elements
moved, where a training step with a frozen reference needs 8 B, and the fused kernel 6 B.

Roofline for the fused forward+backward: read the four inputs once, write the two policy
gradients and one scalar: 6 B elements. Real DPO batches are small (B = 8-512: one launch, a few
microseconds, all latency); the GPU default B = 2^23 (96 MiB in bf16) exists to measure the
bandwidth side, ~34 us at an H100's ~3.0 TB/s.
"""

import torch
import torch.nn.functional as F

from experiments._spec import Experiment, Tolerance, elem_size, randn

BETA = 0.1


# Positions of the inputs whose gradient the handwritten launcher returns (the policy log-probs;
# the reference model is frozen).
GRAD_INPUTS = (0, 1)

def eager(policy_chosen: torch.Tensor, policy_rejected: torch.Tensor, ref_chosen: torch.Tensor,
          ref_rejected: torch.Tensor) -> torch.Tensor:
    # forward: read 4B, write 3B (two differences, their difference), read B write B (scale),
    # read B write B (logsigmoid), read B write 1 (mean); backward: several B-element passes again
    z = BETA * ((policy_chosen - ref_chosen) - (policy_rejected - ref_rejected))
    return -F.logsigmoid(z).mean()


def make_inputs(shape, dtype, device, generator=None):
    (b,) = shape

    def draw(scale: float) -> torch.Tensor:
        return randn((b,), torch.float32, device, generator) * scale

    # summed log-probs of answers of ~100 tokens: around -80, spread 20; the policy a few nats
    # from the reference, so z = beta * (margin) is O(0.1-1) and sigmoid is not saturated
    ref_c, ref_r = -80.0 + draw(20.0), -80.0 + draw(20.0)
    pi_c, pi_r = ref_c + draw(4.0), ref_r + draw(4.0)
    return tuple(t.to(dtype) for t in (pi_c, pi_r, ref_c, ref_r))


def bytes_moved(shape, dtype) -> int:
    (b,) = shape
    # four inputs read, two policy gradients written, the scalar loss written
    return 6 * b * elem_size(dtype) + elem_size(dtype)


# The loss ~ ln 2 is a mean rounded once to the dtype. The gradients are beta sigmoid(-z) / B,
# at most beta / B: compare them with grad_tolerance. Differences of bf16 log-probs near -80 are
# exact in fp32, so the reference (float64 of the same rounded inputs) sees the same z.
TOLERANCES = {
    torch.float32: Tolerance(atol=1e-5, rtol=1e-4),
    torch.float16: Tolerance(atol=2e-3, rtol=2e-3),
    torch.bfloat16: Tolerance(atol=1.6e-2, rtol=1.6e-2),
}


def grad_tolerance(dtype: torch.dtype, batch: int) -> Tolerance:
    """Tolerance for the gradients +-beta sigmoid(-z) / B: atol relative to beta / B; for fp16 at
    least the subnormal step 2^-24 (6e-8): beta / B is subnormal there for B > ~1600."""
    tol = TOLERANCES[dtype]
    floor = 2.0**-24 if dtype == torch.float16 else 0.0
    return Tolerance(atol=tol.atol * BETA / batch + floor, rtol=tol.rtol)


SPEC = Experiment(
    name="preference_loss",
    summary="DPO pairwise loss (beta 0.1) + gradients w.r.t. policy log-probs (training step)",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("B",),
    default_shapes={"cuda": (2**23,), "cpu": (4096,)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.preference_loss:preference_loss",
    tolerances=TOLERANCES,
    supports_backward=True,
    grad_inputs=GRAD_INPUTS,
    grad_tolerance=lambda dtype, inputs: grad_tolerance(dtype, inputs[0].numel()),
)
