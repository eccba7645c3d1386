"""View models of the HTML report, built from capture folders and bench CSVs only.

Everything the page shows is computed here, as plain dataclasses: the index of runs, the compile
phases as non-overlapping segments, cold vs warm pairs, first-call latency and the break-even
number of calls, the compile timeline (chromium spans with their nesting depth), each kernel with
its provenance, graph breaks and recompiles; the bench rows and sweep charts come from
bench_model.py. A folder that cannot be read becomes a run with warnings, never an exception:
the report must render whatever is on disk.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from inspector.analysis.ranks import rank_folders
from inspector.core.timing_noise import judge as judge_noise
from inspector.core.outputcode import graph_name
from inspector.core.spread import overlaps, spread_of
from inspector.core.records import CompileMetrics, KernelsFile, Manifest, is_tool_file
from inspector.core.timeline import PHASES, Instant, Span, TimelineSpan, chromium_events, timeline_of
from inspector.core.trace import Trace, parse_dir
from inspector.report.bench_model import BenchView, bench_view, finite_or_none, handwritten_lookup
from inspector.report import step_view
from inspector.report.autotune_view import fmt_config
from inspector.store import MANIFEST, bench_dir, load_optional



@dataclass(frozen=True)
class Phase:
    name: str
    seconds: float


@dataclass(frozen=True)
class UserLine:
    file: str
    line: int | None
    function: str | None
    code: str
    anchor: str  # id of the line in the run's source listing ("" when the file was not readable)


@dataclass
class KernelView:
    name: str
    kind: str
    backend: str
    graph: str
    source_nodes: list[str]
    aten_ops: list[str]
    user_lines: list[UserLine]
    launch_config: str
    launches_per_call: Any
    regs: int | None
    spills: int | None
    shared_bytes: int | None
    bytes_per_launch: int | None
    us_per_call: float | None
    gb_per_s: float | None
    compile_ms: float | None
    language: str  # pygments lexer name: "python" (Triton) or "cpp"
    source: str
    # Hook for kernel anatomy and findings (filled later by the analysis package); the page
    # renders templates/report_kernel_analysis.j2 with it when both exist.
    analysis: Any = None
    library: list[str] = field(default_factory=list)  # library calls, when no line of the user's source made it


@dataclass(frozen=True)
class SourceListing:
    file: str
    first_line: int
    code: str
    highlight: tuple[int, ...]
    anchor_prefix: str
    from_file: bool  # False: the file changed since the capture, only the recorded lines are shown


@dataclass
class RunView:
    experiment: str
    run_id: str
    path: Path
    anchor: str
    status: str  # ok / failed / corrupt
    # the defaults are what a folder without a readable manifest shows
    device: str = "?"
    device_name: str = "?"
    versions: str = ""
    mode: str = "?"
    shape: str = ""
    dtype: str = ""
    cache_label: str = "?"  # cold / warm / warm (empty cache) / ?
    kernel_count: int | None = None
    eager_ms: float | None = None
    compiled_ms: float | None = None
    handwritten_ms: float | None = None
    speedup: float | None = None
    passed: bool | None = None
    compile_s: float | None = None
    phases: list[Phase] = field(default_factory=list)
    runtime_autotune_s: float | None = None
    first_call_eager_s: float | None = None
    first_call_compiled_s: float | None = None
    overhead_s: float | None = None
    break_even_calls: int | None = None  # None with a reason in break_even_text
    break_even_text: str = "-"
    timeline: list[TimelineSpan] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    instants: list[Instant] = field(default_factory=list)
    kernels: list[KernelView] = field(default_factory=list)
    sources: list[SourceListing] = field(default_factory=list)
    graph_breaks: list[dict[str, Any]] = field(default_factory=list)
    recompiles: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    trace_dir: Path | None = None
    label: str = ""  # "experiment · mode · device", unique among the runs of one report
    findings: list[str] = field(default_factory=list)  # what costs time, ranked by total cost (analysis/patterns.py)
    findings_against_handwritten: bool = False  # the findings compare with a handwritten kernel (else: the call alone)
    fusion: list[str] = field(default_factory=list)  # why not fused: a head line, then one line per pattern
    noisy: str = ""  # which steady timing spread too wide to quote a speed-up (core.timing_noise)
    config: str = ""  # what the compile depends on besides the cache: "default · cpu · 256x1024 fp32 · backward"
    step: dict[str, Any] | None = None  # step_view.report_view: every part of the call's time


@dataclass
class ReportModel:
    title: str
    generated_at: str
    roots: list[str]
    runs: list[RunView]
    bench: BenchView
    warnings: list[str] = field(default_factory=list)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _load(path: Path, warnings: list[str]) -> dict[str, Any]:
    """A JSON object from the run folder; a warning (not an error) when missing or broken."""
    if not path.is_file():
        warnings.append(f"{path.name} is missing")
        return {}
    data = load_optional(path, None)
    if not isinstance(data, dict):
        warnings.append(f"{path.name} is not valid JSON (corrupt or partial capture)")
        return {}
    return data


def find_run_folders(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Run folders under each path: a run (has manifest.json), an experiment folder, or a root.

    A folder inside an experiment folder without a manifest is a partial capture: it is returned
    too (the model marks it corrupt) so the index shows it with a warning."""
    found: list[Path] = []
    notes: list[str] = []
    for path in paths:
        if (path / MANIFEST).is_file():
            found.append(path)
            continue
        children = [c for c in sorted(path.iterdir()) if c.is_dir() and not c.name.startswith((".", "_"))]
        if any((c / MANIFEST).is_file() for c in children):  # an experiment folder
            found.extend(children)
            continue
        before = len(found)
        for exp in children:
            found.extend(r for r in sorted(exp.iterdir()) if r.is_dir() and not r.name.startswith("."))
        if len(found) == before:
            notes.append(f"{path}: no capture folders found")
    # a distributed capture (inspect run --nproc) stands for its ranks, each a complete capture
    return [r for run in dict.fromkeys(found) for r in (rank_folders(run) or [run])], notes


def cache_label(manifest: Manifest) -> str:
    cache = manifest.cache
    files = _dict(cache.get("before")).get("files")
    if cache.get("warm") is True:
        return "warm" if files else "warm (empty cache)"
    if cache.get("warm") is False:
        return "cold" if not files else "cold (cache not empty)"
    return "?"


def phases_of(metrics: CompileMetrics) -> tuple[list[Phase], float | None]:
    """Exclusive compile phases summed over frames, and the pointwise autotuning done at the first
    call (outside the compile spans, so it is a separate number, not a segment)."""
    totals = {name: 0.0 for name in PHASES}
    for f in metrics.frames:
        total = finite_or_none(f.total_s) or 0.0
        kernel = (finite_or_none(f.triton_compile_s) or 0.0) + (finite_or_none(f.cpp_compile_s) or 0.0)
        autotune = finite_or_none(f.autotune_s) or 0.0
        inductor = max((finite_or_none(f.inductor_s) or 0.0) - kernel - autotune, 0.0)
        parts = {"Dynamo": finite_or_none(f.dynamo_s) or 0.0, "AOTAutograd": finite_or_none(f.aot_autograd_s) or 0.0,
                 "Inductor lowering/codegen": inductor, "Kernel compile": kernel, "Autotuning": autotune}
        parts["Other"] = max(total - sum(parts.values()), 0.0)
        for name, value in parts.items():
            totals[name] += value
    runtime = finite_or_none(metrics.totals.runtime_autotune_s)
    return [Phase(n, s) for n, s in totals.items() if s > 0], runtime


def config_text(options: dict[str, Any], shape: str, dtype: str) -> str:
    """The configuration of a capture, without what only a cold/warm pair may differ in: mode, device,
    shape(s) and dtype, --backward, --dynamic, --no-capture. Two captures compare cold vs warm only
    when this text is the same (a --backward run and another shape shared one row)."""
    shapes = options.get("shapes") or []
    parts = [str(options.get("mode") or "?"), str(options.get("device") or "?"),
             " → ".join("x".join(str(d) for d in s) for s in shapes if isinstance(s, (list, tuple))) or shape, dtype]
    parts += ["backward"] if options.get("backward") else []
    parts += [f"dynamic={options['dynamic']}"] if options.get("dynamic") is not None else []
    parts += ["no capture"] if options.get("capture") is False else []
    return " · ".join(p for p in parts if p)


def break_even(first_compiled_s: float | None, compiled_ms: float | None, eager_ms: float | None,
               compile_s: float | None, tie: bool = False) -> tuple[float | None, int | None, str]:
    """(one-time overhead, calls to pay it back, text). The overhead is the first compiled call
    minus one steady-state call (compile + autotune + warm-up); without timings, the compile time.
    `tie`: the two steady timings' p20-p80 spreads overlap, so the saving per call is not known to
    be there at all (a 1.0003x "speed-up" gave "2,022,339 calls")."""
    overhead = None
    if first_compiled_s is not None:
        overhead = max(first_compiled_s - (compiled_ms or 0.0) / 1e3, 0.0)
    elif compile_s is not None:
        overhead = compile_s
    if overhead is None or compiled_ms is None or eager_ms is None:
        return overhead, None, "-"
    if tie:
        return overhead, None, "tie: no break-even"
    saving_s = (eager_ms - compiled_ms) / 1e3
    if saving_s <= 0:
        return overhead, None, "never (compiled is not faster)"
    calls = math.ceil(overhead / saving_s)
    return overhead, calls, f"{calls:,} calls"


def _read_text(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except OSError:
        return ""


def _listing(file: str, recorded: dict[int, str], lines: set[int], prefix: str) -> SourceListing:
    """The user's file around `lines` (3 lines of context: enough to see the enclosing function)
    when the file on disk still has the recorded code at those lines; otherwise the recorded
    lines alone (the file moved or changed since the capture), with '...' for the lines between."""
    text = _read_text(Path(file)).splitlines()
    current = all(0 < n <= len(text) and text[n - 1].strip() == code.strip() for n, code in recorded.items())
    first, last = min(lines), max(lines)
    if text and current:
        first, last = max(first - 3, 1), min(last + 3, len(text))
        return SourceListing(file, first, "\n".join(text[first - 1:last]), tuple(sorted(lines)), prefix, True)
    code = "\n".join(recorded.get(n, "...") for n in range(first, last + 1))
    return SourceListing(file, first, code, tuple(sorted(lines)), prefix, False)


def kernel_views(run: Path, kernels_file: KernelsFile, anchor: str,
                 analysis: Callable[[Path, dict[str, Any]], Any] | None) -> tuple[list[KernelView], list[SourceListing]]:
    """Kernels in launch order (then the rest), and listings of the user's source around the
    lines the kernels come from, so each kernel links to the lines that produced it."""
    order = {l.get("target"): i for i, l in enumerate(kernels_file.launches) if isinstance(l, dict)}
    records = sorted((k for k in kernels_file.kernels if k.name), key=lambda k: order.get(k.name, len(order)))
    by_file: dict[str, set[int]] = {}
    recorded: dict[str, dict[int, str]] = {}
    for k in records:
        for ul in k.provenance.user_lines:
            if ul.file and isinstance(ul.line, int) and not is_tool_file(ul.file):  # older captures recorded the tool's call
                by_file.setdefault(ul.file, set()).add(ul.line)
                recorded.setdefault(ul.file, {})[ul.line] = str(ul.code or "")
    sources, anchors = [], {}
    for i, (file, lines) in enumerate(sorted(by_file.items())):
        prefix = f"{anchor}-src{i}"
        sources.append(_listing(file, recorded.get(file, {}), lines, prefix))
        anchors.update({(file, n): f"{prefix}-{n}" for n in lines})
    views = []
    for k in records:
        file = k.file or ""
        source = _read_text(run / file) if file else ""
        users = [UserLine(str(ul.file), ul.line, ul.function, str(ul.code or ""), anchors.get((ul.file, ul.line), ""))
                 for ul in k.provenance.user_lines if not is_tool_file(ul.file)]
        views.append(KernelView(
            name=k.name, kind=k.kind or "?", backend=k.backend or "",
            graph=graph_name(k.graph, k.graph in kernels_file.dynamic_graphs) if k.graph else "",
            source_nodes=[str(n) for n in k.source_nodes], aten_ops=[str(n) for n in k.aten_ops], user_lines=users,
            launch_config=fmt_config(k.launch_config), launches_per_call=k.launches_per_call, regs=k.n_regs,
            spills=k.n_spills, shared_bytes=k.shared_bytes, bytes_per_launch=k.bytes_per_launch,
            us_per_call=finite_or_none(k.measured_us_per_call), gb_per_s=finite_or_none(k.achieved_gb_per_s),
            compile_ms=finite_or_none(k.triton_compile_ms), language="cpp" if file.endswith(".cpp") else "python",
            source=source or "(kernel source file missing)", analysis=analysis(run, k.to_json()) if analysis else None,
            library=[str(c) for c in k.provenance.library or []],
        ))
    return views, sources


def run_view(path: Path, index: int, handwritten: Callable[[str, str, str, str], float | None],
             analysis: Callable[[Path, dict[str, Any]], Any] | None = None) -> RunView:
    warnings: list[str] = []
    raw = _load(path / MANIFEST, warnings)
    manifest = Manifest.from_json(raw)
    experiment = manifest.experiment or path.parent.name
    anchor = f"run{index}"
    if not raw:
        return RunView(experiment, path.name, path, anchor, "corrupt", warnings=warnings,
                       error="no readable manifest.json: partial or corrupt capture")
    # a failed run may lack any of them: only an ok run warns
    stored = {name: _load(path / name, warnings) if manifest.status == "ok" else load_optional(path / name, {})
              for name in ("kernels.json", "compile_metrics.json", "results.json")}
    kernels_file, metrics = KernelsFile.from_json(stored["kernels.json"]), CompileMetrics.from_json(stored["compile_metrics.json"])
    results = _dict(stored["results.json"])
    warnings.extend(str(w) for w in manifest.warnings)
    spans: list[Span] = []
    instants: list[Instant] = []
    trace_dir = path / "trace"
    if trace_dir.is_dir():
        try:
            trace = parse_dir(trace_dir)
        except (OSError, EOFError, ValueError) as exc:  # a truncated .gz raises EOFError
            warnings.append(f"trace unreadable: {type(exc).__name__}: {exc}")
            trace = Trace()
        if trace.truncated:
            warnings.append("trace log is truncated (the capture was cut off)")
        spans, instants = chromium_events(trace)
    steady = _dict(results.get("steady"))
    eager_ms = finite_or_none(_dict(steady.get("eager")).get("median_ms"))
    compiled_ms = finite_or_none(_dict(steady.get("compiled")).get("median_ms"))
    first = _dict(results.get("first_call_s"))
    summary = manifest.summary
    compile_s = finite_or_none(metrics.totals.compile_s) or finite_or_none(summary.compile_s)
    spreads = [spread_of(*(finite_or_none(_dict(steady.get(side)).get(k)) for k in ("p20_ms", "p80_ms")))
               for side in ("eager", "compiled")]
    tie = all(spreads) and overlaps(*spreads)
    overhead, calls, text = break_even(finite_or_none(first.get("compiled")), compiled_ms, eager_ms, compile_s, bool(tie))
    phases, runtime_autotune = phases_of(metrics)
    kernels, sources = kernel_views(path, kernels_file, anchor, analysis)
    shape = "x".join(str(d) for d in manifest.shape or []) or ", ".join(manifest.input_shapes or [])
    dtype = manifest.dtype or ""
    device_name = manifest.device_name or manifest.device or "?"
    error = manifest.error or {}
    return RunView(
        experiment=experiment, run_id=manifest.run_id or path.name, path=path, anchor=anchor,
        status=manifest.status or "?", device=manifest.device or "?", device_name=device_name,
        versions=" · ".join(f"{k} {v}" for k, v in manifest.versions.items() if v), mode=str(manifest.options.get("mode") or "?"),
        shape=shape, dtype=dtype, cache_label=cache_label(manifest), config=config_text(manifest.options, shape, dtype),
        kernel_count=summary.kernels if isinstance(summary.kernels, int) else (len(kernels) if _dict(stored["kernels.json"]) else None),
        eager_ms=eager_ms, compiled_ms=compiled_ms, handwritten_ms=handwritten(experiment, shape, dtype, device_name),
        speedup=finite_or_none(results.get("speedup_compiled_vs_eager")), passed=results.get("passed") if isinstance(results.get("passed"), bool) else None,
        compile_s=compile_s, phases=phases, runtime_autotune_s=runtime_autotune,
        first_call_eager_s=finite_or_none(first.get("eager")), first_call_compiled_s=finite_or_none(first.get("compiled")),
        overhead_s=overhead, break_even_calls=calls, break_even_text=text,
        timeline=timeline_of(spans), spans=spans, instants=instants, kernels=kernels, sources=sources,
        graph_breaks=[b for b in metrics.graph_breaks if isinstance(b, dict)],
        recompiles=[r for r in metrics.recompiles if isinstance(r, dict)],
        warnings=warnings, trace_dir=trace_dir if trace_dir.is_dir() else None,
        error=f"failed in {error.get('phase')}: {error.get('type')}: {error.get('message')}" if error else "",
        noisy=judge_noise(steady),
        step=step_view.report_view(step_view.load(path, {"kernels": stored["kernels.json"], "results": results,
                                                         "metrics": stored["compile_metrics.json"]})),
    )


def label_runs(runs: list[RunView]) -> None:
    """'experiment · mode · device', plus the run id's timestamp where that alone is ambiguous."""
    bases = [f"{r.experiment} · {r.mode} · {r.device}" for r in runs]
    for r, base in zip(runs, bases):
        # run ids start with the UTC stamp 20261122-032956: its time part tells same-day runs apart
        short = r.run_id[9:15] if re.match(r"\d{8}-\d{6}", r.run_id) else r.run_id
        r.label = base + (f" · {short}" if bases.count(base) > 1 else "")


def build_report(paths: list[Path], bench_csvs: list[Path] | None = None, title: str = "inductor-inspector report",
                 analysis: Callable[[Path, dict[str, Any]], Any] | None = None) -> ReportModel:
    """The whole report. `bench_csvs` defaults to every CSV under <path>/_bench/ of each root;
    `analysis(run_folder, kernel_record)` is the hook for per-kernel anatomy and findings."""
    folders, notes = find_run_folders(paths)
    if bench_csvs is None:
        bench_csvs = sorted({c for p in paths for d in (bench_dir(p), bench_dir(p.parent), bench_dir(p.parent.parent))
                             if d.is_dir() for c in d.glob("*.csv")})
    bench = bench_view(bench_csvs)
    lookup = handwritten_lookup(bench)
    runs = [run_view(folder, i, lookup, analysis) for i, folder in enumerate(folders)]
    runs.sort(key=lambda r: (r.experiment, r.device, r.mode, r.cache_label, r.run_id))
    label_runs(runs)
    return ReportModel(title=title, generated_at=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                       roots=[str(p) for p in paths], runs=runs, bench=bench, warnings=notes + bench.warnings)
