"""The process ncu profiles for `inspect bench --counters`: `python -m inspector.bench.counters_worker JOB.json`.

JOB.json: {"experiment", "device", "shape", "dtype", "pass", "provider", "copy_out"}
(inspector/bench/counters.py bench_job). It builds the bench provider (inspector.bench.providers.make)
for the pass, with its inputs; inspector/core/ncu_jobs.py run_worker then makes the first call and
the warm-up calls and brackets ONE call with torch.cuda.profiler.start() / stop(): under
`ncu --profile-from-start off` that call's kernels are the only ones profiled. With "copy_out",
the copy bandwidth is measured after the profiled range and written there.
"""

from __future__ import annotations

import sys
from typing import Any, Callable

from experiments._spec import DTYPES
from inspector.bench import passes, providers
from inspector.core.ncu_jobs import run_worker
from inspector.targets import load_target


def build(job: dict[str, Any]) -> Callable[[], Any]:
    """The job's provider of its experiment, with its inputs bound."""
    device = job["device"]
    spec = load_target(job["experiment"], device)
    dtype = DTYPES[job["dtype"]] if job.get("dtype") else spec.default_dtype(device)
    shape = tuple(job["shape"]) if job.get("shape") else spec.default_shape(device)
    pass_ = job.get("pass") or spec.natural_pass
    inputs = passes.view(spec, pass_).make_inputs(shape, dtype, device, None)
    fn = providers.make(job["provider"], spec, device, pass_)
    return lambda: fn(*inputs)


if __name__ == "__main__":
    sys.exit(run_worker(sys.argv[1], build))
