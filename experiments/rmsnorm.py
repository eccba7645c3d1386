"""RMSNorm over the last dim with a weight, math in fp32: y = (x / sqrt(mean(x^2) + eps)) * w.

Expected fusion: one kernel per row: Inductor upcasts to fp32, reduces sum(x^2), and fuses the
rsqrt, scale and weight multiply into the same kernel (persistent reduction when N fits).
Eager written this way launches ~6 kernels (pow, mean, add, rsqrt, mul, mul) and materializes
fp32 intermediates. Roofline: memory-bound; read x once, write y once (2*M*N elements, plus w).
"""

import torch

from experiments._spec import Experiment, Tolerance, elem_size, randn

EPS = 1e-6


def eager(x: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
    math = torch.promote_types(x.dtype, torch.float32)  # fp32 for bf16/fp16/fp32, fp64 for a reference
    xf = x.to(math)  # read MN, write MN (fp32)
    rms = torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)  # read MN (twice: pow, mean), write M
    return (xf * rms * weight.to(math)).to(x.dtype)  # read MN + N, write MN


def make_inputs(shape, dtype, device, generator=None):
    m, n = shape
    x = randn((m, n), dtype, device, generator)
    weight = 1.0 + 0.1 * randn((n,), dtype, device, generator)
    return x, weight


def bytes_moved(shape, dtype) -> int:
    m, n = shape
    return (2 * m * n + n) * elem_size(dtype)


SPEC = Experiment(
    name="rmsnorm",
    summary="RMSNorm with weight, fp32 math, eps 1e-6",
    eager=eager,
    make_inputs=make_inputs,
    shape_names=("M", "N"),
    default_shapes={"cuda": (8192, 4096), "cpu": (256, 1024)},
    bytes_moved=bytes_moved,
    flops=lambda shape: 0,
    expected_fusion=__doc__,
    handwritten="handwritten.rmsnorm:rmsnorm",
    tolerances={
        torch.float32: Tolerance(atol=1e-4, rtol=1e-4),
        torch.float16: Tolerance(atol=2e-3, rtol=2e-3),
        torch.bfloat16: Tolerance(atol=1.6e-2, rtol=1.6e-2),
    },
    supports_backward=True,
)
