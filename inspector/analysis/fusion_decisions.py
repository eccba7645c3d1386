"""Inductor's fusion decisions, parsed from a capture's fusion_log.json.

inspector/capture/fusion_log.py records the scheduler's fusion logger per graph: "cannot fuse
op3 with op5: <reason>" (WhyNoFuse), "fusing op3 with op4", the benchmark-driven "can/cannot fuse
(benchmark): fusing [...] with [...] cause 1.2x slowdown" and the round markers, with a table
of each scheduler operation's buffers and FX origins. The line shapes are the same from torch
2.4 to 2.13 (fused nodes are named by joining their ops' names: "op0_op3_op4"); reason texts
differ by version and backend, so a reason is sorted into a category by a few key words and a
text none of them matches is kept as it is ("other").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from inspector.analysis import ir_dump
from inspector.store import load_optional

ANSI = re.compile(r"\x1b\[[0-9;]*m")  # the benchmark lines colour their ratio
CANNOT = re.compile(r"^cannot fuse (\S+) with (\S+?):\s*(.*)$", re.S)
FUSING = re.compile(r"^fusing (\S+) with (\S+)\s*$")
BENCHMARK = re.compile(r"^(can|cannot) fuse \(benchmark\): fusing (.+?) with (.+?) cause (.*)$", re.S)
OP = re.compile(r"op\d+")

# (category, pattern on the reason text, plain words). First match wins; an unknown text keeps
# the category "other" and is shown verbatim.
CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("cycle", r"cycle", "fusing them would create a cycle: a node between them both depends on the first and feeds the second"),
    ("between", r"intermediate nodes between",
     "another node must run between them: the reader also needs a result computed after the writer"),
    ("distance", r"too far", "the two nodes are too far apart in the schedule (fusing them may raise peak memory)"),
    ("peak_memory", r"peak memory", "the fusion would raise peak memory (buffers kept alive longer)"),
    ("too_many_io", r"too_many_reads_and_writes|unique_io", "the fused kernel would have too many distinct reads and writes"),
    ("max_size", r"exceeds max fusion", "the fused kernel would exceed the maximum fusion size (config.max_fusion_size nodes)"),
    ("sizes", r"numel|tiling|loop order|Split scan|reductions?\b",
     "different iteration sizes: a reduction and a pointwise loop (or two tilings) that cannot share one kernel"),
    ("indexing", r"memory deps did not match|indexing mismatch",
     "the reader indexes the buffer differently from how the writer produces it (a transpose, broadcast or view)"),
    ("no_shared", r"no shared data|score_fusion_memory_threshold", "they share too little data for Inductor to pair them"),
    ("template", r"template|epilogue|prologue", "the template kernel could not take the other node as its epilogue or prologue"),
    ("extern", r"extern|nop", "one of them is a library (extern) call, which Inductor does not fuse"),
    ("spill", r"spill", "the fused kernel would spill registers"),
    ("benchmark", r"slowdown", "Inductor benchmarked the fused kernel and it was slower"),
    ("device", r"device mismatch", "the two nodes run on different devices"),
    ("order", r"must go before", "the second node has to run before the first"),
)


@dataclass(frozen=True)
class Decision:
    kind: str  # "cannot" | "fused"
    node1: str
    node2: str
    reason: str = ""  # verbatim, for "cannot"

    @property
    def ops1(self) -> set[str]:
        return set(OP.findall(self.node1))

    @property
    def ops2(self) -> set[str]:
        return set(OP.findall(self.node2))


@dataclass
class GraphLog:
    graph: str
    decisions: list[Decision]
    operations: dict[str, dict[str, Any]]

    def writers(self, names: set[str]) -> set[str]:
        return {o for o, d in self.operations.items() if names & set(d.get("writes") or [])}

    def readers(self, names: set[str]) -> set[str]:
        return {o for o, d in self.operations.items()
                if names & set(d.get("reads") or []) and not names & set(d.get("writes") or [])}


@dataclass
class FusionLog:
    graphs: dict[str, GraphLog]


def parse_line(text: str) -> Decision | None:
    """One fusion-log line as a decision, None for round markers and anything else."""
    text = ANSI.sub("", text).strip()
    m = BENCHMARK.match(text)
    if m:
        return Decision("fused" if m.group(1) == "can" else "cannot", m.group(2), m.group(3),
                        "" if m.group(1) == "can" else f"benchmark: {m.group(4)}")
    m = CANNOT.match(text)
    if m:
        return Decision("cannot", m.group(1), m.group(2), m.group(3).strip())
    if text.startswith("cannot fuse"):  # torch <= 2.1: "cannot fuse (triton:1): <reason>", no node names
        return Decision("cannot", "", "", text.removeprefix("cannot fuse").strip())
    m = FUSING.match(text)
    return Decision("fused", m.group(1), m.group(2)) if m else None


def parse(data: Mapping[str, Any]) -> FusionLog:
    """fusion_log.json's content; unknown keys are ignored, a malformed graph entry is skipped."""
    graphs: dict[str, GraphLog] = {}
    for entry in data.get("graphs") or []:
        if not isinstance(entry, dict) or not entry.get("graph"):
            continue
        decisions = [d for e in entry.get("events") or [] if isinstance(e, dict)
                     if (d := parse_line(str(e.get("text", "")))) is not None]
        ops = {k: v for k, v in (entry.get("operations") or {}).items() if isinstance(v, dict)}
        graphs[str(entry["graph"])] = GraphLog(str(entry["graph"]), decisions, ops)
    return FusionLog(graphs)


def load(run_dir: Path) -> FusionLog | None:
    """None when the capture has no fusion_log.json (made before it was recorded). A graph whose
    log has no operation table takes it from the IR dump in graphs/."""
    data = load_optional(run_dir / "fusion_log.json", None)
    if not isinstance(data, dict):
        return None
    log = parse(data)
    if any(not g.operations for g in log.graphs.values()):
        dumped = ir_dump.graph_operations(run_dir)
        for label, g in log.graphs.items():
            g.operations = g.operations or dumped.get(label, {})
    return log


def categorize(reason: str) -> tuple[str, str]:
    """(category, plain words) of a reason text; ("other", the text) when it is not known."""
    for key, pattern, words in CATEGORIES:
        if re.search(pattern, reason, re.I):
            return key, words
    return "other", f"Inductor's reason: {reason}"
