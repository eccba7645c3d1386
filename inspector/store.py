"""The captured_kernels/ layout: <root>/<experiment>/<run-id>/ with a manifest.json each.

Writes are atomic: a run is built in <root>/.staging/ and renamed into place only when complete,
so an interrupted or crashed capture never leaves a half-written run folder. JSON files are written
to a temporary name and renamed. `<root>/<experiment>/latest` names the newest run; when it is
missing (e.g. a fresh clone holding only committed reference runs) the newest manifest wins.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"
LATEST = "latest"
STAGING = ".staging"
CACHE = ".cache"


def write_text(path: str | os.PathLike, text: str) -> Path:
    """Write `text` to `path` atomically (a temp file beside it, then renamed into place). A path
    that exists and is no regular file (/dev/stdout, a pipe) is written in place: renaming over it
    would replace the device or pipe with a file."""
    path = Path(path)
    if path.exists() and not path.is_file():
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_json(path: Path, data: Any) -> None:
    write_text(path, json.dumps(data, indent=2, default=str) + "\n")


def read_json(path: Path) -> Any:
    with open(path) as f:
        return json.load(f)


def utc_stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")


def new_run_id(device: str, mode: str, warm: bool = False, now: datetime | None = None) -> str:
    return f"{utc_stamp(now)}-{device}-{mode}" + ("-warm" if warm else "")


def staging_dir(root: Path, experiment: str, run_id: str) -> Path:
    path = root / STAGING / f"{experiment}--{run_id}--{os.getpid()}"
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def cache_dir(root: Path, experiment: str) -> Path:
    """The private Inductor/Triton cache of one experiment (reused by --warm)."""
    return root / CACHE / experiment


def publish(staging: Path, root: Path, experiment: str, run_id: str) -> Path:
    """Move a complete staging folder to <root>/<experiment>/<run_id> and point `latest` at it."""
    final = root / experiment / run_id
    suffix = 1
    while final.exists():
        suffix += 1
        final = root / experiment / f"{run_id}-{suffix}"
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staging, final)
    latest = root / experiment / LATEST
    tmp = latest.with_name(f".{LATEST}.tmp")
    tmp.write_text(final.name + "\n")
    os.replace(tmp, latest)
    return final


@dataclass(frozen=True)
class RunRef:
    experiment: str
    run_id: str
    path: Path

    def manifest(self) -> dict:
        return read_json(self.path / MANIFEST)


def runs(root: Path, experiment: str | None = None) -> list[RunRef]:
    """Every run folder with a manifest, oldest first (by the manifest's start time, then name)."""
    out = []
    if not root.is_dir():
        return out
    for exp_dir in sorted(root.iterdir()):
        if not exp_dir.is_dir() or exp_dir.name.startswith(".") or (experiment and exp_dir.name != experiment):
            continue
        for run_dir in sorted(exp_dir.iterdir()):
            if (run_dir / MANIFEST).is_file():
                out.append(RunRef(exp_dir.name, run_dir.name, run_dir))
    return sorted(out, key=lambda r: (_started(r), r.run_id))


def _started(ref: RunRef) -> str:
    try:
        return str(ref.manifest().get("started_at", ""))
    except (OSError, ValueError):
        return ""


def latest(root: Path, experiment: str) -> RunRef | None:
    pointer = root / experiment / LATEST
    if pointer.is_file():
        name = pointer.read_text().strip()
        if name and (root / experiment / name / MANIFEST).is_file():
            return RunRef(experiment, name, root / experiment / name)
    found = runs(root, experiment)
    return found[-1] if found else None


def list_files(folder: Path) -> list[dict[str, Any]]:
    """Relative path and size of every file in a run folder (for the manifest)."""
    return [
        {"path": str(p.relative_to(folder)), "bytes": p.stat().st_size}
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    ]
