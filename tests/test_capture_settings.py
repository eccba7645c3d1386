"""Capture settings: probed before use, and a compile they break is retried once without them."""

import gzip
import json
from pathlib import Path

import pytest
import torch

from inspector.capture import settings, worker
from inspector.core.trace import parse_dir, parse_file
from inspector.config import RunConfig

TRACES = Path(__file__).parent / "fixtures" / "traces"
MISSING_ARG = "DebugFormatter.log_autotuning_results() missing 1 required positional argument: 'prescreening_elapse'"


def _call_site_without_prescreening(monkeypatch):
    """torch 2.11's call site: log_results passes five arguments to a formatter that needs six."""
    from torch._inductor.debug import DebugFormatter
    from torch._inductor.select_algorithm import AlgorithmSelectorCache
    from torch._inductor.virtualized import V

    def log_results(name, input_nodes, timings, elapse, precompile_elapse, *rest, **kwargs):
        V.debug.log_autotuning_results(name, input_nodes, timings, elapse, precompile_elapse)

    def formatter(self, name, input_nodes, timings, elapse, precompile_elapse, prescreening_elapse):
        return None

    monkeypatch.setattr(AlgorithmSelectorCache, "log_results", staticmethod(log_results))
    monkeypatch.setattr(DebugFormatter, "log_autotuning_results", formatter)


def test_torch_2_11s_call_site_works_with_the_compat_default(monkeypatch, tmp_path):
    """torch 2.11 calls the formatter without `prescreening_elapse`: with prescreening_compat (on
    while the setting is applied) the call gets None for it, so the probe passes and the log works."""
    from torch._inductor.debug import DebugFormatter

    _call_site_without_prescreening(monkeypatch)
    received = []

    def formatter(self, name, input_nodes, timings, elapse, precompile_elapse, prescreening_elapse):
        received.append(prescreening_elapse)

    monkeypatch.setattr(DebugFormatter, "log_autotuning_results", formatter)
    assert settings.probe_log_autotuning_results() is None and received == [None]
    assert DebugFormatter.log_autotuning_results is formatter  # restored after the probe
    with pytest.raises(TypeError, match="prescreening_elapse"):  # without the compat: the 2.11 failure
        DebugFormatter.log_autotuning_results(DebugFormatter.__new__(DebugFormatter), "mm", [], {}, 0.0, 0.0)
    chosen = settings.SettingsPlan({"trace.log_autotuning_results": True}, [])
    with settings.applied(chosen, tmp_path / "debug"):  # the compile sees the compat too
        DebugFormatter.log_autotuning_results(DebugFormatter.__new__(DebugFormatter), "mm", [], {}, 0.0, 0.0)
    assert received == [None, None] and DebugFormatter.log_autotuning_results is formatter


def test_probe_passes_a_formatter_that_accepts_the_call(monkeypatch):
    from torch._inductor.debug import DebugFormatter

    monkeypatch.setattr(DebugFormatter, "log_autotuning_results", lambda self, *args, **kwargs: None)
    assert settings.probe_log_autotuning_results() is None


@pytest.mark.skipif(torch.cuda.is_available(), reason="the formatter reads the CUDA device name")
def test_plan_leaves_autotuning_log_off_where_the_formatter_needs_cuda(tmp_path):
    """Seen on torch 2.13.0+cpu: max-autotune with frozen weights autotunes a C++ GEMM template,
    and the formatter's torch.cuda.get_device_name() fails the compile."""
    chosen = settings.plan(tmp_path / "debug")
    assert "trace.log_autotuning_results" not in chosen.patch
    (dropped,) = chosen.dropped
    assert dropped["setting"] == "trace.log_autotuning_results" and dropped["when"] == "probe"
    assert "CUDA" in dropped["reason"]
    assert chosen.patch["trace.enabled"] is True and chosen.patch["trace.debug_dir"] == str(tmp_path / "debug")


def test_plan_uses_only_settings_this_torch_has(monkeypatch, tmp_path):
    table = settings.CAPTURE_SETTINGS + (settings.CaptureSetting("no_such_setting_anywhere", True, "test"),)
    monkeypatch.setattr(settings, "CAPTURE_SETTINGS", table)
    chosen = settings.plan(tmp_path, run_probes=False)
    assert "trace.no_such_setting_anywhere" not in chosen.patch
    assert "trace.log_autotuning_results" in chosen.patch and chosen.dropped == []


def log_autotuning_results():  # named as Inductor's formatter method: the frame implicates the setting
    raise AssertionError("Torch not compiled with CUDA enabled")


def lower_graph():
    raise RuntimeError("unsupported op in lowering")


def _raised(fn, wrap: bool):
    try:
        try:
            fn()
        except Exception as inner:
            if wrap:  # how Dynamo reports it: InductorError(...) from the original
                raise RuntimeError(f"InductorError: {type(inner).__name__}: {inner}") from inner
            raise
    except Exception as exc:
        return exc


def _full_plan(tmp_path) -> settings.SettingsPlan:
    return settings.plan(tmp_path, run_probes=False)


@pytest.mark.parametrize("wrap", [False, True])
def test_a_failure_inside_the_settings_code_implicates_it(tmp_path, wrap):
    found = settings.implicated(_raised(log_autotuning_results, wrap), _full_plan(tmp_path))
    assert [name for name, _ in found] == ["trace.log_autotuning_results"]
    assert "log_autotuning_results" in found[0][1] and "CUDA" in found[0][1]


def test_the_error_text_alone_implicates_a_setting(tmp_path):
    exc = RuntimeError(f"InductorError: TypeError: {MISSING_ARG}")
    assert [n for n, _ in settings.implicated(exc, _full_plan(tmp_path))] == ["trace.log_autotuning_results"]


def test_an_unrelated_failure_implicates_nothing(tmp_path):
    assert settings.implicated(_raised(lower_graph, True), _full_plan(tmp_path)) == []


def test_a_dropped_setting_is_not_blamed_again(tmp_path):
    chosen = _full_plan(tmp_path)
    chosen.drop("trace.log_autotuning_results", "test", "probe")
    assert settings.implicated(_raised(log_autotuning_results, False), chosen) == []


class FakeCompiled:
    """Stands in for torch.compile's result: fails like torch 2.11 while the setting is on."""

    calls = 0

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, *args):
        import torch._inductor.config as config

        if getattr(config.trace, "log_autotuning_results", False):
            raise RuntimeError(f"InductorError: TypeError: {MISSING_ARG}")
        if getattr(config.trace, "enabled", False) is not True:
            raise AssertionError("the other capture settings must stay on for the retry")
        return self.fn(*args)


class Spec:
    @staticmethod
    def eager(x):
        return x * 2


def _compile_first_call(monkeypatch, tmp_path, compiled_cls):
    compiles, resets = [], []
    monkeypatch.setattr(worker.torch, "compile", lambda fn, **kw: compiles.append(kw) or compiled_cls(fn))
    real_plan = settings.plan
    monkeypatch.setattr(worker.settings, "plan", lambda debug_dir, **kw: real_plan(debug_dir, run_probes=False, **kw))
    monkeypatch.setattr(worker.inductor_access, "reset_dynamo", lambda: resets.append(1))
    config = RunConfig(experiment="x", device="cpu", mode="max-autotune")
    x = torch.randn(4)
    result = worker.compile_first_call(Spec, config, tmp_path, lambda fn: (lambda: fn(x)), "cpu", False)
    return result, x, compiles, resets


def test_a_compile_the_setting_breaks_is_retried_once_without_it(monkeypatch, tmp_path):
    (tmp_path / "trace").mkdir()
    (tmp_path / "trace" / "rank_0.log").write_text("first attempt\n")
    (compiled, out, first_s, _), x, compiles, resets = _compile_first_call(monkeypatch, tmp_path, FakeCompiled)
    assert torch.equal(out, x * 2) and first_s >= 0
    assert len(compiles) == 2 and resets == [1]
    record = json.loads((tmp_path / "capture_settings.json").read_text())
    (dropped,) = record["dropped"]
    assert dropped["setting"] == "trace.log_autotuning_results" and dropped["when"] == "retry"
    assert "prescreening_elapse" in dropped["reason"]
    assert record["retried"] and record["retry_trace_offsets"] == {"rank_0.log": len("first attempt\n")}
    assert "trace.log_autotuning_results" not in record["applied"] and "trace.enabled" in record["applied"]


class AlwaysFails(FakeCompiled):
    def __call__(self, *args):
        raise RuntimeError("InductorError: LoweringException: unsupported op")


def test_a_failure_no_setting_explains_is_not_retried(monkeypatch, tmp_path):
    with pytest.raises(RuntimeError, match="unsupported op"):
        _compile_first_call(monkeypatch, tmp_path, AlwaysFails)
    record = json.loads((tmp_path / "capture_settings.json").read_text())
    assert record["dropped"] == [] and not record["retried"]


def test_reading_a_trace_after_a_retry_skips_the_failed_attempt(tmp_path):
    """The failed attempt's entries are skipped; file names it interned still resolve."""
    text = gzip.decompress((TRACES / "cpu-torch2.13-graph-breaks.log.gz").read_bytes())
    (tmp_path / "rank_0.log").write_bytes(text)
    whole = parse_file(tmp_path / "rank_0.log")
    cut = whole.entries[len(whole.entries) // 2]
    offset = len(b"".join(text.splitlines(keepends=True)[: cut.line - 1]))
    rest = parse_dir(tmp_path, {"rank_0.log": offset})
    assert len(rest.entries) == len(whole.entries) - len(whole.entries) // 2
    assert rest.entries[0].meta == cut.meta
    assert rest.strings == whole.strings


def test_a_setting_the_mode_would_not_use_is_left_off_quietly(monkeypatch, tmp_path):
    """Every capture warned that the autotuning log was left off, also in the default mode, which
    autotunes nothing: there it is recorded (matters False), not warned about."""
    from torch._inductor.debug import DebugFormatter

    def formatter(self, name, input_nodes, timings, elapse, precompile_elapse, prescreening_elapse=None):
        raise AssertionError("Torch not compiled with CUDA enabled")  # a CPU-only build's formatter

    monkeypatch.setattr(DebugFormatter, "log_autotuning_results", formatter)
    default = settings.plan(tmp_path, mode="default")
    (dropped,) = [d for d in default.dropped if d["setting"] == "trace.log_autotuning_results"]
    assert dropped["matters"] is False and not settings.matters(dropped)
    tuned = settings.plan(tmp_path, mode="max-autotune")
    (dropped,) = [d for d in tuned.dropped if d["setting"] == "trace.log_autotuning_results"]
    assert dropped["matters"] is True and "CUDA" in dropped["reason"]
    assert settings.matters({"setting": "x", "reason": "older capture"})  # recorded before the field existed


@pytest.mark.gpu
def test_max_autotune_on_a_gpu_keeps_the_autotuning_log(tmp_path):
    """On torch 2.11 the setting was left off with "missing 1 required positional argument
    'prescreening_elapse'" in every capture; with the compat default it is applied and writes its log."""
    from click.testing import CliRunner

    from inspector import store
    from inspector.cli import main

    result = CliRunner().invoke(main, ["run", "matmul_relu", "--device", "cuda", "--shape", "1024x1024x512", "--mode",
                                       "max-autotune", "--out", str(tmp_path), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    folder = store.latest(tmp_path, "matmul_relu").path
    record = store.read_json(folder / "capture_settings.json")
    assert "trace.log_autotuning_results" in record["applied"], record["dropped"]
    assert not any("prescreening_elapse" in w for w in store.read_json(folder / "manifest.json")["warnings"])
    assert list((folder / "graphs").glob("*autotuning_result_json_list.txt"))
