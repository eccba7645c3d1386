"""The captured_kernels/ layout: <root>/<experiment>/<run-id>/ with a manifest.json each.

Writes are atomic: a run is built in <root>/.staging/ and renamed into place only when complete,
so an interrupted or crashed capture never leaves a half-written run folder. JSON files are written
to a temporary name and renamed. `<root>/<experiment>/latest` names the newest run; when it is
missing (e.g. a fresh clone holding only committed reference runs) the newest manifest wins.
Folder names made from user input (a file stem, a run id) stay under the filesystem's 255-byte
limit: long ones are cut and end in a short hash (`short_name`).

Inductor/Triton caches live in <root>/.cache/<experiment>/ (inspector.core.caches): each
cold run compiles into a folder of its own, and `current` names the one `--warm` reuses.
Bench and sweep CSVs (with their charts and Nsight Compute reports) go to <root>/_bench/
(`bench_dir`), where `inspect diff` and `inspect report` look for them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from inspector.config import DEFAULT_OUT
from inspector.usage import FileError

MANIFEST = "manifest.json"
LATEST = "latest"
STAGING = ".staging"
CACHE = ".cache"
CURRENT = "current"
BENCH = "_bench"  # <root>/_bench/: `inspect bench` and `inspect sweep` output beside the captures
RANKS_FILE = "ranks.json"  # a distributed job folder's comparison of its ranks (inspector.analysis.ranks)
# bytes of a folder name made from user input: with the run id and pid the staging folder adds
# (~60 bytes) it stays well under NAME_MAX (255 bytes on ext4, xfs, btrfs, APFS)
NAME_LIMIT = 128


def short_name(name: str, limit: int = NAME_LIMIT) -> str:
    """`name` itself when it fits in `limit` bytes, else its start plus an 8-hex-digit hash of the
    whole name (so two long names that share a start still get different folders)."""
    raw = name.encode()
    if len(raw) <= limit:
        return name
    digest = hashlib.sha1(raw).hexdigest()[:8]
    head = raw[: limit - len(digest) - 1].decode(errors="ignore")
    return f"{head}-{digest}"


def bench_dir(root: str | os.PathLike = DEFAULT_OUT) -> Path:
    """<root>/_bench/: where bench and sweep write by default and where diff and report read bench CSVs."""
    return Path(root) / BENCH


def _default_mode() -> int:
    """The mode open() gives a new file: 0666 less the process umask (read without changing it
    where /proc says it, else set and restored at once)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


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
        os.fchmod(fd, _default_mode())  # mkstemp makes 0600; the file is to read like any other
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


def load_optional(path: Path, default: Any) -> Any:
    """A stored JSON file, or `default` when it is missing, unreadable or corrupt."""
    try:
        return read_json(path)
    except (OSError, ValueError):
        return default


def utc_stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")


def new_run_id(device: str, mode: str, warm: bool = False, now: datetime | None = None) -> str:
    return f"{utc_stamp(now)}-{device}-{mode}" + ("-warm" if warm else "")


OWNER = ".owner"  # in a staging folder: the host whose process (the pid ending its name) builds it


def staging_dir(root: Path, experiment: str, run_id: str) -> Path:
    """A new, empty <root>/.staging/<experiment>--<run id>--<pid>/; stale ones go first."""
    clean_stale_staging(root)
    path = root / STAGING / f"{short_name(experiment)}--{short_name(run_id, 64)}--{os.getpid()}"
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    (path / OWNER).write_text(socket.gethostname() + "\n")
    return path


def clean_stale_staging(root: Path) -> list[Path]:
    """Remove the staging folders of runs whose process is gone (killed with SIGKILL, or a crashed
    machine): each folder's name ends in its process id, and its owner file names the host. A
    folder of a live process, of another host (a shared filesystem: its process cannot be seen
    from here) or without an owner stays; two runs cleaning at once only both try to remove it."""
    folder, removed = root / STAGING, []
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        pid = path.name.rpartition("--")[2]
        if path.is_dir() and pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)) \
                and load_optional_text(path / OWNER) == socket.gethostname():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def load_optional_text(path: Path) -> str | None:
    try:
        return path.read_text(errors="replace").strip()
    except OSError:
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:  # it exists, and belongs to someone else
        pass
    return True


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


def write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    """List the folder's files in the manifest (itself included) and write it there."""
    manifest["files"] = list_files(folder) + [{"path": MANIFEST, "bytes": None}]
    write_json(folder / MANIFEST, manifest)


def publish_run(staging: Path, root: Path, experiment: str, run_id: str, manifest: dict[str, Any]) -> Path:
    """The last step of every capture: write the manifest with the file list, and publish the folder."""
    (staging / OWNER).unlink(missing_ok=True)  # the staging folder's, not the run's
    write_manifest(staging, manifest)
    return publish(staging, root, experiment, run_id)


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


STORED_JSON = (MANIFEST, "kernels.json", "compile_metrics.json", "results.json")
_ABSENT = object()


def load_json(path: str | os.PathLike, default: Any = _ABSENT, kind: type | None = dict) -> Any:
    """A stored JSON file, read strictly: `default` when the file does not exist (FileError when no
    default is given), FileError naming the file when it is unreadable, truncated, not JSON or not
    a `kind` (a partial write or a corrupted copy must never read as an empty capture)."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        if default is _ABSENT:
            raise FileError(path, "no such file") from None
        return default
    except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError is a ValueError
        raise FileError(path, f"corrupt or truncated (not valid JSON: {exc})") from None
    except OSError as exc:
        raise FileError(path, f"cannot read ({exc.strerror or exc})") from None
    if kind is not None and not isinstance(data, kind):
        raise FileError(path, f"corrupt (a JSON {type(data).__name__} where a {kind.__name__} belongs)")
    return data


def corrupt_files(run: Path, names: tuple[str, ...] = STORED_JSON) -> list[FileError]:
    """One FileError per stored JSON file of a run folder that exists but cannot be read."""
    problems = []
    for name in names:
        try:
            load_json(run / name, None)
        except FileError as exc:
            problems.append(exc)
    return problems


def check_run(run: Path, names: tuple[str, ...] = STORED_JSON) -> None:
    """Raise the first corrupt stored file of a run folder (a missing optional file is fine)."""
    problems = corrupt_files(run, names)
    if problems:
        raise problems[0]


def check_writable(path: str | os.PathLike, folder: bool = False) -> None:
    """Before any work: FileError unless `path` (a file, or a folder when `folder`) can be written.
    Missing parent folders are fine when the nearest existing one is writable; it is probed by
    creating and removing a temporary file, which also holds for root and read-only mounts."""
    path = Path(path)
    if path.exists():
        if folder and not path.is_dir():
            raise FileError(path, "cannot write there: not a folder")
        if not folder and path.is_dir():
            raise FileError(path, "cannot write there: it is a folder")
        if not folder and not path.is_file():  # a device or pipe (/dev/stdout) is written in place
            if not os.access(path, os.W_OK):
                raise FileError(path, "cannot write (permission denied)")
            return
    where = path if folder else path.parent
    where = Path(os.path.abspath(where))
    while not where.exists():
        where = where.parent
    if not where.is_dir():
        raise FileError(path, f"cannot write there: {where} is not a folder")
    try:
        fd, probe = tempfile.mkstemp(prefix=".inspect-write-check-", dir=where)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise FileError(path, f"cannot write there ({exc.strerror or exc}: {where})") from None


def write_output(path: str | os.PathLike, text: str) -> Path:
    """write_text for a command's output: a failure (read-only folder, full disk) is one FileError
    naming the file, and leaves the file as it was (the write is atomic)."""
    try:
        return write_text(path, text)
    except OSError as exc:
        raise FileError(path, f"cannot write ({exc.strerror or exc}); left as it was") from None


# -- which capture `inspect diff NAME` reads --


def is_timing_baseline(manifest: dict[str, Any]) -> bool:
    """A `inspect run --no-capture` run: timed without any capture settings, so it has no kernels."""
    options = manifest.get("options")
    return isinstance(options, dict) and options.get("capture") is False


def unusable_reason(manifest: dict[str, Any]) -> str | None:
    """Why a run is no capture to analyse (None when it is one)."""
    if is_timing_baseline(manifest):
        return "a --no-capture timing baseline (no kernels captured)"
    if manifest.get("status") != "ok":
        error = manifest.get("error") if isinstance(manifest.get("error"), dict) else {}
        return f"failed in {error.get('phase', '?')}"
    summary = manifest.get("summary") if isinstance(manifest.get("summary"), dict) else {}
    if not summary.get("kernels") and not summary.get("launches_per_call"):
        return "no kernels or launches captured"
    return None


def newest_capture(root: Path, experiment: str) -> tuple[RunRef | None, list[tuple[RunRef, str]]]:
    """The newest successful capture of `experiment` that has kernels, and the newer runs skipped
    on the way with the reason for each, newest first: a timing baseline, a failed run, and a
    broken one (manifest.json deleted or corrupt), dated by its folder since its manifest cannot
    say when it started."""
    skipped: list[tuple[datetime, RunRef, str]] = []
    chosen, named = None, load_optional_text(root / experiment / LATEST)
    for ref in reversed(runs(root, experiment)):
        try:
            manifest = load_json(ref.path / MANIFEST)
        except FileError:
            continue  # among the broken runs below
        reason = unusable_reason(manifest)
        if reason is None:
            chosen = ref
            break
        skipped.append((_when(manifest.get("started_at"), ref.path), ref, reason))
    since = _when(_started(chosen), chosen.path) if chosen is not None else None
    for ref, reason in broken_runs(root, experiment):
        if since is None or _when(None, ref.path) > since:
            skipped.append((_when(None, ref.path), ref, reason + (f"; `{LATEST}` names it" if ref.run_id == named else "")))
    skipped.sort(key=lambda item: item[0], reverse=True)
    return chosen, [(ref, reason) for _, ref, reason in skipped]


def broken_runs(root: Path, experiment: str) -> list[tuple[RunRef, str]]:
    """Run folders of `experiment` whose manifest.json is missing or cannot be read, with why."""
    folder, found = root / experiment, []
    for run_dir in sorted(folder.iterdir()) if folder.is_dir() else []:
        try:
            if run_dir.is_dir() and not run_dir.name.startswith("."):
                load_json(run_dir / MANIFEST)
        except FileError as exc:
            found.append((RunRef(experiment, run_dir.name, run_dir), f"{MANIFEST}: {exc.detail}"
                          if (run_dir / MANIFEST).exists() else f"no {MANIFEST} (deleted, or the run never finished)"))
    return found


def _when(started: Any, folder: Path) -> datetime:
    """When a run started: its manifest's started_at, else the UTC stamp its run id begins with
    (new_run_id), else its folder's modification time."""
    for text, form in ((str(started or ""), None), (folder.name[:15], "%Y%m%d-%H%M%S")):
        try:
            when = datetime.strptime(text, form) if form else datetime.fromisoformat(text)
        except ValueError:
            continue
        return when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    return datetime.fromtimestamp(folder.stat().st_mtime if folder.exists() else 0, timezone.utc)
