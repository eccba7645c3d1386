"""core/units: the one number formatter of the tables, the report and the charts (None, NaN, 0,
negatives, the unit switch points, very small and very large values)."""

from __future__ import annotations

import math

import pytest

from inspector.core.units import label, millis, nbytes, number, seconds


@pytest.mark.parametrize("value, want", [
    (None, "-"), (math.nan, "-"), (0.0, "0 ms"), (1e-9, "0 ms"), (0.0004, "0 ms"), (0.25, "250 ms"),
    (0.9994, "999 ms"), (1.0, "1.00 s"), (12.345, "12.35 s"), (3600.0, "3600.00 s"), (-0.25, "-250 ms"),
    (-3.0, "-3.00 s"), (math.inf, "inf s"),
])
def test_seconds_in_tables(value, want):
    assert seconds(value) == want


@pytest.mark.parametrize("value, want", [
    (None, "-"), (0.0, "0"), (1e-9, "0.001 µs"), (4e-5, "40 µs"), (9.99e-4, "999 µs"), (1e-3, "1 ms"),
    (0.0125, "12.5 ms"), (0.9994, "999 ms"), (1.0, "1.00 s"), (9.994, "9.99 s"), (10.0, "10.0 s"),
    (1e5, "100000.0 s"), (-4e-5, "-40 µs"), (-2.5, "-2.50 s"),
])
def test_seconds_fine_for_charts(value, want):
    assert seconds(value, fine=True) == want


@pytest.mark.parametrize("value, want", [
    (None, "-"), (math.nan, "-"), (0.0, "0.0 µs"), (0.0123, "12.3 µs"), (0.0999, "99.9 µs"), (0.1, "0.100 ms"),
    (1.5, "1.500 ms"), (12345.6789, "12345.679 ms"), (-0.05, "-50.0 µs"), (-2.0, "-2.000 ms"),
])
def test_millis(value, want):
    assert millis(value) == want


@pytest.mark.parametrize("value, want", [
    (None, "-"), (0, "-"), (1, "1 B"), (1023, "1023 B"), (1024, "1.0 KiB"), (1536, "1.5 KiB"),
    ((1 << 20) - 1, "1024.0 KiB"), (1 << 20, "1.0 MiB"), (3 << 30, "3.0 GiB"), (5 << 40, "5120.0 GiB"),
    (-2048, "-2.0 KiB"),
])
def test_nbytes_switches_at_each_binary_multiple(value, want):
    assert nbytes(value) == want


def test_missing_text_is_the_callers():
    assert seconds(None, missing="") == millis(math.nan, missing="") == nbytes(0, missing="") == ""
    assert number(None, ".1f", missing="") == number(math.nan, ".1f", missing="") == ""
    assert number(None, ".1f") == "-"


@pytest.mark.parametrize("value, spec, suffix, want", [
    (0.0, ".4g", "", "0"), (1234.5678, ",.0f", " GB/s", "1,235 GB/s"), (-0.5, ".1f", "x", "-0.5x"),
    (1e-12, ".3g", "", "1e-12"), (2.5e12, ",.0f", "", "2,500,000,000,000"), (97.4, ".0f", "%", "97%"),
])
def test_number(value, spec, suffix, want):
    assert number(value, spec, suffix) == want


@pytest.mark.parametrize("value, unit, want", [
    (0.0, "s", "0"), (0.25, "s", "250 ms"), (1e-5, "s", "10 µs"), (1.234, "x", "1.23x"), (0.0, "x", "0.00x"),
    (3456.7, "GB/s", "3,457 GB/s"), (12345.0, "TFLOP/s", "1.23e+04 TFLOP/s"), (0.5, "MB", "0.5 MB"),
    (0.0, "", "0"), (0.0005, "", "0.0005"), (7.5, "", "7.5"), (9.999, "", "10"), (10.0, "", "10"),
    (20000.0, "", "20,000"), (-0.25, "", "-0.25"), (-20000.0, "", "-20,000"), (None, "", "-"), (math.nan, "GB/s", "-"),
])
def test_chart_labels(value, unit, want):
    assert label(value, unit) == want
