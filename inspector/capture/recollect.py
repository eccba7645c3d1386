"""`inspect recollect`: rebuild a published capture's derived files from its raw ones.

kernels.json, compile_metrics.json, graphs/ and the manifest's summary are derived from the raw
trace, results.json, runtime_kernels.json and profile.json: after an upgrade of this tool, old
captures get the new analysis without compiling again. The folder is rebuilt in a copy beside it
and swapped in only when complete, so a failure or Ctrl-C leaves it as it was.

A damaged trace (a log cut mid-line by a full disk or a killed copy, unreadable lines, a cut-off
compressed log) yields fewer kernels, launches or compile seconds than the capture recorded. Such a
rebuild is refused unless forced: the capture keeps what it had, and one line says which file is
damaged and what would be lost.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import tempfile
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from inspector import store
from inspector.capture.collect import collect
from inspector.capture.runner import build_manifest
from inspector.config import RunConfig
from inspector.usage import FileError

# the raw files recollect reads and cannot rebuild, with the JSON type each holds (None: any)
RAW_JSON = (("results.json", dict), ("versions.json", dict), ("runtime_kernels.json", list), ("profile.json", None))
# compile seconds lost beyond rounding (the manifest keeps them to the microsecond)
LOST_COMPILE_S = 0.005


def recollect(folder: Path, force: bool = False, warn: Callable[[str], object] = lambda line: None) -> dict[str, Any]:
    """Rebuild `folder` from its raw files; returns the updated manifest.

    FileError (and nothing changed) when there is nothing to rebuild from (no raw trace), a raw
    file is corrupt, the folder is read-only, or the rebuild would have fewer kernels, launches or
    compile seconds than the capture records (a damaged trace must not replace a good analysis;
    `force` accepts the loss, with a warning). Damage that loses nothing is one `warn` line."""
    manifest = store.load_json(folder / store.MANIFEST, None)
    if manifest is None:
        raise FileError(folder, "not a capture folder (no manifest.json)")
    for name, kind in RAW_JSON:
        store.load_json(folder / name, None, kind)
    trace = folder / "trace"
    if not trace.is_dir() or not any(trace.iterdir()):
        what = "a --no-capture timing baseline has" if store.is_timing_baseline(manifest) else "it has"
        raise FileError(folder, f"no raw trace to rebuild from ({what} no trace/ folder); left as it was")
    store.check_writable(folder, folder=True)
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}.recollect-", dir=folder.parent))
    try:
        shutil.copytree(folder, work, symlinks=True, dirs_exist_ok=True)
        damage = trace_damage(trace)
        try:
            summary = collect(work, work / ".no-cache")
        except (EOFError, zlib.error) as exc:  # a compressed log cut off: gzip reads up to the cut, then raises
            raise FileError(folder, f"{'; '.join(damage) or f'its trace cannot be read ({exc})'}; left as it was") from None
        _keep_counters(folder, work)
        fresh = _recollected_manifest(manifest, work, summary)
        _check_loss(folder, manifest, fresh, damage + parse_damage(summary), force, warn)
        fresh["files"] = store.list_files(work)
        store.write_json(work / store.MANIFEST, fresh)
        _swap(folder, work)
        return fresh
    except OSError as exc:
        raise FileError(folder, f"cannot rebuild ({os_reason(exc)}); left as it was") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def os_reason(exc: OSError) -> str:
    """A short reason for an OSError. shutil.copytree collects one error per file and raises them
    all in one shutil.Error, whose text is the repr of every (source, target, reason) triple: on a
    full disk that was one 15,000-character line."""
    if isinstance(exc, shutil.Error) and exc.args and isinstance(exc.args[0], list) and exc.args[0]:
        errors = exc.args[0]
        first = errors[0]
        why = str(first[-1] if isinstance(first, tuple) and first else first)
        why = re.sub(r"^\[Errno \d+\] ", "", why).split(": '")[0]  # the target's path is in the folder already
        more = f" (and {len(errors) - 1} more file{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        return f"copying {Path(str(first[0])).name if isinstance(first, tuple) else 'a file'}: {why}{more}"
    return str(exc.strerror or exc)


def trace_damage(trace: Path) -> list[str]:
    """What is wrong with the log files of a raw trace folder, one phrase each (empty when they
    read whole): a log that does not end with a line break was cut mid-line; a compressed log that
    ends early was cut off."""
    damage = []
    for path in sorted([*trace.glob("*.log"), *trace.glob("*.log.gz")]):
        name = f"trace/{path.name}"
        try:
            if path.suffix == ".gz":
                with gzip.open(path, "rb") as f:
                    data = f.read()
            else:
                data = path.read_bytes()
        except (EOFError, OSError, zlib.error) as exc:
            damage.append(f"{name} is cut off or corrupt ({exc})")
            continue
        if data and not data.endswith(b"\n"):
            damage.append(f"{name} is cut off mid-line")
    return damage


def parse_damage(summary: dict[str, Any]) -> list[str]:
    """What the trace parser counted while collecting (compile_metrics.json's "trace" record):
    lines that are no entry, a half-written last entry."""
    parsed = (summary.get("metrics") or {}).get("trace") or {}
    damage = []
    if parsed.get("skipped_lines"):
        damage.append(f"{parsed['skipped_lines']} trace line(s) are no entry")
    if parsed.get("truncated"):
        damage.append("the trace's last entry is half-written")
    return damage


def _check_loss(folder: Path, old: dict[str, Any], fresh: dict[str, Any], damage: list[str], force: bool,
                warn: Callable[[str], object]) -> None:
    """Refuse (FileError) a rebuild with fewer kernels, launches or compile seconds than `old`
    recorded, unless `force`; warn about a damaged trace either way."""
    before, after = old.get("summary") or {}, fresh.get("summary") or {}
    lost = []
    for key, label in (("kernels", "kernels"), ("launches_per_call", "launches per call")):
        if isinstance(before.get(key), int) and (after.get(key) or 0) < before[key]:
            lost.append(f"{label} {before[key]} -> {after.get(key) or 0}")
    was, now = before.get("compile_s"), after.get("compile_s")
    if isinstance(was, (int, float)) and was - (now or 0.0) > LOST_COMPILE_S:
        lost.append(f"compile {was:.2f} s -> {now or 0:.2f} s")
    if damage:
        why = "; ".join(damage)
    else:
        why = "its trace yields no kernels" if before.get("kernels") and not after.get("kernels") else "its trace reads whole"
    if lost and not force:
        raise FileError(folder, f"{why}: rebuilding would lose {', '.join(lost)}; left as it was "
                                "(--force rebuilds it anyway)")
    if lost:
        warn(f"warning: {folder}: {why}: rebuilt with --force, losing {', '.join(lost)}")
    elif damage:
        warn(f"warning: {folder}: {why} (nothing recorded was lost)")


def _keep_counters(folder: Path, work: Path) -> None:
    """Hardware counters are measured, not derived: the rebuilt kernels.json takes them over."""
    from inspector.core.ncu import merge_into_kernels

    try:  # the kernels.json being rebuilt may be corrupt: then there is nothing to take over
        counters = store.load_json(folder / "kernels.json", {}, dict).get("counters")
    except FileError:
        return
    if isinstance(counters, dict) and isinstance(counters.get("kernels"), list):
        meta = {k: v for k, v in counters.items() if k != "kernels"}
        fresh = store.load_json(work / "kernels.json", {}, dict)
        store.write_json(work / "kernels.json", merge_into_kernels(fresh, counters["kernels"], meta))


def _recollected_manifest(manifest: dict[str, Any], folder: Path, summary: dict[str, Any]) -> dict[str, Any]:
    config = RunConfig.from_json(manifest.get("options") or {"experiment": manifest.get("experiment"), "device": manifest.get("device")})
    try:
        started = datetime.fromisoformat(str(manifest.get("started_at")))
    except ValueError:
        raise FileError(folder / store.MANIFEST, f"corrupt (started_at {manifest.get('started_at')!r} is no time)") from None
    fresh = build_manifest(config, name=manifest.get("experiment"), staging=folder, run_id=manifest.get("run_id"),
                           started=started, rc=0 if manifest.get("status") == "ok" else 1,
                           wall_s=manifest.get("wall_s") or 0.0, cache_before=(manifest.get("cache") or {}).get("before"),
                           summary=summary)
    for key in ("started_at", "finished_at", "status", "error", "experiment_ref", "phases_s"):
        fresh[key] = manifest.get(key)
    if "reference_of" in manifest:  # a committed reference capture keeps the run it was made from
        fresh["reference_of"] = manifest["reference_of"]
    fresh["recollected_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return fresh


def _swap(folder: Path, rebuilt: Path) -> None:
    """Put `rebuilt` in place of `folder` with two renames; the old folder is removed last."""
    old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
    os.replace(folder, old)
    try:
        os.replace(rebuilt, folder)
    except BaseException:
        os.replace(old, folder)
        raise
    shutil.rmtree(old, ignore_errors=True)
