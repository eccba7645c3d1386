"""The experiment registry: one entry per file in this folder, keyed by the file stem (the CLI name).

Register a new experiment here; tests/test_experiments.py checks that folder and registry agree.
Distributed experiments (a model built on each rank of `inspect run NAME --nproc N`) have their
own registry, DISTRIBUTED, of experiments._distributed.DistributedExperiment specs.
"""

from experiments import (
    add_mul,
    attention_lite,
    cross_entropy,
    ddp_mlp,
    fsdp_mlp,
    int8_matmul,
    layernorm_backward,
    layernorm_gelu,
    matmul,
    matmul_relu,
    mse_loss,
    preference_loss,
    preference_loss_logits,
    rank_divergence,
    rmsnorm,
    rmsnorm_backward,
    silu,
    silu_sigmoid,
    softmax,
    softmax_dropout,
    swiglu,
    vector_add,
    vector_add_strided,
)
from experiments._distributed import DistributedExperiment
from experiments._spec import Experiment

REGISTRY: dict[str, Experiment] = {
    module.SPEC.name: module.SPEC
    for module in (
        # the first five: row ops and matmul+ReLU
        layernorm_gelu, softmax_dropout, rmsnorm, silu, silu_sigmoid, swiglu, matmul_relu,
        # the tutorial sequence: elementwise, fused add-mul, softmax, tiled matmul
        vector_add, vector_add_strided, add_mul, softmax, matmul,
        # training side: losses and LayerNorm backward, with their gradients
        mse_loss, cross_entropy, preference_loss, preference_loss_logits, layernorm_backward, rmsnorm_backward,
        # advanced: attention with online softmax, int8 matmul
        attention_lite, int8_matmul,
    )
}

DISTRIBUTED: dict[str, DistributedExperiment] = {
    module.SPEC.name: module.SPEC for module in (ddp_mlp, fsdp_mlp, rank_divergence)
}


def get(name: str) -> Experiment:
    """The experiment called `name`; KeyError with close matches in its message otherwise."""
    try:
        return REGISTRY[name]
    except KeyError:
        import difflib

        if name in DISTRIBUTED:
            raise KeyError(f"{name} is a distributed experiment: run it with `inspect run {name} --nproc N`") from None
        close = difflib.get_close_matches(name, REGISTRY, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(REGISTRY)}"
        raise KeyError(f"unknown experiment {name!r}{hint}") from None

