"""The measurement policy: what "correct" means, one set of functions used by `inspect run`,
`inspect bench`, the experiments and the tests, so that a capture and a bench agree.

Rules: NaN or Inf in the result where the reference is finite never passes; an element passes when
|out - ref| <= atol + rtol * |ref| (torch.allclose's rule), computed in float64. The reference is
eager on float64 inputs (`upcast`); a gradient is checked with `gradient_tolerance`, derived from
the forward's tolerance and the reference gradient's scale; an output's tensor is `first_tensor`.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any, Callable

import torch


@dataclass(frozen=True)
class Tolerance:
    """Allowed error of a low-precision result against the float64 reference."""

    atol: float
    rtol: float


@dataclass(frozen=True)
class CheckResult:
    passed: bool
    max_abs_err: float
    max_rel_err: float
    atol: float
    rtol: float
    mismatched: int = 0
    numel: int = 0
    detail: str = ""
    rel_norm_err: float | None = None  # ||out - ref|| / ||ref|| (L2), set by check_gradient_norm

    def to_json(self) -> dict:
        return asdict(self)

    def describe(self) -> str:
        verdict = "ok" if self.passed else "MISMATCH"
        if self.rel_norm_err is not None:
            text = f"{verdict}: relative L2 error {self.rel_norm_err:.3g} (limit {self.rtol:.3g}), max abs err {self.max_abs_err:.3g}"
            return text + (f"; {self.detail}" if self.detail else "")
        text = (
            f"{verdict}: max abs err {self.max_abs_err:.3g}, max rel err {self.max_rel_err:.3g} "
            f"(atol {self.atol:g}, rtol {self.rtol:g}); {self.mismatched}/{self.numel} elements out of tolerance"
        )
        return text + (f"; {self.detail}" if self.detail else "")


# Elements compared per step: float64 copies of this many elements are 128 MiB each, so a check
# needs little memory beside the tensors it checks.
COMPARE_CHUNK = 1 << 24


def compare(out: torch.Tensor, ref: torch.Tensor, atol: float, rtol: float) -> CheckResult:
    """Elementwise check of `out` against `ref` (any dtypes; compared in float64, on their device
    when both are on one, else on the CPU, a chunk of COMPARE_CHUNK elements at a time)."""
    if tuple(out.shape) != tuple(ref.shape):
        return CheckResult(False, float("inf"), float("inf"), atol, rtol, out.numel(), out.numel(),
                           f"shape {tuple(out.shape)} != reference {tuple(ref.shape)}")
    device = out.device if out.device == ref.device else torch.device("cpu")
    flat_out, flat_ref = out.detach().reshape(-1), ref.detach().reshape(-1)
    max_abs = max_rel = 0.0
    n_bad, first, out_finite = 0, None, True
    for start in range(0, flat_out.numel(), COMPARE_CHUNK):
        o = flat_out[start:start + COMPARE_CHUNK].to(device, torch.float64)
        r = flat_ref[start:start + COMPARE_CHUNK].to(device, torch.float64)
        diff = (o - r).abs()
        bad = ~(diff <= atol + rtol * r.abs())  # NaN compares False, so NaN counts as bad
        bad |= ~torch.isfinite(o) & torch.isfinite(r)
        finite = torch.isfinite(diff)
        if finite.any():
            max_abs = max(max_abs, float(diff[finite].max()))
        # relative error only where the reference is large enough for it to mean something
        meaningful = finite & (r.abs() > max(atol, 1e-12))
        if meaningful.any():
            max_rel = max(max_rel, float((diff / r.abs().clamp_min(1e-12))[meaningful].max()))
        chunk_bad = int(bad.sum())
        if chunk_bad and first is None:
            i = int(torch.nonzero(bad)[0, 0])
            first = (start + i, float(o[i]), float(r[i]))
        n_bad += chunk_bad
        if chunk_bad:  # a non-finite output element is always a bad one
            out_finite = out_finite and bool(torch.isfinite(o).all())
    detail = ""
    if n_bad:
        if not out_finite:
            max_abs = max_rel = float("nan")
        idx = tuple(int(i) for i in torch.unravel_index(torch.tensor(first[0]), tuple(out.shape))) if out.dim() else ()
        detail = f"first bad element at {idx}: got {first[1]:.6g}, want {first[2]:.6g}"
    return CheckResult(n_bad == 0, max_abs, max_rel, atol, rtol, n_bad, out.numel(), detail)


def assert_close(out: torch.Tensor, ref: torch.Tensor, atol: float, rtol: float) -> None:
    """Test helper: raise AssertionError saying where and by how much `out` differs."""
    result = compare(out, ref, atol, rtol)
    if not result.passed:
        raise AssertionError(result.describe())


def output_tolerance(spec: Any, dtype: torch.dtype, inputs: tuple) -> Tolerance:
    """The tolerance of an experiment's forward output, for a capture and a bench alike: the loss
    tolerance where the experiment has one (its output is a scalar sum of many terms, whose error
    grows with their count), else the dtype's."""
    return spec.loss_tolerance(dtype, inputs) if spec.loss_tolerance else spec.tolerance(dtype)


def upcast(value):
    """A floating tensor as float64 (the truer reference); other tensors (indices, labels) and
    non-tensors unchanged."""
    if isinstance(value, torch.Tensor) and value.is_floating_point():
        return value.detach().double()
    return value


def first_tensor(value: Any) -> torch.Tensor:
    """The tensor an output is checked and differentiated by: the output itself, or the first
    tensor met depth-first in a tuple, list or dict of them ((out, extra) -> out). TypeError when
    it holds none."""
    if isinstance(value, torch.Tensor):
        return value
    items = value.values() if isinstance(value, dict) else value if isinstance(value, (tuple, list)) else ()
    for item in items:
        try:
            return first_tensor(item)
        except TypeError:
            continue
    raise TypeError(f"the output ({type(value).__name__}) holds no tensor")


# A backward rounds more often than its forward: the upstream gradient, then every chained op.
GRADIENT_ROUNDING = 4


def gradient_tolerance(forward: Tolerance, ref: torch.Tensor) -> Tolerance:
    """The tolerance of one gradient, from the forward's tolerance and the float64 reference
    gradient `ref`: atol scaled by the gradient's scale (its largest |element|, at least 1), both
    atol and rtol GRADIENT_ROUNDING (4) times the forward's.

    Why the scale, not the number of terms: an element of a gradient is a sum over the k output
    elements that depend on it (a LayerNorm weight's, over the rows; a matmul operand's, over the
    other operand's free dim) of g * d out / d in. The upstream gradient g is a fresh standard
    normal draw (in `inspect run --backward` and `inspect bench --pass step|backward` alike), so
    the terms have random signs: the sum, and the rounding error accumulated over it, both grow
    as sqrt(k) times a term's size. The error is a fixed fraction of the gradient's own scale
    whatever k is, and that scale is measured on the reference, so no k has to be guessed (a
    shape ratio such as out.numel() / in.numel() is not the k of a matmul whose N and K differ)
    and terms larger or smaller than 1 are covered. The largest |element| of n random-sign sums
    is about sqrt(2 ln n) (3-5 for 100 to 10M elements) times their typical size: the margin.
    The floor of 1 keeps the forward's absolute tolerance for a gradient smaller than 1, and the
    rtol part covers sums whose terms share a sign (their error grows with the sum itself)."""
    scale = max(float(ref.detach().abs().max()) if ref.numel() else 0.0, 1.0)
    if not math.isfinite(scale):  # a NaN/Inf reference: compare() reports it, the tolerance stays finite
        scale = 1.0
    return Tolerance(GRADIENT_ROUNDING * forward.atol * scale, GRADIENT_ROUNDING * forward.rtol)


def gradient_rule(forward: Tolerance) -> Callable[[torch.Tensor], Tolerance]:
    """`gradient_tolerance` with the forward's tolerance bound: what `check_step` takes for a
    gradient whose tolerance depends on its reference."""
    return lambda ref: gradient_tolerance(forward, ref)


def check_gradient(out: torch.Tensor, ref: torch.Tensor, forward: Tolerance) -> CheckResult:
    """One gradient against its float64 reference, under `gradient_tolerance`."""
    tol = gradient_tolerance(forward, ref)
    return compare(out, ref, tol.atol, tol.rtol)


# A model's gradient against an eager copy in a wider dtype (capture/checks.py) is judged by its
# relative L2 error, ||out - ref|| / ||ref||: it passes through every layer's rounding of its
# activations and upstream gradients, so an elementwise tolerance either fails small elements or
# hides a wrong one, while a wrong gradient (a missing term, a wrong scale or sign) is off by a
# sizeable fraction of its whole norm. The limit is the larger of two:
# - the dtype's floor (GRADIENT_NORM_LIMITS), what rounding alone reaches in a few layers;
# - EAGER_FACTOR times the error of eager at the step's own precision against the same reference.
#   A gradient that sums many terms whose true sum nearly cancels keeps each term's rounding: on
#   the CPU, gpt2_block at 4x256x512x4 in bf16 had eager's own errors of 10-12% in every first
#   LayerNorm's bias (its gradient sums the key/value projections' gradients over the tokens,
#   whose attention-shift part sums to zero), above any floor a wrong gradient would stay under.
#   The compiled step may round in other places, but should not be worse than eager by much.
GRADIENT_NORM_LIMITS: dict[torch.dtype, float] = {
    # 16 unit roundoffs of bf16's 8-bit significand (2^-8); a 12-layer, 64-wide GPT on the CPU
    # (tests/fixtures/user_code/tiny_gpt.py) had eager bf16's worst of 148 gradients at 2.6%
    torch.bfloat16: 2.0**-4,
    # fp16 rounds finer (2^-11) but has a 5-bit exponent: without loss scaling, gradients under
    # 6.1e-5 fall into its subnormals (a fixed step of 6e-8) and lose digits (worst 7.5% there)
    torch.float16: 2.0**-3,
    # fp32 against float64: ~100 unit roundoffs cover reductions over thousands of terms in
    # another order (1.2e-4; the same GPT's worst was 5.6e-7)
    torch.float32: 2.0**-13,
}
# On a GPU, fp32 convolutions run in TF32 (cudnn.allow_tf32 is on by default) and matmuls too when
# the user allows it: 16 unit roundoffs of TF32's 11-bit significand.
TF32_NORM_LIMIT = 2.0**-7
EAGER_FACTOR = 2.0


def gradient_norm_limit(dtype: torch.dtype, device: str) -> float:
    """The floor of the relative L2 error allowed for a gradient computed in `dtype` on `device`
    (see GRADIENT_NORM_LIMITS)."""
    limit = GRADIENT_NORM_LIMITS.get(dtype, GRADIENT_NORM_LIMITS[torch.float32])
    if dtype == torch.float32 and device == "cuda":
        tf32 = torch.backends.cudnn.allow_tf32 or torch.get_float32_matmul_precision() != "highest"
        return TF32_NORM_LIMIT if tf32 else limit
    return limit


def _norm_error(out: torch.Tensor, ref: torch.Tensor) -> tuple[float, float, float, int]:
    """(||out - ref||^2, ||ref||^2, max |out - ref|, non-finite elements of out where ref is
    finite), in float64, a chunk of COMPARE_CHUNK elements at a time."""
    device = out.device if out.device == ref.device else torch.device("cpu")
    flat_out, flat_ref = out.detach().reshape(-1), ref.detach().reshape(-1)
    err2 = ref2 = max_abs = 0.0
    nonfinite = 0
    for start in range(0, flat_out.numel(), COMPARE_CHUNK):
        o = flat_out[start:start + COMPARE_CHUNK].to(device, torch.float64)
        r = flat_ref[start:start + COMPARE_CHUNK].to(device, torch.float64)
        nonfinite += int((~torch.isfinite(o) & torch.isfinite(r)).sum())
        diff = (o - r).abs()
        err2 += float(diff.square().sum())
        ref2 += float(r.square().sum())
        max_abs = max(max_abs, float(diff.max())) if diff.numel() else max_abs
    return err2, ref2, max_abs, nonfinite


def _relative(err2: float, ref2: float) -> float:
    return math.sqrt(err2 / ref2) if ref2 > 0 else (0.0 if err2 == 0 else float("inf"))


def check_gradient_norm(out: torch.Tensor, ref: torch.Tensor, floor: float, eager: torch.Tensor | None = None) -> CheckResult:
    """One gradient against its reference by relative L2 error, ||out - ref|| / ||ref||, under
    max(floor, EAGER_FACTOR x the same error of `eager`, the gradient eager computed at the step's
    own precision) (see GRADIENT_NORM_LIMITS). A non-finite element where the reference is finite
    fails; a zero reference passes only a zero gradient. `mismatched` counts the elements off by
    more than the limit times the reference's RMS: where the error sits."""
    if tuple(out.shape) != tuple(ref.shape):
        return CheckResult(False, float("inf"), float("inf"), 0.0, floor, out.numel(), out.numel(),
                           f"shape {tuple(out.shape)} != reference {tuple(ref.shape)}", float("inf"))
    err2, ref2, max_abs, nonfinite = _norm_error(out, ref)
    if nonfinite or not math.isfinite(err2):
        return CheckResult(False, float("nan"), float("nan"), 0.0, floor, nonfinite or out.numel(), out.numel(),
                           f"{nonfinite} non-finite element(s) where the reference is finite", float("nan"))
    rel, limit, detail = _relative(err2, ref2), floor, ""
    if eager is not None and tuple(eager.shape) == tuple(ref.shape):
        eager_rel = _relative(*_norm_error(eager, ref)[:2])
        if math.isfinite(eager_rel) and EAGER_FACTOR * eager_rel > floor:
            limit = EAGER_FACTOR * eager_rel
            detail = f"limit {EAGER_FACTOR:g} x eager's own error {eager_rel:.3g}"
    mismatched = 0
    if rel > limit:
        threshold = limit * math.sqrt(ref2 / max(out.numel(), 1))
        mismatched = int(((out.detach().double() - ref.detach().to(out.device).double()).abs() > threshold).sum())
        detail = "; ".join(filter(None, (detail, f"{mismatched} element(s) off by more than the limit x the reference's RMS")))
    return CheckResult(rel <= limit, max_abs, rel, 0.0, limit, mismatched, out.numel(), detail, rel)


def poison(shape, dtype, device) -> torch.Tensor:
    """An output buffer filled with NaN, so that an element the kernel never writes fails the check."""
    return torch.full(shape, float("nan"), dtype=dtype, device=device)


def check_dropout(out: torch.Tensor, kept_ref: torch.Tensor, p: float, atol: float, rtol: float) -> CheckResult:
    """Check a dropout output whose random mask cannot match the reference's.

    `kept_ref` is what a kept element must equal (the pre-dropout value scaled by 1/(1-p)).
    Passes when every element is either exactly 0 (dropped) or within tolerance of `kept_ref`,
    and the kept fraction is within 6 standard deviations of 1-p (binomial; for 2M elements
    that is +-0.13 percentage points, so a wrong p or a mask that keeps everything fails).
    """
    o = out.detach().to("cpu", torch.float64)
    r = kept_ref.detach().to("cpu", torch.float64)
    kept = o != 0
    elementwise = compare(torch.where(kept, o, r), r, atol, rtol)
    n = o.numel()
    frac = float(kept.sum()) / max(n, 1)
    sigma = (p * (1 - p) / max(n, 1)) ** 0.5
    frac_ok = abs(frac - (1 - p)) <= 6 * sigma
    detail = f"kept fraction {frac:.4f} (want {1 - p:.4f} +- {6 * sigma:.4f})"
    if elementwise.detail:
        detail += "; " + elementwise.detail
    return CheckResult(
        elementwise.passed and frac_ok,
        elementwise.max_abs_err,
        elementwise.max_rel_err,
        atol,
        rtol,
        elementwise.mismatched,
        n,
        detail,
    )


def check_step(out, ref, loss_tol, grad_tol) -> CheckResult:
    """Check a training step's (loss, *gradients) against the reference's: the loss with
    `loss_tol`, every gradient with `grad_tol` (Tolerances, or a rule such as `gradient_rule(tol)`
    that gives one from the reference gradient; a sequence gives one per gradient).
    The first failing part is reported; when all pass, the worst gradient's errors, and a detail
    naming what was checked."""
    if not isinstance(out, (tuple, list)) or len(out) != len(ref):
        n = len(out) if isinstance(out, (tuple, list)) else 1
        return CheckResult(False, float("inf"), float("inf"), loss_tol.atol, loss_tol.rtol, 1, 1,
                           f"got {n} outputs, want the loss and {len(ref) - 1} gradient(s)")
    parts = [("loss", compare(out[0], ref[0], loss_tol.atol, loss_tol.rtol))]
    tols = list(grad_tol) if isinstance(grad_tol, (tuple, list)) else [grad_tol] * (len(ref) - 1)
    tols = [t(r) if callable(t) else t for t, r in zip(tols, ref[1:])]
    parts += [(f"gradient {i + 1}", compare(o, r, t.atol, t.rtol)) for i, (o, r, t) in enumerate(zip(out[1:], ref[1:], tols))]
    for name, result in parts:
        if not result.passed:
            return CheckResult(False, result.max_abs_err, result.max_rel_err, result.atol, result.rtol,
                               result.mismatched, result.numel, f"{name}: {result.detail}".rstrip(": "))
    worst = max((r for _, r in parts[1:]), key=lambda r: r.max_rel_err, default=parts[0][1])
    detail = f"loss ok (abs err {parts[0][1].max_abs_err:.3g}) and {len(parts) - 1} gradient(s) ok"
    return CheckResult(True, worst.max_abs_err, worst.max_rel_err, worst.atol, worst.rtol, 0,
                       sum(r.numel for _, r in parts), detail)
