"""Kept for compatibility: the correctness checks moved to inspector.core.policy (the ground floor); import from there."""

from inspector.core.policy import *  # noqa: F401,F403
