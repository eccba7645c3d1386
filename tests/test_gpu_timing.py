"""The CUDA timer times the call's kernels, not the host's time to issue them (core/timing.py's
host lead). A call that spends ~0.4 ms on the host before one short kernel must time as that
kernel: without the lead every sample would hold the host's 0.4 ms."""

import time

import pytest
import torch

from inspector.core.timing import host_us, time_fn

pytestmark = pytest.mark.gpu


def _host_heavy(x: torch.Tensor, host_s: float):
    def call():
        deadline = time.perf_counter() + host_s
        while time.perf_counter() < deadline:  # Python checks, guards, launches: host work the GPU waits for
            pass
        return x.add_(1.0)
    return call


@pytest.mark.parametrize("setup", [False, True])
def test_host_time_stays_outside_the_timed_region(setup):
    x = torch.randn(1 << 20, device="cuda")
    call = _host_heavy(x, 4e-4)
    kernel_ms = time_fn(lambda: x.add_(1.0), "cuda").median_ms
    assert host_us(call) > 350  # the host really spends its 0.4 ms per call
    timed = time_fn(call, "cuda", setup=(lambda: None) if setup else None)
    assert timed.median_ms < kernel_ms + 0.2, (timed, kernel_ms)


def test_a_cuda_timing_records_its_calibration_and_the_recheck_reuses_it():
    """timed_with_load keeps the estimate and host time beside a CUDA timing; the re-check's rounds
    then make one warm-up call and 3 samples each, with no estimate or host-time calls."""
    from inspector.capture import recheck

    x = torch.randn(1 << 20, device="cuda")
    calls = [0]

    def step():
        calls[0] += 1
        torch.cuda._sleep(20_000_000)  # ~10 ms or more on an H100/H200: a long training step
        return x.add_(1.0)

    record = recheck.timed_with_load(step, "cuda")
    assert record["estimate_ms"] > 5 and record["host_us"] > 0
    calls[0] = 0
    recheck.recheck(step, lambda: x.add_(1.0), "cuda", first=(record, record))
    assert calls[0] == recheck.ROUNDS * (1 + recheck.MIN_SAMPLES)
