"""Parsing Inductor's generated wrapper: kernels, their metadata, launches and buffers."""

from pathlib import Path

from inspector.core import outputcode
from inspector.core.kernel_defs import literal
from inspector.capture.collect import launch_bytes
from inspector.core.trace import parse_file

TRACES = Path(__file__).parent / "fixtures" / "traces"


def wrapper(name: str, index: int = 0) -> str:
    codes = [e.payload for e in parse_file(TRACES / name).of_kind("inductor_output_code")]
    return codes[index]


def test_triton_reduction_kernel_and_its_metadata():
    code = outputcode.parse(wrapper("h100-torch2.11-layernorm_gelu.log.gz"))
    assert code.parse_error is None and code.graph_label == "0_inference"
    (kernel,) = code.kernels
    assert kernel.backend == "triton" and kernel.name.startswith("triton_")
    assert kernel.kind in ("reduction", "persistent reduction")
    assert set(kernel.aten_ops) >= {"aten.native_layer_norm", "aten.gelu"}
    assert kernel.source_nodes and kernel.node_to_aten
    assert "@triton.jit" in kernel.source and f"def {kernel.name}(" in kernel.source
    signature = kernel.triton_meta["signature"]
    assert any(v == "*bf16" for v in signature.values())
    assert kernel.triton_meta["device"]["__type__"] == "DeviceProperties"
    assert kernel.triton_meta["device"]["cc"] == 90
    assert kernel.inductor_meta["kernel_name"] == kernel.name
    assert kernel.inductor_meta["num_load"] >= 3
    assert kernel.size_hints


def test_launch_sequence_and_bytes_of_a_fused_kernel():
    code = outputcode.parse(wrapper("h100-torch2.11-layernorm_gelu.log.gz"))
    (launch,) = code.launches
    assert launch.kind == "triton"
    # x in and y out (8192x4096 bf16 = 64 MiB each) plus weight and bias (4096 bf16 each)
    assert launch_bytes(launch, code.buffers) == 2 * 8192 * 4096 * 2 + 2 * 4096 * 2


def test_extern_mm_then_relu():
    code = outputcode.parse(wrapper("h100-torch2.11-matmul_relu.log.gz"))
    kinds = [(l.kind, l.target) for l in code.launches]
    assert kinds[0] == ("extern", "extern_kernels.mm")
    assert kinds[1][0] == "triton" and "relu" in kinds[1][1]
    mm = code.launches[0]
    assert launch_bytes(mm, code.buffers) == 3 * 4096 * 4096 * 2


def test_cpp_kernel_on_cpu():
    code = outputcode.parse(wrapper("cpu-torch2.13-layernorm_gelu.log.gz"))
    (kernel,) = code.kernels
    assert kernel.backend == "cpp" and kernel.name.startswith("cpp_fused_")
    assert kernel.kind == "cpp reduction"
    assert 'extern "C"' in kernel.source
    assert [l.target for l in code.launches] == [kernel.name]


def test_forward_and_backward_wrappers():
    trace = TRACES / "cpu-torch2.13-rmsnorm-backward.log.gz"
    labels = [outputcode.parse(e.payload).graph_label for e in parse_file(trace).of_kind("inductor_output_code")]
    assert labels == ["0_forward", "0_backward"]


def test_broken_or_unknown_source_does_not_raise():
    broken = outputcode.parse("# AOT ID: ['7_inference']\ndef call(args:\n")
    assert broken.parse_error and broken.graph_label == "7_inference" and broken.kernels == []
    novel = outputcode.parse(
        "x = async_compile.something_new('k', '''src''')\n"
        "class Runner:\n    def call(self, args):\n        buf0 = new_allocator((4, 4), dtype=torch.float32)\n        x.go(buf0)\n"
    )
    assert novel.parse_error is None
    assert [k.backend for k in novel.kernels] == ["something_new"]


def test_literal_turns_objects_into_json():
    import ast

    node = ast.parse("{'a': DeviceProperties(type='cuda', cc=90), 'b': set(), (0,): [['tt.divisibility', 16]], 'c': -1, 'd': ReductionHint.INNER}", mode="eval").body
    value = literal(node)
    assert value == {"a": {"__type__": "DeviceProperties", "type": "cuda", "cc": 90}, "b": [], "(0,)": [["tt.divisibility", 16]], "c": -1, "d": "ReductionHint.INNER"}


def test_graph_partitions_of_a_cuda_graph_wrapper_hold_the_launches():
    """torch 2.11 under max-autotune (CUDA graphs): `call` is Runner.call, which runs
    self.partitions[0]; the template launch sits in the module-level partition_0."""
    ref = Path(__file__).parents[1] / "captured_kernels" / "matmul_relu" / "ref-h200-torch2.11.0-max-autotune"
    code = outputcode.parse((ref / "output_code.py").read_text())
    assert [(l.target, l.kind) for l in code.launches] == [("triton_tem_fused_mm_relu_0", "triton")]
    plain = "def call(args):\n    buf0 = empty_strided_cuda((4,), (1,), torch.float32)\n    extern_kernels.mm(a, b, out=buf0)\n"
    assert [l.target for l in outputcode.parse(plain).launches] == ["extern_kernels.mm"]  # no partitions: as before


def test_graph_names_tell_graphs_apart():
    assert outputcode.graph_name("0_inference") == "0 inference"
    assert outputcode.graph_name("1_inference", dynamic=True) == "1 inference (dynamic)"
    assert outputcode.graph_name("0_backward") == "0 backward"
    assert outputcode.graph_name(None) == "-" and outputcode.graph_name("0/1") == "0/1"  # no AOT label: as it is


def test_a_wrapper_with_symbolic_sizes_is_dynamic():
    static = outputcode.parse(wrapper("cpu-torch2.13-layernorm_gelu.log.gz"))
    assert not static.dynamic
    dynamic = outputcode.OutputCode("1_inference", [], [], {"buf0": outputcode.Buffer("buf0", ["s77", 48], "torch.float32")})
    assert dynamic.dynamic


def test_the_compile_metrics_name_each_graph_by_its_wrapper():
    from inspector.capture.collect import label_graphs
    from inspector.capture.metrics import compile_metrics_record

    trace = parse_file(TRACES / "cpu-torch2.13-rmsnorm-backward.log.gz")
    metrics = compile_metrics_record(trace)
    label_graphs(metrics, trace, set())
    graphs = [g for f in metrics.frames for g in f.graphs]
    assert [(g.graph, g.label, g.dynamic) for g in graphs] == [("forward", "0_forward", False), ("backward", "0_backward", False)]
    inference = parse_file(TRACES / "cpu-torch2.13-layernorm_gelu.log.gz")
    metrics = compile_metrics_record(inference)
    label_graphs(metrics, inference, set())
    assert [g.graph for f in metrics.frames for g in f.graphs] == ["inference"]  # is_backward False alone said "forward"


def test_the_outputs_are_what_call_returns_and_one_source_is_parsed_once():
    source = ("def call(args):\n    buf0 = empty_strided_cuda((4,), (1,), torch.float32)\n"
              "    buf1 = empty_strided_cuda((4,), (1,), torch.float32)\n    if args:\n"
              "        return (buf0, reinterpret_tensor(buf1, (2,), (1,), 0))\n    return (buf0, )\n")
    code = outputcode.parse(source)
    assert code.returned == {"buf0", "buf1", "reinterpret_tensor"}  # every name of the returned values
    assert outputcode.parse(source) is code  # a run's summary reads each wrapper from several places
