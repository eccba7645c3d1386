"""gelu(x @ w + b) in one Triton kernel (tanh GELU, as GPT-2's MLP), and its training step.

x: M x K, w: K x N, b: N, y: M x N, one dtype (bf16, fp16 or fp32); products accumulate in fp32,
the bias and the GELU run on the fp32 accumulator, and y is rounded once.

Roofline (bf16, GPT-2 small's MLP up-projection, M=8192 tokens, K=768, N=3072): 2MNK = 38.7 GFLOP
against (MK + KN + MN) * 2 B = 65 MB. At cuBLAS's measured 61.7 us for x @ w alone (627 TFLOP/s,
H100) the bytes would take 22 us at 3.0 TB/s: compute-bound, with short K (12 steps of 64 per
tile), so each tile's epilogue is a large share of its time. What Inductor's default mode leaves
on the table is the second pass: cuBLAS writes the 48 MiB product, a pointwise kernel reads it and
writes y (another 96 MiB, ~35 us at the copy rate, and a second launch): 117 us measured against
61.7. Max-autotune keeps cuBLAS (127 us).

The epilogue costs arithmetic, not bytes: per element a bias add, ~7 FMAs and one tanh. With
triton's precise tanh (an exp and a division: 3 MUFU operations) 25.2 M elements take 25.2M x 3 /
(132 SMs x 16 MUFU/clk x 1.7 GHz) = 21 us of SFU time, a third of the matrix product; PTX's
`tanh.approx.f32` is one MUFU operation (~7 us) with a maximum relative error of ~2^-11, below
bf16's rounding step (2^-8), so bf16 takes it and fp16/fp32 the exact formula. Counted (Nsight
Compute, H200, forward at this shape): 869,664 warp instructions on the XU pipe, 12.5-13.0% of its
peak rate averaged over the kernel: the tanh unit is far from saturated (docs/kernels-matmul.md).

The step (`g` given, the upstream gradient of y): the same tile also computes
dz = g * gelu'(z) (z = x @ w + b still in registers; gelu'(z) reuses the tanh) and writes dz
(bf16) and y, and stores dz's column sums per tile row (a `db_part` of cdiv(M, 32) x N fp32, 3 MiB
at M=8192, enough rows for any config's BLOCK_M; plain stores, each element written by one tile,
so no atomics and no zeroing between autotuning trials) that one small torch sum turns into db,
deterministically. Then
dx = dz @ w^T and dw = x^T @ dz are plain cuBLAS matmuls (no epilogue left to fuse). Against
Inductor's step this removes z's write in the forward and its read in the backward and the
separate GELU-backward and bias-gradient kernels: 3 x 48 MiB of the 5 passes over M x N. The same
kernel with write_output=False is a backward that recomputes z instead of storing it (one more
x @ w, 61.7 us, against the 2 x 48 MiB that saving z costs): `mm_gelu_backward`.

Two kernels, one launcher (as handwritten/matmul_relu.py, which measured 98-101% of cuBLAS on an
H100 with the same TMA structure):
- `_mm_gelu_tma_kernel` (CUDA capability >= 9, bf16/fp16, 16-byte aligned rows): tiles through
  TMA descriptors (out-of-bounds parts zero-filled on loads, clipped on stores), a persistent grid
  of one or two programs per SM (a config's PROGRAMS_PER_SM; two measured faster, which fits one
  program's epilogue running beside the other's matrix products: timed, not yet checked against
  counters) walking tiles in grouped order, the tile loop flattened into the K loop so the next
  tile's operands load during this tile's epilogue, the epilogue in two column slices.
- `_mm_gelu_kernel`: masked pointers, one tile per program, for fp32, other strides, other GPUs
  and the Triton interpreter on the CPU.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import autotune_configs as _autotune_configs
from handwritten._checks import check_device as _check_device
from handwritten._checks import check_int as _check_int
from handwritten._checks import num_sms as _num_sms
from handwritten._checks import use_tma  # public: scripts and tests ask it too
from handwritten._parts import GELU_C, SQRT_2_OVER_PI
from handwritten._parts import grouped_tile as _grouped_tile
from handwritten._parts import masked_k_loop as _masked_k_loop
from handwritten._parts import tanh_gelu as _tanh_gelu
from handwritten._parts import tile_offsets as _tile_offsets

try:  # host-side TMA descriptors (triton >= 3.4)
    from triton.tools.tensor_descriptor import TensorDescriptor
except ImportError:  # pragma: no cover - depends on the installed triton
    TensorDescriptor = None

_SUPPORTED = (torch.float32, torch.float16, torch.bfloat16)


@triton.jit
def _bias_gelu(acc, offs_n, N, b_ptr, g, HAS_BIAS: tl.constexpr, STEP: tl.constexpr, FAST_TANH: tl.constexpr):
    """(y, dz) of one fp32 accumulator tile: y = gelu(acc + b); dz = g * gelu'(acc + b) when STEP."""
    z = acc
    if HAS_BIAS:
        z += tl.load(b_ptr + offs_n, mask=offs_n < N, other=0.0).to(tl.float32)[None, :]
    y, t = _tanh_gelu(z, FAST_TANH)  # FAST_TANH: tanh.approx.f32 (module docstring)
    dz = y
    if STEP:
        # d/dz 0.5 z (1 + tanh(u)) = 0.5 (1 + t) + 0.5 z (1 - t^2) u'(z)
        du = SQRT_2_OVER_PI * (1.0 + 3.0 * GELU_C * z * z)
        dz = g * (0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * du)
    return y, dz


@triton.jit
def _mm_gelu_kernel(
    x_ptr, w_ptr, b_ptr, y_ptr, g_ptr, dz_ptr, db_part_ptr,
    M, N, K,
    stride_xm, stride_xk, stride_wk, stride_wn, stride_ym, stride_yn, stride_gm, stride_gn,
    stride_dzm, stride_dzn,
    BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr,
    INPUT_PRECISION: tl.constexpr, HAS_BIAS: tl.constexpr, STEP: tl.constexpr, WRITE_Y: tl.constexpr,
    FAST_TANH: tl.constexpr, DOT_IN_FP32: tl.constexpr,
):
    """One BLOCK_M x BLOCK_N tile per program; masked loads and stores cover ragged edges."""
    pid_m, pid_n = _grouped_tile(tl.program_id(0), tl.cdiv(M, BLOCK_M), tl.cdiv(N, BLOCK_N), GROUP_M)
    offs_m, offs_n, mask_m, mask_n = _tile_offsets(pid_m, pid_n, M, N, BLOCK_M, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    rows = offs_m[:, None].to(tl.int64)  # int64: M * stride passes 2^31 elements on large inputs
    x_ptrs = x_ptr + rows * stride_xm + offs_k[None, :] * stride_xk
    w_ptrs = w_ptr + offs_k[:, None].to(tl.int64) * stride_wk + offs_n[None, :] * stride_wn
    acc = _masked_k_loop(x_ptrs, w_ptrs, BLOCK_K * stride_xk, BLOCK_K * stride_wk, mask_m, mask_n, K,
                         BLOCK_M, BLOCK_N, BLOCK_K, INPUT_PRECISION, DOT_IN_FP32)  # see _INTERPRETER_UPCAST
    mask = mask_m[:, None] & mask_n[None, :]
    g = 0.0
    if STEP:
        g = tl.load(g_ptr + rows * stride_gm + offs_n[None, :] * stride_gn, mask=mask, other=0.0).to(tl.float32)
    y, dz = _bias_gelu(acc, offs_n, N, b_ptr, g, HAS_BIAS, STEP, FAST_TANH)
    if WRITE_Y:
        tl.store(y_ptr + rows * stride_ym + offs_n[None, :] * stride_yn, y.to(y_ptr.dtype.element_ty), mask=mask)
    if STEP:
        dz = dz.to(dz_ptr.dtype.element_ty)  # db sums the rounded dz that dw and dx are made of
        tl.store(dz_ptr + rows * stride_dzm + offs_n[None, :] * stride_dzn, dz, mask=mask)
        if HAS_BIAS:
            colsum = tl.sum(tl.where(mask, dz.to(tl.float32), 0.0), axis=0)
            tl.store(db_part_ptr + pid_m.to(tl.int64) * N + offs_n, colsum, mask=mask_n)


@triton.jit
def _tma_epilogue(acc, off_m, off_n, N, b_ptr, y_desc, g_desc, dz_desc, db_row_ptr, SLICE_N: tl.constexpr,
                  HAS_BIAS: tl.constexpr, STEP: tl.constexpr, WRITE_Y: tl.constexpr, FAST_TANH: tl.constexpr):
    """Bias, GELU (and its gradient) and the TMA stores of one BLOCK_M x SLICE_N slice."""
    offs_n = off_n + tl.arange(0, SLICE_N)
    g = 0.0
    if STEP:
        g = g_desc.load([off_m, off_n]).to(tl.float32)  # out-of-bounds rows and columns read as 0
    y, dz = _bias_gelu(acc, offs_n, N, b_ptr, g, HAS_BIAS, STEP, FAST_TANH)
    if WRITE_Y:
        y_desc.store([off_m, off_n], y.to(y_desc.dtype))  # the out-of-bounds part is clipped
    if STEP:
        dz = dz.to(dz_desc.dtype)
        dz_desc.store([off_m, off_n], dz)
        if HAS_BIAS:  # rows past M have g = 0, so dz = 0 there and they add nothing
            tl.store(db_row_ptr + offs_n, tl.sum(dz.to(tl.float32), axis=0), mask=offs_n < N)


@triton.jit
def _mm_gelu_tma_kernel(
    x_desc, w_desc, y_desc, g_desc, dz_desc, b_ptr, db_part_ptr,
    M, N, K,
    BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr,
    EPILOGUE_SPLIT: tl.constexpr, FLATTEN: tl.constexpr, WARP_SPECIALIZE: tl.constexpr,
    PROGRAMS_PER_SM: tl.constexpr,
    HAS_BIAS: tl.constexpr, STEP: tl.constexpr, WRITE_Y: tl.constexpr, FAST_TANH: tl.constexpr,
    DOT_IN_FP32: tl.constexpr,
):
    """Persistent: each program strides over the tiles by the grid size, in grouped order. The
    grid is PROGRAMS_PER_SM programs per SM (the launcher reads it; the body does not)."""
    num_pid_m = tl.cdiv(M, BLOCK_M)
    num_pid_n = tl.cdiv(N, BLOCK_N)
    num_tiles = num_pid_m * num_pid_n
    k_tiles = tl.cdiv(K, BLOCK_K)
    step = tl.num_programs(0)
    # the epilogue's own tile counter: no dependency between the next tile's loads and these stores
    tile_id_c = tl.program_id(0) - step
    for tile_id in tl.range(tl.program_id(0), num_tiles, step, flatten=FLATTEN, warp_specialize=WARP_SPECIALIZE):
        pid_m, pid_n = _grouped_tile(tile_id, num_pid_m, num_pid_n, GROUP_M)
        off_m = pid_m * BLOCK_M
        off_n = pid_n * BLOCK_N
        acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
        for ki in range(k_tiles):
            a = x_desc.load([off_m, ki * BLOCK_K])
            b = w_desc.load([ki * BLOCK_K, off_n])
            if DOT_IN_FP32:
                a = a.to(tl.float32)
                b = b.to(tl.float32)
            acc = tl.dot(a, b, acc, input_precision="ieee")

        tile_id_c += step
        pid_m, pid_n = _grouped_tile(tile_id_c, num_pid_m, num_pid_n, GROUP_M)
        off_m = pid_m * BLOCK_M
        off_n = pid_n * BLOCK_N
        db_row_ptr = db_part_ptr + pid_m.to(tl.int64) * N  # this tile row's partial column sums
        if EPILOGUE_SPLIT == 1:
            _tma_epilogue(acc, off_m, off_n, N, b_ptr, y_desc, g_desc, dz_desc, db_row_ptr, BLOCK_N,
                          HAS_BIAS, STEP, WRITE_Y, FAST_TANH)
        else:  # two column halves: half the staging buffer, and one half's store overlaps the other's math
            half: tl.constexpr = BLOCK_N // 2
            a0, a1 = tl.split(tl.permute(tl.reshape(acc, (BLOCK_M, 2, half)), (0, 2, 1)))
            _tma_epilogue(a0, off_m, off_n, N, b_ptr, y_desc, g_desc, dz_desc, db_row_ptr, half,
                          HAS_BIAS, STEP, WRITE_Y, FAST_TANH)
            _tma_epilogue(a1, off_m, off_n + half, N, b_ptr, y_desc, g_desc, dz_desc, db_row_ptr, half,
                          HAS_BIAS, STEP, WRITE_Y, FAST_TANH)


def _set_block_shapes(nargs: dict) -> None:
    """Autotune pre-hook: each host descriptor's block shape must match the config being tried."""
    bm, bn, bk = nargs["BLOCK_M"], nargs["BLOCK_N"], nargs["BLOCK_K"]
    nargs["x_desc"].block_shape = [bm, bk]
    nargs["w_desc"].block_shape = [bk, bn]
    for name in ("y_desc", "g_desc", "dz_desc"):
        nargs[name].block_shape = [bm, bn // nargs["EPILOGUE_SPLIT"]]


def tma_config(bm, bn, bk, stages, warps, *, group_m=8, split=2, flatten=True, ws=False, per_sm=1) -> dict:
    """One TMA kernel config as (constexprs, num_warps, num_stages) in a dict, for the launcher's
    `config` argument and scripts/gpu_mm_gelu.py."""
    _check_int("tma_config: split", split, 1, 2)  # the epilogue takes the tile whole or in two column halves
    return dict(BLOCK_M=bm, BLOCK_N=bn, BLOCK_K=bk, GROUP_M=group_m, EPILOGUE_SPLIT=split, FLATTEN=flatten,
                WARP_SPECIALIZE=ws, PROGRAMS_PER_SM=per_sm, num_warps=warps, num_stages=stages)


# Hopper candidates. 128x256x64 over 8 warps (two warpgroups of 64x256 wgmma, 128 fp32 accumulator
# registers per thread, 48 KiB of shared memory per stage) is what matmul_relu measured at 98-101%
# of cuBLAS; here K = 768 gives each tile only 12 K-steps, so the epilogue weighs more and the
# 128x128 tiles (twice the tiles: 1536 over 132 SMs, 11.6 waves against 5.8, a smaller tail) and
# the step's extra registers (the g slice) may favour them.
TMA_CONFIGS = {
    "128x256x64_s3_w8": tma_config(128, 256, 64, 3, 8),
    "128x256x64_s4_w8": tma_config(128, 256, 64, 4, 8),
    "128x128x64_s4_w8": tma_config(128, 128, 64, 4, 8),
    "128x128x64_s5_w4": tma_config(128, 128, 64, 5, 4),
    "256x128x64_s3_w8": tma_config(256, 128, 64, 3, 8, split=1),
    # Two programs per SM (112 KiB of shared memory, ~167 registers per thread each), so that one's
    # wgmma may run during the other's epilogue (timed, not checked with counters). H100, triton 3.6, forward,
    # scripts/gpu_mm_gelu.py --sweep (3 rounds each, three calls): 0.0711-0.0720 ms, against
    # 0.0767-0.0775 for 128x256x64_s4_w8; the same mainloop with matmul_relu's epilogue of one max
    # took 0.0633 (cuBLAS's x @ w alone 0.0617-0.0621). GROUP_M=4 took 0.0693 in one call, whose
    # epilogue was written in FMA form (0.0712 against this form's 0.0717 there, one call).
    # Three programs per SM, a 2-stage pipeline or BLOCK_K=32 were slower (0.078-0.091).
    "128x128x64_s3_w4_2pSM": tma_config(128, 128, 64, 3, 4, per_sm=2),
    "128x128x64_s3_w4_2pSM_g4": tma_config(128, 128, 64, 3, 4, group_m=4, per_sm=2),
}


_tma_autotuned = triton.autotune(configs=_autotune_configs(TMA_CONFIGS, _set_block_shapes),
                                 key=["M", "N", "K", "STEP", "WRITE_Y"])(_mm_gelu_tma_kernel)

_MIN_BLOCK_M = 32  # the smallest BLOCK_M of the TMA, pointer and interpreter configs (db_part's rows)
_POINTER_CONFIG = dict(BLOCK_M=64, BLOCK_N=128, BLOCK_K=32, GROUP_M=8, num_warps=4, num_stages=3)
# Under the interpreter every program runs in numpy: small tiles, no autotuning.
_INTERPRETER_CONFIG = dict(BLOCK_M=32, BLOCK_N=32, BLOCK_K=32, GROUP_M=4)
# The interpreter's tl.dot multiplies bf16 operands as raw bits (triton 3.9), so there the operands
# are widened to fp32 first (products of 16-bit values are exact in fp32: same function).
_INTERPRETER_UPCAST = True


def _flags(x: torch.Tensor, b, g, write_output: bool) -> dict:
    return dict(HAS_BIAS=b is not None, STEP=g is not None, WRITE_Y=write_output,
                FAST_TANH=x.dtype == torch.bfloat16 and x.device.type == "cuda")


def launch_tma(x, w, b, y, g=None, dz=None, db_part=None, config: dict | None = None, write_output: bool = True,
               num_programs: int | None = None):
    """The TMA kernel, autotuned (config=None) or with one explicit `tma_config` (scripts, tests);
    with a config it returns the compiled kernel (registers, spills, shared memory)."""
    m, k = x.shape
    n = w.shape[1]
    cfg = dict(config) if config is not None else None
    warps = cfg.pop("num_warps", 8) if cfg else 8
    stages = cfg.pop("num_stages", 3) if cfg else 3
    bm, bn, bk, split = (cfg["BLOCK_M"], cfg["BLOCK_N"], cfg["BLOCK_K"], cfg["EPILOGUE_SPLIT"]) if cfg else (64, 64, 64, 1)
    out_like = y if y is not None else dz
    descs = [TensorDescriptor.from_tensor(x, [bm, bk]), TensorDescriptor.from_tensor(w, [bk, bn])]
    for t in (y, g, dz):  # absent ones take y's (or dz's) place: never touched under their flags
        descs.append(TensorDescriptor.from_tensor(t if t is not None else out_like, [bm, bn // split]))
    sms = _num_sms(x.device.index or 0) if x.device.type == "cuda" else 4

    def grid(meta):
        cap = num_programs or sms * meta["PROGRAMS_PER_SM"]
        return (min(cap, triton.cdiv(m, meta["BLOCK_M"]) * triton.cdiv(n, meta["BLOCK_N"])),)

    # pointers never touched under their flags still need a tensor
    b_arg = b if b is not None else x
    db_arg = db_part if db_part is not None else x
    flags = _flags(x, b, g, write_output)
    if cfg is None:
        _tma_autotuned[grid](*descs, b_arg, db_arg, m, n, k, **flags, DOT_IN_FP32=False)
        return None
    return _mm_gelu_tma_kernel[grid](*descs, b_arg, db_arg, m, n, k, **cfg, **flags, num_warps=warps,
                                     num_stages=stages, DOT_IN_FP32=_INTERPRETER_UPCAST and x.device.type == "cpu")


def tma_best_config():
    """The config the TMA autotuner picked last (None before its first launch), for scripts."""
    return getattr(_tma_autotuned, "best_config", None)


def launch_pointer(x, w, b, y, g=None, dz=None, db_part=None, write_output: bool = True) -> None:
    """The masked pointer kernel (fp32, odd strides, other GPUs, the interpreter), for tests."""
    m, k = x.shape
    n = w.shape[1]
    on_gpu = x.device.type == "cuda"
    cfg = dict(_POINTER_CONFIG) if on_gpu else dict(_INTERPRETER_CONFIG)
    launch = {key: cfg.pop(key) for key in ("num_warps", "num_stages") if key in cfg}
    out_like = y if y is not None else dz
    y_arg = y if y is not None else out_like
    g_arg = g if g is not None else out_like
    dz_arg = dz if dz is not None else out_like
    grid = (triton.cdiv(m, cfg["BLOCK_M"]) * triton.cdiv(n, cfg["BLOCK_N"]),)
    _mm_gelu_kernel[grid](
        x, w, b if b is not None else x, y_arg, g_arg, dz_arg, db_part if db_part is not None else x,
        m, n, k, x.stride(0), x.stride(1), w.stride(0), w.stride(1), y_arg.stride(0), y_arg.stride(1),
        g_arg.stride(0), g_arg.stride(1), dz_arg.stride(0), dz_arg.stride(1),
        **cfg, INPUT_PRECISION="ieee" if x.dtype == torch.float32 else "tf32", **_flags(x, b, g, write_output),
        DOT_IN_FP32=_INTERPRETER_UPCAST and not on_gpu, **launch)


def _validate(x, w, b, g) -> None:
    for name, t in (("x", x), ("w", w), ("b", b), ("g", g)):
        if t is None and name in ("b", "g"):
            continue
        if not isinstance(t, torch.Tensor):
            raise TypeError(f"mm_gelu: {name} must be a torch.Tensor, got {type(t).__name__}")
        if t.dtype not in _SUPPORTED:
            raise TypeError(f"mm_gelu: {name} has dtype {t.dtype}; supported: float32, float16, bfloat16")
        if t.dtype != x.dtype:
            raise TypeError(f"mm_gelu: {name} has dtype {t.dtype} but x has {x.dtype}")
    if x.dim() != 2 or w.dim() != 2:
        raise ValueError(f"mm_gelu: x and w must be 2-D, got shapes {tuple(x.shape)} and {tuple(w.shape)}")
    if x.shape[1] != w.shape[0]:
        raise ValueError(f"mm_gelu: inner dimensions differ: x is {tuple(x.shape)}, w is {tuple(w.shape)}")
    if x.shape[0] == 0 or x.shape[1] == 0 or w.shape[1] == 0:
        raise ValueError(f"mm_gelu: empty operand: x is {tuple(x.shape)}, w is {tuple(w.shape)}")
    if b is not None and tuple(b.shape) != (w.shape[1],):
        raise ValueError(f"mm_gelu: b must have shape ({w.shape[1]},), got {tuple(b.shape)}")
    if g is not None and tuple(g.shape) != (x.shape[0], w.shape[1]):
        raise ValueError(f"mm_gelu: g must have the output's shape {(x.shape[0], w.shape[1])}, got {tuple(g.shape)}")
    _check_device(*(t for t in (x, w, b, g) if t is not None))


def _run(x, w, b, g, write_output: bool):
    """(y or None, dz or None, db or None) from one launch of the fused kernel."""
    m, n = x.shape[0], w.shape[1]
    y = torch.empty((m, n), dtype=x.dtype, device=x.device) if write_output else None
    dz = torch.empty((m, n), dtype=x.dtype, device=x.device) if g is not None else None
    # one row of partial column sums per tile row of the smallest BLOCK_M any config uses; rows
    # past the chosen config's tile rows stay 0
    db_part = (torch.zeros((triton.cdiv(m, _MIN_BLOCK_M), n), dtype=torch.float32, device=x.device)
               if g is not None and b is not None else None)
    if g is not None and g.stride(1) != 1:
        g = g.contiguous()
    tensors = [t for t in (x, w, y, g, dz) if t is not None]
    if use_tma(*tensors):
        launch_tma(x, w, b, y, g, dz, db_part, write_output=write_output)
    else:
        launch_pointer(x, w, b, y, g, dz, db_part, write_output)
    return y, dz, (db_part.sum(0) if db_part is not None else None)


def _grads(x, w, b, dz, db):
    dx = torch.mm(dz, w.t())  # cuBLAS: nothing left to fuse around these two
    dw = torch.mm(x.t(), dz)
    return dx, dw, (db.to(b.dtype) if b is not None else None)


def mm_gelu(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor | None = None, g: torch.Tensor | None = None):
    """gelu(x @ w + b) (tanh approximation) for x: M x K, w: K x N, b: N (optional).

    With g (M x N, the upstream gradient of the output) it is the training step: returns
    (y, dx, dw, db), the GELU's gradient computed in the same kernel as y (db None without b)."""
    _validate(x, w, b, g)
    y, dz, db = _run(x, w, b, g, write_output=True)
    if g is None:
        return y
    return (y, *_grads(x, w, b, dz, db))


def mm_gelu_backward(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor | None, g: torch.Tensor):
    """(dx, dw, db) of gelu(x @ w + b) for the upstream gradient g, recomputing x @ w + b in the
    kernel instead of reading a saved pre-activation (what a model's backward would call)."""
    if g is None:
        raise ValueError("mm_gelu_backward: g (the upstream gradient) is required")
    _validate(x, w, b, g)
    _, dz, db = _run(x, w, b, g, write_output=False)
    return _grads(x, w, b, dz, db)
