"""relu(a @ b) in one Triton kernel: a tiled matrix product with the ReLU fused into the epilogue.

a: M x K, b: K x N, out: M x N, all one dtype (bf16, fp16 or fp32). Products accumulate in fp32;
the ReLU runs on the fp32 accumulator and the result is rounded once to the output dtype. fp32
inputs are multiplied in full fp32 (input_precision="ieee", no TF32), because the experiment's
fp32 tolerance (1e-4) is tighter than TF32's ~3e-4 error.

Roofline (bf16, 4096^3): 2*M*N*K = 137 GFLOP against 3 * 32 MiB = 100 MB moved. At cuBLAS's
~790 TFLOP/s (H200; ~710 on the H100 we measured, L2 flushed) the arithmetic alone needs 0.17 ms,
the bytes 0.024 ms at 4.2 TB/s (0.034 ms at the H100's 3.0): the kernel is compute-bound and the
ReLU, done in registers, is free. Eager pays a second pass over the M x N
product (write + read + write: 96 MiB, ~0.024 ms) on top of cuBLAS; a fused kernel can save that
only if its matrix product keeps up with cuBLAS.

Two kernels, one launcher:
- `_matmul_relu_tma_kernel` (CUDA, compute capability >= 9, bf16/fp16, 16-byte aligned rows):
  tiles move through the TMA copy engine (host-side tensor descriptors; the engine zero-fills
  out-of-bounds rows/columns on loads and clips them on stores, so ragged M, N, K need no masks),
  the wgmma tensor-core pipeline runs `num_stages` deep, and a persistent grid of one program per
  SM walks the tiles in grouped (swizzled) order. The tile loop is flattened into the K loop so the
  software pipeliner prefetches the next tile's operands during the current tile's epilogue, and
  the epilogue stores the 128x256 tile in 128x128 (or 128x64) slices (a smaller output staging
  buffer in shared memory, 176 KiB in all at 3 stages; against one unsplit store the difference
  stayed inside the run-to-run noise). On an H100 80GB (torch 2.11, triton 3.6), bf16, the
  launcher ran at 96.6-101.0% of cuBLAS `mm` alone at 4096^3 (4 runs) and 98.3-101.4% at 8192^3
  (3 runs), ahead of eager relu(a @ b) and Inductor max-autotune (which keeps cuBLAS + a ReLU
  kernel) in every run. Warp specialization (`tl.range(warp_specialize=True)`) changed nothing
  there: triton 3.6 emitted the same non-specialized kernel on Hopper (no setmaxnreg, same 162
  registers and shared memory).
  Measurements and the configs tried: docs/kernels-matmul.md.
- `_matmul_relu_kernel`: a plain masked pointer kernel (one program per output tile, grouped
  order) for everything else: fp32, strides that TMA cannot take, other GPUs, and the Triton
  interpreter on the CPU (where it runs with one small fixed configuration, no autotuning).

Grouped ordering: at 8192^3 (64 x 32 tiles of 128x256) the 132 programs in flight cover
GROUP_M=8 tile rows x ~17 tile columns instead of ~4 rows x all 32 columns, so fewer distinct
operand slices are live per K-step and each comes from HBM once, then from L2 for the others
(GROUP_M 4, 8 and 16 measured alike).
"""

from __future__ import annotations

import os

import torch
import triton
import triton.language as tl

from handwritten._checks import num_sms as _num_sms
from handwritten._checks import use_tma  # public: scripts/gpu_*.py and tests ask it too
from handwritten._parts import grouped_tile as _grouped_tile
from handwritten._parts import masked_k_loop as _masked_k_loop
from handwritten._parts import tile_offsets as _tile_offsets

try:  # host-side TMA descriptors (triton >= 3.4); without them the pointer kernel does all the work
    from triton.tools.tensor_descriptor import TensorDescriptor
except ImportError:  # pragma: no cover - depends on the installed triton
    TensorDescriptor = None

_SUPPORTED = (torch.float32, torch.float16, torch.bfloat16)


@triton.jit
def _matmul_relu_kernel(
    a_ptr, b_ptr, c_ptr,
    M, N, K,
    stride_am, stride_ak, stride_bk, stride_bn, stride_cm, stride_cn,
    BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
    GROUP_M: tl.constexpr, INPUT_PRECISION: tl.constexpr, DOT_IN_FP32: tl.constexpr = False,
):
    """One BLOCK_M x BLOCK_N output tile per program; masked loads cover ragged edges."""
    pid_m, pid_n = _grouped_tile(tl.program_id(0), tl.cdiv(M, BLOCK_M), tl.cdiv(N, BLOCK_N), GROUP_M)
    offs_m, offs_n, mask_m, mask_n = _tile_offsets(pid_m, pid_n, M, N, BLOCK_M, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    # int64 row offsets: M * stride_am passes 2^31 elements at e.g. 65536 x 32768
    a_ptrs = a_ptr + offs_m[:, None].to(tl.int64) * stride_am + offs_k[None, :] * stride_ak
    b_ptrs = b_ptr + offs_k[:, None].to(tl.int64) * stride_bk + offs_n[None, :] * stride_bn
    acc = _masked_k_loop(a_ptrs, b_ptrs, BLOCK_K * stride_ak, BLOCK_K * stride_bk, mask_m, mask_n, K,
                         BLOCK_M, BLOCK_N, BLOCK_K, INPUT_PRECISION, DOT_IN_FP32)  # see _INTERPRETER_UPCAST
    acc = tl.maximum(acc, 0.0)  # ReLU on the fp32 accumulator, before the one rounding
    c_ptrs = c_ptr + offs_m[:, None].to(tl.int64) * stride_cm + offs_n[None, :] * stride_cn
    tl.store(c_ptrs, acc.to(c_ptr.dtype.element_ty), mask=mask_m[:, None] & mask_n[None, :])


@triton.jit
def _matmul_relu_tma_kernel(
    a_desc, b_desc, c_desc,
    M, N, K,
    BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
    GROUP_M: tl.constexpr, EPILOGUE_SPLIT: tl.constexpr,
    PERSISTENT: tl.constexpr, FLATTEN: tl.constexpr, WARP_SPECIALIZE: tl.constexpr,
    DOT_IN_FP32: tl.constexpr = False,
):
    """Tiles through TMA descriptors; with PERSISTENT the grid is one program per SM and each
    program strides over the tiles by the grid size (otherwise the loop runs once)."""
    num_pid_m = tl.cdiv(M, BLOCK_M)
    num_pid_n = tl.cdiv(N, BLOCK_N)
    num_tiles = num_pid_m * num_pid_n
    k_tiles = tl.cdiv(K, BLOCK_K)
    step = tl.num_programs(0)
    # A second tile counter for the epilogue: recomputing the store coordinates from it, rather
    # than keeping the loads' pid_m/pid_n alive, lets the flattened pipeline run the next tile's
    # loads ahead of this tile's stores without a dependency between them.
    tile_id_c = tl.program_id(0) - step
    for tile_id in tl.range(tl.program_id(0), num_tiles, step, flatten=FLATTEN,
                            warp_specialize=WARP_SPECIALIZE):
        pid_m, pid_n = _grouped_tile(tile_id, num_pid_m, num_pid_n, GROUP_M)
        off_m = pid_m * BLOCK_M
        off_n = pid_n * BLOCK_N
        acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
        for ki in range(k_tiles):
            off_k = ki * BLOCK_K
            a = a_desc.load([off_m, off_k])  # out-of-bounds rows/columns arrive as zeros
            b = b_desc.load([off_k, off_n])
            if DOT_IN_FP32:  # interpreter only: see _INTERPRETER_UPCAST
                a = a.to(tl.float32)
                b = b.to(tl.float32)
            acc = tl.dot(a, b, acc, input_precision="ieee")

        tile_id_c += step
        pid_m, pid_n = _grouped_tile(tile_id_c, num_pid_m, num_pid_n, GROUP_M)
        off_m = pid_m * BLOCK_M
        off_n = pid_n * BLOCK_N
        acc = tl.maximum(acc, 0.0)
        if EPILOGUE_SPLIT == 1:
            c_desc.store([off_m, off_n], acc.to(c_desc.dtype))  # out-of-bounds part is clipped
        else:
            # stored in BLOCK_N/2 (or /4) column slices: a smaller staging buffer in shared
            # memory, and each slice's TMA store overlaps the next slice's conversion
            c0, c1 = tl.split(tl.permute(tl.reshape(acc, (BLOCK_M, 2, BLOCK_N // 2)), (0, 2, 1)))
            if EPILOGUE_SPLIT == 2:
                c_desc.store([off_m, off_n], c0.to(c_desc.dtype))
                c_desc.store([off_m, off_n + BLOCK_N // 2], c1.to(c_desc.dtype))
            else:
                q: tl.constexpr = BLOCK_N // 4
                c00, c01 = tl.split(tl.permute(tl.reshape(c0, (BLOCK_M, 2, q)), (0, 2, 1)))
                c10, c11 = tl.split(tl.permute(tl.reshape(c1, (BLOCK_M, 2, q)), (0, 2, 1)))
                c_desc.store([off_m, off_n], c00.to(c_desc.dtype))
                c_desc.store([off_m, off_n + q], c01.to(c_desc.dtype))
                c_desc.store([off_m, off_n + 2 * q], c10.to(c_desc.dtype))
                c_desc.store([off_m, off_n + 3 * q], c11.to(c_desc.dtype))


def _set_block_shapes(nargs: dict) -> None:
    """Autotune pre-hook: a host descriptor's block shape must match the config being tried."""
    bm, bn, bk = nargs["BLOCK_M"], nargs["BLOCK_N"], nargs["BLOCK_K"]
    nargs["a_desc"].block_shape = [bm, bk]
    nargs["b_desc"].block_shape = [bk, bn]
    nargs["c_desc"].block_shape = [bm, bn // nargs["EPILOGUE_SPLIT"]]


def _tma_config(bm, bn, bk, stages, warps, *, group_m=8, split=2, persistent=True, flatten=True,
                ws=False) -> triton.Config:
    return triton.Config(
        dict(BLOCK_M=bm, BLOCK_N=bn, BLOCK_K=bk, GROUP_M=group_m, EPILOGUE_SPLIT=split,
             PERSISTENT=persistent, FLATTEN=flatten, WARP_SPECIALIZE=ws),
        num_stages=stages, num_warps=warps, pre_hook=_set_block_shapes,
    )


# Hopper (H100/H200) candidates for the TMA kernel. 128x256x64 with 8 warps is two warpgroups of
# 64x256 wgmma each: 128 fp32 accumulator registers per thread (162 in all, no spills), 48 KiB of
# shared memory per stage. On an H100 (triton 3.6) the 128x256x64 variants (3 or 4 stages,
# persistent or not, epilogue in 2 or 4 slices, GROUP_M 4/8/16) all ran within the +-4%
# round-to-round spread of one another at 4096^3 and 8192^3 (0.19-0.21 ms, 1.57-1.75 ms), while
# 128x128 tiles lost 8-15%, 256x128 3-8% and BLOCK_K=128 with 2 stages ~25%: the autotuner
# chooses among equals. Table: docs/kernels-matmul.md.
_TMA_CONFIGS = [
    _tma_config(128, 256, 64, 3, 8),
    _tma_config(128, 256, 64, 3, 8, split=4),
    _tma_config(128, 256, 64, 4, 8),
    _tma_config(128, 256, 64, 4, 8, persistent=False),
    _tma_config(128, 128, 64, 5, 4),  # mid-size problems: twice the tiles to spread over the SMs
    _tma_config(64, 128, 64, 4, 4),  # small M or N
]

_POINTER_CONFIGS = [
    triton.Config(dict(BLOCK_M=128, BLOCK_N=128, BLOCK_K=32, GROUP_M=8), num_stages=4, num_warps=4),
    triton.Config(dict(BLOCK_M=128, BLOCK_N=256, BLOCK_K=64, GROUP_M=8), num_stages=3, num_warps=8),
    triton.Config(dict(BLOCK_M=64, BLOCK_N=128, BLOCK_K=32, GROUP_M=8), num_stages=4, num_warps=4),
    triton.Config(dict(BLOCK_M=64, BLOCK_N=64, BLOCK_K=32, GROUP_M=8), num_stages=3, num_warps=4),
]

# Under the interpreter every program runs in numpy: one small config, no autotuning sweep.
_INTERPRETER_CONFIG = dict(BLOCK_M=32, BLOCK_N=32, BLOCK_K=32, GROUP_M=4)
# The interpreter's tl.dot multiplies bf16 operands as raw bits (triton 3.9: a 16x16 product came
# out ~1e10), so there the operands are widened to fp32 first; products of bf16/fp16 values are
# exact in fp32, so this is the same function the GPU computes, only slower.
_INTERPRETER_UPCAST = True

_tma_autotuned = triton.autotune(configs=_TMA_CONFIGS, key=["M", "N", "K"])(_matmul_relu_tma_kernel)
_pointer_autotuned = triton.autotune(configs=_POINTER_CONFIGS, key=["M", "N", "K"])(_matmul_relu_kernel)


def _interpreting() -> bool:
    return os.environ.get("TRITON_INTERPRET", "0") not in ("", "0")


def _descriptors(a, b, c, bm: int, bn: int, bk: int, split: int):
    return (
        TensorDescriptor.from_tensor(a, [bm, bk]),
        TensorDescriptor.from_tensor(b, [bk, bn]),
        TensorDescriptor.from_tensor(c, [bm, bn // split]),
    )


def _tma_grid(m: int, n: int, num_programs_cap: int):
    def grid(meta):
        tiles = triton.cdiv(m, meta["BLOCK_M"]) * triton.cdiv(n, meta["BLOCK_N"])
        return (min(num_programs_cap, tiles) if meta["PERSISTENT"] else tiles,)

    return grid


def launch_tma(a, b, c, config: dict | None = None, num_warps: int = 8, num_stages: int = 3,
               num_programs: int | None = None):
    """TMA kernel, autotuned (config=None) or with one explicit config, for scripts/gpu_*.py,
    sweeps and tests."""
    m, k = a.shape
    n = b.shape[1]
    cap = num_programs or (_num_sms(a.device.index or 0) if a.device.type == "cuda" else 4)
    grid = _tma_grid(m, n, cap)
    if config is None:
        # placeholder block shapes; the autotune pre-hook sets the real ones per config
        descs = _descriptors(a, b, c, 64, 64, 64, 1)
        _tma_autotuned[grid](*descs, m, n, k)
    else:
        descs = _descriptors(a, b, c, config["BLOCK_M"], config["BLOCK_N"], config["BLOCK_K"],
                             config["EPILOGUE_SPLIT"])
        _matmul_relu_tma_kernel[grid](*descs, m, n, k, **config, num_warps=num_warps,
                                      num_stages=num_stages,
                                      DOT_IN_FP32=_INTERPRETER_UPCAST and a.device.type == "cpu")
    return c


def compile_tma(a, b, c, config: dict, num_warps: int = 8, num_stages: int = 3):
    """The TMA kernel compiled for one explicit config, not launched: its registers, spills, shared
    memory and PTX, for scripts/gpu_*.py."""
    m, k = a.shape
    descs = _descriptors(a, b, c, config["BLOCK_M"], config["BLOCK_N"], config["BLOCK_K"], config["EPILOGUE_SPLIT"])
    return _matmul_relu_tma_kernel.warmup(*descs, m, b.shape[1], k, **config, num_warps=num_warps,
                                          num_stages=num_stages, grid=(1,))


def tma_best_config() -> triton.Config | None:
    """The config the TMA autotuner picked last (None before its first launch), for scripts/gpu_*.py."""
    return getattr(_tma_autotuned, "best_config", None)


def _launch_pointer(a, b, c, config: dict | None = None):
    m, k = a.shape
    n = b.shape[1]
    precision = "ieee" if a.dtype == torch.float32 else "tf32"  # ignored for 16-bit operands
    args = (a, b, c, m, n, k, a.stride(0), a.stride(1), b.stride(0), b.stride(1), c.stride(0), c.stride(1))

    def grid(meta):
        return (triton.cdiv(m, meta["BLOCK_M"]) * triton.cdiv(n, meta["BLOCK_N"]),)

    if config is None and a.device.type == "cuda":
        _pointer_autotuned[grid](*args, INPUT_PRECISION=precision)
    else:
        _matmul_relu_kernel[grid](*args, **(config or _INTERPRETER_CONFIG), INPUT_PRECISION=precision,
                                  DOT_IN_FP32=_INTERPRETER_UPCAST and a.device.type == "cpu")
    return c


def _validate(a, b, out) -> None:
    for name, t in (("a", a), ("b", b)):
        if not isinstance(t, torch.Tensor):
            raise TypeError(f"matmul_relu: {name} must be a torch.Tensor, got {type(t).__name__}")
        if t.dim() != 2:
            raise ValueError(f"matmul_relu: {name} must be 2-D, got shape {tuple(t.shape)}")
        if t.dtype not in _SUPPORTED:
            raise TypeError(f"matmul_relu: {name} has dtype {t.dtype}; supported: float32, float16, bfloat16")
    if a.dtype != b.dtype:
        raise TypeError(f"matmul_relu: a and b must share a dtype, got {a.dtype} and {b.dtype}")
    if a.device != b.device:
        raise ValueError(f"matmul_relu: a is on {a.device} but b is on {b.device}")
    if a.device.type != "cuda" and not (a.device.type == "cpu" and _interpreting()):
        raise ValueError(f"matmul_relu: tensors must be on a CUDA device (or the CPU with TRITON_INTERPRET=1), "
                         f"got {a.device}")
    if a.shape[1] != b.shape[0]:
        raise ValueError(f"matmul_relu: inner dimensions differ: a is {tuple(a.shape)}, b is {tuple(b.shape)}")
    if out is not None:
        if not isinstance(out, torch.Tensor):
            raise TypeError(f"matmul_relu: out must be a torch.Tensor, got {type(out).__name__}")
        want = (a.shape[0], b.shape[1])
        if tuple(out.shape) != want:
            raise ValueError(f"matmul_relu: out has shape {tuple(out.shape)}, expected {want}")
        if out.dtype != a.dtype:
            raise TypeError(f"matmul_relu: out has dtype {out.dtype}, expected {a.dtype}")
        if out.device != a.device:
            raise ValueError(f"matmul_relu: out is on {out.device} but the inputs are on {a.device}")


def matmul_relu(a: torch.Tensor, b: torch.Tensor, out: torch.Tensor | None = None) -> torch.Tensor:
    """relu(a @ b) for a: M x K, b: K x N (same dtype: fp32, fp16 or bf16) into `out` (M x N)."""
    _validate(a, b, out)
    m, k = a.shape
    n = b.shape[1]
    c = out if out is not None else torch.empty((m, n), dtype=a.dtype, device=a.device)
    if m == 0 or n == 0:
        return c
    if k == 0:
        return c.zero_()  # an empty sum is 0, and relu(0) = 0
    if use_tma(a, b, c):
        return launch_tma(a, b, c)
    return _launch_pointer(a, b, c)
