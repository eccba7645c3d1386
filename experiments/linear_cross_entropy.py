"""The LM head and its loss: loss = cross_entropy(h @ W^T, targets), mean over the rows whose
target is not ignore_index (-100), with the gradients of h and W (a training step).

h: N x D hidden states, W: V x D the output embedding (GPT-2 small: 8192 tokens, D = 768,
V = 50304). Expected from Inductor: the logits mm is an extern cuBLAS call that writes the N x V
logits (786 MiB in bf16 at the default shape), the log-softmax is a row reduction over them
(max, sum of exp) plus a gather of the targets' logits and a mean; the backward re-reads the
saved logits in one row kernel that writes the N x V gradient, then two more cuBLAS mms give
dh = dL W and dW = dL^T h. Max-autotune keeps cuBLAS for all three (the logits are too wide for
its epilogue fusion to pay). Roofline: compute-bound, three matmuls of 2 N V D FLOPs (1.9 TFLOP,
2.9 ms at an H100's ~655 TFLOP/s); the bytes model counts h, W and the targets read and dh, dW and
the loss written once, and no logits, since a fused version need not store them.
Baselines: `liger` (Liger-Kernel's fused linear cross-entropy, when liger-kernel is installed).
"""

import math

import torch
import torch.nn.functional as F

from experiments._spec import Experiment, Tolerance, elem_size, randn

IGNORE_INDEX = -100
# h and W; the targets are int64 indices
GRAD_INPUTS = (0, 1)


def eager(h: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    logits = h @ weight.t()  # read ND + VD, write NV
    # forward: read NV, write NV (log-softmax), read N targets; backward: write NV, read 2 NV,
    # write NV, then the two mms read NV each
    return F.cross_entropy(logits, targets, ignore_index=IGNORE_INDEX)


def liger(h: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Liger-Kernel's fused linear cross-entropy (imported on first use: an optional package). Its
    autograd function from liger_kernel.ops, which needs no `transformers`; only (input, weight,
    target) are passed, since the later positions differ between versions; the defaults are no
    bias, ignore_index -100 (IGNORE_INDEX) and the mean."""
    from liger_kernel.ops.fused_linear_cross_entropy import LigerFusedLinearCrossEntropyFunction

    out = LigerFusedLinearCrossEntropyFunction.apply(h, weight, targets)
    return out[0] if isinstance(out, tuple) else out  # newer versions also return the z-loss


liger.requires = ("cuda", "liger_kernel")  # inspector.bench.providers skips it without these


def make_inputs(shape, dtype, device, generator=None):
    n, v, d = shape
    h = randn((n, d), dtype, device, generator)
    # logits ~ N(0, 2^2) whatever D is: a softmax neither uniform nor one-hot
    weight = (2.0 * randn((v, d), torch.float32, device, generator) / math.sqrt(d)).to(dtype)
    targets = torch.randint(0, v, (n,), generator=generator, device=device, dtype=torch.int64)
    # every 16th row ignored (padding), so ignore_index is exercised at every shape
    targets[::16] = IGNORE_INDEX
    return h, weight, targets


def bytes_moved(shape, dtype) -> int:
    n, v, d = shape
    return 2 * (n * d + v * d) * elem_size(dtype) + 8 * n + elem_size(dtype)


TOLERANCES = {
    torch.float32: Tolerance(atol=1e-5, rtol=1e-4),
    torch.float16: Tolerance(atol=1e-3, rtol=2e-3),
    torch.bfloat16: Tolerance(atol=1e-2, rtol=1.6e-2),
}


def grad_tolerance(dtype: torch.dtype, inputs) -> tuple:
    """One rule per gradient (dh, dW): atol a fraction of the float64 reference's largest |element|.
    Both are sums of dL = (softmax - onehot) / count against W or h, so their size is ~1/count (at
    8192 rows ~1e-5 for dh, ~1e-4 for dW): a tolerance in absolute terms would pass zeros. The
    error of a 16-bit step is the rounding of dL and of the output (and, chunked, of dW once per
    chunk: ~3 x 2^-9 relative at 8 chunks): twice the dtype's rtol covers it."""
    tol = TOLERANCES[dtype]

    def rule(ref: torch.Tensor) -> Tolerance:
        scale = float(ref.detach().abs().max()) if ref.numel() else 0.0
        scale = scale if math.isfinite(scale) else 0.0  # a NaN reference fails in compare() anyway
        return Tolerance(atol=2 * tol.rtol * scale, rtol=2 * tol.rtol)

    return (rule, rule)


SPEC = Experiment(
    name="linear_cross_entropy",
    summary="LM head + cross-entropy (h @ W^T, mean, ignore_index) with dh, dW, logits never stored",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("N", "V", "D"),
    default_shapes={"cuda": (8192, 50304, 768), "cpu": (64, 1003, 64)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 6 * shape[0] * shape[1] * shape[2],
    expected_fusion=__doc__,
    handwritten="handwritten.linear_cross_entropy:linear_cross_entropy",
    tolerances=TOLERANCES,
    supports_backward=True,
    grad_inputs=GRAD_INPUTS,
    grad_tolerance=grad_tolerance,
    baselines={"liger": liger},
)
