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


def check_kernel_outputs(x, w, b, g, y, dz, db_part, dtype):
    """A kernel launch's own outputs against float64 eager: y, a finite dz, and db from the partial
    column sums of db_part."""
    db = db_part.sum(0)
    ref_y, _, _, ref_db = reference(x, w, b, g)
    tol = SPEC.tolerance(dtype)
    assert_close(y, ref_y, tol.atol, tol.rtol)
    assert torch.isfinite(dz).all()
    assert check_gradient(db, ref_db, tol).passed


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
    # one row per tile row, each written once: the pointer kernel's tiles are 64 rows high on a GPU
    # and 32 under the interpreter, so the rows are counted from the config the launcher takes
    tile_m = (mg._POINTER_CONFIG if device == "cuda" else mg._INTERPRETER_CONFIG)["BLOCK_M"]
    db_part = poison((-(-37 // tile_m), 70), torch.float32, device)
    mg.launch_pointer(x, w, b, y, g, dz, db_part)
    check_kernel_outputs(x, w, b, g, y, dz, db_part, dtype)


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16], ids=IDS["dtype"])
@pytest.mark.parametrize("config", [mg.tma_config(32, 64, 32, 2, 4), mg.tma_config(64, 32, 16, 2, 4, split=1, group_m=3)],
                         ids=["split2", "split1"])
def test_tma_kernel_tile_walk(config, dtype, device):
    """The TMA kernel with small tiles and a persistent grid of 3 programs: every tile once, the
    ragged ones clipped, db's partial column sums stored by every tile row (on the CPU the only run
    of the Hopper path's logic)."""
    shape = (37, 72, 48)  # 16-byte aligned rows, ragged against every block
    x, w, b = SPEC.make_inputs(shape, dtype, device, None)
    g = upstream(shape, dtype, device)
    y, dz = poison((37, 72), dtype, device), poison((37, 72), dtype, device)
    db_part = poison((-(-37 // config["BLOCK_M"]), 72), torch.float32, device)
    mg.launch_tma(x, w, b, y, g, dz, db_part, config=config, num_programs=3)
    check_kernel_outputs(x, w, b, g, y, dz, db_part, dtype)
    # the recomputing backward writes dz alone: y stays as it was
    y2, dz2 = poison((37, 72), dtype, device), poison((37, 72), dtype, device)
    mg.launch_tma(x, w, b, y2, g, dz2, torch.zeros_like(db_part), config=config, write_output=False,
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
    # a 4-way split does not compile: the epilogue takes the tile whole or in two halves
    with pytest.raises(ValueError, match=r"split must be a power of two in \[1, 2\], got 4"):
        mg.tma_config(128, 128, 64, 3, 4, split=4)


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


_OFFLINE = r"""
import triton
from triton.backends.compiler import GPUTarget
from handwritten import linear_cross_entropy as lce, linear_cross_entropy_two_pass as lce2, mm_gelu as mg

def build(fn, sig, consts, **opts):
    sig = dict(sig, **{k: "constexpr" for k in consts})
    k = triton.compile(triton.compiler.ASTSource(fn=fn, signature=sig, constexprs=consts),
                       target=GPUTarget("cuda", 90, 32), options=opts)
    return k.asm["ptx"]

bm, bn, half = 64, 64, 32  # small tiles: a quick build that still takes the wgmma path
sig = {"x_desc": f"tensordesc<bf16[{bm},32]>", "w_desc": f"tensordesc<bf16[32,{bn}]>", "b_ptr": "*bf16",
       "db_part_ptr": "*fp32", "M": "i32", "N": "i32", "K": "i32"}
sig.update({n: f"tensordesc<bf16[{bm},{half}]>" for n in ("y_desc", "g_desc", "dz_desc")})
order = ["x_desc", "w_desc", "y_desc", "g_desc", "dz_desc", "b_ptr", "db_part_ptr", "M", "N", "K"]
ptx = build(mg._mm_gelu_tma_kernel, {n: sig[n] for n in order},
            dict(BLOCK_M=bm, BLOCK_N=bn, BLOCK_K=32, GROUP_M=8, EPILOGUE_SPLIT=2, FLATTEN=True, WARP_SPECIALIZE=False, PROGRAMS_PER_SM=1,
                 HAS_BIAS=True, STEP=True, WRITE_Y=True, FAST_TANH=True, DOT_IN_FP32=False), num_warps=4, num_stages=2)
assert "wgmma" in ptx and "tanh.approx.f32" in ptx, "no wgmma / tanh.approx in the TMA kernel's PTX"
build(lce2._lse_grad_rows, {"x_ptr": "*bf16", "labels_ptr": "*i64", "row_loss_ptr": "*fp32", "count_ptr": "*fp32",
                            "R": "i32", "V": "i32", "stride_x": "i32", "ignore_index": "i32"}, {"BLOCK_V": 4096}, num_warps=8)
f32 = "*fp32"
ptx = build(lce._exp_logits_tma_kernel,
            {"h_desc": "tensordesc<bf16[64,32]>", "w_desc": "tensordesc<bf16[128,32]>", "e_desc": "tensordesc<bf16[64,64]>",
             "c_ptr": f32, "s_part_ptr": f32, "m_part_ptr": f32, "t_ptr": "*i32", "R": "i32", "V": "i32", "D": "i32"},
            dict(BLOCK_M=64, BLOCK_N=128, BLOCK_K=32, EPILOGUE_SPLIT=2, FLATTEN=True, PROGRAMS_PER_SM=2,
                 DOT_IN_FP32=False), num_warps=4, num_stages=2)
assert "wgmma" in ptx, "no wgmma in linear_cross_entropy's TMA kernel"
i32 = "i32"
build(lce._row_shifts, {"h_ptr": "*bf16", "w_ptr": "*bf16", "labels_ptr": "*i64", "c_ptr": f32, "counts_ptr": "*i32",
                        "N": i32, "V": i32, "D": i32, "stride_hm": i32, "stride_wv": i32, "ignore_index": i32},
      dict(SHIFT=20.0, BLOCK_R=16, BLOCK_D=256), num_warps=4)
build(lce._finish_rows, {"e_ptr": "*bf16", "h_ptr": "*bf16", "w_ptr": "*bf16", "labels_ptr": "*i64", "c_ptr": f32,
                         "s_part_ptr": f32, "m_part_ptr": f32, "t_ptr": "*i32", "counts_ptr": "*i32", "loss_ptr": f32,
                         "scale_ptr": f32, "hd_ptr": "*bf16", "V": i32, "D": i32, "stride_em": i32, "stride_hm": i32,
                         "stride_wv": i32, "stride_hdm": i32, "ignore_index": i32},
      dict(WINDOW=30.0, BLOCK_T=512, BLOCK_H=1024, BLOCK_D=256, BLOCK_V=64), num_warps=4)
build(lce._finalize, {"dh_ptr": "*bf16", "scale_ptr": f32, "row_loss_ptr": f32, "counts_ptr": "*i32", "loss_ptr": "*bf16",
                      "N": i32, "D": i32, "stride_dhm": i32}, dict(BLOCK_R=16, BLOCK_D=256, BLOCK_N=1024), num_warps=4)
print("built")
"""


def test_kernels_build_for_hopper_offline(offline_build):
    """The interpreter runs code a compiled kernel rejects (plain module globals, for one): build the
    Hopper paths for sm_90 without a GPU."""
    pytest.importorskip("triton.backends.compiler")
    offline_build(_OFFLINE)
