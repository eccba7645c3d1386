"""inspector.analysis.bounds: floors, the bound of a kernel, and the split of a measured gap.

The rates are round numbers chosen so that each branch is hit with a known margin: a 4 TB/s copy
(4e6 bytes per microsecond) and an issue rate of 1e12 warp instructions per second (1e6 per
microsecond). They are inputs, not measurements.
"""

from __future__ import annotations

import math

import pytest

from inspector.analysis.bounds import (BOUND_UTIL, ISSUE, LATENCY, LAUNCH, LAUNCH_US, MEMORY, UNEXPLAINED_SHARE,
                                       KernelCounters, Rates, SplitError, classify, issue_floor_us, memory_floor_us,
                                       split_gap)

RATES = Rates(copy_bytes_per_s=4e12, issue_per_s=1e12)


def kernel(duration_us: float = 40.0, read: float | None = 60e6, write: float | None = 60e6,
           instructions: float | None = 10e6, **kw) -> KernelCounters:
    return KernelCounters("k", duration_us, read, write, instructions=instructions, **kw)


def test_floors():
    k = kernel()  # 120 MB at 4e6 B/us = 30 us; 10 M instructions at 1e6 /us = 10 us
    assert memory_floor_us(k, RATES) == pytest.approx(30.0)
    assert issue_floor_us(k, RATES) == pytest.approx(10.0)
    assert classify(k, RATES).above_floor == pytest.approx(40.0 / 30.0)
    assert memory_floor_us(kernel(read=None, write=None), RATES) is None
    assert issue_floor_us(kernel(instructions=None), RATES) is None


def test_issue_rate_from_the_counters_themselves():
    k = kernel(smsp_count=528, smsp_clock_hz=2e9)  # 528 schedulers x 2 GHz = 1.056e12 warp instructions/s
    assert k.issue_rate == pytest.approx(1.056e12)
    assert issue_floor_us(k, Rates(4e12)) == pytest.approx(10e6 / 1.056e12 * 1e6)
    assert issue_floor_us(kernel(), Rates(4e12)) is None  # no rate anywhere: no floor


def test_launch_bound_first():
    b = classify(kernel(duration_us=LAUNCH_US - 1, read=30e6, write=0), RATES)  # DRAM would say memory-bound
    assert b.kind == LAUNCH and "launch" in b.why


def test_memory_bound_from_bytes():
    b = classify(kernel(issue_pct=25.0), RATES)  # memory 30/40 = 75%, issue 25%
    assert b.kind == MEMORY and b.memory_util == pytest.approx(0.75) and b.issue_util == pytest.approx(0.25)
    assert "75% of the copy rate" in b.why


def test_memory_bound_from_dram_percent_when_bytes_are_missing():
    b = classify(kernel(read=None, write=None, dram_pct=70.0, issue_pct=20.0), RATES)
    assert b.kind == MEMORY and b.memory_util == pytest.approx(0.70) and b.memory_floor_us is None


def test_issue_bound_from_issue_percent_and_from_the_floor():
    b = classify(kernel(read=10e6, write=10e6, instructions=30e6, issue_pct=80.0), RATES)  # memory 5/40
    assert b.kind == ISSUE and b.issue_util == pytest.approx(0.80) and "issue slots 80% busy" in b.why
    b = classify(kernel(read=10e6, write=10e6, instructions=32e6), RATES)  # no issue %: floor 32/40
    assert b.kind == ISSUE and b.issue_util == pytest.approx(0.80)
    assert b.above_floor == pytest.approx(40 / 32)


def test_latency_bound_names_occupancy_and_stalls():
    k = kernel(read=20e6, write=20e6, issue_pct=20.0, achieved_occupancy_pct=30.0, theoretical_occupancy_pct=50.0,
               stalls={"long_scoreboard": 9.5, "barrier": 3.0, "wait": 1.0})
    b = classify(k, RATES)  # memory 10/40 = 25%, issue 20%
    assert b.kind == LATENCY
    assert "occupancy 30% of a possible 50%" in b.why and "long_scoreboard 9.5, barrier 3.0" in b.why
    assert "wait" not in b.why  # the top two only


def test_threshold_edge_is_inclusive():
    exactly = kernel(read=BOUND_UTIL * 40 * 4e6, write=0.0, issue_pct=0.0)
    assert classify(exactly, RATES).kind == MEMORY
    below = kernel(read=BOUND_UTIL * 40 * 4e6 * 0.99, write=0.0, issue_pct=0.0)
    assert classify(below, RATES).kind == LATENCY


def test_rmsnorm_row_of_the_h200_table_splits_exactly():
    """The issue's Nsight Compute row (H200, torch 2.11, 8192x4096 bf16, one call, caches flushed).
    The rates are assumptions for the test, not measurements: a 4.2 TB/s copy (GPU.md's H200
    figure) and 132 SMs x 4 schedulers x 1.98 GHz."""
    rates = Rates(copy_bytes_per_s=4.2e12, issue_per_s=132 * 4 * 1.98e9)
    inductor = KernelCounters("triton_red_fused__to_copy_add_mean_mul_pow_rsqrt_0", 37.6, 67.1e6, 46.0e6,
                              instructions=17.3e6)
    hand = KernelCounters("_rmsnorm_kernel", 33.4, 67.1e6, 43.2e6, instructions=10.3e6)
    split = split_gap([inductor], [hand], rates)
    assert split.gap_us == pytest.approx(4.2)
    assert split.dram_bytes == pytest.approx(2.8e6) and split.instructions == pytest.approx(7.0e6)
    assert split.dram_us == pytest.approx(2.8e6 / 4.2e12 * 1e6)
    assert split.instruction_us == pytest.approx(7.0e6 / (132 * 4 * 1.98e9) * 1e6)
    total = split.dram_us + split.instruction_us + split.remainder_us
    assert math.isclose(total, split.gap_us, rel_tol=0, abs_tol=1e-12)  # the terms add up to the gap
    # 7 M more warp instructions at the full issue rate (6.7 us) exceed the whole 4.2 us gap: the
    # instructions overlap the memory time, and the remainder says so instead of hiding it
    assert split.remainder_us < 0 and split.unexplained
    assert "unexplained: the two terms overlap" in split.text()
    assert classify(inductor, rates).kind == MEMORY and classify(hand, rates).kind == MEMORY


def test_split_explained_and_unexplained_remainders():
    gen = [kernel(duration_us=50.0, read=100e6, write=60e6, instructions=20e6)]
    hand = [kernel(duration_us=40.0, read=80e6, write=60e6, instructions=14e6)]
    split = split_gap(gen, hand, RATES)  # gap 10 = DRAM 5 (20 MB) + instructions 6 (6 M) - 1
    assert split.dram_us == pytest.approx(5.0) and split.instruction_us == pytest.approx(6.0)
    assert split.remainder_us == pytest.approx(-1.0) and not split.unexplained  # 10% of the gap
    assert "(occupancy, latency, launches)" in split.text()
    slow = [kernel(duration_us=60.0, read=100e6, write=60e6, instructions=20e6)]
    split = split_gap(slow, hand, RATES)  # gap 20, terms 11: remainder 9 = 45%
    assert split.remainder_us == pytest.approx(9.0)
    assert split.remainder_us > UNEXPLAINED_SHARE * split.gap_us and split.unexplained
    assert "— unexplained" in split.text() and "overlap" not in split.text()


def test_split_sums_several_kernels_and_refuses_missing_counters():
    two = [kernel(duration_us=20.0, read=40e6, write=30e6, instructions=5e6)] * 2
    one = [kernel(duration_us=30.0, read=60e6, write=60e6, instructions=8e6)]
    split = split_gap(two, one, RATES)
    assert split.gap_us == pytest.approx(10.0) and split.dram_bytes == pytest.approx(20e6)
    with pytest.raises(SplitError, match="instructions"):
        split_gap([kernel(instructions=None)], one, RATES)
    with pytest.raises(SplitError, match="issue rate"):
        split_gap(two, one, Rates(4e12))


def test_a_gap_within_noise_is_not_split():
    """silu on the H200: the capture's kernel 0.3 us slower than the handwritten one in 38 us, with
    11.5 M more instructions issued while memory is busy: a tie, not a 4000% remainder."""
    gen, hand = kernel(duration_us=38.3, instructions=23.1e6), kernel(duration_us=38.0, instructions=11.6e6)
    split = split_gap([gen], [hand], RATES)
    assert split.no_gap and not split.unexplained
    assert split.text().startswith("measured gap +0.3 µs, under 3% of the 38.3 µs call: no gap to split")


def test_bound_text_names_the_bound_floors_and_distance():
    text = classify(kernel(), RATES).text()  # 40 us against floors of 30 (memory) and 10 (issue)
    assert text.startswith("memory-bound: DRAM at 75% of the copy rate")
    assert text.endswith("floors: memory 30.0 µs, issue 10.0 µs; 1.33x the larger floor")
    assert classify(kernel(duration_us=2.0), RATES).text() == \
        "launch-bound: 2.0 µs, under 5 µs: launch and ramp-up dominate"
