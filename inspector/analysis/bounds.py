"""What bounds a kernel, from its hardware counters: floors, a classification, and the gap split.

Pure functions over `KernelCounters` (one profiled launch, as inspector.core.ncu reads it
from Nsight Compute) and `Rates` (the copy bandwidth measured in the same run, and the GPU's issue
rate read from the same counters). Nothing here runs on a GPU.

Floors, per kernel:
- memory floor = (DRAM bytes read + written) / copy bandwidth: the time the kernel would take if
  it moved its measured DRAM bytes at the rate of a device-to-device copy;
- issue floor = warp instructions executed / issue rate, where the issue rate is one warp
  instruction per cycle per SM sub-partition (scheduler): n_smsp x SM clock. Both come from the
  counters: n_smsp = smsp__inst_executed.sum / smsp__inst_executed.avg, the clock is
  smsp__cycles_elapsed.avg.per_second;
- above floor = duration / the larger floor (1.0 = at the floor).

Classification (thresholds below, checked in this order):
1. launch-bound: shorter than LAUNCH_US. Launch, ramp-up and the tail of the last wave weigh on
   a kernel that short more than its bytes or instructions do.
2. memory-bound or issue-bound: the larger of the memory utilisation (memory floor / duration,
   or dram__throughput % of peak when the bytes are missing) and the issue utilisation
   (smsp__issue_active % of peak, or issue floor / duration) reaches BOUND_UTIL; the larger one
   names the bound. 60% is where Nsight Compute's Speed-Of-Light rule stops calling a kernel's
   throughput low ("below 60% of peak typically indicate latency issues").
3. latency/occupancy-bound: neither reaches it; the kernel waits (achieved occupancy and the top
   warp-stall reason say on what).

Gap split between a generated call and a handwritten one (each a list of kernels, summed):
gap = DRAM term + instruction term + remainder, where the DRAM term is the difference in DRAM
bytes at the copy bandwidth, the instruction term the difference in warp instructions at the
issue rate, and the remainder everything else (occupancy, latency, launches). The remainder is
whatever makes the sum equal the measured gap, so it is negative when the two terms overlap (a
memory-bound kernel issues its instructions while it waits for memory). A remainder larger than
UNEXPLAINED_SHARE of the gap, of either sign, is reported as unexplained. A gap under NO_GAP_SHARE
of the slower call is not split: one profiled call's duration varies by about that much, so the
two calls take the same time and there is nothing for the terms to explain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from inspector.store import load_optional

LAUNCH_US = 5.0
BOUND_UTIL = 0.60
UNEXPLAINED_SHARE = 0.30
NO_GAP_SHARE = 0.03  # the same kernel profiled in two runs on the H200 read up to 3.2% apart (docs/counters.md)

MEMORY, ISSUE, LATENCY, LAUNCH = "memory-bound", "issue-bound", "latency/occupancy-bound", "launch-bound"


@dataclass(frozen=True)
class KernelCounters:
    """One profiled kernel launch. None: the counter was not collected or not readable."""

    name: str
    duration_us: float
    dram_read_bytes: float | None = None
    dram_write_bytes: float | None = None
    l2_bytes: float | None = None  # lts__t_bytes.sum: all L2 traffic (hits and misses)
    l1_bytes: float | None = None  # l1tex__t_bytes.sum
    dram_pct: float | None = None  # dram__throughput, % of peak
    sm_pct: float | None = None  # sm__throughput, % of peak
    issue_pct: float | None = None  # smsp__issue_active, % of the active cycles with an issue
    instructions: float | None = None  # smsp__inst_executed.sum: warp instructions
    smsp_count: int | None = None  # SM sub-partitions (schedulers) of the device
    smsp_clock_hz: float | None = None
    achieved_occupancy_pct: float | None = None
    theoretical_occupancy_pct: float | None = None
    registers: int | None = None
    stalls: dict[str, float] = field(default_factory=dict)  # reason -> cycles per issued instruction

    @property
    def dram_bytes(self) -> float | None:
        if self.dram_read_bytes is None and self.dram_write_bytes is None:
            return None
        return (self.dram_read_bytes or 0.0) + (self.dram_write_bytes or 0.0)

    @property
    def issue_rate(self) -> float | None:
        """Warp instructions per second the device can issue: one per scheduler per cycle."""
        if not self.smsp_count or not self.smsp_clock_hz:
            return None
        return self.smsp_count * self.smsp_clock_hz

    def top_stalls(self, n: int = 3) -> list[tuple[str, float]]:
        return sorted(self.stalls.items(), key=lambda kv: -kv[1])[:n]


def counters_from_record(rec: Mapping[str, Any]) -> KernelCounters:
    """A counter record of kernels.json (core/ncu.py kernel_record) as KernelCounters;
    unknown keys are ignored, missing or non-numeric values are None."""
    def f(key: str) -> float | None:
        v = rec.get(key)
        return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None

    stalls = rec.get("stalls") if isinstance(rec.get("stalls"), dict) else {}
    return KernelCounters(
        name=str(rec.get("name", "")), duration_us=f("duration_us") or 0.0,
        dram_read_bytes=f("dram_read_bytes"), dram_write_bytes=f("dram_write_bytes"), l2_bytes=f("l2_bytes"),
        l1_bytes=f("l1_bytes"), dram_pct=f("dram_pct"), sm_pct=f("sm_pct"), issue_pct=f("issue_pct"),
        instructions=f("instructions"), smsp_count=int(rec["smsp_count"]) if f("smsp_count") else None,
        smsp_clock_hz=f("smsp_clock_hz"), achieved_occupancy_pct=f("achieved_occupancy_pct"),
        theoretical_occupancy_pct=f("theoretical_occupancy_pct"),
        registers=int(rec["registers"]) if f("registers") is not None else None,
        stalls={str(k): float(v) for k, v in stalls.items() if isinstance(v, (int, float))})


@dataclass(frozen=True)
class Rates:
    """The ceilings the floors are measured against: bytes/s of the copy measured in the same run
    (read + written), and warp instructions/s (None: take each kernel's own `issue_rate`)."""

    copy_bytes_per_s: float
    issue_per_s: float | None = None

    def issue_for(self, k: KernelCounters) -> float | None:
        return self.issue_per_s or k.issue_rate


@dataclass(frozen=True)
class Bound:
    kind: str
    memory_floor_us: float | None
    issue_floor_us: float | None
    above_floor: float | None  # duration / the larger floor
    memory_util: float | None
    issue_util: float | None
    why: str

    def text(self) -> str:
        """'memory-bound: DRAM at 84% of the copy rate (issue 40%); floors: memory 26.7 µs, issue
        17.6 µs; 1.35x the larger floor' (a launch-bound kernel's floors say nothing: left out)."""
        floors = [f"{what} {v:.1f} µs" for what, v in (("memory", self.memory_floor_us), ("issue", self.issue_floor_us))
                  if v is not None]
        if self.kind == LAUNCH or not floors:
            return f"{self.kind}: {self.why}"
        above = f"; {self.above_floor:.2f}x the larger floor" if self.above_floor is not None else ""
        return f"{self.kind}: {self.why}; floors: {', '.join(floors)}{above}"


def memory_floor_us(k: KernelCounters, rates: Rates) -> float | None:
    b = k.dram_bytes
    return None if b is None or rates.copy_bytes_per_s <= 0 else b / rates.copy_bytes_per_s * 1e6


def issue_floor_us(k: KernelCounters, rates: Rates) -> float | None:
    rate = rates.issue_for(k)
    return None if k.instructions is None or not rate else k.instructions / rate * 1e6


def _util(floor: float | None, pct: float | None, duration_us: float, prefer_pct: bool) -> float | None:
    from_floor = floor / duration_us if floor is not None and duration_us > 0 else None
    from_pct = pct / 100 if pct is not None else None
    first, second = (from_pct, from_floor) if prefer_pct else (from_floor, from_pct)
    return first if first is not None else second


def classify(k: KernelCounters, rates: Rates) -> Bound:
    """The kernel's bound and floors (module docstring: thresholds and order)."""
    mem, iss = memory_floor_us(k, rates), issue_floor_us(k, rates)
    floors = [f for f in (mem, iss) if f is not None]
    above = k.duration_us / max(floors) if floors and max(floors) > 0 else None
    mem_util = _util(mem, k.dram_pct, k.duration_us, prefer_pct=False)
    iss_util = _util(iss, k.issue_pct, k.duration_us, prefer_pct=True)

    def pct(u: float | None) -> str:
        return "?" if u is None else f"{u:.0%}"

    if k.duration_us < LAUNCH_US:
        return Bound(LAUNCH, mem, iss, above, mem_util, iss_util,
                     f"{k.duration_us:.1f} µs, under {LAUNCH_US:g} µs: launch and ramp-up dominate")
    if max(mem_util or 0.0, iss_util or 0.0) >= BOUND_UTIL:
        if (mem_util or 0.0) >= (iss_util or 0.0):
            return Bound(MEMORY, mem, iss, above, mem_util, iss_util,
                         f"DRAM at {pct(mem_util)} of the copy rate (issue {pct(iss_util)})")
        return Bound(ISSUE, mem, iss, above, mem_util, iss_util,
                     f"issue slots {pct(iss_util)} busy (DRAM at {pct(mem_util)} of the copy rate)")
    occ = ""
    if k.achieved_occupancy_pct is not None:
        occ = f"; occupancy {k.achieved_occupancy_pct:.0f}%"
        if k.theoretical_occupancy_pct is not None:
            occ += f" of a possible {k.theoretical_occupancy_pct:.0f}%"
    stalls = ", ".join(f"{r} {v:.1f}" for r, v in k.top_stalls(2))
    return Bound(LATENCY, mem, iss, above, mem_util, iss_util,
                 f"DRAM {pct(mem_util)} of the copy rate, issue {pct(iss_util)}: both under {BOUND_UTIL:.0%}{occ}"
                 + (f"; top stalls (cycles per instruction): {stalls}" if stalls else ""))


@dataclass(frozen=True)
class GapSplit:
    """generated - handwritten time, in microseconds, split into terms that add up to it."""

    gap_us: float
    dram_us: float
    instruction_us: float
    dram_bytes: float  # generated - handwritten DRAM bytes
    instructions: float  # generated - handwritten warp instructions
    slower_us: float = 0.0  # the slower call's duration: a gap under NO_GAP_SHARE of it is not split

    @property
    def no_gap(self) -> bool:
        """The two calls take the same time within one profiled call's noise."""
        return abs(self.gap_us) < NO_GAP_SHARE * self.slower_us

    @property
    def remainder_us(self) -> float:
        """Occupancy, latency, launches: what the two terms leave of the measured gap."""
        return self.gap_us - self.dram_us - self.instruction_us

    @property
    def unexplained(self) -> bool:
        return not self.no_gap and abs(self.remainder_us) > UNEXPLAINED_SHARE * abs(self.gap_us)

    def text(self) -> str:
        if self.no_gap:
            return (f"measured gap {self.gap_us:+.1f} µs, under {NO_GAP_SHARE:.0%} of the {self.slower_us:.1f} µs call: "
                    f"no gap to split (DRAM {self.dram_bytes / 1e6:+.1f} MB, {self.instructions / 1e6:+.1f} M warp "
                    f"instructions, issued while memory is busy)")
        share = f" ({abs(self.remainder_us) / abs(self.gap_us):.0%} of the gap)" if self.gap_us else ""
        rest = f"remainder {self.remainder_us:+.1f} µs{share}"
        if self.unexplained:
            rest += (" — unexplained" + (": the two terms overlap (instructions issued while memory is busy)"
                                         if self.remainder_us * self.gap_us < 0 else ""))
        else:
            rest += " (occupancy, latency, launches)"
        return (f"measured gap {self.gap_us:+.1f} µs = DRAM {self.dram_us:+.1f} µs ({self.dram_bytes / 1e6:+.1f} MB "
                f"at the copy rate) + instructions {self.instruction_us:+.1f} µs ({self.instructions / 1e6:+.1f} M "
                f"warp instructions at the issue rate) + {rest}")


class SplitError(ValueError):
    """The counters needed for a split are missing."""


def split_gap(generated: Sequence[KernelCounters], handwritten: Sequence[KernelCounters], rates: Rates) -> GapSplit:
    """The gap between two calls (each the kernels of one call), split per the module docstring.
    SplitError when a kernel lacks its DRAM bytes or instructions, or no issue rate is known."""
    def total(ks: Sequence[KernelCounters], what: str) -> float:
        values = [getattr(k, what) for k in ks]
        missing = [k.name for k, v in zip(ks, values) if v is None]
        if missing:
            raise SplitError(f"no {what.replace('_', ' ')} counter for {', '.join(missing)}")
        return float(sum(values))

    issue = rates.issue_per_s or next((k.issue_rate for k in list(generated) + list(handwritten) if k.issue_rate), None)
    if not issue:
        raise SplitError("no issue rate: the counters lack the SM clock or the scheduler count")
    generated_us, handwritten_us = total(generated, "duration_us"), total(handwritten, "duration_us")
    dbytes = total(generated, "dram_bytes") - total(handwritten, "dram_bytes")
    dinst = total(generated, "instructions") - total(handwritten, "instructions")
    return GapSplit(generated_us - handwritten_us, dbytes / rates.copy_bytes_per_s * 1e6, dinst / issue * 1e6, dbytes,
                    dinst, max(generated_us, handwritten_us))


def capture_counters(run_dir: Path) -> tuple[dict[str, KernelCounters], float | None]:
    """Nsight Compute counters of the capture (`inspect run --counters`), by kernel name (empty
    without them; a kernel launched more than once per call sums its launches), and the GB/s of
    the copy measured beside them (None without)."""
    data = load_optional(run_dir / "kernels.json", {})
    block = data.get("counters") if isinstance(data, dict) else None
    block = block if isinstance(block, dict) else {}
    records = block.get("kernels")
    out: dict[str, KernelCounters] = {}
    for rec in records if isinstance(records, list) else []:
        if not isinstance(rec, dict):
            continue
        k = counters_from_record(rec)
        n = rec.get("launches_per_call")
        if rec.get("sampled") and isinstance(n, (int, float)) and n > 1:  # one launch measured: it stands for n
            k = _scaled(k, n)
        prev = out.get(k.name)
        out[k.name] = k if prev is None else _added(prev, k)
    rate = block.get("copy_gb_per_s")
    return out, float(rate) if isinstance(rate, (int, float)) and rate > 0 else None


def _scaled(k: KernelCounters, n: float) -> KernelCounters:
    def times(x: float | None) -> float | None:
        return None if x is None else x * n

    return KernelCounters(k.name, k.duration_us * n, times(k.dram_read_bytes), times(k.dram_write_bytes),
                          instructions=times(k.instructions), smsp_count=k.smsp_count, smsp_clock_hz=k.smsp_clock_hz)


def _added(a: KernelCounters, b: KernelCounters) -> KernelCounters:
    def plus(x: float | None, y: float | None) -> float | None:
        return None if x is None or y is None else x + y

    return KernelCounters(a.name, a.duration_us + b.duration_us, plus(a.dram_read_bytes, b.dram_read_bytes),
                          plus(a.dram_write_bytes, b.dram_write_bytes), instructions=plus(a.instructions, b.instructions),
                          smsp_count=a.smsp_count, smsp_clock_hz=a.smsp_clock_hz)
