"""View model of `inspect diff NAME`: generated kernel(s) vs the handwritten kernel, ready to print.

`build_diff(run_dir)` collects (call graph, anatomies, handwritten kernel, bench rows, findings)
and flattens them into strings and rows; diff_render.py prints them (rich) or lays them out (HTML)
without computing anything. Missing pieces (no handwritten kernel, a failed capture, an
unreadable kernel) become notes on the view, never exceptions.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from inspector.analysis import handwritten as hw_mod
from inspector.analysis.anatomy import AnatomyError, KernelAnatomy
from inspector.analysis.bounds import KernelCounters, capture_counters
from inspector.analysis.ptx import PtxMix
from inspector.analysis.callgraph import CallGraph, build
from inspector.analysis.findings import Finding, Measured, findings, measured_dram
from inspector.core.units import mib
from inspector.analysis.normalize import normalize, side_by_side, unified
from inspector.report import fusion_view
from inspector.store import bench_dir, load_optional


@dataclass
class DiffView:
    experiment: str
    run_dir: Path
    run_id: str
    header: str  # shape, dtype, device, versions
    status: str
    columns: list[str]  # kernel names: generated ones, then the handwritten one
    anatomy_rows: list[tuple[str, list[str]]]
    launch_rows: list[list[str]]
    intermediate_rows: list[list[str]]
    bytes_line: str
    measured_rows: list[list[str]]
    measured_source: str
    findings: list[Finding]
    generated_source: str = ""  # normalized
    handwritten_source: str = ""
    generated_label: str = ""
    handwritten_label: str = ""
    rows: list[tuple[str, str, str]] = field(default_factory=list)  # side-by-side diff rows
    unified: str = ""
    notes: list[str] = field(default_factory=list)
    fusion_lines: list[str] = field(default_factory=list)  # why not fused, grouped (report/fusion_view)


def _counts(d: dict[str, int]) -> str:
    return ", ".join(f"{k} x{v}" if v > 1 else k for k, v in d.items()) or "-"


def _bits(d: dict[int, int]) -> str:
    return ", ".join(f"{n}x {b}-bit" for b, n in sorted(d.items(), reverse=True)) or "-"


def _pointer_text(a: KernelAnatomy, buffers: dict[str, str], sizes: dict[str, int]) -> list[str]:
    out = []
    for p, use in a.pointers.items():
        buf = buffers.get(p)
        where = f" = {buf} ({mib(sizes[buf])})" if buf and buf in sizes else ""
        parts = []
        if use.loads:
            parts.append(f"{use.loads} load{'s' if use.loads > 1 else ''} in {use.load_passes} pass{'es' if use.load_passes > 1 else ''}")
        if use.stores:
            parts.append(f"{use.stores} store{'s' if use.stores > 1 else ''}")
        if use.read_back:
            parts.append("read back")
        out.append(f"{p}{where}: {', '.join(parts)}")
    return out


def anatomy_rows(kernels: list[KernelAnatomy], graph: CallGraph | None) -> list[tuple[str, list[str]]]:
    """(label, one cell per kernel) rows of the side-by-side anatomy table."""
    launch_of = {l.target: l for l in graph.launches} if graph else {}

    def cell(a: KernelAnatomy, what: str) -> str:
        launch = launch_of.get(a.name)
        if what == "pointers":
            return "\n".join(_pointer_text(a, launch.pointer_buffers if launch else {}, launch.buffer_bytes if launch else {})) or "-"
        if what == "block":
            known = {k: v for k, v in a.constexprs.items() if v is not None and k not in ("num_warps", "num_stages")}
            return " ".join(f"{k}={v}" for k, v in known.items()) or "-"
        if what == "warps" and a.kind.startswith("cpp"):  # OpenMP threads, not warps: see the constexprs row
            return "-"
        if what == "warps":
            return f"{a.num_warps if a.num_warps is not None else '?'} / {a.num_stages if a.num_stages is not None else '?'}"
        if what == "regs":
            if a.n_regs is None and a.n_spills is None:
                return "-"
            return f"{a.n_regs if a.n_regs is not None else '?'} / {a.n_spills if a.n_spills is not None else '?'} / {a.shared_bytes if a.shared_bytes is not None else '?'}"
        ptx: PtxMix | None = a.ptx
        if what == "ptx_n":
            return f"{ptx.instructions}" + ("" if ptx.origin == "captured" else " *") if ptx else "-"
        if what == "ptx_ld":
            return _bits(ptx.global_loads) if ptx else "-"
        if what == "ptx_st":
            return _bits(ptx.global_stores) if ptx else "-"
        if what == "ptx_sfu":
            return _counts(ptx.special) if ptx else "-"
        if what == "time":
            return f"{a.measured_us:.1f} µs" if a.measured_us else "-"
        return "-"

    rows = [
        ("origin", [a.origin for a in kernels]),
        ("kind", [a.kind for a in kernels]),
        ("loads / stores per pointer", [cell(a, "pointers") for a in kernels]),
        ("loops", [str(a.loops) for a in kernels]),
        ("reductions", [_counts(a.reductions) for a in kernels]),
        ("random numbers", [_counts(a.rng) for a in kernels]),
        ("math calls", [_counts(a.math) for a in kernels]),
        ("tl.dot", [str(a.dots) for a in kernels]),
        ("masked loads / stores", [f"{a.masked_loads} / {a.masked_stores}" for a in kernels]),
        ("block sizes / constexprs", [cell(a, "block") for a in kernels]),
        ("warps / stages", [cell(a, "warps") for a in kernels]),
        ("registers / spills / shared B", [cell(a, "regs") for a in kernels]),
        ("PTX instructions (static)", [cell(a, "ptx_n") for a in kernels]),
        ("PTX global loads", [cell(a, "ptx_ld") for a in kernels]),
        ("PTX global stores", [cell(a, "ptx_st") for a in kernels]),
        ("PTX special-function ops", [cell(a, "ptx_sfu") for a in kernels]),
        ("measured per call", [cell(a, "time") for a in kernels]),
    ]
    return rows


def bench_measured(root: Path, experiment: str, shape: list[int] | None, dtype: str | None, device: str | None,
                   notes: list[str] | None = None, device_name: str | None = None) -> Measured | None:
    """The newest bench result for this experiment/shape/dtype/device under root/_bench/*.csv, from
    the same GPU model when the capture names one (an H100 bench never explains an H200 capture);
    an unreadable CSV is skipped with a note naming it."""
    from inspector.core.spread import spread_of
    from inspector.bench.table import read_csv

    folder = bench_dir(root)
    if not folder.is_dir() or not shape:
        return None
    want = "x".join(str(d) for d in shape)
    best: tuple[str, dict[tuple[str, str], float], str] | None = None
    for path in sorted(folder.glob("*.csv")):
        try:
            rows = read_csv(path)
        except (OSError, ValueError) as exc:  # pandas' ParserError is a ValueError
            if notes is not None:
                notes.append(f"{path}: skipped, corrupt or truncated bench CSV ({str(exc).splitlines()[0][:160]})")
            continue
        copies = {r.timestamp: r.value for r in rows if r.experiment == "_copy" and r.metric == "gb_per_s"}
        for r in rows:
            # r.phase: another pass than the one a capture compiles
            if (r.experiment != experiment or r.phase or r.shape != want or r.dtype != dtype or r.device != device
                    or (device_name and r.device_name and r.device_name != device_name) or math.isnan(r.value)):
                continue
            if best is None or r.timestamp > best[0]:
                best = (r.timestamp, {}, path.name)
            if r.timestamp == best[0]:
                best[1][(r.provider, r.metric)] = r.value
                if r.timestamp in copies:
                    best[1][("_copy", "gb_per_s")] = copies[r.timestamp]
    if best is None:
        return None
    v = best[1]
    spreads = [spread_of(v.get((p, "p20_ms")), v.get((p, "p80_ms"))) for p in ("compile", "handwritten")]
    return Measured(v.get(("compile", "median_ms")), v.get(("handwritten", "median_ms")), v.get(("eager", "median_ms")),
                    v.get(("compile", "frac_copy_bw")), v.get(("handwritten", "frac_copy_bw")), best[2], *spreads,
                    *(_bench_counters(v, p) for p in ("compile", "handwritten")), v.get(("_copy", "gb_per_s")),
                    v.get(("compile", "ncu_issue_per_s")) or v.get(("handwritten", "ncu_issue_per_s")))


def _bench_counters(v: dict[tuple[str, str], float], provider: str) -> KernelCounters | None:
    """A provider's `inspect bench --counters` rows (its kernels summed) as one KernelCounters."""
    if (provider, "ncu_duration_us") not in v:
        return None
    return KernelCounters(provider, v[(provider, "ncu_duration_us")], v.get((provider, "ncu_dram_read_bytes")),
                          v.get((provider, "ncu_dram_write_bytes")), instructions=v.get((provider, "ncu_instructions")))


def _measured_rows(m: Measured | None) -> list[list[str]]:
    if m is None:
        return []
    rows = []
    mark = "?" if copy_exceeded(m) else ""
    for label, ms, frac in (("eager", m.eager_ms, None), ("torch.compile", m.compile_ms, m.compile_copy),
                            ("handwritten", m.handwritten_ms, m.handwritten_copy)):
        if ms is not None:
            rows.append([label, f"{ms * 1e3:.1f} µs", f"{frac:.0%}{mark}" if frac is not None else "-"])
    return rows


def copy_exceeded(m: Measured) -> bool:
    """A kernel above the copy ceiling measured beside it: that ceiling was measured under load."""
    return any(f is not None and f > 1 for f in (m.compile_copy, m.handwritten_copy))


def _is_backward(graph: str | None) -> bool:
    return str(graph or "").endswith("_backward")  # AOT graph labels: 0_forward, 0_backward, 0_inference


def _compared_graphs(experiment: str, run_dir: Path) -> tuple[Callable[[str | None], bool] | None, str]:
    """Which graphs of the capture the handwritten kernel computes, and a note when that is not all.

    A forward-only kernel (attention, layernorm_gelu) is compared with the forward launches alone:
    against forward + backward launches its ideal bytes and time would answer another question.
    A training kernel (loss + gradients in one pass) needs the backward too."""
    from experiments import catalog  # the catalog, not the registry: the report imports no torch

    entry = catalog.entries().get(experiment)
    if entry is None or entry.handwritten is None:
        return None, ""
    data = load_optional(run_dir / "kernels.json", {})
    graphs = [l.get("graph") for l in data.get("launches", []) if isinstance(l, dict)] if isinstance(data, dict) else []
    backward = [g for g in graphs if _is_backward(g)]
    if "forward" in entry.handwritten_passes:
        if not backward:
            return None, ""
        names = ", ".join(dict.fromkeys(str(g) for g in backward))
        return (lambda g: not _is_backward(g)), (
            f"compared: the forward launches only; the {len(backward)} backward launches of this capture ({names}) "
            "are left out, since the handwritten kernel computes the forward alone")
    if not backward:
        return None, ("the handwritten kernel computes the forward and the gradients in one pass; this capture "
                      "has no backward graph, so it is compared with the forward alone (capture with --backward)")
    return None, ""


def _compared_counters(run_dir: Path, keep: Callable[[str | None], bool],
                       counters: dict[str, KernelCounters]) -> tuple[dict[str, KernelCounters], str]:
    """The counters of the compared launches alone, and a note on what was left out. A Triton
    kernel's counters carry its name, so they follow its launches' graph. An extern kernel's
    (cuBLAS) name does not say which graph it ran in: its counters go with the side that launches
    extern kernels, and when both sides do, no counters can stand for the compared call."""
    data = load_optional(run_dir / "kernels.json", {})
    launches = [l for l in data.get("launches", []) if isinstance(l, dict)] if isinstance(data, dict) else []
    kept = {l.get("target") for l in launches if keep(l.get("graph"))}
    extern_kept = any(l.get("kind") == "extern" for l in launches if keep(l.get("graph")))
    extern_left = any(l.get("kind") == "extern" for l in launches if not keep(l.get("graph")))
    own = {l.get("target") for l in launches if l.get("kind") != "extern"}
    externs = [n for n in counters if n not in own]
    if externs and extern_kept and extern_left:
        return {}, ("Nsight Compute counters left out: extern kernels run in both the compared and the left-out "
                    "launches, and their names do not say which, so no counters stand for the compared call")
    out = {n: k for n, k in counters.items() if n in kept or (n in externs and extern_kept)}
    dropped = len(counters) - len(out)
    return out, (f"Nsight Compute: the counters of {dropped} kernel{'s' if dropped > 1 else ''} of the left-out "
                 "launches are left out" if dropped else "")


def build_diff(run_dir: Path, root: Path, offline_ptx: bool = True, kernel: str | None = None, sources: bool = True) -> DiffView:
    """The comparison of one capture with its handwritten kernel. sources=False leaves out the
    normalized sources and their diffs (the report needs the findings only)."""
    manifest = load_optional(run_dir / "manifest.json", {})
    experiment = manifest.get("experiment") or run_dir.parent.name
    versions = manifest.get("versions") or {}
    shape = manifest.get("shape")
    header = (f"{'x'.join(str(d) for d in shape or []) or '?'} {manifest.get('dtype') or ''} on "
              f"{manifest.get('device_name') or manifest.get('device') or '?'} · torch {versions.get('torch', '?')} · "
              f"triton {versions.get('triton', '?')}")
    notes: list[str] = []
    status = manifest.get("status") or "unknown"
    if status != "ok":
        err = manifest.get("error") or {}
        notes.append(f"this capture failed in {err.get('phase', '?')}: {err.get('type', '')} {err.get('message', '')}".strip())
    keep, pass_note = _compared_graphs(experiment, run_dir)
    if pass_note:
        notes.append(pass_note)
    graph = build(run_dir, graphs=keep)
    notes.extend(graph.problems)
    if not graph.launches:
        notes.append("the capture has no launches (kernels.json missing or empty): nothing to compare")
    unread = [l.target for l in graph.launches if l.kind == "cpp" and l.target not in graph.anatomies]
    if unread:
        notes.append(f"{len(unread)} C++ kernel(s) the anatomy could not read: their bytes count each tensor once, as read")
    hand: KernelAnatomy | None = None
    hand_label = ""
    hand_source = ""
    hand_kernels = 1
    try:
        hw = hw_mod.load(experiment)
        hand = hw.anatomy(kernel)
        hand_label = f"{hw.path.name}:{hand.name}"
        hand_source = normalize(hand.source, hand.name) if sources else ""
        others = [k for k in hw.kernels if k != hand.name]
        hand_kernels = len(hw.kernels) + len(hw.library_calls)
        if hw.library_calls:
            calls = Counter(hw.library_calls)
            listed = ", ".join(name + (f" x{n}" if n > 1 else "") for name, n in calls.items())
            notes.append(f"handwritten launcher also calls {listed} (cuBLAS; once per pass of any loop they "
                         "sit in): counted as handwritten launches")
        for target, when in hw.handoffs.items():
            notes.append(f"handwritten launcher hands some calls to {target} (another kernel file"
                         + (f", when `{when}`" if when else "")
                         + f"): its kernels are not analysed here; compared: {hand.name}")
        if others:
            notes.append(f"handwritten file also has {', '.join(others)}; compared: {hand.name} (first on the launcher's path)")
        notes.extend(f"handwritten: {n}" for n in hand.notes)
        if offline_ptx:
            from inspector.analysis.offline_ptx import compile_ptx

            mix, note = compile_ptx(hw, hand.name, manifest.get("dtype") or "bf16", shape)
            hand.ptx = mix
            notes.append(f"handwritten PTX: {note}" if mix else f"handwritten PTX skipped: {note}")
    except (hw_mod.HandwrittenError, AnatomyError) as exc:
        notes.append(f"no handwritten comparison: {exc}")
    generated = [graph.anatomies[l.target] for l in graph.launches if l.target in graph.anatomies]
    generated = list({a.name: a for a in generated}.values())
    columns = [a.name for a in generated] + ([hand.name] if hand else [])
    rows = anatomy_rows(generated + ([hand] if hand else []), graph)
    launch_rows = [[str(l.order), l.target, l.kind, mib(l.read_bytes) if l.read_bytes is not None else "?",
                    mib(l.write_bytes) if l.write_bytes is not None else "?",
                    f"{l.measured_us:.1f} µs" if l.measured_us is not None else "-"] for l in graph.launches]
    fusion = fusion_view.capture_groups(run_dir, graph, capture_counters(run_dir)[0])
    why = {t.key: t.text() for t in fusion.trips}
    inter_rows = [[i.buffer, mib(i.bytes), (i.dtype or "?").removeprefix("torch."), i.written_by,
                   "same kernel, later pass" if i.within_kernel else i.read_by, "yes" if i.returned else "no",
                   why.get(i.key, "-")]
                  for i in graph.intermediates]
    per_call = "per forward call" if keep is not None else "per call"
    if graph.bytes_per_call is not None and graph.ideal_bytes:
        bytes_line = (f"estimated {mib(graph.bytes_per_call)} {per_call} vs ideal {mib(graph.ideal_bytes)} "
                      f"({graph.bytes_per_call / graph.ideal_bytes:.2f}x)")
    elif graph.bytes_per_call is not None:
        bytes_line = f"estimated {mib(graph.bytes_per_call)} {per_call} (no ideal bytes in results.json)"
    else:
        bytes_line = "bytes per call: not estimated (unknown buffer sizes)"
    if graph.measured_us:
        bytes_line += f" · measured {graph.measured_us:.1f} µs of device time {per_call}"
    counters, copy_gb_per_s = capture_counters(run_dir)
    if keep is not None and counters:  # only some graphs compared: their kernels' counters alone
        counters, counters_note = _compared_counters(run_dir, keep, counters)
        if counters_note:
            notes.append(counters_note)
    dram = measured_dram(graph, counters)
    if dram is not None:
        bytes_line += f" · measured DRAM traffic {dram / 1e6:.1f} MB {per_call} (Nsight Compute)"
    measured = bench_measured(root, experiment, shape, manifest.get("dtype"), manifest.get("device"), notes,
                              manifest.get("device_name"))
    if measured is not None and copy_exceeded(measured):
        notes.append(f"% of copy is unreliable (marked ?): a kernel exceeds the copy ceiling measured beside it in "
                     f"{measured.source}, so that copy ran under load; bench again on a quiet machine")
    gen_source = "\n\n".join(normalize(a.source, a.name) for a in generated) if sources else ""
    view = DiffView(experiment, run_dir, run_dir.name, header, status, columns, rows, launch_rows, inter_rows, bytes_line,
                    _measured_rows(measured), measured.source if measured else "",
                    findings(graph, hand, measured, hand_kernels, counters, copy_gb_per_s, why) if graph.launches else [],
                    gen_source, hand_source,
                    ", ".join(a.name for a in generated) or "(no Triton kernel)", hand_label, notes=notes,
                    fusion_lines=fusion_view.lines(fusion))
    if hand is not None and gen_source:
        view.rows = side_by_side(gen_source, hand_source)
        view.unified = unified(gen_source, hand_source, "generated", "handwritten")
    return view


def view_dict(view: DiffView) -> dict[str, Any]:
    """Plain data for `--json`-style consumers and the template."""
    return {k: getattr(view, k) for k in view.__dataclass_fields__}
