"""The input shapes of a captured graph, read from Dynamo's output graph.

User code (`inspect run file.py:NAME`) makes its own inputs, so results.json has no shape for it.
The graph Dynamo traced names them: graphs/<id>-dynamo_output_graph.txt starts with
`def forward(self, L_x_: "f32[8, 16][16, 1]cpu", ...)`, one annotated placeholder per input
(parameters and buffers of an nn.Module are placeholders too; they are left out here).
"""

from __future__ import annotations

import re
from pathlib import Path

_FORWARD = re.compile(r"def forward\(self,?(?P<args>[^)]*)\)")
_PLACEHOLDER = re.compile(r'(?P<name>\w+)\s*:\s*"\w+\[(?P<dims>[^\]]*)\]')


def input_shapes(graph_text: str) -> list[str]:
    """'8x16' per tensor input of the first forward signature ('scalar' for 0-d tensors)."""
    match = _FORWARD.search(graph_text)
    if not match:
        return []
    shapes = []
    for p in _PLACEHOLDER.finditer(match.group("args")):
        if "_parameters_" in p.group("name") or "_buffers_" in p.group("name"):
            continue
        dims = [d.strip() for d in p.group("dims").split(",") if d.strip()]
        shapes.append("x".join(dims) or "scalar")
    return shapes


def run_input_shapes(run: Path) -> list[str]:
    """Input shapes of the first graph a run captured (empty without a graphs/ folder)."""
    graphs = sorted((run / "graphs").glob("*dynamo_output_graph.txt")) if (run / "graphs").is_dir() else []
    for path in graphs:
        shapes = input_shapes(path.read_text(errors="replace"))
        if shapes:
            return shapes
    return []
