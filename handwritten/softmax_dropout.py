"""Row softmax then dropout in one pass: y = dropout(softmax(x, dim=-1), p), the mask drawn in-kernel.

Roofline: memory-bound at the byte count: x read once, y written once, no mask and no random
tensor in memory: 2*M*N*elem_size bytes, 128 MiB for the 8192x4096 bf16 flagship (45 us at an
H100's ~3.0 TB/s copy rate, 31 us at an H200's ~4.2 TB/s). What bounds the simple kernel is the
random numbers: tl.rand runs one Philox4x32-10 per element and keeps one of its four words:
10 rounds x (2 IMAD.HI + 2 IMAD + 2 LOP3), ~60 integer instructions per element, and integer
instructions run at half the FP32 rate on sm_90, against ~30-45 issue slots per element at copy
speed. Measured on an H100: 0.117 ms with tl.rand, 38% of copy.

Structure: the row is held in registers as a [ROWS, G, 8] tile (8 contiguous columns per thread:
16-byte loads for bf16/fp16). One Philox4x32-10 per 8-column group (counter = (group, row), key =
seed) gives four 32-bit words and each word two 16-bit uniforms, one per column: 1/8 of a Philox
per element (~5 IMAD + ~2.5 LOP3), plus ~2 to pick the half and compare it with the threshold
round(p * 65536). The column -> (word, half) choice is a compile-time constant per register, so
the selects fold away (no layout conversion in the TTGIR). The realised drop probability is
round(p * 65536) / 65536, 0.1000061 for p = 0.1; 8-bit uniforms (16 per Philox) would quantise
p = 0.1 to 0.1016, a bias a binomial check over 2M elements detects. Softmax in base 2: max
(FMNMX), FFMA + MUFU.EX2, sum (FADD), then one FMUL by 1/(sum (1 - p)) and a select for the
mask. ~24 SASS instructions per element in all (static count, triton 3.6, bf16) against ~67
with tl.rand.
Launch: one program per row, 4 warps (32 elements per thread, 72 registers, 7 programs per SM).
Measured on an H100, 8192x4096 bf16: 0.0482 ms, 93% of copy (softmax alone in the same kernel:
0.0463 ms, 97%); a persistent grid with prefetch (the layernorm_gelu.py skeleton) ran 0.0508 ms:
it takes 96 registers (5 programs per SM), which costs more than the prefetch gains here.

The mask depends only on (seed, row, column): the same for any launch configuration, dtype or
row stride; kept values are softmax / (1 - p). Rows up to 65536 elements fit in registers.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from handwritten._checks import (
    as_rows as _rows,
    check_device as _check_device,
    check_floats as _check_floats,
    output as _output,
)

MAX_N = 65536
GROUP = 8  # columns per Philox call: 4 words x 2 halves of 16 bits


@triton.jit
def _softmax_dropout_kernel(x_ptr, y_ptr, M, N, stride_x, stride_y, seed, threshold, scale,
                            BLOCK_G: tl.constexpr, ROWS: tl.constexpr, PREFETCH: tl.constexpr,
                            RNG: tl.constexpr):
    # RNG 2: one Philox per 8 columns (the kernel); 1: tl.rand, one Philox per element (the
    # textbook kernel, kept to measure against); 0: no dropout (softmax alone, for measurement).
    pid = tl.program_id(0)
    nprog = tl.num_programs(0)
    blocks = tl.cdiv(M, ROWS)
    r = tl.arange(0, ROWS)[:, None, None]
    g = tl.arange(0, BLOCK_G)[None, :, None]
    k = tl.arange(0, 8)[None, None, :]
    cols = g * 8 + k
    cmask = cols < N
    thr = threshold.to(tl.uint32)
    # PREFETCH: software pipelining across the grid-stride loop. Block blk+nprog is loaded (in
    # the input dtype) while block blk is reduced, masked and written. Rows past M in a partial
    # last block re-read row M-1 and are not stored; a block past the end is masked off.
    if PREFETCH:
        src = tl.minimum(pid * ROWS + r, M - 1).to(tl.int64)
        live = (pid * ROWS + r < blocks * ROWS) & cmask
        x_next = tl.load(x_ptr + src * stride_x + cols, mask=live, other=-float("inf"))
    for blk in range(pid, blocks, nprog):
        if PREFETCH:
            x = x_next.to(tl.float32)
            nxt = blk + nprog
            src = tl.minimum(nxt * ROWS + r, M - 1).to(tl.int64)
            live = (nxt * ROWS + r < blocks * ROWS) & cmask
            x_next = tl.load(x_ptr + src * stride_x + cols, mask=live, other=-float("inf"))
        else:
            src = tl.minimum(blk * ROWS + r, M - 1).to(tl.int64)
            x = tl.load(x_ptr + src * stride_x + cols, mask=cmask, other=-float("inf")).to(tl.float32)
        rows = blk * ROWS + r
        mask = (rows < M) & cmask
        # Base 2: exp(x - m) = exp2(x log2 e - m log2 e), one FFMA + MUFU.EX2 per element.
        m_log2e = tl.max(tl.max(x, axis=2), axis=1) * 1.4426950408889634
        e = tl.exp2(x * 1.4426950408889634 - m_log2e[:, None, None])
        inv = scale / tl.sum(tl.sum(e, axis=2), axis=1)
        if RNG == 2:
            # Random bits: one Philox4x32-10 per (row, 8-column group).
            c0 = (g + rows * 0).to(tl.uint32)
            c1 = (rows + g * 0).to(tl.uint32)
            zero = c0 * 0
            r0, r1, r2, r3 = tl.philox(seed, c0, c1, zero, zero)
            word = tl.where(k < 2, r0, tl.where(k < 4, r1, tl.where(k < 6, r2, r3)))
            u16 = tl.where((k % 2) == 0, word & 0xFFFF, word >> 16)
            y = tl.where(u16 >= thr, e * inv[:, None, None], 0.0)
        elif RNG == 1:
            u = tl.rand(seed, rows * N + cols)
            y = tl.where(u * 65536.0 >= threshold, e * inv[:, None, None], 0.0)
        else:
            y = e * inv[:, None, None]
        tl.store(y_ptr + rows.to(tl.int64) * stride_y + cols, y.to(y_ptr.dtype.element_ty), mask=mask)


def _config(n: int) -> tuple[int, int, int]:
    """(BLOCK_G, ROWS, num_warps): ~32 elements per thread, >= 4096 elements per program."""
    block_n = max(GROUP, triton.next_power_of_2(n))
    rows = max(1, 4096 // block_n)
    # 4 warps for a 4096-element row (32 elements per thread, ~72 registers, 7 programs per SM)
    # measured faster than 8 warps on an H100; see docs/kernels-rows.md.
    num_warps = max(4, min(32, block_n * rows // 1024))
    return block_n // GROUP, rows, num_warps


def launch_config(x2, y2, p, seed, block_g, rows, num_warps, programs=None, prefetch=False, rng=2):
    """Launch with an explicit config, for scripts/gpu_*.py and sweeps (programs: persistent grid
    size, None = one per row block)."""
    m, n = x2.shape
    if m == 0:
        return None
    threshold = round(p * 65536)  # drop when the 16-bit uniform is below it
    scale = 0.0 if p >= 1.0 else 1.0 / (1.0 - p)
    blocks = triton.cdiv(m, rows)
    grid = (blocks if programs is None else min(blocks, programs),)
    return _softmax_dropout_kernel[grid](x2, y2, m, n, x2.stride(0), y2.stride(0), seed, threshold, scale,
                                         BLOCK_G=block_g, ROWS=rows, PREFETCH=prefetch, RNG=rng,
                                         num_warps=num_warps)


def softmax_dropout(x: torch.Tensor, p: float = 0.1, seed: int | None = None,
                    out: torch.Tensor | None = None) -> torch.Tensor:
    """dropout(softmax(x, -1), p) for x (..., N), training mode; the mask comes from `seed` (drawn with
    torch.randint from the default CPU generator when None, so torch.manual_seed reproduces it)."""
    _check_floats(x=x)
    if x.dim() < 1 or x.shape[-1] == 0:
        raise ValueError(f"x must have a non-empty last dim, got shape {tuple(x.shape)}")
    n = x.shape[-1]
    if n > MAX_N:
        raise ValueError(f"rows of {n} elements are longer than this kernel holds in registers ({MAX_N})")
    if isinstance(p, bool) or not isinstance(p, (int, float)) or not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a number in [0, 1], got {p!r}")
    if seed is None:
        seed = int(torch.randint(0, 2**31 - 1, (1,)).item())
    elif isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**63:
        raise ValueError(f"seed must be an int in [0, 2**63), got {seed!r}")
    out = _output(out, x, "x")
    _check_device(x, out)
    x2, y2 = _rows(x, "x"), _rows(out, "out")
    block_g, rows, num_warps = _config(n)
    launch_config(x2, y2, float(p), seed, block_g, rows, num_warps)
    return out
