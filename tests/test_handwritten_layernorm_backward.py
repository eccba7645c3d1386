"""layernorm_backward and rmsnorm_backward: dx, dw (db) and the step's scalar against float64
autograd of the same step.

Fresh random inputs each run; N not a power of two, M = 1, N up to the kernel's 16384; fp32,
fp16, bf16 with the experiment's tolerances; dx written into a NaN-poisoned buffer so that an
unwritten element fails. CPU: Triton's interpreter; GPU: larger shapes.
"""

from __future__ import annotations

import pytest
import torch
import triton

from experiments import layernorm_backward as lnb_exp
from experiments import rmsnorm_backward as rmsb_exp
from handwritten._checks import num_sms
from handwritten.layernorm_backward import MAX_N, SWEEP, default_rows_per_step, layernorm_backward, rmsnorm_backward
from inspector.core.policy import assert_close, poison
from inspector.bench.providers import training_step

SPEC = lnb_exp.SPEC
DTYPES = [torch.float32, torch.float16, torch.bfloat16]
dtype_ids = pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))


VARIANTS = {"layernorm": (lnb_exp.SPEC, layernorm_backward), "rmsnorm": (rmsb_exp.SPEC, rmsnorm_backward)}
variant_ids = pytest.mark.parametrize("variant", list(VARIANTS))


def run(shape, dtype, device, variant="layernorm", **tunables):
    spec, launcher = VARIANTS[variant]
    inputs = spec.make_inputs(shape, dtype, device, None)
    dx_out = poison(shape, dtype, device)
    loss, dx, *weight_grads = launcher(*inputs, dx_out=dx_out, **tunables)
    assert dx is dx_out and loss.shape == () and all(g.shape == (shape[-1],) for g in weight_grads)
    ref = training_step(spec.eager, spec.grad_inputs)(*(t.double() for t in inputs))
    assert len(ref) == 2 + len(weight_grads)
    lt = spec.loss_tolerance(dtype, inputs)
    assert_close(loss, ref[0], lt.atol, lt.rtol)
    tol = spec.tolerance(dtype)
    for got, want in zip((dx, *weight_grads), ref[1:]):
        assert_close(got, want, tol.atol, tol.rtol)


@variant_ids
@dtype_ids
@pytest.mark.parametrize("shape", [(1, 1), (1, 781), (3, 1823), (200, 33), (17, 5000)], ids=lambda s: "x".join(map(str, s)))
def test_matches_autograd(shape, dtype, device, variant):
    run(shape, dtype, device, variant)


def _row_programs(device) -> int:
    """G, the launchers' number of row programs at programs_per_sm=1 (for M >= G): one per SM on
    a GPU (132 on an H100/H200), 2 under the interpreter."""
    return num_sms(torch.cuda.current_device()) if device == "cuda" else 2


@variant_ids
def test_longest_rows_and_more_rows_than_programs(device, variant):
    # Every program walks several row steps on any device, so M is sized from G: CPU (G = 2) 5 rows
    # of MAX_N, 1 per step (programs walk 3 and 2 steps), and 301 rows of 64, 4 per step (38 steps
    # each); H100/H200 (G = 132) 265 rows of MAX_N (3 and 2 steps), 1585 rows of 64 (4 and 3 steps).
    g = _row_programs(device)
    for m, n in ((max(5, 2 * g + 1), MAX_N), (max(301, 12 * g + 1), 64)):
        assert triton.cdiv(m, default_rows_per_step(triton.next_power_of_2(n))) >= 2 * g
        run((m, n), torch.float32, device, variant, programs_per_sm=1)


@variant_ids
@pytest.mark.parametrize("shape", [(1, 100), (301, 64), (7, 1823)], ids=lambda s: "x".join(map(str, s)))
def test_several_rows_per_step_with_a_partial_last_step(shape, device, variant):
    for rows in (2, 4):  # 301 = 75 steps of 4 + 1 row: the last step's rows past M are masked
        run(shape, torch.bfloat16, device, variant, programs_per_sm=1, rows_per_step=rows, num_stages=2)


@pytest.mark.parametrize("point", [dict(zip(SWEEP, values)) for values in zip(*SWEEP.values())], ids=str)
def test_sweep_points(point, device):
    run((64, 300), torch.bfloat16, device, **point)


def test_no_rows_gives_zero_weight_gradients(device):
    x = torch.empty(0, 8, device=device)
    w, b = torch.ones(8, device=device), torch.zeros(8, device=device)
    loss, dx, dw, db = layernorm_backward(x, w, b, torch.empty(0, 8, device=device))
    assert dx.shape == (0, 8) and float(loss) == 0 and not dw.any() and not db.any()


@pytest.mark.parametrize("change, words", [
    (dict(weight=torch.ones(7)), "weight, bias"),
    (dict(dy=torch.ones(4, 9)), "dy must have x's shape"),
    (dict(x=torch.ones(4, MAX_N + 1), dy=torch.ones(4, MAX_N + 1)), "longer than"),
    (dict(num_warps=3), "num_warps must be a power of two"),
    (dict(dx_out=torch.ones(4, 8, dtype=torch.float16)), "dx_out must be"),
])
def test_bad_input_is_a_clear_error(change, words, device):
    args = dict(x=torch.randn(4, 8), weight=torch.ones(8), bias=torch.zeros(8), dy=torch.randn(4, 8))
    args.update(change)
    args = {k: v.to(device) if isinstance(v, torch.Tensor) else v for k, v in args.items()}
    if args["x"].shape[-1] != args["weight"].shape[0] and "longer" in words:
        args["weight"], args["bias"] = torch.ones(MAX_N + 1, device=device), torch.zeros(MAX_N + 1, device=device)
    with pytest.raises(ValueError, match=words):
        layernorm_backward(**args)


@pytest.mark.gpu
@variant_ids
@dtype_ids
@pytest.mark.parametrize("shape", [(8192, 4096), (4099, 1000), (64, 16384)], ids=lambda s: "x".join(map(str, s)))
def test_large_on_gpu(shape, dtype, device, variant):
    run(shape, dtype, device, variant)
