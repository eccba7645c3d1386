"""The `inspect` click group: subcommands imported when they run, not when `inspect` starts, and
Ctrl-C in any command as one line and exit code 130 (click's default is "Aborted!" and 1).

The commands behind it (bench, diff, report, sweep) import torch, pandas or jinja2 at module
level, 2-5 s on a small machine; `inspect --help` lists them from their one-line help alone.
"""

from __future__ import annotations

import importlib

import click

from inspector.usage import Interrupted, held_interrupt

LOADING = "inspector.loading_command"  # ctx.meta key: the lazy command being imported


class LazyGroup(click.Group):
    """The `inspect` group with lazy subcommands. lazy_commands: name -> ("module:attribute",
    one-line help shown in the command list)."""

    def __init__(self, *args, lazy_commands: dict[str, tuple[str, str]] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = dict(lazy_commands or {})

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:  # a command with more to say raises usage.Interrupted itself
            # a command interrupted while it is imported has no invoked_subcommand yet
            name = ctx.invoked_subcommand or ctx.meta.get(LOADING)
            raise Interrupted(f"inspect {name}" if name else "inspect", "no partial output was written") from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.commands or name not in self.lazy_commands:
            return super().get_command(ctx, name)
        return self.load(name)

    def load(self, name: str) -> click.Command:
        context = click.get_current_context(silent=True)
        if context is not None:
            context.meta[LOADING] = name
        target, _ = self.lazy_commands[name]
        module, _, attr = target.partition(":")
        with held_interrupt():  # torch's C extensions swallow or abort on a Ctrl-C mid-import
            command = getattr(importlib.import_module(module), attr)
        self.add_command(command, name)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            if name in self.commands:
                command = self.commands[name]
                if command.hidden:
                    continue
                rows.append((name, command.get_short_help_str(formatter.width - 6 - len(name))))
            else:
                rows.append((name, self.lazy_commands[name][1]))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
