"""Input checks, occupancy arithmetic and the TMA path's conditions, shared by the launchers.

Kept out of the kernel files so that each of those holds its kernels and one launcher only.
"""

from __future__ import annotations

import functools
import os

import torch
import triton

DTYPES = (torch.float32, torch.float16, torch.bfloat16)


def check_device(*tensors: torch.Tensor) -> None:
    """One device for all tensors: CUDA, or the CPU under Triton's interpreter."""
    dev = tensors[0].device
    if any(t.device != dev for t in tensors):
        raise ValueError(f"all tensors must be on one device, got {[str(t.device) for t in tensors]}")
    if dev.type == "cpu" and os.environ.get("TRITON_INTERPRET") != "1":
        raise ValueError("CPU tensors run only under Triton's interpreter: "
                         "set TRITON_INTERPRET=1 before importing triton")
    if dev.type not in ("cuda", "cpu"):
        raise ValueError(f"device must be cuda (or cpu under TRITON_INTERPRET=1), got {dev}")


def as_rows(t: torch.Tensor, name: str) -> torch.Tensor:
    """t as a 2-D (rows, N) view with unit column stride; ValueError if the rows are not evenly strided."""
    if t.stride(-1) != 1:
        raise ValueError(f"{name} must be contiguous in its last dim (stride {t.stride(-1)})")
    try:
        return t.view(-1, t.shape[-1])
    except RuntimeError:
        raise ValueError(f"{name}'s leading dims cannot be viewed as one row dim; call .contiguous() first") from None


def resident_programs(kernel, num_warps: int, device: torch.device) -> int:
    """SMs x programs per SM that registers, threads and shared memory allow for `kernel`
    (a compiled Triton kernel: its n_regs and metadata.shared)."""
    props = torch.cuda.get_device_properties(device)
    regs = -(-max(kernel.n_regs, 1) // 8) * 8  # allocated per warp in units of 256 = 8 per thread
    warps = getattr(props, "regs_per_multiprocessor", 65536) // (regs * 32)
    by_threads = getattr(props, "max_threads_per_multi_processor", 2048) // (32 * num_warps)
    shared = kernel.metadata.shared + 1024  # the driver reserves 1 KiB per block
    by_shared = getattr(props, "shared_memory_per_multiprocessor", 233472) // shared
    return props.multi_processor_count * max(1, min(warps // num_warps, by_threads, by_shared))


def check_floats(**tensors: torch.Tensor) -> None:
    """Each named argument is a tensor of a supported floating dtype (TypeError otherwise)."""
    for name, t in tensors.items():
        if not isinstance(t, torch.Tensor):
            raise TypeError(f"{name} must be a torch.Tensor, got {type(t).__name__}")
        if t.dtype not in DTYPES:
            raise TypeError(f"{name} dtype must be float32, float16 or bfloat16, got {t.dtype}")


def output(out: torch.Tensor | None, like: torch.Tensor, like_name: str, contiguous: bool = False) -> torch.Tensor:
    """`out` checked against `like`'s shape and dtype, or a new contiguous tensor when None."""
    if out is None:
        return torch.empty_like(like, memory_format=torch.contiguous_format)
    if not isinstance(out, torch.Tensor):
        raise TypeError(f"out must be a torch.Tensor, got {type(out).__name__}")
    if out.shape != like.shape or out.dtype != like.dtype:
        raise ValueError(f"out must have {like_name}'s shape {tuple(like.shape)} and dtype {like.dtype}, "
                         f"got {tuple(out.shape)} {out.dtype}")
    if contiguous and not out.is_contiguous():
        raise ValueError("out must be contiguous")
    return out


def check_int(name: str, value, lo: int, hi: int, pow2: bool = True) -> None:
    """ValueError unless value is an int in [lo, hi] (and a power of two when pow2): launch
    parameters (block sizes, warps, stages) as `inspect sweep` passes them."""
    if (isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi
            or (pow2 and value & (value - 1))):
        kind = "a power of two" if pow2 else "an int"
        raise ValueError(f"{name} must be {kind} in [{lo}, {hi}], got {value!r}")


@functools.lru_cache(maxsize=None)
def num_sms(index: int) -> int:
    """Multiprocessors of CUDA device `index`: the size of a persistent grid."""
    return torch.cuda.get_device_properties(index).multi_processor_count


def use_tma(*tensors: torch.Tensor) -> bool:
    """Whether a launcher takes its TMA kernel for these 2-D tensors: host-side descriptors in this
    triton (>= 3.4), bf16/fp16 on a CUDA device of capability >= 9, and every tensor `tma_ok`."""
    t0 = tensors[0]
    return (_has_tensor_descriptors() and t0.device.type == "cuda" and t0.dtype in (torch.float16, torch.bfloat16)
            and torch.cuda.get_device_capability(t0.device)[0] >= 9 and all(tma_ok(t) for t in tensors))


def autotune_configs(configs: dict[str, dict], pre_hook) -> list[triton.Config]:
    """A TMA kernel's named configs (constexprs plus num_warps and num_stages, in one dict each) as
    the autotuner's configs, each with the pre-hook that sets the descriptors' block shapes."""
    out = []
    for cfg in configs.values():
        meta = {k: v for k, v in cfg.items() if k not in ("num_warps", "num_stages")}
        out.append(triton.Config(meta, num_warps=cfg["num_warps"], num_stages=cfg["num_stages"], pre_hook=pre_hook))
    return out


@functools.lru_cache(maxsize=None)
def _has_tensor_descriptors() -> bool:
    try:
        from triton.tools.tensor_descriptor import TensorDescriptor  # noqa: F401
    except ImportError:
        return False
    return True


def tma_ok(t: torch.Tensor) -> bool:
    """Whether a 2-D tensor can back a TMA descriptor: a contiguous last dimension, 16-byte
    aligned row stride and base address."""
    return t.stride(1) == 1 and (t.stride(0) * t.element_size()) % 16 == 0 and t.data_ptr() % 16 == 0
