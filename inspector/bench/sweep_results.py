"""Sweep results read back from long-format rows, with no torch import (the report reads them).

A sweep point is stored as a Row whose provider is `launcher[K=v,K=v]` (`provider_name`); `results`
gathers one PointResult per (shape, point) from such rows, `best` picks the fastest correct point
per shape. `inspect sweep` (sweep.py) writes the rows; the HTML report and the chart read them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Sequence

from inspector.bench.table import COPY_EXPERIMENT, Row

Point = dict[str, Any]


def provider_name(launcher: str, point: Point) -> str:
    """'vector_add[BLOCK_SIZE=1024,num_warps=4]': the point, as a Row's provider."""
    return f"{launcher}[{','.join(f'{k}={v}' for k, v in point.items())}]"


_PROVIDER = re.compile(r"^(?P<launcher>[^\[]+)\[(?P<params>.*)\]$")


def parse_provider(provider: str) -> tuple[str, dict[str, str]]:
    """Inverse of `provider_name`, values as text: ('vector_add', {'BLOCK_SIZE': '1024', ...})."""
    m = _PROVIDER.match(provider)
    if m is None:
        return provider, {}
    pairs = [p.partition("=") for p in m["params"].split(",") if p]
    return m["launcher"], {k: v for k, _, v in pairs}


# ---------------------------------------------------------------- results

@dataclass(frozen=True)
class PointResult:
    """One (shape, point) of a sweep, gathered from its rows."""

    experiment: str
    shape: str
    provider: str
    launcher: str
    params: dict[str, str]
    status: str  # "ok", "incorrect", "invalid" or "failed"
    note: str
    median_ms: float = math.nan
    p20_ms: float = math.nan
    p80_ms: float = math.nan
    gb_per_s: float = math.nan
    frac_copy_bw: float = math.nan
    device: str = ""
    tflop_per_s: float = math.nan  # experiments that count FLOPs (matmul)


def results(rows: Sequence[Row]) -> list[PointResult]:
    """One PointResult per (shape, provider), in the order of the rows (copy rows left out)."""
    groups: dict[tuple[str, str, str], dict[str, Row]] = {}
    for r in rows:
        if r.experiment != COPY_EXPERIMENT:
            groups.setdefault((r.experiment, r.shape, r.provider), {})[r.metric] = r
    out = []
    for (experiment, shape, provider), m in groups.items():
        launcher, params = parse_provider(provider)
        if "invalid" in m or "failed" in m:
            status = "invalid" if "invalid" in m else "failed"
            note = m[status].note
        elif "correct" in m and m["correct"].value == 1:
            status, note = ("ok", m["correct"].note) if "median_ms" in m else ("failed", "not timed")
        else:
            status, note = "incorrect", m["correct"].note if "correct" in m else "no check recorded"

        def v(metric: str) -> float:
            return m[metric].value if metric in m else math.nan

        out.append(PointResult(experiment, shape, provider, launcher, params, status, note, v("median_ms"),
                               v("p20_ms"), v("p80_ms"), v("gb_per_s"), v("frac_copy_bw"),
                               next(iter(m.values())).device, v("tflop_per_s")))
    return out


def best(points: Sequence[PointResult]) -> dict[str, PointResult]:
    """Per shape, the correct point with the lowest median time (shapes without one are absent)."""
    chosen: dict[str, PointResult] = {}
    for r in points:
        if r.status == "ok" and (r.shape not in chosen or r.median_ms < chosen[r.shape].median_ms):
            chosen[r.shape] = r
    return chosen


def all_invalid(points: Sequence[PointResult]) -> bool:
    return bool(points) and all(r.status == "invalid" for r in points)


def problems(points: Sequence[PointResult]) -> list[str]:
    """One line per point that failed or gave a wrong result (the CLI exits 1 on any)."""
    return [f"{r.shape} {r.provider} {r.status}: {r.note}" for r in points if r.status in ("failed", "incorrect")]
