"""C++ kernels (a CPU capture): their anatomy and the bytes each launch reads and writes.

A CPU user's `inspect diff` showed cpp_fused_gelu_native_layer_norm_0 reading 2.0 MiB and writing
0 B (every tensor counted once, as read) and no anatomy for the generated side."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from inspector.analysis.record_anatomy import from_record
from inspector.analysis.callgraph import build
from inspector.analysis.cpp_anatomy import CppAnatomyError, parse_cpp
from inspector.cli import main
from inspector.core import outputcode
from inspector.core.kernel_defs import KernelDef
from inspector.core.trace import parse_file
from inspector.report.diff_view import build_diff

TRACES = Path(__file__).parent / "fixtures" / "traces"
MiB = 1 << 20


def _cpp_kernel(trace: str) -> KernelDef:
    (payload, *_) = [e.payload for e in parse_file(TRACES / trace).of_kind("inductor_output_code")]
    (kernel,) = [k for k in outputcode.parse(payload).kernels if k.backend == "cpp"]
    return kernel


def test_the_layernorm_gelu_kernel_of_the_cpu_trace():
    kernel = parse_cpp(_cpp_kernel("cpu-torch2.13-layernorm_gelu.log.gz").source)
    pointers = kernel.pointers
    # x (in_ptr0) is read in three loops (mean, variance, output), weight and bias once; the output is written once
    assert len(pointers["in_ptr0"].load_passes) == 3 and not pointers["in_ptr0"].stores
    assert len(pointers["in_ptr1"].load_passes) == len(pointers["in_ptr2"].load_passes) == 1
    written = [p for p, use in pointers.items() if use.stores and not use.loads]
    assert written == ["in_out_ptr1"]  # the 256x1024 output: stored, never loaded
    assert kernel.reductions == {"sum": 2} and kernel.vector_lanes and kernel.vector_lanes > 1
    assert kernel.math.get("erf") == 1 and kernel.parallel_loops >= 2 and kernel.loops >= 4


def test_a_source_without_the_kernel_signature_is_refused():
    with pytest.raises(CppAnatomyError):
        parse_cpp("int main() { return 0; }")


@pytest.mark.slow
def test_a_fresh_cpu_capture_has_cpp_anatomy_and_directed_bytes(tmp_path, inductor_cache_dir):
    result = CliRunner().invoke(main, ["run", "layernorm_gelu", "--device", "cpu", "--out", str(tmp_path),
                                       "--cache-dir", inductor_cache_dir, "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (run,) = [p for p in (tmp_path / "layernorm_gelu").iterdir() if p.is_dir() and not p.name.startswith(".")]
    graph = build(run)
    (launch,) = graph.launches
    assert launch.kind == "cpp" and launch.exact and launch.target in graph.anatomies
    out_bytes = 256 * 1024 * 4
    # the output once, plus the two 256-float row statistics; x (1 MiB) in three passes, weight and bias
    assert out_bytes <= launch.write_bytes < out_bytes + 4096
    assert 3 * MiB <= launch.read_bytes < 3 * MiB + 16384
    anatomy = from_record(run, {"name": launch.target, "backend": "cpp", "file": f"kernels/{launch.target}.cpp"})
    assert anatomy.pointers["in_ptr0"].load_passes == 3 and anatomy.pointers["in_out_ptr1"].role == "write"
    view = build_diff(run, tmp_path, offline_ptx=False, sources=False)
    assert view.columns[0] == launch.target and len(view.columns) == 2  # both sides now
    assert not any("could not read" in n for n in view.notes)
