"""Check and time the row-wise/elementwise handwritten kernels on one GPU, in one run.

For layernorm_gelu, softmax_dropout, rmsnorm, silu and swiglu at 8192x4096 bf16: eager,
torch.compile (default mode), the handwritten launcher, and kernel variants (launch configs and
the alternatives the kernel docstrings argue against). layernorm_gelu also times kernels that move
its bytes without its arithmetic (torch's copy, plain Triton copies, the handwritten SiLU): the
floor any LayerNorm+GELU kernel meets under the same timer. Every provider's output is checked first
(fresh random inputs, float64 reference, SPEC tolerances; dropout through SPEC.check). Timing:
inspect bench's timer (do_bench's loop, median, L2 flushed per call, with a host lead), providers
alternating over --rounds rounds; the reported time is the median of the rounds' medians and
min/max show the spread. The ceiling is a 1 GiB device-to-device copy measured in the same run.

Writes rows.csv (one row per provider), kernels.txt (registers, spills and the SASS opcode
histogram of each handwritten variant) under --out (default $OUT, else ./gpu_rows_out) and prints
a short table last. Usage: PYTHONPATH=. python scripts/gpu_rows.py [--rounds 3] [--only silu,rmsnorm]
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime
import os
import re
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Callable

import torch
import triton
import triton.language as tl
from triton.tools.tensor_descriptor import TensorDescriptor

from experiments import REGISTRY
from handwritten import layernorm_gelu as ln_mod
from handwritten import rmsnorm as rms_mod
from handwritten import silu as silu_mod
from handwritten import softmax_dropout as sd_mod
from handwritten import swiglu as swiglu_mod
from handwritten._checks import resident_programs
from inspector.core.policy import compare
from inspector.core.timing import time_fn
from inspector.versions import collect

SHAPE = (8192, 4096)
DTYPE = torch.bfloat16
# (fraction of copy bandwidth, speed-up over torch.compile default) the handwritten kernel must reach.
TARGETS = {
    "layernorm_gelu": (0.85, 1.8),
    "softmax_dropout": (0.70, 3.0),
    "rmsnorm": (0.90, 1.1),
    "silu": (0.90, 1.0),
    "swiglu": (0.90, 1.0),
}


@dataclass
class Provider:
    name: str
    fn: Callable[[], torch.Tensor]
    check: Callable[[torch.Tensor], str] | None = None  # -> "ok ..." / "MISMATCH ..."
    handles: list = field(default_factory=list)  # compiled Triton kernels, for kernels.txt


def bench_ms(fn: Callable[[], object]) -> float:
    """inspect bench's timer: do_bench's loop with the host lead (inspector/core/timing.py)."""
    return time_fn(fn, "cuda").median_ms


def copy_bandwidth(nbytes: int) -> float:
    """GB/s of a device-to-device copy of nbytes (bytes read + bytes written over the time)."""
    src = torch.randn(nbytes // 2, device="cuda", dtype=torch.bfloat16)
    dst = torch.empty_like(src)
    ms = bench_ms(lambda: dst.copy_(src))
    return 2 * nbytes / ms / 1e6


def reference_check(name: str, inputs: tuple) -> Callable[[torch.Tensor], str]:
    spec = REGISTRY[name]
    if spec.check is not None:
        return lambda out: spec.check(out, inputs, DTYPE).describe()
    ref = spec.eager(*[t.double() for t in inputs])
    tol = spec.tolerance(DTYPE)
    return lambda out: compare(out, ref, tol.atol, tol.rtol).describe()


def softmax_check(inputs: tuple) -> Callable[[torch.Tensor], str]:
    ref = torch.softmax(inputs[0].double(), -1)
    tol = REGISTRY["softmax_dropout"].tolerance(DTYPE)
    return lambda out: compare(out, ref, tol.atol, tol.rtol).describe() + " (vs softmax: no dropout)"


def resident(kernel) -> int:
    """Programs that fit on the GPU at once for `kernel` (the row launchers' persistent-grid rule)."""
    return resident_programs(kernel, kernel.metadata.num_warps, torch.device("cuda"))


def rows_variant(launch, inputs, label, persistent=False, **kw) -> Provider:
    """A launch with an explicit config; `launch(out, programs, **kw)` returns the compiled kernel.

    persistent: the first call runs one program per row block and reads the kernel's register
    count; later calls use as many programs as fit on the GPU at once (the launchers' rule).
    """
    out = torch.empty_like(inputs[0])
    handles: list = []
    state = {"programs": None}

    def fn():
        k = launch(out, state["programs"], **kw)
        if not handles:
            handles.append(k)
            if persistent:
                state["programs"] = resident(k)
        return out

    return Provider(label, fn, handles=handles)


@triton.jit
def _ln_gelu_tma_kernel(x_desc, w_ptr, b_ptr, y_desc, M, N, eps, SUB: tl.constexpr, WIDTH: tl.constexpr,
                        STAGES: tl.constexpr):
    """One row per iteration as a [SUB, WIDTH] TMA box (SUB * WIDTH == N), STAGES - 1 rows ahead."""
    pid = tl.program_id(0)
    nprog = tl.num_programs(0)
    offs = tl.arange(0, SUB)[:, None] * WIDTH + tl.arange(0, WIDTH)[None, :]
    w = tl.load(w_ptr + offs).to(tl.float32)
    b = tl.load(b_ptr + offs).to(tl.float32)
    for row in tl.range(pid, M, nprog, num_stages=STAGES):
        x = x_desc.load([row * SUB, 0]).to(tl.float32)
        mean = tl.sum(tl.sum(x, axis=1), axis=0) / N
        d = x - mean
        rstd = tl.rsqrt(tl.sum(tl.sum(d * d, axis=1), axis=0) / N + eps)
        y = ln_mod.gelu_fp32(d * rstd * w + b, 3)
        y_desc.store([row * SUB, 0], y.to(y_desc.dtype))


def ln_tma(x, w, b, out, width, nw, stages, programs):
    """The TMA variant of layernorm_gelu for a contiguous (M, N) x with N % width == 0."""
    m, n = x.shape
    sub = n // width
    xd = TensorDescriptor.from_tensor(x.view(m * sub, width), [sub, width])
    yd = TensorDescriptor.from_tensor(out.view(m * sub, width), [sub, width])
    grid = (m if programs is None else min(m, programs),)
    return _ln_gelu_tma_kernel[grid](xd, w, b, yd, m, n, 1e-5, SUB=sub, WIDTH=width, STAGES=stages, num_warps=nw)


@triton.jit
def _copy_kernel(src_ptr, dst_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0).to(tl.int64) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    tl.store(dst_ptr + offs, tl.load(src_ptr + offs, mask=mask), mask=mask)


def triton_copy(src, dst, block, nw):
    """The plainest Triton copy: one block of elements per program."""
    n = src.numel()
    _copy_kernel[(triton.cdiv(n, block),)](src, dst, n, BLOCK=block, num_warps=nw)
    return dst


def variants(name: str, inputs: tuple) -> list[Provider]:
    """Handwritten kernel variants compared with the launcher's default config."""
    found: list[Provider] = []

    def add(label, launch, **kw):
        found.append(rows_variant(launch, inputs, label, **kw))

    if name == "layernorm_gelu":
        x, w, b = inputs

        def launch(out, programs, rows=1, nw=8, prefetch=True, poly_deg=None, stages=1, stream=False, maxnreg=None):
            return ln_mod.launch_config(x, w, b, out, 1e-5, 4096, rows, nw, programs, prefetch, poly_deg, stages,
                                        stream, maxnreg)

        add("hw nw8 persistent prefetch P3", launch, persistent=True)
        add("hw nw8 persistent prefetch P3 stream", launch, persistent=True, stream=True)
        add("hw nw16 rows2 persistent prefetch P3", launch, persistent=True, rows=2, nw=16)
        add("hw nw16 rows2 persistent prefetch P3 stream", launch, persistent=True, rows=2, nw=16, stream=True)
        add("hw nw8 persistent prefetch P5", launch, persistent=True, poly_deg=5)
        add("hw nw8 persistent prefetch erf", launch, persistent=True, poly_deg=0)
        add("hw nw8 persistent P3", launch, persistent=True, prefetch=False)
        add("hw nw8 grid=blocks P3", launch, prefetch=False)
        add("hw nw4 persistent prefetch P3", launch, persistent=True, nw=4)
        for stages in (2, 3, 4):  # Triton's pipeliner instead of (or with) the register prefetch
            add(f"hw nw8 persistent pipelined S{stages} P3", launch, persistent=True, prefetch=False, stages=stages)
            add(f"hw nw4 persistent pipelined S{stages} P3", launch, persistent=True, prefetch=False, stages=stages, nw=4)
        add("hw nw8 persistent prefetch pipelined S3 P3", launch, persistent=True, stages=3)
        # one warp (or two) per row: the row's reductions are warp shuffles, no block barrier
        add("hw nw1 grid=blocks P3", launch, prefetch=False, nw=1)
        add("hw nw1 persistent P3", launch, persistent=True, prefetch=False, nw=1)
        add("hw nw1 persistent pipelined S2 P3", launch, persistent=True, prefetch=False, stages=2, nw=1)
        add("hw nw2 grid=blocks P3", launch, prefetch=False, nw=2)
        add("hw nw2 persistent prefetch P3", launch, persistent=True, nw=2)
        add("hw nw2 persistent P3", launch, persistent=True, prefetch=False, nw=2)
        # a register cap so that more programs fit per SM (78 -> 64 registers: 3 -> 4 of 8 warps)
        add("hw nw8 persistent prefetch P3 maxnreg64", launch, persistent=True, maxnreg=64)
        add("hw nw4 persistent prefetch P3 maxnreg128", launch, persistent=True, nw=4, maxnreg=128)
        add("hw nw16 persistent prefetch P3", launch, persistent=True, nw=16)
        # TMA: the row as a [4096 / width, width] box, loaded ahead through shared memory
        for width, nw, stages in [(256, 8, 2), (256, 8, 3), (256, 4, 3), (64, 8, 3), (64, 4, 3), (64, 4, 4)]:
            add(f"tma w{width} nw{nw} S{stages} P3",
                lambda out, programs, width=width, nw=nw, stages=stages: ln_tma(x, w, b, out, width, nw, stages,
                                                                                  programs),
                persistent=True)
        # the same-size copy under the same timer: the floor a 64 MiB in, 64 MiB out pass can reach
        dst = torch.empty_like(x)
        found.append(Provider("torch copy 64 MiB (not LN)", lambda: dst.copy_(x),
                              check=lambda out: "ok (a copy, not checked)"))
        for block, nw in [(4096, 8), (8192, 8), (2048, 4)]:
            found.append(Provider(f"triton copy 64 MiB block{block} nw{nw} (not LN)",
                                  lambda block=block, nw=nw: triton_copy(x, dst, block, nw),
                                  check=lambda out: "ok (a copy, not checked)"))
        found.append(Provider("silu handwritten, same bytes (not LN)", lambda: silu_mod.silu(x, out=dst),
                              check=lambda out: "ok (silu, not checked)"))
    elif name == "softmax_dropout":
        (x,) = inputs

        def launch(out, programs, rows=1, nw=4, prefetch=False, rng=2):
            p = 0.1 if rng else 0.0  # the no-dropout variant must not scale by 1/(1-p)
            return sd_mod.launch_config(x, out, p, 1234, 512, rows, nw, programs, prefetch, rng)

        add("hw nw4 grid=blocks", launch)
        add("hw nw8 grid=blocks", launch, nw=8)
        add("hw nw4 persistent", launch, persistent=True)
        add("hw nw4 persistent prefetch", launch, persistent=True, prefetch=True)
        add("hw nw4 grid=blocks tl.rand/elem", launch, rng=1)
        add("hw nw4 grid=blocks no dropout", launch, rng=0)
        found[-1].check = softmax_check(inputs)
    elif name == "rmsnorm":
        x, w = inputs

        def launch(out, programs, rows=1, nw=8, prefetch=True):
            return rms_mod.launch_config(x, w, out, 1e-6, 4096, rows, nw, programs, prefetch)

        add("hw nw8 persistent prefetch", launch, persistent=True)
        add("hw nw8 persistent", launch, persistent=True, prefetch=False)
        add("hw nw8 grid=blocks", launch, prefetch=False)
        add("hw rows2 nw8 grid=blocks", launch, rows=2, prefetch=False)
        add("hw nw4 grid=blocks", launch, nw=4, prefetch=False)
        add("hw nw4 persistent prefetch", launch, persistent=True, nw=4)
    elif name == "silu":
        (x,) = inputs
        for block, nw, pers in [(4096, 8, False), (4096, 8, True), (2048, 4, True), (1024, 4, False),
                                (8192, 8, True)]:
            add(f"hw block{block} nw{nw}{' persistent' if pers else ''}",
                lambda out, programs, block=block, nw=nw: silu_mod.launch_config(x, out, block, nw, programs),
                persistent=pers)
    elif name == "swiglu":
        a, b = inputs
        for block, nw, pers in [(2048, 4, False), (2048, 4, True), (4096, 8, True), (1024, 4, False)]:
            add(f"hw block{block} nw{nw}{' persistent' if pers else ''}",
                lambda out, programs, block=block, nw=nw: swiglu_mod.launch_config(a, b, out, block, nw, programs),
                persistent=pers)
    return found


def sass_histogram(kernel) -> str:
    """Static SASS opcode counts of a compiled Triton kernel (cuobjdump from Triton's package)."""
    tool = os.path.join(os.path.dirname(triton.__file__), "backends", "nvidia", "bin", "cuobjdump")
    if not os.path.exists(tool):
        tool = "cuobjdump"
    with tempfile.NamedTemporaryFile(suffix=".cubin", delete=False) as f:
        f.write(kernel.asm["cubin"])
    text = subprocess.run([tool, "-sass", f.name], capture_output=True, text=True).stdout
    ops = collections.Counter()
    for line in text.splitlines():
        m = re.match(r"\s*/\*[0-9a-f]{4,}\*/\s+(@!?U?P\w+\s+)?([A-Z][A-Z0-9_.]*)", line)
        if m:
            ops[m.group(2).split(".")[0]] += 1
    ops.pop("NOP", None)
    return f"total {sum(ops.values())}: " + " ".join(f"{k}:{v}" for k, v in ops.most_common())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.environ.get("OUT", "gpu_rows_out"),
                        help="folder for rows.csv and kernels.txt")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds, providers alternating")
    parser.add_argument("--only", default="", help="comma-separated experiment names (default: all five)")
    args = parser.parse_args()
    if not torch.cuda.is_available():
        print("needs a CUDA GPU", file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    names = [n for n in TARGETS if not args.only or n in args.only.split(",")]
    v = collect("cuda")
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"GPU {v.device_name} | torch {v.torch} | triton {v.triton} | CUDA {v.cuda} | {date}", flush=True)

    copy_1g = copy_bandwidth(1 << 30)
    copy_64m = copy_bandwidth(SHAPE[0] * SHAPE[1] * 2)
    print(f"copy bandwidth: 1 GiB {copy_1g:.0f} GB/s; 64 MiB (flagship size) {copy_64m:.0f} GB/s", flush=True)

    gen = torch.Generator(device="cuda")
    gen.manual_seed(int.from_bytes(os.urandom(4), "little"))
    results: list[dict] = []
    kernel_notes: list[str] = []
    for name in names:
        spec = REGISTRY[name]
        inputs = spec.make_inputs(SHAPE, DTYPE, "cuda", gen)
        launcher = spec.handwritten_launcher()
        compiled = torch.compile(spec.eager)
        providers = [
            Provider("eager", lambda: spec.eager(*inputs)),
            Provider("compile", lambda: compiled(*inputs)),
            Provider("handwritten", lambda: launcher(*inputs)),
            *variants(name, inputs),
        ]
        default_check = reference_check(name, inputs)
        checks = {}
        for p in providers:
            try:
                out = p.fn()
                torch.cuda.synchronize()
                checks[p.name] = (p.check or default_check)(out)
            except Exception as e:  # record and keep going: one broken variant must not hide the rest
                checks[p.name] = f"ERROR {type(e).__name__}: {e}"[:300]
            print(f"  {name:16s} {p.name:30s} {checks[p.name][:110]}", flush=True)
        live = [p for p in providers if not checks[p.name].startswith("ERROR")]
        times = {p.name: [] for p in live}
        for _ in range(args.rounds):
            for p in live:
                times[p.name].append(bench_ms(p.fn))
        nbytes = spec.bytes_moved(SHAPE, DTYPE)
        compile_ms = statistics.median(times["compile"]) if "compile" in times else float("nan")
        for p in live:
            ms = statistics.median(times[p.name])
            gbps = nbytes / ms / 1e6
            results.append({
                "experiment": name, "provider": p.name, "shape": "x".join(map(str, SHAPE)), "dtype": "bf16",
                "median_ms": round(ms, 5), "min_ms": round(min(times[p.name]), 5),
                "max_ms": round(max(times[p.name]), 5),
                "gbps": round(gbps, 1), "pct_copy": round(100 * gbps / copy_1g, 1),
                "speedup_vs_compile": round(compile_ms / ms, 3), "check": checks[p.name][:160],
                "copy_1gib_gbps": round(copy_1g, 1), "device_name": v.device_name, "torch": v.torch,
                "triton": v.triton, "cuda": v.cuda, "date": date,
            })
            for k in p.handles[:1]:
                try:
                    md = k.metadata
                    kernel_notes.append(f"{name} | {p.name} | regs {k.n_regs} spills {k.n_spills} "
                                        f"warps {md.num_warps} shared {md.shared} | {sass_histogram(k)}")
                except Exception as e:
                    kernel_notes.append(f"{name} | {p.name} | metadata unavailable: {e}")

    with open(os.path.join(args.out, "rows.csv"), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(results[0]))
        writer.writeheader()
        writer.writerows(results)
    with open(os.path.join(args.out, "kernels.txt"), "w") as f:
        f.write(f"GPU {v.device_name} | torch {v.torch} | triton {v.triton} | {date}\n")
        f.write("\n".join(kernel_notes) + "\n")

    print(f"\nGPU {v.device_name} | torch {v.torch} | triton {v.triton} | {date}")
    print(f"copy 1 GiB: {copy_1g:.0f} GB/s (64 MiB: {copy_64m:.0f}); shape 8192x4096 bf16; "
          f"ms = median of {args.rounds} rounds [min-max]")
    print(f"{'experiment':16s} {'provider':30s} {'ms':>8s} {'spread':>15s} {'GB/s':>7s} {'%copy':>6s} "
          f"{'xcomp':>6s} check")
    for r in results:
        print(f"{r['experiment']:16s} {r['provider']:30s} {r['median_ms']:8.4f} "
              f"{r['min_ms']:7.4f}-{r['max_ms']:7.4f} {r['gbps']:7.0f} {r['pct_copy']:6.1f} "
              f"{r['speedup_vs_compile']:6.2f} {r['check'][:20]}")
    print("\ntargets (handwritten launcher):")
    for name in names:
        r = next((r for r in results if r["experiment"] == name and r["provider"] == "handwritten"), None)
        if r is None:
            print(f"  {name:16s} no result")
            continue
        bw, sp = TARGETS[name]
        ok = r["pct_copy"] >= 100 * bw and r["speedup_vs_compile"] >= sp and r["check"].startswith("ok")
        print(f"  {name:16s} {'MET ' if ok else 'MISS'} {r['pct_copy']:.1f}% of copy (>= {100 * bw:.0f}%), "
              f"{r['speedup_vs_compile']:.2f}x vs compile (>= {sp}x), {r['check'][:8]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
