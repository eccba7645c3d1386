"""handwritten.mm_gelu_pingpong (Gluon, Hopper only) against float64 eager.

Gluon does not run under the interpreter: on the CPU the launcher's checks are tested and the
kernel is built for sm_90 with the wheel's compiler (no GPU needed) and its PTX read for the
warp-specialized structure; the `gpu` cases run it on a Hopper GPU, writing into NaN-poisoned
outputs so that an unwritten tile fails.
"""

import pytest
import torch

from experiments.mm_gelu import SPEC
from inspector.core.policy import assert_close, poison

pp = pytest.importorskip("handwritten.mm_gelu_pingpong", reason="this triton has no Gluon Hopper API")
# M=1, N and K not multiples of the tiles, a ragged everything, the flagship size
SHAPES = [(1, 3072, 768), (300, 520, 72), (777, 1000, 712), (8192, 3072, 768)]


def reference(x, w, b):
    return SPEC.eager(x.double(), w.double(), b.double() if b is not None else torch.zeros((), dtype=torch.float64,
                                                                                        device=x.device))


def test_why_not_names_each_reason():
    x, w, b = SPEC.make_inputs((8, 16, 24), torch.bfloat16, "cpu", None)
    assert "bf16 or fp16" in pp.why_not(x.float(), w.float(), b.float())
    assert "one dtype" in pp.why_not(x, w.half(), b)
    assert "M x K and K x N" in pp.why_not(x, w.t(), b)
    assert "M x K and K x N" in pp.why_not(x[:0], w, b)
    assert "contiguous (16,) vector" in pp.why_not(x, w, b[:3])
    assert "CUDA device" in pp.why_not(x, w, b)
    assert "torch.Tensor" in pp.why_not(x.tolist(), w, b)
    with pytest.raises(ValueError, match="mm_gelu_pingpong: needs bf16 or fp16"):
        pp.mm_gelu_pingpong(x.float(), w.float())
    with pytest.raises(ValueError, match=r"unknown config keys \['BLOCK'\]"):
        pp.mm_gelu_pingpong(x, w, b, config={"BLOCK": 64, "STAGES": 3})


_OFFLINE = r"""
import subprocess, tempfile
from pathlib import Path
import torch, triton
from triton.backends.compiler import GPUTarget
from triton.runtime import driver
from triton.experimental.gluon import language as gl
from handwritten import mm_gelu_pingpong as pp

class Hopper:  # what the launcher's compile step asks of the driver; nothing is launched
    def get_current_target(self):
        return GPUTarget("cuda", 90, 32)
    def get_current_device(self):
        return 0
    def get_current_stream(self, device=None):
        return 0
    def get_active_torch_device(self):
        return torch.device("cpu")

driver.set_active(Hopper())
cfg = dict(pp.CONFIG)
bm, bn, bk = cfg.pop("BLOCK_M"), cfg.pop("BLOCK_N"), cfg.pop("BLOCK_K")
for dtype, bias in ((torch.bfloat16, True), (torch.float16, False)):
    dt = pp._GL_DTYPES[dtype]
    def desc(t, block):
        return pp.TensorDescriptor.from_tensor(t, block, gl.NVMMASharedLayout.get_default_for(block, dt))
    x, w, y = (torch.zeros(s, dtype=dtype) for s in ((300, 712), (712, 520), (300, 520)))
    k = pp._mm_gelu_pingpong_kernel.warmup(desc(x, [bm, bk]), desc(w, [bk, bn]), desc(y, [bm, bn]), x, 300, 520, 712,
                                           **cfg, HAS_BIAS=bias, FAST_TANH=dtype == torch.bfloat16, num_warps=4,
                                           grid=(1,))
    ptx = k.asm["ptx"]
    assert "wgmma.mma_async" in ptx, "no wgmma"
    assert f"setmaxnreg.inc.sync.aligned.u32 \t{cfg['MMA_REGS']}" in ptx, "consumers without their registers"
    assert f"setmaxnreg.dec.sync.aligned.u32 \t{cfg['LOAD_REGS']}" in ptx, "loader keeps its registers"
    assert ("tanh.approx.f32" in ptx) == (dtype == torch.bfloat16), "tanh.approx in bf16 only"
    assert ".reqntid 384" in ptx, "not 3 warpgroups"
    assert k.metadata.shared <= 232448, f"{k.metadata.shared} bytes of shared memory: over Hopper's 227 KiB"
    tool = Path(triton.__file__).parent / "backends/nvidia/bin/cuobjdump"
    if tool.is_file():  # the wheel's: registers and local memory (spills) of the cubin
        with tempfile.NamedTemporaryFile(suffix=".cubin") as f:
            f.write(k.asm["cubin"])
            f.flush()
            usage = subprocess.run([str(tool), "--dump-resource-usage", f.name], capture_output=True, text=True).stdout
        assert "LOCAL:0 " in usage, f"spills: {usage}"
print("built")
"""


def test_builds_warp_specialized_for_hopper_offline(offline_build):
    """sm_90 build without a GPU: three warpgroups (two consumers and the loader's), register
    reallocation, wgmma, shared memory within the SM's, no spills (where the wheel has cuobjdump)."""
    offline_build(_OFFLINE)


@pytest.mark.gpu
@pytest.mark.parametrize("bias", [True, False], ids=["bias", "no-bias"])
@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16], ids=["bf16", "fp16"])
@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: "x".join(map(str, s)))
def test_matches_float64_on_hopper(shape, dtype, bias):
    if torch.cuda.get_device_capability()[0] != 9:
        pytest.skip("the ping-pong kernel is Hopper-only")
    x, w, b = SPEC.make_inputs(shape, dtype, "cuda", None)
    b = b if bias else None
    y = poison((shape[0], shape[1]), dtype, "cuda")
    assert pp.mm_gelu_pingpong(x, w, b, out=y) is y
    tol = SPEC.tolerance(dtype)
    assert_close(y, reference(x, w, b), tol.atol, tol.rtol)


@pytest.mark.gpu
def test_tile_shapes_and_stage_counts_agree_on_hopper():
    """Other configs (one consumer tile 64x256, 3 and 5 stages, GROUP_M 3) give the same result; an
    `out` of another shape is refused."""
    if torch.cuda.get_device_capability()[0] != 9:
        pytest.skip("the ping-pong kernel is Hopper-only")
    x, w, b = SPEC.make_inputs((777, 1000, 712), torch.bfloat16, "cuda", None)
    tol = SPEC.tolerance(torch.bfloat16)
    ref = reference(x, w, b)
    for cfg in (dict(BLOCK_M=64, BLOCK_N=256), dict(STAGES=3), dict(STAGES=5), dict(GROUP_M=3)):
        y = poison((777, 1000), torch.bfloat16, "cuda")
        pp.mm_gelu_pingpong(x, w, b, out=y, config=cfg)
        assert_close(y, ref, tol.atol, tol.rtol)
    with pytest.raises(ValueError, match="out must be a 777 x 1000"):
        pp.mm_gelu_pingpong(x, w, b, out=y[:, :992])  # rows strided 1000 apart, 992 wide
    with pytest.raises(TypeError, match="out must be a torch.Tensor"):
        pp.mm_gelu_pingpong(x, w, b, out=y.tolist())
