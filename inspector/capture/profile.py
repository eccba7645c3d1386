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
        if not kernels or "CPU" not in str(getattr(event, "device_type", "CPU")):
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
    for e in all_events:
        if str(getattr(e, "device_type", "")).endswith("CUDA"):
            dur = getattr(e, "device_time", None)
            if dur is None:
                dur = getattr(e, "cuda_time", 0.0)
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
        **per_call(device_records(all_events), calls),
    }
