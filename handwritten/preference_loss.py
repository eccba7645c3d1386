"""Fused DPO pairwise loss forward + backward: z = beta ((pi_c - ref_c) - (pi_r - ref_r)),
loss = mean(softplus(-z)) and the policy gradients -+beta sigmoid(-z) / B, in one pass.

Roofline: memory-bound; four inputs read once, two gradients written once (6 B elements; 96 MiB
for the B = 2^23 bf16 default, ~34 us at an H100's ~3.0 TB/s), where torch.compile's two graphs
also write and re-read z (8 B, 10 B with reference gradients). For real batches (B <= 512) the
whole step is two launches' latency.

Structure: each program takes BLOCK = 4096 examples (4 warps), computes z in fp32 (differences of
16-bit log-probs are exact in fp32), writes both gradients and one fp32 partial sum of
softplus(-z); a one-program kernel sums the partials in a fixed order (deterministic) and writes
the mean in the inputs' dtype. Both softplus(-z) = max(-z, 0) + log(1 + exp(-|z|)) and
sigmoid(-z) = e / (1 + e) with e = exp(-|z|) (or 1 / (1 + e) for z < 0) take exp of a
non-positive number only, so neither overflows for any z.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import check_device as _check_device
from handwritten._checks import check_floats as _check_floats
from handwritten._checks import output as _output
from handwritten._parts import dpo_terms as _dpo_terms
from handwritten._reduce import mean_of_partials_kernel as _mean_of_partials_kernel

BLOCK = 4096
NUM_WARPS = 4
SUM_BLOCK = 1024


@triton.jit
def _preference_fwd_bwd_kernel(pc_ptr, pr_ptr, rc_ptr, rr_ptr, gc_ptr, gr_ptr, partial_ptr, B, beta,
                               BLOCK: tl.constexpr):
    pid = tl.program_id(0)
    offs = pid.to(tl.int64) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < B
    pc = tl.load(pc_ptr + offs, mask=mask, other=0.0).to(tl.float32)
    pr = tl.load(pr_ptr + offs, mask=mask, other=0.0).to(tl.float32)
    rc = tl.load(rc_ptr + offs, mask=mask, other=0.0).to(tl.float32)
    rr = tl.load(rr_ptr + offs, mask=mask, other=0.0).to(tl.float32)
    z = beta * ((pc - rc) - (pr - rr))
    loss, g = _dpo_terms(z, beta, B)
    tl.store(gc_ptr + offs, (-g).to(gc_ptr.dtype.element_ty), mask=mask)
    tl.store(gr_ptr + offs, g.to(gr_ptr.dtype.element_ty), mask=mask)
    tl.store(partial_ptr + pid, tl.sum(tl.where(mask, loss, 0.0), axis=0))


def preference_loss(policy_chosen: torch.Tensor, policy_rejected: torch.Tensor, ref_chosen: torch.Tensor,
                    ref_rejected: torch.Tensor, beta: float = 0.1, *,
                    grad_chosen_out: torch.Tensor | None = None, grad_rejected_out: torch.Tensor | None = None,
                    ) -> tuple[torch.Tensor, tuple[torch.Tensor, torch.Tensor]]:
    """(loss, (grad_chosen, grad_rejected)): mean(-logsigmoid(beta ((pi_c - ref_c) - (pi_r - ref_r))))
    as a 0-d tensor in policy_chosen's dtype, and its gradients w.r.t. policy_chosen and
    policy_rejected (the reference log-probs are frozen), optionally written into the *_out tensors."""
    inputs = {"policy_chosen": policy_chosen, "policy_rejected": policy_rejected,
              "ref_chosen": ref_chosen, "ref_rejected": ref_rejected}
    _check_floats(**inputs)
    if policy_chosen.dim() != 1 or policy_chosen.numel() == 0:
        raise ValueError(f"policy_chosen must be a non-empty vector (one log-prob per example), "
                         f"got shape {tuple(policy_chosen.shape)}")
    b = policy_chosen.numel()
    for name, t in inputs.items():
        if t.shape != (b,):
            raise ValueError(f"{name} must have shape ({b},) like policy_chosen, got {tuple(t.shape)}")
        if not t.is_contiguous():
            raise ValueError(f"{name} must be contiguous")
    if isinstance(beta, bool) or not isinstance(beta, (int, float)) or not beta > 0:
        raise ValueError(f"beta must be a positive number, got {beta!r}")
    grad_c = _output(grad_chosen_out, policy_chosen, "policy_chosen", contiguous=True)
    grad_r = _output(grad_rejected_out, policy_rejected, "policy_rejected", contiguous=True)
    _check_device(*inputs.values(), grad_c, grad_r)
    parts = triton.cdiv(b, BLOCK)
    partials = torch.empty(parts, dtype=torch.float32, device=policy_chosen.device)
    loss = torch.empty((), dtype=policy_chosen.dtype, device=policy_chosen.device)
    _preference_fwd_bwd_kernel[(parts,)](policy_chosen, policy_rejected, ref_chosen, ref_rejected, grad_c, grad_r,
                                         partials, b, float(beta), BLOCK=BLOCK, num_warps=NUM_WARPS)
    _mean_of_partials_kernel[(1,)](partials, loss, parts, 1.0 / b, BLOCK=SUM_BLOCK, num_warps=4)
    return loss, (grad_c, grad_r)
