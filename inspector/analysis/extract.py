"""One generated kernel of a capture as a standalone reproducer: what `inspect extract` needs to
know, read from the capture's files alone (pure functions, nothing runs a kernel here).

Where each part comes from:
- the source: kernels/<kernel>.py or .cpp, else the `async_compile` definition in output_code*.py;
- the launch: kernels.json's launch_config (the config that won autotuning: block sizes, warps,
  stages), else runtime_kernels.json's; the grid rule from inductor_meta.grid_type (Grid1D/2D/3D:
  ceil(numel / BLOCK) per axis, as Inductor's launcher computes it);
- the arguments: the kernel's call in output_code*.py (`kernel.run(buf0, arg0_1, 8192, ...)`),
  each buffer's sizes, strides and storage offset from its `empty_strided` allocation,
  `reinterpret_tensor` view or the graph input's `assert_size_stride`; the dtypes from the
  Triton signature or the C++ argument types; which pointers are written from their names
  (out_ptr / in_out_ptr) as Inductor names them;
- how to fill each input: floats random normal; an integer pointer whose loaded values reach an
  "index out of bounds: 0 <= tmp < N" check gets values in [0, N) (zeros would exercise one row);
  one whose loaded values seed a random-number call (tl.rand, randint64, Inductor's C++
  normalized_rand_cpu) is a seed buffer, filled from the reproducer's --seed.
A missing part is one InputError line naming it (exit 2).
"""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass, field
from typing import Any

from pathlib import Path

from inspector import store
from inspector.core import outputcode
from inspector.core.kernel_defs import KernelDef
from inspector.usage import InputError

TRITON_DTYPES = {"fp32": "float32", "fp16": "float16", "bf16": "bfloat16", "fp64": "float64", "i64": "int64",
                 "i32": "int32", "i16": "int16", "i8": "int8", "u8": "uint8", "i1": "bool", "u1": "bool"}
CPP_DTYPES = {"float": "float32", "double": "float64", "half": "float16", "bfloat16": "bfloat16", "int64_t": "int64",
              "int32_t": "int32", "int16_t": "int16", "int8_t": "int8", "uint8_t": "uint8", "bool": "bool",
              "long": "int64", "int": "int32"}
GRIDS = ("Grid1D", "Grid2D", "Grid3D", "Grid2DWithYZOverflow")
RANDOM_CALLS = re.compile(r"\b(tl\.rand|tl\.randn|tl\.randint|randint64|normalized_rand_cpu|randn_cpu|randint64_cpu)\s*\(")
BOUND_CHECK = re.compile(r"index out of bounds: 0 <= (tmp\d+) < (\d+)")
ASSIGN = re.compile(r"^\s*(?:auto\s+)?(tmp\d+)\s*=\s*(.+)$")


@dataclass
class Arg:
    """One kernel argument: a tensor (a view of its own storage) or a scalar."""

    name: str  # the kernel's parameter name (in_ptr0, out_ptr3, xnumel)
    source: str  # what the wrapper passes (buf4, arg0_1, 8192)
    dtype: str | None = None  # torch dtype name for tensors
    sizes: list[int] | None = None
    strides: list[int] | None = None
    offset: int = 0
    value: int | float | None = None  # scalars
    role: str = "in"  # in | out | inout
    fill: str = "randn"  # randn | index | seed | bool | randint
    bound: int | None = None  # index values lie in [0, bound)

    @property
    def is_tensor(self) -> bool:
        return self.sizes is not None

    def to_json(self) -> dict[str, Any]:
        if not self.is_tensor:
            return {"name": self.name, "source": self.source, "value": self.value}
        return {k: v for k, v in self.__dict__.items() if v is not None and k != "value"}


@dataclass
class Plan:
    """Everything the reproducer files are written from."""

    name: str
    backend: str  # triton | cpp
    source: str  # the kernel verbatim
    args: list[Arg]
    launch: dict[str, Any] = field(default_factory=dict)  # Triton: kwargs, num_warps, num_stages, grid_type
    argtypes: list[str] = field(default_factory=list)  # C++: the pybinding's argument types
    bytes_per_launch: int | None = None
    measured_us_per_call: float | None = None
    launches_per_call: float | None = None
    record: dict[str, Any] = field(default_factory=dict)  # the kernel's kernels.json entry


def kernel_names(kernels_json: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(the kernels that can be extracted, the extern calls that cannot) of a capture."""
    names = [k["name"] for k in kernels_json.get("kernels", []) if isinstance(k, dict) and k.get("name")]
    externs = sorted({str(l.get("target")) for l in kernels_json.get("launches", [])
                      if isinstance(l, dict) and l.get("kind") == "extern"})
    return names, externs


def plan(name: str, record: dict[str, Any], wrapper_text: str | None, kernel_text: str | None,
         runtime: list[dict[str, Any]] | None = None) -> Plan:
    """The plan of one kernel from its kernels.json entry, its wrapper's text and its source file's
    text (None where the capture lacks them); InputError naming what is missing."""
    if wrapper_text is None:
        raise InputError(f"cannot reconstruct the launch of {name}: the capture has no {record.get('output_code') or 'output_code.py'}")
    wrapper = outputcode.parse(wrapper_text)
    if wrapper.parse_error:
        raise InputError(f"cannot reconstruct the launch of {name}: {wrapper.parse_error}")
    defined = next((k for k in wrapper.kernels if k.name == name), None)
    source = kernel_text if kernel_text is not None else (defined.source if defined else None)
    if not source:
        raise InputError(f"the capture has no source of {name} (no {record.get('file') or 'kernels/' + name} "
                         f"and no definition in {record.get('output_code') or 'output_code.py'})")
    backend = record.get("backend") or (defined.backend if defined else "triton")
    call = next((l for l in wrapper.launches if l.target == name), None)
    if call is None:
        raise InputError(f"cannot reconstruct the launch of {name}: {record.get('output_code') or 'output_code.py'} never calls it")
    out = Plan(name, backend, source, [], bytes_per_launch=_number(record.get("bytes_per_launch")),
               measured_us_per_call=_number(record.get("measured_us_per_call")),
               launches_per_call=_number(record.get("launches_per_call")), record=record)
    if backend == "triton":
        out.launch = _triton_launch(name, record, runtime or [])
        params = _triton_params(record, defined, set(out.launch["kwargs"]))
    elif backend == "cpp":
        out.argtypes = cpp_argtypes(wrapper_text, name)
        params = _cpp_params(source, out.argtypes)
    else:
        raise InputError(f"{name} is a {backend} kernel: only Triton and C++ kernels can be extracted")
    passed = [a for a in call.args if "=" not in a.split("(")[0]]
    if len(passed) != len(params):
        raise InputError(f"cannot reconstruct the launch of {name}: the call passes {len(passed)} arguments, "
                         f"the kernel takes {len(params)} ({', '.join(p for p, _ in params)})")
    out.args = [_arg(name, p, dtype, text, wrapper.buffers) for (p, dtype), text in zip(params, passed)]
    _fills(out.args, source)
    return out


def _number(value: Any) -> Any:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _triton_params(record: dict[str, Any], defined: KernelDef | None,
                   config: set[str]) -> list[tuple[str, str | None]]:
    """(name, dtype) of the parameters the wrapper passes: the signature less the config's block
    sizes (a constexpr numel such as xnumel = 1 is still passed by the call)."""
    meta = record.get("triton_meta") or (defined.triton_meta if defined else {}) or {}
    signature = meta.get("signature") if isinstance(meta.get("signature"), dict) else {}
    if not signature:
        raise InputError(f"cannot reconstruct the launch of {record.get('name')}: kernels.json has no triton_meta signature")
    out = []
    for pname, kind in signature.items():
        if pname in config:
            continue
        text = str(kind)
        out.append((pname, TRITON_DTYPES.get(text.lstrip("*"), text.lstrip("*")) if text.startswith("*") else None))
    return out


def _triton_launch(name: str, record: dict[str, Any], runtime: list[dict[str, Any]]) -> dict[str, Any]:
    config = record.get("launch_config")
    if not isinstance(config, dict):
        config = next((r.get("launch_config") for r in runtime if isinstance(r, dict) and r.get("name") == name), None)
    if not isinstance(config, dict) or not isinstance(config.get("kwargs"), dict):
        raise InputError(f"cannot reconstruct the launch of {name}: no launch config in kernels.json or runtime_kernels.json")
    grid = (record.get("inductor_meta") or {}).get("grid_type", "Grid1D")
    if grid not in GRIDS:
        raise InputError(f"cannot reconstruct the launch of {name}: its grid type {grid} is not one of {', '.join(GRIDS)}")
    return {"kwargs": config["kwargs"], "num_warps": config.get("num_warps") or 4,
            "num_stages": config.get("num_stages") or 1, "grid_type": grid}


def cpp_argtypes(wrapper_text: str, name: str) -> list[str]:
    """The argument types of `name = async_compile.cpp_pybinding([...], ...)` in the wrapper."""
    for node in ast.parse(wrapper_text).body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id == name and isinstance(node.value, ast.Call) and node.value.args
                and isinstance(node.value.args[0], (ast.List, ast.Tuple))):
            return [e.value for e in node.value.args[0].elts if isinstance(e, ast.Constant)]
    raise InputError(f"cannot reconstruct the launch of {name}: its cpp_pybinding definition lists no argument types")


def _cpp_params(source: str, argtypes: list[str]) -> list[tuple[str, str | None]]:
    """(name, dtype) per argument of the C++ kernel's `extern "C" ... kernel(...)` signature."""
    match = re.search(r'extern\s+"C"[^(]*\(([^)]*)\)', source)
    names = [re.split(r"[\s*&]+", p.strip())[-1] for p in match.group(1).split(",")] if match else []
    if len(names) != len(argtypes):
        names = [f"arg{i}" for i in range(len(argtypes))]
    out = []
    for pname, kind in zip(names, argtypes):
        base = kind.replace("const", "").replace("*", "").strip()
        out.append((pname, CPP_DTYPES.get(base, base) if "*" in kind else None))
    return out


def _int(value: Any, what: str, name: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise InputError(f"cannot reconstruct the launch of {name}: {what} is symbolic ({value}); "
                     f"capture with --no-dynamic for static shapes")


def _arg(kernel: str, pname: str, dtype: str | None, text: str, buffers: dict[str, outputcode.Buffer]) -> Arg:
    role = "inout" if pname.startswith("in_out_ptr") else ("out" if pname.startswith("out_ptr") else "in")
    if dtype is None:  # a scalar: a literal in the call
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            raise InputError(f"cannot reconstruct the launch of {kernel}: {pname} is {text!r}, not a number") from None
        return Arg(pname, text, value=value)
    buf = buffers.get(text) or _inline_view(text, buffers)
    if buf is None or not buf.sizes and buf.strides is None:
        raise InputError(f"cannot reconstruct the launch of {kernel}: no size and stride for {text} ({pname}) in the wrapper")
    sizes = [_int(s, f"a size of {text}", kernel) for s in buf.sizes]
    strides = buf.strides if buf.strides is not None else _contiguous(sizes)
    strides = [_int(s, f"a stride of {text}", kernel) for s in strides]
    return Arg(pname, text, dtype=dtype, sizes=sizes, strides=strides, offset=_int(buf.offset or 0, f"the offset of {text}", kernel),
               role=role, fill="bool" if dtype == "bool" else ("randint" if "int" in dtype else "randn"))


def _inline_view(text: str, buffers: dict[str, outputcode.Buffer]) -> outputcode.Buffer | None:
    """A `reinterpret_tensor(buf7, (8192, 768), (768, 1), 0)` passed straight to the kernel."""
    if not text.startswith("reinterpret_tensor("):
        return None
    scratch = dict(buffers)
    outputcode.parse_assignment(f"_view = {text}", scratch)
    return scratch.get("_view")


def _contiguous(sizes: list[int]) -> list[int]:
    strides, step = [], 1
    for s in reversed(sizes):
        strides.insert(0, step)
        step *= max(s, 1)
    return strides


def _fills(args: list[Arg], source: str) -> None:
    """Index and seed inputs, found by following each loaded tmp through the kernel's assignments."""
    deps: dict[str, set[str]] = {}
    for line in source.splitlines():
        match = ASSIGN.match(line)
        if match:
            deps.setdefault(match.group(1), set()).update(re.findall(r"\b(?:tmp\d+|in_ptr\d+|in_out_ptr\d+)\b", match.group(2)))

    def pointers(names: set[str]) -> set[str]:
        seen, todo, found = set(), list(names), set()
        while todo:
            n = todo.pop()
            if n in seen:
                continue
            seen.add(n)
            if "ptr" in n:
                found.add(n)
            todo.extend(deps.get(n, ()))
        return found

    bounds: dict[str, int] = {}
    for tmp, n in BOUND_CHECK.findall(source):
        for ptr in pointers({tmp}):
            bounds[ptr] = min(bounds.get(ptr, int(n)), int(n))
    seeds: set[str] = set()
    for line in source.splitlines():
        if RANDOM_CALLS.search(line):
            inner = line.split("=", 1)[-1] if ASSIGN.match(line) else line
            seeds |= pointers(set(re.findall(r"\b(?:tmp\d+|in_ptr\d+)\b", inner)))
    floats = [min(s for s in a.sizes if s > 1) for a in args if a.is_tensor and a.fill == "randn" and any(s > 1 for s in a.sizes or [])]
    for a in args:
        if not a.is_tensor or a.dtype in ("bool", None) or "int" not in a.dtype:
            continue
        if a.name in seeds:
            a.fill = "seed"
        elif a.name in bounds:
            a.fill, a.bound = "index", bounds[a.name]
        else:  # no bound check to read: the smallest dimension of the data tensors is a safe index range
            a.fill, a.bound = "randint", min(floats) if floats else 2


def storage_numel(a: Arg) -> int:
    """Elements of the storage a view of these sizes, strides and offset needs."""
    if not a.sizes or any(s == 0 for s in a.sizes):
        return a.offset + (0 if a.sizes else 1)
    return a.offset + 1 + sum((s - 1) * st for s, st in zip(a.sizes, a.strides or []))


def tensor_bytes(args: list[Arg]) -> int:
    """Bytes of every tensor argument read or written once (the fallback for bytes_per_launch)."""
    sizes = {"float32": 4, "float64": 8, "float16": 2, "bfloat16": 2, "int64": 8, "int32": 4, "int16": 2}
    return sum(math.prod(a.sizes or [1]) * sizes.get(a.dtype or "", 1) for a in args if a.is_tensor)


def load(run: Path, kernel: str | None, skipped: list[str] | None = None) -> list[Plan]:
    """The plans of one kernel (kernel=None: every kernel) of the capture folder `run`; InputError
    for an extern call, an unknown name, or a capture that lacks the source or the launch. With
    every kernel, one that cannot be extracted is left out with its line in `skipped` (InputError
    only when none can)."""
    kernels_json = store.load_json(run / "kernels.json")
    names, externs = kernel_names(kernels_json)
    extern_kernels = {str(n) for l in kernels_json.get("launches", []) if isinstance(l, dict) and l.get("kind") == "extern"
                      for n in (l.get("device_kernels") or [])}
    can = ", ".join(names) or "none"
    if kernel is not None and kernel not in names:
        if kernel in externs or kernel in extern_kernels or kernel.startswith(("extern_kernels.", "aten.", "torch.ops.")):
            raise InputError(f"{kernel} is an extern call (cuBLAS, cuDNN or another library): there is no generated "
                             f"source to extract; the kernels that can be extracted: {can}")
        raise InputError(f"no kernel {kernel!r} in {run}; the kernels that can be extracted: {can}")
    if not names:
        raise InputError(f"{run} has no generated kernel to extract" + (f" (only extern calls: {', '.join(externs)})" if externs else ""))
    runtime = store.load_json(run / "runtime_kernels.json", default=[], kind=list)
    by_name = {k["name"]: k for k in kernels_json.get("kernels", []) if isinstance(k, dict) and k.get("name")}
    out, failed = [], []
    for name in [kernel] if kernel else names:
        record = by_name[name]
        wrapper = run / str(record.get("output_code") or "output_code.py")
        source_file = run / str(record.get("file") or "")
        try:
            out.append(plan(name, record, wrapper.read_text() if wrapper.is_file() else None,
                            source_file.read_text() if record.get("file") and source_file.is_file() else None, runtime))
        except InputError as exc:
            if kernel is not None:
                raise
            failed.append(str(exc))
    if not out:
        raise InputError(failed[0] if len(failed) == 1 else f"no kernel of {run} can be extracted: " + "; ".join(failed))
    if skipped is not None:
        skipped.extend(failed)
    return out
