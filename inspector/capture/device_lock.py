"""One capture at a time on a device's timing phases: a file lock (flock) per device.

The worker holds it exclusively around what a concurrent capture would disturb: steady-state
eager and compiled timing and the profiler. The runner names the lock in INSPECTOR_DEVICE_LOCK:
one per GPU (a capture sees one GPU), one for the CPU.
- CPU: compiles share the cores with a timing, so a compile holds the host's lock (the CPU's,
  named in INSPECTOR_HOST_LOCK) shared: a timing waits until no compile runs, and no compile
  starts while one is timed. Compiles still overlap each other; measured on the 2-core CPU with
  the lock on timings alone, two silu/add_mul captures at once timed with p80/p20 spreads of
  32-38x (noisy), which this removes.
- GPU: the same rule, as the host issues every launch a GPU timing measures. A GPU timing holds
  its GPU's lock and then the host's, exclusively. Measured on an H200 with the GPU's lock
  alone, five row experiments captured with --jobs 5 timed rmsnorm's compiled call at 0.075 ms
  (p20-p80 0.062-0.101) against 0.042 ms alone: the other captures' compiles held the cores.
- A capture uses the cores for more than its compile: the worker's start (importing torch, a few
  seconds of a core), its inputs, the eager first call, the checks (which compile again for extra
  shapes and gradients) and the parent's collection of its files. With only the compile holding
  the lock, `inspect run silu swiglu add_mul softmax --jobs 2` on the 2-core CPU once timed
  swiglu's eager call at 15.97 ms (p20-p80 15.94-16.00) against 0.27 ms alone, a "59.32x"
  speed-up: the other capture was busy outside its compile. So a capture holds the host's lock
  shared for its whole life (the runner takes it before starting the worker and hands the
  descriptor down, INSPECTOR_HOST_LOCK_FD) and lets go of it only to time (idle(), then the
  exclusive locks, then busy() again). It never waits for a lock while holding the shared one,
  so two captures cannot wait for each other.
The lock is released when the descriptor closes, including when the worker dies. flock has no
writer preference: a timing waits while compiles keep overlapping, at most until the running
ones end (each waiting capture holds one of the --jobs slots, so no new one starts meanwhile).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.core.caches import file_lock

ENV = "INSPECTOR_DEVICE_LOCK"
HOST_ENV = "INSPECTOR_HOST_LOCK"
FD_ENV = "INSPECTOR_HOST_LOCK_FD"  # the runner's shared hold on the host lock, inherited by the worker
LOCK_DIR_ENV = "INSPECTOR_LOCK_DIR"


def lock_path(device: str, index: str | None = None) -> Path:
    """The machine-wide lock of one device ('cpu', or 'cuda' and the GPU's index as the capture
    sees it in CUDA_VISIBLE_DEVICES), in the temp folder (or $INSPECTOR_LOCK_DIR), shared by every
    `inspect run` that looks there. The test suite gives each of its workers a folder of its own:
    its captures check results, not timings, and must not queue behind another worker's compiles."""
    name = f"inductor-inspector-{os.getuid()}-{device}" + (f"-{index}" if index not in (None, "") else "") + ".lock"
    return Path(os.environ.get(LOCK_DIR_ENV) or tempfile.gettempdir()) / name


def acquire(path: str | os.PathLike | None = None, shared: bool = False) -> int | None:
    """Block until this process holds the lock named by `path` (default: $INSPECTOR_DEVICE_LOCK),
    exclusively or shared; None when no lock is named."""
    path = path or os.environ.get(ENV)
    if not path:
        return None
    return file_lock(Path(path), shared=shared)


def acquire_host(shared: bool = False) -> int | None:
    """The host's lock ($INSPECTOR_HOST_LOCK): shared while compiling, exclusive while timing."""
    return acquire(os.environ.get(HOST_ENV), shared=shared) if os.environ.get(HOST_ENV) else None


def release(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


_held_shared: list[int] = []  # this process's shared hold on the host lock (busy/idle)


def busy() -> None:
    """Hold the host's lock shared from now on: the descriptor the runner passed down
    ($INSPECTOR_HOST_LOCK_FD, held since before this process started) the first time, else a new one."""
    if _held_shared or not os.environ.get(HOST_ENV):
        return
    inherited = os.environ.pop(FD_ENV, "")
    if inherited.isdigit():
        try:
            os.fstat(int(inherited))
            _held_shared.append(int(inherited))
            return
        except OSError:  # not passed down after all (a worker started by hand with the variable set)
            pass
    fd = acquire_host(shared=True)
    if fd is not None:
        _held_shared.append(fd)


def idle() -> None:
    """Let go of the shared hold: before taking a device lock or the host's exclusively, never
    waited for while holding it (another capture may hold that lock and wait for this one)."""
    while _held_shared:
        release(_held_shared.pop())


def spawn_busy(cmd: list[str], env: dict[str, str], **popen: Any) -> subprocess.Popen:
    """subprocess.Popen(cmd) holding the host's lock ($INSPECTOR_HOST_LOCK in `env`) shared from
    before the process starts: its start-up competes for the cores like its compile does. The
    child owns the hold (busy() finds it); this process keeps none."""
    path = env.get(HOST_ENV)
    fd = acquire(path, shared=True) if path else None
    try:
        if fd is None:
            return subprocess.Popen(cmd, env=env, **popen)
        return subprocess.Popen(cmd, env={**env, FD_ENV: str(fd)}, pass_fds=(fd,), **popen)
    finally:
        release(fd)


@dataclass(frozen=True)
class Slot:
    """Where one capture runs: the lock of its device, and the CUDA_VISIBLE_DEVICES it is given
    (None: the caller's own setting)."""

    lock: Path
    visible: str | None = None


def default_slot(device: str) -> Slot:
    """A lone capture: the caller's CUDA_VISIBLE_DEVICES, whose first GPU torch uses."""
    if device != "cuda":
        return Slot(lock_path(device))
    first = os.environ.get("CUDA_VISIBLE_DEVICES", "0").split(",")[0].strip()
    return Slot(lock_path(device, first or "0"))


def gpu_slots(device: str, visible: list[str]) -> list[Slot]:
    """One slot per visible GPU (each capture sees exactly one), or the one CPU slot."""
    if device != "cuda" or not visible:
        return [default_slot(device)]
    return [Slot(lock_path(device, gpu), gpu) for gpu in visible]
