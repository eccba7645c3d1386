"""inspector/report/code_html.py: the report's source highlighting."""

from __future__ import annotations

from pathlib import Path

import pytest
from pygments.token import Comment, Keyword, Name, Number, String

from inspector.report.code_html import code_html, tokens

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*ROOT.glob("captured_kernels/*/ref-*/kernels/*.py"), *ROOT.glob("captured_kernels/*/ref-*/kernels/*.cpp"),
                  *ROOT.glob("handwritten/*.py")])


@pytest.mark.parametrize("path", SOURCES[::7], ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_tokens_cover_the_source_exactly(path):
    source = path.read_text()
    assert "".join(text for _, text in tokens(source, "cpp" if path.suffix == ".cpp" else "python")) == source


def test_python_token_kinds():
    source = "@triton.jit\ndef kernel(x_ptr, BLOCK: tl.constexpr):\n    s = 'a # b'  # note\n    return 0x1F + 1.5e-3 if x_ptr is None else len(s)\n"
    kinds = {text: kind for kind, text in tokens(source) if text.strip()}
    assert kinds["@triton.jit"] is Name.Decorator and kinds["def"] is Keyword and kinds["kernel"] is Name.Function
    assert kinds["'a # b'"] is String and kinds["# note"] is Comment.Single  # a '#' inside a string is no comment
    assert kinds["0x1F"] is Number and kinds["1.5e-3"] is Number and kinds["None"] is Keyword.Constant
    assert kinds["len"] is Name.Builtin and kinds["x_ptr"] is Name


def test_cpp_token_kinds():
    source = '#include "a.h"\nextern "C" void kernel(const float* in_ptr0) {  // c\n    /* two\n lines */ auto x = 1.0f;\n}\n'
    kinds = {text: kind for kind, text in tokens(source, "cpp") if text.strip()}
    assert kinds['#include "a.h"'] is Comment.Preproc and kinds["// c"] is Comment.Single
    assert kinds["/* two\n lines */"] is Comment.Single and kinds["1.0f"] is Number and kinds["void"] is Keyword


def test_html_has_line_numbers_anchors_and_marked_lines():
    html = code_html("a = 1\nb = 2\nc = 3", first_line=10, anchor="src", marked=(11,))
    assert html.startswith('<div class="hl">') and '<span class="linenos">10</span>' in html
    assert 'id="src-11"' in html and '<span class="hll">' in html and html.count("\n") >= 3
    assert "linenos" not in code_html("a = 1", line_numbers=False)
