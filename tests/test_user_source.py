"""A kernel's line of the user's source: never this tool's own frame; library modules named instead."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from inspector.capture.user_source import library_calls, user_line
from inspector.core.records import is_tool_file
from inspector.core.trace import Trace, TraceEntry
from inspector.report.html import render
from inspector.report.html_model import build_report

ROOT = Path(__file__).resolve().parents[1]
TOOL = str(ROOT / "inspector" / "targets.py")
STACK = f'  File "{TOOL}", line 239, in eager\n    return fn(*inputs, **kwargs)\n'
GRAPH = ('        # File: {tool}:239 in eager, code: return fn(*inputs, **kwargs)\n'
         '        input_1: "f32[8, 32][32, 1]cpu" = torch.nn.functional.layer_norm(l_inputs_0_, (32,), '
         'l_fn_modules_0_parameters_weight_, l_fn_modules_0_parameters_bias_, 1e-05);  l_inputs_0_ = None\n'
         '        input_2: "f32[8, 64][64, 1]cpu" = torch._C._nn.linear(input_1, l_fn_modules_block_modules_1_parameters_weight_)\n'
         '        input_3: "f32[8, 64][64, 1]cpu" = torch._C._nn.gelu(input_2, approximate = \'none\');  input_2 = None\n')


def test_the_tools_own_frame_is_never_the_users_line():
    assert is_tool_file(TOOL) and not is_tool_file("/home/me/model.py") and not is_tool_file(None)
    assert user_line(STACK) is None  # the reported case: only inspector/targets.py was left
    # another copy of the tool (a cached compile or a capture from another checkout names its files
    # there): its frames are the tool's too; a user's own folder named inspector is not
    elsewhere = "/some/other/checkout/inspector/targets.py"
    assert is_tool_file(elsewhere) and user_line(STACK.replace(TOOL, elsewhere)) is None
    assert not is_tool_file("/home/me/inspector/my_model.py")
    user = f'  File "/home/me/model.py", line 12, in forward\n    return self.up(x)\n{STACK}'
    assert user_line(user) == {"file": "/home/me/model.py", "line": 12, "function": "forward", "code": "return self.up(x)"}


def test_library_calls_name_the_function_and_the_module_of_the_model():
    trace = Trace([TraceEntry(kind="dynamo_output_graph", meta={}, payload=GRAPH.format(tool=TOOL))])
    calls = library_calls(trace)
    assert calls["input_1"] == "torch.nn.functional.layer_norm (model[0])"
    assert calls["input_2"] == "torch.nn.functional.linear (model.block[1])"
    assert calls["input_3"] == "torch.nn.functional.gelu"


def test_the_report_shows_the_library_not_the_tools_line(tmp_path):
    """An older capture recorded inspector/targets.py as the user's line: the report leaves it out."""
    reference = next((ROOT / "captured_kernels").glob("layernorm_gelu/ref-*"))
    run = tmp_path / "captured_kernels" / "layernorm_gelu" / "seq"
    shutil.copytree(reference, run)
    kernels = json.loads((run / "kernels.json").read_text())
    for record in kernels["kernels"]:
        record["provenance"]["user_lines"] = [{"file": TOOL, "line": 239, "function": "eager", "code": "return fn(*inputs, **kwargs)"}]
        record["provenance"]["library"] = ["torch.nn.functional.layer_norm (model[0])"]
    (run / "kernels.json").write_text(json.dumps(kernels))
    html = render(build_report([tmp_path / "captured_kernels"]))
    assert "targets.py" not in html and "return fn(*inputs" not in html
    assert "library code, no line of your source: <code>torch.nn.functional.layer_norm (model[0])</code>" in html


@pytest.mark.slow
def test_a_sequential_of_library_modules_has_no_user_line(tmp_path, inductor_cache_dir):
    from click.testing import CliRunner

    from inspector import store
    from inspector.cli import main

    result = CliRunner().invoke(main, ["run", "tests/fixtures/user_code/sequential.py:model", "--device", "cpu", "--out",
                                       str(tmp_path), "--cache-dir", inductor_cache_dir, "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    kernels = store.read_json(store.latest(tmp_path, "sequential.model").path / "kernels.json")["kernels"]
    assert kernels and all(not k["provenance"]["user_lines"] for k in kernels)
    library = [c for k in kernels for c in k["provenance"].get("library") or []]
    assert "torch.nn.functional.layer_norm (model[0])" in library
