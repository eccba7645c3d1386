"""How much does capturing add to compile time? Compile each experiment cold, with and without the
capture settings, alternating the order, in fresh subprocesses.

    python scripts/capture_overhead.py [NAME ...] [--rounds 3] [--out DIR]

Two times are compared: Dynamo's own total compile time (`entire_frame_compile` +
`entire_backward_compile`, recorded in results.json as compile_time_s.total_wall_time, kept by
Dynamo with or without the trace), and the first compiled call (compile + one run, autotuning
included) measured inside the worker. Caches are private and emptied before every run. Prints a
table and writes overhead.csv to --out.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import tempfile
from pathlib import Path

import experiments
from inspector import store
from inspector.capture.runner import capture
from inspector.config import RunConfig
from inspector.versions import collect, resolve_device


def measure(config: RunConfig) -> tuple[float, float]:
    """(Dynamo's compile seconds, first compiled call seconds) of one cold run."""
    result = capture(config)
    if not result.ok:
        raise RuntimeError(f"{config.experiment}: {result.manifest.get('error')}")
    results = store.read_json(result.path / "results.json")
    compile_s = (results.get("compile_time_s") or {}).get("total_wall_time", float("nan"))
    return compile_s, results["first_call_s"]["compiled"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="overhead-")))
    parser.add_argument("--device", default="auto")
    args = parser.parse_args()
    device = resolve_device(args.device)
    names = args.names or list(experiments.REGISTRY)
    rows = []
    for name in names:
        compile_s: dict[bool, list[float]] = {True: [], False: []}
        first_s: dict[bool, list[float]] = {True: [], False: []}
        for r in range(args.rounds):
            order = (False, True) if r % 2 == 0 else (True, False)
            for with_capture in order:
                config = RunConfig(experiment=name, device=device, out=args.out / ("cap" if with_capture else "bare"),
                                   capture=with_capture, measure=False)
                c, f = measure(config)
                compile_s[with_capture].append(c)
                first_s[with_capture].append(f)
                print(f"{name} round {r + 1} {'capture' if with_capture else 'bare   '} compile {c:.2f} s, first call {f:.2f} s", flush=True)
        bare, cap = statistics.median(compile_s[False]), statistics.median(compile_s[True])
        rows.append({"experiment": name, "bare_median_s": bare, "capture_median_s": cap, "overhead_pct": 100 * (cap - bare) / bare,
                     "bare_runs": " ".join(f"{t:.2f}" for t in compile_s[False]), "capture_runs": " ".join(f"{t:.2f}" for t in compile_s[True]),
                     "bare_first_call_median_s": statistics.median(first_s[False]),
                     "capture_first_call_median_s": statistics.median(first_s[True])})
    versions = collect(device)
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "overhead.csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"\n{versions.device_name}, torch {versions.torch}, triton {versions.triton}; {args.rounds} rounds, cold caches")
    print("| experiment | compile without capture (median) | with capture (median) | overhead | runs without | runs with | first call without / with |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['experiment']} | {r['bare_median_s']:.2f} s | {r['capture_median_s']:.2f} s | {r['overhead_pct']:+.1f}% | {r['bare_runs']} | "
              f"{r['capture_runs']} | {r['bare_first_call_median_s']:.2f} s / {r['capture_first_call_median_s']:.2f} s |")
    total_bare = sum(r["bare_median_s"] for r in rows)
    total_cap = sum(r["capture_median_s"] for r in rows)
    print(f"| all | {total_bare:.2f} s | {total_cap:.2f} s | {100 * (total_cap - total_bare) / total_bare:+.1f}% | | | |")


if __name__ == "__main__":
    main()
