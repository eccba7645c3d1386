"""`inspect run --jobs N`: the scheduler (inspector.capture.jobs) and the device lock, with fake
captures standing in for the worker subprocess (no compile), and the CLI's final table."""

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from inspector.capture import device_lock, jobs
from inspector.capture.device_lock import Slot
from inspector.capture.jobs import SlotPool, run_captures, visible_gpus
from inspector.capture.runner import CaptureResult
from inspector.cli import main
from inspector.config import RunConfig
from inspector.store import read_json
from inspector.targets import TargetError

ROOT = Path(__file__).parents[1] / "captured_kernels"


def configs(*names, device="cpu"):
    return [RunConfig(experiment=n, device=device) for n in names]


class Fake:
    """start() for run_captures: returns a result naming the experiment, raises where asked, and
    records (event, name, slot) in call order."""

    def __init__(self, fail=(), fatal=(), gate=None):
        self.fail, self.fatal, self.gate = set(fail), set(fatal), gate
        self.events, self._lock = [], threading.Lock()

    def log(self, *event):
        with self._lock:
            self.events.append(event)

    def __call__(self, index, config, slot, stopped):
        self.log("start", config.experiment, slot)
        if self.gate is not None:
            self.gate.wait(timeout=30)
        held = device_lock.acquire(slot.lock)  # what the worker does around its timing phases
        self.log("lock", config.experiment)
        self.log("unlock", config.experiment)
        device_lock.release(held)
        if config.experiment in self.fatal:
            raise TargetError(f"{config.experiment}: cannot import")
        if config.experiment in self.fail:
            raise RuntimeError(f"{config.experiment} broke in collection")
        return CaptureResult(Path(config.experiment), {"status": "ok"})


@pytest.fixture
def slot(tmp_path):
    return [Slot(tmp_path / "device.lock")]


def test_outcomes_come_back_in_input_order(slot):
    fake = Fake()
    done = []
    names = ["a", "b", "c", "d", "e"]
    outcomes = run_captures(configs(*names), 3, fake, lambda i, o, r: done.append(i), slots=slot)
    assert [o.experiment for o in outcomes] == names
    assert [o.path for o in outcomes] == [Path(n) for n in names]
    assert sorted(done) == list(range(5))


def test_a_failure_stays_with_its_experiment(slot):
    outcomes = run_captures(configs("a", "b", "c"), 2, Fake(fail={"b"}), lambda *a: None, slots=slot)
    assert [(o.experiment, o.error) for o in outcomes] == [
        ("a", None), ("b", "RuntimeError: b broke in collection"), ("c", None)]
    assert outcomes[0].manifest == {"status": "ok"} and outcomes[1].manifest is None


def test_a_fatal_error_stops_the_captures_not_started(slot):
    fake = Fake(fatal={"b"})
    with pytest.raises(TargetError, match="b: cannot import"):
        run_captures(configs("a", "b", "c", "d"), 1, fake, lambda *a: None, slots=slot, fatal=(TargetError,))
    assert [e[1] for e in fake.events if e[0] == "start"] == ["a", "b"]  # like the sequential run


def test_the_device_lock_keeps_timing_phases_apart(slot):
    fake = Fake()
    run_captures(configs(*"abcdefgh"), 4, fake, lambda *a: None, slots=slot)
    held = [e for e in fake.events if e[0] in ("lock", "unlock")]
    assert len(held) == 16
    for first, second in zip(held[::2], held[1::2]):  # every lock is followed by its own unlock
        assert first[0] == "lock" and second == ("unlock", first[1])


def test_the_lock_is_exclusive_across_processes(tmp_path):
    path = tmp_path / "gpu0.lock"
    probe = [sys.executable, "-c", "import sys; from inspector.core.caches import file_lock; "
             f"sys.exit(0 if file_lock(__import__('pathlib').Path({str(path)!r}), shared=False, wait=False) else 3)"]
    env = {"PYTHONPATH": str(Path(__file__).parents[1])}
    held = device_lock.acquire(path)
    try:
        assert subprocess.run(probe, env=env).returncode == 3  # another process cannot take it
    finally:
        device_lock.release(held)
    assert subprocess.run(probe, env=env).returncode == 0
    assert device_lock.acquire(None) is None  # no lock named (no INSPECTOR_DEVICE_LOCK): nothing held


def test_cpu_compiles_share_the_lock_and_a_timing_waits_for_them(tmp_path):
    path = tmp_path / "cpu.lock"
    probe = ("import sys; from pathlib import Path; from inspector.core.caches import file_lock; "
             f"sys.exit(0 if file_lock(Path({str(path)!r}), shared={{}}, wait=False) else 3)")
    env = {"PYTHONPATH": str(Path(__file__).parents[1])}

    def try_lock(shared):
        return subprocess.run([sys.executable, "-c", probe.format(shared)], env=env).returncode == 0

    compiling = device_lock.acquire(path, shared=True)
    try:
        assert try_lock(shared=True)  # another capture's compile runs beside this one
        assert not try_lock(shared=False)  # a timing waits until no compile runs
    finally:
        device_lock.release(compiling)
    timing = device_lock.acquire(path)
    try:
        assert not try_lock(shared=True)  # no compile starts during a timing
    finally:
        device_lock.release(timing)


def test_captures_running_at_once_get_different_gpus(tmp_path):
    gate = threading.Barrier(2)
    fake = Fake(gate=gate)
    slots = device_lock.gpu_slots("cuda", ["0", "1"])
    run_captures(configs("a", "b", device="cuda"), 2, fake, lambda *a: None, slots=slots)
    visible = {e[2].visible for e in fake.events if e[0] == "start"}
    assert visible == {"0", "1"}
    assert {s.lock.name for s in slots} == {f"inductor-inspector-{__import__('os').getuid()}-cuda-{i}.lock" for i in (0, 1)}


def test_slot_pool_hands_out_the_least_busy_slot():
    pool = SlotPool([Slot(Path("a")), Slot(Path("b"))])
    with pool.take() as first, pool.take() as second, pool.take() as third:
        assert (first.lock.name, second.lock.name, third.lock.name) == ("a", "b", "a")
    with pool.take() as again:
        assert again.lock.name == "a"


@pytest.mark.parametrize("env, driver, want", [
    ({"CUDA_VISIBLE_DEVICES": "2,3"}, 8, ["2", "3"]),
    ({"CUDA_VISIBLE_DEVICES": "-1"}, 8, []),
    ({"CUDA_VISIBLE_DEVICES": ""}, 8, []),
    ({}, 4, ["0", "1", "2", "3"]),
    ({}, None, []),
])
def test_visible_gpus_without_torch(tmp_path, env, driver, want):
    proc = tmp_path / "gpus"
    if driver is not None:
        for i in range(driver):
            (proc / f"0000:{i:02x}:00.0").mkdir(parents=True)
    assert visible_gpus(env, proc) == want
    assert jobs.gpu_slots("cpu", want) == [device_lock.default_slot("cpu")]


def _published(tmp_path, name):
    """A copy of a committed capture, as capture() would have published it."""
    run = tmp_path / name / "run"
    shutil.copytree(sorted((ROOT / name).glob("ref-*"))[0], run)
    return CaptureResult(run, read_json(run / "manifest.json"))


def test_cli_jobs_prints_the_table_in_input_order(tmp_path, monkeypatch):
    import inspector.capture.runner as runner

    def fake_capture(config, progress, cache_dir=None, slot=None):
        progress(f"[setup] {config.experiment}")
        if config.experiment == "rmsnorm":
            raise RuntimeError("collection bug")
        return _published(tmp_path, config.experiment)

    monkeypatch.setattr(runner, "capture", fake_capture)
    names = ["softmax", "rmsnorm", "silu", "add_mul"]
    result = CliRunner().invoke(main, ["run", *names, "--device", "cpu", "--jobs", "3", "-q", "--out", str(tmp_path)])
    assert result.exit_code == 1, result.output
    table = result.output[result.output.index("Captures"):]
    rows = [line.split("│")[1].strip() for line in table.splitlines() if line.startswith("│") and line.split("│")[1].strip()]
    assert rows == names
    assert "rmsnorm: capture failed: RuntimeError: collection bug" in result.output
    assert "1 of 4 failed: rmsnorm" in result.output
    for name in ("softmax", "silu", "add_mul"):  # render is added to each published manifest
        assert "render" in read_json(tmp_path / name / "run" / "manifest.json")["phases_s"]


def test_cli_verbose_prints_the_phases(tmp_path, monkeypatch):
    import inspector.capture.runner as runner

    monkeypatch.setattr(runner, "capture", lambda config, progress, cache_dir=None, slot=None: _published(tmp_path, "silu"))
    result = CliRunner().invoke(main, ["run", "silu", "--device", "cpu", "-q", "-v", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "phases: " in result.output and "render" in result.output and "total" in result.output


@pytest.mark.parametrize("device", ["cpu", "cuda"])
def test_every_capture_compiles_under_the_hosts_lock(tmp_path, device):
    """A GPU timing waits for every compile on the host too (their launches share its cores):
    the worker's host lock is the CPU's, and on the CPU it is the capture's own device lock."""
    from inspector.capture.runner import worker_env

    slot = Slot(tmp_path / f"{device}.lock", "0" if device == "cuda" else None)
    env = worker_env(RunConfig(experiment="silu", device=device), tmp_path, tmp_path / "cache", slot)
    assert env[device_lock.ENV] == str(slot.lock)
    assert env[device_lock.HOST_ENV] == str(slot.lock if device == "cpu" else device_lock.lock_path("cpu"))
