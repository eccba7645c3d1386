"""The `inspect` command: the click group, its commands and `main`. The commands themselves live in
inspector/commands/, one module each.

Start-up stays light: `list`, `run` and `recollect` (inspector/commands/run.py) import no torch
and are registered here; the commands that need torch, pandas or jinja2 are imported when they
run (LazyGroup, inspector/commands/group.py), so `inspect --help`, `inspect list` and the parent
of `inspect run` never import them.
"""

from __future__ import annotations

import click

from inspector.commands.group import LazyGroup
from inspector.commands.run import list_cmd, recollect_cmd, run_cmd

# name -> (module:attribute, the one-line help `inspect --help` shows without importing it)
LAZY_COMMANDS = {
    "bench": ("inspector.commands.bench:bench", "Time eager, torch.compile and the handwritten Triton kernel side by side."),
    "diff": ("inspector.commands.diff:diff", "A capture against its handwritten kernel, or two captures of one experiment."),
    "extract": ("inspector.commands.extract:extract", "A generated kernel as a standalone, editable, measurable reproducer."),
    "report": ("inspector.commands.report:report", "One self-contained HTML page over captures and bench CSVs."),
    "sweep": ("inspector.commands.sweep:sweep", "Run a handwritten kernel over a grid of launch parameters and shapes."),
}


@click.group(cls=LazyGroup, lazy_commands=LAZY_COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="inductor-inspector")
def main() -> None:
    """inductor-inspector: see what torch.compile (TorchInductor) generates, what it costs, and how
    it compares with handwritten Triton kernels."""


main.add_command(list_cmd)
main.add_command(run_cmd)
main.add_command(recollect_cmd)


if __name__ == "__main__":
    main()
