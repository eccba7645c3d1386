"""The import directions of README's Layout, checked on the source with `ast` (nothing is imported).

Every import counts, at module level or inside a function: a lazy import is still a dependency.
Layers: the ground floor (inspector/core/, store, config, usage, versions) imports nothing above it;
experiments/ stands on the floor only; capture/, bench/, analysis/ and report/ stand on the floor
and do not reach into each other where the rules below say so; cli.py and the commands package
(inspector/commands/) are the top and may import anything. No module imports another module's private (`_name`) names. Only
the top imports click, and usage.py, whose exit-code exceptions (InputError, ...) are click's.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WALKED = ("inspector", "experiments", "scripts")
FLOOR = {"core", "store", "config", "usage", "versions"}
TOP = {"cli", "commands", "__init__"}
PROJECT = ("inspector", "experiments", "handwritten")
# usage.py: InputError and the other exits are click exceptions, raised by every layer for bad input
CLICK_USERS = ("inspector.cli", "inspector.commands", "inspector.usage")

# layer -> the layers it must not import
FORBIDDEN = {
    "floor": {"capture", "bench", "analysis", "report", "targets", "top", "experiments", "handwritten"},
    "experiments": {"capture", "bench", "analysis", "report", "targets", "top"},
    "targets": {"capture", "bench", "analysis", "report", "top"},
    "capture": {"bench", "report", "analysis", "top"},
    "bench": {"capture", "report", "top"},
    "analysis": {"capture", "bench", "report", "top"},
    "report": {"capture", "top"},
    "top": set(),
    "scripts": set(),
}


def layer(module: str) -> str | None:
    """'inspector.capture.worker' -> 'capture'; None for modules outside the project."""
    parts = module.split(".")
    if parts[0] in ("experiments", "handwritten", "scripts"):
        return parts[0]
    if parts[0] != "inspector":
        return None
    if len(parts) == 1:
        return "top"
    name = parts[1]
    if name in FLOOR:
        return "floor"
    if name in TOP:
        return "top"
    return name


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, source: str) -> list[tuple[int, str, list[str], list[str | None]]]:
    """(line, imported module, names taken from it, their local aliases) for every import."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = []
    for node in ast.walk(ast.parse(source, str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name, [], [a.asname]) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            found.append((node.lineno, module, [a.name for a in node.names], [a.asname for a in node.names]))
    return found


def sources() -> list[Path]:
    return sorted(p for root in WALKED for p in (ROOT / root).rglob("*.py"))


def is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def layer_violations(path: Path, source: str) -> list[str]:
    own = layer(module_name(path))
    out = []
    for line, module, names, _ in imports(path, source):
        # `from inspector import capture` names a package: the names count, not the root package
        for target in ([] if module == "inspector" and names else [module]) + [f"{module}.{n}" for n in names]:
            theirs = layer(target)
            if theirs is not None and theirs != own and theirs in FORBIDDEN.get(own, set()):
                out.append(f"{path.relative_to(ROOT)}:{line}: {own} imports {target} ({theirs})")
                break
    return out


def private_reach_ins(path: Path, source: str) -> list[str]:
    """`from mod import _name`, and `mod._name` where mod was imported from another project module."""
    me = module_name(path)
    bound: dict[str, str] = {}  # local name -> the project object it refers to
    out = []
    for line, module, names, aliases in imports(path, source):
        if module.split(".")[0] not in PROJECT or module == me:
            continue
        if not names:  # import a.b.c [as x]
            bound[aliases[0] or module.split(".")[0]] = module if aliases[0] else module.split(".")[0]
        for name, alias in zip(names, aliases):
            if is_private(name):
                out.append(f"{path.relative_to(ROOT)}:{line}: imports {module}.{name}")
            bound[alias or name] = f"{module}.{name}"
    for node in ast.walk(ast.parse(source, str(path))):
        if isinstance(node, ast.Attribute) and is_private(node.attr) and isinstance(node.value, ast.Name):
            if node.value.id in bound:
                out.append(f"{path.relative_to(ROOT)}:{node.lineno}: uses {bound[node.value.id]}.{node.attr}")
    return out


def click_imports(path: Path, source: str) -> list[str]:
    """Every import of click outside the modules allowed one."""
    me = module_name(path)
    if any(me == m or me.startswith(f"{m}.") for m in CLICK_USERS):
        return []
    return [f"{path.relative_to(ROOT)}:{line}: imports {module}" for line, module, _, _ in imports(path, source)
            if module.split(".")[0] == "click"]


def test_the_walk_sees_every_layer():
    layers = {layer(module_name(p)) for p in sources()}
    assert {"floor", "experiments", "capture", "bench", "analysis", "report", "top", "scripts", "targets"} <= layers
    assert layer("inspector.core.policy") == layer("inspector.store") == "floor"
    assert layer("inspector.cli") == "top" and layer("torch.nn") is None


def test_import_directions():
    problems = [v for p in sources() for v in layer_violations(p, p.read_text())]
    assert not problems, "imports against the layering (README, Layout):\n" + "\n".join(problems)


def test_only_the_commands_import_click():
    problems = [v for p in sources() for v in click_imports(p, p.read_text())]
    assert not problems, "click outside inspector/cli.py and inspector/commands/:\n" + "\n".join(problems)


@pytest.mark.parametrize("where, source, found", [
    ("inspector/bench/probe.py", "def f():\n    import click\n", True),
    ("inspector/report/probe.py", "from click.testing import CliRunner\n", True),
    ("inspector/commands/probe.py", "import click\n", False),
    ("inspector/cli.py", "import click\n", False),
])
def test_a_click_import_is_reported_outside_the_commands(where, source, found):
    assert bool(click_imports(ROOT / where, source)) is found


def test_no_private_reach_ins():
    problems = [v for p in sources() for v in private_reach_ins(p, p.read_text())]
    assert not problems, "private names used from another module:\n" + "\n".join(problems)


@pytest.mark.parametrize("source, want", [
    ("from inspector.bench.sweep import sweep\n", "capture imports inspector.bench.sweep (bench)"),
    ("def f():\n    from inspector.report import console\n", "capture imports inspector.report (report)"),
    ("from inspector import analysis\n", "capture imports inspector.analysis (analysis)"),
    ("from .. import report\n", "capture imports inspector.report (report)"),
])
def test_a_forbidden_import_is_reported(source, want):
    probe = ROOT / "inspector" / "capture" / "probe.py"
    assert [v.split(": ", 1)[1] for v in layer_violations(probe, source)] == [want]


def test_allowed_imports_are_not_reported():
    probe = ROOT / "inspector" / "report" / "probe.py"
    source = "import torch\nfrom inspector.core.policy import compare\nfrom inspector.bench.table import read_csv\nfrom . import console\n"
    assert layer_violations(probe, source) == []


def test_a_private_reach_in_is_reported():
    probe = ROOT / "inspector" / "analysis" / "probe.py"
    source = ("import torch\nfrom inspector.core import outputcode as oc\nfrom inspector.core.timing import _no_gc\n"
              "oc._walk([], {}, {}, [])\ntorch._dynamo\n")
    found = [v.split(": ", 1)[1] for v in private_reach_ins(probe, source)]
    assert found == ["imports inspector.core.timing._no_gc", "uses inspector.core.outputcode._walk"]


def import_graph(paths: list[Path]) -> dict[str, set[str]]:
    """module -> the project modules it imports (`from pkg import mod` counts as importing pkg.mod).
    An import between a package and its own submodules is left out: Python runs a package's
    __init__ before any of its submodules anyway, so such an edge is no circle between two homes."""
    known = {module_name(p): p for p in paths}
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        edges = set()
        for _, module, names, _ in imports(path, path.read_text()):
            targets = [f"{module}.{n}" for n in names if f"{module}.{n}" in known]
            edges.update(targets or ([module] if module in known else []))
        graph[name] = {e for e in edges if not (name.startswith(f"{e}.") or e.startswith(f"{name}."))} - {name}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that reach each other through imports (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_no_import_cycles():
    """Two modules that import each other (even lazily, inside a function) have no single home for what they share."""
    paths = sorted(p for root in PROJECT for p in (ROOT / root).rglob("*.py"))
    cycles = import_cycles(import_graph(paths))
    assert not cycles, "modules that import each other:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_an_import_cycle_is_reported():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e2"}, "e2": set()}
    assert import_cycles(graph) == [["a", "b", "c"]]
