"""Device kernels of profiled compiled calls, each tied to the wrapper call that launched it.

torch.profiler (public API) gives CPU events with the device kernels each one launched
(`FunctionEvent.kernels`, joined by correlation id) and their nesting (`cpu_parent`). Inductor
wraps every call of a compiled graph in a `## Call CompiledFxGraph <key> ##` record_function
(torch/_inductor/output_code.py, torch 2.4+) and every Triton launch in a record_function named
after the kernel (runtime/triton_heuristics.py). So a device kernel belongs to the compiled graph
when that region is among its CPU ancestors, and to the wrapper call that is the region's direct
child: `aten::mm` for `extern_kernels.mm`, `triton_poi_fused_...` for a Triton kernel. Kernels with
no such region were launched by the harness (random gradients, zeroing `.grad`, copies by the
autograd engine) and are kept apart, never attributed to the graph.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable

REGION = re.compile(r"^## Call CompiledFxGraph\b")
# CUPTI's own bookkeeping: torch 2.11 also listed some CUDA-graph replay kernels under it, which
# counted those kernels twice
PROFILER_INTERNAL = {"Activity Buffer Request"}


def _chain(event: Any) -> list[Any]:
    """The event and its CPU ancestors, innermost first."""
    out = []
    seen: set[int] = set()
    while event is not None and id(event) not in seen:
        seen.add(id(event))
        out.append(event)
        event = getattr(event, "cpu_parent", None)
    return out


def _start(event: Any) -> float:
    return float(getattr(getattr(event, "time_range", None), "start", 0) or 0)


def device_records(events: Iterable[Any]) -> list[dict[str, Any]]:
    """One record per device kernel launched by a CPU event, in launch order: its name, time (µs),
    the launching op, and the compiled-graph region and wrapper call it ran under (None outside)."""
    records = []
    for event in events:
        kernels = getattr(event, "kernels", None) or []
        if not kernels or "CPU" not in str(getattr(event, "device_type", "CPU")) \
                or str(getattr(event, "name", "")) in PROFILER_INTERNAL:
            continue
        chain = _chain(event)
        at = next((i for i, e in enumerate(chain) if REGION.match(str(getattr(e, "name", "")))), None)
        region = chain[at] if at is not None else None
        call = chain[at - 1] if at else (event if at == 0 else None)
        for index, kernel in enumerate(kernels):
            records.append({
                "name": str(getattr(kernel, "name", "?")),
                "us": float(getattr(kernel, "duration", 0.0) or 0.0),
                "op": str(getattr(event, "name", "?")),
                "start_us": _start(event),
                "index": index,
                "region": id(region) if region is not None else None,
                "region_start_us": _start(region) if region is not None else None,
                "call": str(getattr(call, "name", "?")) if call is not None else None,
                "call_id": id(call) if call is not None else None,
            })
    records.sort(key=lambda r: (r["start_us"], r["index"]))
    return records


def per_call(records: list[dict[str, Any]], calls: int) -> dict[str, Any]:
    """Split the records of `calls` identical calls: the compiled graphs' kernels of one call (times
    averaged over the calls when every call launched the same sequence) and the harness's kernels
    per call."""
    regions = sorted({(r["region_start_us"], r["region"]) for r in records if r["region"] is not None})
    per = len(regions) // calls if calls and regions and len(regions) % calls == 0 else len(regions)
    groups: list[list[dict[str, Any]]] = []
    for c in range(max(calls, 1)):
        ids = {rid for _, rid in regions[c * per:(c + 1) * per]}
        groups.append([r for r in records if r["region"] in ids])
    first = groups[0] if groups else []
    same = all([r["name"] for r in g] == [r["name"] for r in first] for g in groups)
    graph_index = {rid: i for i, (_, rid) in enumerate(regions[:per])}
    call_numbers: dict[int, int] = {}
    launches = []
    for position, r in enumerate(first):
        us = sum(g[position]["us"] for g in groups) / len(groups) if same else r["us"]
        number = call_numbers.setdefault(r["call_id"], len(call_numbers))
        launches.append({"name": r["name"], "us": us, "op": r["op"], "call": r["call"], "call_index": number,
                         "graph_index": graph_index.get(r["region"])})
    harness: dict[str, dict[str, float]] = {}
    for r in records:
        if r["region"] is None:
            h = harness.setdefault(r["name"], {"launches_per_call": 0.0, "us_per_call": 0.0})
            h["launches_per_call"] += 1 / max(calls, 1)
            h["us_per_call"] += r["us"] / max(calls, 1)
    return {"graph_regions_per_call": per, "times_averaged": same and len(groups) > 1,
            "launches": launches, "harness_kernels": harness}


def profile_kernels(fn: Callable[[], Any], calls: int) -> dict[str, Any]:
    """GPU kernel events of `calls` calls: per-call order and time per kernel, and each kernel tied
    to the compiled graph's wrapper call that launched it (GPU only: needs CUDA)."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    fn()
    torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CPU, ProfilerActivity.CUDA]) as prof:
        for _ in range(calls):
            fn()
        torch.cuda.synchronize()
    all_events = list(prof.events())
    events = []
    seen: set[tuple[str, float]] = set()
    for e in all_events:
        if str(getattr(e, "device_type", "")).endswith("CUDA"):
            dur = getattr(e, "device_time", None)
            if dur is None:
                dur = getattr(e, "cuda_time", 0.0)
            key = (str(e.name), _start(e))
            if key in seen:  # the same device event reached twice (CUPTI buffer bookkeeping)
                continue
            seen.add(key)
            events.append({"name": e.name, "start_us": _start(e), "us": float(dur)})
    events.sort(key=lambda e: e["start_us"])
    per_call_n = len(events) // calls if calls else 0
    totals: dict[str, dict[str, float]] = {}
    for e in events:
        t = totals.setdefault(e["name"], {"count": 0, "total_us": 0.0})
        t["count"] += 1
        t["total_us"] += e["us"]
    return {
        "calls": calls,
        "launches_per_call": per_call_n,
        "order": [e["name"] for e in events[:per_call_n]],
        "kernels": {
            name: {"launches_per_call": t["count"] / calls, "us_per_call": t["total_us"] / calls}
            for name, t in totals.items()
        },
        "span": device_span(events, calls),
        **per_call(device_records(all_events), calls),
    }


def device_span(events: list[dict[str, Any]], calls: int) -> dict[str, Any]:
    """Per call: the device span of the back-to-back calls (first start to last end, kernels,
    copies and memsets alike) and the time at least one of them ran; the difference is the device
    idle between launches. The calls run without a synchronization between them, as in the
    steady-state timing, so the host's lead hides launch overhead wherever the device is busier."""
    spans = sorted((e["start_us"], e["start_us"] + max(e["us"], 0.0)) for e in events)
    if not spans or calls <= 0:
        return {}
    busy, current_start, current_end = 0.0, spans[0][0], spans[0][1]
    for start, end in spans[1:]:
        if start > current_end:
            busy += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    busy += current_end - current_start
    whole = max(end for _, end in spans) - spans[0][0]
    return {"us_per_call": whole / calls, "busy_us_per_call": busy / calls, "calls": calls,
            "method": "device events of back-to-back calls: first start to last end"}


STEP = "## inspector step ##"  # the record_function around each profiled step on the CPU
_CPP_KERNEL = re.compile(r"^graph_\d+_(?=cpp_)")  # RECORD_FUNCTION names carry the graph's prefix


def profile_cpu(fn: Callable[[], Any], calls: int) -> dict[str, Any]:
    """CPU time of `calls` steps under torch.profiler, each inside a STEP region: the C++ kernels
    (with cpp.enable_kernel_profile each runs in a RECORD_FUNCTION named after it) and the extern
    ATen ops that are direct children of a compiled graph's region, as cpu_records() reads them."""
    from torch.profiler import ProfilerActivity, profile, record_function

    fn()
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        for _ in range(calls):
            with record_function(STEP):
                fn()
    return cpu_records(list(prof.events()), calls)


def _duration(event: Any) -> float:
    span = getattr(event, "time_range", None)
    return float(getattr(span, "end", 0) or 0) - float(getattr(span, "start", 0) or 0)


def cpu_records(events: list[Any], calls: int) -> dict[str, Any]:
    """The profile of the step whose duration is the median of the profiled ones (a whole step, so
    its parts add up; the first steps after the profiler starts run slower): the direct children
    of each compiled region as launches, top-level ATen ops outside the regions (gradient
    accumulation) as harness work, and the step's span."""
    steps = sorted((e for e in events if getattr(e, "name", None) == STEP), key=_duration)
    if not steps:
        return {"calls": calls, "launches": [], "harness_kernels": {}}
    step = steps[len(steps) // 2]
    launches: list[dict[str, Any]] = []
    harness: dict[str, dict[str, float]] = {}
    regions: dict[int, int] = {}
    for event in sorted(events, key=_start):
        chain = _chain(event)
        if not any(e is step for e in chain[1:]):
            continue
        names = [str(getattr(e, "name", "")) for e in chain]
        at = next((i for i, n in enumerate(names) if REGION.match(n)), None)
        if at == 1:
            region = regions.setdefault(id(chain[1]), len(regions))
            name = _CPP_KERNEL.sub("", names[0])
            launches.append({"name": name, "us": _duration(event), "op": names[0], "call": names[0],
                             "call_index": len(launches), "graph_index": region})
        elif at is None and names[0].startswith("aten::") and not names[1].startswith("aten::"):
            h = harness.setdefault(names[0], {"launches_per_call": 0.0, "us_per_call": 0.0})
            h["launches_per_call"] += 1
            h["us_per_call"] += _duration(event)
    busy = sum(l["us"] for l in launches) + sum(h["us_per_call"] for h in harness.values())
    totals: dict[str, dict[str, float]] = {}
    for launch in launches:
        t = totals.setdefault(launch["name"], {"launches_per_call": 0.0, "us_per_call": 0.0})
        t["launches_per_call"] += 1
        t["us_per_call"] += launch["us"]
    return {"calls": calls, "device": "cpu", "launches_per_call": len(launches), "kernels": totals,
            "graph_regions_per_call": len(regions), "launches": launches, "harness_kernels": harness,
            "span": {"us_per_call": _duration(step), "busy_us_per_call": busy, "calls": calls,
                     "method": f"the median of {len(steps)} profiled steps"}}
