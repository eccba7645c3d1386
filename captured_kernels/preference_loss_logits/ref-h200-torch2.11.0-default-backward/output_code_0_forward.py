# AOT ID: ['0_forward']
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


# kernel path: /root/out/b/captures/.cache/preference_loss_logits/inductor/ls/clskuddux3p2fpfufewjr4i4jszna57vnihn24u2a2xz6b7vl5fj.py
# Topologically Sorted Source Nodes: [float_1, , logp], Original ATen: [aten._to_copy, prims.prepare_softmax_online, aten._log_softmax]
# Source node to ATen node mapping:
#    => prepare_softmax_online_default
#   float_1 => convert_element_type
#   logp => log
# Graph fragment:
#   %primals_1 : Tensor "bf16[8, 1024, 32000][32768000, 32000, 1]cuda:0" = PlaceHolder[target=primals_1]
#   %getitem_1 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=getitem_1]
#   %convert_element_type : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%primals_1, torch.float32), kwargs = {})
#   %prepare_softmax_online_default : [num_users=2] = call_function[target=torch.ops.prims.prepare_softmax_online.default](args = (%convert_element_type, -1), kwargs = {})
#   %log : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.log.default](args = (%getitem_1,), kwargs = {})
#   return %getitem,%getitem_1,%log
triton_red_fused__log_softmax__to_copy_prepare_softmax_online_0 = async_compile.triton('triton_red_fused__log_softmax__to_copy_prepare_softmax_online_0', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.reduction(
    size_hints={'x': 8192, 'r0_': 32768},
    reduction_hint=ReductionHint.INNER,
    filename=__file__,
    triton_meta={'signature': {'in_out_ptr0': '*fp32', 'in_ptr0': '*bf16', 'out_ptr0': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'R0_BLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused__log_softmax__to_copy_prepare_softmax_online_0', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 2, 'num_reduction': 2, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 131072, 'r0_': 524288000}}
)
@triton.jit
def triton_red_fused__log_softmax__to_copy_prepare_softmax_online_0(in_out_ptr0, in_ptr0, out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
    xnumel = 8192
    r0_numel = 32000
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_base = tl.arange(0, R0_BLOCK)[None, :]
    rbase = r0_base
    x0 = xindex
    _tmp3_max = tl.full([XBLOCK, R0_BLOCK], float('-inf'), tl.float32)
    _tmp3_sum = tl.zeros([XBLOCK, R0_BLOCK], tl.float32)
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_1 = r0_index
        tmp0 = tl.load(in_ptr0 + (r0_1 + 32000*x0), r0_mask, eviction_policy='evict_first', other=0.0).to(tl.float32)
        tmp1 = tmp0.to(tl.float32)
        tmp2 = tl.broadcast_to(tmp1, [XBLOCK, R0_BLOCK])

        _tmp3_max_next, _tmp3_sum_next = triton_helpers.online_softmax_combine(
            _tmp3_max, _tmp3_sum, tmp2, False
        )

        _tmp3_max = tl.where(r0_mask, _tmp3_max_next, _tmp3_max)
        _tmp3_sum = tl.where(r0_mask, _tmp3_sum_next, _tmp3_sum)

    tmp3, tmp4 = triton_helpers.online_softmax_reduce(
        _tmp3_max, _tmp3_sum, 1, False)
    tmp3 = tmp3[:, None]
    tmp4 = tmp4[:, None]
    tl.store(out_ptr0 + (x0), tmp3, None)
    tmp5 = tl_math.log(tmp4)
    tl.debug_barrier()
    tl.store(in_out_ptr0 + (x0), tmp5, None)
''', device_str='cuda')


# kernel path: /root/out/b/captures/.cache/preference_loss_logits/inductor/7o/c7olta35o7nq5s6x2pa4wvyp3e47zgluwwvyzcjpifw3bunjodad.py
# Topologically Sorted Source Nodes: [float_1, , logp, answer, clamp_min, unsqueeze, gather, tok, where, seq], Original ATen: [aten._to_copy, aten.sub, aten._log_softmax, aten.ne, aten.clamp_min, aten.unsqueeze, aten.gather, aten.squeeze, aten.scalar_tensor, aten.where, aten.sum]
# Source node to ATen node mapping:
#    => sub_tensor
#   answer => ne
#   clamp_min => clamp_min
#   float_1 => convert_element_type
#   gather => gather
#   logp => sub_1
#   seq => sum_2
#   tok => squeeze
#   unsqueeze => unsqueeze
#   where => full_default, where
# Graph fragment:
#   %primals_2 : Tensor "i64[8, 1024][1024, 1]cuda:0" = PlaceHolder[target=primals_2]
#   %ne : Tensor "b8[8, 1024][1024, 1]cuda:0" = PlaceHolder[target=ne]
#   %clamp_min : Tensor "i64[8, 1024][1024, 1]cuda:0" = PlaceHolder[target=clamp_min]
#   %primals_1 : Tensor "bf16[8, 1024, 32000][32768000, 32000, 1]cuda:0" = PlaceHolder[target=primals_1]
#   %getitem : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=getitem]
#   %log : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=log]
#   %convert_element_type : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%primals_1, torch.float32), kwargs = {})
#   %sub_tensor : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.sub.Tensor](args = (%convert_element_type, %getitem), kwargs = {})
#   %sub_1 : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%sub_tensor, %log), kwargs = {})
#   %ne : Tensor "b8[8, 1024][1024, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.ne.Scalar](args = (%primals_2, -100), kwargs = {})
#   %clamp_min : Tensor "i64[8, 1024][1024, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.clamp_min.default](args = (%primals_2, 0), kwargs = {})
#   %unsqueeze : Tensor "i64[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%clamp_min, -1), kwargs = {})
#   %gather : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.gather.default](args = (%sub_1, -1, %unsqueeze), kwargs = {})
#   %squeeze : Tensor "f32[8, 1024][1024, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.squeeze.dim](args = (%gather, -1), kwargs = {})
#   %full_default : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0.0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where : Tensor "f32[8, 1024][1024, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%ne, %squeeze, %full_default), kwargs = {})
#   %sum_2 : Tensor "f32[8][1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%where, [-1]), kwargs = {})
#   return %ne,%clamp_min,%sum_2
triton_per_fused__log_softmax__to_copy_clamp_min_gather_ne_scalar_tensor_squeeze_sub_sum_unsqueeze_where_1 = async_compile.triton('triton_per_fused__log_softmax__to_copy_clamp_min_gather_ne_scalar_tensor_squeeze_sub_sum_unsqueeze_where_1', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.persistent_reduction(
    size_hints={'x': 8, 'r0_': 1024},
    reduction_hint=ReductionHint.INNER,
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*i64', 'in_ptr1': '*bf16', 'in_ptr2': '*fp32', 'in_ptr3': '*fp32', 'out_ptr0': '*i1', 'out_ptr1': '*i64', 'out_ptr2': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (8,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused__log_softmax__to_copy_clamp_min_gather_ne_scalar_tensor_squeeze_sub_sum_unsqueeze_where_1', 'mutated_arg_names': [], 'optimize_mem': False, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 3, 'num_store': 3, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 64, 'r0_': 278528}}
)
@triton.jit
def triton_per_fused__log_softmax__to_copy_clamp_min_gather_ne_scalar_tensor_squeeze_sub_sum_unsqueeze_where_1(in_ptr0, in_ptr1, in_ptr2, in_ptr3, out_ptr0, out_ptr1, out_ptr2, xnumel, r0_numel, XBLOCK : tl.constexpr):
    xnumel = 8
    r0_numel = 1024
    R0_BLOCK: tl.constexpr = 1024
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = xindex < xnumel
    r0_index = tl.arange(0, R0_BLOCK)[None, :]
    r0_offset = 0
    r0_mask = tl.full([R0_BLOCK], True, tl.int1)[None, :]
    roffset = r0_offset
    rindex = r0_index
    r0_1 = r0_index
    x0 = xindex
    tmp0 = tl.load(in_ptr0 + (r0_1 + 1024*x0), xmask, other=0.0)
    tmp12 = tl.load(in_ptr2 + (r0_1 + 1024*x0), xmask, other=0.0)
    tmp14 = tl.load(in_ptr3 + (r0_1 + 1024*x0), xmask, other=0.0)
    tmp1 = tl.full([1, 1], -100, tl.int64)
    tmp2 = tmp0 != tmp1
    tmp3 = tl.full([1, 1], 0, tl.int64)
    tmp4 = triton_helpers.maximum(tmp0, tmp3)
    tmp5 = tl.full([1, 1], 32000, tl.int32)
    tmp6 = tmp4 + tmp5
    tmp7 = tmp4 < 0
    tmp8 = tl.where(tmp7, tmp6, tmp4)
    tl.device_assert(((0 <= tmp8) & (tmp8 < 32000)) | ~(xmask), "index out of bounds: 0 <= tmp8 < 32000")
    tmp10 = tl.load(in_ptr1 + (tmp8 + 32000*r0_1 + 32768000*x0), xmask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp11 = tmp10.to(tl.float32)
    tmp13 = tmp11 - tmp12
    tmp15 = tmp13 - tmp14
    tmp16 = tl.full([1, 1], 0.0, tl.float32)
    tmp17 = tl.where(tmp2, tmp15, tmp16)
    tmp18 = tl.broadcast_to(tmp17, [XBLOCK, R0_BLOCK])
    tmp20 = tl.where(xmask, tmp18, 0)
    tmp21 = tl.sum(tmp20, 1)[:, None].to(tl.float32)
    tl.store(out_ptr0 + (r0_1 + 1024*x0), tmp2, xmask)
    tl.store(out_ptr1 + (r0_1 + 1024*x0), tmp4, xmask)
    tl.store(out_ptr2 + (x0), tmp21, xmask)
''', device_str='cuda')


# kernel path: /root/out/b/captures/.cache/preference_loss_logits/inductor/ad/cad6hrbedaaxxvkq7opirx26uxbp54nqi27pmuj3qke4i7tfmh5n.py
# Topologically Sorted Source Nodes: [getitem, getitem_1, sub, getitem_2, getitem_3, sub_1, sub_2, z, log_sigmoid, lt, scalar_tensor_1, scalar_tensor_2, where_1, scalar_tensor_3, where_2, add, div_1, mul_1, sub_6], Original ATen: [aten.slice, aten.sub, aten.mul, aten.log_sigmoid_forward, aten.log_sigmoid_backward]
# Source node to ATen node mapping:
#   add => add
#   div_1 => div_1
#   getitem => slice_1
#   getitem_1 => slice_2
#   getitem_2 => slice_3
#   getitem_3 => slice_4
#   log_sigmoid => abs_1, exp_1, neg
#   lt => lt
#   mul_1 => mul_1
#   scalar_tensor_1 => full_default_2
#   scalar_tensor_2 => full_default_3
#   scalar_tensor_3 => full_default_4
#   sub => sub_2
#   sub_1 => sub_3
#   sub_2 => sub_4
#   sub_6 => sub_6
#   where_1 => where_1
#   where_2 => where_2
#   z => mul
# Graph fragment:
#   %sum_2 : Tensor "f32[8][1]cuda:0" = PlaceHolder[target=sum_2]
#   %primals_3 : Tensor "f32[8][1]cuda:0" = PlaceHolder[target=primals_3]
#   %slice_1 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%sum_2, 0, 0, 4), kwargs = {})
#   %slice_2 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%primals_3, 0, 0, 4), kwargs = {})
#   %sub_2 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%slice_1, %slice_2), kwargs = {})
#   %slice_3 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%sum_2, 0, 4, 9223372036854775807), kwargs = {})
#   %slice_4 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%primals_3, 0, 4, 9223372036854775807), kwargs = {})
#   %sub_3 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%slice_3, %slice_4), kwargs = {})
#   %sub_4 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%sub_2, %sub_3), kwargs = {})
#   %mul : Tensor "f32[4][1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.mul.Tensor](args = (%sub_4, 0.1), kwargs = {})
#   %abs_1 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.abs.default](args = (%mul,), kwargs = {})
#   %neg : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%abs_1,), kwargs = {})
#   %exp_1 : Tensor "f32[4][1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.exp.default](args = (%neg,), kwargs = {})
#   %lt : Tensor "b8[4][1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.lt.Scalar](args = (%mul, 0), kwargs = {})
#   %full_default_2 : Tensor "i64[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0), kwargs = {dtype: torch.int64, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %full_default_3 : Tensor "i64[][]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.full.default](args = ([], 1), kwargs = {dtype: torch.int64, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where_1 : Tensor "i64[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%lt, %full_default_3, %full_default_2), kwargs = {})
#   %full_default_4 : Tensor "i64[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], -1), kwargs = {dtype: torch.int64, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where_2 : Tensor "i64[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%lt, %full_default_3, %full_default_4), kwargs = {})
#   %add : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%exp_1, 1), kwargs = {})
#   %div_1 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%exp_1, %add), kwargs = {})
#   %mul_1 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%where_2, %div_1), kwargs = {})
#   %sub_6 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%where_1, %mul_1), kwargs = {})
#   return %sub_6
triton_poi_fused_log_sigmoid_backward_log_sigmoid_forward_mul_slice_sub_2 = async_compile.triton('triton_poi_fused_log_sigmoid_backward_log_sigmoid_forward_mul_slice_sub_2', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 4}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*fp32', 'in_ptr1': '*fp32', 'out_ptr0': '*fp32', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_log_sigmoid_backward_log_sigmoid_forward_mul_slice_sub_2', 'mutated_arg_names': [], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 4, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 48}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_log_sigmoid_backward_log_sigmoid_forward_mul_slice_sub_2(in_ptr0, in_ptr1, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 4
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = xindex < xnumel
    x0 = xindex
    tmp0 = tl.load(in_ptr0 + (x0), xmask)
    tmp1 = tl.load(in_ptr1 + (x0), xmask)
    tmp3 = tl.load(in_ptr0 + (4 + x0), xmask)
    tmp4 = tl.load(in_ptr1 + (4 + x0), xmask)
    tmp2 = tmp0 - tmp1
    tmp5 = tmp3 - tmp4
    tmp6 = tmp2 - tmp5
    tmp7 = tl.full([1], 0.1, tl.float32)
    tmp8 = tmp6 * tmp7
    tmp9 = tl.full([1], 0.0, tl.float32)
    tmp10 = tmp8 < tmp9
    tmp11 = tl.full([1], 1, tl.int64)
    tmp12 = tl.full([1], 0, tl.int64)
    tmp13 = tl.where(tmp10, tmp11, tmp12)
    tmp14 = tmp13.to(tl.float32)
    tmp15 = tl.full([1], -1, tl.int64)
    tmp16 = tl.where(tmp10, tmp11, tmp15)
    tmp17 = tmp16.to(tl.float32)
    tmp18 = tl_math.abs(tmp8)
    tmp19 = -tmp18
    tmp20 = libdevice.exp(tmp19)
    tmp21 = tl.full([1], 1.0, tl.float32)
    tmp22 = tmp20 + tmp21
    tmp23 = (tmp20 / tmp22)
    tmp24 = tmp17 * tmp23
    tmp25 = tmp14 - tmp24
    tl.store(out_ptr0 + (x0), tmp25, xmask)
''', device_str='cuda')


# kernel path: /root/out/b/captures/.cache/preference_loss_logits/inductor/5e/c5eaf2swhgognemkmlzux5ovixdwvt6devoqfofc2mhrikazsstz.py
# Topologically Sorted Source Nodes: [getitem, getitem_1, sub, getitem_2, getitem_3, sub_1, sub_2, z, log_sigmoid, mean, neg], Original ATen: [aten.slice, aten.sub, aten.mul, aten.log_sigmoid_forward, aten.mean, aten.neg]
# Source node to ATen node mapping:
#   getitem => slice_1
#   getitem_1 => slice_2
#   getitem_2 => slice_3
#   getitem_3 => slice_4
#   log_sigmoid => abs_1, exp_1, full_default_1, log1p, minimum, neg, sub_5
#   mean => mean
#   neg => neg_1
#   sub => sub_2
#   sub_1 => sub_3
#   sub_2 => sub_4
#   z => mul
# Graph fragment:
#   %sum_2 : Tensor "f32[8][1]cuda:0" = PlaceHolder[target=sum_2]
#   %primals_3 : Tensor "f32[8][1]cuda:0" = PlaceHolder[target=primals_3]
#   %slice_1 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%sum_2, 0, 0, 4), kwargs = {})
#   %slice_2 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%primals_3, 0, 0, 4), kwargs = {})
#   %sub_2 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%slice_1, %slice_2), kwargs = {})
#   %slice_3 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%sum_2, 0, 4, 9223372036854775807), kwargs = {})
#   %slice_4 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%primals_3, 0, 4, 9223372036854775807), kwargs = {})
#   %sub_3 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%slice_3, %slice_4), kwargs = {})
#   %sub_4 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%sub_2, %sub_3), kwargs = {})
#   %mul : Tensor "f32[4][1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.mul.Tensor](args = (%sub_4, 0.1), kwargs = {})
#   %full_default_1 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %minimum : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.minimum.default](args = (%full_default_1, %mul), kwargs = {})
#   %abs_1 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.abs.default](args = (%mul,), kwargs = {})
#   %neg : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%abs_1,), kwargs = {})
#   %exp_1 : Tensor "f32[4][1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.exp.default](args = (%neg,), kwargs = {})
#   %log1p : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.log1p.default](args = (%exp_1,), kwargs = {})
#   %sub_5 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%minimum, %log1p), kwargs = {})
#   %mean : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mean.default](args = (%sub_5,), kwargs = {})
#   %neg_1 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%mean,), kwargs = {})
#   return %neg_1
triton_poi_fused_log_sigmoid_forward_mean_mul_neg_slice_sub_3 = async_compile.triton('triton_poi_fused_log_sigmoid_forward_mean_mul_neg_slice_sub_3', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 1}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*fp32', 'in_ptr1': '*fp32', 'out_ptr0': '*fp32', 'xnumel': 'constexpr', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {'xnumel': 1}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_log_sigmoid_forward_mean_mul_neg_slice_sub_3', 'mutated_arg_names': [], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 16, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_log_sigmoid_forward_mean_mul_neg_slice_sub_3(in_ptr0, in_ptr1, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 1
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    tmp0 = tl.load(in_ptr0 + (0))
    tmp1 = tl.broadcast_to(tmp0, [XBLOCK])
    tmp2 = tl.load(in_ptr1 + (0))
    tmp3 = tl.broadcast_to(tmp2, [XBLOCK])
    tmp5 = tl.load(in_ptr0 + (4))
    tmp6 = tl.broadcast_to(tmp5, [XBLOCK])
    tmp7 = tl.load(in_ptr1 + (4))
    tmp8 = tl.broadcast_to(tmp7, [XBLOCK])
    tmp20 = tl.load(in_ptr0 + (1))
    tmp21 = tl.broadcast_to(tmp20, [XBLOCK])
    tmp22 = tl.load(in_ptr1 + (1))
    tmp23 = tl.broadcast_to(tmp22, [XBLOCK])
    tmp25 = tl.load(in_ptr0 + (5))
    tmp26 = tl.broadcast_to(tmp25, [XBLOCK])
    tmp27 = tl.load(in_ptr1 + (5))
    tmp28 = tl.broadcast_to(tmp27, [XBLOCK])
    tmp39 = tl.load(in_ptr0 + (2))
    tmp40 = tl.broadcast_to(tmp39, [XBLOCK])
    tmp41 = tl.load(in_ptr1 + (2))
    tmp42 = tl.broadcast_to(tmp41, [XBLOCK])
    tmp44 = tl.load(in_ptr0 + (6))
    tmp45 = tl.broadcast_to(tmp44, [XBLOCK])
    tmp46 = tl.load(in_ptr1 + (6))
    tmp47 = tl.broadcast_to(tmp46, [XBLOCK])
    tmp58 = tl.load(in_ptr0 + (3))
    tmp59 = tl.broadcast_to(tmp58, [XBLOCK])
    tmp60 = tl.load(in_ptr1 + (3))
    tmp61 = tl.broadcast_to(tmp60, [XBLOCK])
    tmp63 = tl.load(in_ptr0 + (7))
    tmp64 = tl.broadcast_to(tmp63, [XBLOCK])
    tmp65 = tl.load(in_ptr1 + (7))
    tmp66 = tl.broadcast_to(tmp65, [XBLOCK])
    tmp4 = tmp1 - tmp3
    tmp9 = tmp6 - tmp8
    tmp10 = tmp4 - tmp9
    tmp11 = tl.full([1], 0.1, tl.float32)
    tmp12 = tmp10 * tmp11
    tmp13 = tl.full([1], 0.0, tl.float32)
    tmp14 = triton_helpers.minimum(tmp13, tmp12)
    tmp15 = tl_math.abs(tmp12)
    tmp16 = -tmp15
    tmp17 = libdevice.exp(tmp16)
    tmp18 = libdevice.log1p(tmp17)
    tmp19 = tmp14 - tmp18
    tmp24 = tmp21 - tmp23
    tmp29 = tmp26 - tmp28
    tmp30 = tmp24 - tmp29
    tmp31 = tmp30 * tmp11
    tmp32 = triton_helpers.minimum(tmp13, tmp31)
    tmp33 = tl_math.abs(tmp31)
    tmp34 = -tmp33
    tmp35 = libdevice.exp(tmp34)
    tmp36 = libdevice.log1p(tmp35)
    tmp37 = tmp32 - tmp36
    tmp38 = tmp19 + tmp37
    tmp43 = tmp40 - tmp42
    tmp48 = tmp45 - tmp47
    tmp49 = tmp43 - tmp48
    tmp50 = tmp49 * tmp11
    tmp51 = triton_helpers.minimum(tmp13, tmp50)
    tmp52 = tl_math.abs(tmp50)
    tmp53 = -tmp52
    tmp54 = libdevice.exp(tmp53)
    tmp55 = libdevice.log1p(tmp54)
    tmp56 = tmp51 - tmp55
    tmp57 = tmp38 + tmp56
    tmp62 = tmp59 - tmp61
    tmp67 = tmp64 - tmp66
    tmp68 = tmp62 - tmp67
    tmp69 = tmp68 * tmp11
    tmp70 = triton_helpers.minimum(tmp13, tmp69)
    tmp71 = tl_math.abs(tmp69)
    tmp72 = -tmp71
    tmp73 = libdevice.exp(tmp72)
    tmp74 = libdevice.log1p(tmp73)
    tmp75 = tmp70 - tmp74
    tmp76 = tmp57 + tmp75
    tmp77 = tl.full([1], 4.0, tl.float32)
    tmp78 = (tmp76 / tmp77)
    tmp79 = -tmp78
    tl.store(out_ptr0 + (tl.full([XBLOCK], 0, tl.int32).broadcast_to(XBLOCK)), tmp79, None)
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
        primals_1, primals_2, primals_3 = args
        args.clear()
        assert_size_stride(primals_1, (8, 1024, 32000), (32768000, 32000, 1))
        assert_size_stride(primals_2, (8, 1024), (1024, 1))
        assert_size_stride(primals_3, (8, ), (1, ))
        with torch.cuda._DeviceGuard(0):
            torch.cuda.set_device(0)
            buf0 = empty_strided_cuda((8, 1024, 1), (1024, 1, 1), torch.float32)
            buf1 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf2 = reinterpret_tensor(buf1, (8, 1024, 1), (1024, 1, 1), 0); del buf1  # reuse
            # Topologically Sorted Source Nodes: [float_1, , logp], Original ATen: [aten._to_copy, prims.prepare_softmax_online, aten._log_softmax]
            # [Provenance debug handles] triton_red_fused__log_softmax__to_copy_prepare_softmax_online_0:1
            stream0 = get_raw_stream(0)
            triton_red_fused__log_softmax__to_copy_prepare_softmax_online_0.run(buf2, primals_1, buf0, 8192, 32000, stream=stream0)
            buf3 = empty_strided_cuda((8, 1024), (1024, 1), torch.bool)
            buf4 = empty_strided_cuda((8, 1024), (1024, 1), torch.int64)
            buf5 = empty_strided_cuda((8, ), (1, ), torch.float32)
            # Topologically Sorted Source Nodes: [float_1, , logp, answer, clamp_min, unsqueeze, gather, tok, where, seq], Original ATen: [aten._to_copy, aten.sub, aten._log_softmax, aten.ne, aten.clamp_min, aten.unsqueeze, aten.gather, aten.squeeze, aten.scalar_tensor, aten.where, aten.sum]
            # [Provenance debug handles] triton_per_fused__log_softmax__to_copy_clamp_min_gather_ne_scalar_tensor_squeeze_sub_sum_unsqueeze_where_1:2
            stream0 = get_raw_stream(0)
            triton_per_fused__log_softmax__to_copy_clamp_min_gather_ne_scalar_tensor_squeeze_sub_sum_unsqueeze_where_1.run(primals_2, primals_1, buf0, buf2, buf3, buf4, buf5, 8, 1024, stream=stream0)
            del primals_2
            buf6 = empty_strided_cuda((4, ), (1, ), torch.float32)
            # Topologically Sorted Source Nodes: [getitem, getitem_1, sub, getitem_2, getitem_3, sub_1, sub_2, z, log_sigmoid, lt, scalar_tensor_1, scalar_tensor_2, where_1, scalar_tensor_3, where_2, add, div_1, mul_1, sub_6], Original ATen: [aten.slice, aten.sub, aten.mul, aten.log_sigmoid_forward, aten.log_sigmoid_backward]
            # [Provenance debug handles] triton_poi_fused_log_sigmoid_backward_log_sigmoid_forward_mul_slice_sub_2:3
            stream0 = get_raw_stream(0)
            triton_poi_fused_log_sigmoid_backward_log_sigmoid_forward_mul_slice_sub_2.run(buf5, primals_3, buf6, 4, stream=stream0)
            buf7 = empty_strided_cuda((), (), torch.float32)
            # Topologically Sorted Source Nodes: [getitem, getitem_1, sub, getitem_2, getitem_3, sub_1, sub_2, z, log_sigmoid, mean, neg], Original ATen: [aten.slice, aten.sub, aten.mul, aten.log_sigmoid_forward, aten.mean, aten.neg]
            # [Provenance debug handles] triton_poi_fused_log_sigmoid_forward_mean_mul_neg_slice_sub_3:4
            stream0 = get_raw_stream(0)
            triton_poi_fused_log_sigmoid_forward_mean_mul_neg_slice_sub_3.run(buf5, primals_3, buf7, 1, stream=stream0)
            del buf5
            del primals_3
        return (buf7, primals_1, buf0, buf2, buf3, reinterpret_tensor(buf4, (8, 1024, 1), (1024, 1, 1), 0), buf6, )

runner = Runner(partitions=[])
call = runner.call
recursively_apply_fns = runner.recursively_apply_fns


def get_args():
    from torch._dynamo.testing import rand_strided
    primals_1 = rand_strided((8, 1024, 32000), (32768000, 32000, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_2 = rand_strided((8, 1024), (1024, 1), device='cuda:0', dtype=torch.int64)
    primals_3 = rand_strided((8, ), (1, ), device='cuda:0', dtype=torch.float32)
    return [primals_1, primals_2, primals_3]


def benchmark_compiled_module(args, times=10, repeat=10):
    from torch._inductor.utils import print_performance
    fn = lambda: call(list(args))
    return print_performance(fn, times=times, repeat=repeat)


if __name__ == "__main__":
    from torch._inductor.wrapper_benchmark import compiled_module_main
    args = get_args()
    compiled_module_main('None', lambda times, repeat: benchmark_compiled_module(args, times=times, repeat=repeat))
