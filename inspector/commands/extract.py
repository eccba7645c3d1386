"""`inspect extract RUN KERNEL | --all`: a generated kernel as a standalone reproducer folder (thin:
resolve the capture, build the plans, write the files, print where they went).

The plans come from inspector/analysis/extract.py, the files' text from
inspector/analysis/reproducer.py. Bad input (an extern call, an unknown kernel, a capture missing
the source or the launch) is one line and exit 2.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import click

from inspector import store
from inspector.analysis import extract as plans
from inspector.analysis import reproducer
from inspector.commands.diff import resolve_run
from inspector.config import DEFAULT_OUT
from inspector.usage import InputError


@click.command("extract")
@click.argument("run", metavar="RUN")
@click.argument("kernel", required=False, metavar="KERNEL")
@click.option("--all", "all_kernels", is_flag=True, help="Extract every generated kernel of the capture.")
@click.option("--out", default="extracted", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write <kernel>/ into (original.py, kernel.py or kernel.cpp, repro.py, meta.json).")
@click.option("--root", default=str(DEFAULT_OUT), show_default=True, type=click.Path(file_okay=False),
              help="Root folder of the captures (where an experiment name's latest capture is looked up).")
def extract(run, kernel, all_kernels, out, root) -> None:
    """Write a generated kernel as a standalone, editable, measurable reproducer. RUN is a capture
    folder or an experiment name (its latest capture); KERNEL is a kernel name from it, or --all."""
    if bool(kernel) == bool(all_kernels):
        raise InputError("give one KERNEL name or --all (not both)")
    folder = resolve_run(run, Path(root))
    skipped: list[str] = []
    extracted = plans.load(folder, None if all_kernels else kernel, skipped)
    manifest = store.load_json(folder / store.MANIFEST)
    out_dir = Path(out)
    store.check_writable(out_dir, folder=True)
    for plan in extracted:
        target = out_dir / plan.name
        for name, text in reproducer.files(plan, manifest, folder).items():
            store.write_text(target / name, text)
        edit = "kernel.py" if plan.backend == "triton" else "kernel.cpp"
        click.echo(f"{plan.name}: {target}/ (edit {edit}, then: python {shlex.quote(str(target / 'repro.py'))} --check --bench)")
    for line in skipped:
        click.echo(f"not extracted: {line}", err=True)
    _, externs = plans.kernel_names(store.load_json(folder / "kernels.json"))
    if all_kernels and externs:
        click.echo(f"not extracted (extern calls, no generated source): {', '.join(externs)}")
