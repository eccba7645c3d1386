"""Inductor's fusion decisions, recorded while it compiles (what `TORCH_LOGS=fusion` prints).

The scheduler logs every pair it tried and could not fuse ("cannot fuse op3 with op5: ..."),
every fusion it made ("fusing op3 with op4") and each fusion round, on the artifact logger
`torch._inductor.scheduler.__fusion` (torch 2.1+; off unless TORCH_LOGS names it, and then it
floods the terminal). For the block, a handler on that logger keeps each line with the graph
being compiled (the wrapper's AOT ID, "0_forward") and, once per graph, each scheduler operation's
buffers and FX origins, so the analysis can name the kernels and source lines behind "op30".
The lines are kept as text (the message formats differ across torch versions); a WhyNoFuse
record also keeps its reason's format string. Nothing is written for a graph whose scheduler did
not run (an FX graph cache hit): fusion_log.json lists the graphs it saw, and the analysis says
"no decisions recorded" for the others.
"""

from __future__ import annotations

import json
import logging
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

LOGGER = "torch._inductor.scheduler.__fusion"  # getArtifactLogger(scheduler.__name__, "fusion")
FORMAT_VERSION = 1
# Each fusion round first lists every candidate node, one debug line each ("fuse_nodes_once,
# candidates:" then "  %s", torch 2.4+): thousands of lines in a model's graph, no decision.
NODE_LISTING = ("fuse_nodes_once, candidates:", "  %s")


def _graph_label() -> str:
    """The graph being compiled, as the wrapper's '# AOT ID' header names it ("0_forward"):
    TracingContext.aot_graph_name (torch 2.2+); else forward/backward from the GraphLowering."""
    try:
        from torch._guards import TracingContext

        ctx = TracingContext.try_get()
        name = getattr(ctx, "aot_graph_name", None) if ctx is not None else None
        if name:
            return str(name[0] if isinstance(name, (list, tuple)) else name)
    except Exception:  # noqa: BLE001 - an older torch: fall back below
        pass
    graph = _lowering()
    if graph is None:
        return "unknown"
    return "?_backward" if getattr(graph, "is_backward", False) else (
        "?_inference" if getattr(graph, "is_inference", False) else "?_forward")


def _lowering() -> Any:
    """The GraphLowering being compiled; None outside one (V.graph is then a NullHandler)."""
    try:
        from torch._inductor.virtualized import V

        graph = V.graph
    except Exception:  # noqa: BLE001 - no graph is being lowered
        return None
    return None if type(graph).__name__ == "NullHandler" else graph


def _names(items: Any) -> list[str]:
    out = []
    for item in items or ():
        name = item if isinstance(item, str) else getattr(item, "name", None) or _call(item, "get_name")
        if name:
            out.append(str(name))
    return sorted(set(out))


def _call(obj: Any, method: str) -> Any:
    fn = getattr(obj, method, None)
    try:
        return fn() if callable(fn) else None
    except Exception:  # noqa: BLE001 - one odd node must not lose the others
        return None


def operations() -> dict[str, dict[str, Any]]:
    """Each scheduler operation of the graph being lowered (GraphLowering.operations, torch 2.5+;
    the scheduler names its nodes after them): the buffers it writes and reads, its IR class
    (ExternKernelOut for a library call, a TemplateBuffer for a Triton template) and its FX
    origins (the names kernels.json lists as source nodes)."""
    graph = _lowering()
    out: dict[str, dict[str, Any]] = {}
    for op in getattr(graph, "operations", None) or ():
        name = _call(op, "get_operation_name")
        if not name:
            continue
        out[str(name)] = {
            "kind": type(op).__name__,
            "writes": _names(_call(op, "get_outputs")),
            "reads": _names(_call(op, "get_read_names")),
            "origins": _names(_call(op, "get_origins")),
        }
    return out


class Recorder(logging.Handler):
    """Keeps the fusion logger's lines per graph; never raises into the compile."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.graphs: dict[str, dict[str, Any]] = {}
        self._lowerings: dict[str, int] = {}  # label -> id of the GraphLowering it was first seen in

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._take(record)
        except Exception:  # noqa: BLE001 - a lost line is better than a failed compile
            pass

    def _take(self, record: logging.LogRecord) -> None:
        if record.msg in NODE_LISTING:
            return
        label = _graph_label()
        # A later compile under the same label (the harness's second compile after a Dynamo
        # reset restarts frame ids) is not the captured one: keep the first lowering's lines.
        lowering = id(_lowering())
        if self._lowerings.setdefault(label, lowering) != lowering:
            return
        graph = self.graphs.get(label)
        if graph is None:
            graph = self.graphs[label] = {"graph": label, "events": [], "operations": operations()}
        event: dict[str, Any] = {"text": record.getMessage().strip()}
        msg = record.msg
        if hasattr(msg, "reason") and hasattr(msg, "args"):  # WhyNoFuse: keep the reason's format
            event["reason_format"] = str(getattr(msg, "reason", ""))
            for key in ("name1", "name2"):
                node = getattr(msg, key, None) or _call(getattr(msg, "node" + key[-1], None), "get_name")
                if node:
                    event[key] = str(node)
        graph["events"].append(event)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT_VERSION, "logger": LOGGER, "graphs": list(self.graphs.values())}


@contextmanager
def record_fusion(path: Path) -> Iterator[Recorder]:
    """Records the fusion decisions of every graph compiled in the block into `path` (JSON). The
    logger is set to DEBUG and stops propagating meanwhile (its lines would flood the worker
    log), and is restored after."""
    logger = logging.getLogger(LOGGER)
    recorder = Recorder()
    saved = logger.level, logger.propagate
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    logger.addHandler(recorder)
    try:
        yield recorder
    finally:
        logger.removeHandler(recorder)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]
        try:
            # compact: a model's graphs log thousands of lines (GPT-2 small: ~750 operations)
            path.write_text(json.dumps(recorder.to_json(), separators=(",", ":")) + "\n")
        except OSError:
            pass  # the capture goes on without the decisions; the analysis says none were recorded
