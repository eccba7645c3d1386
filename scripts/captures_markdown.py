"""Print a Markdown table of the latest capture of each experiment (used for docs/captures-gpu.md).

    python scripts/captures_markdown.py [--root captured_kernels] [--glob 'ref-*']
"""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector import store
from inspector.report.console import short_kernel


def kernel_cells(folder: Path) -> str:
    data = store.read_json(folder / "kernels.json")
    records = {k["name"]: k for k in data["kernels"]}
    cells = []
    for launch in data["launches"]:
        k = records.get(launch["target"])
        if k:
            cfg = k.get("launch_config") or {}
            kw = " ".join(f"{a}={b}" for a, b in (cfg.get("kwargs") or {}).items())
            time = f"; {k['measured_us_per_call']:.1f} µs, {k['achieved_gb_per_s']:.0f} GB/s" if k.get("measured_us_per_call") else ""
            regs = f"; {k['n_regs']} regs, {k['n_spills']} spills" if k.get("n_regs") is not None else ""
            cells.append(f"`{k['name']}` ({k['kind']}; {kw} warps={cfg.get('num_warps')}{regs}{time})")
        else:
            device = [short_kernel(n) for n in launch.get("device_kernels", []) if not n.startswith("Memset")]
            time = f" ({launch['measured_us_per_call']:.1f} µs)" if launch.get("measured_us_per_call") else ""
            cells.append(f"`{launch['target']}`" + (f" → `{', '.join(device)}`" if device else "") + time)
    return "<br>".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=Path("captured_kernels"))
    parser.add_argument("--glob", default="ref-*", help="run folders to consider (newest per experiment wins)")
    args = parser.parse_args()
    print("| experiment | shape | kernels (launch order: kind; config; regs/spills; measured time, bandwidth) | compile (cold) | Triton compile | eager | compiled | speedup |")
    print("|---|---|---|---|---|---|---|---|")
    footer = set()
    for exp in sorted(p for p in args.root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        runs = sorted(exp.glob(args.glob))
        if not runs:
            continue
        folder = runs[-1]
        m = store.read_json(folder / "manifest.json")
        r = store.read_json(folder / "results.json")
        frame = store.read_json(folder / "compile_metrics.json")["frames"][0]
        v = m["versions"]
        footer.add(f"{m['device_name']}, torch {v['torch']}, triton {v['triton']}, CUDA {v['cuda']}, Python {v['python']}; captured {m['started_at'][:10]}")
        shape = "×".join(map(str, m["shape"]))
        steady = r["steady"]
        print(
            f"| {m['experiment']} | {shape} {m['dtype']} | {kernel_cells(folder)} | {frame['total_s']:.2f} s | "
            f"{(frame.get('triton_compile_s') or 0):.2f} s | {steady['eager']['median_ms'] * 1e3:.1f} µs | "
            f"{steady['compiled']['median_ms'] * 1e3:.1f} µs | {r['speedup_compiled_vs_eager']:.2f}x |"
        )
    for line in sorted(footer):
        print(f"\nMeasured on {line}.")


if __name__ == "__main__":
    main()
