"""The experiment registry: one entry per file in this folder, keyed by the file stem (the CLI name).

Register a new experiment in _MODULES, then regenerate the torch-free catalog the CLI reads
(`python -m experiments._catalog`); tests/test_experiments.py checks that folder, registry and
catalog agree. REGISTRY is built on first use (PEP 562): importing this package imports no
experiment and no torch, so `inspect --help` and `inspect list` start fast.

Distributed experiments (a model built on each rank of `inspect run NAME --nproc N`) have their
own registry, DISTRIBUTED, of experiments._distributed.DistributedExperiment specs, built on first
use the same way; DISTRIBUTED_NAMES names them without importing anything.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from experiments import _catalog as catalog  # the torch-free catalog, public under this name (stdlib only)

if TYPE_CHECKING:
    from experiments._distributed import DistributedExperiment
    from experiments._spec import Experiment

_MODULES = (
    # the first five: row ops and matmul+ReLU
    "layernorm_gelu", "softmax_dropout", "rmsnorm", "silu", "silu_sigmoid", "swiglu", "matmul_relu",
    # the tutorial sequence: elementwise, fused add-mul, softmax, tiled matmul
    "vector_add", "vector_add_strided", "add_mul", "softmax", "matmul",
    # training side: losses and LayerNorm backward, with their gradients
    "mse_loss", "cross_entropy", "preference_loss", "preference_loss_logits", "layernorm_backward", "rmsnorm_backward",
    # advanced: attention with online softmax, int8 matmul
    "attention_lite", "int8_matmul",
    # where Inductor stops at a library call: the matmul epilogue, the LM head's loss
    "mm_gelu", "linear_cross_entropy",
    # models: a training step of a few GPT-2-style and Llama-style layers, no handwritten kernel
    "gpt2_block", "llama_block",
)
DISTRIBUTED_NAMES = ("ddp_mlp", "fsdp_mlp", "rank_divergence")  # module stem = name


def __getattr__(name: str) -> Any:
    if name == "REGISTRY":
        specs = (importlib.import_module(f"{__name__}.{module}").SPEC for module in _MODULES)
        registry: dict[str, Experiment] = {spec.name: spec for spec in specs}
        globals()["REGISTRY"] = registry
        return registry
    if name == "DISTRIBUTED":
        distributed: dict[str, DistributedExperiment] = {
            module: importlib.import_module(f"{__name__}.{module}").SPEC for module in DISTRIBUTED_NAMES}
        globals()["DISTRIBUTED"] = distributed
        return distributed
    if name == "Experiment":
        from experiments._spec import Experiment

        return Experiment
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def get(name: str) -> Experiment:
    """The experiment called `name`; KeyError with close matches in its message otherwise."""
    from experiments._catalog import unknown

    registry = globals().get("REGISTRY") or __getattr__("REGISTRY")
    try:
        return registry[name]
    except KeyError:
        if name in DISTRIBUTED_NAMES:
            raise KeyError(f"{name} is a distributed experiment: run it with `inspect run {name} --nproc N`") from None
        raise unknown(name, registry) from None
