"""attention_lite: the one-kernel attention forward against the float64 naive reference.

Fresh random inputs each run; N not a power of two, N = 1, every head dim it takes, causal and
full, fp32/fp16/bf16 with the experiment's tolerances; outputs NaN-poisoned before the launch so
an unwritten row fails; on CPU under Triton's interpreter (small blocks), on a GPU at N = 4096+.
"""

from __future__ import annotations

import itertools

import pytest
import torch

from experiments import attention_lite as attn_exp
from handwritten import attention_lite as attn_mod
from inspector.core.policy import assert_close, poison

SPEC = attn_exp.SPEC
DTYPES = [torch.float32, torch.float16, torch.bfloat16]
dtype_ids = pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))
SMALL = dict(BLOCK_M=32, BLOCK_N=32)  # interpreter time grows with the block


def run(shape, dtype, device, causal=True, **tunables):
    q, k, v = SPEC.make_inputs(shape, dtype, device, None)
    out = poison(shape, dtype, device)
    result = attn_mod.attention_lite(q, k, v, causal=causal, out=out, **tunables)
    assert result is out
    tol = SPEC.tolerance(dtype)
    assert_close(out, attn_exp.eager(q.double(), k.double(), v.double(), causal=causal), tol.atol, tol.rtol)


@dtype_ids
@pytest.mark.parametrize("causal", [True, False], ids=["causal", "full"])
@pytest.mark.parametrize("shape", [(1, 1, 1, 16), (2, 3, 77, 32), (1, 2, 100, 64), (1, 1, 65, 128)],
                         ids=lambda s: "x".join(map(str, s)))
def test_matches_naive_attention(shape, causal, dtype, device):
    run(shape, dtype, device, causal, **SMALL)


def test_default_blocks_and_a_ragged_last_block(device):
    run((1, 1, 200, 64), torch.float32, device)  # BLOCK_M=128: the second row block is 72 rows


def test_strided_heads(device):
    """(B, N, H, D) memory seen as (B, H, N, D), the layout after a fused QKV projection."""
    base = [torch.randn(2, 70, 3, 32, device=device) for _ in range(3)]
    q, k, v = (t.transpose(1, 2) for t in base)
    out = attn_mod.attention_lite(q, k, v, **SMALL)
    assert_close(out, attn_exp.eager(q.double(), k.double(), v.double()), 1e-4, 1e-4)


def test_causal_first_row_is_the_first_value(device):
    q, k, v = SPEC.make_inputs((1, 1, 40, 16), torch.float32, device, None)
    out = attn_mod.attention_lite(q, k, v, causal=True, **SMALL)
    assert torch.allclose(out[0, 0, 0], v[0, 0, 0], atol=1e-6)  # row 0 attends to key 0 only


@pytest.mark.parametrize("point", [dict(zip(attn_mod.SWEEP, p)) for p in
                                   itertools.islice(itertools.product(*attn_mod.SWEEP.values()), 0, None, 9)], ids=str)
def test_sweep_points(point, device):
    point = dict(point)  # a copy: the parametrized dict is shared by reruns of this case
    if device == "cpu" and point["BLOCK_M"] * point["BLOCK_N"] > 64 * 64:
        point["BLOCK_N"] = 32  # the interpreter's time grows with the tile
    causal = point.pop("causal")
    if point["split_diagonal"] and point["BLOCK_M"] % point["BLOCK_N"]:
        with pytest.raises(ValueError, match="multiple of BLOCK_N"):
            run((1, 2, 150, 32), torch.bfloat16, device, causal, **point)
        return
    run((1, 2, 150, 32), torch.bfloat16, device, causal, **point)


@dtype_ids
@pytest.mark.parametrize("shape", [(1, 1, 1, 16), (1, 2, 200, 32), (2, 1, 129, 64)], ids=lambda s: "x".join(map(str, s)))
def test_split_diagonal_matches(shape, dtype, device):
    """The unmasked walk below the diagonal block gives the same result, ragged N included."""
    run(shape, dtype, device, True, BLOCK_M=64, BLOCK_N=32, split_diagonal=True)
    run(shape, dtype, device, True, BLOCK_M=32, BLOCK_N=32, split_diagonal=True)
    # the default (None) splits only where BLOCK_M is a multiple of BLOCK_N, and runs unsplit otherwise
    run(shape, dtype, device, True, BLOCK_M=32, BLOCK_N=64)


@pytest.mark.parametrize("kwargs, words", [
    (dict(shape=(1, 1, 8, 24)), "head dim D must be one of"),
    (dict(causal=1), "causal must be True or False"),
    (dict(BLOCK_M=48), "BLOCK_M must be a power of two"),
    (dict(num_stages=0), "num_stages must be an int in [1, 8]"),
    (dict(split_diagonal=True, BLOCK_M=32, BLOCK_N=64), "multiple of BLOCK_N"),
    (dict(k_shape=(1, 1, 9, 16)), "of one shape"),
])
def test_bad_input_is_a_clear_error(kwargs, words, device):
    shape = kwargs.pop("shape", (1, 1, 8, 16))
    k_shape = kwargs.pop("k_shape", shape)
    q = torch.randn(shape, device=device)
    k = torch.randn(k_shape, device=device)
    with pytest.raises(ValueError, match=words.replace("[", r"\[").replace("]", r"\]")):
        attn_mod.attention_lite(q, k, q.clone(), **kwargs)


def test_mixed_dtypes_and_int_inputs_are_rejected(device):
    q = torch.randn(1, 1, 8, 16, device=device)
    with pytest.raises(ValueError, match="share a dtype"):
        attn_mod.attention_lite(q, q.half(), q)
    with pytest.raises(TypeError, match="dtype must be"):
        attn_mod.attention_lite(q.long(), q.long(), q.long())


@pytest.mark.gpu
@dtype_ids
@pytest.mark.parametrize("causal", [True, False], ids=["causal", "full"])
@pytest.mark.parametrize("shape", [(4, 16, 4096, 64), (1, 8, 8192, 128), (2, 4, 1000, 64), (3, 2, 513, 128)],
                         ids=lambda s: "x".join(map(str, s)))
def test_large_on_gpu(shape, causal, dtype, device):
    run(shape, dtype, device, causal)
    if causal:
        run(shape, dtype, device, causal, split_diagonal=True)
