"""What a reader of the report saw wrong: labels cut on the left, a CPU rate of "0 GB/s", a
dashed line the caption named but the chart did not draw, a break-even quoted for a tie, and tie
ratios drawn like speed-ups."""

from __future__ import annotations

from inspector.bench.sweep_plot import Chart, Series, SeriesPoint, render_svg
from inspector.core.units import label, rate
from inspector.report import charts
from inspector.report.html_model import break_even


def test_a_slow_rate_keeps_its_significant_digits():
    assert rate(0.0126) == "0.0126 GB/s" and label(0.0126, "GB/s") == "0.0126 GB/s"  # printed "0 GB/s"
    assert rate(3.521) == "3.52 GB/s" and rate(1234.4) == "1,234 GB/s" and rate(None) == "-"
    assert rate(0.5, "") == "0.5"


def test_a_long_label_is_cut_on_the_right_to_fit_its_column():
    text = "layernorm_gelu · default · cpu · 20261206-084155-cpu-default"
    cut = charts._clip(text, "cold")
    assert cut.endswith("…") and text.startswith(cut[:-1])
    assert (len(cut) + len(" cold")) * charts.FONT * charts.CHAR_EM <= charts.LABEL_W
    svg = charts.stacked_bars([charts.Bar(text, (("Dynamo", 1.0),), "cold")])
    assert f"{cut}<tspan" in svg.replace("&#183;", "·").replace("&middot;", "·")


def test_tie_bars_are_grey_dashed_and_say_tie():
    groups = [("silu 4096 fp32", [("compile", 1.02), ("handwritten", 1.6)])]
    svg = charts.grouped_bars(groups, reference=1.0, ties=frozenset({("silu 4096 fp32", "compile")}))
    bars = [r for r in svg.split("<rect") if 'class="bar' in r]
    assert [charts.TIE_STYLE in r and 'class="bar tie"' in r for r in bars] == [True, False]
    assert "1.02x tie (compile)" in svg and "1.60x tie" not in svg
    assert "tie" not in charts.grouped_bars(groups, reference=1.0)  # no ties: plain bars


def test_no_break_even_for_a_tie():
    overhead, calls, text = break_even(2.0, 1.0, 1.0003, 2.0, tie=True)
    assert calls is None and text == "tie: no break-even" and overhead is not None
    _, calls, text = break_even(2.0, 1.0, 2.0, 2.0)  # (2 s - 1 ms) / (2 ms - 1 ms) a call
    assert calls == 1999 and text == "1,999 calls"


def test_a_sweep_without_a_copy_ceiling_draws_none():
    points = (SeriesPoint("64", 0.001, "", False), SeriesPoint("128", 0.002, "", True))
    chart = Chart("t", "", "BLOCK", ("64", "128"), (Series("4096", points),), None, "")
    assert "copy ceiling" not in render_svg(chart) and "stroke-dasharray" not in render_svg(chart)


def _copy_run(reference, root, name: str, warm: bool, **options) -> None:
    import json
    import shutil

    run = root / "layernorm_gelu" / name
    shutil.copytree(reference, run)
    manifest = json.loads((run / "manifest.json").read_text())
    manifest["cache"] = {"warm": warm, "before": {"files": 5 if warm else 0}}
    manifest["options"] = {**manifest.get("options", {}), **options}
    (run / "manifest.json").write_text(json.dumps(manifest))


def test_cold_vs_warm_pairs_only_captures_of_one_configuration(tmp_path):
    """A --backward run and a run of other shapes shared the cold-vs-warm row of a forward run."""
    from pathlib import Path

    from inspector.report.html import page
    from inspector.report.html_model import build_report

    reference = next((Path(__file__).resolve().parents[1] / "captured_kernels").glob("layernorm_gelu/ref-h100-*"))
    root = tmp_path / "captured_kernels"
    _copy_run(reference, root, "a-cold", False, backward=False)
    _copy_run(reference, root, "b-warm", True, backward=False)
    _copy_run(reference, root, "c-backward", False, backward=True)
    _copy_run(reference, root, "d-shapes", True, shapes=[[64, 128], [96, 128]])
    rows = page(build_report([root]))["cold_warm"]
    labels = [r["label"] for r in rows]
    assert len(rows) == 3 and len(set(labels)) == 3
    (plain,) = [r for r in rows if "backward" not in r["label"] and "→" not in r["label"]]
    assert "no" not in plain["cold"] and "no" not in plain["warm"]  # the forward pair, side by side
    (backward,) = [r for r in rows if "backward" in r["label"]]
    assert backward["warm"].startswith("no warm capture")
    (shapes,) = [r for r in rows if "64x128 → 96x128" in r["label"]]
    assert shapes["cold"] == "no cold capture"
