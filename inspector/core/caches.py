"""The Inductor/Triton caches of the captures: <root>/.cache/<experiment>/, one folder per cold
run, and the file locks (flock) that keep a folder in use from being deleted (the device lock of
inspector.capture.device_lock uses the same `file_lock`). The store owns the layout's names
(CACHE, CURRENT); this module owns the cache folders' life."""

from __future__ import annotations

import os
import secrets
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from inspector.store import CACHE, CURRENT, short_name, write_text


# --- Inductor/Triton caches: <root>/.cache/<experiment>/ ------------------------------------------
#   <run-id>-<pid>-<hex>/        one cold run's cache (inductor/, triton/)
#   <run-id>-<pid>-<hex>.lock    held (flock, shared) by every run using that folder
#   current                      the folder name `--warm` reuses, replaced atomically
# A cold run never touches another run's folder: it compiles into a new one, and only when it
# succeeded does `current` name it. Superseded folders are deleted once no run holds their lock.


@dataclass
class RunCache:
    path: Path
    reused: bool  # a warm run found the experiment's current cache
    keep: bool = False  # the run succeeded: its new folder becomes the one --warm reuses


def file_lock(path: Path, shared: bool, wait: bool = True) -> int | None:
    """An open, flock-ed descriptor of lock file `path`, or None when `wait` is False and another
    process holds it. Checked against the path after locking: a lock file that a prune unlinked
    meanwhile is a dead inode, so it is opened again."""
    import fcntl  # POSIX only, like the compilers the caches serve

    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            os.close(fd)
            return None
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)


def _lock_path(folder: Path) -> Path:
    return folder.with_name(folder.name + ".lock")


def _hold_current(base: Path) -> tuple[Path, int] | None:
    """The folder `current` names, locked shared so no prune deletes it while the run uses it."""
    for _ in range(10):  # `current` moved on between reading and locking: read it again
        pointer = base / CURRENT
        name = pointer.read_text().strip() if pointer.is_file() else ""
        if not name or not (base / name).is_dir():
            return None
        fd = file_lock(_lock_path(base / name), shared=True)
        if (base / name).is_dir() and (base / CURRENT).is_file():
            return base / name, fd
        os.close(fd)
    return None


def prune_caches(base: Path) -> list[Path]:
    """Delete every cache folder under `base` that `current` does not name and no run holds."""
    pointer = base / CURRENT
    current = pointer.read_text().strip() if pointer.is_file() else ""
    removed = []
    for folder in sorted(p for p in base.iterdir() if p.is_dir() and p.name != current):
        fd = file_lock(_lock_path(folder), shared=False, wait=False)
        if fd is None:  # in use by a running capture
            continue
        try:
            shutil.rmtree(folder, ignore_errors=True)
            _lock_path(folder).unlink(missing_ok=True)
            removed.append(folder)
        finally:
            os.close(fd)
    return removed


@contextmanager
def run_cache(root: Path, experiment: str, run_id: str, warm: bool) -> Iterator[RunCache]:
    """The cache folder one run compiles with, held for the duration of the block.

    Cold (or warm with nothing to reuse): a new, empty folder of this run's own. On leaving the
    block it becomes `current` when `keep` was set, else it is deleted; then folders no run
    holds any more are pruned. Warm: the folder `current` names, shared with other warm runs
    (Inductor and Triton write their cache entries atomically)."""
    base = root / CACHE / short_name(experiment)
    base.mkdir(parents=True, exist_ok=True)
    held = _hold_current(base) if warm else None
    if held is not None:
        cache, fd = RunCache(held[0], reused=True), held[1]
    else:
        folder = base / f"{short_name(run_id, 64)}-{os.getpid()}-{secrets.token_hex(3)}"
        fd = file_lock(_lock_path(folder), shared=True)  # locked before it exists: a prune never sees it free
        folder.mkdir()
        cache = RunCache(folder, reused=False)
    try:
        yield cache
    finally:
        try:
            if not cache.reused and cache.keep:
                write_text(base / CURRENT, cache.path.name + "\n")
            elif not cache.reused:
                shutil.rmtree(cache.path, ignore_errors=True)
                _lock_path(cache.path).unlink(missing_ok=True)
        finally:
            os.close(fd)
        if not cache.reused and cache.keep:
            prune_caches(base)


# -- reading stored files and writing outputs: one error, naming the file, for every command --
