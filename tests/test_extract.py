"""`inspect extract`: a generated kernel as a standalone reproducer folder.

End to end on the CPU: the C++ kernel of a fresh layernorm_gelu capture, and the Triton kernel of
the committed H200 reference (run by Triton's interpreter, which repro.py switches on itself). The
reference kernel has its shape written into its body (xnumel = 8192), so it cannot be scaled down;
the interpreter runs ~1-3 s per program here, 8192 programs would take hours, so the test runs the
first program of the grid (`--programs 1`) on the full-size inputs. Each side: `--check` passes
unedited and exits 1, naming the first mismatching element, once a constant of the editable copy
is changed. The model (arguments, fills, launch) and every one-line refusal are tested on files.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from inspector import store
from inspector.analysis import extract
from inspector.cli import main
from inspector.usage import InputError

ROOT = Path(__file__).resolve().parent.parent
REFS = ROOT / "captured_kernels"
LN_REF = REFS / "layernorm_gelu" / "ref-h200-torch2.11.0-default"
SD_REF = REFS / "softmax_dropout" / "ref-h200-torch2.11.0-default"
LN_TRITON = "triton_red_fused_gelu_native_layer_norm_0"
INV_SQRT2 = re.compile(r"0\.70710678\d*")  # exact-erf GELU's 1/sqrt(2): a constant every such kernel holds


def cli(*args):
    return CliRunner().invoke(main, ["extract", *args])


def repro(folder: Path, *args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    """repro.py in a fresh process, without the test session's TRITON_INTERPRET: it sets it itself."""
    env = {k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET"}
    return subprocess.run([sys.executable, str(folder / "repro.py"), *args], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=folder)


def edit_constant(path: Path) -> None:
    text = path.read_text()
    assert INV_SQRT2.search(text), f"no 1/sqrt(2) constant in {path.name}"
    path.write_text(INV_SQRT2.sub("0.75", text, count=1))


# ---------------------------------------------------------------------------------- end to end


@pytest.fixture(scope="module")
def cpu_capture(tmp_path_factory, inductor_cache_dir) -> Path:
    out = tmp_path_factory.mktemp("captures")
    result = CliRunner().invoke(main, ["run", "layernorm_gelu", "--device", "cpu", "--out", str(out),
                                       "--cache-dir", inductor_cache_dir, "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return store.latest(out, "layernorm_gelu").path


@pytest.mark.slow
def test_cpp_kernel_of_a_fresh_capture_checks_and_catches_an_edit(cpu_capture, tmp_path):
    result = cli(str(cpu_capture), "--all", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    [folder] = [p for p in tmp_path.iterdir() if p.name.startswith("cpp_")]
    assert {p.name for p in folder.iterdir()} >= {"original.py", "kernel.cpp", "repro.py", "meta.json"}
    meta = json.loads((folder / "meta.json").read_text())
    assert meta["capture"] == str(cpu_capture) and meta["torch"] and meta["source_nodes"] and meta["user_lines"]
    # self-contained: nothing points into the capture's Inductor cache
    assert str(cpu_capture) not in (folder / "kernel.cpp").read_text()

    good = repro(folder, "--check", "--bench", "--counters", "--rounds", "1")
    assert good.returncode == 0, good.stderr
    assert "matches the original" in good.stdout
    # timed on the CPU with inspect bench's timing; no counters without a GPU, said in one line
    assert re.search(r"original .* µs \(p20-p80 .*\), [\d,]+ GB/s", good.stdout), good.stdout
    assert "edited runs at" in good.stdout and "counters unavailable: no GPU" in good.stdout

    edit_constant(folder / "kernel.cpp")
    bad = repro(folder, "--check", "--seed", "7")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert re.search(r"mismatch in \w+ \(buf\d+\)\[\d+, \d+\]: edited .* vs original .*seed 7", bad.stderr), bad.stderr


@pytest.mark.slow
def test_triton_kernel_of_the_gpu_reference_checks_under_the_interpreter(tmp_path):
    result = cli(str(LN_REF), LN_TRITON, "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    folder = tmp_path / LN_TRITON
    kernel = (folder / "kernel.py").read_text()
    # no autotuner, the winning config baked in, the original verbatim
    assert "triton_heuristics" not in kernel and "@triton.jit" in kernel
    assert "CONFIG = {'XBLOCK': 1, 'R0_BLOCK': 4096}" in kernel and "NUM_WARPS = 16" in kernel
    assert (folder / "original.py").read_text() == (LN_REF / "kernels" / f"{LN_TRITON}.py").read_text()

    args = ("--check", "--programs", "1") if not _gpu() else ("--check",)
    good = repro(folder, *args)
    assert good.returncode == 0, good.stderr
    assert "matches the original" in good.stdout

    edit_constant(folder / "kernel.py")
    bad = repro(folder, *args)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert re.search(r"mismatch in out_ptr3 \(buf4\)\[0, \d+\]", bad.stderr), bad.stderr


def _gpu() -> bool:
    import torch

    return torch.cuda.is_available()


@pytest.mark.gpu
def test_gpu_bench_and_check_of_a_fresh_capture(tmp_path, inductor_cache_dir):
    caps = tmp_path / "caps"
    run = CliRunner().invoke(main, ["run", "softmax_dropout", "--out", str(caps), "--cache-dir", inductor_cache_dir, "-q"])
    assert run.exit_code == 0, run.output
    result = cli(str(store.latest(caps, "softmax_dropout").path), "--all", "--out", str(tmp_path / "x"))
    assert result.exit_code == 0, result.output
    [folder] = list((tmp_path / "x").iterdir())
    done = repro(folder, "--check", "--bench", "--rounds", "1")
    assert done.returncode == 0, done.stderr
    assert "matches the original" in done.stdout and re.search(r"original .* µs .* GB/s", done.stdout)


# ---------------------------------------------------------------------------------- the model


def test_seed_buffer_and_scalars_of_softmax_dropout():
    [plan] = extract.load(SD_REF, None)
    by_name = {a.name: a for a in plan.args}
    assert by_name["in_ptr1"].fill == "seed" and by_name["in_ptr1"].dtype == "int64"
    assert by_name["load_seed_offset"].value == 0 and not by_name["load_seed_offset"].is_tensor
    assert by_name["out_ptr3"].role == "out" and by_name["out_ptr3"].sizes == [8192, 4096]
    assert plan.launch["kwargs"] == {"XBLOCK": 1, "R0_BLOCK": 2048} and plan.launch["grid_type"] == "Grid1D"


EMBED = '''
@triton.jit
def triton_poi_fused_embedding_0(in_ptr0, in_ptr1, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 40
    xindex = tl.program_id(0) * XBLOCK + tl.arange(0, XBLOCK)[:]
    xmask = xindex < xnumel
    x1 = xindex // 8
    x0 = xindex % 8
    tmp0 = tl.load(in_ptr0 + (x1), xmask)
    tmp1 = tl.full([XBLOCK], 50, tl.int32)
    tmp2 = tmp0 + tmp1
    tmp3 = tmp0 < 0
    tmp4 = tl.where(tmp3, tmp2, tmp0)
    tl.device_assert(((0 <= tmp4) & (tmp4 < 50)) | ~(xmask), "index out of bounds: 0 <= tmp4 < 50")
    tmp6 = tl.load(in_ptr1 + (x0 + 8*tmp4), xmask)
    tl.store(out_ptr0 + (x0 + 16*x1), tmp6, xmask)
'''
EMBED_WRAPPER = f'''
triton_poi_fused_embedding_0 = async_compile.triton('triton_poi_fused_embedding_0', """{EMBED}""", device_str='cuda')

def call(args):
    arg0_1, arg1_1 = args
    assert_size_stride(arg0_1, (5, ), (1, ))
    assert_size_stride(arg1_1, (50, 8), (8, 1))
    buf0 = empty_strided_cuda((5, 16), (16, 1), torch.float32)
    triton_poi_fused_embedding_0.run(arg0_1, arg1_1, reinterpret_tensor(buf0, (5, 8), (16, 1), 8), 40, stream=stream0)
    return (buf0, )
'''
EMBED_RECORD = {
    "name": "triton_poi_fused_embedding_0", "backend": "triton",
    "triton_meta": {"signature": {"in_ptr0": "*i64", "in_ptr1": "*fp32", "out_ptr0": "*fp32", "xnumel": "i32",
                                  "XBLOCK": "constexpr"}},
    "inductor_meta": {"grid_type": "Grid1D"},
    "launch_config": {"kwargs": {"XBLOCK": 64}, "num_warps": 2, "num_stages": 1},
}


def test_index_inputs_get_the_bound_of_the_kernels_check_and_views_keep_their_offset():
    plan = extract.plan(EMBED_RECORD["name"], EMBED_RECORD, EMBED_WRAPPER, None)
    index, table, out, numel = plan.args
    assert (index.fill, index.bound) == ("index", 50)  # values in [0, 50), not zeros
    assert table.fill == "randn" and table.sizes == [50, 8]
    assert (out.role, out.sizes, out.strides, out.offset) == ("out", [5, 8], [16, 1], 8)
    assert extract.storage_numel(out) == 8 + 4 * 16 + 7 + 1
    assert numel.value == 40 and plan.launch["num_warps"] == 2


@pytest.mark.parametrize("change, message", [
    (lambda r: r.pop("launch_config"), "no launch config in kernels.json or runtime_kernels.json"),
    (lambda r: r["inductor_meta"].update(grid_type="FixedGrid"), "grid type FixedGrid"),
    (lambda r: r["triton_meta"].pop("signature"), "no triton_meta signature"),
])
def test_a_launch_that_cannot_be_reconstructed_says_what_is_missing(change, message):
    record = json.loads(json.dumps(EMBED_RECORD))
    change(record)
    with pytest.raises(InputError, match=re.escape(message)):
        extract.plan(record["name"], record, EMBED_WRAPPER, None)


def test_symbolic_sizes_are_refused_in_one_line():
    wrapper = EMBED_WRAPPER.replace("(5, 8), (16, 1), 8", "(s0, 8), (16, 1), 8")
    with pytest.raises(InputError, match="symbolic"):
        extract.plan(EMBED_RECORD["name"], EMBED_RECORD, wrapper, None)


# ---------------------------------------------------------------------------------- refusals (exit 2)


def test_an_extern_call_is_refused_and_the_extractable_kernels_listed(tmp_path):
    result = cli(str(SD_REF), "aten.randint.low_out", "--out", str(tmp_path))
    assert result.exit_code == 2
    assert "extern call" in result.output and "triton_red_fused__softmax" in result.output


def test_an_unknown_kernel_lists_the_kernels(tmp_path):
    result = cli(str(LN_REF), "triton_nope", "--out", str(tmp_path))
    assert result.exit_code == 2 and LN_TRITON in result.output


def test_a_capture_without_the_kernels_source_names_it(tmp_path):
    run = tmp_path / "run"
    shutil.copytree(LN_REF, run, ignore=shutil.ignore_patterns("*.ncu-rep", "trace", "graphs"))
    shutil.rmtree(run / "kernels")
    (run / "output_code.py").unlink()
    result = cli(str(run), LN_TRITON, "--out", str(tmp_path / "x"))
    assert result.exit_code == 2
    assert "output_code.py" in result.output and not (tmp_path / "x" / LN_TRITON).exists()


def test_kernel_or_all_is_required(tmp_path):
    assert cli(str(LN_REF), "--out", str(tmp_path)).exit_code == 2
    assert cli(str(LN_REF), LN_TRITON, "--all", "--out", str(tmp_path)).exit_code == 2
