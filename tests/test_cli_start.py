"""`inspect --help`, `inspect list` and the parent side of `inspect run` import no torch: they read
the experiment catalog, and the commands that need torch load when they run (LazyGroup)."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from inspector.cli import LAZY_COMMANDS, main
from inspector.versions import cuda_present, resolve_device

ROOT = Path(__file__).parents[1]
HEAVY = ("torch", "triton", "pandas", "jinja2")


def imported_after(code: str) -> dict:
    """Run `code` in a fresh interpreter; which HEAVY modules it imported, and what it printed."""
    probe = f"""
import contextlib, io, json, sys
out = io.StringIO()
with contextlib.redirect_stdout(out):
    {code}
print(json.dumps({{"heavy": [m for m in {HEAVY!r} if m in sys.modules], "out": out.getvalue()}}))
"""
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_help_imports_no_torch():
    seen = imported_after("from inspector.cli import main; main(['--help'], standalone_mode=False)")
    assert seen["heavy"] == []
    for name in ("run", "list", "bench", "diff", "report", "sweep"):
        assert f"  {name} " in seen["out"]


def test_list_imports_no_torch():
    seen = imported_after("from inspector.cli import main; main(['list'], standalone_mode=False)")
    assert seen["heavy"] == []
    assert "layernorm_gelu" in seen["out"] and "8192x4096 bf16" in seen["out"]


def test_run_parent_checks_names_shapes_and_dtypes_without_torch():
    seen = imported_after(
        "from inspector.commands.run import build_configs, resolve_names\n    "
        "import inspector.capture.runner, inspector.capture.jobs, inspector.report.console\n    "
        "c = build_configs(resolve_names(('matmul_relu', 'tests/fixtures/faulty_experiments.py:MISMATCH'), False), 'auto', "
        "'default', 'bf16', None, None, None, False, False, 'out', None, True)\n    print(c[0].shape, c[0].device)")
    assert seen["heavy"] == []
    shape, device = seen["out"].split()
    assert shape == "None" and device in ("cpu", "cuda")  # no --shape: the worker picks the default


@pytest.mark.parametrize("name", sorted(LAZY_COMMANDS))
def test_lazy_commands_load_the_named_command(name):
    command = main.get_command(click.Context(main), name)
    assert isinstance(command, click.Command) and command.name == name
    assert command.params and all(p.help for p in command.params if isinstance(p, click.Option))


def test_cuda_present_from_files(tmp_path):
    dev, proc = tmp_path / "dev", tmp_path / "gpus"
    dev.mkdir()
    proc.mkdir()
    # this CPU build of torch: no CUDA whatever the device nodes say
    (dev / "nvidia0").touch()
    (proc / "0000:01:00.0").mkdir()
    import torch

    assert cuda_present({}, dev, proc) == torch.cuda.is_available()
    assert cuda_present({"CUDA_VISIBLE_DEVICES": ""}, dev, proc) is False
    assert cuda_present({"CUDA_VISIBLE_DEVICES": "-1"}, dev, proc) is False


def test_cuda_present_needs_a_cuda_build_and_a_device(tmp_path, monkeypatch):
    import inspector.versions as versions

    dev, proc = tmp_path / "dev", tmp_path / "gpus"
    dev.mkdir()
    monkeypatch.setattr(versions, "_torch_build", lambda: {"cuda": True, "hip": False})
    assert cuda_present({}, dev, proc) is False  # no driver entry, no device node
    (dev / "nvidia0").touch()
    assert cuda_present({}, dev, proc) is True
    assert cuda_present({"CUDA_VISIBLE_DEVICES": "-1"}, dev, proc) is False
    monkeypatch.setattr(versions, "_torch_build", lambda: {"cuda": False, "hip": False})
    assert cuda_present({}, dev, proc) is False


def test_resolve_device_rejects_unknown_devices():
    with pytest.raises(ValueError, match="unknown device"):
        resolve_device("tpu")
    assert resolve_device("cpu") == "cpu"


def test_report_over_a_capture_with_a_handwritten_kernel_imports_no_torch(tmp_path):
    """The report's findings compare with the handwritten kernel (the forward-only check reads
    the catalog); none of it needs torch. attention_lite's backward reference has backward
    launches, the case that looked the experiment up in the torch-importing registry."""
    root = tmp_path / "captures"
    src = next((ROOT / "captured_kernels" / "attention_lite").glob("ref-*backward*"))
    shutil.copytree(src, root / "attention_lite" / src.name)
    seen = imported_after(f"from inspector.cli import main; main(['report', {str(root)!r}, '--out', "
                          f"{str(tmp_path / 'r.html')!r}], standalone_mode=False)")
    assert "torch" not in seen["heavy"] and "triton" not in seen["heavy"]
    assert (tmp_path / "r.html").stat().st_size > 0
