"""handwritten.mm_gelu against float64 autograd of the experiment's eager reference.

On the CPU the kernels run in the Triton interpreter (tiny shapes: it is slow); on a GPU the same
cases run compiled and the `gpu` cases add the flagship size. Every output the kernels write starts
as NaN, so a tile never stored fails, and NaN never passes the comparison.
"""

import pytest
import torch

from experiments.mm_gelu import SPEC
from handwritten import mm_gelu as mg
from inspector.core.policy import assert_close, check_gradient, poison

DTYPES = [torch.float32, torch.bfloat16, torch.float16]
# M=1 and M=37; N and K not multiples of the 32-wide interpreter blocks
SHAPES = [(1, 40, 24), (37, 70, 20), (37, 72, 48)]
IDS = {"dtype": lambda d: str(d).removeprefix("torch."), "shape": lambda s: "x".join(map(str, s))}


def reference(x, w, b, g=None):
    """float64 (y, dx, dw, db) of eager, or y alone without g."""
    leaves = [t.detach().double().requires_grad_(g is not None) for t in (x, w, b)]
    y = SPEC.eager(*leaves)
    if g is None:
        return y.detach()
    return (y.detach(), *torch.autograd.grad(y, leaves, g.double()))


def check_step(result, ref, dtype):
    tol = SPEC.tolerance(dtype)
    assert_close(result[0], ref[0], tol.atol, tol.rtol)
    for name, got, want in zip(("dx", "dw", "db"), result[1:], ref[1:]):
        assert got.dtype == dtype and got.shape == want.shape, name
        check = check_gradient(got, want, tol)
        assert check.passed, f"{name}: {check.describe()}"


def upstream(shape, dtype, device):
    return torch.randn(shape[0], shape[1], device=device).to(dtype)


@pytest.mark.parametrize("dtype", DTYPES, ids=IDS["dtype"])
@pytest.mark.parametrize("shape", SHAPES, ids=IDS["shape"])
def test_forward_and_step_match_float64(shape, dtype, device):
    x, w, b = SPEC.make_inputs(shape, dtype, device, None)
    tol = SPEC.tolerance(dtype)
    y = mg.mm_gelu(x, w, b)
    assert y.dtype == dtype and y.shape == (shape[0], shape[1])
    assert_close(y, reference(x, w, b), tol.atol, tol.rtol)
    g = upstream(shape, dtype, device)
    check_step(mg.mm_gelu(x, w, b, g), reference(x, w, b, g), dtype)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=IDS["dtype"])
def test_pointer_kernel_writes_every_element(dtype, device):
    """The kernel's own outputs (y, dz, db) into NaN-poisoned buffers: an unwritten tile fails."""
    shape = (37, 70, 20)
    x, w, b = SPEC.make_inputs(shape, dtype, device, None)
    g = upstream(shape, dtype, device)
    y = poison((37, 70), dtype, device)
    dz = poison((37, 70), dtype, device)
    db = torch.zeros(70, device=device)
    mg.launch_pointer(x, w, b, y, g, dz, db)
    ref_y, _, _, ref_db = reference(x, w, b, g)
    tol = SPEC.tolerance(dtype)
    assert_close(y, ref_y, tol.atol, tol.rtol)
    assert torch.isfinite(dz).all()
    assert check_gradient(db, ref_db, tol).passed


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16], ids=IDS["dtype"])
@pytest.mark.parametrize("config", [mg.tma_config(32, 64, 32, 2, 4), mg.tma_config(64, 32, 16, 2, 4, split=1, group_m=3)],
                         ids=["split2", "split1"])
def test_tma_kernel_tile_walk(config, dtype, device):
    """The TMA kernel with small tiles and a persistent grid of 3 programs: every tile once, the
    ragged ones clipped, db's atomics summed over every tile row (on the CPU the only run of the
    Hopper path's logic)."""
    shape = (37, 72, 48)  # 16-byte aligned rows, ragged against every block
    x, w, b = SPEC.make_inputs(shape, dtype, device, None)
    g = upstream(shape, dtype, device)
    y, dz = poison((37, 72), dtype, device), poison((37, 72), dtype, device)
    db = torch.zeros(72, device=device)
    mg.launch_tma(x, w, b, y, g, dz, db, config=config, num_programs=3)
    ref_y, _, _, ref_db = reference(x, w, b, g)
    tol = SPEC.tolerance(dtype)
    assert_close(y, ref_y, tol.atol, tol.rtol)
    assert torch.isfinite(dz).all()
    assert check_gradient(db, ref_db, tol).passed
    # the recomputing backward writes dz alone: y stays as it was
    y2, dz2 = poison((37, 72), dtype, device), poison((37, 72), dtype, device)
    mg.launch_tma(x, w, b, y2, g, dz2, torch.zeros(72, device=device), config=config, write_output=False,
                  num_programs=3)
    assert torch.isnan(y2).all() and torch.equal(dz2, dz)


def test_backward_recomputes_and_bias_is_optional(device):
    shape = (37, 70, 20)
    x, w, b = SPEC.make_inputs(shape, torch.float32, device, None)
    g = upstream(shape, torch.float32, device)
    ref = reference(x, w, b, g)
    dx, dw, db = mg.mm_gelu_backward(x, w, b, g)
    tol = SPEC.tolerance(torch.float32)
    for got, want in zip((dx, dw, db), ref[1:]):
        assert check_gradient(got, want, tol).passed
    y, dx, dw, db = mg.mm_gelu(x, w, None, g)
    assert db is None
    ref = reference(x, w, torch.zeros_like(b), g)
    assert_close(y, ref[0], tol.atol, tol.rtol)
    assert check_gradient(dw, ref[2], tol).passed


def test_bad_input_is_one_clear_error(device):
    x, w, b = SPEC.make_inputs((8, 16, 12), torch.float32, device, None)
    with pytest.raises(ValueError, match="inner dimensions differ"):
        mg.mm_gelu(x, w.t(), b)
    with pytest.raises(ValueError, match="empty operand"):
        mg.mm_gelu(x[:0], w, b)
    with pytest.raises(ValueError, match="b must have shape"):
        mg.mm_gelu(x, w, b[:3])
    with pytest.raises(ValueError, match="g must have"):
        mg.mm_gelu(x, w, b, torch.randn(3, 3, device=device))
    with pytest.raises(TypeError, match="dtype"):
        mg.mm_gelu(x, w.half(), b)
    with pytest.raises(TypeError, match="torch.Tensor"):
        mg.mm_gelu(x.tolist(), w, b)
    with pytest.raises(ValueError, match="g .* is required"):
        mg.mm_gelu_backward(x, w, b, None)


@pytest.mark.gpu
@pytest.mark.parametrize("shape", [(8192, 3072, 768), (1000, 3000, 770)], ids=["gpt2", "ragged"])
def test_large_gpu(shape):
    dtype = torch.bfloat16
    x, w, b = SPEC.make_inputs(shape, dtype, "cuda", None)
    g = upstream(shape, dtype, "cuda")
    y = mg.mm_gelu(x, w, b)
    tol = SPEC.tolerance(dtype)
    assert_close(y, reference(x, w, b), tol.atol, tol.rtol)
    check_step(mg.mm_gelu(x, w, b, g), reference(x, w, b, g), dtype)
