"""The process ncu profiles: `python -m inspector.capture.counters_worker JOB.json`.

JOB.json: {"experiment", "device", "shape", "dtype", "provider", "mode", "dynamic", "backward",
"pass", "seed", "copy_out"}. It builds the provider's callable, makes the first call (for torch.compile the
compile, from the run's warm cache) and WARMUP_CALLS more, then brackets ONE call with
torch.cuda.profiler.start() / stop(): under `ncu --profile-from-start off` that call's kernels are
the only ones profiled. provider "compiled" is torch.compile(eager, mode, dynamic) as
`inspect run` compiles it (forward, or forward + backward with "backward"); any other name is an
`inspect bench` provider (inspector.bench.providers.make). With "copy_out", the copy bandwidth
(inspector.bench.timing.copy_bandwidth) is measured after the profiled range and written there:
the ceiling of the memory floors (analysis/bounds.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable

import torch

WARMUP_CALLS = 3  # after the first: autotuning and lazy initialisation are over before the profiled call


def build(job: dict[str, Any]) -> Callable[[], Any]:
    from experiments._spec import DTYPES
    from inspector.targets import load_target

    device = job["device"]
    spec = load_target(job["experiment"], device)
    dtype = DTYPES[job["dtype"]] if job.get("dtype") else spec.default_dtype(device)
    shape = tuple(job["shape"]) if job.get("shape") else spec.default_shape(device)
    if job.get("seed") is not None:
        torch.manual_seed(int(job["seed"]))
    provider = job.get("provider", "compiled")
    if provider != "compiled":
        from inspector.bench import passes, providers

        pass_ = job.get("pass") or passes.natural(spec)
        inputs = passes.view(spec, pass_).make_inputs(shape, dtype, device, None)
        fn = providers.make(provider, spec, device, pass_)
        return lambda: fn(*inputs)
    from inspector.capture.worker import first_tensor, with_grad

    inputs = spec.make_inputs(shape, dtype, device, None)
    compiled = torch.compile(spec.eager, mode=job.get("mode") or "default", dynamic=job.get("dynamic"))
    if not (job.get("backward") and spec.supports_backward):
        def forward():
            with torch.no_grad():
                return compiled(*inputs)
        return forward
    inputs = with_grad(inputs)
    grad: dict[str, torch.Tensor] = {}

    def step():
        for t in inputs:
            t.grad = None
        out = compiled(*inputs)
        first = first_tensor(out)
        first.backward(grad.setdefault("g", torch.randn_like(first)))
        return out

    return step


def profile_one_call(call: Callable[[], Any], warmup: int = WARMUP_CALLS) -> None:
    """Warm up, then one call between cudaProfilerStart and cudaProfilerStop."""
    for _ in range(1 + warmup):
        call()
    torch.cuda.synchronize()
    torch.cuda.profiler.start()
    try:
        call()
        torch.cuda.synchronize()
    finally:
        torch.cuda.profiler.stop()


def main(job_path: str) -> int:
    job = json.loads(Path(job_path).read_text())
    profile_one_call(build(job))
    if job.get("copy_out"):  # the ceiling of the floors, measured on the same GPU, outside the profiled range
        from inspector.bench.timing import copy_bandwidth

        copy = copy_bandwidth(job["device"])
        Path(job["copy_out"]).write_text(json.dumps({"gb_per_s": copy.gb_per_s, "label": copy.label}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
