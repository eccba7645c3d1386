"""Time a callable, and measure the memory-copy ceiling that every kernel is compared against.

On CUDA, `time_fn` follows `triton.testing.do_bench(fn, warmup=25, rep=100, quantiles=[0.5, 0.2,
0.8])`, with Python's garbage collector paused: CUDA events around each call, L2 flushed (a 256 MB
memset) before every call, so repeated calls do not read their inputs from cache. One addition:
a host lead. do_bench queues flush, start event, call, end event; when the host needs longer to
issue a call (Python checks, Dynamo's guards, several launches) than the GPU needs for the flush,
the GPU sits idle between the start event and the call's first kernel, and that wait is timed as
the kernel's. On an H200 a 40 µs LayerNorm launcher timed 0.040 ms in some samples and 0.075 ms
in others that way. So each sample queues, after the flush, a GPU sleep as long as the host time
of one call (measured first, `host_us`) plus a margin; the host then stays ahead and every sample
times the call's own kernels. The sleep lies outside the events; without `torch.cuda._sleep` the
timing is do_bench's. On the CPU it is a wall-clock loop with the same warm-up/repeat
budget (milliseconds): CPU ops run synchronously, so `time.perf_counter` around one call is that
call's time. No cache flush on the CPU: small shapes there measure the caches, and CPU numbers are
labelled as such wherever they are shown.

With `setup` (the backward alone: each call needs a fresh forward), every sample is one setup()
outside the timed region, then on CUDA the L2 flush and CUDA events around fn() alone; the same
budget, median and percentiles.

Roofline: `copy_bandwidth` copies one device buffer into another and counts bytes read + bytes
written over the time (1 GiB on CUDA: ~4.2 TB/s on an H200, torch 2.11; 256 MiB on the CPU,
far above its caches). A memory-bound kernel that reads each input once and writes each
output once cannot beat that copy, so GB/s over this number is its fraction of the ceiling.
"""

from __future__ import annotations

import gc
import statistics
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable

import torch

WARMUP_MS = 25
REP_MS = 100
# The CPU and setup loops stop here even if rep_ms is not reached: 64x256 fp32 SiLU runs in ~10 µs, and
# 2,000 samples already fix the median to well under the run-to-run spread.
MAX_SAMPLES = 2000
MIN_SAMPLES = 5

CUDA_COPY_BYTES = 1 << 30  # 1 GiB: 20x the 50 MB L2 of an H100/H200
CPU_COPY_BYTES = 256 << 20  # 256 MiB: far above any CPU's last-level cache, ~0.1 s per copy


@dataclass(frozen=True)
class Timing:
    """Median and 20th/80th percentile of one callable's time, in milliseconds."""

    median_ms: float
    p20_ms: float
    p80_ms: float


@dataclass(frozen=True)
class Calibration:
    """What a CUDA timing measures before its samples: one call's GPU time (ms, flush included) and
    the host time of one call (µs, `host_us`). A second timing of the same callable may reuse them."""

    estimate_ms: float
    host_us: float


@dataclass(frozen=True)
class CopyBandwidth:
    """A device-to-device copy: `nbytes` read and `nbytes` written in `timing.median_ms`."""

    device: str
    nbytes: int
    timing: Timing
    label: str

    @property
    def gb_per_s(self) -> float:
        return 2 * self.nbytes / (self.timing.median_ms * 1e-3) / 1e9


def time_fn(fn: Callable[[], object], device: str, warmup_ms: float = WARMUP_MS, rep_ms: float = REP_MS,
            setup: Callable[[], object] | None = None, calibration: Calibration | None = None,
            min_samples: int = MIN_SAMPLES) -> Timing:
    """Time `fn()` on `device` ("cuda" or "cpu"); compile and warm it up before calling this.
    With `setup`, setup() runs before every call of fn, outside the timed region. On CUDA, a
    `calibration` (from `calibrate`) skips the estimate and host-time calls; at least
    `min_samples` samples are taken however long a call is."""
    with _no_gc():
        if setup is not None:
            return _time_with_setup(fn, setup, device, warmup_ms, rep_ms)
        if device == "cuda":
            return _time_cuda(fn, warmup_ms, rep_ms, calibration, min_samples)
        return _time_cpu(fn, warmup_ms, rep_ms, min_samples)


@contextmanager
def _no_gc():
    """Python's cyclic garbage collector off while timing (as timeit does). After a few dozen
    torch.compile calls the process holds millions of objects, and a collection that starts
    inside the timed loop stalls the host for milliseconds: a kernel whose launch is on the
    critical path (a ~0.1 ms one) then times up to 2x slower in some samples. No collection
    before: with the collector off none can start inside, and a full one after a compile walks
    ~0.5 M objects (0.2-0.4 s per timing on a 2-core CPU, twice per capture)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


L2_FLUSH_BYTES = 256 << 20  # what do_bench clears: larger than any H100/H200 L2 (50-60 MB)
HOST_CALLS = 50
HOST_WINDOW_MS = 200.0  # fewer calls when the GPU side of HOST_CALLS calls would take longer


def host_us(fn: Callable[[], object], median_ms: float = 0.0, calls: int = HOST_CALLS) -> float:
    """Host time of one CUDA call of fn in microseconds (checks, allocations, kernel launches):
    `calls` calls back to back without synchronizing, the GPU queue drained before and after.
    Fewer when median_ms (the GPU time) says they would queue more than HOST_WINDOW_MS."""
    calls = max(5, min(calls, int(HOST_WINDOW_MS / max(median_ms, 1e-3))))
    torch.cuda.synchronize()
    with _no_gc():
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        elapsed = time.perf_counter() - start
    torch.cuda.synchronize()
    return elapsed / calls * 1e6


def host_share(host_us_: float, median_ms: float, copy_gb_per_s: float) -> float:
    """Host time of a call over the GPU time of one timed sample: the call plus the L2 flush queued
    before it (zeroing L2_FLUSH_BYTES, at about the copy rate). Near 1 or above, the host cannot
    stay ahead of the GPU, which then waits for each launch inside the timed region."""
    flush_ms = L2_FLUSH_BYTES / (copy_gb_per_s * 1e9) * 1e3
    return host_us_ * 1e-3 / (median_ms + flush_ms)


def _time_with_setup(fn: Callable[[], object], setup: Callable[[], object], device: str, warmup_ms: float,
                     rep_ms: float) -> Timing:
    cuda = device == "cuda"
    flush = torch.empty(L2_FLUSH_BYTES // 4, dtype=torch.int32, device=device) if cuda else None
    lead = 0

    def sample() -> Callable[[], float]:
        setup()
        if not cuda:
            t0 = time.perf_counter()
            fn()
            elapsed = (time.perf_counter() - t0) * 1e3
            return lambda: elapsed
        flush.zero_()
        _sleep(lead)
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        start.record()
        fn()
        end.record()
        return lambda: start.elapsed_time(end)

    begin = time.perf_counter()
    first = sample()
    if cuda:
        torch.cuda.synchronize()
    per_call_ms = max(first(), 1e-6)
    while (time.perf_counter() - begin) * 1e3 < warmup_ms:
        sample()
    if cuda:  # the host time of setup() + fn(): more than the call alone needs as a lead, never less
        lead = lead_cycles(host_us(lambda: (setup(), fn()), calls=5))
    n = int(min(MAX_SAMPLES, max(MIN_SAMPLES, rep_ms / per_call_ms)))
    pending = [sample() for _ in range(n)]
    if cuda:
        torch.cuda.synchronize()
    return timing_from_samples([read() for read in pending])


def calibrate(fn: Callable[[], object]) -> Calibration:
    """do_bench's estimate (5 calls, each after an L2 flush) and the host time of one call, on CUDA."""
    flush = torch.empty(L2_FLUSH_BYTES // 4, dtype=torch.int32, device="cuda")
    with _no_gc():
        fn()
        torch.cuda.synchronize()
        begin, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        begin.record()
        for _ in range(5):
            flush.zero_()
            fn()
        end.record()
        torch.cuda.synchronize()
        estimate_ms = max(begin.elapsed_time(end) / 5, 1e-4)
        return Calibration(estimate_ms, host_us(fn, estimate_ms))


def _time_cuda(fn: Callable[[], object], warmup_ms: float, rep_ms: float, calibration: Calibration | None,
               min_samples: int) -> Timing:
    """do_bench's loop (estimate from 5 calls, warm-up, then flush + events per sample, one
    synchronize at the end) with the host lead of the module docstring."""
    calibration = calibration or calibrate(fn)
    flush = torch.empty(L2_FLUSH_BYTES // 4, dtype=torch.int32, device="cuda")
    estimate_ms = calibration.estimate_ms
    lead = lead_cycles(calibration.host_us)
    for _ in range(max(1, int(warmup_ms / estimate_ms))):
        fn()
    n = int(min(MAX_SAMPLES, max(min_samples, rep_ms / estimate_ms)))
    events = [(torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)) for _ in range(n)]
    for start, stop in events:
        flush.zero_()
        _sleep(lead)
        start.record()
        fn()
        stop.record()
    torch.cuda.synchronize()
    return timing_from_samples([start.elapsed_time(stop) for start, stop in events])


LEAD_MARGIN = 1.5  # the sleep covers 1.5x the measured host time of a call ...
LEAD_EXTRA_US = 20.0  # ... plus the flush's and the events' own launches
_CYCLES_PER_US: list[float] = []  # the GPU's sleep rate, measured once per process


def _sleep(cycles: int) -> None:
    if cycles > 0:
        torch.cuda._sleep(cycles)  # a spin kernel (torch.cuda, every release since 1.x)


def lead_cycles(host_us_: float) -> int:
    """GPU sleep cycles that cover `host_us_` of host time with margin; 0 without torch.cuda._sleep."""
    if not hasattr(torch.cuda, "_sleep"):
        return 0
    if not _CYCLES_PER_US:
        start, stop = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        cycles = 2_000_000
        _sleep(cycles)  # warm: the first launch loads the kernel
        start.record()
        _sleep(cycles)
        stop.record()
        torch.cuda.synchronize()
        _CYCLES_PER_US.append(cycles / max(start.elapsed_time(stop) * 1e3, 1e-3))
    return int((host_us_ * LEAD_MARGIN + LEAD_EXTRA_US) * _CYCLES_PER_US[0])


def _time_cpu(fn: Callable[[], object], warmup_ms: float, rep_ms: float, min_samples: int) -> Timing:
    start = time.perf_counter()
    calls = 0
    while calls == 0 or (time.perf_counter() - start) * 1e3 < warmup_ms:
        fn()
        calls += 1
    per_call_ms = max((time.perf_counter() - start) * 1e3 / calls, 1e-6)
    n = int(min(MAX_SAMPLES, max(min_samples, rep_ms / per_call_ms)))
    samples = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1e3)
    return timing_from_samples(samples)


def timing_from_samples(samples_ms: list[float]) -> Timing:
    """Median and 20/80 percentiles of individual call times (linear interpolation)."""
    if len(samples_ms) == 1:
        return Timing(samples_ms[0], samples_ms[0], samples_ms[0])
    cuts = statistics.quantiles(samples_ms, n=10, method="inclusive")  # deciles: cuts[1]=p20, cuts[7]=p80
    return Timing(statistics.median(samples_ms), cuts[1], cuts[7])


def copy_bandwidth(device: str, nbytes: int | None = None) -> CopyBandwidth:
    """Measure the copy ceiling on `device`: dst.copy_(src) of `nbytes`, bytes read + written / time."""
    if nbytes is None:
        nbytes = CUDA_COPY_BYTES if device == "cuda" else CPU_COPY_BYTES
    nbytes -= nbytes % 8
    # random bits, never zeros: a constant buffer could be compressed or short-circuited
    src = torch.randint(-(2**63), 2**63 - 1, (nbytes // 8,), dtype=torch.int64, device=device)
    dst = torch.empty_like(src)
    timing = time_fn(lambda: dst.copy_(src), device)
    size = f"{nbytes / 2**30:g} GiB" if nbytes >= 2**30 else f"{nbytes / 2**20:g} MiB"
    where = "device-to-device" if device == "cuda" else "CPU memory"
    label = f"{where} copy of {size}, bytes read + written"
    del src, dst
    if device == "cuda":
        torch.cuda.empty_cache()
    return CopyBandwidth(device, nbytes, timing, label)
