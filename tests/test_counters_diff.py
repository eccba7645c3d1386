"""--counters in `inspect diff`: Nsight Compute's measurements in place of the static bytes model,
the gap between generated and handwritten split into DRAM and instructions, and the counters a diff
must leave out (another GPU's bench, another pass's kernels, extern kernels of either pass)."""

from __future__ import annotations

import json
import shutil

import pytest

from inspector.core import ncu as ncu_tool
from tests.test_counters import CAPTURES, parsed_raw


def test_diff_findings_label_static_bytes_estimated_without_counters():
    from inspector.report.diff_view import build_diff

    run = CAPTURES / "rmsnorm" / "ref-h100-torch2.11.0-default"
    texts = [f.text for f in build_diff(run, CAPTURES, offline_ptx=False).findings]
    passes = next(t for t in texts if "separate loops" in t)
    assert "estimated extra 64 MiB per call (static model, not measured)" in passes


def test_diff_findings_with_counters_report_an_l2_served_reread(tmp_path):
    """The issue's case: Inductor's rmsnorm reads arg0_1 in two loops, and the counters show one
    pass from DRAM (67.1 MB read): the finding must say L2, not 'extra 64 MiB'."""
    from inspector.report.diff_view import build_diff

    run = tmp_path / "rmsnorm" / "run"
    shutil.copytree(CAPTURES / "rmsnorm" / "ref-h100-torch2.11.0-default", run)
    data = json.loads((run / "kernels.json").read_text())
    record = {**parsed_raw()[0]}
    (run / "kernels.json").write_text(json.dumps(ncu_tool.merge_into_kernels(data, [record], {"ncu_version": "test"})))
    texts = [f.text for f in build_diff(run, tmp_path, offline_ptx=False).findings]
    passes = next(t for t in texts if "separate loops" in t)
    assert "measured DRAM reads are 67.1 MB" in passes and "served from L2, not DRAM" in passes
    assert "17.3 M warp instructions" in passes and "extra 64 MiB" not in passes
    assert not any("estimated" in t for t in texts if "moves" in t)  # the bytes figure is measured now


def test_diff_splits_the_gap_from_bench_counter_rows(tmp_path):
    """A bench CSV with --counters rows for compile and handwritten (the issue's H200 rmsnorm
    counters; the copy and issue rates are assumptions of the test): the diff shows the split."""
    from inspector.bench.table import write_csv
    from inspector.report.diff_view import build_diff

    run = CAPTURES / "rmsnorm" / "ref-h100-torch2.11.0-default"
    manifest = json.loads((run / "manifest.json").read_text())
    rows = _bench_rows(manifest, "rmsnorm", manifest["device_name"],
                       (("compile", 0.0418, 37.6, 46.0e6, 17.3e6), ("handwritten", 0.0378, 33.4, 43.2e6, 10.3e6)),
                       copy_gb_per_s=4200.0, read_bytes=67.1e6)
    root = tmp_path / "captures"
    write_csv(rows, root / "_bench" / "b.csv")
    texts = [f.text for f in build_diff(run, root, offline_ptx=False).findings]
    gap = next(t for t in texts if t.startswith("Nsight Compute, one call each"))
    assert "measured gap +4.2 µs = DRAM +0.7 µs (+2.8 MB at the copy rate)" in gap
    assert "instructions +6.7 µs (+7.0 M warp instructions" in gap and "unexplained" in gap


def _bench_rows(manifest: dict, experiment: str, device_name: str, providers, copy_gb_per_s: float = 4245.0,
                read_bytes: float = 134.2e6) -> list:
    """Bench rows with --counters rows: providers = (provider, median ms, ncu us, written, instructions)."""
    from inspector.bench.table import Row

    base = dict(shape="x".join(map(str, manifest["shape"])), dtype=manifest["dtype"], device=manifest["device"],
                device_name=device_name, torch="2.11.0", triton="3.6.0", timestamp="2030-01-01T00:00:00+00:00")
    rows = [Row("_copy", "copy", "gb_per_s", copy_gb_per_s, "GB/s", **base)]
    for provider, ms, us_, written, inst in providers:
        rows += [Row(experiment, provider, "median_ms", ms, "ms", **base),
                 Row(experiment, provider, "ncu_duration_us", us_, "us", **base),
                 Row(experiment, provider, "ncu_dram_read_bytes", read_bytes, "byte", **base),
                 Row(experiment, provider, "ncu_dram_write_bytes", written, "byte", **base),
                 Row(experiment, provider, "ncu_instructions", inst, "warp instructions", **base),
                 Row(experiment, provider, "ncu_issue_per_s", 132 * 4 * 1.98e9, "warp instructions/s", **base)]
    return rows


H200_SWIGLU = CAPTURES / "swiglu" / "ref-h200-torch2.11.0-default"


def test_diff_gap_split_uses_the_captures_own_counters(tmp_path):
    """The H200 swiglu reference has counters for its kernel (45.6 us, 26.1 M instructions). A bench
    whose torch.compile kept another config (61.9 us, 33.6 M, as measured on the H200) must not stand
    in for it: the split takes the capture's kernel, and the other build is named."""
    from inspector.bench.table import write_csv
    from inspector.report.diff_view import build_diff

    manifest = json.loads((H200_SWIGLU / "manifest.json").read_text())
    root = tmp_path / "captures"
    write_csv(_bench_rows(manifest, "swiglu", manifest["device_name"],
                          (("compile", 0.0620, 61.9, 54.9e6, 33554432), ("handwritten", 0.0470, 45.0, 46.9e6, 14.7e6))),
              root / "_bench" / "b.csv")
    texts = [f.text for f in build_diff(H200_SWIGLU, root, offline_ptx=False).findings]
    gap = next(t for t in texts if t.startswith("Nsight Compute, the capture's kernels against the bench's handwritten"))
    assert "measured gap +0.6 µs" in gap  # 45.6 µs captured - 45.0 µs handwritten
    other = next(t for t in texts if t.startswith("the bench's torch.compile ran another build"))
    assert "33.6 M warp instructions in 61.9 µs against the capture's 26.1 M in 45.6 µs" in other


def test_diff_ignores_a_bench_from_another_gpu(tmp_path):
    from inspector.bench.table import write_csv
    from inspector.report.diff_view import build_diff

    manifest = json.loads((H200_SWIGLU / "manifest.json").read_text())
    root = tmp_path / "captures"
    write_csv(_bench_rows(manifest, "swiglu", "NVIDIA H100 80GB HBM3",
                          (("compile", 0.0725, 67.0, 46.0e6, 26.1e6), ("handwritten", 0.0600, 60.0, 46.0e6, 14.7e6))),
              root / "_bench" / "h100.csv")
    view = build_diff(H200_SWIGLU, root, offline_ptx=False)
    assert not view.measured_source and not any(f.rule in ("measured", "gap") for f in view.findings)


ROWS = ("layernorm_gelu", "softmax_dropout", "rmsnorm", "silu", "swiglu")


@pytest.mark.parametrize("name", ROWS)
def test_h200_row_references_diff_on_measurements(name):
    """The committed H200 row references (captured with --counters) and the H200 bench with
    counters: every diff splits the gap, and no byte figure is left as an unmeasured estimate."""
    from inspector.report.diff_view import build_diff

    view = build_diff(CAPTURES / name / "ref-h200-torch2.11.0-default", CAPTURES, offline_ptx=False)
    assert view.measured_source == "ref-h200-torch2.11-bench-rows-counters.csv"
    texts = [f.text for f in view.findings]
    gap = next(t for t in texts if t.startswith("Nsight Compute, "))
    assert "no gap to split" in gap or ("DRAM" in gap and "instructions" in gap and "remainder" in gap)
    assert not any("not measured" in t for t in texts), texts
    assert "measured DRAM traffic" in view.bytes_line
    bounds = [t for t in texts if "(generated, " in t or t.startswith("the handwritten call (")]
    assert len(bounds) >= 2 and all("-bound: " in t for t in bounds), bounds


def test_h200_rmsnorm_bench_kept_another_config():
    """The bench's compile of rmsnorm ran 512 threads x 28 registers (R0_BLOCK=4096), the capture's
    20 registers (R0_BLOCK=2048): the diff says the bench ran another build."""
    from inspector.report.diff_view import build_diff

    view = build_diff(CAPTURES / "rmsnorm" / "ref-h200-torch2.11.0-default", CAPTURES, offline_ptx=False)
    assert any(f.rule == "config" for f in view.findings)


ATTENTION_BACKWARD = CAPTURES / "attention_lite" / "ref-h200-torch2.11.0-default-backward"


def _with_counters(tmp_path, names_mb: dict[str, float]):
    """A copy of the attention_lite --backward reference with counters for the named kernels (DRAM
    read in MB each, nothing written)."""
    run = tmp_path / "attention_lite" / "run"
    shutil.copytree(ATTENTION_BACKWARD, run)
    data = json.loads((run / "kernels.json").read_text())
    records = [{**parsed_raw()[0], "name": n, "dram_read_bytes": mb * 1e6, "dram_write_bytes": 0.0}
               for n, mb in names_mb.items()]
    (run / "kernels.json").write_text(json.dumps(ncu_tool.merge_into_kernels(data, records, {"ncu_version": "test"})))
    return run


def test_diff_of_a_forward_kernel_counts_the_forward_kernels_counters_only(tmp_path):
    """attention_lite's handwritten kernel is forward-only, so the diff compares the forward launches:
    the backward kernel's counters must not enter the DRAM traffic "per forward call"."""
    from inspector.report.diff_view import build_diff

    run = _with_counters(tmp_path, {"triton_poi_fused_ones_triu_0": 1.0,
                                    "triton_red_fused__softmax_exp_masked_fill_mul_prepare_softmax_online_sub_view_1": 2.0,
                                    "triton_red_fused__softmax_backward_data_masked_fill_mul_view_0": 40.0})
    view = build_diff(run, tmp_path, offline_ptx=False)
    assert "measured DRAM traffic 3.0 MB per forward call" in view.bytes_line  # 1 + 2, not the backward's 40
    assert any("counters of 1 kernel of the left-out launches are left out" in n for n in view.notes)
    assert not any("triton_red_fused__softmax_backward" in f.text for f in view.findings)


def test_diff_leaves_out_extern_counters_it_cannot_give_a_pass(tmp_path):
    """cuBLAS kernels run in both the forward and the backward here, and their names do not say
    which: no counters can stand for the forward call."""
    from inspector.report.diff_view import build_diff

    extern = parsed_raw()[1]["name"]
    run = _with_counters(tmp_path, {"triton_poi_fused_ones_triu_0": 1.0, extern: 5.0,
                                    "triton_red_fused__softmax_backward_data_masked_fill_mul_view_0": 40.0})
    view = build_diff(run, tmp_path, offline_ptx=False)
    assert "measured DRAM traffic" not in view.bytes_line
    assert any("extern kernels run in both" in n for n in view.notes)
    assert not any(f.rule == "bound" for f in view.findings)
