"""`--counters` for `inspect run` and `inspect bench`: one profiled call per provider, or one line
saying why there are no counters.

A capture (`add_to_capture`, called by the runner once the worker has finished and its files are
collected) profiles the compiled call in a process of its own (counters_worker) with the run's
environment, so its compile hits the run's warm Inductor/Triton cache and generates the same
kernels; the counters go into kernels.json (per kernel, and all of them, extern kernels included,
under "counters"), the ncu report and its CSV stay in the run folder. A bench (`bench_counters`)
does the same for each provider of one experiment, so both sides of a diff are measured alike.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from inspector.capture import counters

Progress = Callable[[str], None]
UNAVAILABLE = "counters unavailable: {}"


@dataclass(frozen=True)
class Outcome:
    """What --counters gave: the kernels of each provider, or the reason there are none."""

    kernels: dict[str, list[dict[str, Any]]]
    meta: dict[str, Any]
    reason: str = ""

    @property
    def line(self) -> str:
        if self.reason:
            return UNAVAILABLE.format(self.reason)
        return "counters: " + ", ".join(f"{p} {len(ks)} kernels" for p, ks in self.kernels.items())

    def to_json(self) -> dict[str, Any]:
        return {"status": "unavailable" if self.reason else "ok", "reason": self.reason, **self.meta}


def worker_argv(job_path: Path) -> list[str]:
    return [sys.executable, "-m", "inspector.capture.counters_worker", str(job_path)]


def profile_providers(device: str, job: Mapping[str, Any], providers: Sequence[str], out_dir: Path,
                      env: Mapping[str, str] | None = None, progress: Progress = lambda line: None,
                      ncu: counters.Ncu | None = None) -> Outcome:
    """Profile one steady-state call of each provider (a process each) into out_dir; a provider
    that fails is left out with its reason in the meta, the others go on."""
    env = dict(os.environ if env is None else env)
    try:
        ncu = ncu or counters.availability(device, env)
    except counters.CountersUnavailable as exc:
        return Outcome({}, {}, str(exc))
    kernels, failures, meta = {}, {}, {}
    for provider in providers:
        progress(f"[counters] {provider}: one call under ncu {ncu.version}")
        job_path = out_dir / f"counters-{_safe(provider)}.job.json"
        copy_path = out_dir / "counters-copy.json"
        job_path.write_text(json.dumps({**job, "provider": provider, "copy_out": None if "copy_gb_per_s" in meta
                                        else str(copy_path)}))
        try:
            done = counters.run_profiled(ncu, worker_argv(job_path), env, out_dir, f"counters-{_safe(provider)}")
        except counters.CountersUnavailable as exc:
            failures[provider] = str(exc)
            progress(f"[counters] {provider}: {exc}")
            continue
        finally:
            job_path.unlink(missing_ok=True)
        kernels[provider] = done.kernels
        copy = json.loads(copy_path.read_text()) if copy_path.is_file() else {}
        copy_path.unlink(missing_ok=True)
        meta = {**counters.counters_meta(ncu, done, provider), **meta}
        if copy.get("gb_per_s"):
            meta.update(copy_gb_per_s=copy["gb_per_s"], copy_label=copy.get("label", ""))
    meta = {**{k: v for k, v in meta.items() if k not in ("provider", "report", "csv")}, "failures": failures}
    if not kernels:
        return Outcome({}, meta, "; ".join(f"{p}: {why}" for p, why in failures.items()) or "no provider")
    return Outcome(kernels, meta)


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)


def capture_job(config) -> dict[str, Any]:
    """The counters_worker job of a capture's compiled call (config: RunConfig)."""
    shape = config.shapes[0] if config.shapes else config.shape
    return {"experiment": config.experiment, "device": config.device, "shape": list(shape) if shape else None,
            "dtype": config.dtype, "mode": config.mode, "dynamic": config.dynamic, "backward": config.backward,
            "seed": config.seed}


def add_to_capture(config, run_dir: Path, env: Mapping[str, str], progress: Progress = lambda line: None) -> Outcome:
    """--counters of `inspect run`: profile the compiled call, merge into run_dir/kernels.json,
    print one line either way."""
    outcome = profile_providers(config.device, capture_job(config), ["compiled"], run_dir, env, progress)
    path = run_dir / "kernels.json"
    if not outcome.reason and path.is_file():
        data = json.loads(path.read_text())
        meta = {**outcome.meta, "report": "counters-compiled.ncu-rep", "csv": "counters-compiled.csv"}
        path.write_text(json.dumps(counters.merge_into_kernels(data, outcome.kernels["compiled"], meta), indent=2) + "\n")
    progress(f"[counters] {outcome.line}")
    return outcome


def bench_job(experiment: str, device: str, shape: Sequence[int], dtype: str, pass_: str) -> dict[str, Any]:
    return {"experiment": experiment, "device": device, "shape": list(shape), "dtype": dtype, "pass": pass_}


def summary_rows(kernels: Sequence[Mapping[str, Any]]) -> list[tuple[str, float, str, str]]:
    """(metric, value, unit, note) bench rows of one provider's profiled call: the sums over its
    kernels of what the gap split needs (a metric missing from any kernel is left out)."""
    rows = [("ncu_kernels", float(len(kernels)), "kernels", ", ".join(str(k.get("name", ""))[:60] for k in kernels))]
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


def bench_counters(experiment: str, device: str, shape: Sequence[int], dtype: str, pass_: str,
                   providers: Sequence[str], out_dir: Path, ncu: counters.Ncu, make_row: Callable[..., Any],
                   progress: Progress = lambda line: None) -> list[Any]:
    """--counters of `inspect bench` for one experiment: each provider's profiled call as rows
    (make_row(provider, metric, value, unit, note)), the reports kept in out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    outcome = profile_providers(device, bench_job(experiment, device, shape, dtype, pass_), providers, out_dir,
                                progress=progress, ncu=ncu)
    progress(f"[counters] {experiment}: {outcome.line}")
    (out_dir / "counters.json").write_text(json.dumps({**outcome.to_json(), "kernels": outcome.kernels}, indent=2) + "\n")
    return [make_row(provider, *row) for provider, ks in outcome.kernels.items() for row in summary_rows(ks)]
