"""DPO from logits (handwritten/preference_loss_logits.py) against float64 eager + autograd:
the loss and the gradient w.r.t. the (2B, T, V) logits, written into a NaN-poisoned buffer, on
fresh random inputs (prompt and padding tokens labelled -100); vocabularies not powers of two,
one token, one pair; 32K vocabularies on the GPU."""

import pytest
import torch

from experiments import preference_loss_logits as exp
from handwritten.preference_loss_logits import preference_loss_logits
from inspector.core.policy import assert_close, compare, poison, upcast
from inspector.bench.providers import training_step

DTYPES = [torch.float32, torch.bfloat16, torch.float16]
DTYPE_IDS = lambda d: str(d).removeprefix("torch.")  # noqa: E731
SHAPE_IDS = lambda s: "x".join(map(str, s))  # noqa: E731


def reference(inputs):
    return training_step(exp.eager, exp.GRAD_INPUTS)(*(upcast(t) for t in inputs))


def run(inputs, dtype, **kwargs):
    grad_out = poison(inputs[0].shape, dtype, inputs[0].device)
    loss, grad = preference_loss_logits(*inputs, grad_out=grad_out, **kwargs)
    assert grad is grad_out and loss.shape == () and loss.dtype == torch.float32
    ref_loss, ref_grad = reference(inputs) if not kwargs else (None, None)
    if ref_loss is not None:
        lt, gt = exp.SPEC.tolerance(dtype), exp.grad_tolerance(dtype, inputs)
        assert_close(loss, ref_loss, lt.atol, lt.rtol)
        assert_close(grad, ref_grad, gt.atol, gt.rtol)
    return loss, grad


@pytest.mark.parametrize("dtype", DTYPES, ids=DTYPE_IDS)
@pytest.mark.parametrize("shape", [(1, 1, 1), (1, 130, 64), (2, 24, 1003), (3, 7, 5000)], ids=SHAPE_IDS)
def test_matches_eager(shape, dtype, device):
    run(exp.SPEC.make_inputs(shape, dtype, device, None), dtype)


@pytest.mark.gpu
@pytest.mark.parametrize("dtype", DTYPES, ids=DTYPE_IDS)
@pytest.mark.parametrize("shape", [(4, 1024, 32000), (2, 333, 50257), (65, 17, 4096)], ids=SHAPE_IDS)
def test_matches_eager_large(shape, dtype, device):
    run(exp.SPEC.make_inputs(shape, dtype, device, None), dtype)


def test_prompt_and_padding_tokens_have_zero_gradient_and_no_weight(device):
    logits, labels, ref = exp.SPEC.make_inputs((2, 40, 300), torch.float32, device, None)
    ignored = labels == exp.IGNORE_INDEX
    assert ignored.any() and (~ignored).any()
    loss, grad = run((logits, labels, ref), torch.float32)
    assert not grad[ignored].any()
    changed = logits.clone()
    changed[ignored] = 50.0  # what sits under an ignored label does not change the loss
    assert_close(run((changed, labels, ref), torch.float32)[0], loss, 1e-6, 1e-6)


def test_every_token_ignored_gives_the_reference_margin_only(device):
    logits, labels, ref = exp.SPEC.make_inputs((2, 8, 100), torch.float32, device, None)
    labels = torch.full_like(labels, exp.IGNORE_INDEX)
    loss, grad = run((logits, labels, ref), torch.float32)
    z = exp.BETA * (-ref[:2] + ref[2:])  # sequence log-probs are all 0
    assert_close(loss, torch.nn.functional.softplus(-z.double()).mean(), 1e-6, 1e-6)
    assert not grad.any()


def test_saturated_margins_stay_finite(device):
    logits, labels, ref = exp.SPEC.make_inputs((2, 16, 200), torch.float32, device, None)
    for shift in (1e5, -1e5):  # z = +-1e4: sigmoid saturates both ways
        shifted = ref.clone()
        shifted[:2] -= shift
        loss, grad = run((logits, labels, shifted), torch.float32)
        assert torch.isfinite(loss) and torch.isfinite(grad).all()


def test_logits_far_from_zero_keep_softmax_precision(device):
    """Logits of 3e4 + N(0, 2) (softmax is shift-invariant): the gradient, c (onehot - p), keeps
    fp32's precision in every p. The token kernel hands the row's max and log-sum to the gradient
    kernel apart; their sum in one fp32 number has a step of ~2e-3 near 3e4."""
    logits, labels, ref = exp.SPEC.make_inputs((2, 8, 1003), torch.float32, device, None)
    logits = torch.randn_like(logits) * 2 + 3e4
    grad_out = poison(logits.shape, torch.float32, device)
    loss, grad = preference_loss_logits(logits, labels, ref, grad_out=grad_out)
    ref_loss, ref_grad = reference((logits, labels, ref))
    assert_close(loss, ref_loss, 1e-6, 1e-4)
    assert_close(grad, ref_grad, 1e-9, 1e-4)


def test_beta_changes_the_loss_as_eager_does(device):
    inputs = exp.SPEC.make_inputs((2, 16, 200), torch.float32, device, None)
    loss, grad = run(inputs, torch.float32, beta=0.5)
    logits, labels, ref = (upcast(t) for t in inputs)
    leaf = logits.detach().requires_grad_()
    seq = exp.sequence_logps(leaf, labels)
    want = torch.nn.functional.softplus(-0.5 * ((seq[:2] - ref[:2]) - (seq[2:] - ref[2:]))).mean()
    (want_grad,) = torch.autograd.grad(want, leaf)
    assert compare(loss, want, 1e-6, 1e-5).passed and compare(grad, want_grad, 1e-9, 1e-4).passed


def test_a_label_out_of_range_gives_nan(device):
    logits, labels, ref = exp.SPEC.make_inputs((1, 8, 50), torch.float32, device, None)
    labels[0, -1] = 50
    loss, _ = preference_loss_logits(logits, labels, ref)
    assert torch.isnan(loss)


@pytest.mark.parametrize("change, error, words", [
    (dict(logits=torch.zeros(3, 4, 5)), ValueError, r"\(2B, T, V\)"),
    (dict(logits=torch.zeros(2, 4, 5, dtype=torch.float64)), TypeError, "dtype must be"),
    (dict(labels=torch.zeros(2, 5, dtype=torch.int64)), ValueError, "labels must be contiguous with shape"),
    (dict(labels=torch.zeros(2, 4)), TypeError, "int64 or int32"),
    (dict(ref_logps=torch.zeros(2, dtype=torch.float16)), TypeError, "float32"),
    (dict(ref_logps=torch.zeros(3)), ValueError, r"shape \(2,\)"),
    (dict(beta=0.0), ValueError, "beta must be a positive number"),
    (dict(logits=torch.zeros(2, 5, 4).transpose(1, 2)), ValueError, "contiguous in its last dim"),
])
def test_bad_input_is_a_clear_error(change, error, words, device):
    args = dict(logits=torch.zeros(2, 4, 5), labels=torch.zeros(2, 4, dtype=torch.int64), ref_logps=torch.zeros(2))
    args.update(change)
    args = {k: v.to(device) if isinstance(v, torch.Tensor) else v for k, v in args.items()}
    beta = args.pop("beta", exp.BETA)
    with pytest.raises(error, match=words):
        preference_loss_logits(args["logits"], args["labels"], args["ref_logps"], beta=beta)


def test_the_bytes_model_and_the_tolerance_scale():
    assert exp.bytes_moved((1, 2, 10), torch.bfloat16) == 3 * 2 * 2 * 10 * 2 + 2 * 2 * 8 + 2 * 4 + 4
    inputs = exp.SPEC.make_inputs((4, 8, 16), torch.bfloat16, "cpu", None)
    assert exp.grad_tolerance(torch.bfloat16, inputs).atol < exp.BETA / 4 * 1e-3  # far below |c| = beta / B
