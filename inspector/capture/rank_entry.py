"""One rank of `inspect run NAME --nproc N`, started by torchrun:
`python -m torch.distributed.run --nproc-per-node N -m inspector.capture.rank_entry CONFIG.json JOB_DIR`.

Each rank is the single-process capture worker (worker.py) with three things around it:
- before torch is imported, its own settings: TORCH_TRACE=JOB_DIR/ranks/<rank>/trace and a
  private Inductor/Triton cache per rank (<cache>/rank-<rank>/), so each rank compiles cold and
  its cache hits and misses are its own; stdout and stderr go to ranks/<rank>/worker.log;
- the process group, initialized before the experiment's build function or the user's NAME is
  called: gloo on the CPU, NCCL on GPUs with the rank's GPU (LOCAL_RANK) made current, with the
  job's timeout, so a rank waiting on a dead peer fails instead of waiting for 30 minutes;
- steady-state timing in lockstep: the worker's time-boxed loop lets a fast rank make more calls
  than a slow one, and a call holding a collective (DDP's gradient all-reduce) then waits
  forever for its peers. Here every rank makes the same number of calls, after a barrier.
The worker's exit code goes to ranks/<rank>/exit.json for the parent.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

# set by inspector.capture.distributed in the launcher's environment
CACHE_ENV = "INSPECTOR_JOB_CACHE"
CAPTURE_ENV = "INSPECTOR_JOB_CAPTURE"
TIMEOUT_ENV = "INSPECTOR_JOB_TIMEOUT_S"

LOCKSTEP_WARMUP_CALLS = 3
LOCKSTEP_CALLS = 20  # ddp_mlp's step takes ~20 ms on a 2-core CPU: 20 samples give a median in well under a second


def rank_dir(job_dir: Path, rank: int) -> Path:
    return job_dir / "ranks" / str(rank)


def _redirect_output(log_path: Path) -> None:
    log = open(log_path, "w", buffering=1)
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(log.fileno(), 1)
    os.dup2(log.fileno(), 2)


def lockstep_ms(fn, device: str) -> dict[str, float]:
    """Median and 20/80th percentile in ms of LOCKSTEP_CALLS calls, the same count on every rank."""
    import torch
    import torch.distributed as dist

    from inspector.core.timing import timing_from_samples

    def sync() -> None:
        if device == "cuda":
            torch.cuda.synchronize()

    dist.barrier()
    for _ in range(LOCKSTEP_WARMUP_CALLS):
        fn()
    samples = []
    for _ in range(LOCKSTEP_CALLS):
        sync()
        t0 = time.perf_counter()
        fn()
        sync()
        samples.append((time.perf_counter() - t0) * 1e3)
    timing = timing_from_samples(samples)
    return {"median_ms": timing.median_ms, "p20_ms": timing.p20_ms, "p80_ms": timing.p80_ms}


def main(config_path: str, job_dir_arg: str) -> int:
    rank = int(os.environ["RANK"])
    local_rank = int(os.environ.get("LOCAL_RANK", rank))
    folder = rank_dir(Path(job_dir_arg), rank)
    folder.mkdir(parents=True, exist_ok=True)
    _redirect_output(folder / "worker.log")
    cache = Path(os.environ[CACHE_ENV]) / f"rank-{rank}"
    os.environ["TORCHINDUCTOR_CACHE_DIR"] = str(cache / "inductor")
    os.environ["TRITON_CACHE_DIR"] = str(cache / "triton")
    if os.environ.get(CAPTURE_ENV) == "1":
        os.environ["TORCH_TRACE"] = str(folder / "trace")

    import torch  # noqa: E402  (after the settings above: torch reads them at import)
    import torch.distributed as dist

    from inspector.capture import worker

    device = json.loads(Path(config_path).read_text())["device"]
    if device == "cuda":
        torch.cuda.set_device(local_rank)
    dist.init_process_group("nccl" if device == "cuda" else "gloo",
                            timeout=timedelta(seconds=float(os.environ.get(TIMEOUT_ENV, "600"))))
    worker.LOCKSTEP_TIMER = lockstep_ms  # see the module docstring: equal call counts on every rank
    rc = 1
    try:
        rc = worker.main(config_path, str(folder))
    finally:
        (folder / "exit.json").write_text(json.dumps({"rank": rank, "rc": rc}) + "\n")
        if rc == 0:  # a failed rank leaves at once: its peers may be stuck in a collective
            dist.destroy_process_group()
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
