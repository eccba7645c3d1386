"""Seconds per phase of one capture, recorded in every manifest (`phases_s`) and printed by `-v`.

The worker and the parent each keep a `PhaseClock`: `lap(name)` books the time since the
previous lap (or since the clock started) to `name`, so a phase boundary is one line in the code
that already runs there. Both sides use wall-clock epochs (time.time), so the parent can book
what lies between them: the worker's start (Python, torch and project imports) from its launch
to its first mark, and its exit (interpreter teardown) from its last mark to the process end.

The phases, in run order:
  start    launching the worker and its imports (torch, the experiment)
  inputs   device and versions, the inputs, the eager reference's first call
  imports  importing Dynamo and Inductor (what any fresh process's first torch.compile call pays)
  compile  torch.compile and the first compiled call (compile + run)
  check    correctness against eager, further --shapes
  wait     waiting for the device lock (only with other captures timing at once)
  timing   steady-state eager and compiled timing
  profile  per-kernel times under the profiler (GPU)
  results  runtime kernel records, results.json
  exit     the worker's interpreter shutting down
  collect  the parent reading the trace, kernels and compile metrics
  write    the manifest, file list and publishing the folder
  render   printing the run's summary in the terminal
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from inspector import store

PHASES = ("start", "inputs", "imports", "compile", "check", "wait", "timing", "profile", "cudagraphs", "results", "exit", "collect", "counters", "write", "render")
FILE = "phases.json"  # written by the worker into the run folder


class PhaseClock:
    """Laps of wall-clock time: `lap(name)` adds the seconds since the last lap to `name`."""

    def __init__(self, start: float | None = None) -> None:
        self.started = time.time() if start is None else start
        self.last = self.started
        self.seconds: dict[str, float] = {}

    def lap(self, name: str) -> float:
        now = time.time()
        self.seconds[name] = self.seconds.get(name, 0.0) + (now - self.last)
        self.last = now
        return now

    def to_json(self) -> dict[str, Any]:
        return {"started": self.started, "ended": self.last, "seconds": self.seconds}

    def write(self, folder: Path) -> None:
        """Into the worker's run folder (plain write: the parent reads it after the worker ended)."""
        (folder / FILE).write_text(json.dumps(self.to_json(), indent=2) + "\n")


def combine(launched: float, exited: float, worker: dict[str, Any] | None, parent: dict[str, float]) -> dict[str, float]:
    """One `phases_s` dict in run order: the worker's laps, its start (launch to first mark) and
    exit (last mark to process end), then the parent's phases. Missing worker data (a crash before
    its first mark) books the whole worker time to `start`."""
    seconds: dict[str, float] = {}
    if worker and worker.get("seconds"):
        seconds["start"] = max(0.0, float(worker["started"]) - launched)
        seconds.update({k: float(v) for k, v in worker["seconds"].items()})
        seconds["exit"] = max(0.0, exited - float(worker["ended"]))
    else:
        seconds["start"] = max(0.0, exited - launched)
    seconds.update(parent)
    order = {name: i for i, name in enumerate(PHASES)}
    return {k: round(v, 3) for k, v in sorted(seconds.items(), key=lambda kv: order.get(kv[0], len(order)))}


def record(folder: Path, name: str, seconds: float) -> dict[str, float]:
    """Add a phase that ran after the capture was published (the terminal summary) to its
    manifest; returns the manifest's phases."""
    manifest = store.read_json(folder / store.MANIFEST)
    recorded = dict(manifest.get("phases_s") or {})
    recorded[name] = round(seconds, 3)
    manifest["phases_s"] = recorded
    store.write_json(folder / store.MANIFEST, manifest)
    return recorded


def overhead_s(phases: dict[str, float], first_call_s: float | None) -> float | None:
    """Seconds of the run beyond its compiled first call (compile + one run): what a user waits
    for besides the compile itself."""
    if not phases or first_call_s is None:
        return None
    return round(sum(phases.values()) - first_call_s, 3)


def describe(phases: dict[str, float]) -> str:
    """'start 2.10 s · inputs 0.31 s · ... · total 20.4 s' for the terminal."""
    if not phases:
        return "no phase timings recorded"
    parts = [f"{name} {seconds:.2f} s" for name, seconds in phases.items()]
    return " · ".join(parts) + f" · total {sum(phases.values()):.1f} s"
