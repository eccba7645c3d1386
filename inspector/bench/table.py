"""Bench results as long-format rows, their CSV, and the rich table built from them.

One `Row` per (experiment, provider, metric, shape, dtype, device, versions): a CSV of rows is
the whole result, so `bench_table(read_csv(path))` re-renders any earlier run without a GPU.
The table is a pure function of the rows: it computes nothing that is not in them except
formatting (and the bytes of a shape, recovered as GB/s x time, to label latency-bound shapes).

Metrics per timed provider: median_ms, p20_ms, p80_ms, gb_per_s, frac_copy_bw, tflop_per_s (FLOP
experiments only), speedup_vs_eager, speedup_vs_compile, tie_vs_eager and tie_vs_compile (1 when
the two providers' p20-p80 spreads overlap: the speed-up is shown as a "tie", spread.py), correct
(1/0), max_abs_err, on CUDA
peak_mem_mib, host_us and host_share (host time per call over the GPU time of a timed sample,
the call plus its L2 flush: from HOST_BOUND on, the time may include the GPU waiting for the
launch, and the caption says so); "skipped" and
"failed" rows carry their reason in `note`. The measured copy ceiling is provider "copy" of the
pseudo-experiment "_copy".
"""

from __future__ import annotations

import csv
import math
import os
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from rich.markup import escape
from rich.table import Table

from inspector.core.spread import TIE_METRIC, speedup_text, tie_from_metrics
from inspector.core.units import number
from inspector.store import write_text
from inspector.usage import FileError

COPY_EXPERIMENT = "_copy"
HOST_BOUND = 0.8  # host_share from which a row's time is flagged as possibly including host time
COPY_PROVIDER = "copy"
# a copy ceiling spreading wider than this (p80/p20) marks the "% copy" column unreliable: quiet
# runs of the 1 GiB copy spread under 1.1x on the H100 and H200
COPY_NOISY_SPREAD = 1.5
# Below this many bytes moved, a GPU kernel's time is mostly launch latency and ramp-up, not
# bandwidth (the H100/H200 L2 is 50-60 MB): such numbers are labelled as latency numbers.
LATENCY_BYTES = 50e6


@dataclass(frozen=True)
class Row:
    """One measured (or skipped/failed) value, with everything needed to compare it later."""

    experiment: str
    provider: str
    metric: str
    value: float
    unit: str
    shape: str
    dtype: str
    device: str
    device_name: str
    torch: str
    triton: str
    timestamp: str  # UTC ISO 8601, one per bench run
    note: str = ""
    phase: str = ""  # `inspect bench --pass` when not the experiment's natural pass (forward, backward, step)


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Row))


def write_csv(rows: Iterable[Row], path: str | os.PathLike) -> Path:
    """Write rows to `path` (folders created; atomically, and in place for a device or pipe:
    store.write_text)."""
    import pandas as pd  # ~0.8 s to import: only where a CSV is written

    frame = pd.DataFrame([asdict(r) for r in rows], columns=list(COLUMNS))
    return write_text(path, frame.to_csv(index=False))


def save_csv(rows: list[Row], path: Path) -> Path:
    """write_csv (atomic), with a failure as one FileError naming the file (exit 2, one line)."""
    try:
        return write_csv(rows, path)
    except OSError as exc:
        raise FileError(path, f"cannot write ({exc.strerror or exc}); left as it was") from None


def read_csv(path: str | os.PathLike) -> list[Row]:
    """Rows from a CSV written by `write_csv`; ValueError if columns are missing. Parsed once per
    file version (path, size, mtime): `inspect report` looks up every capture's bench numbers
    in every CSV (20 captures x 40 CSVs read 800 times took 7 s on the 2-core CPU)."""
    stat = os.stat(path)
    return list(_read_csv(os.path.abspath(path), stat.st_size, stat.st_mtime_ns))


@lru_cache(maxsize=256)
def _read_csv(path: str, size: int, mtime_ns: int) -> tuple[Row, ...]:
    with open(path, newline="", encoding="utf-8") as f:  # every cell a string, "" kept as "" (not NaN)
        reader = csv.DictReader(f, strict=True)  # strict: an unterminated quote is an error, not a cell
        present = set(reader.fieldnames or ())
        missing = [c for c in COLUMNS if c not in present and c not in ("note", "phase")]
        if missing:
            raise ValueError(f"{path}: not a bench CSV, missing columns {', '.join(missing)}")
        rows = []
        try:
            for rec in reader:
                if None in rec.values():  # fewer cells than columns: a truncated row
                    raise ValueError(f"line {reader.line_num} has {len([v for v in rec.values() if v is not None])} "
                                     f"of {len(reader.fieldnames or ())} cells (truncated)")
                rec = {c: rec.get(c) or "" for c in COLUMNS}
                rec["value"] = float(rec["value"]) if rec["value"] != "" else math.nan
                rows.append(Row(**rec))
        except csv.Error as exc:
            raise ValueError(f"line {reader.line_num}: {exc}") from None
    return tuple(rows)


def _check_cell(m: dict[str, Row]) -> str:
    parts = []
    if "correct" in m:
        err = m["max_abs_err"].value if "max_abs_err" in m else math.nan
        err_text = f" (max err {err:.2g})" if not math.isnan(err) else ""
        parts.append(("ok" if m["correct"].value == 1 else "[bold red]WRONG[/]") + err_text)
    if "skipped" in m:
        parts.append(f"[dim]skipped: {escape(m['skipped'].note)}[/]")
    if "failed" in m:
        parts.append(f"[bold red]FAILED[/]: {escape(m['failed'].note)}")
    return "; ".join(parts)


def _one(values: Iterable[str]) -> str:
    distinct = list(dict.fromkeys(v for v in values if v))
    return distinct[0] if len(distinct) == 1 else (", ".join(distinct) or "?")


def experiment_label(experiment: str, phase: str) -> str:
    """The experiment, and the pass when it is not the experiment's natural one: "attention_lite [backward]"."""
    return f"{experiment} [{phase}]" if phase else experiment


def label(row: Row) -> str:
    return experiment_label(row.experiment, row.phase)


def tie_verdict(m: dict[str, Row], base: dict[str, Row] | None, baseline: str) -> bool | None:
    """Whether this provider's speed-up over `baseline` is a tie: its stored tie_vs_<baseline> row,
    else (a CSV from before that metric) the overlap of the two providers' p20-p80 rows."""
    stored = m.get(TIE_METRIC.format(baseline))
    if stored is not None and not math.isnan(stored.value):
        return stored.value == 1
    if base is None or base is m:
        return None
    return tie_from_metrics({k: r.value for k, r in m.items()}, {k: r.value for k, r in base.items()})


def copy_doubts(copies: Sequence[Row], groups: dict[tuple, dict[str, Row]]) -> dict[str, str]:
    """device -> why its "% copy" column cannot be trusted: a copy ceiling whose own p20-p80
    spread is wide was measured while something else ran (on the 2-core CPU under load: 9 GB/s
    where a quiet run measures 25-34), and a ceiling that a kernel exceeds is no ceiling."""
    doubts: dict[str, str] = {}
    for device in dict.fromkeys(r.device for r in copies):
        copy = {r.metric: r.value for r in copies if r.device == device}
        why = []
        low, high = copy.get("p20_ms"), copy.get("p80_ms")
        if low and high and low > 0 and high / low > COPY_NOISY_SPREAD:
            why.append(f"its p80/p20 spread is {high / low:.2f}x")
        over = [m["frac_copy_bw"].value for key, m in groups.items() if key[3] == device and "frac_copy_bw" in m]
        if over and max(over) > 1:
            why.append(f"a kernel reaches {100 * max(over):.0f}% of it")
        if why:
            gbs = copy.get("gb_per_s")
            doubts[device] = (f"% copy on {device} is unreliable (marked ?): the copy ceiling"
                              f"{f' ({gbs:,.0f} GB/s)' if gbs else ''} was measured under load, {' and '.join(why)}; "
                              "bench again on a quiet machine")
    return doubts


def bench_table(rows: Sequence[Row]) -> Table:
    """One line per experiment x provider (x shape, dtype, device), from long-format rows."""
    groups: dict[tuple[str, str, str, str, str], dict[str, Row]] = {}
    copies = []
    for r in rows:
        if r.experiment == COPY_EXPERIMENT:
            copies.append(r)
            continue
        groups.setdefault((label(r), r.shape, r.dtype, r.device, r.provider), {})[r.metric] = r

    measured = [r for r in rows if r.experiment != COPY_EXPERIMENT] or list(rows)
    title = (
        f"inspect bench: {_one(r.device_name for r in measured)} ({_one(r.device for r in measured)}), "
        f"torch {_one(r.torch for r in measured)}, triton {_one(r.triton for r in measured)}"
    )
    table = Table(title=escape(title), title_justify="left")
    has_peak = any(r.metric == "peak_mem_mib" for r in rows)  # CUDA runs only
    for name, justify in [
        ("experiment", "left"), ("shape", "left"), ("dtype", "left"), ("provider", "left"),
        ("median ms", "right"), ("p20-p80 ms", "right"), ("GB/s", "right"), ("% copy", "right"),
        ("TFLOP/s", "right"), ("vs eager", "right"), ("vs compile", "right"),
        *([("peak MiB", "right")] if has_peak else []), ("check", "left"),
    ]:
        table.add_column(name, justify=justify, overflow="fold")

    def val(m: dict[str, Row], metric: str) -> float | None:
        return m[metric].value if metric in m else None

    doubts = copy_doubts(copies, groups)
    latency_shapes = False
    host_bound: list[str] = []
    previous = None
    for key, m in groups.items():
        experiment, shape, dtype, device, provider = key
        first = (experiment, shape, dtype, device) != previous
        if first and previous is not None:
            table.add_section()
        previous = (experiment, shape, dtype, device)
        med, p20, p80, gbs = val(m, "median_ms"), val(m, "p20_ms"), val(m, "p80_ms"), val(m, "gb_per_s")
        if device == "cuda" and med is not None and gbs is not None and gbs * 1e9 * med * 1e-3 < LATENCY_BYTES:
            latency_shapes = True
        spread = number(p20, ".4g", missing="") + "-" + number(p80, ".4g", missing="") if p20 is not None and p80 is not None else ""
        share = val(m, "host_share")
        if share is not None and share >= HOST_BOUND and med is not None and "host_us" in m:
            host_bound.append(f"{experiment} {shape} {provider} ({m['host_us'].value:,.0f} us on the host, "
                              f"{1e3 * med:,.0f} us on the GPU)")
        table.add_row(
            escape(experiment) if first else "",
            shape if first else "",
            dtype if first else "",
            escape(provider),
            number(med, ".4g", missing=""),
            spread,
            number(gbs, ",.0f", missing=""),
            number(None if val(m, "frac_copy_bw") is None else 100 * val(m, "frac_copy_bw"), ".0f", "%", missing="")
            + ("?" if device in doubts and "frac_copy_bw" in m else ""),
            number(val(m, "tflop_per_s"), ".1f", missing=""),
            *(speedup_text(val(m, f"speedup_vs_{b}"), tie_verdict(m, groups.get(key[:4] + (b,)), b))
              for b in ("eager", "compile")),
            *([number(val(m, "peak_mem_mib"), ",.1f", missing="")] if has_peak else []),
            _check_cell(m),
        )

    notes = []
    for c in copies:
        if c.metric == "gb_per_s":
            notes.append(f"copy ceiling on {c.device_name}: {c.value:,.0f} GB/s ({c.note})")
    notes += doubts.values()
    if any(r.device == "cpu" for r in measured):
        notes.append("CPU rows: wall-clock loop, no cache flush")
    if latency_shapes:
        notes.append(f"rows moving < {LATENCY_BYTES / 1e6:.0f} MB are latency numbers, not bandwidth")
    notes.append("median of per-round medians; spread = lowest p20 to highest p80 over the rounds; "
                 "'tie': the two providers' spreads overlap, so the ratio does not say which is faster")
    if has_peak:
        notes.append("peak MiB: memory one call allocates beyond its inputs (outputs + temporaries)")
    if host_bound:
        notes.append("host-bound: the host takes about as long to issue a call as the GPU to run it and the L2 "
                     "flush before it, so these times may include the GPU waiting for the launch: "
                     + "; ".join(host_bound))
    table.caption = escape("\n".join(notes))
    table.caption_justify = "left"
    return table
