"""Compare the ranks of one distributed capture: what differs between them first, then per rank
the compile ids, graphs, breaks, recompiles, cache events, kernels (source hash), collectives
in the generated code, compile time per graph and the steady-state step time.

Input: a job folder with ranks/<rank>/ capture folders. Output: the dict written as ranks.json.
Each difference names the ranks and, where the captures hold one, the user source line: the
ops of the Dynamo graphs carry it ('# File: ...'), and so does Inductor's kernel provenance.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from inspector.analysis.rank_facts import rank_facts

DIFF_LINES = 200  # a kernel source diff is cut here: the first changed lines say what changed
SCHEMA = 1


def rank_folders(job: Path) -> list[Path]:
    ranks = job / "ranks"
    found = [p for p in ranks.iterdir() if p.is_dir() and p.name.isdigit()] if ranks.is_dir() else []
    return sorted(found, key=lambda p: int(p.name))


def _by_rank(facts: list[dict[str, Any]], key: str) -> dict[str, Any]:
    return {str(f["rank"]): f.get(key) for f in facts}


def _same(values: dict[str, Any]) -> bool:
    items = list(values.values())
    return all(v == items[0] for v in items[1:])


def _op_key(op: dict[str, Any]) -> str:
    return f"{op['op']} @ {Path(str(op.get('file'))).name}:{op.get('line')}"


def op_differences(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ops of the Dynamo graphs that only some ranks traced, each with its user line: the
    first rank with ops is the baseline, every other rank is matched against it in order."""
    base = next((f for f in facts if f["graph_ops"]), None)
    if base is None:
        return []
    out: list[dict[str, Any]] = []
    a = [_op_key(o) for o in base["graph_ops"]]
    for other in facts:
        if other is base or other["status"] == "missing":
            continue
        b = [_op_key(o) for o in other["graph_ops"]]
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
            if tag == "equal":
                continue
            for rank, ops in ((base["rank"], base["graph_ops"][i1:i2]), (other["rank"], other["graph_ops"][j1:j2])):
                for op in ops:
                    out.append({"rank": rank, **op})
    unique: dict[tuple, dict[str, Any]] = {}
    for item in out:
        unique.setdefault((item["rank"], item["graph"], item["op"], item.get("file"), item.get("line")), item)
    return list(unique.values())


def kernel_table(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per kernel name: its source hash on each rank (None: the rank has no such kernel)."""
    names: dict[str, None] = {}
    for f in facts:
        for k in f["kernels"]:
            names.setdefault(str(k["name"]), None)
    rows = []
    for name in names:
        per = {str(f["rank"]): next((k for k in f["kernels"] if k["name"] == name), None) for f in facts}
        hashes = {r: (k or {}).get("hash") for r, k in per.items()}
        lines = next((k["user_lines"] for k in per.values() if k and k["user_lines"]), [])
        rows.append({"name": name, "graph": next(k["graph"] for k in per.values() if k), "hashes": hashes,
                     "same": _same(hashes), "user_lines": lines})
    return rows


def _source(job: Path, rank: Any, kernel: dict[str, Any] | None) -> list[str]:
    if not kernel or not kernel.get("file"):
        return []
    path = job / "ranks" / str(rank) / kernel["file"]
    return path.read_text(errors="replace").splitlines() if path.is_file() else []


def kernel_diffs(job: Path, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A unified source diff for each kernel that differs from the first rank's: the same name
    with another hash, or (kernels whose names differ) the one at the same place in the same graph."""
    base = facts[0]
    out = []
    for other in facts[1:]:
        only_base = [k for k in base["kernels"] if not any(o["name"] == k["name"] for o in other["kernels"])]
        only_other = [k for k in other["kernels"] if not any(b["name"] == k["name"] for b in base["kernels"])]
        pairs = [(k, next(o for o in other["kernels"] if o["name"] == k["name"])) for k in base["kernels"]
                 if any(o["name"] == k["name"] and o["hash"] != k["hash"] for o in other["kernels"])]
        for graph in dict.fromkeys(k["graph"] for k in only_base + only_other):
            mine = [k for k in only_base if k["graph"] == graph]
            theirs = [k for k in only_other if k["graph"] == graph]
            pairs += list(zip(mine, theirs))
            pairs += [(k, None) for k in mine[len(theirs):]] + [(None, k) for k in theirs[len(mine):]]
        for a, b in pairs:
            diff = list(difflib.unified_diff(_source(job, base["rank"], a), _source(job, other["rank"], b),
                                             f"rank {base['rank']}: {(a or {}).get('name', '(none)')}",
                                             f"rank {other['rank']}: {(b or {}).get('name', '(none)')}", lineterm="", n=2))
            out.append({"ranks": [base["rank"], other["rank"]], "kernels": [(a or {}).get("name"), (b or {}).get("name")],
                        "hashes": [(a or {}).get("hash"), (b or {}).get("hash")],
                        "user_lines": (a or {}).get("user_lines") or (b or {}).get("user_lines") or [],
                        "diff": "\n".join(diff[:DIFF_LINES]) + ("\n..." if len(diff) > DIFF_LINES else "")})
    return out


def _collective_key(c: dict[str, Any]) -> tuple:
    return (c["op"], c.get("group"), str(c.get("sizes")))


def compile_skew(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per graph: each rank's Inductor seconds, the slowest rank and slowest minus fastest."""
    keys: dict[str, None] = {}
    for f in facts:
        keys.update(dict.fromkeys(f["graph_compile_s"]))
    rows = []
    for key in keys:
        per = {str(f["rank"]): f["graph_compile_s"].get(key) for f in facts}
        known = {r: s for r, s in per.items() if s is not None}
        slow = max(known, key=known.get) if known else None
        rows.append({"graph": key, "seconds": per, "slowest_rank": slow,
                     "skew_s": max(known.values()) - min(known.values()) if len(known) > 1 else None})
    return rows


def differences(facts: list[dict[str, Any]], ops: list[dict[str, Any]], kernel_rows: list[dict[str, Any]],
                diffs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What differs between ranks, each with the ranks concerned and the user lines to look at."""
    out: list[dict[str, Any]] = []

    def add(kind: str, what: str, values: dict[str, Any], where: list[dict[str, Any]] | None = None) -> None:
        out.append({"kind": kind, "what": what, "ranks": values, "where": where or []})

    for key, label in (("status", "status"), ("compile_ids", "compile ids"), ("graphs", "Dynamo graphs"),
                       ("graphs_compiled", "graphs compiled by Inductor"), ("shape", "input shape")):
        values = _by_rank(facts, key)
        if not _same(values):
            add(key, f"{label}: " + ", ".join(f"rank {r} {v}" for r, v in values.items()), values)
    for key, label in (("graph_breaks", "graph breaks"), ("recompiles", "recompiles")):
        values = {str(f["rank"]): f[key] for f in facts}
        if not _same(values):
            where = [{"rank": r, **{k: b.get(k) for k in ("file", "line", "code")}} for r, items in values.items() for b in items if b.get("file")]
            add(key, f"{label}: " + ", ".join(f"rank {r} {len(v)}" for r, v in values.items()), values, where)
    guards = {str(f["rank"]): {(g["compile_id"], g["source"]): g for g in f["guards"]} for f in facts}
    for key in dict.fromkeys(k for per in guards.values() for k in per):
        values = {r: (per.get(key) or {}).get("guard") for r, per in guards.items()}
        if not _same(values):
            where = [{"rank": r, **{k: g.get(k) for k in ("file", "line", "code")}} for r, per in guards.items() if (g := per.get(key))]
            add("guards", f"guard on {key[1]} (compile {key[0]}): " + "; ".join(f"rank {r} {v or 'none'}" for r, v in values.items()),
                values, where)
    cache = _by_rank(facts, "cache")
    if not _same(cache):
        add("cache", "cache hits/misses: " + "; ".join(f"rank {r} " + ", ".join(f"{k} {v.get('hit', 0)} hit/{v.get('miss', 0)} miss"
                                                                             for k, v in (c or {}).items()) for r, c in cache.items()), cache)
    if ops:
        add("graph", f"the Dynamo graphs differ in {len(ops)} op(s): " + "; ".join(
            f"rank {o['rank']} {o['op']} at {Path(str(o.get('file'))).name}:{o.get('line')}" for o in ops[:4]),
            {str(r): [o["op"] for o in ops if o["rank"] == r] for r in dict.fromkeys(o["rank"] for o in ops)},
            [{k: o.get(k) for k in ("rank", "file", "line", "code")} for o in ops])
    op_lines = [{k: o.get(k) for k in ("rank", "file", "line", "code")} for o in ops]
    for row in kernel_rows:
        if not row["same"]:
            holder = next((r for r, h in row["hashes"].items() if h), None)
            where = [{"rank": holder, **u} for u in row["user_lines"]] or op_lines
            state = ", ".join(f"rank {r} {h or 'absent'}" for r, h in row["hashes"].items())
            add("kernel", f"kernel {row['name']} ({row['graph']}): {state}", row["hashes"], where)
    coll = {str(f["rank"]): [_collective_key(c) for c in f["collectives"]] for f in facts}
    if not _same(coll):
        add("collectives", "collectives in the generated code differ in op, group, size or order: " + "; ".join(
            f"rank {r} " + (" -> ".join(f"{c[0]}{c[2]}" for c in v) or "none") for r, v in coll.items()), coll)
    buckets = {str(f["rank"]): [b["params"] for b in f["ddp_buckets"]] for f in facts}
    if not _same(buckets):
        add("ddp_buckets", "DDPOptimizer split the graph differently: " + ", ".join(f"rank {r} {len(v)} subgraph(s)" for r, v in buckets.items()), buckets)
    return out


def compare(job: Path) -> dict[str, Any]:
    """ranks.json of the job folder `job` (ranks/<rank>/ captures)."""
    facts = [rank_facts(folder) for folder in rank_folders(job)]
    for folder, f in zip(rank_folders(job), facts):
        f["rank"] = f["rank"] if f["rank"] is not None else int(folder.name)
    if not facts:
        return {"schema": SCHEMA, "nproc": 0, "differences": [], "ranks": []}
    ops = op_differences(facts)
    rows = kernel_table(facts)
    diffs = kernel_diffs(job, facts)
    colls = {str(f["rank"]): f["collectives"] for f in facts}
    steps = {str(f["rank"]): f["step_ms"] for f in facts}
    known_steps = [s for s in steps.values() if isinstance(s, (int, float))]
    return {
        "schema": SCHEMA,
        "nproc": len(facts),
        "differences": differences(facts, ops, rows, diffs),
        "ranks": [{k: v for k, v in f.items() if k not in ("graph_ops", "guards")} for f in facts],
        "kernels": rows,
        "kernel_diffs": diffs,
        "collectives": {"per_rank": colls, "order_matches": _same({r: [_collective_key(c) for c in v] for r, v in colls.items()}),
                        "count": {r: len(v) for r, v in colls.items()}},
        "graph_op_differences": ops,
        "compile_skew": compile_skew(facts),
        "step_ms": {"per_rank": steps, "skew_ms": max(known_steps) - min(known_steps) if len(known_steps) > 1 else None},
    }
