"""--counters: finding ncu, its command, parsing its CSV, merging into kernels.json, and the path
without a GPU or ncu. A fake `ncu` (a Python script) stands in for Nsight Compute; the one test
that profiles for real is marked gpu and also needs ncu installed."""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from inspector.analysis.bounds import MEMORY, Rates, classify, counters_from_record
from inspector.bench.run import BenchConfig, run_bench
from inspector.bench.counters import bench_counters
from inspector.capture.counters import add_to_capture
from inspector.core import ncu as ncu_tool

FIXTURES = Path(__file__).parent / "fixtures" / "ncu"
CAPTURES = Path(__file__).resolve().parents[1] / "captured_kernels"
RMSNORM = "triton_red_fused__to_copy_add_mean_mul_pow_rsqrt_0"


def fake_ncu(folder: Path, version: str = "2025.3.1.0") -> Path:
    """An executable `ncu`: --version prints a version, --import prints the raw-page fixture, a
    profile records its argv and writes the --export file."""
    script = folder / "ncu"
    script.write_text(f"""#!{sys.executable}
import sys, pathlib
args = sys.argv[1:]
if args == ["--version"]:
    print("NVIDIA (R) Nsight Compute Command Line Profiler")
    print("Copyright (c) 2018-2025 NVIDIA Corporation")
    print("Version {version} (build 36398880) (public-release)")
elif "--import" in args:
    print(pathlib.Path({str(FIXTURES / 'raw_page.csv')!r}).read_text(), end="")
else:
    report = pathlib.Path(args[args.index("--export") + 1])
    report.write_bytes(b"NCU-REP")
    (report.parent / "argv.txt").write_text("\\n".join(args))
    print("==PROF== Disconnected from process 1")
""")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.fixture
def no_cuda_install(monkeypatch):
    """No ncu anywhere: PATH without it, no CUDA_HOME, no /usr/local/cuda*, torch without CUDA_HOME."""
    monkeypatch.setattr(ncu_tool.glob, "glob", lambda pattern: [])
    import torch.utils.cpp_extension as ext
    monkeypatch.setattr(ext, "CUDA_HOME", None, raising=False)
    return {"PATH": "/nonexistent"}


def parsed_raw() -> list[dict]:
    return [ncu_tool.kernel_record(k) for k in ncu_tool.parse_raw_csv((FIXTURES / "raw_page.csv").read_text())]


def test_raw_page_parsed_with_units_separators_and_na():
    gen, extern = parsed_raw()
    assert gen["name"] == RMSNORM and extern["name"].startswith("void cutlass::Kernel2<")  # quoted commas/brackets
    assert gen["duration_us"] == pytest.approx(37.6)  # usecond
    assert gen["dram_read_bytes"] == pytest.approx(67.1e6) and gen["dram_write_bytes"] == pytest.approx(46.0e6)  # Mbyte
    assert extern["duration_us"] == pytest.approx(1204.35)  # "1,204.35"
    assert gen["instructions"] == pytest.approx(17.3e6) and gen["smsp_count"] == 528
    assert gen["smsp_clock_hz"] == pytest.approx(1.98e9)  # cycle/nsecond
    assert extern["l1_bytes"] is None  # "n/a"
    assert gen["registers"] == 32 and gen["grid_size"] == 8192 and gen["block_size"] == 512
    assert gen["stalls"] == {"long_scoreboard": 5.2, "barrier": 1.1, "wait": 0.7}
    assert "instructions_per_smsp" not in gen


def test_details_page_parses_to_the_same_values():
    (k,) = [ncu_tool.kernel_record(k) for k in ncu_tool.parse_raw_csv((FIXTURES / "details_page.csv").read_text())]
    assert k["name"] == RMSNORM and k["duration_us"] == pytest.approx(37.6)
    assert k["dram_write_bytes"] == pytest.approx(46.0e6) and k["instructions"] == pytest.approx(17.3e6)
    assert k["issue_pct"] is None and k["stalls"] == {}


def test_parser_tolerates_junk_and_base_units():
    assert ncu_tool.parse_raw_csv("==ERROR== no kernels were profiled\n") == []
    text = ('"ID","Kernel Name","gpu__time_duration.sum","dram__bytes_read.sum","brand_new__metric.sum"\n'
            '"","","nsecond","byte",""\n"0","k","2,500","1,048,576","7"\n')
    (k,) = ncu_tool.parse_raw_csv(text)
    rec = ncu_tool.kernel_record(k)
    assert rec["duration_us"] == pytest.approx(2.5) and rec["dram_read_bytes"] == 1048576
    assert rec["dram_write_bytes"] is None  # not collected: None, not 0
    assert ncu_tool.number("n/a") is None and ncu_tool.number("1,234.5") == 1234.5
    assert ncu_tool.parse_version("garbage\nncu 1.0") == "ncu 1.0"


def test_counters_feed_the_bound_classification():
    gen = counters_from_record(parsed_raw()[0])
    assert gen.issue_rate == pytest.approx(528 * 1.98e9)
    bound = classify(gen, Rates(copy_bytes_per_s=4.2e12))  # 113.1 MB at 4.2 TB/s: 26.9 of 37.6 us
    assert bound.kind == MEMORY and bound.memory_floor_us == pytest.approx(113.1e6 / 4.2e12 * 1e6)


def test_find_ncu_on_path_cuda_home_or_nowhere(tmp_path, no_cuda_install):
    assert ncu_tool.find_ncu(no_cuda_install) is None
    (tmp_path / "bin").mkdir()
    ncu = fake_ncu(tmp_path / "bin")
    assert ncu_tool.find_ncu({"PATH": str(tmp_path / "bin")}) == ncu
    assert ncu_tool.find_ncu({"PATH": "/nonexistent", "CUDA_HOME": str(tmp_path)}) == ncu


def test_availability_says_why_in_one_line(tmp_path, no_cuda_install):
    with pytest.raises(ncu_tool.CountersUnavailable, match="the device is cpu"):
        ncu_tool.availability("cpu")
    with pytest.raises(ncu_tool.CountersUnavailable, match=r"not found on PATH, in \$CUDA_HOME/bin"):
        ncu_tool.availability("cuda", no_cuda_install)
    ncu = ncu_tool.availability("cuda", {"PATH": str(fake_ncu(tmp_path).parent)})
    assert ncu.version == "2025.3.1.0"


def test_profile_command_profiles_only_the_bracketed_call():
    cmd = ncu_tool.profile_command(Path("/cuda/bin/ncu"), Path("run/counters-compiled.ncu-rep"), ["python", "-m", "w"])
    joined = " ".join(cmd)
    assert "--profile-from-start off" in joined and "--cache-control all" in joined and "--clock-control none" in joined
    metrics = cmd[cmd.index("--metrics") + 1].split(",")
    for name in ("gpu__time_duration.sum", "dram__bytes_read.sum", "dram__bytes_write.sum", "lts__t_bytes.sum",
                 "l1tex__t_bytes.sum", "smsp__inst_executed.sum", "sm__maximum_warps_per_active_cycle_pct",
                 "smsp__average_warps_issue_stalled_long_scoreboard_per_issue_active.ratio"):
        assert name in metrics
    assert cmd[-3:] == ["python", "-m", "w"]
    assert ncu_tool.import_command(Path("ncu"), Path("r.ncu-rep"))[1:] == [
        "--import", "r.ncu-rep", "--csv", "--page", "raw", "--print-units", "base"]


def test_a_capture_with_counters_merges_them_into_kernels_json(tmp_path, monkeypatch):
    run = tmp_path / "run"
    shutil.copytree(CAPTURES / "rmsnorm" / "ref-h100-torch2.11.0-default", run)
    ncu = ncu_tool.Ncu(fake_ncu(tmp_path), "2025.3.1.0")
    monkeypatch.setattr(ncu_tool, "availability", lambda device, env=None: ncu)
    from inspector.config import RunConfig

    lines: list[str] = []
    outcome = add_to_capture(RunConfig("rmsnorm", "cuda", shape=(8192, 4096), dtype="bf16"), run, dict(os.environ),
                             lines.append)
    # the capture's profile.json has one kernel: profiled once, on its first launch (test_counters_budget.py)
    assert not outcome.reason and lines[-1] == "[counters] counters: 1 of 1 kernels, 100% of the device time"
    assert outcome.status == "ok"
    argv = (run / "argv.txt").read_text().splitlines()
    assert argv[-3:-1] == ["-m", "inspector.capture.counters_worker"]
    assert argv[argv.index("--kernel-id") + 1] == f"::regex:^({RMSNORM})$:1"
    assert (run / "counters-compiled-1.ncu-rep").is_file() and (run / "counters-compiled-1.csv").is_file()
    assert not list(run.glob("*.job.json"))
    data = json.loads((run / "kernels.json").read_text())
    (kernel,) = data["kernels"]
    assert kernel["counters"][0]["dram_write_bytes"] == pytest.approx(46.0e6)
    meta = data["counters"]
    assert meta["ncu_version"] == "2025.3.1.0" and "--profile-from-start" in meta["command"]
    assert len(meta["kernels"]) == 2  # the extern kernel too
    assert meta["units"]["duration_us"] == "us" and "dram__bytes_read.sum" in meta["metrics"]


def test_without_a_gpu_one_line_and_nothing_else_changes(tmp_path):
    run = tmp_path / "run"
    shutil.copytree(CAPTURES / "silu" / "ref-h100-torch2.11.0-default", run)
    before = (run / "kernels.json").read_text()
    from inspector.config import RunConfig

    lines: list[str] = []
    outcome = add_to_capture(RunConfig("silu", "cpu"), run, dict(os.environ), lines.append)
    assert lines == ["[counters] counters unavailable: the device is cpu, and Nsight Compute reads NVIDIA GPU "
                     "counters only"]
    assert outcome.to_json()["status"] == "unavailable"
    assert (run / "kernels.json").read_text() == before


def test_bench_without_a_gpu_says_so_once_and_benches(tmp_path):
    lines: list[str] = []
    rows = run_bench(BenchConfig(experiments=("silu",), shape="3x781", device="cpu", providers=("eager",), rounds=1,
                                 counters=True), progress=lines.append)
    assert [ln for ln in lines if "counters" in ln] == [
        "counters unavailable: the device is cpu, and Nsight Compute reads NVIDIA GPU counters only"]
    assert any(r.metric == "median_ms" for r in rows) and not any(r.metric.startswith("ncu_") for r in rows)


def test_bench_counter_rows_per_provider(tmp_path):
    ncu = ncu_tool.Ncu(fake_ncu(tmp_path), "2025.3.1.0")
    rows = bench_counters("rmsnorm", "cuda", (8192, 4096), "bf16", "", ["compile", "handwritten"], tmp_path / "c", ncu,
                          lambda *a: a)
    assert (tmp_path / "c" / "argv.txt").read_text().splitlines()[-3:-1] == ["-m", "inspector.bench.counters_worker"]
    by = {(p, m): v for p, m, v, *_ in rows}
    assert by[("compile", "ncu_kernels")] == 2 and by[("handwritten", "ncu_dram_write_bytes")] == pytest.approx(46.52e6)
    assert by[("compile", "ncu_instructions")] == pytest.approx(17.3e6 + 812e6)
    assert by[("compile", "ncu_issue_per_s")] == pytest.approx(528 * 1.98e9)
    # the launch shape tells one autotuned config of a kernel from another
    notes = {(p, m): n for p, m, v, u, n in rows}
    assert notes[("compile", "ncu_kernels")].startswith(
        "triton_red_fused__to_copy_add_mean_mul_pow_rsqrt_0 (grid 8192, 512 threads, 32 registers), ")
    saved = json.loads((tmp_path / "c" / "counters.json").read_text())
    assert saved["status"] == "ok" and set(saved["kernels"]) == {"compile", "handwritten"}


def test_worker_builds_a_bench_provider_on_the_cpu():
    from inspector.bench.counters_worker import build

    call = build({"experiment": "silu", "device": "cpu", "shape": [3, 781], "dtype": "fp32", "provider": "eager"})
    out = call()
    assert tuple(out.shape) == (3, 781)


@pytest.mark.slow
def test_capture_worker_builds_the_compiled_call_on_the_cpu(monkeypatch, inductor_cache_dir):
    import torch

    from inspector.capture.counters_worker import build

    from inspector.targets import load_target

    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", inductor_cache_dir)
    out = build({"experiment": "silu", "device": "cpu", "shape": [3, 781], "dtype": "fp32", "seed": 0})()
    spec = load_target("silu", "cpu")
    torch.manual_seed(0)  # the same inputs as the worker's
    torch.testing.assert_close(out, spec.eager(*spec.make_inputs((3, 781), torch.float32, "cpu", None)))


def test_cli_options_have_help():
    from inspector.cli import main

    for cmd in (["run", "--help"], ["bench", "--help"]):
        out = CliRunner().invoke(main, cmd).output
        assert "--counters" in out and "Nsight Compute" in out


def _capture_with_ncu(config):
    """The capture of `config` on a GPU with ncu (skipped without)."""
    try:
        ncu_tool.availability("cuda")
    except ncu_tool.CountersUnavailable as exc:
        pytest.skip(str(exc))
    from inspector.capture.runner import capture

    return capture(config)


@pytest.mark.gpu
def test_gpu_capture_with_counters(tmp_path):
    """On a GPU with ncu: one profiled call of the compiled rmsnorm, its kernel's counters in kernels.json."""
    from inspector.config import RunConfig

    result = _capture_with_ncu(RunConfig("rmsnorm", "cuda", out=tmp_path, counters=True))
    assert result.ok and result.manifest["counters"]["status"] == "ok", result.manifest.get("counters")
    data = json.loads((result.path / "kernels.json").read_text())
    gen = [k for k in data["kernels"] if k.get("counters")]
    assert gen and all(c["duration_us"] > 0 and c["dram_read_bytes"] > 0 for k in gen for c in k["counters"])


@pytest.mark.gpu
def test_gpu_training_step_counters_each_kernel_once(tmp_path):
    """On a GPU with ncu: the tiny GPT's training step, each distinct kernel profiled once."""
    from inspector.config import RunConfig

    tiny_gpt = Path(__file__).parent / "fixtures" / "user_code" / "tiny_gpt.py"
    result = _capture_with_ncu(RunConfig(f"{tiny_gpt}:make", "cuda", out=tmp_path, backward=True, counters=True))
    counters = result.manifest["counters"]
    # every generated kernel is covered; a harness kernel of the capture's timing (the inputs' randn)
    # may not run in the profiled call, and then the run is said to be partial
    assert result.ok and counters["status"] in ("ok", "partial"), counters
    assert not [n for n in counters["left_out"] if n.startswith("triton_")] and counters["device_time_share"] >= 0.9
    assert (counters["status"] == "ok") == (counters["kernels_covered"] == counters["kernels_distinct"])
    records = json.loads((result.path / "kernels.json").read_text())["counters"]["kernels"]
    names = [r["name"] for r in records]
    if all(run.get("filter") == "invocation" for run in counters["runs"]):
        assert len(names) == len(set(names))  # once each, not once per launch
    assert all(r["sampled"] == "first launch" and r["duration_us"] > 0 for r in records)
