"""What autotuning tried and chose, from the files a capture keeps (no torch imports).

Template autotuning (max-autotune: mm, addmm, bmm, conv, packed_linear on CPU ...), per tuned op:
- worker.log: select_algorithm prints, for max-autotune, `AUTOTUNE <op>(<shapes>)`, `strides:`,
  `dtypes:`, then the fastest choices (`  <choice> <t> ms <best/t>% <description>`, at most
  config.autotune_num_choices_displayed of them, 10 by default) and `SingleProcess AUTOTUNE
  benchmarking takes <s> seconds and <s> seconds precompiling for <n> choices[ and <s> seconds
  prescreening]` (same text in torch 2.6 to 2.13). Choices that failed show `inf ms`; the reasons
  are logged as warnings/errors ("Runtime error during autotuning", Triton's "out of resource:
  shared memory ...") and are kept per op in the order they appear.
- the debug folder's autotuning_result_json_list.txt (trace.log_autotuning_results, when it could be
  used: see capture/settings.py): every choice as JSON with its benchmark_result and config
  (tile_shape, num_stages, num_warps, ... or backend "extern" and kernel_call_name).
- the structured trace: `<op>_template_autotuning` / `_template_precompiling` regions give the
  time each op spent, with its shapes.
Whether the op's other ops (the ReLU epilogue) were fused into the winner comes from the
generated kernels: a template kernel whose ATen ops include more than the tuned op.
Triton heuristics autotuning (pointwise/reduction kernels, at their first launch): the configs each
kernel had (runtime_kernels.json) and, where autotune.log has them, each config's time.
The readers of the stored record (cost_s, winner_text, describe, summary) are in
inspector/core/autotune_records.py, for the analysis and the views.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from inspector.capture.metrics import chromium_events
from inspector.core.trace import Trace
from inspector.core.autotune_records import cost_s, describe, summary, winner_text  # noqa: F401 (re-exported)
from inspector.core.trace import before_end_of_capture

_HEADER = re.compile(r"^AUTOTUNE (?P<op>[\w.]+)\((?P<shapes>.*)\)\s*$")
_CHOICE = re.compile(r"^\s+(?P<name>\S+) (?P<ms>[\d.]+|inf|nan) ms (?P<pct>[\d.]+%|<DIVIDED BY ZERO ERROR>)?\s*(?P<desc>.*)$")
_TOTAL = re.compile(r"AUTOTUNE benchmarking takes (?P<bench>[\d.]+) seconds and (?P<pre>[\d.]+) seconds precompiling"
                    r" for (?P<n>\d+) choices(?: and (?P<screen>[\d.]+) seconds prescreening)?")
_FAILURE = re.compile(r"(Runtime error during autotuning.*|out of resource.*|OutOfResources.*|CUDA compilation error during autotuning.*"
                      r"|Ignoring this choice.*)", re.I)
_HEURISTIC_HEAD = re.compile(r"Benchmark all input configs for (?P<kernel>\w+), get:")
_HEURISTIC_LINE = re.compile(r"^(?:.*\] )?(?P<config>.+): (?P<ms>[\d.eE+-]+|inf|nan), nreg (?P<nreg>\S+), nspill (?P<nspill>\S+), "
                             r"#shared-mem (?P<shared>\S+)\s*$")
# the ATen ops a tuned op stands for, to find the kernel it became
OP_ATEN = {"mm": {"aten.mm"}, "addmm": {"aten.addmm"}, "bmm": {"aten.bmm"}, "baddbmm": {"aten.baddbmm"},
           "convolution": {"aten.convolution"}, "packed_linear": {"mkl._mkl_linear", "aten.addmm", "aten.mm"},
           "int_mm": {"aten._int_mm"}, "scaled_mm": {"aten._scaled_mm"}}


def choice_kind(name: str, info: dict[str, Any] | None = None) -> str:
    backend = str((info or {}).get("backend") or "").lower()
    if backend == "extern":
        return "extern"
    if name.startswith("triton_") or backend == "triton":
        return "triton template"
    if name.startswith("cpp_") or backend == "cpp":
        return "cpp template"
    if "cutlass" in name.lower() or "cuda_" in name:
        return "cutlass template"
    return "extern"  # aten kernels: mm, addmm, bmm, _mkl_linear, convolution ...


def _ms(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_log(text: str) -> list[dict[str, Any]]:
    """The AUTOTUNE blocks of a worker log, in order, each with the failure reasons logged since the
    previous block (autotuning logs them while benchmarking, before the summary)."""
    ops: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    failures: list[str] = []
    for line in text.splitlines():
        head = _HEADER.match(line)
        if head:
            current = {"op": head.group("op"), "input_shapes": head.group("shapes"), "choices": [], "failures": failures, "source": "log"}
            failures = []
            ops.append(current)
            continue
        fail = _FAILURE.search(line)
        if fail:
            (current["failures"] if current is not None and not current.get("_closed") else failures).append(fail.group(1).strip())
            continue
        if current is None or current.get("_closed"):
            continue
        if line.startswith("strides: "):
            current["strides"] = line[len("strides: "):].strip()
        elif line.startswith("dtypes: "):
            current["dtypes"] = line[len("dtypes: "):].strip()
        elif (total := _TOTAL.search(line)):
            current.update(benchmark_s=float(total["bench"]), precompile_s=float(total["pre"]), choice_count=int(total["n"]),
                           prescreening_s=float(total["screen"]) if total["screen"] else None, _closed=True)
        elif (choice := _CHOICE.match(line)):
            ms = _ms(choice["ms"])
            current["choices"].append({"name": choice["name"], "kind": choice_kind(choice["name"]), "ms": ms,
                                       "failed": ms is None, "description": choice["desc"].strip() or None})
    for op in ops:
        op.pop("_closed", None)
    return ops


def parse_results_json(lines: list[str]) -> list[dict[str, Any]]:
    """autotuning_result_json_list.txt: one JSON object per choice; consecutive lines with the same
    op_name and autotuning_time are one autotuning."""
    ops: list[dict[str, Any]] = []
    for line in lines:
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if not isinstance(item, dict):
            continue
        key = (item.get("op_name"), item.get("autotuning_time"), item.get("precompile_time"))
        if not ops or ops[-1]["_key"] != key:
            shapes = ", ".join(str(n.get("size", "?")) for n in item.get("input_nodes") or [] if isinstance(n, dict))
            ops.append({"_key": key, "op": str(item.get("op_name") or "?"), "input_shapes": shapes or None, "choices": [],
                        "failures": [], "source": "debug json", "benchmark_s": item.get("autotuning_time"),
                        "precompile_s": item.get("precompile_time"), "prescreening_s": item.get("prescreening_time")})
        config = {k: v for k, v in item.items() if k not in ("op_name", "input_nodes", "autotuning_time", "precompile_time",
                                                          "prescreening_time", "benchmark_result", "cuda_device_name", "cuda_device_count")}
        ms = _ms(str(item.get("benchmark_result")))
        name = str(config.get("kernel_call_name") or config.get("name") or _config_label(config))
        ops[-1]["choices"].append({"name": name, "kind": choice_kind(name, config), "ms": ms, "failed": ms is None, "config": config})
    for op in ops:
        op.pop("_key")
        op["choice_count"] = len(op["choices"])
    return ops


def _merge(op: dict[str, Any], shown: dict[str, Any]) -> None:
    """Name each JSON choice as the log printed it (matched by kind and time at the log's 4
    decimals) and take the log's description and failure reasons."""
    op["failures"] = shown["failures"]
    free = list(shown["choices"])
    for choice in op["choices"]:
        ms = round(choice["ms"], 4) if choice["ms"] is not None else None
        hit = next((c for c in free if c["kind"] == choice["kind"] and c["ms"] == ms), None)
        if hit is not None:
            free.remove(hit)
            choice["name"], choice["description"] = hit["name"], hit.get("description")


_FAILED_CHOICE = re.compile(r"^(?P<reason>.+?)\.? for benchmark choice \w+\((?:[^,()]*, )?(?P<config>.*)\)\s*$")
_FAILURE_NOISE = re.compile(r"^(Runtime error during autotuning:?|Ignoring this choice\.?)$", re.I)


def _failures(lines: list[str]) -> tuple[list[str], list[dict[str, str]]]:
    """The distinct failure reasons, and each failed choice whose config the log names with its
    reason (`out of resource: ... for benchmark choice TritonTemplateCaller(<file>, BLOCK_M=...)`)."""
    reasons: list[str] = []
    configs: list[dict[str, str]] = []
    for line in lines:
        named = _FAILED_CHOICE.match(line)
        reason = (named["reason"] if named else line).strip().rstrip(".").strip()
        if named and not any(c["config"] == named["config"] for c in configs):
            configs.append({"config": named["config"].strip(), "reason": reason})
        if reason and not _FAILURE_NOISE.match(reason) and reason not in reasons:
            reasons.append(reason)
    return reasons, configs


def _config_label(config: dict[str, Any]) -> str:
    keys = ("tile_shape", "num_stages", "num_warps", "GROUP_M")
    return " ".join(f"{k}={config[k]}" for k in keys if k in config) or "choice"


def _finish(op: dict[str, Any]) -> None:
    """Winner, runner-up and margin; the best extern and best template side by side."""
    ranked = sorted((c for c in op["choices"] if c["ms"] is not None), key=lambda c: c["ms"])
    op["failures"], op["failed_configs"] = _failures(op.get("failures") or [])
    op["failed_choices"] = [c["name"] for c in op["choices"] if c["failed"]]
    op["failed_choices"] += [f["config"] for f in op["failed_configs"] if f["config"] not in op["failed_choices"]]
    op["shown_count"] = len(op["choices"])
    if not ranked:
        op["winner"] = None
        return
    best = ranked[0]
    op["winner"] = {"name": best["name"], "kind": best["kind"], "ms": best["ms"]}
    if len(ranked) > 1:
        op["runner_up"] = {"name": ranked[1]["name"], "kind": ranked[1]["kind"], "ms": ranked[1]["ms"]}
        op["margin"] = ranked[1]["ms"] / best["ms"] if best["ms"] else None  # runner-up time / winner time
    extern = next((c for c in ranked if c["kind"] == "extern"), None)
    template = next((c for c in ranked if c["kind"] != "extern"), None)
    op["best_extern"] = {"name": extern["name"], "ms": extern["ms"]} if extern else None
    op["best_template"] = {"name": template["name"], "kind": template["kind"], "ms": template["ms"]} if template else None


def _attach_spans(ops: list[dict[str, Any]], trace: Trace) -> None:
    """The `<op>_template_autotuning` / `_template_precompiling` regions, in order, per op name."""
    spans, _ = chromium_events(trace)
    by_op: dict[str, list[Any]] = {}
    pre: dict[str, list[Any]] = {}
    for s in spans:
        for suffix, target in (("_template_autotuning", by_op), ("_template_precompiling", pre)):
            if s.name.endswith(suffix):
                target.setdefault(s.name[: -len(suffix)], []).append(s)
    seen: dict[str, int] = {}
    for op in ops:
        i = seen[op["op"]] = seen.get(op["op"], -1) + 1
        if i < len(by_op.get(op["op"], [])):
            span = by_op[op["op"]][i]
            op["autotuning_region_s"] = span.seconds
            op["compile_id"] = span.compile_id
            op.setdefault("input_shapes", span.args.get("autotune_shape"))
            op.setdefault("dtypes", span.args.get("autotune_dtypes"))
        if i < len(pre.get(op["op"], [])):
            op["precompiling_region_s"] = pre[op["op"]][i].seconds
    known = {op["op"] for op in ops}
    for name, found in by_op.items():  # regions with no printed result (a torch that prints nothing)
        if name not in known:
            for span in found:
                ops.append({"op": name, "input_shapes": span.args.get("autotune_shape"), "dtypes": span.args.get("autotune_dtypes"),
                            "choices": [], "failures": [], "source": "trace", "autotuning_region_s": span.seconds,
                            "compile_id": span.compile_id})


def _attach_kernels(ops: list[dict[str, Any]], kernels: list[dict[str, Any]]) -> None:
    """The generated template kernel each op became and the other ops fused into it. A library
    winner normally leaves no template kernel; when one is there all the same, Inductor chose the
    template at fusion time (its epilogue fused beat the library call plus a kernel of its own:
    benchmark_epilogue_fusion), and `chosen_at_fusion` says the op's own table was overruled."""
    used: set[str] = set()
    for op in ops:
        winner = op.get("winner")
        if not winner:
            continue
        own = OP_ATEN.get(op["op"].split(".")[0], {f"aten.{op['op']}"})
        kernel = next((k for k in kernels if k["name"] not in used and own & set(k.get("aten_ops") or [])
                       and (k.get("kind") == "template" or k.get("backend") == "cpp")), None)
        if kernel is None:
            if winner["kind"] == "extern":
                op.update(fused_ops=[], epilogue_fused=False)  # a library call: its epilogue runs as a kernel of its own
            continue
        used.add(kernel["name"])
        fused = [a for a in kernel.get("aten_ops") or [] if a not in own]
        op.update(kernel=kernel["name"], fused_ops=fused, epilogue_fused=bool(fused))
        if winner["kind"] == "extern":
            op["chosen_at_fusion"] = {"kernel": kernel["name"], "kind": "template", "fused_ops": fused,
                                      "instead_of": winner["name"]}


_GETS = re.compile(r"CachingAutotuner gets (?P<n>\d+) configs for (?P<kernel>\w+)")
_BEST = re.compile(r"Best config for (?P<kernel>\w+): (?P<config>.+?): (?P<ms>[\d.eE+-]+|inf|nan), nreg")
_COORDESC = re.compile(r"COORDESC: (?P<config>.+?): (?P<ms>[\d.eE+-]+|inf|nan), nreg")
_SKIP = re.compile(r"Skip config (?P<config>.+?) because of (?P<reason>.+)$")
_FINAL = re.compile(r"has best config (?P<config>.+)$")


def parse_heuristics(text: str) -> dict[str, dict[str, Any]]:
    """autotune.log, per Triton kernel that the heuristics autotuned at its first launch: the
    candidate count (`CachingAutotuner gets N configs for K`), each benchmarked config's time
    (`Benchmark all input configs for K, get:` block), configs skipped and why (register
    spilling), the best config, and coordinate-descent steps (`COORDESC:`) with the final config."""
    out: dict[str, dict[str, Any]] = {}
    kernel: str | None = None  # the kernel the last header named: skips and COORDESC lines follow it
    in_block = False

    def entry(name: str) -> dict[str, Any]:
        return out.setdefault(name, {"candidates": None, "timings": [], "skipped": [], "best": None, "coordesc": [], "final": None})

    for line in text.splitlines():
        if (m := _GETS.search(line)):
            kernel, in_block = m["kernel"], False
            entry(kernel)["candidates"] = max(int(m["n"]), entry(kernel)["candidates"] or 0)  # a relaunch may get 1
        elif (m := _HEURISTIC_HEAD.search(line)):
            kernel, in_block = m["kernel"], True
        elif (m := _BEST.search(line)):
            kernel, in_block = m["kernel"], False
            entry(kernel)["best"] = {"config": m["config"].strip(), "ms": _ms(m["ms"])}
        elif kernel is not None and (m := _COORDESC.search(line)):
            entry(kernel)["coordesc"].append({"config": m["config"].strip(), "ms": _ms(m["ms"])})
        elif kernel is not None and (m := _SKIP.search(line)):
            entry(kernel)["skipped"].append({"config": m["config"].strip(), "reason": m["reason"].strip()})
        elif kernel is not None and (m := _FINAL.search(line)):
            entry(kernel)["final"] = m["config"].strip()
            kernel, in_block = None, False  # what follows belongs to the next kernel named
        elif in_block and kernel is not None and (row := _HEURISTIC_LINE.match(line)):
            entry(kernel)["timings"].append({"config": row["config"].strip(), "ms": _ms(row["ms"]), "n_regs": row["nreg"],
                                             "n_spills": row["nspill"], "shared_bytes": row["shared"]})
        elif line.strip():
            in_block = False
    return out


def heuristics(runtime: list[dict[str, Any]], logged: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per kernel whose heuristics tried more than one config: from the log, which names
    them even after the winner replaced the candidates in memory, and from runtime_kernels.json
    (the config launched, the autotuning time) where the kernel is there."""
    by_name = {r.get("name"): r for r in runtime if isinstance(r, dict)}
    names = [n for n, e in logged.items() if len(e["timings"]) > 1 or (e["candidates"] or 0) > 1]
    names += [n for n, r in by_name.items() if n not in logged and (r.get("candidate_configs") or 0) > 1]
    rows = []
    for name in names:
        r, e = by_name.get(name) or {}, logged.get(name) or {}
        tried = e.get("timings") or []
        rows.append({"kernel": name, "configs": r.get("configs") or [c["config"] for c in tried],
                     "candidate_configs": max(e.get("candidates") or r.get("candidate_configs") or 0, len(tried)),
                     "timings": tried, "skipped": e.get("skipped") or [], "best": e.get("best"),
                     "coordinate_descent": e.get("coordesc") or [], "final_config": e.get("final"),
                     "winner": r.get("launch_config") or e.get("final") or (e.get("best") or {}).get("config"),
                     "autotune_ms": r.get("autotune_ms")})
    return rows


def collect(run_dir: Path, trace: Trace, kernels: list[dict[str, Any]], runtime: list[dict[str, Any]]) -> dict[str, Any]:
    """Everything above for one capture folder; missing files give empty lists."""
    json_lines: list[str] = []
    for folder, pattern in ((run_dir / "debug", "autotuning_result_json_list.txt"), (run_dir / "graphs", "debug-*autotuning_result_json_list.txt")):
        if folder.is_dir() and not json_lines:
            for path in sorted(folder.rglob(pattern)):
                json_lines += path.read_text(errors="replace").splitlines()
    log = _read(run_dir / "worker.log")
    ops = parse_results_json(json_lines) if json_lines else []
    printed = parse_log(log)
    if ops:  # the JSON has every choice; the log adds names, descriptions and failure reasons
        for op, shown in zip(ops, [p for p in printed if p["op"] in {o["op"] for o in ops}]):
            _merge(op, shown)
    else:
        ops = printed
    _attach_spans(ops, trace)
    for op in ops:
        _finish(op)
    _attach_kernels(ops, kernels)
    logged = parse_heuristics(_read(run_dir / "autotune.log"))
    generated = {k.get("name") for k in kernels} | {r.get("name") for r in runtime if isinstance(r, dict)}
    if generated - {None}:  # the modules autotuning only benchmarks (`triton_mm`, `triton_`) are not the graph's
        logged = {name: e for name, e in logged.items() if name in generated}
    return {"ops": ops, "heuristics": heuristics(runtime, logged),
            "sources": sorted({op["source"] for op in ops})}


def _read(path: Path) -> str:
    """A text log of the capture, up to the end-of-capture marker (core/trace.py)."""
    try:
        return before_end_of_capture(path.read_text(errors="replace"))
    except OSError:
        return ""
