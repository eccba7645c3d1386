"""Render a ReportModel as one self-contained HTML file (jinja2 + pygments + inline SVG).

`page()` turns the model into what the template prints: formatted strings, highlighted code and
SVG charts, so the template only lays things out. Nothing on the page refers to another host:
CSS is inline, charts are SVG, and the only links are in-page anchors and files written next to
the report (Perfetto traces, tlparse pages).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from pygments.formatters import HtmlFormatter

from inspector.bench.sweep_plot import render_svg
from inspector.core.spread import speedup_text
from inspector.core.timing_noise import NOISY_SPREAD
from inspector.core.units import millis, nbytes, number, rate, seconds
from inspector.report import charts
from inspector.report.code_html import CSS_CLASS, code_html
from inspector.report.autotune_view import cudagraphs_cell, sections as autotune_sections
from inspector.report.bench_model import BenchEntry
from inspector.report.html_model import PHASES, KernelView, ReportModel, RunView
from inspector.report.ranks_view import ranks_sections

TEMPLATES = Path(__file__).parent / "templates"


def _run_label(r: RunView) -> str:
    return r.label


@dataclass
class ExperimentKernels:
    experiment: str
    runs: list[dict[str, Any]] = field(default_factory=list)


def _kernel(k: KernelView, run: RunView) -> dict[str, Any]:
    return {
        "name": k.name, "anchor": f"{run.anchor}-{k.name}", "kind": k.kind, "backend": k.backend, "graph": k.graph,
        "source_nodes": ", ".join(k.source_nodes) or "-", "aten_ops": ", ".join(k.aten_ops) or "-",
        "user_lines": [{"where": f"{Path(u.file).name}:{u.line}", "function": u.function or "", "code": u.code,
                        "href": f"#{u.anchor}" if u.anchor else ""} for u in k.user_lines],
        "library": ", ".join(k.library),
        "launch_config": k.launch_config, "launches": str(k.launches_per_call) if k.launches_per_call is not None else "-",
        "regs": "-" if k.regs is None else f"{k.regs} / {k.spills if k.spills is not None else '?'}",
        "spills_warn": bool(k.spills), "shared": nbytes(k.shared_bytes), "bytes": nbytes(k.bytes_per_launch),
        "time": number(k.us_per_call, ".1f", " µs"), "gbps": number(k.gb_per_s, ",.0f"), "compile": number(k.compile_ms, ".0f", " ms"),
        "code": code_html(k.source, k.language), "analysis": k.analysis,
    }


def _phase_bars(runs: list[RunView]) -> list[charts.Bar]:
    return [charts.Bar(_run_label(r), tuple((p.name, p.seconds) for p in r.phases), r.cache_label) for r in runs if r.phases]


def _overhead_rows(runs: list[RunView]) -> list[dict[str, str]]:
    rows = []
    for r in runs:
        phase = {p.name: p.seconds for p in r.phases}
        rows.append({"anchor": r.anchor, "label": _run_label(r), "run_id": r.run_id, "cache": r.cache_label,
                     "compile": seconds(r.compile_s), **{name: seconds(phase.get(name)) for name in PHASES},
                     "runtime_autotune": seconds(r.runtime_autotune_s), "first_eager": seconds(r.first_call_eager_s),
                     "first_compiled": seconds(r.first_call_compiled_s), "eager": millis(r.eager_ms), "compiled": millis(r.compiled_ms),
                     "overhead": seconds(r.overhead_s), "break_even": r.break_even_text, "never": r.break_even_text.startswith("never"),
                     "cudagraphs": cudagraphs_cell(r.path)})
    return rows


def _cold_warm(runs: list[RunView]) -> list[dict[str, str]]:
    """Latest cold and latest warm capture of each experiment and whole configuration (mode,
    device, shapes, dtype, --backward, ...: RunView.config), side by side."""
    groups: dict[tuple[str, str], dict[str, RunView]] = defaultdict(dict)
    for r in runs:
        if r.compile_s is not None and r.cache_label in ("cold", "warm"):
            groups[(r.experiment, r.config or f"{r.mode} · {r.device}")][r.cache_label] = r  # sorted by id: latest wins
    out = []
    for (experiment, config), pair in sorted(groups.items()):
        cold, warm = pair.get("cold"), pair.get("warm")
        ratio = cold.compile_s / warm.compile_s if cold and warm and warm.compile_s else None
        out.append({"label": f"{experiment} · {config}", "cold": seconds(cold.compile_s) if cold else "no cold capture",
                    "warm": seconds(warm.compile_s) if warm else "no warm capture (inspect run --warm)",
                    "ratio": number(ratio, ".1f", "x faster warm"),
                    "cold_first": seconds(cold.first_call_compiled_s) if cold else "-", "warm_first": seconds(warm.first_call_compiled_s) if warm else "-"})
    return out


def _first_call_chart(runs: list[RunView]) -> str:
    groups = [(_run_label(r) + ("" if r.cache_label == "cold" else f" ({r.cache_label})"),
               [("first call, compiled", r.first_call_compiled_s or 0.0), ("first call, eager", r.first_call_eager_s or 0.0),
                ("steady call, compiled", (r.compiled_ms or 0.0) / 1e3), ("steady call, eager", (r.eager_ms or 0.0) / 1e3)])
              for r in runs if r.first_call_compiled_s]
    colors = {"first call, compiled": "#4e79a7", "first call, eager": "#9aa5b1", "steady call, compiled": "#a0cbe8",
              "steady call, eager": "#d4d9de"}
    return charts.grouped_bars(groups, unit="s", label="first-call latency vs steady-state time (log scale)", colors=colors, log=True) if groups else ""


def _bench_groups(entries: list[BenchEntry]) -> dict[tuple[str, str, str, str], list[BenchEntry]]:
    groups: dict[tuple[str, str, str, str], list[BenchEntry]] = defaultdict(list)
    for e in entries:
        groups[(e.label, e.shape, e.dtype, e.device_name)].append(e)
    return groups


def _performance(model: ReportModel) -> dict[str, Any]:
    # a noisy timing has no speed-up to draw (the index says "noisy" in its place)
    capture_speedups = [(_run_label(r), [("compile", r.speedup)]) for r in model.runs if r.speedup and not r.noisy]
    groups = _bench_groups(model.bench.entries)
    speedup = [(f"{exp} {shape} {dtype}", [(e.provider, e.speedup_vs_eager) for e in es if e.speedup_vs_eager])
               for (exp, shape, dtype, _), es in sorted(groups.items())]
    ties = frozenset((f"{exp} {shape} {dtype}", e.provider) for (exp, shape, dtype, _), es in groups.items()
                     for e in es if e.speedup_vs_eager and e.tie_vs_eager)
    by_device: dict[str, list] = defaultdict(list)
    for (exp, shape, dtype, device), es in sorted(groups.items()):
        by_device[device].append((f"{exp} {shape} {dtype}", [(e.provider, e.gb_per_s) for e in es if e.gb_per_s]))
    rows = [{"experiment": e.label, "shape": e.shape, "dtype": e.dtype, "device": e.device_name, "provider": e.provider,
             "median": number(e.median_ms, ".4g", " ms"), "gbps": rate(e.gb_per_s, ""),
             "frac": number(None if e.frac_copy_bw is None else 100 * e.frac_copy_bw, ".0f", "%"),
             "speedup": speedup_text(e.speedup_vs_eager, e.tie_vs_eager) or "-",
             "vs_compile": speedup_text(e.speedup_vs_compile, e.tie_vs_compile) or "-",
             "tflops": number(e.tflop_per_s, ",.0f"), "peak": number(e.peak_mem_mib, ",.1f", " MiB"),
             "check": {True: "ok", False: "WRONG", None: "-"}[e.correct] + (f" ({e.note})" if e.note else ""), "wrong": e.correct is False,
             "source": e.source} for e in sorted(model.bench.entries, key=lambda e: (e.label, e.shape, e.provider))]
    return {
        "capture_chart": Markup(charts.grouped_bars(capture_speedups, unit="x", label="compiled vs eager speedup (captures)", reference=1.0))
        if capture_speedups else "",
        "bench_speedup_chart": Markup(charts.grouped_bars([g for g in speedup if g[1]], unit="x", label="speedup vs eager (bench)",
                                                          reference=1.0, ties=ties)) if any(g[1] for g in speedup) else "",
        "bandwidth_charts": [{"device": device, "ceiling": rate(model.bench.ceilings.get(device)),
                              "svg": Markup(charts.bandwidth_bars([g for g in gs if g[1]], model.bench.ceilings.get(device),
                                                                  label=f"achieved bandwidth on {device}"))}
                             for device, gs in by_device.items() if any(g[1] for g in gs)],
        "rows": rows, "files": model.bench.files,
        "sweeps": [{"title": sw.chart.title, "source": sw.source, "best": sw.best, "svg": Markup(render_svg(sw.chart)),
                    "ceiling": rate(sw.chart.copy_gb_per_s, missing="")} for sw in model.bench.sweeps],
    }


def shared_warnings(runs: list[RunView]) -> tuple[list[str], list[dict[str, Any]]]:
    """The Warnings box: a message that several captures share once, as "3 captures: ...", and
    each capture's own messages under its name (an H100 report listed one dropped setting 8 times)."""
    messages = {id(r): ([r.error] if r.error else []) + list(r.warnings) for r in runs}
    count: dict[str, int] = {}
    for texts in messages.values():
        for text in dict.fromkeys(texts):
            count[text] = count.get(text, 0) + 1
    shared = [f"{n} captures: {text}" for text, n in count.items() if n > 1]
    problems = [{"anchor": r.anchor, "label": f"{r.experiment}/{r.run_id}", "path": str(r.path),
                 "messages": own} for r in runs if (own := [t for t in messages[id(r)] if count[t] == 1])]
    return shared, problems


def page(model: ReportModel, perfetto: dict[str, str] | None = None, tlparse: dict[str, str] | None = None) -> dict[str, Any]:
    """Everything the template shows, ready to print. `perfetto` / `tlparse` map run anchors to
    relative links of files written next to the report."""
    perfetto, tlparse = perfetto or {}, tlparse or {}
    runs = model.runs
    index = [{"anchor": r.anchor, "experiment": r.experiment, "run_id": r.run_id, "device": r.device_name,
              "versions": r.versions or "-", "mode": r.mode, "shape": f"{r.shape} {r.dtype}".strip() or "-", "cache": r.cache_label, "warm": r.cache_label.startswith("warm"),
              "status": r.status, "bad": r.status != "ok", "kernels": "-" if r.kernel_count is None else str(r.kernel_count),
              "eager": millis(r.eager_ms), "compiled": millis(r.compiled_ms), "handwritten": millis(r.handwritten_ms),
              "speedup": "noisy" if r.noisy else number(r.speedup, ".2f", "x"), "noisy": r.noisy,
              "slower": not r.noisy and r.speedup is not None and r.speedup < 1,
              "passed": {True: "yes", False: "NO", None: "-"}[r.passed], "warnings": len(r.warnings) + bool(r.error),
              "cudagraphs": cudagraphs_cell(r.path)} for r in runs]
    shared, problems = shared_warnings(runs)
    timelines = [{"anchor": r.anchor, "label": _run_label(r), "run_id": r.run_id, "cache": r.cache_label, "warm": r.cache_label.startswith("warm"),
                  "spans": len(r.spans), "shown": len(r.timeline),
                  "svg": Markup(charts.timeline([(s.name, s.category, s.start_s, s.seconds, s.depth) for s in r.timeline],
                                                label=f"compile timeline of {r.experiment} {r.run_id}")),
                  "perfetto": perfetto.get(r.anchor, ""), "tlparse": tlparse.get(r.anchor, "")} for r in runs if r.timeline]
    kernels: dict[str, ExperimentKernels] = {}
    for r in runs:
        if not r.kernels:
            continue
        kernels.setdefault(r.experiment, ExperimentKernels(r.experiment)).runs.append({
            "anchor": r.anchor, "run_id": r.run_id, "label": _run_label(r), "shape": f"{r.shape} {r.dtype}",
            "device": r.device_name, "kernels": [_kernel(k, r) for k in r.kernels],
            "count": f"{len(r.kernels)} kernel" + ("" if len(r.kernels) == 1 else "s"),
            "findings": r.findings, "findings_against_handwritten": r.findings_against_handwritten, "step": r.step, "fusion": r.fusion,
            "sources": [{"file": s.file, "stale": not s.from_file, "code": code_html(s.code, "python", s.first_line, s.anchor_prefix, s.highlight)} for s in r.sources]})
    breaks = [{"anchor": r.anchor, "label": f"{_run_label(r)} · {r.run_id}",
               "breaks": [{"count": b.get("count", 1), "reason": b.get("reason") or "-", "where": f"{b.get('file')}:{b.get('line')}",
                           "code": b.get("code") or "", "compile_id": b.get("compile_id") or "-"} for b in r.graph_breaks],
               "recompiles": [{"compile_id": x.get("compile_id") or "-", "reason": x.get("reason") or "-"} for x in r.recompiles]}
              for r in runs if r.graph_breaks or r.recompiles]
    with_phases = [r for r in runs if r.phases]
    return {
        "title": model.title, "generated_at": model.generated_at, "roots": model.roots, "warnings": model.warnings + shared,
        "n_runs": len(runs), "n_experiments": len({r.experiment for r in runs}), "n_kernels": sum(len(r.kernels) for r in runs),
        "n_problems": len([r for r in runs if r.status != "ok"]),
        "index": index, "noisy_spread": f"{NOISY_SPREAD:g}x", "problems": problems,
        "phase_names": list(PHASES),
        "phase_chart": Markup(charts.stacked_bars(_phase_bars(with_phases), label="compile time by phase")) if with_phases else "",
        "first_call_chart": Markup(_first_call_chart(runs)), "overhead": _overhead_rows(with_phases), "cold_warm": _cold_warm(runs),
        "timelines": timelines, "kernels": list(kernels.values()), "performance": _performance(model), "breaks": breaks,
        "code_css": Markup(HtmlFormatter(cssclass=CSS_CLASS).get_style_defs(f".{CSS_CLASS}")),
        "analysis_template": "report_kernel_analysis.j2",
        "ranks": ranks_sections(runs, perfetto),
        "autotuning": autotune_sections(runs),
    }


def environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render(model: ReportModel, perfetto: dict[str, str] | None = None, tlparse: dict[str, str] | None = None) -> str:
    return environment().get_template("report.html.j2").render(**page(model, perfetto, tlparse))
