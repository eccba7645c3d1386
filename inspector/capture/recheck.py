"""Was a steady-state timing disturbed? Two records the noise rule (core.timing_noise) reads.

A tight p20-p80 spread does not prove a quiet machine: a timing taken while another process held
the cores for its whole window is slow in every call alike. On the 2-core CPU, swiglu's eager call
timed at 15.97 ms (p20-p80 15.94-16.00) beside another capture, 0.27 ms alone: "59.32x".
- recheck: eager and compiled timed again, alternately, a few short rounds each. A disturbance
  that hit one side's window shows as a speed-up that the alternating rounds do not repeat. On
  CUDA the rounds reuse the first timing's estimate and host time (`estimate_ms`, `host_us` in its
  record) and take 3 samples at least: on a 17 ms GPT-2-small step that is 4 calls a round, where
  a timing of its own makes 23.
- host_other_cores: how many cores other processes kept busy, on average, while a side was timed
  (/proc/stat's busy time less this process's own CPU time; Linux only, else absent).
"""

from __future__ import annotations

import os
import resource
import statistics
import time
from dataclasses import asdict
from typing import Any, Callable

from inspector.core.timing import Calibration, calibrate, time_fn

ROUNDS = 3  # alternating rounds: the median of three drops one disturbed round
WARMUP_MS = 5.0
REP_MS = 20.0  # each round's timing; the first, full timing used 100 ms
MIN_SAMPLES = 3  # a round's median of 3 samples at least, however long a call is


def host_busy_s() -> float | None:
    """CPU seconds the whole machine has spent busy (all cores; not idle, not waiting on I/O)."""
    try:
        with open("/proc/stat") as f:
            fields = [float(v) for v in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    if len(fields) < 5:
        return None
    ticks = float(os.sysconf("SC_CLK_TCK"))
    return (sum(fields) - fields[3] - fields[4]) / ticks


def own_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


Timer = Callable[[Callable[[], Any], str], dict[str, Any]]  # (fn, device) -> time_fn's record as a dict


def timed_with_load(fn: Callable[[], Any], device: str, timer: Timer | None = None) -> dict[str, Any]:
    """time_fn's record of fn (or `timer`'s: a distributed rank's lockstep timing), plus
    host_other_cores over the timed window when it can be read."""
    busy0, own0, t0 = host_busy_s(), own_cpu_s(), time.perf_counter()
    if timer:
        record: dict[str, Any] = dict(timer(fn, device))
    elif device == "cuda":
        calibration = calibrate(fn)
        record = {**asdict(time_fn(fn, device, calibration=calibration)), **asdict(calibration)}
    else:
        record = asdict(time_fn(fn, device))
    busy1, own1, wall = host_busy_s(), own_cpu_s(), time.perf_counter() - t0
    if busy0 is not None and busy1 is not None and wall > 0:
        record["host_other_cores"] = max(0.0, ((busy1 - busy0) - (own1 - own0)) / wall)
        record["host_cores"] = os.cpu_count()
    return record


def calibration_of(record: dict[str, Any]) -> Calibration | None:
    """The calibration that timed_with_load recorded beside a CUDA timing, if it did."""
    try:
        return Calibration(float(record["estimate_ms"]), float(record["host_us"]))
    except (KeyError, TypeError, ValueError):
        return None


def recheck(eager: Callable[[], Any], compiled: Callable[[], Any], device: str,
            timer: Timer | None = None, first: tuple[dict, dict] | None = None) -> tuple[float, float]:
    """Median times (ms) of eager and compiled over ROUNDS short timings taken alternately; with
    `timer` (a distributed rank's, whose call count every rank shares) its timings instead. `first`:
    timed_with_load's records of (eager, compiled), whose calibrations the rounds reuse."""
    calibrations = tuple(calibration_of(r) for r in first) if first else (None, None)

    def median_ms(fn: Callable[[], Any], calibration: Calibration | None) -> float:
        if timer:
            return timer(fn, device)["median_ms"]
        return time_fn(fn, device, warmup_ms=WARMUP_MS, rep_ms=REP_MS, calibration=calibration,
                       min_samples=MIN_SAMPLES).median_ms

    eager_ms, compiled_ms = [], []
    for _ in range(ROUNDS):
        eager_ms.append(median_ms(eager, calibrations[0]))
        compiled_ms.append(median_ms(compiled, calibrations[1]))
    return statistics.median(eager_ms), statistics.median(compiled_ms)
