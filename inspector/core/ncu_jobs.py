"""The driver of `--counters`: one profiled call per provider, each in a process of its own, or one
line saying why there are no counters.

`profile_providers` writes a job file per provider and runs the caller's worker on it under ncu
(inspector/core/ncu.py): `inspect run` passes inspector.capture.counters_worker (the compiled call,
in the run's environment, so its compile hits the run's warm Inductor/Triton cache and generates
the same kernels), `inspect bench` passes inspector.bench.counters_worker (its providers, so both
sides of a diff are measured alike). A worker builds its call and hands it to `run_worker`: first
call and WARMUP_CALLS more, then ONE call between cudaProfilerStart and cudaProfilerStop, and the
copy bandwidth after the profiled range when the job asks for it. `summary_rows` turns one
provider's kernels into bench rows.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from inspector.core import ncu as ncu_tool
from inspector.core.progress import Progress

WorkerArgv = Callable[[Path], list[str]]  # the job file -> the worker's command line
UNAVAILABLE = "counters unavailable: {}"
WARMUP_CALLS = 3  # after the first: autotuning and lazy initialisation are over before the profiled call


@dataclass(frozen=True)
class Outcome:
    """What --counters gave: the kernels of each provider, or the reason there are none. A run
    that profiled kernels chosen from the capture's times (`profile_ranked`) also says how many
    of the call's distinct kernels it covered and their share of the device time: fewer than
    all is "partial", never "ok"."""

    kernels: dict[str, list[dict[str, Any]]]
    meta: dict[str, Any]
    reason: str = ""
    distinct: int = 0  # the call's distinct kernels (0: not a ranked run)
    covered: int = 0  # how many of them have counters
    share: float | None = None  # their share of the call's device time

    @property
    def status(self) -> str:
        if self.reason and not self.covered:
            return "unavailable"
        return "partial" if self.distinct and self.covered < self.distinct else "ok"

    @property
    def line(self) -> str:
        if self.status == "unavailable":
            return UNAVAILABLE.format(self.reason)
        if self.distinct:
            share = f", {self.share:.0%} of the device time" if self.share is not None else ""
            why = f" ({self.reason})" if self.reason else ""
            return f"counters: {self.covered} of {self.distinct} kernels{share}{why}"
        return "counters: " + ", ".join(f"{p} {len(ks)} kernels" for p, ks in self.kernels.items())

    def to_json(self) -> dict[str, Any]:
        coverage = ({"kernels_distinct": self.distinct, "kernels_covered": self.covered,
                     "device_time_share": self.share, "line": self.line} if self.distinct else {})
        return {"status": self.status, "reason": self.reason, **coverage, **self.meta}


def profile_providers(device: str, job: Mapping[str, Any], providers: Sequence[str], out_dir: Path,
                      worker_argv: WorkerArgv, env: Mapping[str, str] | None = None,
                      progress: Progress = lambda line: None, ncu: ncu_tool.Ncu | None = None,
                      timeout_s: float = ncu_tool.TIMEOUT_S) -> Outcome:
    """Profile one steady-state call of each provider (worker_argv(job file), a process each) into
    out_dir, every launch of it; a provider that fails is left out with its reason in the meta,
    the others go on. timeout_s: per provider's ncu run."""
    env = dict(os.environ if env is None else env)
    try:
        ncu = ncu or ncu_tool.availability(device, env)
    except ncu_tool.CountersUnavailable as exc:
        return Outcome({}, {}, str(exc))
    kernels, failures, meta = {}, {}, {}
    for provider in providers:
        progress(f"[counters] {provider}: one call under ncu {ncu.version}")
        job_path = out_dir / f"counters-{_safe(provider)}.job.json"
        copy_path = out_dir / "counters-copy.json"
        job_path.write_text(json.dumps({**job, "provider": provider, "copy_out": None if "copy_gb_per_s" in meta
                                        else str(copy_path)}))
        try:
            done = ncu_tool.run_profiled(ncu, worker_argv(job_path), env, out_dir, f"counters-{_safe(provider)}",
                                         timeout_s=timeout_s)
        except ncu_tool.CountersUnavailable as exc:
            failures[provider] = str(exc)
            progress(f"[counters] {provider}: {exc}")
            continue
        finally:
            job_path.unlink(missing_ok=True)
        kernels[provider] = done.kernels
        copy = json.loads(copy_path.read_text()) if copy_path.is_file() else {}
        copy_path.unlink(missing_ok=True)
        meta = {**ncu_tool.counters_meta(ncu, done, provider), **meta}
        if copy.get("gb_per_s"):
            meta.update(copy_gb_per_s=copy["gb_per_s"], copy_label=copy.get("label", ""))
    meta = {**{k: v for k, v in meta.items() if k not in ("provider", "report", "csv")}, "failures": failures}
    if not kernels:
        return Outcome({}, meta, "; ".join(f"{p}: {why}" for p, why in failures.items()) or "no provider")
    return Outcome(kernels, meta)


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)


LAUNCH_SHAPE = (("grid_size", "grid {:.0f}"), ("block_size", "{:.0f} threads"), ("registers", "{:.0f} registers"))


def _launch_text(kernel: Mapping[str, Any]) -> str:
    """A kernel's name and launch shape, which tell one autotuned config from another:
    "triton_poi_fused_mul_silu_0 (grid 32768, 128 threads, 32 registers)"."""
    name = str(kernel.get("name", ""))[:60]
    shape = [label.format(kernel[key]) for key, label in LAUNCH_SHAPE if isinstance(kernel.get(key), (int, float))]
    return f"{name} ({', '.join(shape)})" if shape else name


def summary_rows(kernels: Sequence[Mapping[str, Any]]) -> list[tuple[str, float, str, str]]:
    """(metric, value, unit, note) bench rows of one provider's profiled call: the sums over its
    kernels of what the gap split needs (a metric missing from any kernel is left out)."""
    rows = [("ncu_kernels", float(len(kernels)), "kernels", ", ".join(_launch_text(k) for k in kernels))]
    for key, metric, unit in (("duration_us", "ncu_duration_us", "us"), ("dram_read_bytes", "ncu_dram_read_bytes", "byte"),
                              ("dram_write_bytes", "ncu_dram_write_bytes", "byte"),
                              ("instructions", "ncu_instructions", "warp instructions")):
        values = [k.get(key) for k in kernels]
        if values and all(isinstance(v, (int, float)) for v in values):
            rows.append((metric, float(sum(values)), unit, "Nsight Compute, one call, caches flushed"))
    rates = [k["smsp_count"] * k["smsp_clock_hz"] for k in kernels if k.get("smsp_count") and k.get("smsp_clock_hz")]
    if rates:
        rows.append(("ncu_issue_per_s", max(rates), "warp instructions/s", "schedulers x SM clock"))
    return rows


# ---------------------------------------------------------------------------------- in the worker


def profile_one_call(call: Callable[[], Any], warmup: int = WARMUP_CALLS,
                     started: Callable[[], None] = lambda: None) -> None:
    """Warm up, then one call between cudaProfilerStart and cudaProfilerStop (`started` first:
    the driver learns how long the start took)."""
    import torch

    for _ in range(1 + warmup):
        call()
    torch.cuda.synchronize()
    started()
    torch.cuda.profiler.start()
    try:
        call()
        torch.cuda.synchronize()
    finally:
        torch.cuda.profiler.stop()


def run_worker(job_path: str, build: Callable[[dict[str, Any]], Callable[[], Any]]) -> int:
    """A worker's main: the job's call built by `build`, profiled once; with "copy_out", the copy
    bandwidth (the ceiling of the memory floors, analysis/bounds.py) measured on the same GPU
    after the profiled range and written there."""
    job = json.loads(Path(job_path).read_text())
    started = job.get("started_out")
    profile_one_call(build(job), started=lambda: Path(started).write_text(str(time.time())) if started else None)
    if job.get("copy_out"):
        from inspector.core.timing import copy_bandwidth

        copy = copy_bandwidth(job["device"])
        Path(job["copy_out"]).write_text(json.dumps({"gb_per_s": copy.gb_per_s, "label": copy.label}))
    return 0
