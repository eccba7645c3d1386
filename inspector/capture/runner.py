"""Run one experiment under torch.compile in a fresh subprocess and publish its capture folder.

The subprocess environment is set before torch is imported there: TORCH_TRACE into the run
folder, a private TORCHINDUCTOR_CACHE_DIR and TRITON_CACHE_DIR (emptied first unless warm), and
INDUCTOR_PROVENANCE=1. Everything is built in <out>/.staging/ and renamed into
<out>/<experiment>/<run-id>/ when complete; an interrupted run leaves nothing behind.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from inspector import store
from inspector.capture import autotuning
from inspector.capture.collect import collect, load_optional
from inspector.config import RunConfig
from inspector.targets import TargetError, folder_name

# settings inherited from the user's shell that would change what a capture measures or writes
SCRUBBED_ENV = (
    "TORCH_TRACE",
    "TORCH_COMPILE_DEBUG",
    "TORCH_LOGS",
    "TORCHINDUCTOR_CACHE_DIR",
    "TRITON_CACHE_DIR",
    "INDUCTOR_PROVENANCE",
    "TRITON_INTERPRET",
    "TORCHINDUCTOR_FORCE_DISABLE_CACHES",
)
WORKER_TIMEOUT_S = 3600

Progress = Callable[[str], None]


@dataclass(frozen=True)
class CaptureResult:
    path: Path
    manifest: dict[str, Any]

    @property
    def ok(self) -> bool:
        return self.manifest.get("status") == "ok"


def project_root() -> Path:
    return Path(__file__).resolve().parents[2]


def cache_state(cache: Path) -> dict[str, Any]:
    files = [p for p in cache.rglob("*") if p.is_file()] if cache.is_dir() else []
    return {"path": str(cache), "files": len(files), "bytes": sum(p.stat().st_size for p in files)}


def worker_env(config: RunConfig, staging: Path, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV}
    env["TORCHINDUCTOR_CACHE_DIR"] = str(cache / "inductor")
    env["TRITON_CACHE_DIR"] = str(cache / "triton")
    env["PYTHONUNBUFFERED"] = "1"
    root = str(project_root())
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    if config.capture:
        env["TORCH_TRACE"] = str(staging / "trace")
        env["INDUCTOR_PROVENANCE"] = "1"
    return env


def run_worker(config: RunConfig, staging: Path, env: dict[str, str], progress: Progress) -> tuple[int, float]:
    """Start the worker, stream its progress lines, keep its full output in worker.log."""
    config_path = staging / "config.json"
    config_path.write_text(config.dumps())
    cmd = [sys.executable, "-m", "inspector.capture.worker", str(config_path), str(staging)]
    t0 = time.perf_counter()
    with open(staging / "worker.log", "w") as log:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                log.write(line)
                if line.startswith("[") and "] " in line:
                    progress(line.rstrip())
            rc = proc.wait(timeout=WORKER_TIMEOUT_S)
        except BaseException:
            proc.kill()
            proc.wait()
            raise
    return rc, time.perf_counter() - t0


def capture(config: RunConfig, progress: Progress = lambda line: None, cache_dir: Path | None = None) -> CaptureResult:
    """Capture one run of `config.experiment`; returns the published folder and its manifest.
    Raises TargetError (and leaves nothing behind) when the experiment reference is unusable.

    cache_dir: use this Inductor/Triton cache instead of the experiment's private one (tests share
    one across a session); it is never emptied here.
    """
    root = Path(config.out)
    name = folder_name(config.experiment)
    started = datetime.now(timezone.utc)
    run_id = store.new_run_id(config.device, config.mode, config.warm, started)
    staging = store.staging_dir(root, name, run_id)
    try:
        cache = cache_dir or store.cache_dir(root, name)
        if not config.warm and cache_dir is None and cache.exists():
            shutil.rmtree(cache)
        before = cache_state(cache)
        rc, wall_s = run_worker(config, staging, worker_env(config, staging, cache), progress)
        error = load_optional(staging / "error.json", None)
        if error and error.get("phase") == "target":  # the user's code or reference: nothing to capture
            raise TargetError(error["message"], error.get("traceback") or None)
        progress("[collect] reading the trace, kernels and compile metrics")
        summary = collect(staging, cache / "triton")
        manifest = build_manifest(config, name, staging, run_id, started, rc, wall_s, before, summary)
        for scratch in ("debug", "config.json"):
            target = staging / scratch
            shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
        manifest["files"] = store.list_files(staging) + [{"path": store.MANIFEST, "bytes": None}]
        store.write_json(staging / store.MANIFEST, manifest)
        final = store.publish(staging, root, name, run_id)
        return CaptureResult(final, manifest)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def recollect(folder: Path) -> dict[str, Any]:
    """Re-derive kernels.json, compile_metrics.json, graphs and the manifest summary of a published
    run from its raw files (trace, results, runtime kernels, profile): after an upgrade of this tool,
    old captures get the new analysis without compiling again. Returns the updated manifest."""
    manifest = store.read_json(folder / store.MANIFEST)
    summary = collect(folder, folder / ".no-cache")
    config = RunConfig.from_json(manifest.get("options") or {"experiment": manifest.get("experiment"), "device": manifest.get("device")})
    fresh = build_manifest(config, manifest.get("experiment"), folder, manifest.get("run_id"),
                           datetime.fromisoformat(manifest["started_at"]), 0 if manifest.get("status") == "ok" else 1,
                           manifest.get("wall_s") or 0.0, (manifest.get("cache") or {}).get("before"), summary)
    for key in ("started_at", "finished_at", "status", "error", "experiment_ref"):
        fresh[key] = manifest.get(key)
    if "reference_of" in manifest:  # a committed reference capture keeps the run it was made from
        fresh["reference_of"] = manifest["reference_of"]
    fresh["recollected_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    fresh["files"] = store.list_files(folder)
    store.write_json(folder / store.MANIFEST, fresh)
    return fresh


def build_manifest(config, name, staging, run_id, started, rc, wall_s, cache_before, summary) -> dict[str, Any]:
    results = load_optional(staging / "results.json", {})
    error = load_optional(staging / "error.json", None)
    versions = load_optional(staging / "versions.json", {})
    metrics = summary["metrics"]
    if rc != 0 and error is None:
        tail = (staging / "worker.log").read_text(errors="replace")[-3000:]
        error = {"phase": "crash", "type": f"exit code {rc}", "message": tail.strip().splitlines()[-1] if tail.strip() else "", "traceback": tail}
    warnings = list(metrics.get("warnings", []))
    if metrics.get("graph_break_count"):
        first = metrics["graph_breaks"][0]
        warnings.append(f"{metrics['graph_break_count']} graph break(s) ({metrics.get('graph_break_events')} break events); "
                        f"first: {first.get('reason')} at {first.get('file')}:{first.get('line')}")
    dropped = (load_optional(staging / "capture_settings.json", {}) or {}).get("dropped") or []
    for item in dropped:  # a capture setting left off so the compile works: what is missing and why
        warnings.append(f"capture setting {item.get('setting')} left off ({item.get('when')}): {item.get('reason')}")
    cache = metrics.get("cache") or {}
    if sum(c.get("hit", 0) for c in cache.values()) and not sum(c.get("miss", 0) for c in cache.values()):
        warnings.append("compiled from the cache: Inductor did not lower the graph again, so this capture has no "
                        "IR-before/after-fusion graphs and no provenance (a cold run, the default, has them)")
    # a graph that only calls library kernels (matmul: extern mm) generates none, and that is no fault
    if not summary["kernels"] and error is None and not any(l.get("kind") == "extern" for l in summary["launches"]):
        warnings.append("no generated kernels found in the trace or the debug output")
    return {
        "schema": 1,
        "experiment": name,
        "experiment_ref": config.experiment,
        "run_id": run_id,
        "status": "ok" if rc == 0 and error is None else "failed",
        "error": error,
        "warnings": warnings,
        "options": config.to_json(),
        "dropped_settings": dropped,
        "shape": results.get("shape"),
        "shape_names": results.get("shape_names"),
        "dtype": results.get("dtype"),
        "device": config.device,
        "device_name": versions.get("device_name"),
        "versions": {k: versions.get(k) for k in ("torch", "triton", "python", "cuda")},
        "started_at": started.isoformat(timespec="seconds"),
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "wall_s": round(wall_s, 3),
        "cache": {"warm": config.warm, "before": cache_before, "events": metrics.get("cache")},
        "summary": {
            "kernels": len(summary["kernels"]),
            "launches_per_call": len(summary["launches"]),
            "graphs": metrics.get("graph_count"),
            "graph_breaks": metrics.get("graph_break_count"),
            "recompiles": len(metrics.get("recompiles", [])),
            "compile_s": metrics.get("totals", {}).get("compile_s"),
            "passed": results.get("passed"),
            "speedup_compiled_vs_eager": results.get("speedup_compiled_vs_eager"),
            "autotuning": autotuning.summary(summary.get("autotuning") or {}),
            "cudagraphs": metrics.get("cudagraphs"),
        },
    }
