"""Normalize kernel sources so a diff shows what matters, not naming and boilerplate.

Inductor's kernels carry lines that only rename (`rnumel = r0_numel`, `roffset = r0_offset`), a
decorator of metadata, hard-coded numels and numbered temporaries (tmp0..tmp32) whose numbers
depend on the graph. Handwritten kernels carry comments and docstrings. Both become: the function
body only, comments and docstrings dropped, temporaries renumbered t0, t1, ... in order of first
appearance, the kernel renamed `kernel`, eviction hints dropped. The diff itself is difflib's.
"""

from __future__ import annotations

import ast
import difflib
import io
import re
import textwrap
import tokenize

# Inductor's pure aliases: `rnumel = r0_numel`, `RBLOCK: tl.constexpr = R0_BLOCK`, `roffset = r0_offset`.
_ALIAS = re.compile(r"^\s*(rnumel|RBLOCK|roffset|rindex|rbase|rsplit_id|rsplit_start|rsplit_end)\b.*=\s*\w+\s*$")
_ALL_TRUE_MASK = re.compile(r"^\s*\w*mask\s*=\s*tl\.full\(\[\w+\], True, tl\.int1\)")
_EVICTION = re.compile(r",\s*eviction_policy='[a-z_]+'")
_TMP = re.compile(r"\b_?tmp(\d+)(_\w+)?\b")


def strip_comments(source: str) -> str:
    """Source without comments and docstrings (tokenize keeps everything else byte-exact)."""
    try:
        tree = ast.parse(textwrap.dedent(source))
    except SyntaxError:
        return source
    doc_lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(getattr(first, "value", None), ast.Constant) and isinstance(first.value.value, str):
                doc_lines.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    text = textwrap.dedent(source)
    out = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, IndentationError):
        return text
    comments = {(t.start[0], t.start[1]) for t in tokens if t.type == tokenize.COMMENT}
    for number, line in enumerate(text.splitlines(), start=1):
        if number in doc_lines:
            continue
        cut = min((col for (row, col) in comments if row == number), default=None)
        if cut is not None:
            line = line[:cut]
        if line.strip():
            out.append(line.rstrip())
    return "\n".join(out)


def normalize(source: str, name: str | None = None) -> str:
    """The kernel function of `source`, normalized; the input unchanged where it does not parse."""
    text = strip_comments(source)
    lines = text.splitlines()
    start = next((i for i, l in enumerate(lines) if l.lstrip().startswith("def ") and (name is None or f"def {name}(" in l)), None)
    if start is None:
        return text
    lines = lines[start:]
    if name:
        lines[0] = lines[0].replace(f"def {name}(", "def kernel(", 1)
    else:
        lines[0] = re.sub(r"def \w+\(", "def kernel(", lines[0], count=1)
    kept = []
    for line in lines:
        if _ALIAS.match(line) or _ALL_TRUE_MASK.match(line):
            continue
        kept.append(_EVICTION.sub("", line))
    body = "\n".join(kept)
    numbers: dict[str, str] = {}

    def rename(m: re.Match) -> str:
        key = m.group(1)
        if key not in numbers:
            numbers[key] = str(len(numbers))
        return f"{'_' if m.group(0).startswith('_') else ''}t{numbers[key]}{m.group(2) or ''}"

    return _TMP.sub(rename, body)


def unified(a: str, b: str, a_label: str, b_label: str, context: int = 3) -> str:
    return "\n".join(difflib.unified_diff(a.splitlines(), b.splitlines(), a_label, b_label, lineterm="", n=context))


def side_by_side(a: str, b: str) -> list[tuple[str, str, str]]:
    """(left, right, tag) rows aligned by difflib: tag is equal, replace, delete or insert."""
    left, right = a.splitlines(), b.splitlines()
    rows: list[tuple[str, str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, left, right, autojunk=False).get_opcodes():
        n = max(i2 - i1, j2 - j1)
        for k in range(n):
            rows.append((left[i1 + k] if i1 + k < i2 else "", right[j1 + k] if j1 + k < j2 else "", tag))
    return rows
