"""Handwritten row-wise and elementwise kernels against their float64 eager references.

Each launcher runs on fresh random inputs (experiments/<name>.py's make_inputs), writing into an
output poisoned with NaN, and is compared with the experiment's eager function run in float64 on
the same (upcast) inputs, within SPEC.tolerance(dtype). Shapes: N not a power of two, M = 1,
several rows per program with a partial last block, leading dims, strided rows; N >= 16384 on
the GPU only (the interpreter would take minutes). softmax_dropout's mask is random, so it is
checked through its properties: p = 0 gives softmax, kept values equal softmax / (1 - p), the
kept fraction, independence between neighbouring columns, determinism per seed.
"""

import pytest
import torch
import torch.nn.functional as F
import triton
import triton.language as tl

from experiments import REGISTRY
from handwritten import layernorm_gelu as ln_mod
from handwritten import rmsnorm as rms_mod
from handwritten.layernorm_gelu import layernorm_gelu
from handwritten.rmsnorm import rmsnorm
from handwritten.silu import silu
from handwritten.softmax_dropout import _config as sd_config
from handwritten.softmax_dropout import launch_config as sd_launch
from handwritten.softmax_dropout import softmax_dropout
from handwritten.swiglu import swiglu
from inspector.core.policy import assert_close, check_dropout, poison

DTYPES = [torch.float32, torch.bfloat16, torch.float16]
ROW_SHAPES = [(3, 781), (1, 1823), (2, 5000), (37, 100)]  # (37, 100): 32 rows per program, partial last
BIG_ROW_SHAPES = [(64, 16384), (9, 20000), (3, 65536)]
ELEM_SHAPES = [(781,), (3, 1823), (2, 3, 500), (1, 1)]
LAUNCHERS = {
    "layernorm_gelu": layernorm_gelu,
    "rmsnorm": rmsnorm,
    "silu": silu,
    "swiglu": swiglu,
    "softmax_dropout": softmax_dropout,
}


def run_against_eager(name: str, shape, dtype, device) -> None:
    spec = REGISTRY[name]
    inputs = spec.make_inputs(shape, dtype, device, None)
    out = poison(inputs[0].shape, dtype, device)
    got = LAUNCHERS[name](*inputs, out=out)
    assert got is out
    ref = spec.eager(*[t.double() for t in inputs])
    tol = spec.tolerance(dtype)
    assert_close(out, ref, tol.atol, tol.rtol)


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))
@pytest.mark.parametrize("shape", ROW_SHAPES, ids=lambda s: "x".join(map(str, s)))
@pytest.mark.parametrize("name", ["layernorm_gelu", "rmsnorm"])
def test_norm_matches_eager(name, shape, dtype, device):
    run_against_eager(name, shape, dtype, device)


@pytest.mark.gpu
@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))
@pytest.mark.parametrize("shape", BIG_ROW_SHAPES + [(8192, 4096)], ids=lambda s: "x".join(map(str, s)))
@pytest.mark.parametrize("name", ["layernorm_gelu", "rmsnorm"])
def test_norm_matches_eager_large(name, shape, dtype, device):
    run_against_eager(name, shape, dtype, device)


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))
@pytest.mark.parametrize("shape", ELEM_SHAPES, ids=lambda s: "x".join(map(str, s)))
@pytest.mark.parametrize("name", ["silu", "swiglu"])
def test_elementwise_matches_eager(name, shape, dtype, device):
    run_against_eager(name, shape, dtype, device)


@pytest.mark.gpu
@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))
@pytest.mark.parametrize("shape", [(8192, 4096), (4099, 33)], ids=lambda s: "x".join(map(str, s)))
@pytest.mark.parametrize("name", ["silu", "swiglu"])
def test_elementwise_matches_eager_large(name, shape, dtype, device):
    run_against_eager(name, shape, dtype, device)


@pytest.mark.filterwarnings("ignore:overflow encountered in exp2:RuntimeWarning")
def test_silu_extreme_inputs(device):
    x = torch.tensor([-1e4, -100.0, -88.5, -20.0, 0.0, 20.0, 100.0, 1e4], device=device)
    out = poison(x.shape, x.dtype, device)
    silu(x, out=out)
    assert_close(out, F.silu(x.double()), 1e-4, 1e-4)


@triton.jit
def _gelu_probe_kernel(h_ptr, y_ptr, n, POLY_DEG: tl.constexpr, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    h = tl.load(h_ptr + offs, mask=offs < n)
    tl.store(y_ptr + offs, ln_mod.gelu_fp32(h, POLY_DEG), mask=offs < n)


@pytest.mark.parametrize("poly_deg,max_err", [(5, 1e-6), (3, 6e-5)])
def test_gelu_polynomial_accuracy(poly_deg, max_err, device):
    """The exp2-polynomial GELU against float64 erf GELU: abs error < 1e-6 (degree 5, used for fp32
    outputs) or < 6e-5 (degree 3, 16-bit outputs); gelu(+inf) = +inf, gelu(-inf) ~ 0 (the clamp
    at |h| = 6 leaves -6 Q(6) ~ -5e-9)."""
    h = torch.cat([torch.linspace(-12, 12, 4001), torch.randn(999) * 3]).to(device)
    y = poison(h.shape, torch.float32, device)
    _gelu_probe_kernel[(triton.cdiv(h.numel(), 1024),)](h, y, h.numel(), POLY_DEG=poly_deg, BLOCK=1024)
    assert_close(y, F.gelu(h.double()), max_err, 0.0)
    inf = torch.tensor([float("inf"), -float("inf")], device=device)
    y = poison(inf.shape, torch.float32, device)
    _gelu_probe_kernel[(1,)](inf, y, 2, POLY_DEG=poly_deg, BLOCK=16)
    assert y[0].item() == float("inf") and abs(y[1].item()) < 1e-8


def test_layernorm_gelu_large_mean(device):
    """Statistics are two-pass: a row mean 500x its std loses nothing in fp32."""
    spec = REGISTRY["layernorm_gelu"]
    x, w, b = spec.make_inputs((4, 1823), torch.float32, device, None)
    x = x + 500.0
    out = poison(x.shape, x.dtype, device)
    layernorm_gelu(x, w, b, out=out)
    tol = spec.tolerance(torch.float32)
    assert_close(out, spec.eager(x.double(), w.double(), b.double()), tol.atol, tol.rtol)


@pytest.mark.parametrize("name", ["layernorm_gelu", "rmsnorm", "softmax_dropout"])
def test_rows_leading_dims_and_row_stride(name, device):
    """(..., N) inputs, and rows strided wider than N (a column slice), give eager's result."""
    spec = REGISTRY[name]
    dtype = torch.float32
    tol = spec.tolerance(dtype)
    wide = torch.randn(2, 3, 900, device=device)
    x = wide[..., :781]
    params = spec.make_inputs((1, 781), dtype, device, None)[1:]
    kw = {"p": 0.0} if name == "softmax_dropout" else {}
    for inp in (x, x.contiguous()):
        out = poison(inp.shape, dtype, device)
        LAUNCHERS[name](inp, *params, out=out, **kw)
        if name == "softmax_dropout":
            ref = torch.softmax(inp.double(), -1)
        else:
            ref = spec.eager(inp.double(), *[p.double() for p in params])
        assert_close(out, ref, tol.atol, tol.rtol)


@pytest.mark.parametrize("prefetch", [True, False], ids=["prefetch", "no-prefetch"])
@pytest.mark.parametrize("shape,programs", [((9, 781), 4), ((200, 100), 3)], ids=["9x781-4progs", "200x100-3progs"])
@pytest.mark.parametrize("name", ["layernorm_gelu", "rmsnorm", "softmax_dropout"])
def test_rows_persistent_grid(name, shape, programs, prefetch, device):
    """Fewer programs than row blocks: each program loops over row blocks (prefetching the next
    one or not); the (200, 100) case has 32-row blocks and a ragged last block of 8 rows."""
    spec = REGISTRY[name]
    dtype = torch.bfloat16
    tol = spec.tolerance(dtype)
    inputs = spec.make_inputs(shape, dtype, device, None)
    x = inputs[0]
    out = poison(shape, dtype, device)
    n = shape[1]
    if name == "layernorm_gelu":
        ln_mod.launch_config(x, *inputs[1:], out, 1e-5, *ln_mod._config(n), programs, prefetch)
        ref = spec.eager(*[t.double() for t in inputs])
    elif name == "rmsnorm":
        rms_mod.launch_config(x, inputs[1], out, 1e-6, *rms_mod._config(n), programs, prefetch)
        ref = spec.eager(*[t.double() for t in inputs])
    else:
        sd_launch(x, out, 0.0, 5, *sd_config(n), programs, prefetch)
        ref = torch.softmax(x.double(), -1)
        dropped = poison(shape, dtype, device)
        sd_launch(x, dropped, 0.1, 5, *sd_config(n), programs, prefetch)
        assert torch.equal(dropped != 0, softmax_dropout(x, seed=5) != 0)
    assert_close(out, ref, tol.atol, tol.rtol)


# ---- softmax_dropout --------------------------------------------------------------------------

SD = REGISTRY["softmax_dropout"]


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))
@pytest.mark.parametrize("shape", ROW_SHAPES, ids=lambda s: "x".join(map(str, s)))
def test_softmax_dropout_p0_is_softmax(shape, dtype, device):
    (x,) = SD.make_inputs(shape, dtype, device, None)
    out = poison(shape, dtype, device)
    softmax_dropout(x, p=0.0, out=out)
    tol = SD.tolerance(dtype)
    assert_close(out, torch.softmax(x.double(), -1), tol.atol, tol.rtol)
    # Each element is within rtol of its reference, so each row sum is within rtol of 1.
    assert_close(out.double().sum(-1), torch.ones(shape[0], dtype=torch.float64), tol.rtol, 0.0)


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))
@pytest.mark.parametrize("shape", ROW_SHAPES, ids=lambda s: "x".join(map(str, s)))
def test_softmax_dropout_kept_values(shape, dtype, device):
    (x,) = SD.make_inputs(shape, dtype, device, None)
    out = poison(shape, dtype, device)
    softmax_dropout(x, p=0.1, out=out)
    result = SD.check(out, (x,), dtype)  # kept == softmax / (1 - p), dropped == 0, fraction ~ 0.9
    assert result.passed, result.describe()


def _big_dropout_input(device):
    shape = (2048, 4096) if device == "cuda" else (48, 4096)
    return torch.randn(shape, device=device)


# A statistical check fails by chance with probability 2*P(Z > 5.5) = 3.8e-8 per comparison; the
# test below makes 12, so a correct kernel fails it with probability below 5e-7 per run.
Z_BOUND = 5.5


def _bound(variance: float, samples: int) -> float:
    """Z_BOUND standard deviations of a mean of `samples` terms with this variance each."""
    return Z_BOUND * (variance / samples) ** 0.5


@pytest.mark.parametrize("p", [0.1, 0.5])
def test_softmax_dropout_mask_statistics(p, device):
    x = _big_dropout_input(device)
    out = softmax_dropout(x, p=p)
    kept = (out != 0).double()
    k = 1 - p  # P(kept); a kept element is a Bernoulli(k) with variance k(1-k)
    assert abs(kept.mean().item() - k) < _bound(k * (1 - k), kept.numel())
    # Every column position inside an 8-column Philox group gets its own 16 bits: each keeps ~1-p.
    by_pos = kept.view(x.shape[0], -1, 8).mean(dim=(0, 1))
    assert (by_pos - k).abs().max().item() < _bound(k * (1 - k), kept.numel() // 8), by_pos
    # Neighbours (same word, neighbouring words, next row) are independent: P(both) = (1-p)^2.
    # A product of two kept flags is Bernoulli(k^2); overlapping pairs (a, b), (b, c) share a flag,
    # which adds 2 * Cov = 2 * (k^3 - k^4) per term to the variance of their mean.
    q = k * k
    overlapping, disjoint = q * (1 - q) + 2 * (k**3 - k**4), q * (1 - q)
    pairs = [((kept[:, :-1] * kept[:, 1:]).mean(), _bound(overlapping, kept[:, 1:].numel())),
             ((kept[:, 1:-1:2] * kept[:, 2::2]).mean(), _bound(disjoint, kept[:, 2::2].numel())),
             ((kept[:-1] * kept[1:]).mean(), _bound(overlapping, kept[1:].numel()))]
    for value, bound in pairs:
        assert abs(value.item() - q) < bound, (value.item(), q, bound)
    assert check_dropout(out, torch.softmax(x.double(), -1) / (1 - p), p, 1e-6, 1e-4).passed


def test_softmax_dropout_seed_determinism(device):
    (x,) = SD.make_inputs((8, 1823), torch.float32, device, None)
    a = softmax_dropout(x, seed=7)
    b = softmax_dropout(x, seed=7)
    c = softmax_dropout(x, seed=8)
    assert torch.equal(a, b)
    agree = ((a != 0) == (c != 0)).double().mean().item()
    assert agree < 0.9, f"masks of seeds 7 and 8 agree on {agree:.3f} (independent: 0.82)"
    # seed=None draws from torch's default generator: manual_seed reproduces it.
    torch.manual_seed(3)
    d = softmax_dropout(x)
    torch.manual_seed(3)
    e = softmax_dropout(x)
    assert torch.equal(d, e)
    assert not torch.equal(d, softmax_dropout(x))


def test_softmax_dropout_mask_independent_of_launch(device):
    """The mask is a function of (seed, row, column) only: dtype and rows-per-program do not move it."""
    (x,) = SD.make_inputs((37, 100), torch.float32, device, None)
    ref = softmax_dropout(x, seed=99) != 0
    assert torch.equal(softmax_dropout(x.to(torch.bfloat16), seed=99) != 0, ref)
    block_g, rows, num_warps = sd_config(100)
    assert rows > 1
    out = poison(x.shape, x.dtype, device)
    sd_launch(x, out, 0.1, 99, block_g, 1, num_warps)
    assert torch.equal(out != 0, ref)


def test_softmax_dropout_p1_drops_everything(device):
    x = torch.randn(3, 781, device=device)
    out = poison(x.shape, x.dtype, device)
    softmax_dropout(x, p=1.0, out=out)
    assert torch.equal(out, torch.zeros_like(x))


@pytest.mark.gpu
@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))
@pytest.mark.parametrize("shape", BIG_ROW_SHAPES + [(8192, 4096)], ids=lambda s: "x".join(map(str, s)))
def test_softmax_dropout_large(shape, dtype, device):
    (x,) = SD.make_inputs(shape, dtype, device, None)
    out = poison(shape, dtype, device)
    softmax_dropout(x, p=0.1, out=out)
    result = SD.check(out, (x,), dtype)
    assert result.passed, result.describe()
    out0 = poison(shape, dtype, device)
    softmax_dropout(x, p=0.0, out=out0)
    tol = SD.tolerance(dtype)
    assert_close(out0, torch.softmax(x.double(), -1), tol.atol, tol.rtol)


# ---- launcher validation ----------------------------------------------------------------------

def _valid_args(name, device, dtype=torch.float32, shape=(4, 64)):
    return list(REGISTRY[name].make_inputs(shape, dtype, device, None))


@pytest.mark.parametrize("name", list(LAUNCHERS))
def test_rejects_bad_dtype(name, device):
    args = _valid_args(name, device)
    args[0] = args[0].to(torch.float64)
    with pytest.raises(TypeError, match="dtype"):
        LAUNCHERS[name](*args)
    args[0] = args[0].to(torch.int32)
    with pytest.raises(TypeError, match="dtype"):
        LAUNCHERS[name](*args)


@pytest.mark.parametrize("name", list(LAUNCHERS))
def test_rejects_non_tensor(name, device):
    args = _valid_args(name, device)
    args[0] = args[0].tolist()
    with pytest.raises(TypeError, match="torch.Tensor"):
        LAUNCHERS[name](*args)


@pytest.mark.parametrize("name", list(LAUNCHERS))
def test_rejects_bad_out(name, device):
    args = _valid_args(name, device)
    with pytest.raises(ValueError, match="out must have"):
        LAUNCHERS[name](*args, out=torch.empty(4, 63, device=device))
    with pytest.raises(ValueError, match="out must have"):
        LAUNCHERS[name](*args, out=torch.empty(4, 64, device=device, dtype=torch.float16))


@pytest.mark.parametrize("name", list(LAUNCHERS))
def test_rejects_non_contiguous(name, device):
    args = _valid_args(name, device, shape=(64, 64))
    args[0] = args[0].t()  # last dim strided
    with pytest.raises(ValueError, match="contiguous"):
        LAUNCHERS[name](*args)


@pytest.mark.parametrize("name", ["layernorm_gelu", "rmsnorm", "swiglu"])
def test_rejects_mismatched_shapes(name, device):
    args = _valid_args(name, device)
    args[1] = args[1][..., :-1].contiguous()
    with pytest.raises(ValueError, match="shape"):
        LAUNCHERS[name](*args)


@pytest.mark.parametrize("name", ["layernorm_gelu", "rmsnorm", "softmax_dropout"])
def test_rejects_rows_too_long(name, device):
    args = _valid_args(name, device, shape=(1, 65537))
    with pytest.raises(ValueError, match="longer than"):
        LAUNCHERS[name](*args)


def test_softmax_dropout_rejects_bad_p_and_seed(device):
    (x,) = _valid_args("softmax_dropout", device)
    for p in (-0.1, 1.5, "0.1", None):
        with pytest.raises(ValueError, match="p must be"):
            softmax_dropout(x, p=p)
    for seed in (-1, 2**63, 1.5):
        with pytest.raises(ValueError, match="seed must be"):
            softmax_dropout(x, seed=seed)


@pytest.mark.parametrize("name", list(LAUNCHERS))
def test_rejects_unsupported_device(name):
    args = _valid_args(name, "meta")
    with pytest.raises(ValueError, match="device"):
        LAUNCHERS[name](*args)


@pytest.mark.parametrize("name", list(LAUNCHERS))
def test_cpu_needs_interpreter(name, monkeypatch):
    monkeypatch.delenv("TRITON_INTERPRET", raising=False)
    args = _valid_args(name, "cpu")
    with pytest.raises(ValueError, match="TRITON_INTERPRET=1"):
        LAUNCHERS[name](*args)


@pytest.mark.gpu
@pytest.mark.parametrize("name", list(LAUNCHERS))
def test_rejects_mixed_devices(name):
    args = _valid_args(name, "cuda")
    with pytest.raises(ValueError, match="one device"):
        LAUNCHERS[name](*args, out=torch.empty(args[0].shape, dtype=args[0].dtype))
