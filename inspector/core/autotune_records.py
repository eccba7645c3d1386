"""Readers of a stored autotuning record (autotuning.json, written by inspector/capture/autotuning.py).

What one tuned op cost, who won, one line per op, and the manifest's summary: pure functions over
the record's dicts, so the capture, the analysis and the views read it alike.
"""

from __future__ import annotations

from typing import Any


def cost_s(op: dict[str, Any]) -> float | None:
    """Seconds this op's autotuning took: benchmarking plus precompiling as printed, else the trace region."""
    bench, pre = op.get("benchmark_s"), op.get("precompile_s")
    if bench is not None or pre is not None:
        return (bench or 0.0) + (pre or 0.0)
    return op.get("autotuning_region_s")


def winner_text(op: dict[str, Any] | None) -> str:
    if not op:
        return "not tuned"
    w = op.get("winner")
    if not w:
        return f"no valid choice of {len(op.get('choices') or [])}"
    text = f"{w['name']} ({w['kind']}, {w['ms']:.4f} ms)"
    if op.get("margin"):
        text += f", {op['margin']:.2f}x ahead of {op['runner_up']['name']}"
    chosen = op.get("chosen_at_fusion")
    if isinstance(chosen, dict):  # the op's own table was overruled when its epilogue fused
        text += f"; generated: {chosen.get('kernel')} ({', '.join(chosen.get('fused_ops') or []) or 'epilogue'} fused)"
    return text


def fusion_text(op: dict[str, Any]) -> str | None:
    """When a library winner was overruled at fusion time: what was generated instead, and why."""
    chosen = op.get("chosen_at_fusion")
    if not isinstance(chosen, dict):
        return None
    fused = ", ".join(str(a) for a in chosen.get("fused_ops") or []) or "its epilogue"
    return (f"with {fused} fused, the template {chosen.get('kernel')} was generated instead of "
            f"{chosen.get('instead_of')} (chosen at fusion time)")


def describe(op: dict[str, Any]) -> str:
    """One line: 'mm 4096x4096, 4096x4096: mm (extern, 0.2931 ms), 1.06x ahead of triton_mm_7; 4
    choices, 1 failed; 10.5 s; epilogue not fused'."""
    parts = [f"{op.get('op')} {op.get('input_shapes') or ''}".strip() + ": " + winner_text(op)]
    count = op.get("choice_count") or len(op.get("choices") or [])
    failed = len(op.get("failed_choices") or [])
    parts.append(f"{count} choices" + (f", {failed} failed" if failed else ""))
    if cost_s(op) is not None:
        parts.append(f"{cost_s(op):.1f} s")
    if chosen := fusion_text(op):
        parts.append(chosen)
    elif op.get("epilogue_fused") is not None:
        parts.append("fused " + ", ".join(op.get("fused_ops") or []) if op["epilogue_fused"] else "epilogue not fused")
    return "; ".join(parts)


def summary(tuning: dict[str, Any]) -> dict[str, Any]:
    """For the manifest: how many ops were tuned, their total cost, one line each."""
    tuned = [op for op in tuning.get("ops") or [] if isinstance(op, dict)]
    costs = [c for c in (cost_s(op) for op in tuned) if c is not None]
    return {"ops": len(tuned), "cost_s": sum(costs) if costs else None, "lines": [describe(op) for op in tuned],
            "heuristic_kernels": len(tuning.get("heuristics") or [])}
