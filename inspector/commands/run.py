"""`inspect list`, `inspect run` and `inspect recollect`: validate the flags, build RunConfigs and
call the capture library. Bad input is one clear line on stderr and exit code 2, never a traceback.

Start-up stays light: experiments are checked against the torch-free catalog
(experiments/_catalog.py, `experiments.catalog`), and torch is imported only in the capture
subprocess, so `inspect list` and the parent of `inspect run` never import it (cli.py registers
these three commands eagerly for that reason).
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

import experiments
from experiments import catalog
from inspector.config import DEFAULT_OUT, MODES, RunConfig
from inspector.usage import Failed, FileError, InputError, Interrupted, user_code_error

# 80 columns (rich's default off a terminal) wraps every kernel name: use 160 when piped
console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else 160)


@click.command("list")
def list_cmd() -> None:
    """List the built-in experiments."""
    table = Table(title="Experiments", title_justify="left")
    for col in ("name", "what it computes", "GPU default", "CPU default", "handwritten kernel", "backward"):
        table.add_column(col)
    for spec in catalog.entries().values():
        table.add_row(
            spec.name,
            spec.summary,
            f"{catalog.format_shape(spec.default_shape('cuda'))} {spec.default_dtype('cuda')}",
            f"{catalog.format_shape(spec.default_shape('cpu'))} {spec.default_dtype('cpu')}",
            _handwritten_status(spec),
            "yes" if spec.supports_backward else "no",
        )
    console.print(table)
    from inspector.report.ranks_view import distributed_table

    console.print(distributed_table(catalog.distributed().values()))


def _handwritten_status(spec) -> str:
    if spec.handwritten is None:
        return "no"
    import importlib.util

    module = spec.handwritten.partition(":")[0]
    return spec.handwritten.replace(":", ".") if importlib.util.find_spec(module) else "no (not written yet)"


def resolve_names(names: tuple[str, ...], run_all: bool) -> list[str]:
    if run_all and names:
        raise InputError("give experiment names or --all, not both")
    if run_all:
        return list(catalog.entries())
    if not names:
        raise InputError(f"name an experiment (one of: {', '.join(catalog.entries())}) or pass --all")
    from inspector.targets import TargetError, check_ref, is_ref

    for name in names:
        try:
            check_ref(name) if is_ref(name) else catalog.get(name)
        except (KeyError, TargetError) as exc:
            raise InputError(exc.args[0]) from None
    return list(names)


def check_not_empty(shape: str | None, shapes: str | None) -> None:
    """`--shape ""` was taken as no shape at all, while `--dtype ""` is refused: refuse both."""
    for flag, value in (("--shape", shape), ("--shapes", shapes)):
        if value is not None and not value.strip(" ,"):
            raise InputError(f"{flag} is empty: give dimensions like 8192x4096 (matmul: MxNxK), or leave it out for the default")


def parse_shapes(spec, shape: str | None, shapes: str | None) -> tuple[tuple[int, ...] | None, tuple]:
    if shape and shapes:
        raise InputError("give --shape or --shapes, not both")
    try:
        if shapes:
            parsed = tuple(spec.parse_shape(s) for s in shapes.split(",") if s.strip())
            if len(parsed) < 2:
                raise InputError("--shapes takes two or more shapes separated by commas, e.g. 64x128,96x128")
            return None, parsed
        return (spec.parse_shape(shape) if shape else None), ()
    except ValueError as exc:
        raise InputError(str(exc)) from None


def build_configs(names, device, mode, dtype, shape, shapes, dynamic, backward, warm, out, seed, capture) -> list[RunConfig]:
    from inspector.versions import resolve_device

    try:
        device = resolve_device(device)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    check_not_empty(shape, shapes)
    if dtype is not None and dtype not in catalog.DTYPE_ALIASES:
        raise InputError(f"unknown --dtype {dtype!r}: choose one of {', '.join(sorted(set(catalog.DTYPE_ALIASES)))}")
    configs = []
    for name in names:
        parsed, parsed_many = None, ()
        if ":" not in name:  # references are checked in the capture subprocess, which runs user code
            spec = catalog.get(name)
            if dtype is not None and catalog.DTYPE_ALIASES[dtype] not in spec.dtypes:
                raise InputError(f"{name} does not support --dtype {dtype}")
            parsed, parsed_many = parse_shapes(spec, shape, shapes)
            if backward and not spec.supports_backward:
                raise InputError(f"{name} has no backward pass to capture; drop --backward")
        elif shape or shapes:
            parsed, parsed_many = _raw_shapes(shape, shapes)
        configs.append(RunConfig(experiment=name, device=device, mode=mode, dtype=dtype, shape=parsed, shapes=parsed_many,
                                 dynamic=dynamic, backward=backward, warm=warm, out=Path(out), seed=seed, capture=capture))
    return configs


def _raw_shapes(shape, shapes):
    """Shapes for a reference, parsed without its spec (the subprocess checks them against it)."""
    def one(text):
        try:
            return tuple(int(p) for p in text.lower().split("x"))
        except ValueError:
            raise InputError(f"shape {text!r} is not integers like 64x128") from None

    if shapes:
        return None, tuple(one(s) for s in shapes.split(",") if s.strip())
    return one(shape), ()


@click.command("run")
@click.argument("names", nargs=-1)
@click.option("--all", "run_all", is_flag=True, help="Run every built-in experiment (carries on past failures; exits 1 if any failed).")
@click.option("--device", type=click.Choice(["auto", "cuda", "cpu"]), default="auto", show_default=True,
              help="Where to run: auto picks cuda when a GPU is present, else cpu (Inductor then emits C++ kernels).")
@click.option("--mode", type=click.Choice(MODES), default="default", show_default=True, help="torch.compile mode.")
@click.option("--dtype", default=None, metavar="DTYPE", help="fp32, fp16 or bf16 (default: bf16 on GPU, fp32 on CPU).")
@click.option("--shape", default=None, metavar="DIMS", help="Override the input shape, e.g. 8192x4096 (matmul: MxNxK).")
@click.option("--shapes", default=None, metavar="DIMS,DIMS,...", help="Call the compiled function on several shapes in sequence, e.g. 64x128,96x128,160x128: shows recompiles and dynamic-shape kernels.")
@click.option("--dynamic/--no-dynamic", default=None, help="Force dynamic-shape or static compilation (default: torch.compile's automatic choice).")
@click.option("--backward", is_flag=True, help="Also compile and capture the backward pass (output.backward(random grad)).")
@click.option("--warm", is_flag=True, help="Reuse the experiment's private Inductor/Triton cache instead of compiling cold; the cache state is recorded.")
@click.option("--root", "--out", "out", default=str(DEFAULT_OUT), show_default=True, type=click.Path(file_okay=False),
              help="Root folder of the captures (the --root of diff and report; --out is the same option, its older name).")
@click.option("--seed", type=int, default=None, help="Seed for the random inputs (default: fresh each run, recorded in results.json).")
@click.option("--no-capture", is_flag=True, help="Compile without any capture settings (no trace, no debug output): the baseline for capture overhead.")
@click.option("--cache-dir", default=None, type=click.Path(file_okay=False), help="Use this Inductor/Triton cache folder instead of OUT/.cache/<name> (never emptied: compiles are warm when it already holds the graph).")
@click.option("--counters", is_flag=True, help="Also profile one steady-state compiled call with Nsight Compute (CUDA with ncu installed): each distinct kernel once, most device time first, within --counters-budget; DRAM bytes, L1/L2 traffic, instructions, occupancy and stall reasons per kernel in kernels.json. A partial run says how many kernels and what share of the device time it covered; elsewhere one line says why there are none.")
@click.option("--counters-budget", "counters_budget", type=click.FloatRange(min=1), default=None, metavar="SECONDS",
              help="With --counters: the seconds the Nsight Compute runs may take in all (default 120: the kernels that make 90% of a GPT-2-small training step's device time on an H100, and the rest as time allows).")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines and no per-run summary: one line per run with its status and capture folder.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Captures at once: compiles run in parallel, timing and profiling take the device's lock one capture at a time; with several GPUs visible, each capture gets one.")
@click.option("--all-kernels", is_flag=True, help="Print the kernel table launch by launch even at model scale (default: up to 40 launches per call; beyond that the step profile's top parts, and the whole table in the report).")
@click.option("--verbose", "-v", is_flag=True, help="Also print the seconds of each phase of each run (start, inputs, compile, ..., render), and the traceback of your code where it raised.")
@click.option("--nproc", type=int, default=None, metavar="N",
              help="Run NAME on N ranks with torchrun (gloo on the CPU, NCCL with one GPU per rank) and compare them; default for a distributed experiment: its own (2).")
@click.option("--timeout", "timeout_s", type=click.FloatRange(min=1), default=900, show_default=True, metavar="SECONDS",
              help="With --nproc: stop the whole job after this many seconds (ranks still running are recorded as timed out).")
def run_cmd(names, run_all, device, mode, dtype, shape, shapes, dynamic, backward, warm, out, seed, no_capture, cache_dir, counters,
            counters_budget, quiet, jobs, all_kernels, verbose, nproc, timeout_s) -> None:
    """Compile experiment NAME(s) under torch.compile in a fresh subprocess and capture every
    generated kernel, compile metrics, graphs and timings into OUT/<name>/<run-id>/.

    NAME is a built-in experiment (see `inspect list`) or your own code: `path/to/file.py:NAME` or
    `package.module:NAME`, where NAME is an experiments.Experiment or a function (optionally taking
    `device`) that returns (fn, args) or (fn, args, kwargs); fn may be an nn.Module. Its capture
    goes to OUT/<file-stem>.<NAME>/.

    With --nproc N (or a distributed experiment such as ddp_mlp) every rank is captured into
    OUT/<name>/<run-id>/ranks/<rank>/ and ranks.json compares them (docs/distributed.md)."""
    from inspector.store import check_writable

    if counters_budget is not None and not counters:
        raise InputError("--counters-budget applies with --counters")
    check_writable(out, folder=True)  # before any compile: an unwritable root is bad input (exit 2)
    if nproc is not None or any(name in experiments.DISTRIBUTED_NAMES for name in names):
        if counters:
            raise InputError("--counters profiles one process: it does not apply to --nproc runs")
        from inspector.commands.ranks import run_ranks

        options = dict(device=device, mode=mode, dtype=dtype, shape=shape, shapes=shapes, dynamic=dynamic, backward=backward,
                       warm=warm, out=out, seed=seed, capture=not no_capture)
        return run_ranks(names, run_all, nproc, timeout_s, options, cache_dir, quiet, console, err_console, verbose)
    from inspector.capture import phases
    from inspector.capture.jobs import run_captures
    from inspector.capture.runner import capture
    from inspector.report.console import print_brief, print_run, run_view, runs_table
    from inspector.targets import TargetError

    configs = build_configs(resolve_names(names, run_all), device, mode, dtype, shape, shapes, dynamic, backward, warm, out, seed, not no_capture)
    configs = [dataclasses.replace(c, counters=counters, **({"counters_budget_s": counters_budget} if counters_budget else {}))
               for c in configs]
    labels = [f"[{i}/{len(configs)}] {config.experiment}" for i, config in enumerate(configs, start=1)]

    def start(index, config, slot, stopped):
        label = labels[index]

        def progress(line, status=None):
            if stopped.is_set():  # Ctrl-C: this capture aborts and removes its staging folder
                raise KeyboardInterrupt
            if not quiet:
                err_console.print(f"[dim]{escape(f'{label} {line}')}[/]", soft_wrap=True)
            if status is not None:
                status.update(escape(f"{label} {line}"))  # the spinner line: a terminal only, and transient

        cache = Path(cache_dir) if cache_dir else None
        if jobs > 1:  # one spinner cannot follow several captures
            return capture(config, progress=progress, cache_dir=cache, slot=slot)
        with err_console.status(f"{label}: starting", spinner="dots") as status:
            return capture(config, progress=lambda line: progress(line, status), cache_dir=cache, slot=slot)

    def done(index, outcome, result):
        if outcome.error is not None:
            err_console.print(f"[red]{labels[index]}: capture failed: {escape(outcome.error)}[/]")
            return
        began = time.perf_counter()
        if quiet:
            print_brief(run_view(result.path), console)
        else:
            print_run(run_view(result.path), console, all_kernels)
        recorded = phases.record(result.path, "render", time.perf_counter() - began)
        if verbose:
            console.print(f"{labels[index]} phases: {phases.describe(recorded)}", soft_wrap=True)

    try:
        outcomes = [o.as_row() for o in run_captures(configs, jobs, start, done, fatal=(TargetError,))]
    except TargetError as exc:  # the user's reference or code: one line, exit 2
        raise user_code_error(exc, verbose) from None
    except KeyboardInterrupt:
        raise Interrupted("inspect run", "no capture folder was left behind by the runs in progress") from None
    if len(configs) > 1:
        console.print(runs_table(outcomes))
    failed = [o[0] for o in outcomes if o[2] is None or o[2].get("status") != "ok"]
    if failed:
        raise Failed(f"{len(failed)} of {len(configs)} failed: {', '.join(failed)}")



@click.command("recollect")
@click.argument("runs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--force", is_flag=True,
              help="Rebuild even when the result would have fewer kernels, launches or compile seconds "
                   "than the capture records (a damaged trace); a warning names what was lost.")
def recollect_cmd(runs, force) -> None:
    """Rebuild the derived files (kernels.json, compile_metrics.json, graphs, manifest summary) of
    existing capture folders RUNS from their raw trace, without compiling again. A folder that
    cannot be rebuilt (no raw trace, a corrupt manifest or results.json, read-only) or whose trace
    is damaged so that kernels, launches or compile time would be lost is left as it was: one
    line each, the others still run, exit code 2 at the end."""
    from inspector.capture.recollect import recollect

    unusable = 0
    for run in runs:
        try:
            manifest = recollect(Path(run), force=force, warn=lambda line: click.echo(line, err=True))
        except FileError as exc:
            exc.show()
            unusable += 1
            continue
        except KeyboardInterrupt:
            raise Interrupted(run, "the capture was left as it was") from None
        s = manifest["summary"]
        console.print(f"{escape(run)}: {s['kernels']} kernels, {s['launches_per_call']} launches per call, "
                      f"compile {s.get('compile_s') or 0:.2f} s")
    if unusable:  # each one was its own line above
        raise click.exceptions.Exit(InputError.exit_code)
