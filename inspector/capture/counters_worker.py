"""The process ncu profiles for `inspect run --counters`: `python -m inspector.capture.counters_worker JOB.json`.

JOB.json: {"experiment", "device", "shape", "dtype", "mode", "dynamic", "backward", "seed",
"copy_out"} (inspector/capture/counters.py capture_job). It builds torch.compile(eager, mode,
dynamic) as `inspect run` compiles it (forward, or forward + backward with "backward"); the first
call compiles, from the run's warm cache. inspector/core/ncu_jobs.py run_worker then warms up and
brackets ONE call with torch.cuda.profiler.start() / stop(): under `ncu --profile-from-start off`
that call's kernels are the only ones profiled. With "copy_out", the copy bandwidth is measured
after the profiled range and written there.
"""

from __future__ import annotations

import sys
from typing import Any, Callable

import torch

from experiments._spec import DTYPES
from inspector.capture.worker import backward_step, with_grad
from inspector.core.ncu_jobs import run_worker
from inspector.targets import load_target


def build(job: dict[str, Any]) -> Callable[[], Any]:
    """The compiled call of the job's experiment, with its inputs bound."""
    device = job["device"]
    spec = load_target(job["experiment"], device)
    dtype = DTYPES[job["dtype"]] if job.get("dtype") else spec.default_dtype(device)
    shape = tuple(job["shape"]) if job.get("shape") else spec.default_shape(device)
    if job.get("seed") is not None:
        torch.manual_seed(int(job["seed"]))
    inputs = spec.make_inputs(shape, dtype, device, None)
    compiled = torch.compile(spec.eager, mode=job.get("mode") or "default", dynamic=job.get("dynamic"))
    if not (job.get("backward") and spec.supports_backward):
        def forward():
            with torch.no_grad():
                return compiled(*inputs)
        return forward
    return backward_step(compiled, with_grad(inputs))


if __name__ == "__main__":
    sys.exit(run_worker(sys.argv[1], build))
