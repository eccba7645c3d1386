"""Find and read the handwritten Triton kernel of an experiment, without importing triton.

The experiment spec names the launcher ("handwritten.silu:silu"); its file is split with `ast`: the
@triton.jit functions, the ones launched (`_kernel[grid](...)`) and the ones only called from
kernels (helpers, inlined into the caller's anatomy; also those imported from a sibling module,
handwritten/_parts.py). Walking the launcher's calls in source order gives the launch path: the
first matmul kernel launched on it, else its first kernel launched over more than one program, is
the primary kernel (matmul_relu's launcher tries the TMA kernel before the pointer one;
linear_cross_entropy's runs a small kernel before its matmul, cross_entropy's a one-program count of
the labels before its row kernel). Library matmuls on the path (`torch.mm`, `torch.addmm`,
`x.addmm_`, ...: linear_cross_entropy's launcher runs cuBLAS after its row kernel, through a
function it imports from handwritten/_chunked.py) are listed too, since they are launches of the
handwritten side as much as its kernels; so are calls of another kernel file's launcher (a Gluon
kernel chosen by device and dtype, say), listed as handoffs with the `if` tests that lead to them,
and not analysed. Constexpr values are resolved where the source fixes them: a literal at the
launch, or a launcher parameter's default that no caller on the path overrides (layernorm_gelu's
`prefetch=True`); anything else stays unknown.
"""

from __future__ import annotations

import ast
import importlib.util
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from inspector.analysis.anatomy import (AnatomyError, KernelAnatomy, analyze_source, constexpr_params, is_jit,
                                        source_segment)

NO_VALUE = object()


@dataclass
class LaunchSite:
    kernel: str
    function: str  # the Python function that launches it
    known: dict[str, Any] = field(default_factory=dict)  # constexpr / num_warps values fixed by the source
    unknown: list[str] = field(default_factory=list)
    one_program: bool = False  # a literal grid of one program, `(1,)`: bookkeeping (a count, a mean)


@dataclass
class Handwritten:
    experiment: str
    launcher: str  # "handwritten.silu:silu"
    path: Path
    source: str
    kernels: dict[str, ast.FunctionDef]  # launched @triton.jit functions, file order
    helpers: dict[str, ast.FunctionDef]
    launches: list[LaunchSite]  # on the launcher's path, in source order
    library_calls: list[str] = field(default_factory=list)  # "torch.mm", "addmm_": matmuls on the path, source order
    # launchers of other kernel files the path may hand the call to ("handwritten.<file>:<file>",
    # chosen at run time by device and dtype, say), not analysed here, each with the source of the
    # `if` tests around its first call ("h.dtype == torch.float16"; "" if none), in path order
    handoffs: dict[str, str] = field(default_factory=dict)

    @property
    def primary(self) -> str | None:
        """The first matmul kernel on the launch path (a launcher may run a small kernel before
        it), else the first kernel launched over more than one program (cross_entropy's launcher
        counts the labels in one program first), else the first kernel launched, else the file's
        first kernel."""
        if not self.launches:
            return next(iter(self.kernels), None)
        matmuls = (s.kernel for s in self.launches
                   if s.kernel in self.kernels and _has_dot(self.kernels[s.kernel], self.helpers))
        wide = (s.kernel for s in self.launches if not s.one_program)
        return next(matmuls, next(wide, self.launches[0].kernel))

    def site(self, kernel: str) -> LaunchSite | None:
        return next((s for s in self.launches if s.kernel == kernel), None)

    def anatomy(self, kernel: str | None = None) -> KernelAnatomy:
        name = kernel or self.primary
        if name is None or name not in self.kernels:
            raise AnatomyError(f"{self.path.name} has no launched @triton.jit kernel {name or ''}".strip())
        site = self.site(name)
        known = {k: v for k, v in (site.known if site else {}).items() if k not in ("num_warps", "num_stages")}
        segment = source_segment(self.source, self.kernels[name])
        anatomy = analyze_source(segment, name, "handwritten", known=known, helpers=self.helpers)
        anatomy.kind = "matmul" if anatomy.dots else "reduction" if anatomy.reductions else "pointwise"
        if site:
            anatomy.num_warps = site.known.get("num_warps")
            anatomy.num_stages = site.known.get("num_stages")
        return anatomy


def _has_dot(func: ast.FunctionDef, helpers: dict[str, ast.FunctionDef], seen: frozenset = frozenset()) -> bool:
    """Whether a kernel calls tl.dot, itself or through the @triton.jit helpers it calls (a
    matmul kernel whose K loop is a shared helper, as handwritten/_parts.py's masked_k_loop)."""
    for node in ast.walk(func):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Attribute) and node.func.attr == "dot":
            return True
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if name in helpers and name not in seen and _has_dot(helpers[name], helpers, seen | {name}):
            return True
    return False


class HandwrittenError(ValueError):
    """The experiment has no handwritten kernel, or its file cannot be read."""


def launcher_of(experiment: str) -> str | None:
    """The spec's "module:function" of the handwritten launcher (None when there is none), from
    the torch-free catalog of the built-in experiments (the registry imports torch: ~3 s)."""
    from experiments import catalog

    entry = catalog.entries().get(experiment)  # captures of user code have no handwritten kernel
    return entry.handwritten if entry else None


def locate(launcher: str) -> Path:
    module, _, _ = launcher.partition(":")
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin or not Path(spec.origin).is_file():
        raise HandwrittenError(f"the handwritten module {module} is not there (not written yet?)")
    return Path(spec.origin)


def load(experiment: str, launcher: str | None = None) -> Handwritten:
    """The handwritten file of `experiment`, parsed once per file version (a report asks once per
    capture of it; the records are only read)."""
    launcher = launcher or launcher_of(experiment)
    if not launcher:
        raise HandwrittenError(f"{experiment} has no handwritten kernel")
    path = locate(launcher)
    stat = path.stat()
    return _parsed(experiment, launcher, str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _parsed(experiment: str, launcher: str, path_text: str, mtime_ns: int, size: int) -> Handwritten:
    path = Path(path_text)
    return parse(path.read_text(), path, experiment, launcher)


def parse(source: str, path: Path, experiment: str, launcher: str) -> Handwritten:
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise HandwrittenError(f"{path}: cannot parse: {exc.msg} (line {exc.lineno})") from None
    funcs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    jit = {name: f for name, f in funcs.items() if is_jit(f)}
    launched_anywhere = {k for f in funcs.values() for k, _ in _launch_calls(f)}
    kernels = {k: f for k, f in jit.items() if k in launched_anywhere} or dict(jit)
    imported, neighbours, host = _imported_helpers(tree, path)
    imported = {k: f for k, f in imported.items() if k not in launched_anywhere}
    # the file's own names win over a sibling's, and the names it imports over both
    helpers = neighbours | {k: f for k, f in jit.items() if k not in kernels} | imported
    if not kernels:
        raise HandwrittenError(f"{path} has no @triton.jit kernel")
    entry = launcher.partition(":")[2]
    sites: list[LaunchSite] = []
    library: list[str] = []
    handoffs: dict[str, str] = {}
    if entry in funcs:
        _walk_path(funcs[entry], _bind(funcs[entry], None, {}), host | funcs, jit, sites, set(), library,
                   (_sibling_modules(tree, path), handoffs))
    return Handwritten(experiment, launcher, path, source, kernels, helpers, sites, library, handoffs)


def _sibling_modules(tree: ast.Module, path: Path) -> dict[str, str]:
    """Local name -> dotted module of the sibling kernel files the file imports whole
    (`from handwritten import mm_gelu_pingpong as _pingpong`, also inside a `try:`)."""
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and not node.level and node.module == path.parent.name:
            out.update({a.asname or a.name: f"{node.module}.{a.name}" for a in node.names
                        if (path.parent / f"{a.name}.py").is_file()})
    return out


def _imported_helpers(tree: ast.Module, path: Path) -> tuple[dict[str, ast.FunctionDef], ...]:
    """@triton.jit functions the file imports from a sibling module of its package
    (`from handwritten._parts import grouped_tile as _grouped_tile`), under their local names;
    every @triton.jit function of those modules under its own name, for the calls one helper makes
    to its neighbours (_parts.row_cross_entropy calls row_max_logsum); and the plain functions it
    imports (`from handwritten._chunked import chunk_grads as _chunk_grads`), under their local
    names, for the launch path: their library matmuls are the launcher's."""
    out: dict[str, ast.FunctionDef] = {}
    neighbours: dict[str, ast.FunctionDef] = {}
    host: dict[str, ast.FunctionDef] = {}
    for node in tree.body:
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        package, _, module = node.module.rpartition(".")
        sibling = path.parent / f"{module}.py"
        if package != path.parent.name or not sibling.is_file():
            continue
        try:
            every = _module_functions(str(sibling), sibling.stat().st_mtime_ns)
        except (OSError, SyntaxError, ValueError):
            continue  # an unreadable sibling only hides its helpers from the anatomy
        jit = {name: f for name, f in every.items() if is_jit(f)}
        neighbours.update(jit)
        out.update({a.asname or a.name: jit[a.name] for a in node.names if a.name in jit})
        host.update({a.asname or a.name: every[a.name] for a in node.names if a.name in every and a.name not in jit})
    return out, neighbours, host


@lru_cache(maxsize=64)
def _module_functions(path: str, mtime_ns: int) -> dict[str, ast.FunctionDef]:
    """The top-level functions of a helper module, parsed once per file version: every
    handwritten file of a report imports the same few (_parts, _reduce, _checks)."""
    body = ast.parse(Path(path).read_text()).body
    return {n.name: n for n in body if isinstance(n, ast.FunctionDef)}


def _launch_calls(f: ast.FunctionDef) -> list[tuple[str, ast.Call]]:
    """`kernel[grid](...)` calls in f, in source order."""
    out = []
    for node in ast.walk(f):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Subscript) and isinstance(node.func.value, ast.Name):
            out.append((node.func.value.id, node))
    return sorted(out, key=lambda kc: (kc[1].lineno, kc[1].col_offset))


def _defaults(f: ast.FunctionDef) -> dict[str, Any]:
    args = f.args.args
    pad = [None] * (len(args) - len(f.args.defaults))
    out = {}
    for a, d in zip(args, pad + list(f.args.defaults)):
        if d is not None:
            try:
                out[a.arg] = ast.literal_eval(d)
            except (ValueError, TypeError, SyntaxError):
                out[a.arg] = NO_VALUE
    for a, d in zip(f.args.kwonlyargs, f.args.kw_defaults):
        if d is not None:
            try:
                out[a.arg] = ast.literal_eval(d)
            except (ValueError, TypeError, SyntaxError):
                out[a.arg] = NO_VALUE
    return out


def _bind(f: ast.FunctionDef, call: ast.Call | None, outer: dict[str, Any]) -> dict[str, Any]:
    """Parameter -> value for a call of f: literals and known names at the call, else defaults.
    Parameters assigned in f's body lose their value (the default is not what reaches the launch)."""
    values = _defaults(f)
    if call is not None:
        names = [a.arg for a in f.args.args]
        for name, arg in zip(names, call.args):
            values[name] = _value(arg, outer)
        for kw in call.keywords:
            if kw.arg:
                values[kw.arg] = _value(kw.value, outer)
    for node in ast.walk(f):
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                for n in ast.walk(t):
                    if isinstance(n, ast.Name):
                        values[n.id] = NO_VALUE
    return values


def _value(node: ast.expr, env: dict[str, Any]) -> Any:
    if isinstance(node, ast.Name):
        return env.get(node.id, NO_VALUE)
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError):
        return NO_VALUE


LIBRARY_MATMULS = ("mm", "addmm", "addmm_", "matmul", "bmm", "baddbmm")


def _walk_path(f: ast.FunctionDef, env: dict[str, Any], funcs: dict[str, ast.FunctionDef], jit: dict[str, ast.FunctionDef],
               sites: list[LaunchSite], seen: set[str], library: list[str],
               siblings: tuple[dict[str, str], dict[str, str]]) -> None:
    """Append f's kernel launches (and those of the file's functions it calls) to sites, its library
    matmuls to library, and its calls of a sibling file's launcher (`_mod.<mod>(...)`, the
    function named as its file) to siblings[1], with the `if` tests around it."""
    if f.name in seen or len(seen) > 20:
        return
    seen = seen | {f.name}
    modules, handoffs = siblings
    calls = sorted((n for n in ast.walk(f) if isinstance(n, ast.Call)), key=lambda c: (c.lineno, c.col_offset))
    for call in calls:
        if isinstance(call.func, ast.Subscript) and isinstance(call.func.value, ast.Name) and call.func.value.id in jit:
            sites.append(_site(call.func.value.id, f.name, call, env, jit[call.func.value.id]))
        elif isinstance(call.func, ast.Name) and call.func.id in funcs and call.func.id not in jit:
            callee = funcs[call.func.id]
            _walk_path(callee, _bind(callee, call, env), funcs, jit, sites, seen, library, siblings)
        elif (isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)
              and modules.get(call.func.value.id, "").rpartition(".")[2] == call.func.attr):
            handoffs.setdefault(f"{modules[call.func.value.id]}:{call.func.attr}", _guard(f, call))
        elif isinstance(call.func, ast.Attribute) and call.func.attr in LIBRARY_MATMULS:
            owner = call.func.value
            library.append(f"torch.{call.func.attr}" if isinstance(owner, ast.Name) and owner.id == "torch"
                           else call.func.attr)


def _guard(f: ast.FunctionDef, call: ast.Call) -> str:
    """The source of the `if` tests in f that lead to call, outermost first and joined by "and"
    (an `else` branch as "not (test)"); "" when the call is unconditional."""
    parents = {child: node for node in ast.walk(f) for child in ast.iter_child_nodes(node)}
    tests: list[str] = []
    node: ast.AST = call
    while node in parents:
        parent = parents[node]
        if isinstance(parent, ast.If) and node is not parent.test:
            test = ast.unparse(parent.test)
            tests.append(test if node in parent.body else f"not ({test})")
        node = parent
    return " and ".join(reversed(tests))


def _site(kernel: str, function: str, call: ast.Call, env: dict[str, Any], f: ast.FunctionDef) -> LaunchSite:
    consts = constexpr_params(f)
    site = LaunchSite(kernel, function, one_program=_value(call.func.slice, {}) == (1,))  # kernel[grid](...)
    passed: set[str] = set()
    for kw in call.keywords:
        if kw.arg is None:  # **config: whatever it holds is unknown
            site.unknown.append(f"**{ast.unparse(kw.value)}")
            continue
        passed.add(kw.arg)
        if kw.arg in consts or kw.arg in ("num_warps", "num_stages"):
            value = _value(kw.value, env)
            if value is NO_VALUE:
                site.unknown.append(kw.arg)
            else:
                site.known[kw.arg] = value
    for name, default in consts.items():
        if name not in passed and default is not None and not any(u.startswith("**") for u in site.unknown):
            site.known[name] = default
    return site
