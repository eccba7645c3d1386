"""The experiment registry and every spec's contract."""

from pathlib import Path

import pytest
import torch

import experiments

FOLDER = Path(experiments.__file__).parent


def test_registry_matches_the_folder():
    files = {p.stem for p in FOLDER.glob("*.py") if not p.stem.startswith("_")}
    assert files == set(experiments.REGISTRY) | set(experiments.DISTRIBUTED)
    assert not set(experiments.REGISTRY) & set(experiments.DISTRIBUTED)
    for name, spec in {**experiments.REGISTRY, **experiments.DISTRIBUTED}.items():
        assert spec.name == name


@pytest.mark.parametrize("name", list(experiments.REGISTRY))
def test_spec_runs_on_cpu_and_models_bytes(name):
    spec = experiments.get(name)
    assert spec.expected_fusion.strip() and spec.summary
    shape = spec.default_shape("cpu")
    for dtype in spec.dtypes:
        inputs = spec.make_inputs(shape, dtype, "cpu", None)
        # the model experiments pass their model first: its parameters are floating inputs too
        tensors = [t for x in inputs for t in (x.parameters() if isinstance(x, torch.nn.Module) else (x,))]
        floats = [t.dtype for t in tensors if t.is_floating_point()]  # labels stay int64
        # each in the experiment's dtype, or fp32 where precision needs it (preference_loss_logits'
        # reference log-probs: sums of ~1000 token log-probs)
        assert dtype in floats and set(floats) <= {dtype, torch.float32}
        # random inputs, never zeros (a model's weight matrices; its biases and norm weights start at 0 and 1)
        drawn = [t for t in tensors if t.dim() > 1 or any(t is x for x in inputs)]
        assert all(t.abs().sum() > 0 for t in drawn), "inputs must never be zeros"
        out = spec.eager(*inputs)
        assert torch.isfinite(out.float()).all()
        assert spec.bytes_moved(shape, dtype) >= out.numel() * out.element_size()
        tol = spec.tolerance(dtype)
        assert 0 < tol.atol < 0.1 and 0 < tol.rtol < 0.1
    big = spec.default_shape("cuda")
    assert spec.bytes_moved(big, torch.bfloat16) > 50 * 2**20, "GPU default must exceed L2"


def test_fresh_inputs_each_call():
    spec = experiments.get("rmsnorm")
    a = spec.make_inputs((4, 64), torch.float32, "cpu", None)[0]
    b = spec.make_inputs((4, 64), torch.float32, "cpu", None)[0]
    assert not torch.equal(a, b)


def test_parse_shape():
    spec = experiments.get("matmul_relu")
    assert spec.parse_shape("128x64x32") == (128, 64, 32)
    for bad, message in (("128x64", "MxNxK"), ("axb", "integers"), ("0x1x2", "positive")):
        with pytest.raises(ValueError, match=message):
            spec.parse_shape(bad)


def test_unknown_name_suggests_close_matches():
    with pytest.raises(KeyError, match="did you mean layernorm_gelu"):
        experiments.get("layernorm_gleu")


def test_catalog_matches_the_registry():
    """catalog.json (what the CLI reads without torch) is regenerated from the registry:
    `python -m experiments._catalog` after adding or changing an experiment."""
    from experiments import _catalog

    assert _catalog.PATH.read_text() == _catalog.render()
    entries = _catalog.entries()
    assert list(entries) == list(experiments.REGISTRY)
    for name, spec in experiments.REGISTRY.items():
        entry = entries[name]
        assert entry.default_shape("cuda") == spec.default_shape("cuda")
        assert entry.parse_shape("3x4x5" if len(spec.shape_names) == 3 else "x".join(["7"] * len(spec.shape_names))) == \
            spec.parse_shape("3x4x5" if len(spec.shape_names) == 3 else "x".join(["7"] * len(spec.shape_names)))
    with pytest.raises(KeyError, match="did you mean layernorm_gelu"):
        _catalog.get("layernorm_gleu")
