"""A final-reduction kernel shared by the loss launchers (kept out of the kernel files, like
_checks.py): the mean of per-program partial sums, summed by one program in a fixed order, so
the result is deterministic (no atomics)."""

import triton
import triton.language as tl


@triton.jit
def mean_of_partials_kernel(partial_ptr, loss_ptr, parts, inv_n, BLOCK: tl.constexpr):
    acc = tl.zeros((BLOCK,), dtype=tl.float32)
    for start in range(0, parts, BLOCK):
        offs = start + tl.arange(0, BLOCK)
        acc += tl.load(partial_ptr + offs, mask=offs < parts, other=0.0)
    tl.store(loss_ptr, (tl.sum(acc, axis=0) * inv_n).to(loss_ptr.dtype.element_ty))
