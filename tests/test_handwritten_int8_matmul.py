"""int8_matmul: int8 x int8 -> int32 tiles, dequantized in the epilogue, against the float64
reference (exact products) on fresh random quantized inputs; ragged M, N, K, M = 1, both output
dtypes, NaN-poisoned outputs; the interpreter on CPU, cuBLAS-sized problems on a GPU."""

from __future__ import annotations

import itertools

import pytest
import torch

from experiments import int8_matmul as exp
from handwritten import int8_matmul as mod
from inspector.core.policy import assert_close, poison, upcast

SPEC = exp.SPEC
DTYPES = [torch.float32, torch.bfloat16]
dtype_ids = pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))
SMALL = dict(BLOCK_M=32, BLOCK_N=32, BLOCK_K=32)


def run(shape, dtype, device, **tunables):
    inputs = SPEC.make_inputs(shape, dtype, device, None)
    out = poison(shape[:2], dtype, device)
    assert mod.int8_matmul(*inputs, out=out, **tunables) is out
    tol = SPEC.tolerance(dtype)
    assert_close(out, exp.eager(*(upcast(t) for t in inputs)), tol.atol, tol.rtol)


@dtype_ids
@pytest.mark.parametrize("shape", [(1, 1, 1), (1, 257, 64), (70, 33, 130), (200, 96, 77), (128, 96, 256)],
                         ids=lambda s: "x".join(map(str, s)))
def test_matches_the_reference(shape, dtype, device):
    run(shape, dtype, device, **SMALL)


@pytest.mark.parametrize("group_m", [1, 3, 8])
def test_grouped_order_covers_every_tile(group_m, device):
    run((80, 48, 40), torch.float32, device, BLOCK_M=16, BLOCK_N=16, BLOCK_K=32, GROUP_M=group_m)


@pytest.mark.parametrize("point", [dict(zip(mod.SWEEP, p)) for p in
                                   itertools.islice(itertools.product(*mod.SWEEP.values()), 0, None, 16)], ids=str)
def test_sweep_points(point, device):
    if device == "cpu":  # the interpreter's time grows with the tile: keep K small
        point = {**point, "BLOCK_M": 32, "BLOCK_N": 32}
    run((70, 40, 150), torch.bfloat16, device, **point)


def test_the_baselines_compute_the_same_function(device):
    inputs = SPEC.make_inputs((64, 32, 128), torch.bfloat16, device, None)
    ref = exp.eager(*(upcast(t) for t in inputs))
    tol = SPEC.tolerance(torch.bfloat16)
    assert_close(exp.int_mm(*inputs), ref, tol.atol, tol.rtol)
    assert_close(exp.eager(*inputs), ref, tol.atol, tol.rtol)


def test_quantize_round_trip():
    x = torch.randn(50, 70)
    q, s = exp.quantize(x, dim=1)
    assert q.dtype == torch.int8 and q.abs().max() == 127 and s.shape == (50,)
    assert (q.float() * s[:, None] - x).abs().max() <= s.max() / 2 + 1e-6


@pytest.mark.parametrize("change, error, words", [
    (dict(a_q=torch.ones(4, 8)), TypeError, "must be int8"),
    (dict(b_q=torch.ones(9, 6, dtype=torch.int8)), ValueError, "M x K"),
    (dict(sa=torch.ones(5)), ValueError, "sa must be"),
    (dict(sb=torch.ones(6, dtype=torch.float16)), ValueError, "one dtype of float32 or bfloat16"),
    (dict(BLOCK_K=16), ValueError, "BLOCK_K must be a power of two in \\[32, 256\\]"),
])
def test_bad_input_is_a_clear_error(change, error, words, device):
    args = dict(a_q=torch.ones(4, 8, dtype=torch.int8), b_q=torch.ones(8, 6, dtype=torch.int8),
                sa=torch.ones(4), sb=torch.ones(6))
    args.update(change)
    args = {k: v.to(device) if isinstance(v, torch.Tensor) else v for k, v in args.items()}
    with pytest.raises(error, match=words):
        mod.int8_matmul(**args)


@pytest.mark.gpu
@dtype_ids
@pytest.mark.parametrize("shape", [(4096, 4096, 4096), (1000, 3001, 777), (8192, 1024, 4096)],
                         ids=lambda s: "x".join(map(str, s)))
def test_large_on_gpu(shape, dtype, device):
    run(shape, dtype, device)
