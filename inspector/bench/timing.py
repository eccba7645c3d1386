"""Kept for compatibility: timing moved to inspector.core.timing (the ground floor); import from there."""

from inspector.core.timing import *  # noqa: F401,F403
