"""Kernel anatomy: what one Triton kernel reads, writes and computes, read from its source text
(a CPU capture's C++ kernels: cpp_anatomy reads them into the same facts; record_anatomy reads a
capture's kernels.json record into an anatomy of either kind).

Works the same for Inductor's kernels and handwritten ones (pure `ast`, nothing imported or run):
loads and stores per pointer, how many separate passes read each pointer (a pointer loaded in
two sibling loops over the reduction dim is read from memory twice), reductions, random-number
calls, math-library calls, masks, tl.dot. Branches on a constexpr whose value is known are
pruned, so a handwritten kernel's `if PREFETCH:` variants are counted as launched.
"""

from __future__ import annotations

import ast
import itertools
import textwrap
from dataclasses import dataclass, field
from typing import Any

from inspector.analysis.ptx import PtxMix

REDUCTIONS = {"sum", "max", "min", "reduce", "argmax", "argmin", "xor_sum", "cumsum", "cumprod", "associative_scan",
              "welford", "welford_reduce", "welford_combine", "online_softmax_reduce", "max2", "min2", "prod"}
RNG = {"rand", "randn", "randint", "randint4x", "rand4x", "randn4x", "philox", "philox_impl"}
# Calls that cost more than one FMA-class instruction per element (SFU ops or libdevice code).
MATH = {"exp", "exp2", "log", "log2", "log1p", "expm1", "sqrt", "sqrt_rn", "rsqrt", "erf", "erfc", "erfinv", "tanh",
        "sigmoid", "sin", "cos", "tan", "pow", "fdiv", "div_rn", "atan", "atan2", "asin", "acos", "sinh", "cosh"}
MATH_MODULES = ("libdevice", "tl_math", "math")


@dataclass
class PointerUse:
    """One pointer argument: how often the source loads/stores it and in how many passes."""

    name: str
    loads: int = 0
    stores: int = 0
    load_passes: int = 0  # separate loops (or one straight-line section) that read it
    store_passes: int = 0
    masked: bool = False
    read_back: bool = False  # stored in one pass, loaded again in a later pass of the same kernel

    @property
    def role(self) -> str:
        if self.loads and self.stores:
            return "read+write"
        return "write" if self.stores else "read"


@dataclass
class KernelAnatomy:
    name: str
    origin: str  # "generated" | "handwritten"
    kind: str = "?"
    params: list[str] = field(default_factory=list)
    pointers: dict[str, PointerUse] = field(default_factory=dict)
    loops: int = 0
    reductions: dict[str, int] = field(default_factory=dict)
    rng: dict[str, int] = field(default_factory=dict)
    math: dict[str, int] = field(default_factory=dict)
    dots: int = 0
    masked_loads: int = 0
    masked_stores: int = 0
    atomics: int = 0  # tl.atomic_* calls, also counted as stores
    constexprs: dict[str, Any] = field(default_factory=dict)  # known values (block sizes, switches)
    num_warps: int | None = None
    num_stages: int | None = None
    n_regs: int | None = None
    n_spills: int | None = None  # Triton's count of spilled 32-bit values per thread
    shared_bytes: int | None = None
    measured_us: float | None = None
    ptx: PtxMix | None = None
    source: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def max_passes(self) -> int:
        return max((p.load_passes for p in self.pointers.values()), default=0)


class AnatomyError(ValueError):
    """The source is not a Triton kernel this analysis can read."""


def kernel_function(source: str, name: str | None = None) -> ast.FunctionDef:
    try:
        tree = ast.parse(textwrap.dedent(source))
    except SyntaxError as exc:
        raise AnatomyError(f"cannot parse kernel source: {exc.msg} (line {exc.lineno})") from None
    # top-level functions first (every kernel file): walking the whole tree costs more than the parse
    top = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    nested = (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n not in top)
    for f in itertools.chain(top, nested):
        if (name is None and is_jit(f)) or f.name == name:
            return f
    raise AnatomyError(f"no @triton.jit function {name or ''} in the source".replace("  ", " "))


def is_jit(f: ast.FunctionDef) -> bool:
    for d in f.decorator_list:
        text = ast.unparse(d.func if isinstance(d, ast.Call) else d)
        if text in ("triton.jit", "jit", "tl.jit"):
            return True
    return False


def constexpr_params(f: ast.FunctionDef) -> dict[str, Any]:
    """Constexpr parameter names -> their default value (None when they have none)."""
    args = f.args.args
    defaults = [None] * (len(args) - len(f.args.defaults)) + list(f.args.defaults)
    out = {}
    for a, d in zip(args, defaults):
        if a.annotation is not None and "constexpr" in ast.unparse(a.annotation):
            out[a.arg] = _literal(d) if d is not None else None
    return out


def _literal(node: ast.AST | None) -> Any:
    try:
        return ast.literal_eval(node) if node is not None else None
    except (ValueError, TypeError, SyntaxError):
        return None


def _call_name(call: ast.Call) -> tuple[str, str]:
    """('tl', 'load'), ('libdevice', 'exp'), ('', '_gelu'), ('a_desc', 'load')."""
    fn = call.func
    if isinstance(fn, ast.Attribute):
        return ast.unparse(fn.value), fn.attr
    if isinstance(fn, ast.Name):
        return "", fn.id
    return "", ""


class _Walker:
    """Walks a kernel body in source order, tracking the outermost loop (= the pass) of each access."""

    def __init__(self, anatomy: KernelAnatomy, pointer_names: set[str], known: dict[str, Any],
                 helpers: dict[str, ast.FunctionDef]):
        self.a = anatomy
        self.pointer_names = pointer_names
        self.known = known
        self.helpers = helpers
        self.aliases: dict[str, set[str]] = {p: {p} for p in pointer_names}
        self.pass_id: int | None = None
        self.loop_count = 0
        self.load_passes: dict[str, set[Any]] = {}
        self.store_passes: dict[str, set[Any]] = {}
        self.first_store: dict[str, Any] = {}
        self.unresolved: set[str] = set()

    # statements
    def body(self, stmts: list[ast.stmt], depth: int = 0) -> None:
        for s in stmts:
            self.stmt(s, depth)

    def stmt(self, s: ast.stmt, depth: int) -> None:
        if isinstance(s, (ast.For, ast.While)):
            self.loop_count += 1
            outer = self.pass_id is None
            if outer:
                self.pass_id = self.loop_count
            self.expr(s.iter if isinstance(s, ast.For) else s.test)
            self.body(s.body, depth + 1)
            self.body(s.orelse, depth + 1)
            if outer:
                self.pass_id = None
            return
        if isinstance(s, ast.If):
            choice = self.constexpr_test(s.test)
            if choice is True:
                self.body(s.body, depth)
            elif choice is False:
                self.body(s.orelse, depth)
            else:
                self.expr(s.test)
                self.body(s.body, depth)
                self.body(s.orelse, depth)
            return
        if isinstance(s, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            value = s.value
            if value is None:
                return
            self.expr(value)
            targets = s.targets if isinstance(s, ast.Assign) else [s.target]
            sources = self.pointers_in(value)
            for t in targets:
                for n in ast.walk(t):
                    if isinstance(n, ast.Name):
                        if isinstance(s, ast.AugAssign):
                            self.aliases.setdefault(n.id, set()).update(sources)
                        elif sources:
                            self.aliases[n.id] = set(sources)
            return
        for child in ast.iter_child_nodes(s):
            if isinstance(child, ast.expr):
                self.expr(child)
            elif isinstance(child, ast.stmt):
                self.stmt(child, depth)

    def constexpr_test(self, test: ast.expr) -> bool | None:
        """Value of an `if` on known constexprs (PREFETCH, RNG == 2, not EVEN_N); None if unknown."""
        names = {n.id for n in ast.walk(test) if isinstance(n, ast.Name)}
        if not names:
            return None
        if not names <= set(self.known):
            self.unresolved.update(n for n in names if n in self.a.constexprs or n.isupper())
            return None
        try:
            env = {k: v for k, v in self.known.items()}
            return bool(eval(compile(ast.Expression(test), "<constexpr>", "eval"), {"__builtins__": {}}, env))
        except Exception:  # an expression over known values that still does not evaluate: keep both
            return None

    # expressions
    def pointers_in(self, node: ast.AST) -> set[str]:
        """The pointer arguments an expression's address derives from. What a tl.load returns is
        data, not an address: an index loaded from one pointer and added to another (a gather)
        addresses only the other."""
        out: set[str] = set()
        todo = [node]
        while todo:
            n = todo.pop()
            if isinstance(n, ast.Call) and _call_name(n) in (("tl", "load"), ("triton.language", "load")):
                continue
            if isinstance(n, ast.Name) and n.id in self.aliases:
                out |= self.aliases[n.id]
            todo.extend(ast.iter_child_nodes(n))
        return out

    def expr(self, node: ast.expr) -> None:
        for n in ast.walk(node):
            if isinstance(n, ast.Call):
                self.call(n)

    def access(self, ptrs: set[str], store: bool, masked: bool) -> None:
        key = self.pass_id if self.pass_id is not None else "straight"
        for p in ptrs:
            use = self.a.pointers.setdefault(p, PointerUse(p))
            use.masked |= masked
            if store:
                use.stores += 1
                self.store_passes.setdefault(p, set()).add(key)
                self.first_store.setdefault(p, key)
            else:
                use.loads += 1
                self.load_passes.setdefault(p, set()).add(key)
                if p in self.first_store and self.first_store[p] != key:
                    use.read_back = True

    def call(self, c: ast.Call) -> None:
        module, name = _call_name(c)
        atomic = name.startswith("atomic_") and module in ("tl", "triton.language")
        if atomic:  # a read-modify-write (Inductor's scatter_add, index_put): counted as a store
            name = "store"
        if name in ("load", "store") and module in ("tl", "triton.language"):
            ptrs = self.pointers_in(c.args[0]) if c.args else set()
            mask_pos = 1 if name == "load" else 2
            mask = next((k.value for k in c.keywords if k.arg == "mask"), c.args[mask_pos] if len(c.args) > mask_pos else None)
            masked = mask is not None and not (isinstance(mask, ast.Constant) and mask.value is None)
            if name == "load":
                self.a.masked_loads += masked
            else:
                self.a.masked_stores += masked
                self.a.atomics += atomic
            self.access(ptrs, name == "store", masked)
        elif name in ("load", "store") and module in self.aliases:  # tensor descriptor (TMA)
            self.access(self.aliases[module], name == "store", False)
        elif name == "dot" and module in ("tl", ""):
            self.a.dots += 1
        elif name in REDUCTIONS and module in ("tl", "triton_helpers", ""):
            self.a.reductions[name] = self.a.reductions.get(name, 0) + 1
        elif name in RNG and module in ("tl", "triton_helpers", ""):
            self.a.rng[name] = self.a.rng.get(name, 0) + 1
        elif (module.split(".")[-1] in MATH_MODULES) or (module in ("tl",) and name in MATH):
            key = f"{module.split('.')[-1] if module != 'tl' else 'tl'}.{name}"
            self.a.math[key] = self.a.math.get(key, 0) + 1
        elif module == "" and name in self.helpers:
            self.helper(self.helpers[name], c)

    def helper(self, f: ast.FunctionDef, c: ast.Call) -> None:
        """Inline a @triton.jit helper: its math/RNG/reductions count toward the caller, and its
        loads and stores toward the caller's pointers that its arguments derive from."""
        saved, saved_aliases = self.known, self.aliases
        bound, aliases = dict(saved), dict(saved_aliases)
        for param, arg in zip(f.args.args, c.args):
            value = _literal(arg)
            if isinstance(arg, ast.Name) and arg.id in saved:
                value = saved[arg.id]
            if value is not None:
                bound[param.arg] = value
            else:
                bound.pop(param.arg, None)
            sources = self.pointers_in(arg)
            if sources:
                aliases[param.arg] = sources
            else:
                aliases.pop(param.arg, None)
        self.known, self.aliases = bound, aliases
        helpers, self.helpers = self.helpers, {k: v for k, v in self.helpers.items() if v is not f}
        self.body(f.body)
        self.known, self.aliases, self.helpers = saved, saved_aliases, helpers


def source_segment(source: str, node: ast.AST) -> str:
    """The whole lines of `node` in `source`. ast.get_source_segment splits the source in Python
    on every call, and a report asks ~100 times."""
    return "".join(source.splitlines(keepends=True)[node.lineno - 1:node.end_lineno])


def analyze_source(source: str, name: str | None = None, origin: str = "generated",
                   known: dict[str, Any] | None = None, helpers: dict[str, ast.FunctionDef] | None = None,
                   pointer_params: set[str] | None = None) -> KernelAnatomy:
    """Anatomy of the @triton.jit function `name` (the first one when None) in `source`.

    known: constexpr values to prune branches with; pointer_params: which parameters are pointers
    (default: names containing 'ptr' or ending in '_desc', Triton's and Inductor's convention)."""
    f = kernel_function(source, name)
    params = [a.arg for a in f.args.args]
    consts = constexpr_params(f)
    values = {k: v for k, v in consts.items() if v is not None}
    values.update(known or {})
    anatomy = KernelAnatomy(name=f.name, origin=origin, params=params, constexprs=dict(values),
                            source=textwrap.dedent(source_segment(textwrap.dedent(source), f) or source))
    for k in consts:
        anatomy.constexprs.setdefault(k, None)
    ptrs = pointer_params if pointer_params is not None else {p for p in params if "ptr" in p or p.endswith("_desc")}
    walker = _Walker(anatomy, ptrs, values, helpers or {})
    walker.body(f.body)
    anatomy.loops = walker.loop_count
    for p, use in anatomy.pointers.items():
        use.load_passes = pass_count(walker.load_passes.get(p, set()))
        use.store_passes = pass_count(walker.store_passes.get(p, set()))
    unresolved = sorted(n for n in walker.unresolved if anatomy.constexprs.get(n) is None and n in consts)
    if unresolved:
        anatomy.notes.append(f"constexpr {', '.join(unresolved)} unknown: both branches counted")
    # Order pointers as the signature lists them.
    anatomy.pointers = {p: anatomy.pointers[p] for p in params if p in anatomy.pointers}
    return anatomy


def pass_count(keys: set[Any]) -> int:
    """Loops that touch the pointer; a straight-line access alone is one pass. A straight-line load
    beside a loop (the prologue of a software-pipelined loop) is part of the loop's pass."""
    loops = {k for k in keys if k != "straight"}
    return len(loops) or (1 if keys else 0)

