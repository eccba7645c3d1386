"""Which device kernels each extern call of the wrapper ran (cuBLAS `mm`, `aten.randint`, ...).

Two sources, best first:
- "profiler": profile.json `launches` (capture/profile.py) ties every device kernel to the wrapper
  call that launched it inside a compiled graph. An extern owns exactly the kernels of the next
  `aten::<op>` call; kernels the harness launched outside the graph are never candidates.
- "launch order": older captures only have the order of one call's device kernels. The kernels
  between two generated kernels are shared among the externs in that gap by kind: a GEMM/conv
  extern takes the next library GEMM kernel (with the memsets just before it and a split-K
  reduction just after), any other extern the next non-library kernel. What no extern takes is
  reported as unattributed (harness kernels land there), never folded into a neighbour.
- "CUDA graph order": a graph that CUDA graphs replay has no per-op ranges, only the replay's
  kernels under the graph's call; externs the profiler left unmatched take those kernels by the
  launch-order rule above.
An extern that gets no kernel is marked `attribution: "unmatched"` rather than left silently empty.
"""

from __future__ import annotations

import re
from typing import Any

LIBRARY_KERNEL = re.compile(r"gemm|gemv|nvjet|cutlass|cublas|xmma|splitK|Kernel2|sm\d{2,3}_|ampere_|volta_|turing_|"
                            r"cudnn|implicit_convolve|winograd|conv2d|convolution", re.I)
MEMORY_OP = re.compile(r"^(Memset|Memcpy)\b", re.I)
SPLIT_K_TAIL = re.compile(r"splitK|reduce", re.I)
# extern ops that run a library GEMM or convolution
LIBRARY_OPS = {"mm", "addmm", "bmm", "baddbmm", "_int_mm", "_scaled_mm", "addmv", "mv", "matmul", "linear",
               "convolution", "_convolution", "cudnn_convolution", "_mm_plus_mm", "addbmm"}


def extern_op(target: str) -> str:
    """'extern_kernels.mm' -> 'mm', 'aten.randint.low_out' -> 'randint',
    'torch.ops.aten._scaled_mm.default' -> '_scaled_mm'."""
    parts = target.split(".")
    if "aten" in parts and parts.index("aten") + 1 < len(parts):
        return parts[parts.index("aten") + 1]
    if parts[0] == "extern_kernels" and len(parts) > 1:
        return parts[1]
    return parts[-1]


def _matches(call: str | None, op: str) -> bool:
    return bool(call) and (call == f"aten::{op}" or call.rsplit("::", 1)[-1] == op)


def attribute(launches: list[dict[str, Any]], profile: dict[str, Any], generated: set[str],
              measured: dict[str, dict[str, float]]) -> dict[str, Any]:
    """Set device_kernels, measured_us_per_call and attribution on every extern launch; return
    what no launch owns: {"method", "unattributed": [...], "harness_kernels": {...}}."""
    if isinstance(profile.get("launches"), list):
        result = _by_profiler(launches, profile["launches"], generated)
    else:
        result = _by_order(launches, profile.get("order") or [], generated, measured)
    result["harness_kernels"] = profile.get("harness_kernels") or {}
    return result


def _by_profiler(launches, device: list[dict[str, Any]], generated: set[str]) -> dict[str, Any]:
    groups: list[dict[str, Any]] = []  # consecutive kernels of one wrapper call
    for d in device:
        if not groups or groups[-1]["call_index"] != d.get("call_index"):
            groups.append({"call": d.get("call"), "call_index": d.get("call_index"), "graph_index": d.get("graph_index"), "kernels": []})
        groups[-1]["kernels"].append(d)
    used = [False] * len(groups)
    position = 0
    for launch in launches:
        extern = launch.get("kind") == "extern"
        op = extern_op(launch["target"]) if extern else launch["target"]
        found = next((j for j in range(position, len(groups)) if _matches(groups[j]["call"], op) or groups[j]["call"] == op), None)
        if extern:
            _assign(launch, [k["name"] for k in groups[found]["kernels"]] if found is not None else [],
                    sum(k.get("us") or 0.0 for k in groups[found]["kernels"]) if found is not None else None, "profiler")
        if found is not None:
            used[found] = True
            position = found + 1
    replayed = [i for i, g in enumerate(groups) if not used[i] and GRAPH_CALL.match(str(g["call"] or ""))]
    if replayed and any(l.get("attribution") == "unmatched" for l in launches):
        _by_replay(launches, [groups[i] for i in replayed], generated)
        for i in replayed:
            used[i] = True
    unattributed = [{"call": g["call"], "kernels": [k["name"] for k in g["kernels"]],
                     "us_per_call": sum(k.get("us") or 0.0 for k in g["kernels"])} for g, u in zip(groups, used) if not u]
    return {"method": "profiler", "unattributed": unattributed}


GRAPH_CALL = re.compile(r"^## Call CompiledFxGraph")  # the range around one compiled graph's call


def _by_replay(launches, replays: list[dict[str, Any]], generated: set[str]) -> None:
    """Externs left unmatched, placed by launch order among the kernels of CUDA-graph replays."""
    order = [k["name"] for g in replays for k in g["kernels"]]
    measured: dict[str, dict[str, float]] = {}
    for g in replays:
        for k in g["kernels"]:
            m = measured.setdefault(k["name"], {"us_per_call": 0.0, "launches_per_call": 0.0})
            m["us_per_call"] += k.get("us") or 0.0
            m["launches_per_call"] += 1.0
    pending = [l for l in launches if l.get("kind") != "extern" or l.get("attribution") == "unmatched"]
    _by_order(pending, order, generated, measured, "CUDA graph order")


def _assign(launch: dict[str, Any], names: list[str], us: float | None, method: str) -> None:
    launch["device_kernels"] = names
    launch["measured_us_per_call"] = us if names else None
    launch["attribution"] = method if names else "unmatched"


def _by_order(launches, order: list[str], generated: set[str], measured, method: str = "launch order") -> dict[str, Any]:
    unattributed: list[dict[str, Any]] = []
    position = 0
    pending: list[dict[str, Any]] = []

    def share(upto: int) -> None:
        gap = order[position:upto]
        taken = _share_gap(pending, gap, measured, method)
        rest = [name for i, name in enumerate(gap) if i not in taken]
        if rest:
            unattributed.append({"call": None, "kernels": rest, "us_per_call": None})
        pending.clear()

    for launch in launches:
        if launch.get("kind") == "extern":
            pending.append(launch)
        elif launch["target"] in order[position:]:
            at = order.index(launch["target"], position)
            share(at)
            position = at + 1
    share(len(order))
    return {"method": method, "unattributed": unattributed}


def _share_gap(externs: list[dict[str, Any]], gap: list[str], measured, method: str) -> set[int]:
    taken: set[int] = set()
    cursor = 0
    for launch in externs:
        library = extern_op(launch["target"]) in LIBRARY_OPS
        hit = next((i for i in range(cursor, len(gap)) if not MEMORY_OP.match(gap[i])
                    and bool(LIBRARY_KERNEL.search(gap[i])) == library), None)
        if hit is None:
            _assign(launch, [], None, method)
            continue
        start, end = hit, hit + 1
        while start > cursor and MEMORY_OP.match(gap[start - 1]):
            start -= 1
        while library and end < len(gap) and SPLIT_K_TAIL.search(gap[end]) and LIBRARY_KERNEL.search(gap[end]):
            end += 1
        names = gap[start:end]
        us = sum(measured.get(n, {}).get("us_per_call", 0.0) / max(measured.get(n, {}).get("launches_per_call", 1.0), 1.0)
                 for n in names)
        _assign(launch, names, us, method)
        taken.update(range(start, end))
        cursor = end
    return taken
