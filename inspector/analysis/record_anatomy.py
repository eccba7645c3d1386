"""A captured kernel's anatomy from its kernels.json record: the Triton source read by anatomy.py
or the C++ source by cpp_anatomy.py, plus what only the capture knows. Launch config, registers and
spills come from the record; the PTX instruction mix (global loads/stores by vector width,
special-function ops) from the .ptx file when one exists.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from inspector.analysis.anatomy import AnatomyError, KernelAnatomy, PointerUse, analyze_source, pass_count
from inspector.analysis.cpp_anatomy import CppAnatomyError, parse_cpp
from inspector.analysis.ptx import ptx_mix


def from_record(run_dir: Path, record: dict[str, Any]) -> KernelAnatomy:
    """Anatomy of one kernels.json record: its source file, launch config, registers and PTX.
    Analysed once per record and file version: `inspect report` asks for each kernel twice (its
    card and the findings); each caller gets its own copy."""
    name = record.get("name", "?")
    path = run_dir / record.get("file", f"kernels/{name}.py")
    if record.get("backend") not in (None, "triton", "cpp"):
        raise AnatomyError(f"{name} is a {record.get('backend')} kernel, neither Triton nor C++: no anatomy")
    try:
        stat = path.stat()
    except OSError:
        raise AnatomyError(f"{name}: kernel source {path.name} is missing from the capture") from None
    key = json.dumps(record, default=str)  # insertion order kept: it orders the constexprs shown
    return copy.deepcopy(_from_record(str(path.absolute()), stat.st_mtime_ns, stat.st_size, key))


@lru_cache(maxsize=512)
def _from_record(path_text: str, mtime_ns: int, size: int, record_json: str) -> KernelAnatomy:
    record = json.loads(record_json)
    name = record.get("name", "?")
    path = Path(path_text)
    try:
        source = path.read_text()
    except OSError:
        raise AnatomyError(f"{name}: kernel source {path.name} is missing from the capture") from None
    if record.get("backend") == "cpp":
        return _cpp_anatomy(name, source, record)
    signature = (record.get("triton_meta") or {}).get("signature") or {}
    pointers = {p for p, t in signature.items() if isinstance(t, str) and t.startswith("*")} or None
    config = record.get("launch_config") or {}
    known = dict(config.get("kwargs") or {})
    anatomy = analyze_source(source, name, "generated", known=known, pointer_params=pointers)
    anatomy.kind = record.get("kind") or "?"
    anatomy.num_warps = config.get("num_warps")
    anatomy.num_stages = config.get("num_stages")
    anatomy.n_regs = record.get("n_regs")
    anatomy.n_spills = record.get("n_spills")
    anatomy.shared_bytes = record.get("shared_bytes")
    anatomy.measured_us = record.get("measured_us_per_call")
    ptx_path = path.with_suffix(".ptx")
    if ptx_path.is_file():
        anatomy.ptx = ptx_mix(ptx_path.read_text(errors="replace"))
    return anatomy


def _cpp_anatomy(name: str, source: str, record: dict[str, Any]) -> KernelAnatomy:
    """A C++ kernel's anatomy (cpp_anatomy reads it): the same pointer, pass and reduction facts
    as a Triton kernel's, and where its vector width and OpenMP loops stand in for a launch config."""
    try:
        cpp = parse_cpp(source)
    except CppAnatomyError as exc:
        raise AnatomyError(f"{name}: {exc}") from None
    anatomy = KernelAnatomy(name=name, origin="generated", kind=record.get("kind") or "cpp", params=cpp.params,
                            loops=cpp.loops, reductions=cpp.reductions, rng=cpp.rng, math=cpp.math, source=source,
                            measured_us=record.get("measured_us_per_call"))
    for param, use in cpp.pointers.items():
        if not use.loads and not use.stores:
            continue
        first_store = min(use.store_passes, default=None)
        anatomy.pointers[param] = PointerUse(
            param, use.loads, use.stores, pass_count({"straight" if n < 0 else n for n in use.load_passes}),
            pass_count({"straight" if n < 0 else n for n in use.store_passes}),
            read_back=first_store is not None and any(n > first_store for n in use.load_passes))
    anatomy.constexprs = {"vector lanes": cpp.vector_lanes or 1, "omp for loops": cpp.parallel_loops}
    anatomy.notes.append(f"C++ kernel: {f'vectorized, {cpp.vector_lanes} lanes (at::vec)' if cpp.vector_lanes else 'scalar'}, "
                         f"{cpp.parallel_loops} OpenMP parallel loop(s); each outermost loop is one pass")
    return anatomy
