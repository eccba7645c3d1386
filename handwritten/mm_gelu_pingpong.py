"""gelu(x @ w + b) forward on Hopper (sm_90) in Gluon: one TMA loader warp and two consumer
warpgroups that take turns on the tensor cores (a "ping-pong" kernel).

handwritten/mm_gelu.py's Triton kernel cannot overlap one tile's epilogue with the next tile's
matrix products inside a program (`tl.range(..., warp_specialize=True)` gave the same times on
sm_90 with triton 3.6: docs/kernels-matmul.md), so at GPT-2's up-projection (8192x768 @
768x3072, bf16; K = 768 is only 12 steps of 64 per tile) the bias+GELU epilogue stays on the
critical path. Here each program (one per SM, persistent) splits into:
- a loader (1 warp): TMA copies of x and w tiles into a STAGES-deep shared-memory ring, each
  stage guarded by a `ready` (bytes arrived) and an `empty` (consumed) mbarrier;
- two consumers (4 warps each, one 128x128 fp32 accumulator each): consumer c takes this program's
  tiles c, c + 2, ...; before its products it waits on a `turn` mbarrier that the other consumer
  arrives on once its own products are issued, so their products alternate while each one's
  epilogue (bias, GELU, bf16 rounding, TMA store) runs beside the other's products.

Gluon is Triton's lower-level language (explicit layouts, shared memory, barriers, warp
partitions); it compiles through the same toolchain but does not run under the interpreter. On
the CPU, in fp32, on other GPUs and for the training step handwritten/mm_gelu.py's Triton kernel
is the one to use (`why_not` says why this one cannot take a call).

Status: built for sm_90 without a GPU with triton 3.6 and 3.9 (no spills; three warpgroups, the
consumers at 232 registers, the loader's at 40; 192 KiB of shared memory), and the offline test
checks that structure and the spills. It has not yet run on a GPU, so `mm_gelu` does not call it:
tests/test_handwritten_mm_gelu_pingpong.py's `gpu` cases check it against float64 on a Hopper GPU
and `scripts/gpu_mm_gelu.py` times it (`pingpong:<config>`) beside torch.compile and the Triton
kernel; `mm_gelu`'s forward hands bf16/fp16 calls to it once both show it correct and faster.
"""

from __future__ import annotations

import torch
import triton
from triton.experimental import gluon
from triton.experimental.gluon import language as gl
from triton.experimental.gluon.language.nvidia.hopper import (fence_async_shared, mbarrier, tma, warpgroup_mma,
                                                             warpgroup_mma_wait)
from triton.experimental.gluon.nvidia.hopper import TensorDescriptor

from handwritten._checks import num_sms as _num_sms
from handwritten._checks import tma_ok as _tma_ok
from handwritten._parts import grouped_tile as _grouped_tile  # plain @triton.jit code: Gluon calls it too
from handwritten._parts import tanh_gelu as _tanh_gelu

# triton 3.9 renamed the TMA copies and made the old names raise
_tma_load = getattr(tma, "async_load", None) or tma.async_copy_global_to_shared
_tma_store = getattr(tma, "async_store", None) or tma.async_copy_shared_to_global


@gluon.jit
def _load_partition(x_desc, w_desc, a_bufs, b_bufs, ready, empty, M, N, K, GROUP_M: gl.constexpr,
                    STAGES: gl.constexpr):
    """The loader warp: every k-step of this program's tiles, in order, into the ring."""
    BM: gl.constexpr = x_desc.block_type.shape[0]
    BK: gl.constexpr = x_desc.block_type.shape[1]
    BN: gl.constexpr = w_desc.block_type.shape[1]
    num_pid_m = gl.cdiv(M, BM)
    num_pid_n = gl.cdiv(N, BN)
    k_tiles = gl.cdiv(K, BK)
    count = 0
    for tile_id in range(gl.program_id(0), num_pid_m * num_pid_n, gl.num_programs(0)):
        pid_m, pid_n = _grouped_tile(tile_id, num_pid_m, num_pid_n, GROUP_M)
        for ki in range(k_tiles):
            s = count % STAGES
            # parity of the stage's previous use; a fresh barrier passes the first round's wait
            mbarrier.wait(empty.index(s), ((count // STAGES) & 1) ^ 1)
            mbarrier.expect(ready.index(s), x_desc.block_type.nbytes + w_desc.block_type.nbytes)
            _tma_load(x_desc, [pid_m * BM, ki * BK], ready.index(s), a_bufs.index(s))  # zero-filled past M, K
            _tma_load(w_desc, [ki * BK, pid_n * BN], ready.index(s), b_bufs.index(s))
            count += 1


@gluon.jit
def _mma_partition(x_desc, w_desc, y_desc, b_ptr, a_bufs, b_bufs, c_smem, ready, empty, turn, M, N, K,
                   WHICH: gl.constexpr, GROUP_M: gl.constexpr, STAGES: gl.constexpr, HAS_BIAS: gl.constexpr,
                   FAST_TANH: gl.constexpr):
    """Consumer WHICH (0 or 1): the products, then bias, GELU and the TMA store, of every other tile."""
    BM: gl.constexpr = x_desc.block_type.shape[0]
    BK: gl.constexpr = x_desc.block_type.shape[1]
    BN: gl.constexpr = w_desc.block_type.shape[1]
    acc_layout: gl.constexpr = gl.NVMMADistributedLayout(version=[3, 0], warps_per_cta=[4, 1],
                                                         instr_shape=[16, BN, 16])
    num_pid_m = gl.cdiv(M, BM)
    num_pid_n = gl.cdiv(N, BN)
    k_tiles = gl.cdiv(K, BK)
    pid = gl.program_id(0)
    programs = gl.num_programs(0)
    my_tiles = gl.cdiv(num_pid_m * num_pid_n - pid, programs)
    j = 0  # this consumer's tiles so far
    for t in range(WHICH, my_tiles, 2):
        pid_m, pid_n = _grouped_tile(pid + t * programs, num_pid_m, num_pid_n, GROUP_M)
        offs_n = pid_n * BN + gl.arange(0, BN, layout=gl.SliceLayout(0, acc_layout))
        if HAS_BIAS:  # issued before the products: its latency hides behind them
            bias = gl.load(b_ptr + offs_n, mask=offs_n < N, other=0.0).to(gl.float32)
        count = t * k_tiles  # the ring's position: the loader fills it in tile order
        # wait until the other consumer has issued its products (consumer 0's first tile waits for none)
        mbarrier.wait(turn.index(WHICH), (j + 1 - WHICH) & 1)
        acc = gl.zeros([BM, BN], gl.float32, acc_layout)
        prev = 0
        for ki in range(k_tiles):
            s = count % STAGES
            mbarrier.wait(ready.index(s), (count // STAGES) & 1)
            acc = warpgroup_mma(a_bufs.index(s), b_bufs.index(s), acc, is_async=True)
            acc = warpgroup_mma_wait(1, deps=(acc, ))  # the previous product is done with its stage
            mbarrier.arrive(empty.index(prev), pred=ki > 0)
            prev = s
            count += 1
        mbarrier.arrive(turn.index(1 - WHICH))  # the other consumer's products may start
        acc = warpgroup_mma_wait(0, deps=(acc, ))
        mbarrier.arrive(empty.index(prev))
        z = acc
        if HAS_BIAS:
            z = z + gl.expand_dims(bias, 0)
        y, _ = _tanh_gelu(z, FAST_TANH)
        tma.store_wait(0)  # this consumer's previous tile has left c_smem
        c_smem.store(y.to(y_desc.dtype))
        fence_async_shared()
        _tma_store(y_desc, [pid_m * BM, pid_n * BN], c_smem)  # clipped past M and N
        j += 1
    tma.store_wait(0)


@gluon.jit
def _mm_gelu_pingpong_kernel(x_desc, w_desc, y_desc, b_ptr, M, N, K, GROUP_M: gl.constexpr,
                             STAGES: gl.constexpr, HAS_BIAS: gl.constexpr, FAST_TANH: gl.constexpr,
                             MMA_REGS: gl.constexpr, LOAD_REGS: gl.constexpr):
    """Persistent: one program per SM walks tiles pid, pid + grid, ... in grouped order."""
    dtype: gl.constexpr = x_desc.dtype
    a_bufs = gl.allocate_shared_memory(dtype, [STAGES] + x_desc.block_type.shape, x_desc.layout)
    b_bufs = gl.allocate_shared_memory(dtype, [STAGES] + w_desc.block_type.shape, w_desc.layout)
    c0 = gl.allocate_shared_memory(dtype, y_desc.block_type.shape, y_desc.layout)
    c1 = gl.allocate_shared_memory(dtype, y_desc.block_type.shape, y_desc.layout)
    ready = gl.allocate_shared_memory(gl.int64, [STAGES, 1], mbarrier.MBarrierLayout())
    empty = gl.allocate_shared_memory(gl.int64, [STAGES, 1], mbarrier.MBarrierLayout())
    turn = gl.allocate_shared_memory(gl.int64, [2, 1], mbarrier.MBarrierLayout())
    for i in gl.static_range(STAGES):
        mbarrier.init(ready.index(i), count=1)
        mbarrier.init(empty.index(i), count=1)
    for i in gl.static_range(2):
        mbarrier.init(turn.index(i), count=1)
    fence_async_shared()
    gl.warp_specialize([
        (_mma_partition, (x_desc, w_desc, y_desc, b_ptr, a_bufs, b_bufs, c0, ready, empty, turn, M, N, K, 0,
                          GROUP_M, STAGES, HAS_BIAS, FAST_TANH)),
        (_mma_partition, (x_desc, w_desc, y_desc, b_ptr, a_bufs, b_bufs, c1, ready, empty, turn, M, N, K, 1,
                          GROUP_M, STAGES, HAS_BIAS, FAST_TANH)),
        (_load_partition, (x_desc, w_desc, a_bufs, b_bufs, ready, empty, M, N, K, GROUP_M, STAGES)),
    ], [4, 1], [MMA_REGS, LOAD_REGS])


_GL_DTYPES = {torch.bfloat16: gl.bfloat16, torch.float16: gl.float16}
# 128x128x64 tiles, a 4-stage ring: 4 x 32 KiB + 2 x 32 KiB of output staging = 192 KiB of shared
# memory. Registers per thread: 232 for each consumer (a 128-register accumulator and the
# epilogue's temporaries), 40 for the loader's warpgroup (64,512 of the SM's 65,536). A starting
# point, not a measured choice: scripts/gpu_mm_gelu.py times it against 64x256 tiles (one m64n256
# wgmma per step), 3 and 5 stages, and GROUP_M 16.
CONFIG = dict(BLOCK_M=128, BLOCK_N=128, BLOCK_K=64, GROUP_M=8, STAGES=4, MMA_REGS=232, LOAD_REGS=40)


def why_not(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor | None = None) -> str | None:
    """Why this kernel cannot take gelu(x @ w + b), or None when it can: 2-D bf16/fp16 operands of
    one dtype with agreeing inner dimensions on a CUDA device of capability 9.x, rows 16-byte aligned."""
    ts = [t for t in (x, w, b) if t is not None]
    if not all(isinstance(t, torch.Tensor) for t in ts):
        return "x, w and b must be torch.Tensors"
    if x.dtype not in _GL_DTYPES or any(t.dtype != x.dtype for t in ts):
        return f"needs bf16 or fp16 operands of one dtype, got {[str(t.dtype) for t in ts]}"
    if x.dim() != 2 or w.dim() != 2 or x.shape[1] != w.shape[0] or 0 in (*x.shape, w.shape[1]):
        return f"needs non-empty M x K and K x N operands, got {tuple(x.shape)} and {tuple(w.shape)}"
    if b is not None and (tuple(b.shape) != (w.shape[1],) or b.stride(0) != 1):
        return f"b must be a contiguous ({w.shape[1]},) vector, got shape {tuple(b.shape)}"
    if any(t.device != x.device for t in ts) or x.device.type != "cuda":
        return f"needs all operands on one CUDA device, got {[str(t.device) for t in ts]}"
    if torch.cuda.get_device_capability(x.device)[0] != 9:
        return "needs a Hopper GPU (CUDA capability 9.x): wgmma and warp-group register reallocation"
    if not (_tma_ok(x) and _tma_ok(w)) or (w.shape[1] * x.element_size()) % 16:
        return "needs unit column strides and 16-byte aligned rows and base addresses (TMA)"
    return None


def _output(out, m: int, n: int, like: torch.Tensor) -> torch.Tensor:
    """`out` checked as the M x N result (like's dtype and device, TMA-ready rows), or a new tensor."""
    if out is None:
        return torch.empty((m, n), dtype=like.dtype, device=like.device)
    if not isinstance(out, torch.Tensor):
        raise TypeError(f"mm_gelu_pingpong: out must be a torch.Tensor, got {type(out).__name__}")
    if out.shape != (m, n) or out.dtype != like.dtype or out.device != like.device or not _tma_ok(out):
        raise ValueError(f"mm_gelu_pingpong: out must be a {m} x {n} {like.dtype} tensor on {like.device} with "
                         f"16-byte aligned rows, got {tuple(out.shape)} {out.dtype} on {out.device}, "
                         f"strides {out.stride()}")
    return out


def mm_gelu_pingpong(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor | None = None, *,
                     out: torch.Tensor | None = None, config: dict | None = None) -> torch.Tensor:
    """gelu(x @ w + b) (tanh GELU) for x: M x K, w: K x N, b: N (optional), into `out` (M x N) or a
    new tensor; ValueError where `why_not` names a reason. `config` overrides CONFIG's entries."""
    unknown = sorted(set(config or {}) - set(CONFIG))
    if unknown:
        raise ValueError(f"mm_gelu_pingpong: unknown config keys {unknown}; known: {sorted(CONFIG)}")
    reason = why_not(x, w, b)
    if reason is not None:
        raise ValueError(f"mm_gelu_pingpong: {reason}")
    cfg = {**CONFIG, **(config or {})}
    bm, bn, bk = cfg.pop("BLOCK_M"), cfg.pop("BLOCK_N"), cfg.pop("BLOCK_K")
    (m, k), n = x.shape, w.shape[1]
    y = _output(out, m, n, x)
    dt = _GL_DTYPES[x.dtype]

    def desc(t, block):
        return TensorDescriptor.from_tensor(t, block, gl.NVMMASharedLayout.get_default_for(block, dt))

    grid = (min(_num_sms(x.device.index or 0), triton.cdiv(m, bm) * triton.cdiv(n, bn)),)
    _mm_gelu_pingpong_kernel[grid](desc(x, [bm, bk]), desc(w, [bk, bn]), desc(y, [bm, bn]),
                                   b if b is not None else x, m, n, k, **cfg, HAS_BIAS=b is not None,
                                   FAST_TANH=x.dtype == torch.bfloat16, num_warps=4)
    return y
