"""Parse Inductor's generated wrapper module (output_code.py) into kernels, launches and buffers.

The wrapper is Python source, so we read it with `ast` instead of regexes where we can:
- kernel definitions and their Triton metadata: kernel_defs.py reads them;
- the launch sequence: calls in `call()` (a top-level function up to torch 2.7, a method of the
  `Runner` class since) in source order: `kernel.run(...)`, direct C++ kernel calls, and extern
  calls (`extern_kernels.mm`, `aten.*`, `torch.ops.*`);
- buffers: `empty_strided_*((sizes), (strides), dtype)` allocations, `assert_size_stride` checks
  of the inputs and the `get_args()` example inputs, so bytes per kernel can be estimated later.
Unknown constructs are skipped; nothing here raises on a new wrapper layout.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from inspector.core.kernel_defs import KernelDef, kernel_def, literal

# bytes per element of the dtypes a wrapper names in its allocations and size asserts
DTYPE_BYTES = {
    "torch.float32": 4, "torch.float": 4, "torch.float16": 2, "torch.half": 2, "torch.bfloat16": 2,
    "torch.float64": 8, "torch.int64": 8, "torch.int32": 4, "torch.int16": 2, "torch.int8": 1,
    "torch.uint8": 1, "torch.bool": 1, "torch.float8_e4m3fn": 1, "torch.float8_e5m2": 1,
}


@dataclass
class Launch:
    target: str  # kernel name, or the extern callee e.g. "extern_kernels.mm"
    kind: str  # "triton" | "cpp" | "extern"
    args: list[str]
    line: int


@dataclass
class Buffer:
    name: str
    sizes: list[Any]  # ints, or strings for symbolic sizes
    dtype: str | None
    alias_of: str | None = None
    strides: list[Any] | None = None  # None where the wrapper does not say (a plain `buf1 = buf0` reuse)
    offset: Any = 0  # storage offset in elements (reinterpret_tensor's last argument)


@dataclass
class OutputCode:
    graph_label: str | None  # from the '# AOT ID' header, e.g. "0_forward"
    kernels: list[KernelDef]
    launches: list[Launch]
    buffers: dict[str, Buffer]
    parse_error: str | None = None
    returned: frozenset[str] = field(default_factory=frozenset)  # names call() returns: the graph's outputs

    @property
    def dynamic(self) -> bool:
        """Compiled for symbolic sizes (a buffer sized `s0`, ...): a recompile with dynamic shapes."""
        return any(not isinstance(s, int) for b in self.buffers.values() for s in b.sizes)


def graph_name(label: str | None, dynamic: bool = False) -> str:
    """How every table names a compiled graph: its AOT label "1_inference" as "1 inference", with
    " (dynamic)" when it was compiled for symbolic sizes, so two graphs of one run never look alike."""
    if not label:
        return "-"
    number, _, kind = str(label).partition("_")
    text = f"{number} {kind}" if number.isdigit() and kind else str(label)
    return text + (" (dynamic)" if dynamic else "")


@functools.lru_cache(maxsize=8)
def parse(source: str) -> OutputCode:
    """The wrapper's kernels, launches, buffers and outputs. One parse per source text: a GPT-2-small
    step's two wrappers take ~0.5 s, and a run's summary reads them from several places (callers
    treat the result as read-only)."""
    label = aot_id(source)
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        return OutputCode(label, [], [], {}, f"wrapper does not parse as Python: {exc}")
    lines = source.splitlines()
    kernels = [k for k in (kernel_def(node, lines) for node in tree.body) if k is not None]
    names = {k.name: k.backend for k in kernels}
    buffers: dict[str, Buffer] = {}
    launches: list[Launch] = []
    for fn in _functions(tree, "get_args"):
        _walk(fn.body, names, buffers, [])
    partitions = _partitions(tree)
    returned: set[str] = set()
    for fn in _functions(tree, "call"):
        _walk(_inline_partitions(fn.body, partitions), names, buffers, launches)
        returned |= _returned(fn.body)
    return OutputCode(label, kernels, launches, buffers, returned=frozenset(returned))


def _returned(body: list[ast.stmt]) -> set[str]:
    """Names in the values of the return statements of a function body (nested defs left out)."""
    out: set[str] = set()
    for stmt in _statements(body):
        if isinstance(stmt, ast.Return) and stmt.value is not None:
            out |= {n.id for n in ast.walk(stmt.value) if isinstance(n, ast.Name)}
    return out


def _statements(body: list[ast.stmt], into_defs: bool = False):
    """Every statement of `body` and of the blocks nested in it (if/for/with/try; class and
    function bodies with `into_defs`), never descending into expressions: a wrapper of a model's
    step has ~300,000 AST nodes, most of them the arguments of its launches."""
    for stmt in body:
        yield stmt
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and not into_defs:
            continue
        for name in ("body", "orelse", "finalbody"):
            yield from _statements(getattr(stmt, name, None) or [], into_defs)
        for handler in getattr(stmt, "handlers", None) or []:
            yield from _statements(handler.body, into_defs)


def _partitions(tree: ast.Module) -> dict[int, ast.FunctionDef]:
    """Graph partitions (torch 2.10+ with CUDA graphs): the wrapper's `call` is `Runner.call`, which
    runs `self.partitions[i](args)`, and the launches sit in module-level `partition_<n>` functions,
    listed in order by `runner = Runner(partitions=[partition_0, ...])`."""
    defs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef) and re.fullmatch(r"partition_\d+", n.name)}
    if not defs:
        return {}
    order = _runner_order(tree.body) or _runner_order(list(ast.walk(tree)))  # module level first: cheap
    if order:
        return {i: defs[name] for i, name in enumerate(order) if name in defs}
    return {int(name.rsplit("_", 1)[1]): fn for name, fn in defs.items()}


def _runner_order(nodes: list[ast.AST]) -> list[str]:
    """The partition names of the first `Runner(partitions=[...])` among `nodes` (statements whose
    value is that call, or the calls themselves)."""
    for node in nodes:
        node = getattr(node, "value", node) if isinstance(node, ast.stmt) else node
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Runner":
            listed = next((kw.value for kw in node.keywords if kw.arg == "partitions"), node.args[0] if node.args else None)
            if isinstance(listed, (ast.List, ast.Tuple)):
                return [e.id for e in listed.elts if isinstance(e, ast.Name)]
    return []


def _partition_index(stmt: ast.stmt) -> int | None:
    """i for a statement that calls `self.partitions[i](...)`."""
    value = getattr(stmt, "value", None)
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Subscript)):
        return None
    target, index = value.func.value, value.func.slice
    if isinstance(target, ast.Attribute) and target.attr == "partitions" and isinstance(index, ast.Constant) and isinstance(index.value, int):
        return index.value
    return None


def _inline_partitions(body: list[ast.stmt], partitions: dict[int, ast.FunctionDef]) -> list[ast.stmt]:
    if not partitions:
        return body
    out: list[ast.stmt] = []
    for stmt in body:
        index = _partition_index(stmt)
        if index is not None and index in partitions:
            out.extend(partitions[index].body)
        out.append(stmt)
    return out


def aot_id(source: str) -> str | None:
    """The graph label of a wrapper's '# AOT ID' header ("0_forward"), None without one."""
    match = re.search(r"^# AOT ID: \['([^']*)'\]", source, re.M)
    return match.group(1) if match else None


def _functions(tree: ast.Module, name: str) -> list[ast.FunctionDef]:
    """The first function called `name`, at any depth of statements (a module's, a class's, one
    nested in another function)."""
    for node in _statements(tree.body, into_defs=True):
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return [node]
    return []


# ---- call(): launches and buffers --------------------------------------------------------------

_ALLOC = ("empty_strided_cuda", "empty_strided_cpu", "empty_strided", "empty_strided_xpu", "empty_strided_cpu_pinned")


def _walk(body: list[ast.stmt], kernels: dict[str, str], buffers: dict[str, Buffer], launches: list[Launch]) -> None:
    for stmt in body:
        if isinstance(stmt, (ast.With, ast.For, ast.While, ast.If, ast.Try)):
            _walk(getattr(stmt, "body", []), kernels, buffers, launches)
            _walk(getattr(stmt, "orelse", []), kernels, buffers, launches)
            continue
        if isinstance(stmt, ast.Assign):
            _assign(stmt, kernels, buffers, launches)
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            _call(stmt.value, stmt.lineno, kernels, buffers, launches)


def _assign(stmt: ast.Assign, kernels, buffers, launches) -> None:
    targets = [t.id for t in stmt.targets if isinstance(t, ast.Name)]
    value = stmt.value
    if isinstance(value, ast.Name) and targets:  # buf1 = buf0; del buf0  # reuse
        base = buffers.get(value.id)
        for t in targets:
            buffers[t] = Buffer(t, base.sizes if base else [], base.dtype if base else None, alias_of=alias_root(value.id, buffers),
                                strides=base.strides if base else None, offset=base.offset if base else 0)
        return
    if isinstance(value, ast.Call):
        fn = ast.unparse(value.func)
        if fn.split(".")[-1] in _ALLOC or fn == "rand_strided":
            sizes = literal(value.args[0]) if value.args else []
            dtype = _dtype_arg(value)
            strides = _list_arg(value, 1)
            for t in targets:
                buffers[t] = Buffer(t, sizes if isinstance(sizes, list) else [sizes], dtype, strides=strides)
            return
        if fn == "reinterpret_tensor" and value.args and isinstance(value.args[0], ast.Name):
            base = buffers.get(value.args[0].id)
            sizes = literal(value.args[1]) if len(value.args) > 1 else []
            offset = literal(value.args[3]) if len(value.args) > 3 else 0
            for t in targets:
                buffers[t] = Buffer(t, sizes if isinstance(sizes, list) else [], base.dtype if base else None,
                                    alias_of=alias_root(value.args[0].id, buffers), strides=_list_arg(value, 2),
                                    offset=_add_offsets(base.offset if base else 0, offset))
            return
        _call(value, stmt.lineno, kernels, buffers, launches, out=targets)


def parse_assignment(line: str, buffers: dict[str, Buffer]) -> None:
    """Record the buffer one wrapper assignment defines (a view passed inline to a kernel)."""
    stmt = ast.parse(line).body[0]
    if isinstance(stmt, ast.Assign):
        _assign(stmt, {}, buffers, [])


def alias_root(name: str, buffers: dict[str, Buffer]) -> str:
    """The buffer that `name` is a view of (through reinterpret_tensor / as_strided chains)."""
    seen = set()
    while name in buffers and buffers[name].alias_of and name not in seen:
        seen.add(name)
        name = buffers[name].alias_of  # type: ignore[assignment]
    return name


def _add_offsets(base: Any, offset: Any) -> Any:
    """reinterpret_tensor's offset counts from its base's own offset; a symbolic one stays text."""
    if isinstance(base, int) and isinstance(offset, int):
        return base + offset
    return offset if base == 0 else f"{base} + {offset}"


def _list_arg(call: ast.Call, index: int) -> list[Any] | None:
    """A sizes/strides tuple argument as a list, None when absent or not a tuple."""
    value = literal(call.args[index]) if len(call.args) > index else None
    return value if isinstance(value, list) else None


def _dtype_arg(call: ast.Call) -> str | None:
    for kw in call.keywords:
        if kw.arg == "dtype":
            return ast.unparse(kw.value)
    for arg in call.args[2:]:
        text = ast.unparse(arg)
        if text.startswith("torch."):
            return text
    return None


def _call(call: ast.Call, line: int, kernels, buffers, launches, out: list[str] | None = None) -> None:
    fn = call.func
    args = [ast.unparse(a) for a in call.args] + [f"{kw.arg}={ast.unparse(kw.value)}" for kw in call.keywords]
    if isinstance(fn, ast.Attribute) and isinstance(fn.value, ast.Name) and fn.value.id in kernels and fn.attr == "run":
        launches.append(Launch(fn.value.id, kernels[fn.value.id], args, line))
        return
    if isinstance(fn, ast.Name) and fn.id in kernels:
        launches.append(Launch(fn.id, kernels[fn.id], args, line))
        return
    if isinstance(fn, ast.Name) and fn.id == "assert_size_stride" and len(call.args) >= 2:
        name = ast.unparse(call.args[0])
        sizes = literal(call.args[1])
        known = buffers.get(name)
        buffers[name] = Buffer(name, sizes if isinstance(sizes, list) else [], known.dtype if known else None,
                               strides=_list_arg(call, 2))
        return
    callee = ast.unparse(fn)
    if callee.startswith(("extern_kernels.", "aten.", "torch.ops.", "torch._C._nn.", "torch._ops.")):
        launches.append(Launch(callee, "extern", args + ([f"-> {', '.join(out)}"] if out else []), line))
