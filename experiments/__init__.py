"""The experiment registry: one entry per file in this folder, keyed by the file stem (the CLI name).

Register a new experiment here; tests/test_experiments.py checks that folder and registry agree.
"""

from experiments import (
    layernorm_gelu,
    matmul_relu,
    rmsnorm,
    silu,
    silu_sigmoid,
    softmax_dropout,
    swiglu,
)
from experiments._spec import Experiment

REGISTRY: dict[str, Experiment] = {
    module.SPEC.name: module.SPEC
    for module in (layernorm_gelu, softmax_dropout, rmsnorm, silu, silu_sigmoid, swiglu, matmul_relu)
}


def get(name: str) -> Experiment:
    """The experiment called `name`; KeyError with close matches in its message otherwise."""
    try:
        return REGISTRY[name]
    except KeyError:
        import difflib

        close = difflib.get_close_matches(name, REGISTRY, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(REGISTRY)}"
        raise KeyError(f"unknown experiment {name!r}{hint}") from None


def load(ref: str) -> Experiment:
    """A registered name, or 'package.module:ATTR' / 'path/to/file.py:ATTR' naming an Experiment.

    Raises KeyError (unknown name), or ValueError saying what is wrong with the reference.
    """
    if ":" not in ref:
        return get(ref)
    import importlib
    import importlib.util
    from pathlib import Path

    target, _, attr = ref.rpartition(":")
    if target.endswith(".py"):
        path = Path(target)
        if not path.is_file():
            raise ValueError(f"no such file: {target}")
        module_spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
    else:
        import os
        import sys

        if os.getcwd() not in sys.path:  # like `python -m`: modules under the current folder
            sys.path.insert(0, os.getcwd())
        try:
            module = importlib.import_module(target)
        except ImportError as exc:
            raise ValueError(f"cannot import {target}: {exc}") from None
    if not hasattr(module, attr):
        raise ValueError(f"{target} has no attribute {attr!r}")
    spec = getattr(module, attr)
    if not isinstance(spec, Experiment):
        raise ValueError(f"{ref} is a {type(spec).__name__}, not an experiments.Experiment")
    return spec
