"""handwritten.matmul_relu against the experiment's eager reference, evaluated in float64.

On the CPU the kernels run in the Triton interpreter (shapes kept small); on a GPU the same cases
go through the compiled kernels, and the `gpu` cases add the benchmark sizes. Every launch writes
into a NaN-poisoned buffer, so a tile the kernel never stores fails the comparison.
"""

import pytest
import torch

from experiments.matmul_relu import SPEC
from handwritten import matmul_relu as mr
from handwritten.matmul_relu import matmul_relu
from inspector.core.policy import assert_close, poison

DTYPES = [torch.float32, torch.bfloat16, torch.float16]
# none a multiple of the 32/64/128 blocks; M=1 and N=1 edges; K spanning many K-blocks
SHAPES = [(129, 257, 100), (1, 781, 64), (781, 1, 33), (300, 200, 520)]


def reference(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return SPEC.eager(a.double(), b.double())


def check(out: torch.Tensor, a: torch.Tensor, b: torch.Tensor) -> None:
    tol = SPEC.tolerance(a.dtype)
    assert out.dtype == a.dtype
    assert_close(out, reference(a, b), tol.atol, tol.rtol)


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))
@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: "x".join(map(str, s)))
def test_matches_reference(shape, dtype, device):
    a, b = SPEC.make_inputs(shape, dtype, device, None)
    out = poison((shape[0], shape[1]), dtype, device)
    result = matmul_relu(a, b, out=out)
    assert result.data_ptr() == out.data_ptr()
    check(out, a, b)
    # the ReLU really ran: about half of N(0, 1) outputs are clamped to exactly 0
    if out.numel() >= 1000:
        zeros = (out == 0).float().mean().item()
        assert 0.3 < zeros < 0.7, zeros


def test_allocates_output(device):
    a, b = SPEC.make_inputs((70, 90, 50), torch.float32, device, None)
    out = matmul_relu(a, b)
    assert out.shape == (70, 90) and out.device == a.device
    check(out, a, b)


def test_strided_operands_and_output(device):
    """Transposed / sliced views (non-unit or misaligned strides) take the pointer kernel."""
    dtype = torch.bfloat16
    a_t, b = SPEC.make_inputs((96, 80, 72), dtype, device, None)
    a = a_t.t().contiguous().t()  # M x K with strides (1, M)
    big = poison((96, 2 * 80 + 3), dtype, device)
    out = big[:, 3:163:2]  # column stride 2
    matmul_relu(a, b, out=out)
    check(out, a, b)
    assert torch.isnan(big[:, :3]).all()  # nothing written outside the view
    assert torch.isnan(big[:, 4:163:2]).all()


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16], ids=["bfloat16", "float16"])
@pytest.mark.parametrize(
    "config",
    [
        dict(BLOCK_M=32, BLOCK_N=64, BLOCK_K=32, GROUP_M=2, EPILOGUE_SPLIT=2, PERSISTENT=True, FLATTEN=True),
        dict(BLOCK_M=64, BLOCK_N=32, BLOCK_K=64, GROUP_M=3, EPILOGUE_SPLIT=1, PERSISTENT=False, FLATTEN=False),
        dict(BLOCK_M=32, BLOCK_N=128, BLOCK_K=32, GROUP_M=8, EPILOGUE_SPLIT=4, PERSISTENT=True, FLATTEN=True),
    ],
    ids=["persistent-split2", "one-tile-per-program", "persistent-split4"],
)
def test_tma_kernel_tile_walk(config, dtype, device):
    """The TMA kernel with small explicit tiles: a persistent grid of 3 programs must still cover
    every tile once (grouped order, ragged last group), and out-of-bounds tiles must be clipped.
    On the CPU this is the only place the fast path's logic runs (the launcher picks it on
    Hopper GPUs only)."""
    shape = (129, 264, 104)  # 16-byte aligned rows, ragged against every block size
    a, b = SPEC.make_inputs(shape, dtype, device, None)
    out = poison((shape[0], shape[1]), dtype, device)
    mr.launch_tma(a, b, out, dict(config, WARP_SPECIALIZE=False), num_warps=4, num_stages=2,
                  num_programs=3)
    check(out, a, b)


def test_empty_dims(device):
    a = torch.randn(5, 0, device=device)
    b = torch.randn(0, 7, device=device)
    out = poison((5, 7), torch.float32, device)
    assert torch.equal(matmul_relu(a, b, out=out), torch.zeros(5, 7, device=device))
    assert matmul_relu(torch.randn(0, 4, device=device), torch.randn(4, 3, device=device)).shape == (0, 3)


def test_validation_errors(device):
    a = torch.randn(8, 16, device=device)
    b = torch.randn(16, 4, device=device)
    with pytest.raises(TypeError, match="torch.Tensor"):
        matmul_relu(a.tolist(), b)
    with pytest.raises(ValueError, match="2-D"):
        matmul_relu(a[0], b)
    with pytest.raises(TypeError, match="dtype"):
        matmul_relu(a.double(), b.double())
    with pytest.raises(TypeError, match="share a dtype"):
        matmul_relu(a, b.half())
    with pytest.raises(ValueError, match="inner dimensions"):
        matmul_relu(a, b.t())
    with pytest.raises(ValueError, match="out has shape"):
        matmul_relu(a, b, out=torch.empty(4, 8, device=device))
    with pytest.raises(TypeError, match="out has dtype"):
        matmul_relu(a, b, out=torch.empty(8, 4, device=device, dtype=torch.float16))
    with pytest.raises(TypeError, match="out must be"):
        matmul_relu(a, b, out=[[0.0] * 4] * 8)


def test_cpu_tensors_need_the_interpreter(monkeypatch):
    monkeypatch.setenv("TRITON_INTERPRET", "0")
    with pytest.raises(ValueError, match="CUDA"):
        matmul_relu(torch.randn(4, 4), torch.randn(4, 4))


@pytest.mark.gpu
def test_mixed_devices():
    a = torch.randn(8, 16, device="cuda")
    with pytest.raises(ValueError, match="is on"):
        matmul_relu(a, torch.randn(16, 4))
    with pytest.raises(ValueError, match="out is on"):
        matmul_relu(a, torch.randn(16, 4, device="cuda"), out=torch.empty(8, 4))


@pytest.mark.gpu
@pytest.mark.parametrize(
    "shape, dtype, fast",
    [
        ((4096, 4096, 4096), torch.bfloat16, True),
        ((4000, 3000, 2000), torch.bfloat16, True),  # aligned strides, ragged tiles: TMA clips
        ((4000, 3000, 2000), torch.float16, True),
        ((4001, 3001, 2001), torch.bfloat16, False),  # odd strides: pointer kernel
        ((1000, 1500, 700), torch.float32, False),  # fp32 in ieee precision: pointer kernel
    ],
    ids=["4096^3-bf16", "4000x3000x2000-bf16", "4000x3000x2000-fp16", "odd-bf16-fallback", "fp32-ieee"],
)
def test_large_gpu(shape, dtype, fast):
    a, b = SPEC.make_inputs(shape, dtype, "cuda", None)
    out = poison((shape[0], shape[1]), dtype, "cuda")
    assert mr.use_tma(a, b, out) == (fast and torch.cuda.get_device_capability()[0] >= 9)
    matmul_relu(a, b, out=out)
    check(out, a, b)
