"""A speed-up whose two spreads overlap is a tie: in the bench table, the CSV, the report and the diff.

Synthetic rows only (no timing): the medians and spreads are chosen so that one pair overlaps and
one does not, and the verdict must follow the spreads, not the ratio.
"""

from __future__ import annotations

import io

from rich.console import Console

from inspector.analysis.callgraph import CallGraph
from inspector.analysis.findings import Measured, findings
from inspector.bench.table import Row, bench_table, read_csv, write_csv
from inspector.core.spread import Spread, overlaps, speedup_text, spread_of, tie_from_metrics
from inspector.report.bench_model import bench_view

BASE = dict(shape="8192x4096", dtype="bf16", device="cuda", device_name="NVIDIA H200", torch="2.11.0",
            triton="3.6.0", timestamp="2026-12-01T00:00:00+00:00")


def timed(experiment: str, provider: str, median: float, p20: float, p80: float, vs_compile: float,
          tie: float | None = None) -> list[Row]:
    rows = [Row(experiment, provider, "median_ms", median, "ms", **BASE),
            Row(experiment, provider, "p20_ms", p20, "ms", **BASE),
            Row(experiment, provider, "p80_ms", p80, "ms", **BASE),
            Row(experiment, provider, "speedup_vs_compile", vs_compile, "x", **BASE)]
    if tie is not None:
        rows.append(Row(experiment, provider, "tie_vs_compile", tie, "bool", **BASE))
    return rows


def render(rows: list[Row]) -> str:
    console = Console(file=io.StringIO(), width=250, record=True)
    console.print(bench_table(rows))
    return console.export_text()


def test_overlap_rules():
    assert overlaps(Spread(1.0, 2.0), Spread(1.5, 3.0))
    assert overlaps(Spread(1.0, 2.0), Spread(2.0, 3.0))  # touching ends: a tie
    assert not overlaps(Spread(1.0, 1.9), Spread(2.0, 3.0))
    assert overlaps(Spread(1.0, 4.0), Spread(2.0, 3.0))  # one inside the other
    assert spread_of(None, 1.0) is None and spread_of(2.0, 1.0) is None and spread_of(float("nan"), 1.0) is None
    assert tie_from_metrics({"p20_ms": 1.0, "p80_ms": 2.0}, {"p20_ms": 3.0, "p80_ms": 4.0}) is False
    assert tie_from_metrics({"p20_ms": 1.0}, {"p20_ms": 3.0, "p80_ms": 4.0}) is None
    assert speedup_text(0.98, True) == "0.98x tie" and speedup_text(1.36, False) == "1.36x"
    assert speedup_text(None, True) == ""


def rows_of_two_experiments(stored: bool) -> list[Row]:
    # silu: handwritten 0.0374 ms (0.036-0.039) vs compile 0.0366 ms (0.035-0.038): overlapping, a tie.
    # rmsnorm: handwritten 0.0300 ms (0.029-0.031) vs compile 0.0420 ms (0.041-0.043): apart.
    return (timed("silu", "compile", 0.0366, 0.035, 0.038, 1.0)
            + timed("silu", "handwritten", 0.0374, 0.036, 0.039, 0.0366 / 0.0374, 1.0 if stored else None)
            + timed("rmsnorm", "compile", 0.0420, 0.041, 0.043, 1.0)
            + timed("rmsnorm", "handwritten", 0.0300, 0.029, 0.031, 0.0420 / 0.0300, 0.0 if stored else None))


def test_table_marks_overlapping_spreads_as_tie_with_and_without_stored_verdict():
    for stored in (True, False):  # False: a CSV from before the tie metrics, judged from p20/p80
        text = render(rows_of_two_experiments(stored))
        hand = [ln for ln in text.splitlines() if " handwritten " in ln]
        assert len(hand) == 2
        assert "0.98x tie" in hand[0]  # silu
        assert "1.40x" in hand[1] and "tie" not in hand[1]  # rmsnorm
        assert "'tie': the two providers' spreads overlap" in text


def test_tie_survives_the_csv_and_reaches_the_report(tmp_path):
    path = write_csv(rows_of_two_experiments(stored=True), tmp_path / "b.csv")
    back = read_csv(path)
    ties = {(r.experiment, r.value) for r in back if r.metric == "tie_vs_compile"}
    assert ties == {("silu", 1.0), ("rmsnorm", 0.0)}
    view = bench_view([path])
    hand = {e.experiment: e for e in view.entries if e.provider == "handwritten"}
    assert hand["silu"].tie_vs_compile is True and hand["rmsnorm"].tie_vs_compile is False
    assert hand["rmsnorm"].speedup_vs_compile is not None and abs(hand["rmsnorm"].speedup_vs_compile - 1.4) < 1e-9
    # an old CSV without the tie rows: the report derives the verdict from the spreads
    old = write_csv(rows_of_two_experiments(stored=False), tmp_path / "old.csv")
    hand = {e.experiment: e for e in bench_view([old]).entries if e.provider == "handwritten"}
    assert hand["silu"].tie_vs_compile is True and hand["rmsnorm"].tie_vs_compile is False
    assert hand["silu"].tie_vs_eager is None  # no eager provider: no verdict


def test_report_rows_print_tie(tmp_path):
    from inspector.report.html import _performance
    from inspector.report.html_model import ReportModel

    path = write_csv(rows_of_two_experiments(stored=True), tmp_path / "b.csv")
    model = ReportModel("t", "2026-12-01", [], [], bench_view([path]))
    rows = {(r["experiment"], r["provider"]): r for r in _performance(model)["rows"]}
    assert rows[("silu", "handwritten")]["vs_compile"] == "0.98x tie"
    assert rows[("rmsnorm", "handwritten")]["vs_compile"] == "1.40x"


def test_diff_measured_finding_says_tie_when_spreads_overlap():
    graph = CallGraph(launches=[], intermediates=[], anatomies={}, bytes_per_call=None, ideal_bytes=None, measured_us=None)
    tie = Measured(0.0366, 0.0374, compile_spread=Spread(0.035, 0.038), handwritten_spread=Spread(0.036, 0.039))
    apart = Measured(0.0420, 0.0300, compile_spread=Spread(0.041, 0.043), handwritten_spread=Spread(0.029, 0.031))
    text = {k: next(f.text for f in findings(graph, None, m) if f.rule == "measured") for k, m in
            (("tie", tie), ("apart", apart))}
    assert text["tie"].startswith("measured: a tie, 0.98x (the p20-p80 spreads overlap")
    assert "handwritten is 1.40x faster" in text["apart"] and "tie" not in text["apart"]
