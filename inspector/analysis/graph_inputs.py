"""Kept for compatibility: the graph input-shape reader moved to inspector.core.graph_inputs (the ground floor); import from there."""

from inspector.core.graph_inputs import *  # noqa: F401,F403
