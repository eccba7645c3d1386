"""A timing disturbed by another capture: the locks that keep it from happening, and the noise rule
that flags it when it happens anyway (a tight spread alone does not prove a quiet machine)."""

from __future__ import annotations

import subprocess
import sys
import time

from inspector.capture import device_lock, recheck
from inspector.core.caches import file_lock
from inspector.core.timing import Timing
from inspector.core.timing_noise import DISAGREE, judge
from inspector.report.console import speed_text


def timing(median, p20, p80, **extra):
    return {"median_ms": median, "p20_ms": p20, "p80_ms": p80, **extra}


def test_a_tight_spread_whose_speed_up_the_alternating_recheck_does_not_repeat_is_noisy():
    # the reported case: eager 15.965 ms (p20 15.94, p80 16.00) beside another capture's compile
    steady = {"eager": timing(15.965, 15.94, 16.0, recheck_ms=0.29, host_other_cores=0.2, host_cores=2),
              "compiled": timing(0.269, 0.265, 0.275, recheck_ms=0.27, host_other_cores=0.0, host_cores=2)}
    reason = judge(steady)
    assert "59.3x steady but 1.07x timed alternately" in reason and "cores busy" not in reason
    text = speed_text({"steady": steady, "speedup_compiled_vs_eager": 59.35})
    assert "noisy" in text and "59.35x eager" not in text
    quiet = {"eager": timing(0.28, 0.27, 0.29, recheck_ms=0.29), "compiled": timing(0.269, 0.26, 0.28, recheck_ms=0.27)}
    assert judge(quiet) == ""
    older = {"eager": timing(15.965, 15.94, 16.0), "compiled": timing(0.269, 0.265, 0.275)}  # before the recheck
    assert judge(older) == ""


def test_a_timing_beside_a_busy_host_is_noisy_even_when_both_sides_agree():
    # layernorm_gelu on the 2-core CPU with one core taken by another process: 16.0 ms vs 24.0 ms
    busy = {"eager": timing(16.0, 12.0, 20.0, recheck_ms=16.0, host_other_cores=1.05, host_cores=2),
            "compiled": timing(24.0, 23.9, 24.0, recheck_ms=24.0, host_other_cores=1.04, host_cores=2)}
    assert "other processes kept cores busy while timing (eager 1.1 of 2, compiled 1.0 of 2)" in judge(busy)
    big_host = {side: {**t, "host_cores": 64} for side, t in busy.items()}  # one core of 64: quiet enough
    assert judge(big_host) == ""


def test_the_recheck_catches_a_disturbance_of_one_timing_window():
    """eager is slowed only while the first, steady timing runs (what another capture's compile did):
    the steady speed-up is large, the alternating rounds show none, and the rule flags it."""
    disturbed = [True]

    def eager():
        if disturbed[0]:
            time.sleep(0.003)

    def compiled():
        pass

    eager_t = recheck.timed_with_load(eager, "cpu")
    compiled_t = recheck.timed_with_load(compiled, "cpu")
    disturbed[0] = False
    eager_t["recheck_ms"], compiled_t["recheck_ms"] = recheck.recheck(eager, compiled, "cpu")
    assert eager_t["median_ms"] / compiled_t["median_ms"] > DISAGREE * eager_t["recheck_ms"] / compiled_t["recheck_ms"]
    assert "timed alternately" in judge({"eager": eager_t, "compiled": compiled_t})


HOLD = "import os, sys, time; os.fstat(int(os.environ['INSPECTOR_HOST_LOCK_FD'])); print('up', flush=True); time.sleep(30)"


def test_a_running_capture_holds_the_host_lock_from_before_its_start(tmp_path):
    """No timing may start while another capture's worker is alive outside its own timing: the
    worker inherits the shared hold taken before it started (its import of torch uses a core)."""
    lock = tmp_path / "cpu.lock"
    env = {"PATH": "/usr/bin:/bin", device_lock.HOST_ENV: str(lock)}
    child = device_lock.spawn_busy([sys.executable, "-c", HOLD], env, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "up"
        assert file_lock(lock, shared=False, wait=False) is None  # a timing would wait
        compile_side = file_lock(lock, shared=True, wait=False)
        assert compile_side is not None  # another capture's compile would not
        device_lock.release(compile_side)
    finally:
        child.kill()
        child.wait()
    free = file_lock(lock, shared=False, wait=False)
    assert free is not None  # the hold ends with the worker; this process never kept one
    device_lock.release(free)


def test_busy_and_idle_take_and_drop_the_shared_hold(tmp_path, monkeypatch):
    lock = tmp_path / "cpu.lock"
    monkeypatch.setenv(device_lock.HOST_ENV, str(lock))
    monkeypatch.delenv(device_lock.FD_ENV, raising=False)
    device_lock.busy()
    try:
        assert file_lock(lock, shared=False, wait=False) is None
    finally:
        device_lock.idle()
    exclusive = file_lock(lock, shared=False, wait=False)
    assert exclusive is not None  # idle() left nothing held: the timing's exclusive lock is free
    device_lock.release(exclusive)


def test_a_long_call_is_rechecked_in_few_calls():
    """The re-check's cost on a long step: 3 rounds of one warm-up call and 3 samples per side,
    not the 5 samples a timing of its own takes (a 17 ms GPT-2-small step made 23 calls a round)."""
    calls = {"eager": 0, "compiled": 0}

    def counted(side):
        def call():
            calls[side] += 1
            time.sleep(0.03)  # longer than a round's 20 ms budget: the minimum number of samples decides
        return call

    eager_ms, compiled_ms = recheck.recheck(counted("eager"), counted("compiled"), "cpu")
    assert calls == {"eager": recheck.ROUNDS * (1 + recheck.MIN_SAMPLES),
                     "compiled": recheck.ROUNDS * (1 + recheck.MIN_SAMPLES)}
    assert 30 <= eager_ms < 60 and 30 <= compiled_ms < 60


def test_the_recheck_reuses_the_first_timings_calibration(monkeypatch):
    """A CUDA record from timed_with_load carries its estimate and host time; the rounds pass them
    on (no estimate or host-time calls of their own). A record without them (the CPU's, an older
    one) leaves each round to calibrate itself."""
    seen = []

    def fake_time_fn(fn, device, **kw):
        seen.append(kw.get("calibration"))
        return Timing(1.0, 1.0, 1.0)

    monkeypatch.setattr(recheck, "time_fn", fake_time_fn)
    first = ({"median_ms": 17.0, "estimate_ms": 17.4, "host_us": 2100.0}, {"median_ms": 9.0})
    recheck.recheck(lambda: None, lambda: None, "cuda", first=first)
    assert seen[0::2] == [recheck.Calibration(17.4, 2100.0)] * recheck.ROUNDS
    assert seen[1::2] == [None] * recheck.ROUNDS
    assert recheck.calibration_of({"estimate_ms": "x", "host_us": 1}) is None  # a damaged record
