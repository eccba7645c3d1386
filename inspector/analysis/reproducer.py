"""The files of an extracted kernel (inspector/analysis/extract.py builds the Plan they come from):
original.py (the kernel verbatim), kernel.py / kernel.cpp (the copy to edit), repro.py (inputs,
--check, --bench, --counters) and meta.json. Text in, text out: the command writes them.

The editable Triton copy is the original with Inductor's autotuning decorator removed and the
winning config written below the kernel as constants (CONFIG, NUM_WARPS, NUM_STAGES) that its
`launch` passes; the grid is recomputed from them, so a changed block size launches the right
number of programs. It still imports Inductor's device helpers (triton_helpers: welford,
libdevice) from the installed torch, as the original does: those are torch's library, not part of
the capture. The C++ copy includes torch's prefix header by its installed path, not the capture's
cache.
"""

from __future__ import annotations

import ast
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from inspector.analysis.extract import Plan, storage_numel, tensor_bytes
from inspector.usage import InputError

TEMPLATE = "templates/repro.py.tmpl"
GRID_DOC = {
    "Grid1D": "one program per XBLOCK elements of x",
    "Grid2D": "programs over x and y blocks",
    "Grid3D": "programs over x, y and z blocks",
    "Grid2DWithYZOverflow": "x and y blocks, y above 65535 programs spilling into z",
}


def editable_triton(plan: Plan) -> str:
    """kernel.py: the @triton.jit kernel without the autotuner, its launch config baked in."""
    source = plan.source
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise InputError(f"the source of {plan.name} does not parse as Python: {exc}") from None
    lines = source.splitlines()
    drop: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == plan.name:
            for deco in node.decorator_list:
                if "triton_heuristics" in ast.unparse(deco):
                    drop.update(range(deco.lineno - 2, deco.end_lineno))  # the '@' line is lineno - 1 (0-based)
    kept = []
    for i, line in enumerate(lines):
        if i in drop or line.strip() == "triton_helpers.set_driver_to_gpu()" or line.startswith("from torch._inductor.runtime.hints import"):
            continue
        kept.append(line.replace("import triton_helpers, triton_heuristics", "import triton_helpers"))
    body = re.sub(r"\n*(?=^@triton\.jit)", "\n\n\n", "\n".join(kept).strip("\n"), count=1, flags=re.M)
    launch = plan.launch
    params = [a.name for a in plan.args]
    header = (f'"""Editable copy of Inductor\'s kernel {plan.name}: edit it, then `python repro.py --check`\n'
              f"(against original.py) and `python repro.py --bench`. The launch config that won autotuning\n"
              f'is baked in below: change CONFIG, NUM_WARPS or NUM_STAGES freely, the grid follows."""\n')
    return (header + body + "\n\n\n"
            f"CONFIG = {launch['kwargs']!r}  # the constexpr block sizes of the winning config\n"
            f"NUM_WARPS = {launch['num_warps']!r}\n"
            f"NUM_STAGES = {launch['num_stages']!r}\n"
            f"PARAMS = {params!r}  # the arguments `launch` takes, in order (constexprs come from CONFIG)\n"
            f"GRID_TYPE = {launch['grid_type']!r}  # {GRID_DOC[launch['grid_type']]}\n\n\n"
            "def grid(numels):\n"
            '    """Programs per axis, as Inductor\'s launcher computes them: ceil(numel / BLOCK)."""\n'
            "    def cdiv(n, block):\n"
            "        return -(n // -(block or 1))\n\n"
            "    x = cdiv(numels.get('xnumel', 1), CONFIG.get('XBLOCK'))\n"
            "    y = cdiv(numels.get('ynumel', 1), CONFIG.get('YBLOCK'))\n"
            "    z = cdiv(numels.get('znumel', 1), CONFIG.get('ZBLOCK'))\n"
            "    if GRID_TYPE == 'Grid2DWithYZOverflow':\n"
            "        z = cdiv(y, 65535)\n"
            "        y = 0 if z == 0 else cdiv(y, z)\n"
            "    return (x, y, z)\n\n\n"
            "def launch(*args, grid_filter=None):\n"
            '    """One launch with the baked-in config (grid_filter: repro.py --programs runs part of the grid)."""\n'
            "    programs = grid(dict(zip(PARAMS, args)))\n"
            "    if grid_filter is not None:\n"
            "        programs = grid_filter(programs)\n"
            f"    {plan.name}[programs](*args, **CONFIG, num_warps=NUM_WARPS, num_stages=NUM_STAGES)\n")


CPP_PREFIX = re.compile(r'#include "[^"]*/[a-z0-9]{20,}\.h"')


def editable_cpp(plan: Plan) -> str:
    """kernel.cpp: the C++ kernel, its prefix header included from the installed torch."""
    source = CPP_PREFIX.sub("#include <torch/csrc/inductor/cpp_prefix.h>", plan.source).strip("\n")
    return (f"// Editable copy of Inductor's C++ kernel {plan.name}: edit it, then `python repro.py --check`\n"
            f"// (against original.py) and `python repro.py --bench`; repro.py builds it with torch's own\n"
            f"// Inductor C++ toolchain (compiler, flags, vector ISA) and calls `kernel` with the captured arguments.\n"
            + source + "\n")


def original_text(plan: Plan) -> str:
    if plan.backend == "triton":
        return plan.source if plan.source.endswith("\n") else plan.source + "\n"
    return (f'"""Inductor\'s C++ kernel {plan.name} verbatim (SOURCE) with the argument types of its Python\n'
            f'binding (ARGTYPES), as the wrapper passed them to async_compile.cpp_pybinding."""\n\n'
            f"ARGTYPES = {plan.argtypes!r}\n"
            f"SOURCE = r'''{plan.source}'''\n")


def spec(plan: Plan, meta: dict[str, Any]) -> dict[str, Any]:
    args = []
    for a in plan.args:
        entry = a.to_json()
        if a.is_tensor:
            entry["storage_numel"] = storage_numel(a)
        args.append(entry)
    return {"name": plan.name, "backend": plan.backend, "args": args, "launch": plan.launch, "argtypes": plan.argtypes,
            "bytes_per_launch": plan.bytes_per_launch or tensor_bytes(plan.args),
            "measured_us_per_call": plan.measured_us_per_call, "launches_per_call": plan.launches_per_call,
            "meta": {k: meta.get(k) for k in ("torch", "triton", "gpu", "capture")}}


def spec_json(data: dict[str, Any]) -> str:
    """JSON with one line per top-level key and one per argument, for a reader of repro.py."""
    lines = []
    for key, value in data.items():
        if key == "args":
            inner = ",\n".join(f"  {json.dumps(a)}" for a in value)
            lines.append(f' "args": [\n{inner}\n ]')
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value)}")
    return "{\n" + ",\n".join(lines) + "\n}"


def repro_text(plan: Plan, meta: dict[str, Any]) -> str:
    template = resources.files("inspector.analysis").joinpath(TEMPLATE).read_text()
    text = spec_json(spec(plan, meta))
    if "'''" in text:
        raise InputError(f"cannot write the reproducer of {plan.name}: its argument names contain '''")
    return template.format(name=plan.name, capture=meta.get("capture"), spec=text,
                           edit="kernel.py" if plan.backend == "triton" else "kernel.cpp")


def meta_json(plan: Plan, manifest: dict[str, Any], run: Path) -> dict[str, Any]:
    """meta.json: the versions and GPU, the capture, the kernel's source nodes and user lines."""
    versions = manifest.get("versions") if isinstance(manifest.get("versions"), dict) else {}
    provenance = plan.record.get("provenance") if isinstance(plan.record.get("provenance"), dict) else {}
    return {
        "kernel": plan.name, "backend": plan.backend, "kind": plan.record.get("kind"),
        "torch": versions.get("torch") or manifest.get("torch"), "triton": versions.get("triton") or manifest.get("triton"),
        "gpu": manifest.get("device_name") or manifest.get("gpu"), "device": manifest.get("device"),
        "capture": str(run), "experiment": manifest.get("experiment"), "run_id": manifest.get("run_id") or run.name,
        "graph": plan.record.get("graph"), "source_nodes": plan.record.get("source_nodes") or [],
        "aten_ops": plan.record.get("aten_ops") or [], "user_lines": provenance.get("user_lines") or [],
        "launch": plan.launch or None, "bytes_per_launch": plan.bytes_per_launch,
        "measured_us_per_call": plan.measured_us_per_call,
        "args": [a.to_json() for a in plan.args],
    }


def files(plan: Plan, manifest: dict[str, Any], run: Path) -> dict[str, str]:
    """File name -> text of DIR/<kernel>/."""
    meta = meta_json(plan, manifest, run)
    out = {"original.py": original_text(plan), "repro.py": repro_text(plan, meta),
           "meta.json": json.dumps(meta, indent=2) + "\n"}
    if plan.backend == "triton":
        out["kernel.py"] = editable_triton(plan)
    else:
        out["kernel.cpp"] = editable_cpp(plan)
    return out
