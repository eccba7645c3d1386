"""Capture torch.compile inside your own process (notebooks, scripts): the Python API.

    import inspector
    with inspector.capture("my_block") as cap:
        torch.compile(model)(x)
    cap.kernels, cap.compile_metrics, cap.graph_breaks, cap.recompiles
    cap.save()   # -> captured_kernels/my_block/<run-id>/, the same layout as `inspect run`

Inside the block: torch's structured trace goes to a private folder, Inductor's debug output and
provenance tracking are on, and Inductor's caches are off (so every graph is lowered and all of
it is recorded). With fresh=True (the default) Dynamo's compiled code is reset on entry, so
functions compiled before the block compile again inside it. Unlike `inspect run` there is no
eager comparison or timing: the block runs your code as it is.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from contextlib import ExitStack
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from inspector import store
from inspector.capture import fusion_log, inductor_access
from inspector.capture.collect import collect
from inspector.config import DEFAULT_OUT, RunConfig


class Capture:
    def __init__(self, name: str, out: str | Path = DEFAULT_OUT, fresh: bool = True):
        if not name or "/" in name or name.startswith("."):
            raise ValueError(f"capture name {name!r} must be a plain folder name")
        self.name = name
        self.out = Path(out)
        self.fresh = fresh
        self.folder: Path | None = None  # where the collected files are (a temp folder until save())
        self.error: dict[str, str] | None = None
        self._summary: dict[str, Any] | None = None
        self._stack = ExitStack()

    def __enter__(self) -> "Capture":
        import torch

        self.started = datetime.now(timezone.utc)
        self.folder = Path(tempfile.mkdtemp(prefix=f"inspector-{self.name}-"))
        self._cleanup = weakref.finalize(self, shutil.rmtree, self.folder, True)
        (self.folder / "trace").mkdir()
        if self.fresh:
            torch.compiler.reset()
        trace = inductor_access.start_trace(self.folder / "trace" / "trace.log")
        self._stack.callback(inductor_access.stop_trace, trace)
        self._stack.enter_context(inductor_access.capture_settings(self.folder / "debug"))
        self._stack.enter_context(inductor_access.fresh_compiles())
        self._stack.enter_context(fusion_log.record_fusion(self.folder / "fusion_log.json"))
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        self._stack.close()
        if exc is not None:
            self.error = {"phase": "user code", "type": exc_type.__name__, "message": str(exc)[:4000]}
            store.write_json(self.folder / "error.json", self.error)
        store.write_json(self.folder / "runtime_kernels.json", inductor_access.loaded_kernels())
        self._summary = collect(self.folder, inductor_access.triton_cache_dir() or self.folder / ".no-cache")
        self.finished = datetime.now(timezone.utc)
        return False  # the user's exception propagates

    def _ready(self) -> dict[str, Any]:
        if self._summary is None:
            raise RuntimeError("the capture is read after its `with` block ends")
        return self._summary

    @property
    def kernels(self) -> list[dict[str, Any]]:
        """One record per generated kernel, as in kernels.json."""
        return self._ready()["kernels"]

    @property
    def launches(self) -> list[dict[str, Any]]:
        return self._ready()["launches"]

    @property
    def compile_metrics(self) -> dict[str, Any]:
        return self._ready()["metrics"]

    @property
    def graph_breaks(self) -> list[dict[str, Any]]:
        return self.compile_metrics.get("graph_breaks", [])

    @property
    def recompiles(self) -> list[dict[str, Any]]:
        return self.compile_metrics.get("recompiles", [])

    def save(self) -> Path:
        """Publish the capture as <out>/<name>/<run-id>/ (atomically); returns that folder."""
        from inspector.capture.runner import build_manifest
        from inspector.versions import collect as collect_versions

        summary = self._ready()
        device = "cuda" if any(k["backend"] == "triton" for k in summary["kernels"]) else "cpu"
        run_id = store.new_run_id(device, "api", now=self.started)
        staging = store.staging_dir(self.out, self.name, run_id)
        shutil.rmtree(staging)
        shutil.copytree(self.folder, staging, ignore=shutil.ignore_patterns("debug"))
        store.write_json(staging / "versions.json", collect_versions(device).to_json())
        config = RunConfig(experiment=self.name, device=device, mode="api", out=self.out)
        manifest = build_manifest(config, name=self.name, staging=staging, run_id=run_id, started=self.started,
                                  rc=0 if self.error is None else 1, wall_s=(self.finished - self.started).total_seconds(),
                                  cache_before=None, summary=summary)
        return store.publish_run(staging, self.out, self.name, run_id, manifest)
