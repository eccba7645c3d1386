"""What one Inductor C++ kernel (a CPU capture's cpp_fused_*.cpp) reads, writes and computes.

Inductor's C++ kernels follow one pattern, read here line by line (nothing is compiled or run):
`extern "C" void kernel(const float* in_ptr0, ..., float* out_ptr0)` takes one pointer per
buffer; `auto out_ptr0 = in_out_ptr0;` names a buffer twice; every outermost `for` loop (under
`#pragma omp for` or `omp single`) is one pass over its data; a load is `in_ptr0[...]` on the right
of `=` or `Vectorized<float>::loadu(in_ptr0 + ...)`, a store `out_ptr0[...] = ...` or
`tmp.store(out_ptr0 + ...)`; `tmp_acc0` accumulators are reductions. For layernorm_gelu
(256x1024 fp32) the one kernel reads x in three passes (mean, variance, output) and writes the
1 MiB output once: the bytes a diff shows follow from that, not from "each tensor once, read".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SIGNATURE = re.compile(r'extern\s+"C"[^(]*?\bkernel\s*\(([^)]*)\)', re.S)
_ALIAS = re.compile(r"\bauto\s+(\w+)\s*=\s*(\w+)\s*;")
_FOR = re.compile(r"\bfor\s*\(")
_STORE_INDEX = re.compile(r"\b(\w+)\s*\[[^\]]*\]\s*=(?!=)")
_STORE_VEC = re.compile(r"\.store\(\s*(\w+)")
_LOAD_VEC = re.compile(r"\bload\w*\(\s*(\w+)")
_INDEX = re.compile(r"\b(\w+)\s*\[")
_ACC = re.compile(r"\b(?:float|double|auto|int64_t|int32_t|bool|[\w:<>]+)\s+(tmp_acc\d+)\s*=")
_LANES = re.compile(r"\+=\s*static_cast<int64_t>\((\d+)L?\)")
_MATH_CALL = re.compile(r"(?:\.|std::|at::vec::|\b)(exp|exp2|expm1|log|log2|log1p|sqrt|rsqrt|erf|erfc|erfinv|tanh|"
                        r"sigmoid|sin|cos|tan|pow|atan|atan2|asin|acos|sinh|cosh)\s*\(")
_RNG = re.compile(r"\b(normalized_rand_cpu|randint64_cpu|randn_cpu|rand_cpu|philox\w*)\s*\(")


@dataclass
class CppPointer:
    loads: int = 0
    stores: int = 0
    load_passes: set[int] = field(default_factory=set)  # outermost loops that read it (-1: outside any loop)
    store_passes: set[int] = field(default_factory=set)


@dataclass
class CppKernel:
    params: list[str]
    pointers: dict[str, CppPointer]
    loops: int = 0
    parallel_loops: int = 0  # `#pragma omp for`
    reductions: dict[str, int] = field(default_factory=dict)
    math: dict[str, int] = field(default_factory=dict)
    rng: dict[str, int] = field(default_factory=dict)
    vector_lanes: int | None = None  # the widest at::vec step; None: scalar code only


class CppAnatomyError(ValueError):
    """The source is not an Inductor C++ kernel this analysis can read."""


def parse_cpp(source: str) -> CppKernel:
    match = _SIGNATURE.search(source)
    if match is None:
        raise CppAnatomyError('no extern "C" kernel(...) signature in the C++ source')
    params, pointer_params = [], set()
    for decl in (d.strip() for d in match.group(1).split(",") if d.strip()):
        name = re.findall(r"\w+", decl)[-1]
        params.append(name)
        if "*" in decl:
            pointer_params.add(name)
    body = source[match.end():]
    alias = {a: b for a, b in _ALIAS.findall(body) if b in pointer_params}
    kernel = CppKernel(params, {p: CppPointer() for p in params if p in pointer_params})
    depth = 0
    loop_depths: list[int] = []  # brace depth at which each open for loop's body started
    nest = -1
    pending_for = False
    accs: list[list[str]] = []  # [accumulator, its combining op] per declaration
    lanes: list[int] = []
    for raw in body.splitlines():
        line = raw.strip()
        if line.startswith("#pragma omp for"):
            kernel.parallel_loops += 1
        if _FOR.search(line):
            kernel.loops += 1
            if not loop_depths and not pending_for:
                nest += 1
            pending_for = True
            lanes += [int(n) for n in _LANES.findall(line) if int(n) > 1]
        here = nest if (loop_depths or pending_for) else -1
        _accesses(line, kernel, alias, here)
        accs += [[acc, "welford" if "Welford<" in line else "sum"] for acc in _ACC.findall(line)]
        for acc, op in re.findall(r"(tmp_acc\d+)(?:_vec)?\s*=\s*(max_propagate_nan|min_propagate_nan|welford_combine|"
                                  r"\w*welford\w*)\s*\(", line):
            for entry in reversed(accs):
                if entry[0] == acc:
                    entry[1] = "welford" if "welford" in op else op.replace("_propagate_nan", "")
                    break
        for name in _MATH_CALL.findall(line):
            kernel.math[name] = kernel.math.get(name, 0) + 1
        for name in _RNG.findall(line):
            kernel.rng[name] = kernel.rng.get(name, 0) + 1
        for ch in line:
            if ch == "{":
                depth += 1
                if pending_for:
                    loop_depths.append(depth)
                    pending_for = False
            elif ch == "}":
                if loop_depths and loop_depths[-1] == depth:
                    loop_depths.pop()
                depth -= 1
        if pending_for and line.endswith(";") and not _FOR.search(line):
            pending_for = False  # a braceless loop body ended on this line
    for _, op in accs:
        kernel.reductions[op] = kernel.reductions.get(op, 0) + 1
    kernel.vector_lanes = max(lanes) if lanes and "Vectorized<" in body else None
    return kernel


def _accesses(line: str, kernel: CppKernel, alias: dict[str, str], nest: int) -> None:
    if _ALIAS.search(line):
        return

    def use(name: str) -> CppPointer | None:
        return kernel.pointers.get(alias.get(name, name))

    for name in _STORE_INDEX.findall(line) + _STORE_VEC.findall(line):
        if (p := use(name)) is not None:
            p.stores += 1
            p.store_passes.add(nest)
    # what is left of a store's target is its right-hand side: loads only
    rhs = line.split("=", 1)[1] if _STORE_INDEX.search(line) else line
    for name in _LOAD_VEC.findall(rhs) + _INDEX.findall(rhs):
        if (p := use(name)) is not None:
            p.loads += 1
            p.load_passes.add(nest)
