"""RunConfig: everything one `inspect run` needs, built by the CLI and passed down explicitly."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

MODES = ("default", "reduce-overhead", "max-autotune", "max-autotune-no-cudagraphs")
DEFAULT_OUT = Path("captured_kernels")


@dataclass(frozen=True)
class RunConfig:
    experiment: str
    device: str  # resolved: "cuda" or "cpu"
    mode: str = "default"
    dtype: str | None = None  # None: the experiment's default for the device
    shape: tuple[int, ...] | None = None  # None: the experiment's default for the device
    shapes: tuple[tuple[int, ...], ...] = ()  # several shapes called in sequence (recompiles, dynamic kernels)
    dynamic: bool | None = None  # None: torch.compile's default (automatic dynamic shapes)
    backward: bool = False
    warm: bool = False  # reuse the private Inductor/Triton caches instead of starting cold
    out: Path = DEFAULT_OUT
    capture: bool = True  # False: the same compile without any capture settings (overhead baseline)
    seed: int | None = None
    profile_calls: int = 10  # compiled calls under the profiler for per-kernel times (fewer for a long call)
    measure: bool = True  # False: skip steady-state timing and profiling (compile-time studies)
    counters: bool = False  # also profile one compiled call with Nsight Compute (capture/counters.py)
    counters_budget_s: float = 120.0  # --counters-budget: what the ncu runs may take (core/ncu_select.py)

    def to_json(self) -> dict:
        data = asdict(self)
        data["out"] = str(self.out)
        data["shape"] = list(self.shape) if self.shape else None
        data["shapes"] = [list(s) for s in self.shapes]
        return data

    @classmethod
    def from_json(cls, data: dict) -> "RunConfig":
        data = dict(data)
        data["out"] = Path(data.get("out") or DEFAULT_OUT)
        if data.get("shape"):
            data["shape"] = tuple(data["shape"])
        data["shapes"] = tuple(tuple(s) for s in data.get("shapes") or ())
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2)
