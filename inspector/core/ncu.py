"""Hardware counters of one steady-state call, read with Nsight Compute (`ncu`).

`inspect run --counters` and `inspect bench --counters` profile one call per provider in a process
of its own (inspector.capture.counters_worker, inspector.bench.counters_worker; the driver is
inspector/core/ncu_jobs.py): it compiles (from the run's warm cache), warms up, then brackets ONE
call with torch.cuda.profiler.start()/stop(). ncu runs with `--profile-from-start off`, so only
the kernels of that call are profiled and replayed: compile, autotuning and warm-up run
untouched, and the capture's own timings never run under ncu.

The command (`profile_command`): the fixed METRICS, `--cache-control all` (caches flushed before
each profiled kernel, as in the bench's timing), `--clock-control none` (the GPU's own clocks, as
in the bench, not ncu's default base clock; the SM clock is itself a counter), exported to
`<name>.ncu-rep` in the run folder (kept), then `ncu --import ... --csv --page raw --print-units
base` to `<name>.csv`, which `parse_raw_csv` reads: one row per kernel, a column per metric, a
units row under the header. The parser takes ncu's other layouts too (the details page: one row
per metric), thousands separators, scaled units (Kbyte, usecond) and "n/a".

Without CUDA or without ncu, `availability` says why in one line and the caller goes on.
"""

from __future__ import annotations

import csv
import glob
import io
import os
import re
import queue
import shutil
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence


TIMEOUT_S = 60  # what `inspect bench --counters` may add per provider: one profiled call
VERSION_TIMEOUT_S = 20

# (key in kernels.json, Nsight Compute metric, unit after normalisation)
METRICS: tuple[tuple[str, str, str], ...] = (
    ("duration_us", "gpu__time_duration.sum", "us"),
    ("dram_read_bytes", "dram__bytes_read.sum", "byte"),
    ("dram_write_bytes", "dram__bytes_write.sum", "byte"),
    ("l2_bytes", "lts__t_bytes.sum", "byte"),
    ("l1_bytes", "l1tex__t_bytes.sum", "byte"),
    ("dram_pct", "dram__throughput.avg.pct_of_peak_sustained_elapsed", "%"),
    ("sm_pct", "sm__throughput.avg.pct_of_peak_sustained_elapsed", "%"),
    ("issue_pct", "smsp__issue_active.avg.pct_of_peak_sustained_active", "%"),
    ("instructions", "smsp__inst_executed.sum", "warp instructions"),
    ("instructions_per_smsp", "smsp__inst_executed.avg", "warp instructions"),
    ("smsp_clock_hz", "smsp__cycles_elapsed.avg.per_second", "Hz"),
    ("achieved_occupancy_pct", "sm__warps_active.avg.pct_of_peak_sustained_active", "%"),
    ("theoretical_occupancy_pct", "sm__maximum_warps_per_active_cycle_pct", "%"),
    ("registers", "launch__registers_per_thread", "registers/thread"),
    ("grid_size", "launch__grid_size", "blocks"),
    ("block_size", "launch__block_size", "threads"),
)
# warp-stall reasons (WarpStateStats): cycles a warp spends stalled on each, per issued instruction
STALL_REASONS = ("long_scoreboard", "short_scoreboard", "barrier", "wait", "math_pipe_throttle", "mio_throttle",
                 "lg_throttle", "not_selected", "dispatch_stall", "no_instruction", "branch_resolving", "membar",
                 "drain", "imc_miss", "tex_throttle", "sleeping", "misc")
STALL_METRIC = "smsp__average_warps_issue_stalled_{}_per_issue_active.ratio"


def metric_names() -> list[str]:
    return [m for _, m, _ in METRICS] + [STALL_METRIC.format(r) for r in STALL_REASONS]


class CountersUnavailable(Exception):
    """Counters cannot be read here; str() is the one-line reason."""


@dataclass(frozen=True)
class Ncu:
    path: Path
    version: str


def find_ncu(env: Mapping[str, str] | None = None) -> Path | None:
    """ncu on PATH, in $CUDA_HOME/bin (or $CUDA_PATH), /usr/local/cuda*/bin, or torch's CUDA_HOME."""
    env = os.environ if env is None else env
    found = shutil.which("ncu", path=env.get("PATH"))
    if found:
        return Path(found)
    homes = [env.get("CUDA_HOME"), env.get("CUDA_PATH")]
    homes += sorted(glob.glob("/usr/local/cuda*"), reverse=True)
    try:  # torch's own guess (nvcc's folder); importing it needs no GPU
        from torch.utils.cpp_extension import CUDA_HOME
        homes.append(CUDA_HOME)
    except Exception:
        pass
    for home in homes:
        if home and (Path(home) / "bin" / "ncu").is_file():
            return Path(home) / "bin" / "ncu"
    return None


def parse_version(text: str) -> str:
    """'Version 2025.3.1.0 (build ...)' -> '2025.3.1.0'; the first line when the form is unknown."""
    m = re.search(r"Version\s+([0-9][0-9.]*)", text)
    if m:
        return m.group(1).rstrip(".")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return lines[-1] if lines else "unknown"


def availability(device: str, env: Mapping[str, str] | None = None) -> Ncu:
    """The ncu to use, or CountersUnavailable with the reason."""
    if device != "cuda":
        raise CountersUnavailable(f"the device is {device}, and Nsight Compute reads NVIDIA GPU counters only")
    ncu = find_ncu(env)
    if ncu is None:
        raise CountersUnavailable("Nsight Compute (ncu) not found on PATH, in $CUDA_HOME/bin, /usr/local/cuda*/bin "
                                  "or torch's CUDA_HOME")
    try:
        out = subprocess.run([str(ncu), "--version"], capture_output=True, text=True, timeout=VERSION_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CountersUnavailable(f"{ncu} --version failed ({exc})") from None
    if out.returncode != 0:
        raise CountersUnavailable(f"{ncu} --version exited {out.returncode}: {(out.stderr or out.stdout).strip()[:200]}")
    return Ncu(ncu, parse_version(out.stdout))


def profile_command(ncu: Path, report: Path, argv: Sequence[str], only: Sequence[str] = ()) -> list[str]:
    """ncu around `argv`, profiling only what runs between cudaProfilerStart and Stop; `only`: ncu's
    kernel filter options (ncu_select.filter_args: each named kernel's first launch)."""
    return [str(ncu), "--profile-from-start", "off", "--target-processes", "all", "--cache-control", "all",
            "--clock-control", "none", *only, "--metrics", ",".join(metric_names()), "--export", str(report),
            "--force-overwrite", *argv]


def import_command(ncu: Path, report: Path) -> list[str]:
    return [str(ncu), "--import", str(report), "--csv", "--page", "raw", "--print-units", "base"]


# ---------------------------------------------------------------------------------- parsing

ID_COLUMNS = ("ID", "Process ID", "Process Name", "Host Name", "Kernel Name", "Kernel Time", "Context", "Stream",
              "Block Size", "Grid Size", "Device", "CC", "Section Name", "Metric Name", "Metric Unit", "Metric Value",
              "Rule Name", "Rule Type", "Rule Description", "Estimated Speedup Type", "Estimated Speedup")
_SCALE = {
    "byte": 1, "kbyte": 1e3, "mbyte": 1e6, "gbyte": 1e9, "tbyte": 1e12, "kib": 1024, "mib": 2**20, "gib": 2**30,
    "nsecond": 1e-3, "ns": 1e-3, "usecond": 1, "us": 1, "msecond": 1e3, "ms": 1e3, "second": 1e6, "s": 1e6,
    "hz": 1, "khz": 1e3, "mhz": 1e6, "ghz": 1e9, "cycle/second": 1, "cycle/nsecond": 1e9, "cycle/usecond": 1e6,
}
_TARGET = {"byte": ("byte", "kbyte", "mbyte", "gbyte", "tbyte", "kib", "mib", "gib"),
           "us": ("nsecond", "ns", "usecond", "us", "msecond", "ms", "second", "s"),
           "Hz": ("hz", "khz", "mhz", "ghz", "cycle/second", "cycle/nsecond", "cycle/usecond")}


def number(text: str) -> float | None:
    """A metric value as ncu prints it: '1,234.5' -> 1234.5; 'n/a', '' or text -> None."""
    t = (text or "").strip().replace(",", "").replace("\u202f", "").replace(" ", "")
    try:
        return float(t)
    except ValueError:
        return None


def convert(value: float | None, unit: str, target: str) -> float | None:
    """value in `unit` (as ncu names it) in the target unit of METRICS; unknown units pass as they are."""
    if value is None:
        return None
    u = (unit or "").strip().lower()
    if target in _TARGET and u in _TARGET[target]:
        return value * _SCALE[u]  # each target's own unit (byte, us, Hz) has scale 1
    return value


def _csv_rows(text: str) -> list[list[str]]:
    """The CSV records of ncu's output: ==PROF== lines and the program's own output are dropped."""
    lines = [ln for ln in text.splitlines() if ln.startswith('"')]
    return list(csv.reader(io.StringIO("\n".join(lines))))


def parse_raw_csv(text: str) -> list[dict[str, Any]]:
    """Per profiled kernel, in launch order: {"id", "name", "block", "grid", "metrics": {metric: (value, unit)}}.
    Reads the raw page (a column per metric, a units row) and the details page (a row per metric)."""
    rows = _csv_rows(text)
    header_at = next((i for i, r in enumerate(rows) if r and r[0] == "ID"), None)
    if header_at is None:
        return []
    header, body = rows[header_at], [r for r in rows[header_at + 1:] if r and r[0] != "ID"]
    col = {name: i for i, name in enumerate(header)}
    if "Metric Name" in col and "Metric Value" in col:
        return _details(col, body)
    units: dict[int, str] = {}
    if body and not body[0][0].strip():  # the units row: no ID
        units = dict(enumerate(body.pop(0)))
    kernels = []
    for r in body:
        cell = lambda name: r[col[name]] if name in col and col[name] < len(r) else ""  # noqa: E731
        metrics = {h: (number(r[i]), units.get(i, "")) for i, h in enumerate(header)
                   if h not in ID_COLUMNS and i < len(r) and "__" in h}
        kernels.append({"id": cell("ID"), "name": cell("Kernel Name"), "block": cell("Block Size"),
                        "grid": cell("Grid Size"), "metrics": metrics})
    return kernels


def _details(col: dict[str, int], body: list[list[str]]) -> list[dict[str, Any]]:
    by_id: dict[str, dict[str, Any]] = {}
    for r in body:
        get = lambda name: r[col[name]] if name in col and col[name] < len(r) else ""  # noqa: E731
        k = by_id.setdefault(get("ID"), {"id": get("ID"), "name": get("Kernel Name"), "block": get("Block Size"),
                                         "grid": get("Grid Size"), "metrics": {}})
        if get("Metric Name"):
            k["metrics"][get("Metric Name")] = (number(get("Metric Value")), get("Metric Unit"))
    return list(by_id.values())


def kernel_record(kernel: Mapping[str, Any]) -> dict[str, Any]:
    """One parsed kernel as stored in kernels.json: our keys in normalised units, the stall reasons,
    and None for what was not collected."""
    metrics = kernel.get("metrics", {})
    rec: dict[str, Any] = {"name": kernel.get("name", ""), "ncu_id": kernel.get("id", "")}
    for key, metric, target in METRICS:
        value, unit = metrics.get(metric, (None, ""))
        rec[key] = convert(value, unit, target)
    for k in ("registers", "grid_size", "block_size"):
        rec[k] = None if rec[k] is None else int(rec[k])
    avg = rec.pop("instructions_per_smsp")
    rec["smsp_count"] = round(rec["instructions"] / avg) if rec["instructions"] and avg else None
    rec["stalls"] = {r: v for r in STALL_REASONS
                     if (v := metrics.get(STALL_METRIC.format(r), (None, ""))[0]) is not None}
    return rec


# ---------------------------------------------------------------------------------- running


@dataclass(frozen=True)
class Profiled:
    """What one profiled call left: its kernels (kernel_record dicts, launch order) and the files."""

    kernels: list[dict[str, Any]]
    command: list[str]
    report: Path
    csv: Path


PROFILING_LINE = re.compile(r'==PROF== Profiling "([^"]+)"')


def profiled_kernel(line: str) -> str | None:
    """The kernel name of ncu's per-kernel progress line ('==PROF== Profiling "name" - 0: 0%...100% - 20 passes')."""
    m = PROFILING_LINE.search(line)
    return m.group(1) if m else None


def _streamed(command: list[str], env: Mapping[str, str], timeout_s: float,
              on_line: Callable[[str], None]) -> tuple[int, str]:
    """Run `command`, handing each output line to on_line as it comes; (exit code, output).
    Past timeout_s the process (and its children: ncu's target) is killed: CountersUnavailable."""
    proc = subprocess.Popen(command, env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for ln in proc.stdout:
            lines.put(ln)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    out: list[str] = []
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            _kill(proc)
            raise CountersUnavailable(f"ncu did not finish within {timeout_s:.0f} s") from None
        if line is None:
            break
        out.append(line)
        on_line(line.rstrip("\n"))
    return proc.wait(), "".join(out)


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # ncu and the process it profiles: a session of their own
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.wait()


def run_profiled(ncu: Ncu, argv: Sequence[str], env: Mapping[str, str], out_dir: Path, name: str,
                 timeout_s: float = TIMEOUT_S, only: Sequence[str] = (),
                 on_line: Callable[[str], None] = lambda line: None) -> Profiled:
    """Run `argv` under ncu into out_dir/<name>.ncu-rep and out_dir/<name>.csv; CountersUnavailable
    (one line) when ncu fails, runs past timeout_s, or profiles no kernel. on_line sees ncu's
    output as it comes (its "==PROF== Profiling" lines are the progress)."""
    report, table = out_dir / f"{name}.ncu-rep", out_dir / f"{name}.csv"
    command = profile_command(ncu.path, report, argv, only)
    try:
        rc, output = _streamed(command, env, timeout_s, on_line)
    except OSError as exc:
        raise CountersUnavailable(f"cannot start {ncu.path}: {exc}") from None
    (out_dir / f"{name}.log").write_text(output)
    if rc == 0 and not report.is_file():  # ncu writes no report when its filter matched no launch
        raise CountersUnavailable(f"ncu profiled no kernel (no launch matched its filter; see {name}.log)")
    if rc != 0 or not report.is_file():
        errors = [ln for ln in output.splitlines() if "==ERROR==" in ln] or [f"exit {rc}"]
        raise CountersUnavailable(f"ncu failed: {errors[0].replace('==ERROR==', '').strip()[:300]}")
    imported = subprocess.run(import_command(ncu.path, report), capture_output=True, text=True, timeout=timeout_s)
    table.write_text(imported.stdout)
    kernels = [kernel_record(k) for k in parse_raw_csv(imported.stdout)]
    if not kernels:
        raise CountersUnavailable(f"ncu profiled no kernel (see {report.name})")
    return Profiled(kernels, command, report, table)


def counters_meta(ncu: Ncu, profiled: Profiled, provider: str) -> dict[str, Any]:
    """The provenance stored beside the counters: ncu version, the command, the metric names."""
    return {"ncu_version": ncu.version, "command": profiled.command, "metrics": metric_names(),
            "units": {key: unit for key, _, unit in METRICS}, "report": profiled.report.name,
            "csv": profiled.csv.name, "provider": provider}


def merge_into_kernels(kernels_json: Mapping[str, Any], kernels: list[dict[str, Any]],
                       meta: Mapping[str, Any]) -> dict[str, Any]:
    """kernels.json with a "counters" entry per kernel whose name ncu reports (Triton kernels keep
    their names), and the whole list, extern kernels (cuBLAS) included, under "counters"."""
    data = dict(kernels_json)
    by_name: dict[str, list[dict[str, Any]]] = {}
    for rec in kernels:
        by_name.setdefault(rec["name"], []).append(rec)
    out = []
    for k in data.get("kernels", []) if isinstance(data.get("kernels"), list) else []:
        if isinstance(k, dict) and k.get("name") in by_name:
            k = {**k, "counters": by_name[k["name"]]}
        out.append(k)
    if "kernels" in data:
        data["kernels"] = out
    data["counters"] = {**meta, "kernels": kernels}
    return data
