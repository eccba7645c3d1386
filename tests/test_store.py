"""captured_kernels/ layout: atomic publish, `latest`, and listing runs."""

import json
from datetime import datetime, timezone

from inspector import store
from inspector.core import caches


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


def test_written_files_get_the_umask_default_mode_not_mkstemps_0600(tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        store.write_json(tmp_path / "manifest.json", {"a": 1})
        store.write_text(tmp_path / "report.html", "<html>")
        plain = tmp_path / "plain.txt"
        plain.write_text("x")  # what open() gives, the reference
        os.umask(0o027)
        store.write_text(tmp_path / "group.txt", "y")
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modes == {"manifest.json": 0o644, "report.html": 0o644, "plain.txt": 0o644, "group.txt": 0o640}


def test_long_names_stay_under_the_filesystem_limit(tmp_path):
    stem = "s" * 240
    long_a, long_b = f"{stem}.make_a", f"{stem}.make_b"
    a, b = store.short_name(long_a), store.short_name(long_b)
    assert a != b and len(a.encode()) <= store.NAME_LIMIT and a.startswith("s" * 100)
    assert store.short_name("layernorm_gelu") == "layernorm_gelu" and store.short_name(a) == a
    assert len(store.short_name("é" * 200).encode()) <= store.NAME_LIMIT  # cut on a character, not a byte
    # the staging folder of such a name (name + run id + pid) is made, and publishes
    staging = store.staging_dir(tmp_path, long_a, "20260101-000000-cpu-default")
    assert all(len(part.encode()) < 255 for part in staging.parts)
    final = store.publish(staging, tmp_path, a, "20260101-000000-cpu-default")
    assert final.is_dir()


def _cache_file(cache, name="entry"):
    (cache.path / "inductor").mkdir(parents=True, exist_ok=True)
    (cache.path / "inductor" / name).write_text("compiled")


def test_a_cold_run_compiles_into_a_cache_of_its_own_and_never_deletes_one_in_use(tmp_path):
    with caches.run_cache(tmp_path, "silu", "r1", warm=False) as first:
        _cache_file(first)
        # a second run starts cold while the first is still compiling, succeeds and becomes current
        with caches.run_cache(tmp_path, "silu", "r2", warm=False) as second:
            assert second.path != first.path and not second.reused
            assert not any(second.path.iterdir())  # cold: empty
            _cache_file(second)
            second.keep = True
        assert (first.path / "inductor" / "entry").is_file(), "the cold start removed a cache in use"
        base = first.path.parent
        assert (base / store.CURRENT).read_text().strip() == second.path.name
        # a warm run reuses what `current` names, and holds it
        with caches.run_cache(tmp_path, "silu", "r3", warm=True) as warm:
            assert warm.reused and warm.path == second.path
            with caches.run_cache(tmp_path, "silu", "r4", warm=False) as third:
                third.keep = True
            assert warm.path.is_dir(), "superseded but in use: kept"
        first.keep = True
    # once nobody holds them, superseded caches are pruned: only the newest successful one is left
    assert sorted(p.name for p in base.iterdir() if p.is_dir()) == [first.path.name]
    assert (base / store.CURRENT).read_text().strip() == first.path.name


def test_a_failed_or_interrupted_cold_run_leaves_current_alone(tmp_path):
    with caches.run_cache(tmp_path, "silu", "ok", warm=False) as good:
        _cache_file(good)
        good.keep = True
    try:
        with caches.run_cache(tmp_path, "silu", "bad", warm=False) as bad:
            _cache_file(bad)
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    assert not bad.path.exists() and good.path.is_dir()
    with caches.run_cache(tmp_path, "silu", "again", warm=True) as warm:
        assert warm.reused and warm.path == good.path
    # --warm with nothing to reuse compiles into a new folder, which becomes current
    with caches.run_cache(tmp_path, "other", "w", warm=True) as first_warm:
        assert not first_warm.reused and not any(first_warm.path.iterdir())
        first_warm.keep = True
    assert (first_warm.path.parent / store.CURRENT).read_text().strip() == first_warm.path.name


def test_prune_removes_caches_of_older_versions_and_crashed_runs(tmp_path):
    base = tmp_path / store.CACHE / "silu"
    for legacy in ("inductor", "triton", "20260101-000000-cpu-default-99999-abcdef"):
        (base / legacy).mkdir(parents=True)
    with caches.run_cache(tmp_path, "silu", "r", warm=False) as cache:
        cache.keep = True
    assert [p.name for p in base.iterdir() if p.is_dir()] == [cache.path.name]


def test_publish_run_lists_the_files_writes_the_manifest_and_publishes(tmp_path):
    staging = tmp_path / ".staging" / "x"
    (staging / "kernels").mkdir(parents=True)
    (staging / "kernels" / "k.py").write_text("pass\n")
    manifest = {"experiment": "silu", "status": "ok"}
    final = store.publish_run(staging, tmp_path, "silu", "run1", manifest)
    assert final == tmp_path / "silu" / "run1" and not staging.exists()
    written = json.loads((final / store.MANIFEST).read_text())
    assert {f["path"] for f in written["files"]} == {"kernels/k.py", store.MANIFEST} and written["status"] == "ok"
    assert store.latest(tmp_path, "silu").path == final
