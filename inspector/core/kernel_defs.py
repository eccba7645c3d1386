"""Kernel definitions in Inductor's generated wrapper module (output_code.py), read with `ast`:
- `name = async_compile.triton('name', '''src''', device_str='cuda')`, C++ ones
  `name = async_compile.cpp_pybinding([...], r'''src''')` (also `.cpp(...)`), with the comment
  block above each (kernel path, "Topologically Sorted Source Nodes: [...], Original ATen: [...]",
  the node-to-ATen mapping, the graph fragment);
- Triton kernel metadata: the `@triton_heuristics.<kind>(size_hints=..., triton_meta={...},
  inductor_meta={...})` decorator, turned into JSON (objects such as DeviceProperties(...) become
  dicts, enum members become strings, sets become lists; anything else becomes its source text).
Unknown constructs are skipped; nothing here raises on a new wrapper layout.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Any

KIND_BY_DECORATOR = {
    "pointwise": "pointwise",
    "reduction": "reduction",
    "persistent_reduction": "persistent reduction",
    "cooperative_reduction": "reduction",
    "split_scan": "scan",
    "template": "template",
    "foreach": "foreach",
    "user_autotune": "user kernel",
}
KIND_BY_PREFIX = {
    "triton_poi_": "pointwise",
    "triton_red_": "reduction",
    "triton_per_": "persistent reduction",
    "triton_tem_": "template",
    "triton_for_": "foreach",
    "triton_spl_": "scan",
}

@dataclass
class KernelDef:
    name: str
    backend: str  # "triton" | "cpp" | other async_compile method name
    source: str
    kind: str = "unknown"
    header: list[str] = field(default_factory=list)
    source_nodes: list[str] = field(default_factory=list)
    aten_ops: list[str] = field(default_factory=list)
    node_to_aten: dict[str, list[str]] = field(default_factory=dict)
    size_hints: Any = None
    triton_meta: dict[str, Any] = field(default_factory=dict)
    inductor_meta: dict[str, Any] = field(default_factory=dict)
    decorator: str | None = None
    line: int = 0


def kernel_def(node: ast.stmt, lines: list[str]) -> KernelDef | None:
    if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
        return None
    call = node.value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
        return None
    owner = call.func.value
    if not (isinstance(owner, ast.Name) and owner.id == "async_compile"):
        return None
    method = call.func.attr
    name = node.targets[0].id
    strings = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    source = max(strings, key=len) if strings else ""
    backend = "triton" if method == "triton" else ("cpp" if method.startswith("cpp") else method)
    kernel = KernelDef(name=name, backend=backend, source=source, line=node.lineno)
    kernel.header = _comment_block(lines, node.lineno - 1)
    _read_header(kernel)
    if backend == "triton":
        _read_triton_decorator(kernel)
    elif backend == "cpp":
        kernel.kind = "cpp reduction" if "tmp_acc" in source else "cpp pointwise"
    return kernel


def _comment_block(lines: list[str], index: int) -> list[str]:
    """The comment lines directly above line `index` (0-based index of the assignment)."""
    block = []
    i = index - 1
    while i >= 0 and lines[i].lstrip().startswith("#"):
        block.append(lines[i].strip()[1:].strip())
        i -= 1
    return list(reversed(block))


def _bracket_list(text: str) -> list[str]:
    return [p.strip() for p in text.split(",") if p.strip()]


def _read_header(kernel: KernelDef) -> None:
    mapping = False
    for line in kernel.header:
        match = re.match(r"Topologically Sorted Source Nodes: \[(.*?)\](?:, Original ATen: \[(.*?)\])?", line)
        if match:
            kernel.source_nodes = _bracket_list(match.group(1))
            kernel.aten_ops = _bracket_list(match.group(2) or "")
            continue
        if line.startswith("Source node to ATen node mapping"):
            mapping = True
            continue
        if line.startswith("Graph fragment"):
            mapping = False
            continue
        if mapping and "=>" in line:
            node, _, targets = line.partition("=>")
            kernel.node_to_aten[node.strip()] = _bracket_list(targets)


def _read_triton_decorator(kernel: KernelDef) -> None:
    for prefix, kind in KIND_BY_PREFIX.items():
        if kernel.name.startswith(prefix):
            kernel.kind = kind
    # The decorator stands before the first top-level def: parse that head only, not the body.
    head = re.search(r"^def \w+\(", kernel.source, re.MULTILINE)
    source = kernel.source[:head.start()] + "def _():\n    pass\n" if head else kernel.source
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        for deco in node.decorator_list:
            if not (isinstance(deco, ast.Call) and isinstance(deco.func, ast.Attribute)):
                continue
            if not (isinstance(deco.func.value, ast.Name) and deco.func.value.id == "triton_heuristics"):
                continue
            kernel.decorator = deco.func.attr
            kernel.kind = KIND_BY_DECORATOR.get(deco.func.attr, kernel.kind)
            for kw in deco.keywords:
                value = literal(kw.value)
                if kw.arg == "size_hints":
                    kernel.size_hints = value
                elif kw.arg == "triton_meta" and isinstance(value, dict):
                    kernel.triton_meta = value
                elif kw.arg == "inductor_meta" and isinstance(value, dict):
                    kernel.inductor_meta = value
            return


def literal(node: ast.AST) -> Any:
    """A JSON-able value for a decorator argument (see the module docstring for the rules)."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, (str, int, float, bool)) or node.value is None else repr(node.value)
    if isinstance(node, ast.Dict):
        out = {}
        for k, v in zip(node.keys, node.values):
            key = literal(k) if k is not None else "**"
            out[key if isinstance(key, str) else _key_text(key)] = literal(v)
        return out
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [literal(e) for e in node.elts]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        value = literal(node.operand)
        return -value if isinstance(value, (int, float)) else ast.unparse(node)
    if isinstance(node, ast.Call):
        fn = ast.unparse(node.func)
        if fn in ("set", "frozenset", "list", "tuple") and not node.args:
            return []
        out: dict[str, Any] = {"__type__": fn}
        out.update({kw.arg or "**": literal(kw.value) for kw in node.keywords})
        if node.args:
            out["args"] = [literal(a) for a in node.args]
        return out
    return ast.unparse(node)


def _key_text(key: Any) -> str:
    if isinstance(key, list):
        return "(" + ", ".join(str(k) for k in key) + ("," if len(key) == 1 else "") + ")"
    return str(key)
