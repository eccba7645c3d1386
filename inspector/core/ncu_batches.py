"""`inspect run --counters` at model scale: each distinct kernel of the call profiled once, most
expensive first, in at most two ncu runs within a time budget, with a progress line per kernel.

`profile_ranked` takes the call's kernels ranked by device time (ncu_select.ranked, from the
capture's profile.json), plans the runs (ncu_select.plan: the first run covers the kernels that
make 90% of the device time, the second the rest that the budget leaves room for, re-planned
with the first run's measured start and per-kernel cost), and runs each as ncu_jobs does: the
caller's worker under ncu, one steady-state call between cudaProfilerStart/Stop, here with
`--kernel-id ::regex:^(names)$:1` so that each kernel's first launch alone is profiled. What it
covered (kernels, share of the device time) travels in the Outcome: a run that covered fewer
than all is "partial", one that covered none "unavailable", each with its reason.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, Mapping, Sequence

from inspector.core import ncu as ncu_tool
from inspector.core import ncu_select as sel
from inspector.core.ncu_jobs import Outcome, WorkerArgv
from inspector.core.progress import Progress

PROVIDER = "compiled"


def _progress_line(done: int, distinct: int, share: float, elapsed_s: float) -> str:
    return f"[counters] {done}/{distinct} kernels, {share:.0%} of the device time, {elapsed_s:.0f} s"


def annotate(records: Sequence[dict[str, Any]], kernels: Sequence[sel.KernelTime]) -> list[dict[str, Any]]:
    """Each ncu record with the launches per call of the kernel it stands for: it measured one
    launch (the first), and the call runs that kernel `launches_per_call` times."""
    by_name = {k.name: k for k in kernels}
    by_function: dict[str, sel.KernelTime] = {}
    for k in kernels:
        by_function.setdefault(k.function, k)
    out = []
    for rec in records:
        k = by_name.get(str(rec.get("name"))) or by_function.get(sel.function_name(str(rec.get("name", ""))))
        out.append({**rec, "sampled": "first launch", "launches_per_call": k.launches if k else None})
    return out


def profile_ranked(device: str, job: Mapping[str, Any], kernels: Sequence[sel.KernelTime], budget_s: float,
                   out_dir: Path, worker_argv: WorkerArgv, env: Mapping[str, str] | None = None,
                   progress: Progress = lambda line: None, ncu: ncu_tool.Ncu | None = None) -> Outcome:
    """Profile the call's distinct kernels once each within budget_s seconds (see the module)."""
    env = dict(os.environ if env is None else env)
    distinct = len(kernels)
    try:
        ncu = ncu or ncu_tool.availability(device, env)
    except ncu_tool.CountersUnavailable as exc:
        return Outcome({}, {}, str(exc), distinct=distinct)
    begun = time.time()
    first = sel.plan(kernels, budget_s)
    total = first.total_us
    if not first.batches:
        return Outcome({}, {"budget_s": budget_s}, "; ".join(first.notes) or "no kernel to profile", distinct=distinct)
    progress(f"[counters] {distinct} distinct kernels; the first ncu run profiles the {len(first.batches[0])} that make "
             f"{first.share(first.batches[0]):.0%} of the device time (budget {budget_s:.0f} s, ncu {ncu.version})")
    records: list[dict[str, Any]] = []
    failures: list[str] = []
    runs: list[dict[str, Any]] = []
    meta: dict[str, Any] = {}
    tried: list[sel.KernelTime] = []
    done: list[str] = []
    batch = first.batches[0]
    how = sel.FILTERS[0]
    while batch:
        index = len(runs) + 1
        name = f"counters-{PROVIDER}-{index}"
        job_path, started_path, copy_path = (out_dir / f"{name}.job.json", out_dir / f"{name}.started",
                                             out_dir / "counters-copy.json")
        job_path.write_text(json.dumps({**job, "provider": PROVIDER, "started_out": str(started_path),
                                        "copy_out": None if "copy_gb_per_s" in meta else str(copy_path)}))
        tried += batch
        launched = time.time()

        def seen(line: str) -> None:
            kernel = ncu_tool.profiled_kernel(line)
            if kernel is not None:
                done.append(kernel)
                progress(_progress_line(len(sel.covered(tried, done)), distinct,
                                        sum(k.us_per_call for k in sel.covered(tried, done)) / total, time.time() - begun))

        try:
            profiled = ncu_tool.run_profiled(ncu, worker_argv(job_path), env, out_dir, name,
                                             timeout_s=max(1.0, budget_s - (time.time() - begun)),
                                             only=sel.filter_args(batch, how), on_line=seen)
            records += profiled.kernels
            meta = {**ncu_tool.counters_meta(ncu, profiled, PROVIDER), **meta, "filter": how}
        except ncu_tool.CountersUnavailable as exc:
            if not records and how == sel.FILTERS[0] and "profiled no kernel" in str(exc):
                how = sel.FILTERS[1]  # the same kernels once more, picked by launch configuration
                progress(f"[counters] run {index}: {exc}; trying ncu's per-launch-config filter")
                tried = [k for k in tried if k not in batch]
                runs.append({"report": f"{name}.ncu-rep", "kernels_planned": len(batch), "filter": sel.FILTERS[0],
                             "seconds": round(time.time() - launched, 1), "profiled": 0})
                job_path.unlink(missing_ok=True)
                started_path.unlink(missing_ok=True)
                continue
            failures.append(f"run {index}, {len(batch)} kernels: {exc}")
            progress(f"[counters] run {index}: {exc}")
        finally:
            job_path.unlink(missing_ok=True)
        ended = time.time()
        started = _read_time(started_path)
        started_path.unlink(missing_ok=True)
        copy = json.loads(copy_path.read_text()) if copy_path.is_file() else {}
        copy_path.unlink(missing_ok=True)
        if copy.get("gb_per_s"):
            meta.update(copy_gb_per_s=copy["gb_per_s"], copy_label=copy.get("label", ""))
        runs.append({"report": f"{name}.ncu-rep", "kernels_planned": len(batch), "filter": how,
                     "seconds": round(ended - launched, 1),
                     "start_s": round(started - launched, 1) if started else None})
        rest = [k for k in kernels if k not in tried]
        if failures or not rest:
            break
        startup = started - launched if started else sel.STARTUP_S
        per_kernel = (ended - started) / max(1, len(done)) if started else sel.PER_KERNEL_S
        nxt = sel.plan(rest, budget_s - (ended - begun), startup, per_kernel, coverage=1.0)
        batch = nxt.batches[0] if nxt.batches else []
    covered = sel.covered(kernels, [r.get("name", "") for r in records])
    left = [k for k in kernels if k not in covered]
    reason = "; ".join(failures)
    if left and not failures:
        reason = f"the {budget_s:.0f} s budget left {len(left)} kernels out; see --counters-budget"
    meta = {**{k: v for k, v in meta.items() if k not in ("provider", "report", "csv")}, "budget_s": budget_s,
            "runs": runs, "seconds": round(time.time() - begun, 1), "left_out": [k.name for k in left],
            "failures": {PROVIDER: reason} if failures else {}}
    kernels_out = {PROVIDER: annotate(records, kernels)} if records else {}
    return Outcome(kernels_out, meta, reason, distinct=distinct, covered=len(covered),
                   share=sum(k.us_per_call for k in covered) / total if total else None)


def _read_time(path: Path) -> float | None:
    try:
        return float(path.read_text())
    except (OSError, ValueError):
        return None
