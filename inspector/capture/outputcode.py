"""Kept for compatibility: the wrapper (output_code.py) parser moved to inspector.core.outputcode (the ground floor); import from there."""

from inspector.core.outputcode import *  # noqa: F401,F403
