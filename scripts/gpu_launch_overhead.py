"""Host time per call of the handwritten norm-backward launchers against their GPU time, on one GPU.

A launcher whose host work (checks, allocations, Triton launches) takes longer than the GPU work
queued before it leaves the GPU idle inside the timed region: do_bench's L2 flush (zeroing
256 MB, ~70 us on an H200) is all the head start the host gets. This script measures, for
layernorm_backward and rmsnorm_backward at 8192x4096 bf16:

  host us/call   2000 calls back to back without synchronising, over the calls (the GPU keeps
                 up only if it is faster; the queue is drained before and after): timing.host_us,
                 as `inspect bench` measures it (there with up to 50 calls);
  launch only    the same for the two Triton launches alone, on buffers allocated once;
  gpu ms         timing.time_fn (do_bench median, L2 flushed), as `inspect bench` and
                 `inspect sweep` time it;

first in a fresh process, then again after torch.compile has compiled and run the experiment's
forward and backward graphs (the state `inspect bench` times the handwritten kernel in).
Usage: PYTHONPATH=. python scripts/gpu_launch_overhead.py
"""

from __future__ import annotations

import argparse
import sys

import torch

from experiments import REGISTRY
from handwritten import layernorm_backward as lb
from inspector.core.timing import host_us, time_fn
from inspector.versions import collect

SHAPE = (8192, 4096)
CALLS = 2000


def launches_only(x, w, b, dy, rms):
    """The launcher's two kernel launches on buffers allocated once (its defaults' config)."""
    m, n = x.shape
    block = n
    rows = lb.default_rows_per_step(block)
    warps = lb.default_num_warps(rows, block, rms)
    g = torch.cuda.get_device_properties(x.device).multi_processor_count
    dx, dw, db = torch.empty_like(x), torch.empty_like(w), torch.empty_like(w)
    loss = torch.empty((), dtype=x.dtype, device=x.device)
    parts = [torch.empty((g, n), dtype=torch.float32, device=x.device) for _ in range(2)]
    loss_part = torch.empty((g,), dtype=torch.float32, device=x.device)

    def run():
        lb.launch_config(x, w, b, dy, dx, parts[0], parts[1], loss_part, dw, db, loss, lb.RMS_EPS if rms else lb.EPS,
                         rms, rows, warps, num_stages=3)
    return run


def measure(label: str, cases) -> None:
    for name, fn, launch in cases:
        fn(), launch()
        gpu = time_fn(fn, "cuda").median_ms
        gpu_launch = time_fn(launch, "cuda").median_ms
        print(f"{label:22} {name:20} launcher: host {host_us(fn, calls=CALLS):6.1f} us/call, gpu {gpu:.4f} ms | "
              f"launches only: host {host_us(launch, calls=CALLS):6.1f} us/call, gpu {gpu_launch:.4f} ms", flush=True)


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    if not torch.cuda.is_available():
        sys.exit("needs a CUDA GPU")
    v = collect("cuda")
    print(f"{v.device_name}, torch {v.torch}, triton {v.triton}; {SHAPE[0]}x{SHAPE[1]} bf16; {CALLS} calls")
    g = torch.Generator(device="cuda").manual_seed(0)
    ln_in = REGISTRY["layernorm_backward"].make_inputs(SHAPE, torch.bfloat16, "cuda", g)
    rms_in = REGISTRY["rmsnorm_backward"].make_inputs(SHAPE, torch.bfloat16, "cuda", g)
    x, w, b, dy = ln_in
    xr, wr, dyr = rms_in
    cases = [("layernorm_backward", lambda: lb.layernorm_backward(*ln_in), launches_only(x, w, b, dy, False)),
             ("rmsnorm_backward", lambda: lb.rmsnorm_backward(*rms_in), launches_only(xr, wr, None, dyr, True))]
    measure("fresh process", cases)
    for name, inputs in (("layernorm_backward", ln_in), ("rmsnorm_backward", rms_in)):
        spec = REGISTRY[name]
        leaves = [t.detach().requires_grad_(True) if i in spec.grad_inputs else t for i, t in enumerate(inputs)]
        step = torch.compile(spec.eager)
        for _ in range(5):
            torch.autograd.grad(step(*leaves), [leaves[i] for i in spec.grad_inputs])
    torch.cuda.synchronize()
    measure("after torch.compile", cases)


if __name__ == "__main__":
    main()
