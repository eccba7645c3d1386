"""The host side shared by the LM head's chunked loss launchers (linear_cross_entropy, its
one-pass path, and linear_cross_entropy_two_pass): input checks, chunk sizes, and one chunk's
two gradient matmuls through cuBLAS. No kernels: each of those files keeps its own.
"""

from __future__ import annotations

import torch

from handwritten._checks import check_device as _check_device
from handwritten._checks import check_floats as _check_floats

IGNORE_INDEX = -100
LOGITS_BUDGET = 100 * 2**20  # bytes of one chunk of logits (or E)
CHUNK_ALIGN = 256  # chunk rows: a multiple of cuBLAS's tile heights
OVERLAP_GRADS = True  # dW's matmul on a side stream beside dh's (`chunk_grads`)
_SIDE_STREAMS: dict[int, "torch.cuda.Stream"] = {}


def default_chunk_rows(n: int, v: int, dtype: torch.dtype) -> int:
    """Rows per chunk: one chunk's logits within LOGITS_BUDGET, a multiple of CHUNK_ALIGN (at least
    one multiple), never more than n."""
    per_row = v * torch.empty((), dtype=dtype).element_size()
    rows = max(CHUNK_ALIGN, LOGITS_BUDGET // per_row // CHUNK_ALIGN * CHUNK_ALIGN)
    return min(n, rows)


def chunk_bounds(n: int, rows: int, unit: int = 128) -> list[tuple[int, int]]:
    """(start, stop) of each chunk: as few chunks as `rows` allows, of near-equal sizes in whole
    `unit`s (a tile height), the larger ones last, so that no chunk is a thin remainder (8,192 rows
    at 1,280: six of 1,152 and one of 1,280, not six of 1,280 and one of 512). Plain slices of
    `rows` when rows is not a multiple of unit or the units do not go round."""
    k = -(-n // rows)
    units, rest = divmod(n, unit)
    base, extra = divmod(units, k)
    sizes = [(base + (i >= k - extra)) * unit for i in range(k)]
    sizes[-1] += rest
    if rows % unit or base == 0 or max(sizes) > rows:
        sizes = [min(rows, n - start) for start in range(0, n, rows)]
    bounds, start = [], 0
    for size in sizes:
        bounds.append((start, start + size))
        start += size
    return bounds


def prepare(h, weight, targets, ignore_index, chunk_rows):
    """The launchers' inputs checked, as (h, weight, targets, rows per chunk): h and weight with unit
    column stride, targets contiguous. One clear error for a wrong type, shape, dtype or device, an
    empty batch or vocabulary, an ignore_index that is not an int, and a chunk_rows that is not a
    positive int."""
    _check_floats(h=h, weight=weight)
    if isinstance(ignore_index, bool) or not isinstance(ignore_index, int):
        raise TypeError(f"linear_cross_entropy: ignore_index must be an int, got {ignore_index!r}")
    if not isinstance(targets, torch.Tensor):
        raise TypeError(f"linear_cross_entropy: targets must be a torch.Tensor, got {type(targets).__name__}")
    if h.dim() != 2 or weight.dim() != 2:
        raise ValueError(f"linear_cross_entropy: h (N x D) and weight (V x D) must be 2-D, "
                         f"got {tuple(h.shape)} and {tuple(weight.shape)}")
    if h.shape[1] != weight.shape[1]:
        raise ValueError(f"linear_cross_entropy: inner dimensions differ: h is {tuple(h.shape)}, "
                         f"weight is {tuple(weight.shape)} (both need D columns)")
    if h.dtype != weight.dtype:
        raise TypeError(f"linear_cross_entropy: h and weight must share a dtype, got {h.dtype} and {weight.dtype}")
    if targets.dtype not in (torch.int64, torch.int32) or tuple(targets.shape) != (h.shape[0],):
        raise ValueError(f"linear_cross_entropy: targets must be int64 of shape ({h.shape[0]},), "
                         f"got {targets.dtype} {tuple(targets.shape)}")
    if h.shape[0] == 0:
        raise ValueError("linear_cross_entropy: empty batch (h has no rows)")
    if weight.shape[0] == 0 or h.shape[1] == 0:
        raise ValueError(f"linear_cross_entropy: empty vocabulary or hidden size: weight is {tuple(weight.shape)}")
    _check_device(h, weight, targets)
    n, v = h.shape[0], weight.shape[0]
    rows = chunk_rows or default_chunk_rows(n, v, h.dtype)
    if isinstance(rows, bool) or not isinstance(rows, int) or rows < 1:
        raise ValueError(f"linear_cross_entropy: chunk_rows must be a positive int, got {chunk_rows!r}")
    h = h if h.stride(1) == 1 else h.contiguous()
    weight = weight if weight.stride(1) == 1 else weight.contiguous()
    return h, weight, targets.contiguous(), min(rows, n)


def check_targets(targets, v: int, ignore_index: int) -> None:
    """Every target in [0, v) or ignore_index, else one ValueError naming the first that is not
    (a device-to-host sync)."""
    bad = ((targets < 0) | (targets >= v)) & (targets != ignore_index)
    if bool(bad.any()):
        first = int(targets[bad][0])
        raise ValueError(f"linear_cross_entropy: target {first} is outside the vocabulary [0, {v}) "
                         f"and is not ignore_index ({ignore_index})")


def side_stream(device: torch.device):
    """The stream that runs dW's matmul beside dh's (CUDA only; one per device, made once)."""
    if device.type != "cuda" or not OVERLAP_GRADS:
        return None
    index = device.index if device.index is not None else torch.cuda.current_device()
    if index not in _SIDE_STREAMS:
        _SIDE_STREAMS[index] = torch.cuda.Stream(index)
    return _SIDE_STREAMS[index]


def chunk_grads(g_c, weight, rhs, dh_c, dw, first: bool, side=None) -> None:
    """One chunk's cuBLAS matmuls: dh_c = g_c W, and dW = g_c^T rhs for the first chunk, += after.
    With a side stream, dW's runs there beside dh's (both only read g_c), and the current stream
    waits for it before going on: the next chunk overwrites g_c."""
    if side is not None:
        side.wait_stream(torch.cuda.current_stream(g_c.device))  # g_c and rhs are written
    torch.mm(g_c, weight, out=dh_c)
    with torch.cuda.stream(side):  # no-op for None
        if first:
            torch.mm(g_c.t(), rhs, out=dw)
        else:
            dw.addmm_(g_c.t(), rhs)
    if side is not None:
        torch.cuda.current_stream(g_c.device).wait_stream(side)
