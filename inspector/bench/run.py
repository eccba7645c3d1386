"""`run_bench`: check, then time, every provider of every chosen experiment in one run.

Per experiment: fresh random inputs (a loss experiment is timed as its training step: forward and
gradients, see providers.py); each provider's first call (the compile, for torch.compile)
and its correctness check happen outside the timed region, against eager run in float64 on
upcast inputs with the experiment's tolerance (or the experiment's own `check`, for dropout's
random mask). Then the providers are timed alternating, `rounds` times A, B, C, ..., so that a
clock or thermal drift during the run hits all of them alike; a provider's time is the median of
its per-round medians, its spread the lowest p20 to the highest p80 over the rounds (what a
difference must exceed before it is more than noise). The copy ceiling is measured once per run.

Roofline numbers per row: GB/s = experiment bytes model (each input read once, each output
written once) / median time; fraction of the copy ceiling; TFLOP/s where the experiment counts
FLOPs. A provider that raises is recorded as a "failed" row and the run goes on.
"""

from __future__ import annotations

import statistics
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Sequence

import torch

import experiments
from experiments._catalog import dtype_name
from experiments._spec import DTYPES, Experiment, Shape, format_shape
from inspector.bench import passes as passes_mod
from inspector.bench import providers as providers_mod
from inspector.bench.checks import check_output, peak_memory, reference_output
from inspector.bench.table import COPY_EXPERIMENT, COPY_PROVIDER, Row, write_csv
from inspector.core.progress import Progress
from inspector.core.spread import BASELINES, TIE_METRIC, overlaps, spread_of, tie_note
from inspector.core.timing import HOST_CALLS, CopyBandwidth, Timing, copy_bandwidth, host_share, host_us, time_fn
from inspector.store import bench_dir
from inspector.usage import held_interrupt
from inspector.versions import Versions, collect, resolve_device


class BenchConfigError(ValueError):
    """A bench request that cannot run (unknown name, bad shape/dtype/device/provider)."""


@dataclass(frozen=True)
class BenchConfig:
    """What to bench. Empty `experiments` = all; None fields = each experiment's default."""

    experiments: tuple[str, ...] = ()
    shape: str | tuple[str, ...] | None = None  # e.g. "8192x4096" (or several), parsed per experiment
    dtype: str | None = None  # a key of experiments._spec.DTYPES
    device: str = "auto"  # auto | cuda | cpu
    providers: tuple[str, ...] | None = None  # None: providers.default_providers per experiment
    rounds: int = 3
    out: Path | None = None  # CSV written (and rewritten after each experiment) when set
    passes: tuple[str, ...] = ()  # forward | backward | step; empty: each experiment's natural pass
    counters: bool = False  # also profile one call per provider with Nsight Compute (bench/counters.py)


@dataclass(frozen=True)
class Job:
    spec: Experiment
    shape: Shape
    dtype: torch.dtype
    providers: tuple[str, ...]
    pass_: str = ""  # "" or the natural pass: what the experiment is (passes.py)

    @property
    def phase(self) -> str:
        """The CSV's phase: "" for the natural pass (what every earlier CSV measured), else the pass."""
        return "" if self.pass_ in ("", self.spec.natural_pass) else self.pass_


def plan(config: BenchConfig) -> tuple[str, list[Job]]:
    """Resolve the device and every experiment's shape/dtype/providers; BenchConfigError if invalid."""
    try:
        device = resolve_device(config.device)
    except ValueError as exc:
        raise BenchConfigError(str(exc)) from None
    if config.rounds < 1:
        raise BenchConfigError(f"--rounds must be at least 1, got {config.rounds}")
    dtype = None
    if config.dtype is not None:
        dtype = DTYPES.get(config.dtype.lower())
        if dtype is None:
            raise BenchConfigError(f"unknown dtype {config.dtype!r}: choose one of {', '.join(DTYPES)}")
    chosen = None
    if config.providers is not None:
        chosen = tuple(dict.fromkeys(p.strip() for p in config.providers if p.strip()))
    for p in config.passes:
        if p not in passes_mod.PASSES:
            raise BenchConfigError(f"unknown --pass {p!r}: choose {passes_mod.PASS_HELP}")
    names = config.experiments or tuple(experiments.REGISTRY)
    if chosen is not None:
        known_specs = tuple(experiments.REGISTRY[n] for n in names if n in experiments.REGISTRY)
        unknown = [p for p in chosen if not providers_mod.is_known(p, known_specs)]
        if unknown or not chosen:
            what = f"unknown provider {unknown[0]!r}" if unknown else "no provider given"
            baselines = sorted({b for s in known_specs for b in s.baselines})
            raise BenchConfigError(f"{what}: choose from {', '.join(providers_mod.PROVIDERS)}"
                                   + (f", {', '.join(baselines)}" if baselines else "")
                                   + " or handwritten:FUNCTION (another launcher of the kernel file)")
    texts = (config.shape,) if isinstance(config.shape, str) else tuple(config.shape or ())
    jobs = []
    for name in dict.fromkeys(names):
        try:
            spec = experiments.get(name)
        except KeyError as exc:
            raise BenchConfigError(exc.args[0]) from None
        try:
            shapes = tuple(dict.fromkeys(spec.parse_shape(t) for t in texts)) or (spec.default_shape(device),)
        except ValueError as exc:
            raise BenchConfigError(f"bad --shape: {exc}") from None
        job_dtype = dtype or spec.default_dtype(device)
        if job_dtype not in spec.dtypes:
            supported = ", ".join(dtype_name(d) for d in spec.dtypes)
            raise BenchConfigError(f"{name} does not support {dtype_name(job_dtype)}; it supports {supported}")
        for p in chosen or ():
            if p.startswith(providers_mod.HANDWRITTEN_PREFIX):
                try:
                    providers_mod.launcher_function(spec, p[len(providers_mod.HANDWRITTEN_PREFIX):])
                except (ValueError, ImportError) as exc:
                    raise BenchConfigError(f"--providers {p}: {exc}") from None
        job_passes = tuple(dict.fromkeys(config.passes)) or (spec.natural_pass,)
        if config.experiments:  # named: a pass it lacks is an error; all experiments: the ones that have it
            for p in job_passes:
                try:
                    passes_mod.check_pass(spec, p)
                except passes_mod.PassError as exc:
                    raise BenchConfigError(str(exc)) from None
        job_passes = tuple(p for p in job_passes if p in passes_mod.available(spec))
        jobs += [Job(spec, shape, job_dtype, chosen or providers_mod.default_providers(spec, shape), p)
                 for shape in shapes for p in job_passes]
    if not jobs:
        raise BenchConfigError(f"no experiment has a {' or '.join(config.passes)} pass")
    return device, jobs


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def error_text(exc: BaseException, limit: int = 400) -> str:
    """One line naming the exception: compile errors span pages, the first lines say what broke."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()][:3]
    text = f"{type(exc).__name__}: {' | '.join(lines)}" if lines else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _RowMaker:
    """Fills the fields every row of one (experiment, shape, dtype) shares."""

    def __init__(self, versions: Versions, timestamp: str, experiment: str, shape: str, dtype: str, phase: str = ""):
        self.common = dict(
            shape=shape, dtype=dtype, device=versions.device, device_name=versions.device_name,
            torch=versions.torch, triton=versions.triton, timestamp=timestamp, phase=phase,
        )
        self.experiment = experiment

    def __call__(self, provider: str, metric: str, value: float, unit: str = "", note: str = "") -> Row:
        return Row(experiment=self.experiment, provider=provider, metric=metric, value=float(value),
                   unit=unit, note=note, **self.common)


def _aggregate(rounds: Sequence[Timing]) -> Timing:
    return Timing(
        statistics.median(t.median_ms for t in rounds),
        min(t.p20_ms for t in rounds),
        max(t.p80_ms for t in rounds),
    )


def bench_experiment(job: Job, device: str, rounds: int, copy: CopyBandwidth, make_row: _RowMaker,
                     progress: Progress) -> list[Row]:
    """Check and time every provider of one experiment; rows in provider order."""
    spec = passes_mod.view(job.spec, job.pass_ or job.spec.natural_pass)  # what the pass times
    label = (f"[{job.spec.name}{f' {job.phase}' if job.phase else ''} {format_shape(job.shape)} "
             f"{dtype_name(job.dtype)} {device}]")
    # a fresh Dynamo cache per experiment: a second shape of the same function would otherwise
    # recompile with dynamic shapes, and we time the static kernel that users of one shape get
    torch.compiler.reset()
    progress(f"{label} making inputs")
    inputs = spec.make_inputs(job.shape, job.dtype, device, None)
    say: Progress = lambda message: progress(f"{label} {message}")
    status: dict[str, list[Row]] = {name: [] for name in job.providers}  # each provider's rows so far
    ready = _check_providers(job, spec, device, inputs, status, make_row, say)
    timings = _time_rounds(ready, inputs, device, rounds, status, make_row, say)
    totals = {name: _aggregate(ts) for name, ts in timings.items()}
    timed = {name: ready[name] for name in timings}
    host = _host_times(timed, inputs, totals, status, make_row, say) if device == "cuda" else {}
    nbytes, flops = spec.bytes_moved(job.shape, job.dtype), spec.flops(job.shape)
    for name, ts in timings.items():
        status[name] = _timing_rows(name, len(ts), totals, host, nbytes, flops, copy, make_row) + status[name]
    del inputs, ready, timed
    if device == "cuda":
        torch.cuda.empty_cache()
    return [row for name in job.providers for row in status[name]]


def _failed(make_row: _RowMaker, name: str, exc: BaseException) -> Row:
    return make_row(name, "failed", float("nan"), note=error_text(exc))


def _check_providers(job: Job, spec: Experiment, device: str, inputs: tuple, status: dict[str, list[Row]],
                     make_row: _RowMaker, progress: Progress) -> dict[str, Callable[..., torch.Tensor]]:
    """Make each provider and check its first call against the reference (outside any timing);
    appends its rows to `status` and returns the providers that ran, in order, to be timed."""
    ref = reference_output(spec, inputs)
    ready: dict[str, Callable[..., torch.Tensor]] = {}
    for name in job.providers:
        try:
            fn = providers_mod.make(name, job.spec, device, job.pass_)
        except providers_mod.Skip as skip:
            progress(f"{name}: skipped ({skip})")
            status[name].append(make_row(name, "skipped", float("nan"), note=str(skip)))
            continue
        except Exception as exc:
            status[name].append(_failed(make_row, name, exc))
            continue
        progress(f"{name}: {'compiling and ' if name.startswith('compile') else ''}checking")
        if _check_provider(name, fn, spec, device, inputs, ref, job.dtype, status[name], make_row, progress):
            ready[name] = fn
    return ready


def _check_provider(name: str, fn: Callable[..., torch.Tensor], spec: Experiment, device: str, inputs: tuple, ref,
                    dtype: torch.dtype, rows: list[Row], make_row: _RowMaker, progress: Progress) -> bool:
    """One provider's first call: its correctness (and CUDA peak memory) rows; False if it raised."""
    try:
        out = fn(*inputs)
        result = check_output(spec, out, inputs, ref, dtype)
        if device == "cuda":
            peak = peak_memory(fn, inputs)
            rows.append(make_row(name, "peak_mem_mib", peak / 2**20, "MiB",
                                 note="memory allocated during one call beyond its inputs "
                                      "(outputs and temporaries), torch.cuda.max_memory_allocated"))
    except Exception as exc:
        progress(f"{name}: FAILED {error_text(exc, 200)}")
        rows.append(_failed(make_row, name, exc))
        return False
    del out
    if not result.passed:
        progress(f"{name}: INCORRECT {result.describe()}")
    rows.append(make_row(name, "correct", 1.0 if result.passed else 0.0, "bool", result.describe()))
    rows.append(make_row(name, "max_abs_err", result.max_abs_err, "abs"))
    return True


def _time_rounds(ready: dict[str, Callable[..., torch.Tensor]], inputs: tuple, device: str, rounds: int,
                 status: dict[str, list[Row]], make_row: _RowMaker, progress: Progress) -> dict[str, list[Timing]]:
    """Time the providers alternating, `rounds` times A, B, C, ...; one that raises gets a failed row
    and is left out of the later rounds and of the result."""
    timings: dict[str, list[Timing]] = {name: [] for name in ready}
    for r in range(rounds):
        for name in list(timings):
            progress(f"{name}: timing round {r + 1}/{rounds}")
            fn = ready[name]
            try:
                prepare = getattr(fn, "prepare", None)  # --pass backward: the forward before each call, untimed
                timings[name].append(time_fn(lambda fn=fn: fn(*inputs), device,
                                             setup=None if prepare is None else lambda p=prepare: p(*inputs)))
            except Exception as exc:
                status[name].append(_failed(make_row, name, exc))
                del timings[name]
    return timings


def _host_times(timed: dict[str, Callable[..., torch.Tensor]], inputs: tuple, totals: dict[str, Timing],
                status: dict[str, list[Row]], make_row: _RowMaker, progress: Progress) -> dict[str, float]:
    """Host time per call (us) of each timed provider whose call can be repeated on its own."""
    host: dict[str, float] = {}
    for name, fn in timed.items():
        if getattr(fn, "prepare", None) is None:  # a --pass backward call cannot be repeated without its forward
            progress(f"{name}: host time per call")
            try:
                host[name] = host_us(lambda fn=fn: fn(*inputs), totals[name].median_ms)
            except Exception as exc:
                status[name].append(_failed(make_row, name, exc))
    return host


def _timing_rows(name: str, n_rounds: int, totals: dict[str, Timing], host: dict[str, float], nbytes: int,
                 flops: int, copy: CopyBandwidth, make_row: _RowMaker) -> list[Row]:
    """A timed provider's rows: its time, roofline, speed-ups over eager and compile, whether those
    are within the spread, and its host time (where measured)."""
    t = totals[name]
    gbs = nbytes / (t.median_ms * 1e-3) / 1e9
    rows = [
        make_row(name, "median_ms", t.median_ms, "ms", note=f"{n_rounds} rounds"),
        make_row(name, "p20_ms", t.p20_ms, "ms"),
        make_row(name, "p80_ms", t.p80_ms, "ms"),
        make_row(name, "gb_per_s", gbs, "GB/s", note=f"{nbytes} bytes moved (experiment model)"),
        make_row(name, "frac_copy_bw", gbs / copy.gb_per_s, "fraction"),
    ]
    if flops > 0:
        rows.append(make_row(name, "tflop_per_s", flops / (t.median_ms * 1e-3) / 1e12, "TFLOP/s"))
    for base in BASELINES:
        if base in totals:
            rows.append(make_row(name, f"speedup_vs_{base}", totals[base].median_ms / t.median_ms, "x"))
    mine = spread_of(t.p20_ms, t.p80_ms)
    for base in BASELINES:  # is the speed-up over `base` more than the spread of either side?
        theirs = spread_of(totals[base].p20_ms, totals[base].p80_ms) if base in totals and name != base else None
        if mine and theirs:
            rows.append(make_row(name, TIE_METRIC.format(base), float(overlaps(mine, theirs)),
                                 "bool", tie_note(name, mine, base, theirs)))
    if name in host:
        rows.append(make_row(name, "host_us", host[name], "us",
                             note=f"host time per call, up to {HOST_CALLS} calls without synchronizing"))
        rows.append(make_row(name, "host_share", host_share(host[name], t.median_ms, copy.gb_per_s), "fraction",
                             note="host time per call / GPU time of a timed sample (the call + the L2 flush)"))
    return rows


def run_bench(config: BenchConfig, progress: Progress | None = None,
              save: Callable[[list[Row]], object] | None = None) -> list[Row]:
    """Bench every experiment of `config`; returns long-format rows. `save(rows)` runs after each
    experiment and at the end, so a killed run keeps what it measured (default: write config.out)."""
    progress = progress or _stderr
    if save is None:
        save = (lambda rows: write_csv(rows, config.out)) if config.out is not None else (lambda rows: None)
    device, jobs = plan(config)
    with held_interrupt():  # its first call imports torch._dynamo and triton: see held_interrupt
        torch.compiler.reset()
    versions = collect(device)
    timestamp = datetime.now(timezone.utc).isoformat(timespec="seconds")

    progress(f"[{device}] measuring copy bandwidth")
    copy = copy_bandwidth(device)
    size = f"{copy.nbytes >> 20}MiB"
    copy_row = _RowMaker(versions, timestamp, COPY_EXPERIMENT, size, "int64")
    rows = [
        copy_row(COPY_PROVIDER, "gb_per_s", copy.gb_per_s, "GB/s", copy.label),
        copy_row(COPY_PROVIDER, "median_ms", copy.timing.median_ms, "ms"),
        copy_row(COPY_PROVIDER, "p20_ms", copy.timing.p20_ms, "ms"),
        copy_row(COPY_PROVIDER, "p80_ms", copy.timing.p80_ms, "ms"),
    ]
    progress(f"[{device}] copy: {copy.gb_per_s:,.0f} GB/s ({copy.label})")
    ncu = _ncu(device, progress) if config.counters else None
    for job in jobs:
        make_row = _RowMaker(versions, timestamp, job.spec.name, format_shape(job.shape), dtype_name(job.dtype),
                             job.phase)
        rows += bench_experiment(job, device, config.rounds, copy, make_row, progress)
        if ncu is not None:
            from inspector.bench.counters import bench_counters

            folder = (config.out or bench_dir() / "bench.csv").with_suffix("")
            rows += bench_counters(job.spec.name, device, job.shape, dtype_name(job.dtype), job.pass_, job.providers,
                                   Path(f"{folder}-counters") / f"{job.spec.name}-{format_shape(job.shape)}{job.phase}",
                                   ncu, make_row, progress)
        save(rows)  # after each experiment: a killed run keeps what it measured
    save(rows)
    return rows


def _ncu(device: str, progress: Progress):
    """Nsight Compute for --counters, or None after one line saying why there are no counters."""
    from inspector.core.ncu import CountersUnavailable, availability

    try:
        return availability(device)
    except CountersUnavailable as exc:
        progress(f"counters unavailable: {exc}")
        return None


def problems(rows: Sequence[Row]) -> list[str]:
    """One line per provider that failed or gave a wrong result (the CLI exits 1 on any)."""
    lines = []
    for r in rows:
        if r.metric == "failed":
            lines.append(f"{r.experiment}/{r.provider} failed: {r.note}")
        elif r.metric == "correct" and r.value != 1:
            lines.append(f"{r.experiment}/{r.provider} incorrect: {r.note}")
    return lines
