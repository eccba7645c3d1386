"""Which kernels `--counters` profiles, in what order, within a time budget (pure functions).

Nsight Compute replays every profiled launch once per metric pass (~20 passes for our metrics,
each with a cache flush and a save/restore of the memory the kernel writes). A GPT-2-small
training step launches ~290 kernels per call, but only ~40 distinct ones (one per fusion and
cuBLAS/cuDNN configuration, each repeated once per layer), and a dozen of them make 90% of the
device time. So each distinct kernel is profiled once, on its first launch in the profiled call
(`ncu --kernel-id ::regex:^(names)$:1`, see FILTERS), most expensive first, and the kernels of one launch
stand for its repeats (a layer's copy of a kernel runs the same code on the same shapes).

The order comes from the capture's own per-kernel device times (profile.json: every device
kernel of one call, extern cuBLAS/cuDNN kernels included, with its launches and time per call).
Copies and memsets are not kernels ncu profiles, and are left out.

Batches: each ncu run starts the worker anew, which compiles from the warm cache before the
profiled call (`startup_s`, 25-43 s measured for small experiments on an H200), then profiles its kernels (`per_kernel_s`
each). One run with every kernel pays the start once, but a run stopped at the budget leaves
nothing (ncu writes its report at the end). So the first batch is the kernels that make
COVERAGE of the device time (the ones that matter), and the rest go in a second batch that
runs only with the budget left after the first, whose measured costs replace the estimates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

COVERAGE = 0.90  # the first batch: the kernels that make this share of the call's device time
DEFAULT_BUDGET_S = 120.0  # GPT-2 small on an H100: ~40 kernels (see docs/counters.md)
# A worker's start under ncu, its warm compile and warm-up calls, before the profiled call (an
# estimate until the first run measures it): the whole counters phase of the H200 row references,
# one small call included, took 25-43 s.
STARTUP_S = 30.0
PER_KERNEL_S = 1.5  # one kernel under ncu: its metric passes with replays and cache flushes (estimate)
NOT_KERNELS = ("Memset", "Memcpy", "Memcpy ", "[CUDA memset]", "[CUDA memcpy")


@dataclass(frozen=True)
class KernelTime:
    """One distinct device kernel of the call: its name as the profiler shows it, its device
    time per call over all its launches, and its launches per call."""

    name: str
    us_per_call: float
    launches: float = 1.0

    @property
    def function(self) -> str:
        return function_name(self.name)


def function_name(name: str) -> str:
    """The kernel's function name, as ncu matches it by default (`--kernel-name-base function`):
    no return type, namespaces, template arguments or parameters.
    'void at::native::reduce_kernel<128, 4, ...>(...)' -> 'reduce_kernel'."""
    text = name.strip().removeprefix("void ").replace("(anonymous namespace)", "")
    depth, out = 0, []
    for ch in text:  # drop <...> at any depth, and stop at the parameter list
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth = max(0, depth - 1)
        elif ch == "(" and depth == 0:
            break
        elif depth == 0:
            out.append(ch)
    return "".join(out).rsplit("::", 1)[-1].strip() or name[:60]


def ranked(profile: Mapping[str, Any]) -> list[KernelTime]:
    """profile.json's per-kernel times, most device time first, copies and memsets left out."""
    kernels = profile.get("kernels") if isinstance(profile, Mapping) else None
    out = []
    for name, entry in (kernels or {}).items() if isinstance(kernels, Mapping) else ():
        if not isinstance(entry, Mapping) or str(name).startswith(NOT_KERNELS):
            continue
        us, n = entry.get("us_per_call"), entry.get("launches_per_call")
        if isinstance(us, (int, float)) and us > 0:
            out.append(KernelTime(str(name), float(us), float(n) if isinstance(n, (int, float)) and n > 0 else 1.0))
    return sorted(out, key=lambda k: (-k.us_per_call, k.name))


@dataclass(frozen=True)
class Plan:
    """The kernels to profile, in order, split into ncu runs; those left out for the budget."""

    batches: list[list[KernelTime]]
    left_out: list[KernelTime]
    total_us: float  # the device time of every kernel (the denominator of the shares)
    estimate_s: float  # what the planned runs should take, from startup_s and per_kernel_s
    notes: list[str] = field(default_factory=list)

    @property
    def kernels(self) -> list[KernelTime]:
        return [k for batch in self.batches for k in batch]

    def share(self, kernels: Sequence[KernelTime]) -> float:
        return sum(k.us_per_call for k in kernels) / self.total_us if self.total_us else 0.0


def _fits(budget_s: float, startup_s: float, per_kernel_s: float) -> int:
    """How many kernels one ncu run can profile within budget_s."""
    if budget_s <= startup_s or per_kernel_s <= 0:
        return 0 if budget_s <= startup_s else 10**9
    return int((budget_s - startup_s) // per_kernel_s)


def plan(kernels: Sequence[KernelTime], budget_s: float, startup_s: float = STARTUP_S,
         per_kernel_s: float = PER_KERNEL_S, coverage: float = COVERAGE) -> Plan:
    """First batch: the most expensive kernels up to `coverage` of the device time (at least
    one), cut to what fits the budget; second batch: the rest, cut to what the budget leaves
    after the first (which pays its own start). Kernels of one function name (two template
    instances of ATen's reduce_kernel) go together: ncu's filter matches the function."""
    ordered = sorted(kernels, key=lambda k: (-k.us_per_call, k.name))
    total = sum(k.us_per_call for k in ordered)
    first: list[KernelTime] = []
    acc = 0.0
    for k in ordered:
        if first and total and acc / total >= coverage:
            break
        first.append(k)
        acc += k.us_per_call
    notes = []
    room = _fits(budget_s, startup_s, per_kernel_s)
    if room == 0:
        notes.append(f"the budget ({budget_s:.0f} s) does not cover one ncu run's start (~{startup_s:.0f} s)")
        return Plan([], list(ordered), total, 0.0, notes)
    first = _whole_functions(first[:room], ordered)
    rest = [k for k in ordered if k not in first]
    spent = startup_s + len(first) * per_kernel_s
    second = rest[:_fits(budget_s - spent, startup_s, per_kernel_s)]
    second = [k for k in _whole_functions(second, rest)]
    batches = [b for b in (first, second) if b]
    estimate = sum(startup_s + len(b) * per_kernel_s for b in batches)
    return Plan(batches, [k for k in ordered if k not in first and k not in second], total, estimate, notes)


def _whole_functions(chosen: list[KernelTime], pool: Sequence[KernelTime]) -> list[KernelTime]:
    """`chosen` plus the kernels of `pool` that share a function name with one of them."""
    names = {k.function for k in chosen}
    return [k for k in pool if k.function in names] if chosen else []


def kernel_id(kernels: Sequence[KernelTime]) -> str:
    """ncu's --kernel-id for the first launch (invocation 1 in the profiled range) of each kernel:
    '::regex:^(a|b)$:1', over function names (regex-escaped: cuDNN and ATen names hold no
    metacharacters today, but a name is data)."""
    names = sorted({re.escape(k.function) for k in kernels})
    return f"::regex:^({'|'.join(names)})$:1"


# How ncu picks each named kernel's first launch. "invocation": --kernel-id's invocation number,
# counted per function (ncu's docs: "--kernel-id ::regex:Bar:2" profiles the 2nd invocation of
# every kernel matching Bar). If ncu counted the launches before cudaProfilerStart too (the
# compile's and warm-up's), invocation 1 would lie outside the profiled call and nothing would be
# profiled: then "config" is tried, the name regex with --filter-mode per-launch-config
# --launch-count 1 (one launch per kernel and launch configuration, inside the profiled range).
FILTERS = ("invocation", "config")


def filter_args(kernels: Sequence[KernelTime], how: str = "invocation") -> list[str]:
    """ncu's options that profile the first launch of each of `kernels` (see FILTERS)."""
    if how == "config":
        names = kernel_id(kernels).removeprefix("::regex:").removesuffix(":1")
        return ["--kernel-name-base", "function", "--kernel-name", f"regex:{names}", "--filter-mode",
                "per-launch-config", "--launch-count", "1"]
    return ["--kernel-name-base", "function", "--kernel-id", kernel_id(kernels)]


def covered(kernels: Sequence[KernelTime], profiled_names: Sequence[str]) -> list[KernelTime]:
    """The kernels that ncu's records (or progress lines) stand for, matched by function name."""
    got = {function_name(n) for n in profiled_names}
    return [k for k in kernels if k.function in got]
