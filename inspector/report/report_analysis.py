"""Kernel anatomy and findings for the report: the rows `inspect diff` shows for one generated kernel (pointers
and their passes, loops, reductions, random numbers, math calls, PTX load/store widths...),
computed from the capture's files (Triton and C++ kernels alike). Sources the analysis cannot read get none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inspector.analysis.anatomy import AnatomyError
from inspector.analysis.record_anatomy import from_record
from inspector.report import fusion_view
from inspector.analysis.bounds import capture_counters
from inspector.report.diff_view import anatomy_rows, build_diff

# rows the kernel card already shows, or that are about the comparison rather than the kernel
_SHOWN_ELSEWHERE = {"origin", "kind", "warps / stages", "registers / spills / shared B", "measured per call"}


def kernel_analysis(run_dir: Path, record: dict[str, Any]) -> list[tuple[str, str]] | None:
    try:
        anatomy = from_record(run_dir, record)
    except (AnatomyError, SyntaxError, OSError):
        return None
    rows = [(label, cells[0]) for label, cells in anatomy_rows([anatomy], None)]
    return [(label, value) for label, value in rows if label not in _SHOWN_ELSEWHERE and value not in ("-", "", "0")] or None


def add_findings(model) -> None:
    """Each successful run gets `inspect diff`'s findings (without the offline PTX compile, which
    costs ~2 s per kernel): against the handwritten kernel when the experiment has one, else what
    costs time in the compiled call alone (a user's model); and its round trips through memory
    with why Inductor did not fuse them."""
    for run in model.runs:
        if run.status != "ok" or not getattr(run, "kernels", True):  # the page shows findings with the kernels
            continue
        try:
            run.fusion = fusion_view.lines(fusion_view.capture_groups(run.path, counters=capture_counters(run.path)[0]))
        except Exception:  # noqa: BLE001 - a capture the analysis cannot read: the kernels section stands alone
            pass
        try:
            view = build_diff(run.path, run.path.parent.parent, offline_ptx=False, sources=False)
        except Exception:  # a capture the analysis cannot read: the kernels section stands alone
            continue
        against = bool(view.handwritten_label)
        if against or any(f.cost_us or f.cost_bytes for f in view.findings):
            run.findings = [f.text for f in view.findings]
            run.findings_against_handwritten = against
