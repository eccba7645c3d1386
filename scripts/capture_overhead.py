"""How much does capturing add to compile time? Compile each experiment cold, with and without the
capture settings, alternating the order, in fresh subprocesses.

    python scripts/capture_overhead.py [NAME ...] [--rounds 3] [--out DIR]

The time compared is the first compiled call (compile + one run) measured inside the worker, the
same way for both; caches are private and emptied before every run. Prints a table and writes
overhead.csv to --out.
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


def first_call_s(config: RunConfig) -> float:
    result = capture(config)
    if not result.ok:
        raise RuntimeError(f"{config.experiment}: {result.manifest.get('error')}")
    return store.read_json(result.path / "results.json")["first_call_s"]["compiled"]


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
        times: dict[bool, list[float]] = {True: [], False: []}
        for r in range(args.rounds):
            order = (False, True) if r % 2 == 0 else (True, False)
            for with_capture in order:
                config = RunConfig(experiment=name, device=device, out=args.out / ("cap" if with_capture else "bare"),
                                   capture=with_capture, measure=False)
                times[with_capture].append(first_call_s(config))
                print(f"{name} round {r + 1} {'capture' if with_capture else 'bare   '} {times[with_capture][-1]:.2f} s", flush=True)
        bare, cap = statistics.median(times[False]), statistics.median(times[True])
        rows.append({"experiment": name, "bare_median_s": bare, "capture_median_s": cap, "overhead_pct": 100 * (cap - bare) / bare,
                     "bare_runs": " ".join(f"{t:.2f}" for t in times[False]), "capture_runs": " ".join(f"{t:.2f}" for t in times[True])})
    versions = collect(device)
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "overhead.csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"\n{versions.device_name}, torch {versions.torch}, triton {versions.triton}; {args.rounds} rounds, cold caches")
    print("| experiment | without capture (median) | with capture (median) | overhead | runs without | runs with |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['experiment']} | {r['bare_median_s']:.2f} s | {r['capture_median_s']:.2f} s | {r['overhead_pct']:+.1f}% | {r['bare_runs']} | {r['capture_runs']} |")
    total_bare = sum(r["bare_median_s"] for r in rows)
    total_cap = sum(r["capture_median_s"] for r in rows)
    print(f"| all | {total_bare:.2f} s | {total_cap:.2f} s | {100 * (total_cap - total_bare) / total_bare:+.1f}% | | |")


if __name__ == "__main__":
    main()
