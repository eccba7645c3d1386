"""Check and time relu(a @ b) on the GPU: cuBLAS, eager, Inductor and the handwritten Triton kernel.

Usage (on a CUDA machine, from the repository root):
    PYTHONPATH=. python scripts/gpu_matmul.py [--shapes 4096,8192] [--max-autotune-shapes 4096]
                                              [--variants final|all|none|name,name] [--out DIR]

For each square bf16 shape it checks every provider against the float64 eager reference (the
experiment's tolerance), then times them with triton.testing.do_bench (median, L2 flushed before
each call), alternating providers over --rounds rounds. Providers:
  cublas_mm            a @ b alone (no ReLU): the ceiling the kernel is held to
  eager                relu(a @ b): cuBLAS + a pointwise kernel
  compile_default      torch.compile(eager)
  compile_max_autotune torch.compile(eager, mode="max-autotune") (only at --max-autotune-shapes)
  compile_max_autotune_nocg  the same with mode="max-autotune-no-cudagraphs"
  handwritten          handwritten.matmul_relu.matmul_relu (autotuned launcher)
  tma:<name>           the TMA kernel with one explicit config (the tuning sweep, VARIANTS below)
Also measures device-to-device copy bandwidth (1 GiB) for the GB/s column. Prints GPU name and
versions first, a table last, and writes a long-format CSV to --out (default $OUT or ./out).
"""

from __future__ import annotations

import argparse
import csv
import datetime
import os
import statistics
import sys
import time
from typing import Callable

import torch
import triton
from triton.testing import do_bench

from experiments.matmul_relu import SPEC
from handwritten import matmul_relu as mr
from inspector.core.policy import compare, poison
from inspector.versions import collect

DTYPE = torch.bfloat16


def tma(bm, bn, bk, stages, warps, group_m=8, split=2, persistent=True, flatten=True, ws=False):
    cfg = dict(BLOCK_M=bm, BLOCK_N=bn, BLOCK_K=bk, GROUP_M=group_m, EPILOGUE_SPLIT=split,
               PERSISTENT=persistent, FLATTEN=flatten, WARP_SPECIALIZE=ws)
    return cfg, warps, stages


# name -> (constexpr config, num_warps, num_stages). p = persistent grid, np = one tile per program.
VARIANTS: dict[str, tuple[dict, int, int]] = {
    "p128x256x64_s3_w8": tma(128, 256, 64, 3, 8),
    "p128x256x64_s4_w8": tma(128, 256, 64, 4, 8),
    "p128x256x64_s3_w8_nosplit": tma(128, 256, 64, 3, 8, split=1),
    "p128x256x64_s3_w8_noflat": tma(128, 256, 64, 3, 8, flatten=False),
    "p128x256x64_s4_w8_noflat": tma(128, 256, 64, 4, 8, flatten=False),
    "p128x256x64_s3_w8_g16": tma(128, 256, 64, 3, 8, group_m=16),
    "p128x256x64_s3_w8_ws": tma(128, 256, 64, 3, 8, ws=True),
    "p128x256x64_s3_w8_ws_noflat": tma(128, 256, 64, 3, 8, ws=True, flatten=False),
    "np128x256x64_s3_w8": tma(128, 256, 64, 3, 8, persistent=False),
    "np128x256x64_s4_w8": tma(128, 256, 64, 4, 8, persistent=False),
    "p256x128x64_s3_w8": tma(256, 128, 64, 3, 8),
    "p128x128x64_s4_w8": tma(128, 128, 64, 4, 8),
    "p128x128x64_s5_w4": tma(128, 128, 64, 5, 4),
    "p128x128x64_s4_w4_ws": tma(128, 128, 64, 4, 4, ws=True),
    # second sweep
    "p128x256x64_s3_w8_split4": tma(128, 256, 64, 3, 8, split=4),
    "p128x256x64_s4_w8_split4": tma(128, 256, 64, 4, 8, split=4),
    "p128x256x64_s3_w8_g4": tma(128, 256, 64, 3, 8, group_m=4),
    "np128x256x64_s4_w8_split4": tma(128, 256, 64, 4, 8, persistent=False, split=4),
    "np128x256x64_s4_w8_noflat": tma(128, 256, 64, 4, 8, persistent=False, flatten=False),
    "p128x256x128_s2_w8": tma(128, 256, 128, 2, 8),
}


# the default set: the configs the autotuner chooses among, plus the contrasts worth re-measuring
FINAL_VARIANTS = [
    "p128x256x64_s3_w8", "p128x256x64_s3_w8_split4", "np128x256x64_s4_w8",
    "p128x256x64_s3_w8_nosplit", "p128x128x64_s5_w4", "p128x256x64_s3_w8_ws",
]


def tflops(shape, ms: float) -> float:
    m, n, k = shape
    return 2 * m * n * k / (ms * 1e-3) / 1e12


def copy_bandwidth() -> float:
    """GB/s of a 1 GiB device-to-device copy, counting bytes read + written."""
    src = torch.empty(1 << 30, dtype=torch.uint8, device="cuda")
    src.random_()
    dst = torch.empty_like(src)
    ms = do_bench(lambda: dst.copy_(src), warmup=25, rep=100, return_mode="median")
    del src, dst
    return 2 * (1 << 30) / (ms * 1e-3) / 1e9


def compiled_kernel_facts(shape, cfg, warps, stages) -> str:
    """Registers, spills, shared memory and whether wgmma / setmaxnreg made it into the PTX."""
    m, n, k = shape
    a = torch.empty((m, k), dtype=DTYPE, device="cuda")
    b = torch.empty((k, n), dtype=DTYPE, device="cuda")
    c = torch.empty((m, n), dtype=DTYPE, device="cuda")
    try:
        kern = mr.compile_tma(a, b, c, cfg, num_warps=warps, num_stages=stages)
        kern._init_handles()  # n_regs / n_spills are filled in when the binary is loaded
        ptx = kern.asm.get("ptx", "")
        return (f"regs={kern.n_regs} spills={kern.n_spills} shared={kern.metadata.shared} "
                f"wgmma={'wgmma' in ptx} setmaxnreg={'setmaxnreg' in ptx}")
    except Exception as e:  # diagnostics only: never fail the run for them
        return f"facts unavailable: {type(e).__name__}: {e}"[:200]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shapes", default="4096,8192", help="square sizes M=N=K, comma-separated")
    p.add_argument("--max-autotune-shapes", default="4096,8192",
                   help="sizes at which to compile and time mode='max-autotune' (slow to compile)")
    p.add_argument("--variants", default="final",
                   help="'final' (FINAL_VARIANTS), 'all', 'none' or comma-separated VARIANTS names")
    p.add_argument("--rounds", type=int, default=7, help="timing rounds, providers alternating")
    p.add_argument("--out", default=os.environ.get("OUT", "out"), help="folder for the CSV")
    args = p.parse_args()

    t_start = time.time()
    v = collect("cuda")
    date = datetime.date.today().isoformat()
    print(f"GPU {v.device_name} | torch {v.torch} | triton {v.triton} | CUDA {v.cuda} | {date}", flush=True)
    sms = torch.cuda.get_device_properties(0).multi_processor_count
    print(f"SMs {sms}", flush=True)
    bw = copy_bandwidth()
    print(f"copy bandwidth (1 GiB D2D, read+write): {bw:.0f} GB/s", flush=True)

    shapes = [(int(s),) * 3 for s in args.shapes.split(",") if s]
    ma_sizes = {int(s) for s in args.max_autotune_shapes.split(",") if s}
    names = {"all": list(VARIANTS), "final": FINAL_VARIANTS, "none": []}.get(args.variants)
    if names is None:
        names = args.variants.split(",")
    unknown = [name for name in names if name not in VARIANTS]
    if unknown:
        p.error(f"unknown variants {unknown}; known: {', '.join(VARIANTS)}")
    tol = SPEC.tolerance(DTYPE)
    rows: list[dict] = []
    os.makedirs(args.out, exist_ok=True)
    csv_path = os.path.join(args.out, "gpu_matmul.csv")

    compiled_default = torch.compile(SPEC.eager, dynamic=False)
    compiled_ma = torch.compile(SPEC.eager, mode="max-autotune", dynamic=False)
    # mode="max-autotune" also turns on CUDA graphs, whose replays copy the (non-static) inputs
    # into the graph's own buffers first; without them we see the kernels Inductor picked alone
    compiled_ma_nocg = torch.compile(SPEC.eager, mode="max-autotune-no-cudagraphs", dynamic=False)

    for shape in shapes:
        m, n, k = shape
        gen = torch.Generator(device="cuda").manual_seed(1234 + m)
        a, b = SPEC.make_inputs(shape, DTYPE, "cuda", gen)
        ref = SPEC.eager(a.double(), b.double()).cpu()
        c = torch.empty((m, n), dtype=DTYPE, device="cuda")

        providers: dict[str, Callable[[], torch.Tensor]] = {
            "cublas_mm": lambda: torch.mm(a, b),
            "eager": lambda: SPEC.eager(a, b),
            "compile_default": lambda: compiled_default(a, b),
            "handwritten": lambda: mr.matmul_relu(a, b),
        }
        if m in ma_sizes:
            providers["compile_max_autotune"] = lambda: compiled_ma(a, b)
            providers["compile_max_autotune_nocg"] = lambda: compiled_ma_nocg(a, b)
        for name in names:
            cfg, warps, stages = VARIANTS[name]
            providers[f"tma:{name}"] = (
                lambda cfg=cfg, warps=warps, stages=stages: mr.launch_tma(a, b, c, cfg, warps, stages))

        # compile + warm up + check, outside any timing
        ok: dict[str, str] = {}
        for name, fn in list(providers.items()):
            t0 = time.time()
            try:
                if name.startswith("tma:"):
                    c.copy_(poison(c.shape, DTYPE, "cuda"))
                out = fn()
                torch.cuda.synchronize()
            except Exception as e:  # a config that does not compile on this triton: report, go on
                msg = str(e).strip().splitlines()[0][:160] if str(e).strip() else type(e).__name__
                print(f"[{m}] {name}: FAILED to run: {type(e).__name__}: {msg}", flush=True)
                del providers[name]
                continue
            if name == "cublas_mm":
                check = compare(torch.relu(out), ref, tol.atol, tol.rtol)
            else:
                check = compare(out, ref, tol.atol, tol.rtol)
            ok[name] = check.describe()
            print(f"[{m}] {name}: first call {time.time() - t0:.1f}s; {check.describe()}", flush=True)
            if not check.passed:
                del providers[name]
            del out
        if "tma:" + (names[0] if names else "") in providers:
            cfg, warps, stages = VARIANTS[names[0]]
            print(f"[{m}] {names[0]}: {compiled_kernel_facts(shape, cfg, warps, stages)}", flush=True)
        for name in names:
            if f"tma:{name}" in providers and VARIANTS[name][0]["WARP_SPECIALIZE"]:
                cfg, warps, stages = VARIANTS[name]
                print(f"[{m}] {name}: {compiled_kernel_facts(shape, cfg, warps, stages)}", flush=True)
        best = mr.tma_best_config() if mr.use_tma(a, b, c) else None
        print(f"[{m}] handwritten autotuner picked: {best}", flush=True)

        times: dict[str, list[float]] = {name: [] for name in providers}
        for r in range(args.rounds):
            for name, fn in providers.items():
                times[name].append(do_bench(fn, warmup=25, rep=100, return_mode="median"))
        mm_ms = statistics.median(times["cublas_mm"])
        for name, ts in times.items():
            ms = statistics.median(ts)
            rows.append(dict(
                experiment=SPEC.name, provider=name, shape=f"{m}x{n}x{k}", dtype="bf16",
                ms=round(ms, 5), ms_rounds=" ".join(f"{t:.5f}" for t in ts),
                tflops=round(tflops(shape, ms), 1), pct_cublas_mm=round(100 * mm_ms / ms, 1),
                gbps=round(SPEC.bytes_moved(shape, DTYPE) / (ms * 1e-3) / 1e9, 1),
                pct_copy_bw=round(100 * SPEC.bytes_moved(shape, DTYPE) / (ms * 1e-3) / 1e9 / bw, 1),
                check=ok.get(name, ""), device_name=v.device_name, torch=v.torch, triton=v.triton,
                cuda=v.cuda, date=date, copy_gbps=round(bw),
                autotuned_config=str(best) if name == "handwritten" else "",
            ))
        with open(csv_path, "w", newline="") as f:  # rewritten after every shape: survives a timeout
            w = csv.DictWriter(f, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        print(f"[{m}] done at {time.time() - t_start:.0f}s", flush=True)
        del a, b, c, ref
        torch.cuda.empty_cache()

    print(f"\nGPU {v.device_name} | torch {v.torch} | triton {v.triton} | copy {bw:.0f} GB/s | {date}")
    print(f"{'shape':<16}{'provider':<38}{'ms':>9}{'TFLOP/s':>9}{'%mm':>7}  rounds")
    for r in sorted(rows, key=lambda r: (r["shape"], r["ms"])):
        print(f"{r['shape']:<16}{r['provider']:<38}{r['ms']:>9.4f}{r['tflops']:>9.1f}{r['pct_cublas_mm']:>7.1f}"
              f"  {r['ms_rounds']}")
    print(f"CSV: {csv_path}; total {time.time() - t_start:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
