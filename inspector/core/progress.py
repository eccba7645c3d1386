"""The progress callback of the long-running commands (capture, bench, sweep): one line of text
per step, shown by the caller (a terminal status line, a log) or dropped."""

from __future__ import annotations

from typing import Callable

Progress = Callable[[str], None]

