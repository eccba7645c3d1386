"""Findings: short sentences, with numbers, for what costs time in the compiled call, and for each
difference from the handwritten kernel when there is one.

Every rule is general (it reads the anatomy and the call graph, never an experiment's name):
extra passes over an input, intermediates written and read back, traffic beyond the ideal bytes,
extra launches, spills, narrow global accesses, per-element random numbers and library math, and
the measured speed when a bench result exists. Each finding carries the bytes or microseconds it
costs, and the rules that fire once per launch or buffer give it a signature without the buffer's
name: analysis/patterns.py merges a model's per-layer repeats into one line with their count and
ranks the lines by total cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from inspector.analysis.anatomy import KernelAnatomy
from inspector.analysis.bounds import KernelCounters, Rates, SplitError, classify, split_gap
from inspector.analysis.callgraph import CallGraph
from inspector.analysis.patterns import graph_label, group, kernel_pattern, rank
from inspector.core.spread import Spread, overlaps
from inspector.core.units import mib

# Intermediates and passes below this size are noise next to the tensors these experiments move
# (a seed of 8 bytes, a [M] row statistic of 32 KiB against 64 MiB inputs). A call whose launches
# move less than 4x this each on average (a tiny model on the CPU) uses a quarter of its average
# launch's traffic instead, so that its per-layer intermediates still show (min_bytes). Relative to
# a launch, not the whole call: a deeper model's call moves more, its layers' tensors do not.
MIN_BYTES = 1 << 20
MIN_SHARE = 0.25
# Traffic within 5% of the ideal is what rounding of the model (weights read once per program
# from L2, seeds) accounts for, not a difference.
IDEAL_SLACK = 1.05
WIDE_BITS = 128  # a 16-byte access: the widest a thread issues (ld.global.v4.b32)


@dataclass(frozen=True)
class Measured:
    """Bench medians for one experiment/shape/dtype/device (ms), and % of the copy bandwidth."""

    compile_ms: float | None = None
    handwritten_ms: float | None = None
    eager_ms: float | None = None
    compile_copy: float | None = None
    handwritten_copy: float | None = None
    source: str = ""
    compile_spread: Spread | None = None  # lowest p20 to highest p80 over the bench rounds
    handwritten_spread: Spread | None = None
    compile_counters: KernelCounters | None = None  # `inspect bench --counters`: one call, kernels summed
    handwritten_counters: KernelCounters | None = None
    copy_gb_per_s: float | None = None  # the copy measured in the same bench run
    issue_per_s: float | None = None  # warp instructions/s: schedulers x SM clock, from the same counters


@dataclass(frozen=True)
class Finding:
    rule: str
    text: str
    cost_bytes: int | None = None
    cost_us: float | None = None
    key: tuple = ()  # the pattern's signature (patterns.group): equal keys are one finding repeated
    pattern: str = ""  # the sentence without the instance's own names (buffers), for the grouped line
    count: int = 1  # how many repeats this line stands for
    graph: str = ""  # forward / backward, when the pattern belongs to one graph



def min_bytes(graph: CallGraph) -> int:
    """The smallest intermediate or extra pass worth a finding in this call (see MIN_BYTES)."""
    moved = graph.bytes_per_call or sum(l.bytes or 0 for l in graph.launches)  # the known part, when some is not
    if not moved or not graph.launches:
        return MIN_BYTES
    return int(min(MIN_BYTES, max(4096, MIN_SHARE * moved / len(graph.launches))))


def _short(name: str) -> str:
    return name if len(name) <= 48 else name[:45] + "..."


# A kernel whose measured DRAM reads fall this far below the static model's reads did not read the
# extra passes from DRAM (an 8 KiB row re-read inside one program is an L2 hit).
L2_SERVED = 0.5


def _bounds(counters: Mapping[str, KernelCounters], copy_gb_per_s: float | None,
            measured: Measured | None) -> list[Finding]:
    """A bound per profiled kernel: the capture's kernels against the copy rate measured with
    them, the bench's handwritten call against the bench's copy rate."""
    out = []
    copy = copy_gb_per_s or (measured.copy_gb_per_s if measured else None)
    for name, k in counters.items() if copy else ():
        out.append(Finding("bound", f"{_short(name)} (generated, {k.duration_us:.1f} µs): "
                           f"{classify(k, Rates(copy * 1e9)).text()}"))
    hand = measured.handwritten_counters if measured else None
    if hand is not None and measured.copy_gb_per_s:
        rates = Rates(measured.copy_gb_per_s * 1e9, measured.issue_per_s)
        out.append(Finding("bound", f"the handwritten call ({hand.duration_us:.1f} µs, bench): {classify(hand, rates).text()}"))
    return out


def own_rate(graph: CallGraph) -> float | None:
    """Bytes per second of the call's own (memory-bound) kernels; extern calls such as cuBLAS mm
    are compute-bound and would make extra bytes look far costlier than they are."""
    own = [l for l in graph.launches if l.kind != "extern" and l.bytes and l.measured_us]
    return sum(l.bytes for l in own) / (sum(l.measured_us for l in own) * 1e-6) if own else None


def _us(extra: int, rate: float | None) -> float | None:
    return extra / rate * 1e6 if rate else None


def _at_rate(extra: int, rate: float | None) -> str:
    t = _us(extra, rate)
    return f" (~{t:.0f} µs at the compiled kernels' measured rate)" if t and t >= 0.5 else ""


def _passes(graph: CallGraph, hand: KernelAnatomy | None, counters: Mapping[str, KernelCounters],
            rate: float | None) -> list[Finding]:
    """An input read in several loops of one kernel; measured DRAM reads tell an L2 re-read apart."""
    out = []
    for launch in graph.launches:
        anatomy = graph.anatomies.get(launch.target)
        if anatomy is None:
            continue
        for param, use in anatomy.pointers.items():
            buf = launch.pointer_buffers.get(param)
            size = launch.buffer_bytes.get(buf or "")
            if use.load_passes <= 1 or not size or size < min_bytes(graph):
                continue
            extra = (use.load_passes - 1) * size
            tail = ""
            if hand is not None and hand.max_passes <= 1:
                tail = "; the handwritten kernel reads each pointer in one pass"
            head = (f"{_short(launch.target)} reads {buf} ({mib(size)}) {use.load_passes}x, in "
                    f"{use.load_passes} separate loops")
            pattern = (f"{_short(kernel_pattern(launch.target))} reads its {param} ({mib(size)}) {use.load_passes}x, "
                       f"in {use.load_passes} separate loops")
            same = dict(key=(kernel_pattern(launch.target), param, size, use.load_passes, graph_label(launch.graph)),
                        graph=graph_label(launch.graph))
            k = counters.get(launch.target)
            if k is None or k.dram_read_bytes is None or launch.read_bytes is None:
                out.append(Finding("passes", f"{head} — estimated extra {mib(extra)} per call (static model, "
                                   f"not measured){_at_rate(extra, rate)}{tail}", extra, _us(extra, rate),
                                   pattern=f"{pattern} (static model, not measured){tail}", **same))
            elif k.dram_read_bytes < launch.read_bytes - L2_SERVED * extra:
                inst = f"; it executes {k.instructions / 1e6:.1f} M warp instructions" if k.instructions else ""
                out.append(Finding("passes", f"{head}, but its measured DRAM reads are {k.dram_read_bytes / 1e6:.1f} MB "
                                   f"(the static model: {launch.read_bytes / 1e6:.1f} MB): the re-read is served from "
                                   f"L2, not DRAM, and costs instructions, not bytes{inst}{tail}",
                                   pattern=f"{pattern}, but the re-read is served from L2 (measured), not DRAM{tail}",
                                   **same))
            else:
                out.append(Finding("passes", f"{head} — extra {mib(extra)} per call, measured: "
                                   f"{k.dram_read_bytes / 1e6:.1f} MB read from DRAM{_at_rate(extra, rate)}{tail}",
                                   extra, _us(extra, rate), pattern=f"{pattern} (measured in DRAM){tail}", **same))
    return out


def _intermediates(graph: CallGraph, counters: Mapping[str, KernelCounters], rate: float | None,
                   reasons: Mapping[tuple, str]) -> list[Finding]:
    """A buffer written to memory and read back, by a later kernel or a later pass of the same one;
    `reasons` (analysis/fusion_reasons, by Intermediate key) says why Inductor did not fuse them."""
    out = []
    for inter in graph.intermediates:
        if inter.bytes < min_bytes(graph):
            continue
        why = reasons.get(inter.key)
        why = f"; not fused: {why}" if why else ""
        extra = 2 * inter.bytes
        where = (f"by {_short(inter.written_by)} and read back in a later pass of the same kernel" if inter.within_kernel
                 else f"by {_short(inter.written_by)} and read back by {_short(inter.read_by)}")
        dtype = f", {inter.dtype.removeprefix('torch.')}" if inter.dtype else ""
        also = " (it is also an output)" if inter.returned else ""
        head = f"intermediate {inter.buffer} ({mib(inter.bytes)}{dtype}) written to memory {where}{also}"
        writer, reader = kernel_pattern(inter.written_by), kernel_pattern(inter.read_by)
        back = "in a later pass of the same kernel" if inter.within_kernel else f"by {_short(reader)}"
        if "." in writer:  # an extern call (extern_kernels.mm, torch.ops.aten...): a library wrote it
            pattern = f"the output of {_short(writer)} ({mib(inter.bytes)}{dtype}) written to memory and read back {back}{also}"
        else:
            pattern = f"an intermediate ({mib(inter.bytes)}{dtype}) written by {_short(writer)} and read back {back}{also}"
        same = dict(key=(writer, reader, inter.within_kernel, inter.bytes, inter.dtype, inter.returned,
                         graph_label(inter.graph)), pattern=pattern + why, graph=graph_label(inter.graph))
        k = counters.get(inter.written_by)
        if k is not None and k.dram_read_bytes is not None and k.dram_write_bytes is not None:
            out.append(Finding("intermediate", f"{head} — the static model's extra {mib(extra)} per call is an estimate; "
                               f"measured, {_short(inter.written_by)} reads {k.dram_read_bytes / 1e6:.1f} MB and writes "
                               f"{k.dram_write_bytes / 1e6:.1f} MB of DRAM in all (the rest of its traffic stays in L2){why}",
                               **same))
        else:
            out.append(Finding("intermediate", f"{head} — estimated extra {mib(extra)} per call{_at_rate(extra, rate)}{why}",
                               extra, _us(extra, rate), **same))
    return out


def _whole_call(graph: CallGraph, counters: Mapping[str, KernelCounters]) -> bool:
    """The whole call's counters (Nsight Compute profiles every kernel of it, externs' included)
    stand for the call once each of its own kernels has some."""
    return bool(counters) and all(counters.get(l.target) is not None for l in graph.launches if l.kind != "extern")


def measured_dram(graph: CallGraph, counters: Mapping[str, KernelCounters]) -> float | None:
    """The call's DRAM bytes (read + written) from the counters: None unless they cover the whole
    call and every kernel's traffic is known."""
    if not _whole_call(graph, counters):
        return None
    dram = [k.dram_bytes for k in counters.values()]
    return sum(dram) if all(b is not None for b in dram) else None


def _bytes(graph: CallGraph, counters: Mapping[str, KernelCounters], rate: float | None) -> list[Finding]:
    """The call's traffic beyond the ideal bytes: measured when counters cover the call, else the static model."""
    moved = measured_dram(graph, counters)
    if moved is not None and graph.ideal_bytes:
        if moved <= graph.ideal_bytes * IDEAL_SLACK:
            return []
        extra = int(moved - graph.ideal_bytes)
        return [Finding("bytes", f"the compiled call moves {moved / 1e6:.1f} MB of DRAM traffic per call against "
                        f"the ideal {graph.ideal_bytes / 1e6:.1f} MB ({moved / graph.ideal_bytes:.2f}x; measured)",
                        extra, _us(extra, rate))]
    if graph.bytes_per_call and graph.ideal_bytes and graph.bytes_per_call > graph.ideal_bytes * IDEAL_SLACK:
        extra = graph.bytes_per_call - graph.ideal_bytes
        return [Finding("bytes", f"the compiled call moves an estimated ~{mib(graph.bytes_per_call)} per call against "
                        f"the ideal {mib(graph.ideal_bytes)} ({graph.bytes_per_call / graph.ideal_bytes:.2f}x, extra "
                        f"{mib(extra)}; static model, not measured)", extra, _us(extra, rate))]
    return []


def _launches(graph: CallGraph, hand: KernelAnatomy | None, hand_kernels: int) -> list[Finding]:
    """More device launches than the handwritten file's @triton.jit kernels (`hand_kernels`)."""
    launches = graph.device_launches
    if hand is None or launches <= hand_kernels:
        return []
    listed = ", ".join(_short(l.target) + (f" {l.measured_us:.1f} µs" if l.measured_us is not None else "")
                       for l in graph.launches)
    times = sorted((l.measured_us or 0 for l in graph.launches), reverse=True)
    rest = sum(times[hand_kernels:])
    return [Finding("launches", f"{launches} device kernel launches per call against {hand_kernels} handwritten: "
                    f"{launches - hand_kernels} extra ({listed})", None, rest or None)]


def _spills(graph: CallGraph, hand: KernelAnatomy | None) -> list[Finding]:
    return [Finding("spills", f"{_short(a.name)} ({a.origin}) spills {a.n_spills} registers "
                    f"({a.n_spills * 4} bytes of local memory per thread)")
            for a in list(graph.anatomies.values()) + ([hand] if hand else []) if a.n_spills]


def _vector(graph: CallGraph, hand: KernelAnatomy | None) -> list[Finding]:
    """A kernel moving at least MIN_BYTES whose widest global load is narrower than 16 bytes. Mixed
    widths with a 128-bit main stream are not a cost worth a sentence."""
    out = []
    hand_bits = hand.ptx.max_load_bits if hand is not None and hand.ptx else None
    for launch in graph.launches:
        anatomy = graph.anatomies.get(launch.target)
        if anatomy is None or anatomy.ptx is None or not launch.bytes or launch.bytes < MIN_BYTES:
            continue
        bits = anatomy.ptx.max_load_bits
        if bits and bits < WIDE_BITS:
            versus = f"; the handwritten kernel's are {hand_bits}-bit" if hand_bits and hand_bits > bits else ""
            sentence = (f"loads global memory at most {bits} bits per thread and instruction ({WIDE_BITS // bits}x the "
                        f"load instructions of 16-byte accesses){versus}")
            out.append(Finding("vector", f"{_short(anatomy.name)} {sentence}",
                               key=(kernel_pattern(anatomy.name), bits, graph_label(launch.graph)),
                               pattern=f"{_short(kernel_pattern(anatomy.name))} {sentence}", graph=graph_label(launch.graph)))
    return out


def _rng(graph: CallGraph, hand: KernelAnatomy | None) -> list[Finding]:
    gen_rng = {k: v for a in graph.anatomies.values() for k, v in a.rng.items()}
    if hand is None or not gen_rng or gen_rng.keys() == hand.rng.keys():
        return []
    per_element = [k for k in gen_rng if k in ("rand", "randn", "randint")]
    what = (f"tl.{per_element[0]} (one 10-round Philox4x32 per element)" if per_element
            else ", ".join(f"tl.{k}" for k in gen_rng))
    hand_what = ", ".join(f"tl.{k} x{v}" for k, v in hand.rng.items()) or "no random numbers"
    return [Finding("rng", f"random numbers: the compiled kernel calls {what}; the handwritten kernel: {hand_what}")]


def _math(graph: CallGraph, hand: KernelAnatomy | None) -> list[Finding]:
    if hand is None:
        return []
    gen_math = {k: v for a in graph.anatomies.values() for k, v in a.math.items() if k.startswith("libdevice.")}
    hand_fns = {k.rsplit(".", 1)[-1] for k in hand.math}
    only = sorted(k for k in gen_math if k.rsplit(".", 1)[-1] not in hand_fns)
    if not only:
        return []
    return [Finding("math", f"the compiled kernel calls {', '.join(only)} per element; the handwritten kernel "
                    f"does not (it uses {', '.join(sorted(hand.math)) or 'no library math'})")]


def _ptx(graph: CallGraph, hand: KernelAnatomy | None) -> list[Finding]:
    """Static PTX sizes compare only when the handwritten PTX was built with the constexprs it runs with."""
    if hand is None or hand.ptx is None or "assumed" in hand.ptx.origin:
        return []
    gen = [a for a in graph.anatomies.values() if a.ptx is not None]
    if not gen:
        return []
    g = sum(a.ptx.instructions for a in gen)
    if g > 1.25 * hand.ptx.instructions or hand.ptx.instructions > 1.25 * g:
        return [Finding("ptx", f"static PTX size: {g} instructions compiled vs {hand.ptx.instructions} "
                        f"handwritten ({hand.ptx.origin})")]
    return []


def _measured(measured: Measured | None) -> list[Finding]:
    """The bench's verdict: compiled against handwritten medians, a tie when the spreads overlap."""
    if not (measured and measured.compile_ms and measured.handwritten_ms):
        return []
    ratio = measured.compile_ms / measured.handwritten_ms
    copy = ""
    if measured.compile_copy and measured.handwritten_copy:
        copy = f", {measured.compile_copy:.0%} vs {measured.handwritten_copy:.0%} of copy bandwidth"
    spreads = (measured.compile_spread, measured.handwritten_spread)
    if all(spreads) and overlaps(*spreads):
        verdict = (f"a tie, {ratio:.2f}x (the p20-p80 spreads overlap: {spreads[0].text()} compiled, "
                   f"{spreads[1].text()} handwritten)")
    elif abs(ratio - 1) < 0.01:  # within 1%: inside any run-to-run spread on these GPUs
        verdict = "torch.compile and handwritten are as fast as each other"
    else:
        verdict = f"handwritten is {ratio:.2f}x faster" if ratio >= 1 else f"torch.compile is {1 / ratio:.2f}x faster"
    return [Finding("measured", f"measured: {verdict} ({measured.compile_ms * 1e3:.1f} µs compiled vs "
                    f"{measured.handwritten_ms * 1e3:.1f} µs handwritten{copy})", None,
                    (measured.compile_ms - measured.handwritten_ms) * 1e3)]


def _split_ready(measured: Measured | None, captured: list[KernelCounters]) -> bool:
    return bool(measured and measured.handwritten_counters and measured.copy_gb_per_s
                and (captured or measured.compile_counters))


def _gap(measured: Measured | None, captured: list[KernelCounters]) -> list[Finding]:
    """The gap split; its generated side is the capture's own kernels when it has their counters
    (the kernels this diff is about), else the bench's compiled call."""
    if not _split_ready(measured, captured):
        return []
    generated = captured or [measured.compile_counters]
    whose = "the capture's kernels against the bench's handwritten call" if captured else "one call each"
    try:
        split = split_gap(generated, [measured.handwritten_counters],
                          Rates(measured.copy_gb_per_s * 1e9, measured.issue_per_s))
    except SplitError:
        return []
    return [Finding("gap", f"Nsight Compute, {whose}: {split.text()}", None, split.gap_us)]


def _config(measured: Measured | None, captured: list[KernelCounters]) -> list[Finding]:
    """The bench's compiled call executing another instruction count than the capture's kernels."""
    if not _split_ready(measured, captured):
        return []
    other = measured.compile_counters
    mine = sum(k.instructions or 0 for k in captured)
    if not (captured and other is not None and other.instructions and mine and abs(other.instructions / mine - 1) > 0.05):
        return []
    return [Finding("config", f"the bench's torch.compile ran another build of the generated code "
                    f"({other.instructions / 1e6:.1f} M warp instructions in {other.duration_us:.1f} µs against "
                    f"the capture's {mine / 1e6:.1f} M in {sum(k.duration_us for k in captured):.1f} µs): "
                    f"Inductor picks among candidate configs by timing them at the first call, so two compiles "
                    f"can keep different ones (the capture's candidates and their times are in autotuning.json)")]


def findings(graph: CallGraph, hand: KernelAnatomy | None, measured: Measured | None = None,
             hand_kernels: int = 1, counters: Mapping[str, KernelCounters] | None = None,
             counters_copy_gb_per_s: float | None = None, reasons: Mapping[tuple, str] | None = None) -> list[Finding]:
    """The findings; byte figures from the static model are labelled "estimated" unless `counters`
    (Nsight Compute, by kernel name) measured them, and a re-read the counters show served from L2
    is reported as such, with the kernel's instruction count instead of a DRAM cost. With counters,
    each kernel's bound (analysis/bounds.classify) against the copy rate measured beside them.
    `reasons`: why not fused, per intermediate (Intermediate.key -> text)."""
    counters = counters or {}
    rate = own_rate(graph)
    captured = list(counters.values()) if _whole_call(graph, counters) else []
    out = (_bounds(counters, counters_copy_gb_per_s, measured) + _passes(graph, hand, counters, rate)
           + _intermediates(graph, counters, rate, reasons or {}) + _bytes(graph, counters, rate)
           + _launches(graph, hand, hand_kernels) + _spills(graph, hand) + _vector(graph, hand)
           + _rng(graph, hand) + _math(graph, hand) + _ptx(graph, hand) + _measured(measured)
           + _gap(measured, captured) + _config(measured, captured))
    if all(f.rule == "bound" for f in out):
        what = "no costly difference found" if hand is not None else "nothing found that costs time"
        out.append(Finding("none", f"{what}: the compiled call moves the ideal bytes in one launch"
                           if graph.device_launches <= 1 else f"{what} in the anatomy"))
    return rank(group(out, Finding))
