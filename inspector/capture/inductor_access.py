"""The one door to torch._inductor privates (used inside the capture subprocess only).

Each function names what it relies on and falls back quietly when a torch release moved it:
- config.trace.* (enabled, debug_dir, provenance_tracking_level): torch 2.8+ has
  provenance_tracking_level (INDUCTOR_PROVENANCE env); 2.6/2.7 had the bool provenance_tracking.
- codecache.PyCodeCache.modules: the wrapper and kernel modules loaded in this process (2.x).
- CachingAutotuner.launchers[0]: the config that won autotuning, with n_regs / n_spills / shared
  set by Triton's compile (torch/_inductor/runtime/triton_heuristics.py).
The Inductor settings a capture switches on are in inspector/capture/settings.py.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any, Iterator

from inspector.capture.settings import SettingsPlan, applied, plan


def _inductor_config():
    import torch._inductor.config as config  # private: scoped with config.patch, never set globally

    return config


def import_compiler() -> None:
    """Import Dynamo and Inductor now: what the first torch.compile call of any fresh process pays
    (3-4 s on a 2-core CPU), booked as its own phase rather than inside the compile."""
    import torch._dynamo  # noqa: F401
    import torch._inductor.compile_fx  # noqa: F401


@contextlib.contextmanager
def capture_settings(debug_dir: Path, chosen: SettingsPlan | None = None) -> Iterator[SettingsPlan]:
    """Inductor's debug output (IR pre/post fusion, FX graphs, output code) into debug_dir,
    provenance tracking and the autotuning log, for the duration of the block only. `chosen`
    (from settings.plan) says which; by default every setting this torch has and its probes allow."""
    chosen = chosen if chosen is not None else plan(debug_dir)
    with applied(chosen, debug_dir):
        yield chosen


def reset_dynamo() -> None:
    """Forget every compiled frame (torch._dynamo.reset, torch 2.0+), so the next call compiles anew."""
    import torch._dynamo

    torch._dynamo.reset()


def trace_offsets(folder: Path) -> dict[str, int]:
    """Bytes written so far to each structured-trace file in `folder`, after flushing torch's
    trace handlers: what a later reader skips to ignore everything logged up to now."""
    try:
        from torch._logging import _internal

        for handler in list(_internal.trace_log.handlers):
            handler.flush()
    except Exception:  # moved: the sizes below may then miss the last buffered entry
        pass
    return {p.name: p.stat().st_size for p in sorted(folder.glob("*.log"))} if folder.is_dir() else {}


@contextlib.contextmanager
def autotune_log(path: Path) -> Iterator[None]:
    """Autotuning's own log lines into `path` for the block: Triton heuristics' per-config times
    (runtime/triton_heuristics.py benchmark_all_configs logs them at DEBUG, torch 2.1+) and
    select_algorithm's warnings (choices that failed, with the reason). The heuristics logger stops
    propagating meanwhile, so its DEBUG lines do not flood the worker log."""
    import logging

    handler = logging.FileHandler(path, delay=True)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s] %(message)s"))
    heuristics = logging.getLogger("torch._inductor.runtime.triton_heuristics")
    select = logging.getLogger("torch._inductor.select_algorithm")
    saved = heuristics.level, heuristics.propagate
    heuristics.setLevel(logging.DEBUG)
    heuristics.propagate = False
    for logger in (heuristics, select):
        logger.addHandler(handler)
    try:
        yield
    finally:
        for logger in (heuristics, select):
            logger.removeHandler(handler)
        heuristics.setLevel(saved[0])
        heuristics.propagate = saved[1]
        handler.close()


def compile_without_cudagraphs(fn, mode: str, dynamic: bool | None):
    """torch.compile with `mode`'s options but CUDA graphs off (torch._inductor.list_mode_options,
    torch 2.1+), after a Dynamo reset so the function compiles anew; None where that is unavailable."""
    try:
        from torch._inductor import list_mode_options
    except ImportError:
        return None
    import torch

    options = {**list_mode_options(mode, dynamic), "triton.cudagraphs": False}
    end_of_capture("a second compile with CUDA graphs off, to time the steady state without them")
    reset_dynamo()
    return torch.compile(fn, options=options, dynamic=dynamic)


def end_of_capture(why: str) -> None:
    """Mark the end of what the capture collects (core/trace.py END_OF_CAPTURE) in the structured
    trace (torch._logging.trace_structured, torch 2.2+), the autotuning log and the worker log:
    compiles after it are the harness's own, and their output code, graphs and autotuning are
    not the captured compile's."""
    import logging
    import sys

    import torch

    from inspector.core.trace import END_OF_CAPTURE

    line = f"{END_OF_CAPTURE}: {why}"
    try:
        torch._logging.trace_structured("artifact", metadata_fn=lambda: {"name": END_OF_CAPTURE, "encoding": "string"},
                                        payload_fn=lambda: line)
    except (AttributeError, TypeError):  # a torch without structured tracing: the text logs still say it
        pass
    for name in ("torch._inductor.runtime.triton_heuristics", "torch._inductor.select_algorithm"):
        logging.getLogger(name).warning(line)
    print(line, file=sys.stderr, flush=True)


def _loaded_modules() -> list[Any]:
    try:
        from torch._inductor.codecache import PyCodeCache
    except ImportError:
        return []
    modules = list(getattr(PyCodeCache, "modules", []) or [])
    for extra in ("modules_no_attr", "cache"):
        value = getattr(PyCodeCache, extra, None)
        if isinstance(value, dict):
            modules.extend(value.values())
    return modules


def _jsonable(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    return repr(value)


def _config_record(config: Any) -> dict[str, Any]:
    if config is None:
        return {}
    return {
        "kwargs": _jsonable(dict(getattr(config, "kwargs", {}) or {})),
        "num_warps": getattr(config, "num_warps", None),
        "num_stages": getattr(config, "num_stages", None),
        "num_ctas": getattr(config, "num_ctas", None),
        "maxnreg": getattr(config, "maxnreg", None),
    }


def loaded_kernels() -> list[dict[str, Any]]:
    """One record per Triton kernel loaded in this process: chosen config and resources."""
    seen: dict[str, dict[str, Any]] = {}
    for module in _loaded_modules():
        for attr, obj in list(vars(module).items()):
            launchers = getattr(obj, "launchers", None)
            if not isinstance(launchers, list) or not hasattr(obj, "fn"):
                continue
            meta = getattr(obj, "inductor_meta", None) or {}
            name = meta.get("kernel_name") or getattr(getattr(obj, "fn", None), "__name__", attr)
            if name in seen and seen[name].get("launch_config"):
                continue
            launcher = launchers[0] if launchers else None
            record = {
                "name": name,
                "candidate_configs": len(getattr(obj, "configs", []) or []),
                "configs": [_config_record(c) for c in getattr(obj, "configs", []) or []],
                "launch_config": _config_record(getattr(launcher, "config", None)),
                "n_regs": getattr(launcher, "n_regs", None),
                "n_spills": getattr(launcher, "n_spills", None),
                "shared_bytes": getattr(launcher, "shared", None),
                "cache_hash": getattr(launcher, "cache_hash", None),
                "autotuned": len(getattr(obj, "configs", []) or []) > 1,
            }
            timings = getattr(obj, "autotune_time_taken_ns", None)
            if isinstance(timings, (int, float)):
                record["autotune_ms"] = timings / 1e6
            seen[name] = record
    return sorted(seen.values(), key=lambda r: r["name"])


def start_trace(path: Path):
    """Write torch's structured trace (what TORCH_TRACE enables at import) to `path` from now on,
    in this process. torch/_logging/_internal.py logs through the "torch.__trace" logger whenever it
    has a handler (torch 2.4+); we add one with torch's own trace formatter."""
    import logging

    from torch._logging import _internal

    handler = logging.FileHandler(path, delay=True)
    handler.setFormatter(_internal.TorchLogsFormatter(trace=True))
    logger = _internal.trace_log
    previous_level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    return handler, previous_level


def stop_trace(started) -> None:
    from torch._logging import _internal

    handler, previous_level = started
    _internal.trace_log.removeHandler(handler)
    if not _internal.trace_log.handlers:
        _internal.trace_log.setLevel(previous_level)
    handler.close()


@contextlib.contextmanager
def fresh_compiles() -> Iterator[None]:
    """Inductor's caches off for the block (config.force_disable_caches, torch 2.3+): every graph
    is lowered again, so kernels, IR and provenance all reach the trace."""
    config = _inductor_config()
    with config.patch({"force_disable_caches": True}) if hasattr(config, "force_disable_caches") else contextlib.nullcontext():
        yield


def triton_cache_dir() -> Path | None:
    """Where Triton puts compiled kernels in this process (TRITON_CACHE_DIR or its default)."""
    try:
        from triton.runtime.cache import default_cache_dir

        return Path(os.environ.get("TRITON_CACHE_DIR") or default_cache_dir())
    except Exception:  # triton missing or moved: PTX copies are then skipped
        return None


def compile_time_totals() -> dict[str, float]:
    """Seconds Dynamo has spent per timed phase in this process ({} if unavailable). Kept with or
    without the structured trace (torch/_dynamo/utils.py calculate_time_spent, torch 2.1+), so it
    compares a capture with a bare compile on compile time alone."""
    try:
        from torch._dynamo.utils import calculate_time_spent

        return {k: float(v) for k, v in calculate_time_spent().items()}
    except Exception:  # moved or renamed in a future release: the caller records nothing
        return {}
