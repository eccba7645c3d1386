"""Kept for compatibility: the TORCH_TRACE reader moved to inspector.core.trace (the ground floor); import from there."""

from inspector.core.trace import *  # noqa: F401,F403
