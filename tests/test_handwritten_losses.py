"""Handwritten fused loss kernels (forward + backward in one call) against float64 eager + autograd.

Each launcher returns (loss, grad) from fresh random inputs (experiments/<name>.py's make_inputs);
the reference is the experiment's eager function run in float64 on the same (upcast) inputs and
differentiated with torch.autograd. The loss is compared within SPEC.tolerance(dtype), the
gradient (written into a NaN-poisoned buffer) within the experiment's grad_tolerance, whose atol
is relative to the gradient's scale (1/n, 1/count, beta/B): the default atol would pass anything.
Shapes: one row, three rows, 301 or 781 rows, vocabularies 1000 and 5003 (several chunks of 4096);
vocabularies of 32K-128K (including Llama 3's 128256) run on the GPU only.
"""

import pytest
import torch

from experiments import cross_entropy as ce_exp
from experiments import mse_loss as mse_exp
from experiments import preference_loss as pref_exp
from handwritten.cross_entropy import cross_entropy
from handwritten.mse_loss import mse_loss
from handwritten.preference_loss import preference_loss
from inspector.core.policy import assert_close, poison

DTYPES = [torch.float32, torch.bfloat16, torch.float16]
DTYPE_IDS = lambda d: str(d).removeprefix("torch.")  # noqa: E731
SHAPE_IDS = lambda s: "x".join(map(str, s))  # noqa: E731


def reference(eager, inputs, wrt):
    """Float64 loss and gradients of eager w.r.t. the inputs at positions `wrt`."""
    ref_inputs = [t.detach().double() if t.is_floating_point() else t for t in inputs]
    leaves = [ref_inputs[i].requires_grad_() for i in wrt]
    loss = eager(*ref_inputs)
    return loss.detach(), torch.autograd.grad(loss, leaves)


def check_loss(spec, loss, ref_loss, dtype):
    assert loss.shape == () and loss.dtype == dtype
    tol = spec.tolerance(dtype)
    assert_close(loss, ref_loss, tol.atol, tol.rtol)


# ---- mse_loss ---------------------------------------------------------------------------------

def run_mse(shape, dtype, device):
    pred, target = mse_exp.SPEC.make_inputs(shape, dtype, device, None)
    grad_out = poison(pred.shape, dtype, device)
    loss, grad = mse_loss(pred, target, grad_out=grad_out)
    assert grad is grad_out
    ref_loss, (ref_grad,) = reference(mse_exp.SPEC.eager, (pred, target), mse_exp.GRAD_INPUTS)
    check_loss(mse_exp.SPEC, loss, ref_loss, dtype)
    gtol = mse_exp.grad_tolerance(dtype, pred.numel())
    assert_close(grad, ref_grad, gtol.atol, gtol.rtol)


@pytest.mark.parametrize("dtype", DTYPES, ids=DTYPE_IDS)
@pytest.mark.parametrize("shape", [(1, 1), (3, 781), (781, 33), (2, 3, 1823)], ids=SHAPE_IDS)
def test_mse_matches_eager(shape, dtype, device):
    run_mse(shape, dtype, device)


@pytest.mark.gpu
@pytest.mark.parametrize("dtype", DTYPES, ids=DTYPE_IDS)
@pytest.mark.parametrize("shape", [(8192, 4096), (4099, 1000)], ids=SHAPE_IDS)
def test_mse_matches_eager_large(shape, dtype, device):
    run_mse(shape, dtype, device)


def test_mse_allocates_its_gradient(device):
    pred, target = mse_exp.SPEC.make_inputs((3, 100), torch.float32, device, None)
    loss, grad = mse_loss(pred, target)
    ref_loss, (ref_grad,) = reference(mse_exp.SPEC.eager, (pred, target), mse_exp.GRAD_INPUTS)
    assert grad.shape == pred.shape and grad.dtype == pred.dtype
    gtol = mse_exp.grad_tolerance(torch.float32, pred.numel())
    assert_close(grad, ref_grad, gtol.atol, gtol.rtol)


# ---- cross_entropy ----------------------------------------------------------------------------

def run_ce(shape, dtype, device, ignored=0, inplace=False):
    logits, labels = ce_exp.SPEC.make_inputs(shape, dtype, device, None)
    if ignored:
        labels[torch.randperm(shape[0], device=device)[:ignored]] = ce_exp.IGNORE_INDEX
    ref_loss, (ref_grad,) = reference(ce_exp.SPEC.eager, (logits, labels), ce_exp.GRAD_INPUTS)
    if inplace:
        loss, grad = cross_entropy(logits, labels, inplace=True)
        assert grad is logits
    else:
        grad_out = poison(shape, dtype, device)
        loss, grad = cross_entropy(logits, labels, grad_out=grad_out)
        assert grad is grad_out
    check_loss(ce_exp.SPEC, loss, ref_loss, dtype)
    count = int((labels != ce_exp.IGNORE_INDEX).sum())
    gtol = ce_exp.grad_tolerance(dtype, count)
    assert_close(grad, ref_grad, gtol.atol, gtol.rtol)
    # each counted row of (softmax - onehot) / count sums to 0; ignored rows are exactly 0
    assert torch.equal(grad[labels == ce_exp.IGNORE_INDEX].float(), torch.zeros(ignored, shape[1], device=device))


@pytest.mark.parametrize("dtype", DTYPES, ids=DTYPE_IDS)
@pytest.mark.parametrize("shape", [(1, 1000), (3, 5003), (301, 97), (5, 4096)], ids=SHAPE_IDS)
def test_cross_entropy_matches_eager(shape, dtype, device):
    run_ce(shape, dtype, device)


@pytest.mark.parametrize("dtype", DTYPES, ids=DTYPE_IDS)
def test_cross_entropy_ignore_index(dtype, device):
    run_ce((13, 1000), dtype, device, ignored=5)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=DTYPE_IDS)
def test_cross_entropy_in_place(dtype, device):
    run_ce((7, 5003), dtype, device, ignored=2, inplace=True)


@pytest.mark.filterwarnings("ignore:divide by zero:RuntimeWarning", "ignore:invalid value:RuntimeWarning")
def test_cross_entropy_all_ignored_is_nan_with_zero_gradient(device):
    logits, labels = ce_exp.SPEC.make_inputs((4, 1000), torch.float32, device, None)
    labels.fill_(ce_exp.IGNORE_INDEX)
    loss, grad = cross_entropy(logits, labels, grad_out=poison(logits.shape, logits.dtype, device))
    assert torch.isnan(ce_exp.SPEC.eager(logits, labels)) and torch.isnan(loss)
    assert torch.equal(grad, torch.zeros_like(logits))


def test_cross_entropy_custom_ignore_index(device):
    logits, labels = ce_exp.SPEC.make_inputs((6, 1000), torch.float32, device, None)
    labels[2] = 7
    loss, grad = cross_entropy(logits, labels, ignore_index=7)
    ref = torch.nn.functional.cross_entropy(logits.double(), labels, ignore_index=7)
    assert_close(loss, ref, 1e-6, 1e-4)
    assert torch.equal(grad[2], torch.zeros(1000, device=device))


def test_cross_entropy_bad_label_gives_nan(device):
    logits, labels = ce_exp.SPEC.make_inputs((3, 1000), torch.float32, device, None)
    labels[1] = 1000  # one past the vocabulary: eager raises a device assert, the kernel NaNs
    loss, grad = cross_entropy(logits, labels)
    assert torch.isnan(loss)
    assert torch.isnan(grad[1]).all() and torch.isfinite(grad[[0, 2]]).all()


def test_cross_entropy_extreme_logits(device):
    """Logits of +-1e4 (fp32): the online logsumexp must not overflow exp."""
    logits = torch.randn(3, 5003, device=device) * 1e4
    labels = torch.randint(0, 5003, (3,), device=device)
    loss, grad = cross_entropy(logits, labels)
    ref_loss, (ref_grad,) = reference(ce_exp.SPEC.eager, (logits, labels), ce_exp.GRAD_INPUTS)
    assert_close(loss, ref_loss, 1e-6, 1e-4)
    assert_close(grad, ref_grad, 1e-6 / 3, 1e-4)


def test_cross_entropy_far_from_zero_keeps_softmax_precision(device):
    """Logits of 3e4 + N(0, 2): softmax is shift-invariant, so every probability must hold fp32's
    precision. A logsumexp rounded into one fp32 number near 3e4 (a step of ~2e-3) would put up
    to ~1e-3 of relative error into every one of them."""
    logits = torch.randn(4, 1003, device=device) * 2 + 3e4
    labels = torch.randint(0, 1003, (4,), device=device)
    loss, grad = cross_entropy(logits, labels)
    ref_loss, (ref_grad,) = reference(ce_exp.SPEC.eager, (logits, labels), ce_exp.GRAD_INPUTS)
    assert_close(loss, ref_loss, 1e-6, 1e-4)
    assert_close(grad, ref_grad, 1e-9, 1e-4)


@pytest.mark.gpu
@pytest.mark.parametrize("dtype", DTYPES, ids=DTYPE_IDS)
@pytest.mark.parametrize("shape", [(256, 32768), (129, 50257), (64, 65536), (33, 128256), (16, 131072)],
                         ids=SHAPE_IDS)
def test_cross_entropy_large_vocab(shape, dtype, device):
    run_ce(shape, dtype, device, ignored=3)


# ---- preference_loss --------------------------------------------------------------------------

def run_pref(batch, dtype, device):
    inputs = pref_exp.SPEC.make_inputs((batch,), dtype, device, None)
    outs = poison((batch,), dtype, device), poison((batch,), dtype, device)
    loss, (gc, gr) = preference_loss(*inputs, grad_chosen_out=outs[0], grad_rejected_out=outs[1])
    assert gc is outs[0] and gr is outs[1]
    ref_loss, (ref_gc, ref_gr) = reference(pref_exp.SPEC.eager, inputs, pref_exp.GRAD_INPUTS)
    check_loss(pref_exp.SPEC, loss, ref_loss, dtype)
    gtol = pref_exp.grad_tolerance(dtype, batch)
    assert_close(gc, ref_gc, gtol.atol, gtol.rtol)
    assert_close(gr, ref_gr, gtol.atol, gtol.rtol)


@pytest.mark.parametrize("dtype", DTYPES, ids=DTYPE_IDS)
@pytest.mark.parametrize("batch", [1, 3, 781, 5000])
def test_preference_matches_eager(batch, dtype, device):
    run_pref(batch, dtype, device)


@pytest.mark.gpu
@pytest.mark.parametrize("dtype", DTYPES, ids=DTYPE_IDS)
@pytest.mark.parametrize("batch", [2**23, 1_000_003])
def test_preference_matches_eager_large(batch, dtype, device):
    run_pref(batch, dtype, device)


def test_preference_saturated_margins(device):
    """Margins of +-1e4 / beta: softplus and sigmoid must neither overflow nor lose the tail."""
    z = torch.tensor([-1e4, -50.0, -1.0, 0.0, 1.0, 50.0, 1e4], device=device)
    zero = torch.zeros_like(z)
    inputs = (z / pref_exp.BETA, zero, zero, zero)
    loss, (gc, gr) = preference_loss(*inputs)
    ref_loss, (ref_gc, ref_gr) = reference(pref_exp.SPEC.eager, inputs, pref_exp.GRAD_INPUTS)
    assert_close(loss, ref_loss, 1e-6, 1e-5)
    assert_close(gc, ref_gc, 1e-9, 1e-5)
    assert_close(gr, ref_gr, 1e-9, 1e-5)


def test_preference_beta(device):
    inputs = pref_exp.SPEC.make_inputs((100,), torch.float32, device, None)
    loss, (gc, _) = preference_loss(*inputs, beta=0.5)
    pc, pr, rc, rr = (t.double() for t in inputs)
    z = 0.5 * ((pc - rc) - (pr - rr))
    assert_close(loss, -torch.nn.functional.logsigmoid(z).mean(), 1e-6, 1e-5)
    assert_close(gc, -0.5 * torch.sigmoid(-z) / 100, 1e-9, 1e-5)


# ---- input validation -------------------------------------------------------------------------

def _args(name, device, dtype=torch.float32):
    if name == "mse_loss":
        return list(mse_exp.SPEC.make_inputs((4, 64), dtype, device, None))
    if name == "cross_entropy":
        return list(ce_exp.SPEC.make_inputs((4, 64), dtype, device, None))
    return list(pref_exp.SPEC.make_inputs((64,), dtype, device, None))


LAUNCHERS = {"mse_loss": mse_loss, "cross_entropy": cross_entropy, "preference_loss": preference_loss}


@pytest.mark.parametrize("name", list(LAUNCHERS))
def test_rejects_bad_float_dtype_and_non_tensor(name, device):
    args = _args(name, device)
    for bad in (args[0].double(), args[0].to(torch.int32)):
        with pytest.raises(TypeError, match="dtype must be float32"):
            LAUNCHERS[name](*([bad] + args[1:]))
    with pytest.raises(TypeError, match="torch.Tensor"):
        LAUNCHERS[name](*([args[0].tolist()] + args[1:]))


@pytest.mark.parametrize("name", list(LAUNCHERS))
def test_rejects_mismatched_shapes(name, device):
    args = _args(name, device)
    args[1] = args[1][:-1].contiguous()
    with pytest.raises(ValueError, match="shape"):
        LAUNCHERS[name](*args)


@pytest.mark.parametrize("name", ["mse_loss", "cross_entropy"])
def test_rejects_non_contiguous(name, device):
    args = _args(name, device)
    args[0] = torch.randn(64, 4, device=device).t()
    with pytest.raises(ValueError, match="contiguous"):
        LAUNCHERS[name](*args)


@pytest.mark.parametrize("name", list(LAUNCHERS))
def test_rejects_empty(name, device):
    args = _args(name, device)
    args = [t[:0] for t in args]
    with pytest.raises(ValueError, match="empty"):
        LAUNCHERS[name](*args)


def test_rejects_bad_grad_out(device):
    pred, target = _args("mse_loss", device)
    with pytest.raises(ValueError, match="out must have"):
        mse_loss(pred, target, grad_out=torch.empty(4, 63, device=device))
    logits, labels = _args("cross_entropy", device)
    with pytest.raises(ValueError, match="out must have"):
        cross_entropy(logits, labels, grad_out=torch.empty(4, 64, device=device, dtype=torch.float16))
    with pytest.raises(ValueError, match="not both"):
        cross_entropy(logits, labels, grad_out=torch.empty_like(logits), inplace=True)


def test_cross_entropy_rejects_bad_labels(device):
    logits, labels = _args("cross_entropy", device)
    with pytest.raises(TypeError, match="int64 or int32"):
        cross_entropy(logits, labels.float())
    with pytest.raises(ValueError, match=r"labels must have shape \(4,\)"):
        cross_entropy(logits, labels[:3])
    with pytest.raises(ValueError, match="rows, vocab"):
        cross_entropy(logits[0], labels)
    with pytest.raises(TypeError, match="ignore_index"):
        cross_entropy(logits, labels, ignore_index=-100.0)


def test_preference_rejects_bad_beta(device):
    args = _args("preference_loss", device)
    for beta in (0.0, -0.1, "0.1", None):
        with pytest.raises(ValueError, match="beta must be"):
            preference_loss(*args, beta=beta)


@pytest.mark.parametrize("name", list(LAUNCHERS))
def test_rejects_unsupported_device(name):
    with pytest.raises(ValueError, match="device"):
        LAUNCHERS[name](*_args(name, "meta"))


@pytest.mark.parametrize("name", list(LAUNCHERS))
def test_cpu_needs_interpreter(name, monkeypatch):
    monkeypatch.delenv("TRITON_INTERPRET", raising=False)
    with pytest.raises(ValueError, match="TRITON_INTERPRET=1"):
        LAUNCHERS[name](*_args(name, "cpu"))


def test_specs_model_the_fused_traffic():
    """bytes_moved counts inputs read once, gradients written once, the loss; GPU defaults exceed L2."""
    bf16 = torch.bfloat16
    assert mse_exp.SPEC.bytes_moved((8, 16), bf16) == 3 * 8 * 16 * 2 + 2
    assert ce_exp.SPEC.bytes_moved((8, 1000), bf16) == 2 * 8 * 1000 * 2 + 8 * 8 + 2
    assert pref_exp.SPEC.bytes_moved((100,), bf16) == 6 * 100 * 2 + 2
    m, v = ce_exp.SPEC.default_shape("cuda")
    assert m * v * 2 >= 64 * 2**20 and 32768 <= v <= 131072
    for spec in (mse_exp.SPEC, ce_exp.SPEC, pref_exp.SPEC):
        assert spec.supports_backward and spec.handwritten_launcher() is not None
        assert spec.bytes_moved(spec.default_shape("cuda"), bf16) > 50 * 2**20
        for dtype in spec.dtypes:
            tol = spec.tolerance(dtype)
            assert 0 < tol.atol < 0.1 and 0 < tol.rtol < 0.1
