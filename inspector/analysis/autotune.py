"""Autotuning of one capture in a line per op, and two captures side by side (autotuning.json).

For `inspect diff RUN_A RUN_B` (default vs max-autotune): per tuned op, which choice won in each
run (a Triton/C++ template or the library call, e.g. cuBLAS `mm`), by how much over the runner-up,
and what the autotuning cost (benchmarking + precompiling seconds). An op tuned in only one run
shows "not tuned" on the other side: default mode calls the library without benchmarking.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.core.autotune_records import cost_s, winner_text
from inspector.store import load_optional


def ops(run_dir: Path) -> list[dict[str, Any]]:
    data = load_optional(run_dir / "autotuning.json", {})
    return [op for op in (data.get("ops") or []) if isinstance(op, dict)] if isinstance(data, dict) else []


@dataclass
class AutotuneChange:
    op: str
    shapes: str
    a: dict[str, Any] | None
    b: dict[str, Any] | None

    @property
    def flipped(self) -> bool:
        """The winner changed kind (template vs library call) between the runs."""
        wa, wb = (self.a or {}).get("winner"), (self.b or {}).get("winner")
        return bool(wa and wb and (wa["kind"] == "extern") != (wb["kind"] == "extern"))


def compare(run_a: Path, run_b: Path) -> list[AutotuneChange]:
    """Tuned ops of both runs matched by op and input shapes, in order of appearance."""
    left, right = ops(run_a), ops(run_b)
    keys: list[tuple[str, str]] = []
    for op in left + right:
        key = (str(op.get("op")), str(op.get("input_shapes") or ""))
        if key not in keys:
            keys.append(key)

    def take(side: list[dict[str, Any]], key: tuple[str, str]) -> dict[str, Any] | None:
        hit = next((op for op in side if (str(op.get("op")), str(op.get("input_shapes") or "")) == key), None)
        if hit is not None:
            side.remove(hit)
        return hit

    return [AutotuneChange(op, shapes, take(left, (op, shapes)), take(right, (op, shapes))) for op, shapes in keys]


def rows(changes: list[AutotuneChange]) -> list[list[str]]:
    """Ready strings: op and shapes, winner A, winner B, autotuning seconds A and B."""

    def seconds(op: dict[str, Any] | None) -> str:
        value = cost_s(op) if op else None
        return "-" if value is None else f"{value:.2f} s"

    return [[f"{c.op} {c.shapes}".strip() + (" (winner changed)" if c.flipped else ""), winner_text(c.a), winner_text(c.b),
             seconds(c.a), seconds(c.b)] for c in changes]
