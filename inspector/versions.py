"""What a result was measured with: device name and library versions, recorded beside numbers."""

from __future__ import annotations

import importlib.util
import os
import platform
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Mapping


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
    """From the installed package's metadata: importing triton costs ~1 s."""
    from importlib import metadata

    for package in ("triton", "pytorch-triton", "pytorch-triton-rocm"):
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            continue
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
    """'auto' -> 'cuda' when a GPU is present else 'cpu'; 'cuda' without a GPU raises ValueError.
    Decided without importing torch (see cuda_present)."""
    if requested not in ("auto", "cuda", "cpu"):
        raise ValueError(f"unknown device {requested!r}: choose auto, cuda or cpu")
    if requested == "cpu":
        return "cpu"
    present = cuda_present()
    if requested == "auto":
        return "cuda" if present else "cpu"
    if not present:
        raise ValueError("--device cuda was asked for, but torch sees no CUDA GPU on this machine (use --device cpu or auto)")
    return "cuda"


def cuda_present(environ: Mapping[str, str] | None = None, dev: Path = Path("/dev"),
                 proc: Path = Path("/proc/driver/nvidia/gpus")) -> bool:
    """Whether torch.cuda.is_available() would say True, told from files instead of importing torch
    (2-5 s, paid before the capture worker even starts): a torch built with CUDA or ROCm
    (torch/version.py, read as text), a GPU device node or driver entry, and no
    CUDA_VISIBLE_DEVICES that hides every GPU. When torch/version.py cannot be read, torch decides.
    A driver too old for the torch build passes this check and fails in the worker, with the
    driver's message in the capture's error."""
    environ = os.environ if environ is None else environ
    if environ.get("CUDA_VISIBLE_DEVICES", "x").strip() in ("", "-1"):
        return False
    build = _torch_build()
    if build is None:
        import torch

        return torch.cuda.is_available()
    if not any(build.values()):
        return False
    try:
        nvidia = (proc.is_dir() and any(proc.iterdir())) or any(dev.glob("nvidia[0-9]*"))
    except OSError:
        nvidia = False
    return bool((build["cuda"] and nvidia) or (build["hip"] and (dev / "kfd").exists()))


def _torch_build() -> dict[str, bool] | None:
    """{"cuda": built with CUDA, "hip": built with ROCm} from torch/version.py's text."""
    try:
        spec = importlib.util.find_spec("torch")
        text = (Path(spec.origin).parent / "version.py").read_text() if spec and spec.origin else None
    except (ImportError, ValueError, OSError):
        return None
    if text is None:
        return None
    found = {}
    for key in ("cuda", "hip"):
        match = re.search(rf"^{key}\s*(?::[^=]*)?=\s*(.+)$", text, re.M)
        if match is None:
            return None
        found[key] = match.group(1).strip() not in ("None", "''", '""')
    return found
