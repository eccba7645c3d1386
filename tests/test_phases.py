"""Phase timings of a capture (inspector.capture.phases): laps, how worker and parent combine, and
the render phase added to a published manifest. No compile: the clocks are driven by hand."""

import json
import shutil
from pathlib import Path

import pytest

from inspector.capture import phases
from inspector.capture.phases import PHASES, PhaseClock, combine, overhead_s, record

REF = Path(__file__).parents[1] / "captured_kernels" / "silu" / "ref-h100-torch2.11.0-default"


def test_laps_book_the_time_since_the_last_lap(monkeypatch):
    now = iter([100.0, 101.5, 104.0, 104.25, 105.0])
    monkeypatch.setattr(phases.time, "time", lambda: next(now))
    clock = PhaseClock()
    clock.lap("inputs")
    clock.lap("compile")
    clock.lap("timing")
    clock.lap("timing")  # a phase entered twice adds up
    assert clock.seconds == {"inputs": 1.5, "compile": 2.5, "timing": 1.0}
    assert clock.to_json()["started"] == 100.0 and clock.to_json()["ended"] == 105.0


def test_worker_file_round_trips(tmp_path):
    clock = PhaseClock(start=10.0)
    clock.seconds, clock.last = {"inputs": 0.5}, 10.5
    clock.write(tmp_path)
    assert json.loads((tmp_path / phases.FILE).read_text()) == {"started": 10.0, "ended": 10.5, "seconds": {"inputs": 0.5}}


def test_combine_books_start_and_exit_between_the_processes():
    worker = {"started": 12.0, "ended": 30.0, "seconds": {"compile": 15.0, "inputs": 1.0, "timing": 2.0}}
    combined = combine(10.0, 31.5, worker, {"write": 0.2, "collect": 0.8})
    assert combined == {"start": 2.0, "inputs": 1.0, "compile": 15.0, "timing": 2.0, "exit": 1.5, "collect": 0.8, "write": 0.2}
    assert list(combined) == [p for p in PHASES if p in combined]  # run order, whatever the input order
    assert sum(combined.values()) == pytest.approx(31.5 - 10.0 + 1.0)  # the worker's wall + the parent's phases


def test_a_worker_that_died_before_its_first_mark_books_everything_to_start():
    assert combine(10.0, 14.0, None, {"collect": 0.1}) == {"start": 4.0, "collect": 0.1}
    assert combine(10.0, 14.0, {"started": 11, "ended": 11, "seconds": {}}, {}) == {"start": 4.0}


def test_unknown_phase_names_are_kept_after_the_known_ones():
    combined = combine(0.0, 2.0, {"started": 0.5, "ended": 1.5, "seconds": {"counters": 0.4, "inputs": 0.6}}, {})
    assert list(combined) == ["start", "inputs", "exit", "counters"]


def test_overhead_is_the_wall_beyond_the_first_compiled_call():
    assert overhead_s({"start": 2.0, "compile": 11.0, "collect": 1.0}, first_call_s=10.0) == 4.0
    assert overhead_s({}, 1.0) is None and overhead_s({"start": 1.0}, None) is None


def test_record_adds_render_to_a_published_manifest(tmp_path):
    run = tmp_path / "run"
    shutil.copytree(REF, run)
    manifest = json.loads((run / "manifest.json").read_text())
    manifest["phases_s"] = {"start": 1.0, "compile": 3.0}
    (run / "manifest.json").write_text(json.dumps(manifest))
    assert record(run, "render", 0.1234) == {"start": 1.0, "compile": 3.0, "render": 0.123}
    again = json.loads((run / "manifest.json").read_text())
    assert again["phases_s"]["render"] == 0.123 and again["run_id"] == manifest["run_id"]


def test_describe_lists_every_phase_and_the_total():
    text = phases.describe({"start": 1.0, "compile": 10.0, "render": 0.25})
    assert text == "start 1.00 s · compile 10.00 s · render 0.25 s · total 11.2 s"
    assert phases.describe({}) == "no phase timings recorded"


def test_a_long_step_is_profiled_over_fewer_calls():
    from inspector.capture.worker import MIN_PROFILE_CALLS, profile_calls

    assert profile_calls(10, 0.05) == 10  # a short call: all of config.profile_calls
    assert profile_calls(10, 17.0) == 6  # a GPT-2-small step: about 100 ms of calls
    assert profile_calls(10, 900.0) == MIN_PROFILE_CALLS  # a very long one: never fewer than 3
    assert profile_calls(2, 900.0) == 2  # a user's smaller setting is kept
