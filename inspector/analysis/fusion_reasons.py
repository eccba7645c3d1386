"""Why not fused: Inductor's own reason for each buffer that crosses global memory between kernels.

Reads fusion_log.json (inspector/capture/fusion_log.py: the scheduler's "cannot fuse A with B:
reason" and "fusing A with B" lines per graph, with each scheduler operation's buffers and FX
origins) and answers, per intermediate the call graph finds (written by one launch, read back by
another), in plain words: a library (extern) call at either end, which the scheduler never pairs
with anything; otherwise the reasons it logged for the pair of nodes holding the writer and the
reader (different iteration sizes, peak memory, too many reads and writes, a cycle, another node
that must run between them, ...), verbatim beside the plain words; or that it logged none (it
pairs only nodes that share a buffer within a window of the node order, and some checks reject a
pair silently). A capture without the log, or a graph whose scheduler did not run (a warm cache
hit), says that no decisions were recorded.

The log's lines are parsed by analysis/fusion_decisions.py; a reason it does not know is kept
and shown verbatim.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from inspector.analysis.findings import mib
from inspector.analysis.fusion_decisions import FusionLog, GraphLog, categorize, load
from inspector.core import outputcode
from inspector.store import load_optional


@dataclass(frozen=True)
class RoundTrip:
    graph: str | None
    buffer: str
    bytes: int
    written_by: str
    read_by: str
    category: str  # a CATEGORIES key, or "extern_call", "same_kernel", "no_reason", "unrecorded", "other"
    reason: str  # plain words
    inductor_says: tuple[str, ...] = ()  # the scheduler's own lines, verbatim
    nodes: tuple[str, ...] = ()  # the scheduler nodes (writer side, reader side)
    sources: tuple[str, ...] = ()  # the reading kernel's FX source nodes (kernels.json)

    @property
    def key(self) -> tuple[str | None, str, str, str]:
        """The intermediate's key (analysis/callgraph.Intermediate.key)."""
        return (self.graph, self.buffer, self.written_by, self.read_by)

    @property
    def signature(self) -> tuple[str, str, str, str, int]:
        """The same round trip in every repeated layer: kernel names without their numbers, the
        graph's kind (forward/backward), the category and the size."""
        kind = (self.graph or "").rsplit("_", 1)[-1]
        return (kind, pattern(self.written_by), pattern(self.read_by), self.category, self.bytes)

    def text(self) -> str:
        said = f" (Inductor: \"{self.inductor_says[-1]}\")" if self.inductor_says and self.category != "other" else ""
        return f"{self.reason}{said}"


def _short(name: str) -> str:
    return name if len(name) <= 48 else name[:45] + "..."


def pattern(kernel: str) -> str:
    """triton_poi_fused_gelu_12 -> triton_poi_fused_gelu: the kernel's name across layers."""
    return re.sub(r"_\d+$", "", kernel)


def _fused_groups(log: GraphLog) -> dict[str, str]:
    """op -> representative of the final fused node it belongs to (union of the "fusing" lines)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for d in log.decisions:
        if d.kind == "fused":
            ops = sorted(d.ops1 | d.ops2)
            for o in ops[1:]:
                parent[find(o)] = find(ops[0])
    return {o: find(o) for o in list(parent)}


def _kernel_ops(log: GraphLog, groups: dict[str, str], writes: Iterable[str], origins: Iterable[str]) -> set[str]:
    """The scheduler operations of one kernel: those writing a buffer the kernel's launches write
    (or, without that, whose FX origins are its source nodes), with every op fused into their nodes."""
    writes, origins = set(writes), set(origins)
    ops = {o for o, d in log.operations.items() if writes & set(d.get("writes") or [])}
    ops = ops or {o for o, d in log.operations.items() if origins & set(d.get("origins") or [])}
    return _expand(groups, ops)


def _extern_words(target: str, side: str, calls: Calls) -> str:
    op = target.rsplit(".", 1)[-1]
    tuned, mode = calls.tuned, calls.mode
    head = (f"the {side} is a library call ({target}): Inductor never fuses an extern kernel with its "
            f"neighbours, so its {'output' if side == 'writer' else 'input'} goes through memory")
    record = tuned.get(op)
    if record:
        winner = _literal(record.get("winner")) or {}
        best = _literal(record.get("best_template")) or {}
        took = str(record.get("epilogue_fused")) == "True"
        tail = (f"; max-autotune tuned {op}: the winner was {winner.get('name', '?')}"
                + (f" ({winner['ms']} ms)" if winner.get("ms") is not None else "")
                + (f", the best Triton template {best.get('name')} ({best.get('ms')} ms)" if best.get("name") else
                   ", no Triton template ran")
                + ("; the template took the epilogue" if took else
                   ", so no template could take the epilogue" if winner.get("kind") == "extern" else ""))
        return head + tail
    if op in ("mm", "addmm", "bmm", "baddbmm", "convolution") and mode not in ("max-autotune", "max-autotune-no-cudagraphs"):
        return head + ("; under max-autotune a Triton template can replace it and take the epilogue "
                       f"(try `inspect run {calls.name} --mode max-autotune` on a GPU)")
    return head


def _literal(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return None
    return value


@dataclass(frozen=True)
class Calls:
    """What a capture's other files say about its launches: kind ("triton" | "cpp" | "extern") and
    buffers written per launch target, FX source nodes per kernel (kernels.json), the ops
    max-autotune tuned (autotuning.json, by op name), the compile mode and the experiment's name."""

    kinds: Mapping[str, str]
    writes: Mapping[str, Iterable[str]] = field(default_factory=dict)
    sources: Mapping[str, list[str]] = field(default_factory=dict)
    tuned: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    mode: str | None = None
    name: str = "NAME"
    aliases: Mapping[tuple[str | None, str], set[str]] = field(default_factory=dict)  # (graph, root) -> its names


def explain(inter: Any, calls: Calls, log: FusionLog | None) -> RoundTrip:
    """The reason for one intermediate (analysis/callgraph.Intermediate)."""
    graph = getattr(inter, "graph", None)
    base = dict(graph=graph, buffer=inter.buffer, bytes=inter.bytes, written_by=inter.written_by, read_by=inter.read_by,
                sources=tuple(sorted(calls.sources.get(inter.read_by, []))))
    if inter.within_kernel:
        return RoundTrip(**base, category="same_kernel",
                         reason="written and read back in a later loop of the same kernel: not a fusion decision")
    for target, side in ((inter.written_by, "writer"), (inter.read_by, "reader")):
        if calls.kinds.get(target) == "extern":
            return RoundTrip(**base, category="extern_call", reason=_extern_words(target, side, calls))
    if log is None:
        return RoundTrip(**base, category="unrecorded",
                         reason="no fusion decisions recorded: this capture has no fusion_log.json "
                                "(made before `inspect run` recorded them)")
    glog = log.graphs.get(graph or "") or (next(iter(log.graphs.values())) if graph is None and len(log.graphs) == 1 else None)
    if glog is None:
        return RoundTrip(**base, category="unrecorded",
                         reason=f"no fusion decisions recorded for graph {graph}: its scheduler did not run in this "
                                "capture (a warm-cache hit); a cold run records them")
    groups = _fused_groups(glog)
    # The wrapper reuses a dead buffer's memory under a new name ("buf275 = reinterpret_tensor(buf274,
    # ...)  # reuse"): the round trip is about every name of that memory.
    names = {inter.buffer} | set(calls.aliases.get((graph, inter.buffer), ()))
    touching = glog.writers(names) | glog.readers(names)
    # A kernel launched once per layer writes every layer's buffers: keep its ops that touch this one.
    mine = _kernel_ops(glog, groups, calls.writes.get(inter.written_by, ()), calls.sources.get(inter.written_by, ()))
    writers = _expand(groups, mine & touching or glog.writers(names))
    theirs = _kernel_ops(glog, groups, calls.writes.get(inter.read_by, ()), calls.sources.get(inter.read_by, ()))
    readers = _expand(groups, theirs & glog.readers(names) or glog.readers(names)) - writers
    said = [d for d in glog.decisions if d.kind == "cannot"
            and ((d.ops1 & writers and d.ops2 & readers) or (d.ops1 & readers and d.ops2 & writers))]
    nodes = (_node_text(glog.writers(names) & writers or writers), _node_text(glog.readers(names) & readers or readers))
    if not said:
        unnamed = [d.reason for d in glog.decisions if d.kind == "cannot" and not d.node1]
        also = (f"; {len(unnamed)} of its lines for this graph name no nodes, e.g. \"{unnamed[0]}\"" if unnamed else "")
        return RoundTrip(**base, category="no_reason", nodes=nodes,
                         reason=f"Inductor logged no reason for this pair ({' -> '.join(n for n in nodes if n != '?')}): its scheduler "
                                "never tried to fuse them (it pairs only nodes that share a buffer and sit close in "
                                f"the node order) or rejected them without saying why{also}")
    texts = tuple(dict.fromkeys(f"cannot fuse {d.node1} with {d.node2}: {d.reason}" for d in said))
    category, words = categorize(said[-1].reason)
    if category == "between":
        words += _between(glog, writers, readers)
    return RoundTrip(**base, category=category, reason=words, inductor_says=texts, nodes=nodes)


def _expand(groups: dict[str, str], ops: set[str]) -> set[str]:
    """`ops` and every op fused into the same scheduler node."""
    roots = {groups.get(o, o) for o in ops}
    return ops | {o for o, root in groups.items() if root in roots}


def _node_text(ops: set[str]) -> str:
    shown = sorted(ops, key=_op_index)
    return ",".join(shown[:4]) + (f",... ({len(shown)} ops)" if len(shown) > 4 else "") if shown else "?"


def _between(log: GraphLog, writers: set[str], readers: set[str]) -> str:
    """Name the nodes that must run between: what the reader reads that depends on the writer."""
    after: set[str] = set(writers)
    written = {b: o for o, d in log.operations.items() for b in d.get("writes") or []}
    for o in log.operations:  # operations are in program order, so one pass finds the descendants
        reads = set(log.operations[o].get("reads") or [])
        if o not in after and any(written.get(b) in after for b in reads):
            after.add(o)
    needed = {written[b] for r in readers for b in log.operations[r].get("reads") or []
              if written.get(b) in after - writers - readers}
    if not needed:
        return ""
    return f" ({'; '.join(_op_text(log, o) for o in sorted(needed, key=_op_index)[:3])})"


def _op_text(log: GraphLog, op: str) -> str:
    """op14 (a library call: addmm), op20 (mul, add) or op20."""
    d = log.operations[op]
    origins = ", ".join((d.get("origins") or [])[:2])
    if "Extern" in str(d.get("kind")):
        return f"{op}, a library call" + (f": {origins}" if origins else "")
    return f"{op} ({origins})" if origins else op


def _op_index(name: str) -> int:
    m = re.search(r"\d+", name)
    return int(m.group()) if m else 0


@dataclass
class Group:
    """One round trip repeated across layers: one line, a count and the total cost."""

    first: RoundTrip
    count: int = 0
    cost_bytes: int = 0
    cost_us: float | None = None
    kernels: list[str] = field(default_factory=list)
    measured: str = ""  # what Nsight Compute measured of the writer and the reader, when a capture has counters

    def text(self) -> str:
        rt = self.first
        times = f" x{self.count}" if self.count > 1 else ""
        us = f", ~{self.cost_us:.0f} µs at the compiled kernels' measured rate" if self.cost_us and self.cost_us >= 0.5 else ""
        cost = f"estimated {mib(self.cost_bytes)} of extra traffic per call{us}{self.measured}"
        return (f"{rt.buffer}{times} ({mib(rt.bytes)} each, {pattern(rt.written_by)} -> {pattern(rt.read_by)}; "
                f"{cost}): {rt.text()}")


def group(trips: Iterable[RoundTrip], rate: float | None = None, counters: Mapping[str, Any] | None = None) -> list[Group]:
    """Round trips grouped by signature, costliest first; the cost is the static model's write
    plus read back of each buffer (labelled as an estimate), in µs at `rate` bytes/s. With
    `counters` (analysis/bounds.KernelCounters by kernel name), each line adds the DRAM bytes the
    first writer wrote and the first reader read, measured, in all (not only this buffer's)."""
    groups: dict[tuple, Group] = {}
    for rt in trips:
        g = groups.setdefault(rt.signature, Group(rt))
        g.count += 1
        g.cost_bytes += 2 * rt.bytes
        g.kernels.append(rt.read_by)
    for g in groups.values():
        g.cost_us = g.cost_bytes / rate * 1e6 if rate else None
        w, r = (counters or {}).get(g.first.written_by), (counters or {}).get(g.first.read_by)
        parts = [f"{_short(k.name)} writes {k.dram_write_bytes / 1e6:.1f} MB" for k in [w] if k and k.dram_write_bytes is not None]
        parts += [f"{_short(k.name)} reads {k.dram_read_bytes / 1e6:.1f} MB" for k in [r] if k and k.dram_read_bytes is not None]
        if parts:
            g.measured = f"; measured (Nsight Compute), {' and '.join(parts)} of DRAM per call in all"
    return sorted(groups.values(), key=lambda g: -g.cost_bytes)


def capture_trips(run_dir: Path, graph: Any, min_bytes: int = 0) -> list[RoundTrip]:
    """Every intermediate of a capture's call graph (analysis/callgraph.build) with its reason."""
    data = load_optional(run_dir / "kernels.json", {}) or {}
    manifest = load_optional(run_dir / "manifest.json", {}) or {}
    writes: dict[str, set[str]] = {}
    for launch in graph.launches:
        writes.setdefault(launch.target, set()).update(launch.writes)
    calls = Calls(
        kinds={l.target: l.kind for l in graph.launches}, writes=writes,
        sources=kernel_sources(run_dir),
        tuned={str(o.get("op")): o for o in (load_optional(run_dir / "autotuning.json", {}) or {}).get("ops", [])
               if isinstance(o, dict)},
        mode=(manifest.get("options") or {}).get("mode"), name=str(manifest.get("experiment_ref") or manifest.get("experiment") or "NAME"),
        aliases=_aliases(run_dir, data.get("kernels", [])))
    log = load(run_dir)
    return [explain(i, calls, log) for i in graph.intermediates if i.bytes >= min_bytes]


def _aliases(run_dir: Path, records: list[Any]) -> dict[tuple[str | None, str], set[str]]:
    """(graph, root buffer) -> the names the wrapper gives that memory, per output_code file."""
    codes = {r.get("graph"): r.get("output_code") or "output_code.py" for r in records if isinstance(r, dict)}
    out: dict[tuple[str | None, str], set[str]] = {}
    for graph, name in codes.items():
        try:
            buffers = outputcode.parse((run_dir / name).read_text(errors="replace")).buffers
        except (OSError, SyntaxError):
            continue
        for buf in buffers:
            out.setdefault((graph, outputcode.alias_root(buf, buffers)), set()).add(buf)
    return out


def _match_key(rt: RoundTrip) -> tuple:
    """The same round trip in two captures of one experiment: the graph's kind, the size and what
    reads it (its source nodes; an extern reader by its target), whatever kernel wrote it."""
    return ((rt.graph or "").rsplit("_", 1)[-1], rt.bytes, rt.sources or (pattern(rt.read_by),))


def compare(trips_a: list[RoundTrip], trips_b: list[RoundTrip], kernels_b: Mapping[str, list[str]] | None = None) -> list[str]:
    """What changed between two captures' round trips: those gone in B (with the kernel of B that
    now runs the reader's source nodes, from `kernels_b`: kernel -> source nodes), those new in B,
    and how many stayed."""
    a = {_match_key(t): t for t in trips_a if t.category != "same_kernel"}
    b = {_match_key(t): t for t in trips_b if t.category != "same_kernel"}
    out = []
    for k, t in a.items():
        if k in b:
            continue
        home = [name for name, src in (kernels_b or {}).items() if set(t.sources) & set(src)]
        where = f"; in B, {', '.join(t.sources)} run{'s' if len(t.sources) == 1 else ''} inside {', '.join(home)}" if home else ""
        out.append(f"gone in B: {t.buffer} ({mib(t.bytes)}, {t.written_by} -> {t.read_by}){where}; in A: {t.reason}")
    out += [f"new in B: {t.buffer} ({mib(t.bytes)}, {t.written_by} -> {t.read_by}): {t.text()}"
            for k, t in b.items() if k not in a]
    kept = [k for k in a if k in b]
    if kept:
        out.append(f"{len(kept)} round trip{'s' if len(kept) != 1 else ''} in both")
    if not trips_a and not trips_b:
        out.append("no intermediate crosses memory in either run")
    return out


def kernel_sources(run_dir: Path) -> dict[str, list[str]]:
    """kernels.json: kernel name -> its FX source nodes."""
    data = load_optional(run_dir / "kernels.json", {}) or {}
    return {r["name"]: list(_literal(r.get("source_nodes")) or []) for r in data.get("kernels", [])
            if isinstance(r, dict) and "name" in r}


def unrecorded(run_dir: Path, graph: Any) -> str | None:
    """Why some of the capture's graphs have no decisions (None when every graph has them): no
    fusion_log.json at all, or graphs the scheduler did not run for (a warm-cache hit)."""
    labels = sorted({l.graph for l in graph.launches if l.graph})
    log = load(run_dir)
    if log is None:
        return "no fusion decisions recorded: this capture has no fusion_log.json (made before `inspect run` recorded them)"
    missing = [g for g in labels if g not in log.graphs]
    if not missing:
        return None
    return (f"no fusion decisions recorded for {', '.join(missing)}: Inductor's scheduler did not run for "
            f"{'it' if len(missing) == 1 else 'them'} in this capture (a warm-cache hit); a cold run records them")
