"""handwritten.linear_cross_entropy against float64 autograd of the experiment's eager reference.

On the CPU the kernels run in the Triton interpreter (tiny shapes; 32-column tiles of E and a
64-wide block for fp16's row kernel, so V = 70 and 100 leave ragged last tiles, and a row's sum
comes from several partials). Every buffer the launcher allocates starts as NaN
(the `poisoned` fixture), so anything it fails to write shows, and NaN never passes.
"""

import pytest
import torch

from experiments.linear_cross_entropy import IGNORE_INDEX, SPEC
from handwritten._chunked import chunk_bounds, default_chunk_rows
from handwritten.linear_cross_entropy import linear_cross_entropy, tma_config
from handwritten.linear_cross_entropy_two_pass import linear_cross_entropy_two_pass
from inspector.bench import providers
from inspector.core.policy import assert_close

DTYPES = [torch.float32, torch.bfloat16, torch.float16]
IDS = lambda d: str(d).removeprefix("torch.")  # noqa: E731


@pytest.fixture
def poisoned(monkeypatch):
    """torch.empty / empty_like return NaN-filled floating tensors while the test runs."""
    empty, empty_like = torch.empty, torch.empty_like

    def fill(t):
        return t.fill_(float("nan")) if t.is_floating_point() else t

    monkeypatch.setattr(torch, "empty", lambda *a, **k: fill(empty(*a, **k)))
    monkeypatch.setattr(torch, "empty_like", lambda *a, **k: fill(empty_like(*a, **k)))


def reference(h, weight, targets):
    hs, ws = (t.detach().double().requires_grad_() for t in (h, weight))
    loss = SPEC.eager(hs, ws, targets)
    return (loss.detach(), *torch.autograd.grad(loss, (hs, ws)))


def set_logit(h, weight, row, column, value):
    """Makes the logit of (row, column) `value` (W's row `column` a multiple of h's row `row`): a
    row whose largest logit is far above its target's, past the window of E = exp(z - c)."""
    hf = h[row].double()
    weight[column] = (value * hf / hf.dot(hf)).to(weight.dtype)


def check(result, inputs, dtype):
    loss, dh, dw = result
    ref_loss, ref_dh, ref_dw = reference(*inputs)
    assert loss.dtype == dh.dtype == dw.dtype == dtype
    tol = SPEC.tolerance(dtype)
    assert_close(loss.reshape(1), ref_loss.reshape(1), tol.atol, tol.rtol)
    for got, want, rule in zip((dh, dw), (ref_dh, ref_dw), SPEC.grad_tolerance(dtype, inputs)):
        gtol = rule(want)
        assert 0 < gtol.atol < float(want.abs().max()), "a tolerance as large as the gradient passes zeros"
        assert_close(got, want, gtol.atol, gtol.rtol)


@pytest.mark.parametrize("dtype", DTYPES, ids=IDS)
@pytest.mark.parametrize("shape, chunk_rows", [((37, 100, 24), 16), ((37, 70, 16), None), ((1, 70, 16), None)],
                         ids=["37x100x24-3chunks", "37x70x16-1chunk", "1x70x16"])
def test_matches_float64(shape, chunk_rows, dtype, device, poisoned):
    inputs = SPEC.make_inputs(shape, dtype, device, None)
    inputs[2][0] = 5  # row 0 counted (make_inputs ignores every 16th row from row 0)
    check(linear_cross_entropy(*inputs, chunk_rows=chunk_rows), inputs, dtype)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=IDS)
def test_two_pass_path_at_any_dtype(dtype, device, poisoned):
    """fp16's path, a launcher of its own so that it can be timed beside the one-pass path at
    bf16: the same loss and gradients."""
    inputs = SPEC.make_inputs((37, 100, 24), dtype, device, None)
    inputs[2][0] = 5
    check(linear_cross_entropy_two_pass(*inputs, chunk_rows=16), inputs, dtype)


def test_ignored_rows_get_zero_gradient(device, poisoned):
    h, weight, targets = SPEC.make_inputs((37, 100, 24), torch.float32, device, None)
    targets[5:30] = IGNORE_INDEX
    loss, dh, dw = linear_cross_entropy(h, weight, targets, chunk_rows=16)
    assert torch.equal(dh[5:30], torch.zeros_like(dh[5:30]))
    check((loss, dh, dw), (h, weight, targets), torch.float32)


def test_all_rows_ignored_is_nan_loss_and_zero_gradients_as_eager(device, poisoned):
    h, weight, targets = SPEC.make_inputs((20, 70, 16), torch.float32, device, None)
    targets.fill_(IGNORE_INDEX)
    loss, dh, dw = linear_cross_entropy(h, weight, targets, chunk_rows=16)
    ref_loss, ref_dh, ref_dw = reference(h, weight, targets)
    assert torch.isnan(loss) and torch.isnan(ref_loss)
    assert torch.equal(dh, torch.zeros_like(dh)) and torch.equal(ref_dh, torch.zeros_like(ref_dh))
    assert torch.equal(dw, torch.zeros_like(dw)) and torch.equal(ref_dw, torch.zeros_like(ref_dw))


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=IDS)
def test_row_far_above_its_target_is_recomputed(dtype, device, poisoned):
    """E = exp(z - c) with c = the target's logit + SHIFT holds rows whose largest logit is at most
    SHIFT + WINDOW above the target's. A row past that (here 150 above, where exp overflows fp32)
    is recomputed by the finish kernel with c = its maximum; its neighbours in the chunk are not."""

    from handwritten.linear_cross_entropy import SHIFT, WINDOW

    h, weight, targets = SPEC.make_inputs((37, 100, 24), dtype, device, None)
    targets[:] = torch.arange(37, device=device) % 50 + 1  # none ignored, none is column 0
    set_logit(h, weight, 3, 0, 150.0)
    z = (h.double() @ weight.double().t())
    row_max, target_logit = z.max(1).values, z.gather(1, targets[:, None]).squeeze(1)
    assert float(row_max[3] - target_logit[3]) > SHIFT + WINDOW  # row 3 is past the window
    assert int(((row_max - target_logit) > SHIFT + WINDOW).sum()) < 37  # and not every row
    check(linear_cross_entropy(h, weight, targets, chunk_rows=16), (h, weight, targets), dtype)


@pytest.mark.parametrize("split", [2, 1])
def test_tma_kernel_tile_walk(split, device):
    """The Hopper kernel with small tiles (on the CPU the only run of its logic): 3 tile rows x 3
    vocabulary segments of 2, 2 and 0 tile columns (an empty one), E = exp(z - c) in every
    element of a padded buffer, ragged tiles clipped, an ignored row (c = inf) all zero, and each
    (row, segment)'s sum of E and maximum of z. bf16 only: fp16 takes the two-pass path (its
    subnormals would hold the small E at ~1e-3 relative)."""
    from handwritten.linear_cross_entropy import _chunk_buffer, launch_tma, partials_per_row, tma_config

    dtype = torch.bfloat16
    r, v, d, bn = 37, 100, 48, 32
    h, weight, _ = SPEC.make_inputs((r, v, d), dtype, device, None)
    z = h.double() @ weight.double().t()
    c = (z.max(1).values - 1.0).float()
    c[4] = float("inf")
    e = _chunk_buffer(r, v, h).fill_(float("nan"))
    s_part = torch.full((r * partials_per_row(h, v),), float("nan"), device=device)
    m_part = torch.full_like(s_part, float("nan"))
    t_buf = torch.full((1,), -1, dtype=torch.int32, device=device)
    launch_tma(h, weight, e, c, s_part, m_part, t_buf, tma_config(16, bn, 16, 2, 4, split=split), num_programs=9)
    want = torch.exp(z - c.double()[:, None])
    assert torch.equal(e[4], torch.zeros_like(e[4]))
    assert_close(e.double(), want, 0.0, 2 * SPEC.tolerance(dtype).rtol)
    assert int(t_buf) == 3
    bounds = [(0, 64), (64, 100), (100, 100)]  # 2 tile columns of 32 per segment, the last empty
    got_s, got_m = s_part[: r * 3].view(r, 3).double(), m_part[: r * 3].view(r, 3).double()
    for k, (lo, hi) in enumerate(bounds):
        if lo == hi:
            assert torch.equal(got_s[:, k], torch.zeros_like(got_s[:, k]))
            assert bool((got_m[:, k] == float("-inf")).all())
            continue
        assert_close(got_s[:, k], torch.exp(z[:, lo:hi] - c.double()[:, None]).sum(1), 1e-6, 1e-4)
        assert_close(got_m[:, k], z[:, lo:hi].max(1).values, 1e-4, 1e-5)


def test_launcher_through_the_tma_kernel(device, poisoned, monkeypatch):
    """The Hopper path end to end (on the CPU under the interpreter, use_tma forced): descriptors
    over each chunk's rows of h and the padded buffer of E, the finish kernel after it, a row past
    the window recomputed, ignored rows, three chunks with a ragged last one."""
    import handwritten.linear_cross_entropy as lce

    if device == "cpu":
        monkeypatch.setattr(lce, "use_tma", lambda *tensors: True)
    h, weight, targets = SPEC.make_inputs((37, 100, 24), torch.bfloat16, device, None)
    targets[0] = 5
    set_logit(h, weight, 9, 2, 150.0)
    config = lce.tma_config(16, 32, 16, 2, 4)
    check(lce.linear_cross_entropy(h, weight, targets, chunk_rows=16, config=config), (h, weight, targets),
          torch.bfloat16)


def test_bad_input_is_one_clear_error(device):
    h, weight, targets = SPEC.make_inputs((8, 50, 16), torch.float32, device, None)
    with pytest.raises(ValueError, match="inner dimensions differ"):
        linear_cross_entropy(h, weight[:, :8], targets)
    for bad, dtype in ((50, torch.float32), (-5, torch.float32), (50, torch.float16)):  # fp16: the two-pass path
        t = targets.clone()
        t[3] = bad
        with pytest.raises(ValueError, match=f"target {bad} is outside the vocabulary"):
            linear_cross_entropy(h.to(dtype), weight.to(dtype), t)
    with pytest.raises(ValueError, match="empty batch"):
        linear_cross_entropy(h[:0], weight, targets[:0])
    with pytest.raises(ValueError, match="targets must be int64 of shape"):
        linear_cross_entropy(h, weight, targets[:4])
    with pytest.raises(ValueError, match="chunk_rows"):
        linear_cross_entropy(h, weight, targets, chunk_rows=-1)
    with pytest.raises(TypeError, match="share a dtype"):
        linear_cross_entropy(h, weight.half(), targets)
    for launcher in (linear_cross_entropy, linear_cross_entropy_two_pass):
        with pytest.raises(TypeError, match="ignore_index must be an int, got 0.5"):
            launcher(h, weight, targets, ignore_index=0.5)
        with pytest.raises(ValueError, match="inner dimensions differ"):
            launcher(h.half(), weight[:, :8].half(), targets)
    with pytest.raises(ValueError, match=r"split must be a power of two in \[1, 2\], got 4"):
        tma_config(128, 128, 64, 3, 4, split=4)


def test_default_chunk_keeps_one_chunk_of_logits_under_budget():
    rows = default_chunk_rows(8192, 50304, torch.bfloat16)
    assert rows % 256 == 0 and 0 < rows * 50304 * 2 <= 100 * 2**20
    assert default_chunk_rows(37, 100, torch.float32) == 37  # never more rows than the batch


@pytest.mark.parametrize("n, rows", [(8192, 1024), (8192, 1280), (8192, 1300), (2100, 1024), (40, 16),
                                     (300, 256), (1, 1024), (129, 128), (8191, 1024)])
def test_chunks_cover_the_rows_once_without_a_thin_remainder(n, rows):
    bounds = chunk_bounds(n, rows)
    sizes = [stop - start for start, stop in bounds]
    assert bounds[0][0] == 0 and bounds[-1][1] == n
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))  # contiguous, no overlap
    assert len(bounds) == -(-n // rows) and 0 < min(sizes) and max(sizes) <= rows  # as few as rows allow
    if rows % 128 == 0 and n >= 128 * len(bounds):
        assert max(sizes) - min(sizes) <= 128 + n % 128  # near-equal, in whole tiles
    assert chunk_bounds(8192, 1280) == [(i * 1152, (i + 1) * 1152) for i in range(6)] + [(6912, 8192)]


def test_liger_baseline_is_skipped_without_the_package(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "liger_kernel" else real(name, *a))
    with pytest.raises(providers.Skip, match="liger_kernel is not installed"):
        providers.make("liger", SPEC, "cuda")
    with pytest.raises(providers.Skip, match="GPU-only"):
        providers.make("liger", SPEC, "cpu")
    assert "liger" in providers.default_providers(SPEC, SPEC.default_shape("cpu"))


@pytest.mark.gpu
def test_flagship_gpu():
    inputs = SPEC.make_inputs((8192, 50304, 768), torch.bfloat16, "cuda", None)
    check(linear_cross_entropy(*inputs), inputs, torch.bfloat16)


@pytest.mark.gpu
def test_bad_target_raises_on_gpu_and_leaves_cuda_usable():
    """On CUDA the bad-target count comes back through pinned memory after the launches: the
    ValueError still names the target, no kernel read at it (no device-side fault), and the next
    call on the same device is correct."""
    inputs = SPEC.make_inputs((300, 1003, 96), torch.bfloat16, "cuda", None)
    h, weight, targets = inputs
    bad = targets.clone()
    bad[123] = 1003
    with pytest.raises(ValueError, match="target 1003 is outside the vocabulary"):
        linear_cross_entropy(h, weight, bad, chunk_rows=256)
    check(linear_cross_entropy(*inputs, chunk_rows=256), inputs, torch.bfloat16)


@pytest.mark.gpu
@pytest.mark.parametrize("shape", [(1, 1003, 64), (300, 1003, 96), (517, 4099, 128)],
                         ids=lambda s: "x".join(map(str, s)))
def test_tma_path_on_irregular_shapes_gpu(shape, poisoned):
    """bf16 on Hopper takes the TMA kernel at any V (E's rows are padded to 16 bytes), with ragged
    tiles in both directions, several chunks and a row past the window."""
    from handwritten.linear_cross_entropy import use_tma

    if torch.cuda.get_device_capability()[0] < 9:
        pytest.skip("the TMA kernel needs CUDA capability >= 9")
    h, weight, targets = SPEC.make_inputs(shape, torch.bfloat16, "cuda", None)
    targets[0] = 7
    set_logit(h, weight, 0, 3, 90.0)
    padded = torch.empty((8, (shape[1] + 7) // 8 * 8), dtype=torch.bfloat16, device="cuda")[:, :shape[1]]
    assert use_tma(h, weight, padded)  # as the launcher's buffer of E
    check(linear_cross_entropy(h, weight, targets, chunk_rows=256), (h, weight, targets), torch.bfloat16)


def test_diff_counts_the_launchers_cublas_calls_and_int64_labels():
    """`inspect diff` reads the launcher's path: its cuBLAS matmuls are handwritten launches too, and
    the offline PTX build gives the labels pointer int64 (a float pointer cannot be indexed by it)."""
    from inspector.analysis import handwritten as hw_mod
    from inspector.analysis.offline_ptx import plan

    hw = hw_mod.load("linear_cross_entropy")
    assert hw.primary == "_exp_logits_tma_kernel"  # the first matmul kernel, after the small _row_shifts
    assert [s.kernel for s in hw.launches] == ["_row_shifts", "_exp_logits_tma_kernel", "_exp_logits_kernel",
                                               "_finish_rows", "_finalize"]
    # dh's and dW's, in the function imported from _chunked; fp16's path is a file of its own
    assert hw.library_calls == ["torch.mm", "torch.mm", "addmm_"]
    target = "handwritten.linear_cross_entropy_two_pass:linear_cross_entropy_two_pass"
    assert hw.handoffs == {target: "isinstance(h, torch.Tensor) and h.dtype == torch.float16"}
    two_pass = hw_mod.load("linear_cross_entropy", target)
    assert [s.kernel for s in two_pass.launches] == ["_lse_grad_rows"]
    assert two_pass.library_calls == ["torch.mm", "torch.mm", "torch.mm", "addmm_"]  # the logits, then dh and dW
    request, _ = plan(hw, "_finish_rows", "bf16", [8192, 50304, 768])
    assert request["signature"]["labels_ptr"] == "*i64" and request["signature"]["e_ptr"] == "*bf16"
    assert hw_mod.load("mm_gelu").library_calls == ["torch.mm", "torch.mm"]  # the step's dx and dw
