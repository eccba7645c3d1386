"""Scheduler operations from Inductor's IR dump (graphs/*-ir_pre_fusion.txt).

The dump (TORCH_COMPILE_DEBUG's ir_pre_fusion.txt, written by every capture) lists each
scheduler node before fusion as "op8: ExternKernelSchedulerNode(ExternKernelOut)" followed by
"op8.writes = [StarDep(name='buf8', ...)]", "op8.unmet_dependencies = [...]" and
"op8.met_dependencies = [...]". Those give each operation's buffers when a capture's fusion log
has no operation table (a torch without GraphLowering.operations, a log built from text).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

HEADER = re.compile(r"^(op\d+): (\w+)\((\w+)\)\s*$")
FIELD = re.compile(r"^(op\d+)\.(\w+) = ?(.*)$")
DEP = re.compile(r"(?:MemoryDep\('|StarDep\(name='|WeakDep\(name=')([\w.]+)'")
# "debug-model__0_forward_1.0-ir_pre_fusion.txt" -> "0_forward"
LABEL = re.compile(r"__(\d+_(?:forward|backward|inference))_")


def parse(text: str) -> dict[str, dict[str, Any]]:
    """op name -> {"kind", "writes", "reads"} (reads: met and unmet dependencies, weak ones apart)."""
    ops: dict[str, dict[str, Any]] = {}
    current: tuple[str, str] | None = None
    for line in text.splitlines():
        m = HEADER.match(line)
        if m:
            ops[m.group(1)] = {"kind": m.group(3), "writes": [], "reads": [], "origins": []}
            current = None
            continue
        f = FIELD.match(line)
        if f:
            current = (f.group(1), f.group(2)) if f.group(1) in ops else None
            rest = f.group(3)
        elif current and line.startswith(" "):
            rest = line
        else:
            current = None
            continue
        if current is None:
            continue
        key = {"writes": "writes", "unmet_dependencies": "reads", "met_dependencies": "reads"}.get(current[1])
        if key:
            names = [n for n in DEP.findall(rest) if "WeakDep" not in rest or key == "writes"]
            ops[current[0]][key] = sorted(set(ops[current[0]][key]) | set(names))
    return ops


def graph_operations(run_dir: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """graph label -> operations, from every ir_pre_fusion dump under graphs/ whose name carries
    the graph's label."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for path in sorted((run_dir / "graphs").glob("*ir_pre_fusion*.txt")):
        m = LABEL.search(path.name)
        if m and m.group(1) not in out:
            try:
                out[m.group(1)] = parse(path.read_text(errors="replace"))
            except OSError:
                continue
    return out
