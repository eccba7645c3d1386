"""What a user waits for besides the compile: the tables of docs/fast-capture.md, rerunnable.

    python scripts/measure_overhead.py start                 # inspect --help / list / report
    python scripts/measure_overhead.py runs [NAME ...]       # cold inspect run per experiment
    python scripts/measure_overhead.py jobs --jobs 8 [NAME ...]   # --all sequential vs --jobs N
    python scripts/measure_overhead.py floor                 # a plain fresh-process torch.compile, no inspect

Every command runs `inspect` as a user would (a fresh `python -m inspector.cli` process) and
prints a markdown table, with the machine, versions, load average and date above it:
- start: median wall seconds of `inspect --help`, `inspect list` and `inspect report` over the
  committed captures and bench CSVs (--repeat times each), and whether torch was imported.
- runs: per experiment, a cold `inspect run NAME` at its default shape: wall seconds, the
  compiled first call (compile + one run, from results.json), the overhead (wall - first call)
  and the manifest's seconds per phase.
- jobs: `inspect run NAMES` sequentially, then with --jobs N, in one session: both walls, their
  ratio, and per experiment the steady-state compiled median of each run and their difference.
Captures go to a temporary folder (--out to keep them).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from experiments import catalog  # noqa: E402  (torch-free)
from inspector import store  # noqa: E402
from inspector.capture.phases import overhead_s  # noqa: E402
from inspector.versions import cpu_name, resolve_device, triton_version  # noqa: E402


def inspect(*args: str, env: dict[str, str] | None = None) -> tuple[float, subprocess.CompletedProcess]:
    """Wall seconds and the result of one `inspect ARGS` in a fresh process."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "inspector.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    return time.perf_counter() - t0, done


def imports_torch(*args: str) -> bool:
    code = ("import sys, runpy; sys.argv = ['inspect', *sys.argv[1:]]\n"
            "try:\n    runpy.run_module('inspector.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print('TORCH' if 'torch' in sys.modules else 'NO-TORCH', file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    return "NO-TORCH" not in done.stderr


def machine(device: str) -> str:
    import torch  # only for its version, after the timed commands of `start`

    name = torch.cuda.get_device_name() if device == "cuda" else cpu_name()
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{name}, {os.cpu_count()} CPU cores, load average (1/5/15 min) {load}; torch {torch.__version__}, triton "
            f"{triton_version()}, Python {platform.python_version()}; {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC")


def start(args) -> None:
    report_out = Path(tempfile.mkdtemp(prefix="report-")) / "report.html"
    rows = []
    for label, command in (("inspect --help", ["--help"]), ("inspect list", ["list"]),
                           ("inspect report (committed captures and bench CSVs)", ["report", "--out", str(report_out)])):
        walls = []
        for _ in range(args.repeat):
            wall, done = inspect(*command)
            if done.returncode != 0:
                raise SystemExit(f"{label} failed: {done.stderr[-2000:]}")
            walls.append(wall)
        rows.append((label, statistics.median(walls), min(walls), max(walls), imports_torch(*command)))
    print(machine(resolve_device(args.device)))
    print(f"\n| command | median wall | min / max ({args.repeat} runs) | imports torch |\n|---|---|---|---|")
    for label, median, low, high, torch_ in rows:
        print(f"| `{label}` | {median:.2f} s | {low:.2f} / {high:.2f} s | {'yes' if torch_ else 'no'} |")


def run_facts(ref) -> dict:
    """What one capture's manifest and results.json say about its cost."""
    manifest = ref.manifest()
    results = store.read_json(ref.path / "results.json") if (ref.path / "results.json").is_file() else {}
    first = (results.get("first_call_s") or {}).get("compiled")
    return {"first": first, "phases": manifest.get("phases_s") or {},
            "inside": overhead_s(manifest.get("phases_s") or {}, first),  # the phases' sum less the first call
            "compiled_ms": ((results.get("steady") or {}).get("compiled") or {}).get("median_ms"),
            "status": manifest.get("status")}


def one_run(name: str, device: str, out: Path, extra: tuple[str, ...] = ()) -> dict:
    wall, done = inspect("run", name, "--device", device, "--out", str(out), "-q", *extra)
    ref = store.latest(out, name)
    if ref is None:
        return {"name": name, "wall": wall, "error": (done.stderr or done.stdout).strip()[-300:]}
    facts = run_facts(ref)
    first = facts["first"]
    return {"name": name, "wall": wall, "overhead": wall - first if first is not None else None, **facts}


def runs(args) -> None:
    device = resolve_device(args.device)
    names = args.names or list(catalog.entries())
    out = args.out or Path(tempfile.mkdtemp(prefix="overhead-"))
    rows = [one_run(name, device, out / f"round{r}") for r in range(args.repeat) for name in names]  # cold: new OUT, new cache
    print(machine(device))
    phases = ("start", "inputs", "imports", "compile", "check", "timing", "profile", "exit", "collect", "write", "render")
    print(f"\nCold `inspect run NAME --device {device}` at the default shape, one fresh process each.\n")
    print("| experiment | wall | compiled first call | overhead (wall - first call) | of it in phases | "
          + " | ".join(phases) + " |")
    print("|---" * (5 + len(phases)) + "|")
    for r in rows:
        if "error" in r:
            print(f"| {r['name']} | {r['wall']:.1f} s | failed: {r['error']} |" + " |" * (3 + len(phases)))
            continue
        cells = " | ".join(f"{r['phases'][p]:.2f}" if p in r["phases"] else "-" for p in phases)
        first = f"{r['first']:.2f} s" if r["first"] is not None else "-"
        over = f"{r['overhead']:.2f} s" if r["overhead"] is not None else "-"
        inside = f"{r['inside']:.2f} s" if r["inside"] is not None else "-"
        print(f"| {r['name']} | {r['wall']:.2f} s | {first} | {over} | {inside} | {cells} |")
    overheads = [r["overhead"] for r in rows if r.get("overhead") is not None]
    if overheads:
        print(f"\noverhead: median {statistics.median(overheads):.2f} s, max {max(overheads):.2f} s over {len(overheads)} runs")


def jobs(args) -> None:
    device = resolve_device(args.device)
    names = args.names or list(catalog.entries())
    out = args.out or Path(tempfile.mkdtemp(prefix="jobs-"))
    walls, steady, over = {}, {}, {}
    for label, extra in (("sequential", ()), (f"--jobs {args.jobs}", ("--jobs", str(args.jobs)))):
        folder = out / label.replace(" ", "").replace("-", "")
        wall, done = inspect("run", *names, "--device", device, "--out", str(folder), "-q", *extra)
        walls[label] = wall
        print(f"{label}: {wall:.1f} s", file=sys.stderr, flush=True)  # kept even if the next run is cut off
        for name in names:
            ref = store.latest(folder, name)
            facts = run_facts(ref) if ref is not None else {}
            steady.setdefault(name, {})[label] = facts.get("compiled_ms")
            if label == "sequential" and ref is not None:  # each experiment's own worker: its phases less its first call
                over[name] = facts["inside"]
    seq, par = walls["sequential"], walls[f"--jobs {args.jobs}"]
    print(machine(device))
    print(f"\n{len(names)} experiments, cold: sequential {seq:.1f} s, --jobs {args.jobs} {par:.1f} s "
          f"({100 * par / seq:.0f}% of the sequential wall)\n")
    print(f"| experiment | compiled median, sequential | compiled median, --jobs {args.jobs} | difference | "
          f"overhead in phases, sequential |\n|---|---|---|---|---|")
    for name in names:
        a, b = steady[name].get("sequential"), steady[name].get(f"--jobs {args.jobs}")
        diff = f"{100 * (b - a) / a:+.1f}%" if a and b else "-"
        o = over.get(name)
        print(f"| {name} | {a if a is None else f'{a:.4f} ms'} | {b if b is None else f'{b:.4f} ms'} | {diff} | "
              f"{'-' if o is None else f'{o:.2f} s'} |")


PLAIN = """
import sys, time
t0 = time.time()
import torch
t1 = time.time()
import torch._dynamo, torch._inductor.compile_fx
t2 = time.time()
x = torch.randn(*SHAPE, device=DEVICE)
if DEVICE == "cuda":
    torch.cuda.synchronize()
t3 = time.time()
torch.compile(torch.nn.functional.silu)(x)
if DEVICE == "cuda":
    torch.cuda.synchronize()
t4 = time.time()
print(t1 - t0, t2 - t1, t4 - t3)
"""


def floor(args) -> None:
    """What a plain fresh-process torch.compile pays before its first call, without inspect: the
    same imports the capture books as `start` and `imports`, each process with a cold private
    Inductor cache."""
    device = resolve_device(args.device)
    shape = str(tuple(catalog.entries()["silu"].default_shape(device)))  # silu's default shape
    rows = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="floor-") as cache:
            t0 = time.time()
            done = subprocess.run([sys.executable, "-c", PLAIN.replace("SHAPE", shape).replace("DEVICE", repr(device))],
                                  capture_output=True, text=True, env={**os.environ, "TORCHINDUCTOR_CACHE_DIR": cache})
            wall = time.time() - t0
        if done.returncode != 0:
            raise SystemExit(f"plain compile failed: {done.stderr.strip()[-300:]}")
        torch_s, imports_s, first_s = (float(v) for v in done.stdout.split())
        rows.append((wall, torch_s, imports_s, first_s))
    print(machine(device))
    print(f"\nA plain `torch.compile(silu)(x)` in a fresh process, {args.repeat} times (no inspect):\n")
    print("| run | wall | import torch | import Dynamo and Inductor | first call |\n|---|---:|---:|---:|---:|")
    for i, (wall, torch_s, imports_s, first_s) in enumerate(rows, 1):
        print(f"| {i} | {wall:.2f} s | {torch_s:.2f} s | {imports_s:.2f} s | {first_s:.2f} s |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("start", "runs", "jobs", "floor"))
    parser.add_argument("names", nargs="*", help="experiments (default: every built-in)")
    parser.add_argument("--device", default="auto", help="auto, cuda or cpu")
    parser.add_argument("--repeat", type=int, default=None, help="start: runs of each command (default 5); runs: rounds (default 1)")
    parser.add_argument("--jobs", type=int, default=8, help="jobs: the parallel run's --jobs")
    parser.add_argument("--out", type=Path, default=None, help="keep the captures here (default: a temp folder)")
    args = parser.parse_intermixed_args()  # names may follow the options
    if args.repeat is None:
        args.repeat = {"runs": 1, "floor": 3}.get(args.what, 5)  # a cold capture takes up to a minute on a CPU
    {"start": start, "runs": runs, "jobs": jobs, "floor": floor}[args.what](args)


if __name__ == "__main__":
    main()
