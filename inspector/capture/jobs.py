"""Several captures at once: `inspect run NAME... --jobs N`.

Each capture already runs in a worker subprocess of its own, so a thread pool in the parent
(concurrent.futures) is enough: N threads each start one worker and wait for it. Compiles, the
CPU-bound part, then overlap; the timing phases do not, because every worker takes its device's
lock around them (inspector.capture.device_lock). With several GPUs visible, each capture is
given one GPU (CUDA_VISIBLE_DEVICES), the one with the fewest captures on it, and that GPU's lock.

Failures stay per experiment: an exception in one capture becomes that capture's outcome and the
others go on. A reference that cannot be loaded at all (TargetError, exit 2) stops the captures
not yet started, like the sequential run did, and is raised once the running ones finished.
Ctrl-C sets `stopped`: each running capture aborts at its next progress line (and leaves nothing
behind), captures not started are cancelled.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from inspector.capture.device_lock import Slot, gpu_slots
from inspector.config import RunConfig


@dataclass(frozen=True)
class Outcome:
    """One capture's result, or why it has none (error)."""

    experiment: str
    path: Path | None
    manifest: dict[str, Any] | None
    error: str | None = None

    def as_row(self) -> tuple:
        return (self.experiment, self.path, self.manifest, self.error)


def visible_gpus(environ: dict[str, str] | None = None, proc: Path = Path("/proc/driver/nvidia/gpus")) -> list[str]:
    """The GPUs a capture may be given, as CUDA_VISIBLE_DEVICES entries, found without importing
    torch: the caller's CUDA_VISIBLE_DEVICES when set, else one per GPU the NVIDIA driver lists."""
    environ = os.environ if environ is None else environ
    if "CUDA_VISIBLE_DEVICES" in environ:
        entries = [e.strip() for e in environ["CUDA_VISIBLE_DEVICES"].split(",") if e.strip()]
        return [] if entries[:1] == ["-1"] else entries
    try:
        return [str(i) for i in range(len([p for p in proc.iterdir() if p.is_dir()]))]
    except OSError:
        return []


class SlotPool:
    """Hands out the slot with the fewest captures on it (ties: the first)."""

    def __init__(self, slots: Sequence[Slot]) -> None:
        self._slots = list(slots)
        self._busy = [0] * len(self._slots)
        self._lock = threading.Lock()

    @contextmanager
    def take(self) -> Iterator[Slot]:
        with self._lock:
            i = min(range(len(self._slots)), key=lambda k: self._busy[k])
            self._busy[i] += 1
        try:
            yield self._slots[i]
        finally:
            with self._lock:
                self._busy[i] -= 1


_SKIPPED = object()
Start = Callable[[int, RunConfig, Slot, threading.Event], Any]  # -> CaptureResult
Done = Callable[[int, Outcome, Any], None]


def run_captures(configs: Sequence[RunConfig], jobs: int, start: Start, done: Done, slots: Sequence[Slot] | None = None,
                 fatal: tuple[type[BaseException], ...] = ()) -> list[Outcome]:
    """start(index, config, slot, stopped) for every config, at most `jobs` at a time; done(index,
    outcome, result) in the calling thread as each finishes. Returns the outcomes in input order.
    An exception of a `fatal` type cancels the captures not yet started and is raised at the end."""
    if not configs:
        return []
    pool = SlotPool(slots or gpu_slots(configs[0].device, visible_gpus() if configs[0].device == "cuda" else []))
    stopped, halted = threading.Event(), threading.Event()
    outcomes: list[Outcome | None] = [None] * len(configs)
    raised: list[BaseException] = []

    def one(index: int, config: RunConfig) -> Any:
        if halted.is_set():  # a fatal error came first: this capture never starts
            return _SKIPPED
        try:
            with pool.take() as slot:
                return start(index, config, slot, stopped)
        except fatal:
            halted.set()
            raise

    with ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="capture") as executor:
        futures: dict[Future, int] = {executor.submit(one, i, c): i for i, c in enumerate(configs)}
        pending = set(futures)
        try:
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in sorted(finished, key=futures.get):
                    index = futures[future]
                    if future.cancelled() or (not future.exception() and future.result() is _SKIPPED):
                        continue
                    outcome, result = _outcome(configs[index], future, fatal, raised)
                    if outcome is None:  # fatal: what has not started yet never will
                        continue
                    outcomes[index] = outcome
                    done(index, outcome, result)
        except BaseException:  # Ctrl-C in this thread: running captures abort, the rest never start
            stopped.set()
            for other in futures:
                other.cancel()
            raise
    if raised:
        raise raised[0]
    return [o for o in outcomes if o is not None]


def _outcome(config: RunConfig, future: Future, fatal, raised: list[BaseException]) -> tuple[Outcome | None, Any]:
    try:
        result = future.result()
    except fatal as exc:
        raised.append(exc)
        return None, None
    except Exception as exc:  # a bug in collection, not in the user's compile: this capture only
        return Outcome(config.experiment, None, None, f"{type(exc).__name__}: {exc}"), None
    return Outcome(config.experiment, result.path, result.manifest), result
