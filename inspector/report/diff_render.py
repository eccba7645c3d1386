"""Print a DiffView (rich) or lay it out as one standalone HTML page (jinja2 + pygments).

Nothing is computed here beyond formatting: the view model holds every number. The HTML page
has inline CSS and no scripts, fonts or images from elsewhere: it opens offline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import DiffLexer
from rich.console import Console, Group
from rich.markup import escape
from rich.syntax import Syntax
from rich.table import Table

from inspector.analysis.compare_runs import RunComparison
from inspector.analysis.step_profile import TERMINAL_ROWS
from inspector.report.code_html import code_html
from inspector.report import fusion_view
from inspector.report.diff_view import DiffView
from inspector.store import write_output

TEMPLATES = Path(__file__).parent / "templates"


def print_diff(view: DiffView, console: Console, source: str = "side") -> None:
    """source: 'side' (side-by-side normalized code), 'unified' or 'none'."""
    against = "generated vs handwritten" if view.handwritten_label else "what the compiled call costs"
    console.rule(f"[bold]{escape(view.experiment)}[/] · {escape(view.run_id)} · {against}")
    console.print(escape(view.header))
    for note in view.notes:
        console.print(f"[yellow]note[/]: {escape(note)}")
    if view.findings:
        console.print("[bold]Findings[/] [dim](ranked by total cost; a pattern repeated across layers is one line with its count)[/]")
        for f in view.findings:
            console.print(f"  • {escape(f.text)}")
    if view.measured_rows:
        # the source's name as a line of its own: a table title wraps at the three columns' width
        console.print(f"[italic]Measured ({escape(view.measured_source)})[/]")
        t = Table()
        for col in ("provider", "median", "% of copy"):
            t.add_column(col, justify="left" if col == "provider" else "right")
        for row in view.measured_rows:
            t.add_row(*row)
        console.print(t)
    if view.launch_rows:
        t = Table(title="Launch sequence of one compiled call", title_justify="left")
        for col in ("#", "target", "kind", "read (est.)", "written (est.)", "time"):
            t.add_column(col, justify="left" if col in ("target", "kind") else "right", overflow="fold")
        for row in view.launch_rows:
            t.add_row(*[escape(c) for c in row])
        console.print(t)
    console.print(escape(view.bytes_line))
    if view.intermediate_rows:
        t = Table(title="Intermediates written to global memory and read back", title_justify="left")
        for col in ("buffer", "size", "dtype", "written by", "read back by", "returned", "why not fused"):
            t.add_column(col, overflow="fold")
        for row in view.intermediate_rows:
            t.add_row(*[escape(c) for c in row])
        console.print(t)
    for line in fusion_view.bulleted(view.fusion_lines):
        console.print(escape(line), soft_wrap=True)
    if view.columns:
        t = Table(title="Kernel anatomy (* PTX compiled offline, see notes)", title_justify="left", show_lines=True)
        t.add_column("")
        for name in view.columns:
            t.add_column(escape(name), overflow="fold", max_width=48)
        for label, cells in view.anatomy_rows:
            t.add_row(label, *[escape(c) for c in cells])
        console.print(t)
    if source == "none" or not view.handwritten_source:
        return
    if source == "unified":
        console.print(Syntax(view.unified, "diff", word_wrap=True))
        return
    t = Table(title="Source, normalized (temporaries renumbered, boilerplate dropped)", title_justify="left",
              show_edge=False, pad_edge=False)
    t.add_column(f"generated: {escape(view.generated_label)}", overflow="fold", ratio=1)
    t.add_column(f"handwritten: {escape(view.handwritten_label)}", overflow="fold", ratio=1)
    style = {"replace": "yellow", "delete": "red", "insert": "green", "equal": ""}
    for left, right, tag in view.rows:
        s = style.get(tag, "")
        t.add_row(f"[{s}]{escape(left)}[/]" if s and left else escape(left), f"[{s}]{escape(right)}[/]" if s and right else escape(right))
    console.print(t)


def _code(source: str) -> Markup:
    return code_html(source, "python", line_numbers=False)


def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=jinja2.select_autoescape(["j2", "html"]))


def render_html(view: DiffView) -> str:
    env = _environment()
    formatter = HtmlFormatter(cssclass="hl")
    return env.get_template("diff.html.j2").render(
        v=view,
        css=Markup(formatter.get_style_defs(".hl")),
        generated_code=_code(view.generated_source) if view.generated_source else "",
        handwritten_code=_code(view.handwritten_source) if view.handwritten_source else "",
        unified_code=Markup(highlight(view.unified, DiffLexer(), formatter)) if view.unified else "",
    )


def write_html(view: DiffView, path: Path) -> Path:
    """The standalone HTML page of `inspect diff NAME`, written whole or not at all (FileError)."""
    return write_output(path, render_html(view))


def _opt(v: float | None, spec: str, suffix: str = "") -> str:
    return "-" if v is None else f"{v:{spec}}{suffix}"


def comparison_view(c: RunComparison) -> dict[str, Any]:
    """Ready strings for the terminal and the HTML page of `inspect diff RUN_A RUN_B`."""

    def ratio(a: float | None, b: float | None) -> str:
        return f"{b / a:.2f}x" if a and b else "-"

    timing = [["compile (summary)", _opt(c.compile_s[0], ".2f", " s"), _opt(c.compile_s[1], ".2f", " s"), ratio(*c.compile_s)]]
    timing += [[f"  {name.removesuffix('_s')}", _opt(a, ".3f", " s"), _opt(b, ".3f", " s"), ratio(a, b)] for name, a, b in c.phases]
    timing.append(["compiled call (median)", _opt(c.compiled_ms[0], ".4f", " ms"), _opt(c.compiled_ms[1], ".4f", " ms"), ratio(*c.compiled_ms)])
    timing.append(["launches per call", str(c.launches[0] if c.launches[0] is not None else "-"),
                   str(c.launches[1] if c.launches[1] is not None else "-"), ""])
    return {
        "experiment": c.experiment, "run_a": c.run_a, "run_b": c.run_b, "notes": list(c.problems),
        "settings": [[what, str(a), str(b)] for what, a, b in c.settings],
        "kernels": [[k.name, k.status, "; ".join(k.details) or "-", _opt(k.us_a, ".1f"), _opt(k.us_b, ".1f")] for k in c.kernels],
        "timing": timing,
        "autotuning": c.autotuning,
        **time_parts_view(c),
        "round_trips": c.round_trips,
    }


def _signed(us: float) -> str:
    return f"{us / 1e3:+.3f} ms" if abs(us) >= 1000 else f"{us:+.1f} µs"


def time_parts_view(c: RunComparison) -> dict[str, Any]:
    """The step-profile parts that make the compiled call's time difference, largest change first,
    and the line saying what their deltas add up to against the measured difference."""
    rows = [[d.label, d.graph or "-", d.group, _opt(d.us_a, ".1f"), _opt(d.us_b, ".1f"), _signed(d.delta_us)]
            for d in c.time_parts]
    if not rows:
        return {"time_parts": [], "time_parts_line": ""}
    line = f"the deltas add up to {_signed(sum(d.delta_us for d in c.time_parts))}"
    if c.compiled_ms[0] and c.compiled_ms[1]:
        line += f"; measured {_signed((c.compiled_ms[1] - c.compiled_ms[0]) * 1e3)} ({c.compiled_ms[0]:.4f} -> {c.compiled_ms[1]:.4f} ms)"
    return {"time_parts": rows, "time_parts_line": line}


def comparison_group(c: RunComparison) -> Group:
    view = comparison_view(c)
    parts: list = [f"[yellow]note[/]: {escape(p)}" for p in view["notes"]]
    if view["settings"]:
        t = Table(title="Settings that differ", title_justify="left")
        for col in ("setting", c.run_a, c.run_b):
            t.add_column(escape(col), overflow="fold")
        for row in view["settings"]:
            t.add_row(*(escape(x) for x in row))
        parts.append(t)
    else:
        parts.append("same options, versions, shape and dtype")
    t = Table(title="Kernels", title_justify="left")
    for col in ("kernel", "status", "what changed", f"µs/call {c.run_a}", f"µs/call {c.run_b}"):
        t.add_column(escape(col), overflow="fold")
    colour = {"added": "green", "removed": "red", "changed": "yellow", "same": "dim"}
    for name, status, what, a, b in view["kernels"]:
        t.add_row(escape(name), f"[{colour[status]}]{status}[/]", escape(what), a, b)
    parts.append(t)
    if view["autotuning"]:
        t = Table(title="Autotuning (winner, its lead over the runner-up, seconds spent)", title_justify="left")
        for col in ("op", f"winner {c.run_a}", f"winner {c.run_b}", f"cost {c.run_a}", f"cost {c.run_b}"):
            t.add_column(escape(col), overflow="fold")
        for row in view["autotuning"]:
            t.add_row(*(escape(x) for x in row))
        parts.append(t)
    if view["round_trips"]:
        parts.append(f"[bold]Round trips through memory[/] (A = {escape(c.run_a)}, B = {escape(c.run_b)})")
        parts.extend(f"  • {escape(line)}" for line in view["round_trips"])
    if view["time_parts"]:
        t = Table(title="Where the compiled call's time difference comes from (µs per call)", title_justify="left")
        for col in ("part", "graph", "kind", c.run_a, c.run_b, "B - A"):
            t.add_column(escape(col), justify="right" if col in (c.run_a, c.run_b, "B - A") else "left",
                         no_wrap=col == "part", overflow="ellipsis", max_width=64 if col == "part" else None)
        for row in view["time_parts"][:TERMINAL_ROWS]:
            t.add_row(*(escape(x) for x in row))
        parts.append(t)
        if len(view["time_parts"]) > TERMINAL_ROWS:
            parts.append(f"{len(view['time_parts']) - TERMINAL_ROWS} smaller changes: see the HTML page")
        parts.append(escape(view["time_parts_line"]))
    t = Table(title="Compile time and speed", title_justify="left")
    for col in ("", c.run_a, c.run_b, "B / A"):
        t.add_column(escape(col), justify="right" if col else "left")
    for row in view["timing"]:
        t.add_row(*row)
    parts.append(t)
    return Group(*parts)


def write_comparison_html(c: RunComparison, path: Path) -> Path:
    """The standalone HTML page of `inspect diff RUN_A RUN_B` (no network requests)."""
    return write_output(path, _environment().get_template("compare.html.j2").render(c=comparison_view(c)))


def print_comparison(c: RunComparison, console: Console) -> None:
    console.rule(f"[bold]{escape(c.experiment)}[/] · {escape(c.run_a)} → {escape(c.run_b)}")
    console.print(comparison_group(c))
