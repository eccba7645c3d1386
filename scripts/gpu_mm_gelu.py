"""Check and time mm_gelu and linear_cross_entropy on one GPU, with candidate configs, in one run.

Usage (on a CUDA machine, from the repository root; about 3-4 minutes on an H100):
    PYTHONPATH=. python scripts/gpu_mm_gelu.py [--only mm_gelu,lce] [--rounds 3] [--no-max-autotune]

mm_gelu at 8192x3072x768 bf16, forward and step (forward + gradients for an upstream g):
  cublas_mm / cublas_addmm   x @ w (and + b) alone: the floor the fused kernel is held to
  eager, compile, compile-max-autotune-nocg (forward only), handwritten (autotuned)
  tma:<config>               the TMA kernel with each of handwritten.mm_gelu.TMA_CONFIGS
  pingpong:<config>          (forward, Hopper) handwritten.mm_gelu_pingpong, the Gluon kernel, with
                             PINGPONG's overrides of its CONFIG
  after the forward's timing: the clocks, and each kernel's device time per call of compile and
  handwritten (torch.profiler), for the machine-to-machine spread of compile's total
  --sweep adds, forward only: the matmul_relu TMA kernel of the same config (the same mainloop with
  an epilogue of one max: what the GELU epilogue costs), warp-specialized configs, and variants of
  the configs with two or three persistent programs per SM
linear_cross_entropy at 8192x50304x768 bf16, the step (loss, dh, dW):
  cublas_3mm                 the three matmuls alone, logits stored (the floor of this design)
  cublas_3mm_chunk<C>        the same matmuls in the launcher's chunks, dW accumulated (what chunking costs)
  eager, compile, liger (when liger-kernel is installed), handwritten (default chunk)
  chunk<C>                   the launcher with C rows per chunk (autotuned)
  chunk<C>:<config>          the default chunk with each of handwritten.linear_cross_entropy.TMA_CONFIGS
  two_pass_chunk<C>          fp16's two-pass path run on bf16: the design the one-pass path replaced
Every provider is checked against float64 first (the experiment's tolerances; a failing one is
not timed) and its peak memory per call recorded (torch.cuda.max_memory_allocated beyond the
inputs); timing is inspect bench's timer (do_bench's loop, median, L2 flushed per call),
providers alternating over --rounds rounds. The best config of each kind is named at the end
(for the loss: the fastest under 25% of torch.compile's peak memory). Writes gpu_mm_gelu.csv
(one row per provider) and kernels.txt (registers, spills, shared memory per TMA config) under
--out (default $OUT, else ./gpu_mm_gelu_out) and prints a short table last.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import os
import statistics
import subprocess
import sys
import time
from typing import Callable

import torch

from experiments import linear_cross_entropy as lce_exp
from experiments import mm_gelu as mg_exp
from handwritten import linear_cross_entropy as lce
from handwritten import linear_cross_entropy_two_pass as lce_two_pass
from handwritten import mm_gelu as mg
from handwritten._chunked import default_chunk_rows
from inspector.bench import passes, providers
from inspector.bench.checks import check_output, peak_memory, reference_output
from inspector.core.timing import time_fn
from inspector.versions import collect

DTYPE = torch.bfloat16
MM_SHAPE = (8192, 3072, 768)
LCE_SHAPE = (8192, 50304, 768)
LCE_CHUNKS = (512, 1024, 1280)  # rows per chunk, autotuned; 1280: ~214 MiB by arithmetic, under 25% of compile's 872
DEVICE = "cuda"
T0 = time.time()


def log(msg: str) -> None:
    print(f"[{time.time() - T0:5.0f}s] {msg}", flush=True)


def bench_ms(fn: Callable[[], object]) -> float:
    return time_fn(fn, DEVICE).median_ms


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:160] if text else ''}"


class Suite:
    """Providers of one experiment and pass: checked, measured for memory, then timed together."""

    def __init__(self, label: str, spec, inputs: tuple, flops: int, spec_of_provider=None):
        self.label, self.spec, self.inputs, self.flops = label, spec, inputs, flops
        self.spec_of_provider = spec_of_provider or spec  # the experiment the bench's providers take
        self.ref = reference_output(spec, inputs)
        self.fns: dict[str, Callable[[], object]] = {}
        self.rows: dict[str, dict] = {}

    def add(self, name: str, fn: Callable[..., object] | None = None, check: bool = True, pass_: str = "") -> None:
        """Check `fn` (or, with pass_, the bench's provider `name` for that pass) and keep it for timing."""
        t0 = time.time()
        try:
            if fn is None:
                fn = providers.make(name, self.spec_of_provider, DEVICE, pass_)
            out = fn(*self.inputs)
            if DEVICE == "cuda":
                torch.cuda.synchronize()
            result = check_output(self.spec, out, self.inputs, self.ref, DTYPE) if check else None
            verdict = result.describe() if result is not None else "not checked (a floor, not the function)"
            del out
            peak = peak_memory(fn, self.inputs) / 2**20 if DEVICE == "cuda" else float("nan")
        except providers.Skip as skip:
            log(f"{self.label} {name}: skipped ({skip})")
            return
        except Exception as exc:  # a config this triton cannot build, a missing library: report, go on
            log(f"{self.label} {name}: FAILED {first_line(exc)}")
            return
        log(f"{self.label} {name}: first call {time.time() - t0:.1f}s; peak {peak:.0f} MiB; {verdict}")
        self.rows[name] = dict(suite=self.label, provider=name, peak_mib=round(peak, 1), check=verdict, times=[])
        if result is None or result.passed:  # a wrong provider is reported, never timed
            self.fns[name] = lambda fn=fn: fn(*self.inputs)

    def time(self, rounds: int) -> None:
        for _ in range(rounds):
            for name, fn in self.fns.items():
                self.rows[name]["times"].append(bench_ms(fn))
        for name, row in self.rows.items():
            ts = row.pop("times") or [float("nan")]
            row["ms"] = round(statistics.median(ts), 4)
            row["ms_min"], row["ms_max"] = round(min(ts), 4), round(max(ts), 4)
            row["tflops"] = round(self.flops / (row["ms"] * 1e-3) / 1e12, 1) if self.flops else ""
        log(f"{self.label}: timed {len(self.fns)} providers x {rounds} rounds")


# more TMA configs, timed only with --sweep (forward)
SWEEP = {
    "128x256x64_s4_w8_ws": mg.tma_config(128, 256, 64, 4, 8, ws=True),
    "128x128x64_s3_w4_2pSM_split1": mg.tma_config(128, 128, 64, 3, 4, split=1, per_sm=2),
    "128x128x64_s3_w4_2pSM_noflat": mg.tma_config(128, 128, 64, 3, 4, flatten=False, per_sm=2),
    "128x128x64_s2_w4_2pSM": mg.tma_config(128, 128, 64, 2, 4, per_sm=2),
    "128x128x32_s4_w4_2pSM": mg.tma_config(128, 128, 32, 4, 4, per_sm=2),
    "128x128x64_s3_w4_3pSM": mg.tma_config(128, 128, 64, 3, 4, per_sm=3),
}


# handwritten.mm_gelu_pingpong configs (overrides of its CONFIG), forward on Hopper
PINGPONG = {"128x128_s4": {}, "128x128_s3": dict(STAGES=3), "128x128_s5": dict(STAGES=5),
            "64x256_s4": dict(BLOCK_M=64, BLOCK_N=256), "128x128_s4_g16": dict(GROUP_M=16)}


def pingpong_providers(fwd: "Suite", y) -> None:
    """The Gluon ping-pong kernel with each of PINGPONG's configs, where it runs (a Hopper GPU)."""
    try:
        from handwritten import mm_gelu_pingpong as pp
    except ImportError as exc:
        log(f"mm_gelu forward pingpong: skipped ({first_line(exc)})")
        return
    reason = pp.why_not(*fwd.inputs)
    if reason is not None:
        log(f"mm_gelu forward pingpong: skipped ({reason})")
        return
    for cname, over in PINGPONG.items():
        fwd.add(f"pingpong:{cname}", lambda x, w, b, over=over: pp.mm_gelu_pingpong(x, w, b, out=y, config=over))


def relu_controls(fwd: "Suite", y) -> None:
    """--sweep: matmul_relu's TMA kernel with two mm_gelu configs: the same mainloop, an epilogue of one max."""
    from handwritten import matmul_relu as mr

    sms = torch.cuda.get_device_properties(0).multi_processor_count
    for cname in ("128x256x64_s4_w8", "128x128x64_s3_w4_2pSM"):
        cfg = dict(mg.TMA_CONFIGS[cname])
        warps, stages, per_sm = cfg.pop("num_warps"), cfg.pop("num_stages"), cfg.pop("PROGRAMS_PER_SM")
        relu_cfg = dict(cfg, PERSISTENT=True)
        fwd.add(f"relu_tma:{cname}", lambda x, w, b, c=relu_cfg, nw=warps, ns=stages, p=per_sm:
                mr.launch_tma(x, w, y, config=c, num_warps=nw, num_stages=ns, num_programs=p * sms), check=False)


def kernel_breakdown(label: str, fn: Callable[[], object], calls: int = 20) -> list[str]:
    """Each kernel's mean device time per call of fn (torch.profiler over `calls` calls, after the
    timing): which of a provider's kernels moves when its total differs between machines."""
    activity = torch.profiler.ProfilerActivity.CUDA if DEVICE == "cuda" else torch.profiler.ProfilerActivity.CPU
    with torch.profiler.profile(activities=[activity]) as prof:
        for _ in range(calls):
            fn()
        if DEVICE == "cuda":
            torch.cuda.synchronize()
    per_kernel = {}
    for event in prof.key_averages():
        us = (getattr(event, "self_device_time_total", 0) if DEVICE == "cuda" else event.self_cpu_time_total) / calls
        if us > 0:
            per_kernel[event.key] = us
    top = sorted(per_kernel.items(), key=lambda kv: -kv[1])[:4]
    return [f"{label}: {us:8.1f} us/call  {name[:90]}" for name, us in top]


def clocks() -> str:
    """The GPU's SM and memory clocks, power and throttle reasons now (nvidia-smi), beside the timings."""
    query = "clocks.sm,clocks.max.sm,clocks.mem,power.draw,power.limit,temperature.gpu,clocks_throttle_reasons.active"
    try:
        out = subprocess.run(["nvidia-smi", f"--query-gpu={query}", "--format=csv,noheader"], capture_output=True,
                             text=True, timeout=20).stdout.strip()
    except (OSError, subprocess.TimeoutExpired) as exc:
        out = f"unavailable ({type(exc).__name__})"
    return f"clocks ({query}): {out}"


def mm_gelu_suites(gen, rounds: int, max_autotune: bool, facts: list[str], sweep: bool = False) -> list[Suite]:
    spec = mg_exp.SPEC
    x, w, b = spec.make_inputs(MM_SHAPE, DTYPE, DEVICE, gen)
    flops = spec.flops(MM_SHAPE)
    fwd = Suite("mm_gelu forward", spec, (x, w, b), flops)
    fwd.add("cublas_mm", lambda x, w, b: torch.mm(x, w), check=False)
    fwd.add("cublas_addmm", lambda x, w, b: torch.addmm(b, x, w), check=False)
    for name in ("eager", "compile", "handwritten"):
        fwd.add(name, pass_="forward")
    if max_autotune:  # as the baselines were measured: without CUDA graphs, whose replays copy the inputs
        fwd.add("compile-max-autotune-nocg", torch.compile(spec.eager, mode="max-autotune-no-cudagraphs"))
    log(f"mm_gelu forward: autotuner picked {mg.tma_best_config()}")
    m, n, _ = MM_SHAPE
    y = torch.empty((m, n), dtype=DTYPE, device=DEVICE)
    for cname, cfg in {**mg.TMA_CONFIGS, **(SWEEP if sweep else {})}.items():
        def run(x, w, b, cfg=cfg):
            mg.launch_tma(x, w, b, y, config=cfg)
            return y
        fwd.add(f"tma:{cname}", run)
        facts.append(kernel_facts(f"forward {cname}", lambda cfg=cfg: mg.launch_tma(x, w, b, y, config=cfg)))
    pingpong_providers(fwd, y)
    if sweep:
        relu_controls(fwd, y)
    fwd.time(rounds)
    facts.append(clocks())
    for name in ("compile", "handwritten"):  # torch.compile's total varied between machines (docs/kernels-matmul.md)
        if name in fwd.fns:
            facts.extend(kernel_breakdown(f"forward {name}", fwd.fns[name]))

    step_spec = passes.view(spec, "step")
    inputs = step_spec.make_inputs(MM_SHAPE, DTYPE, DEVICE, gen)
    step = Suite("mm_gelu step", step_spec, inputs, 3 * flops, spec_of_provider=spec)
    for name in ("eager", "compile", "handwritten"):
        step.add(name, pass_="step")
    log(f"mm_gelu step: autotuner picked {mg.tma_best_config()}")
    dz = torch.empty((m, n), dtype=DTYPE, device=DEVICE)
    db_part = torch.zeros((-(-m // 32), n), dtype=torch.float32, device=DEVICE)  # rows for any BLOCK_M >= 32
    for cname, cfg in mg.TMA_CONFIGS.items():
        def run(x, w, b, g, cfg=cfg):
            mg.launch_tma(x, w, b, y, g, dz, db_part, config=cfg)  # writes its tile rows, the rest stay 0
            return (y, torch.mm(dz, w.t()), torch.mm(x.t(), dz), db_part.sum(0).to(b.dtype))
        step.add(f"tma:{cname}", run)
        facts.append(kernel_facts(f"step {cname}", lambda cfg=cfg: mg.launch_tma(*inputs[:3], y, inputs[3], dz, db_part,
                                                                                  config=cfg)))
    step.time(rounds)
    return [fwd, step]


def kernel_facts(label: str, launch: Callable[[], object]) -> str:
    """Registers, spills and shared memory of the kernel `launch` returns (a compiled Triton kernel)."""
    try:
        k = launch()
        return f"{label}: regs={k.n_regs} spills={k.n_spills} shared={k.metadata.shared}"
    except Exception as exc:  # diagnostics only
        return f"{label}: facts unavailable: {first_line(exc)}"


def lce_suite(gen, rounds: int, facts: list[str]) -> Suite:
    spec = lce_exp.SPEC
    inputs = spec.make_inputs(LCE_SHAPE, DTYPE, DEVICE, gen)
    suite = Suite("linear_cross_entropy step", spec, inputs, spec.flops(LCE_SHAPE))
    n, v, _ = LCE_SHAPE
    logits = torch.empty((n, v), dtype=DTYPE, device=DEVICE)

    def three_mm(h, weight, targets):
        torch.mm(h, weight.t(), out=logits)
        return torch.mm(logits, weight), torch.mm(logits.t(), h)

    suite.add("cublas_3mm", three_mm, check=False)
    rows = default_chunk_rows(n, v, DTYPE)

    def three_mm_chunked(h, weight, targets):
        """The launcher's matmuls alone (chunks of the default size, dW accumulated): what chunking
        costs cuBLAS (dh's output is rows x D, few tiles), apart from the row kernel."""
        dh, dw = torch.empty_like(h), torch.empty_like(weight)
        for start in range(0, n, rows):
            chunk = logits[: min(rows, n - start)]
            h_c = h[start:start + rows]
            torch.mm(h_c, weight.t(), out=chunk)
            torch.mm(chunk, weight, out=dh[start:start + rows])
            if start == 0:
                torch.mm(chunk.t(), h_c, out=dw)
            else:
                dw.addmm_(chunk.t(), h_c)
        return dh, dw

    suite.add(f"cublas_3mm_chunk{rows}", three_mm_chunked, check=False)
    for name in ("eager", "compile", "liger", "handwritten"):
        suite.add(name, pass_="step")
    for chunk in LCE_CHUNKS:
        suite.add(f"chunk{chunk}", lambda h, w, t, c=chunk: lce.linear_cross_entropy(h, w, t, chunk_rows=c))

    suite.add(f"two_pass_chunk{rows}",
              lambda h, w, t: lce_two_pass.linear_cross_entropy_two_pass(h, w, t, chunk_rows=rows))
    facts.append(f"linear_cross_entropy: the autotuner picked {lce.tma_best_config()}")
    for cname, cfg in lce.TMA_CONFIGS.items():
        suite.add(f"chunk{rows}:{cname}", lambda h, w, t, c=cfg: lce.linear_cross_entropy(h, w, t, config=c))
    suite.time(rounds)
    return suite


def best(rows: list[dict], prefix: str, budget_mib: float | None = None) -> dict | None:
    ok = [r for r in rows if r["provider"].startswith(prefix) and r.get("ms") == r.get("ms")
          and (budget_mib is None or r["peak_mib"] <= budget_mib)]
    return min(ok, key=lambda r: r["ms"]) if ok else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.environ.get("OUT", "gpu_mm_gelu_out"), help="folder for the CSV and kernels.txt")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds, providers alternating")
    parser.add_argument("--only", default="mm_gelu,lce", help="comma-separated: mm_gelu, lce")
    parser.add_argument("--no-max-autotune", action="store_true", help="skip torch.compile max-autotune (~1 min)")
    parser.add_argument("--sweep", action="store_true",
                        help="mm_gelu forward: also warp-specialized, two-programs-per-SM and matmul_relu variants")
    parser.add_argument("--cpu-smoke", action="store_true",
                        help="tiny shapes on the CPU under TRITON_INTERPRET=1: checks this script's logic, times nothing real")
    args = parser.parse_args()
    if args.cpu_smoke:
        global DEVICE, MM_SHAPE, LCE_SHAPE, LCE_CHUNKS
        DEVICE, MM_SHAPE, LCE_SHAPE, LCE_CHUNKS = "cpu", (64, 96, 32), (40, 300, 32), (16,)
        mg.TMA_CONFIGS = {"small": mg.tma_config(32, 64, 32, 2, 4)}
    elif not torch.cuda.is_available():
        print("needs a CUDA GPU", file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    v = collect(DEVICE)
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    header = f"GPU {v.device_name} | torch {v.torch} | triton {v.triton} | CUDA {v.cuda} | {date}"
    print(header, flush=True)
    gen = torch.Generator(device=DEVICE)
    gen.manual_seed(int.from_bytes(os.urandom(4), "little"))
    only = set(args.only.split(","))
    suites: list[Suite] = []
    facts: list[str] = []
    if "mm_gelu" in only:
        suites += mm_gelu_suites(gen, args.rounds, not args.no_max_autotune, facts, args.sweep)
        torch.cuda.empty_cache()
    if "lce" in only:
        suites.append(lce_suite(gen, args.rounds, facts))

    rows = [dict(r, device=v.device_name, torch=v.torch, triton=v.triton, date=date)
            for s in suites for r in s.rows.values()]
    with open(os.path.join(args.out, "gpu_mm_gelu.csv"), "w", newline="") as f:
        fields = ["suite", "provider", "ms", "ms_min", "ms_max", "tflops", "peak_mib", "check", "device", "torch",
                  "triton", "date"]
        writer = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    with open(os.path.join(args.out, "kernels.txt"), "w") as f:
        f.write("\n".join([header, *facts]) + "\n")

    print(f"\n{header}\n" + "\n".join(facts))
    print(f"{'suite':<28}{'provider':<26}{'ms':>9}{'min':>9}{'max':>9}{'TFLOP/s':>9}{'MiB':>8}{'vs compile':>11}")
    for s in suites:
        compiled = s.rows.get("compile", {}).get("ms")
        for r in sorted(s.rows.values(), key=lambda r: r.get("ms", float("inf"))):
            speed = f"{compiled / r['ms']:.2f}x" if compiled and r.get("ms") else ""
            print(f"{r['suite']:<28}{r['provider']:<26}{r['ms']:>9.4f}{r['ms_min']:>9.4f}{r['ms_max']:>9.4f}"
                  f"{r['tflops']!s:>9}{r['peak_mib']:>8.0f}{speed:>11}")
        picks = [("tma:", None), ("pingpong:", None), ("chunk", None)]
        if s.label.startswith("linear"):
            budget = 0.25 * s.rows["compile"]["peak_mib"] if "compile" in s.rows else None
            picks = [("chunk", budget)]
        for prefix, budget in picks:
            pick = best(list(s.rows.values()), prefix, budget)
            if pick:
                limit = f" within {budget:.0f} MiB (25% of compile's peak)" if budget else ""
                print(f"  best {prefix}* for {s.label}{limit}: {pick['provider']} {pick['ms']:.4f} ms, "
                      f"{pick['peak_mib']:.0f} MiB")
    print(f"CSV: {os.path.join(args.out, 'gpu_mm_gelu.csv')}; total {time.time() - T0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
