"""The Inductor settings a capture switches on, each probed before use, and the retry without one.

A capture setting must never break a compile that works without it. So each setting in
CAPTURE_SETTINGS is:
- used only when the installed torch has it (hasattr on torch._inductor.config.trace, or .cpp);
- probed first where a torch release is known to break with it on: the probe returns why it
  cannot be used, and the setting is then left off and recorded as dropped;
- named by the code it runs (`implicated_by`: regexes over "file:function" of the traceback frames
  and over the error text), so a compile that fails inside that code is retried once without it.

Known breakages the probes catch:
- trace.log_autotuning_results, torch 2.11: AlgorithmSelectorCache.log_results calls
  DebugFormatter.log_autotuning_results without `prescreening_elapse`, a required argument there,
  so every max-autotune compile fails with a TypeError (fixed upstream by passing it through).
  While the setting is applied (and while it is probed), `prescreening_compat` gives the argument
  the default None that later torch releases give it, so the log works there too; the probe then
  passes, and the setting is left off only where something else breaks it.
- trace.log_autotuning_results, CPU-only builds (seen on torch 2.13.0+cpu): the formatter records
  torch.cuda.get_device_name(), which raises "Torch not compiled with CUDA enabled" as soon as a
  CPU GEMM template is autotuned (max-autotune with frozen weights).
"""

from __future__ import annotations

import contextlib
import inspect
import io
import re
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator


@dataclass(frozen=True)
class CaptureSetting:
    key: str  # under torch._inductor.config.<section>
    value: Any
    purpose: str
    implicated_by: tuple[str, ...] = ()  # regexes over "file:function" frames and the error text
    probe: Callable[[], str | None] | None = None  # why the setting cannot be used here, or None
    broad: bool = False  # covers code other settings name more precisely: blamed only when they are not
    section: str = "trace"
    # the compile modes whose capture misses something without it (None: every mode); in any
    # other mode a probe that leaves it off is recorded quietly, not warned about
    matters_in: Callable[[str], bool] | None = None

    @property
    def name(self) -> str:
        return f"{self.section}.{self.key}"


def _inductor_config():
    import torch._inductor.config as config  # private: scoped with config.patch, never set globally

    return config


class _Recorder:
    """A stand-in for Inductor's debug handler that only records log_autotuning_results calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[tuple, dict]] = []

    def log_autotuning_results(self, *args: Any, **kwargs: Any) -> None:
        self.calls.append((args, kwargs))

    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args, **kwargs: None


class _MemoryFiles:
    """What DebugFormatter needs of its DebugContext, writing into memory."""

    @contextlib.contextmanager
    def fopen_context(self, filename: str, mode: str = "w", *args: Any, **kwargs: Any):
        yield io.StringIO()

    def fopen(self, filename: str, mode: str = "w", *args: Any, **kwargs: Any):
        return io.StringIO()

    def filename(self, suffix: str) -> str:
        return suffix


@contextlib.contextmanager
def prescreening_compat() -> Iterator[None]:
    """DebugFormatter.log_autotuning_results with `prescreening_elapse=None` by default while the
    block runs, where this torch requires the argument but its caller does not pass it (torch 2.11);
    restored on exit. Nothing changes where the argument already has a default or is absent."""
    try:
        from torch._inductor.debug import DebugFormatter  # private: torch 2.6+, guarded
    except ImportError:
        yield
        return
    original = getattr(DebugFormatter, "log_autotuning_results", None)
    try:
        param = inspect.signature(original).parameters.get("prescreening_elapse") if original else None
    except (TypeError, ValueError):
        param = None
    if param is None or param.default is not inspect.Parameter.empty:
        yield
        return

    def log_autotuning_results(self, name, input_nodes, timings, elapse, precompile_elapse, prescreening_elapse=None):
        return original(self, name, input_nodes, timings, elapse, precompile_elapse, prescreening_elapse)

    DebugFormatter.log_autotuning_results = log_autotuning_results
    try:
        yield
    finally:
        DebugFormatter.log_autotuning_results = original


def probe_log_autotuning_results() -> str | None:
    """Replay what select_algorithm does after autotuning, with no choices: record the arguments
    AlgorithmSelectorCache.log_results passes to the debug formatter, then call the real
    DebugFormatter.log_autotuning_results with them. Any error is the one a compile would meet."""
    try:
        from torch._inductor.debug import DebugFormatter
        from torch._inductor.select_algorithm import AlgorithmSelectorCache
        from torch._inductor.virtualized import V
    except ImportError:
        return None  # moved: nothing to probe, the retry still guards the compile
    recorder = _Recorder()
    config = _inductor_config()
    off = {k: False for k in ("max_autotune", "max_autotune_gemm") if hasattr(config, k)}
    try:
        with V.set_debug_handler(recorder), config.patch(off):
            AlgorithmSelectorCache.log_results("probe", [], {}, 0.0, 0.0)
    except Exception:  # later steps of log_results need real choices; the call we want came first
        pass
    if not recorder.calls:
        return None
    args, kwargs = recorder.calls[0]
    try:
        with prescreening_compat():  # applied with the setting too (see applied())
            DebugFormatter(_MemoryFiles()).log_autotuning_results(*args, **kwargs)
    except Exception as exc:
        return f"DebugFormatter.log_autotuning_results fails in this torch: {type(exc).__name__}: {exc}"
    return None


CAPTURE_SETTINGS: tuple[CaptureSetting, ...] = (
    # DebugFormatter's writers, not DebugContext.wrap, which is on the stack of every Inductor compile
    CaptureSetting("enabled", True, "Inductor's debug folder (IR pre/post fusion, FX graphs, output code)",
                   (r"_inductor[/\\]debug\.py:(fx_graph\w*|\w*ir_p\w+_fusion|_write_ir|output_code|graph_diagram"
                    r"|draw_\w+|create_debug_dir|fopen\w*|filename|upload_tar)$",), broad=True),
    CaptureSetting("debug_dir", None, "where the debug folder goes (the run's debug/)"),
    CaptureSetting("graph_diagram", False, "off: needs graphviz and costs seconds"),
    CaptureSetting("draw_orig_fx_graph", False, "off: needs graphviz"),
    CaptureSetting("log_autotuning_results", True, "every autotuning choice and its time (debug folder)",
                   (r"log_autotuning_results",), probe_log_autotuning_results,
                   matters_in=lambda mode: "autotune" in (mode or "")),  # nothing is autotuned otherwise
    CaptureSetting("provenance_tracking_level", 1, "kernel -> source line provenance (torch >= 2.8)",
                   (r"provenance",)),
    CaptureSetting("provenance_tracking", True, "kernel -> source line provenance (torch 2.6 / 2.7)",
                   (r"provenance",)),
    # each C++ kernel runs inside a RECORD_FUNCTION named after it, so the CPU step profile can time
    # it with torch.profiler (codegen/cpp.py; the Python wrapper of GPU graphs ignores it)
    CaptureSetting("enable_kernel_profile", True, "C++ kernels timed by torch.profiler (the CPU step profile)",
                   (r"record_function|RECORD_FUNCTION",), section="cpp"),
)


@dataclass
class SettingsPlan:
    """The settings a capture applies, and those it left off with why."""

    patch: dict[str, Any]
    dropped: list[dict[str, str]]

    def applied(self) -> list[str]:
        return sorted(self.patch)

    def drop(self, name: str, reason: str, when: str, matters: bool = True) -> None:
        self.patch.pop(name, None)
        self.dropped.append({"setting": name, "reason": reason, "when": when, "matters": matters})


def matters(item: dict[str, Any]) -> bool:
    """Whether a dropped setting (capture_settings.json's record) costs this capture something worth a
    warning; records written before the field existed count as mattering."""
    return item.get("matters", True) is not False


def plan(debug_dir: Path, run_probes: bool = True, mode: str | None = None) -> SettingsPlan:
    """The settings this torch has, with the probed-incompatible ones dropped (quietly where the
    compile `mode` would not use them: `matters` False)."""
    config = _inductor_config()
    result = SettingsPlan({}, [])
    for setting in CAPTURE_SETTINGS:
        if not hasattr(getattr(config, setting.section, None), setting.key):
            continue
        value = str(debug_dir) if setting.key == "debug_dir" else setting.value
        result.patch[setting.name] = value
        if run_probes and setting.probe is not None:
            reason = setting.probe()
            if reason:
                needed = setting.matters_in is None or mode is None or setting.matters_in(mode)
                result.drop(setting.name, reason, "probe", matters=needed)
    return result


@contextlib.contextmanager
def applied(settings: SettingsPlan, debug_dir: Path) -> Iterator[None]:
    """The planned settings for the duration of the block only (config.patch restores them)."""
    config = _inductor_config()
    debug_dir.mkdir(parents=True, exist_ok=True)
    compat = prescreening_compat() if "trace.log_autotuning_results" in settings.patch else contextlib.nullcontext()
    with config.patch(dict(settings.patch)) if settings.patch else contextlib.nullcontext(), compat:
        yield


def _frames_and_text(exc: BaseException) -> tuple[list[str], str]:
    """'file:function' of every frame in the exception and its causes, and all their messages."""
    frames: list[str] = []
    texts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts.append(f"{type(current).__name__}: {current}")
        frames.extend(f"{f.filename}:{f.name}" for f in traceback.extract_tb(current.__traceback__))
        current = current.__cause__ or current.__context__
    return frames, "\n".join(texts)


def implicated(exc: BaseException, settings: SettingsPlan) -> list[tuple[str, str]]:
    """(setting, reason) for the applied settings the failure points at. A precise setting wins
    over a broad one (trace.enabled covers every writer of the debug folder)."""
    frames, text = _frames_and_text(exc)
    first_line = next((l for l in text.splitlines() if l.strip()), "")[:300]
    found: list[tuple[str, str, bool]] = []
    for setting in CAPTURE_SETTINGS:
        if setting.name not in settings.patch:
            continue
        for pattern in setting.implicated_by:
            regex = re.compile(pattern)
            hit = next((f for f in frames if regex.search(f)), None)
            if hit is not None or regex.search(text):
                where = f"raised in {hit.rsplit(':', 1)[-1]}" if hit else "named in the error"
                found.append((setting.name, f"the compile failed with it ({where}): {first_line}", setting.broad))
                break
    specific = [(n, r) for n, r, broad in found if not broad]
    return specific or [(n, r) for n, r, _ in found]
