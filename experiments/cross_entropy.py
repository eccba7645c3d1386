"""Cross-entropy over a large vocabulary and its gradient: loss = mean_i(logsumexp(x_i) - x_i[y_i]),
dloss/dx_i = (softmax(x_i) - onehot(y_i)) / count, count = rows whose label is not ignore_index
(-100; ignored rows add nothing and get a zero gradient). The language-model head's loss:
logits (M, V), V = 32K-128K.

A training-side experiment: run it with --backward (the labels are int64 and get no gradient).
Expected from Inductor: the forward is a row reduction (max, then sum of exp(x - max): an online
softmax in one loop over the row, or two loops, depending on the version), a gather of x[y] and
a mean; it saves the logits and the per-row max / logsumexp (M floats) for the backward rather
than the (M, V) softmax. The backward is one row kernel that re-reads the logits and writes
(exp(x - lse) - onehot) * g / count. Forward + backward: read MV twice (three times with a
two-loop forward), write MV once. Eager writes the (M, V) log-softmax in the forward, and in the
backward writes an (M, V) one-hot gradient, then reads it and the log-softmax to write the
result: ~6 MV.

Roofline for the fused forward+backward: read the logits once, write the gradient once (2 MV
elements; the labels and loss are 8M + 2 bytes): 256 MiB for the 2048x32768 bf16 default (128
MiB of logits), ~90 us at an H100's ~3.0 TB/s. The handwritten kernel reads each row twice
(logsumexp, then gradient); the second read hits L2 only while the rows in flight fit, and at
32K they may not (132 SMs x up to 8 programs x 64 KiB = 66 MiB against a 50 MB L2).
Sweep the vocabulary at 128 MiB of bf16 logits each: --shapes 2048x32768,1024x65536,512x131072.
"""

import torch
import torch.nn.functional as F

from experiments._spec import Experiment, Tolerance, elem_size, randn

IGNORE_INDEX = -100


# Positions of the inputs whose gradient the handwritten launcher returns (logits; labels are int64 indices).
GRAD_INPUTS = (0,)

def eager(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    # forward: read MV, write MV (log_softmax); read M labels + M gathered values, write 1;
    # backward: write MV (one-hot of -g/count), read 2 MV (it and the saved log-softmax), write MV
    return F.cross_entropy(logits, labels, ignore_index=IGNORE_INDEX)


def make_inputs(shape, dtype, device, generator=None):
    m, v = shape
    # logits of an untrained-to-early head: N(0, 2^2), so softmax is neither uniform nor one-hot
    logits = (2.0 * randn((m, v), torch.float32, device, generator)).to(dtype)
    labels = torch.randint(0, v, (m,), generator=generator, device=device, dtype=torch.int64)
    return logits, labels


def bytes_moved(shape, dtype) -> int:
    m, v = shape
    # logits read and gradient written once, labels read (int64), the scalar loss written
    return 2 * m * v * elem_size(dtype) + 8 * m + elem_size(dtype)


# Loss ~ ln(V) + 2 (~12 for V = 32K) is rounded once to the dtype: rtol is the dtype's rounding.
# The gradient's elements are softmax / count (down to ~1e-9 for V = 128K): compare it with
# grad_tolerance, whose atol is relative to 1/count, the largest possible |gradient|.
TOLERANCES = {
    torch.float32: Tolerance(atol=1e-6, rtol=1e-4),
    torch.float16: Tolerance(atol=1e-5, rtol=2e-3),
    torch.bfloat16: Tolerance(atol=1e-4, rtol=1.6e-2),
}


def grad_tolerance(dtype: torch.dtype, count: int) -> Tolerance:
    """Tolerance for the gradient (softmax - onehot) / count: atol scaled by 1/count; for fp16 at
    least the subnormal step 2^-24 (6e-8), below which fp16 cannot hold softmax / count at all."""
    tol = TOLERANCES[dtype]
    floor = 2.0**-24 if dtype == torch.float16 else 0.0
    return Tolerance(atol=tol.atol / max(count, 1) + floor, rtol=tol.rtol)


SPEC = Experiment(
    name="cross_entropy",
    summary="cross-entropy over a large vocabulary + gradient w.r.t. logits (training step)",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "V"),
    default_shapes={"cuda": (2048, 32768), "cpu": (64, 5003)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.cross_entropy:cross_entropy",
    tolerances=TOLERANCES,
    supports_backward=True,
    grad_inputs=GRAD_INPUTS,
    grad_tolerance=lambda dtype, inputs: grad_tolerance(dtype, int((inputs[1] != IGNORE_INDEX).sum())),
)
