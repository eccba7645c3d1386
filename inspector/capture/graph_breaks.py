"""Graph breaks and recompiles from a parsed trace: where each break happened in the user's code
(file, line, the source line), why (Dynamo's reason), and why each frame was recompiled. Counted
one way everywhere: distinct breaks by user location, with the number of break events.
"""

from __future__ import annotations

import re
from typing import Any

from inspector.core.trace import Trace

_BREAK_AT = re.compile(r"Graph break in user code at (?P<file>.+):(?P<line>\d+)\s*$")


def graph_breaks(trace: Trace) -> list[dict[str, Any]]:
    """One record per graph-break artifact: short reason, user file, line and code line.

    The payload is Dynamo's message: 'Graph break in user code at FILE:LINE', then
    'Graph Break Reason: ...' and a paragraph whose first line is the specific reason, then the
    user code traceback. Older releases put only the reason; we take what is there.
    """
    out = []
    for entry in trace.artifacts("dynamo_graph_break_reason"):
        text = entry.payload.strip()
        lines = text.splitlines()
        record: dict[str, Any] = {"compile_id": entry.compile_id, **_user_frame(entry, trace)}
        for line in lines[:3]:
            match = _BREAK_AT.search(line)
            if match:
                record["file"], record["line"] = match.group("file"), int(match.group("line"))
        record["reason"] = _break_reason(lines)
        record["code"] = record.get("code") or _traceback_code(lines, record.get("file"), record.get("line"))
        record["detail"] = text
        out.append(record)
    return out


def _break_reason(lines: list[str]) -> str:
    for i, line in enumerate(lines):
        if line.startswith("Graph Break Reason:"):
            rest = [l.strip() for l in lines[i + 1 : i + 4] if l.strip()]
            head = line.split(":", 1)[1].strip()
            return rest[0] if rest and not rest[0].startswith(("Explanation", "Hint")) else head
    return next((l.strip() for l in lines if l.strip() and not _BREAK_AT.search(l)), "")


def _traceback_code(lines: list[str], file: str | None, line: int | None) -> str | None:
    """The source line under 'File "<file>", line <line>' in the user traceback, if present."""
    if not file or not line:
        return None
    marker = f'File "{file}", line {line}'
    for i, text in enumerate(lines):
        if marker in text and i + 1 < len(lines):
            return lines[i + 1].strip() or None
    return None


def _user_frame(entry, trace: Trace) -> dict[str, Any]:
    """The innermost user frame of an entry's `stack` (file names interned as numbers)."""
    stack = entry.meta.get("stack")
    if not isinstance(stack, list) or not stack:
        return {}
    top = stack[-1] if isinstance(stack[-1], dict) else {}
    filename = top.get("filename")
    if isinstance(filename, int):
        filename = trace.strings.get(filename, str(filename))
    return {"file": filename, "line": top.get("line"), "function": top.get("name"), "code": top.get("loc")}


def recompile_reasons(trace: Trace) -> list[dict[str, Any]]:
    out = []
    for entry in trace.artifacts("recompile_reasons"):
        value = entry.json_payload()
        reasons = value if isinstance(value, list) else [entry.payload.strip()]
        for reason in reasons:
            if reason:
                out.append({"compile_id": entry.compile_id, "reason": str(reason).strip()})
    return out


def distinct(breaks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per user location (file, line): the first event's fields, `count` = how many
    break events happened there (each frame and recompile breaks again; `print(t.item())` breaks
    once for .item() and once for print), `reasons` = their distinct reasons in order. A break with
    no location is keyed by its reason."""
    seen: dict[tuple, dict[str, Any]] = {}
    for b in breaks:
        key = ("at", b.get("file"), b.get("line")) if b.get("file") and b.get("line") else ("reason", b.get("reason"))
        if key not in seen:
            seen[key] = {**b, "count": 0, "reasons": [], "compile_ids": []}
        record = seen[key]
        record["count"] += 1
        if b.get("reason") and b["reason"] not in record["reasons"]:
            record["reasons"].append(b["reason"])
        if b.get("compile_id") and b["compile_id"] not in record["compile_ids"]:
            record["compile_ids"].append(b["compile_id"])
    return list(seen.values())
