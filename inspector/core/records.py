"""What a capture stores, as typed records: kernels.json (KernelsFile of KernelRecord),
compile_metrics.json (CompileMetrics of FrameMetrics of GraphPhases) and manifest.json (Manifest).

The writers in capture/ build these and write `to_json()`; readers take `from_json(data)` and use
attributes instead of guarding every `.get`. Both directions are one definition of the file:
- `to_json()` writes the keys in the order the writer always has;
- `from_json()` never raises: unknown keys (a newer or older torch or inspector) are kept in `extra`
  and written back, a missing key takes the field's default and stays missing when written back,
  and a value of the wrong JSON type becomes the default (None, [] or {}). A stored file therefore
  round-trips to an equal dict.
Values that are payloads of their own (Dynamo's metrics, a launch config, counters) stay dicts.
"""

from __future__ import annotations

import copy
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any, ClassVar

# JSON type names -> check; a field accepts None only when its default is None
_CHECKS = {
    "num": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "str": lambda v: isinstance(v, str),
    "bool": lambda v: isinstance(v, bool),
    "dict": lambda v: isinstance(v, dict),
    "list": lambda v: isinstance(v, list),
    "any": lambda v: True,
}


def stored(kind: str | tuple[str, ...] | type = "any", default: Any = None, optional: bool = False) -> Any:
    """A field stored under its own name. kind: a JSON type name ("num", "str", "bool", "dict",
    "list", "any"), a tuple of them, a Record class (a nested object) or [Record class] given as
    a one-element list (a list of nested objects). optional: a key the writer adds only when it
    has a value (left out of to_json() while None)."""
    meta = {"kind": kind, "optional": optional}
    if isinstance(default, (list, dict)) or (isinstance(default, type) and issubclass(default, Record)):
        factory = default if isinstance(default, type) else (lambda d=default: copy.deepcopy(d))
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class Record:
    """Base of the stored records (dataclasses with `stored` fields plus `extra` and `absent`)."""

    # The keys this version does not know, kept as read and written back after the known ones.
    extra: dict[str, Any] = field(default_factory=dict, kw_only=True)
    # Known keys the stored JSON did not have (None: a record built by a writer, which leaves out
    # optional fields that are None).
    absent: frozenset[str] | None = field(default=None, compare=False, repr=False, kw_only=True)
    RESERVED: ClassVar[tuple[str, ...]] = ("extra", "absent")

    @classmethod
    def _stored(cls) -> list:
        return [f for f in fields(cls) if f.name not in Record.RESERVED]

    @classmethod
    def from_json(cls, data: Any) -> "Record":
        """The record of a stored JSON object; anything else reads as an empty object."""
        data = data if isinstance(data, dict) else {}
        known = cls._stored()
        names = {f.name for f in known}
        values = {f.name: _read(f, data[f.name]) for f in known if f.name in data}
        extra = {k: v for k, v in data.items() if k not in names}
        return cls(**values, extra=extra, absent=frozenset(names - data.keys()))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self._stored():
            value = getattr(self, f.name)
            if self.absent is not None:
                if f.name in self.absent and value == _default(f):  # still as read: stays missing
                    continue
            elif f.metadata["optional"] and value is None:
                continue
            out[f.name] = _dump(value)
        out.update((k, v) for k, v in self.extra.items() if k not in out)
        return out

    def nulls_left_out(self, keep: tuple[str, ...] = ()) -> frozenset[str]:
        """The optional fields that are None, less `keep`: a writer that writes some of them as
        null sets `absent` to this."""
        return frozenset(f.name for f in self._stored()
                         if f.metadata["optional"] and getattr(self, f.name) is None and f.name not in keep)


def _default(f) -> Any:
    return f.default_factory() if f.default_factory is not MISSING else f.default


def _read(f, value: Any) -> Any:
    kind = f.metadata["kind"]
    if isinstance(kind, list):  # a list of nested records: items that are no object are dropped
        return [kind[0].from_json(v) for v in value if isinstance(v, dict)] if isinstance(value, list) else _default(f)
    if isinstance(kind, type):
        return kind.from_json(value) if isinstance(value, dict) else _default(f)
    if value is None and f.default is None:
        return None
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return value if any(_CHECKS[k](value) for k in kinds) else _default(f)


def _dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_json()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    return value


# kernels.json ------------------------------------------------------------------------------------


@dataclass
class UserLine(Record):
    """One line of the user's code a kernel comes from (the innermost frame of a stack trace)."""

    file: str | None = stored("str")
    line: int | None = stored("num")
    function: str | None = stored("str")
    code: str | None = stored("str")


_TOOL_DIR = Path(__file__).resolve().parents[1]  # the inspector package


def is_tool_file(file: str | None) -> bool:
    """A frame in this tool's own code (inspector/), never the user's source: inspector/targets.py
    calls the user's function, and is all that is left of a stack of library modules. Also a
    module of another copy of this package (the same path below an `inspector` folder): a compile
    served from a cache, or a capture made on another machine, names the tool's files where they
    were installed then."""
    if not file:
        return False
    path = Path(file)
    try:
        if path.resolve().is_relative_to(_TOOL_DIR):
            return True
    except (OSError, ValueError):
        return False
    parts = path.parts
    if "inspector" not in parts[:-1]:
        return False
    below = parts[len(parts) - 1 - parts[::-1].index("inspector") + 1:]
    return bool(below) and (_TOOL_DIR.joinpath(*below)).is_file()


@dataclass
class Provenance(Record):
    """Inductor's provenance of a kernel: its post-grad and pre-grad FX nodes and user lines
    (`library`: the library calls it comes from, when no line of the user's code is in its stack)."""

    post_grad_nodes: list[str] = stored("list", [])
    pre_grad_nodes: list[str] = stored("list", [])
    user_lines: list[UserLine] = stored([UserLine], [])
    library: list[str] | None = stored("list", optional=True)


@dataclass
class KernelRecord(Record):
    """One generated kernel: where its source is, what it computes, how it launches, and what the
    runtime, the compile and the profiler said about it."""

    name: str | None = stored("str")
    file: str | None = stored("str")  # kernels/<name>.py or .cpp, relative to the capture
    graph: str | None = stored("str")  # the AOT graph label of its wrapper
    output_code: str | None = stored("str")
    backend: str | None = stored("str")  # triton / cpp
    kind: str | None = stored("str")  # pointwise / reduction / persistent_reduction / template ...
    decorator: str | None = stored("str")
    source_nodes: list[str] = stored("list", [])
    aten_ops: list[str] = stored("list", [])
    node_to_aten: dict[str, Any] = stored("dict", {})
    provenance: Provenance = stored(Provenance, Provenance)
    size_hints: Any = stored(("dict", "list"))  # a dict since torch 2.6's named hints, a list before
    triton_meta: dict[str, Any] | None = stored("dict")
    inductor_meta: dict[str, Any] | None = stored("dict")
    num_load: int | None = stored("num")
    num_store: int | None = stored("num")
    num_reduction: int | None = stored("num")
    launches_per_call: int | None = stored("num")
    launch_order: list[int] = stored("list", [])
    launch_config: dict[str, Any] | None = stored("dict")  # the config the autotuner kept
    candidate_configs: int | None = stored("num")
    n_regs: int | None = stored("num")
    n_spills: int | None = stored("num")
    shared_bytes: int | None = stored("num")
    cache_hash: str | None = stored("str")
    bytes_per_launch: int | None = stored("num")
    compiled_files: list[str] = stored("list", [])
    triton_compile_ms: float | None = stored("num")
    autotune_cache_state: str | None = stored("str")
    measured_us_per_call: float | None = stored("num", optional=True)
    measured_launches_per_call: float | None = stored("num", optional=True)
    achieved_gb_per_s: float | None = stored("num", optional=True)
    counters: list[Any] | None = stored("list", optional=True)  # Nsight Compute rows (inspect run --counters)


@dataclass
class KernelsFile(Record):
    """kernels.json: the kernels, the wrapper's launches in call order, the profile."""

    kernels: list[KernelRecord] = stored([KernelRecord], [])
    launches: list[dict[str, Any]] = stored("list", [])
    profile: dict[str, Any] | None = stored("dict")
    device_attribution: dict[str, Any] | None = stored("dict")
    counters: dict[str, Any] | None = stored("dict", optional=True)
    dynamic_graphs: list[str] = stored("list", [])  # AOT labels of the graphs compiled for symbolic sizes



# compile_metrics.json ----------------------------------------------------------------------------


@dataclass
class GraphPhases(Record):
    """The phases inside one inductor_compile span (one forward, backward or inference graph), in
    seconds; None where the trace has no such region."""

    graph: str | None = stored("str")  # forward / backward / inference / unknown
    compile_id: str | None = stored("str")
    label: str | None = stored("str", optional=True)  # its wrapper's AOT label, "1_inference": see outputcode.graph_name
    dynamic: bool | None = stored("bool", optional=True)  # compiled for symbolic sizes
    inductor_s: float | None = stored("num")
    lowering_s: float | None = stored("num")
    fusion_s: float | None = stored("num")
    codegen_s: float | None = stored("num")
    kernel_compile_wait_s: float | None = stored("num")
    cpp_compile_s: float | None = stored("num")
    triton_compile_s: float | None = stored("num")
    triton_compile_by_kernel_s: dict[str, float] = stored("dict", {})
    autotune_s: float | None = stored("num")
    autotune_by_name_s: dict[str, float] = stored("dict", {})
    cache_state: str | None = stored("str")
    start_us: float | None = stored("num")
    compiled_lazily: bool | None = stored("bool")  # outside its frame's compile (a backward at first use)


@dataclass
class FrameMetrics(Record):
    """One frame Dynamo compiled (a compile id): its phases in seconds, graphs, breaks and recompiles."""

    compile_id: str = stored("str", "unknown")
    graphs: list[GraphPhases] = stored([GraphPhases], [])
    graph_breaks: list[dict[str, Any]] = stored("list", [])
    recompile_reasons: list[str] = stored("list", [])
    frame_compile_s: float | None = stored("num", optional=True)
    dynamo_s: float | None = stored("num", optional=True)
    backend_compile_s: float | None = stored("num", optional=True)
    aot_autograd_s: float | None = stored("num", optional=True)
    inductor_s: float | None = stored("num", optional=True)
    backward_compile_s: float | None = stored("num", optional=True)
    total_s: float | None = stored("num", optional=True)
    triton_compile_s: float | None = stored("num", optional=True)
    autotune_s: float | None = stored("num", optional=True)
    cpp_compile_s: float | None = stored("num", optional=True)
    codegen_s: float | None = stored("num", optional=True)
    dynamo_metrics: dict[str, Any] | None = stored("dict", optional=True)  # Dynamo's compilation_metrics
    function: dict[str, Any] | None = stored("dict", optional=True)
    failure: dict[str, Any] | None = stored("dict", optional=True)
    bwd_metrics: dict[str, Any] | None = stored("dict", optional=True)
    runtime_autotune_s: float | None = stored("num", optional=True)
    triton_kernels: dict[str, Any] | None = stored("dict", optional=True)  # triton_kernel_info (torch 2.8+)


@dataclass
class CompileTotals(Record):
    """Seconds summed over the frames (None where no frame has the phase)."""

    compile_s: float | None = stored("num")
    dynamo_s: float | None = stored("num")
    aot_autograd_s: float | None = stored("num")
    inductor_s: float | None = stored("num")
    codegen_s: float | None = stored("num")
    triton_compile_s: float | None = stored("num")
    cpp_compile_s: float | None = stored("num")
    autotune_s: float | None = stored("num")
    runtime_autotune_s: float | None = stored("num")


@dataclass
class CompileMetrics(Record):
    """compile_metrics.json: per-frame phases, totals, graph breaks (one per user location),
    recompiles, cache events, every timed region, and what CUDA graphs did."""

    frames: list[FrameMetrics] = stored([FrameMetrics], [])
    totals: CompileTotals = stored(CompileTotals, CompileTotals)
    graph_count: int | None = stored("num")  # FX graphs Dynamo captured
    graphs_compiled: int | None = stored("num")
    graph_breaks: list[dict[str, Any]] = stored("list", [])
    graph_break_count: int | None = stored("num")
    graph_break_events: int | None = stored("num")
    recompiles: list[dict[str, Any]] = stored("list", [])
    cache: dict[str, Any] = stored("dict", {})
    events: list[dict[str, Any]] = stored("list", [])
    trace: dict[str, Any] = stored("dict", {})
    warnings: list[str] | None = stored("list", optional=True)
    cudagraphs: dict[str, Any] | None = stored("dict", optional=True)


# manifest.json -----------------------------------------------------------------------------------


@dataclass
class RunSummary(Record):
    """The manifest's one-line summary of a run."""

    kernels: int | None = stored("num")
    launches_per_call: int | None = stored("num")
    graphs: int | None = stored("num")
    graph_breaks: int | None = stored("num")
    recompiles: int | None = stored("num")
    compile_s: float | None = stored("num")
    passed: bool | None = stored("bool")
    speedup_compiled_vs_eager: float | None = stored("num")
    timing_noisy: bool | None = stored("bool")
    autotuning: dict[str, Any] | None = stored("dict")
    cudagraphs: dict[str, Any] | None = stored("dict")


@dataclass
class Manifest(Record):
    """manifest.json: what ran, on what, how it went, and the index of the capture's files."""

    schema: int | None = stored("num")
    experiment: str | None = stored("str")
    experiment_ref: str | None = stored("str")
    run_id: str | None = stored("str")
    status: str | None = stored("str")  # ok / failed
    error: dict[str, Any] | None = stored("dict")  # phase, type, message, traceback
    warnings: list[str] = stored("list", [])
    options: dict[str, Any] = stored("dict", {})  # the RunConfig
    dropped_settings: list[dict[str, Any]] = stored("list", [])
    shape: list[Any] | None = stored("list")
    shape_names: list[str] | None = stored("list")
    input_shapes: list[str] | None = stored("list")
    dtype: str | None = stored("str")
    device: str | None = stored("str")
    device_name: str | None = stored("str")
    versions: dict[str, Any] = stored("dict", {})
    started_at: str | None = stored("str")
    finished_at: str | None = stored("str")
    wall_s: float | None = stored("num")
    cache: dict[str, Any] = stored("dict", {})  # warm, before (the cache folder's state), events
    summary: RunSummary = stored(RunSummary, RunSummary)
    rank: int | None = stored("num", optional=True)  # a rank of a distributed job
    world_size: int | None = stored("num", optional=True)
    counters: dict[str, Any] | None = stored("dict", optional=True)
    files: list[dict[str, Any]] | None = stored("list", optional=True)
    phases_s: dict[str, Any] | None = stored("dict", optional=True)
    recollected_at: str | None = stored("str", optional=True)
    reference_of: str | None = stored("str", optional=True)  # the run a committed reference was made from
    fusion_log_from: str | None = stored("str", optional=True)  # the run whose fusion decisions a reference took (make_reference --fusion-log-only)
