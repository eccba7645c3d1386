"""How an `inspect` command ends when it does not simply succeed: the exit codes of README's table.

Bad input anywhere, in a command or in the library it calls, is `raise InputError(...)`: one line
on stderr, exit 2. A command whose work ran but failed in part raises `Failed` (exit 1); Ctrl-C
ends in `Interrupted` (exit 130), raised by the command when it has something to say about what
was kept, else by the group (commands/group.py). They are click exceptions, so click prints them
and exits with their code whether a command runs under the `inspect` group or on its own.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

import click

INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a process ended by Ctrl-C


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


class Failed(click.ClickException):
    """The work ran, but an experiment, provider or sweep point failed or was wrong (the others
    still ran and were saved): one line each on stderr (red on a terminal), exit code 1."""

    exit_code = 1

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines

    def show(self, file=None) -> None:
        for line in self.lines:
            click.secho(line, fg="red", err=True)


class Interrupted(click.ClickException):
    """Ctrl-C: one line, `<what>: interrupted; <what was kept>`, exit code 130. Outputs are
    written whole or not at all (store.write_text), so an interrupted command leaves no partial file."""

    exit_code = INTERRUPTED

    def __init__(self, what: str, kept: str) -> None:
        super().__init__(f"{what}: interrupted; {kept}")

    def show(self, file=None) -> None:
        click.echo(self.message, err=True)


@contextmanager
def held_interrupt() -> Iterator[None]:
    """Hold Ctrl-C until the block ends, then raise it as KeyboardInterrupt.

    For work that a KeyboardInterrupt must not cut: imports of C extensions. The first import of
    torch._dynamo imports triton, whose extension aborts the process (SIGABRT, "terminate called
    after throwing an instance of 'nanobind::python_error'") when the interrupt lands during its
    initialisation, so an `inspect bench` stopped there died by a signal instead of exiting 130;
    one landing during `import torch` could be swallowed, and the bench ran on. Only the main
    thread can set a handler, and one that is not Python's default (ignored, or another
    program's) is left alone."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    pressed: list[int] = []
    signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if pressed:
        raise KeyboardInterrupt


def user_code_error(exc, verbose: bool) -> InputError:
    """The one line for a reference that cannot be loaded. Where the user's code raised, the line
    names the deepest frame; their whole traceback (our frames left out) comes before it with -v
    only: five lines of it before every error line buried the message."""
    where = exc.where()
    if where is None:
        return InputError(str(exc))
    if verbose:
        click.echo(exc.user_traceback.rstrip(), err=True)
        return InputError(f"{exc} (at {where})")
    return InputError(f"{exc} (at {where}; -v prints your traceback)")
