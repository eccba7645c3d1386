"""The declarative shape of a distributed experiment: a model that runs on every rank of a job.

A distributed experiment is not an `Experiment` (an eager function plus an input factory): its
model can only be built once the process group exists, on the rank's own device. So the spec
names a `build(device)` function, "module:function" like a handwritten launcher, which
`inspect run NAME --nproc N` calls on each rank after `torch.distributed.init_process_group`. It
returns `(fn, args)` like the user functions of `inspect run my_train.py:NAME`; in fact a
built-in distributed experiment is captured exactly as that user code would be.
Nothing here imports torch.distributed, so `inspect list` stays fast.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class DistributedExperiment:
    """One distributed experiment.

    build:          "module:function"; function(device) -> (fn, args), called on each rank after the
                    process group is initialized; `device` is "cpu", or "cuda" with the rank's GPU
                    already made current.
    default_nproc:  ranks when `inspect run NAME` gets no --nproc.
    backward:       the captured step is forward + backward (output.backward(random grad)).
    expected:       what the capture should show (graphs, collectives, divergence): the docs and
                    `inspect list` quote it, the tests check it.
    unavailable:    () -> None, or why the installed torch cannot run it (then `inspect list` says
                    so and `inspect run` refuses with that message).
    """

    name: str
    summary: str
    build: str
    expected: str
    default_nproc: int = 2
    backward: bool = True
    unavailable: Callable[[], str | None] = lambda: None

    @property
    def module(self) -> str:
        return self.build.partition(":")[0]

    @property
    def target(self) -> str:
        """The reference `inspect run` hands to each rank's capture (a `module:function`)."""
        return self.build


@dataclass(frozen=True)
class Requires:
    """An `unavailable` check that is data (the torch-free catalog records it): None when
    `module.attr` imports, else `why`."""

    module: str
    attr: str
    why: str

    def __call__(self) -> str | None:
        try:
            getattr(importlib.import_module(self.module), self.attr)
        except (ImportError, AttributeError):
            return self.why
        return None


def missing(module: str, attr: str, why: str) -> Requires:
    """An `unavailable` check: None when `module.attr` imports, else `why`."""
    return Requires(module, attr, why)
