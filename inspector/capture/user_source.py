"""Which line of the user's code a kernel comes from, read from Inductor's provenance stack traces.

A stack trace runs from the outermost frame to the innermost; the innermost frame that is neither
this tool's own code nor a library is the user's line. When the user's code is only library
modules (an nn.Sequential of torch.nn layers, or torch.nn.functional.silu itself), Dynamo keeps no
frame of torch.nn and the only frame left is the tool's call of the user's function
(inspector/targets.py, `return fn(*inputs, **kwargs)`), which the report showed as "Your source".
Such a kernel gets no user line; instead, the library calls it comes from, read from Dynamo's
graph: "torch.nn.functional.layer_norm (model[0])".
"""

from __future__ import annotations

import re
from typing import Any

from inspector.core.records import is_tool_file
from inspector.core.trace import Trace

_FRAME = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<fn>\S+)\n(?P<code>[^\n]*)')
# `input_1: "f32[8, 32][32, 1]cpu" = torch.nn.functional.layer_norm(l_inputs_0_, ...)` in Dynamo's graph
_CALL = re.compile(r'^\s*(?P<node>\w+)(?::\s*"[^"]*")?\s*=\s*(?P<fn>[\w.]+)\((?P<args>.*)$', re.M)
# a parameter of a submodule of the user's callable: l_fn_modules_0_parameters_weight_ -> fn.0
_MODULE = re.compile(r"\bl_fn_((?:modules_\w+?_)+)(?:parameters|buffers)_")


def user_line(stack_text: str) -> dict[str, Any] | None:
    """The innermost frame of one stack trace outside this tool's own code, or None."""
    for f in reversed(list(_FRAME.finditer(stack_text))):
        if not is_tool_file(f.group("file")):
            return {"file": f.group("file"), "line": int(f.group("line")), "function": f.group("fn"),
                    "code": f.group("code").strip()}
    return None


def library_calls(trace: Trace) -> dict[str, str]:
    """Dynamo graph node -> the library call that made it ("torch.nn.functional.gelu (model[2])"),
    over every graph Dynamo produced."""
    out: dict[str, str] = {}
    for entry in trace.of_kind("dynamo_output_graph"):
        for m in _CALL.finditer(entry.payload):
            fn = m.group("fn").replace("torch._C._nn.", "torch.nn.functional.")
            module = _MODULE.search(m.group("args"))
            where = ""
            if module:
                parts = [p for p in module.group(1).split("modules_") if p]
                where = " (model" + "".join(f"[{p.strip('_')}]" if p.strip("_").isdigit() else f".{p.strip('_')}"
                                            for p in parts) + ")"
            out.setdefault(m.group("node"), fn + where)
    return out
