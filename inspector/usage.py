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


class FileError(InputError):
    """A stored file that cannot be read (missing, truncated, corrupt) or an output that cannot be
    written (read-only folder, full disk): one line naming the file, exit code 2."""

    def __init__(self, path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.detail = message


class Commands(click.Group):
    """The `inspect` group: Ctrl-C in any command ends with one line and exit code 130 (click's
    default is "Aborted!" and 1). Outputs are written whole or not at all (store.write_text), so an
    interrupted command leaves no partial file."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            name = ctx.invoked_subcommand or ctx.info_name
            click.echo(f"inspect {name}: interrupted; no partial output was written", err=True)
            raise click.exceptions.Exit(INTERRUPTED) from None


INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a process ended by Ctrl-C
