"""LayerNorm over the last dim, then exact (erf) GELU: y = gelu(layer_norm(x) * w + b).

Expected fusion: Inductor lowers layer_norm to var_mean + pointwise and fuses everything into one
kernel per row (a persistent reduction on GPU when N fits, a looped reduction otherwise) that
computes mean/var in fp32, normalizes, applies the affine and the erf GELU, and writes y once.
Eager runs two kernels (layer_norm, gelu) and writes the normalized tensor out and reads it back.
Roofline: memory-bound; the ideal kernel reads x once and writes y once (2*M*N elements, plus w, b).
"""

import torch
import torch.nn.functional as F

from experiments._spec import Experiment, Tolerance, elem_size, randn

EPS = 1e-5


def eager(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    h = F.layer_norm(x, (x.shape[-1],), weight, bias, EPS)  # read MN + 2N, write MN
    return F.gelu(h)  # read MN, write MN (approximate="none": exact erf)


def make_inputs(shape, dtype, device, generator=None):
    m, n = shape
    x = randn((m, n), dtype, device, generator)
    weight = 1.0 + 0.1 * randn((n,), dtype, device, generator)
    bias = 0.1 * randn((n,), dtype, device, generator)
    return x, weight, bias


def bytes_moved(shape, dtype) -> int:
    m, n = shape
    return (2 * m * n + 2 * n) * elem_size(dtype)  # x in, y out, weight and bias once


SPEC = Experiment(
    name="layernorm_gelu",
    summary="LayerNorm (fp32 statistics, affine) followed by exact erf GELU",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N"),
    default_shapes={"cuda": (8192, 4096), "cpu": (256, 1024)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,  # memory-bound: rated in GB/s, not FLOP/s
    expected_fusion=__doc__,
    handwritten="handwritten.layernorm_gelu:layernorm_gelu",
    tolerances={
        torch.float32: Tolerance(atol=1e-4, rtol=1e-4),
        torch.float16: Tolerance(atol=4e-3, rtol=4e-3),
        torch.bfloat16: Tolerance(atol=3.2e-2, rtol=1.6e-2),
    },
    supports_backward=True,
)
