"""Kernel and user source as highlighted HTML, for the report and the diff page.

Pygments' PythonLexer spent about a third of `inspect report` on ~70 kernel sources: it tries its
rules one by one at every position. The sources here are Triton kernels, Inductor's C++ kernels
and short user functions, and they need no more than comments, strings, numbers, keywords,
builtins and definitions told apart. `tokens` finds those with one regular expression per
language and hands Pygments' HtmlFormatter (line numbers, line anchors, marked lines, the `hl`
CSS) the same token types its own lexers would, so the page looks as before.
"""

from __future__ import annotations

import builtins
import keyword
import re
from io import StringIO
from typing import Iterator

from markupsafe import Markup
from pygments.formatters import HtmlFormatter
from pygments.token import Comment, Keyword, Name, Number, Operator, String, Text, _TokenType

CSS_CLASS = "hl"

_PYTHON = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>(?:[rRbBuUfF]{1,2})?(?:'''[\s\S]*?'''|\"\"\"[\s\S]*?\"\"\"|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"))
  | (?P<decorator>@[A-Za-z_][\w.]*)
  | (?P<number>\b(?:0[xXbBoO][0-9a-fA-F_]+|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)[jJ]?\b)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<space>\s+)
  | (?P<op>.)
""", re.VERBOSE | re.DOTALL)

_CPP = re.compile(r"""
    (?P<comment>//[^\n]*|/\*[\s\S]*?\*/)
  | (?P<preproc>^[ \t]*\#[^\n]*)
  | (?P<string>"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')
  | (?P<number>\b(?:0[xX][0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)[uUlLfF]*\b)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<space>\s+)
  | (?P<op>.)
""", re.VERBOSE | re.DOTALL | re.MULTILINE)

_CPP_KEYWORDS = frozenset("""
    alignas alignof auto bool break case catch char class const constexpr continue decltype default delete do double
    else enum explicit extern false float for friend goto if inline int long namespace new noexcept nullptr operator
    private protected public return short signed sizeof static static_cast struct switch template this throw true try
    typedef typename union unsigned using virtual void volatile while reinterpret_cast const_cast dynamic_cast
    int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t size_t
""".split())
_PY_KEYWORDS = frozenset(keyword.kwlist) | frozenset(getattr(keyword, "softkwlist", ()))
_PY_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))
_PY_CONSTANTS = frozenset(("True", "False", "None"))


def tokens(source: str, language: str = "python") -> Iterator[tuple[_TokenType, str]]:
    """(Pygments token type, text) pairs that cover `source` exactly, in order."""
    cpp = language == "cpp"
    pattern = _CPP if cpp else _PYTHON
    defining: _TokenType | None = None  # the name after `def` / `class`
    for match in pattern.finditer(source):
        kind, text = match.lastgroup, match.group()
        if kind == "name":
            if defining is not None:
                yield defining, text
                defining = None
                continue
            if cpp:
                yield (Keyword if text in _CPP_KEYWORDS else Name), text
            elif text in _PY_CONSTANTS:
                yield Keyword.Constant, text
            elif text in _PY_KEYWORDS:
                yield Keyword, text
                defining = Name.Function if text == "def" else Name.Class if text == "class" else None
            else:
                yield (Name.Builtin if text in _PY_BUILTINS else Name), text
            continue
        if kind != "space":
            defining = None
        yield {"comment": Comment.Single, "string": String, "number": Number, "decorator": Name.Decorator,
               "preproc": Comment.Preproc, "space": Text, "op": Operator}[kind], text


def code_html(source: str, language: str = "python", first_line: int = 1, anchor: str = "",
              marked: tuple[int, ...] = (), line_numbers: bool = True) -> Markup:
    """`source` as a highlighted <div class="hl"> block; `marked` are line numbers (counting from
    `first_line`) shown highlighted, `anchor` prefixes the per-line anchors."""
    options = dict(cssclass=CSS_CLASS, hl_lines=[n - first_line + 1 for n in marked])
    if line_numbers:
        options.update(linenos="inline", linenostart=first_line, lineanchors=anchor)
    out = StringIO()
    HtmlFormatter(**options).format(tokens(source if source.endswith("\n") else source + "\n", language), out)
    return Markup(out.getvalue())
