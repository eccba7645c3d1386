"""`run_sweep`: run one handwritten launcher over a grid of launch parameters (and shapes), check
every point against the float64 reference, time the correct ones, and return long-format rows.

The contract with a kernel file: its module may define `SWEEP: dict[str, list]`, the tunable
keyword arguments of its launcher(s) and their candidate values (a second launcher may have its
own table, SWEEP_<NAME>: see `sweep_table`; keywords a launcher does not take are dropped). A point of the grid is one dict
of those keywords (the cartesian product of the requested values; keywords not requested keep
the launcher's default) and is called as `launcher(*spec.make_inputs(shape, dtype, device, None),
**point)`. A point the launcher rejects with ValueError/TypeError (or that Triton cannot fit on
the chip: OutOfResources) is recorded as "invalid" with the message; any other exception is
"failed".

Rows are `inspector.bench.table.Row`s, so the sweep CSV is read back by `read_csv` and even
renders with `bench_table`: the point is folded into the provider name, `launcher[K=v,K=v]`
(`provider_name` / `parse_provider`). Per point: correct (1/0) and max_abs_err, then for correct
points median_ms, p20_ms, p80_ms, gb_per_s (experiment bytes model / median), frac_copy_bw (CUDA,
against a copy measured in the same run) and tflop_per_s (experiments that count FLOPs).

Timing is `timing.time_fn`: on CUDA triton's do_bench median with an L2 flush before every call.
On the CPU the kernels run under Triton's interpreter (the caller sets TRITON_INTERPRET=1 before
triton is imported; inspector/commands/sweep.py does): the points are still checked, and timed
with the CPU wall-clock loop, but those times measure the interpreter, not the kernel, and every
such row says so. No copy ceiling is measured on the CPU for the same reason (a fraction of it would mean nothing).
"""

from __future__ import annotations

import importlib
import inspect
import itertools
import math
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Sequence

import torch

from experiments._catalog import dtype_name
from experiments._spec import DTYPES, Experiment, Shape, format_shape
from inspector.bench.checks import check_output, reference_output
from inspector.bench.run import error_text
from inspector.bench.sweep_results import provider_name
from inspector.bench.table import COPY_EXPERIMENT, COPY_PROVIDER, Row
from inspector.core.policy import first_tensor
from inspector.core.progress import Progress
from inspector.core.timing import REP_MS, WARMUP_MS, CopyBandwidth, copy_bandwidth, time_fn
from inspector.usage import held_interrupt
from inspector.versions import collect, resolve_device

Point = dict[str, Any]

CPU_NOTE = "CPU: Triton interpreter time, not kernel performance"
# Exceptions that mean "this configuration is not allowed", not "the kernel is broken". Triton's
# OutOfResources (shared memory or registers over the chip's limit) is matched by name so that
# this module imports without triton.
INVALID_ERRORS = (ValueError, TypeError)
INVALID_NAMES = ("OutOfResources",)


class SweepError(ValueError):
    """A sweep request that cannot run; the message is one line for the user."""


@dataclass(frozen=True)
class SweepConfig:
    """What to sweep. `params`: raw 'KEY=v1,v2' texts (or 'KEY' for all of its SWEEP candidates);
    empty = every SWEEP candidate of every key. `shapes`: raw '8192x4096' texts; empty = the
    experiment's default shape for the device."""

    experiment: str  # built-in name or 'module:ATTR' / 'file.py:ATTR' naming an Experiment
    params: tuple[str, ...] = ()
    shapes: tuple[str, ...] = ()
    dtype: str | None = None
    device: str = "auto"
    launcher: str | None = None  # a function of the kernel module; None = the spec's launcher
    warmup_ms: float = WARMUP_MS
    rep_ms: float = REP_MS


@dataclass(frozen=True)
class Kernel:
    """The launcher to sweep: its module's SWEEP table and its keyword defaults."""

    module: str
    name: str
    fn: Callable[..., Any]
    sweep: dict[str, list]
    defaults: dict[str, Any]  # launcher keyword defaults of the SWEEP keys that have one


@dataclass(frozen=True)
class SweepPlan:
    spec: Experiment
    kernel: Kernel
    device: str
    dtype: torch.dtype
    shapes: tuple[Shape, ...]
    params: dict[str, list]  # the swept keys and their values, in the order given
    points: tuple[Point, ...] = field(default=())
    warmup_ms: float = WARMUP_MS
    rep_ms: float = REP_MS


# ---------------------------------------------------------------- parameters and the grid

# what a value of each parsed type is called in a message ("'abc' is not a whole number")
KIND_NAMES = {bool: "true/false value", int: "whole number", float: "number", str: "text"}


def value_type(candidates: Sequence[Any]) -> type:
    """The type a value given on the command line is parsed as: bool, int, float or str."""
    kinds = {type(c) for c in candidates if c is not None}
    if kinds and kinds <= {bool}:
        return bool
    if kinds and kinds <= {int}:
        return int
    if kinds and kinds <= {int, float}:
        return float
    return str


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def parse_value(text: str, candidates: Sequence[Any]) -> Any:
    """`text` as the type of `candidates`; ValueError if it does not parse. 'none' is None when a
    candidate is None."""
    t = text.strip()
    if t.lower() == "none" and any(c is None for c in candidates):
        return None
    kind = value_type(candidates)
    if kind is bool:
        if t.lower() in _TRUE + _FALSE:
            return t.lower() in _TRUE
        raise ValueError(t)
    if kind is int:
        return int(t, 0)  # 0: also 0x400
    if kind is float:
        return float(t)
    if not t:
        raise ValueError(t)
    return t


def parse_params(raw: Sequence[str], sweep: dict[str, list]) -> dict[str, list]:
    """{'KEY': [values]} from 'KEY=v1,v2' / 'KEY' texts; SweepError names the valid keys/values."""
    valid = ", ".join(f"{k} ({', '.join(map(str, v))})" for k, v in sweep.items())
    if not raw:
        return {k: list(v) for k, v in sweep.items()}
    params: dict[str, list] = {}
    for text in raw:
        key, sep, values = text.partition("=")
        key = key.strip()
        if key not in sweep:
            raise SweepError(f"unknown parameter {key!r} in --param {text!r}: the kernel sweeps {valid}")
        if key in params:
            raise SweepError(f"--param {key} given twice: list its values once, comma-separated")
        if not sep:
            params[key] = list(sweep[key])
            continue
        parsed = []
        for v in values.split(","):
            try:
                parsed.append(parse_value(v, sweep[key]))
            except ValueError:
                kind = KIND_NAMES.get(value_type(sweep[key]), "value of that kind")
                raise SweepError(f"--param {key}: {v.strip()!r} is not a {kind}; "
                                 f"its candidates are {', '.join(map(str, sweep[key]))}") from None
        params[key] = list(dict.fromkeys(parsed))  # a repeated value would be timed twice
    return params


def grid(params: dict[str, list]) -> list[Point]:
    """Every combination of the values, the first key varying slowest."""
    keys = list(params)
    return [dict(zip(keys, combo)) for combo in itertools.product(*(params[k] for k in keys))]


# ---------------------------------------------------------------- planning

def load_kernel(spec: Experiment, launcher: str | None) -> Kernel:
    """The launcher function and its module's SWEEP; SweepError when either is missing."""
    if spec.handwritten is None:
        raise SweepError(f"{spec.name} names no handwritten kernel: there is nothing to sweep")
    module_name, _, default_name = spec.handwritten.partition(":")
    try:
        with held_interrupt():  # the kernel file imports triton, whose C extension aborts on a Ctrl-C mid-import
            module = importlib.import_module(module_name)
    except Exception as exc:
        raise SweepError(f"cannot import {module_name} ({spec.name}'s handwritten kernel): {error_text(exc, 300)}") from None
    name = launcher or default_name
    fn = getattr(module, name, None)
    if name.startswith("_") or not callable(fn):
        public = sorted(n for n, v in vars(module).items()
                        if callable(v) and not n.startswith("_") and getattr(v, "__module__", None) == module_name)
        raise SweepError(f"{module_name} has no launcher {name!r}: choose one of {', '.join(public)}")
    table_name, sweep = sweep_table(module, name, default_name)
    if sweep is None:
        raise SweepError(f"{module_name} defines no SWEEP table (dict of launcher keyword -> candidate "
                         f"values), so {spec.name} cannot be swept yet")
    if not isinstance(sweep, dict) or not all(isinstance(k, str) and isinstance(v, (list, tuple)) for k, v in sweep.items()):
        raise SweepError(f"{module_name}.{table_name} must be a dict of str -> list of candidate values")
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        params = None
    defaults = {}
    if params is not None and not any(p.kind is p.VAR_KEYWORD for p in params.values()):
        # a table shared by several launchers may list keywords that this one does not take
        sweep = {k: v for k, v in sweep.items() if k in params}
        if not sweep:
            raise SweepError(f"launcher {module_name}.{name} takes none of the keywords of {module_name}.{table_name}")
        defaults = {k: p.default for k, p in params.items() if k in sweep and p.default is not inspect.Parameter.empty}
    return Kernel(module_name, name, fn, {k: list(v) for k, v in sweep.items()}, defaults)


def sweep_table(module: Any, launcher: str, default_launcher: str) -> tuple[str, Any]:
    """The SWEEP table of `launcher`: SWEEP_<LAUNCHER> or SWEEP_<SUFFIX> (softmax_unfused next to
    the default softmax: SWEEP_UNFUSED) when the module has one, else the shared SWEEP."""
    names = [f"SWEEP_{launcher.upper()}"]
    if launcher != default_launcher and launcher.startswith(default_launcher + "_"):
        names.append(f"SWEEP_{launcher[len(default_launcher) + 1:].upper()}")
    for table in (*names, "SWEEP"):
        if hasattr(module, table):
            return table, getattr(module, table)
    return "SWEEP", None


def load_experiment(name: str, device: str) -> Experiment:
    """A built-in experiment or a 'module:ATTR' reference to an Experiment; SweepError otherwise."""
    from inspector.targets import TargetError, load_target

    try:
        spec = load_target(name, device)
    except KeyError as exc:
        raise SweepError(exc.args[0]) from None
    except TargetError as exc:
        raise SweepError(str(exc)) from None
    return spec


def plan(config: SweepConfig) -> SweepPlan:
    """Resolve device, experiment, launcher, shapes, dtype and the grid; SweepError if invalid."""
    try:
        device = resolve_device(config.device)
    except ValueError as exc:
        raise SweepError(str(exc)) from None
    spec = load_experiment(config.experiment, device)
    kernel = load_kernel(spec, config.launcher)
    params = parse_params(config.params, kernel.sweep)
    try:
        shapes = tuple(dict.fromkeys(spec.parse_shape(s) for s in config.shapes)) or (spec.default_shape(device),)
    except ValueError as exc:
        raise SweepError(f"bad --shape: {exc}") from None
    dtype = spec.default_dtype(device)
    if config.dtype is not None:
        dtype = DTYPES.get(config.dtype.lower())
        if dtype is None:
            raise SweepError(f"unknown dtype {config.dtype!r}: choose one of {', '.join(DTYPES)}")
    if dtype not in spec.dtypes:
        raise SweepError(f"{spec.name} does not support {dtype_name(dtype)}; it supports "
                         f"{', '.join(dtype_name(d) for d in spec.dtypes)}")
    return SweepPlan(spec, kernel, device, dtype, shapes, params, tuple(grid(params)), config.warmup_ms, config.rep_ms)


# ---------------------------------------------------------------- running

def _is_invalid(exc: BaseException) -> bool:
    return isinstance(exc, INVALID_ERRORS) or type(exc).__name__ in INVALID_NAMES


def run_sweep(config: SweepConfig | SweepPlan, progress: Progress | None = None) -> list[Row]:
    """Check every point of the grid on every shape and time the correct ones; long-format rows."""
    progress = progress or (lambda line: print(line, file=sys.stderr, flush=True))
    p = plan(config) if isinstance(config, SweepConfig) else config
    versions = collect(p.device)
    common = dict(dtype=dtype_name(p.dtype), device=p.device, device_name=versions.device_name,
                  torch=versions.torch, triton=versions.triton,
                  timestamp=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    rows: list[Row] = []
    copy = None
    if p.device == "cuda":
        progress("[cuda] measuring copy bandwidth")
        copy = copy_bandwidth(p.device)
        size = f"{copy.nbytes >> 20}MiB"
        rows += [Row(COPY_EXPERIMENT, COPY_PROVIDER, "gb_per_s", copy.gb_per_s, "GB/s", size, **{**common, "dtype": "int64"}, note=copy.label),
                 Row(COPY_EXPERIMENT, COPY_PROVIDER, "median_ms", copy.timing.median_ms, "ms", size, **{**common, "dtype": "int64"})]
    for shape in p.shapes:
        rows += _sweep_shape(p, shape, copy, common, progress)
    return rows


def _sweep_shape(p: SweepPlan, shape: Shape, copy: CopyBandwidth | None, common: dict, progress: Progress) -> list[Row]:
    spec, shape_text = p.spec, format_shape(shape)
    nbytes = spec.bytes_moved(shape, p.dtype)
    rows: list[Row] = []
    for i, point in enumerate(p.points):
        provider = provider_name(p.kernel.name, point)
        label = f"[{spec.name} {shape_text} {i + 1}/{len(p.points)}] {provider}"

        def row(metric: str, value: float, unit: str = "", note: str = "") -> Row:
            return Row(spec.name, provider, metric, float(value), unit, shape_text, note=note, **common)

        # Fresh inputs per point: an output buffer the launcher allocates can land on memory that
        # still holds an earlier point's correct result (CUDA's caching allocator reuses blocks of
        # the same size), and a kernel that writes nothing would then pass on the same inputs.
        inputs = spec.make_inputs(shape, p.dtype, p.device, None)
        ref = reference_output(spec, inputs, eager_kwargs(spec, point))
        if not spec.grad_inputs:  # a training step is checked whole: (loss, *gradients)
            ref = first_tensor(ref) if ref is not None else None
        try:
            out = p.kernel.fn(*inputs, **point)
            out = out if spec.grad_inputs else first_tensor(out)
            result = check_output(spec, out, inputs, ref, p.dtype)
        except Exception as exc:
            kind = "invalid" if _is_invalid(exc) else "failed"
            progress(f"{label}: {kind}: {error_text(exc, 200)}")
            rows.append(row(kind, math.nan, note=error_text(exc)))
            continue
        del out, ref
        rows.append(row("correct", 1.0 if result.passed else 0.0, "bool", result.describe()))
        rows.append(row("max_abs_err", result.max_abs_err, "abs"))
        if not result.passed:  # a wrong point is never the best one: not worth its timing
            progress(f"{label}: INCORRECT {result.describe()}")
            continue
        try:
            t = time_fn(lambda: p.kernel.fn(*inputs, **point), p.device, p.warmup_ms, p.rep_ms)
        except Exception as exc:
            rows.append(row("failed", math.nan, note=error_text(exc)))
            continue
        gbs = nbytes / (t.median_ms * 1e-3) / 1e9
        note = CPU_NOTE if p.device == "cpu" else ""
        progress(f"{label}: {t.median_ms:.4g} ms, {gbs:,.3g} GB/s" + (f" ({CPU_NOTE})" if note else ""))
        rows += [row("median_ms", t.median_ms, "ms", note), row("p20_ms", t.p20_ms, "ms"), row("p80_ms", t.p80_ms, "ms"),
                 row("gb_per_s", gbs, "GB/s", f"{nbytes} bytes moved (experiment model)")]
        if copy is not None:
            rows.append(row("frac_copy_bw", gbs / copy.gb_per_s, "fraction"))
        flops = spec.flops(shape, **keywords_of(spec.flops, point))
        if flops > 0:
            rows.append(row("tflop_per_s", flops / (t.median_ms * 1e-3) / 1e12, "TFLOP/s"))
    if p.device == "cuda":
        torch.cuda.empty_cache()
    return rows


def keywords_of(fn: Callable[..., Any], point: Point) -> dict[str, Any]:
    """The swept keywords that `fn` takes too: the eager reference (add_mul's scale s, attention's
    causal) so that a point that changes what is computed is checked against the same function,
    and the FLOPs model (causal attention does half the work)."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return {}
    return {k: v for k, v in point.items() if k in params and params[k].kind is not inspect.Parameter.POSITIONAL_ONLY}


def eager_kwargs(spec: Experiment, point: Point) -> dict[str, Any]:
    return keywords_of(spec.eager, point)
