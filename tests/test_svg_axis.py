"""core/svg_axis: the one value axis of the report's bar charts and the sweep's line chart: tick
choice (linear, log, empty or zero-width data), value to pixel, and the tick labels."""

from __future__ import annotations

import math

import pytest

from inspector.core.svg_axis import decades, linear, nice_step


@pytest.mark.parametrize("raw, steps, want", [
    (7.3, (1, 2, 2.5, 5), 10), (0.23, (1, 2, 2.5, 5), 0.25), (0.23, (1, 2, 5), 0.5), (0.2001, (1, 2, 5), 0.2),
    (1.0, (1, 2, 5), 1), (4210.0, (1, 2, 5), 5000), (3e-9, (1, 2, 5), 5e-9), (0.0, (1, 2, 5), 1.0),
    (-3.0, (1, 2, 5), 1.0), (math.inf, (1, 2, 5), 1.0),
])
def test_nice_step_is_the_next_round_number(raw, steps, want):
    assert nice_step(raw, steps) == pytest.approx(want)


@pytest.mark.parametrize("data_max", [0.0132, 7.5, 980.0, 4210.0, 1e-7, 3.3e9])
def test_an_axis_to_the_next_tick_covers_the_data(data_max):
    axis = linear(data_max, 400, 70, room=1.05, steps=(1, 2, 5), to_tick=True)
    assert axis.ticks[0] == 0 and axis.ticks[-1] == axis.top >= data_max * 1.05 and len(axis.ticks) <= 7
    assert len({round((b - a) / axis.ticks[1], 9) for a, b in zip(axis.ticks, axis.ticks[1:])}) == 1
    assert axis.at(0) == 400 and axis.at(axis.top) == pytest.approx(70)  # drawn upwards


@pytest.mark.parametrize("data_max", [0.0132, 7.5, 980.0, 1.0, 123456.0])
def test_a_bar_axis_ends_at_its_data_plus_room_and_no_tick_lies_past_it(data_max):
    axis = linear(data_max, 270, 1090, "s", room=1.04)
    assert axis.top == pytest.approx(data_max * 1.04)
    assert axis.ticks[0] == 0 and axis.ticks[-1] <= axis.top and 3 <= len(axis.ticks) <= 6
    assert axis.at(axis.top) == pytest.approx(1090) and axis.length(data_max / 2) == pytest.approx(820 / 2.08)


@pytest.mark.parametrize("data_max", [0.0, -5.0, math.nan, math.inf])
def test_no_positive_data_gives_a_unit_axis(data_max):
    axis = linear(data_max, 0, 100)
    assert axis.top == 1.0 and axis.ticks == pytest.approx((0, 0.2, 0.4, 0.6, 0.8, 1.0))
    assert [text for _, text in axis.marks()] == ["0", "0.2", "0.4", "0.6", "0.8", "1"]


def test_values_below_an_axis_clamp_to_its_start():
    assert linear(10.0, 50, 150).at(-3.0) == 50
    assert decades([1e-3, 5.0], 0, 400).at(1e-9) == 0


def test_marks_are_pixels_and_labels_in_the_axis_unit():
    axis = linear(1.0, 0, 520, "s", room=1.04)  # 1.04 / 5 ticks: a 0.25 step
    assert [text for _, text in axis.marks()] == ["0", "250 ms", "500 ms", "750 ms", "1.00 s"]
    assert [x for x, _ in axis.marks()] == pytest.approx([0, 125, 250, 375, 500])
    gbps = linear(3000.0, 0, 100, "GB/s", room=1.04)
    assert gbps.marks()[-1][1] == "3,000 GB/s"


def test_a_log_axis_spans_whole_decades():
    axis = decades([2e-5, 0.3, 40.0], 100, 700, "s")
    assert (axis.lo, axis.hi) == (-5, 2) and axis.ticks == pytest.approx(tuple(10.0**k for k in range(-5, 3)))
    assert axis.at(1e-5) == 100 and axis.at(100.0) == pytest.approx(700) and axis.at(1e-2) == pytest.approx(100 + 600 * 3 / 7)
    assert [text for _, text in axis.marks()][:3] == ["10 µs", "100 µs", "1 ms"] and axis.marks()[-1][1] == "100.0 s"


@pytest.mark.parametrize("values, lo, hi", [([3.0], 0, 1), ([10.0, 10.0], 1, 2), ([], 0, 1), ([0.0, -1.0], 0, 1)])
def test_a_log_axis_over_one_value_or_none_is_one_decade(values, lo, hi):
    axis = decades(values, 0, 100)
    assert (axis.lo, axis.hi) == (lo, hi) and len(axis.ticks) == 2 and axis.at(10.0**hi) == pytest.approx(100)
