"""The tutorial experiments' handwritten kernels (vector_add, vector_add_strided, add_mul, softmax,
matmul) against their float64 eager references.

Each launcher variant (add/sub, strided, fused/unfused, simple/grouped) runs on fresh random
inputs from the experiment's make_inputs, writes into an output poisoned with NaN, and must match
the experiment's eager function in float64 within SPEC.tolerance(dtype). Sizes are irregular (N not
a power of two, N = 1, M = 1, ragged matmul tiles in every dimension); several SWEEP points per
kernel file run, since `inspect sweep` calls launcher(*inputs, **point). Bigger shapes run on the
GPU only (the Triton interpreter would take minutes).
"""

import inspect
import itertools

import pytest
import torch

from experiments import add_mul as add_mul_exp
from experiments import matmul as matmul_exp
from experiments import softmax as softmax_exp
from experiments import vector_add as vector_add_exp
from experiments import vector_add_strided as strided_exp
from handwritten import add_mul as add_mul_mod
from handwritten import matmul as matmul_mod
from handwritten import softmax as softmax_mod
from handwritten import vector_add as vector_add_mod
from handwritten import vector_add_strided as strided_mod
from inspector.core.policy import assert_close, poison

DTYPES = [torch.float32, torch.bfloat16, torch.float16]
dtype_ids = pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))


def _check(spec, out, inputs, dtype, **eager_kw) -> None:
    ref = spec.eager(*[t.double() for t in inputs], **eager_kw)
    tol = spec.tolerance(dtype)
    assert_close(out, ref, tol.atol, tol.rtol)


def _run(spec, launcher, shape, dtype, device, **kw) -> None:
    """launcher(*inputs, out=poisoned, **kw) must return `out`, fully written and close to eager."""
    inputs = spec.make_inputs(shape, dtype, device, None)
    ref = spec.eager(*[t.double() for t in inputs], **({"s": kw["s"]} if "s" in kw else {}))
    out = poison(ref.shape, dtype, device)
    assert launcher(*inputs, out=out, **kw) is out
    tol = spec.tolerance(dtype)
    assert_close(out, ref, tol.atol, tol.rtol)


def _points(sweep: dict, count: int) -> list[dict]:
    """`count` points of the SWEEP grid, spread over it (first, last and evenly between; the first
    alone for a count of 1)."""
    grid = [dict(zip(sweep, values)) for values in itertools.product(*sweep.values())]
    if count == 1:
        return grid[:1]
    step = max(1, (len(grid) - 1) // max(count - 1, 1))
    return grid[::step][: count - 1] + [grid[-1]]


# ---- vector_add / vector_sub / vector_add_strided ----------------------------------------------

@dtype_ids
@pytest.mark.parametrize("n", [1, 781, 5000, 65537])
def test_vector_add_and_sub(n, dtype, device):
    x, y = vector_add_exp.SPEC.make_inputs((n,), dtype, device, None)
    out = poison((n,), dtype, device)
    assert vector_add_mod.vector_add(x, y, out=out) is out
    _check(vector_add_exp.SPEC, out, (x, y), dtype)
    out = poison((n,), dtype, device)
    vector_add_mod.vector_sub(x, y, out=out)
    tol = vector_add_exp.SPEC.tolerance(dtype)
    assert_close(out, x.double() - y.double(), tol.atol, tol.rtol)
    # subtract=True on vector_add is the same kernel
    assert torch.equal(vector_add_mod.vector_add(x, y, subtract=True), out)


@pytest.mark.parametrize("point", _points(vector_add_mod.SWEEP, 6), ids=str)
def test_vector_add_sweep_points(point, device):
    _run(vector_add_exp.SPEC, vector_add_mod.vector_add, (3001,), torch.bfloat16, device, **point)


def test_vector_add_any_contiguous_shape(device):
    x, y = torch.randn(2, 3, 401, device=device), torch.randn(2, 3, 401, device=device)
    assert_close(vector_add_mod.vector_add(x, y, BLOCK_SIZE=256), x.double() + y.double(), 1e-6, 1e-6)


@dtype_ids
@pytest.mark.parametrize("shape", [(1, 1), (781, 3), (1823, 16), (500, 33)], ids=lambda s: "x".join(map(str, s)))
def test_vector_add_strided_views(shape, dtype, device):
    _run(strided_exp.SPEC, strided_mod.vector_add_strided, shape, dtype, device)


@pytest.mark.parametrize("stride", [1, 2, 7])
def test_vector_add_strided_stride_argument(stride, device):
    """stride=S over full vectors equals the x[::S] views, including a length not divisible by S;
    a view's own stride and the argument multiply."""
    x, y = torch.randn(1000, device=device), torch.randn(1000, device=device)
    got = strided_mod.vector_add_strided(x, y, stride, BLOCK_SIZE=128)
    assert got.shape == (-(-1000 // stride),)
    assert_close(got, x[::stride].double() + y[::stride].double(), 1e-6, 1e-6)
    got = strided_mod.vector_add_strided(x[::3], y[::3], stride)
    assert_close(got, x[:: 3 * stride].double() + y[:: 3 * stride].double(), 1e-6, 1e-6)


@pytest.mark.parametrize("point", _points(strided_mod.SWEEP, 4), ids=str)
def test_vector_add_strided_sweep_points(point, device):
    _run(strided_exp.SPEC, strided_mod.vector_add_strided, (1500, 5), torch.float16, device, **point)


# ---- add_mul -----------------------------------------------------------------------------------

ADD_MUL = {"fused": add_mul_mod.add_mul, "unfused": add_mul_mod.add_mul_unfused}


@dtype_ids
@pytest.mark.parametrize("s", add_mul_exp.SCALES + (-0.5,))
@pytest.mark.parametrize("n", [1, 1823, 5000])
@pytest.mark.parametrize("variant", list(ADD_MUL))
def test_add_mul(variant, n, s, dtype, device):
    _run(add_mul_exp.SPEC, ADD_MUL[variant], (n,), dtype, device, s=s)


@pytest.mark.parametrize("variant", list(ADD_MUL))
def test_add_mul_default_scale_is_the_experiments(variant, device):
    """Called as inspect bench / sweep call it (inputs only), the launcher uses the experiment's s."""
    assert add_mul_mod.S == add_mul_exp.S
    x, y = add_mul_exp.SPEC.make_inputs((777,), torch.float32, device, None)
    _check(add_mul_exp.SPEC, ADD_MUL[variant](x, y), (x, y), torch.float32)


@pytest.mark.parametrize("point", _points(add_mul_mod.SWEEP, 5), ids=str)
@pytest.mark.parametrize("variant", list(ADD_MUL))
def test_add_mul_sweep_points(variant, point, device):
    _run(add_mul_exp.SPEC, ADD_MUL[variant], (2049,), torch.bfloat16, device, **point)


def test_add_mul_int_scale(device):
    """s = 1 (an int) is taken as 1.0, not specialized into an integer kernel argument."""
    x, y = add_mul_exp.SPEC.make_inputs((300,), torch.float32, device, None)
    assert_close(add_mul_mod.add_mul(x, y, 1), x.double() + y.double(), 1e-6, 1e-6)


# ---- softmax -----------------------------------------------------------------------------------

SOFTMAX = {"fused": softmax_mod.softmax, "unfused": softmax_mod.softmax_unfused}
SOFTMAX_SHAPES = [(3, 781), (1, 1823), (2, 5000), (5, 1), (1, 4096)]


@dtype_ids
@pytest.mark.parametrize("shape", SOFTMAX_SHAPES, ids=lambda s: "x".join(map(str, s)))
@pytest.mark.parametrize("variant", list(SOFTMAX))
def test_softmax(variant, shape, dtype, device):
    _run(softmax_exp.SPEC, SOFTMAX[variant], shape, dtype, device)


@pytest.mark.parametrize("point", _points(softmax_mod.SWEEP, 5), ids=str)
def test_softmax_sweep_points(point, device):
    _run(softmax_exp.SPEC, softmax_mod.softmax, (4, 1000), torch.bfloat16, device, **point)


@pytest.mark.parametrize("point", _points(softmax_mod.SWEEP_UNFUSED, 5), ids=str)
def test_softmax_unfused_sweep_points(point, device):
    # 1000 columns: a ragged last chunk for every BLOCK_SIZE of the sweep
    _run(softmax_exp.SPEC, softmax_mod.softmax_unfused, (3, 1000), torch.float32, device, **point)


@pytest.mark.parametrize("variant", list(SOFTMAX))
def test_softmax_leading_dims_strided_rows_and_large_values(variant, device):
    wide = torch.randn(2, 3, 900, device=device) * 30 + 1000  # exp(1000) overflows without the max
    x = wide[..., :781]
    for inp in (x, x.contiguous()):
        out = poison(inp.shape, inp.dtype, device)
        SOFTMAX[variant](inp, out=out)
        tol = softmax_exp.SPEC.tolerance(torch.float32)
        assert_close(out, torch.softmax(inp.double(), -1), tol.atol, tol.rtol)


def test_softmax_unfused_takes_rows_longer_than_the_fused_limit(device):
    n = softmax_mod.MAX_N + 3
    x = torch.randn(1, n, device=device)
    with pytest.raises(ValueError, match="longer than"):
        softmax_mod.softmax(x)
    out = softmax_mod.softmax_unfused(x, BLOCK_SIZE=16384)
    tol = softmax_exp.SPEC.tolerance(torch.float32)
    assert_close(out, torch.softmax(x.double(), -1), tol.atol, tol.rtol)


# ---- matmul ------------------------------------------------------------------------------------

MATMUL = {"grouped": matmul_mod.matmul, "simple": matmul_mod.matmul_simple}
SMALL_BLOCKS = dict(BLOCK_M=32, BLOCK_N=32, BLOCK_K=32)
MATMUL_SHAPES = [(67, 45, 83), (1, 70, 33), (100, 1, 17), (64, 64, 64), (33, 97, 1)]


@dtype_ids
@pytest.mark.parametrize("shape", MATMUL_SHAPES, ids=lambda s: "x".join(map(str, s)))
@pytest.mark.parametrize("variant", list(MATMUL))
def test_matmul(variant, shape, dtype, device):
    _run(matmul_exp.SPEC, MATMUL[variant], shape, dtype, device, **SMALL_BLOCKS)


@pytest.mark.parametrize("point", _points(matmul_mod.SWEEP, 6), ids=str)
@pytest.mark.parametrize("variant", list(MATMUL))
def test_matmul_sweep_points(variant, point, device):
    # 130 x 70 x 150: ragged in M, N and K for every block size of the sweep
    point = {k: v for k, v in point.items() if k in inspect.signature(MATMUL[variant]).parameters}
    _run(matmul_exp.SPEC, MATMUL[variant], (130, 70, 150), torch.bfloat16, device, **point)


@pytest.mark.parametrize("group_m", [1, 2, 3, 8])
def test_matmul_grouped_order_covers_every_tile(group_m, device):
    """GROUP_M not dividing the tile rows (5 tile rows of 16): the short last group's tiles are
    all written (the output is poisoned) and each once."""
    _run(matmul_exp.SPEC, matmul_mod.matmul, (80, 48, 40), torch.float32, device,
         BLOCK_M=16, BLOCK_N=16, BLOCK_K=16, GROUP_M=group_m)


@pytest.mark.parametrize("variant", list(MATMUL))
def test_matmul_strided_operands_and_empty_k(variant, device):
    a = torch.randn(70, 50, device=device)
    b = torch.randn(40, 50, device=device).t()  # column-major b
    out = poison((70, 40), torch.float32, device)
    MATMUL[variant](a, b, out=out, **SMALL_BLOCKS)
    assert_close(out, a.double() @ b.double(), 1e-4, 1e-4)
    out = poison((5, 6), torch.float32, device)
    MATMUL[variant](torch.empty(5, 0, device=device), torch.empty(0, 6, device=device), out=out)
    assert torch.equal(out, torch.zeros(5, 6, device=device))


# ---- GPU-only sizes ----------------------------------------------------------------------------

@pytest.mark.gpu
@dtype_ids
@pytest.mark.parametrize("launcher,spec,shape", [
    (vector_add_mod.vector_add, vector_add_exp.SPEC, (2**26 + 3,)),
    (strided_mod.vector_add_strided, strided_exp.SPEC, (2**22 + 1, 16)),
    (add_mul_mod.add_mul, add_mul_exp.SPEC, (2**26,)),
    (add_mul_mod.add_mul_unfused, add_mul_exp.SPEC, (2**24 + 5,)),
    (softmax_mod.softmax, softmax_exp.SPEC, (8192, 4096)),
    (softmax_mod.softmax, softmax_exp.SPEC, (64, 65536)),
    (softmax_mod.softmax_unfused, softmax_exp.SPEC, (8192, 4096)),
    (softmax_mod.softmax_unfused, softmax_exp.SPEC, (3, 100000)),
    (matmul_mod.matmul, matmul_exp.SPEC, (4096, 4096, 4096)),
    (matmul_mod.matmul, matmul_exp.SPEC, (1000, 3001, 777)),
    (matmul_mod.matmul_simple, matmul_exp.SPEC, (1000, 3001, 777)),
], ids=lambda v: getattr(v, "__name__", None) if callable(v) else None)
def test_large_on_gpu(launcher, spec, shape, dtype, device):
    _run(spec, launcher, shape, dtype, device)


@pytest.mark.gpu
@pytest.mark.parametrize("variant", list(MATMUL))
def test_matmul_every_sweep_point_compiles_on_gpu(variant, device):
    takes = inspect.signature(MATMUL[variant]).parameters
    for point in _points(matmul_mod.SWEEP, 24):  # 24 of the grid's points: each compiles in ~1 s
        point = {k: v for k, v in point.items() if k in takes}
        _run(matmul_exp.SPEC, MATMUL[variant], (300, 200, 260), torch.bfloat16, device, **point)


# ---- invalid tunables and inputs ---------------------------------------------------------------

def _valid(name, device):
    """(launcher, inputs) for each launcher, on small valid inputs."""
    table = {
        "vector_add": (vector_add_mod.vector_add, vector_add_exp.SPEC, (64,)),
        "vector_sub": (vector_add_mod.vector_sub, vector_add_exp.SPEC, (64,)),
        "vector_add_strided": (strided_mod.vector_add_strided, strided_exp.SPEC, (64, 2)),
        "add_mul": (add_mul_mod.add_mul, add_mul_exp.SPEC, (64,)),
        "add_mul_unfused": (add_mul_mod.add_mul_unfused, add_mul_exp.SPEC, (64,)),
        "softmax": (softmax_mod.softmax, softmax_exp.SPEC, (4, 64)),
        "softmax_unfused": (softmax_mod.softmax_unfused, softmax_exp.SPEC, (4, 64)),
        "matmul": (matmul_mod.matmul, matmul_exp.SPEC, (32, 32, 32)),
        "matmul_simple": (matmul_mod.matmul_simple, matmul_exp.SPEC, (32, 32, 32)),
    }
    launcher, spec, shape = table[name]
    return launcher, list(spec.make_inputs(shape, torch.float32, device, None))


ALL = ["vector_add", "vector_sub", "vector_add_strided", "add_mul", "add_mul_unfused", "softmax",
       "softmax_unfused", "matmul", "matmul_simple"]
BAD_TUNABLES = [
    (name, key, value)
    for name in ALL
    for key, values in {
        "matmul": {"BLOCK_M": [48, 8, 512, 64.0], "BLOCK_K": [0, 100], "num_stages": [0, 9, "3"],
                   "GROUP_M": [0, 2.5], "num_warps": [3, 0]},
        "matmul_simple": {"BLOCK_N": [24, True], "num_stages": [-1], "num_warps": [6]},
        "softmax": {"num_warps": [3, 0, 64, 2.0]},
    }.get(name, {"BLOCK_SIZE": [100, 0, -64, 8, 2**17, 128.0, True], "num_warps": [3, 0, 64, "4"]}).items()
    for value in values
]


@pytest.mark.parametrize("name,key,value", BAD_TUNABLES, ids=lambda v: repr(v))
def test_invalid_tunable_raises_value_error(name, key, value, device):
    launcher, args = _valid(name, device)
    with pytest.raises(ValueError, match=key):
        launcher(*args, **{key: value})


@pytest.mark.parametrize("name", ALL)
def test_every_sweep_key_is_a_keyword_of_its_launchers(name, device):
    """The sweep contract: launcher(*inputs, **point) works for the first point of its SWEEP (a
    shared table may list keywords a launcher does not take: the sweep drops those, and so here).
    The first point, the smallest blocks: matmul's last (128x256x128 tiles, 5 stages) needs 768 KiB
    of shared memory in fp32, over any GPU's limit (OutOfResources on an H100)."""
    module = {"vector": vector_add_mod, "add": add_mul_mod, "softmax": softmax_mod, "matmul": matmul_mod}
    mod = strided_mod if name == "vector_add_strided" else module[name.split("_")[0]]
    sweep = softmax_mod.SWEEP_UNFUSED if name == "softmax_unfused" else mod.SWEEP
    launcher, args = _valid(name, device)
    takes = inspect.signature(launcher).parameters
    point = {k: v for k, v in _points(sweep, 1)[0].items() if k in takes}
    assert point and launcher(*args, **point).isfinite().all()


@pytest.mark.parametrize("name", ALL)
def test_rejects_bad_dtype_and_non_tensor(name, device):
    launcher, args = _valid(name, device)
    for bad in (args[0].to(torch.float64), args[0].to(torch.int32)):
        with pytest.raises(TypeError, match="dtype"):
            launcher(bad, *args[1:])
    with pytest.raises(TypeError, match="torch.Tensor"):
        launcher(args[0].tolist(), *args[1:])


@pytest.mark.parametrize("name", ALL)
def test_rejects_bad_out(name, device):
    launcher, args = _valid(name, device)
    good = launcher(*args)
    with pytest.raises(ValueError, match="out must have"):
        launcher(*args, out=torch.empty(good.numel() + 1, device=device))
    with pytest.raises(ValueError, match="out must have"):
        launcher(*args, out=torch.empty(good.shape, device=device, dtype=torch.float16))


@pytest.mark.parametrize("name", [n for n in ALL if not n.startswith("softmax")])
def test_rejects_mismatched_operands(name, device):
    launcher, args = _valid(name, device)
    with pytest.raises(ValueError, match="shape|dtype|inner"):
        launcher(args[0], args[1][:-1])
    with pytest.raises(ValueError, match="dtype"):
        launcher(args[0], args[1].half())


@pytest.mark.parametrize("name", ["vector_add", "add_mul", "add_mul_unfused"])
def test_rejects_non_contiguous(name, device):
    launcher, args = _valid(name, device)
    with pytest.raises(ValueError, match="contiguous"):
        launcher(args[0][::2], args[1][::2])


def test_add_mul_rejects_bad_scale(device):
    launcher, args = _valid("add_mul", device)
    for s in ("2.0", None, float("nan"), float("inf"), True):
        with pytest.raises(ValueError, match="s must be"):
            launcher(*args, s=s)


def test_strided_rejects_bad_stride_and_rank(device):
    launcher, args = _valid("vector_add_strided", device)
    for stride in (0, -2, 1.5, True):
        with pytest.raises(ValueError, match="stride must be"):
            launcher(*args, stride)
    with pytest.raises(ValueError, match="1-D"):
        launcher(args[0].view(-1, 1).contiguous(), args[1].view(-1, 1).contiguous())


@pytest.mark.parametrize("name", ALL)
def test_cpu_needs_interpreter(name, monkeypatch):
    monkeypatch.delenv("TRITON_INTERPRET", raising=False)
    launcher, args = _valid(name, "cpu")
    with pytest.raises(ValueError, match="TRITON_INTERPRET=1"):
        launcher(*args)


@pytest.mark.parametrize("name", ALL)
def test_rejects_unsupported_device(name):
    launcher, args = _valid(name, "meta")
    with pytest.raises(ValueError, match="device"):
        launcher(*args)


# ---- the experiment specs ----------------------------------------------------------------------

@pytest.mark.parametrize("spec", [vector_add_exp.SPEC, strided_exp.SPEC, add_mul_exp.SPEC, softmax_exp.SPEC,
                                  matmul_exp.SPEC], ids=lambda s: s.name)
def test_specs(spec):
    """Name = file stem, the launcher resolves, GPU defaults exceed L2 (>= 64 MiB), CPU defaults
    run eager, and the eager output is what the bytes model counts as written."""
    assert spec.handwritten.split(":")[0] == f"handwritten.{spec.name}"
    assert callable(spec.handwritten_launcher())
    assert spec.bytes_moved(spec.default_shape("cuda"), torch.bfloat16) >= 64 * 2**20
    shape = spec.default_shape("cpu")
    inputs = spec.make_inputs(shape, torch.float32, "cpu", None)
    out = spec.eager(*inputs)
    assert spec.bytes_moved(shape, torch.float32) >= out.numel() * 4 + sum(t.numel() * 4 for t in inputs)


def test_strided_inputs_are_strided_views():
    x, y = strided_exp.SPEC.make_inputs((100, 6), torch.float32, "cpu", None)
    assert x.shape == (100,) and x.stride() == (6,) and y.stride() == (6,)
    assert not x.is_contiguous()
