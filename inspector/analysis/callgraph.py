"""One compiled call, whole: the launch sequence, extern calls, intermediates and bytes moved.

Built from a capture's kernels.json (launches, records, measured times), its output_code*.py
(buffer sizes and dtypes, the returned buffers) and each Triton kernel's anatomy. A launch's
traffic is, per pointer argument, the buffer's size times the passes that read it plus the passes
that write it: softmax's Inductor kernel reads x twice and writes then re-reads a 128 MiB random
tensor, so it moves 448 MiB where the experiment's ideal is 128 MiB. Extern calls (cuBLAS `mm`,
`aten.randint`) read their tensor arguments once and write their `out=` once. An intermediate is
a buffer written by one launch and read again later (by another launch, or by a later pass of the
same kernel): it costs its size twice (write + read back) that a fused kernel would not pay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from inspector.analysis.anatomy import AnatomyError, KernelAnatomy
from inspector.analysis.record_anatomy import from_record
from inspector.core import outputcode
from inspector.core.outputcode import DTYPE_BYTES
from inspector.store import load_optional


@dataclass
class LaunchCost:
    order: int
    graph: str | None
    target: str
    kind: str  # "triton" | "cpp" | "extern"
    read_bytes: int | None
    write_bytes: int | None
    reads: list[str] = field(default_factory=list)  # root buffer names
    writes: list[str] = field(default_factory=list)
    measured_us: float | None = None
    device_kernels: int = 1  # device kernels this launch runs (externs: what the profiler saw)
    unmatched: bool = False  # an extern the profile has no device kernel for (its time is unknown)
    exact: bool = True  # False: fell back to "each distinct tensor once"
    pointer_buffers: dict[str, str] = field(default_factory=dict)  # kernel parameter -> root buffer
    buffer_bytes: dict[str, int] = field(default_factory=dict)

    @property
    def bytes(self) -> int | None:
        if self.read_bytes is None or self.write_bytes is None:
            return None
        return self.read_bytes + self.write_bytes


@dataclass
class Intermediate:
    buffer: str
    bytes: int
    dtype: str | None
    written_by: str
    read_by: str
    within_kernel: bool
    returned: bool = False
    graph: str | None = None  # the AOT graph of the launch that reads it back

    @property
    def key(self) -> tuple[str | None, str, str, str]:
        return (self.graph, self.buffer, self.written_by, self.read_by)


@dataclass
class CallGraph:
    launches: list[LaunchCost]
    intermediates: list[Intermediate]
    anatomies: dict[str, KernelAnatomy]
    bytes_per_call: int | None
    ideal_bytes: int | None
    measured_us: float | None  # sum of the launches' measured device time per call
    problems: list[str] = field(default_factory=list)  # kernels the analysis could not read

    @property
    def externs(self) -> list[LaunchCost]:
        return [l for l in self.launches if l.kind == "extern"]

    @property
    def device_launches(self) -> int:
        return sum(l.device_kernels for l in self.launches)


def buffer_bytes(buf: outputcode.Buffer | None) -> int | None:
    if buf is None:
        return None
    n = 1
    for s in buf.sizes:
        if not isinstance(s, int):
            return None
        n *= s
    size = DTYPE_BYTES.get(buf.dtype or "")
    return n * size if size else None


def _arg_name(arg: str) -> str:
    return arg.split("=", 1)[-1].strip()


def build(run_dir: Path, ideal_bytes: int | None = None, graphs: Callable[[str | None], bool] | None = None) -> CallGraph:
    """The call graph of a capture folder (missing files give an empty graph, not an error).
    `graphs`: keep only the launches of the graphs it accepts (e.g. the forward of a --backward
    capture, to compare with a forward-only kernel)."""
    data = load_optional(run_dir / "kernels.json", {})
    records = {r["name"]: r for r in data.get("kernels", []) if isinstance(r, dict) and "name" in r}
    results = load_optional(run_dir / "results.json", {})
    if ideal_bytes is None and isinstance(results.get("bytes_moved"), int):
        ideal_bytes = results["bytes_moved"]
    anatomies: dict[str, KernelAnatomy] = {}
    problems: list[str] = []
    for name, record in records.items():
        if record.get("backend", "triton") not in ("triton", "cpp"):
            continue
        try:
            anatomies[name] = from_record(run_dir, record)
        except AnatomyError as exc:
            problems.append(str(exc))
    parsed: dict[str, outputcode.OutputCode] = {}
    for code_name in sorted({r.get("output_code") or "output_code.py" for r in records.values()} | {"output_code.py"}):
        path = run_dir / code_name
        if path.is_file():
            parsed[code_name] = outputcode.parse(path.read_text(errors="replace"))
    code_by_graph = {r.get("graph"): r.get("output_code") or "output_code.py" for r in records.values()}
    launches: list[LaunchCost] = []
    intermediates: list[Intermediate] = []
    written: dict[tuple[str | None, str], str] = {}
    seen: set[tuple[str, str, str]] = set()  # (writer launch, buffer, reader): Inductor reuses buffer names across layers
    for index, launch in enumerate(data.get("launches", [])):
        graph = launch.get("graph")
        if graphs is not None and not graphs(graph):
            continue
        code = parsed.get(code_by_graph.get(graph, "output_code.py"))
        returned = code.returned if code else frozenset()
        buffers = code.buffers if code else {}
        record = records.get(launch.get("target", ""))
        cost = _launch_cost(index, launch, record, anatomies.get(launch.get("target", "")), buffers, cpp_params(run_dir, record))
        launches.append(cost)
        for buf in cost.reads:
            writer = written.get((graph, buf))
            if writer is not None and writer != f"{cost.target}#{index}":
                base = buffers.get(buf)
                size = buffer_bytes(base)
                if size and (writer, buf, cost.target) not in seen:  # one write read back by one kernel: counted once
                    seen.add((writer, buf, cost.target))
                    intermediates.append(Intermediate(buf, size, base.dtype if base else None, writer.split("#")[0],
                                                      cost.target, False, _returned(buf, returned, buffers), graph))
        for buf in cost.writes:
            written[(graph, buf)] = f"{cost.target}#{index}"
        anatomy = anatomies.get(launch.get("target", ""))
        if anatomy is not None:
            for param, buf in _pointer_args(launch, records.get(cost.target), buffers, anatomy).items():
                use = anatomy.pointers.get(param)
                size = buffer_bytes(buffers.get(buf))
                if use is not None and use.read_back and size:
                    intermediates.append(Intermediate(buf, size, buffers[buf].dtype, cost.target, cost.target, True,
                                                      _returned(buf, returned, buffers), graph))
    known = [l.bytes for l in launches]
    total = sum(b for b in known if b is not None) if launches and all(b is not None for b in known) else None
    times = [l.measured_us for l in launches if l.measured_us is not None]
    return CallGraph(launches, intermediates, anatomies, total, ideal_bytes, sum(times) if times else None, problems)


def _returned(buf: str, returned: frozenset[str], buffers: dict[str, outputcode.Buffer]) -> bool:
    return any(outputcode.alias_root(r, buffers) == buf for r in returned)


def _pointer_args(launch: dict[str, Any], record: dict[str, Any] | None, buffers: dict[str, outputcode.Buffer],
                  anatomy: KernelAnatomy | None = None) -> dict[str, str]:
    """Kernel parameter -> root buffer name, matching the launch's positional args to the signature
    (a Triton kernel's triton_meta; a C++ kernel's `kernel(...)` parameters, from its anatomy)."""
    if not record:
        return {}
    params = list(((record.get("triton_meta") or {}).get("signature") or {}).keys())
    if not params and anatomy is not None and record.get("backend") == "cpp":
        params = list(anatomy.params)
    args = [a for a in launch.get("args", []) if "=" not in a.split("(")[0]]
    out = {}
    for param, arg in zip(params, args):
        name = _arg_name(arg)
        if name in buffers:
            out[param] = outputcode.alias_root(name, buffers)
    return out


CPP_POINTER = re.compile(r"\b((?:in_out|in|out)_ptr\d+)\b")


def cpp_params(run_dir: Path, record: dict[str, Any] | None) -> list[str]:
    """A C++ kernel's pointer parameters in order ("in_ptr0", "out_ptr0", "in_out_ptr0"), from
    its `extern "C" void kernel(...)` line; empty when the source is missing."""
    if not record or record.get("backend") != "cpp" or not record.get("file"):
        return []
    try:
        text = (run_dir / record["file"]).read_text(errors="replace")
    except OSError:
        return []
    m = re.search(r'extern "C"[^(]*\bkernel\s*\(([^)]*)\)', text)
    return CPP_POINTER.findall(m.group(1)) if m else []


def _launch_cost(index: int, launch: dict[str, Any], record: dict[str, Any] | None, anatomy: KernelAnatomy | None,
                 buffers: dict[str, outputcode.Buffer], cpp_params: list[str] | None = None) -> LaunchCost:
    kind = launch.get("kind", "?")
    target = launch.get("target", "?")
    cost = LaunchCost(launch.get("order", index), launch.get("graph"), target, kind, 0, 0)
    if kind == "extern":
        cost.measured_us = launch.get("measured_us_per_call")
        cost.device_kernels = max(1, len(launch.get("device_kernels") or []))
        cost.unmatched = launch.get("attribution") == "unmatched"
        for arg in launch.get("args", []):
            if arg.startswith("-> "):
                names, is_write = [n.strip() for n in arg[3:].split(",")], True
            else:
                names, is_write = [_arg_name(arg)], arg.startswith("out=")
            for name in names:
                if name not in buffers:
                    continue
                root = outputcode.alias_root(name, buffers)
                size = buffer_bytes(buffers.get(root) or buffers[name])
                if size is None:
                    cost.read_bytes = cost.write_bytes = None
                    continue
                (cost.writes if is_write else cost.reads).append(root)
                if is_write and cost.write_bytes is not None:
                    cost.write_bytes += size
                elif not is_write and cost.read_bytes is not None:
                    cost.read_bytes += size
        return cost
    if record:
        cost.measured_us = record.get("measured_us_per_call")
        if record.get("launches_per_call", 1) > 1 and cost.measured_us:
            cost.measured_us /= record["launches_per_call"]  # the record's time covers all its launches
    pointer_args = _pointer_args(launch, record, buffers, anatomy)
    cost.pointer_buffers = pointer_args
    cost.buffer_bytes = {b: n for b in pointer_args.values() if (n := buffer_bytes(buffers.get(b))) is not None}
    if anatomy is None or not pointer_args:
        # No anatomy (unreadable source): every distinct tensor once, direction unknown for the
        # bytes; a C++ kernel's pointer names (in_ptr, out_ptr, in_out_ptr) still say which
        # buffers it writes, so its intermediates are found too.
        cost.exact = False
        cost.read_bytes, cost.write_bytes = launch.get("bytes"), 0
        args = [_arg_name(a) for a in launch.get("args", []) if "=" not in a]
        cost.reads = sorted({outputcode.alias_root(_arg_name(a), buffers) for a in launch.get("args", []) if _arg_name(a) in buffers})
        for param, arg in zip(cpp_params or [], args):
            if arg in buffers and "out_ptr" in param:
                cost.writes.append(outputcode.alias_root(arg, buffers))
        return cost
    for param, buf in pointer_args.items():
        use = anatomy.pointers.get(param)
        size = buffer_bytes(buffers.get(buf))
        if use is None:
            continue
        if size is None:
            cost.read_bytes = cost.write_bytes = None
            cost.exact = False
            continue
        if use.loads:
            cost.reads.append(buf)
            if cost.read_bytes is not None:
                cost.read_bytes += size * use.load_passes
        if use.stores:
            cost.writes.append(buf)
            if cost.write_bytes is not None:
                cost.write_bytes += size * use.store_passes
    return cost
