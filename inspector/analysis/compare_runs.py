"""RUN_A vs RUN_B: two captures of one experiment, compared kernel by kernel.

Kernels are matched by name (Inductor names them after their fused ops and an index, so a name
that survives a version bump is the same fusion); a matched kernel is "changed" when its
normalized source or its launch config differs. Alongside: options and version changes, compile
time by phase, and the measured speed of the compiled call and of each kernel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector.analysis import autotune, fusion_reasons, step_profile
from inspector.analysis.callgraph import build
from inspector.analysis.normalize import normalize
from inspector.store import load_json, load_optional


@dataclass
class KernelChange:
    name: str
    status: str  # added | removed | changed | same
    details: list[str] = field(default_factory=list)
    us_a: float | None = None
    us_b: float | None = None


@dataclass
class RunComparison:
    experiment: str
    run_a: str
    run_b: str
    kernels: list[KernelChange]
    settings: list[tuple[str, Any, Any]]  # (what, A, B) for each differing option/version/shape
    compile_s: tuple[float | None, float | None]
    phases: list[tuple[str, float | None, float | None]]
    compiled_ms: tuple[float | None, float | None]
    launches: tuple[int | None, int | None]
    problems: list[str] = field(default_factory=list)
    autotuning: list[list[str]] = field(default_factory=list)  # analysis/autotune.py rows, per tuned op
    # where the compiled call's time difference comes from: step-profile parts, largest change first
    time_parts: list[step_profile.PartDelta] = field(default_factory=list)
    round_trips: list[str] = field(default_factory=list)  # analysis/fusion_reasons.compare: gone, new, kept


class CompareError(ValueError):
    pass


def _manifest(run: Path) -> dict[str, Any]:
    """The manifest; CompareError when there is none, FileError (exit 2) when it is corrupt."""
    m = load_json(run / "manifest.json", None)
    if m is None:
        raise CompareError(f"{run} is not a capture folder (no manifest.json)")
    return m


def _kernel_records(run: Path) -> dict[str, dict[str, Any]]:
    # strict: a truncated kernels.json is an error naming it, not a capture whose kernels were "removed"
    data = load_json(run / "kernels.json", {})
    return {r["name"]: r for r in data.get("kernels", []) if isinstance(r, dict) and "name" in r}


def _source(run: Path, record: dict[str, Any]) -> str | None:
    try:
        return normalize((run / record.get("file", "")).read_text(errors="replace"), record["name"])
    except OSError:
        return None


def _config(record: dict[str, Any]) -> dict[str, Any]:
    c = record.get("launch_config") or {}
    return {**(c.get("kwargs") or {}), "num_warps": c.get("num_warps"), "num_stages": c.get("num_stages")}


def _phase_totals(metrics: dict[str, Any]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for frame in metrics.get("frames", []) or []:
        for key in ("total_s", "dynamo_s", "aot_autograd_s"):
            if isinstance(frame.get(key), (int, float)):
                totals[key] = totals.get(key, 0.0) + frame[key]
        for g in frame.get("graphs", []) or []:
            for key in ("inductor_s", "codegen_s", "triton_compile_s", "cpp_compile_s", "autotune_s"):
                if isinstance(g.get(key), (int, float)):
                    totals[key] = totals.get(key, 0.0) + g[key]
    return totals


def compare(run_a: Path, run_b: Path) -> RunComparison:
    ma, mb = _manifest(run_a), _manifest(run_b)
    problems = []
    if ma.get("experiment") != mb.get("experiment"):
        raise CompareError(f"the runs capture different experiments ({ma.get('experiment')} vs {mb.get('experiment')})")
    for m, run in ((ma, run_a), (mb, run_b)):
        if m.get("status") != "ok":
            err = m.get("error") or {}
            problems.append(f"{run.name} failed in {err.get('phase', '?')}: {err.get('message', 'unknown error')}")
    settings = []
    for key in ("device", "device_name", "dtype", "shape"):
        if ma.get(key) != mb.get(key):
            settings.append((key, ma.get(key), mb.get(key)))
    for section in ("options", "versions"):
        a, b = ma.get(section) or {}, mb.get(section) or {}
        for key in sorted(set(a) | set(b)):
            if key in ("out",) or a.get(key) == b.get(key):
                continue
            settings.append((f"{section}.{key}", a.get(key), b.get(key)))
    ka, kb = _kernel_records(run_a), _kernel_records(run_b)
    kernels = []
    for name in list(ka) + [n for n in kb if n not in ka]:
        ra, rb = ka.get(name), kb.get(name)
        change = KernelChange(name, "same", us_a=(ra or {}).get("measured_us_per_call"), us_b=(rb or {}).get("measured_us_per_call"))
        if ra is None:
            change.status = "added"
        elif rb is None:
            change.status = "removed"
        else:
            if _source(run_a, ra) != _source(run_b, rb):
                change.details.append("source differs")
            ca, cb = _config(ra), _config(rb)
            for key in sorted(set(ca) | set(cb)):
                if ca.get(key) != cb.get(key):
                    change.details.append(f"{key} {ca.get(key)} -> {cb.get(key)}")
            for key in ("n_regs", "n_spills"):
                if ra.get(key) != rb.get(key):
                    change.details.append(f"{key} {ra.get(key)} -> {rb.get(key)}")
            if change.details:
                change.status = "changed"
        kernels.append(change)
    pa = _phase_totals(load_json(run_a / "compile_metrics.json", {}))
    pb = _phase_totals(load_json(run_b / "compile_metrics.json", {}))
    phases = [(k, pa.get(k), pb.get(k)) for k in ("total_s", "dynamo_s", "aot_autograd_s", "inductor_s", "codegen_s",
                                                  "triton_compile_s", "cpp_compile_s", "autotune_s") if k in pa or k in pb]
    ra_, rb_ = load_json(run_a / "results.json", {}), load_json(run_b / "results.json", {})

    def steady(r: dict[str, Any]) -> float | None:
        return ((r.get("steady") or {}).get("compiled") or {}).get("median_ms")

    parts = step_profile.difference(_step(run_a, ra_), _step(run_b, rb_))
    sa, sb = ma.get("summary") or {}, mb.get("summary") or {}
    return RunComparison(ma.get("experiment", "?"), run_a.name, run_b.name, kernels, settings,
                         (sa.get("compile_s"), sb.get("compile_s")), phases, (steady(ra_), steady(rb_)),
                         (sa.get("launches_per_call"), sb.get("launches_per_call")), problems,
                         autotune.rows(autotune.compare(run_a, run_b)), parts,
                         round_trips=fusion_reasons.compare(
                             *(fusion_reasons.capture_trips(r, build(r)) for r in (run_a, run_b)),
                             fusion_reasons.kernel_sources(run_b)))


def _step(run: Path, results: dict[str, Any]) -> step_profile.StepProfile | None:
    return step_profile.from_files(load_optional(run / "profile.json", None), load_json(run / "kernels.json", {}),
                                   results, load_optional(run / "compile_metrics.json", {}))
