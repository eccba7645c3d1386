"""Run one experiment under torch.compile in a fresh subprocess and publish its capture folder.

The subprocess environment is set before torch is imported there: TORCH_TRACE into the run
folder, a private TORCHINDUCTOR_CACHE_DIR and TRITON_CACHE_DIR (a new, empty folder per cold
run: core.caches.run_cache), and INDUCTOR_PROVENANCE=1. Everything is built in <out>/.staging/ and
renamed into <out>/<experiment>/<run-id>/ when complete; an interrupted run leaves nothing behind.
"""

from __future__ import annotations

import os
import secrets
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from inspector import store
from inspector.capture import autotuning, device_lock, phases, settings
from inspector.capture.collect import collect
from inspector.config import RunConfig
from inspector.core import caches
from inspector.core import timing_noise
from inspector.core.graph_inputs import run_input_shapes
from inspector.core.progress import Progress
from inspector.core.records import Manifest, RunSummary
from inspector.store import load_optional
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


def worker_env(config: RunConfig, staging: Path, cache: Path, slot: device_lock.Slot | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV}
    slot = slot or device_lock.default_slot(config.device)
    env[device_lock.ENV] = str(slot.lock)
    # the host's cores (see device_lock): on the CPU they are the device itself
    env[device_lock.HOST_ENV] = str(slot.lock if config.device == "cpu" else device_lock.lock_path("cpu"))
    if slot.visible is not None:
        env["CUDA_VISIBLE_DEVICES"] = slot.visible
    env["TORCHINDUCTOR_CACHE_DIR"] = str(cache / "inductor")
    env["TRITON_CACHE_DIR"] = str(cache / "triton")
    if not _shell_safe(tempfile.gettempdir()):  # Inductor's precompiled headers go under TMPDIR
        env["TMPDIR"] = str(safe_temp_dir())
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
        proc = device_lock.spawn_busy(cmd, env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
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


def start_run(config: RunConfig) -> tuple[Path, str, datetime, str, Path]:
    """A new run of config.experiment: its root, folder name, start time, run id and empty staging folder."""
    root = Path(config.out)
    name = folder_name(config.experiment)
    started = datetime.now(timezone.utc)
    run_id = store.new_run_id(config.device, config.mode, config.warm, started)
    return root, name, started, run_id, store.staging_dir(root, name, run_id)


def hold_cache(stack: ExitStack, config: RunConfig, root: Path, name: str, run_id: str,
               cache_dir: Path | None) -> tuple[Path, caches.RunCache | None]:
    """The cache a run compiles with, held until `stack` closes: cache_dir as given (never
    emptied), else a cold run's own folder or, with --warm, the experiment's current one
    (caches.run_cache; set `.keep` on the second value when the run succeeded)."""
    if cache_dir is not None:
        return Path(cache_dir), None
    held = stack.enter_context(caches.run_cache(root, name, run_id, config.warm))
    return held.path, held


def capture(config: RunConfig, progress: Progress = lambda line: None, cache_dir: Path | None = None,
            slot: device_lock.Slot | None = None) -> CaptureResult:
    """Capture one run of `config.experiment`; returns the published folder and its manifest.
    Raises TargetError (and leaves nothing behind) when the experiment reference is unusable.

    The Inductor/Triton cache: a cold run compiles into a new folder of its own (caches.run_cache),
    so concurrent runs into one OUT never share or delete each other's; a successful one becomes
    the cache `--warm` reuses. cache_dir: use this cache instead (tests share one across a
    session); it is never emptied here. slot: the GPU and device lock of this capture when
    several run at once (default: the device's machine-wide lock, CUDA_VISIBLE_DEVICES as set).
    """
    root, name, started, run_id, staging = start_run(config)
    try:
        with ExitStack() as stack:
            cache, held = hold_cache(stack, config, root, name, run_id, cache_dir)
            before = cache_state(cache)
            env = worker_env(config, staging, stack.enter_context(compiler_safe_path(cache)), slot)
            launched = time.time()
            rc, wall_s = run_worker(config, staging, env, progress)
            exited = time.time()
            error = load_optional(staging / "error.json", None)
            if error and error.get("phase") == "target":  # the user's code or reference: nothing to capture
                raise TargetError(error["message"], error.get("traceback") or None)
            progress("[collect] reading the trace, kernels and compile metrics")
            host = device_lock.acquire(env[device_lock.HOST_ENV], shared=True)  # parsing uses a core: no timing meanwhile
            try:
                summary = collect(staging, cache / "triton")
            finally:
                device_lock.release(host)
            collected = time.time()
            counted = None
            if config.counters and rc == 0:  # after collect: the counters go into its kernels.json
                from inspector.capture.counters import add_to_capture

                # the device's lock, exclusively: Nsight Compute replays every kernel it profiles, so
                # two captures of `--jobs` profiled at once (seen on an H200) and no timing may run beside
                gpu = device_lock.acquire(env[device_lock.ENV]) if config.device == "cuda" else None
                try:
                    counted = add_to_capture(config, staging, env, progress)
                finally:
                    device_lock.release(gpu)
            counters_s = time.time() - collected
            manifest = build_manifest(config, name=name, staging=staging, run_id=run_id, started=started, rc=rc,
                                      wall_s=wall_s, cache_before=before, summary=summary)
            if counted is not None:
                manifest["counters"] = counted.to_json()
                manifest["warnings"] += [counted.line] if counted.status != "ok" or counted.reason else []
            if held is not None:
                held.keep = manifest["status"] == "ok"
        for scratch in ("debug", "config.json"):
            target = staging / scratch
            shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
        manifest["phases_s"] = phases.combine(launched, exited, load_optional(staging / phases.FILE, None),
                                              {"collect": collected - exited, **({"counters": counters_s} if counted else {}),
                                               "write": time.time() - collected - counters_s})
        return CaptureResult(store.publish_run(staging, root, name, run_id, manifest), manifest)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _shell_safe(path: str) -> bool:
    return shlex.quote(path) == path


@contextmanager
def compiler_safe_path(folder: Path) -> Iterator[Path]:
    """`folder` as an absolute path the C++ compiler can be handed unquoted.

    torch's cpp_builder (2.13: CppBuilder.get_command_line, then shlex.split) puts the kernel
    source, the `-o` target and the `-include` precompiled header into the g++ command without
    quoting, and all of them lie under TORCHINDUCTOR_CACHE_DIR: a space anywhere in its path
    splits it ("g++: fatal error: input file '/tmp/my' is the same as output file"). Such a
    folder is reached through a symlink of this run's own in a space-free temp folder, removed
    afterwards. (The -L folders of torch and Python are unquoted too: a virtual environment under
    a path with spaces breaks Inductor's C++ build whatever the cache.)"""
    folder = folder.absolute()
    folder.mkdir(parents=True, exist_ok=True)
    if _shell_safe(str(folder)):
        yield folder
        return
    alias = safe_temp_dir() / f"inspect-cache-{os.getpid()}-{secrets.token_hex(4)}"
    os.symlink(folder, alias, target_is_directory=True)
    try:
        yield alias
    finally:
        if alias.is_symlink():
            alias.unlink()


def safe_temp_dir() -> Path:
    """A temp folder whose path needs no quoting (Inductor keeps precompiled headers there too)."""
    for candidate in (tempfile.gettempdir(), "/tmp"):
        if _shell_safe(candidate) and os.path.isdir(candidate) and os.access(candidate, os.W_OK):
            return Path(candidate)
    raise OSError("no writable temp folder without spaces or shell characters in its path for the C++ "
                  "compiler: set TMPDIR to one")


def build_manifest(config: RunConfig, *, name: str, staging: Path, run_id: str, started: datetime, rc: int, wall_s: float,
                   cache_before: dict[str, Any] | None, summary: dict[str, Any]) -> dict[str, Any]:
    """manifest.json of a collected run: `summary` is what collect() returned, `rc` the worker's
    exit status, `cache_before` the state of the compile cache before the run (None: not taken)."""
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
    for item in filter(settings.matters, dropped):  # a setting left off that this run would have used: what is missing and why
        warnings.append(f"capture setting {item.get('setting')} left off ({item.get('when')}): {item.get('reason')}")
    cache = metrics.get("cache") or {}
    if sum(c.get("hit", 0) for c in cache.values()) and not sum(c.get("miss", 0) for c in cache.values()):
        warnings.append("compiled from the cache: Inductor did not lower the graph again, so this capture has no "
                        "IR-before/after-fusion graphs and no provenance (a cold run, the default, has them)")
    noisy = timing_noise.judge(results.get("steady"))
    if noisy:
        warnings.append(timing_noise.warning(noisy))
    # a graph that only calls library kernels (matmul: extern mm) generates none, and that is no fault
    if not summary["kernels"] and error is None and not any(l.get("kind") == "extern" for l in summary["launches"]):
        warnings.append("no generated kernels found in the trace or the debug output")
    return Manifest(
        schema=1,
        experiment=name,
        experiment_ref=config.experiment,
        run_id=run_id,
        status="ok" if rc == 0 and error is None else "failed",
        error=error,
        warnings=warnings,
        options=config.to_json(),
        dropped_settings=dropped,
        shape=results.get("shape"),
        shape_names=results.get("shape_names"),
        input_shapes=run_input_shapes(staging),  # of the traced graph: user code has no shape of its own
        dtype=results.get("dtype"),
        device=config.device,
        device_name=versions.get("device_name"),
        versions={k: versions.get(k) for k in ("torch", "triton", "python", "cuda")},
        started_at=started.isoformat(timespec="seconds"),
        finished_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        wall_s=round(wall_s, 3),
        cache={"warm": config.warm, "before": cache_before, "events": metrics.get("cache")},
        summary=RunSummary(
            kernels=len(summary["kernels"]),
            launches_per_call=len(summary["launches"]),
            graphs=metrics.get("graph_count"),
            graph_breaks=metrics.get("graph_break_count"),
            recompiles=len(metrics.get("recompiles", [])),
            compile_s=metrics.get("totals", {}).get("compile_s"),
            passed=results.get("passed"),
            speedup_compiled_vs_eager=results.get("speedup_compiled_vs_eager"),
            timing_noisy=bool(noisy) if any((results.get("steady") or {}).values()) else None,  # see core.timing_noise
            autotuning=autotuning.summary(summary.get("autotuning") or {}),
            cudagraphs=metrics.get("cudagraphs"),
        ),
    ).to_json()
