"""What the timing method's L2 flush costs a single pass over 64 MiB tensors, on one GPU.

triton.testing.do_bench (the method of the benchmarks) flushes L2 before every timed call by
zeroing a 256 MB buffer, so the timed kernel starts with L2 full of dirty lines. Whatever the
kernel brings into L2 evicts them, and their write-back to memory is counted in the kernel's
time: up to one L2 of extra writes (50 MB on an H100/H200), a large share of a 128 MiB pass and
a small one of the 1 GiB copy that sets the ceiling. This script times the same kernels in one
process with two flushes:

  zero   the buffer is zeroed (do_bench's flush; also timed through do_bench itself as a check);
  clean  the buffer is zeroed and then read once, so L2 holds clean lines: nothing to write back.

and, under the zero flush, variants that may keep the dirty lines in L2 instead of evicting them:
SiLU and a plain copy with L2 eviction hints on their loads and stores, and LayerNorm+GELU with a
register cap (maxnreg) that fits four persistent programs per SM instead of three.

Writes flush.csv under --out (default $OUT, else ./gpu_flush_out) and prints a table last.
Usage: PYTHONPATH=. python scripts/gpu_flush.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
from typing import Callable

import torch
import triton
import triton.language as tl
from triton.testing import do_bench

from handwritten import layernorm_gelu as ln_mod
from handwritten import rmsnorm as rms_mod
from handwritten import silu as silu_mod
from handwritten import swiglu as swiglu_mod
from inspector.versions import collect

M, N = 8192, 4096
DTYPE = torch.bfloat16
FLUSH_BYTES = 256 * 10**6  # do_bench's buffer


@triton.jit
def _hinted(x_ptr, y_ptr, n, BLOCK: tl.constexpr, SILU: tl.constexpr, LOAD_EVICT: tl.constexpr,
            STORE_EVICT: tl.constexpr, STORE_CACHE: tl.constexpr):
    """A copy (SILU False) or handwritten/silu.py's arithmetic, one tile per program, with hints."""
    start = tl.program_id(0).to(tl.int64) * BLOCK
    offs = tl.arange(0, BLOCK)
    mask = offs < n - start
    x = tl.load(x_ptr + start + offs, mask=mask, eviction_policy=LOAD_EVICT)
    if SILU:
        xf = x.to(tl.float32)
        r = tl.rsqrt(1.0 + tl.exp2(xf * -1.4426950408889634))
        x = (xf * r * r).to(y_ptr.dtype.element_ty)
    tl.store(y_ptr + start + offs, x, mask=mask, eviction_policy=STORE_EVICT, cache_modifier=STORE_CACHE)


HINTS = {  # name: (load eviction, store eviction, store cache modifier)
    "no hints": ("", "", ""),
    "evict_first loads": ("evict_first", "", ""),
    "evict_first loads+stores": ("evict_first", "evict_first", ""),
    "evict_first loads, .cs stores": ("evict_first", "", ".cs"),
    "evict_last loads+stores": ("evict_last", "evict_last", ""),
}


def time_ms(fn: Callable[[], object], flush: Callable[[], object], reps: int = 100, warmup: int = 25) -> float:
    """Median ms of fn with flush() before every call, events around fn only (do_bench's loop)."""
    for _ in range(warmup):
        flush()
        fn()
    starts = [torch.cuda.Event(enable_timing=True) for _ in range(reps)]
    ends = [torch.cuda.Event(enable_timing=True) for _ in range(reps)]
    for s, e in zip(starts, ends):
        flush()
        s.record()
        fn()
        e.record()
    torch.cuda.synchronize()
    return statistics.median(s.elapsed_time(e) for s, e in zip(starts, ends))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="rounds over all workloads (median of rounds)")
    ap.add_argument("--out", default=os.environ.get("OUT", "gpu_flush_out"), help="output folder")
    args = ap.parse_args()
    if not torch.cuda.is_available():
        sys.exit("needs a CUDA GPU")
    os.makedirs(args.out, exist_ok=True)
    dev = torch.device("cuda")
    sms = torch.cuda.get_device_properties(dev).multi_processor_count
    g = torch.Generator(device=dev).manual_seed(0)
    rand = lambda *shape: torch.randn(*shape, device=dev, dtype=DTYPE, generator=g)  # noqa: E731
    x, x2, w, b = rand(M, N), rand(M, N), 1 + 0.1 * rand(N), 0.1 * rand(N)
    y = torch.empty_like(x)
    big = torch.randn(2**29, device=dev, dtype=DTYPE, generator=g)  # 1 GiB
    big_out = torch.empty_like(big)
    buf = torch.empty(FLUSH_BYTES // 4, dtype=torch.int32, device=dev)
    flushes = {"zero": buf.zero_, "clean": lambda: (buf.zero_(), buf.sum())}
    n = x.numel()
    pass_bytes = 2 * n * 2

    def ln(maxnreg=None, warps=8, per_sm=None):
        programs = (per_sm or 3) * sms
        return lambda: ln_mod.launch_config(x, w, b, y, 1e-5, N, 1, warps, programs, prefetch=True, poly_deg=3,
                                            stages=1, maxnreg=maxnreg)

    # (name, fn, bytes, flushes, reference output or None)
    work: list[tuple[str, Callable, int, tuple[str, ...], Callable | None]] = [
        ("copy 1 GiB (torch)", lambda: big_out.copy_(big), 2 * big.numel() * 2, ("zero", "clean"), None),
        ("copy 64 MiB (torch)", lambda: y.copy_(x), pass_bytes, ("zero", "clean"), None),
        ("silu (handwritten)", lambda: silu_mod.silu(x, out=y), pass_bytes, ("zero", "clean"), None),
        ("swiglu (handwritten)", lambda: swiglu_mod.swiglu(x, x2, out=y), 3 * n * 2, ("zero", "clean"), None),
        ("rmsnorm (handwritten)", lambda: rms_mod.rmsnorm(x, w, out=y), pass_bytes + 2 * N, ("zero", "clean"), None),
        ("layernorm_gelu (handwritten)", lambda: ln_mod.layernorm_gelu(x, w, b, out=y), pass_bytes + 4 * N,
         ("zero", "clean"), None),
    ]
    for hint, (le, se, sc) in HINTS.items():
        for kind, silu, ref in (("copy 64 MiB", False, lambda: x), ("silu", True, lambda: silu_mod.silu(x))):
            work.append((f"{kind} (triton, {hint})",
                         lambda silu=silu, le=le, se=se, sc=sc: _hinted[(n // 4096,)](
                             x, y, n, BLOCK=4096, SILU=silu, LOAD_EVICT=le, STORE_EVICT=se, STORE_CACHE=sc, num_warps=8),
                         pass_bytes, ("zero",), ref))
    for label, kw in (("3/SM, 8 warps", {}), ("4/SM, 8 warps, maxnreg 64", dict(maxnreg=64, per_sm=4)),
                      ("4/SM, 8 warps, maxnreg 56", dict(maxnreg=56, per_sm=4)),
                      ("6/SM, 4 warps, maxnreg 80", dict(maxnreg=80, warps=4, per_sm=6)),
                      ("8/SM, 4 warps, maxnreg 64", dict(maxnreg=64, warps=4, per_sm=8))):
        work.append((f"layernorm_gelu (kernel, {label})", ln(**kw), pass_bytes + 4 * N, ("zero",),
                     lambda: ln_mod.layernorm_gelu(x, w, b)))

    usable, notes = [], {}
    for name, fn, nbytes, fl, ref in work:  # compile, check against the launcher's output
        try:
            y.fill_(float("nan"))
            handle = fn()
            torch.cuda.synchronize()
            if ref is not None:
                want = ref()
                if not torch.allclose(y.float(), want.float(), atol=1e-5, rtol=1e-2):  # NaN (unwritten) fails
                    raise RuntimeError(f"output differs from the launcher's (max {(y.float() - want.float()).abs().max():.3g})")
            regs = getattr(handle, "n_regs", None)
            notes[name] = "" if regs is None else f"{regs} regs, {handle.n_spills} spills"
            usable.append((name, fn, nbytes, fl))
        except Exception as exc:  # a variant this triton/GPU refuses is reported, not fatal
            notes[name] = f"skipped: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
            print(f"{name}: {notes[name]}", flush=True)

    times: dict[tuple[str, str], list[float]] = {}
    for r in range(args.rounds):
        print(f"round {r + 1}/{args.rounds}", flush=True)
        for name, fn, nbytes, fl in usable:
            for f in fl:
                times.setdefault((name, f), []).append(time_ms(fn, flushes[f]))
            if name.startswith("copy 64 MiB (torch)"):
                times.setdefault((name, "do_bench"), []).append(do_bench(fn, warmup=25, rep=100, return_mode="median"))

    v = collect("cuda")
    gpu = v.device_name
    ceiling = {f: 2 * big.numel() * 2 / statistics.median(times[("copy 1 GiB (torch)", f)]) / 1e6 for f in flushes}
    rows = []
    for (name, f), ts in times.items():
        nbytes = next(b for nm, _, b, _ in usable if nm == name)
        ms = statistics.median(ts)
        gbs = nbytes / ms / 1e6
        base = ceiling["zero" if f == "do_bench" else f]
        rows.append(dict(workload=name, flush=f, ms=f"{ms:.5f}", min_ms=f"{min(ts):.5f}", max_ms=f"{max(ts):.5f}",
                         gb_s=f"{gbs:.0f}", pct_of_1gib_copy=f"{100 * gbs / base:.1f}", note=notes.get(name, ""),
                         gpu=gpu, torch=v.torch, triton=v.triton))
    path = os.path.join(args.out, "flush.csv")
    with open(path, "w", newline="") as fh:
        wr = csv.DictWriter(fh, fieldnames=list(rows[0]))
        wr.writeheader()
        wr.writerows(rows)
    print(f"\n{gpu}, torch {v.torch}, triton {v.triton}; 8192x4096 bf16; {args.rounds} rounds; "
          f"1 GiB copy: {ceiling['zero']:.0f} GB/s (zero flush), {ceiling['clean']:.0f} GB/s (clean flush)")
    print(f"{'workload':58} {'flush':8} {'ms':>9} {'GB/s':>6} {'% copy':>7}  note")
    for r in rows:
        print(f"{r['workload']:58} {r['flush']:8} {r['ms']:>9} {r['gb_s']:>6} {r['pct_of_1gib_copy']:>7}  {r['note']}")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
