"""--counters at model scale: each distinct kernel profiled once, most device time first, within
--counters-budget (inspector/core/ncu_select.py, ncu_batches.py), and a partial run said as such
in the outcome, the manifest's counters block and the one-line summary. The per-kernel times are
those of a real GPT-2-small training step on an H100 (tests/fixtures/captures); a fake `ncu` (a
Python script) honours --kernel-id and prints the progress lines and the CSV ncu would."""

from __future__ import annotations

import json
import re
import stat
import sys
import tarfile
import time
from pathlib import Path

import pytest
from rich.console import Console

from inspector.core import ncu as ncu_tool
from inspector.core import ncu_select as sel
from inspector.core.ncu_batches import profile_ranked
from inspector.report.console import counters_text, print_brief

FIXTURES = Path(__file__).parent / "fixtures"
RAW = FIXTURES / "ncu" / "raw_page.csv"


@pytest.fixture(scope="module")
def profile() -> dict:
    with tarfile.open(FIXTURES / "captures" / "gpt2_small_h100.tar.gz") as tar:
        return json.load(tar.extractfile("gpt2_small_h100/profile.json"))


def fake_ncu(folder: Path, fail_run: int = 0, sleep_s: float = 0.0, ids_match_nothing: bool = False) -> ncu_tool.Ncu:
    """Profiles the functions its --kernel-id (or --kernel-name) names: one '==PROF== Profiling'
    line and one CSV row each; run number `fail_run` fails as ncu does; sleeps sleep_s first;
    ids_match_nothing: --kernel-id matches no launch (no report, exit 0), as it would if ncu
    counted invocations from the process start."""
    script = folder / "ncu"
    script.write_text(f"""#!{sys.executable}
import pathlib, re, sys, time
args = sys.argv[1:]
raw = pathlib.Path({str(RAW)!r}).read_text().splitlines()
if "--import" in args:
    print(pathlib.Path(args[args.index("--import") + 1]).with_suffix(".csv-fake").read_text(), end="")
    sys.exit(0)
time.sleep({sleep_s})
report = pathlib.Path(args[args.index("--export") + 1])
count = report.parent / "fake-runs.txt"
runs = int(count.read_text()) + 1 if count.is_file() else 1
count.write_text(str(runs))
(report.parent / f"argv-{{runs}}.txt").write_text("\\n".join(args))
if runs == {fail_run}:
    print("==ERROR== The application returned an error code (1).")
    sys.exit(1)
if "--kernel-id" in args and {ids_match_nothing}:
    print("==WARNING== No kernels were profiled.")
    sys.exit(0)
spec = args[args.index("--kernel-id") + 1] if "--kernel-id" in args else "::" + args[args.index("--kernel-name") + 1] + ":1"
names = re.fullmatch(r"::regex:\\^\\((.*)\\)\\$:1", spec).group(1).split("|")
names = [re.sub(r"\\\\(.)", r"\\1", n) for n in names]
row = raw[5]
rows = [raw[3], raw[4]]
for i, name in enumerate(names):
    print(f'==PROF== Profiling "{{name}}" - {{i}}: 0%....50%....100% - 20 passes', flush=True)
    rows.append(row.replace('"0","4242"', f'"{{i}}","4242"', 1).replace("triton_red_fused__to_copy_add_mean_mul_pow_rsqrt_0", name))
report.write_bytes(b"NCU-REP")
report.with_suffix(".csv-fake").write_text("\\n".join(rows) + "\\n")
""")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return ncu_tool.Ncu(script, "2025.3.1.0")


def test_function_names_as_ncu_matches_them():
    assert sel.function_name("void at::native::reduce_kernel<128, 4, at::native::ReduceOp<float, "
                             "at::native::func_wrapper_t<float, X>::operator()(at::TensorIterator&)> >(int)") == "reduce_kernel"
    assert sel.function_name("void at::native::(anonymous namespace)::distribution_kernel<float, 4>(int)") == "distribution_kernel"
    assert sel.function_name("void cudnn::fusion::compute_dot_do_o_specialized<true, 64>(void const*)") == \
        "compute_dot_do_o_specialized"
    assert sel.function_name("nvjet_sm90_tst_192x128_64x5_1x2_h_bz_coopB_NNT") == "nvjet_sm90_tst_192x128_64x5_1x2_h_bz_coopB_NNT"


def test_ranked_kernels_of_a_gpt2_step(profile):
    kernels = sel.ranked(profile)
    times = [k.us_per_call for k in kernels]
    assert times == sorted(times, reverse=True)
    assert not any(k.name.startswith(("Memset", "Memcpy")) for k in kernels)  # ncu profiles kernels only
    assert any(k.name.startswith("nvjet_") for k in kernels) and any("cudnn" in k.name for k in kernels)  # externs count
    every = sum(v["us_per_call"] for n, v in profile["kernels"].items() if not n.startswith(("Memset", "Memcpy")))
    assert sum(times) == pytest.approx(every)
    assert sel.ranked({}) == [] and sel.ranked({"kernels": {"k": {"us_per_call": "n/a"}}}) == []


def test_default_budget_covers_ninety_percent_first(profile):
    kernels = sel.ranked(profile)
    plan = sel.plan(kernels, sel.DEFAULT_BUDGET_S)
    first = plan.batches[0]
    assert plan.share(first) >= sel.COVERAGE > plan.share(first[:-1])  # the fewest kernels that make 90%
    assert first == kernels[:len(first)]  # most expensive first
    assert sel.STARTUP_S + len(first) * sel.PER_KERNEL_S <= sel.DEFAULT_BUDGET_S  # the first run fits the default
    assert plan.estimate_s <= sel.DEFAULT_BUDGET_S and len(plan.batches) == 2  # a second run takes what is left


def test_a_small_budget_keeps_the_most_expensive(profile):
    kernels = sel.ranked(profile)
    startup, per_kernel = 10.0, 2.0
    budget = startup + 5 * per_kernel + 1
    plan = sel.plan(kernels, budget, startup, per_kernel)
    assert len(plan.kernels) == 5 and plan.kernels == kernels[:5] and len(plan.batches) == 1
    assert plan.left_out == kernels[5:] and plan.estimate_s <= budget
    assert plan.share(plan.kernels) == pytest.approx(sum(k.us_per_call for k in kernels[:5]) / sum(k.us_per_call for k in kernels))
    none = sel.plan(kernels, startup - 1, startup, per_kernel)
    assert not none.batches and none.left_out == kernels and "does not cover" in none.notes[0]


def test_kernels_of_one_function_go_together():
    kernels = [sel.KernelTime("void at::native::reduce_kernel<1>(int)", 50.0),
               sel.KernelTime("triton_a", 40.0), sel.KernelTime("void at::native::reduce_kernel<2>(int)", 1.0)]
    plan = sel.plan(kernels, 100.0, startup_s=10, per_kernel_s=1, coverage=0.5)
    assert [k.us_per_call for k in plan.batches[0]] == [50.0, 1.0]  # the filter matches both instances
    assert sel.kernel_id(plan.batches[0]) == "::regex:^(reduce_kernel)$:1"


def test_kernel_id_matches_each_name_whole():
    kernels = [sel.KernelTime("triton_poi_fused_gelu_view_4", 3.0), sel.KernelTime("nvjet_sm90_tst_a+b", 2.0)]
    kid = sel.kernel_id(kernels)
    assert kid.startswith("::regex:") and kid.endswith(":1")
    rx = re.compile(kid.removeprefix("::regex:").removesuffix(":1"))
    assert rx.fullmatch("triton_poi_fused_gelu_view_4") and rx.fullmatch("nvjet_sm90_tst_a+b")
    assert not rx.fullmatch("triton_poi_fused_gelu_view_41")
    cmd = ncu_tool.profile_command(Path("/cuda/bin/ncu"), Path("r.ncu-rep"), ["python", "-m", "w"], sel.filter_args(kernels))
    assert cmd[cmd.index("--kernel-id") + 1] == kid and cmd[cmd.index("--kernel-name-base") + 1] == "function"
    config = sel.filter_args(kernels, "config")
    assert config[config.index("--kernel-name") + 1] == "regex:" + kid.removeprefix("::regex:").removesuffix(":1")
    assert config[config.index("--filter-mode") + 1] == "per-launch-config" and config[-2:] == ["--launch-count", "1"]
    assert cmd[-3:] == ["python", "-m", "w"] and "--profile-from-start" in cmd
    assert "--kernel-id" not in ncu_tool.profile_command(Path("ncu"), Path("r"), ["x"])


def _worker(job: Path) -> list[str]:
    return [sys.executable, "-c", "pass", str(job)]


def test_every_kernel_once_in_two_runs_with_progress(tmp_path, profile):
    kernels = sel.ranked(profile)
    lines: list[str] = []
    out = profile_ranked("cuda", {"experiment": "x"}, kernels, sel.DEFAULT_BUDGET_S, tmp_path, _worker, {},
                         lines.append, ncu=fake_ncu(tmp_path))
    first = sel.plan(kernels, sel.DEFAULT_BUDGET_S).batches[0]
    assert out.status == "ok" and out.covered == out.distinct == len(kernels) and out.share == pytest.approx(1.0)
    assert out.line == f"counters: {len(kernels)} of {len(kernels)} kernels, 100% of the device time"
    assert len(out.meta["runs"]) == 2 and out.meta["runs"][0]["kernels_planned"] == len(first)
    progress = [ln for ln in lines if re.fullmatch(r"\[counters\] \d+/\d+ kernels, \d+% of the device time, \d+ s", ln)]
    assert progress[0].startswith(f"[counters] 1/{len(kernels)} kernels,")
    assert len(progress) == len({k.function for k in kernels})  # one line per profiled kernel
    records = out.kernels["compiled"]
    gelu = next(r for r in records if r["name"] == "triton_poi_fused_gelu_view_4")
    assert gelu["sampled"] == "first launch" and gelu["launches_per_call"] == profile["kernels"]["triton_poi_fused_gelu_view_4"]["launches_per_call"]
    argv = (tmp_path / "argv-1.txt").read_text().splitlines()
    assert argv[argv.index("--kernel-id") + 1] == sel.kernel_id(first)
    assert not list(tmp_path.glob("*.job.json")) and not list(tmp_path.glob("*.started"))


def test_a_failed_second_run_is_partial_never_ok(tmp_path, profile):
    kernels = sel.ranked(profile)
    out = profile_ranked("cuda", {}, kernels, sel.DEFAULT_BUDGET_S, tmp_path, _worker, {}, ncu=fake_ncu(tmp_path, fail_run=2))
    first = sel.plan(kernels, sel.DEFAULT_BUDGET_S).batches[0]
    share = sum(k.us_per_call for k in first) / sum(k.us_per_call for k in kernels)
    assert out.status == "partial" and out.covered == len(first)
    assert out.line.startswith(f"counters: {len(first)} of {len(kernels)} kernels, {share:.0%} of the device time (run 2")
    data = out.to_json()
    assert data["status"] == "partial" and data["kernels_covered"] == len(first) and data["line"] == out.line
    assert len(data["left_out"]) == len(kernels) - len(first)


def test_invocation_filter_matching_nothing_falls_back_to_launch_configs(tmp_path, profile):
    kernels = sel.ranked(profile)
    lines: list[str] = []
    out = profile_ranked("cuda", {}, kernels, sel.DEFAULT_BUDGET_S, tmp_path, _worker, {}, lines.append,
                         ncu=fake_ncu(tmp_path, ids_match_nothing=True))
    assert out.status == "ok" and out.covered == len(kernels)
    assert any("profiled no kernel" in ln and "per-launch-config" in ln for ln in lines)
    assert [r["filter"] for r in out.meta["runs"]] == ["invocation", "config", "config"]
    argv = (tmp_path / "argv-2.txt").read_text().splitlines()
    assert "--filter-mode" in argv and "--kernel-id" not in argv


def test_a_failed_first_run_leaves_no_counters(tmp_path, profile):
    out = profile_ranked("cuda", {}, sel.ranked(profile), 120, tmp_path, _worker, {}, ncu=fake_ncu(tmp_path, fail_run=1))
    assert out.status == "unavailable" and out.line.startswith("counters unavailable: run 1") and not out.kernels
    small = profile_ranked("cuda", {}, sel.ranked(profile), 5, tmp_path, _worker, {}, ncu=fake_ncu(tmp_path))
    assert small.status == "unavailable" and "does not cover one ncu run's start" in small.line


def test_an_ncu_run_past_its_time_is_stopped(tmp_path):
    ncu = fake_ncu(tmp_path, sleep_s=30)
    begun = time.monotonic()
    with pytest.raises(ncu_tool.CountersUnavailable, match="did not finish within 1 s"):
        ncu_tool.run_profiled(ncu, ["python"], {}, tmp_path, "c", timeout_s=1, only=["--kernel-id", "::regex:^(a)$:1"])
    assert time.monotonic() - begun < 15


def test_partial_counters_in_the_one_line_summary(tmp_path):
    line = "counters: 14 of 20 kernels, 93% of the device time (the 120 s budget left 6 kernels out; see --counters-budget)"
    manifest = {"experiment": "tiny_gpt.gpt2_small", "status": "ok", "counters": {"status": "partial", "line": line}}
    assert counters_text(manifest) == line
    assert counters_text({"counters": {"status": "ok", "line": "counters: 20 of 20 kernels, 100% ..."}}) == ""
    assert counters_text({"counters": {"status": "unavailable", "reason": "no ncu"}}) == "counters unavailable: no ncu"
    console = Console(record=True, width=400)
    print_brief({"manifest": manifest, "results": {}, "path": tmp_path}, console)
    text = console.export_text()
    assert "ok" in text and line in text


def test_counters_budget_needs_counters_and_has_help():
    from click.testing import CliRunner

    from inspector.cli import main

    result = CliRunner().invoke(main, ["run", "silu", "--counters-budget", "30"])
    assert result.exit_code == 2 and "--counters-budget applies with --counters" in result.output
    result = CliRunner().invoke(main, ["run", "--help"])
    assert "--counters-budget SECONDS" in result.output

