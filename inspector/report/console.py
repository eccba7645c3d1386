"""Terminal views of captures (rich tables), built from the files of a run folder only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from inspector.analysis.step_profile import short_kernel
from inspector.core.outputcode import graph_name
from inspector.core.records import CompileMetrics, GraphPhases
from inspector.core.timing_noise import judge as judge_noise
from inspector.report import step_view
from inspector.core.units import millis, nbytes, seconds
from inspector.report.autotune_view import console_lines, fmt_config
from inspector.report.fusion_view import summary_lines
from inspector.store import is_timing_baseline, load_optional

BASELINE = "timing baseline (--no-capture: timed only, no kernels captured)"




def run_view(folder: Path) -> dict[str, Any]:
    """Everything the summary shows, read from the run folder (missing files give empty parts)."""
    return {
        "manifest": load_optional(folder / "manifest.json", {}),
        "kernels": load_optional(folder / "kernels.json", {}),
        "metrics": load_optional(folder / "compile_metrics.json", {}),
        "results": load_optional(folder / "results.json", {}),
        "path": folder,
    }


def kernels_table(view: dict[str, Any]) -> Table:
    gpu = view["manifest"].get("device") == "cuda"
    table = Table(title="Generated kernels (launch order)", title_justify="left", expand=False)
    launches = view["kernels"].get("launches", [])
    several_graphs = len({l.get("graph") for l in launches}) > 1  # then each row names its graph: "1 inference (dynamic) #0"
    order_col = ("graph #", {}) if several_graphs else ("#", {"justify": "right"})
    for col, kw in (order_col, ("kernel", {}), ("kind", {}), ("source ops", {"max_width": 38}), ("launch config", {"max_width": 34}), ("regs/spills", {}), ("bytes", {"justify": "right"}),
                    ("time/call", {"justify": "right"}), ("GB/s", {"justify": "right"})):
        if col in ("regs/spills", "time/call", "GB/s") and not gpu:
            continue
        table.add_column(col, **kw)
    records = {r["name"]: r for r in view["kernels"].get("kernels", [])}
    dynamic = set(view["kernels"].get("dynamic_graphs") or [])
    for launch in launches:
        r = records.get(launch["target"], {})
        is_extern = launch["kind"] == "extern"
        ops = ", ".join(r.get("aten_ops") or r.get("source_nodes") or []) if r else ", ".join(short_kernel(n) for n in launch.get("device_kernels", []))
        graph = launch.get("graph")
        order = f"{graph_name(graph, graph in dynamic)} #{launch['order']}" if several_graphs else str(launch["order"])
        row = [order, launch["target"], "extern call" if is_extern else r.get("kind", "?"), ops or "-",
               fmt_config(r.get("launch_config")) if r else "-"]
        if gpu:
            regs = f"{r.get('n_regs')}/{r.get('n_spills')}" if r.get("n_regs") is not None else "-"
            t = r.get("measured_us_per_call")
            row += [regs]
        row.append(nbytes(launch.get("bytes")))
        if gpu:
            if is_extern:
                t = launch.get("measured_us_per_call")
                gbps = launch["bytes"] / (t * 1e3) if t and launch.get("bytes") else None
            else:
                gbps = r.get("achieved_gb_per_s")
            row += [f"{t:.1f} µs" if t else "-", f"{gbps:.0f}" if gbps else "-"]
        table.add_row(*row)
    return table


def cache_outcome(metrics: dict[str, Any]) -> str:
    """'hit', 'miss' or 'N hit / M miss' over the run's cache events (FX graph, AOTAutograd): a
    warm run served from the AOTAutograd cache never enters Inductor, so its graphs carry no
    cache_state of their own."""
    events = [e for e in (metrics.get("cache") or {}).values() if isinstance(e, dict)]
    hits, misses = sum(e.get("hit", 0) for e in events), sum(e.get("miss", 0) for e in events)
    if hits and misses:
        return f"{hits} hit / {misses} miss"
    return "hit" if hits else "miss" if misses else "-"


def phases_table(view: dict[str, Any]) -> Table:
    table = Table(title="Compile time by phase", title_justify="left")
    for col in ("frame", "graph", "total", "dynamo", "AOTAutograd", "inductor", "codegen", "kernel compile", "autotune", "cache"):
        table.add_column(col, justify="right" if col not in ("frame", "graph", "cache") else "left")
    for frame in CompileMetrics.from_json(view["metrics"]).frames:
        for i, g in enumerate(frame.graphs or [GraphPhases()]):
            kernel_compile = g.triton_compile_s if g.triton_compile_s is not None else g.cpp_compile_s
            if kernel_compile is None and i == 0:
                kernel_compile = frame.triton_compile_s
            if kernel_compile is None:
                kernel_compile = g.kernel_compile_wait_s
            table.add_row(
                frame.compile_id if i == 0 else "",
                (graph_name(g.label, bool(g.dynamic)) if g.label else g.graph or "-") + (" (lazy)" if g.compiled_lazily else ""),
                seconds(frame.total_s) if i == 0 else "",
                seconds(frame.dynamo_s) if i == 0 else "",
                seconds(frame.aot_autograd_s) if i == 0 else "",
                seconds(g.inductor_s),
                seconds(g.codegen_s),
                seconds(kernel_compile),
                seconds(g.autotune_s if g.autotune_s is not None else (frame.runtime_autotune_s if i == 0 else None)),
                str(g.cache_state or cache_outcome(view["metrics"])),
            )
    return table


def print_run(view: dict[str, Any], console: Console, all_kernels: bool = False) -> None:
    """The summary of one capture; at model scale (more than step_view.FULL_TABLE_LAUNCHES launches
    per call) the step profile's top parts replace the launch-by-launch kernel table unless
    all_kernels."""
    m, results, metrics = view["manifest"], view["results"], view["metrics"]
    versions = m.get("versions") or {}
    shape = shape_text(m)
    console.rule(f"[bold]{m.get('experiment')}[/] · {m.get('run_id')}" + (" · timing baseline" if is_timing_baseline(m) else ""))
    if is_timing_baseline(m):
        console.print(f"[bold]{BASELINE}[/]")
    known = " ".join(x for x in (shape, m.get("dtype")) if x)  # user code may record neither
    where = m.get("device_name") or m.get("device")
    console.print(
        f"{f'{known} on {where}' if known else f'{where} (no shape or dtype recorded)'} · mode {m.get('options', {}).get('mode')}"
        f" · torch {versions.get('torch')} · triton {versions.get('triton')} · python {versions.get('python')}"
    )
    for b in metrics.get("graph_breaks", []):
        console.print(f"[yellow]graph break[/] ×{b.get('count', 1)}: {b.get('reason')} at {b.get('file')}:{b.get('line')}  [dim]{b.get('code') or ''}[/]")
    for r in metrics.get("recompiles", []):
        console.print(f"[yellow]recompile[/] {r.get('compile_id')}: {r.get('reason')}")
    launches = view["kernels"].get("launches") or []
    step = step_view.load(view["path"], view) if isinstance(view.get("path"), Path) else None
    if launches and (all_kernels or step is None or len(launches) <= step_view.FULL_TABLE_LAUNCHES):
        console.print(kernels_table(view))
    elif launches:
        console.print(f"[dim]{len(launches)} kernel and extern calls per compiled call: their table is in the report "
                      "(inspect report), or here with inspect run --all-kernels[/]")
    if step is not None:
        console.print(step_view.terminal_view(step))
    if metrics.get("frames"):
        console.print(phases_table(view))
    if results:
        fwd = results.get("correctness", {}).get("forward", {})
        verdict = "[green]ok[/]" if results.get("passed") else "[red]MISMATCH[/]"
        console.print(
            f"correctness {verdict}: max abs err {fwd.get('max_abs_err', float('nan')):.3g}, max rel err "
            f"{fwd.get('max_rel_err', float('nan')):.3g} (atol {fwd.get('atol')}, rtol {fwd.get('rtol')})"
            + (f"; {fwd.get('detail')}" if fwd.get("detail") else "")
        )
        if results.get("backward"):
            console.print(grads_text(results.get("correctness", {})))
        steady, first = results.get("steady") or {}, results.get("first_call_s", {})
        console.print(
            f"first call: eager {seconds(first.get('eager'))}, compiled {seconds(first.get('compiled'))} (compile + run) · "
            f"steady state (median): eager {millis((steady.get('eager') or {}).get('median_ms'))}, compiled "
            f"{millis((steady.get('compiled') or {}).get('median_ms'))} → {speed_text(results)}"
        )

    for line in console_lines(view["path"], m, metrics):
        console.print(line)
    for line in summary_lines(view["path"]):
        console.print(escape(line), soft_wrap=True)
    if m.get("status") != "ok":
        err = m.get("error") or {}
        console.print(f"[red]failed[/] in {err.get('phase')}: {err.get('type')}: {err.get('message')}")
    for w in m.get("warnings", []):
        console.print(f"[yellow]warning[/]: {w}")
    console.print(f"[dim]capture: {view['path']}[/]")


def grads_text(correctness: dict[str, Any]) -> str:
    """The gradients line of a --backward run: how many were compared against what, the worst
    (by its error against its limit, as capture/checks.py ranks them), or why none were. Older
    captures without a grads summary are described from their grads alone."""
    grads = correctness.get("grads") or {}
    summary = correctness.get("grads_summary") or {}
    if not grads:
        why = summary.get("skipped") or "this capture recorded none"
        return f"gradients: [yellow]none compared[/]: {why}"
    bad = [name for name, g in grads.items() if not g.get("passed")]
    verdict = "[red]MISMATCH[/]" if bad else "[green]ok[/]"
    text = f"gradients {verdict}: {len(grads)} compared" + (f" against {summary['reference']}" if summary.get("reference") else "")
    text += f", {len(bad)} out of tolerance" if bad else ""
    name = summary.get("worst") if summary.get("worst") in grads else (bad or list(grads))[0]
    worst = grads.get(name, {})
    if worst.get("rel_norm_err") is not None:
        text += f"; worst {name}: relative L2 error {worst['rel_norm_err']:.3g} (limit {worst.get('rtol'):.3g})"
    else:
        text += f"; worst {name}: max abs err {worst.get('max_abs_err', float('nan')):.3g} (atol {worst.get('atol'):.3g})"
    return text


def print_brief(view: dict[str, Any], console: Console) -> None:
    """One line per run for `inspect run -q`: status, speed-up (or noisy) and the capture folder."""
    m = view["manifest"]
    status = "[green]ok[/]" if m.get("status") == "ok" else f"[red]failed[/] in {(m.get('error') or {}).get('phase')}"
    speed = f" · {speed_text(view['results'])}" if view["results"] else ""
    kind = "timing baseline" if is_timing_baseline(m) else "capture"
    counters = f" · [yellow]{counters_text(m)}[/]" if counters_text(m) else ""
    console.print(f"{m.get('experiment')}: {status}{speed}{counters} · {kind}: {view['path']}", soft_wrap=True)


def counters_text(manifest: dict[str, Any]) -> str:
    """The --counters outcome when it is not a full one ("counters: 14 of 20 kernels, 93% of the
    device time (...)", "counters unavailable: ..."), else "": a status "ok" never hides it."""
    c = manifest.get("counters")
    if not isinstance(c, dict) or c.get("status") in (None, "ok"):
        return ""
    if c.get("line"):
        return str(c["line"])
    return f"counters {c.get('status')}: {c.get('reason') or '?'}"


def shape_text(manifest: dict[str, Any]) -> str:
    """The experiment's shape, else the input shapes of the traced graph (user code), else ''."""
    shape = "x".join(str(d) for d in manifest.get("shape") or [])
    inputs = manifest.get("input_shapes") or []
    return shape or (f"inputs {', '.join(inputs)}" if inputs else "")


def speedup_cell(results: dict[str, Any]) -> str:
    """'1.23x', 'noisy' (a timing spread too wide to compare; core.timing_noise) or '-'."""
    if judge_noise(results.get("steady")):
        return "noisy"
    speedup = results.get("speedup_compiled_vs_eager")
    return f"{speedup:.2f}x" if isinstance(speedup, (int, float)) and speedup else "-"


def speed_text(results: dict[str, Any]) -> str:
    noisy = judge_noise(results.get("steady"))
    if noisy:
        return f"[yellow]noisy[/] ({noisy}): no speed-up reported"
    cell = speedup_cell(results)
    return "no speed-up (not timed)" if cell == "-" else f"compiled runs at {cell} eager's speed"


def runs_table(results: list[tuple[str, Path | None, dict[str, Any] | None, str | None]]) -> Table:
    """One line per experiment of an `inspect run --all`."""
    table = Table(title="Captures", title_justify="left")
    for col in ("experiment", "status", "kernels", "compile", "eager", "compiled", "speedup", "correct", "folder"):
        table.add_column(col)
    for name, path, manifest, error in results:
        if manifest is None:
            table.add_row(name, "[red]error[/]", "-", "-", "-", "-", "-", "-", error or "")
            continue
        view = run_view(path) if path else {"results": {}}
        steady = view["results"].get("steady", {})
        s = manifest.get("summary", {})
        table.add_row(
            name,
            ("[green]ok[/]" if manifest.get("status") == "ok" else "[red]failed[/]")
            + (" · timing baseline" if is_timing_baseline(manifest) else ""),
            "- (--no-capture)" if is_timing_baseline(manifest) else str(s.get("kernels")),
            baseline_compile(view["results"]) if is_timing_baseline(manifest) else seconds(s.get("compile_s")),
            millis((steady.get("eager") or {}).get("median_ms")),
            millis((steady.get("compiled") or {}).get("median_ms")),
            speedup_cell(view["results"]),
            {True: "yes", False: "[red]no[/]", None: "-"}[s.get("passed")],
            str(path) if path else "",
        )
    return table


def baseline_compile(results: dict[str, Any]) -> str:
    """A --no-capture run has no compile metrics: its compiled first call (compile + run) stands in, labelled."""
    first = (results.get("first_call_s") or {}).get("compiled")
    return f"{seconds(first)} (first call)" if isinstance(first, (int, float)) else "-"
