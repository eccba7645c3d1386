"""`inspect recollect` on a damaged capture: a trace cut mid-line or cut off compressed, and a full
disk while the copy it rebuilds in is made. Each is refused with one line naming the file and what
would be lost (or `--force` accepts it with a warning), and the capture is left as it was.
(Recollect without a trace, corrupt raw files, read-only and Ctrl-C: tests/test_faults.py.)
"""

from __future__ import annotations

import errno
import gzip
import json
import shutil
from pathlib import Path

from tests.test_faults import captures, inspect, no_temp_files, one_line, snapshot, truncate  # noqa: F401 (captures: a fixture)


def _cut_trace_in_half(run: Path) -> Path:
    """The run's compressed trace as a plain log cut mid-line at half its length (what a full disk
    or a killed copy leaves)."""
    [packed] = (run / "trace").glob("*.log.gz")
    text = gzip.decompress(packed.read_bytes())
    half = text[: len(text) // 2]
    if half.endswith(b"\n"):
        half = half[:-1]
    log = packed.with_suffix("")  # name.log
    log.write_bytes(half)
    packed.unlink()
    return log


def test_recollect_of_a_trace_cut_in_half_refuses_then_force_accepts(captures: Path) -> None:
    """Issue 26 item 2: a trace cut mid-line silently rewrote kernels.json and the manifest with
    less (2 kernels / 7.92 s -> 1 / 6.75 s)."""
    run = captures / "silu" / "a"
    recorded = json.loads((run / "manifest.json").read_text())["summary"]
    log = _cut_trace_in_half(run)
    before = snapshot(run)
    result = inspect("recollect", str(run))
    assert result.exit_code == 2, result.output
    line = one_line(result, str(run), f"trace/{log.name} is cut off mid-line", "would lose", "left as it was", "--force")
    assert f"compile {recorded['compile_s']:.2f} s ->" in line
    assert len(line) < 400
    assert snapshot(run) == before  # nothing rewritten
    no_temp_files(captures)

    result = inspect("recollect", str(run), "--force")
    assert result.exit_code == 0, result.output
    assert any(l.startswith("warning:") and "--force, losing" in l for l in result.stderr.splitlines()), result.stderr
    rebuilt = json.loads((run / "manifest.json").read_text())["summary"]
    assert (rebuilt["compile_s"] or 0) < recorded["compile_s"]  # what was lost, accepted


def test_recollect_of_a_cut_compressed_trace_is_one_line(captures: Path) -> None:
    run = captures / "silu" / "a"
    [packed] = (run / "trace").glob("*.log.gz")
    truncate(packed)
    before = snapshot(run)
    result = inspect("recollect", str(run))
    assert result.exit_code == 2, result.output
    one_line(result, str(run), f"trace/{packed.name}", "left as it was")
    assert snapshot(run) == before


def test_recollect_of_a_whole_trace_rebuilds_without_a_warning(captures: Path) -> None:
    run = captures / "silu" / "a"
    result = inspect("recollect", str(run))
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr


def test_recollect_full_disk_while_copying_is_one_short_line(captures: Path, monkeypatch) -> None:
    """Issue 26 item 6: shutil.copytree's error held every file pair, one 14,957-character line."""
    run = captures / "silu" / "a"
    before = snapshot(run)

    def full(src, dst, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(dst))

    monkeypatch.setattr(shutil, "copyfile", full)
    result = inspect("recollect", str(run))
    assert result.exit_code == 2, result.output
    line = one_line(result, str(run), "No space left on device", "more files", "left as it was")
    assert len(line) < 300, line
    assert snapshot(run) == before
    no_temp_files(captures)
