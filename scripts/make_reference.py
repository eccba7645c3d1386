"""Copy capture folders into captured_kernels/ as committed reference captures.

    python scripts/make_reference.py RUN_DIR [RUN_DIR ...] [--out captured_kernels]

Each RUN_DIR (made by `inspect run` on a GPU) becomes <out>/<experiment>/ref-<gpu>-torch<ver>-<mode>/
(<mode>-backward for an `inspect run --backward` capture)
with its trace log gzip-compressed (the parser reads .log.gz) and the manifest's file list
updated. Nothing is recomputed: the numbers are those of the original run. A raw Nsight Compute
report over 1 MiB (`*.ncu-rep`) is left out: its metrics stay in the `counters-*.csv` export
beside it, which is what the capture reads.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("captured_kernels"))
    args = parser.parse_args()
    for run in args.runs:
        target = make_reference(run, args.out)
        size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
        print(f"{target}  {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
