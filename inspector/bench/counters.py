"""`inspect bench --counters`: one call of each provider of an experiment, profiled under Nsight
Compute in a process of its own (inspector.bench.counters_worker), so both sides of a diff are
measured alike; per provider, the sums over its kernels as bench rows, the reports kept beside the
CSV. Finding ncu, its command and its CSV are in inspector/core/ncu.py, the per-provider driver in
inspector/core/ncu_jobs.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from inspector.core.ncu import Ncu
from inspector.core.ncu_jobs import profile_providers, summary_rows
from inspector.core.progress import Progress


def worker_argv(job_path: Path) -> list[str]:
    return [sys.executable, "-m", "inspector.bench.counters_worker", str(job_path)]


def bench_job(experiment: str, device: str, shape: Sequence[int], dtype: str, pass_: str) -> dict[str, Any]:
    return {"experiment": experiment, "device": device, "shape": list(shape), "dtype": dtype, "pass": pass_}


def bench_counters(experiment: str, device: str, shape: Sequence[int], dtype: str, pass_: str,
                   providers: Sequence[str], out_dir: Path, ncu: Ncu, make_row: Callable[..., Any],
                   progress: Progress = lambda line: None) -> list[Any]:
    """--counters of `inspect bench` for one experiment: each provider's profiled call as rows
    (make_row(provider, metric, value, unit, note)), the reports kept in out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    outcome = profile_providers(device, bench_job(experiment, device, shape, dtype, pass_), providers, out_dir,
                                worker_argv, progress=progress, ncu=ncu)
    progress(f"[counters] {experiment}: {outcome.line}")
    (out_dir / "counters.json").write_text(json.dumps({**outcome.to_json(), "kernels": outcome.kernels}, indent=2) + "\n")
    return [make_row(provider, *row) for provider, ks in outcome.kernels.items() for row in summary_rows(ks)]
