# AOT ID: ['0_backward']
from ctypes import c_void_p, c_long, c_int
import torch
import math
import random
import os
import tempfile
from math import inf, nan
from cmath import nanj
from torch._inductor.hooks import run_intermediate_hooks
from torch._inductor.utils import maybe_profile
from torch._inductor.codegen.memory_planning import _align as align
from torch import device, empty_strided
from torch._inductor.async_compile import AsyncCompile
from torch._inductor.select_algorithm import extern_kernels
import triton
import triton.language as tl
from torch._inductor.runtime.triton_heuristics import start_graph, end_graph
from torch._C import _cuda_getCurrentRawStream as get_raw_stream

aten = torch.ops.aten
inductor_ops = torch.ops.inductor
_quantized = torch.ops._quantized
assert_size_stride = torch._C._dynamo.guards.assert_size_stride
assert_alignment = torch._C._dynamo.guards.assert_alignment
empty_strided_cpu = torch._C._dynamo.guards._empty_strided_cpu
empty_strided_cpu_pinned = torch._C._dynamo.guards._empty_strided_cpu_pinned
empty_strided_cuda = torch._C._dynamo.guards._empty_strided_cuda
empty_strided_xpu = torch._C._dynamo.guards._empty_strided_xpu
empty_strided_mtia = torch._C._dynamo.guards._empty_strided_mtia
reinterpret_tensor = torch._C._dynamo.guards._reinterpret_tensor
alloc_from_pool = torch.ops.inductor._alloc_from_pool
async_compile = AsyncCompile()
empty_strided_p2p = torch._C._distributed_c10d._SymmetricMemory.empty_strided_p2p


# kernel path: /root/out/r4/captures/.cache/attention_lite/inductor/4e/c4eh3jd3rpboqwgf7qawkzthw54nladbdvkmeb6wkqmegwekfiwr.py
# Topologically Sorted Source Nodes: [view_8, convert_element_type_10, convert_element_type_11, mul_1, sum_2, neg, fma, convert_element_type_12, scalar_tensor_1, where_1, mul_2], Original ATen: [aten.view, aten._softmax_backward_data, aten.masked_fill, aten.mul]
# Source node to ATen node mapping:
#   convert_element_type_10 => convert_element_type_10
#   convert_element_type_11 => convert_element_type_11
#   convert_element_type_12 => convert_element_type_12
#   fma => fma
#   mul_1 => mul_1
#   mul_2 => mul_2
#   neg => neg
#   scalar_tensor_1 => full_default_2
#   sum_2 => sum_2
#   view_8 => view_8
#   where_1 => where_1
# Graph fragment:
#   %bmm_3 : Tensor "bf16[64, 4096, 4096][16777216, 4096, 1]cuda:0" = PlaceHolder[target=bmm_3]
#   %expand_2 : Tensor "bf16[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0" = PlaceHolder[target=expand_2]
#   %logical_and : Tensor "b8[4096, 4096][4096, 1]cuda:0" = PlaceHolder[target=logical_and]
#   %sum_2 : Tensor "f32[4, 16, 4096, 1][65536, 4096, 1, 262144]cuda:0" = PlaceHolder[target=sum_2]
#   %view_8 : Tensor "bf16[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%bmm_3, [4, 16, 4096, 4096]), kwargs = {})
#   %convert_element_type_10 : Tensor "f32[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_8, torch.float32), kwargs = {})
#   %convert_element_type_11 : Tensor "f32[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%convert_element_type_3, torch.float32), kwargs = {})
#   %mul_1 : Tensor "f32[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_10, %convert_element_type_11), kwargs = {})
#   %sum_2 : Tensor "f32[4, 16, 4096, 1][65536, 4096, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_1, [-1], True), kwargs = {})
#   %neg : Tensor "f32[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%convert_element_type_11,), kwargs = {})
#   %fma : Tensor "f32[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.fma.default](args = (%neg, %sum_2, %mul_1), kwargs = {})
#   %convert_element_type_12 : Tensor "bf16[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%fma, torch.bfloat16), kwargs = {})
#   %full_default_2 : Tensor "bf16[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0.0), kwargs = {dtype: torch.bfloat16, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where_1 : Tensor "bf16[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%logical_and, %full_default_2, %convert_element_type_12), kwargs = {})
#   %mul_2 : Tensor "bf16[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%where_1, 0.125), kwargs = {})
#   return %sum_2,%mul_2
triton_red_fused__softmax_backward_data_masked_fill_mul_view_0 = async_compile.triton('triton_red_fused__softmax_backward_data_masked_fill_mul_view_0', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.reduction(
    size_hints={'x': 262144, 'r0_': 4096},
    reduction_hint=ReductionHint.INNER,
    filename=__file__,
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_ptr0': '*bf16', 'in_ptr1': '*i1', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'R0_BLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused__softmax_backward_data_masked_fill_mul_view_0', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 5, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'add_persistent_rblock': True, 'tiling_scores': {'x': 0, 'r0_': 8606711808}}
)
@triton.jit
def triton_red_fused__softmax_backward_data_masked_fill_mul_view_0(in_out_ptr0, in_ptr0, in_ptr1, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
    xnumel = 262144
    r0_numel = 4096
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_base = tl.arange(0, R0_BLOCK)[None, :]
    rbase = r0_base
    x0 = xindex
    _tmp6 = tl.full([XBLOCK, R0_BLOCK], 0, tl.float32)
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_1 = r0_index
        tmp0 = tl.load(in_ptr0 + (r0_1 + 4096*x0), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
        tmp2 = tl.load(in_out_ptr0 + (r0_1 + 4096*x0), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
        tmp1 = tmp0.to(tl.float32)
        tmp3 = tmp2.to(tl.float32)
        tmp4 = tmp1 * tmp3
        tmp5 = tl.broadcast_to(tmp4, [XBLOCK, R0_BLOCK])
        tmp7 = _tmp6 + tmp5
        _tmp6 = tl.where(r0_mask, tmp7, _tmp6)
    tmp6 = tl.sum(_tmp6, 1)[:, None]
    x2 = (xindex % 4096)
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_1 = r0_index
        tmp8 = tl.load(in_ptr1 + (r0_1 + 4096*x2), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.int1)
        tmp9 = tl.load(in_out_ptr0 + (r0_1 + 4096*x0), r0_mask, eviction_policy='evict_first', other=0.0).to(tl.float32)
        tmp12 = tl.load(in_ptr0 + (r0_1 + 4096*x0), r0_mask, eviction_policy='evict_first', other=0.0).to(tl.float32)
        tmp10 = tmp9.to(tl.float32)
        tmp11 = -tmp10
        tmp13 = tmp12.to(tl.float32)
        tmp14 = tmp13 * tmp10
        tmp15 = tl.fma(tmp11, tmp6, tmp14)
        tmp16 = tmp15.to(tl.float32)
        tmp17 = tl.full([1, 1], 0.0, tl.float32)
        tmp18 = tl.where(tmp8, tmp17, tmp16)
        tmp19 = tl.full([1, 1], 0.125, tl.float32)
        tmp20 = tmp18 * tmp19
        tl.store(in_out_ptr0 + (r0_1 + 4096*x0), tmp20, r0_mask)
''', device_str='cuda')


async_compile.wait(globals())
del async_compile

class Runner:
    def __init__(self, partitions):
        self.partitions = partitions

    def recursively_apply_fns(self, fns):
        new_callables = []
        for fn, c in zip(fns, self.partitions):
            new_callables.append(fn(c))
        self.partitions = new_callables

    def call(self, args):
        logical_and, convert_element_type_3, permute_2, permute_3, permute_4, tangents_1 = args
        args.clear()
        assert_size_stride(logical_and, (4096, 4096), (4096, 1))
        assert_size_stride(convert_element_type_3, (4, 16, 4096, 4096), (268435456, 16777216, 4096, 1))
        assert_size_stride(permute_2, (64, 64, 4096), (262144, 1, 64))
        assert_size_stride(permute_3, (64, 64, 4096), (262144, 1, 64))
        assert_size_stride(permute_4, (64, 4096, 64), (262144, 64, 1))
        assert_size_stride(tangents_1, (4, 16, 4096, 64), (4194304, 262144, 64, 1))
        with torch.cuda._DeviceGuard(0):
            torch.cuda.set_device(0)
            buf0 = empty_strided_cuda((64, 4096, 64), (262144, 64, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_6, matmul_1, permute_1, bmm_2], Original ATen: [aten.view, aten.transpose, aten.bmm]
            # [Provenance debug handles] extern_kernels.bmm:1
            extern_kernels.bmm(reinterpret_tensor(convert_element_type_3, (64, 4096, 4096), (16777216, 1, 4096), 0), reinterpret_tensor(tangents_1, (64, 4096, 64), (262144, 64, 1), 0), out=buf0)
            buf1 = empty_strided_cuda((64, 4096, 4096), (16777216, 4096, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_6, bmm_3], Original ATen: [aten.view, aten.bmm]
            # [Provenance debug handles] extern_kernels.bmm:2
            extern_kernels.bmm(reinterpret_tensor(tangents_1, (64, 4096, 64), (262144, 64, 1), 0), permute_2, out=buf1)
            del permute_2
            del tangents_1
            buf3 = convert_element_type_3; del convert_element_type_3  # reuse
            # Topologically Sorted Source Nodes: [view_8, convert_element_type_10, convert_element_type_11, mul_1, sum_2, neg, fma, convert_element_type_12, scalar_tensor_1, where_1, mul_2], Original ATen: [aten.view, aten._softmax_backward_data, aten.masked_fill, aten.mul]
            # [Provenance debug handles] triton_red_fused__softmax_backward_data_masked_fill_mul_view_0:3
            stream0 = get_raw_stream(0)
            triton_red_fused__softmax_backward_data_masked_fill_mul_view_0.run(buf3, buf1, logical_and, 262144, 4096, stream=stream0)
            del buf1
            del logical_and
            buf4 = empty_strided_cuda((64, 64, 4096), (262144, 4096, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_8, convert_element_type_10, convert_element_type_11, mul_1, neg, fma, convert_element_type_12, scalar_tensor_1, where_1, mul_2, view_9, bmm_4], Original ATen: [aten.view, aten._softmax_backward_data, aten.masked_fill, aten.mul, aten.bmm]
            # [Provenance debug handles] extern_kernels.bmm:4
            extern_kernels.bmm(permute_3, reinterpret_tensor(buf3, (64, 4096, 4096), (16777216, 4096, 1), 0), out=buf4)
            del permute_3
            buf5 = empty_strided_cuda((64, 4096, 64), (262144, 64, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_8, convert_element_type_10, convert_element_type_11, mul_1, neg, fma, convert_element_type_12, scalar_tensor_1, where_1, mul_2, view_9, bmm_5], Original ATen: [aten.view, aten._softmax_backward_data, aten.masked_fill, aten.mul, aten.bmm]
            # [Provenance debug handles] extern_kernels.bmm:5
            extern_kernels.bmm(reinterpret_tensor(buf3, (64, 4096, 4096), (16777216, 4096, 1), 0), permute_4, out=buf5)
            del buf3
            del permute_4
        return (reinterpret_tensor(buf4, (4, 16, 4096, 64), (4194304, 262144, 1, 4096), 0), reinterpret_tensor(buf5, (4, 16, 4096, 64), (4194304, 262144, 64, 1), 0), reinterpret_tensor(buf0, (4, 16, 4096, 64), (4194304, 262144, 64, 1), 0), )

runner = Runner(partitions=[])
call = runner.call
recursively_apply_fns = runner.recursively_apply_fns


def get_args():
    from torch._dynamo.testing import rand_strided
    logical_and = rand_strided((4096, 4096), (4096, 1), device='cuda:0', dtype=torch.bool)
    convert_element_type_3 = rand_strided((4, 16, 4096, 4096), (268435456, 16777216, 4096, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_2 = rand_strided((64, 64, 4096), (262144, 1, 64), device='cuda:0', dtype=torch.bfloat16)
    permute_3 = rand_strided((64, 64, 4096), (262144, 1, 64), device='cuda:0', dtype=torch.bfloat16)
    permute_4 = rand_strided((64, 4096, 64), (262144, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    tangents_1 = rand_strided((4, 16, 4096, 64), (4194304, 262144, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    return [logical_and, convert_element_type_3, permute_2, permute_3, permute_4, tangents_1]


def benchmark_compiled_module(args, times=10, repeat=10):
    from torch._inductor.utils import print_performance
    fn = lambda: call(list(args))
    return print_performance(fn, times=times, repeat=repeat)


if __name__ == "__main__":
    from torch._inductor.wrapper_benchmark import compiled_module_main
    args = get_args()
    compiled_module_main('None', lambda times, repeat: benchmark_compiled_module(args, times=times, repeat=repeat))
