"""Kernel anatomy, call graph and findings on the committed reference captures (H100, torch 2.11).

Expected numbers are derived from the captures' own files (output_code buffers, kernels.json,
results.json, the experiment's shape and dtype) and from each kernel's source text, never copied
from a run of this code.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.analysis import handwritten
from experiments import catalog
from inspector.analysis.anatomy import AnatomyError, analyze_source
from inspector.analysis.record_anatomy import from_record
from inspector.analysis.ptx import ptx_mix
from inspector.analysis.callgraph import build
from inspector.analysis.compare_runs import compare
from inspector.analysis.findings import findings
from inspector.analysis.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
# one reference per experiment with a handwritten kernel, in default mode (matmul_relu also has
# max-autotune ones); the model references (gpt2_block, llama_block: no handwritten kernel, one
# kernel without PTX, see test_reference_captures) are covered by test_findings_patterns and
# test_fusion_references
REFS = {p.parent.name: p for p in sorted((ROOT / "captured_kernels").glob("[a-z]*/ref-*"))
        if (p / "manifest.json").is_file() and "-default" in p.name
        and catalog.entries().get(p.parent.name, None) is not None and catalog.entries()[p.parent.name].handwritten}
ELEM = {"bf16": 2, "fp16": 2, "fp32": 4}


def manifest(name: str) -> dict:
    return json.loads((REFS[name] / "manifest.json").read_text())


def numel(name: str, dims: str = "MN") -> int:
    m = manifest(name)
    sizes = dict(zip(m["shape_names"], m["shape"]))
    n = 1
    for d in dims:
        n *= sizes[d]
    return n


def records(name: str) -> list[dict]:
    return json.loads((REFS[name] / "kernels.json").read_text())["kernels"]


def test_reference_captures_present():
    assert {"layernorm_gelu", "softmax_dropout", "rmsnorm", "silu", "silu_sigmoid", "swiglu", "matmul_relu"} <= set(REFS)


@pytest.mark.parametrize("name", sorted(REFS))
def test_anatomy_matches_inductor_metadata(name):
    """Loads/stores/reductions counted from the source agree with Inductor's own counts."""
    for record in records(name):
        a = from_record(REFS[name], record)
        meta = record["inductor_meta"]
        loads = sum(p.loads for p in a.pointers.values())
        stores = sum(p.stores for p in a.pointers.values())
        atomics = len(re.findall(r"tl\.atomic_\w+\(", a.source))  # scatter_add's tl.atomic_add writes too
        assert loads == a.source.count("tl.load(") and stores == a.source.count("tl.store(") + atomics
        assert a.atomics == atomics
        # Inductor's counts are lower bounds: num_load leaves out the scalar seed load that feeds
        # tl.rand and (torch 2.11) a gather's indirect load; num_store leaves out the stores of a
        # mix-order reduction (a row loop that also sums columns into a workspace, ws_ptr)
        assert meta["num_load"] <= loads and meta["num_store"] <= stores
        if "ws_ptr" not in a.source:
            assert stores == meta["num_store"]
        # welford_reduce + welford (layernorm) is one reduction to Inductor, two calls in the source
        assert (len(a.reductions) > 0) == (meta["num_reduction"] > 0)
        assert set(a.pointers) == {p for p, t in record["triton_meta"]["signature"].items() if t.startswith("*")}
        assert a.n_regs == record["n_regs"] and a.n_spills == record["n_spills"]
        assert a.ptx is not None and a.ptx.instructions > 0
        assert sum(a.ptx.global_stores.values()) >= 1


@pytest.mark.parametrize("name", sorted(REFS))
def test_passes_follow_the_loops(name):
    """A reduction kernel's input is read once per loop that loads it; pointwise kernels read once."""
    for record in records(name):
        a = from_record(REFS[name], record)
        # reduction loops (for r0_offset in ...) and mix-order row loops (for _ in tl.range(...))
        loops = len(re.findall(r"^\s+for \w+ in ", a.source, re.M))
        assert a.loops == loops
        for p, use in a.pointers.items():
            assert 1 <= max(use.load_passes, use.store_passes) <= max(loops, 1)
            if record["kind"] == "pointwise":
                assert use.load_passes <= 1


def test_ptx_mix_counts_vector_widths():
    ptx = "\tld.global.L1::evict_last.v4.b32 { %r1, %r2, %r3, %r4 }, [ %rd1 + 0 ];\n\t@%p1 st.global.v2.b32 [ %rd2 + 0 ], { %r5, %r6 };\n\tex2.approx.ftz.f32 %f1, %f2;\n"
    mix = ptx_mix(ptx)
    assert mix.global_loads == {128: 1} and mix.global_stores == {64: 1} and mix.special == {"ex2": 1}
    assert mix.instructions == 3


def test_ptx_mix_counts_atomics_as_stores():
    """scatter_add's atomics write memory; their qualifiers come before or after .global."""
    ptx = ("\t@%p1 atom.global.gpu.relaxed.add.f32 %r1, [ %rd1 + 0 ], %r2;\n"
           "\tred.relaxed.gpu.global.add.v2.f32 [ %rd2 + 0 ], { %r3, %r4 };\n\tld.global.b32 %r5, [ %rd3 + 0 ];\n")
    mix = ptx_mix(ptx)
    assert mix.global_stores == {32: 1, 64: 1} and mix.global_loads == {32: 1} and mix.instructions == 3


def test_anatomy_counts_an_atomic_as_a_store():
    src = ("@triton.jit\ndef k(in_ptr0, out_ptr0, XBLOCK: tl.constexpr):\n    x = tl.arange(0, XBLOCK)\n"
           "    v = tl.load(in_ptr0 + x)\n    tl.atomic_add(out_ptr0 + v, 1.0, None, sem='relaxed')\n")
    a = analyze_source(src)
    assert a.pointers["out_ptr0"].stores == 1 and a.atomics == 1 and a.pointers["in_ptr0"].loads == 1


def test_callgraph_bytes_and_intermediates():
    m = manifest("softmax_dropout")
    mn, e = numel("softmax_dropout"), ELEM[m["dtype"]]
    g = build(REFS["softmax_dropout"])
    results = json.loads((REFS["softmax_dropout"] / "results.json").read_text())
    assert g.ideal_bytes == results["bytes_moved"] == 2 * mn * e
    big = [i for i in g.intermediates if i.bytes >= 1 << 20]
    assert len(big) == 1 and big[0].within_kernel and big[0].bytes == mn * 4  # the fp32 random tensor
    # x read twice, random tensor written + read, y written once; + the 8-byte seed written and read
    assert g.bytes_per_call == 2 * mn * e + 2 * mn * 4 + mn * e + 2 * 8
    assert [l.kind for l in g.launches] == [l["kind"] for l in json.loads((REFS["softmax_dropout"] / "kernels.json").read_text())["launches"]]

    g = build(REFS["matmul_relu"])
    mn = numel("matmul_relu")
    inter = [i for i in g.intermediates if not i.within_kernel]
    assert len(inter) == 1 and inter[0].written_by == "extern_kernels.mm" and inter[0].bytes == mn * 2 and inter[0].returned
    assert g.bytes_per_call - g.ideal_bytes == 2 * mn * 2
    assert g.externs and g.externs[0].measured_us


@pytest.mark.parametrize("name", ["silu", "silu_sigmoid", "swiglu"])
def test_pointwise_calls_move_ideal_bytes(name):
    g = build(REFS[name])
    assert g.bytes_per_call == g.ideal_bytes
    assert not g.intermediates
    assert g.device_launches == 1


def test_handwritten_parse_and_constexpr_pruning():
    hw = handwritten.load("softmax_dropout")
    a = hw.anatomy()
    assert a.constexprs["RNG"] == 2  # launch_config's default, not overridden on the launcher's path
    assert "philox" in a.rng and "rand" not in a.rng  # the RNG == 1 branch is pruned
    assert {p: u.load_passes for p, u in a.pointers.items() if u.loads} == {"x_ptr": 1}
    layer = handwritten.load("layernorm_gelu").anatomy()
    assert layer.constexprs["PREFETCH"] is True
    assert layer.pointers["x_ptr"].loads == 2 and layer.pointers["x_ptr"].load_passes == 1  # prologue + loop
    mm = handwritten.load("matmul_relu")
    assert mm.primary == "_matmul_relu_tma_kernel" and "_grouped_tile" in mm.helpers
    assert mm.anatomy().dots == 1
    with pytest.raises(handwritten.HandwrittenError):
        handwritten.load("silu", "handwritten.not_there:fn")


_SMALL_THEN_HELPER_MATMUL = """
import triton
import triton.language as tl


@triton.jit
def _k_loop(a, b):
    return tl.dot(a, b)


@triton.jit
def _shifts(x_ptr):
    tl.store(x_ptr, tl.load(x_ptr) + 1)


@triton.jit
def _matmul(a_ptr, b_ptr, c_ptr):
    tl.store(c_ptr, _k_loop(tl.load(a_ptr), tl.load(b_ptr)))


def run(a, b, c):
    _shifts[(1,)](a)
    _matmul[(1,)](a, b, c)
"""


def test_primary_is_the_matmul_kernel_even_when_its_dot_sits_in_a_helper(tmp_path):
    """A small kernel launched first, then a matmul kernel whose tl.dot is in a @triton.jit helper
    (as the pointer kernels' shared masked_k_loop): the matmul kernel is the primary one."""
    path = tmp_path / "small_then_matmul.py"
    hw = handwritten.parse(_SMALL_THEN_HELPER_MATMUL, path, "x", "small_then_matmul:run")
    assert [s.kernel for s in hw.launches] == ["_shifts", "_matmul"]
    assert hw.primary == "_matmul"
    no_dot = _SMALL_THEN_HELPER_MATMUL.replace("return tl.dot(a, b)", "return a + b")
    assert handwritten.parse(no_dot, path, "x", "small_then_matmul:run").primary == "_shifts"  # first launched


def test_a_sibling_files_launcher_on_the_path_is_a_handoff(tmp_path):
    """A launcher that may hand the call to another kernel file's launcher (chosen at run time by
    device and dtype): listed, not analysed; the file's own kernels stay primary.
    A sibling's other functions (its checks) and modules that are not kernel files are not handoffs."""
    (tmp_path / "fast.py").write_text("def fast(a, b, c):\n    pass\n\ndef why_not(a):\n    return None\n")
    path = tmp_path / "small_then_matmul.py"
    source = "from {pkg} import fast as _fast\nfrom {pkg} import missing\n".format(pkg=tmp_path.name)
    source += _SMALL_THEN_HELPER_MATMUL.replace("def run(a, b, c):\n", """def run(a, b, c):
    if _fast.why_not(a) is None and missing.missing(a):
        return _fast.fast(a, b, c)
""")
    hw = handwritten.parse(source, path, "x", "small_then_matmul:run")
    assert hw.handoffs == {f"{tmp_path.name}.fast:fast": "_fast.why_not(a) is None and missing.missing(a)"}
    assert hw.primary == "_matmul"
    assert handwritten.load("matmul_relu").handoffs == {}


def test_a_handoffs_condition_is_the_if_tests_around_it(tmp_path):
    """Nested tests outermost first, an else branch negated, an unconditional call none."""
    (tmp_path / "fast.py").write_text("def fast(a):\n    pass\n")
    head = "from {pkg} import fast as _fast\n\n".format(pkg=tmp_path.name)
    bodies = {
        "    if a.is_cuda:\n        if a.dtype == 'x':\n            return 1\n        else:\n"
        "            return _fast.fast(a)\n": "a.is_cuda and not (a.dtype == 'x')",
        "    return _fast.fast(a)\n": "",
    }
    for body, when in bodies.items():
        source = head + _SMALL_THEN_HELPER_MATMUL.replace("def run(a, b, c):\n", "def run(a, b, c):\n" + body)
        hw = handwritten.parse(source, tmp_path / "k.py", "x", "k:run")
        assert hw.handoffs == {f"{tmp_path.name}.fast:fast": when}


def test_primary_skips_one_program_launches_before_the_row_kernel(tmp_path):
    """No matmul: a one-program launch first (a count, as cross_entropy's labels), then a kernel
    over many programs. The wide one is primary; with only one-program launches, the first."""
    path = tmp_path / "count_then_rows.py"
    no_dot = _SMALL_THEN_HELPER_MATMUL.replace("return tl.dot(a, b)", "return a + b")
    wide = no_dot.replace("_matmul[(1,)](a, b, c)", "_matmul[(a.shape[0],)](a, b, c)")
    hw = handwritten.parse(wide, path, "x", "count_then_rows:run")
    assert [(s.kernel, s.one_program) for s in hw.launches] == [("_shifts", True), ("_matmul", False)]
    assert hw.primary == "_matmul"
    ce = handwritten.load("cross_entropy")
    assert ce.primary == "_ce_fwd_bwd_kernel"  # not _count_kernel, launched first
    # its rows go through _parts.row_cross_entropy, which calls its neighbour row_max_logsum:
    # both passes over the logits, and the first pass's reductions, count toward the kernel
    a = ce.anatomy()
    assert a.pointers["x_ptr"].load_passes == 2 and a.loops == 2
    assert {"max", "sum"} <= set(a.reductions) and a.kind == "reduction"


def test_analyze_source_errors_are_clear():
    with pytest.raises(AnatomyError):
        analyze_source("def broken(:\n")
    with pytest.raises(AnatomyError):
        analyze_source("def plain(x):\n    return x\n")


@pytest.mark.parametrize("name", sorted(REFS))
def test_findings_per_experiment(name):
    g = build(REFS[name])
    hand = handwritten.load(name).anatomy()
    found = findings(g, hand)
    rules = {f.rule for f in found}
    two_pass = any(u.load_passes > 1 for a in g.anatomies.values() for u in a.pointers.values())
    assert ("passes" in rules) == two_pass
    assert ("intermediate" in rules) == any(i.bytes >= 1 << 20 for i in g.intermediates)
    assert ("bytes" in rules) == (g.bytes_per_call > g.ideal_bytes * 1.05)
    assert ("launches" in rules) == (g.device_launches > 1)
    for f in found:
        if f.rule in ("passes", "intermediate", "bytes"):
            assert re.search(r"\d+(\.\d+)? (MiB|GiB)", f.text), f.text
    if two_pass:
        text = next(f.text for f in found if f.rule == "passes")
        assert re.search(r" [2-9]x, in [2-9] separate loops", text), text  # LayerNorm forward: 3 loops
        if {"M", "N"} <= set(manifest(name)["shape_names"]):  # row ops: the input is the M x N tensor
            assert f"{numel(name) * ELEM[manifest(name)['dtype']] >> 20} MiB" in text


def test_a_gathered_index_is_data_not_an_address():
    """x[idx[i]]: idx_ptr is read once (for the index) and x_ptr once; the loaded index does not
    make the second load a read of idx_ptr too (cross-entropy's label gather)."""
    a = analyze_source(
        "@triton.jit\ndef k(idx_ptr, x_ptr, out_ptr, N: tl.constexpr):\n"
        "    i = tl.arange(0, N)\n"
        "    idx = tl.load(idx_ptr + i)\n"
        "    shifted = idx + 1\n"
        "    v = tl.load(x_ptr + shifted * N + i)\n"
        "    tl.store(out_ptr + i, v + idx)\n")
    assert {p: (u.loads, u.stores) for p, u in a.pointers.items()} == {
        "idx_ptr": (1, 0), "x_ptr": (1, 0), "out_ptr": (0, 1)}


def test_normalize_renumbers_and_drops_boilerplate():
    rec = records("rmsnorm")[0]
    out = normalize((REFS["rmsnorm"] / rec["file"]).read_text(), rec["name"])
    assert out.startswith("def kernel(")
    assert "tmp" not in out and "eviction_policy" not in out and "rnumel" not in out and "@triton" not in out
    assert re.search(r"\bt0\b", out)
    hw = handwritten.load("rmsnorm")
    clean = normalize(hw.anatomy().source, hw.primary)
    assert "#" not in clean and '"""' not in clean


def test_compare_same_run_and_failed_input(tmp_path):
    run = REFS["silu"]
    c = compare(run, run)
    assert all(k.status == "same" for k in c.kernels) and not c.settings
    assert c.compile_s[0] == c.compile_s[1]


def test_offline_ptx_of_a_handwritten_kernel():
    """Optional path: Triton compiles the handwritten SiLU kernel for sm_90 without a GPU."""
    probe = subprocess.run([sys.executable, "-c", "import triton.backends.nvidia.compiler"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("this triton has no NVIDIA backend")
    from inspector.analysis.offline_ptx import compile_ptx

    hw = handwritten.load("silu")
    mix, note = compile_ptx(hw, hw.primary, manifest("silu")["dtype"], manifest("silu")["shape"])
    if mix is None:
        pytest.skip(f"triton cannot compile offline here: {note}")
    assert mix.max_load_bits == 128 and mix.max_store_bits == 128  # 16-byte accesses with 16-divisible hints
    assert mix.special.get("ex2", 0) >= 1
