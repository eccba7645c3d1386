"""What `inspect run` compiles: a built-in experiment, or the user's own code named by reference.

References: `path/to/file.py:NAME` or `package.module:NAME`. NAME is either an
`experiments.Experiment`, or a callable with no required arguments that returns `(fn, args)` or
`(fn, args, kwargs)`, `fn` any callable or `nn.Module`. The callable may accept `device` (then it
places its tensors itself) and `shape` (then `--shape/--shapes` reach it; its default is the
default shape).

Two steps, so that the parent process never runs user code:
- `check_ref` (parent): the file or module exists and defines NAME at top level (read with `ast`,
  not imported); gives the capture folder name `<file-stem>.<NAME>`.
- `load_target` (capture subprocess): imports the module, calls NAME, checks what it returned and
  wraps it as an Experiment; user code that raises becomes a TargetError carrying the user's own
  traceback (the frames of this module cut off).
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
import os
import re
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector.store import short_name

if TYPE_CHECKING:  # torch and the experiments are imported where user code is loaded: the
    import torch  # parent of `inspect run` only checks references and never imports torch

    from experiments._spec import Experiment


ANY_SHAPE = ("dims",)  # shape_names of a user factory that takes `shape`: any number of dims


class TargetError(Exception):
    """The reference cannot be compiled: message for the user, plus their traceback if their code raised."""

    def __init__(self, message: str, user_traceback: str | None = None):
        super().__init__(message)
        self.user_traceback = user_traceback

    def where(self) -> str | None:
        """The deepest frame of the user's traceback as `file.py:LINE in FUNCTION` (None without one)."""
        frames = re.findall(r'File "([^"]+)", line (\d+), in (\S+)', self.user_traceback or "")
        if not frames:
            return None
        path, line, function = frames[-1]
        return f"{Path(path).name}:{line} in {function}"


@dataclass(frozen=True)
class Ref:
    text: str
    target: str  # file path or module name
    attr: str
    path: Path  # the source file

    @property
    def folder(self) -> str:
        """<file-stem>.<NAME>, cut to a short name with a hash when long (a 240-character stem)."""
        return short_name(f"{self.path.stem}.{self.attr}")


def is_ref(name: str) -> bool:
    return ":" in name


def check_ref(text: str) -> Ref:
    """Static checks of a 'file.py:NAME' / 'module:NAME' reference; TargetError says what is wrong."""
    target, _, attr = text.rpartition(":")
    if not target or not attr.isidentifier():
        raise TargetError(f"{text!r} is not FILE.py:NAME or package.module:NAME")
    if target.endswith(".py"):
        path = Path(target)
        if not path.is_file():
            raise TargetError(f"no such file: {target}")
    else:
        if os.getcwd() not in sys.path:  # like `python -m`: modules under the current folder
            sys.path.insert(0, os.getcwd())
        try:
            spec = importlib.util.find_spec(target)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.origin or not spec.origin.endswith(".py"):
            raise TargetError(f"cannot find module {target!r} (is it on PYTHONPATH, or under the current folder?)")
        path = Path(spec.origin)
    try:
        tree = ast.parse(path.read_text(), filename=str(path))
    except SyntaxError as exc:
        raise TargetError(f"{path} does not parse: {exc}") from None
    if attr not in _top_level_names(tree):
        known = sorted(n for n in _top_level_names(tree) if not n.startswith("_"))
        raise TargetError(f"{path} defines no {attr!r} at top level" + (f" (it defines: {', '.join(known[:12])})" if known else ""))
    return Ref(text, target, attr, path)


def _top_level_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def folder_name(name: str) -> str:
    """The capture folder for a built-in name or a reference."""
    return check_ref(name).folder if is_ref(name) else name


def _user_traceback(exc: BaseException) -> str:
    """The traceback of the user's exception without this module's frames."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).resolve() != Path(__file__).resolve()]
    return "".join(traceback.format_list(frames)) + "".join(traceback.format_exception_only(type(exc), exc))


def _import(ref: Ref):
    try:
        if ref.target.endswith(".py"):
            spec = importlib.util.spec_from_file_location(ref.path.stem, ref.path)
            module = importlib.util.module_from_spec(spec)
            sys.modules.setdefault(ref.path.stem, module)
            spec.loader.exec_module(module)
            return module
        return importlib.import_module(ref.target)
    except Exception as exc:
        raise TargetError(f"importing {ref.path} raised {type(exc).__name__}: {exc}", _user_traceback(exc)) from None


def load_target(name: str, device: str) -> Experiment:
    """The Experiment to compile for a built-in name or a reference (runs user code)."""
    import experiments
    from experiments._spec import Experiment

    if not is_ref(name):
        return experiments.get(name)
    ref = check_ref(name)
    value = getattr(_import(ref), ref.attr)
    if isinstance(value, Experiment):
        return value
    if not callable(value):
        raise TargetError(f"{ref.text} is a {type(value).__name__}: expected a function returning (fn, args) or (fn, args, kwargs), or an experiments.Experiment")
    params = _parameters(value)
    factory = Factory(ref, value, "device" in params, "shape" in params)
    default_shape = params["shape"].default if "shape" in params else None
    if default_shape is inspect.Parameter.empty:
        default_shape = None
    fn, args, kwargs = factory.make(device, tuple(default_shape) if default_shape else None)
    return user_experiment(ref, fn, args, kwargs, factory if factory.takes_shape else None, default_shape)


@dataclass(frozen=True)
class Factory:
    """The user's NAME callable, called with what it accepts; its result checked and placed."""

    ref: Ref
    fn: Any
    takes_device: bool
    takes_shape: bool

    def make(self, device: str, shape: tuple | None) -> tuple[Any, tuple, dict]:
        kwargs: dict[str, Any] = {}
        if self.takes_device:
            kwargs["device"] = device
        if self.takes_shape and shape is not None:
            kwargs["shape"] = tuple(shape)
        try:
            made = self.fn(**kwargs)
        except Exception as exc:
            raise TargetError(f"{self.ref.text} raised {type(exc).__name__}: {exc}", _user_traceback(exc)) from None
        fn, args, fn_kwargs = _unpack(self.ref, made)
        if not self.takes_device:
            fn, args, fn_kwargs = _to_device(fn, device), _to_device(args, device), _to_device(fn_kwargs, device)
        return fn, tuple(args), dict(fn_kwargs)


def _parameters(fn) -> dict:
    try:
        return dict(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return {}


def _unpack(ref: Ref, made: Any) -> tuple[Any, tuple, dict]:
    shape = "a tuple (fn, args) or (fn, args, kwargs)"
    if not isinstance(made, tuple) or len(made) not in (2, 3):
        raise TargetError(f"{ref.text}() returned {type(made).__name__}; expected {shape}")
    fn, args = made[0], made[1]
    kwargs = made[2] if len(made) == 3 else {}
    if not callable(fn):
        raise TargetError(f"{ref.text}() returned a {type(fn).__name__} as fn; expected a callable or nn.Module")
    if not isinstance(args, (tuple, list)):
        raise TargetError(f"{ref.text}() returned {type(args).__name__} as args; expected a tuple or list")
    if not isinstance(kwargs, dict):
        raise TargetError(f"{ref.text}() returned {type(kwargs).__name__} as kwargs; expected a dict")
    return fn, tuple(args), kwargs


def _to_device(value: Any, device: str) -> Any:
    import torch

    if isinstance(value, (torch.Tensor, torch.nn.Module)):
        return value.to(device)
    if isinstance(value, (tuple, list)):
        return type(value)(_to_device(v, device) for v in value)
    if isinstance(value, dict):
        return {k: _to_device(v, device) for k, v in value.items()}
    return value


def _first_float(values) -> torch.dtype:
    import torch

    for v in values:
        if isinstance(v, torch.Tensor) and v.is_floating_point():
            return v.dtype
    return torch.float32


def _parameters_of(fn) -> list:
    """The parameters of fn when it is an nn.Module or a bound method of one (a bf16 model called
    on int64 token ids runs in bf16), else none."""
    import torch

    owner = fn if isinstance(fn, torch.nn.Module) else getattr(fn, "__self__", None)  # a module or its bound method
    return list(owner.parameters()) if isinstance(owner, torch.nn.Module) else []


def user_experiment(ref: Ref, fn, args: tuple, kwargs: dict, factory: Factory | None = None, default_shape=None) -> Experiment:
    """Wrap user code as an Experiment, compared with eager at the same precision (a float64
    reference cannot be made for arbitrary code and modules). With a shape-taking factory, new
    inputs come from calling it again (the same fn is kept, so the compiled function is reused)."""
    import torch

    from experiments._spec import DEFAULT_TOLERANCES, Experiment

    parameters = _parameters_of(fn)
    dtype = _first_float([*args, *parameters])

    def make_inputs(shape, dtype_, device, generator=None):
        if factory is None or not shape or tuple(shape) == tuple(default_shape or ()):
            return args
        return factory.make(device, tuple(shape))[1]

    def eager(*inputs):
        return fn(*inputs, **kwargs)

    def check(out, inputs, _dtype):
        from inspector.core.policy import compare

        with torch.no_grad():
            want = eager(*inputs)
        out, want = _output_tensor(out), _output_tensor(want)
        tol = DEFAULT_TOLERANCES.get(want.dtype, DEFAULT_TOLERANCES[torch.float32])
        return compare(out, want, tol.atol, tol.rtol)

    # Inputs read once bound a function of its inputs; a model's traffic is its parameters and
    # activations, which no such count bounds (a GPT-2-small step measured 88 GB against 0.1 MB
    # of token ids): no bytes model there, rather than a ratio that says nothing.
    nbytes = None if parameters else sum(a.numel() * a.element_size() for a in args if isinstance(a, torch.Tensor))
    return Experiment(
        name=ref.folder,
        summary=f"user code {ref.text}",
        eager=eager,
        make_inputs=make_inputs,
        shape_names=ANY_SHAPE if factory else (),
        default_shapes={"cpu": tuple(default_shape or ()), "cuda": tuple(default_shape or ())},
        bytes_moved=lambda shape, dtype_: nbytes,
        flops=lambda shape: 0,
        expected_fusion="",
        default_dtypes={"cpu": dtype, "cuda": dtype},
        dtypes=(dtype,),
        supports_backward=True,
        check=check,
        grad_check="norm",  # any depth of model: relative L2 error per gradient (capture/checks.py)
    )


def _output_tensor(value: Any) -> torch.Tensor:
    """first_tensor, with a message for the user whose function returned no tensor."""
    from inspector.core.policy import first_tensor

    try:
        return first_tensor(value)
    except TypeError:
        raise TargetError(f"the function returned {type(value).__name__}, which holds no tensor to check") from None
