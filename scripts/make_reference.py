"""Copy capture folders into captured_kernels/ as committed reference captures.

    python scripts/make_reference.py RUN_DIR [RUN_DIR ...] [--out captured_kernels] [--fusion-log-only]

Each RUN_DIR (made by `inspect run` on a GPU) becomes <out>/<experiment>/ref-<gpu>-torch<ver>-<mode>/
(<mode>-backward for an `inspect run --backward` capture)
with its trace log gzip-compressed (the parser reads .log.gz) and the manifest's file list
updated. Nothing is recomputed: the numbers are those of the original run. A raw Nsight Compute
report over 1 MiB (`*.ncu-rep`) is left out: its metrics stay in the `counters-*.csv` export
beside it, which is what the capture reads.

--fusion-log-only adds a new capture's fusion_log.json (Inductor's fusion decisions) to the
existing reference of the same name and leaves everything else as it was, so the reference's
measured numbers stay those the docs quote; it refuses when the two captures' launch sequences
differ (another compile, whose decisions would not be the reference's).
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
from pathlib import Path

from inspector import store

MAX_NCU_REPORT = 1 << 20


def reference_name(manifest: dict) -> str:
    gpu = (manifest.get("device_name") or manifest.get("device") or "device").lower()
    gpu = re.search(r"(h100|h200|a100|l4|b200|gb200|mi300\w*)", gpu)
    torch = (manifest.get("versions") or {}).get("torch", "").split("+")[0]
    options = manifest.get("options") or {}
    mode = options.get("mode", "default") + ("-backward" if options.get("backward") else "")
    return f"ref-{gpu.group(1) if gpu else manifest.get('device', 'cpu')}-torch{torch}-{mode}"


def make_reference(run: Path, out: Path) -> Path:
    manifest = store.read_json(run / store.MANIFEST)
    target = out / manifest["experiment"] / reference_name(manifest)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(run, target)
    for log in (target / "trace").glob("*.log"):
        with open(log, "rb") as src, gzip.open(log.with_suffix(".log.gz"), "wb", compresslevel=9) as dst:
            shutil.copyfileobj(src, dst)
        log.unlink()
    for report in target.glob("*.ncu-rep"):
        if report.stat().st_size > MAX_NCU_REPORT:
            report.unlink()
    manifest["files"] = store.list_files(target)
    manifest["reference_of"] = manifest.get("run_id")
    store.write_json(target / store.MANIFEST, manifest)
    return target


def launch_sequence(run: Path) -> list[tuple[str, str]]:
    data = store.read_json(run / "kernels.json")
    return [(l.get("graph"), l.get("target")) for l in data.get("launches", [])]


def add_fusion_log(run: Path, out: Path) -> Path:
    """Copy RUN's fusion_log.json into the existing reference named for it."""
    manifest = store.read_json(run / store.MANIFEST)
    target = out / manifest["experiment"] / reference_name(manifest)
    if not (target / store.MANIFEST).is_file():
        raise SystemExit(f"{target}: no such reference to add the fusion log to")
    if not (run / "fusion_log.json").is_file():
        raise SystemExit(f"{run}: no fusion_log.json (a capture made before it was recorded)")
    if launch_sequence(run) != launch_sequence(target):
        raise SystemExit(f"{run} and {target} launch different kernels: make a new reference instead")
    shutil.copy2(run / "fusion_log.json", target / "fusion_log.json")
    ref = store.read_json(target / store.MANIFEST)
    ref["files"] = store.list_files(target)
    ref["fusion_log_from"] = manifest.get("run_id")
    store.write_json(target / store.MANIFEST, ref)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("runs", nargs="+", type=Path, help="capture folders made by `inspect run` on a GPU")
    parser.add_argument("--out", type=Path, default=Path("captured_kernels"), help="where the references live")
    parser.add_argument("--fusion-log-only", action="store_true",
                        help="only add each run's fusion_log.json to the existing reference of the same name")
    args = parser.parse_args()
    for run in args.runs:
        target = add_fusion_log(run, args.out) if args.fusion_log_only else make_reference(run, args.out)
        size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
        print(f"{target}  {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
