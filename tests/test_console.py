"""What `inspect run` prints, from the files of a run folder: the speed-up in words (or "noisy"),
user code's input shapes, the cache outcome of a warm run, and `-q`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from rich.console import Console

from inspector.core.graph_inputs import input_shapes
from inspector.core.timing_noise import NOISY_SPREAD, describe as describe_noise, noisy_sides
from inspector.capture import runner
from inspector.cli import main
from inspector.report.console import print_run, run_view, runs_table


def timing(median, p20, p80):
    return {"median_ms": median, "p20_ms": p20, "p80_ms": p80}


def make_run(folder: Path, steady, shape=(256, 1024), input_shapes=None, cache=None, graphs=None) -> Path:
    folder.mkdir(parents=True)
    manifest = {"experiment": "silu", "run_id": "r", "status": "ok", "device": "cpu", "shape": list(shape), "dtype": "fp32",
                "input_shapes": input_shapes or [], "options": {"mode": "default"}, "versions": {}, "warnings": []}
    results = {"passed": True, "correctness": {"forward": {"max_abs_err": 0.0, "max_rel_err": 0.0}},
               "steady": steady, "first_call_s": {"eager": 0.01, "compiled": 5.0},
               "speedup_compiled_vs_eager": steady["eager"]["median_ms"] / steady["compiled"]["median_ms"]}
    metrics = {"frames": [{"compile_id": "0/0", "total_s": 5.0, "graphs": graphs if graphs is not None else []}], "cache": cache or {}}
    for name, data in (("manifest.json", manifest), ("results.json", results), ("compile_metrics.json", metrics)):
        (folder / name).write_text(json.dumps(data))
    return folder


def printed(folder: Path, width: int = 200) -> str:
    console = Console(record=True, width=width)
    print_run(run_view(folder), console)
    return console.export_text()


def test_the_speed_up_says_what_it_is(tmp_path):
    text = printed(make_run(tmp_path / "run", {"eager": timing(1.0, 0.95, 1.05), "compiled": timing(1.6, 1.5, 1.7)}))
    assert "compiled runs at 0.62x eager's speed" in text and "noisy" not in text


def test_a_noisy_timing_prints_noisy_instead_of_a_speed_up(tmp_path):
    steady = {"eager": timing(1.0, 0.95, 1.05), "compiled": timing(0.3, 0.28, 24.0)}
    folder = make_run(tmp_path / "run", steady)
    text = printed(folder)
    assert "noisy (compiled p80/p20 85.7x): no speed-up reported" in text and "3.33x" not in text
    manifest = json.loads((folder / "manifest.json").read_text())
    table = Console(record=True, width=200)
    table.print(runs_table([("silu", folder, manifest, None)]))
    assert "noisy" in table.export_text() and "3.33x" not in table.export_text()


def test_noisy_means_a_spread_above_the_threshold():
    assert noisy_sides({"eager": timing(1, 1, NOISY_SPREAD), "compiled": timing(1, 1, 1.2)}) == {}
    assert noisy_sides({"eager": timing(1, 1, NOISY_SPREAD * 1.01), "compiled": None}) == {"eager": NOISY_SPREAD * 1.01}
    assert describe_noise({"eager": 2.041}) == "eager p80/p20 2.04x"  # not "2.0x", which reads as within 2x
    assert noisy_sides(None) == {} and noisy_sides({"eager": {"median_ms": 1.0}}) == {}  # older captures: no percentiles


def test_user_code_shows_its_input_shapes_not_a_question_mark(tmp_path):
    text = printed(make_run(tmp_path / "run", {"eager": timing(1, 1, 1), "compiled": timing(1, 1, 1)}, shape=(), input_shapes=["8x16", "16"]))
    assert "inputs 8x16, 16 fp32" in text and "?" not in text.splitlines()[1]
    graph = 'def forward(self, L_x_: "bf16[s0, 4096][4096, 1]cuda:0", L_self_modules_lin_parameters_weight_: "bf16[4096, 4096][4096, 1]cuda:0"):'
    assert input_shapes(graph) == ["s0x4096"] and input_shapes("no graph here") == []


def test_a_warm_run_shows_the_cache_hit(tmp_path):
    # served from the AOTAutograd cache: the frame has no Inductor graph, only the cache event
    text = printed(make_run(tmp_path / "run", {"eager": timing(1, 1, 1), "compiled": timing(1, 1, 1)},
                            cache={"autograd": {"hit": 1, "miss": 0, "bypass": 0}}))
    row = next(line for line in text.splitlines() if "0/0" in line)
    assert row.rstrip(" │").endswith("hit")


def test_quiet_prints_no_progress_but_the_status_and_capture_path(tmp_path, monkeypatch):
    folder = make_run(tmp_path / "out" / "silu" / "r", {"eager": timing(1, 1, 1), "compiled": timing(0.5, 0.5, 0.5)})

    def fake_capture(config, progress=lambda line: None, cache_dir=None, slot=None):
        progress("[setup] silu 256x1024 fp32")
        return runner.CaptureResult(folder, json.loads((folder / "manifest.json").read_text()))

    monkeypatch.setattr(runner, "capture", fake_capture)
    quiet = CliRunner().invoke(main, ["run", "silu", "--device", "cpu", "--out", str(tmp_path / "out"), "-q"], catch_exceptions=False)
    assert quiet.exit_code == 0, quiet.output
    assert "[setup]" not in quiet.output and "ok" in quiet.output
    assert f"silu: ok · compiled runs at 2.00x eager's speed · capture: {folder}\n" in quiet.output
    loud = CliRunner().invoke(main, ["run", "silu", "--device", "cpu", "--out", str(tmp_path / "out")], catch_exceptions=False)
    assert "[setup]" in loud.output and f"capture: {folder}" in loud.output.replace("\n", "")
