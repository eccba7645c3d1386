"""`inspect report`: view models, charts, Perfetto export, rendering, corrupt captures and timing,
all over copies of the committed H100 reference captures (numbers are re-derived from their files)."""

from __future__ import annotations

import gzip
import json
import math
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from markupsafe import escape

from inspector.bench.table import read_csv
from inspector.capture.metrics import chromium_events, compile_metrics
from inspector.core.trace import parse_dir, parse_file
from inspector.report import charts
from inspector.report.html import render
from inspector.report.html_model import PHASES, build_report
from inspector.report.perfetto import chrome_trace
from inspector.report.report_analysis import add_findings
from inspector.commands.report import report
from inspector.report.generate import generate

REPO = Path(__file__).resolve().parents[1]
CAPTURES = REPO / "captured_kernels"
BENCH = sorted((CAPTURES / "_bench").glob("*.csv"))
FIXTURES = Path(__file__).parent / "fixtures" / "traces"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    out = tmp_path / "captured_kernels"
    shutil.copytree(CAPTURES, out, ignore=shutil.ignore_patterns(".staging", ".cache"))
    return out


def _ref_runs(root: Path) -> list[Path]:
    return sorted(p.parent for p in root.glob("*/*/manifest.json"))


def test_model_matches_capture_files(root: Path) -> None:
    model = build_report([root])
    folders = _ref_runs(root)
    assert len(model.runs) == len(folders) >= 7
    for run in model.runs:
        manifest = json.loads((run.path / "manifest.json").read_text())
        kernels = json.loads((run.path / "kernels.json").read_text())
        metrics = json.loads((run.path / "compile_metrics.json").read_text())
        results = json.loads((run.path / "results.json").read_text())
        # a capture setting the installed torch cannot take and a partial counters run (its kernels and
        # share of the device time) are said, never hidden; nothing else warns
        assert run.status == manifest["status"] == "ok" and not [w for w in run.warnings if not w.startswith(("capture setting ", "counters: "))]
        assert run.device_name == manifest["device_name"] and run.cache_label == "cold"
        assert run.kernel_count == manifest["summary"]["kernels"] == len(run.kernels) == len(kernels["kernels"])
        assert run.eager_ms == results["steady"]["eager"]["median_ms"]
        # the phases are exclusive and add up to the compile time of the frames
        assert {p.name for p in run.phases} <= set(PHASES)
        assert sum(p.seconds for p in run.phases) == pytest.approx(sum(f["total_s"] for f in metrics["frames"]), rel=1e-6)
        # break-even = (first compiled call - one steady call) / (eager - compiled) per call
        eager, compiled = results["steady"]["eager"]["median_ms"], results["steady"]["compiled"]["median_ms"]
        overhead = results["first_call_s"]["compiled"] - compiled / 1e3
        assert run.overhead_s == pytest.approx(overhead)
        spread = {side: (results["steady"][side]["p20_ms"], results["steady"][side]["p80_ms"]) for side in ("eager", "compiled")}
        tie = spread["eager"][0] <= spread["compiled"][1] and spread["compiled"][0] <= spread["eager"][1]
        if tie:  # the spreads overlap: no saving per call is known, so no break-even either
            assert run.break_even_calls is None and run.break_even_text == "tie: no break-even"
        elif compiled < eager:
            assert run.break_even_calls == math.ceil(overhead / ((eager - compiled) / 1e3))
        else:
            assert run.break_even_calls is None and run.break_even_text.startswith("never")
        # each kernel keeps its provenance back to the experiment's source lines
        for view, record in zip(sorted(run.kernels, key=lambda k: k.name), sorted(kernels["kernels"], key=lambda k: k["name"])):
            assert view.name == record["name"] and view.regs == record.get("n_regs")
            assert [u.line for u in view.user_lines] == [u["line"] for u in record["provenance"]["user_lines"]]
            assert view.source == (run.path / record["file"]).read_text()
        # timeline: every span shown is a real span, nested inside its parent row
        names = {s.name for s in run.spans}
        assert run.timeline and {t.name for t in run.timeline} <= names
        assert run.timeline[0].depth == 0 and all(t.depth >= 0 and t.seconds >= 0 for t in run.timeline)


def test_handwritten_and_bench_from_csv(root: Path) -> None:
    model = build_report([root])
    all_rows = [r for csv in BENCH for r in read_csv(csv)]
    rows = [r for r in all_rows if "[" not in r.provider]  # sweep points (launcher[K=v]) are charts, not entries
    # the newest measurement of each (experiment, shape, dtype) on the capture's GPU wins (an H100
    # capture shows the H100 bench, not a newer H200 one); the natural pass only: a capture
    # compiles the experiment as it is, not its --pass backward
    hand = {(r.experiment, r.shape, r.dtype, r.device_name): r.value for r in sorted(rows, key=lambda r: r.timestamp)
            if r.provider == "handwritten" and r.metric == "median_ms" and not r.phase}
    assert hand, "the committed bench CSV has handwritten rows"
    assert len({k[3] for k in hand}) > 1, "bench rows of more than one GPU: the lookup must tell them apart"
    for run in model.runs:
        expected = hand.get((run.experiment, run.shape, run.dtype, run.device_name))
        assert run.handwritten_ms == expected, (run.experiment, run.device_name)
    newest: dict[str, tuple[str, float]] = {}
    for r in all_rows:
        if r.experiment == "_copy" and r.metric == "gb_per_s" and r.timestamp >= newest.get(r.device_name, ("", 0.0))[0]:
            newest[r.device_name] = (r.timestamp, r.value)
    assert model.bench.ceilings == {device: value for device, (_, value) in newest.items()}
    peaks = {(r.experiment, r.shape, r.dtype, r.device_name, r.provider, r.phase): r.value
             for r in sorted(rows, key=lambda r: r.timestamp) if r.metric == "peak_mem_mib"}
    assert peaks, "the committed H200 bench CSVs record peak memory"
    assert any(phase for *_, phase in peaks), "and the passes apart (--pass backward)"
    for e in model.bench.entries:
        assert e.peak_mem_mib == peaks.get((e.experiment, e.shape, e.dtype, e.device_name, e.provider, e.phase)), \
            (e.label, e.provider, e.device_name)
    providers = {(e.experiment, e.provider) for e in model.bench.entries}
    assert providers == {(r.experiment, r.provider) for r in rows if r.experiment != "_copy"}


def test_render_is_complete_and_offline(root: Path, tmp_path: Path) -> None:
    out, model, _ = generate([root], tmp_path / "r" / "report.html")
    html = out.read_text()
    for section in ("index", "overhead", "timelines", "kernels", "performance", "breaks"):
        assert f'id="{section}"' in html
    for run in model.runs:
        assert run.run_id in html
        for k in run.kernels:
            assert f'id="{run.anchor}-{k.name}"' in html
    # charts: phases, first call, one timeline per run, capture speedups, bench speedups, bandwidth
    # per device, one per sweep CSV
    devices = {e.device_name for e in model.bench.entries if e.gb_per_s}
    assert html.count("<svg") == 3 + len(model.runs) + 1 + len(devices) + len(model.bench.sweeps)
    sweep_csvs = {c.name for c in BENCH if any("[" in r.provider for r in read_csv(c))}
    assert {sw.source for sw in model.bench.sweeps} == sweep_csvs and sweep_csvs
    for sw in model.bench.sweeps:
        assert sw.chart.series and sw.best and f"{sw.chart.title}" in html
        # the caption names the dashed copy line only where the chart draws one
        caption = html.split(f">{sw.source}<", 1)[1].split("<svg", 1)[0]
        assert ("The dashed line is the copy ceiling" in caption) == bool(sw.chart.copy_gb_per_s)
        assert ("measured no copy ceiling" in caption) == (not sw.chart.copy_gb_per_s)
    assert 'class="chart timeline"' in html and 'class="chart stacked"' in html
    assert "measured copy ceiling" in html and 'class="hl"' in html  # pygments code
    assert "peak memory" in html and "4,144.0 MiB" in html  # naive attention's N x N scores, from its bench CSV
    # nothing is fetched: no scripts, stylesheets or images from anywhere, links are local
    assert not re.search(r"<(script|link|img|iframe)\b", html)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith("#") or not re.match(r"[a-z]+:", h) for h in hrefs)
    for h in hrefs:
        if not h.startswith("#"):
            assert (out.parent / h).is_file()
        else:
            assert f'id="{h[1:]}"' in html or f'name="{h[1:]}"' in html, h


def test_perfetto_export_keeps_every_span(root: Path, tmp_path: Path) -> None:
    run = _ref_runs(root)[0]
    spans, instants = chromium_events(parse_dir(run / "trace"))
    data = chrome_trace(spans, instants, "x")
    events = [e for e in data["traceEvents"] if e["ph"] != "M"]
    complete = [e for e in events if e["ph"] == "X"]
    assert len(complete) == len(spans) and sorted(e["name"] for e in complete) == sorted(s.name for s in spans)
    assert all(e["dur"] >= 0 for e in complete) and [e["ts"] for e in events] == sorted(e["ts"] for e in events)
    assert len([e for e in events if e["ph"] == "i"]) == len(instants)
    # cache-event arguments are ~100 KB in the raw trace; the export cuts them
    assert len(json.dumps(data)) < 200_000
    out, model, _ = generate([run], tmp_path / "report.html", perfetto_dir=tmp_path / "traces")
    files = list((tmp_path / "traces").glob("*.trace.json"))
    assert len(files) == 1 and json.loads(files[0].read_text())["traceEvents"]
    assert "traces/" + files[0].name in out.read_text()


def test_corrupt_and_partial_captures_are_listed_not_fatal(root: Path, tmp_path: Path) -> None:
    runs = _ref_runs(root)
    (runs[0] / "manifest.json").write_text("{ not json")
    (runs[1] / "kernels.json").unlink()
    trace = next((runs[2] / "trace").glob("*.gz"))
    trace.write_bytes(trace.read_bytes()[: trace.stat().st_size // 3])  # cut off mid-stream
    (runs[3] / "results.json").write_text("[1, 2]")
    partial = root / runs[4].parent.name / "20990101-000000-cuda-default"
    partial.mkdir()
    (partial / "worker.log").write_text("killed\n")
    result = CliRunner().invoke(report, [str(root), "--out", str(tmp_path / "report.html")])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stdout and result.stderr.count("warning:") >= 2
    model = build_report([root])
    by_path = {r.path: r for r in model.runs}
    assert by_path[runs[0]].status == "corrupt" and by_path[partial].status == "corrupt"
    assert any("kernels.json" in w for w in by_path[runs[1]].warnings) and not by_path[runs[1]].kernels
    assert any("trace" in w for w in by_path[runs[2]].warnings)
    assert any("results.json" in w for w in by_path[runs[3]].warnings) and by_path[runs[3]].eager_ms is None
    html = (tmp_path / "report.html").read_text()
    assert html.count('class="badge bad"') >= 2 and 'id="warnings"' in html


def test_warm_capture_pairs_with_cold_and_graph_breaks_show(root: Path, tmp_path: Path) -> None:
    cold = _ref_runs(root)[0]
    warm = cold.parent / (cold.name + "-warm")
    shutil.copytree(cold, warm)
    manifest = json.loads((warm / "manifest.json").read_text())
    manifest["cache"] = {"warm": True, "before": {"files": 12, "bytes": 1000}}
    manifest["run_id"] += "-warm"
    (warm / "manifest.json").write_text(json.dumps(manifest))
    # a capture with graph breaks: the real CPU trace fixture with its compile metrics
    breaks = root / "graph_breaks" / "fixture-cpu"
    (breaks / "trace").mkdir(parents=True)
    shutil.copy(FIXTURES / "cpu-torch2.13-graph-breaks.log.gz", breaks / "trace")
    metrics = compile_metrics(parse_file(FIXTURES / "cpu-torch2.13-graph-breaks.log.gz"))
    (breaks / "compile_metrics.json").write_text(json.dumps(metrics))
    (breaks / "manifest.json").write_text(json.dumps({"experiment": "graph_breaks", "run_id": "fixture-cpu", "status": "ok", "device": "cpu",
                                                       "options": {"mode": "default"}, "cache": {"warm": False, "before": {"files": 0}}}))
    model = build_report([root])
    labels = {(r.path, r.cache_label) for r in model.runs}
    assert (warm, "warm") in labels and (cold, "cold") in labels
    html = render(model)
    assert metrics["graph_breaks"], "the fixture has graph breaks"
    for b in metrics["graph_breaks"]:
        assert str(b["reason"]).split("\n")[0][:40].replace("'", "&#39;").replace('"', "&#34;").replace("<", "&lt;") in html
    assert "faster warm" in html


def test_charts_scale_and_escape() -> None:
    svg = charts.stacked_bars([charts.Bar("a<b", (("Dynamo", 1.0), ("Other", 3.0)))])
    assert "a&lt;b" in svg and svg.count("<rect") == 2 + 2  # two legend swatches, two segments
    seg = re.findall(r'<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="\d+" fill="[^"]+" class="seg"', svg)
    assert len(seg) == 2 and float(seg[1]) == pytest.approx(3 * float(seg[0]), rel=1e-2)
    log = charts.grouped_bars([("g", [("x", 1e-5), ("y", 10.0)])], unit="s", log=True)
    assert "10 µs" in log and "10.0 s" in log


def test_cli_bad_input_is_one_line_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(report, [str(tmp_path / "missing")])
    assert result.exit_code == 2 and result.stderr.strip().startswith("error:") and len(result.stderr.strip().splitlines()) == 1


def test_report_over_every_builtin_capture(root: Path, tmp_path: Path) -> None:
    """Every committed capture gets its index row, kernel cards and (with a handwritten kernel)
    findings. How long it takes is measured by scripts/measure_overhead.py, not asserted here."""
    result = CliRunner().invoke(report, [str(root), "--out", str(tmp_path / "report.html")])
    assert result.exit_code == 0, result.output
    runs = _ref_runs(root)
    html = (tmp_path / "report.html").read_text()
    model = build_report([root])
    add_findings(model)
    assert len(model.runs) == len(runs) and f"{len(runs)} captures" in result.output
    for run in model.runs:
        assert f'id="{run.anchor}"' in html
        for kernel in run.kernels:
            assert f'id="{run.anchor}-{kernel.name}"' in html
    with_findings = [r for r in model.runs if r.findings]
    assert with_findings  # the built-ins with a handwritten kernel
    for run in with_findings:
        assert all(str(escape(text)) in html for text in run.findings)


def test_tlparse_option_links_or_says_why(root: Path, tmp_path: Path) -> None:
    run = _ref_runs(root)[0]
    result = CliRunner().invoke(report, [str(run), "--out", str(tmp_path / "report.html"), "--tlparse"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "report.html").read_text()
    if shutil.which("tlparse"):
        assert "tlparse pages" in html and list((tmp_path / "report-tlparse").glob("*/index.html"))
    else:
        assert "tlparse is not installed" in result.stderr


def test_noisy_timing_shows_noisy_not_a_speed_up(root: Path) -> None:
    run = _ref_runs(root)[0]
    results = json.loads((run / "results.json").read_text())
    results["steady"]["compiled"].update(p20_ms=0.28, p80_ms=24.0)  # the spread of two runs timing at once
    (run / "results.json").write_text(json.dumps(results))
    model = build_report([root])
    view = next(r for r in model.runs if r.path == run)
    assert view.noisy == "compiled p80/p20 85.7x"
    row = re.search(rf'<tr id="{view.anchor}">.*?</tr>', render(model), re.S).group(0)
    assert ">noisy<" in row and f"{view.speedup:.2f}x" not in row
    assert all(not r.noisy for r in model.runs if r.path != run)  # the committed captures are steady
