"""Terminal view of a distributed capture (ranks.json): what differs between the ranks first,
then one row per rank, compile time per graph and its skew, the collectives of the generated
code, DDPOptimizer's subgraphs and the source diff of each kernel that differs."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from inspector.store import RANKS_FILE, load_optional
from inspector.core.units import millis, nbytes, seconds



def where_text(where: list[dict[str, Any]], limit: int = 3) -> str:
    """'rank 1 model.py:31 h = h * torch.sigmoid(h)' for the first `limit` distinct lines."""
    seen: dict[tuple, str] = {}
    for w in where:
        if not w.get("file"):
            continue
        key = (w.get("rank"), w.get("file"), w.get("line"))
        rank = f"rank {w['rank']} " if w.get("rank") is not None else ""
        seen.setdefault(key, f"{rank}{Path(str(w['file'])).name}:{w.get('line')} {w.get('code') or ''}".strip())
    items = list(seen.values())
    return "\n".join(items[:limit]) + (f"\n(+{len(items) - limit} more)" if len(items) > limit else "")


def cache_text(cache: dict[str, Any] | None) -> str:
    parts = [f"{k} {v.get('hit', 0)}/{v.get('miss', 0)}" for k, v in (cache or {}).items() if isinstance(v, dict)]
    return ", ".join(parts) or "-"


def differences_table(comparison: dict[str, Any]) -> Table:
    table = Table(title="What differs between the ranks", title_justify="left")
    for col in ("check", "what differs", "where (rank, user line)"):
        table.add_column(col)
    for d in comparison.get("differences") or []:
        table.add_row(d.get("kind", ""), escape(str(d.get("what", ""))), escape(where_text(d.get("where") or [])) or "-")
    return table


def ranks_table(comparison: dict[str, Any]) -> Table:
    table = Table(title="Per rank", title_justify="left")
    for col in ("rank", "status", "compile ids", "graphs (compiled)", "breaks", "recompiles", "cache hit/miss",
                "compile", "kernels", "collectives", "step (compiled)", "step (eager)"):
        table.add_column(col, justify="right" if col in ("rank", "breaks", "recompiles", "kernels", "collectives") else "left")
    for r in comparison.get("ranks") or []:
        status = r.get("status") or "?"
        table.add_row(str(r.get("rank")), status if status == "ok" else f"[red]{escape(status)}[/]\n{escape(str(r.get('error') or ''))[:120]}",
                      ", ".join(r.get("compile_ids") or []) or "-", f"{r.get('graphs') if r.get('graphs') is not None else '-'} ({r.get('graphs_compiled') if r.get('graphs_compiled') is not None else '-'})",
                      str(sum(b.get("count") or 1 for b in r.get("graph_breaks") or [])), str(len(r.get("recompiles") or [])),
                      cache_text(r.get("cache")), seconds(r.get("compile_s")), str(len(r.get("kernels") or [])),
                      str(len(r.get("collectives") or [])), millis(r.get("step_ms")), millis(r.get("eager_step_ms")))
    return table


def skew_table(comparison: dict[str, Any]) -> Table:
    ranks = [str(r.get("rank")) for r in comparison.get("ranks") or []]
    table = Table(title="Inductor compile time per graph (skew = slowest rank - fastest)", title_justify="left")
    table.add_column("graph")
    for r in ranks:
        table.add_column(f"rank {r}", justify="right")
    table.add_column("skew", justify="right")
    table.add_column("slowest", justify="right")
    for row in comparison.get("compile_skew") or []:
        table.add_row(row["graph"], *(seconds(row["seconds"].get(r)) for r in ranks), seconds(row.get("skew_s")),
                      f"rank {row['slowest_rank']}" if row.get("slowest_rank") is not None else "-")
    step = comparison.get("step_ms") or {}
    table.add_row("steady-state step (ms)", *(millis(step.get("per_rank", {}).get(r)) for r in ranks), millis(step.get("skew_ms")), "")
    return table


def collectives_table(comparison: dict[str, Any]) -> Table:
    coll = comparison.get("collectives") or {}
    matches = "the same on every rank" if coll.get("order_matches") else "[red]DIFFERENT between ranks[/]"
    table = Table(title=f"Collectives in the generated code (op, group, tensor sizes, order): {matches}", title_justify="left")
    for col in ("rank", "#", "graph", "op", "group", "reduce", "tensor sizes", "bytes"):
        table.add_column(col)
    for rank, items in (coll.get("per_rank") or {}).items():
        for i, c in enumerate(items):
            table.add_row(rank, str(i), str(c.get("graph")), c.get("op", ""), str(c.get("group")), str(c.get("reduce_op") or "-"),
                          ", ".join(str(s) for s in c.get("sizes") or []), nbytes(c.get("bytes")))
    return table


def buckets_table(comparison: dict[str, Any]) -> Table | None:
    first = next((r for r in comparison.get("ranks") or [] if r.get("ddp_buckets")), None)
    if first is None:
        return None
    table = Table(title=f"DDPOptimizer subgraphs (rank {first['rank']}): one per gradient bucket, each compiled forward and backward",
                  title_justify="left")
    for col in ("subgraph", "parameters", "bucket size"):
        table.add_column(col)
    for b in first["ddp_buckets"]:
        table.add_row(b["name"], ", ".join(p["name"] for p in b["params"]) or "-", nbytes(b.get("bytes")))
    return table


def print_comparison(job: Path, console: Console, details: bool = True) -> None:
    comparison = load_optional(job / RANKS_FILE, {})
    manifest = load_optional(job / "manifest.json", {})
    n = comparison.get("nproc", 0)
    console.print(f"[bold]{escape(str(manifest.get('experiment')))}[/] on {n} ranks ({(manifest.get('distributed') or {}).get('backend')}): {job}")
    if comparison.get("differences"):
        console.print(differences_table(comparison))
    else:
        console.print(f"no differences between the {n} ranks: the same graphs, kernels (source hashes), collectives and cache events")
    console.print(ranks_table(comparison))
    if details:
        console.print(skew_table(comparison))
        if any((comparison.get("collectives") or {}).get("count", {}).values()):
            console.print(collectives_table(comparison))
        else:
            console.print("no collectives in the generated code (DDP and FSDP2 on torch 2.13 run theirs in hooks, outside the graph)")
        buckets = buckets_table(comparison)
        if buckets is not None:
            console.print(buckets)
        for d in comparison.get("kernel_diffs") or []:
            console.print(f"[bold]kernel source diff, rank {d['ranks'][0]} vs rank {d['ranks'][1]}[/]: {escape(str(d['kernels']))}")
            console.print(escape(d.get("diff") or "(identical text)"), soft_wrap=True)


def distributed_table(specs: Iterable[Any]) -> Table:
    """`inspect list`: the distributed experiments, and whether the installed torch runs them."""
    table = Table(title="Distributed experiments (inspect run NAME --nproc N)", title_justify="left")
    for col in ("name", "what it computes", "ranks", "step", "runs here"):
        table.add_column(col)
    for spec in specs:
        why = spec.unavailable()
        table.add_row(spec.name, spec.summary, str(spec.default_nproc), "forward+backward" if spec.backward else "forward",
                      f"no: {why}" if why else "yes (CPU: gloo; GPU: NCCL, one GPU per rank)")
    return table


def jobs_of(runs: Iterable[Any]) -> list[Path]:
    """The distributed job folders whose ranks are among the report's runs (ranks/<r>/ folders)."""
    jobs = [r.path.parent.parent for r in runs if r.path.parent.name == "ranks" and (r.path.parent.parent / RANKS_FILE).is_file()]
    return list(dict.fromkeys(jobs))


def job_anchor(job: Path) -> str:
    return "ranks-" + "".join(c if c.isalnum() else "-" for c in f"{job.parent.name}-{job.name}")


def _job_ranks(runs: list[Any]) -> list[tuple[Path, list[Any]]]:
    """Each distributed job among the report's runs with its rank runs, in rank order."""
    out = []
    for job in jobs_of(runs):
        ranks = sorted((r for r in runs if r.path.parent.parent == job), key=lambda r: int(r.path.name))
        out.append((job, ranks))
    return out


def ranks_perfetto_files(model: Any, folder: Path) -> dict[str, Path]:
    """Job anchor -> the Chrome/Perfetto trace file (one track group per rank) of each distributed
    job with a timeline."""
    from inspector.report.perfetto import trace_file_name

    return {job_anchor(job): folder / trace_file_name(job.parent.name, f"{job.name}-ranks")
            for job, ranks in _job_ranks(model.runs) if any(r.spans for r in ranks)}


def write_ranks_perfetto(model: Any, files: dict[str, Path], scratch: Path) -> list[tuple[Path, Path]]:
    """Write each job's trace named in `files` into `scratch`; returns (written, final path) pairs."""
    from inspector.report.perfetto import ranks_trace
    from inspector.store import write_json

    moves = []
    for job, ranks in _job_ranks(model.runs):
        final = files.get(job_anchor(job))
        if final is not None:
            path = scratch / final.name
            write_json(path, ranks_trace([(r.path.name, r.spans, r.instants) for r in ranks], job.parent.name))
            moves.append((path, final))
    return moves


def _row_where(where: list[dict[str, Any]]) -> list[str]:
    return [line for line in where_text(where, limit=6).splitlines() if line]


def ranks_sections(runs: Iterable[Any], perfetto: dict[str, str]) -> list[dict[str, Any]]:
    """The report's Ranks section: per distributed job, the comparison ready to print."""
    out = []
    for job in jobs_of(runs):
        c = load_optional(job / RANKS_FILE, {})
        manifest = load_optional(job / "manifest.json", {})
        ranks = [str(r.get("rank")) for r in c.get("ranks") or []]
        coll = c.get("collectives") or {}
        first_buckets = next((r for r in c.get("ranks") or [] if r.get("ddp_buckets")), None)
        step = c.get("step_ms") or {}
        out.append({
            "anchor": job_anchor(job), "experiment": manifest.get("experiment"), "run_id": manifest.get("run_id"), "path": str(job),
            "nproc": c.get("nproc"), "backend": (manifest.get("distributed") or {}).get("backend"), "ranks": ranks,
            "perfetto": perfetto.get(job_anchor(job), ""),
            "differences": [{"kind": d.get("kind"), "what": d.get("what"), "where": _row_where(d.get("where") or [])}
                            for d in c.get("differences") or []],
            "rows": [{"rank": r.get("rank"), "status": r.get("status"), "bad": r.get("status") != "ok", "error": r.get("error") or "",
                      "compile_ids": ", ".join(r.get("compile_ids") or []) or "-", "graphs": f"{r.get('graphs')} ({r.get('graphs_compiled')})",
                      "breaks": sum(b.get("count") or 1 for b in r.get("graph_breaks") or []), "recompiles": len(r.get("recompiles") or []),
                      "recompile_reasons": [x.get("reason") for x in r.get("recompiles") or []],
                      "cache": cache_text(r.get("cache")), "compile": seconds(r.get("compile_s")), "kernels": len(r.get("kernels") or []),
                      "collectives": len(r.get("collectives") or []), "step": millis(r.get("step_ms")), "eager": millis(r.get("eager_step_ms"))}
                     for r in c.get("ranks") or []],
            "skew": [{"graph": row["graph"], "seconds": [seconds(row["seconds"].get(r)) for r in ranks], "skew": seconds(row.get("skew_s")),
                      "slowest": "-" if row.get("slowest_rank") is None else f"rank {row['slowest_rank']}"} for row in c.get("compile_skew") or []],
            "step": {"seconds": [millis((step.get("per_rank") or {}).get(r)) for r in ranks], "skew": millis(step.get("skew_ms"))},
            "kernels": [{"name": k["name"], "graph": k.get("graph"), "same": k.get("same"),
                         "hashes": [k["hashes"].get(r) or "absent" for r in ranks]} for k in c.get("kernels") or []],
            "collectives_match": bool(coll.get("order_matches")),
            "collectives": [{"rank": rank, "index": i, "graph": x.get("graph"), "op": x.get("op"), "group": x.get("group"),
                             "sizes": ", ".join(str(s) for s in x.get("sizes") or []), "bytes": nbytes(x.get("bytes"))}
                            for rank, items in (coll.get("per_rank") or {}).items() for i, x in enumerate(items)],
            "buckets": [{"name": b["name"], "params": ", ".join(p["name"] for p in b["params"]), "bytes": nbytes(b.get("bytes"))}
                        for b in (first_buckets or {}).get("ddp_buckets") or []],
            "diffs": [{"title": f"rank {d['ranks'][0]} {d['kernels'][0] or '(none)'} vs rank {d['ranks'][1]} {d['kernels'][1] or '(none)'}",
                       "diff": d.get("diff") or ""} for d in c.get("kernel_diffs") or []],
        })
    return out
