"""captured_kernels/ layout: atomic publish, `latest`, and listing runs."""

import json
from datetime import datetime, timezone

from inspector import store


def make_run(root, experiment, run_id, started):
    staging = store.staging_dir(root, experiment, run_id)
    store.write_json(staging / store.MANIFEST, {"experiment": experiment, "started_at": started})
    return store.publish(staging, root, experiment, run_id)


def test_publish_moves_the_whole_folder_and_points_latest(tmp_path):
    final = make_run(tmp_path, "silu", "r1", "2026-01-01T00:00:00")
    assert final == tmp_path / "silu" / "r1"
    assert not any((tmp_path / store.STAGING).iterdir())
    assert (tmp_path / "silu" / "latest").read_text().strip() == "r1"
    assert store.latest(tmp_path, "silu").path == final


def test_same_run_id_twice_gets_a_suffix(tmp_path):
    a = make_run(tmp_path, "silu", "r1", "2026-01-01T00:00:00")
    b = make_run(tmp_path, "silu", "r1", "2026-01-01T00:00:01")
    assert a != b and b.name == "r1-2"
    assert store.latest(tmp_path, "silu").path == b


def test_latest_falls_back_to_newest_manifest_without_pointer(tmp_path):
    make_run(tmp_path, "rmsnorm", "old", "2026-01-01T00:00:00")
    make_run(tmp_path, "rmsnorm", "new", "2026-02-01T00:00:00")
    (tmp_path / "rmsnorm" / "latest").unlink()
    assert store.latest(tmp_path, "rmsnorm").run_id == "new"
    (tmp_path / "rmsnorm" / "latest").write_text("deleted-run\n")  # stale pointer
    assert store.latest(tmp_path, "rmsnorm").run_id == "new"
    assert store.latest(tmp_path, "missing") is None


def test_runs_ignore_folders_without_manifest_and_hidden_ones(tmp_path):
    make_run(tmp_path, "silu", "r1", "2026-01-01T00:00:00")
    (tmp_path / "silu" / "half-written").mkdir()
    (tmp_path / ".cache" / "silu").mkdir(parents=True)
    assert [r.run_id for r in store.runs(tmp_path)] == ["r1"]


def test_write_json_replaces_atomically(tmp_path):
    path = tmp_path / "a.json"
    store.write_json(path, {"x": 1})
    store.write_json(path, {"x": 2})
    assert json.loads(path.read_text()) == {"x": 2}
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_run_ids_sort_by_time():
    a = store.new_run_id("cuda", "default", now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    b = store.new_run_id("cuda", "max-autotune", warm=True, now=datetime(2026, 1, 2, tzinfo=timezone.utc))
    assert a == "20260101-000000-cuda-default" and b == "20260102-000000-cuda-max-autotune-warm" and a < b


def test_write_text_is_atomic_and_leaves_pipes_and_devices_alone(tmp_path):
    import os
    import threading

    target = tmp_path / "sub" / "out.csv"
    store.write_text(target, "a,b\n")
    assert target.read_text() == "a,b\n" and [p.name for p in target.parent.iterdir()] == ["out.csv"]
    # a pipe (like /dev/stdout or a shell's process substitution) is written into, not replaced
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    store.write_text(fifo, "x,y\n")
    reader.join(timeout=10)
    assert got == ["x,y\n"] and fifo.is_fifo()
