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


# kernel path: /root/out/r4/captures/.cache/rmsnorm_backward/inductor/lr/clr732pfjrobobltvufwzrf2ikqjuvftd6ldfwo5dsfsrra4wojd.py
# Topologically Sorted Source Nodes: [expand, xf, mul, to_1, mul_1, to_2, mul_3, mul_4, convert_element_type_3, mul_5, mul_6, sum_2, mul_7, mul_8, sum_3, pow_2, mul_9, mul_10, expand_1, div, pow_3, mul_11, mul_12, add_1, convert_element_type_5], Original ATen: [aten.expand, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.div, aten.add]
# Source node to ATen node mapping:
#   add_1 => add_1
#   convert_element_type_3 => convert_element_type_3
#   convert_element_type_5 => convert_element_type_5
#   div => div
#   expand => expand
#   expand_1 => expand_1
#   mul => mul
#   mul_1 => mul_1
#   mul_10 => mul_10
#   mul_11 => mul_11
#   mul_12 => mul_12
#   mul_3 => mul_3
#   mul_4 => mul_4
#   mul_5 => mul_5
#   mul_6 => mul_6
#   mul_7 => mul_7
#   mul_8 => mul_8
#   mul_9 => mul_9
#   pow_2 => pow_2
#   pow_3 => pow_3
#   sum_2 => sum_2
#   sum_3 => sum_3
#   to_1 => convert_element_type_1
#   to_2 => convert_element_type_2
#   xf => convert_element_type
# Graph fragment:
#   %tangents_1 : Tensor "bf16[][]cuda:0" = PlaceHolder[target=tangents_1]
#   %primals_3 : Tensor "bf16[8192, 4096][4096, 1]cuda:0" = PlaceHolder[target=primals_3]
#   %primals_2 : Tensor "bf16[4096][1]cuda:0" = PlaceHolder[target=primals_2]
#   %primals_1 : Tensor "bf16[8192, 4096][4096, 1]cuda:0" = PlaceHolder[target=primals_1]
#   %rsqrt : Tensor "f32[8192, 1][1, 1]cuda:0" = PlaceHolder[target=rsqrt]
#   %sum_3 : Tensor "f32[8192, 1][1, 8192]cuda:0" = PlaceHolder[target=sum_3]
#   %expand : Tensor "bf16[8192, 4096][0, 0]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.expand.default](args = (%tangents_1, [8192, 4096]), kwargs = {})
#   %convert_element_type : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%primals_1, torch.float32), kwargs = {})
#   %mul : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type, %rsqrt), kwargs = {})
#   %convert_element_type_1 : Tensor "f32[4096][1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%primals_2, torch.float32), kwargs = {})
#   %mul_1 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul, %convert_element_type_1), kwargs = {})
#   %convert_element_type_2 : Tensor "bf16[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_1, torch.bfloat16), kwargs = {})
#   %mul_3 : Tensor "bf16[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%expand, %convert_element_type_2), kwargs = {})
#   %mul_4 : Tensor "bf16[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%expand, %primals_3), kwargs = {})
#   %convert_element_type_3 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_4, torch.float32), kwargs = {})
#   %mul_5 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_3, %mul), kwargs = {})
#   %mul_6 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_3, %convert_element_type_1), kwargs = {})
#   %sum_2 : Tensor "f32[1, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_5, [0], True), kwargs = {})
#   %mul_7 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_6, %convert_element_type), kwargs = {})
#   %mul_8 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_6, %rsqrt), kwargs = {})
#   %sum_3 : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_7, [1], True), kwargs = {})
#   %pow_2 : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%rsqrt, 3), kwargs = {})
#   %mul_9 : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Scalar](args = (%sum_3, -0.5), kwargs = {})
#   %mul_10 : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_9, %pow_2), kwargs = {})
#   %expand_1 : Tensor "f32[8192, 4096][1, 0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%mul_10, [8192, 4096]), kwargs = {})
#   %div : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Scalar](args = (%expand_1, 4096), kwargs = {})
#   %pow_3 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%convert_element_type, 1.0), kwargs = {})
#   %mul_11 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Scalar](args = (%pow_3, 2.0), kwargs = {})
#   %mul_12 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%div, %mul_11), kwargs = {})
#   %add_1 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_8, %mul_12), kwargs = {})
#   %convert_element_type_5 : Tensor "bf16[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_1, torch.bfloat16), kwargs = {})
#   return %sum_3,%mul_3,%convert_element_type_5
triton_per_fused__to_copy_add_div_expand_mul_pow_sum_0 = async_compile.triton('triton_per_fused__to_copy_add_div_expand_mul_pow_sum_0', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.persistent_reduction(
    size_hints={'x': 8192, 'r0_': 4096},
    reduction_hint=ReductionHint.INNER,
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'in_ptr3': '*bf16', 'in_ptr4': '*fp32', 'out_ptr1': '*bf16', 'out_ptr2': '*bf16', 'ws_ptr': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'RSPLIT_SIZE': 'constexpr', 'NUM_STAGES': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]], (8,): [['tt.divisibility', 16]], (9,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'MixOrderReductionGrid', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused__to_copy_add_div_expand_mul_pow_sum_0', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 5, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'RSPLIT_SIZE': 16}
)
@triton.jit
def triton_per_fused__to_copy_add_div_expand_mul_pow_sum_0(in_ptr0, in_ptr1, in_ptr2, in_ptr3, in_ptr4, out_ptr1, out_ptr2, ws_ptr, xnumel, r0_numel, XBLOCK : tl.constexpr, RSPLIT_SIZE : tl.constexpr, NUM_STAGES : tl.constexpr):
    xnumel = 8192
    r0_numel = 4096
    R0_BLOCK: tl.constexpr = 4096
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * RSPLIT_SIZE
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_index = tl.arange(0, R0_BLOCK)[None, :]
    r0_offset = 0
    r0_mask = tl.full([R0_BLOCK], True, tl.int1)[None, :]
    roffset = r0_offset
    rindex = r0_index
    r0_1 = r0_index
    accum0 = tl.full([R0_BLOCK], 0, tl.float32)[None, :]
    split_size = min(RSPLIT_SIZE, xnumel - xoffset)
    for _ in tl.range(0, split_size, XBLOCK, num_stages=NUM_STAGES):
        x0 = xindex
        xindex += XBLOCK
        tmp0 = tl.load(in_ptr0 + (0)).to(tl.float32)
        tmp1 = tl.broadcast_to(tmp0, [1, 1])
        tmp2 = tl.load(in_ptr1 + (r0_1 + 4096*x0), None).to(tl.float32)
        tmp5 = tl.load(in_ptr2 + (r0_1), None, eviction_policy='evict_last').to(tl.float32)
        tmp8 = tl.load(in_ptr3 + (r0_1 + 4096*x0), None).to(tl.float32)
        tmp14 = tl.load(in_ptr4 + (x0), None, eviction_policy='evict_last')
        tmp3 = tmp1 * tmp2
        tmp4 = tmp3.to(tl.float32)
        tmp6 = tmp5.to(tl.float32)
        tmp7 = tmp4 * tmp6
        tmp9 = tmp8.to(tl.float32)
        tmp10 = tmp7 * tmp9
        tmp11 = tl.broadcast_to(tmp10, [XBLOCK, R0_BLOCK])
        tmp13 = tl.sum(tmp11, 1)[:, None].to(tl.float32)
        tmp15 = tmp9 * tmp14
        tmp16 = tmp15 * tmp6
        tmp17 = tmp16.to(tl.float32)
        tmp18 = tmp1 * tmp17
        tmp19 = tmp7 * tmp14
        tmp20 = tl.full([1, 1], -0.5, tl.float32)
        tmp21 = tmp13 * tmp20
        tmp22 = tmp14 * tmp14
        tmp23 = tmp22 * tmp14
        tmp24 = tmp21 * tmp23
        tmp25 = tl.full([1, 1], 0.000244140625, tl.float32)
        tmp26 = tmp24 * tmp25
        tmp27 = tl.full([1, 1], 2.0, tl.float32)
        tmp28 = tmp9 * tmp27
        tmp29 = tmp26 * tmp28
        tmp30 = tmp19 + tmp29
        tmp31 = tmp30.to(tl.float32)
        tmp32 = tmp4 * tmp15
        tl.store(out_ptr1 + (r0_1 + 4096*x0), tmp18, None)
        tl.store(out_ptr2 + (r0_1 + 4096*x0), tmp31, None)
        tmp33 = tl.sum(tmp32, 0)
        tmp34 = accum0 + tmp33
        accum0 = tmp34
    tl.store(ws_ptr + (tl.program_id(0) + 0 * tl.num_programs(0)) * r0_numel + r0_index, accum0, r0_mask)
''', device_str='cuda')


# kernel path: /root/out/r4/captures/.cache/rmsnorm_backward/inductor/ph/cpht435yjllyhlotokrbdxks7cazwuzkzxcwn3g5jpij2nnrjvhd.py
# Topologically Sorted Source Nodes: [view, convert_element_type_4], Original ATen: [aten.view, aten._to_copy]
# Source node to ATen node mapping:
#   convert_element_type_4 => convert_element_type_4
#   view => view
# Graph fragment:
#   %sum_2 : Tensor "f32[1, 4096][4096, 1]cuda:0" = PlaceHolder[target=sum_2]
#   %view : Tensor "f32[4096][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%sum_2, [4096]), kwargs = {})
#   %convert_element_type_4 : Tensor "bf16[4096][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view, torch.bfloat16), kwargs = {})
#   return %convert_element_type_4
triton_poi_fused__to_copy_view_1 = async_compile.triton('triton_poi_fused__to_copy_view_1', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 4096}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*fp32', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused__to_copy_view_1', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 32768}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused__to_copy_view_1(in_ptr0, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 4096
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = xindex
    tmp0 = tl.load(in_ptr0 + (x0), None)
    tmp1 = tmp0.to(tl.float32)
    tl.store(out_ptr0 + (x0), tmp1, None)
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
        primals_1, primals_2, primals_3, rsqrt, tangents_1 = args
        args.clear()
        assert_size_stride(primals_1, (8192, 4096), (4096, 1))
        assert_size_stride(primals_2, (4096, ), (1, ))
        assert_size_stride(primals_3, (8192, 4096), (4096, 1))
        assert_size_stride(rsqrt, (8192, 1), (1, 1))
        assert_size_stride(tangents_1, (), ())
        with torch.cuda._DeviceGuard(0):
            torch.cuda.set_device(0)
            buf0 = empty_strided_cuda((8192, 4096), (4096, 1), torch.bfloat16)
            buf5 = empty_strided_cuda((8192, 4096), (4096, 1), torch.bfloat16)
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [expand, xf, mul, to_1, mul_1, to_2, mul_3, mul_4, convert_element_type_3, mul_5, mul_6, sum_2, mul_7, mul_8, sum_3, pow_2, mul_9, mul_10, expand_1, div, pow_3, mul_11, mul_12, add_1, convert_element_type_5], Original ATen: [aten.expand, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.div, aten.add]
            workspace_0 = empty_strided_cuda((2097152, ), (1, ), torch.float32)
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy_add_div_expand_mul_pow_sum_0.run(tangents_1, primals_3, primals_2, primals_1, rsqrt, buf0, buf5, workspace_0, 8192, 4096, stream=stream0)
            buf2 = workspace_0[0 * 512 * 4096 : (0 + 1) * 512 * 4096].view(512, 4096).sum(dim=0)
            del workspace_0
            del primals_1
            del primals_2
            del primals_3
            del rsqrt
            del tangents_1
            buf3 = empty_strided_cuda((4096, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view, convert_element_type_4], Original ATen: [aten.view, aten._to_copy]
            # [Provenance debug handles] triton_poi_fused__to_copy_view_1:1
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_view_1.run(buf2, buf3, 4096, stream=stream0)
            del buf2
        return (buf5, buf3, buf0, )

runner = Runner(partitions=[])
call = runner.call
recursively_apply_fns = runner.recursively_apply_fns


def get_args():
    from torch._dynamo.testing import rand_strided
    primals_1 = rand_strided((8192, 4096), (4096, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_2 = rand_strided((4096, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_3 = rand_strided((8192, 4096), (4096, 1), device='cuda:0', dtype=torch.bfloat16)
    rsqrt = rand_strided((8192, 1), (1, 1), device='cuda:0', dtype=torch.float32)
    tangents_1 = rand_strided((), (), device='cuda:0', dtype=torch.bfloat16)
    return [primals_1, primals_2, primals_3, rsqrt, tangents_1]


def benchmark_compiled_module(args, times=10, repeat=10):
    from torch._inductor.utils import print_performance
    fn = lambda: call(list(args))
    return print_performance(fn, times=times, repeat=repeat)


if __name__ == "__main__":
    from torch._inductor.wrapper_benchmark import compiled_module_main
    args = get_args()
    compiled_module_main('None', lambda times, repeat: benchmark_compiled_module(args, times=times, repeat=repeat))
