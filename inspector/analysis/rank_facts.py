"""What one rank's capture folder says, in the terms the cross-rank comparison needs.

Pure reading of captured files (manifest.json, compile_metrics.json, kernels.json, results.json,
output_code*.py, graphs/*dynamo_output_graph*.txt, the raw trace for DDPOptimizer's split): no
torch. Every field is optional; a failed rank gives what it wrote before it stopped.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from inspector.core import outputcode
from inspector.core.trace import Trace, parse_dir
from inspector.store import load_optional

# collectives in an output code: torch.ops._c10d_functional.all_reduce_.default(buf2, 'sum', '0');
# older releases call them through c10d_functional (no underscore) or torch.ops.c10d
COLLECTIVE = re.compile(r"(?:_c10d_functional|c10d_functional|\bc10d)\.(?P<op>\w+)")
FILE_COMMENT = re.compile(r"#\s*File:\s*(?P<file>.+?):(?P<line>\d+) in (?P<fn>[^,]+)(?:, code: (?P<code>.*))?$")
NODE = re.compile(r"^\s*(?P<node>\w+)(?::\s*\"[^\"]*\")?\s*=\s*(?P<rhs>.+?)(?:;|$)")
CALLEE = re.compile(r"^(?P<callee>[\w.]+)\(")
OPERATOR = re.compile(r"^\w+\s*(?P<op>[-+*/@%&|^]|\*\*|//|==|<|>|<=|>=)\s*\w+")
SPLIT_PARAM = re.compile(r"(?P<arg>l_self_modules_\w+?_parameters_\w+?_|l_self_parameters_\w+?_)\s*:\s*\"(?P<dtype>[a-z]+\d*)\[(?P<sizes>[^\]]*)\]")
# Dynamo's tensor guards (dynamo_cpp_guards_str): the source, then dtype, sizes and strides it checks,
# then '# <code>  # <file>:<line> in <fn>' of the first use. Object-id guards are left out: they
# differ between processes by construction.
TENSOR_GUARD = re.compile(r"TENSOR_MATCH: check_tensor\((?P<source>.+?), \w+, DispatchKeySet\([^)]*\), (?P<dtype>[\w.]+), "
                          r"device=[^,]+, requires_grad=(?P<grad>\w+), size=(?P<size>\[[^\]]*\]), stride=(?P<stride>\[[^\]]*\])\)"
                          r"(?:\s*#\s*(?P<code>.*?)\s*#\s*(?P<file>[^\s:]+):(?P<line>\d+))?")
SHORT_DTYPE_BYTES = {"f64": 8, "f32": 4, "f16": 2, "bf16": 2, "i64": 8, "i32": 4, "i16": 2, "i8": 1, "u8": 1, "b8": 1}


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def graph_compile_times(metrics: dict[str, Any]) -> dict[str, float]:
    """'<compile id> <forward|backward|inference>' (#n when one frame compiles several of a kind,
    as DDPOptimizer's subgraphs do) -> Inductor seconds of that graph."""
    out: dict[str, float] = {}
    for frame in metrics.get("frames") or []:
        seen: dict[str, int] = {}
        for graph in _dict(frame).get("graphs") or []:
            kind = str(_dict(graph).get("graph") or "graph")
            seen[kind] = seen.get(kind, 0) + 1
            key = f"{frame.get('compile_id')} {kind}" + (f" #{seen[kind]}" if seen[kind] > 1 else "")
            if isinstance(graph.get("inductor_s"), (int, float)):
                out[key] = float(graph["inductor_s"])
    return out


def graph_ops(folder: Path) -> list[dict[str, Any]]:
    """Every op of the Dynamo graphs (graphs/<cid>-dynamo_output_graph.txt), with the user line
    Dynamo recorded above it ('# File: f.py:12 in forward, code: ...')."""
    ops: list[dict[str, Any]] = []
    for path in sorted((folder / "graphs").glob("*dynamo_output_graph*.txt")):
        graph = path.name.split("-dynamo_output_graph")[0].replace("_", "/", 1)
        where: dict[str, Any] = {}
        for text in path.read_text(errors="replace").splitlines():
            comment = FILE_COMMENT.search(text)
            if comment:
                where = {"file": comment.group("file"), "line": int(comment.group("line")), "function": comment.group("fn").strip(),
                         "code": (comment.group("code") or "").strip()}
                continue
            node = NODE.match(text)
            if not node or not where or text.strip().startswith(("return", "#", "def ", "class ")):
                continue
            rhs = node.group("rhs").strip()
            callee, operator = CALLEE.match(rhs), OPERATOR.match(rhs)
            op = _op_name(callee.group("callee")) if callee else (f"operator {operator.group('op')}" if operator else rhs[:40])
            ops.append({"graph": graph, "op": op, **where})
    return ops


def _op_name(callee: str) -> str:
    """'torch.sigmoid' as it is; a method call on a graph value ('h_1.mean') as 'Tensor.mean',
    since value names are numbered differently from graph to graph."""
    head, _, method = callee.rpartition(".")
    return callee if not head or head.split(".")[0] in ("torch", "operator", "math", "builtins", "_operator") else f"Tensor.{method}"


def ddp_buckets(trace: Trace) -> list[dict[str, Any]]:
    """DDPOptimizer's subgraphs (optimize_ddp_split_child entries): the parameters in each, with
    their bytes. Empty when the model is not in DDP or DDPOptimizer is off."""
    out = []
    for entry in trace.of_kind("optimize_ddp_split_child"):
        params = []
        for m in SPLIT_PARAM.finditer(entry.payload.split("\n", 2)[1] if entry.payload.count("\n") >= 1 else entry.payload):
            sizes = [int(s) for s in m.group("sizes").split(",") if s.strip().isdigit()]
            n = 1
            for s in sizes:
                n *= s
            name = m.group("arg").removeprefix("l_self_modules_").removeprefix("l_self_").rstrip("_").replace("_parameters_", ".")
            params.append({"name": name, "sizes": sizes, "bytes": n * SHORT_DTYPE_BYTES.get(m.group("dtype"), 4)})
        out.append({"name": str(_dict(entry.body).get("name") or f"submod_{len(out)}"), "params": params,
                    "bytes": sum(p["bytes"] for p in params)})
    return out


def tensor_guards(trace: Trace) -> list[dict[str, Any]]:
    """The tensor guards of every compiled frame: what a call must match to reuse the graph."""
    out = []
    for entry in trace.of_kind("dynamo_cpp_guards_str"):
        for m in TENSOR_GUARD.finditer(entry.payload):
            out.append({"compile_id": entry.compile_id, "source": m.group("source"),
                        "guard": f"{m.group('dtype')} size={m.group('size')} stride={m.group('stride')} requires_grad={m.group('grad')}",
                        "file": m.group("file"), "line": int(m.group("line")) if m.group("line") else None, "code": m.group("code")})
    return out


def collectives(folder: Path, kernels_json: dict[str, Any]) -> list[dict[str, Any]]:
    """Collective calls of the generated code, in launch order: op, process group, tensor sizes."""
    buffers: dict[str | None, dict[str, outputcode.Buffer]] = {}
    for path in sorted(folder.glob("output_code*.py")):
        parsed = outputcode.parse(path.read_text(errors="replace"))
        buffers[parsed.graph_label] = parsed.buffers
    out = []
    for launch in kernels_json.get("launches") or []:
        match = COLLECTIVE.search(str(_dict(launch).get("target") or ""))
        if not match or match.group("op") in ("wait_tensor", "wait"):
            continue
        args = [str(a) for a in launch.get("args") or [] if not str(a).startswith("-> ")]
        strings = [a.strip("'\"") for a in args if a[:1] in "'\""]
        tensors = [a for a in args if a[:1] not in "'\"" and not a[:1].isdigit()]
        table = buffers.get(launch.get("graph")) or (next(iter(buffers.values())) if len(buffers) == 1 else {})
        sizes = [table[t].sizes if t in table else None for t in tensors]
        dtypes = [table[t].dtype if t in table else None for t in tensors]
        out.append({"graph": launch.get("graph"), "order": launch.get("order"), "op": match.group("op"),
                    "group": strings[-1] if strings else None, "reduce_op": strings[0] if len(strings) > 1 else None,
                    "tensors": tensors, "sizes": sizes, "dtypes": dtypes, "bytes": launch.get("bytes")})
    return out


def kernels(folder: Path, kernels_json: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for record in kernels_json.get("kernels") or []:
        path = folder / str(_dict(record).get("file") or "")
        source = path.read_text(errors="replace") if path.is_file() else ""
        prov = _dict(record.get("provenance"))
        out.append({"name": record.get("name"), "graph": record.get("graph"), "file": record.get("file"),
                    "hash": source_hash(source) if source else None, "aten_ops": record.get("aten_ops") or [],
                    "user_lines": [u for u in prov.get("user_lines") or [] if isinstance(u, dict)]})
    return out


def rank_facts(folder: Path) -> dict[str, Any]:
    """Everything the comparison looks at for the rank captured in `folder`."""
    manifest = _dict(load_optional(folder / "manifest.json", {}))
    metrics = _dict(load_optional(folder / "compile_metrics.json", {}))
    kernels_json = _dict(load_optional(folder / "kernels.json", {}))
    results = _dict(load_optional(folder / "results.json", {}))
    trace = parse_dir(folder / "trace") if (folder / "trace").is_dir() else Trace()
    steady = _dict(results.get("steady"))
    error = _dict(manifest.get("error"))
    return {
        "rank": manifest.get("rank"),
        "status": manifest.get("status") or "missing",
        "error": f"{error.get('phase')}: {error.get('type')}: {error.get('message')}" if error else None,
        "shape": results.get("shape"),
        "compile_ids": [str(f.get("compile_id")) for f in metrics.get("frames") or [] if f.get("compile_id") != "unknown"],
        "graphs": metrics.get("graph_count"),
        "graphs_compiled": metrics.get("graphs_compiled"),
        "graph_breaks": [{k: b.get(k) for k in ("reason", "file", "line", "code", "count")} for b in metrics.get("graph_breaks") or []],
        "recompiles": [{"compile_id": r.get("compile_id"), "reason": r.get("reason")} for r in metrics.get("recompiles") or []],
        "cache": metrics.get("cache") or {},
        "compile_s": _dict(metrics.get("totals")).get("compile_s"),
        "graph_compile_s": graph_compile_times(metrics),
        "kernels": kernels(folder, kernels_json),
        "collectives": collectives(folder, kernels_json),
        "graph_ops": graph_ops(folder),
        "ddp_buckets": ddp_buckets(trace),
        "guards": tensor_guards(trace),
        "step_ms": _dict(steady.get("compiled")).get("median_ms"),
        "eager_step_ms": _dict(steady.get("eager")).get("median_ms"),
    }

