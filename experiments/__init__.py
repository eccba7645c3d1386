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

