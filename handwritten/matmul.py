"""c = a @ b with masked pointer kernels: a simple one and a grouped (L2-friendly) one.

a: M x K, b: K x N, c: M x N, one dtype (fp32, fp16, bf16); products accumulate in fp32 and are
rounded once. fp32 operands are multiplied in full fp32 (input_precision="ieee", no TF32): the
experiment's fp32 tolerance (1e-4) is tighter than TF32's ~3e-4 error.

Roofline (bf16, 4096^3): 137 GFLOP over 96 MiB: compute-bound (~1365 FLOP/byte against an
H100's ~330 FLOP/byte ridge), 0.17-0.19 ms at cuBLAS's ~710-790 TFLOP/s. What separates the two
kernels is how often operand tiles come from HBM rather than L2:
- `matmul_simple`: one BLOCK_M x BLOCK_N output tile per program, programs in row-major order
  (program p -> tile row p // tiles_n, tile column p % tiles_n). With 128x128 tiles the ~132
  programs in flight (one per SM) cover ~4 tile rows and every tile column, so each wave needs
  all of b: 32 MiB at 4096^2 bf16 still fits the 50 MiB L2, but at 8192^2 (128 MiB) b is read
  from HBM again for every wave.
- `matmul` (grouped): the same tile kernel with pointers advanced along K, and programs walked
  GROUP_M tile rows at a time down each tile column: with 128x128 tiles at 4096^3 the programs
  in flight cover 8 tile rows x ~17 tile columns, so each a and b slice loaded from HBM is
  reused from L2 by the other programs of its group.
Both mask rows, columns and the K tail (loads beyond K read 0, which adds nothing), so any M, N,
K work. Tunables (keyword arguments; SWEEP lists the candidates): BLOCK_M/BLOCK_N/BLOCK_K (powers
of two, 16..256: tl.dot needs >= 16), num_warps, num_stages (the software pipeline's depth;
BLOCK_K x (BLOCK_M + BLOCK_N) x elem_size x num_stages bytes of shared memory) and GROUP_M.
Under the Triton interpreter num_warps and num_stages are checked but have no effect, and the
operands are widened to fp32 before tl.dot (its 16-bit products came out wrong there, see
matmul_relu.py); products of 16-bit values are exact in fp32, so the result is the same function.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import check_device as _check_device, check_floats as _check_floats, check_int as _check_int
from handwritten._parts import grouped_tile as _grouped_tile
from handwritten._parts import masked_k_loop as _masked_k_loop
from handwritten._parts import tile_offsets as _tile_offsets

SWEEP = {
    "BLOCK_M": [32, 64, 128],
    "BLOCK_N": [32, 64, 128, 256],
    "BLOCK_K": [32, 64, 128],
    "num_warps": [4, 8],
    "num_stages": [2, 3, 4, 5],
    "GROUP_M": [1, 8],  # grouped launcher only; 1 = row-major program order
}


@triton.jit
def _matmul_simple_kernel(a_ptr, b_ptr, c_ptr, M, N, K,
                          stride_am, stride_ak, stride_bk, stride_bn, stride_cm, stride_cn,
                          BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
                          INPUT_PRECISION: tl.constexpr, DOT_IN_FP32: tl.constexpr):
    pid = tl.program_id(0)
    tiles_n = tl.cdiv(N, BLOCK_N)
    offs_m = (pid // tiles_n) * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = (pid % tiles_n) * BLOCK_N + tl.arange(0, BLOCK_N)
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, K, BLOCK_K):
        offs_k = k0 + tl.arange(0, BLOCK_K)
        a = tl.load(a_ptr + offs_m[:, None].to(tl.int64) * stride_am + offs_k[None, :] * stride_ak,
                    mask=(offs_m[:, None] < M) & (offs_k[None, :] < K), other=0.0)
        b = tl.load(b_ptr + offs_k[:, None].to(tl.int64) * stride_bk + offs_n[None, :] * stride_bn,
                    mask=(offs_k[:, None] < K) & (offs_n[None, :] < N), other=0.0)
        if DOT_IN_FP32:
            a = a.to(tl.float32)
            b = b.to(tl.float32)
        acc = tl.dot(a, b, acc, input_precision=INPUT_PRECISION)
    c = c_ptr + offs_m[:, None].to(tl.int64) * stride_cm + offs_n[None, :] * stride_cn
    tl.store(c, acc.to(c_ptr.dtype.element_ty), mask=(offs_m[:, None] < M) & (offs_n[None, :] < N))


@triton.jit
def _matmul_grouped_kernel(a_ptr, b_ptr, c_ptr, M, N, K,
                           stride_am, stride_ak, stride_bk, stride_bn, stride_cm, stride_cn,
                           BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
                           GROUP_M: tl.constexpr, INPUT_PRECISION: tl.constexpr, DOT_IN_FP32: tl.constexpr):
    pid = tl.program_id(0)
    tiles_m = tl.cdiv(M, BLOCK_M)
    tiles_n = tl.cdiv(N, BLOCK_N)
    pid_m, pid_n = _grouped_tile(pid, tiles_m, tiles_n, GROUP_M)

    offs_m, offs_n, mask_m, mask_n = _tile_offsets(pid_m, pid_n, M, N, BLOCK_M, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    # 64-bit row offsets: M * stride_am passes 2^31 at e.g. 65536 x 32768
    a_ptrs = a_ptr + offs_m[:, None].to(tl.int64) * stride_am + offs_k[None, :] * stride_ak
    b_ptrs = b_ptr + offs_k[:, None].to(tl.int64) * stride_bk + offs_n[None, :] * stride_bn
    # pointers advanced along K, the K tail masked to 0
    acc = _masked_k_loop(a_ptrs, b_ptrs, BLOCK_K * stride_ak, BLOCK_K * stride_bk, mask_m, mask_n, K,
                         BLOCK_M, BLOCK_N, BLOCK_K, INPUT_PRECISION, DOT_IN_FP32)
    c = c_ptr + offs_m[:, None].to(tl.int64) * stride_cm + offs_n[None, :] * stride_cn
    tl.store(c, acc.to(c_ptr.dtype.element_ty), mask=mask_m[:, None] & mask_n[None, :])


def _prepare(a, b, out, tunables: dict) -> torch.Tensor:
    """Checks shared by both launchers; returns the output tensor (M x N)."""
    for name, (lo, hi, pow2) in (("BLOCK_M", (16, 256, True)), ("BLOCK_N", (16, 256, True)),
                                 ("BLOCK_K", (16, 256, True)), ("num_warps", (1, 16, True)),
                                 ("num_stages", (1, 8, False)), ("GROUP_M", (1, 64, False))):
        if name in tunables:
            _check_int(name, tunables[name], lo, hi, pow2)
    _check_floats(a=a, b=b)
    if a.dim() != 2 or b.dim() != 2:
        raise ValueError(f"a and b must be 2-D, got shapes {tuple(a.shape)} and {tuple(b.shape)}")
    if a.dtype != b.dtype:
        raise ValueError(f"a and b must share a dtype, got {a.dtype} and {b.dtype}")
    if a.shape[1] != b.shape[0]:
        raise ValueError(f"inner dimensions differ: a is {tuple(a.shape)}, b is {tuple(b.shape)}")
    want = (a.shape[0], b.shape[1])
    if out is None:
        out = torch.empty(want, dtype=a.dtype, device=a.device)
    elif not isinstance(out, torch.Tensor):
        raise TypeError(f"out must be a torch.Tensor, got {type(out).__name__}")
    elif tuple(out.shape) != want or out.dtype != a.dtype:
        raise ValueError(f"out must have shape {want} and dtype {a.dtype}, got {tuple(out.shape)} {out.dtype}")
    _check_device(a, b, out)
    return out


def _common_args(a, b, c) -> tuple[tuple, dict]:
    m, k = a.shape
    n = b.shape[1]
    args = (a, b, c, m, n, k, a.stride(0), a.stride(1), b.stride(0), b.stride(1), c.stride(0), c.stride(1))
    meta = dict(INPUT_PRECISION="ieee" if a.dtype == torch.float32 else "tf32",  # tf32: unused for 16-bit
                DOT_IN_FP32=a.device.type == "cpu")
    return args, meta


def matmul_simple(a: torch.Tensor, b: torch.Tensor, out: torch.Tensor | None = None, BLOCK_M: int = 128,
                  BLOCK_N: int = 256, BLOCK_K: int = 64, num_warps: int = 8, num_stages: int = 3) -> torch.Tensor:
    """a @ b, one output tile per program in row-major program order; into `out` (M x N)."""
    c = _prepare(a, b, out, dict(BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N, BLOCK_K=BLOCK_K, num_warps=num_warps,
                                 num_stages=num_stages))
    m, n = c.shape
    if m and n:
        args, meta = _common_args(a, b, c)
        grid = (triton.cdiv(m, BLOCK_M) * triton.cdiv(n, BLOCK_N),)
        _matmul_simple_kernel[grid](*args, BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N, BLOCK_K=BLOCK_K, **meta,
                                    num_warps=num_warps, num_stages=num_stages)
    return c


def matmul(a: torch.Tensor, b: torch.Tensor, out: torch.Tensor | None = None, BLOCK_M: int = 128,
           BLOCK_N: int = 256, BLOCK_K: int = 64, GROUP_M: int = 8, num_warps: int = 8,
           num_stages: int = 3) -> torch.Tensor:
    """a @ b, one output tile per program in grouped order (GROUP_M tile rows); into `out` (M x N)."""
    c = _prepare(a, b, out, dict(BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N, BLOCK_K=BLOCK_K, GROUP_M=GROUP_M,
                                 num_warps=num_warps, num_stages=num_stages))
    m, n = c.shape
    if m and n:
        args, meta = _common_args(a, b, c)
        grid = (triton.cdiv(m, BLOCK_M) * triton.cdiv(n, BLOCK_N),)
        _matmul_grouped_kernel[grid](*args, BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N, BLOCK_K=BLOCK_K,
                                     GROUP_M=GROUP_M, **meta, num_warps=num_warps, num_stages=num_stages)
    return c
