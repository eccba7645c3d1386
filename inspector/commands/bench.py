"""`inspect bench`: time eager, torch.compile and the handwritten Triton kernels side by side.

Thin: parses flags into a BenchConfig, checks the CSV can be written, calls `run_bench`, prints
the table built from the rows, then writes the CSV (so a failed write never loses the table).
Exit codes: 0 all providers correct; 1 a provider failed or was wrong (the others still ran and
are in the CSV); 2 the request itself was invalid or the CSV cannot be written (one line on
stderr); 130 interrupted (the experiments finished so far are in the CSV or, when it existed
before, in a new file beside it: the line names it).
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console

from inspector.bench.passes import PASSES
from inspector.bench.providers import PROVIDERS
from inspector.bench.run import BenchConfig, BenchConfigError, problems, run_bench
from inspector.bench.table import Row, bench_table, save_csv, write_csv
from inspector.store import bench_dir, check_writable, utc_stamp
from inspector.usage import Failed, InputError, Interrupted


def default_out() -> Path:
    return bench_dir() / f"bench-{utc_stamp()}.csv"


class PartialSaver:
    """Saves the rows after each experiment, so a killed bench keeps what it measured. A part of a
    new run never replaces a whole old one: when the CSV existed before the run, the rows go to a
    new file beside it (`<stem>.partial-<UTC stamp>.csv`), removed once the whole CSV is written.
    A failed save only warns: the measuring goes on and the final write reports it."""

    def __init__(self, path: Path, warn) -> None:
        self.warn = warn
        self.target = path
        self.path = path if not path.exists() else sibling(path)
        self.enabled = not path.exists() or path.is_file()  # a device or pipe (/dev/stdout) gets the end result only
        self.saved = False

    def __call__(self, rows: list[Row]) -> None:
        if not self.enabled:
            return
        try:
            write_csv(rows, self.path)
            self.saved = True
        except OSError as exc:
            self.enabled = False
            self.warn(f"warning: {self.path}: cannot save the rows so far ({exc.strerror or exc}); measuring on")

    def kept(self) -> str:
        """What an interrupted run kept, for its one line."""
        if not self.saved:
            return "no CSV was written"
        if self.path == self.target:
            return f"the experiments finished so far are in {self.path}"
        return f"the experiments finished so far are in {self.path} ({self.target} was left as it was)"

    def done(self) -> None:
        """The whole CSV is written: a partial file beside it is no longer needed."""
        if self.path != self.target:
            self.path.unlink(missing_ok=True)


def sibling(path: Path) -> Path:
    """A new file beside `path` for a partial run: `b.csv` -> `b.partial-20261206-084000.csv`."""
    candidate = path.with_name(f"{path.stem}.partial-{utc_stamp()}{path.suffix}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}.partial-{utc_stamp()}-{number}{path.suffix}")
    return candidate


@click.command("bench")
@click.argument("names", nargs=-1, metavar="[NAME]...")
@click.option("--shape", "shapes", multiple=True, metavar="MxN[xK]",
              help="Shape for every named experiment, e.g. 8192x4096 (M x N) or 4096x4096x4096 "
                   "(M x N x K for matmul_relu); repeat for several (a vocabulary sweep: --shape "
                   "2048x32768 --shape 512x131072). Default: each experiment's default for the device.")
@click.option("--dtype", default=None, metavar="DTYPE",
              help="fp32, fp16 or bf16 (or float32, float16, bfloat16). "
                   "Default: each experiment's default, bf16 on CUDA and fp32 on the CPU.")
@click.option("--device", default="auto", show_default=True, metavar="auto|cuda|cpu",
              help="Where to run: auto picks CUDA when torch sees a GPU, else the CPU.")
@click.option("--providers", default=None, metavar="LIST",
              help=f"Comma-separated providers to compare, from: {', '.join(PROVIDERS)}, and "
                   "handwritten:FUNCTION for another launcher of the kernel file (e.g. "
                   "handwritten:softmax_unfused). Default: all, with compile-max-autotune only for "
                   "experiments that count FLOPs (matmul).")
@click.option("--pass", "passes", multiple=True, type=click.Choice(PASSES),
              help="What to time: forward, backward (the gradients alone; the forward runs before "
                   "each call, outside the timed region) or step (forward + backward); repeat for several. "
                   "Default: each experiment's natural pass, the step for training experiments "
                   "(losses, norm backward) and the forward for the others.")
@click.option("--rounds", default=3, show_default=True, type=int,
              help="Timing rounds; providers are timed alternating, once per round, and each "
                   "provider's time is the median of its per-round medians.")
@click.option("--out", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="CSV file for the long-format results. "
                   "Default: captured_kernels/_bench/bench-<UTC yyyymmdd-HHMMSS>.csv.")
@click.option("--counters", is_flag=True,
              help="Also profile one call of each provider with Nsight Compute (CUDA with ncu installed): "
                   "DRAM bytes, instructions and duration per provider in the CSV, the ncu reports in "
                   "OUT-counters/. Elsewhere one line says why there are none.")
def bench(names: tuple[str, ...], shapes: tuple[str, ...], dtype: str | None, device: str,
          providers: str | None, passes: tuple[str, ...], rounds: int, out: Path | None, counters: bool = False) -> None:
    """Time eager PyTorch, torch.compile and the handwritten Triton kernels of NAME... (default: all
    experiments), after checking each against a float64 reference, and report GB/s against the
    measured copy bandwidth."""
    if any(not s.strip() for s in shapes):
        raise InputError("--shape is empty: give dimensions like 8192x4096 (matmul: MxNxK), or leave it out for the default")
    config = BenchConfig(
        experiments=tuple(names),
        shape=shapes or None,
        dtype=dtype,
        device=device,
        providers=None if providers is None else tuple(providers.split(",")),
        rounds=rounds,
        out=out or default_out(),
        passes=passes,
        counters=counters,
    )
    check_writable(config.out)  # before any timing: an unwritable CSV is bad input, exit 2
    warn = lambda line: click.echo(line, err=True)  # noqa: E731
    partial = PartialSaver(config.out, warn)
    try:
        rows = run_bench(config, progress=warn, save=partial)
    except BenchConfigError as exc:
        raise InputError(str(exc)) from None
    except KeyboardInterrupt:
        raise Interrupted("inspect bench", partial.kept()) from None
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)  # piped or captured: 80 columns would fold every cell
    console.print(bench_table(rows))  # first: a failed write below must not lose the results
    save_csv(rows, config.out)
    partial.done()
    click.echo(f"wrote {config.out}")
    bad = problems(rows)
    if bad:
        raise Failed(*(f"inspect bench: {line}" for line in bad))
