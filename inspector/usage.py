"""The one error type of the `inspect` commands for a user mistake: one line on stderr, exit 2.

Kept out of cli.py so that the command modules cli.py imports (bench, sweep, diff, report) can
raise it too.
"""

from __future__ import annotations

import click


class InputError(click.ClickException):
    """A user mistake: printed as one line, exit code 2."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"error: {self.message}", err=True)
