"""What a result was measured with: device name and library versions, recorded beside numbers."""

from __future__ import annotations

import platform
import sys
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Versions:
    device: str  # "cuda" or "cpu"
    device_name: str  # e.g. "NVIDIA H100 80GB HBM3" or the CPU model
    torch: str
    triton: str
    python: str
    cuda: str | None

    def to_json(self) -> dict:
        return asdict(self)


def cpu_name() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def triton_version() -> str:
    try:
        import triton

        return triton.__version__
    except Exception:  # triton missing or broken (e.g. non-Linux): record it, do not fail
        return "not installed"


def collect(device: str) -> Versions:
    import torch

    if device == "cuda":
        name = torch.cuda.get_device_name()
    else:
        name = cpu_name()
    return Versions(
        device=device,
        device_name=name,
        torch=torch.__version__,
        triton=triton_version(),
        python=platform.python_version() or sys.version.split()[0],
        cuda=torch.version.cuda,
    )


def resolve_device(requested: str) -> str:
    """'auto' -> 'cuda' when a GPU is present else 'cpu'; 'cuda' without a GPU raises ValueError."""
    import torch

    if requested == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if requested == "cuda" and not torch.cuda.is_available():
        raise ValueError("--device cuda was asked for, but torch sees no CUDA GPU on this machine (use --device cpu or auto)")
    if requested not in ("cuda", "cpu"):
        raise ValueError(f"unknown device {requested!r}: choose auto, cuda or cpu")
    return requested
