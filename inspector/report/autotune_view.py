"""Autotuning and CUDA graphs of a capture, ready to print (files only: autotuning.json, the manifest).

For `inspect run`: one line per autotuned op (winner, margin over the runner-up, best template
against the best library call, seconds spent, fused epilogue), one line on CUDA graphs (used, or
skipped with Inductor's reason; input copies per call) and the capture settings left off.
For `inspect report`: the Autotuning section (per run, every candidate with its time, the failures
with their reasons, the Triton heuristics' configs) and the CUDA-graph cell of the overhead rows.
A capture made before autotuning.json existed, or one that tuned nothing, has no section.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from rich.markup import escape

from inspector.core.autotune_records import cost_s, fusion_text
from inspector.core.units import millis, seconds
from inspector.store import load_optional

AUTOTUNING_FILE = "autotuning.json"
_REASON_CHARS = 100  # a failure reason in the terminal line; the report has it whole


def fmt_config(config: dict[str, Any] | None) -> str:
    """A Triton launch config as one short string: "XBLOCK=1024 warps=4 stages=1"."""
    if not config:
        return "-"
    parts = [f"{k}={v}" for k, v in (config.get("kwargs") or {}).items()]
    if config.get("num_warps") is not None:
        parts.append(f"warps={config['num_warps']}")
    if config.get("num_stages") is not None:
        parts.append(f"stages={config['num_stages']}")
    return " ".join(parts) or "-"


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def load(run_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """The tuned ops and Triton heuristics of a capture folder (empty lists when it has none)."""
    data = load_optional(run_dir / AUTOTUNING_FILE, {})
    data = data if isinstance(data, dict) else {}
    return {"ops": _dicts(data.get("ops")), "heuristics": _dicts(data.get("heuristics"))}


def op_title(op: dict[str, Any]) -> str:
    return f"{op.get('op') or '?'} {op.get('input_shapes') or ''}".strip()


def winner_text(op: dict[str, Any]) -> str:
    w = op.get("winner") if isinstance(op.get("winner"), dict) else None
    if not w:
        return f"no valid choice of {len(_dicts(op.get('choices')))}"
    return f"{w.get('name')} ({w.get('kind')}, {millis(_number(w.get('ms')))})"


def margin_text(op: dict[str, Any]) -> str:
    margin, runner = _number(op.get("margin")), op.get("runner_up")
    if margin is None or not isinstance(runner, dict):
        return "no runner-up"
    kind = "library call" if runner.get("kind") == "extern" else "template"
    return f"{margin:.2f}x ahead of {kind} {runner.get('name')}"


def _kinds_differ(op: dict[str, Any]) -> bool:
    """Winner and runner-up are a template and a library call: the margin is that comparison."""
    w, r = op.get("winner"), op.get("runner_up")
    return isinstance(w, dict) and isinstance(r, dict) and (w.get("kind") == "extern") != (r.get("kind") == "extern")


def template_vs_library(op: dict[str, Any]) -> str:
    """'template 1.20x faster than library call _mkl_linear' (times: best of each kind)."""
    template = op.get("best_template") if isinstance(op.get("best_template"), dict) else None
    extern = op.get("best_extern") if isinstance(op.get("best_extern"), dict) else None
    t_ms, e_ms = _number((template or {}).get("ms")), _number((extern or {}).get("ms"))
    if template is None and extern is None:
        return "no choice ran"
    if template is None:
        return f"no template ran; library call {extern.get('name')} {millis(e_ms)}"
    if extern is None:
        return f"no library call among the choices; best template {template.get('name')} {millis(t_ms)}"
    if not t_ms or not e_ms:
        return f"template {template.get('name')} {millis(t_ms)}, library call {extern.get('name')} {millis(e_ms)}"
    if t_ms <= e_ms:
        return f"template {e_ms / t_ms:.2f}x faster than library call {extern.get('name')}"
    return f"library call {extern.get('name')} {t_ms / e_ms:.2f}x faster than the best template {template.get('name')}"


def epilogue_text(op: dict[str, Any]) -> str:
    fused = op.get("epilogue_fused")
    if fused is True and (chosen := fusion_text(op)):
        return chosen
    if fused is True:
        return "epilogue fused into the template: " + ", ".join(str(a) for a in op.get("fused_ops") or [])
    if fused is False:
        winner = op.get("winner") if isinstance(op.get("winner"), dict) else {}
        return "epilogue not fused (a library call runs it as a kernel of its own)" if winner.get("kind") == "extern" \
            else "nothing fused into the template"
    return "fused epilogue unknown (winning kernel not found)"


def choices_text(op: dict[str, Any]) -> str:
    shown = len(_dicts(op.get("choices")))
    count = op.get("choice_count") if isinstance(op.get("choice_count"), int) else shown
    failed = len(op.get("failed_choices") or [])
    return f"{count} choices" + (f" ({shown} shown)" if shown and shown < count else "") + (f", {failed} failed" if failed else "")


def op_line(op: dict[str, Any]) -> str:
    """The terminal line of one tuned op."""
    parts = [f"{op_title(op)}: {winner_text(op)}", margin_text(op)]
    if not _kinds_differ(op):  # else the margin already compares the best template and library call
        parts.append(template_vs_library(op))
    parts.append(choices_text(op))
    failures = [str(f) for f in op.get("failures") or []]
    if failures:
        first = failures[0] if len(failures[0]) <= _REASON_CHARS else failures[0][:_REASON_CHARS] + "…"
        parts[-1] += f" (first failure: {first})"
    parts += [f"{seconds(cost_s(op))} autotuning", epilogue_text(op)]
    return " · ".join(parts)


def cudagraphs_text(info: Any) -> str | None:
    """'used · 1 input copy per call · steady 0.050 ms with, 0.080 ms without', 'skipped: REASON',
    'not requested', or None for a capture that does not say."""
    if not isinstance(info, dict) or "requested" not in info:
        return None
    if info.get("used"):
        parts = ["used"]
        copies = info.get("input_copies_per_call")
        if isinstance(copies, int):
            parts.append(f"{copies} input cop{'y' if copies == 1 else 'ies'} per call")
        with_ms, without_ms = _number(info.get("steady_with_ms")), _number(info.get("steady_without_ms"))
        if with_ms is not None or without_ms is not None:
            parts.append(f"steady {millis(with_ms)} with, {millis(without_ms)} without")
        return " · ".join(parts)
    reasons = [str(r) for r in info.get("skip_reasons") or []]
    if reasons:
        return "skipped: " + "; ".join(reasons)
    return "not requested" if info.get("requested") is False else "not used"


def cudagraphs_info(manifest: dict[str, Any], metrics: dict[str, Any] | None = None) -> Any:
    summary = manifest.get("summary") if isinstance(manifest.get("summary"), dict) else {}
    return summary.get("cudagraphs") or (metrics or {}).get("cudagraphs")


def dropped_settings(manifest: dict[str, Any]) -> list[str]:
    """'trace.log_autotuning_results left off (probe): REASON' per capture setting left off that the
    run would have used (`matters` False: e.g. autotuning logs in a mode that autotunes nothing)."""
    return [f"{d.get('setting')} left off ({d.get('when') or '?'}): {d.get('reason') or 'no reason recorded'}"
            for d in _mattering(manifest)]


def _mattering(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    return [d for d in _dicts(manifest.get("dropped_settings")) if d.get("matters", True) is not False]


def console_lines(folder: Path, manifest: dict[str, Any], metrics: dict[str, Any]) -> list[str]:
    """What `inspect run` prints about autotuning, CUDA graphs and settings left off (rich markup;
    the captured text in it escaped, so a reason like '[rank0]: ...' prints as it is)."""
    tuning = load(folder)
    lines = []
    if tuning["ops"]:
        costs = [c for c in (cost_s(op) for op in tuning["ops"]) if c is not None]
        lines.append(f"[bold]autotuning[/]: {len(tuning['ops'])} op(s) tuned" + (f", {seconds(sum(costs))} in all" if costs else ""))
        lines += [f"  {escape(op_line(op))}" for op in tuning["ops"]]
    elif "max-autotune" in str((manifest.get("options") or {}).get("mode")) and (folder / AUTOTUNING_FILE).is_file():
        lines.append("[bold]autotuning[/]: no op was autotuned (no AUTOTUNE result in the worker log or the trace)")
    if tuning["heuristics"]:
        kernels = ", ".join(str(h.get("kernel")) for h in tuning["heuristics"])
        lines.append(f"[bold]Triton heuristics[/]: {len(tuning['heuristics'])} kernel(s) benchmarked their configs at the first launch: {escape(kernels)}")
    graphs = cudagraphs_text(cudagraphs_info(manifest, metrics))
    if graphs and graphs != "not requested":
        lines.append(f"[bold]CUDA graphs[/]: {escape(graphs)}")
    warnings = " ".join(str(w) for w in manifest.get("warnings") or [])
    for line, d in zip(dropped_settings(manifest), _mattering(manifest)):
        if str(d.get("setting")) not in warnings:  # the manifest's warnings already name it
            lines.append(f"[yellow]capture setting[/] {escape(line)}")
    return lines


# --- the report's Autotuning section ------------------------------------------------------------

def _candidates(op: dict[str, Any]) -> list[dict[str, Any]]:
    winner = op.get("winner") if isinstance(op.get("winner"), dict) else {}
    best = _number(winner.get("ms"))
    ranked = sorted(_dicts(op.get("choices")), key=lambda c: (_number(c.get("ms")) is None, _number(c.get("ms")) or 0.0))
    rows = []
    for c in ranked:
        ms = _number(c.get("ms"))
        config = c.get("config") if isinstance(c.get("config"), dict) else {}
        detail = c.get("description") or ", ".join(f"{k}={v}" for k, v in config.items() if k not in ("name", "kernel_call_name"))
        is_winner = ms is not None and c.get("name") == winner.get("name") and ms == best
        rows.append({"name": str(c.get("name")), "kind": str(c.get("kind") or "?"), "time": millis(ms) if ms is not None else "failed",
                     "vs_winner": "-" if ms is None or not best else ("winner" if is_winner else f"{ms / best:.2f}x"),
                     "detail": str(detail or ""), "winner": is_winner, "failed": ms is None})
    return rows


def _cost_detail(op: dict[str, Any]) -> str:
    parts = [f"{label} {seconds(_number(op.get(key)))}" for key, label in
             (("benchmark_s", "benchmarking"), ("precompile_s", "precompiling"), ("prescreening_s", "prescreening"),
              ("autotuning_region_s", "trace region")) if _number(op.get(key)) is not None]
    return ", ".join(parts)


def _heuristic(h: dict[str, Any]) -> dict[str, Any]:
    timings = _dicts(h.get("timings"))
    winner = h.get("winner") if isinstance(h.get("winner"), dict) else None
    return {"kernel": str(h.get("kernel")), "configs": h.get("candidate_configs") or len(h.get("configs") or []),
            "winner": fmt_config(winner), "cost": millis(_number(h.get("autotune_ms"))),
            "timings": [{"config": str(t.get("config")), "time": millis(_number(t.get("ms"))),
                         "regs": f"{t.get('n_regs')} / {t.get('n_spills')}"} for t in timings]}


def sections(runs: Iterable[Any]) -> list[dict[str, Any]]:
    """One entry per run (RunView: path, anchor, label, run_id) whose autotuning.json lists a tuned
    op or a Triton heuristics autotuning; runs without one are left out."""
    out = []
    for run in runs:
        tuning = load(Path(run.path))
        if not tuning["ops"] and not tuning["heuristics"]:
            continue
        costs = [c for c in (cost_s(op) for op in tuning["ops"]) if c is not None]
        out.append({
            "anchor": f"{run.anchor}-autotuning", "run_anchor": run.anchor, "label": run.label, "run_id": run.run_id,
            "cost": seconds(sum(costs)) if costs else "-",
            "n_ops": f"{len(tuning['ops'])} tuned op" + ("" if len(tuning["ops"]) == 1 else "s"),
            "ops": [{"title": op_title(op), "dtypes": str(op.get("dtypes") or "-"), "winner": winner_text(op), "margin": margin_text(op),
                     "vs_library": template_vs_library(op), "choices": choices_text(op), "cost": seconds(cost_s(op)),
                     "cost_detail": _cost_detail(op), "epilogue": epilogue_text(op), "fused": op.get("epilogue_fused") is True,
                     "kernel": str(op.get("kernel") or ""), "failures": [str(f) for f in op.get("failures") or []],
                     "source": str(op.get("source") or ""), "candidates": _candidates(op)} for op in tuning["ops"]],
            "heuristics": [_heuristic(h) for h in tuning["heuristics"]],
        })
    return out


def cudagraphs_cell(run_dir: Path) -> dict[str, Any]:
    """The CUDA-graph facts of one run for the report's rows: a word for the index ('used',
    'skipped', 'not requested'), the whole text with reasons and timings, and whether graphs were
    requested but not used."""
    manifest = load_optional(Path(run_dir) / "manifest.json", {})
    info = cudagraphs_info(manifest if isinstance(manifest, dict) else {})
    text = cudagraphs_text(info)
    if text is None:
        return {"short": "-", "text": "-", "skipped": False}
    short = "skipped" if text.startswith("skipped") else text.split(" · ")[0]
    return {"short": short, "text": text, "skipped": bool(info.get("requested")) and not info.get("used")}
