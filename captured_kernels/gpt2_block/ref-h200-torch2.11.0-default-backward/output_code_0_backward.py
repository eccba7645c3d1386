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


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/ie/ciep3iaiofs6bifu4kttanvpuifwfktqadabctemyp5ytbg77xyw.py
# Topologically Sorted Source Nodes: [div_1, view_13, unsqueeze_1, ne_3, cross_entropy, where_2, , where_3, mul_42, linear_16, float_1, view_12, exp_1, sum_4, mul_43, sub_11, view_52, convert_element_type_78], Original ATen: [aten.nll_loss_backward, aten.view, aten.nll_loss_forward, aten.arange, aten.expand, aten.eq, aten.scalar_tensor, aten.where, aten._unsafe_view, aten._to_copy, aten._log_softmax, aten._log_softmax_backward_data]
# Source node to ATen node mapping:
#    => eq_tensor, expand_default, iota_default, scalar_tensor_default, scalar_tensor_default_1, view_default, where_self
#   convert_element_type_78 => convert_element_type_78
#   cross_entropy => full_default, full_default_1, sub_10, sub_9
#   div_1 => div_1
#   exp_1 => exp_1
#   float_1 => convert_element_type_76
#   linear_16 => view_49
#   mul_42 => mul_42
#   mul_43 => mul_43
#   ne_3 => ne_3
#   sub_11 => sub_11
#   sum_4 => sum_4
#   unsqueeze_1 => unsqueeze_1
#   view_12 => view_50
#   view_13 => view_51
#   view_52 => view_52
#   where_2 => where_2
#   where_3 => where_3
# Graph fragment:
#   %primals_54 : Tensor "i64[8, 1024][1024, 1]cuda:0" = PlaceHolder[target=primals_54]
#   %tangents_1 : Tensor "f32[][]cuda:0" = PlaceHolder[target=tangents_1]
#   %convert_element_type_77 : Tensor "f32[][]cuda:0" = PlaceHolder[target=convert_element_type_77]
#   %mm : Tensor "bf16[8192, 50304][50304, 1]cuda:0" = PlaceHolder[target=mm]
#   %amax : Tensor "f32[8192, 1][1, 1]cuda:0" = PlaceHolder[target=amax]
#   %log : Tensor "f32[8192, 1][1, 1]cuda:0" = PlaceHolder[target=log]
#   %sum_4 : Tensor "f32[8192, 1][1, 8192]cuda:0" = PlaceHolder[target=sum_4]
#   %div_1 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%tangents_1, %convert_element_type_77), kwargs = {})
#   %view_51 : Tensor "i64[8192][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%primals_54, [-1]), kwargs = {})
#   %unsqueeze_1 : Tensor "i64[8192, 1][1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%view_51, 1), kwargs = {})
#   %ne_3 : Tensor "b8[8192, 1][1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.ne.Scalar](args = (%unsqueeze_1, -100), kwargs = {})
#   %full_default : Tensor "i64[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0), kwargs = {dtype: torch.int64, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where_2 : Tensor "i64[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%ne_3, %unsqueeze_1, %full_default), kwargs = {})
#   %iota_default : Tensor "i64[50304][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.iota.default](args = (50304,), kwargs = {start: 0, step: 1, dtype: torch.int64, device: cuda:0, requires_grad: False})
#   %view_default : Tensor "i64[1, 50304][50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%iota_default, [1, 50304]), kwargs = {})
#   %expand_default : Tensor "i64[8192, 50304][1, 0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%where_2, [8192, 50304]), kwargs = {})
#   %eq_tensor : Tensor "b8[8192, 50304][50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.eq.Tensor](args = (%expand_default, %view_default), kwargs = {})
#   %scalar_tensor_default : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.scalar_tensor.default](args = (0,), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0})
#   %scalar_tensor_default_1 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.scalar_tensor.default](args = (-1.0,), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0})
#   %where_self : Tensor "f32[8192, 50304][50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%eq_tensor, %scalar_tensor_default_1, %scalar_tensor_default), kwargs = {})
#   %full_default_1 : Tensor "f32[][]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.full.default](args = ([], 0.0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where_3 : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%ne_3, %div_1, %full_default_1), kwargs = {})
#   %mul_42 : Tensor "f32[8192, 50304][50304, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%where_self, %where_3), kwargs = {})
#   %view_49 : Tensor "bf16[8, 1024, 50304][51511296, 50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm, [8, 1024, 50304]), kwargs = {})
#   %convert_element_type_76 : Tensor "f32[8, 1024, 50304][51511296, 50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_49, torch.float32), kwargs = {})
#   %view_50 : Tensor "f32[8192, 50304][50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%convert_element_type_76, [-1, 50304]), kwargs = {})
#   %sub_9 : Tensor "f32[8192, 50304][50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%view_50, %amax), kwargs = {})
#   %sub_10 : Tensor "f32[8192, 50304][50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%sub_9, %log), kwargs = {})
#   %exp_1 : Tensor "f32[8192, 50304][50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.exp.default](args = (%sub_10,), kwargs = {})
#   %sum_4 : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_42, [1], True), kwargs = {})
#   %mul_43 : Tensor "f32[8192, 50304][50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%exp_1, %sum_4), kwargs = {})
#   %sub_11 : Tensor "f32[8192, 50304][50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%mul_42, %mul_43), kwargs = {})
#   %view_52 : Tensor "f32[8, 1024, 50304][51511296, 50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%sub_11, [8, 1024, 50304]), kwargs = {})
#   %convert_element_type_78 : Tensor "bf16[8, 1024, 50304][51511296, 50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_52, torch.bfloat16), kwargs = {})
#   return %sum_4,%convert_element_type_78
triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0 = async_compile.triton('triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.reduction(
    size_hints={'x': 8192, 'r0_': 65536},
    reduction_hint=ReductionHint.INNER,
    filename=__file__,
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_ptr0': '*i64', 'in_ptr1': '*fp32', 'in_ptr2': '*fp32', 'in_ptr3': '*fp32', 'in_ptr4': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'R0_BLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 8, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 131072, 'r0_': 2472542208}}
)
@triton.jit
def triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0(in_out_ptr0, in_ptr0, in_ptr1, in_ptr2, in_ptr3, in_ptr4, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
    xnumel = 8192
    r0_numel = 50304
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_base = tl.arange(0, R0_BLOCK)[None, :]
    rbase = r0_base
    x0 = xindex
    tmp0 = tl.load(in_ptr0 + (x0), None, eviction_policy='evict_last')
    tmp10 = tl.load(in_ptr1 + (0))
    tmp11 = tl.broadcast_to(tmp10, [1, 1])
    tmp12 = tl.load(in_ptr2 + (0))
    tmp13 = tl.broadcast_to(tmp12, [1, 1])
    _tmp18 = tl.full([XBLOCK, R0_BLOCK], 0, tl.float32)
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_1 = r0_index
        tmp1 = tl.full([1, 1], -100, tl.int64)
        tmp2 = tmp0 != tmp1
        tmp3 = tl.full([1, 1], 0, tl.int64)
        tmp4 = tl.where(tmp2, tmp0, tmp3)
        tmp5 = r0_1
        tmp6 = tmp4 == tmp5
        tmp7 = tl.full([1, 1], -1.0, tl.float32)
        tmp8 = tl.full([1, 1], 0.0, tl.float32)
        tmp9 = tl.where(tmp6, tmp7, tmp8)
        tmp14 = (tmp11 / tmp13)
        tmp15 = tl.where(tmp2, tmp14, tmp8)
        tmp16 = tmp9 * tmp15
        tmp17 = tl.broadcast_to(tmp16, [XBLOCK, R0_BLOCK])
        tmp19 = _tmp18 + tmp17
        _tmp18 = tl.where(r0_mask, tmp19, _tmp18)
    tmp18 = tl.sum(_tmp18, 1)[:, None]
    tmp29 = tl.load(in_ptr1 + (0))
    tmp30 = tl.broadcast_to(tmp29, [1, 1])
    tmp31 = tl.load(in_ptr2 + (0))
    tmp32 = tl.broadcast_to(tmp31, [1, 1])
    tmp38 = tl.load(in_ptr3 + (x0), None, eviction_policy='evict_last')
    tmp40 = tl.load(in_ptr4 + (x0), None, eviction_policy='evict_last')
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_1 = r0_index
        tmp36 = tl.load(in_out_ptr0 + (r0_1 + 50304*x0), r0_mask, eviction_policy='evict_first', other=0.0).to(tl.float32)
        tmp20 = tl.full([1, 1], -100, tl.int64)
        tmp21 = tmp0 != tmp20
        tmp22 = tl.full([1, 1], 0, tl.int64)
        tmp23 = tl.where(tmp21, tmp0, tmp22)
        tmp24 = r0_1
        tmp25 = tmp23 == tmp24
        tmp26 = tl.full([1, 1], -1.0, tl.float32)
        tmp27 = tl.full([1, 1], 0.0, tl.float32)
        tmp28 = tl.where(tmp25, tmp26, tmp27)
        tmp33 = (tmp30 / tmp32)
        tmp34 = tl.where(tmp21, tmp33, tmp27)
        tmp35 = tmp28 * tmp34
        tmp37 = tmp36.to(tl.float32)
        tmp39 = tmp37 - tmp38
        tmp41 = tmp39 - tmp40
        tmp42 = libdevice.exp(tmp41)
        tmp43 = tmp42 * tmp18
        tmp44 = tmp35 - tmp43
        tmp45 = tmp44.to(tl.float32)
        tl.store(in_out_ptr0 + (r0_1 + 50304*x0), tmp45, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/pd/cpdt3lplhwfadlivcdedcihmzuvk537qgzkhuuqpvupybmaxihn3.py
# Topologically Sorted Source Nodes: [view_54, clone, clone_2, mul_45, mul_46, sum_5, layer_norm_8, mul_47, sum_6, mul_48, sub_13, sub_14, div_2, mul_49, mul_50, sum_7, sum_8, convert_element_type_87], Original ATen: [aten.view, aten.native_layer_norm_backward, aten.native_layer_norm]
# Source node to ATen node mapping:
#   clone => convert_element_type_83
#   clone_2 => convert_element_type_85
#   convert_element_type_87 => convert_element_type_87
#   div_2 => div_2
#   layer_norm_8 => convert_element_type_72, mul_40, sub_8
#   mul_45 => mul_45
#   mul_46 => mul_46
#   mul_47 => mul_47
#   mul_48 => mul_48
#   mul_49 => mul_49
#   mul_50 => mul_50
#   sub_13 => sub_13
#   sub_14 => sub_14
#   sum_5 => sum_5
#   sum_6 => sum_6
#   sum_7 => sum_7
#   sum_8 => sum_8
#   view_54 => view_54
# Graph fragment:
#   %mm_2 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_2]
#   %primals_52 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_52]
#   %add_32 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_32]
#   %getitem_65 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=getitem_65]
#   %rsqrt_8 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt_8]
#   %sum_5 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=sum_5]
#   %sum_6 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=sum_6]
#   %view_54 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_2, [8, 1024, 768]), kwargs = {})
#   %convert_element_type_83 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_54, torch.float32), kwargs = {})
#   %convert_element_type_85 : Tensor "f32[768][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%primals_52, torch.float32), kwargs = {})
#   %mul_45 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_83, %convert_element_type_85), kwargs = {})
#   %mul_46 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_45, 768), kwargs = {})
#   %sum_5 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_45, [2], True), kwargs = {})
#   %convert_element_type_72 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_32, torch.float32), kwargs = {})
#   %sub_8 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%convert_element_type_72, %getitem_65), kwargs = {})
#   %mul_40 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.mul.Tensor](args = (%sub_8, %rsqrt_8), kwargs = {})
#   %mul_47 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_45, %mul_40), kwargs = {})
#   %sum_6 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_47, [2], True), kwargs = {})
#   %mul_48 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_40, %sum_6), kwargs = {})
#   %sub_13 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%mul_46, %sum_5), kwargs = {})
#   %sub_14 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%sub_13, %mul_48), kwargs = {})
#   %div_2 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%rsqrt_8, 768), kwargs = {})
#   %mul_49 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%div_2, %sub_14), kwargs = {})
#   %mul_50 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_83, %mul_40), kwargs = {})
#   %sum_7 : Tensor "f32[768][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_50, [0, 1]), kwargs = {})
#   %sum_8 : Tensor "f32[768][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%convert_element_type_83, [0, 1]), kwargs = {})
#   %convert_element_type_87 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_49, torch.bfloat16), kwargs = {})
#   return %sum_5,%sum_6,%convert_element_type_87
triton_per_fused_native_layer_norm_native_layer_norm_backward_view_1 = async_compile.triton('triton_per_fused_native_layer_norm_native_layer_norm_backward_view_1', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.persistent_reduction(
    size_hints={'x': 8192, 'r0_': 1024},
    reduction_hint=ReductionHint.INNER,
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'in_ptr3': '*fp32', 'in_ptr4': '*fp32', 'out_ptr2': '*bf16', 'ws_ptr': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'RSPLIT_SIZE': 'constexpr', 'NUM_STAGES': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]], (8,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'MixOrderReductionGrid', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused_native_layer_norm_native_layer_norm_backward_view_1', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 5, 'num_store': -1, 'num_reduction': 2, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'RSPLIT_SIZE': 16}
)
@triton.jit
def triton_per_fused_native_layer_norm_native_layer_norm_backward_view_1(in_ptr0, in_ptr1, in_ptr2, in_ptr3, in_ptr4, out_ptr2, ws_ptr, xnumel, r0_numel, XBLOCK : tl.constexpr, RSPLIT_SIZE : tl.constexpr, NUM_STAGES : tl.constexpr):
    xnumel = 8192
    r0_numel = 768
    R0_BLOCK: tl.constexpr = 1024
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * RSPLIT_SIZE
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_index = tl.arange(0, R0_BLOCK)[None, :]
    r0_offset = 0
    r0_mask = r0_index < r0_numel
    roffset = r0_offset
    rindex = r0_index
    r0_1 = r0_index
    accum0 = tl.full([R0_BLOCK], 0, tl.float32)[None, :]
    accum1 = tl.full([R0_BLOCK], 0, tl.float32)[None, :]
    split_size = min(RSPLIT_SIZE, xnumel - xoffset)
    for _ in tl.range(0, split_size, XBLOCK, num_stages=NUM_STAGES):
        x0 = xindex
        xindex += XBLOCK
        tmp0 = tl.load(in_ptr0 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp2 = tl.load(in_ptr1 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
        tmp9 = tl.load(in_ptr2 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp11 = tl.load(in_ptr3 + (x0), None, eviction_policy='evict_last')
        tmp13 = tl.load(in_ptr4 + (x0), None, eviction_policy='evict_last')
        tmp1 = tmp0.to(tl.float32)
        tmp3 = tmp2.to(tl.float32)
        tmp4 = tmp1 * tmp3
        tmp5 = tl.broadcast_to(tmp4, [XBLOCK, R0_BLOCK])
        tmp7 = tl.where(r0_mask, tmp5, 0)
        tmp8 = tl.sum(tmp7, 1)[:, None].to(tl.float32)
        tmp10 = tmp9.to(tl.float32)
        tmp12 = tmp10 - tmp11
        tmp14 = tmp12 * tmp13
        tmp15 = tmp4 * tmp14
        tmp16 = tl.broadcast_to(tmp15, [XBLOCK, R0_BLOCK])
        tmp18 = tl.where(r0_mask, tmp16, 0)
        tmp19 = tl.sum(tmp18, 1)[:, None].to(tl.float32)
        tmp20 = tl.full([1, 1], 0.0013020833333333333, tl.float32)
        tmp21 = tmp13 * tmp20
        tmp22 = tl.full([1, 1], 768.0, tl.float32)
        tmp23 = tmp4 * tmp22
        tmp24 = tmp23 - tmp8
        tmp25 = tmp14 * tmp19
        tmp26 = tmp24 - tmp25
        tmp27 = tmp21 * tmp26
        tmp28 = tmp27.to(tl.float32)
        tmp29 = tmp1 * tmp14
        tl.store(out_ptr2 + (r0_1 + 768*x0), tmp28, r0_mask)
        tmp30 = tl.sum(tmp29, 0)
        tmp31 = accum0 + tmp30
        accum0 = tmp31
        tmp32 = tl.sum(tmp1, 0)
        tmp33 = accum1 + tmp32
        accum1 = tmp33
    tl.store(ws_ptr + (tl.program_id(0) + 0 * tl.num_programs(0)) * r0_numel + r0_index, accum0, r0_mask)
    tl.store(ws_ptr + (tl.program_id(0) + 1 * tl.num_programs(0)) * r0_numel + r0_index, accum1, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/ey/ceykoxuvlbd77pyssv2n6wxnacyxvarv6z4fi2l6j46uhvijpwuu.py
# Topologically Sorted Source Nodes: [convert_element_type_88], Original ATen: [aten.native_layer_norm_backward]
# Source node to ATen node mapping:
#   convert_element_type_88 => convert_element_type_88
# Graph fragment:
#   %sum_7 : Tensor "f32[768][1]cuda:0" = PlaceHolder[target=sum_7]
#   %convert_element_type_88 : Tensor "bf16[768][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%sum_7, torch.bfloat16), kwargs = {})
#   return %convert_element_type_88
triton_poi_fused_native_layer_norm_backward_2 = async_compile.triton('triton_poi_fused_native_layer_norm_backward_2', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 1024}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*fp32', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_native_layer_norm_backward_2', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 6144}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_native_layer_norm_backward_2(in_ptr0, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 768
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = xindex < xnumel
    x0 = xindex
    tmp0 = tl.load(in_ptr0 + (x0), xmask)
    tmp1 = tmp0.to(tl.float32)
    tl.store(out_ptr0 + (x0), tmp1, xmask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/ia/cias3jtulglzhnlukux7m37z3mgq6w3cpdyz5leqxyca5ifbwnnz.py
# Topologically Sorted Source Nodes: [view_55, sum_9], Original ATen: [aten.view, aten.sum]
# Source node to ATen node mapping:
#   sum_9 => sum_9
#   view_55 => view_55
# Graph fragment:
#   %convert_element_type_87 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=convert_element_type_87]
#   %view_55 : Tensor "bf16[8192, 768][768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.reshape.default](args = (%convert_element_type_87, [8192, 768]), kwargs = {})
#   %sum_9 : Tensor "bf16[1, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%view_55, [0], True), kwargs = {})
#   return %buf14
triton_red_fused_sum_view_3 = async_compile.triton('triton_red_fused_sum_view_3', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.reduction(
    size_hints={'x': 65536, 'r0_': 128},
    reduction_hint=ReductionHint.OUTER,
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'out_ptr0': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'R0_BLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused_sum_view_3', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 12976128, 'r0_': 0}}
)
@triton.jit
def triton_red_fused_sum_view_3(in_ptr0, out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
    xnumel = 49152
    r0_numel = 128
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_base = tl.arange(0, R0_BLOCK)[None, :]
    rbase = r0_base
    x0 = (xindex % 768)
    x1 = xindex // 768
    _tmp2 = tl.full([XBLOCK, R0_BLOCK], 0, tl.float32)
    x3 = xindex
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_2 = r0_index
        tmp0 = tl.load(in_ptr0 + (x0 + 768*r0_2 + 98304*x1), r0_mask, eviction_policy='evict_first', other=0.0).to(tl.float32)
        tmp1 = tl.broadcast_to(tmp0, [XBLOCK, R0_BLOCK])
        tmp3 = _tmp2 + tmp1
        _tmp2 = tl.where(r0_mask, tmp3, _tmp2)
    tmp2 = tl.sum(_tmp2, 1)[:, None]
    tl.store(out_ptr0 + (x3), tmp2, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/fz/cfzq4fhw76zslxzx7zrdgumc7locq5cie6oef76rmejm2pkgjpp2.py
# Topologically Sorted Source Nodes: [view_55, sum_9], Original ATen: [aten.view, aten.sum]
# Source node to ATen node mapping:
#   sum_9 => sum_9
#   view_55 => view_55
# Graph fragment:
#   %buf14 : Tensor "f32[1, 768, 64][49152, 1, 768]cuda:0" = PlaceHolder[target=buf14]
#   %view_55 : Tensor "bf16[8192, 768][768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.reshape.default](args = (%convert_element_type_87, [8192, 768]), kwargs = {})
#   %sum_9 : Tensor "bf16[1, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%view_55, [0], True), kwargs = {})
#   return %sum_9
triton_per_fused_sum_view_4 = async_compile.triton('triton_per_fused_sum_view_4', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.persistent_reduction(
    size_hints={'x': 1024, 'r0_': 64},
    reduction_hint=ReductionHint.OUTER,
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*fp32', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused_sum_view_4', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 199680, 'r0_': 0}}
)
@triton.jit
def triton_per_fused_sum_view_4(in_ptr0, out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr):
    xnumel = 768
    r0_numel = 64
    R0_BLOCK: tl.constexpr = 64
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
    tmp0 = tl.load(in_ptr0 + (x0 + 768*r0_1), xmask, other=0.0)
    tmp1 = tl.broadcast_to(tmp0, [XBLOCK, R0_BLOCK])
    tmp3 = tl.where(xmask, tmp1, 0)
    tmp4 = tl.sum(tmp3, 1)[:, None].to(tl.float32)
    tl.store(out_ptr0 + (x0), tmp4, xmask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/cs/ccsugtduvv4k7dotnmstdyrk74gdgibxyme7iidyqoe76crs6czw.py
# Topologically Sorted Source Nodes: [view_57, convert_element_type_94, linear_14, gelu_3, mul_56, mul_57, sub_15, mul_58, add_37, mul_59, mul_60, mul_61, add_38, mul_62, convert_element_type_96], Original ATen: [aten.view, aten.gelu_backward, aten.gelu]
# Source node to ATen node mapping:
#   add_37 => add_37
#   add_38 => add_38
#   convert_element_type_94 => convert_element_type_94
#   convert_element_type_96 => convert_element_type_96
#   gelu_3 => add_30, add_31, convert_element_type_67, mul_34, mul_35, mul_36, mul_37, mul_38, tanh_3
#   linear_14 => view_45
#   mul_56 => mul_56
#   mul_57 => mul_57
#   mul_58 => mul_58
#   mul_59 => mul_59
#   mul_60 => mul_60
#   mul_61 => mul_61
#   mul_62 => mul_62
#   sub_15 => sub_15
#   view_57 => view_57
# Graph fragment:
#   %mm_3 : Tensor "bf16[8192, 3072][3072, 1]cuda:0" = PlaceHolder[target=mm_3]
#   %addmm_14 : Tensor "bf16[8192, 3072][3072, 1]cuda:0" = PlaceHolder[target=addmm_14]
#   %view_57 : Tensor "bf16[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_3, [8, 1024, 3072]), kwargs = {})
#   %convert_element_type_94 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_57, torch.float32), kwargs = {})
#   %view_45 : Tensor "bf16[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%addmm_14, [8, 1024, 3072]), kwargs = {})
#   %convert_element_type_67 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=4] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_45, torch.float32), kwargs = {})
#   %mul_34 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_67, %convert_element_type_67), kwargs = {})
#   %mul_35 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_34, %convert_element_type_67), kwargs = {})
#   %mul_36 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_35, 0.044715), kwargs = {})
#   %add_30 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%convert_element_type_67, %mul_36), kwargs = {})
#   %mul_37 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_30, 0.7978845608028654), kwargs = {})
#   %tanh_3 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.tanh.default](args = (%mul_37,), kwargs = {})
#   %add_31 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%tanh_3, 1), kwargs = {})
#   %mul_56 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_31, 0.5), kwargs = {})
#   %mul_57 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%tanh_3, %tanh_3), kwargs = {})
#   %sub_15 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (1, %mul_57), kwargs = {})
#   %mul_58 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_34, 0.134145), kwargs = {})
#   %add_37 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_58, 1), kwargs = {})
#   %mul_59 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_37, 0.7978845608028654), kwargs = {})
#   %mul_38 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_67, 0.5), kwargs = {})
#   %mul_60 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_38, %sub_15), kwargs = {})
#   %mul_61 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_60, %mul_59), kwargs = {})
#   %add_38 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_56, %mul_61), kwargs = {})
#   %mul_62 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_94, %add_38), kwargs = {})
#   %convert_element_type_96 : Tensor "bf16[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_62, torch.bfloat16), kwargs = {})
#   return %convert_element_type_96
triton_poi_fused_gelu_gelu_backward_view_5 = async_compile.triton('triton_poi_fused_gelu_gelu_backward_view_5', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 33554432}, 
    filename=__file__,
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_gelu_gelu_backward_view_5', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 2, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 201326592}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_gelu_gelu_backward_view_5(in_out_ptr0, in_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 25165824
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = xindex
    tmp0 = tl.load(in_out_ptr0 + (x0), None).to(tl.float32)
    tmp2 = tl.load(in_ptr0 + (x0), None).to(tl.float32)
    tmp1 = tmp0.to(tl.float32)
    tmp3 = tmp2.to(tl.float32)
    tmp4 = tmp3 * tmp3
    tmp5 = tmp4 * tmp3
    tmp6 = tl.full([1], 0.044715, tl.float32)
    tmp7 = tmp5 * tmp6
    tmp8 = tmp3 + tmp7
    tmp9 = tl.full([1], 0.7978845608028654, tl.float32)
    tmp10 = tmp8 * tmp9
    tmp11 = libdevice.tanh(tmp10)
    tmp12 = tl.full([1], 1.0, tl.float32)
    tmp13 = tmp11 + tmp12
    tmp14 = tl.full([1], 0.5, tl.float32)
    tmp15 = tmp13 * tmp14
    tmp16 = tmp3 * tmp14
    tmp17 = tmp11 * tmp11
    tmp18 = tmp12 - tmp17
    tmp19 = tmp16 * tmp18
    tmp20 = tl.full([1], 0.134145, tl.float32)
    tmp21 = tmp4 * tmp20
    tmp22 = tmp21 + tmp12
    tmp23 = tmp22 * tmp9
    tmp24 = tmp19 * tmp23
    tmp25 = tmp15 + tmp24
    tmp26 = tmp1 * tmp25
    tmp27 = tmp26.to(tl.float32)
    tl.store(in_out_ptr0 + (x0), tmp27, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/xp/cxp4xyv5k3gliz4yvqnq7hativml2gjfxqixl2xlmdhrjztkxqmt.py
# Topologically Sorted Source Nodes: [view_57, convert_element_type_94, linear_14, gelu_3, mul_56, mul_57, sub_15, mul_58, add_37, mul_59, mul_60, mul_61, add_38, mul_62, convert_element_type_96, view_58, sum_10], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.sum]
# Source node to ATen node mapping:
#   add_37 => add_37
#   add_38 => add_38
#   convert_element_type_94 => convert_element_type_94
#   convert_element_type_96 => convert_element_type_96
#   gelu_3 => add_30, add_31, convert_element_type_67, mul_34, mul_35, mul_36, mul_37, mul_38, tanh_3
#   linear_14 => view_45
#   mul_56 => mul_56
#   mul_57 => mul_57
#   mul_58 => mul_58
#   mul_59 => mul_59
#   mul_60 => mul_60
#   mul_61 => mul_61
#   mul_62 => mul_62
#   sub_15 => sub_15
#   sum_10 => sum_10
#   view_57 => view_57
#   view_58 => view_58
# Graph fragment:
#   %convert_element_type_96 : Tensor "bf16[8, 1024, 3072][3145728, 3072, 1]cuda:0" = PlaceHolder[target=convert_element_type_96]
#   %view_57 : Tensor "bf16[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_3, [8, 1024, 3072]), kwargs = {})
#   %convert_element_type_94 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_57, torch.float32), kwargs = {})
#   %view_45 : Tensor "bf16[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%addmm_14, [8, 1024, 3072]), kwargs = {})
#   %convert_element_type_67 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=4] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_45, torch.float32), kwargs = {})
#   %mul_34 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_67, %convert_element_type_67), kwargs = {})
#   %mul_35 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_34, %convert_element_type_67), kwargs = {})
#   %mul_36 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_35, 0.044715), kwargs = {})
#   %add_30 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%convert_element_type_67, %mul_36), kwargs = {})
#   %mul_37 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_30, 0.7978845608028654), kwargs = {})
#   %tanh_3 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.tanh.default](args = (%mul_37,), kwargs = {})
#   %add_31 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%tanh_3, 1), kwargs = {})
#   %mul_56 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_31, 0.5), kwargs = {})
#   %mul_57 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%tanh_3, %tanh_3), kwargs = {})
#   %sub_15 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (1, %mul_57), kwargs = {})
#   %mul_58 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_34, 0.134145), kwargs = {})
#   %add_37 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_58, 1), kwargs = {})
#   %mul_59 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_37, 0.7978845608028654), kwargs = {})
#   %mul_38 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_67, 0.5), kwargs = {})
#   %mul_60 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_38, %sub_15), kwargs = {})
#   %mul_61 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_60, %mul_59), kwargs = {})
#   %add_38 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_56, %mul_61), kwargs = {})
#   %mul_62 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_94, %add_38), kwargs = {})
#   %convert_element_type_96 : Tensor "bf16[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_62, torch.bfloat16), kwargs = {})
#   %view_58 : Tensor "bf16[8192, 3072][3072, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.reshape.default](args = (%convert_element_type_96, [8192, 3072]), kwargs = {})
#   %sum_10 : Tensor "bf16[1, 3072][3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%view_58, [0], True), kwargs = {})
#   return %buf19
triton_red_fused_gelu_gelu_backward_sum_view_6 = async_compile.triton('triton_red_fused_gelu_gelu_backward_sum_view_6', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.reduction(
    size_hints={'x': 262144, 'r0_': 128},
    reduction_hint=ReductionHint.OUTER,
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'out_ptr0': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'R0_BLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused_gelu_gelu_backward_sum_view_6', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 51904512, 'r0_': 0}}
)
@triton.jit
def triton_red_fused_gelu_gelu_backward_sum_view_6(in_ptr0, out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
    xnumel = 196608
    r0_numel = 128
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_base = tl.arange(0, R0_BLOCK)[None, :]
    rbase = r0_base
    x0 = (xindex % 3072)
    x1 = xindex // 3072
    _tmp2 = tl.full([XBLOCK, R0_BLOCK], 0, tl.float32)
    x3 = xindex
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_2 = r0_index
        tmp0 = tl.load(in_ptr0 + (x0 + 3072*r0_2 + 393216*x1), r0_mask, eviction_policy='evict_first', other=0.0).to(tl.float32)
        tmp1 = tl.broadcast_to(tmp0, [XBLOCK, R0_BLOCK])
        tmp3 = _tmp2 + tmp1
        _tmp2 = tl.where(r0_mask, tmp3, _tmp2)
    tmp2 = tl.sum(_tmp2, 1)[:, None]
    tl.store(out_ptr0 + (x3), tmp2, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/io/ciopllutjiltgrwoix537mfzzses242ll2mfxojzjasrjng2tn2r.py
# Topologically Sorted Source Nodes: [view_57, convert_element_type_94, linear_14, gelu_3, mul_56, mul_57, sub_15, mul_58, add_37, mul_59, mul_60, mul_61, add_38, mul_62, convert_element_type_96, view_58, sum_10], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.sum]
# Source node to ATen node mapping:
#   add_37 => add_37
#   add_38 => add_38
#   convert_element_type_94 => convert_element_type_94
#   convert_element_type_96 => convert_element_type_96
#   gelu_3 => add_30, add_31, convert_element_type_67, mul_34, mul_35, mul_36, mul_37, mul_38, tanh_3
#   linear_14 => view_45
#   mul_56 => mul_56
#   mul_57 => mul_57
#   mul_58 => mul_58
#   mul_59 => mul_59
#   mul_60 => mul_60
#   mul_61 => mul_61
#   mul_62 => mul_62
#   sub_15 => sub_15
#   sum_10 => sum_10
#   view_57 => view_57
#   view_58 => view_58
# Graph fragment:
#   %buf19 : Tensor "f32[1, 3072, 64][196608, 1, 3072]cuda:0" = PlaceHolder[target=buf19]
#   %view_57 : Tensor "bf16[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_3, [8, 1024, 3072]), kwargs = {})
#   %convert_element_type_94 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_57, torch.float32), kwargs = {})
#   %view_45 : Tensor "bf16[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%addmm_14, [8, 1024, 3072]), kwargs = {})
#   %convert_element_type_67 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=4] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_45, torch.float32), kwargs = {})
#   %mul_34 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_67, %convert_element_type_67), kwargs = {})
#   %mul_35 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_34, %convert_element_type_67), kwargs = {})
#   %mul_36 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_35, 0.044715), kwargs = {})
#   %add_30 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%convert_element_type_67, %mul_36), kwargs = {})
#   %mul_37 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_30, 0.7978845608028654), kwargs = {})
#   %tanh_3 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.tanh.default](args = (%mul_37,), kwargs = {})
#   %add_31 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%tanh_3, 1), kwargs = {})
#   %mul_56 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_31, 0.5), kwargs = {})
#   %mul_57 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%tanh_3, %tanh_3), kwargs = {})
#   %sub_15 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (1, %mul_57), kwargs = {})
#   %mul_58 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_34, 0.134145), kwargs = {})
#   %add_37 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_58, 1), kwargs = {})
#   %mul_59 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_37, 0.7978845608028654), kwargs = {})
#   %mul_38 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_67, 0.5), kwargs = {})
#   %mul_60 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_38, %sub_15), kwargs = {})
#   %mul_61 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_60, %mul_59), kwargs = {})
#   %add_38 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_56, %mul_61), kwargs = {})
#   %mul_62 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_94, %add_38), kwargs = {})
#   %convert_element_type_96 : Tensor "bf16[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_62, torch.bfloat16), kwargs = {})
#   %view_58 : Tensor "bf16[8192, 3072][3072, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.reshape.default](args = (%convert_element_type_96, [8192, 3072]), kwargs = {})
#   %sum_10 : Tensor "bf16[1, 3072][3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%view_58, [0], True), kwargs = {})
#   return %sum_10
triton_per_fused_gelu_gelu_backward_sum_view_7 = async_compile.triton('triton_per_fused_gelu_gelu_backward_sum_view_7', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.persistent_reduction(
    size_hints={'x': 4096, 'r0_': 64},
    reduction_hint=ReductionHint.OUTER,
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*fp32', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused_gelu_gelu_backward_sum_view_7', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 798720, 'r0_': 0}}
)
@triton.jit
def triton_per_fused_gelu_gelu_backward_sum_view_7(in_ptr0, out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr):
    xnumel = 3072
    r0_numel = 64
    R0_BLOCK: tl.constexpr = 64
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
    tmp0 = tl.load(in_ptr0 + (x0 + 3072*r0_1), xmask, other=0.0)
    tmp1 = tl.broadcast_to(tmp0, [XBLOCK, R0_BLOCK])
    tmp3 = tl.where(xmask, tmp1, 0)
    tmp4 = tl.sum(tmp3, 1)[:, None].to(tl.float32)
    tl.store(out_ptr0 + (x0), tmp4, xmask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/wq/cwq6dzfuny5tf6ln3oie7eb2rifwms2klh54ugansxsiqyihfcvz.py
# Topologically Sorted Source Nodes: [view_60, clone_4, clone_6, mul_64, mul_65, sum_11, layer_norm_7, mul_66, sum_12, mul_67, sub_17, sub_18, div_3, mul_68, mul_69, sum_13, sum_14, convert_element_type_105, add_39], Original ATen: [aten.view, aten.native_layer_norm_backward, aten.native_layer_norm, aten.add]
# Source node to ATen node mapping:
#   add_39 => add_39
#   clone_4 => convert_element_type_101
#   clone_6 => convert_element_type_103
#   convert_element_type_105 => convert_element_type_105
#   div_3 => div_3
#   layer_norm_7 => convert_element_type_62, mul_32, sub_7
#   mul_64 => mul_64
#   mul_65 => mul_65
#   mul_66 => mul_66
#   mul_67 => mul_67
#   mul_68 => mul_68
#   mul_69 => mul_69
#   sub_17 => sub_17
#   sub_18 => sub_18
#   sum_11 => sum_11
#   sum_12 => sum_12
#   sum_13 => sum_13
#   sum_14 => sum_14
#   view_60 => view_60
# Graph fragment:
#   %mm_5 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_5]
#   %primals_46 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_46]
#   %add_27 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_27]
#   %getitem_63 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=getitem_63]
#   %rsqrt_7 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt_7]
#   %convert_element_type_87 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=convert_element_type_87]
#   %sum_11 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=sum_11]
#   %sum_12 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=sum_12]
#   %view_60 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_5, [8, 1024, 768]), kwargs = {})
#   %convert_element_type_101 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_60, torch.float32), kwargs = {})
#   %convert_element_type_103 : Tensor "f32[768][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%primals_46, torch.float32), kwargs = {})
#   %mul_64 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_101, %convert_element_type_103), kwargs = {})
#   %mul_65 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_64, 768), kwargs = {})
#   %sum_11 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_64, [2], True), kwargs = {})
#   %convert_element_type_62 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_27, torch.float32), kwargs = {})
#   %sub_7 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%convert_element_type_62, %getitem_63), kwargs = {})
#   %mul_32 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.mul.Tensor](args = (%sub_7, %rsqrt_7), kwargs = {})
#   %mul_66 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_64, %mul_32), kwargs = {})
#   %sum_12 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_66, [2], True), kwargs = {})
#   %mul_67 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_32, %sum_12), kwargs = {})
#   %sub_17 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%mul_65, %sum_11), kwargs = {})
#   %sub_18 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%sub_17, %mul_67), kwargs = {})
#   %div_3 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%rsqrt_7, 768), kwargs = {})
#   %mul_68 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%div_3, %sub_18), kwargs = {})
#   %mul_69 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_101, %mul_32), kwargs = {})
#   %sum_13 : Tensor "f32[768][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_69, [0, 1]), kwargs = {})
#   %sum_14 : Tensor "f32[768][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%convert_element_type_101, [0, 1]), kwargs = {})
#   %convert_element_type_105 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_68, torch.bfloat16), kwargs = {})
#   %add_39 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%convert_element_type_87, %convert_element_type_105), kwargs = {})
#   return %sum_11,%sum_12,%add_39
triton_per_fused_add_native_layer_norm_native_layer_norm_backward_view_8 = async_compile.triton('triton_per_fused_add_native_layer_norm_native_layer_norm_backward_view_8', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.persistent_reduction(
    size_hints={'x': 8192, 'r0_': 1024},
    reduction_hint=ReductionHint.INNER,
    filename=__file__,
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'in_ptr3': '*fp32', 'in_ptr4': '*fp32', 'ws_ptr': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'RSPLIT_SIZE': 'constexpr', 'NUM_STAGES': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]], (8,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'MixOrderReductionGrid', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused_add_native_layer_norm_native_layer_norm_backward_view_8', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 6, 'num_store': -1, 'num_reduction': 2, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'RSPLIT_SIZE': 16}
)
@triton.jit
def triton_per_fused_add_native_layer_norm_native_layer_norm_backward_view_8(in_out_ptr0, in_ptr0, in_ptr1, in_ptr2, in_ptr3, in_ptr4, ws_ptr, xnumel, r0_numel, XBLOCK : tl.constexpr, RSPLIT_SIZE : tl.constexpr, NUM_STAGES : tl.constexpr):
    xnumel = 8192
    r0_numel = 768
    R0_BLOCK: tl.constexpr = 1024
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * RSPLIT_SIZE
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_index = tl.arange(0, R0_BLOCK)[None, :]
    r0_offset = 0
    r0_mask = r0_index < r0_numel
    roffset = r0_offset
    rindex = r0_index
    r0_1 = r0_index
    accum0 = tl.full([R0_BLOCK], 0, tl.float32)[None, :]
    accum1 = tl.full([R0_BLOCK], 0, tl.float32)[None, :]
    split_size = min(RSPLIT_SIZE, xnumel - xoffset)
    for _ in tl.range(0, split_size, XBLOCK, num_stages=NUM_STAGES):
        x0 = xindex
        xindex += XBLOCK
        tmp0 = tl.load(in_ptr0 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp2 = tl.load(in_ptr1 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
        tmp9 = tl.load(in_ptr2 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp11 = tl.load(in_ptr3 + (x0), None, eviction_policy='evict_last')
        tmp13 = tl.load(in_ptr4 + (x0), None, eviction_policy='evict_last')
        tmp20 = tl.load(in_out_ptr0 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp1 = tmp0.to(tl.float32)
        tmp3 = tmp2.to(tl.float32)
        tmp4 = tmp1 * tmp3
        tmp5 = tl.broadcast_to(tmp4, [XBLOCK, R0_BLOCK])
        tmp7 = tl.where(r0_mask, tmp5, 0)
        tmp8 = tl.sum(tmp7, 1)[:, None].to(tl.float32)
        tmp10 = tmp9.to(tl.float32)
        tmp12 = tmp10 - tmp11
        tmp14 = tmp12 * tmp13
        tmp15 = tmp4 * tmp14
        tmp16 = tl.broadcast_to(tmp15, [XBLOCK, R0_BLOCK])
        tmp18 = tl.where(r0_mask, tmp16, 0)
        tmp19 = tl.sum(tmp18, 1)[:, None].to(tl.float32)
        tmp21 = tl.full([1, 1], 0.0013020833333333333, tl.float32)
        tmp22 = tmp13 * tmp21
        tmp23 = tl.full([1, 1], 768.0, tl.float32)
        tmp24 = tmp4 * tmp23
        tmp25 = tmp24 - tmp8
        tmp26 = tmp14 * tmp19
        tmp27 = tmp25 - tmp26
        tmp28 = tmp22 * tmp27
        tmp29 = tmp28.to(tl.float32)
        tmp30 = tmp20 + tmp29
        tmp31 = tmp1 * tmp14
        tl.store(in_out_ptr0 + (r0_1 + 768*x0), tmp30, r0_mask)
        tmp32 = tl.sum(tmp31, 0)
        tmp33 = accum0 + tmp32
        accum0 = tmp33
        tmp34 = tl.sum(tmp1, 0)
        tmp35 = accum1 + tmp34
        accum1 = tmp35
    tl.store(ws_ptr + (tl.program_id(0) + 0 * tl.num_programs(0)) * r0_numel + r0_index, accum0, r0_mask)
    tl.store(ws_ptr + (tl.program_id(0) + 1 * tl.num_programs(0)) * r0_numel + r0_index, accum1, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/c3/cc3oox2a3z6ktmbwkj6x7zbezoreuj4q2fbc2rku73ctaus7wemq.py
# Topologically Sorted Source Nodes: [permute_50, view_65, permute_51, view_66, permute_52, view_67, cat], Original ATen: [aten.transpose, aten.view, aten.cat]
# Source node to ATen node mapping:
#   cat => cat
#   permute_50 => permute_50
#   permute_51 => permute_51
#   permute_52 => permute_52
#   view_65 => view_65
#   view_66 => view_66
#   view_67 => view_67
# Graph fragment:
#   %getitem_66 : Tensor "bf16[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0" = PlaceHolder[target=getitem_66]
#   %getitem_67 : Tensor "bf16[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0" = PlaceHolder[target=getitem_67]
#   %getitem_68 : Tensor "bf16[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0" = PlaceHolder[target=getitem_68]
#   %permute_50 : Tensor "bf16[8, 1024, 12, 64][786432, 768, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.permute.default](args = (%getitem_68, [0, 2, 1, 3]), kwargs = {})
#   %view_65 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%permute_50, [8, 1024, 768]), kwargs = {})
#   %permute_51 : Tensor "bf16[8, 1024, 12, 64][786432, 768, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.permute.default](args = (%getitem_67, [0, 2, 1, 3]), kwargs = {})
#   %view_66 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%permute_51, [8, 1024, 768]), kwargs = {})
#   %permute_52 : Tensor "bf16[8, 1024, 12, 64][786432, 768, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.permute.default](args = (%getitem_66, [0, 2, 1, 3]), kwargs = {})
#   %view_67 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%permute_52, [8, 1024, 768]), kwargs = {})
#   %cat : Tensor "bf16[8, 1024, 2304][2359296, 2304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.cat.default](args = ([%view_67, %view_66, %view_65], 2), kwargs = {})
#   return %cat
triton_poi_fused_cat_transpose_view_9 = async_compile.triton('triton_poi_fused_cat_transpose_view_9', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 33554432}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_cat_transpose_view_9', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 3, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 113246208}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_cat_transpose_view_9(in_ptr0, in_ptr1, in_ptr2, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 18874368
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = (xindex % 2304)
    x1 = xindex // 2304
    x2 = xindex
    tmp0 = x0
    tmp1 = tl.full([1], 0, tl.int64)
    tmp2 = tmp0 >= tmp1
    tmp3 = tl.full([1], 768, tl.int64)
    tmp4 = tmp0 < tmp3
    tmp5 = tl.load(in_ptr0 + (768*x1 + (x0)), tmp4, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp6 = tmp0 >= tmp3
    tmp7 = tl.full([1], 1536, tl.int64)
    tmp8 = tmp0 < tmp7
    tmp9 = tmp6 & tmp8
    tmp10 = tl.load(in_ptr1 + (768*x1 + ((-768) + x0)), tmp9, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp11 = tmp0 >= tmp7
    tmp12 = tl.full([1], 2304, tl.int64)
    tmp13 = tmp0 < tmp12
    tmp14 = tl.load(in_ptr2 + (768*x1 + ((-1536) + x0)), tmp11, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp15 = tl.where(tmp9, tmp10, tmp14)
    tmp16 = tl.where(tmp4, tmp5, tmp15)
    tl.store(out_ptr0 + (x2), tmp16, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/dy/cdywbrgqrh2d4a52gk5tbusjc232epdvfeufcllvoaijr3zpo7g6.py
# Topologically Sorted Source Nodes: [permute_50, view_65, permute_51, view_66, permute_52, view_67, cat, view_68, sum_16], Original ATen: [aten.transpose, aten.view, aten.cat, aten.sum]
# Source node to ATen node mapping:
#   cat => cat
#   permute_50 => permute_50
#   permute_51 => permute_51
#   permute_52 => permute_52
#   sum_16 => sum_16
#   view_65 => view_65
#   view_66 => view_66
#   view_67 => view_67
#   view_68 => view_68
# Graph fragment:
#   %cat : Tensor "bf16[8, 1024, 2304][2359296, 2304, 1]cuda:0" = PlaceHolder[target=cat]
#   %permute_50 : Tensor "bf16[8, 1024, 12, 64][786432, 768, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.permute.default](args = (%getitem_68, [0, 2, 1, 3]), kwargs = {})
#   %view_65 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%permute_50, [8, 1024, 768]), kwargs = {})
#   %permute_51 : Tensor "bf16[8, 1024, 12, 64][786432, 768, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.permute.default](args = (%getitem_67, [0, 2, 1, 3]), kwargs = {})
#   %view_66 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%permute_51, [8, 1024, 768]), kwargs = {})
#   %permute_52 : Tensor "bf16[8, 1024, 12, 64][786432, 768, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.permute.default](args = (%getitem_66, [0, 2, 1, 3]), kwargs = {})
#   %view_67 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%permute_52, [8, 1024, 768]), kwargs = {})
#   %cat : Tensor "bf16[8, 1024, 2304][2359296, 2304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.cat.default](args = ([%view_67, %view_66, %view_65], 2), kwargs = {})
#   %view_68 : Tensor "bf16[8192, 2304][2304, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.reshape.default](args = (%cat, [8192, 2304]), kwargs = {})
#   %sum_16 : Tensor "bf16[1, 2304][2304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%view_68, [0], True), kwargs = {})
#   return %buf41
triton_red_fused_cat_sum_transpose_view_10 = async_compile.triton('triton_red_fused_cat_sum_transpose_view_10', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.reduction(
    size_hints={'x': 262144, 'r0_': 128},
    reduction_hint=ReductionHint.OUTER,
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'out_ptr0': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'R0_BLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused_cat_sum_transpose_view_10', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 38928384, 'r0_': 0}}
)
@triton.jit
def triton_red_fused_cat_sum_transpose_view_10(in_ptr0, out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
    xnumel = 147456
    r0_numel = 128
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_base = tl.arange(0, R0_BLOCK)[None, :]
    rbase = r0_base
    x0 = (xindex % 2304)
    x1 = xindex // 2304
    _tmp2 = tl.full([XBLOCK, R0_BLOCK], 0, tl.float32)
    x3 = xindex
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_2 = r0_index
        tmp0 = tl.load(in_ptr0 + (x0 + 2304*r0_2 + 294912*x1), r0_mask, eviction_policy='evict_first', other=0.0).to(tl.float32)
        tmp1 = tl.broadcast_to(tmp0, [XBLOCK, R0_BLOCK])
        tmp3 = _tmp2 + tmp1
        _tmp2 = tl.where(r0_mask, tmp3, _tmp2)
    tmp2 = tl.sum(_tmp2, 1)[:, None]
    tl.store(out_ptr0 + (x3), tmp2, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/ju/cjukrmssxfu5zaq2nidkhq34sgwaqsr5abclcdkdp3k2kvkmx277.py
# Topologically Sorted Source Nodes: [permute_50, view_65, permute_51, view_66, permute_52, view_67, cat, view_68, sum_16], Original ATen: [aten.transpose, aten.view, aten.cat, aten.sum]
# Source node to ATen node mapping:
#   cat => cat
#   permute_50 => permute_50
#   permute_51 => permute_51
#   permute_52 => permute_52
#   sum_16 => sum_16
#   view_65 => view_65
#   view_66 => view_66
#   view_67 => view_67
#   view_68 => view_68
# Graph fragment:
#   %buf41 : Tensor "f32[1, 2304, 64][147456, 1, 2304]cuda:0" = PlaceHolder[target=buf41]
#   %permute_50 : Tensor "bf16[8, 1024, 12, 64][786432, 768, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.permute.default](args = (%getitem_68, [0, 2, 1, 3]), kwargs = {})
#   %view_65 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%permute_50, [8, 1024, 768]), kwargs = {})
#   %permute_51 : Tensor "bf16[8, 1024, 12, 64][786432, 768, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.permute.default](args = (%getitem_67, [0, 2, 1, 3]), kwargs = {})
#   %view_66 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%permute_51, [8, 1024, 768]), kwargs = {})
#   %permute_52 : Tensor "bf16[8, 1024, 12, 64][786432, 768, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.permute.default](args = (%getitem_66, [0, 2, 1, 3]), kwargs = {})
#   %view_67 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%permute_52, [8, 1024, 768]), kwargs = {})
#   %cat : Tensor "bf16[8, 1024, 2304][2359296, 2304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.cat.default](args = ([%view_67, %view_66, %view_65], 2), kwargs = {})
#   %view_68 : Tensor "bf16[8192, 2304][2304, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.reshape.default](args = (%cat, [8192, 2304]), kwargs = {})
#   %sum_16 : Tensor "bf16[1, 2304][2304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%view_68, [0], True), kwargs = {})
#   return %sum_16
triton_per_fused_cat_sum_transpose_view_11 = async_compile.triton('triton_per_fused_cat_sum_transpose_view_11', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.persistent_reduction(
    size_hints={'x': 4096, 'r0_': 64},
    reduction_hint=ReductionHint.OUTER,
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*fp32', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused_cat_sum_transpose_view_11', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 599040, 'r0_': 0}}
)
@triton.jit
def triton_per_fused_cat_sum_transpose_view_11(in_ptr0, out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr):
    xnumel = 2304
    r0_numel = 64
    R0_BLOCK: tl.constexpr = 64
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
    tmp0 = tl.load(in_ptr0 + (x0 + 2304*r0_1), xmask, other=0.0)
    tmp1 = tl.broadcast_to(tmp0, [XBLOCK, R0_BLOCK])
    tmp3 = tl.where(xmask, tmp1, 0)
    tmp4 = tl.sum(tmp3, 1)[:, None].to(tl.float32)
    tl.store(out_ptr0 + (x0), tmp4, xmask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/jb/cjbahec7jjfqdzf4cjcx3d75uayewwgkusretfu2cnr3wmu4jlf2.py
# Topologically Sorted Source Nodes: [full_2], Original ATen: [aten.embedding_dense_backward]
# Source node to ATen node mapping:
#   full_2 => full_default_8
# Graph fragment:
#   %full_default_8 : Tensor "f32[50304, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([50304, 768], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   return %index_put_1
triton_poi_fused_embedding_dense_backward_12 = async_compile.triton('triton_poi_fused_embedding_dense_backward_12', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 67108864}, 
    filename=__file__,
    triton_meta={'signature': {'out_ptr0': '*fp32', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_embedding_dense_backward_12', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 0, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 309067776}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_embedding_dense_backward_12(out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 38633472
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = xindex
    tmp0 = tl.full([1], 0.0, tl.float32)
    tl.store(out_ptr0 + (x0), tmp0, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/e3/ce3fhsbsooozfqqreo56ernfroy6xvtp3ayzgye2jcdpcp4pve6u.py
# Topologically Sorted Source Nodes: [cross_entropy, view_118, clone_32, clone_34, mul_149, mul_150, sum_53, x, layer_norm, mul_151, sum_54, mul_152, sub_41, sub_42, div_10, mul_153, mul_154, sum_55, sum_56, convert_element_type_219, add_58, convert_element_type_224, eq_1, unsqueeze_3, where_5, full_2, index_put_1], Original ATen: [aten.nll_loss_forward, aten.view, aten.native_layer_norm_backward, aten.add, aten.native_layer_norm, aten.embedding_dense_backward]
# Source node to ATen node mapping:
#   add_58 => add_58
#   clone_32 => convert_element_type_215
#   clone_34 => convert_element_type_217
#   convert_element_type_219 => convert_element_type_219
#   convert_element_type_224 => convert_element_type_224
#   cross_entropy => full_default_1
#   div_10 => div_10
#   eq_1 => eq_1
#   full_2 => full_default_8
#   index_put_1 => index_put_1
#   layer_norm => convert_element_type, mul, sub
#   mul_149 => mul_149
#   mul_150 => mul_150
#   mul_151 => mul_151
#   mul_152 => mul_152
#   mul_153 => mul_153
#   mul_154 => mul_154
#   sub_41 => sub_41
#   sub_42 => sub_42
#   sum_53 => sum_53
#   sum_54 => sum_54
#   sum_55 => sum_55
#   sum_56 => sum_56
#   unsqueeze_3 => unsqueeze_3
#   view_118 => view_118
#   where_5 => where_5
#   x => add
# Graph fragment:
#   %mm_33 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_33]
#   %primals_4 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_4]
#   %embedding : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=embedding]
#   %embedding_1 : Tensor "bf16[1024, 768][768, 1]cuda:0" = PlaceHolder[target=embedding_1]
#   %getitem_1 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=getitem_1]
#   %rsqrt : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt]
#   %add_57 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_57]
#   %sum_53 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=sum_53]
#   %sum_54 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=sum_54]
#   %primals_1 : Tensor "i64[8, 1024][1024, 1]cuda:0" = PlaceHolder[target=primals_1]
#   %add_58 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_58]
#   %index_put_1 : Tensor "f32[50304, 768][768, 1]cuda:0" = PlaceHolder[target=index_put_1]
#   %full_default_1 : Tensor "f32[][]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.full.default](args = ([], 0.0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %view_118 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_33, [8, 1024, 768]), kwargs = {})
#   %convert_element_type_215 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_118, torch.float32), kwargs = {})
#   %convert_element_type_217 : Tensor "f32[768][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%primals_4, torch.float32), kwargs = {})
#   %mul_149 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_215, %convert_element_type_217), kwargs = {})
#   %mul_150 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_149, 768), kwargs = {})
#   %sum_53 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_149, [2], True), kwargs = {})
#   %add : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%embedding, %embedding_1), kwargs = {})
#   %convert_element_type : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add, torch.float32), kwargs = {})
#   %sub : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%convert_element_type, %getitem_1), kwargs = {})
#   %mul : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.mul.Tensor](args = (%sub, %rsqrt), kwargs = {})
#   %mul_151 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_149, %mul), kwargs = {})
#   %sum_54 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_151, [2], True), kwargs = {})
#   %mul_152 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul, %sum_54), kwargs = {})
#   %sub_41 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%mul_150, %sum_53), kwargs = {})
#   %sub_42 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%sub_41, %mul_152), kwargs = {})
#   %div_10 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%rsqrt, 768), kwargs = {})
#   %mul_153 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%div_10, %sub_42), kwargs = {})
#   %mul_154 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_215, %mul), kwargs = {})
#   %sum_55 : Tensor "f32[768][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_154, [0, 1]), kwargs = {})
#   %sum_56 : Tensor "f32[768][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%convert_element_type_215, [0, 1]), kwargs = {})
#   %convert_element_type_219 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_153, torch.bfloat16), kwargs = {})
#   %add_58 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%add_57, %convert_element_type_219), kwargs = {})
#   %convert_element_type_224 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_58, torch.float32), kwargs = {})
#   %eq_1 : Tensor "b8[8, 1024][1024, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.eq.Scalar](args = (%primals_1, -1), kwargs = {})
#   %unsqueeze_3 : Tensor "b8[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%eq_1, -1), kwargs = {})
#   %where_5 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%unsqueeze_3, %full_default_1, %convert_element_type_224), kwargs = {})
#   %full_default_8 : Tensor "f32[50304, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([50304, 768], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %index_put_1 : Tensor "f32[50304, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.index_put_.default](args = (%full_default_8, [%primals_1], %where_5, True), kwargs = {})
#   return %sum_53,%sum_54,%add_58,%buf177
triton_per_fused_add_embedding_dense_backward_native_layer_norm_native_layer_norm_backward_nll_loss_forward_view_13 = async_compile.triton('triton_per_fused_add_embedding_dense_backward_native_layer_norm_native_layer_norm_backward_nll_loss_forward_view_13', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.persistent_reduction(
    size_hints={'x': 8192, 'r0_': 1024},
    reduction_hint=ReductionHint.INNER,
    filename=__file__,
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'in_ptr3': '*bf16', 'in_ptr4': '*fp32', 'in_ptr5': '*fp32', 'in_ptr6': '*i64', 'out_ptr2': '*fp32', 'ws_ptr': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'RSPLIT_SIZE': 'constexpr', 'NUM_STAGES': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]], (8,): [['tt.divisibility', 16]], (9,): [['tt.divisibility', 16]], (10,): [['tt.divisibility', 16]], (11,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'MixOrderReductionGrid', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused_add_embedding_dense_backward_native_layer_norm_native_layer_norm_backward_nll_loss_forward_view_13', 'mutated_arg_names': ['in_out_ptr0', 'out_ptr2'], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': True, 'num_load': 8, 'num_store': 0, 'num_reduction': 2, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'RSPLIT_SIZE': 16}
)
@triton.jit
def triton_per_fused_add_embedding_dense_backward_native_layer_norm_native_layer_norm_backward_nll_loss_forward_view_13(in_out_ptr0, in_ptr0, in_ptr1, in_ptr2, in_ptr3, in_ptr4, in_ptr5, in_ptr6, out_ptr2, ws_ptr, xnumel, r0_numel, XBLOCK : tl.constexpr, RSPLIT_SIZE : tl.constexpr, NUM_STAGES : tl.constexpr):
    xnumel = 8192
    r0_numel = 768
    R0_BLOCK: tl.constexpr = 1024
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * RSPLIT_SIZE
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_index = tl.arange(0, R0_BLOCK)[None, :]
    r0_offset = 0
    r0_mask = r0_index < r0_numel
    roffset = r0_offset
    rindex = r0_index
    r0_1 = r0_index
    accum0 = tl.full([R0_BLOCK], 0, tl.float32)[None, :]
    accum1 = tl.full([R0_BLOCK], 0, tl.float32)[None, :]
    split_size = min(RSPLIT_SIZE, xnumel - xoffset)
    for _ in tl.range(0, split_size, XBLOCK, num_stages=NUM_STAGES):
        x0 = xindex
        x2 = (xindex % 1024)
        xindex += XBLOCK
        tmp0 = tl.load(in_ptr0 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp2 = tl.load(in_ptr1 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
        tmp9 = tl.load(in_ptr2 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp10 = tl.load(in_ptr3 + (r0_1 + 768*x2), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
        tmp13 = tl.load(in_ptr4 + (x0), None, eviction_policy='evict_last')
        tmp15 = tl.load(in_ptr5 + (x0), None, eviction_policy='evict_last')
        tmp22 = tl.load(in_out_ptr0 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp33 = tl.load(in_ptr6 + (x0), None, eviction_policy='evict_last')
        tmp1 = tmp0.to(tl.float32)
        tmp3 = tmp2.to(tl.float32)
        tmp4 = tmp1 * tmp3
        tmp5 = tl.broadcast_to(tmp4, [XBLOCK, R0_BLOCK])
        tmp7 = tl.where(r0_mask, tmp5, 0)
        tmp8 = tl.sum(tmp7, 1)[:, None].to(tl.float32)
        tmp11 = tmp9 + tmp10
        tmp12 = tmp11.to(tl.float32)
        tmp14 = tmp12 - tmp13
        tmp16 = tmp14 * tmp15
        tmp17 = tmp4 * tmp16
        tmp18 = tl.broadcast_to(tmp17, [XBLOCK, R0_BLOCK])
        tmp20 = tl.where(r0_mask, tmp18, 0)
        tmp21 = tl.sum(tmp20, 1)[:, None].to(tl.float32)
        tmp23 = tl.full([1, 1], 0.0013020833333333333, tl.float32)
        tmp24 = tmp15 * tmp23
        tmp25 = tl.full([1, 1], 768.0, tl.float32)
        tmp26 = tmp4 * tmp25
        tmp27 = tmp26 - tmp8
        tmp28 = tmp16 * tmp21
        tmp29 = tmp27 - tmp28
        tmp30 = tmp24 * tmp29
        tmp31 = tmp30.to(tl.float32)
        tmp32 = tmp22 + tmp31
        tmp34 = tl.full([1, 1], 50304, tl.int32)
        tmp35 = tmp33 + tmp34
        tmp36 = tmp33 < 0
        tmp37 = tl.where(tmp36, tmp35, tmp33)
        tl.device_assert((0 <= tmp37) & (tmp37 < 50304), "index out of bounds: 0 <= tmp37 < 50304")
        tmp39 = tl.full([1, 1], -1, tl.int64)
        tmp40 = tmp33 == tmp39
        tmp41 = tmp32.to(tl.float32)
        tmp42 = tl.full([1, 1], 0.0, tl.float32)
        tmp43 = tl.where(tmp40, tmp42, tmp41)
        tmp44 = tmp1 * tmp16
        tl.store(in_out_ptr0 + (r0_1 + 768*x0), tmp32, r0_mask)
        tl.atomic_add(out_ptr2 + (tl.broadcast_to(r0_1 + 768*tmp37, [XBLOCK, R0_BLOCK])), tmp43, r0_mask, sem='relaxed')
        tmp45 = tl.sum(tmp44, 0)
        tmp46 = accum0 + tmp45
        accum0 = tmp46
        tmp47 = tl.sum(tmp1, 0)
        tmp48 = accum1 + tmp47
        accum1 = tmp48
    tl.store(ws_ptr + (tl.program_id(0) + 0 * tl.num_programs(0)) * r0_numel + r0_index, accum0, r0_mask)
    tl.store(ws_ptr + (tl.program_id(0) + 1 * tl.num_programs(0)) * r0_numel + r0_index, accum1, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/jj/cjj6sjuxugimhx3ccquzom5rvvwiur45fmz2q2cheratkqu4f65s.py
# Topologically Sorted Source Nodes: [full_1], Original ATen: [aten.embedding_dense_backward]
# Source node to ATen node mapping:
#   full_1 => full_default_6
# Graph fragment:
#   %full_default_6 : Tensor "f32[1024, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([1024, 768], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   return %index_put
triton_poi_fused_embedding_dense_backward_14 = async_compile.triton('triton_poi_fused_embedding_dense_backward_14', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 1048576}, 
    filename=__file__,
    triton_meta={'signature': {'out_ptr0': '*fp32', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_embedding_dense_backward_14', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 0, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 6291456}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_embedding_dense_backward_14(out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 786432
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = xindex
    tmp0 = tl.full([1], 0.0, tl.float32)
    tl.store(out_ptr0 + (x0), tmp0, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/cc/cccx4snnypf4u6mnscwix2qdvmr7dqbmc6z4xhk6mswuwovnvxia.py
# Topologically Sorted Source Nodes: [cross_entropy, sum_57, view_119, convert_element_type_222, eq, unsqueeze_2, where_4, full_1, index_put], Original ATen: [aten.nll_loss_forward, aten.sum, aten.view, aten.embedding_dense_backward]
# Source node to ATen node mapping:
#   convert_element_type_222 => convert_element_type_222
#   cross_entropy => full_default_1
#   eq => eq
#   full_1 => full_default_6
#   index_put => index_put
#   sum_57 => sum_57
#   unsqueeze_2 => unsqueeze_2
#   view_119 => view_119
#   where_4 => where_4
# Graph fragment:
#   %add_58 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_58]
#   %iota : Tensor "i64[1024][1]cuda:0" = PlaceHolder[target=iota]
#   %sum_57 : Tensor "bf16[1, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=sum_57]
#   %index_put : Tensor "f32[1024, 768][768, 1]cuda:0" = PlaceHolder[target=index_put]
#   %full_default_1 : Tensor "f32[][]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.full.default](args = ([], 0.0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %sum_57 : Tensor "bf16[1, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%add_58, [0], True), kwargs = {})
#   %view_119 : Tensor "bf16[1024, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%sum_57, [1024, 768]), kwargs = {})
#   %convert_element_type_222 : Tensor "f32[1024, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_119, torch.float32), kwargs = {})
#   %eq : Tensor "b8[1024][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.eq.Scalar](args = (%iota, -1), kwargs = {})
#   %unsqueeze_2 : Tensor "b8[1024, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%eq, -1), kwargs = {})
#   %where_4 : Tensor "f32[1024, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%unsqueeze_2, %full_default_1, %convert_element_type_222), kwargs = {})
#   %full_default_6 : Tensor "f32[1024, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([1024, 768], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %index_put : Tensor "f32[1024, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.index_put_.default](args = (%full_default_6, [%iota], %where_4, True), kwargs = {})
#   return %sum_57,%buf174
triton_per_fused_embedding_dense_backward_nll_loss_forward_sum_view_15 = async_compile.triton('triton_per_fused_embedding_dense_backward_nll_loss_forward_sum_view_15', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.persistent_reduction(
    size_hints={'x': 1048576, 'r0_': 8},
    reduction_hint=ReductionHint.DEFAULT,
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'in_ptr1': '*i64', 'out_ptr1': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused_embedding_dense_backward_nll_loss_forward_sum_view_15', 'mutated_arg_names': ['out_ptr1'], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': True, 'num_load': 2, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 12582912, 'r0_': 0}}
)
@triton.jit
def triton_per_fused_embedding_dense_backward_nll_loss_forward_sum_view_15(in_ptr0, in_ptr1, out_ptr1, xnumel, r0_numel, XBLOCK : tl.constexpr):
    xnumel = 786432
    r0_numel = 8
    R0_BLOCK: tl.constexpr = 8
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_index = tl.arange(0, R0_BLOCK)[None, :]
    r0_offset = 0
    r0_mask = tl.full([R0_BLOCK], True, tl.int1)[None, :]
    roffset = r0_offset
    rindex = r0_index
    r0_1 = r0_index
    x0 = xindex
    x3 = xindex // 768
    x2 = (xindex % 768)
    tmp0 = tl.load(in_ptr0 + (x0 + 786432*r0_1), None).to(tl.float32)
    tmp4 = tl.load(in_ptr1 + (x3), None, eviction_policy='evict_last')
    tmp1 = tl.broadcast_to(tmp0, [XBLOCK, R0_BLOCK])
    tmp3 = tl.sum(tmp1, 1)[:, None].to(tl.float32)
    tmp5 = tl.full([1, 1], 1024, tl.int32)
    tmp6 = tmp4 + tmp5
    tmp7 = tmp4 < 0
    tmp8 = tl.where(tmp7, tmp6, tmp4)
    tl.device_assert((0 <= tmp8) & (tmp8 < 1024), "index out of bounds: 0 <= tmp8 < 1024")
    tmp10 = tl.full([1, 1], -1, tl.int64)
    tmp11 = tmp4 == tmp10
    tmp12 = tmp3.to(tl.float32)
    tmp13 = tl.full([1, 1], 0.0, tl.float32)
    tmp14 = tl.where(tmp11, tmp13, tmp12)
    tl.atomic_add(out_ptr1 + (x2 + 768*tmp8), tmp14, None, sem='relaxed')
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/2d/c2digfj77rlqgdaqercnokrt3z3e43tu67pftqukjxh47yyynlk7.py
# Topologically Sorted Source Nodes: [convert_element_type_223], Original ATen: [aten.embedding_dense_backward]
# Source node to ATen node mapping:
#   convert_element_type_223 => convert_element_type_223
# Graph fragment:
#   %buf174 : Tensor "f32[1024, 768][768, 1]cuda:0" = PlaceHolder[target=buf174]
#   %convert_element_type_223 : Tensor "bf16[1024, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%index_put, torch.bfloat16), kwargs = {})
#   return %convert_element_type_223
triton_poi_fused_embedding_dense_backward_16 = async_compile.triton('triton_poi_fused_embedding_dense_backward_16', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 1048576}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*fp32', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_embedding_dense_backward_16', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 3145728}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_embedding_dense_backward_16(in_ptr0, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 786432
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = xindex
    tmp0 = tl.load(in_ptr0 + (x0), None)
    tmp1 = tmp0.to(tl.float32)
    tl.store(out_ptr0 + (x0), tmp1, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/3f/c3fugi4foaij7sjm7twvfncn7arvoj4yjlfk7ywvngohoadyeuin.py
# Topologically Sorted Source Nodes: [convert_element_type_225], Original ATen: [aten.embedding_dense_backward]
# Source node to ATen node mapping:
#   convert_element_type_225 => convert_element_type_225
# Graph fragment:
#   %buf177 : Tensor "f32[50304, 768][768, 1]cuda:0" = PlaceHolder[target=buf177]
#   %convert_element_type_225 : Tensor "bf16[50304, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%index_put_1, torch.bfloat16), kwargs = {})
#   return %convert_element_type_225
triton_poi_fused_embedding_dense_backward_17 = async_compile.triton('triton_poi_fused_embedding_dense_backward_17', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 67108864}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*fp32', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_embedding_dense_backward_17', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 154533888}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_embedding_dense_backward_17(in_ptr0, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 38633472
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
        primals_1, primals_2, primals_4, primals_6, primals_8, primals_10, primals_12, primals_14, primals_16, primals_18, primals_20, primals_22, primals_24, primals_26, primals_28, primals_30, primals_32, primals_34, primals_36, primals_38, primals_40, primals_42, primals_44, primals_46, primals_48, primals_50, primals_52, primals_54, iota, embedding, embedding_1, getitem_1, rsqrt, view, permute_1, permute_2, permute_3, getitem_5, getitem_6, getitem_11, getitem_12, add_3, getitem_15, rsqrt_1, view_8, addmm_2, view_10, add_8, getitem_17, rsqrt_2, view_12, permute_9, permute_10, permute_11, getitem_21, getitem_22, getitem_27, getitem_28, add_11, getitem_31, rsqrt_3, view_20, addmm_6, view_22, add_16, getitem_33, rsqrt_4, view_24, permute_17, permute_18, permute_19, getitem_37, getitem_38, getitem_43, getitem_44, add_19, getitem_47, rsqrt_5, view_32, addmm_10, view_34, add_24, getitem_49, rsqrt_6, view_36, permute_25, permute_26, permute_27, getitem_53, getitem_54, getitem_59, getitem_60, add_27, getitem_63, rsqrt_7, view_44, addmm_14, view_46, add_32, getitem_65, rsqrt_8, view_48, mm, amax, log, convert_element_type_77, tangents_1 = args
        args.clear()
        assert_size_stride(primals_1, (8, 1024), (1024, 1))
        assert_size_stride(primals_2, (50304, 768), (768, 1))
        assert_size_stride(primals_4, (768, ), (1, ))
        assert_size_stride(primals_6, (2304, 768), (768, 1))
        assert_size_stride(primals_8, (768, 768), (768, 1))
        assert_size_stride(primals_10, (768, ), (1, ))
        assert_size_stride(primals_12, (3072, 768), (768, 1))
        assert_size_stride(primals_14, (768, 3072), (3072, 1))
        assert_size_stride(primals_16, (768, ), (1, ))
        assert_size_stride(primals_18, (2304, 768), (768, 1))
        assert_size_stride(primals_20, (768, 768), (768, 1))
        assert_size_stride(primals_22, (768, ), (1, ))
        assert_size_stride(primals_24, (3072, 768), (768, 1))
        assert_size_stride(primals_26, (768, 3072), (3072, 1))
        assert_size_stride(primals_28, (768, ), (1, ))
        assert_size_stride(primals_30, (2304, 768), (768, 1))
        assert_size_stride(primals_32, (768, 768), (768, 1))
        assert_size_stride(primals_34, (768, ), (1, ))
        assert_size_stride(primals_36, (3072, 768), (768, 1))
        assert_size_stride(primals_38, (768, 3072), (3072, 1))
        assert_size_stride(primals_40, (768, ), (1, ))
        assert_size_stride(primals_42, (2304, 768), (768, 1))
        assert_size_stride(primals_44, (768, 768), (768, 1))
        assert_size_stride(primals_46, (768, ), (1, ))
        assert_size_stride(primals_48, (3072, 768), (768, 1))
        assert_size_stride(primals_50, (768, 3072), (3072, 1))
        assert_size_stride(primals_52, (768, ), (1, ))
        assert_size_stride(primals_54, (8, 1024), (1024, 1))
        assert_size_stride(iota, (1024, ), (1, ))
        assert_size_stride(embedding, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(embedding_1, (1024, 768), (768, 1))
        assert_size_stride(getitem_1, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(rsqrt, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view, (8192, 768), (768, 1))
        assert_size_stride(permute_1, (8, 12, 1024, 64), (2359296, 64, 2304, 1))
        assert_size_stride(permute_2, (8, 12, 1024, 64), (2359296, 64, 2304, 1))
        assert_size_stride(permute_3, (8, 12, 1024, 64), (2359296, 64, 2304, 1))
        assert_size_stride(getitem_5, (8, 12, 1024, 64), (786432, 64, 768, 1))
        assert_size_stride(getitem_6, (8, 12, 1024, 1), (12288, 1024, 1, 1))
        assert_size_stride(getitem_11, (), ())
        assert_size_stride(getitem_12, (), ())
        assert_size_stride(add_3, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(getitem_15, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(rsqrt_1, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_8, (8192, 768), (768, 1))
        assert_size_stride(addmm_2, (8192, 3072), (3072, 1))
        assert_size_stride(view_10, (8192, 3072), (3072, 1))
        assert_size_stride(add_8, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(getitem_17, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(rsqrt_2, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_12, (8192, 768), (768, 1))
        assert_size_stride(permute_9, (8, 12, 1024, 64), (2359296, 64, 2304, 1))
        assert_size_stride(permute_10, (8, 12, 1024, 64), (2359296, 64, 2304, 1))
        assert_size_stride(permute_11, (8, 12, 1024, 64), (2359296, 64, 2304, 1))
        assert_size_stride(getitem_21, (8, 12, 1024, 64), (786432, 64, 768, 1))
        assert_size_stride(getitem_22, (8, 12, 1024, 1), (12288, 1024, 1, 1))
        assert_size_stride(getitem_27, (), ())
        assert_size_stride(getitem_28, (), ())
        assert_size_stride(add_11, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(getitem_31, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(rsqrt_3, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_20, (8192, 768), (768, 1))
        assert_size_stride(addmm_6, (8192, 3072), (3072, 1))
        assert_size_stride(view_22, (8192, 3072), (3072, 1))
        assert_size_stride(add_16, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(getitem_33, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(rsqrt_4, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_24, (8192, 768), (768, 1))
        assert_size_stride(permute_17, (8, 12, 1024, 64), (2359296, 64, 2304, 1))
        assert_size_stride(permute_18, (8, 12, 1024, 64), (2359296, 64, 2304, 1))
        assert_size_stride(permute_19, (8, 12, 1024, 64), (2359296, 64, 2304, 1))
        assert_size_stride(getitem_37, (8, 12, 1024, 64), (786432, 64, 768, 1))
        assert_size_stride(getitem_38, (8, 12, 1024, 1), (12288, 1024, 1, 1))
        assert_size_stride(getitem_43, (), ())
        assert_size_stride(getitem_44, (), ())
        assert_size_stride(add_19, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(getitem_47, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(rsqrt_5, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_32, (8192, 768), (768, 1))
        assert_size_stride(addmm_10, (8192, 3072), (3072, 1))
        assert_size_stride(view_34, (8192, 3072), (3072, 1))
        assert_size_stride(add_24, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(getitem_49, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(rsqrt_6, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_36, (8192, 768), (768, 1))
        assert_size_stride(permute_25, (8, 12, 1024, 64), (2359296, 64, 2304, 1))
        assert_size_stride(permute_26, (8, 12, 1024, 64), (2359296, 64, 2304, 1))
        assert_size_stride(permute_27, (8, 12, 1024, 64), (2359296, 64, 2304, 1))
        assert_size_stride(getitem_53, (8, 12, 1024, 64), (786432, 64, 768, 1))
        assert_size_stride(getitem_54, (8, 12, 1024, 1), (12288, 1024, 1, 1))
        assert_size_stride(getitem_59, (), ())
        assert_size_stride(getitem_60, (), ())
        assert_size_stride(add_27, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(getitem_63, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(rsqrt_7, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_44, (8192, 768), (768, 1))
        assert_size_stride(addmm_14, (8192, 3072), (3072, 1))
        assert_size_stride(view_46, (8192, 3072), (3072, 1))
        assert_size_stride(add_32, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(getitem_65, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(rsqrt_8, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_48, (8192, 768), (768, 1))
        assert_size_stride(mm, (8192, 50304), (50304, 1))
        assert_size_stride(amax, (8192, 1), (1, 1))
        assert_size_stride(log, (8192, 1), (1, 1))
        assert_size_stride(convert_element_type_77, (), ())
        assert_size_stride(tangents_1, (), ())
        with torch.cuda._DeviceGuard(0):
            torch.cuda.set_device(0)
            buf1 = reinterpret_tensor(mm, (8, 1024, 50304), (51511296, 50304, 1), 0); del mm  # reuse
            # Topologically Sorted Source Nodes: [div_1, view_13, unsqueeze_1, ne_3, cross_entropy, where_2, , where_3, mul_42, linear_16, float_1, view_12, exp_1, sum_4, mul_43, sub_11, view_52, convert_element_type_78], Original ATen: [aten.nll_loss_backward, aten.view, aten.nll_loss_forward, aten.arange, aten.expand, aten.eq, aten.scalar_tensor, aten.where, aten._unsafe_view, aten._to_copy, aten._log_softmax, aten._log_softmax_backward_data]
            # [Provenance debug handles] triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0:1
            stream0 = get_raw_stream(0)
            triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0.run(buf1, primals_54, tangents_1, convert_element_type_77, amax, log, 8192, 50304, stream=stream0)
            del amax
            del convert_element_type_77
            del log
            del primals_54
            del tangents_1
            buf2 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [div_1, view_13, unsqueeze_1, ne_3, cross_entropy, where_2, , where_3, mul_42, linear_16, float_1, view_12, exp_1, mul_43, sub_11, view_52, convert_element_type_78, view_53, permute_35, mm_2], Original ATen: [aten.nll_loss_backward, aten.view, aten.nll_loss_forward, aten.arange, aten.expand, aten.eq, aten.scalar_tensor, aten.where, aten._unsafe_view, aten._to_copy, aten._log_softmax, aten._log_softmax_backward_data, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:2
            extern_kernels.mm(reinterpret_tensor(buf1, (8192, 50304), (50304, 1), 0), primals_2, out=buf2)
            del primals_2
            buf9 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_54, clone, clone_2, mul_45, mul_46, sum_5, layer_norm_8, mul_47, sum_6, mul_48, sub_13, sub_14, div_2, mul_49, mul_50, sum_7, sum_8, convert_element_type_87], Original ATen: [aten.view, aten.native_layer_norm_backward, aten.native_layer_norm]
            workspace_0 = empty_strided_cuda((786432, ), (1, ), torch.float32)
            stream0 = get_raw_stream(0)
            triton_per_fused_native_layer_norm_native_layer_norm_backward_view_1.run(buf2, primals_52, add_32, getitem_65, rsqrt_8, buf9, workspace_0, 8192, 768, stream=stream0)
            buf6 = workspace_0[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            buf8 = workspace_0[1 * 512 * 768 : (1 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            del add_32
            del getitem_65
            del primals_52
            del rsqrt_8
            buf10 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_88], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:3
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf6, buf10, 768, stream=stream0)
            del buf6
            buf11 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_89], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:4
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf8, buf11, 768, stream=stream0)
            del buf8
            buf12 = empty_strided_cuda((8192, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_55, linear_15, permute_37, mm_3], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:5
            extern_kernels.mm(reinterpret_tensor(buf9, (8192, 768), (768, 1), 0), primals_50, out=buf12)
            del primals_50
            buf13 = empty_strided_cuda((768, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_55, permute_38, permute_40], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:6
            extern_kernels.mm(reinterpret_tensor(buf9, (768, 8192), (1, 768), 0), view_46, out=buf13)
            del view_46
            buf14 = empty_strided_cuda((1, 768, 64), (49152, 1, 768), torch.float32)
            # Topologically Sorted Source Nodes: [view_55, sum_9], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_red_fused_sum_view_3:7
            stream0 = get_raw_stream(0)
            triton_red_fused_sum_view_3.run(buf9, buf14, 49152, 128, stream=stream0)
            buf15 = empty_strided_cuda((1, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_55, sum_9], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_per_fused_sum_view_4:8
            stream0 = get_raw_stream(0)
            triton_per_fused_sum_view_4.run(buf14, buf15, 768, 64, stream=stream0)
            buf16 = reinterpret_tensor(buf12, (8, 1024, 3072), (3145728, 3072, 1), 0); del buf12  # reuse
            # Topologically Sorted Source Nodes: [view_57, convert_element_type_94, linear_14, gelu_3, mul_56, mul_57, sub_15, mul_58, add_37, mul_59, mul_60, mul_61, add_38, mul_62, convert_element_type_96], Original ATen: [aten.view, aten.gelu_backward, aten.gelu]
            # [Provenance debug handles] triton_poi_fused_gelu_gelu_backward_view_5:9
            stream0 = get_raw_stream(0)
            triton_poi_fused_gelu_gelu_backward_view_5.run(buf16, addmm_14, 25165824, stream=stream0)
            del addmm_14
            buf17 = buf2; del buf2  # reuse
            # Topologically Sorted Source Nodes: [view_57, convert_element_type_94, linear_14, gelu_3, mul_56, mul_57, sub_15, mul_58, add_37, mul_59, mul_60, mul_61, add_38, mul_62, convert_element_type_96, view_58, permute_41, mm_5], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:10
            extern_kernels.mm(reinterpret_tensor(buf16, (8192, 3072), (3072, 1), 0), primals_48, out=buf17)
            del primals_48
            buf18 = empty_strided_cuda((3072, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_57, convert_element_type_94, linear_14, gelu_3, mul_56, mul_57, sub_15, mul_58, add_37, mul_59, mul_60, mul_61, add_38, mul_62, convert_element_type_96, view_58, permute_42, permute_44], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:11
            extern_kernels.mm(reinterpret_tensor(buf16, (3072, 8192), (1, 3072), 0), view_44, out=buf18)
            del view_44
            buf19 = empty_strided_cuda((1, 3072, 64), (196608, 1, 3072), torch.float32)
            # Topologically Sorted Source Nodes: [view_57, convert_element_type_94, linear_14, gelu_3, mul_56, mul_57, sub_15, mul_58, add_37, mul_59, mul_60, mul_61, add_38, mul_62, convert_element_type_96, view_58, sum_10], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.sum]
            # [Provenance debug handles] triton_red_fused_gelu_gelu_backward_sum_view_6:12
            stream0 = get_raw_stream(0)
            triton_red_fused_gelu_gelu_backward_sum_view_6.run(buf16, buf19, 196608, 128, stream=stream0)
            buf20 = empty_strided_cuda((1, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_57, convert_element_type_94, linear_14, gelu_3, mul_56, mul_57, sub_15, mul_58, add_37, mul_59, mul_60, mul_61, add_38, mul_62, convert_element_type_96, view_58, sum_10], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.sum]
            # [Provenance debug handles] triton_per_fused_gelu_gelu_backward_sum_view_7:13
            stream0 = get_raw_stream(0)
            triton_per_fused_gelu_gelu_backward_sum_view_7.run(buf19, buf20, 3072, 64, stream=stream0)
            buf29 = buf9; del buf9  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_60, clone_4, clone_6, mul_64, mul_65, sum_11, layer_norm_7, mul_66, sum_12, mul_67, sub_17, sub_18, div_3, mul_68, mul_69, sum_13, sum_14, convert_element_type_105, add_39], Original ATen: [aten.view, aten.native_layer_norm_backward, aten.native_layer_norm, aten.add]
            workspace_1 = workspace_0; del workspace_0  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_native_layer_norm_backward_view_8.run(buf29, buf17, primals_46, add_27, getitem_63, rsqrt_7, workspace_1, 8192, 768, stream=stream0)
            buf24 = workspace_1[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            buf26 = workspace_1[1 * 512 * 768 : (1 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            del add_27
            del getitem_63
            del primals_46
            del rsqrt_7
            buf27 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_106], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:14
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf24, buf27, 768, stream=stream0)
            del buf24
            buf28 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_107], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:15
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf26, buf28, 768, stream=stream0)
            del buf26
            buf30 = buf17; del buf17  # reuse
            # Topologically Sorted Source Nodes: [view_61, linear_13, permute_45, mm_7], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:16
            extern_kernels.mm(reinterpret_tensor(buf29, (8192, 768), (768, 1), 0), primals_44, out=buf30)
            del primals_44
            buf31 = empty_strided_cuda((768, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_61, permute_46, transpose_15, reshape_3, linear_13, permute_48], Original ATen: [aten.view, aten.t, aten.transpose, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:17
            extern_kernels.mm(reinterpret_tensor(buf29, (768, 8192), (1, 768), 0), reinterpret_tensor(getitem_53, (8192, 768), (768, 1), 0), out=buf31)
            buf32 = buf14; del buf14  # reuse
            # Topologically Sorted Source Nodes: [view_61, sum_15], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_red_fused_sum_view_3:18
            stream0 = get_raw_stream(0)
            triton_red_fused_sum_view_3.run(buf29, buf32, 49152, 128, stream=stream0)
            buf33 = empty_strided_cuda((1, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_61, sum_15], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_per_fused_sum_view_4:19
            stream0 = get_raw_stream(0)
            triton_per_fused_sum_view_4.run(buf32, buf33, 768, 64, stream=stream0)
            # Topologically Sorted Source Nodes: [view_63, view_64, permute_49, _scaled_dot_product_cudnn_attention_backward], Original ATen: [aten.view, aten.transpose, aten._scaled_dot_product_cudnn_attention_backward]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default:20
            buf34 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(reinterpret_tensor(buf30, (8, 12, 1024, 64), (786432, 64, 768, 1), 0), permute_25, permute_26, permute_27, getitem_53, getitem_54, getitem_59, getitem_60, None, None, None, 1024, 1024, 0.0, True)
            del buf30
            del getitem_53
            del getitem_54
            del getitem_59
            del getitem_60
            del permute_25
            del permute_26
            del permute_27
            buf35 = buf34[0]
            assert_size_stride(buf35, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf35, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf36 = buf34[1]
            assert_size_stride(buf36, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf36, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf37 = buf34[2]
            assert_size_stride(buf37, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf37, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            del buf34
            buf38 = empty_strided_cuda((8, 1024, 2304), (2359296, 2304, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_50, view_65, permute_51, view_66, permute_52, view_67, cat], Original ATen: [aten.transpose, aten.view, aten.cat]
            # [Provenance debug handles] triton_poi_fused_cat_transpose_view_9:21
            stream0 = get_raw_stream(0)
            triton_poi_fused_cat_transpose_view_9.run(buf35, buf36, buf37, buf38, 18874368, stream=stream0)
            del buf35
            del buf36
            buf39 = reinterpret_tensor(buf37, (8192, 768), (768, 1), 0); del buf37  # reuse
            # Topologically Sorted Source Nodes: [permute_50, view_65, permute_51, view_66, permute_52, view_67, cat, view_68, linear_12, permute_53, mm_9], Original ATen: [aten.transpose, aten.view, aten.cat, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:22
            extern_kernels.mm(reinterpret_tensor(buf38, (8192, 2304), (2304, 1), 0), primals_42, out=buf39)
            del primals_42
            buf40 = empty_strided_cuda((2304, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_50, view_65, permute_51, view_66, permute_52, view_67, cat, view_68, permute_54, permute_56], Original ATen: [aten.transpose, aten.view, aten.cat, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:23
            extern_kernels.mm(reinterpret_tensor(buf38, (2304, 8192), (1, 2304), 0), view_36, out=buf40)
            del view_36
            buf41 = empty_strided_cuda((1, 2304, 64), (147456, 1, 2304), torch.float32)
            # Topologically Sorted Source Nodes: [permute_50, view_65, permute_51, view_66, permute_52, view_67, cat, view_68, sum_16], Original ATen: [aten.transpose, aten.view, aten.cat, aten.sum]
            # [Provenance debug handles] triton_red_fused_cat_sum_transpose_view_10:24
            stream0 = get_raw_stream(0)
            triton_red_fused_cat_sum_transpose_view_10.run(buf38, buf41, 147456, 128, stream=stream0)
            buf42 = empty_strided_cuda((1, 2304), (2304, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_50, view_65, permute_51, view_66, permute_52, view_67, cat, view_68, sum_16], Original ATen: [aten.transpose, aten.view, aten.cat, aten.sum]
            # [Provenance debug handles] triton_per_fused_cat_sum_transpose_view_11:25
            stream0 = get_raw_stream(0)
            triton_per_fused_cat_sum_transpose_view_11.run(buf41, buf42, 2304, 64, stream=stream0)
            buf51 = buf29; del buf29  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_70, clone_8, clone_10, mul_71, mul_72, sum_17, layer_norm_6, mul_73, sum_18, mul_74, sub_20, sub_21, div_4, mul_75, mul_76, sum_19, sum_20, convert_element_type_120, add_40], Original ATen: [aten.view, aten.native_layer_norm_backward, aten.native_layer_norm, aten.add]
            workspace_2 = workspace_1; del workspace_1  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_native_layer_norm_backward_view_8.run(buf51, buf39, primals_40, add_24, getitem_49, rsqrt_6, workspace_2, 8192, 768, stream=stream0)
            buf46 = workspace_2[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            buf48 = workspace_2[1 * 512 * 768 : (1 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            del add_24
            del getitem_49
            del primals_40
            del rsqrt_6
            buf49 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_121], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:26
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf46, buf49, 768, stream=stream0)
            del buf46
            buf50 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_122], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:27
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf48, buf50, 768, stream=stream0)
            del buf48
            buf52 = reinterpret_tensor(buf16, (8192, 3072), (3072, 1), 0); del buf16  # reuse
            # Topologically Sorted Source Nodes: [view_71, linear_11, permute_57, mm_11], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:28
            extern_kernels.mm(reinterpret_tensor(buf51, (8192, 768), (768, 1), 0), primals_38, out=buf52)
            del primals_38
            buf53 = empty_strided_cuda((768, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_71, permute_58, permute_60], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:29
            extern_kernels.mm(reinterpret_tensor(buf51, (768, 8192), (1, 768), 0), view_34, out=buf53)
            del view_34
            buf54 = buf32; del buf32  # reuse
            # Topologically Sorted Source Nodes: [view_71, sum_21], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_red_fused_sum_view_3:30
            stream0 = get_raw_stream(0)
            triton_red_fused_sum_view_3.run(buf51, buf54, 49152, 128, stream=stream0)
            buf55 = empty_strided_cuda((1, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_71, sum_21], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_per_fused_sum_view_4:31
            stream0 = get_raw_stream(0)
            triton_per_fused_sum_view_4.run(buf54, buf55, 768, 64, stream=stream0)
            buf56 = reinterpret_tensor(buf52, (8, 1024, 3072), (3145728, 3072, 1), 0); del buf52  # reuse
            # Topologically Sorted Source Nodes: [view_73, convert_element_type_127, linear_10, gelu_2, mul_82, mul_83, sub_22, mul_84, add_43, mul_85, mul_86, mul_87, add_44, mul_88, convert_element_type_129], Original ATen: [aten.view, aten.gelu_backward, aten.gelu]
            # [Provenance debug handles] triton_poi_fused_gelu_gelu_backward_view_5:32
            stream0 = get_raw_stream(0)
            triton_poi_fused_gelu_gelu_backward_view_5.run(buf56, addmm_10, 25165824, stream=stream0)
            del addmm_10
            buf57 = buf39; del buf39  # reuse
            # Topologically Sorted Source Nodes: [view_73, convert_element_type_127, linear_10, gelu_2, mul_82, mul_83, sub_22, mul_84, add_43, mul_85, mul_86, mul_87, add_44, mul_88, convert_element_type_129, view_74, permute_61, mm_13], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:33
            extern_kernels.mm(reinterpret_tensor(buf56, (8192, 3072), (3072, 1), 0), primals_36, out=buf57)
            del primals_36
            buf58 = empty_strided_cuda((3072, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_73, convert_element_type_127, linear_10, gelu_2, mul_82, mul_83, sub_22, mul_84, add_43, mul_85, mul_86, mul_87, add_44, mul_88, convert_element_type_129, view_74, permute_62, permute_64], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:34
            extern_kernels.mm(reinterpret_tensor(buf56, (3072, 8192), (1, 3072), 0), view_32, out=buf58)
            del view_32
            buf59 = buf19; del buf19  # reuse
            # Topologically Sorted Source Nodes: [view_73, convert_element_type_127, linear_10, gelu_2, mul_82, mul_83, sub_22, mul_84, add_43, mul_85, mul_86, mul_87, add_44, mul_88, convert_element_type_129, view_74, sum_22], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.sum]
            # [Provenance debug handles] triton_red_fused_gelu_gelu_backward_sum_view_6:35
            stream0 = get_raw_stream(0)
            triton_red_fused_gelu_gelu_backward_sum_view_6.run(buf56, buf59, 196608, 128, stream=stream0)
            buf60 = empty_strided_cuda((1, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_73, convert_element_type_127, linear_10, gelu_2, mul_82, mul_83, sub_22, mul_84, add_43, mul_85, mul_86, mul_87, add_44, mul_88, convert_element_type_129, view_74, sum_22], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.sum]
            # [Provenance debug handles] triton_per_fused_gelu_gelu_backward_sum_view_7:36
            stream0 = get_raw_stream(0)
            triton_per_fused_gelu_gelu_backward_sum_view_7.run(buf59, buf60, 3072, 64, stream=stream0)
            buf69 = buf51; del buf51  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_76, clone_12, clone_14, mul_90, mul_91, sum_23, layer_norm_5, mul_92, sum_24, mul_93, sub_24, sub_25, div_5, mul_94, mul_95, sum_25, sum_26, convert_element_type_138, add_45], Original ATen: [aten.view, aten.native_layer_norm_backward, aten.native_layer_norm, aten.add]
            workspace_3 = workspace_2; del workspace_2  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_native_layer_norm_backward_view_8.run(buf69, buf57, primals_34, add_19, getitem_47, rsqrt_5, workspace_3, 8192, 768, stream=stream0)
            buf64 = workspace_3[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            buf66 = workspace_3[1 * 512 * 768 : (1 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            del add_19
            del getitem_47
            del primals_34
            del rsqrt_5
            buf67 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_139], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:37
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf64, buf67, 768, stream=stream0)
            del buf64
            buf68 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_140], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:38
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf66, buf68, 768, stream=stream0)
            del buf66
            buf70 = buf57; del buf57  # reuse
            # Topologically Sorted Source Nodes: [view_77, linear_9, permute_65, mm_15], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:39
            extern_kernels.mm(reinterpret_tensor(buf69, (8192, 768), (768, 1), 0), primals_32, out=buf70)
            del primals_32
            buf71 = empty_strided_cuda((768, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_77, permute_66, transpose_11, reshape_2, linear_9, permute_68], Original ATen: [aten.view, aten.t, aten.transpose, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:40
            extern_kernels.mm(reinterpret_tensor(buf69, (768, 8192), (1, 768), 0), reinterpret_tensor(getitem_37, (8192, 768), (768, 1), 0), out=buf71)
            buf72 = buf54; del buf54  # reuse
            # Topologically Sorted Source Nodes: [view_77, sum_27], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_red_fused_sum_view_3:41
            stream0 = get_raw_stream(0)
            triton_red_fused_sum_view_3.run(buf69, buf72, 49152, 128, stream=stream0)
            buf73 = empty_strided_cuda((1, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_77, sum_27], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_per_fused_sum_view_4:42
            stream0 = get_raw_stream(0)
            triton_per_fused_sum_view_4.run(buf72, buf73, 768, 64, stream=stream0)
            # Topologically Sorted Source Nodes: [view_79, view_80, permute_69, _scaled_dot_product_cudnn_attention_backward_1], Original ATen: [aten.view, aten.transpose, aten._scaled_dot_product_cudnn_attention_backward]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default:43
            buf74 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(reinterpret_tensor(buf70, (8, 12, 1024, 64), (786432, 64, 768, 1), 0), permute_17, permute_18, permute_19, getitem_37, getitem_38, getitem_43, getitem_44, None, None, None, 1024, 1024, 0.0, True)
            del buf70
            del getitem_37
            del getitem_38
            del getitem_43
            del getitem_44
            del permute_17
            del permute_18
            del permute_19
            buf75 = buf74[0]
            assert_size_stride(buf75, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf75, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf76 = buf74[1]
            assert_size_stride(buf76, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf76, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf77 = buf74[2]
            assert_size_stride(buf77, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf77, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            del buf74
            buf78 = buf38; del buf38  # reuse
            # Topologically Sorted Source Nodes: [permute_70, view_81, permute_71, view_82, permute_72, view_83, cat_1], Original ATen: [aten.transpose, aten.view, aten.cat]
            # [Provenance debug handles] triton_poi_fused_cat_transpose_view_9:44
            stream0 = get_raw_stream(0)
            triton_poi_fused_cat_transpose_view_9.run(buf75, buf76, buf77, buf78, 18874368, stream=stream0)
            del buf75
            del buf76
            buf79 = reinterpret_tensor(buf77, (8192, 768), (768, 1), 0); del buf77  # reuse
            # Topologically Sorted Source Nodes: [permute_70, view_81, permute_71, view_82, permute_72, view_83, cat_1, view_84, linear_8, permute_73, mm_17], Original ATen: [aten.transpose, aten.view, aten.cat, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:45
            extern_kernels.mm(reinterpret_tensor(buf78, (8192, 2304), (2304, 1), 0), primals_30, out=buf79)
            del primals_30
            buf80 = empty_strided_cuda((2304, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_70, view_81, permute_71, view_82, permute_72, view_83, cat_1, view_84, permute_74, permute_76], Original ATen: [aten.transpose, aten.view, aten.cat, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:46
            extern_kernels.mm(reinterpret_tensor(buf78, (2304, 8192), (1, 2304), 0), view_24, out=buf80)
            del view_24
            buf81 = buf41; del buf41  # reuse
            # Topologically Sorted Source Nodes: [permute_70, view_81, permute_71, view_82, permute_72, view_83, cat_1, view_84, sum_28], Original ATen: [aten.transpose, aten.view, aten.cat, aten.sum]
            # [Provenance debug handles] triton_red_fused_cat_sum_transpose_view_10:47
            stream0 = get_raw_stream(0)
            triton_red_fused_cat_sum_transpose_view_10.run(buf78, buf81, 147456, 128, stream=stream0)
            buf82 = empty_strided_cuda((1, 2304), (2304, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_70, view_81, permute_71, view_82, permute_72, view_83, cat_1, view_84, sum_28], Original ATen: [aten.transpose, aten.view, aten.cat, aten.sum]
            # [Provenance debug handles] triton_per_fused_cat_sum_transpose_view_11:48
            stream0 = get_raw_stream(0)
            triton_per_fused_cat_sum_transpose_view_11.run(buf81, buf82, 2304, 64, stream=stream0)
            buf91 = buf69; del buf69  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_86, clone_16, clone_18, mul_97, mul_98, sum_29, layer_norm_4, mul_99, sum_30, mul_100, sub_27, sub_28, div_6, mul_101, mul_102, sum_31, sum_32, convert_element_type_153, add_46], Original ATen: [aten.view, aten.native_layer_norm_backward, aten.native_layer_norm, aten.add]
            workspace_4 = workspace_3; del workspace_3  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_native_layer_norm_backward_view_8.run(buf91, buf79, primals_28, add_16, getitem_33, rsqrt_4, workspace_4, 8192, 768, stream=stream0)
            buf86 = workspace_4[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            buf88 = workspace_4[1 * 512 * 768 : (1 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            del add_16
            del getitem_33
            del primals_28
            del rsqrt_4
            buf89 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_154], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:49
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf86, buf89, 768, stream=stream0)
            del buf86
            buf90 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_155], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:50
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf88, buf90, 768, stream=stream0)
            del buf88
            buf92 = reinterpret_tensor(buf56, (8192, 3072), (3072, 1), 0); del buf56  # reuse
            # Topologically Sorted Source Nodes: [view_87, linear_7, permute_77, mm_19], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:51
            extern_kernels.mm(reinterpret_tensor(buf91, (8192, 768), (768, 1), 0), primals_26, out=buf92)
            del primals_26
            buf93 = empty_strided_cuda((768, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_87, permute_78, permute_80], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:52
            extern_kernels.mm(reinterpret_tensor(buf91, (768, 8192), (1, 768), 0), view_22, out=buf93)
            del view_22
            buf94 = buf72; del buf72  # reuse
            # Topologically Sorted Source Nodes: [view_87, sum_33], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_red_fused_sum_view_3:53
            stream0 = get_raw_stream(0)
            triton_red_fused_sum_view_3.run(buf91, buf94, 49152, 128, stream=stream0)
            buf95 = empty_strided_cuda((1, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_87, sum_33], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_per_fused_sum_view_4:54
            stream0 = get_raw_stream(0)
            triton_per_fused_sum_view_4.run(buf94, buf95, 768, 64, stream=stream0)
            buf96 = reinterpret_tensor(buf92, (8, 1024, 3072), (3145728, 3072, 1), 0); del buf92  # reuse
            # Topologically Sorted Source Nodes: [view_89, convert_element_type_160, linear_6, gelu_1, mul_108, mul_109, sub_29, mul_110, add_49, mul_111, mul_112, mul_113, add_50, mul_114, convert_element_type_162], Original ATen: [aten.view, aten.gelu_backward, aten.gelu]
            # [Provenance debug handles] triton_poi_fused_gelu_gelu_backward_view_5:55
            stream0 = get_raw_stream(0)
            triton_poi_fused_gelu_gelu_backward_view_5.run(buf96, addmm_6, 25165824, stream=stream0)
            del addmm_6
            buf97 = buf79; del buf79  # reuse
            # Topologically Sorted Source Nodes: [view_89, convert_element_type_160, linear_6, gelu_1, mul_108, mul_109, sub_29, mul_110, add_49, mul_111, mul_112, mul_113, add_50, mul_114, convert_element_type_162, view_90, permute_81, mm_21], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:56
            extern_kernels.mm(reinterpret_tensor(buf96, (8192, 3072), (3072, 1), 0), primals_24, out=buf97)
            del primals_24
            buf98 = empty_strided_cuda((3072, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_89, convert_element_type_160, linear_6, gelu_1, mul_108, mul_109, sub_29, mul_110, add_49, mul_111, mul_112, mul_113, add_50, mul_114, convert_element_type_162, view_90, permute_82, permute_84], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:57
            extern_kernels.mm(reinterpret_tensor(buf96, (3072, 8192), (1, 3072), 0), view_20, out=buf98)
            del view_20
            buf99 = buf59; del buf59  # reuse
            # Topologically Sorted Source Nodes: [view_89, convert_element_type_160, linear_6, gelu_1, mul_108, mul_109, sub_29, mul_110, add_49, mul_111, mul_112, mul_113, add_50, mul_114, convert_element_type_162, view_90, sum_34], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.sum]
            # [Provenance debug handles] triton_red_fused_gelu_gelu_backward_sum_view_6:58
            stream0 = get_raw_stream(0)
            triton_red_fused_gelu_gelu_backward_sum_view_6.run(buf96, buf99, 196608, 128, stream=stream0)
            buf100 = empty_strided_cuda((1, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_89, convert_element_type_160, linear_6, gelu_1, mul_108, mul_109, sub_29, mul_110, add_49, mul_111, mul_112, mul_113, add_50, mul_114, convert_element_type_162, view_90, sum_34], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.sum]
            # [Provenance debug handles] triton_per_fused_gelu_gelu_backward_sum_view_7:59
            stream0 = get_raw_stream(0)
            triton_per_fused_gelu_gelu_backward_sum_view_7.run(buf99, buf100, 3072, 64, stream=stream0)
            buf109 = buf91; del buf91  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_92, clone_20, clone_22, mul_116, mul_117, sum_35, layer_norm_3, mul_118, sum_36, mul_119, sub_31, sub_32, div_7, mul_120, mul_121, sum_37, sum_38, convert_element_type_171, add_51], Original ATen: [aten.view, aten.native_layer_norm_backward, aten.native_layer_norm, aten.add]
            workspace_5 = workspace_4; del workspace_4  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_native_layer_norm_backward_view_8.run(buf109, buf97, primals_22, add_11, getitem_31, rsqrt_3, workspace_5, 8192, 768, stream=stream0)
            buf104 = workspace_5[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            buf106 = workspace_5[1 * 512 * 768 : (1 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            del add_11
            del getitem_31
            del primals_22
            del rsqrt_3
            buf107 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_172], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:60
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf104, buf107, 768, stream=stream0)
            del buf104
            buf108 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_173], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:61
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf106, buf108, 768, stream=stream0)
            del buf106
            buf110 = buf97; del buf97  # reuse
            # Topologically Sorted Source Nodes: [view_93, linear_5, permute_85, mm_23], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:62
            extern_kernels.mm(reinterpret_tensor(buf109, (8192, 768), (768, 1), 0), primals_20, out=buf110)
            del primals_20
            buf111 = empty_strided_cuda((768, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_93, permute_86, transpose_7, reshape_1, linear_5, permute_88], Original ATen: [aten.view, aten.t, aten.transpose, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:63
            extern_kernels.mm(reinterpret_tensor(buf109, (768, 8192), (1, 768), 0), reinterpret_tensor(getitem_21, (8192, 768), (768, 1), 0), out=buf111)
            buf112 = buf94; del buf94  # reuse
            # Topologically Sorted Source Nodes: [view_93, sum_39], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_red_fused_sum_view_3:64
            stream0 = get_raw_stream(0)
            triton_red_fused_sum_view_3.run(buf109, buf112, 49152, 128, stream=stream0)
            buf113 = empty_strided_cuda((1, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_93, sum_39], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_per_fused_sum_view_4:65
            stream0 = get_raw_stream(0)
            triton_per_fused_sum_view_4.run(buf112, buf113, 768, 64, stream=stream0)
            # Topologically Sorted Source Nodes: [view_95, view_96, permute_89, _scaled_dot_product_cudnn_attention_backward_2], Original ATen: [aten.view, aten.transpose, aten._scaled_dot_product_cudnn_attention_backward]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default:66
            buf114 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(reinterpret_tensor(buf110, (8, 12, 1024, 64), (786432, 64, 768, 1), 0), permute_9, permute_10, permute_11, getitem_21, getitem_22, getitem_27, getitem_28, None, None, None, 1024, 1024, 0.0, True)
            del buf110
            del getitem_21
            del getitem_22
            del getitem_27
            del getitem_28
            del permute_10
            del permute_11
            del permute_9
            buf115 = buf114[0]
            assert_size_stride(buf115, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf115, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf116 = buf114[1]
            assert_size_stride(buf116, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf116, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf117 = buf114[2]
            assert_size_stride(buf117, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf117, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            del buf114
            buf118 = buf78; del buf78  # reuse
            # Topologically Sorted Source Nodes: [permute_90, view_97, permute_91, view_98, permute_92, view_99, cat_2], Original ATen: [aten.transpose, aten.view, aten.cat]
            # [Provenance debug handles] triton_poi_fused_cat_transpose_view_9:67
            stream0 = get_raw_stream(0)
            triton_poi_fused_cat_transpose_view_9.run(buf115, buf116, buf117, buf118, 18874368, stream=stream0)
            del buf115
            del buf116
            buf119 = reinterpret_tensor(buf117, (8192, 768), (768, 1), 0); del buf117  # reuse
            # Topologically Sorted Source Nodes: [permute_90, view_97, permute_91, view_98, permute_92, view_99, cat_2, view_100, linear_4, permute_93, mm_25], Original ATen: [aten.transpose, aten.view, aten.cat, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:68
            extern_kernels.mm(reinterpret_tensor(buf118, (8192, 2304), (2304, 1), 0), primals_18, out=buf119)
            del primals_18
            buf120 = empty_strided_cuda((2304, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_90, view_97, permute_91, view_98, permute_92, view_99, cat_2, view_100, permute_94, permute_96], Original ATen: [aten.transpose, aten.view, aten.cat, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:69
            extern_kernels.mm(reinterpret_tensor(buf118, (2304, 8192), (1, 2304), 0), view_12, out=buf120)
            del view_12
            buf121 = buf81; del buf81  # reuse
            # Topologically Sorted Source Nodes: [permute_90, view_97, permute_91, view_98, permute_92, view_99, cat_2, view_100, sum_40], Original ATen: [aten.transpose, aten.view, aten.cat, aten.sum]
            # [Provenance debug handles] triton_red_fused_cat_sum_transpose_view_10:70
            stream0 = get_raw_stream(0)
            triton_red_fused_cat_sum_transpose_view_10.run(buf118, buf121, 147456, 128, stream=stream0)
            buf122 = empty_strided_cuda((1, 2304), (2304, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_90, view_97, permute_91, view_98, permute_92, view_99, cat_2, view_100, sum_40], Original ATen: [aten.transpose, aten.view, aten.cat, aten.sum]
            # [Provenance debug handles] triton_per_fused_cat_sum_transpose_view_11:71
            stream0 = get_raw_stream(0)
            triton_per_fused_cat_sum_transpose_view_11.run(buf121, buf122, 2304, 64, stream=stream0)
            buf131 = buf109; del buf109  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_102, clone_24, clone_26, mul_123, mul_124, sum_41, layer_norm_2, mul_125, sum_42, mul_126, sub_34, sub_35, div_8, mul_127, mul_128, sum_43, sum_44, convert_element_type_186, add_52], Original ATen: [aten.view, aten.native_layer_norm_backward, aten.native_layer_norm, aten.add]
            workspace_6 = workspace_5; del workspace_5  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_native_layer_norm_backward_view_8.run(buf131, buf119, primals_16, add_8, getitem_17, rsqrt_2, workspace_6, 8192, 768, stream=stream0)
            buf126 = workspace_6[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            buf128 = workspace_6[1 * 512 * 768 : (1 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            del add_8
            del getitem_17
            del primals_16
            del rsqrt_2
            buf129 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_187], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:72
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf126, buf129, 768, stream=stream0)
            del buf126
            buf130 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_188], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:73
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf128, buf130, 768, stream=stream0)
            del buf128
            buf132 = reinterpret_tensor(buf96, (8192, 3072), (3072, 1), 0); del buf96  # reuse
            # Topologically Sorted Source Nodes: [view_103, linear_3, permute_97, mm_27], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:74
            extern_kernels.mm(reinterpret_tensor(buf131, (8192, 768), (768, 1), 0), primals_14, out=buf132)
            del primals_14
            buf133 = empty_strided_cuda((768, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_103, permute_98, permute_100], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:75
            extern_kernels.mm(reinterpret_tensor(buf131, (768, 8192), (1, 768), 0), view_10, out=buf133)
            del view_10
            buf134 = buf112; del buf112  # reuse
            # Topologically Sorted Source Nodes: [view_103, sum_45], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_red_fused_sum_view_3:76
            stream0 = get_raw_stream(0)
            triton_red_fused_sum_view_3.run(buf131, buf134, 49152, 128, stream=stream0)
            buf135 = empty_strided_cuda((1, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_103, sum_45], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_per_fused_sum_view_4:77
            stream0 = get_raw_stream(0)
            triton_per_fused_sum_view_4.run(buf134, buf135, 768, 64, stream=stream0)
            buf136 = reinterpret_tensor(buf132, (8, 1024, 3072), (3145728, 3072, 1), 0); del buf132  # reuse
            # Topologically Sorted Source Nodes: [view_105, convert_element_type_193, linear_2, gelu, mul_134, mul_135, sub_36, mul_136, add_55, mul_137, mul_138, mul_139, add_56, mul_140, convert_element_type_195], Original ATen: [aten.view, aten.gelu_backward, aten.gelu]
            # [Provenance debug handles] triton_poi_fused_gelu_gelu_backward_view_5:78
            stream0 = get_raw_stream(0)
            triton_poi_fused_gelu_gelu_backward_view_5.run(buf136, addmm_2, 25165824, stream=stream0)
            del addmm_2
            buf137 = buf119; del buf119  # reuse
            # Topologically Sorted Source Nodes: [view_105, convert_element_type_193, linear_2, gelu, mul_134, mul_135, sub_36, mul_136, add_55, mul_137, mul_138, mul_139, add_56, mul_140, convert_element_type_195, view_106, permute_101, mm_29], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:79
            extern_kernels.mm(reinterpret_tensor(buf136, (8192, 3072), (3072, 1), 0), primals_12, out=buf137)
            del primals_12
            buf138 = empty_strided_cuda((3072, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_105, convert_element_type_193, linear_2, gelu, mul_134, mul_135, sub_36, mul_136, add_55, mul_137, mul_138, mul_139, add_56, mul_140, convert_element_type_195, view_106, permute_102, permute_104], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:80
            extern_kernels.mm(reinterpret_tensor(buf136, (3072, 8192), (1, 3072), 0), view_8, out=buf138)
            del view_8
            buf139 = buf99; del buf99  # reuse
            # Topologically Sorted Source Nodes: [view_105, convert_element_type_193, linear_2, gelu, mul_134, mul_135, sub_36, mul_136, add_55, mul_137, mul_138, mul_139, add_56, mul_140, convert_element_type_195, view_106, sum_46], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.sum]
            # [Provenance debug handles] triton_red_fused_gelu_gelu_backward_sum_view_6:81
            stream0 = get_raw_stream(0)
            triton_red_fused_gelu_gelu_backward_sum_view_6.run(buf136, buf139, 196608, 128, stream=stream0)
            del buf136
            buf140 = empty_strided_cuda((1, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_105, convert_element_type_193, linear_2, gelu, mul_134, mul_135, sub_36, mul_136, add_55, mul_137, mul_138, mul_139, add_56, mul_140, convert_element_type_195, view_106, sum_46], Original ATen: [aten.view, aten.gelu_backward, aten.gelu, aten.sum]
            # [Provenance debug handles] triton_per_fused_gelu_gelu_backward_sum_view_7:82
            stream0 = get_raw_stream(0)
            triton_per_fused_gelu_gelu_backward_sum_view_7.run(buf139, buf140, 3072, 64, stream=stream0)
            del buf139
            buf149 = buf131; del buf131  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_108, clone_28, clone_30, mul_142, mul_143, sum_47, layer_norm_1, mul_144, sum_48, mul_145, sub_38, sub_39, div_9, mul_146, mul_147, sum_49, sum_50, convert_element_type_204, add_57], Original ATen: [aten.view, aten.native_layer_norm_backward, aten.native_layer_norm, aten.add]
            workspace_7 = workspace_6; del workspace_6  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_native_layer_norm_backward_view_8.run(buf149, buf137, primals_10, add_3, getitem_15, rsqrt_1, workspace_7, 8192, 768, stream=stream0)
            buf144 = workspace_7[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            buf146 = workspace_7[1 * 512 * 768 : (1 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            del add_3
            del getitem_15
            del primals_10
            del rsqrt_1
            buf147 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_205], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:83
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf144, buf147, 768, stream=stream0)
            del buf144
            buf148 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_206], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:84
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf146, buf148, 768, stream=stream0)
            del buf146
            buf150 = buf137; del buf137  # reuse
            # Topologically Sorted Source Nodes: [view_109, linear_1, permute_105, mm_31], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:85
            extern_kernels.mm(reinterpret_tensor(buf149, (8192, 768), (768, 1), 0), primals_8, out=buf150)
            del primals_8
            buf151 = empty_strided_cuda((768, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_109, permute_106, transpose_3, reshape, linear_1, permute_108], Original ATen: [aten.view, aten.t, aten.transpose, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:86
            extern_kernels.mm(reinterpret_tensor(buf149, (768, 8192), (1, 768), 0), reinterpret_tensor(getitem_5, (8192, 768), (768, 1), 0), out=buf151)
            buf152 = buf134; del buf134  # reuse
            # Topologically Sorted Source Nodes: [view_109, sum_51], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_red_fused_sum_view_3:87
            stream0 = get_raw_stream(0)
            triton_red_fused_sum_view_3.run(buf149, buf152, 49152, 128, stream=stream0)
            buf153 = empty_strided_cuda((1, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_109, sum_51], Original ATen: [aten.view, aten.sum]
            # [Provenance debug handles] triton_per_fused_sum_view_4:88
            stream0 = get_raw_stream(0)
            triton_per_fused_sum_view_4.run(buf152, buf153, 768, 64, stream=stream0)
            del buf152
            # Topologically Sorted Source Nodes: [view_111, view_112, permute_109, _scaled_dot_product_cudnn_attention_backward_3], Original ATen: [aten.view, aten.transpose, aten._scaled_dot_product_cudnn_attention_backward]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default:89
            buf154 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(reinterpret_tensor(buf150, (8, 12, 1024, 64), (786432, 64, 768, 1), 0), permute_1, permute_2, permute_3, getitem_5, getitem_6, getitem_11, getitem_12, None, None, None, 1024, 1024, 0.0, True)
            del buf150
            del getitem_11
            del getitem_12
            del getitem_5
            del getitem_6
            del permute_1
            del permute_2
            del permute_3
            buf155 = buf154[0]
            assert_size_stride(buf155, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf155, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf156 = buf154[1]
            assert_size_stride(buf156, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf156, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf157 = buf154[2]
            assert_size_stride(buf157, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf157, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            del buf154
            buf158 = buf118; del buf118  # reuse
            # Topologically Sorted Source Nodes: [permute_110, view_113, permute_111, view_114, permute_112, view_115, cat_3], Original ATen: [aten.transpose, aten.view, aten.cat]
            # [Provenance debug handles] triton_poi_fused_cat_transpose_view_9:90
            stream0 = get_raw_stream(0)
            triton_poi_fused_cat_transpose_view_9.run(buf155, buf156, buf157, buf158, 18874368, stream=stream0)
            del buf155
            del buf156
            buf159 = reinterpret_tensor(buf157, (8192, 768), (768, 1), 0); del buf157  # reuse
            # Topologically Sorted Source Nodes: [permute_110, view_113, permute_111, view_114, permute_112, view_115, cat_3, view_116, linear, permute_113, mm_33], Original ATen: [aten.transpose, aten.view, aten.cat, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:91
            extern_kernels.mm(reinterpret_tensor(buf158, (8192, 2304), (2304, 1), 0), primals_6, out=buf159)
            del primals_6
            buf160 = empty_strided_cuda((2304, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_110, view_113, permute_111, view_114, permute_112, view_115, cat_3, view_116, permute_114, permute_116], Original ATen: [aten.transpose, aten.view, aten.cat, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:92
            extern_kernels.mm(reinterpret_tensor(buf158, (2304, 8192), (1, 2304), 0), view, out=buf160)
            del view
            buf161 = buf121; del buf121  # reuse
            # Topologically Sorted Source Nodes: [permute_110, view_113, permute_111, view_114, permute_112, view_115, cat_3, view_116, sum_52], Original ATen: [aten.transpose, aten.view, aten.cat, aten.sum]
            # [Provenance debug handles] triton_red_fused_cat_sum_transpose_view_10:93
            stream0 = get_raw_stream(0)
            triton_red_fused_cat_sum_transpose_view_10.run(buf158, buf161, 147456, 128, stream=stream0)
            del buf158
            buf162 = empty_strided_cuda((1, 2304), (2304, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_110, view_113, permute_111, view_114, permute_112, view_115, cat_3, view_116, sum_52], Original ATen: [aten.transpose, aten.view, aten.cat, aten.sum]
            # [Provenance debug handles] triton_per_fused_cat_sum_transpose_view_11:94
            stream0 = get_raw_stream(0)
            triton_per_fused_cat_sum_transpose_view_11.run(buf161, buf162, 2304, 64, stream=stream0)
            del buf161
            buf176 = empty_strided_cuda((50304, 768), (768, 1), torch.float32)
            # Topologically Sorted Source Nodes: [full_2], Original ATen: [aten.embedding_dense_backward]
            # [Provenance debug handles] triton_poi_fused_embedding_dense_backward_12:95
            stream0 = get_raw_stream(0)
            triton_poi_fused_embedding_dense_backward_12.run(buf176, 38633472, stream=stream0)
            buf171 = buf149; del buf149  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [cross_entropy, view_118, clone_32, clone_34, mul_149, mul_150, sum_53, x, layer_norm, mul_151, sum_54, mul_152, sub_41, sub_42, div_10, mul_153, mul_154, sum_55, sum_56, convert_element_type_219, add_58, convert_element_type_224, eq_1, unsqueeze_3, where_5, full_2, index_put_1], Original ATen: [aten.nll_loss_forward, aten.view, aten.native_layer_norm_backward, aten.add, aten.native_layer_norm, aten.embedding_dense_backward]
            workspace_8 = workspace_7; del workspace_7  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused_add_embedding_dense_backward_native_layer_norm_native_layer_norm_backward_nll_loss_forward_view_13.run(buf171, buf159, primals_4, embedding, embedding_1, getitem_1, rsqrt, primals_1, buf176, workspace_8, 8192, 768, stream=stream0)
            buf166 = workspace_8[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            buf168 = workspace_8[1 * 512 * 768 : (1 + 1) * 512 * 768].view(512, 768).sum(dim=0)
            del buf159
            del embedding
            del embedding_1
            del getitem_1
            del primals_1
            del primals_4
            del rsqrt
            buf169 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_220], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:96
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf166, buf169, 768, stream=stream0)
            del buf166
            buf170 = empty_strided_cuda((768, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_221], Original ATen: [aten.native_layer_norm_backward]
            # [Provenance debug handles] triton_poi_fused_native_layer_norm_backward_2:97
            stream0 = get_raw_stream(0)
            triton_poi_fused_native_layer_norm_backward_2.run(buf168, buf170, 768, stream=stream0)
            del buf168
            buf173 = reinterpret_tensor(workspace_8, (1024, 768), (768, 1), 0); del workspace_8  # reuse
            # Topologically Sorted Source Nodes: [full_1], Original ATen: [aten.embedding_dense_backward]
            # [Provenance debug handles] triton_poi_fused_embedding_dense_backward_14:98
            stream0 = get_raw_stream(0)
            triton_poi_fused_embedding_dense_backward_14.run(buf173, 786432, stream=stream0)
            # Topologically Sorted Source Nodes: [cross_entropy, sum_57, view_119, convert_element_type_222, eq, unsqueeze_2, where_4, full_1, index_put], Original ATen: [aten.nll_loss_forward, aten.sum, aten.view, aten.embedding_dense_backward]
            # [Provenance debug handles] triton_per_fused_embedding_dense_backward_nll_loss_forward_sum_view_15:99
            stream0 = get_raw_stream(0)
            triton_per_fused_embedding_dense_backward_nll_loss_forward_sum_view_15.run(buf171, iota, buf173, 786432, 8, stream=stream0)
            del buf171
            del iota
            buf175 = empty_strided_cuda((1024, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_223], Original ATen: [aten.embedding_dense_backward]
            # [Provenance debug handles] triton_poi_fused_embedding_dense_backward_16:100
            stream0 = get_raw_stream(0)
            triton_poi_fused_embedding_dense_backward_16.run(buf173, buf175, 786432, stream=stream0)
            del buf173
            buf178 = empty_strided_cuda((50304, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_225], Original ATen: [aten.embedding_dense_backward]
            # [Provenance debug handles] triton_poi_fused_embedding_dense_backward_17:101
            stream0 = get_raw_stream(0)
            triton_poi_fused_embedding_dense_backward_17.run(buf176, buf178, 38633472, stream=stream0)
            del buf176
            buf179 = empty_strided_cuda((50304, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [div_1, view_13, unsqueeze_1, ne_3, cross_entropy, where_2, , where_3, mul_42, linear_16, float_1, view_12, exp_1, mul_43, sub_11, view_52, convert_element_type_78, view_53, permute_33, convert_element_type_225], Original ATen: [aten.nll_loss_backward, aten.view, aten.nll_loss_forward, aten.arange, aten.expand, aten.eq, aten.scalar_tensor, aten.where, aten._unsafe_view, aten._to_copy, aten._log_softmax, aten._log_softmax_backward_data, aten.t, aten.embedding_dense_backward, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:102
            extern_kernels.addmm(buf178, reinterpret_tensor(buf1, (50304, 8192), (1, 50304), 0), view_48, alpha=1, beta=1, out=buf179)
            del buf1
            del buf178
            del view_48
        return (None, buf179, buf175, buf169, buf170, buf160, reinterpret_tensor(buf162, (2304, ), (1, ), 0), buf151, reinterpret_tensor(buf153, (768, ), (1, ), 0), buf147, buf148, buf138, reinterpret_tensor(buf140, (3072, ), (1, ), 0), buf133, reinterpret_tensor(buf135, (768, ), (1, ), 0), buf129, buf130, buf120, reinterpret_tensor(buf122, (2304, ), (1, ), 0), buf111, reinterpret_tensor(buf113, (768, ), (1, ), 0), buf107, buf108, buf98, reinterpret_tensor(buf100, (3072, ), (1, ), 0), buf93, reinterpret_tensor(buf95, (768, ), (1, ), 0), buf89, buf90, buf80, reinterpret_tensor(buf82, (2304, ), (1, ), 0), buf71, reinterpret_tensor(buf73, (768, ), (1, ), 0), buf67, buf68, buf58, reinterpret_tensor(buf60, (3072, ), (1, ), 0), buf53, reinterpret_tensor(buf55, (768, ), (1, ), 0), buf49, buf50, buf40, reinterpret_tensor(buf42, (2304, ), (1, ), 0), buf31, reinterpret_tensor(buf33, (768, ), (1, ), 0), buf27, buf28, buf18, reinterpret_tensor(buf20, (3072, ), (1, ), 0), buf13, reinterpret_tensor(buf15, (768, ), (1, ), 0), buf10, buf11, None, )

runner = Runner(partitions=[])
call = runner.call
recursively_apply_fns = runner.recursively_apply_fns


def get_args():
    from torch._dynamo.testing import rand_strided
    primals_1 = rand_strided((8, 1024), (1024, 1), device='cuda:0', dtype=torch.int64)
    primals_2 = rand_strided((50304, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_4 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_6 = rand_strided((2304, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_8 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_10 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_12 = rand_strided((3072, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_14 = rand_strided((768, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_16 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_18 = rand_strided((2304, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_20 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_22 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_24 = rand_strided((3072, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_26 = rand_strided((768, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_28 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_30 = rand_strided((2304, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_32 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_34 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_36 = rand_strided((3072, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_38 = rand_strided((768, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_40 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_42 = rand_strided((2304, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_44 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_46 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_48 = rand_strided((3072, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_50 = rand_strided((768, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_52 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_54 = rand_strided((8, 1024), (1024, 1), device='cuda:0', dtype=torch.int64)
    iota = rand_strided((1024, ), (1, ), device='cuda:0', dtype=torch.int64)
    embedding = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    embedding_1 = rand_strided((1024, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_1 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    rsqrt = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_1 = rand_strided((8, 12, 1024, 64), (2359296, 64, 2304, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_2 = rand_strided((8, 12, 1024, 64), (2359296, 64, 2304, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_3 = rand_strided((8, 12, 1024, 64), (2359296, 64, 2304, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_5 = rand_strided((8, 12, 1024, 64), (786432, 64, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_6 = rand_strided((8, 12, 1024, 1), (12288, 1024, 1, 1), device='cuda:0', dtype=torch.float32)
    getitem_11 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    getitem_12 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    add_3 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_15 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    rsqrt_1 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_8 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    addmm_2 = rand_strided((8192, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    view_10 = rand_strided((8192, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    add_8 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_17 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    rsqrt_2 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_12 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_9 = rand_strided((8, 12, 1024, 64), (2359296, 64, 2304, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_10 = rand_strided((8, 12, 1024, 64), (2359296, 64, 2304, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_11 = rand_strided((8, 12, 1024, 64), (2359296, 64, 2304, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_21 = rand_strided((8, 12, 1024, 64), (786432, 64, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_22 = rand_strided((8, 12, 1024, 1), (12288, 1024, 1, 1), device='cuda:0', dtype=torch.float32)
    getitem_27 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    getitem_28 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    add_11 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_31 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    rsqrt_3 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_20 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    addmm_6 = rand_strided((8192, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    view_22 = rand_strided((8192, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    add_16 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_33 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    rsqrt_4 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_24 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_17 = rand_strided((8, 12, 1024, 64), (2359296, 64, 2304, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_18 = rand_strided((8, 12, 1024, 64), (2359296, 64, 2304, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_19 = rand_strided((8, 12, 1024, 64), (2359296, 64, 2304, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_37 = rand_strided((8, 12, 1024, 64), (786432, 64, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_38 = rand_strided((8, 12, 1024, 1), (12288, 1024, 1, 1), device='cuda:0', dtype=torch.float32)
    getitem_43 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    getitem_44 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    add_19 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_47 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    rsqrt_5 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_32 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    addmm_10 = rand_strided((8192, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    view_34 = rand_strided((8192, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    add_24 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_49 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    rsqrt_6 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_36 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_25 = rand_strided((8, 12, 1024, 64), (2359296, 64, 2304, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_26 = rand_strided((8, 12, 1024, 64), (2359296, 64, 2304, 1), device='cuda:0', dtype=torch.bfloat16)
    permute_27 = rand_strided((8, 12, 1024, 64), (2359296, 64, 2304, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_53 = rand_strided((8, 12, 1024, 64), (786432, 64, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_54 = rand_strided((8, 12, 1024, 1), (12288, 1024, 1, 1), device='cuda:0', dtype=torch.float32)
    getitem_59 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    getitem_60 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    add_27 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_63 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    rsqrt_7 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_44 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    addmm_14 = rand_strided((8192, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    view_46 = rand_strided((8192, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    add_32 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_65 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    rsqrt_8 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_48 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    mm = rand_strided((8192, 50304), (50304, 1), device='cuda:0', dtype=torch.bfloat16)
    amax = rand_strided((8192, 1), (1, 1), device='cuda:0', dtype=torch.float32)
    log = rand_strided((8192, 1), (1, 1), device='cuda:0', dtype=torch.float32)
    convert_element_type_77 = rand_strided((), (), device='cuda:0', dtype=torch.float32)
    tangents_1 = rand_strided((), (), device='cuda:0', dtype=torch.float32)
    return [primals_1, primals_2, primals_4, primals_6, primals_8, primals_10, primals_12, primals_14, primals_16, primals_18, primals_20, primals_22, primals_24, primals_26, primals_28, primals_30, primals_32, primals_34, primals_36, primals_38, primals_40, primals_42, primals_44, primals_46, primals_48, primals_50, primals_52, primals_54, iota, embedding, embedding_1, getitem_1, rsqrt, view, permute_1, permute_2, permute_3, getitem_5, getitem_6, getitem_11, getitem_12, add_3, getitem_15, rsqrt_1, view_8, addmm_2, view_10, add_8, getitem_17, rsqrt_2, view_12, permute_9, permute_10, permute_11, getitem_21, getitem_22, getitem_27, getitem_28, add_11, getitem_31, rsqrt_3, view_20, addmm_6, view_22, add_16, getitem_33, rsqrt_4, view_24, permute_17, permute_18, permute_19, getitem_37, getitem_38, getitem_43, getitem_44, add_19, getitem_47, rsqrt_5, view_32, addmm_10, view_34, add_24, getitem_49, rsqrt_6, view_36, permute_25, permute_26, permute_27, getitem_53, getitem_54, getitem_59, getitem_60, add_27, getitem_63, rsqrt_7, view_44, addmm_14, view_46, add_32, getitem_65, rsqrt_8, view_48, mm, amax, log, convert_element_type_77, tangents_1]


def benchmark_compiled_module(args, times=10, repeat=10):
    from torch._inductor.utils import print_performance
    fn = lambda: call(list(args))
    return print_performance(fn, times=times, repeat=repeat)


if __name__ == "__main__":
    from torch._inductor.wrapper_benchmark import compiled_module_main
    args = get_args()
    compiled_module_main('None', lambda times, repeat: benchmark_compiled_module(args, times=times, repeat=repeat))
