"""`inspect run NAME --nproc N`: validate, capture every rank (capture/distributed.py), compare
them (analysis/ranks.py), print the comparison (report/ranks_view.py). Called from the run command
(commands/run.py) when --nproc is given or NAME is distributed; like every command it sits above
capture, analysis and report, which do not import each other."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape

import experiments
from inspector.config import RunConfig
from inspector.usage import Failed, InputError, Interrupted, user_code_error


def resolve_nproc(name: str, nproc: int | None, device: str) -> int:
    spec = experiments.DISTRIBUTED.get(name)
    if nproc is None:
        if spec is None:
            raise InputError(f"{name} runs in one process; give --nproc N to run it on N ranks")
        nproc = spec.default_nproc
    if nproc < 1:
        raise InputError(f"--nproc must be 1 or more, got {nproc}")
    if device == "cuda":
        import torch

        if nproc > torch.cuda.device_count():
            raise InputError(f"--nproc {nproc} needs {nproc} GPUs (one per rank); this machine has {torch.cuda.device_count()}")
    return nproc


def build_config(names, run_all, device, mode, dtype, shape, shapes, dynamic, backward, warm, out, seed, capture) -> RunConfig:
    from inspector.targets import TargetError, check_ref, is_ref
    from inspector.versions import resolve_device

    if run_all or len(names) != 1:
        raise InputError("--nproc runs one experiment at a time: name exactly one (see `inspect list`)")
    name = names[0]
    if is_ref(name):
        try:
            check_ref(name)
        except TargetError as exc:
            raise InputError(str(exc)) from None
    elif name not in experiments.DISTRIBUTED and name not in experiments.REGISTRY:
        try:
            experiments.get(name)
        except KeyError as exc:
            raise InputError(exc.args[0]) from None
    spec = experiments.DISTRIBUTED.get(name)
    if spec is not None:
        why = spec.unavailable()
        if why:
            raise InputError(f"{name} cannot run with the installed torch: {why}")
        if dtype or shape or shapes:
            raise InputError(f"{name} builds its own model and inputs on each rank: drop --dtype/--shape/--shapes")
    elif dtype or shape or shapes:
        raise InputError("--dtype/--shape/--shapes are not supported with --nproc yet: set them in your function")
    try:
        device = resolve_device(device)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    return RunConfig(experiment=name, device=device, mode=mode, dynamic=dynamic, backward=backward or bool(spec and spec.backward),
                     warm=warm, out=Path(out), seed=seed, capture=capture)


def run_ranks(names, run_all, nproc, timeout_s, options: dict, cache_dir, quiet: bool, console: Console, err_console: Console,
              verbose: bool = False) -> None:
    """The whole `inspect run ... --nproc N` command after click parsed it."""
    from inspector.analysis.ranks import compare
    from inspector.capture.distributed import capture_distributed
    from inspector.report.ranks_view import print_comparison
    from inspector.targets import TargetError

    config = build_config(names, run_all, **options)
    nproc = resolve_nproc(config.experiment, nproc, config.device)
    label = f"{config.experiment} x{nproc}"
    try:
        with err_console.status(f"{label}: starting", spinner="dots") as status:
            result = capture_distributed(
                config, nproc, cache_dir=Path(cache_dir) if cache_dir else None, timeout_s=timeout_s, compare_ranks=compare,
                progress=lambda line: (err_console.print(f"[dim]{escape(f'{label} {line}')}[/]", soft_wrap=True),
                                       status.update(escape(f"{label} {line}"))))
    except TargetError as exc:

        raise user_code_error(exc, verbose) from None
    except KeyboardInterrupt:
        raise Interrupted(label, "every rank was stopped and no capture folder was left behind") from None
    print_comparison(result.path, console, details=not quiet)
    if not result.ok:
        raise Failed(f"{label}: {(result.manifest.get('error') or {}).get('message')}")
