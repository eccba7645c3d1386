"""Were CUDA graphs used, and what did they cost and save (files only, no torch imports).

- requested: the mode's `triton.cudagraphs` setting as the fx_graph_runnable artifact replays it,
  else from the mode name;
- skipped and why: Inductor reports a skip with log_cudagraph_skip_and_bump_counter
  (torch/_inductor/cudagraph_utils.py): a "skipping cudagraphs due to ..." warning on the
  cudagraphs logger (worker.log) and, in torch 2.6+, compilation_metrics.cudagraph_skip_reason;
- the per-call input copies: copies the profiler saw inside the compiled call when graphs were used
  (cudagraph trees copy each non-static input into the graph's static buffer before replay);
- the steady-state time with and without graphs: results.json `cudagraphs` (the worker times a
  second compile with triton.cudagraphs off, GPU only).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from inspector.core.trace import Trace
from inspector.core.trace import before_end_of_capture

CUDAGRAPH_MODES = ("reduce-overhead", "max-autotune")
_SKIP = re.compile(r"(skipping cudagraphs due to .*)$")
_COPY = re.compile(r"Memcpy|copy", re.I)


_SETTING = re.compile(r"^torch\._inductor\.config\.triton\.cudagraphs = (True|False)\s*$", re.M)


def _requested(trace: Trace, mode: str | None) -> bool | None:
    """The fx_graph_runnable artifact replays the config Inductor compiled with (the mode's patch
    included; compilation_metrics' inductor_config shows the global config, without it)."""
    for entry in trace.artifacts("fx_graph_runnable"):
        match = _SETTING.search(entry.payload)
        if match:
            return match.group(1) == "True"
    return None if mode is None else mode in CUDAGRAPH_MODES


def collect(run_dir: Path, trace: Trace, mode: str | None, device: str | None, results: dict[str, Any],
            profile: dict[str, Any] | None) -> dict[str, Any]:
    reasons: list[str] = []
    for entry in list(trace.of_kind("compilation_metrics")) + list(trace.of_kind("bwd_compilation_metrics")):
        body = entry.body if isinstance(entry.body, dict) else {}
        if body.get("cudagraph_skip_reason") and body["cudagraph_skip_reason"] not in reasons:
            reasons.append(str(body["cudagraph_skip_reason"]))
    try:
        log = before_end_of_capture((run_dir / "worker.log").read_text(errors="replace"))
    except OSError:
        log = ""
    for line in log.splitlines():
        match = _SKIP.search(line)
        if match and match.group(1).strip() not in reasons:
            reasons.append(match.group(1).strip())
    requested = _requested(trace, mode)
    if requested and device != "cuda" and not reasons:
        reasons.append(f"{device} device: CUDA graphs capture CUDA work only")
    used = bool(requested) and device == "cuda" and not reasons
    copies = []
    if used and profile and isinstance(profile.get("launches"), list):
        copies = [l["name"] for l in profile["launches"] if _COPY.search(str(l.get("name", "")))]
    timing = results.get("cudagraphs") if isinstance(results.get("cudagraphs"), dict) else {}
    return {"requested": requested, "used": used, "skip_reasons": reasons,
            "input_copies_per_call": len(copies) if used and profile and "launches" in profile else None,
            "input_copy_kernels": copies, "steady_with_ms": timing.get("with_ms"), "steady_without_ms": timing.get("without_ms")}
