"""`inspect run --counters`: the compiled call of a capture, profiled once under Nsight Compute.

`add_to_capture` (called by the runner once the worker has finished and its files are collected)
profiles the compiled call in a process of its own (inspector.capture.counters_worker) with the
run's environment, so its compile hits the run's warm Inductor/Triton cache and generates the same
kernels; the counters go into kernels.json (per kernel, and all of them, extern kernels included,
under "counters"), the ncu report and its CSV stay in the run folder. Finding ncu, its command
and its CSV are in inspector/core/ncu.py, the per-provider driver in inspector/core/ncu_jobs.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Mapping

from inspector.core.ncu import merge_into_kernels
from inspector.core.ncu_batches import profile_ranked
from inspector.core.ncu_jobs import Outcome, profile_providers
from inspector.core.ncu_select import DEFAULT_BUDGET_S, ranked
from inspector.core.progress import Progress
from inspector.store import load_optional


def worker_argv(job_path: Path) -> list[str]:
    return [sys.executable, "-m", "inspector.capture.counters_worker", str(job_path)]


def capture_job(config) -> dict[str, Any]:
    """The counters_worker job of a capture's compiled call (config: RunConfig)."""
    shape = config.shapes[0] if config.shapes else config.shape
    return {"experiment": config.experiment, "device": config.device, "shape": list(shape) if shape else None,
            "dtype": config.dtype, "mode": config.mode, "dynamic": config.dynamic, "backward": config.backward,
            "seed": config.seed}


def add_to_capture(config, run_dir: Path, env: Mapping[str, str], progress: Progress = lambda line: None) -> Outcome:
    """--counters of `inspect run`: profile the compiled call's distinct kernels once each, most
    device time first (the capture's profile.json), within config.counters_budget_s; merge what
    was measured into run_dir/kernels.json, print one line either way (partial says so). Without
    per-kernel times (no profile.json) every launch of the call is profiled, as for bench."""
    # the run's caches, not its trace: the profiled process's compile is not the captured one
    env = {k: v for k, v in env.items() if k != "TORCH_TRACE"}
    budget = getattr(config, "counters_budget_s", None) or DEFAULT_BUDGET_S
    kernels = ranked(load_optional(run_dir / "profile.json", {}))
    if kernels:
        outcome = profile_ranked(config.device, capture_job(config), kernels, budget, run_dir, worker_argv, env, progress)
    else:
        outcome = profile_providers(config.device, capture_job(config), ["compiled"], run_dir, worker_argv, env,
                                    progress, timeout_s=budget)
    path = run_dir / "kernels.json"
    if outcome.kernels.get("compiled") and path.is_file():
        data = json.loads(path.read_text())
        meta = {k: v for k, v in outcome.to_json().items() if k != "line"}
        if "runs" not in meta:  # one ncu run of every launch: its files keep the provider's name
            meta.update(report="counters-compiled.ncu-rep", csv="counters-compiled.csv")
        path.write_text(json.dumps(merge_into_kernels(data, outcome.kernels["compiled"], meta), indent=2) + "\n")
    progress(f"[counters] {outcome.line}")
    return outcome
