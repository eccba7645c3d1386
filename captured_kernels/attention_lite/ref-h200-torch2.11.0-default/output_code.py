# AOT ID: ['0_inference']
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


# kernel path: /tmp/t/captures/.cache/attention_lite/inductor/ce/ccelajp5bb6jfdiy6mlf6jqvhnrncch6nmlgoqodngs6ibwh53x3.py
# Topologically Sorted Source Nodes: [future, ones, scores_1, matmul, scores, probs, ], Original ATen: [aten.triu, aten.ones, aten.masked_fill, aten.view, aten.mul, aten._softmax, prims.prepare_softmax_online, aten.sub, aten.exp]
# Source node to ATen node mapping:
#    => exp_default, prepare_softmax_online_default, sub_tensor
#   future => ge, iota, iota_1, logical_and, sub, unsqueeze, unsqueeze_1
#   matmul => view_2
#   ones => full_default
#   probs => convert_element_type_2, convert_element_type_3, div
#   scores => mul
#   scores_1 => full_default_1, where
# Graph fragment:
#   %bmm : Tensor "bf16[64, 4096, 4096][16777216, 4096, 1]cuda:0" = PlaceHolder[target=bmm]
#   %getitem : Tensor "f32[4, 16, 4096, 1][65536, 4096, 1, 262144]cuda:0" = PlaceHolder[target=getitem]
#   %getitem_1 : Tensor "f32[4, 16, 4096, 1][65536, 4096, 1, 262144]cuda:0" = PlaceHolder[target=getitem_1]
#   %iota : Tensor "i64[4096][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.iota.default](args = (4096,), kwargs = {start: 0, step: 1, dtype: torch.int64, device: cuda:0, requires_grad: False})
#   %unsqueeze : Tensor "i64[1, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%iota, -2), kwargs = {})
#   %iota_1 : Tensor "i64[4096][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.iota.default](args = (4096,), kwargs = {start: 0, step: 1, dtype: torch.int64, device: cuda:0, requires_grad: False})
#   %unsqueeze_1 : Tensor "i64[4096, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%iota_1, -1), kwargs = {})
#   %sub : Tensor "i64[4096, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%unsqueeze, %unsqueeze_1), kwargs = {})
#   %ge : Tensor "b8[4096, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.ge.Scalar](args = (%sub, 1), kwargs = {})
#   %full_default : Tensor "b8[4096, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([4096, 4096], True), kwargs = {dtype: torch.bool, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %logical_and : Tensor "b8[4096, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.logical_and.default](args = (%ge, %full_default), kwargs = {})
#   %full_default_1 : Tensor "bf16[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], -inf), kwargs = {dtype: torch.bfloat16, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %view_2 : Tensor "bf16[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%bmm, [4, 16, 4096, 4096]), kwargs = {})
#   %mul : Tensor "bf16[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%view_2, 0.125), kwargs = {})
#   %where : Tensor "bf16[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%logical_and, %full_default_1, %mul), kwargs = {})
#   %convert_element_type_2 : Tensor "f32[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%where, torch.float32), kwargs = {})
#   %prepare_softmax_online_default : [num_users=2] = call_function[target=torch.ops.prims.prepare_softmax_online.default](args = (%convert_element_type_2, -1), kwargs = {})
#   %sub_tensor : Tensor "f32[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%convert_element_type_2, %getitem), kwargs = {})
#   %exp_default : Tensor "f32[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.exp.default](args = (%sub_tensor,), kwargs = {})
#   %div : Tensor "f32[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%exp_default, %getitem_1), kwargs = {})
#   %convert_element_type_3 : Tensor "bf16[4, 16, 4096, 4096][268435456, 16777216, 4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%div, torch.bfloat16), kwargs = {})
#   return %getitem,%getitem_1,%expand_2
triton_red_fused__softmax_exp_masked_fill_mul_ones_prepare_softmax_online_sub_triu_view_0 = async_compile.triton('triton_red_fused__softmax_exp_masked_fill_mul_ones_prepare_softmax_online_sub_triu_view_0', '''
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
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'R0_BLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused__softmax_exp_masked_fill_mul_ones_prepare_softmax_online_sub_triu_view_0', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 2, 'num_store': 1, 'num_reduction': 2, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'add_persistent_rblock': True, 'tiling_scores': {'x': 0, 'r0_': 6442450944}}
)
@triton.jit
def triton_red_fused__softmax_exp_masked_fill_mul_ones_prepare_softmax_online_sub_triu_view_0(in_out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
    xnumel = 262144
    r0_numel = 4096
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_base = tl.arange(0, R0_BLOCK)[None, :]
    rbase = r0_base
    x0 = (xindex % 4096)
    x3 = xindex
    _tmp12_max = tl.full([XBLOCK, R0_BLOCK], float('-inf'), tl.float32)
    _tmp12_sum = tl.zeros([XBLOCK, R0_BLOCK], tl.float32)
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_2 = r0_index
        tmp5 = tl.load(in_out_ptr0 + (r0_2 + 4096*x3), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
        tmp0 = r0_2 + ((-1)*x0)
        tmp1 = tl.full([1, 1], 1, tl.int64)
        tmp2 = tmp0 >= tmp1
        tmp3 = tl.full([1, 1], True, tl.int1)
        tmp4 = tmp2 & tmp3
        tmp6 = tl.full([1, 1], 0.125, tl.float32)
        tmp7 = tmp5 * tmp6
        tmp8 = tl.full([1, 1], float("-inf"), tl.float32)
        tmp9 = tl.where(tmp4, tmp8, tmp7)
        tmp10 = tmp9.to(tl.float32)
        tmp11 = tl.broadcast_to(tmp10, [XBLOCK, R0_BLOCK])

        _tmp12_max_next, _tmp12_sum_next = triton_helpers.online_softmax_combine(
            _tmp12_max, _tmp12_sum, tmp11, False
        )

        _tmp12_max = tl.where(r0_mask, _tmp12_max_next, _tmp12_max)
        _tmp12_sum = tl.where(r0_mask, _tmp12_sum_next, _tmp12_sum)

    tmp12, tmp13 = triton_helpers.online_softmax_reduce(
        _tmp12_max, _tmp12_sum, 1, False)
    tmp12 = tmp12[:, None]
    tmp13 = tmp13[:, None]
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_2 = r0_index
        tmp19 = tl.load(in_out_ptr0 + (r0_2 + 4096*x3), r0_mask, eviction_policy='evict_first', other=0.0).to(tl.float32)
        tmp14 = r0_2 + ((-1)*x0)
        tmp15 = tl.full([1, 1], 1, tl.int64)
        tmp16 = tmp14 >= tmp15
        tmp17 = tl.full([1, 1], True, tl.int1)
        tmp18 = tmp16 & tmp17
        tmp20 = tl.full([1, 1], 0.125, tl.float32)
        tmp21 = tmp19 * tmp20
        tmp22 = tl.full([1, 1], float("-inf"), tl.float32)
        tmp23 = tl.where(tmp18, tmp22, tmp21)
        tmp24 = tmp23.to(tl.float32)
        tmp25 = tmp24 - tmp12
        tmp26 = libdevice.exp(tmp25)
        tmp27 = (tmp26 / tmp13)
        tmp28 = tmp27.to(tl.float32)
        tl.store(in_out_ptr0 + (r0_2 + 4096*x3), tmp28, r0_mask)
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
        arg0_1, arg1_1, arg2_1 = args
        args.clear()
        assert_size_stride(arg0_1, (4, 16, 4096, 64), (4194304, 262144, 64, 1))
        assert_size_stride(arg1_1, (4, 16, 4096, 64), (4194304, 262144, 64, 1))
        assert_size_stride(arg2_1, (4, 16, 4096, 64), (4194304, 262144, 64, 1))
        with torch.cuda._DeviceGuard(0):
            torch.cuda.set_device(0)
            buf0 = empty_strided_cuda((64, 4096, 4096), (16777216, 4096, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [matmul, transpose], Original ATen: [aten.view, aten.transpose, aten.bmm]
            # [Provenance debug handles] extern_kernels.bmm:1
            extern_kernels.bmm(reinterpret_tensor(arg1_1, (64, 4096, 64), (262144, 64, 1), 0), reinterpret_tensor(arg0_1, (64, 64, 4096), (262144, 1, 64), 0), out=buf0)
            del arg0_1
            del arg1_1
            buf3 = reinterpret_tensor(buf0, (4, 16, 4096, 4096), (268435456, 16777216, 4096, 1), 0); del buf0  # reuse
            # Topologically Sorted Source Nodes: [future, ones, scores_1, matmul, scores, probs, ], Original ATen: [aten.triu, aten.ones, aten.masked_fill, aten.view, aten.mul, aten._softmax, prims.prepare_softmax_online, aten.sub, aten.exp]
            # [Provenance debug handles] triton_red_fused__softmax_exp_masked_fill_mul_ones_prepare_softmax_online_sub_triu_view_0:2
            stream0 = get_raw_stream(0)
            triton_red_fused__softmax_exp_masked_fill_mul_ones_prepare_softmax_online_sub_triu_view_0.run(buf3, 262144, 4096, stream=stream0)
            buf4 = empty_strided_cuda((64, 4096, 64), (262144, 64, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [future, ones, scores_1, matmul, scores, probs, , matmul_1], Original ATen: [aten.triu, aten.ones, aten.masked_fill, aten.view, aten.mul, aten._softmax, aten.sub, aten.exp, aten.bmm]
            # [Provenance debug handles] extern_kernels.bmm:3
            extern_kernels.bmm(reinterpret_tensor(buf3, (64, 4096, 4096), (16777216, 4096, 1), 0), reinterpret_tensor(arg2_1, (64, 4096, 64), (262144, 64, 1), 0), out=buf4)
            del arg2_1
            del buf3
        return (reinterpret_tensor(buf4, (4, 16, 4096, 64), (4194304, 262144, 64, 1), 0), )

runner = Runner(partitions=[])
call = runner.call
recursively_apply_fns = runner.recursively_apply_fns


def get_args():
    from torch._dynamo.testing import rand_strided
    arg0_1 = rand_strided((4, 16, 4096, 64), (4194304, 262144, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    arg1_1 = rand_strided((4, 16, 4096, 64), (4194304, 262144, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    arg2_1 = rand_strided((4, 16, 4096, 64), (4194304, 262144, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    return [arg0_1, arg1_1, arg2_1]


def benchmark_compiled_module(args, times=10, repeat=10):
    from torch._inductor.utils import print_performance
    fn = lambda: call(list(args))
    return print_performance(fn, times=times, repeat=repeat)


if __name__ == "__main__":
    from torch._inductor.wrapper_benchmark import compiled_module_main
    args = get_args()
    compiled_module_main('None', lambda times, repeat: benchmark_compiled_module(args, times=times, repeat=repeat))
