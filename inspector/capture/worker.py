"""The capture subprocess: `python -m inspector.capture.worker CONFIG.json RUN_DIR`.

It is started by inspector.capture.runner with the debug environment already set (TORCH_TRACE,
private cache dirs, provenance), so torch sees those settings at import. It compiles and runs
one experiment, then writes into RUN_DIR:
  results.json          correctness, first-call latency, steady-state eager vs compiled time
  runtime_kernels.json  per Triton kernel: the launch config chosen, n_regs, n_spills, shared memory,
                        the Triton cache hash (read from the loaded kernels after the run)
  profile.json          kernel events of up to `profile_calls` compiled calls (fewer for a long one,
                        `profile_calls()`): order and time per call,
                        each kernel's launching wrapper call, the harness's own kernels apart, the
                        span of a call (GPU: device events; CPU: C++ kernels' profiler records)
  phases.json           wall-clock seconds per phase (inspector.capture.phases)
  error.json            when something failed: phase, exception type, message, traceback
  capture_settings.json the capture settings applied, those left off (probe or retry) and why
  autotune.log          autotuning's log lines: Triton heuristics' time per config, failed choices
  fusion_log.json       the scheduler's fusion decisions per graph (inspector.capture.fusion_log)
Progress lines go to stderr as "[phase] message" for the parent to show.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
import traceback
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable

import torch

from experiments._catalog import dtype_name
from experiments._spec import DTYPES, format_shape
from inspector.capture import cudagraphs, device_lock, fusion_log, inductor_access, recheck, settings
from inspector.capture.checks import (GradCheck, check_forward, check_grads, grad_leaves, out_of_memory,
                                      out_of_memory_message, output_requiring_grad)
from inspector.capture.phases import PhaseClock
from inspector.capture.profile import profile_cpu, profile_kernels
from inspector.config import RunConfig
from inspector.core.policy import CheckResult
from inspector.core.timing import time_fn
from inspector.targets import TargetError, load_target
from inspector.versions import collect as collect_versions


def progress(phase: str, message: str) -> None:
    print(f"[{phase}] {message}", file=sys.stderr, flush=True)


def write(run_dir: Path, name: str, data: Any) -> None:
    with open(run_dir / name, "w") as f:
        json.dump(data, f, indent=2, default=str)
        f.write("\n")


def sync(device: str) -> None:
    if device == "cuda":
        torch.cuda.synchronize()


# A distributed rank's timing (rank_entry sets it): the same number of calls on every rank, or a
# call holding a collective waits for ever. None: time_fn's own loop.
LOCKSTEP_TIMER: recheck.Timer | None = None


def steady_ms(fn: Callable[[], Any], device: str) -> dict[str, float]:
    """Median and 20/80th percentile in ms: do_bench with L2 flush on the GPU, a wall-clock loop
    on the CPU (the same timing `inspect bench` uses); a rank's lockstep timing under torchrun."""
    return dict(LOCKSTEP_TIMER(fn, device)) if LOCKSTEP_TIMER else asdict(time_fn(fn, device))


PROFILE_WINDOW_MS = 100.0  # a long step is profiled over fewer calls: about this much of its time ...
MIN_PROFILE_CALLS = 3  # ... and never fewer calls than this


def profile_calls(most: int, median_ms: float) -> int:
    """How many compiled calls the profiler records: `most` (config.profile_calls) for a short call,
    fewer for a long one (a 17 ms GPT-2-small step: 6 calls, its 550 launches each, not 10): the
    profiler's events and their reading grow with the launches, and the parts of a step repeat."""
    enough = math.ceil(PROFILE_WINDOW_MS / max(median_ms, 1e-6))
    return max(min(most, MIN_PROFILE_CALLS), min(most, enough))


def timed_first_call(fn: Callable[[], Any], device: str) -> tuple[Any, float]:
    sync(device)
    t0 = time.perf_counter()
    out = fn()
    sync(device)
    return out, time.perf_counter() - t0


@dataclass
class Target:
    """The experiment as this worker runs it: its inputs, and how one call of a function on them
    is made (forward only, or a training step with --backward)."""

    spec: Any
    device: str
    dtype: torch.dtype
    shape: tuple[int, ...]
    seed: int
    inputs: tuple
    backward: bool

    def step(self, fn: Callable) -> Callable[[], Any]:
        return backward_step(fn, self.inputs, self.spec.name) if self.backward else lambda: fn(*self.inputs)

    def grad_mode(self):
        return grad_mode(self.backward)


def grad_mode(backward: bool):
    """No autograd graph for a forward-only call; a training step needs one."""
    return ExitStack() if backward else torch.no_grad()


@dataclass
class Stage:
    """The phase the worker is in, named in error.json when something fails."""

    name: str = "target"


def main(config_path: str, run_dir_arg: str) -> int:
    run_dir = Path(run_dir_arg)
    clock = PhaseClock()
    config = RunConfig.from_json(json.loads(Path(config_path).read_text()))
    stage = Stage()
    logs = ExitStack()
    device_lock.busy()  # this capture uses the cores until it exits, its own timing aside (device_lock)
    target: Target | None = None
    try:
        if config.capture:
            logs.enter_context(inductor_access.autotune_log(run_dir / "autotune.log"))
            logs.enter_context(fusion_log.record_fusion(run_dir / "fusion_log.json"))
        target = prepare(config, run_dir, stage)
        stage.name = "eager"
        with target.grad_mode():
            _, eager_first_s = timed_first_call(target.step(target.spec.eager), target.device)
        clock.lap("inputs")
        compiled, out, compiled_first_s, compile_times = compile_phase(target, config, run_dir, stage, clock)
        stage.name = "correctness"
        check = check_forward(target.spec, out, target.inputs, target.dtype)
        progress("check", check.describe())
        grads = GradCheck(skipped="forward only (no --backward)")
        if target.backward:
            grads = check_grads(target.spec, compiled, target.inputs, target.dtype, target.seed, target.device)
            progress("check", grads.describe())
        shape_runs = [run_shape(target.spec, compiled, extra, target.dtype, target.device, target.backward)
                      for extra in config.shapes[1:]]
        clock.lap("check")
        timed = measure_phase(target, config, compiled, run_dir, stage, clock)
        results = results_record(target, config, check, grads, shape_runs, eager_first_s, compiled_first_s,
                                 compile_times, timed)
        write(run_dir, "results.json", results)
        clock.lap("results")
        if not results["passed"]:
            stage.name = "correctness"
            failed = check if not check.passed else grads if not grads.passed else None
            raise AssertionError("compiled output does not match eager: "
                                 + (failed.describe() if failed else "a call with another of --shapes"))
        return 0
    except TargetError as exc:  # the user's reference is unusable: no capture, the parent exits 2
        write(run_dir, "error.json", {"phase": "target", "type": "TargetError", "message": str(exc), "traceback": exc.user_traceback or ""})
        return 4  # the parent prints the message
    except BaseException as exc:  # recorded for the manifest; the parent decides how to report
        oom = out_of_memory(exc)
        if oom is not None:  # too big for the GPU (the call, or a compile that wraps it): bad input, one line
            message = out_of_memory_message(oom, bool(target and target.spec.shape_names), config.backward)
            write(run_dir, "error.json", {"phase": "target", "type": "OutOfMemoryError", "message": message, "traceback": ""})
            return 4
        write(
            run_dir,
            "error.json",
            {"phase": stage.name, "type": type(exc).__name__, "message": str(exc)[:4000], "traceback": traceback.format_exc()[-8000:]},
        )
        progress("error", f"{stage.name}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        return 3
    finally:
        logs.close()
        clock.write(run_dir)


def results_record(target: Target, config: RunConfig, check: CheckResult, grads: GradCheck,
                   shape_runs: list[dict[str, Any]], eager_first_s: float, compiled_first_s: float,
                   compile_times: dict[str, float], timed: tuple) -> dict[str, Any]:
    """results.json: correctness, first calls, steady state and the bytes/FLOPs model."""
    eager_t, compiled_t, graphs_timing = timed
    nbytes = target.spec.bytes_moved(target.shape, target.dtype)
    return {
        "experiment": target.spec.name,
        "shape": list(target.shape),
        "shape_names": list(target.spec.shape_names),
        "dtype": dtype_name(target.dtype),
        "device": target.device,
        "seed": target.seed,
        "backward": target.backward,
        "shape_runs": shape_runs,
        "correctness": {"forward": check.to_json(), "grads": {k: v.to_json() for k, v in grads.results.items()},
                        "grads_summary": grads.to_json()},
        "passed": check.passed and grads.passed and all(r["passed"] for r in shape_runs),
        "first_call_s": {"eager": eager_first_s, "compiled": compiled_first_s},
        "compile_time_s": compile_times,
        "steady": {"eager": eager_t, "compiled": compiled_t},
        "cudagraphs": graphs_timing,
        "speedup_compiled_vs_eager": eager_t["median_ms"] / compiled_t["median_ms"] if config.measure else None,
        "bytes_moved": nbytes,
        "flops": target.spec.flops(target.shape),
        "bytes_model": ("none: user code that holds a model's parameters (its traffic is parameters and activations)"
                        if nbytes is None else "forward only: each input read once, each output written once"
                        + ("" if not target.backward else " (the timed step also runs backward)")),
    }


def prepare(config: RunConfig, run_dir: Path, stage: Stage) -> Target:
    """Load the experiment (TargetError when the user's reference is unusable), check the options
    against it, record the versions and make the inputs."""
    device = config.device
    spec = load_target(config.experiment, device)
    if not spec.shape_names and (config.shape or config.shapes):
        raise TargetError(f"{config.experiment} makes its own inputs: --shape/--shapes apply to experiments "
                          "and to functions that take a `shape` argument")
    if config.dtype and DTYPES[config.dtype] not in spec.dtypes:
        raise TargetError(f"{config.experiment} does not take --dtype {config.dtype} "
                          f"(it supports {', '.join(dtype_name(d) for d in spec.dtypes)})")
    stage.name = "setup"
    dtype = DTYPES[config.dtype] if config.dtype else spec.default_dtype(device)
    shape = tuple(config.shapes[0]) if config.shapes else tuple(config.shape) if config.shape else spec.default_shape(device)
    versions = collect_versions(device)
    write(run_dir, "versions.json", versions.to_json())
    seed = config.seed if config.seed is not None else int.from_bytes(os.urandom(4), "little") & 0x7FFFFFFF
    torch.manual_seed(seed)
    inputs = spec.make_inputs(shape, dtype, device, None)
    backward = config.backward and spec.supports_backward
    if backward:
        inputs = with_grad(inputs)
    progress("setup", f"{spec.name} {format_shape(shape)} {dtype_name(dtype)} on {versions.device_name}")
    return Target(spec, device, dtype, shape, seed, inputs, backward)


def compile_phase(target: Target, config: RunConfig, run_dir: Path, stage: Stage, clock: PhaseClock):
    """Import the compiler and compile with the first call (the host's lock is held shared since
    main began: timings wait for compiles, see device_lock). Returns compile_first_call's tuple."""
    stage.name = "compile"
    clock.lap("wait")
    inductor_access.import_compiler()
    clock.lap("imports")
    progress("compile", f"torch.compile(mode={config.mode!r}, dynamic={config.dynamic}) — first call compiles")
    compiled = compile_first_call(target.spec, config, run_dir, target.step, target.device, target.backward)
    progress("compile", f"first call (compile + run) took {compiled[2]:.1f} s")
    clock.lap("compile")
    return compiled


def measure_phase(target: Target, config: RunConfig, compiled: Callable, run_dir: Path, stage: Stage,
                  clock: PhaseClock) -> tuple[dict | None, dict | None, dict | None]:
    """Steady-state eager and compiled times, the loaded kernels, per-kernel times (GPU) and the
    time without CUDA graphs (their modes), with this device's lock and then the host's held, so
    that no other capture times or compiles meanwhile. Returns (eager, compiled, cudagraphs)."""
    device, spec = target.device, target.spec
    if config.measure:
        device_lock.idle()  # never wait for the locks below while holding the host's shared
    held = device_lock.acquire() if config.measure else None  # one capture at a time times this device
    # and no other capture runs meanwhile; on the CPU the device's lock is the host's, held just above
    quiet = device_lock.acquire_host() if config.measure and device != "cpu" else None
    clock.lap("wait")
    eager_t = compiled_t = graphs_timing = None
    if config.measure:
        stage.name = "timing"
        progress("timing", "steady-state eager vs compiled")
        with target.grad_mode():
            eager_t = recheck.timed_with_load(target.step(spec.eager), device, LOCKSTEP_TIMER)
            compiled_t = recheck.timed_with_load(target.step(compiled), device, LOCKSTEP_TIMER)
            # the noise rule's second look (core.timing_noise): both again, alternately
            eager_t["recheck_ms"], compiled_t["recheck_ms"] = recheck.recheck(
                target.step(spec.eager), target.step(compiled), device, LOCKSTEP_TIMER, (eager_t, compiled_t))
    clock.lap("timing")
    write(run_dir, "runtime_kernels.json", inductor_access.loaded_kernels() if config.capture else [])
    if config.capture and config.measure:
        stage.name = "profile"
        calls = profile_calls(config.profile_calls, compiled_t["median_ms"])
        progress("profile", f"per-kernel times over {calls} compiled calls")
        with target.grad_mode():
            write(run_dir, "profile.json", (profile_kernels if device == "cuda" else profile_cpu)(
                target.step(compiled), calls))
    clock.lap("profile")
    if device == "cuda" and config.measure and config.mode in cudagraphs.CUDAGRAPH_MODES:
        stage.name = "cudagraphs"
        progress("cudagraphs", "steady state again with CUDA graphs off (a second compile)")
        without = inductor_access.compile_without_cudagraphs(spec.eager, config.mode, config.dynamic)
        if without is not None:
            with target.grad_mode():
                target.step(without)()
                graphs_timing = {"with_ms": compiled_t["median_ms"],
                                 "without_ms": steady_ms(target.step(without), device)["median_ms"]}
        clock.lap("cudagraphs")
    device_lock.release(quiet)
    device_lock.release(held)  # the GPU phases (timing, profile, CUDA graphs) are done
    device_lock.busy()
    return eager_t, compiled_t, graphs_timing


def compile_first_call(spec, config: RunConfig, run_dir: Path, step: Callable, device: str, backward: bool):
    """torch.compile and its first call (which compiles). With capture settings on, a failure that
    one of them explains is retried once without it, after a fresh Dynamo reset; what was left off
    and why goes to capture_settings.json (the manifest's dropped_settings). Returns the compiled
    function, the first output, the first call's seconds and the compile time by phase."""
    chosen = settings.plan(run_dir / "debug", mode=config.mode) if config.capture else None
    record: dict[str, Any] = {"applied": [], "dropped": [], "retried": False}
    before: dict[str, float] = {}
    for attempt in (1, 2):
        if chosen is not None:
            record.update(applied=chosen.applied(), dropped=list(chosen.dropped))
            write(run_dir, "capture_settings.json", record)
        compiled = torch.compile(spec.eager, mode=config.mode, dynamic=config.dynamic)
        try:
            with ExitStack() as stack:
                if chosen is not None:
                    stack.enter_context(inductor_access.capture_settings(run_dir / "debug", chosen))
                with grad_mode(backward):
                    out, first_s = timed_first_call(step(compiled), device)
        except Exception as exc:
            culprits = settings.implicated(exc, chosen) if chosen is not None and attempt == 1 else []
            if not culprits:
                raise
            for name, reason in culprits:
                chosen.drop(name, reason, "retry")
                progress("compile", f"retrying once without {name}: {reason}")
            # the failed attempt stays in the raw trace; readers start after it
            record.update(retried=True, retry_trace_offsets=inductor_access.trace_offsets(run_dir / "trace"))
            before = inductor_access.compile_time_totals()
            inductor_access.reset_dynamo()
            continue
        after = inductor_access.compile_time_totals()  # the compile alone, before any rerun
        return compiled, out, first_s, {k: v - before.get(k, 0.0) for k, v in after.items()}
    raise AssertionError("unreachable: the second attempt returns or raises")


def backward_step(fn: Callable, inputs: tuple, name: str = "the function") -> Callable[[], Any]:
    """One training step of fn on inputs (leaves from with_grad): clear the grads of the inputs
    and of the parameters fn holds (as zero_grad(set_to_none=True) does, so no step adds into the
    last one's), call, and backpropagate from the first output: 1 for a loss, else a random
    gradient drawn at the first call and reused. TargetError when the output cannot be."""
    grad_holder: dict[str, torch.Tensor] = {}
    leaves = [t for _, t in grad_leaves(fn, inputs)[0]] + [t for t in inputs if isinstance(t, torch.Tensor)]

    def run():
        for t in leaves:
            t.grad = None
        out = fn(*inputs)
        first = output_requiring_grad(out, name)
        first.backward(grad_holder.setdefault("g", torch.ones_like(first) if first.dim() == 0 else torch.randn_like(first)))
        return out

    return run


def with_grad(inputs: tuple) -> tuple:
    """Floating-point tensor inputs as leaves that require grad; anything else as it is."""
    return tuple(
        t.detach().requires_grad_(t.is_floating_point()) if isinstance(t, torch.Tensor) else t for t in inputs
    )


def run_shape(spec, compiled, shape, dtype, device: str, backward: bool) -> dict[str, Any]:
    """One more call of the compiled function on new inputs of `shape`: a guard failure makes
    Dynamo recompile (with dynamic shapes after the first change), which the trace records."""
    inputs = spec.make_inputs(tuple(shape), dtype, device, None)
    if backward:
        inputs = with_grad(inputs)
    progress("shapes", f"calling the compiled function with shape {format_shape(shape)}")
    with grad_mode(backward):
        out, first_s = timed_first_call(lambda: compiled(*inputs), device)
    check = check_forward(spec, out, inputs, dtype)
    progress("check", f"{format_shape(shape)}: {check.describe()}")
    return {"shape": list(shape), "first_call_s": first_s, "passed": check.passed, "correctness": check.to_json()}


def exit_now(code: int) -> None:
    """Leave without the interpreter's teardown: everything is written by now, and tearing down
    torch after a compile (Inductor's compile-worker pool, ~0.5 M objects) took 2-5 s of every
    capture on a 2-core CPU. The trace's log handlers and the standard streams are flushed first."""
    import logging

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    exit_now(main(sys.argv[1], sys.argv[2]))
