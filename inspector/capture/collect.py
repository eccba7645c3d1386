"""Turn a finished worker's staging folder into the capture layout (files only, no torch imports).

Inputs in the staging folder: trace/ (TORCH_TRACE log), debug/ (Inductor debug output),
results.json, runtime_kernels.json, profile.json, error.json, versions.json, and the private
Triton cache. Outputs: output_code*.py, kernels/<name>.{py,cpp,ptx,cubin,json}, kernels.json,
compile_metrics.json, autotuning.json, graphs/, and the lists the manifest needs.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from inspector.capture import attribution, autotuning, cudagraphs
from inspector.capture.metrics import compile_metrics_record
from inspector.capture.user_source import library_calls, user_line
from inspector.core import outputcode
from inspector.core.outputcode import DTYPE_BYTES
from inspector.core.records import GraphPhases, KernelRecord, KernelsFile, Provenance
from inspector.core.trace import Trace, TraceEntry, parse_dir
from inspector.store import load_optional, write_json

GRAPH_ARTIFACTS = (
    "before_pre_grad_graph",
    "after_pre_grad_graph",
    "before_joint_graph",
    "after_joint_graph",
    "before_post_grad_graph",
    "inductor_post_grad_graph",
    "fx_graph_runnable",
    "ir_pre_fusion",
    "ir_post_fusion",
)
GRAPH_ENTRY_KINDS = ("dynamo_output_graph", "aot_forward_graph", "aot_backward_graph", "aot_inference_graph", "aot_joint_graph")


def collect(staging: Path, triton_cache: Path) -> dict[str, Any]:
    """Write the derived files into `staging`; return a summary for the manifest."""
    retry = load_optional(staging / "capture_settings.json", {}) or {}
    # after a retry without a capture setting, the failed attempt's entries are skipped
    offsets = retry.get("retry_trace_offsets") if isinstance(retry.get("retry_trace_offsets"), dict) else None
    trace = parse_dir(staging / "trace", offsets) if (staging / "trace").is_dir() else Trace()
    metrics = compile_metrics_record(trace)
    write_json(staging / "compile_metrics.json", metrics.to_json())

    codes = output_codes(trace, staging / "debug")
    aten_by_node = post_grad_aten_ops(trace)
    runtime = {r["name"]: r for r in load_optional(staging / "runtime_kernels.json", [])}
    profile = load_optional(staging / "profile.json", {})
    provenance = provenance_by_graph(trace)
    calls = library_calls(trace)

    kernels_dir = staging / "kernels"
    kernels_dir.mkdir(exist_ok=True)
    records: list[KernelRecord] = []
    launches: list[dict[str, Any]] = []
    files_by_name: dict[str, str] = {}
    dynamic: list[str] = []
    for index, (label, source) in enumerate(codes):
        code_name = "output_code.py" if len(codes) == 1 else f"output_code_{_safe(label or str(index))}.py"
        (staging / code_name).write_text(source)
        parsed = outputcode.parse(source)
        prov = {**provenance.get(index, {}), LIBRARY_CALLS: calls}
        dynamic += [label] if parsed.dynamic and label else []
        for kernel in parsed.kernels:
            stem = kernel.name if kernel.name not in files_by_name else f"{kernel.name}__{_safe(label or str(index))}"
            ext = ".cpp" if kernel.backend == "cpp" else ".py"
            (kernels_dir / f"{stem}{ext}").write_text(kernel.source)
            files_by_name[stem] = f"kernels/{stem}{ext}"
            record = kernel_record(kernel, stem, ext, label, code_name, parsed, runtime, prov)
            fill_from_provenance(record, aten_by_node)
            records.append(record)
        for order, launch in enumerate(parsed.launches):
            launches.append({"graph": label, "order": order, "target": launch.target, "kind": launch.kind,
                             "args": launch.args, "bytes": launch_bytes(launch, parsed.buffers)})
        if parsed.parse_error:
            metrics.warnings = (metrics.warnings or []) + [f"{code_name}: {parsed.parse_error}"]
    compile_info = {k: v for frame in metrics.frames for k, v in (frame.triton_kernels or {}).items()}
    for record in records:
        copy_compiled(record, triton_cache, kernels_dir)
        info = compile_info.get(record.name, {})
        record.triton_compile_ms = info["compile_time_us"] / 1e3 if info.get("compile_time_us") else None
        record.autotune_cache_state = info.get("autotune_cache_state")
    device = attach_profile(records, launches, profile)
    kernels_json = KernelsFile(kernels=records, launches=launches, profile=profile or None,
                               device_attribution=device, dynamic_graphs=dynamic).to_json()
    label_graphs(metrics, trace, set(dynamic))
    write_json(staging / "kernels.json", kernels_json)
    kernels = kernels_json["kernels"]
    graphs = save_graphs(trace, staging / "graphs", staging / "debug")
    tuning = autotuning.collect(staging, trace, kernels, list(runtime.values()))
    write_json(staging / "autotuning.json", tuning)
    options = (load_optional(staging / "config.json", None) or load_optional(staging / "manifest.json", {}).get("options") or {})
    metrics.cudagraphs = cudagraphs.collect(staging, trace, options.get("mode"), options.get("device"),
                                            load_optional(staging / "results.json", {}), profile)
    metrics_json = metrics.to_json()
    write_json(staging / "compile_metrics.json", metrics_json)
    return {"autotuning": tuning, "metrics": metrics_json, "kernels": kernels, "launches": launches, "graphs": graphs, "output_codes": len(codes)}


def label_graphs(metrics, trace: Trace, dynamic: set[str]) -> None:
    """Give each compiled graph of compile_metrics its wrapper's AOT label ("1_inference") and
    whether it is dynamic, so the compile table names graphs as the kernel table does: the
    wrappers of one compile id, in order, are its graphs in order. is_backward alone called an
    inference graph "forward"."""
    by_id: dict[str | None, list[str]] = {}
    for entry in trace.of_kind("inductor_output_code"):
        label = outputcode.aot_id(entry.payload)
        if label:
            by_id.setdefault(entry.compile_id, []).append(label)
    for frame in metrics.frames:
        labels = by_id.get(frame.compile_id, [])
        if not frame.graphs:  # served from the FX graph cache: no inductor_compile span, the graphs still ran
            frame.graphs = [GraphPhases(compile_id=frame.compile_id) for _ in labels]
        for graph, label in zip(frame.graphs, labels):
            graph.label, graph.dynamic = label, label in dynamic
            graph.graph = label.rpartition("_")[2] if graph.graph in (None, "unknown") else graph.graph
            if label.endswith("_inference"):
                graph.graph = "inference"


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_") or "graph"


def output_codes(trace: Trace, debug_dir: Path) -> list[tuple[str | None, str]]:
    """(AOT id label, source) of every wrapper the compile produced, in compile order."""
    codes = []
    for entry in trace.of_kind("inductor_output_code"):
        if entry.payload.strip():
            codes.append((outputcode.aot_id(entry.payload) or entry.compile_id, entry.payload))
    if not codes and debug_dir.is_dir():  # no trace (or a truncated one): Inductor's debug folder
        for path in sorted(debug_dir.rglob("output_code.py")):
            source = path.read_text(errors="replace")
            codes.append((outputcode.aot_id(source) or path.parent.name, source))
    return codes


def provenance_by_graph(trace: Trace) -> dict[int, dict[str, Any]]:
    """Provenance artifacts, keyed by the index of the output code they follow in the trace."""
    out: dict[int, dict[str, Any]] = {}
    index = -1
    for entry in trace.entries:
        if entry.kind == "inductor_output_code":
            index += 1
        elif entry.kind == "artifact" and entry.name in (
            "inductor_provenance_tracking_node_mappings",
            "inductor_provenance_tracking_kernel_stack_traces",
        ):
            value = entry.json_payload()
            if isinstance(value, dict):
                out.setdefault(max(index, 0), {})[entry.name] = value
    return out


_NODE_OP = re.compile(r"^\s*(?P<node>\w+)(?::\s*\"[^\"]*\")?\s*=\s*torch\.ops\.(?P<op>[\w.]+)\(", re.M)


def post_grad_aten_ops(trace: Trace) -> dict[str, str]:
    """Post-grad FX node name -> op ('aten.var_mean'), from the inductor_post_grad_graph artifact."""
    ops: dict[str, str] = {}
    for entry in trace.artifacts("inductor_post_grad_graph"):
        for match in _NODE_OP.finditer(entry.payload):
            op = match.group("op").rsplit(".", 1)[0] if match.group("op").count(".") >= 2 else match.group("op")
            ops.setdefault(match.group("node"), op)
    return ops


def fill_from_provenance(record: KernelRecord, aten_by_node: dict[str, str]) -> None:
    """C++ kernels have no header comment: take source nodes and ATen ops from provenance."""
    prov = record.provenance
    if not record.source_nodes:
        record.source_nodes = list(prov.pre_grad_nodes)
    if not record.aten_ops:
        ops = [aten_by_node[n] for n in prov.post_grad_nodes if n in aten_by_node]
        record.aten_ops = list(dict.fromkeys(ops))


LIBRARY_CALLS = "library_calls"  # key of the provenance dict that carries user_source.library_calls


def kernel_provenance(name: str, prov: dict[str, Any]) -> dict[str, Any]:
    mappings = prov.get("inductor_provenance_tracking_node_mappings", {})
    stacks = prov.get("inductor_provenance_tracking_kernel_stack_traces", {})
    post: list[str] = []
    for key, value in mappings.items():
        if key.endswith("CodeToPost") and isinstance(value, dict):
            for kernel_key, nodes in value.items():
                if kernel_key.split(":")[0] == name and isinstance(nodes, list):
                    post.extend(n for n in nodes if n not in post)
    post_to_pre = mappings.get("postToPre", {}) if isinstance(mappings.get("postToPre"), dict) else {}
    pre: list[str] = []
    for node in post:
        for p in post_to_pre.get(node, []) or []:
            if p not in pre:
                pre.append(p)
    lines: list[dict[str, Any]] = []
    for kernel_key, traces in stacks.items():
        if kernel_key.split(":")[0] != name:
            continue
        for text in traces if isinstance(traces, list) else [traces]:
            item = user_line(str(text))
            if item is not None and item not in lines:
                lines.append(item)
    calls = prov.get(LIBRARY_CALLS) or {}
    library = [] if lines else list(dict.fromkeys(calls[n] for n in pre if n in calls))
    return {"post_grad_nodes": post, "pre_grad_nodes": pre, "user_lines": lines, **({"library": library} if library else {})}


def kernel_record(kernel, stem, ext, label, code_name, parsed, runtime, prov) -> KernelRecord:
    """The kernels.json entry of one kernel of a parsed wrapper (the compile, copy and profile
    steps of collect() fill in the rest)."""
    rt = runtime.get(kernel.name, {})
    calls = [l for l in parsed.launches if l.target == kernel.name]
    meta = kernel.inductor_meta
    return KernelRecord(
        name=kernel.name,
        file=f"kernels/{stem}{ext}",
        graph=label,
        output_code=code_name,
        backend=kernel.backend,
        kind=kernel.kind,
        decorator=kernel.decorator,
        source_nodes=kernel.source_nodes,
        aten_ops=kernel.aten_ops,
        node_to_aten=kernel.node_to_aten,
        provenance=Provenance.from_json(kernel_provenance(kernel.name, prov)),
        size_hints=kernel.size_hints,
        triton_meta=kernel.triton_meta,
        inductor_meta=kernel.inductor_meta,
        num_load=meta.get("num_load"),
        num_store=meta.get("num_store"),
        num_reduction=meta.get("num_reduction"),
        launches_per_call=len(calls),
        launch_order=[i for i, l in enumerate(parsed.launches) if l.target == kernel.name],
        launch_config=rt.get("launch_config") or None,
        candidate_configs=rt.get("candidate_configs"),
        n_regs=rt.get("n_regs"),
        n_spills=rt.get("n_spills"),
        shared_bytes=rt.get("shared_bytes"),
        cache_hash=rt.get("cache_hash"),
        bytes_per_launch=launch_bytes(calls[0], parsed.buffers) if calls else None,
    )


def _numel(sizes: list[Any]) -> int | None:
    n = 1
    for s in sizes:
        if not isinstance(s, int):
            return None
        n *= s
    return n


def launch_bytes(launch: outputcode.Launch, buffers: dict[str, outputcode.Buffer]) -> int | None:
    """Bytes of the distinct tensors a launch touches, each counted once (an estimate of the
    minimum traffic: a buffer read twice inside the kernel still counts once here)."""
    seen: set[str] = set()
    total = 0
    for arg in launch.args:
        name = arg.split("=", 1)[-1].strip()
        buf = buffers.get(name)
        if buf is None:
            continue
        root = outputcode.alias_root(name, buffers)
        if root in seen:
            continue
        seen.add(root)
        base = buffers.get(root, buf)
        n = _numel(base.sizes or buf.sizes)
        size = DTYPE_BYTES.get(base.dtype or buf.dtype or "", None)
        if n is None or size is None:
            return None
        total += n * size
    return total or None


TRITON_FILE_NAME = 150  # triton/compiler/compiler.py: file_name = src.name[:150]


def copy_compiled(record: KernelRecord, triton_cache: Path, kernels_dir: Path) -> None:
    """Copy the kernel's PTX, cubin and metadata JSON from the private Triton cache."""
    if record.backend != "triton":
        return
    name = record.name
    candidates = sorted(triton_cache.glob(f"*/{name}.json")) if triton_cache.is_dir() else []
    if not candidates and triton_cache.is_dir():
        # Triton names its cache files after the kernel cut to TRITON_FILE_NAME characters (a
        # GPT-2 step's 157-character log-softmax backward kernel was not found under its name)
        candidates = sorted(triton_cache.glob(f"*/{name[:TRITON_FILE_NAME]}.json"))
    chosen = None
    if record.cache_hash:
        chosen = next((p for p in candidates if p.parent.name == record.cache_hash), None)
    if chosen is None and candidates:
        want = record.launch_config or {}
        for path in candidates:
            meta = load_optional(path, {})
            if want and meta.get("num_warps") == want.get("num_warps") and meta.get("num_stages") == want.get("num_stages"):
                chosen = path
                break
        chosen = chosen or candidates[-1]
    stem = Path(record.file).stem
    if chosen is None:  # no cache (e.g. recollecting a published run): keep what was copied before
        record.compiled_files = [
            f"kernels/{p.name}" for ext in (".ptx", ".cubin", ".meta.json") if (p := kernels_dir / f"{stem}{ext}").is_file()
        ]
        return
    for ext in (".ptx", ".cubin", ".json"):
        src = chosen.with_suffix(ext)
        if src.is_file():
            dst = kernels_dir / f"{stem}{ext if ext != '.json' else '.meta.json'}"
            shutil.copyfile(src, dst)
            record.compiled_files.append(f"kernels/{dst.name}")
    meta = load_optional(chosen, {})
    if record.shared_bytes is None and isinstance(meta.get("shared"), int):
        record.shared_bytes = meta["shared"]


def attach_profile(records: list[KernelRecord], launches: list[dict[str, Any]], profile: dict[str, Any]) -> dict[str, Any] | None:
    """Measured time per call for each kernel (GPU profiler), GB/s from its bytes, and each extern
    launch's own device kernels; returns what no launch owns (None without a profile)."""
    measured = (profile or {}).get("kernels", {})
    for record in records:
        hit = measured.get(record.name)
        if not hit:
            continue
        record.measured_us_per_call = hit["us_per_call"]
        record.measured_launches_per_call = hit["launches_per_call"]
        launches_n = hit["launches_per_call"] or 1
        if record.bytes_per_launch and hit["us_per_call"]:
            record.achieved_gb_per_s = record.bytes_per_launch * launches_n / (hit["us_per_call"] * 1e3)
    if not profile:
        return None
    return attribution.attribute(launches, profile, {r.name for r in records}, measured)


def save_graphs(trace: Trace, folder: Path, debug_dir: Path) -> list[str]:
    folder.mkdir(exist_ok=True)
    written: list[str] = []
    seen: dict[str, int] = {}

    def put(entry: TraceEntry, name: str) -> None:
        # named by occurrence, not by what exists, so a recollect rewrites the same files
        stem = f"{(entry.compile_id or 'x').replace('/', '_')}-{name}"
        seen[stem] = seen.get(stem, 0) + 1
        path = folder / (f"{stem}.txt" if seen[stem] == 1 else f"{stem}-{seen[stem]}.txt")
        path.write_text(entry.payload)
        written.append(f"graphs/{path.name}")

    for entry in trace.entries:
        if entry.kind in GRAPH_ENTRY_KINDS and entry.payload:
            put(entry, entry.kind)
        elif entry.kind == "artifact" and entry.name in GRAPH_ARTIFACTS and entry.payload:
            put(entry, entry.name)
    if debug_dir.is_dir():
        for path in sorted(debug_dir.rglob("*")):
            if path.is_file() and path.name != "output_code.py" and path.suffix in (".txt", ".py", ".json", ".log"):
                rel = _safe("-".join(path.relative_to(debug_dir).parts[-2:]))
                shutil.copyfile(path, folder / f"debug-{rel}")
                written.append(f"graphs/debug-{rel}")
    return written
