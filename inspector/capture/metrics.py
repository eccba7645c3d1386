"""Compile-time metrics from a parsed trace: phases per compiled frame and per graph (forward,
backward, inference), cache hits and misses, graph breaks and recompiles.

Sources, in the order we trust them (all optional; a missing one leaves its fields None):
- chromium_event entries: begin/end pairs of Dynamo's `dynamo_timed` regions
  (entire_frame_compile, backend_compile, create_aot_dispatcher_function, inductor_compile,
  GraphLowering.run, Scheduler.__init__, code_gen, async_compile.wait, compile_file, autotuning)
  and instant events for cache hits/misses (fx_graph_cache_*, autograd_cache_*);
- compilation_metrics / bwd_compilation_metrics entries (Dynamo's own per-frame summary);
- artifacts dynamo_graph_break_reason and recompile_reasons.
Event names have moved between torch releases; each lookup below lists the names it accepts.
"""

from __future__ import annotations

from typing import Any

from inspector.capture.graph_breaks import distinct, graph_breaks, recompile_reasons
from inspector.core.records import CompileMetrics, CompileTotals, FrameMetrics, GraphPhases
from inspector.core.timeline import Instant, Span, chromium_events
from inspector.core.trace import Trace

# region names -> phase. A phase takes the first name that is present.
FRAME_TOTAL = ("entire_frame_compile", "_compile.compile_inner")
BACKEND = ("backend_compile",)
AOT = ("create_aot_dispatcher_function", "aot_collect_metadata")
INDUCTOR = ("inductor_compile", "compile_fx_inner")
LOWERING = ("GraphLowering.run",)
FUSION = ("Scheduler.__init__",)
CODEGEN = ("code_gen", "GraphLowering.compile_to_module", "GraphLowering.compile_to_fn")
KERNEL_COMPILE_WAIT = ("async_compile.wait",)
CPP_COMPILE = ("compile_file",)
# async_compile.precompile (torch 2.11) waits for the parallel Triton compile workers
TRITON_COMPILE_HINTS = ("async_compile.precompile", "triton_compile", "TritonFuture", "triton.compile", "compile_triton")
# "<op>_template_autotuning" / "_template_precompiling" (select_algorithm: mm, addmm, packed_linear ...)
AUTOTUNE_HINTS = ("autotune", "_template_autotuning", "_template_precompiling", "benchmark_all_configs", "benchmark_choice",
                  "select_algorithm")


def _num(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _sum(spans: list[Span], names: tuple[str, ...], within: Span | None = None, exact: bool = True) -> float | None:
    """Total seconds of the outermost spans matching `names` (first name present wins)."""
    for name in names:
        chosen = [
            s
            for s in spans
            if (s.name == name if exact else name.lower() in s.name.lower())
            and (within is None or within.contains(s))
        ]
        if chosen:
            outer = [s for s in chosen if not any(o is not s and o.contains(s) and o.seconds > s.seconds for o in chosen)]
            return sum(s.seconds for s in outer)
    return None


def _sum_hints(spans: list[Span], hints: tuple[str, ...], within: Span | None) -> tuple[float | None, dict[str, float]]:
    """Seconds of spans whose name contains any hint (outermost only), and their per-name totals."""
    chosen = [
        s for s in spans if any(h.lower() in s.name.lower() for h in hints) and (within is None or within.contains(s))
    ]
    if not chosen:
        return None, {}
    outer = [s for s in chosen if not any(o is not s and o.contains(s) and o.seconds > s.seconds for o in chosen)]
    by_name: dict[str, float] = {}
    for s in chosen:
        key = s.args.get("kernel_name") or s.name
        by_name[str(key)] = by_name.get(str(key), 0.0) + s.seconds
    return sum(s.seconds for s in outer), by_name


def graph_phases(spans: list[Span], graph: Span) -> GraphPhases:
    """Phases inside one inductor_compile span (one forward, backward or inference graph)."""
    triton_s, triton_by_kernel = _sum_hints(spans, TRITON_COMPILE_HINTS, graph)
    autotune_s, autotune_by_name = _sum_hints(spans, AUTOTUNE_HINTS, graph)
    is_bw = graph.args.get("is_backward")
    return GraphPhases(
        graph="backward" if is_bw else ("forward" if is_bw is False else "unknown"),
        compile_id=graph.compile_id,
        inductor_s=graph.seconds,
        lowering_s=_sum(spans, LOWERING, graph),
        fusion_s=_sum(spans, FUSION, graph),
        codegen_s=_sum(spans, CODEGEN, graph),
        kernel_compile_wait_s=_sum(spans, KERNEL_COMPILE_WAIT, graph),
        cpp_compile_s=_sum(spans, CPP_COMPILE, graph),
        triton_compile_s=triton_s,
        triton_compile_by_kernel_s=triton_by_kernel,
        autotune_s=autotune_s,
        autotune_by_name_s=autotune_by_name,
        cache_state=graph.args.get("cache_state"),
        start_us=graph.start_us,
    )


def compile_metrics(trace: Trace) -> dict[str, Any]:
    """compile_metrics.json of a trace (see compile_metrics_record)."""
    return compile_metrics_record(trace).to_json()


def compile_metrics_record(trace: Trace) -> CompileMetrics:
    """Frames keyed by compile id, filled from each source in turn, then ordered and summed."""
    spans, instants = chromium_events(trace)
    frames: dict[str, FrameMetrics] = {}
    tops = _add_frame_compiles(frames, spans)
    _add_graphs(frames, spans, tops)
    aggregated = set(frames)  # these frames write their sums, null ones too
    for f in frames.values():
        _sum_frame_phases(f, spans, tops.get(f.compile_id, []))
    _add_dynamo_summaries(frames, trace)
    _add_runtime_autotune(frames, trace)
    _add_triton_kernels(frames, trace)
    breaks, recompiles = graph_breaks(trace), recompile_reasons(trace)
    for item in breaks:
        _frame(frames, item.get("compile_id")).graph_breaks.append(item)
    for item in recompiles:
        _frame(frames, item.get("compile_id")).recompile_reasons.append(item["reason"])
    return _assemble(trace, _ordered_frames(frames, aggregated), breaks, recompiles, spans, instants)


def _frame(frames: dict[str, FrameMetrics], cid: str | None) -> FrameMetrics:
    key = cid or "unknown"
    return frames.setdefault(key, FrameMetrics(compile_id=key))


def _body(entry) -> dict[str, Any]:
    return entry.body if isinstance(entry.body, dict) else {}


def _add_frame_compiles(frames: dict[str, FrameMetrics], spans: list[Span]) -> dict[str, list[Span]]:
    """Frame, Dynamo and backend seconds from each entire_frame_compile span; returns each
    frame's spans."""
    tops: dict[str, list[Span]] = {}
    for top in (s for s in spans if s.name in FRAME_TOTAL[:1]):
        f = _frame(frames, top.compile_id)
        f.frame_compile_s = (f.frame_compile_s or 0.0) + top.seconds
        backend = _sum(spans, BACKEND, top)
        f.dynamo_s = (f.dynamo_s or 0.0) + top.seconds - (backend or 0.0)
        f.backend_compile_s = (f.backend_compile_s or 0.0) + (backend or 0.0)
        tops.setdefault(f.compile_id, []).append(top)
    return tops


def _add_graphs(frames: dict[str, FrameMetrics], spans: list[Span], tops: dict[str, list[Span]]) -> None:
    """One GraphPhases per inductor_compile span; one outside its frame's compile spans (a
    backward compiled at the first backward call) is compiled lazily."""
    for graph in (s for s in spans if s.name in INDUCTOR[:1]):
        f = _frame(frames, graph.compile_id)
        phases = graph_phases(spans, graph)
        phases.compiled_lazily = not any(t.contains(graph) for t in tops.get(f.compile_id, []))
        f.graphs.append(phases)


# The fields _sum_frame_phases sets, once all spans are read; a frame seen only afterwards has none.
FRAME_AGGREGATES = ("aot_autograd_s", "inductor_s", "backward_compile_s", "total_s", "triton_compile_s", "autotune_s",
                    "cpp_compile_s", "codegen_s")


def _sum_frame_phases(f: FrameMetrics, spans: list[Span], frame_tops: list[Span]) -> None:
    """A frame's phase seconds from its compile spans and graphs (AOT net of in-frame Inductor)."""
    aot = sum((_sum(spans, AOT, t) or 0.0) for t in frame_tops) if frame_tops else None
    in_frame_inductor = sum(g.inductor_s for g in f.graphs if not g.compiled_lazily)
    f.aot_autograd_s = None if aot is None else max(aot - in_frame_inductor, 0.0)
    f.inductor_s = sum(g.inductor_s for g in f.graphs) if f.graphs else None
    lazily = sum(g.inductor_s for g in f.graphs if g.compiled_lazily)
    f.backward_compile_s = lazily or None
    f.total_s = (f.frame_compile_s or 0.0) + lazily if (f.frame_compile_s is not None or lazily) else None
    f.triton_compile_s = _total(g.triton_compile_s for g in f.graphs)
    f.autotune_s = _total(g.autotune_s for g in f.graphs)
    f.cpp_compile_s = _total(g.cpp_compile_s for g in f.graphs)
    f.codegen_s = _total(g.codegen_s for g in f.graphs)


def _add_dynamo_summaries(frames: dict[str, FrameMetrics], trace: Trace) -> None:
    """Dynamo's compilation_metrics (summary, function, failure; frame seconds where no span
    timed the frame) and bwd_compilation_metrics."""
    for entry in list(trace.of_kind("compilation_metrics")) + list(trace.of_kind("bwd_compilation_metrics")):
        body = _body(entry)
        f = _frame(frames, str(body.get("compile_id") or entry.compile_id))
        if entry.kind == "compilation_metrics":
            f.dynamo_metrics = _summary(body) if f.dynamo_metrics is None else f.dynamo_metrics
            f.function = _function(body)
            frame_s = _num(body.get("entire_frame_compile_time_s"))
            if f.frame_compile_s is None and frame_s is not None:
                f.frame_compile_s = f.total_s = frame_s
            f.failure = _failure(body) or f.failure
        elif f.bwd_metrics is None:
            f.bwd_metrics = _summary(body)


def _failure(body: dict[str, Any]) -> dict[str, Any] | None:
    """The failure a compilation_metrics body reports, None when it has no fail_reason."""
    if not body.get("fail_reason"):
        return None
    return {"type": body.get("fail_type"), "reason": body.get("fail_reason"),
            "file": body.get("fail_user_frame_filename"), "line": body.get("fail_user_frame_lineno")}


def _add_runtime_autotune(frames: dict[str, FrameMetrics], trace: Trace) -> None:
    """Pointwise/reduction autotuning runs at the first call, after the compile: Dynamo reports
    it in compilation_metrics_runtime (torch 2.8+)."""
    for entry in trace.of_kind("compilation_metrics_runtime"):
        body = _body(entry)
        us = _num(body.get("runtime_triton_autotune_time_us"))
        if us:
            f = _frame(frames, str(body.get("compile_id") or entry.compile_id))
            f.runtime_autotune_s = (f.runtime_autotune_s or 0.0) + us / 1e6


def _add_triton_kernels(frames: dict[str, FrameMetrics], trace: Trace) -> None:
    """Per-kernel Triton compile info; its compile times sum to the frame's where no span timed them."""
    for cid, info in triton_kernel_info(trace).items():
        f = _frame(frames, cid)
        f.triton_kernels = info
        if f.triton_compile_s is None and info:
            f.triton_compile_s = sum((v.get("compile_time_us") or 0) for v in info.values()) / 1e6


def _ordered_frames(frames: dict[str, FrameMetrics], aggregated: set[str]) -> list[FrameMetrics]:
    """Frames by compile id, each told which null fields it leaves out of its JSON."""
    ordered = sorted(frames.values(), key=lambda f: _cid_key(f.compile_id))
    for f in ordered:  # a frame Dynamo reported writes its function, null when it has none
        f.absent = f.nulls_left_out(keep=(FRAME_AGGREGATES if f.compile_id in aggregated else ())
                                    + (("function",) if f.dynamo_metrics is not None else ()))
    return ordered


def _assemble(trace: Trace, ordered: list[FrameMetrics], breaks: list[dict[str, Any]], recompiles: list[dict[str, Any]],
              spans: list[Span], instants: list[Instant]) -> CompileMetrics:
    """The record: the ordered frames, their totals, and the trace-wide counts."""
    distinct_breaks = distinct(breaks)
    return CompileMetrics(
        frames=ordered,
        totals=CompileTotals(**{name: _total(getattr(f, field) for f in ordered) for name, field in TOTALS.items()}),
        # one dynamo_output_graph entry per FX graph Dynamo captured (forward; backward is derived)
        graph_count=sum(1 for _ in trace.of_kind("dynamo_output_graph")),
        graphs_compiled=sum(len(f.graphs) for f in ordered),
        # counted one way everywhere: distinct user locations; the events are kept beside them
        graph_breaks=distinct_breaks,
        graph_break_count=len(distinct_breaks),
        graph_break_events=len(breaks),
        recompiles=recompiles,
        cache=cache_events(instants),
        events=event_totals(spans),
        trace={"entries": len(trace.entries), "skipped_lines": trace.skipped_lines, "truncated": trace.truncated,
               "kinds": trace.kinds()},
    )


# CompileTotals field -> the frame field it adds up
TOTALS = {"compile_s": "total_s", **{name: name for name in ("dynamo_s", "aot_autograd_s", "inductor_s", "codegen_s",
                                                             "triton_compile_s", "cpp_compile_s", "autotune_s",
                                                             "runtime_autotune_s")}}


def triton_kernel_info(trace: Trace) -> dict[str, dict[str, dict[str, Any]]]:
    """{compile_id: {kernel: {compile_time_us, num_configs, autotune_cache_state}}} from the
    triton_kernel_info artifacts (torch 2.8+)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for entry in trace.artifacts("triton_kernel_info"):
        value = entry.json_payload()
        if isinstance(value, dict):
            target = out.setdefault(entry.compile_id or "unknown", {})
            for name, info in value.items():
                if isinstance(info, dict):
                    target[str(name)] = info
    return out


def _total(values) -> float | None:
    values = [v for v in values if v is not None]
    return sum(values) if values else None


def _cid_key(cid: str) -> tuple:
    parts = []
    for p in cid.replace("_", "/").split("/"):
        parts.append((0, int(p)) if p.isdigit() else (1, p))
    return tuple(parts)


def _function(body: dict[str, Any]) -> dict[str, Any] | None:
    if not body.get("co_name"):
        return None
    return {"name": body.get("co_name"), "file": body.get("co_filename"), "line": body.get("co_firstlineno")}


_METRIC_KEYS = (
    "entire_frame_compile_time_s",
    "backend_compile_time_s",
    "inductor_compile_time_s",
    "code_gen_time_s",
    "graph_op_count",
    "graph_node_count",
    "graph_input_count",
    "guard_count",
    "cache_size",
    "restart_reasons",
    "fail_type",
    "fail_reason",
    "structured_logging_overhead_s",
    "is_forward",
    "num_triton_bundles",
    "dynamo_cumulative_compile_time_us",
    "aot_autograd_cumulative_compile_time_us",
    "inductor_cumulative_compile_time_us",
    "inductor_code_gen_cumulative_compile_time_us",
    "triton_compile_time_us",
    "recompile_reason",
)


def _summary(body: dict[str, Any]) -> dict[str, Any]:
    """The fields of Dynamo's compilation_metrics that we show; unknown fields are left out."""
    return {k: body[k] for k in _METRIC_KEYS if k in body and body[k] not in (None, [], "")}


def cache_events(instants: list[Instant]) -> dict[str, dict[str, int]]:
    """{'fx_graph': {'hit': 1, 'miss': 0, ...}, 'autograd': {...}} from *_cache_{hit,miss,bypass}."""
    out: dict[str, dict[str, int]] = {}
    for event in instants:
        for outcome in ("hit", "miss", "bypass"):
            suffix = f"_cache_{outcome}"
            if event.name.endswith(suffix):
                cache = event.name[: -len(suffix)]
                counts = out.setdefault(cache, {"hit": 0, "miss": 0, "bypass": 0})
                counts[outcome] += 1
    return out


def event_totals(spans: list[Span]) -> list[dict[str, Any]]:
    """Every region the trace timed, with its count and total seconds (largest first)."""
    totals: dict[str, list[float]] = {}
    for s in spans:
        totals.setdefault(s.name, []).append(s.seconds)
    rows = [{"name": n, "count": len(v), "total_s": sum(v)} for n, v in totals.items()]
    return sorted(rows, key=lambda r: -r["total_s"])
