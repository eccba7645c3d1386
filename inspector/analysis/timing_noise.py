"""Kept for compatibility: the timing-noise rule moved to inspector.core.timing_noise (the ground floor); import from there."""

from inspector.core.timing_noise import *  # noqa: F401,F403
