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


# kernel path: /root/out/r4/captures/.cache/layernorm_backward/inductor/vv/cvvmgbo7sh3cdi6vp3b46nxwbupu5xcevb5ww7svtq35nflxz5vp.py
# Topologically Sorted Source Nodes: [expand, y, mul_3, mul_4, clone, clone_2, mul_6, mul_7, sum_2, mul_8, sum_3, mul_9, sub_2, sub_3, div, mul_10, mul_11, sum_4, sum_5, convert_element_type_6], Original ATen: [aten.expand, aten.native_layer_norm, aten.mul, aten.native_layer_norm_backward]
# Source node to ATen node mapping:
#   clone => convert_element_type_2
#   clone_2 => convert_element_type_4
#   convert_element_type_6 => convert_element_type_6
#   div => div
#   expand => expand
#   mul_10 => mul_10
#   mul_11 => mul_11
#   mul_3 => mul_3
#   mul_4 => mul_4
#   mul_6 => mul_6
#   mul_7 => mul_7
#   mul_8 => mul_8
#   mul_9 => mul_9
#   sub_2 => sub_2
#   sub_3 => sub_3
#   sum_2 => sum_2
#   sum_3 => sum_3
#   sum_4 => sum_4
#   sum_5 => sum_5
#   y => add_1, convert_element_type, convert_element_type_1, mul, mul_1, sub
# Graph fragment:
#   %tangents_1 : Tensor "bf16[][]cuda:0" = PlaceHolder[target=tangents_1]
#   %primals_4 : Tensor "bf16[8192, 4096][4096, 1]cuda:0" = PlaceHolder[target=primals_4]
#   %primals_2 : Tensor "bf16[4096][1]cuda:0" = PlaceHolder[target=primals_2]
#   %primals_1 : Tensor "bf16[8192, 4096][4096, 1]cuda:0" = PlaceHolder[target=primals_1]
#   %getitem_1 : Tensor "f32[8192, 1][1, 1]cuda:0" = PlaceHolder[target=getitem_1]
#   %rsqrt : Tensor "f32[8192, 1][1, 1]cuda:0" = PlaceHolder[target=rsqrt]
#   %primals_3 : Tensor "bf16[4096][1]cuda:0" = PlaceHolder[target=primals_3]
#   %sum_2 : Tensor "f32[8192, 1][1, 8192]cuda:0" = PlaceHolder[target=sum_2]
#   %sum_3 : Tensor "f32[8192, 1][1, 8192]cuda:0" = PlaceHolder[target=sum_3]
#   %expand : Tensor "bf16[8192, 4096][0, 0]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.expand.default](args = (%tangents_1, [8192, 4096]), kwargs = {})
#   %convert_element_type : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%primals_1, torch.float32), kwargs = {})
#   %sub : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%convert_element_type, %getitem_1), kwargs = {})
#   %mul : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=4] = call_function[target=torch.ops.aten.mul.Tensor](args = (%sub, %rsqrt), kwargs = {})
#   %mul_1 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul, %primals_2), kwargs = {})
#   %add_1 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_1, %primals_3), kwargs = {})
#   %convert_element_type_1 : Tensor "bf16[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_1, torch.bfloat16), kwargs = {})
#   %mul_3 : Tensor "bf16[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%expand, %convert_element_type_1), kwargs = {})
#   %mul_4 : Tensor "bf16[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%expand, %primals_4), kwargs = {})
#   %convert_element_type_2 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_4, torch.float32), kwargs = {})
#   %convert_element_type_4 : Tensor "f32[4096][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%primals_2, torch.float32), kwargs = {})
#   %mul_6 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_2, %convert_element_type_4), kwargs = {})
#   %mul_7 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_6, 4096), kwargs = {})
#   %sum_2 : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_6, [1], True), kwargs = {})
#   %mul_8 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_6, %mul), kwargs = {})
#   %sum_3 : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_8, [1], True), kwargs = {})
#   %mul_9 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul, %sum_3), kwargs = {})
#   %sub_2 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%mul_7, %sum_2), kwargs = {})
#   %sub_3 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%sub_2, %mul_9), kwargs = {})
#   %div : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%rsqrt, 4096), kwargs = {})
#   %mul_10 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%div, %sub_3), kwargs = {})
#   %mul_11 : Tensor "f32[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_2, %mul), kwargs = {})
#   %sum_4 : Tensor "f32[4096][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_11, [0]), kwargs = {})
#   %sum_5 : Tensor "f32[4096][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%convert_element_type_2, [0]), kwargs = {})
#   %convert_element_type_6 : Tensor "bf16[8192, 4096][4096, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_10, torch.bfloat16), kwargs = {})
#   return %sum_2,%sum_3,%mul_3,%convert_element_type_6
triton_per_fused_expand_mul_native_layer_norm_native_layer_norm_backward_0 = async_compile.triton('triton_per_fused_expand_mul_native_layer_norm_native_layer_norm_backward_0', '''
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
    triton_meta={'signature': {'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'in_ptr3': '*bf16', 'in_ptr4': '*fp32', 'in_ptr5': '*fp32', 'in_ptr6': '*bf16', 'out_ptr2': '*bf16', 'out_ptr3': '*bf16', 'ws_ptr': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'RSPLIT_SIZE': 'constexpr', 'NUM_STAGES': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]], (8,): [['tt.divisibility', 16]], (9,): [['tt.divisibility', 16]], (10,): [['tt.divisibility', 16]], (11,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'MixOrderReductionGrid', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused_expand_mul_native_layer_norm_native_layer_norm_backward_0', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 7, 'num_store': 0, 'num_reduction': 2, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'RSPLIT_SIZE': 16}
)
@triton.jit
def triton_per_fused_expand_mul_native_layer_norm_native_layer_norm_backward_0(in_ptr0, in_ptr1, in_ptr2, in_ptr3, in_ptr4, in_ptr5, in_ptr6, out_ptr2, out_ptr3, ws_ptr, xnumel, r0_numel, XBLOCK : tl.constexpr, RSPLIT_SIZE : tl.constexpr, NUM_STAGES : tl.constexpr):
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
    accum1 = tl.full([R0_BLOCK], 0, tl.float32)[None, :]
    split_size = min(RSPLIT_SIZE, xnumel - xoffset)
    for _ in tl.range(0, split_size, XBLOCK, num_stages=NUM_STAGES):
        x0 = xindex
        xindex += XBLOCK
        tmp0 = tl.load(in_ptr0 + (0)).to(tl.float32)
        tmp1 = tl.broadcast_to(tmp0, [1, 1])
        tmp2 = tl.load(in_ptr1 + (r0_1 + 4096*x0), None).to(tl.float32)
        tmp5 = tl.load(in_ptr2 + (r0_1), None, eviction_policy='evict_last').to(tl.float32)
        tmp11 = tl.load(in_ptr3 + (r0_1 + 4096*x0), None).to(tl.float32)
        tmp13 = tl.load(in_ptr4 + (x0), None, eviction_policy='evict_last')
        tmp15 = tl.load(in_ptr5 + (x0), None, eviction_policy='evict_last')
        tmp22 = tl.load(in_ptr6 + (r0_1), None, eviction_policy='evict_last').to(tl.float32)
        tmp3 = tmp1 * tmp2
        tmp4 = tmp3.to(tl.float32)
        tmp6 = tmp5.to(tl.float32)
        tmp7 = tmp4 * tmp6
        tmp8 = tl.broadcast_to(tmp7, [XBLOCK, R0_BLOCK])
        tmp10 = tl.sum(tmp8, 1)[:, None].to(tl.float32)
        tmp12 = tmp11.to(tl.float32)
        tmp14 = tmp12 - tmp13
        tmp16 = tmp14 * tmp15
        tmp17 = tmp7 * tmp16
        tmp18 = tl.broadcast_to(tmp17, [XBLOCK, R0_BLOCK])
        tmp20 = tl.sum(tmp18, 1)[:, None].to(tl.float32)
        tmp21 = tmp16 * tmp6
        tmp23 = tmp22.to(tl.float32)
        tmp24 = tmp21 + tmp23
        tmp25 = tmp24.to(tl.float32)
        tmp26 = tmp1 * tmp25
        tmp27 = tl.full([1, 1], 0.000244140625, tl.float32)
        tmp28 = tmp15 * tmp27
        tmp29 = tl.full([1, 1], 4096.0, tl.float32)
        tmp30 = tmp7 * tmp29
        tmp31 = tmp30 - tmp10
        tmp32 = tmp16 * tmp20
        tmp33 = tmp31 - tmp32
        tmp34 = tmp28 * tmp33
        tmp35 = tmp34.to(tl.float32)
        tmp36 = tmp4 * tmp16
        tl.store(out_ptr2 + (r0_1 + 4096*x0), tmp26, None)
        tl.store(out_ptr3 + (r0_1 + 4096*x0), tmp35, None)
        tmp37 = tl.sum(tmp36, 0)
        tmp38 = accum0 + tmp37
        accum0 = tmp38
        tmp39 = tl.sum(tmp4, 0)
        tmp40 = accum1 + tmp39
        accum1 = tmp40
    tl.store(ws_ptr + (tl.program_id(0) + 0 * tl.num_programs(0)) * r0_numel + r0_index, accum0, r0_mask)
    tl.store(ws_ptr + (tl.program_id(0) + 1 * tl.num_programs(0)) * r0_numel + r0_index, accum1, r0_mask)
''', device_str='cuda')


# kernel path: /root/out/r4/captures/.cache/layernorm_backward/inductor/l7/cl76k5fioatmqqu3kbvzf3h4tv5tsccst5d2w6drq2cqyip4kakv.py
# Topologically Sorted Source Nodes: [convert_element_type_7], Original ATen: [aten.native_layer_norm_backward]
# Source node to ATen node mapping:
#   convert_element_type_7 => convert_element_type_7
# Graph fragment:
#   %sum_4 : Tensor "f32[4096][1]cuda:0" = PlaceHolder[target=sum_4]
#   %convert_element_type_7 : Tensor "bf16[4096][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%sum_4, torch.bfloat16), kwargs = {})
#   return %convert_element_type_7
triton_poi_fused_native_layer_norm_backward_1 = async_compile.triton('triton_poi_fused_native_layer_norm_backward_1', '''
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
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_native_layer_norm_backward_1', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 32768}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_native_layer_norm_backward_1(in_ptr0, out_ptr0, xnumel, XBLOCK : tl.constexpr):
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
        primals_1, primals_2, primals_3, primals_4, getitem_1, rsqrt, tangents_1 = args
        args.clear()
        assert_size_stride(primals_1, (8192, 4096), (4096, 1))
        assert_size_stride(primals_2, (4096, ), (1, ))
        assert_size_stride(primals_3, (4096, ), (1, ))
        assert_size_stride(primals_4, (8192, 4096), (4096, 1))
        assert_size_stride(getitem_1, (8192, 1), (1, 1))
        assert_size_stride(rsqrt, (8192, 1), (1, 1))
        assert_size_stride(tangents_1, (), ())
        with torch.cuda._DeviceGuard(0):
            torch.cuda.set_device(0)
            buf0 = empty_strided_cuda((8192, 4096), (4096, 1), torch.bfloat16)
            buf7 = empty_strided_cuda((8192, 4096), (4096, 1), torch.bfloat16)
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [expand, y, mul_3, mul_4, clone, clone_2, mul_6, mul_7, sum_2, mul_8, sum_3, mul_9, sub_2, sub_3, div, mul_10, mul_11, sum_4, sum_5, convert_element_type_6], Original ATen: [aten.expand, aten.native_layer_norm, aten.mul, aten.native_layer_norm_backward]
            workspace_0 = empty_strided_cuda((4194304, ), (1, ), torch.float32)
            stream0 = get_raw_stream(0)
            triton_per_fused_expand_mul_native_layer_norm_native_layer_norm_backward_0.run(tangents_1, primals_4, primals_2, primals_1, getitem_1, rsqrt, primals_3, buf0, buf7, workspace_0, 8192, 4096, stream=stream0)
            buf4 = workspace_0[0 * 512 * 4096 : (0 + 1) * 512 * 4096].view(512, 4096).sum(dim=0)
            buf6 = workspace_0[1 * 512 * 4096 : (1 + 1) * 512 * 4096].view(512, 4096).sum(dim=0)
            del workspace_0
            del getitem_1
            del primals_1
            del primals_2
            del primals_3
            del primals_4
            del rsqrt
            del tangents_1
            buf8 = empty_strided_cuda((4096, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_7], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_1:1
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_1.run(buf4, buf8, 4096, stream=stream0)
            del buf4
            buf9 = empty_strided_cuda((4096, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_8], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_1:2
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_1.run(buf6, buf9, 4096, stream=stream0)
            del buf6
        return (buf7, buf8, buf9, buf0, )

runner = Runner(partitions=[])
call = runner.call
recursively_apply_fns = runner.recursively_apply_fns


def get_args():
    from torch._dynamo.testing import rand_strided
    primals_1 = rand_strided((8192, 4096), (4096, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_2 = rand_strided((4096, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_3 = rand_strided((4096, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_4 = rand_strided((8192, 4096), (4096, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_1 = rand_strided((8192, 1), (1, 1), device='cuda:0', dtype=torch.float32)
    rsqrt = rand_strided((8192, 1), (1, 1), device='cuda:0', dtype=torch.float32)
    tangents_1 = rand_strided((), (), device='cuda:0', dtype=torch.bfloat16)
    return [primals_1, primals_2, primals_3, primals_4, getitem_1, rsqrt, tangents_1]


def benchmark_compiled_module(args, times=10, repeat=10):
    from torch._inductor.utils import print_performance
    fn = lambda: call(list(args))
    return print_performance(fn, times=times, repeat=repeat)


if __name__ == "__main__":
    from torch._inductor.wrapper_benchmark import compiled_module_main
    args = get_args()
    compiled_module_main('None', lambda times, repeat: benchmark_compiled_module(args, times=times, repeat=repeat))
