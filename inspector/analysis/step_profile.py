"""Where one compiled call's time goes: parts that add up to the measured call.

Pure functions over what a capture stored (profile.json, kernels.json, results.json, the CUDA
graph facts of compile_metrics.json). One call of the compiled step is split into:
- one part per unique generated kernel of each graph (Triton or C++): launches per call, time
  per call over all its launches, share of the call, and its bound when counters were read;
- extern calls by library and graph: cuBLAS (nvjet, cutlass, sm90 gemm kernels), cuDNN,
  flash / memory-efficient attention, other ATen ops;
- copies (CUDA-graph input copies, copy_ ops, memcpy) and memsets;
- what ran outside the compiled graphs but inside the step (the autograd engine's gradient
  accumulation, the harness's upstream gradient);
- device idle between launches (the host did not launch work fast enough): the profiled span of
  a call minus the time any launch of it was busy. A profile made before spans were recorded
  has no span, and the profiler slows the host itself (on the CPU always; on a GPU where the
  host launches hundreds of small kernels, it adds its own work to every launch: a GPT-2-small
  step on an H100 profiled a 20.8 ms span for a 17.4 ms call): there the idle (host) part is the
  measured call time minus the busy time instead, the span is kept beside it, and it says so.

The parts add up to the profiled span (or the measured time) exactly; `agreement` says how far
that is from the steady-state time the capture measured separately (on the GPU, the check the
tests make: within 5%).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from inspector.analysis.bounds import Rates, classify, counters_from_record

SPAN_AGREEMENT = 0.05  # a profiled span further than this from the timed call is not the call's own
KERNEL, LIBRARY, COPIES, MEMSET, OUTSIDE, IDLE = "kernel", "library", "copies", "memset", "outside graphs", "idle"

_MEMCPY = re.compile(r"^Memcpy\b", re.I)
_MEMSET = re.compile(r"^Memset\b", re.I)
_COPY_OPS = {"aten::copy_", "aten::_foreach_copy_", "aten::_to_copy", "aten::clone", "aten::index_copy_"}
# CUPTI's own bookkeeping: older profiles tied copies of real kernels to it, counted twice
_PROFILER_INTERNAL = {"Activity Buffer Request"}
_GENERATED = re.compile(r"^(triton_|cpp_|cpp_fused|kernel_cpp)")
_ATTENTION_OP = re.compile(r"_(flash|efficient|cudnn)_attention|scaled_dot_product", re.I)
# (library, pattern over the device kernel's name) in the order they are tried
_LIBRARIES = (
    ("flash attention", re.compile(r"flash_fwd|flash_bwd|pytorch_flash|fmha_.*flash", re.I)),
    ("memory-efficient attention", re.compile(r"fmha|efficient_attention|mem_eff|cutlassF|cutlassB", re.I)),
    ("cuDNN", re.compile(r"cudnn", re.I)),
    ("cuBLAS", re.compile(r"nvjet|cutlass|gemm|gemv|cublas|xmma|splitK|sm\d{2,3}_|ampere_|volta_|turing_|hopper_", re.I)),
)
TERMINAL_ROWS = 15


@dataclass
class Part:
    key: str
    label: str
    group: str  # KERNEL, LIBRARY, COPIES, MEMSET, OUTSIDE or IDLE
    graph: str | None  # forward / backward / inference, None outside any graph
    launches_per_call: float
    us_per_call: float
    share: float = 0.0  # of the parts' total
    bound: str | None = None
    detail: str = ""


@dataclass
class StepProfile:
    parts: list[Part]  # ranked by time per call, largest first
    total_us: float  # the parts' sum: the profiled span of one call
    measured_us: float | None  # the steady-state median the capture timed separately
    busy_us: float
    launches_per_call: float
    device: str  # "cuda" or "cpu"
    idle_method: str  # "span" (profiled) or "measured" (measured time - busy: no span, or a span the profiler inflated)
    graphs: list[str] = field(default_factory=list)
    span_us: float | None = None  # the profiled span of one call, where one was recorded

    @property
    def agreement(self) -> float | None:
        """|parts - measured| / measured (None when the call was not timed)."""
        if not self.measured_us:
            return None
        return abs(self.total_us - self.measured_us) / self.measured_us

    def top(self, n: int = TERMINAL_ROWS) -> tuple[list[Part], dict[str, float]]:
        """The n largest parts and what the rest add up to: parts, launches per call, µs, share."""
        rest = self.parts[n:]
        return self.parts[:n], {"parts": float(len(rest)), "launches": sum(p.launches_per_call for p in rest),
                                "us": sum(p.us_per_call for p in rest), "share": sum(p.share for p in rest)}


def short_kernel(name: str) -> str:
    """A device kernel's own name, without the return type, namespaces and template arguments
    that make ATen's demangled names hundreds of characters long."""
    base = name.removeprefix("void ").replace("(anonymous namespace)::", "").split("<")[0].split("(")[0]
    return base.rsplit("::", 1)[-1] or name[:60]


def graph_name(label: str | None) -> str | None:
    """'0_forward' -> 'forward'; None and unknown labels as they are."""
    if not label:
        return None
    tail = str(label).rpartition("_")[2]
    return tail if tail in ("forward", "backward", "inference") else str(label)


def library_of(name: str, op: str | None) -> str:
    """The library an extern call's device kernel belongs to: by its op first (attention ops name
    their backend), then by the kernel's name; 'other ATen' when neither says."""
    op = op or ""
    if _ATTENTION_OP.search(op):
        if "cudnn" in op:
            return "cuDNN"
        if "flash" in op:
            return "flash attention"
        if "efficient" in op:
            return "memory-efficient attention"
    for library, pattern in _LIBRARIES:
        if pattern.search(name):
            return library
    return "other ATen"


def classify_launch(name: str, op: str | None, generated: set[str], graph_copies: bool) -> tuple[str, str]:
    """(group, label) of one device launch inside a compiled graph."""
    if name in generated or _GENERATED.match(name):
        return KERNEL, name
    if _MEMSET.match(name):
        return MEMSET, "memsets"
    if _MEMCPY.match(name):
        return COPIES, name.split("(")[0].strip() or "memcpy"
    # a CUDA-graph replay has no per-op records: a copy op seen inside the graph's call is the
    # copy of an input into the graph's static buffer (cudagraph trees), not an op of the graph
    if op in _COPY_OPS:
        return COPIES, "CUDA-graph input copies" if graph_copies else f"copies ({op})"
    library = library_of(name, op)
    return LIBRARY, f"ATen {op.removeprefix('aten::')}" if library == "other ATen" and op else library


def _launches(profile: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """One call's launches inside the compiled graphs; a profile from before launches were tied to
    their graph has only per-name totals, taken as launches of no known graph."""
    if isinstance(profile.get("launches"), list):
        return [l for l in profile["launches"] if isinstance(l, Mapping) and l.get("op") not in _PROFILER_INTERNAL]
    totals = profile.get("kernels") if isinstance(profile.get("kernels"), Mapping) else {}
    out: list[Mapping[str, Any]] = []
    for name, t in totals.items():
        if isinstance(t, Mapping) and _num(t.get("launches_per_call")) > 0:
            n = _num(t.get("launches_per_call"))
            out += [{"name": name, "us": _num(t.get("us_per_call")) / n}] * max(int(round(n)), 1)
    return out


def _bounds(counters: Mapping[str, Any] | None) -> dict[str, str]:
    """Kernel name -> bound kind, from kernels.json's counters block (first launch of each)."""
    block = counters if isinstance(counters, Mapping) else {}
    rate = block.get("copy_gb_per_s")
    records = block.get("kernels") if isinstance(block.get("kernels"), list) else []
    if not isinstance(rate, (int, float)) or rate <= 0:
        return {}
    out: dict[str, str] = {}
    for rec in records:
        if isinstance(rec, Mapping) and rec.get("name") and rec["name"] not in out:
            try:
                out[str(rec["name"])] = classify(counters_from_record(rec), Rates(rate * 1e9)).kind
            except (TypeError, ValueError, KeyError):
                continue
    return out


def _num(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def build(profile: Mapping[str, Any] | None, kernels: Iterable[Mapping[str, Any]] = (),
          graph_labels: list[str | None] | None = None, measured_ms: float | None = None,
          cudagraphs_used: bool = False, counters: Mapping[str, Any] | None = None,
          device: str = "cuda") -> StepProfile | None:
    """The step profile of one capture (None without per-launch profile records).

    profile: profile.json (launches of one call inside the compiled graphs, harness kernels per
    call, the span per call); kernels: kernels.json's records (name, graph); graph_labels: the
    graph of each compiled region in call order (kernels.json launches' `graph`, first seen
    first); measured_ms: results.json's steady compiled median."""
    if not isinstance(profile, Mapping) or not _launches(profile):
        return None
    records = {str(k.get("name")): k for k in kernels if isinstance(k, Mapping) and k.get("name")}
    labels = graph_labels or []
    bounds = _bounds(counters)
    parts: dict[tuple[str, str | None, str], Part] = {}
    members: dict[tuple[str, str | None, str], dict[str, list[float]]] = {}  # a group's device kernels

    def add(group: str, label: str, graph: str | None, launches: float, us: float, name: str) -> None:
        key = (group, graph, label)
        part = parts.get(key)
        if part is None:
            part = parts[key] = Part(f"{group}:{graph or '-'}:{label}", label, group, graph, 0.0, 0.0,
                                     bound=bounds.get(label) if group == KERNEL else None)
        part.launches_per_call += launches
        part.us_per_call += us
        if group != KERNEL:
            m = members.setdefault(key, {}).setdefault(short_kernel(name), [0.0, 0.0])
            m[0], m[1] = m[0] + launches, m[1] + us

    for launch in _launches(profile):
        name, op = str(launch.get("name", "?")), launch.get("op")
        index = launch.get("graph_index")
        graph = graph_name(labels[index]) if isinstance(index, int) and 0 <= index < len(labels) else None
        group, label = classify_launch(name, op if isinstance(op, str) else None, set(records), cudagraphs_used)
        if group == KERNEL and name in records:
            graph = graph_name(records[name].get("graph")) or graph
        add(group, label, graph, 1.0, _num(launch.get("us")), name)
    harness = profile.get("harness_kernels") if isinstance(profile.get("harness_kernels"), Mapping) else {}
    for name, h in harness.items():
        if isinstance(h, Mapping):
            add(OUTSIDE, "outside the compiled graphs (gradient accumulation, the step's own ops)", None,
                _num(h.get("launches_per_call")), _num(h.get("us_per_call")), str(name))
    for key, kernels_of in members.items():  # which device kernels a library or copy part ran, largest first
        top = sorted(kernels_of.items(), key=lambda kv: -kv[1][1])
        parts[key].detail = ", ".join(f"{n} {c:.0f}x {us:.1f} µs" for n, (c, us) in top[:3]) + \
            (f", {len(top) - 3} more" if len(top) > 3 else "")
    busy = sum(p.us_per_call for p in parts.values())
    launches = sum(p.launches_per_call for p in parts.values())
    span = profile.get("span") if isinstance(profile.get("span"), Mapping) else {}
    measured_us = measured_ms * 1e3 if isinstance(measured_ms, (int, float)) and measured_ms > 0 else None
    span_us, method = _num(span.get("us_per_call")), "span"
    busy_union = _num(span.get("busy_us_per_call")) or busy
    # On the CPU the profiler's own records slow the host between kernels: a tiny training step
    # measured 620-683 µs and profiled 820-1129 µs (2-core CPU, torch 2.13), while its kernels
    # kept their time. So there the host's part is the measured time minus the kernels'.
    profiled_span = span_us if span_us > 0 else None
    # On a GPU the span stands where it agrees with the timed call (within SPAN_AGREEMENT); a span
    # further off measured the profiler's own per-launch work, not the step's host overhead.
    inflated = device == "cuda" and measured_us and span_us > 0 and abs(span_us - measured_us) > SPAN_AGREEMENT * measured_us
    if span_us <= 0 or (device != "cuda" and measured_us) or inflated:
        span_us, method, busy_union = (measured_us or span_us or busy), "measured", busy
    idle = max(span_us - busy_union, 0.0)  # launches slower than the timed call leave no idle, not a negative one
    host = "host overhead: the device idle between launches" if device == "cuda" else \
        "host overhead: Python wrapper, autograd engine, between kernels"
    if method == "measured":
        host += " (measured time - kernel time)"
    ordered = list(parts.values())
    if abs(busy - busy_union) > 1e-6 * max(busy, 1.0):  # launches that overlapped (several streams)
        ordered.append(Part("overlap", "launches running at the same time (counted once)", IDLE, None, 0.0,
                            busy_union - busy))
    ordered.append(Part("idle", host, IDLE, None, 0.0, idle))
    total = sum(p.us_per_call for p in ordered)
    for p in ordered:
        p.share = p.us_per_call / total if total else 0.0
    ordered.sort(key=lambda p: -abs(p.us_per_call))
    graphs = [g for g in dict.fromkeys(graph_name(l) for l in labels) if g]
    return StepProfile(ordered, total, measured_us, busy_union, launches, device, method, graphs, profiled_span)


def from_files(profile: Any, kernels_json: Any, results: Any, metrics: Any) -> StepProfile | None:
    """build() from the loaded capture files (any of them missing or of the wrong type: left out)."""
    kj = kernels_json if isinstance(kernels_json, Mapping) else {}
    res = results if isinstance(results, Mapping) else {}
    cg = (metrics or {}).get("cudagraphs") if isinstance(metrics, Mapping) else None
    launches = kj.get("launches") if isinstance(kj.get("launches"), list) else []
    labels = list(dict.fromkeys(l.get("graph") for l in launches if isinstance(l, Mapping)))
    measured = ((res.get("steady") or {}).get("compiled") or {}).get("median_ms") if isinstance(res.get("steady"), Mapping) else None
    return build(profile if isinstance(profile, Mapping) else kj.get("profile"),
                 kj.get("kernels") if isinstance(kj.get("kernels"), list) else [], labels, measured,
                 bool(isinstance(cg, Mapping) and cg.get("used")), kj.get("counters"),
                 str(res.get("device") or "cuda"))


@dataclass
class PartDelta:
    label: str
    group: str
    graph: str | None
    us_a: float | None  # None: the part is not in that run
    us_b: float | None

    @property
    def delta_us(self) -> float:
        return (self.us_b or 0.0) - (self.us_a or 0.0)


def difference(a: StepProfile | None, b: StepProfile | None) -> list[PartDelta]:
    """The parts of two runs matched by kind, name and graph, largest change first. Their deltas
    add up to the parts' totals' difference; when both runs were timed, one more row takes what
    separates the profiled spans from the measured calls, so the deltas add up to the measured
    difference. Empty unless both runs have a step profile."""
    if a is None or b is None:
        return []
    rows: dict[tuple[str, str | None, str], PartDelta] = {}
    for side, profile in (("a", a), ("b", b)):
        for p in profile.parts:
            # idle and overlap are one part each per run, whatever their label says
            key = (p.group, p.graph, p.key if p.group == IDLE else p.label)
            row = rows.setdefault(key, PartDelta(p.label, p.group, p.graph, None, None))
            setattr(row, f"us_{side}", (getattr(row, f"us_{side}") or 0.0) + p.us_per_call)
    out = sorted(rows.values(), key=lambda r: -abs(r.delta_us))
    if a.measured_us and b.measured_us:
        rest_a, rest_b = a.measured_us - a.total_us, b.measured_us - b.total_us
        if abs(rest_b - rest_a) > 1e-9:
            out.append(PartDelta("steady-state timing vs the profiled span", IDLE, None, rest_a, rest_b))
    return out
