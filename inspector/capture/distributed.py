"""`inspect run NAME --nproc N`: one capture per rank of a torchrun job, and their comparison.

The job is `python -m torch.distributed.run --standalone --nproc-per-node N -m
inspector.capture.rank_entry`, started in its own process session so that a timeout can stop
the launcher and every rank at once. Each rank runs the single-process capture worker with its own
trace and cache (see rank_entry.py) into <staging>/ranks/<rank>/; the parent then collects each
rank folder exactly as runner.capture() collects a single run (collect + build_manifest), so each
ranks/<rank>/ is a complete capture. ranks.json holds the comparison (inspector.analysis.ranks),
and the job's manifest.json indexes the ranks. Failures stay per rank: a rank that crashes, fails
or is still running at the job's timeout is recorded with its reason and the others are kept.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from contextlib import ExitStack
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

import experiments
from inspector import store
from inspector.capture import device_lock
from inspector.capture.collect import collect
from inspector.capture.rank_entry import CACHE_ENV, CAPTURE_ENV, TIMEOUT_ENV, rank_dir
from inspector.capture.runner import (CaptureResult, build_manifest, cache_state, compiler_safe_path, hold_cache,
                                      start_run, worker_env)
from inspector.config import RunConfig
from inspector.core.progress import Progress
from inspector.store import RANKS_FILE, load_optional
from inspector.targets import TargetError

JOB_TIMEOUT_S = 900  # the whole job; a cold CPU compile of ddp_mlp's four graphs takes ~40 s per rank
KILL_GRACE_S = 10  # after SIGTERM at the timeout, before SIGKILL
POLL_S = 0.5
PROGRESS_LINE = re.compile(r"^\[[a-z_-]+\] ")  # the worker's "[phase] message", not torch's "[rank0]:W..." logs


def target_of(name: str) -> str:
    """The reference each rank loads: a built-in distributed experiment's build function, or the
    user's own `file.py:NAME` / `module:NAME` as given."""
    spec = experiments.DISTRIBUTED.get(name)
    return spec.target if spec else name


def launch_command(config_path: Path, staging: Path, nproc: int) -> list[str]:
    return [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={nproc}", "--max-restarts=0",
            "-m", "inspector.capture.rank_entry", str(config_path), str(staging)]


class _LogTail:
    """New "[phase] message" lines of each rank's worker.log, for the parent's progress."""

    def __init__(self, staging: Path, nproc: int):
        self.paths = [rank_dir(staging, r) / "worker.log" for r in range(nproc)]
        self.offsets = [0] * nproc

    def lines(self) -> list[str]:
        out = []
        for r, path in enumerate(self.paths):
            try:
                with open(path, errors="replace") as f:
                    f.seek(self.offsets[r])
                    text = f.read()
            except OSError:
                continue
            complete = text[: text.rfind("\n") + 1]
            self.offsets[r] += len(complete.encode())
            out += [f"[rank {r}] {line}" for line in complete.splitlines() if PROGRESS_LINE.match(line)]
        return out


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM to the launcher's whole session (launcher and ranks), SIGKILL after the grace."""
    for sig, wait_s in ((signal.SIGTERM, KILL_GRACE_S), (signal.SIGKILL, None)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait_s)
            return
        except subprocess.TimeoutExpired:
            continue


def run_job(cmd: list[str], env: dict[str, str], staging: Path, nproc: int, timeout_s: float,
            progress: Progress) -> tuple[int, float, bool]:
    """Run the launcher, relay the ranks' progress; returns (exit code, wall s, timed out)."""
    tail = _LogTail(staging, nproc)
    t0 = time.perf_counter()
    timed_out = False
    with open(staging / "launcher.log", "w") as log:
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            while proc.poll() is None:
                for line in tail.lines():
                    progress(line)
                if time.perf_counter() - t0 > timeout_s:
                    timed_out = True
                    progress(f"[timeout] the job passed {timeout_s:.0f} s: stopping every rank")
                    _stop(proc)
                    break
                time.sleep(POLL_S)
        except BaseException:
            _stop(proc)
            raise
    for line in tail.lines():
        progress(line)
    return proc.wait(), time.perf_counter() - t0, timed_out


# torchrun's failure summary: "Root Cause (first observed failure):" then "rank : 1 (local_rank: 1)"
# and "exitcode : -11 (pid: ...)" lines
ROOT_CAUSE = re.compile(r"Root Cause.*?rank\s*:\s*(?P<rank>\d+).*?exitcode\s*:\s*(?P<code>-?\d+)", re.S)


def root_cause(launcher_log: Path) -> tuple[int, int] | None:
    """(rank, exit code) of the rank that failed first, from torchrun's summary."""
    text = launcher_log.read_text(errors="replace") if launcher_log.is_file() else ""
    match = ROOT_CAUSE.search(text)
    return (int(match.group("rank")), int(match.group("code"))) if match else None


def _rank_error(folder: Path, rank: int, rc: int | None, timed_out: bool, timeout_s: float,
                first_failure: tuple[int, int] | None) -> dict[str, Any] | None:
    """Why a rank has no exit code of its own: the job's timeout, a crash, or the launcher
    stopped it after another rank failed."""
    if rc is not None:
        return None
    log = (folder / "worker.log").read_text(errors="replace").strip().splitlines() if (folder / "worker.log").is_file() else []
    last = log[-1] if log else "(no output)"
    detail = "\n".join(log[-40:])
    if timed_out:
        return {"phase": "timeout", "type": "JobTimeout", "message": f"still running when the job passed its {timeout_s:.0f} s "
                f"timeout; last line: {last}", "traceback": detail}
    if first_failure and first_failure[0] == rank:
        return {"phase": "crash", "type": f"exit code {first_failure[1]}", "message": f"the rank died (exit code "
                f"{first_failure[1]}, the job's first failure); last line: {last}", "traceback": detail}
    cause = f"rank {first_failure[0]} failed first" if first_failure else "another rank failed or it crashed"
    return {"phase": "stopped", "type": "NoExitCode", "message": f"stopped by the launcher ({cause}); last line: {last}",
            "traceback": detail}


def collect_rank(config: RunConfig, name: str, staging: Path, rank: int, nproc: int, run_id: str, started: datetime,
                 wall_s: float, cache: Path, timed_out: bool, timeout_s: float) -> dict[str, Any]:
    """Turn ranks/<rank>/ into a complete capture (as runner.capture does) and return its manifest."""
    folder = rank_dir(staging, rank)
    folder.mkdir(parents=True, exist_ok=True)
    exit_rc = load_optional(folder / "exit.json", {}).get("rc")
    stopped = _rank_error(folder, rank, exit_rc, timed_out, timeout_s, root_cause(staging / "launcher.log"))
    if stopped and not (folder / "error.json").is_file():
        store.write_json(folder / "error.json", stopped)
    summary = collect(folder, cache / f"rank-{rank}" / "triton")
    manifest = build_manifest(config, name=name, staging=folder, run_id=f"{run_id}-rank{rank}", started=started,
                              rc=exit_rc if exit_rc is not None else 1, wall_s=wall_s, cache_before=None, summary=summary)
    manifest.update({"rank": rank, "world_size": nproc})
    shutil.rmtree(folder / "debug", ignore_errors=True)
    (folder / "exit.json").unlink(missing_ok=True)
    store.write_manifest(folder, manifest)
    return manifest


def _target_error(staging: Path, nproc: int) -> None:
    """The user's reference or code failed before anything compiled (the same on every rank)."""
    for rank in range(nproc):
        error = load_optional(rank_dir(staging, rank) / "error.json", None)
        if error and error.get("phase") == "target":
            raise TargetError(error["message"], error.get("traceback") or None)


def capture_distributed(config: RunConfig, nproc: int, progress: Progress = lambda line: None,
                        cache_dir: Path | None = None, timeout_s: float = JOB_TIMEOUT_S, *,
                        compare_ranks: Callable[[Path], dict[str, Any]]) -> CaptureResult:
    """Capture `config.experiment` on `nproc` ranks; returns the published job folder and its manifest.
    Raises TargetError (and leaves nothing behind) when the reference is unusable.

    compare_ranks: the job folder -> the comparison written as ranks.json and summed up in the
    manifest (inspector.analysis.ranks.compare; passed in by the caller, since capture does not
    import analysis).

    cache_dir: the Inductor/Triton caches go to cache_dir/rank-<r>/ instead of the experiment's
    private ones (tests share one across a session); never emptied here."""
    root, name, started, run_id, staging = start_run(config)
    try:
        with ExitStack() as stack:
            cache, held = hold_cache(stack, config, root, name, run_id, cache_dir)  # as for one capture
            before = cache_state(cache)
            compiler_cache = stack.enter_context(compiler_safe_path(cache))  # no spaces reach g++
            rank_config = replace(config, experiment=target_of(config.experiment))
            config_path = staging / "config.json"
            config_path.write_text(rank_config.dumps())
            env = worker_env(config, staging, compiler_cache)
            env.pop("TORCH_TRACE", None)  # each rank sets its own
            # The ranks time in lockstep (their collectives wait for each other): the job holds the
            # device lock as a whole, and no rank takes it, or one rank would wait for the lock
            # while the other waits for it in an all-reduce.
            lock = env.pop(device_lock.ENV, None)
            env.pop(device_lock.HOST_ENV, None)
            env.update({CACHE_ENV: str(compiler_cache), CAPTURE_ENV: "1" if config.capture else "0", TIMEOUT_ENV: str(timeout_s)})
            progress(f"[launch] torchrun: {nproc} ranks, {'NCCL' if config.device == 'cuda' else 'gloo'}, job timeout {timeout_s:.0f} s")
            held_lock = device_lock.acquire(lock)
            try:
                rc, wall_s, timed_out = run_job(launch_command(config_path, staging, nproc), env, staging, nproc, timeout_s, progress)
            finally:
                device_lock.release(held_lock)
            if held is not None:
                held.keep = rc == 0 and not timed_out
        _target_error(staging, nproc)
        progress("[collect] reading each rank's trace, kernels and compile metrics")
        ranks = [collect_rank(config, name, staging, r, nproc, run_id, started, wall_s, cache, timed_out, timeout_s)
                 for r in range(nproc)]
        comparison = compare_ranks(staging)
        store.write_json(staging / RANKS_FILE, comparison)
        manifest = job_manifest(config, name, run_id, started, nproc, rc, wall_s, timed_out, timeout_s, before, ranks, comparison)
        config_path.unlink(missing_ok=True)
        return CaptureResult(store.publish_run(staging, root, name, run_id, manifest), manifest)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def job_manifest(config: RunConfig, name: str, run_id: str, started: datetime, nproc: int, rc: int, wall_s: float,
                 timed_out: bool, timeout_s: float, cache_before: dict[str, Any], ranks: list[dict[str, Any]],
                 comparison: dict[str, Any]) -> dict[str, Any]:
    failed = [m for m in ranks if m.get("status") != "ok"]
    first = ranks[0] if ranks else {}
    error = None
    if failed:
        e = failed[0].get("error") or {}
        error = {"phase": e.get("phase"), "type": e.get("type"),
                 "message": f"rank {failed[0]['rank']}: {e.get('message')}" + (f" ({len(failed) - 1} more rank(s) failed)" if len(failed) > 1 else "")}
    elif rc != 0:
        error = {"phase": "launch", "type": f"exit code {rc}", "message": "torchrun failed; see launcher.log"}
    return {
        "schema": 1,
        "experiment": name,
        "experiment_ref": config.experiment,
        "run_id": run_id,
        "status": "ok" if error is None else "failed",
        "error": error,
        "warnings": [f"ranks differ: {d['what']}" for d in comparison.get("differences", [])],
        "options": {**config.to_json(), "nproc": nproc, "timeout_s": timeout_s},
        "shape": first.get("shape"),
        "dtype": first.get("dtype"),
        "device": config.device,
        "device_name": first.get("device_name"),
        "versions": first.get("versions"),
        "started_at": started.isoformat(timespec="seconds"),
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "wall_s": round(wall_s, 3),
        "cache": {"warm": config.warm, "before": cache_before},
        "distributed": {
            "nproc": nproc,
            "backend": "nccl" if config.device == "cuda" else "gloo",
            "timeout_s": timeout_s,
            "timed_out": timed_out,
            "launcher_rc": rc,
            "ranks": [{"rank": m["rank"], "status": m.get("status"), "path": f"ranks/{m['rank']}",
                       "error": (m.get("error") or {}).get("message")} for m in ranks],
        },
        "summary": {**(first.get("summary") or {}), "differences": len(comparison.get("differences", []))},
    }
