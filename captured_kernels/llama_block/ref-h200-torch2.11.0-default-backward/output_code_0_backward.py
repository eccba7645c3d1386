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


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/34/c344bfgy4rhkf37cgssuslsfsym4bc24hmxrkusvsnroi3v3rfn4.py
# Topologically Sorted Source Nodes: [div_13, view_9, unsqueeze_25, ne_3, cross_entropy, where_2, , where_3, mul_62, linear_24, float_18, view_8, exp_5, sum_4, mul_63, sub_2, view_96, convert_element_type_110], Original ATen: [aten.nll_loss_backward, aten.view, aten.nll_loss_forward, aten.arange, aten.expand, aten.eq, aten.scalar_tensor, aten.where, aten._unsafe_view, aten._to_copy, aten._log_softmax, aten._log_softmax_backward_data]
# Source node to ATen node mapping:
#    => eq_tensor, expand_default, iota_default, scalar_tensor_default, scalar_tensor_default_1, view_default, where_self
#   convert_element_type_110 => convert_element_type_110
#   cross_entropy => full_default, full_default_1, sub, sub_1
#   div_13 => div_13
#   exp_5 => exp_5
#   float_18 => convert_element_type_108
#   linear_24 => view_93
#   mul_62 => mul_62
#   mul_63 => mul_63
#   ne_3 => ne_3
#   sub_2 => sub_2
#   sum_4 => sum_4
#   unsqueeze_25 => unsqueeze_25
#   view_8 => view_94
#   view_9 => view_95
#   view_96 => view_96
#   where_2 => where_2
#   where_3 => where_3
# Graph fragment:
#   %primals_37 : Tensor "i64[8, 1024][1024, 1]cuda:0" = PlaceHolder[target=primals_37]
#   %tangents_1 : Tensor "f32[][]cuda:0" = PlaceHolder[target=tangents_1]
#   %convert_element_type_109 : Tensor "f32[][]cuda:0" = PlaceHolder[target=convert_element_type_109]
#   %mm_24 : Tensor "bf16[8192, 32000][32000, 1]cuda:0" = PlaceHolder[target=mm_24]
#   %amax : Tensor "f32[8192, 1][1, 1]cuda:0" = PlaceHolder[target=amax]
#   %log : Tensor "f32[8192, 1][1, 1]cuda:0" = PlaceHolder[target=log]
#   %sum_4 : Tensor "f32[8192, 1][1, 8192]cuda:0" = PlaceHolder[target=sum_4]
#   %div_13 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%tangents_1, %convert_element_type_109), kwargs = {})
#   %view_95 : Tensor "i64[8192][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%primals_37, [-1]), kwargs = {})
#   %unsqueeze_25 : Tensor "i64[8192, 1][1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%view_95, 1), kwargs = {})
#   %ne_3 : Tensor "b8[8192, 1][1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.ne.Scalar](args = (%unsqueeze_25, -100), kwargs = {})
#   %full_default : Tensor "i64[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0), kwargs = {dtype: torch.int64, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where_2 : Tensor "i64[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%ne_3, %unsqueeze_25, %full_default), kwargs = {})
#   %iota_default : Tensor "i64[32000][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.iota.default](args = (32000,), kwargs = {start: 0, step: 1, dtype: torch.int64, device: cuda:0, requires_grad: False})
#   %view_default : Tensor "i64[1, 32000][32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%iota_default, [1, 32000]), kwargs = {})
#   %expand_default : Tensor "i64[8192, 32000][1, 0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%where_2, [8192, 32000]), kwargs = {})
#   %eq_tensor : Tensor "b8[8192, 32000][32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.eq.Tensor](args = (%expand_default, %view_default), kwargs = {})
#   %scalar_tensor_default : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.scalar_tensor.default](args = (0,), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0})
#   %scalar_tensor_default_1 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.scalar_tensor.default](args = (-1.0,), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0})
#   %where_self : Tensor "f32[8192, 32000][32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%eq_tensor, %scalar_tensor_default_1, %scalar_tensor_default), kwargs = {})
#   %full_default_1 : Tensor "f32[][]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.full.default](args = ([], 0.0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where_3 : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%ne_3, %div_13, %full_default_1), kwargs = {})
#   %mul_62 : Tensor "f32[8192, 32000][32000, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%where_self, %where_3), kwargs = {})
#   %view_93 : Tensor "bf16[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_24, [8, 1024, 32000]), kwargs = {})
#   %convert_element_type_108 : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_93, torch.float32), kwargs = {})
#   %view_94 : Tensor "f32[8192, 32000][32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%convert_element_type_108, [-1, 32000]), kwargs = {})
#   %sub : Tensor "f32[8192, 32000][32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%view_94, %amax), kwargs = {})
#   %sub_1 : Tensor "f32[8192, 32000][32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%sub, %log), kwargs = {})
#   %exp_5 : Tensor "f32[8192, 32000][32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.exp.default](args = (%sub_1,), kwargs = {})
#   %sum_4 : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_62, [1], True), kwargs = {})
#   %mul_63 : Tensor "f32[8192, 32000][32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%exp_5, %sum_4), kwargs = {})
#   %sub_2 : Tensor "f32[8192, 32000][32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%mul_62, %mul_63), kwargs = {})
#   %view_96 : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%sub_2, [8, 1024, 32000]), kwargs = {})
#   %convert_element_type_110 : Tensor "bf16[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_96, torch.bfloat16), kwargs = {})
#   return %sum_4,%convert_element_type_110
triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0 = async_compile.triton('triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0', '''
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
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_ptr0': '*i64', 'in_ptr1': '*fp32', 'in_ptr2': '*fp32', 'in_ptr3': '*fp32', 'in_ptr4': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'R0_BLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 8, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 131072, 'r0_': 1572864000}}
)
@triton.jit
def triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0(in_out_ptr0, in_ptr0, in_ptr1, in_ptr2, in_ptr3, in_ptr4, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
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
        tmp36 = tl.load(in_out_ptr0 + (r0_1 + 32000*x0), r0_mask, eviction_policy='evict_first', other=0.0).to(tl.float32)
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
        tl.store(in_out_ptr0 + (r0_1 + 32000*x0), tmp45, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/zr/czriixwdu22eq767njjt575bifoysd4ldwopfrmx5qxn5ppgxo5o.py
# Topologically Sorted Source Nodes: [view_98, xf_16, mul_36, to_16, mul_64, mul_65, sum_5, convert_element_type_115, mul_66, mul_67, sum_6, pow_18, mul_68, mul_69, expand_24, div_14, pow_19, mul_70, mul_71, add_45, convert_element_type_116], Original ATen: [aten.view, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div, aten.add]
# Source node to ATen node mapping:
#   add_45 => add_45
#   convert_element_type_115 => convert_element_type_115
#   convert_element_type_116 => convert_element_type_116
#   div_14 => div_14
#   expand_24 => expand_24
#   mul_36 => mul_60
#   mul_64 => mul_64
#   mul_65 => mul_65
#   mul_66 => mul_66
#   mul_67 => mul_67
#   mul_68 => mul_68
#   mul_69 => mul_69
#   mul_70 => mul_70
#   mul_71 => mul_71
#   pow_18 => pow_18
#   pow_19 => pow_19
#   sum_5 => sum_5
#   sum_6 => sum_6
#   to_16 => convert_element_type_105
#   view_98 => view_98
#   xf_16 => convert_element_type_104
# Graph fragment:
#   %mm_26 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_26]
#   %primals_35 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_35]
#   %add_43 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_43]
#   %rsqrt_8 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt_8]
#   %sum_6 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=sum_6]
#   %view_98 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_26, [8, 1024, 768]), kwargs = {})
#   %convert_element_type_104 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_43, torch.float32), kwargs = {})
#   %mul_60 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_104, %rsqrt_8), kwargs = {})
#   %convert_element_type_105 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_60, torch.bfloat16), kwargs = {})
#   %mul_64 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%view_98, %convert_element_type_105), kwargs = {})
#   %mul_65 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%view_98, %primals_35), kwargs = {})
#   %sum_5 : Tensor "bf16[1, 1, 768][768, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_64, [0, 1], True), kwargs = {})
#   %convert_element_type_115 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_65, torch.float32), kwargs = {})
#   %mul_66 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_115, %convert_element_type_104), kwargs = {})
#   %mul_67 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_115, %rsqrt_8), kwargs = {})
#   %sum_6 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_66, [2], True), kwargs = {})
#   %pow_18 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%rsqrt_8, 3), kwargs = {})
#   %mul_68 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Scalar](args = (%sum_6, -0.5), kwargs = {})
#   %mul_69 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_68, %pow_18), kwargs = {})
#   %expand_24 : Tensor "f32[8, 1024, 768][1024, 1, 0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%mul_69, [8, 1024, 768]), kwargs = {})
#   %div_14 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Scalar](args = (%expand_24, 768), kwargs = {})
#   %pow_19 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%convert_element_type_104, 1.0), kwargs = {})
#   %mul_70 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Scalar](args = (%pow_19, 2.0), kwargs = {})
#   %mul_71 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%div_14, %mul_70), kwargs = {})
#   %add_45 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_67, %mul_71), kwargs = {})
#   %convert_element_type_116 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_45, torch.bfloat16), kwargs = {})
#   return %sum_6,%convert_element_type_116
triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_1 = async_compile.triton('triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_1', '''
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
    triton_meta={'signature': {'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'in_ptr3': '*fp32', 'out_ptr1': '*bf16', 'ws_ptr': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'RSPLIT_SIZE': 'constexpr', 'NUM_STAGES': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'MixOrderReductionGrid', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_1', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 4, 'num_store': 0, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'RSPLIT_SIZE': 16}
)
@triton.jit
def triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_1(in_ptr0, in_ptr1, in_ptr2, in_ptr3, out_ptr1, ws_ptr, xnumel, r0_numel, XBLOCK : tl.constexpr, RSPLIT_SIZE : tl.constexpr, NUM_STAGES : tl.constexpr):
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
    split_size = min(RSPLIT_SIZE, xnumel - xoffset)
    for _ in tl.range(0, split_size, XBLOCK, num_stages=NUM_STAGES):
        x0 = xindex
        xindex += XBLOCK
        tmp0 = tl.load(in_ptr0 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp1 = tl.load(in_ptr1 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
        tmp4 = tl.load(in_ptr2 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp11 = tl.load(in_ptr3 + (x0), None, eviction_policy='evict_last')
        tmp2 = tmp0 * tmp1
        tmp3 = tmp2.to(tl.float32)
        tmp5 = tmp4.to(tl.float32)
        tmp6 = tmp3 * tmp5
        tmp7 = tl.broadcast_to(tmp6, [XBLOCK, R0_BLOCK])
        tmp9 = tl.where(r0_mask, tmp7, 0)
        tmp10 = tl.sum(tmp9, 1)[:, None].to(tl.float32)
        tmp12 = tmp3 * tmp11
        tmp13 = tl.full([1, 1], -0.5, tl.float32)
        tmp14 = tmp10 * tmp13
        tmp15 = tmp11 * tmp11
        tmp16 = tmp15 * tmp11
        tmp17 = tmp14 * tmp16
        tmp18 = tl.full([1, 1], 0.0013020833333333333, tl.float32)
        tmp19 = tmp17 * tmp18
        tmp20 = tl.full([1, 1], 2.0, tl.float32)
        tmp21 = tmp5 * tmp20
        tmp22 = tmp19 * tmp21
        tmp23 = tmp12 + tmp22
        tmp24 = tmp23.to(tl.float32)
        tmp25 = tmp5 * tmp11
        tmp26 = tmp25.to(tl.float32)
        tmp27 = tmp0 * tmp26
        tl.store(out_ptr1 + (r0_1 + 768*x0), tmp24, r0_mask)
        tmp28 = tl.sum(tmp27, 0)
        tmp29 = accum0 + tmp28
        accum0 = tmp29
    tl.store(ws_ptr + (tl.program_id(0) + 0 * tl.num_programs(0)) * r0_numel + r0_index, accum0, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/2k/c2krl4vyqasub3ns2hzkbhc2v5eckjj4sklahdfjw4id4ihdolpv.py
# Topologically Sorted Source Nodes: [view_101, linear_21, silu_3, mul_72, linear_22, mul_73, convert_element_type_125, reciprocal, mul_74, mul_75, sub_3, mul_76, add_47, mul_77, convert_element_type_127], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward]
# Source node to ATen node mapping:
#   add_47 => add_47
#   convert_element_type_125 => convert_element_type_125
#   convert_element_type_127 => convert_element_type_127
#   linear_21 => view_87
#   linear_22 => view_89
#   mul_72 => mul_72
#   mul_73 => mul_73
#   mul_74 => mul_74
#   mul_75 => mul_75
#   mul_76 => mul_76
#   mul_77 => mul_77
#   reciprocal => reciprocal
#   silu_3 => add_42, convert_element_type_98, convert_element_type_99, div_11, exp_3, neg_19
#   sub_3 => sub_3
#   view_101 => view_101
# Graph fragment:
#   %mm_28 : Tensor "bf16[8192, 2048][2048, 1]cuda:0" = PlaceHolder[target=mm_28]
#   %mm_21 : Tensor "bf16[8192, 2048][2048, 1]cuda:0" = PlaceHolder[target=mm_21]
#   %mm_22 : Tensor "bf16[8192, 2048][2048, 1]cuda:0" = PlaceHolder[target=mm_22]
#   %view_101 : Tensor "bf16[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_28, [8, 1024, 2048]), kwargs = {})
#   %view_87 : Tensor "bf16[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_21, [8, 1024, 2048]), kwargs = {})
#   %convert_element_type_98 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_87, torch.float32), kwargs = {})
#   %neg_19 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%convert_element_type_98,), kwargs = {})
#   %exp_3 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.exp.default](args = (%neg_19,), kwargs = {})
#   %add_42 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%exp_3, 1), kwargs = {})
#   %div_11 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%convert_element_type_98, %add_42), kwargs = {})
#   %convert_element_type_99 : Tensor "bf16[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%div_11, torch.bfloat16), kwargs = {})
#   %mul_72 : Tensor "bf16[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%view_101, %convert_element_type_99), kwargs = {})
#   %view_89 : Tensor "bf16[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_22, [8, 1024, 2048]), kwargs = {})
#   %mul_73 : Tensor "bf16[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%view_101, %view_89), kwargs = {})
#   %convert_element_type_125 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_73, torch.float32), kwargs = {})
#   %reciprocal : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reciprocal.default](args = (%add_42,), kwargs = {})
#   %mul_74 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%reciprocal, 1), kwargs = {})
#   %mul_75 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_125, %mul_74), kwargs = {})
#   %sub_3 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (1, %mul_74), kwargs = {})
#   %mul_76 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_98, %sub_3), kwargs = {})
#   %add_47 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_76, 1), kwargs = {})
#   %mul_77 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_75, %add_47), kwargs = {})
#   %convert_element_type_127 : Tensor "bf16[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_77, torch.bfloat16), kwargs = {})
#   return %mul_72,%convert_element_type_127
triton_poi_fused__unsafe_view_mul_silu_silu_backward_view_2 = async_compile.triton('triton_poi_fused__unsafe_view_mul_silu_silu_backward_view_2', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 16777216}, 
    filename=__file__,
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused__unsafe_view_mul_silu_silu_backward_view_2', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 3, 'num_store': 2, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 234881024}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused__unsafe_view_mul_silu_silu_backward_view_2(in_out_ptr0, in_ptr0, in_ptr1, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 16777216
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = xindex
    tmp0 = tl.load(in_ptr0 + (x0), None).to(tl.float32)
    tmp1 = tl.load(in_ptr1 + (x0), None).to(tl.float32)
    tmp10 = tl.load(in_out_ptr0 + (x0), None).to(tl.float32)
    tmp2 = tmp1.to(tl.float32)
    tmp3 = -tmp2
    tmp4 = libdevice.exp(tmp3)
    tmp5 = tl.full([1], 1.0, tl.float32)
    tmp6 = tmp4 + tmp5
    tmp7 = (tmp2 / tmp6)
    tmp8 = tmp7.to(tl.float32)
    tmp9 = tmp0 * tmp8
    tmp11 = tmp0 * tmp10
    tmp12 = tmp11.to(tl.float32)
    tmp13 = tl.full([1], 1, tl.int32)
    tmp14 = (tmp13 / tmp6)
    tmp15 = tmp14 * tmp5
    tmp16 = tmp12 * tmp15
    tmp17 = tmp5 - tmp15
    tmp18 = tmp2 * tmp17
    tmp19 = tmp18 + tmp5
    tmp20 = tmp16 * tmp19
    tmp21 = tmp20.to(tl.float32)
    tl.store(out_ptr0 + (x0), tmp9, None)
    tl.store(in_out_ptr0 + (x0), tmp21, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/tl/ctlwussyuupuqeez5jhgidwykrkhvw2tycbzp6lhbvoa5b3vrsjr.py
# Topologically Sorted Source Nodes: [view_103, view_105, add_48, xf_15, mul_33, to_15, mul_78, mul_79, sum_7, convert_element_type_132, mul_80, mul_81, sum_8, pow_20, mul_82, mul_83, expand_25, div_15, pow_21, mul_84, mul_85, add_49, convert_element_type_133, add_50], Original ATen: [aten.view, aten.add, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div]
# Source node to ATen node mapping:
#   add_48 => add_48
#   add_49 => add_49
#   add_50 => add_50
#   convert_element_type_132 => convert_element_type_132
#   convert_element_type_133 => convert_element_type_133
#   div_15 => div_15
#   expand_25 => expand_25
#   mul_33 => mul_57
#   mul_78 => mul_78
#   mul_79 => mul_79
#   mul_80 => mul_80
#   mul_81 => mul_81
#   mul_82 => mul_82
#   mul_83 => mul_83
#   mul_84 => mul_84
#   mul_85 => mul_85
#   pow_20 => pow_20
#   pow_21 => pow_21
#   sum_7 => sum_7
#   sum_8 => sum_8
#   to_15 => convert_element_type_95
#   view_103 => view_103
#   view_105 => view_105
#   xf_15 => convert_element_type_94
# Graph fragment:
#   %mm_30 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_30]
#   %mm_32 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_32]
#   %primals_31 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_31]
#   %add_40 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_40]
#   %convert_element_type_116 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=convert_element_type_116]
#   %rsqrt_7 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt_7]
#   %sum_8 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=sum_8]
#   %view_103 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_30, [8, 1024, 768]), kwargs = {})
#   %view_105 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_32, [8, 1024, 768]), kwargs = {})
#   %add_48 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%view_103, %view_105), kwargs = {})
#   %convert_element_type_94 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_40, torch.float32), kwargs = {})
#   %mul_57 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_94, %rsqrt_7), kwargs = {})
#   %convert_element_type_95 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_57, torch.bfloat16), kwargs = {})
#   %mul_78 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_48, %convert_element_type_95), kwargs = {})
#   %mul_79 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_48, %primals_31), kwargs = {})
#   %sum_7 : Tensor "bf16[1, 1, 768][768, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_78, [0, 1], True), kwargs = {})
#   %convert_element_type_132 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_79, torch.float32), kwargs = {})
#   %mul_80 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_132, %convert_element_type_94), kwargs = {})
#   %mul_81 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_132, %rsqrt_7), kwargs = {})
#   %sum_8 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_80, [2], True), kwargs = {})
#   %pow_20 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%rsqrt_7, 3), kwargs = {})
#   %mul_82 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Scalar](args = (%sum_8, -0.5), kwargs = {})
#   %mul_83 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_82, %pow_20), kwargs = {})
#   %expand_25 : Tensor "f32[8, 1024, 768][1024, 1, 0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%mul_83, [8, 1024, 768]), kwargs = {})
#   %div_15 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Scalar](args = (%expand_25, 768), kwargs = {})
#   %pow_21 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%convert_element_type_94, 1.0), kwargs = {})
#   %mul_84 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Scalar](args = (%pow_21, 2.0), kwargs = {})
#   %mul_85 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%div_15, %mul_84), kwargs = {})
#   %add_49 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_81, %mul_85), kwargs = {})
#   %convert_element_type_133 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_49, torch.bfloat16), kwargs = {})
#   %add_50 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%convert_element_type_116, %convert_element_type_133), kwargs = {})
#   return %sum_8,%add_50
triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_3 = async_compile.triton('triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_3', '''
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
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'in_ptr3': '*bf16', 'in_ptr4': '*fp32', 'ws_ptr': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'RSPLIT_SIZE': 'constexpr', 'NUM_STAGES': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]], (8,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'MixOrderReductionGrid', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_3', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 6, 'num_store': 0, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'RSPLIT_SIZE': 16}
)
@triton.jit
def triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_3(in_out_ptr0, in_ptr0, in_ptr1, in_ptr2, in_ptr3, in_ptr4, ws_ptr, xnumel, r0_numel, XBLOCK : tl.constexpr, RSPLIT_SIZE : tl.constexpr, NUM_STAGES : tl.constexpr):
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
    split_size = min(RSPLIT_SIZE, xnumel - xoffset)
    for _ in tl.range(0, split_size, XBLOCK, num_stages=NUM_STAGES):
        x0 = xindex
        xindex += XBLOCK
        tmp0 = tl.load(in_ptr0 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp1 = tl.load(in_ptr1 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp3 = tl.load(in_ptr2 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
        tmp6 = tl.load(in_ptr3 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp13 = tl.load(in_out_ptr0 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp14 = tl.load(in_ptr4 + (x0), None, eviction_policy='evict_last')
        tmp2 = tmp0 + tmp1
        tmp4 = tmp2 * tmp3
        tmp5 = tmp4.to(tl.float32)
        tmp7 = tmp6.to(tl.float32)
        tmp8 = tmp5 * tmp7
        tmp9 = tl.broadcast_to(tmp8, [XBLOCK, R0_BLOCK])
        tmp11 = tl.where(r0_mask, tmp9, 0)
        tmp12 = tl.sum(tmp11, 1)[:, None].to(tl.float32)
        tmp15 = tmp5 * tmp14
        tmp16 = tl.full([1, 1], -0.5, tl.float32)
        tmp17 = tmp12 * tmp16
        tmp18 = tmp14 * tmp14
        tmp19 = tmp18 * tmp14
        tmp20 = tmp17 * tmp19
        tmp21 = tl.full([1, 1], 0.0013020833333333333, tl.float32)
        tmp22 = tmp20 * tmp21
        tmp23 = tl.full([1, 1], 2.0, tl.float32)
        tmp24 = tmp7 * tmp23
        tmp25 = tmp22 * tmp24
        tmp26 = tmp15 + tmp25
        tmp27 = tmp26.to(tl.float32)
        tmp28 = tmp13 + tmp27
        tmp29 = tmp7 * tmp14
        tmp30 = tmp29.to(tl.float32)
        tmp31 = tmp2 * tmp30
        tl.store(in_out_ptr0 + (r0_1 + 768*x0), tmp28, r0_mask)
        tmp32 = tl.sum(tmp31, 0)
        tmp33 = accum0 + tmp32
        accum0 = tmp33
    tl.store(ws_ptr + (tl.program_id(0) + 0 * tl.num_programs(0)) * r0_numel + r0_index, accum0, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/4o/c4ohvxjzzcp4f4unifgno65xctwcxon2hwegytukfeqsrekmbwou.py
# Topologically Sorted Source Nodes: [view_111, sum_10, squeeze_2, convert_element_type_138, arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, mul_86, cos, mul_87, slice_17, slice_18, full_1, _generalized_scatter, add_51, neg_22, _generalized_scatter_1, add_52], Original ATen: [aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.arange, aten.neg, aten.div, aten.pow, aten.mul, aten.cat, aten.sin, aten.cos, aten.slice, aten.slice_backward, aten.add]
# Source node to ATen node mapping:
#   _generalized_scatter => slice_scatter_default
#   _generalized_scatter_1 => slice_scatter_default_1
#   add_51 => add_51
#   add_52 => add_52
#   angles => mul_4, view_3
#   arange => add_1, convert_element_type_4, iota, mul_2
#   arange_1 => add_2, convert_element_type_5, iota_1, mul_3
#   cat => clone, expand, unsqueeze, view_4
#   convert_element_type_138 => convert_element_type_138
#   cos => cos
#   full_1 => full_default_5
#   inv_freq => pow_2
#   mul_86 => mul_86
#   mul_87 => mul_87
#   neg => neg
#   neg_22 => neg_22
#   sin => sin
#   slice_17 => slice_17
#   slice_18 => slice_18
#   squeeze_2 => squeeze_2
#   sum_10 => sum_10
#   truediv => div
#   view_111 => view_111
# Graph fragment:
#   %getitem_37 : Tensor "bf16[8, 12, 1024, 64][786432, 65536, 64, 1]cuda:0" = PlaceHolder[target=getitem_37]
#   %slice_scatter_default : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0" = PlaceHolder[target=slice_scatter_default]
#   %slice_scatter_default_1 : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0" = PlaceHolder[target=slice_scatter_default_1]
#   %view_111 : Tensor "bf16[8, 3, 4, 1024, 64][786432, 262144, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%getitem_37, [8, 3, 4, 1024, 64]), kwargs = {})
#   %sum_10 : Tensor "bf16[8, 3, 1, 1024, 64][196608, 65536, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%view_111, [2], True), kwargs = {})
#   %squeeze_2 : Tensor "bf16[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.squeeze.dim](args = (%sum_10, 2), kwargs = {})
#   %convert_element_type_138 : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%squeeze_2, torch.float32), kwargs = {})
#   %iota : Tensor "i64[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.iota.default](args = (32,), kwargs = {start: 0, step: 1, dtype: torch.int64, device: cuda:0, requires_grad: False})
#   %mul_2 : Tensor "i64[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%iota, 2), kwargs = {})
#   %add_1 : Tensor "i64[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_2, 0), kwargs = {})
#   %convert_element_type_4 : Tensor "f32[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_1, torch.float32), kwargs = {})
#   %neg : Tensor "f32[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%convert_element_type_4,), kwargs = {})
#   %div : Tensor "f32[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%neg, 64), kwargs = {})
#   %pow_2 : Tensor "f32[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Scalar](args = (10000.0, %div), kwargs = {})
#   %iota_1 : Tensor "i64[1024][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.iota.default](args = (1024,), kwargs = {start: 0, step: 1, dtype: torch.int64, device: cuda:0, requires_grad: False})
#   %mul_3 : Tensor "i64[1024][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%iota_1, 1), kwargs = {})
#   %add_2 : Tensor "i64[1024][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_3, 0), kwargs = {})
#   %convert_element_type_5 : Tensor "f32[1024][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_2, torch.float32), kwargs = {})
#   %view_3 : Tensor "f32[1024, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%convert_element_type_5, [1024, 1]), kwargs = {})
#   %mul_4 : Tensor "f32[1024, 32][32, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%view_3, %pow_2), kwargs = {})
#   %unsqueeze : Tensor "f32[1024, 1, 32][32, 32, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%mul_4, 1), kwargs = {})
#   %expand : Tensor "f32[1024, 2, 32][32, 0, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%unsqueeze, [1024, 2, 32]), kwargs = {})
#   %clone : Tensor "f32[1024, 2, 32][64, 32, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.clone.default](args = (%expand,), kwargs = {memory_format: torch.contiguous_format})
#   %view_4 : Tensor "f32[1024, 64][64, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.reshape.default](args = (%clone, [1024, 64]), kwargs = {})
#   %sin : Tensor "f32[1024, 64][64, 1]cuda:0"[num_users=8] = call_function[target=torch.ops.aten.sin.default](args = (%view_4,), kwargs = {})
#   %mul_86 : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_138, %sin), kwargs = {})
#   %cos : Tensor "f32[1024, 64][64, 1]cuda:0"[num_users=8] = call_function[target=torch.ops.aten.cos.default](args = (%view_4,), kwargs = {})
#   %mul_87 : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_138, %cos), kwargs = {})
#   %slice_17 : Tensor "f32[8, 3, 1024, 32][196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%mul_86, 3, 0, 32), kwargs = {})
#   %slice_18 : Tensor "f32[8, 3, 1024, 32][196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%mul_86, 3, 32, 64), kwargs = {})
#   %full_default_5 : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=8] = call_function[target=torch.ops.aten.full.default](args = ([8, 3, 1024, 64], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %slice_scatter_default : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice_scatter.default](args = (%full_default_5, %slice_18, 3, 0, 32), kwargs = {})
#   %add_51 : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_87, %slice_scatter_default), kwargs = {})
#   %neg_22 : Tensor "f32[8, 3, 1024, 32][98304, 32768, 32, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%slice_17,), kwargs = {})
#   %slice_scatter_default_1 : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice_scatter.default](args = (%full_default_5, %neg_22, 3, 32, 9223372036854775807), kwargs = {})
#   %add_52 : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%add_51, %slice_scatter_default_1), kwargs = {})
#   return %slice_scatter_default,%slice_scatter_default_1,%add_52
triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_squeeze_sum_view_4 = async_compile.triton('triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_squeeze_sum_view_4', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 2097152}, 
    filename=__file__,
    triton_meta={'signature': {'in_out_ptr0': '*fp32', 'in_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_squeeze_sum_view_4', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 12, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 50331648}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_squeeze_sum_view_4(in_out_ptr0, in_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 1572864
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = (xindex % 64)
    x2 = xindex // 65536
    x3 = (xindex % 65536)
    x1 = ((xindex // 64) % 1024)
    x5 = xindex
    tmp50 = tl.load(in_ptr0 + (x3 + 262144*x2), None).to(tl.float32)
    tmp51 = tl.load(in_ptr0 + (65536 + x3 + 262144*x2), None).to(tl.float32)
    tmp53 = tl.load(in_ptr0 + (131072 + x3 + 262144*x2), None).to(tl.float32)
    tmp55 = tl.load(in_ptr0 + (196608 + x3 + 262144*x2), None).to(tl.float32)
    tmp0 = x0
    tmp1 = tl.full([1], 32, tl.int64)
    tmp2 = tmp0 < tmp1
    tmp3 = tl.load(in_ptr0 + (32 + x3 + 262144*x2), tmp2, other=0.0).to(tl.float32)
    tmp4 = tl.load(in_ptr0 + (65568 + x3 + 262144*x2), tmp2, other=0.0).to(tl.float32)
    tmp5 = tmp3 + tmp4
    tmp6 = tl.load(in_ptr0 + (131104 + x3 + 262144*x2), tmp2, other=0.0).to(tl.float32)
    tmp7 = tmp5 + tmp6
    tmp8 = tl.load(in_ptr0 + (196640 + x3 + 262144*x2), tmp2, other=0.0).to(tl.float32)
    tmp9 = tmp7 + tmp8
    tmp10 = tmp9.to(tl.float32)
    tmp11 = (-2)*((x0 % 32))
    tmp12 = tmp11.to(tl.float32)
    tmp13 = tl.full([1], 0.015625, tl.float32)
    tmp14 = tmp12 * tmp13
    tmp15 = tl.full([1], 10000.0, tl.float32)
    tmp16 = libdevice.pow(tmp15, tmp14)
    tmp17 = x1
    tmp18 = tmp17.to(tl.float32)
    tmp19 = tmp18 * tmp16
    tmp20 = tl_math.sin(tmp19)
    tmp21 = tmp10 * tmp20
    tmp22 = tl.full(tmp21.shape, 0.0, tmp21.dtype)
    tmp23 = tl.where(tmp2, tmp21, tmp22)
    tmp24 = tl.full([1], 0.0, tl.float32)
    tmp25 = tl.where(tmp2, tmp23, tmp24)
    tmp26 = tmp0 >= tmp1
    tmp27 = tl.load(in_ptr0 + ((-32) + x3 + 262144*x2), tmp26, other=0.0).to(tl.float32)
    tmp28 = tl.load(in_ptr0 + (65504 + x3 + 262144*x2), tmp26, other=0.0).to(tl.float32)
    tmp29 = tmp27 + tmp28
    tmp30 = tl.load(in_ptr0 + (131040 + x3 + 262144*x2), tmp26, other=0.0).to(tl.float32)
    tmp31 = tmp29 + tmp30
    tmp32 = tl.load(in_ptr0 + (196576 + x3 + 262144*x2), tmp26, other=0.0).to(tl.float32)
    tmp33 = tmp31 + tmp32
    tmp34 = tmp33.to(tl.float32)
    tmp35 = (-2)*((x0 % 32))
    tmp36 = tmp35.to(tl.float32)
    tmp37 = tl.full([1], 0.015625, tl.float32)
    tmp38 = tmp36 * tmp37
    tmp39 = tl.full([1], 10000.0, tl.float32)
    tmp40 = libdevice.pow(tmp39, tmp38)
    tmp41 = x1
    tmp42 = tmp41.to(tl.float32)
    tmp43 = tmp42 * tmp40
    tmp44 = tl_math.sin(tmp43)
    tmp45 = tmp34 * tmp44
    tmp46 = -tmp45
    tmp47 = tl.full(tmp46.shape, 0.0, tmp46.dtype)
    tmp48 = tl.where(tmp26, tmp46, tmp47)
    tmp49 = tl.where(tmp26, tmp48, tmp24)
    tmp52 = tmp50 + tmp51
    tmp54 = tmp52 + tmp53
    tmp56 = tmp54 + tmp55
    tmp57 = tmp56.to(tl.float32)
    tmp58 = (-2)*((x0 % 32))
    tmp59 = tmp58.to(tl.float32)
    tmp60 = tl.full([1], 0.015625, tl.float32)
    tmp61 = tmp59 * tmp60
    tmp62 = tl.full([1], 10000.0, tl.float32)
    tmp63 = libdevice.pow(tmp62, tmp61)
    tmp64 = x1
    tmp65 = tmp64.to(tl.float32)
    tmp66 = tmp65 * tmp63
    tmp67 = tl_math.cos(tmp66)
    tmp68 = tmp57 * tmp67
    tmp69 = tmp68 + tmp25
    tmp70 = tmp69 + tmp49
    tl.store(in_out_ptr0 + (x5), tmp70, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/yu/cyu7hlv46x3t76m6gt4qtiu2dczyop5mddb6wjcde6wo6dexzfeq.py
# Topologically Sorted Source Nodes: [view_110, sum_9, squeeze_1, convert_element_type_139, full_3, _generalized_scatter_2, _generalized_scatter_3, add_53, permute_58, clone_40], Original ATen: [aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.select_backward, aten.add, aten.permute, aten.clone]
# Source node to ATen node mapping:
#   _generalized_scatter_2 => select_scatter_default
#   _generalized_scatter_3 => select_scatter_default_1
#   add_53 => add_53
#   clone_40 => clone_40
#   convert_element_type_139 => convert_element_type_139
#   full_3 => full_default_7
#   permute_58 => permute_58
#   squeeze_1 => squeeze_1
#   sum_9 => sum_9
#   view_110 => view_110
# Graph fragment:
#   %getitem_38 : Tensor "bf16[8, 12, 1024, 64][786432, 65536, 64, 1]cuda:0" = PlaceHolder[target=getitem_38]
#   %add_52 : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0" = PlaceHolder[target=add_52]
#   %view_110 : Tensor "bf16[8, 3, 4, 1024, 64][786432, 262144, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%getitem_38, [8, 3, 4, 1024, 64]), kwargs = {})
#   %sum_9 : Tensor "bf16[8, 3, 1, 1024, 64][196608, 65536, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%view_110, [2], True), kwargs = {})
#   %squeeze_1 : Tensor "bf16[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.squeeze.dim](args = (%sum_9, 2), kwargs = {})
#   %convert_element_type_139 : Tensor "bf16[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_52, torch.bfloat16), kwargs = {})
#   %full_default_7 : Tensor "bf16[2, 8, 3, 1024, 64][1572864, 196608, 65536, 64, 1]cuda:0"[num_users=8] = call_function[target=torch.ops.aten.full.default](args = ([2, 8, 3, 1024, 64], 0), kwargs = {dtype: torch.bfloat16, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %select_scatter_default : Tensor "bf16[2, 8, 3, 1024, 64][1572864, 196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.select_scatter.default](args = (%full_default_7, %squeeze_1, 0, 1), kwargs = {})
#   %select_scatter_default_1 : Tensor "bf16[2, 8, 3, 1024, 64][1572864, 196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.select_scatter.default](args = (%full_default_7, %convert_element_type_139, 0, 0), kwargs = {})
#   %add_53 : Tensor "bf16[2, 8, 3, 1024, 64][1572864, 196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%select_scatter_default, %select_scatter_default_1), kwargs = {})
#   %permute_58 : Tensor "bf16[8, 1024, 2, 3, 64][196608, 64, 1572864, 65536, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.permute.default](args = (%add_53, [1, 3, 0, 2, 4]), kwargs = {})
#   %clone_40 : Tensor "bf16[8, 1024, 2, 3, 64][393216, 384, 192, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.clone.default](args = (%permute_58,), kwargs = {memory_format: torch.contiguous_format})
#   return %clone_40
triton_poi_fused__to_copy_add_clone_permute_select_backward_squeeze_sum_view_5 = async_compile.triton('triton_poi_fused__to_copy_add_clone_permute_select_backward_squeeze_sum_view_5', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 4194304}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'in_ptr1': '*fp32', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused__to_copy_add_clone_permute_select_backward_squeeze_sum_view_5', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 5, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 31457280}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused__to_copy_add_clone_permute_select_backward_squeeze_sum_view_5(in_ptr0, in_ptr1, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 3145728
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x2 = ((xindex // 192) % 2)
    x0 = (xindex % 64)
    x1 = ((xindex // 64) % 3)
    x3 = ((xindex // 384) % 1024)
    x4 = xindex // 393216
    x5 = xindex
    tmp3 = tl.load(in_ptr0 + (x0 + 64*x3 + 262144*x1 + 786432*x4), None, eviction_policy='evict_last').to(tl.float32)
    tmp4 = tl.load(in_ptr0 + (65536 + x0 + 64*x3 + 262144*x1 + 786432*x4), None, eviction_policy='evict_last').to(tl.float32)
    tmp6 = tl.load(in_ptr0 + (131072 + x0 + 64*x3 + 262144*x1 + 786432*x4), None, eviction_policy='evict_last').to(tl.float32)
    tmp8 = tl.load(in_ptr0 + (196608 + x0 + 64*x3 + 262144*x1 + 786432*x4), None, eviction_policy='evict_last').to(tl.float32)
    tmp14 = tl.load(in_ptr1 + (x0 + 64*x3 + 65536*x1 + 196608*x4), None, eviction_policy='evict_last')
    tmp0 = x2
    tmp1 = tl.full([1], 1, tl.int32)
    tmp2 = tmp0 == tmp1
    tmp5 = tmp3 + tmp4
    tmp7 = tmp5 + tmp6
    tmp9 = tmp7 + tmp8
    tmp10 = tl.full([1], 0.0, tl.float32)
    tmp11 = tl.where(tmp2, tmp9, tmp10)
    tmp12 = tl.full([1], 0, tl.int32)
    tmp13 = tmp0 == tmp12
    tmp15 = tmp14.to(tl.float32)
    tmp16 = tl.where(tmp13, tmp15, tmp10)
    tmp17 = tmp11 + tmp16
    tl.store(out_ptr0 + (x5), tmp17, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/l3/cl3z3pdiw7lpwejpcypr732yiekbvp6ah2zhztjf5am7btxaxot3.py
# Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, cos, convert_element_type_144, mul_88, mul_89, slice_19, slice_20, full_5, _generalized_scatter_4, add_54, neg_23, _generalized_scatter_5, add_55, convert_element_type_145], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten.cos, aten._to_copy, aten.slice, aten.slice_backward, aten.add]
# Source node to ATen node mapping:
#   _generalized_scatter_4 => slice_scatter_default_2
#   _generalized_scatter_5 => slice_scatter_default_3
#   add_54 => add_54
#   add_55 => add_55
#   angles => mul_4, view_3
#   arange => add_1, convert_element_type_4, iota, mul_2
#   arange_1 => add_2, convert_element_type_5, iota_1, mul_3
#   cat => clone, expand, unsqueeze, view_4
#   convert_element_type_144 => convert_element_type_144
#   convert_element_type_145 => convert_element_type_145
#   cos => cos
#   full_5 => full_default_9
#   inv_freq => pow_2
#   mul_88 => mul_88
#   mul_89 => mul_89
#   neg => neg
#   neg_23 => neg_23
#   sin => sin
#   slice_19 => slice_19
#   slice_20 => slice_20
#   truediv => div
# Graph fragment:
#   %getitem_36 : Tensor "bf16[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0" = PlaceHolder[target=getitem_36]
#   %add_54 : Tensor "f32[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0" = PlaceHolder[target=add_54]
#   %iota : Tensor "i64[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.iota.default](args = (32,), kwargs = {start: 0, step: 1, dtype: torch.int64, device: cuda:0, requires_grad: False})
#   %mul_2 : Tensor "i64[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%iota, 2), kwargs = {})
#   %add_1 : Tensor "i64[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_2, 0), kwargs = {})
#   %convert_element_type_4 : Tensor "f32[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_1, torch.float32), kwargs = {})
#   %neg : Tensor "f32[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%convert_element_type_4,), kwargs = {})
#   %div : Tensor "f32[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%neg, 64), kwargs = {})
#   %pow_2 : Tensor "f32[32][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Scalar](args = (10000.0, %div), kwargs = {})
#   %iota_1 : Tensor "i64[1024][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.iota.default](args = (1024,), kwargs = {start: 0, step: 1, dtype: torch.int64, device: cuda:0, requires_grad: False})
#   %mul_3 : Tensor "i64[1024][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%iota_1, 1), kwargs = {})
#   %add_2 : Tensor "i64[1024][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_3, 0), kwargs = {})
#   %convert_element_type_5 : Tensor "f32[1024][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_2, torch.float32), kwargs = {})
#   %view_3 : Tensor "f32[1024, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%convert_element_type_5, [1024, 1]), kwargs = {})
#   %mul_4 : Tensor "f32[1024, 32][32, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%view_3, %pow_2), kwargs = {})
#   %unsqueeze : Tensor "f32[1024, 1, 32][32, 32, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%mul_4, 1), kwargs = {})
#   %expand : Tensor "f32[1024, 2, 32][32, 0, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%unsqueeze, [1024, 2, 32]), kwargs = {})
#   %clone : Tensor "f32[1024, 2, 32][64, 32, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.clone.default](args = (%expand,), kwargs = {memory_format: torch.contiguous_format})
#   %view_4 : Tensor "f32[1024, 64][64, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.reshape.default](args = (%clone, [1024, 64]), kwargs = {})
#   %sin : Tensor "f32[1024, 64][64, 1]cuda:0"[num_users=8] = call_function[target=torch.ops.aten.sin.default](args = (%view_4,), kwargs = {})
#   %cos : Tensor "f32[1024, 64][64, 1]cuda:0"[num_users=8] = call_function[target=torch.ops.aten.cos.default](args = (%view_4,), kwargs = {})
#   %convert_element_type_144 : Tensor "f32[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%getitem_36, torch.float32), kwargs = {})
#   %mul_88 : Tensor "f32[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_144, %sin), kwargs = {})
#   %mul_89 : Tensor "f32[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_144, %cos), kwargs = {})
#   %slice_19 : Tensor "f32[8, 12, 1024, 32][786432, 64, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%mul_88, 3, 0, 32), kwargs = {})
#   %slice_20 : Tensor "f32[8, 12, 1024, 32][786432, 64, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%mul_88, 3, 32, 64), kwargs = {})
#   %full_default_9 : Tensor "f32[8, 12, 1024, 64][786432, 65536, 64, 1]cuda:0"[num_users=8] = call_function[target=torch.ops.aten.full.default](args = ([8, 12, 1024, 64], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %slice_scatter_default_2 : Tensor "f32[8, 12, 1024, 64][786432, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice_scatter.default](args = (%full_default_9, %slice_20, 3, 0, 32), kwargs = {})
#   %add_54 : Tensor "f32[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_89, %slice_scatter_default_2), kwargs = {})
#   %neg_23 : Tensor "f32[8, 12, 1024, 32][393216, 32, 384, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%slice_19,), kwargs = {})
#   %slice_scatter_default_3 : Tensor "f32[8, 12, 1024, 64][786432, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice_scatter.default](args = (%full_default_9, %neg_23, 3, 32, 9223372036854775807), kwargs = {})
#   %add_55 : Tensor "f32[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%add_54, %slice_scatter_default_3), kwargs = {})
#   %convert_element_type_145 : Tensor "bf16[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_55, torch.bfloat16), kwargs = {})
#   return %add_54,%convert_element_type_145
triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_view_6 = async_compile.triton('triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_view_6', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 8388608}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'out_ptr1': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_view_6', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 3, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 62914560}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_view_6(in_ptr0, out_ptr1, xnumel, XBLOCK : tl.constexpr):
    xnumel = 6291456
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x4 = xindex
    x0 = (xindex % 64)
    x2 = ((xindex // 768) % 1024)
    x1 = ((xindex // 64) % 12)
    x3 = xindex // 786432
    tmp0 = tl.load(in_ptr0 + (x4), None).to(tl.float32)
    tmp1 = tmp0.to(tl.float32)
    tmp2 = (-2)*((x0 % 32))
    tmp3 = tmp2.to(tl.float32)
    tmp4 = tl.full([1], 0.015625, tl.float32)
    tmp5 = tmp3 * tmp4
    tmp6 = tl.full([1], 10000.0, tl.float32)
    tmp7 = libdevice.pow(tmp6, tmp5)
    tmp8 = x2
    tmp9 = tmp8.to(tl.float32)
    tmp10 = tmp9 * tmp7
    tmp11 = tl_math.cos(tmp10)
    tmp12 = tmp1 * tmp11
    tmp13 = x0
    tmp14 = tl.full([1], 32, tl.int64)
    tmp15 = tmp13 < tmp14
    tmp16 = tl.load(in_ptr0 + (32 + x4), tmp15, other=0.0).to(tl.float32)
    tmp17 = tmp16.to(tl.float32)
    tmp18 = (-2)*((x0 % 32))
    tmp19 = tmp18.to(tl.float32)
    tmp20 = tl.full([1], 0.015625, tl.float32)
    tmp21 = tmp19 * tmp20
    tmp22 = tl.full([1], 10000.0, tl.float32)
    tmp23 = libdevice.pow(tmp22, tmp21)
    tmp24 = x2
    tmp25 = tmp24.to(tl.float32)
    tmp26 = tmp25 * tmp23
    tmp27 = tl_math.sin(tmp26)
    tmp28 = tmp17 * tmp27
    tmp29 = tl.full(tmp28.shape, 0.0, tmp28.dtype)
    tmp30 = tl.where(tmp15, tmp28, tmp29)
    tmp31 = tl.full([1], 0.0, tl.float32)
    tmp32 = tl.where(tmp15, tmp30, tmp31)
    tmp33 = tmp12 + tmp32
    tmp34 = tmp13 >= tmp14
    tmp35 = tl.load(in_ptr0 + ((-32) + x4), tmp34, other=0.0).to(tl.float32)
    tmp36 = tmp35.to(tl.float32)
    tmp37 = (-2)*((x0 % 32))
    tmp38 = tmp37.to(tl.float32)
    tmp39 = tl.full([1], 0.015625, tl.float32)
    tmp40 = tmp38 * tmp39
    tmp41 = tl.full([1], 10000.0, tl.float32)
    tmp42 = libdevice.pow(tmp41, tmp40)
    tmp43 = x2
    tmp44 = tmp43.to(tl.float32)
    tmp45 = tmp44 * tmp42
    tmp46 = tl_math.sin(tmp45)
    tmp47 = tmp36 * tmp46
    tmp48 = -tmp47
    tmp49 = tl.full(tmp48.shape, 0.0, tmp48.dtype)
    tmp50 = tl.where(tmp34, tmp48, tmp49)
    tmp51 = tl.where(tmp34, tmp50, tmp31)
    tmp52 = tmp33 + tmp51
    tmp53 = tmp52.to(tl.float32)
    tl.store(out_ptr1 + (x0 + 64*x2 + 65536*x1 + 786432*x3), tmp53, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/5m/c5m2jxm6ymda45jm3zjinjariurq5n73fw6tj4i7d4542sz3tya6.py
# Topologically Sorted Source Nodes: [permute_63, view_115, view_116], Original ATen: [aten.transpose, aten.view]
# Source node to ATen node mapping:
#   permute_63 => permute_63
#   view_115 => view_115
#   view_116 => view_116
# Graph fragment:
#   %convert_element_type_145 : Tensor "bf16[8, 12, 1024, 64][786432, 65536, 64, 1]cuda:0" = PlaceHolder[target=convert_element_type_145]
#   %permute_63 : Tensor "bf16[8, 1024, 12, 64][786432, 768, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.permute.default](args = (%convert_element_type_145, [0, 2, 1, 3]), kwargs = {})
#   %view_115 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%permute_63, [8, 1024, 768]), kwargs = {})
#   %view_116 : Tensor "bf16[8192, 768][768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.reshape.default](args = (%view_115, [8192, 768]), kwargs = {})
#   return %view_116
triton_poi_fused_transpose_view_7 = async_compile.triton('triton_poi_fused_transpose_view_7', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 8388608}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_transpose_view_7', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 37748736}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_transpose_view_7(in_ptr0, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 6291456
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = (xindex % 768)
    x1 = xindex // 768
    x2 = xindex
    tmp0 = tl.load(in_ptr0 + (64*((x1 % 1024)) + 65536*(x0 // 64) + 786432*(x1 // 1024) + ((x0 % 64))), None).to(tl.float32)
    tl.store(out_ptr0 + (x2), tmp0, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/ro/croqd4v57iwoiwu72trhxhgi4unnzc42nnms7osp2zc64v5ndswl.py
# Topologically Sorted Source Nodes: [view_160, view_162, add_87, linear_2, x_1, xf_3, mul_157, convert_element_type_237, mul_158, mul_159, sum_26, pow_32, mul_160, mul_161, expand_31, div_21, pow_33, mul_162, mul_163, add_88, convert_element_type_238, add_89], Original ATen: [aten.view, aten.add, aten._unsafe_view, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div]
# Source node to ATen node mapping:
#   add_87 => add_87
#   add_88 => add_88
#   add_89 => add_89
#   convert_element_type_237 => convert_element_type_237
#   convert_element_type_238 => convert_element_type_238
#   div_21 => div_21
#   expand_31 => expand_31
#   linear_2 => view_16
#   mul_157 => mul_157
#   mul_158 => mul_158
#   mul_159 => mul_159
#   mul_160 => mul_160
#   mul_161 => mul_161
#   mul_162 => mul_162
#   mul_163 => mul_163
#   pow_32 => pow_32
#   pow_33 => pow_33
#   sum_26 => sum_26
#   view_160 => view_160
#   view_162 => view_162
#   x_1 => add_7
#   xf_3 => convert_element_type_16
# Graph fragment:
#   %mm_66 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_66]
#   %mm_68 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_68]
#   %primals_7 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_7]
#   %embedding : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=embedding]
#   %mm_2 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_2]
#   %add_84 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_84]
#   %rsqrt_1 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt_1]
#   %sum_26 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=sum_26]
#   %view_160 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_66, [8, 1024, 768]), kwargs = {})
#   %view_162 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_68, [8, 1024, 768]), kwargs = {})
#   %add_87 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%view_160, %view_162), kwargs = {})
#   %view_16 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_2, [8, 1024, 768]), kwargs = {})
#   %add_7 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%embedding, %view_16), kwargs = {})
#   %convert_element_type_16 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_7, torch.float32), kwargs = {})
#   %mul_157 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_87, %primals_7), kwargs = {})
#   %convert_element_type_237 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_157, torch.float32), kwargs = {})
#   %mul_158 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_237, %convert_element_type_16), kwargs = {})
#   %mul_159 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_237, %rsqrt_1), kwargs = {})
#   %sum_26 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_158, [2], True), kwargs = {})
#   %pow_32 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%rsqrt_1, 3), kwargs = {})
#   %mul_160 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Scalar](args = (%sum_26, -0.5), kwargs = {})
#   %mul_161 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_160, %pow_32), kwargs = {})
#   %expand_31 : Tensor "f32[8, 1024, 768][1024, 1, 0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%mul_161, [8, 1024, 768]), kwargs = {})
#   %div_21 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Scalar](args = (%expand_31, 768), kwargs = {})
#   %pow_33 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%convert_element_type_16, 1.0), kwargs = {})
#   %mul_162 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Scalar](args = (%pow_33, 2.0), kwargs = {})
#   %mul_163 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%div_21, %mul_162), kwargs = {})
#   %add_88 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_159, %mul_163), kwargs = {})
#   %convert_element_type_238 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_88, torch.bfloat16), kwargs = {})
#   %add_89 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%add_84, %convert_element_type_238), kwargs = {})
#   return %sum_26,%add_89
triton_per_fused__to_copy__unsafe_view_add_div_expand_mul_pow_sum_view_8 = async_compile.triton('triton_per_fused__to_copy__unsafe_view_add_div_expand_mul_pow_sum_view_8', '''
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
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'in_ptr3': '*bf16', 'in_ptr4': '*bf16', 'in_ptr5': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]], (8,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused__to_copy__unsafe_view_add_div_expand_mul_pow_sum_view_8', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 7, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 32768, 'r0_': 88081920}}
)
@triton.jit
def triton_per_fused__to_copy__unsafe_view_add_div_expand_mul_pow_sum_view_8(in_out_ptr0, in_ptr0, in_ptr1, in_ptr2, in_ptr3, in_ptr4, in_ptr5, xnumel, r0_numel, XBLOCK : tl.constexpr):
    xnumel = 8192
    r0_numel = 768
    R0_BLOCK: tl.constexpr = 1024
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_index = tl.arange(0, R0_BLOCK)[None, :]
    r0_offset = 0
    r0_mask = r0_index < r0_numel
    roffset = r0_offset
    rindex = r0_index
    r0_1 = r0_index
    x0 = xindex
    tmp0 = tl.load(in_ptr0 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
    tmp1 = tl.load(in_ptr1 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
    tmp3 = tl.load(in_ptr2 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp6 = tl.load(in_ptr3 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
    tmp7 = tl.load(in_ptr4 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
    tmp15 = tl.load(in_out_ptr0 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
    tmp16 = tl.load(in_ptr5 + (x0), None, eviction_policy='evict_last')
    tmp2 = tmp0 + tmp1
    tmp4 = tmp2 * tmp3
    tmp5 = tmp4.to(tl.float32)
    tmp8 = tmp6 + tmp7
    tmp9 = tmp8.to(tl.float32)
    tmp10 = tmp5 * tmp9
    tmp11 = tl.broadcast_to(tmp10, [XBLOCK, R0_BLOCK])
    tmp13 = tl.where(r0_mask, tmp11, 0)
    tmp14 = tl.sum(tmp13, 1)[:, None].to(tl.float32)
    tmp17 = tmp5 * tmp16
    tmp18 = tl.full([1, 1], -0.5, tl.float32)
    tmp19 = tmp14 * tmp18
    tmp20 = tmp16 * tmp16
    tmp21 = tmp20 * tmp16
    tmp22 = tmp19 * tmp21
    tmp23 = tl.full([1, 1], 0.0013020833333333333, tl.float32)
    tmp24 = tmp22 * tmp23
    tmp25 = tl.full([1, 1], 2.0, tl.float32)
    tmp26 = tmp9 * tmp25
    tmp27 = tmp24 * tmp26
    tmp28 = tmp17 + tmp27
    tmp29 = tmp28.to(tl.float32)
    tmp30 = tmp15 + tmp29
    tl.store(in_out_ptr0 + (r0_1 + 768*x0), tmp30, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/zx/czxc76emtcbfp2frgxdyol4shlbmqwehmzjz6mbil6fuggvkx3zz.py
# Topologically Sorted Source Nodes: [full_25], Original ATen: [aten.embedding_dense_backward]
# Source node to ATen node mapping:
#   full_25 => full_default_30
# Graph fragment:
#   %full_default_30 : Tensor "f32[32000, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([32000, 768], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   return %index_put
triton_poi_fused_embedding_dense_backward_9 = async_compile.triton('triton_poi_fused_embedding_dense_backward_9', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 33554432}, 
    filename=__file__,
    triton_meta={'signature': {'out_ptr0': '*fp32', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_embedding_dense_backward_9', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 0, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 196608000}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_embedding_dense_backward_9(out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 24576000
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = xindex
    tmp0 = tl.full([1], 0.0, tl.float32)
    tl.store(out_ptr0 + (x0), tmp0, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/oo/cooms3eiar5ldviljmv7r3qt5b66ufwms4mi76lbtg3v2plhpplh.py
# Topologically Sorted Source Nodes: [cross_entropy, view_160, view_162, add_87, linear_2, x_1, xf_3, mul_6, to_3, mul_156, sum_25, view_171, view_174, add_95, xf, mul, to, mul_168, mul_169, sum_29, convert_element_type_255, mul_170, mul_171, sum_30, pow_34, mul_172, mul_173, expand_32, div_22, pow_35, mul_174, mul_175, add_96, convert_element_type_256, add_97, convert_element_type_257, eq, unsqueeze_26, where_4, full_25, index_put], Original ATen: [aten.nll_loss_forward, aten.view, aten.add, aten._unsafe_view, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div, aten.embedding_dense_backward]
# Source node to ATen node mapping:
#   add_87 => add_87
#   add_95 => add_95
#   add_96 => add_96
#   add_97 => add_97
#   convert_element_type_255 => convert_element_type_255
#   convert_element_type_256 => convert_element_type_256
#   convert_element_type_257 => convert_element_type_257
#   cross_entropy => full_default_1
#   div_22 => div_22
#   eq => eq
#   expand_32 => expand_32
#   full_25 => full_default_30
#   index_put => index_put
#   linear_2 => view_16
#   mul => mul
#   mul_156 => mul_156
#   mul_168 => mul_168
#   mul_169 => mul_169
#   mul_170 => mul_170
#   mul_171 => mul_171
#   mul_172 => mul_172
#   mul_173 => mul_173
#   mul_174 => mul_174
#   mul_175 => mul_175
#   mul_6 => mul_12
#   pow_34 => pow_34
#   pow_35 => pow_35
#   sum_25 => sum_25
#   sum_29 => sum_29
#   sum_30 => sum_30
#   to => convert_element_type_1
#   to_3 => convert_element_type_17
#   unsqueeze_26 => unsqueeze_26
#   view_160 => view_160
#   view_162 => view_162
#   view_171 => view_171
#   view_174 => view_174
#   where_4 => where_4
#   x_1 => add_7
#   xf => convert_element_type
#   xf_3 => convert_element_type_16
# Graph fragment:
#   %mm_72 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_72]
#   %mm_74 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_74]
#   %primals_3 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_3]
#   %embedding : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=embedding]
#   %primals_2 : Tensor "i64[8, 1024][1024, 1]cuda:0" = PlaceHolder[target=primals_2]
#   %add_89 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_89]
#   %rsqrt : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt]
#   %sum_30 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=sum_30]
#   %where_4 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=where_4]
#   %index_put : Tensor "f32[32000, 768][768, 1]cuda:0" = PlaceHolder[target=index_put]
#   %mm_66 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_66]
#   %mm_68 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_68]
#   %mm_2 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_2]
#   %rsqrt_1 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt_1]
#   %full_default_1 : Tensor "f32[][]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.full.default](args = ([], 0.0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %view_160 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_66, [8, 1024, 768]), kwargs = {})
#   %view_162 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_68, [8, 1024, 768]), kwargs = {})
#   %add_87 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%view_160, %view_162), kwargs = {})
#   %view_16 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_2, [8, 1024, 768]), kwargs = {})
#   %add_7 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%embedding, %view_16), kwargs = {})
#   %convert_element_type_16 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_7, torch.float32), kwargs = {})
#   %mul_12 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_16, %rsqrt_1), kwargs = {})
#   %convert_element_type_17 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_12, torch.bfloat16), kwargs = {})
#   %mul_156 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_87, %convert_element_type_17), kwargs = {})
#   %sum_25 : Tensor "bf16[1, 1, 768][768, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_156, [0, 1], True), kwargs = {})
#   %view_171 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_72, [8, 1024, 768]), kwargs = {})
#   %view_174 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_74, [8, 1024, 768]), kwargs = {})
#   %add_95 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%view_171, %view_174), kwargs = {})
#   %convert_element_type : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%embedding, torch.float32), kwargs = {})
#   %mul : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type, %rsqrt), kwargs = {})
#   %convert_element_type_1 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul, torch.bfloat16), kwargs = {})
#   %mul_168 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_95, %convert_element_type_1), kwargs = {})
#   %mul_169 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_95, %primals_3), kwargs = {})
#   %sum_29 : Tensor "bf16[1, 1, 768][768, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_168, [0, 1], True), kwargs = {})
#   %convert_element_type_255 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_169, torch.float32), kwargs = {})
#   %mul_170 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_255, %convert_element_type), kwargs = {})
#   %mul_171 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_255, %rsqrt), kwargs = {})
#   %sum_30 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%mul_170, [2], True), kwargs = {})
#   %pow_34 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%rsqrt, 3), kwargs = {})
#   %mul_172 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Scalar](args = (%sum_30, -0.5), kwargs = {})
#   %mul_173 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_172, %pow_34), kwargs = {})
#   %expand_32 : Tensor "f32[8, 1024, 768][1024, 1, 0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%mul_173, [8, 1024, 768]), kwargs = {})
#   %div_22 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Scalar](args = (%expand_32, 768), kwargs = {})
#   %pow_35 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%convert_element_type, 1.0), kwargs = {})
#   %mul_174 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Scalar](args = (%pow_35, 2.0), kwargs = {})
#   %mul_175 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%div_22, %mul_174), kwargs = {})
#   %add_96 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_171, %mul_175), kwargs = {})
#   %convert_element_type_256 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_96, torch.bfloat16), kwargs = {})
#   %add_97 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%add_89, %convert_element_type_256), kwargs = {})
#   %convert_element_type_257 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_97, torch.float32), kwargs = {})
#   %eq : Tensor "b8[8, 1024][1024, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.eq.Scalar](args = (%primals_2, -1), kwargs = {})
#   %unsqueeze_26 : Tensor "b8[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%eq, -1), kwargs = {})
#   %where_4 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%unsqueeze_26, %full_default_1, %convert_element_type_257), kwargs = {})
#   %full_default_30 : Tensor "f32[32000, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([32000, 768], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %index_put : Tensor "f32[32000, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.index_put_.default](args = (%full_default_30, [%primals_2], %where_4, True), kwargs = {})
#   return %sum_30,%where_4,%buf141
triton_per_fused__to_copy__unsafe_view_add_div_embedding_dense_backward_expand_mul_nll_loss_forward_pow_sum_view_10 = async_compile.triton('triton_per_fused__to_copy__unsafe_view_add_div_embedding_dense_backward_expand_mul_nll_loss_forward_pow_sum_view_10', '''
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
    triton_meta={'signature': {'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'in_ptr3': '*bf16', 'in_ptr4': '*i64', 'in_ptr5': '*bf16', 'in_ptr6': '*fp32', 'in_ptr7': '*bf16', 'in_ptr8': '*bf16', 'in_ptr9': '*bf16', 'in_ptr10': '*fp32', 'out_ptr2': '*fp32', 'ws_ptr': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'RSPLIT_SIZE': 'constexpr', 'NUM_STAGES': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]], (8,): [['tt.divisibility', 16]], (9,): [['tt.divisibility', 16]], (10,): [['tt.divisibility', 16]], (11,): [['tt.divisibility', 16]], (12,): [['tt.divisibility', 16]], (13,): [['tt.divisibility', 16]], (14,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'MixOrderReductionGrid', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused__to_copy__unsafe_view_add_div_embedding_dense_backward_expand_mul_nll_loss_forward_pow_sum_view_10', 'mutated_arg_names': ['out_ptr2'], 'optimize_mem': True, 'no_x_dim': None, 'atomic_add_found': True, 'num_load': 11, 'num_store': -1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'RSPLIT_SIZE': 16}
)
@triton.jit
def triton_per_fused__to_copy__unsafe_view_add_div_embedding_dense_backward_expand_mul_nll_loss_forward_pow_sum_view_10(in_ptr0, in_ptr1, in_ptr2, in_ptr3, in_ptr4, in_ptr5, in_ptr6, in_ptr7, in_ptr8, in_ptr9, in_ptr10, out_ptr2, ws_ptr, xnumel, r0_numel, XBLOCK : tl.constexpr, RSPLIT_SIZE : tl.constexpr, NUM_STAGES : tl.constexpr):
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
        tmp1 = tl.load(in_ptr1 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp3 = tl.load(in_ptr2 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
        tmp6 = tl.load(in_ptr3 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp13 = tl.load(in_ptr4 + (x0), None, eviction_policy='evict_last')
        tmp16 = tl.load(in_ptr5 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp17 = tl.load(in_ptr6 + (x0), None, eviction_policy='evict_last')
        tmp40 = tl.load(in_ptr7 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp41 = tl.load(in_ptr8 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp43 = tl.load(in_ptr9 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
        tmp46 = tl.load(in_ptr10 + (x0), None, eviction_policy='evict_last')
        tmp2 = tmp0 + tmp1
        tmp4 = tmp2 * tmp3
        tmp5 = tmp4.to(tl.float32)
        tmp7 = tmp6.to(tl.float32)
        tmp8 = tmp5 * tmp7
        tmp9 = tl.broadcast_to(tmp8, [XBLOCK, R0_BLOCK])
        tmp11 = tl.where(r0_mask, tmp9, 0)
        tmp12 = tl.sum(tmp11, 1)[:, None].to(tl.float32)
        tmp14 = tl.full([1, 1], -1, tl.int64)
        tmp15 = tmp13 == tmp14
        tmp18 = tmp5 * tmp17
        tmp19 = tl.full([1, 1], -0.5, tl.float32)
        tmp20 = tmp12 * tmp19
        tmp21 = tmp17 * tmp17
        tmp22 = tmp21 * tmp17
        tmp23 = tmp20 * tmp22
        tmp24 = tl.full([1, 1], 0.0013020833333333333, tl.float32)
        tmp25 = tmp23 * tmp24
        tmp26 = tl.full([1, 1], 2.0, tl.float32)
        tmp27 = tmp7 * tmp26
        tmp28 = tmp25 * tmp27
        tmp29 = tmp18 + tmp28
        tmp30 = tmp29.to(tl.float32)
        tmp31 = tmp16 + tmp30
        tmp32 = tmp31.to(tl.float32)
        tmp33 = tl.full([1, 1], 0.0, tl.float32)
        tmp34 = tl.where(tmp15, tmp33, tmp32)
        tmp35 = tl.full([1, 1], 32000, tl.int32)
        tmp36 = tmp13 + tmp35
        tmp37 = tmp13 < 0
        tmp38 = tl.where(tmp37, tmp36, tmp13)
        tl.device_assert((0 <= tmp38) & (tmp38 < 32000), "index out of bounds: 0 <= tmp38 < 32000")
        tmp42 = tmp40 + tmp41
        tmp44 = tmp6 + tmp43
        tmp45 = tmp44.to(tl.float32)
        tmp47 = tmp45 * tmp46
        tmp48 = tmp47.to(tl.float32)
        tmp49 = tmp42 * tmp48
        tmp50 = tmp7 * tmp17
        tmp51 = tmp50.to(tl.float32)
        tmp52 = tmp2 * tmp51
        tl.atomic_add(out_ptr2 + (tl.broadcast_to(r0_1 + 768*tmp38, [XBLOCK, R0_BLOCK])), tmp34, r0_mask, sem='relaxed')
        tmp53 = tl.sum(tmp49, 0)
        tmp54 = accum0 + tmp53
        accum0 = tmp54
        tmp55 = tl.sum(tmp52, 0)
        tmp56 = accum1 + tmp55
        accum1 = tmp56
    tl.store(ws_ptr + (tl.program_id(0) + 0 * tl.num_programs(0)) * r0_numel + r0_index, accum0, r0_mask)
    tl.store(ws_ptr + (tl.program_id(0) + 1 * tl.num_programs(0)) * r0_numel + r0_index, accum1, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/ak/cakvugewakzh7xhl3dhkdaeimpzhdeg7di6zb5t2mfgeoqx6ql54.py
# Topologically Sorted Source Nodes: [convert_element_type_258], Original ATen: [aten.embedding_dense_backward]
# Source node to ATen node mapping:
#   convert_element_type_258 => convert_element_type_258
# Graph fragment:
#   %buf141 : Tensor "f32[32000, 768][768, 1]cuda:0" = PlaceHolder[target=buf141]
#   %convert_element_type_258 : Tensor "bf16[32000, 768][768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%index_put, torch.bfloat16), kwargs = {})
#   return %convert_element_type_258
triton_poi_fused_embedding_dense_backward_11 = async_compile.triton('triton_poi_fused_embedding_dense_backward_11', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 33554432}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*fp32', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_embedding_dense_backward_11', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 98304000}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_embedding_dense_backward_11(in_ptr0, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 24576000
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
        primals_2, primals_3, primals_4, primals_5, primals_6, primals_7, primals_8, primals_9, primals_10, primals_11, primals_12, primals_13, primals_14, primals_15, primals_16, primals_17, primals_18, primals_19, primals_20, primals_21, primals_22, primals_23, primals_24, primals_25, primals_26, primals_27, primals_28, primals_29, primals_30, primals_31, primals_32, primals_33, primals_34, primals_35, primals_36, primals_37, embedding, rsqrt, view, convert_element_type_7, view_12, view_13, getitem, getitem_1, getitem_6, getitem_7, mm_2, rsqrt_1, view_17, mm_3, mm_4, view_21, add_10, rsqrt_2, view_23, convert_element_type_33, view_35, view_36, getitem_9, getitem_10, getitem_15, getitem_16, add_18, rsqrt_3, view_40, mm_9, mm_10, view_44, add_21, rsqrt_4, view_46, convert_element_type_59, view_58, view_59, getitem_18, getitem_19, getitem_24, getitem_25, add_29, rsqrt_5, view_63, mm_15, mm_16, view_67, add_32, rsqrt_6, view_69, convert_element_type_85, view_81, view_82, getitem_27, getitem_28, getitem_33, getitem_34, add_40, rsqrt_7, view_86, mm_21, mm_22, view_90, add_43, rsqrt_8, view_92, mm_24, amax, log, convert_element_type_109, tangents_1 = args
        args.clear()
        assert_size_stride(primals_2, (8, 1024), (1024, 1))
        assert_size_stride(primals_3, (768, ), (1, ))
        assert_size_stride(primals_4, (768, 768), (768, 1))
        assert_size_stride(primals_5, (384, 768), (768, 1))
        assert_size_stride(primals_6, (768, 768), (768, 1))
        assert_size_stride(primals_7, (768, ), (1, ))
        assert_size_stride(primals_8, (2048, 768), (768, 1))
        assert_size_stride(primals_9, (2048, 768), (768, 1))
        assert_size_stride(primals_10, (768, 2048), (2048, 1))
        assert_size_stride(primals_11, (768, ), (1, ))
        assert_size_stride(primals_12, (768, 768), (768, 1))
        assert_size_stride(primals_13, (384, 768), (768, 1))
        assert_size_stride(primals_14, (768, 768), (768, 1))
        assert_size_stride(primals_15, (768, ), (1, ))
        assert_size_stride(primals_16, (2048, 768), (768, 1))
        assert_size_stride(primals_17, (2048, 768), (768, 1))
        assert_size_stride(primals_18, (768, 2048), (2048, 1))
        assert_size_stride(primals_19, (768, ), (1, ))
        assert_size_stride(primals_20, (768, 768), (768, 1))
        assert_size_stride(primals_21, (384, 768), (768, 1))
        assert_size_stride(primals_22, (768, 768), (768, 1))
        assert_size_stride(primals_23, (768, ), (1, ))
        assert_size_stride(primals_24, (2048, 768), (768, 1))
        assert_size_stride(primals_25, (2048, 768), (768, 1))
        assert_size_stride(primals_26, (768, 2048), (2048, 1))
        assert_size_stride(primals_27, (768, ), (1, ))
        assert_size_stride(primals_28, (768, 768), (768, 1))
        assert_size_stride(primals_29, (384, 768), (768, 1))
        assert_size_stride(primals_30, (768, 768), (768, 1))
        assert_size_stride(primals_31, (768, ), (1, ))
        assert_size_stride(primals_32, (2048, 768), (768, 1))
        assert_size_stride(primals_33, (2048, 768), (768, 1))
        assert_size_stride(primals_34, (768, 2048), (2048, 1))
        assert_size_stride(primals_35, (768, ), (1, ))
        assert_size_stride(primals_36, (32000, 768), (768, 1))
        assert_size_stride(primals_37, (8, 1024), (1024, 1))
        assert_size_stride(embedding, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(rsqrt, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view, (8192, 768), (768, 1))
        assert_size_stride(convert_element_type_7, (8, 12, 1024, 64), (786432, 64, 768, 1))
        assert_size_stride(view_12, (8, 12, 1024, 64), (786432, 65536, 64, 1))
        assert_size_stride(view_13, (8, 12, 1024, 64), (786432, 65536, 64, 1))
        assert_size_stride(getitem, (8, 12, 1024, 64), (786432, 64, 768, 1))
        assert_size_stride(getitem_1, (8, 12, 1024, 1), (12288, 1024, 1, 1))
        assert_size_stride(getitem_6, (), ())
        assert_size_stride(getitem_7, (), ())
        assert_size_stride(mm_2, (8192, 768), (768, 1))
        assert_size_stride(rsqrt_1, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_17, (8192, 768), (768, 1))
        assert_size_stride(mm_3, (8192, 2048), (2048, 1))
        assert_size_stride(mm_4, (8192, 2048), (2048, 1))
        assert_size_stride(view_21, (8192, 2048), (2048, 1))
        assert_size_stride(add_10, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(rsqrt_2, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_23, (8192, 768), (768, 1))
        assert_size_stride(convert_element_type_33, (8, 12, 1024, 64), (786432, 64, 768, 1))
        assert_size_stride(view_35, (8, 12, 1024, 64), (786432, 65536, 64, 1))
        assert_size_stride(view_36, (8, 12, 1024, 64), (786432, 65536, 64, 1))
        assert_size_stride(getitem_9, (8, 12, 1024, 64), (786432, 64, 768, 1))
        assert_size_stride(getitem_10, (8, 12, 1024, 1), (12288, 1024, 1, 1))
        assert_size_stride(getitem_15, (), ())
        assert_size_stride(getitem_16, (), ())
        assert_size_stride(add_18, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(rsqrt_3, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_40, (8192, 768), (768, 1))
        assert_size_stride(mm_9, (8192, 2048), (2048, 1))
        assert_size_stride(mm_10, (8192, 2048), (2048, 1))
        assert_size_stride(view_44, (8192, 2048), (2048, 1))
        assert_size_stride(add_21, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(rsqrt_4, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_46, (8192, 768), (768, 1))
        assert_size_stride(convert_element_type_59, (8, 12, 1024, 64), (786432, 64, 768, 1))
        assert_size_stride(view_58, (8, 12, 1024, 64), (786432, 65536, 64, 1))
        assert_size_stride(view_59, (8, 12, 1024, 64), (786432, 65536, 64, 1))
        assert_size_stride(getitem_18, (8, 12, 1024, 64), (786432, 64, 768, 1))
        assert_size_stride(getitem_19, (8, 12, 1024, 1), (12288, 1024, 1, 1))
        assert_size_stride(getitem_24, (), ())
        assert_size_stride(getitem_25, (), ())
        assert_size_stride(add_29, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(rsqrt_5, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_63, (8192, 768), (768, 1))
        assert_size_stride(mm_15, (8192, 2048), (2048, 1))
        assert_size_stride(mm_16, (8192, 2048), (2048, 1))
        assert_size_stride(view_67, (8192, 2048), (2048, 1))
        assert_size_stride(add_32, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(rsqrt_6, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_69, (8192, 768), (768, 1))
        assert_size_stride(convert_element_type_85, (8, 12, 1024, 64), (786432, 64, 768, 1))
        assert_size_stride(view_81, (8, 12, 1024, 64), (786432, 65536, 64, 1))
        assert_size_stride(view_82, (8, 12, 1024, 64), (786432, 65536, 64, 1))
        assert_size_stride(getitem_27, (8, 12, 1024, 64), (786432, 64, 768, 1))
        assert_size_stride(getitem_28, (8, 12, 1024, 1), (12288, 1024, 1, 1))
        assert_size_stride(getitem_33, (), ())
        assert_size_stride(getitem_34, (), ())
        assert_size_stride(add_40, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(rsqrt_7, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_86, (8192, 768), (768, 1))
        assert_size_stride(mm_21, (8192, 2048), (2048, 1))
        assert_size_stride(mm_22, (8192, 2048), (2048, 1))
        assert_size_stride(view_90, (8192, 2048), (2048, 1))
        assert_size_stride(add_43, (8, 1024, 768), (786432, 768, 1))
        assert_size_stride(rsqrt_8, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(view_92, (8192, 768), (768, 1))
        assert_size_stride(mm_24, (8192, 32000), (32000, 1))
        assert_size_stride(amax, (8192, 1), (1, 1))
        assert_size_stride(log, (8192, 1), (1, 1))
        assert_size_stride(convert_element_type_109, (), ())
        assert_size_stride(tangents_1, (), ())
        with torch.cuda._DeviceGuard(0):
            torch.cuda.set_device(0)
            buf1 = reinterpret_tensor(mm_24, (8, 1024, 32000), (32768000, 32000, 1), 0); del mm_24  # reuse
            # Topologically Sorted Source Nodes: [div_13, view_9, unsqueeze_25, ne_3, cross_entropy, where_2, , where_3, mul_62, linear_24, float_18, view_8, exp_5, sum_4, mul_63, sub_2, view_96, convert_element_type_110], Original ATen: [aten.nll_loss_backward, aten.view, aten.nll_loss_forward, aten.arange, aten.expand, aten.eq, aten.scalar_tensor, aten.where, aten._unsafe_view, aten._to_copy, aten._log_softmax, aten._log_softmax_backward_data]
            # [Provenance debug handles] triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0:1
            stream0 = get_raw_stream(0)
            triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0.run(buf1, primals_37, tangents_1, convert_element_type_109, amax, log, 8192, 32000, stream=stream0)
            del amax
            del convert_element_type_109
            del log
            del primals_37
            del tangents_1
            buf2 = empty_strided_cuda((32000, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [div_13, view_9, unsqueeze_25, ne_3, cross_entropy, where_2, , where_3, mul_62, linear_24, float_18, view_8, exp_5, mul_63, sub_2, view_96, convert_element_type_110, view_97, permute_37, permute_40], Original ATen: [aten.nll_loss_backward, aten.view, aten.nll_loss_forward, aten.arange, aten.expand, aten.eq, aten.scalar_tensor, aten.where, aten._unsafe_view, aten._to_copy, aten._log_softmax, aten._log_softmax_backward_data, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:2
            extern_kernels.mm(reinterpret_tensor(buf1, (32000, 8192), (1, 32000), 0), view_92, out=buf2)
            del view_92
            buf3 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [div_13, view_9, unsqueeze_25, ne_3, cross_entropy, where_2, , where_3, mul_62, linear_24, float_18, view_8, exp_5, mul_63, sub_2, view_96, convert_element_type_110, view_97, permute_39, mm_26], Original ATen: [aten.nll_loss_backward, aten.view, aten.nll_loss_forward, aten.arange, aten.expand, aten.eq, aten.scalar_tensor, aten.where, aten._unsafe_view, aten._to_copy, aten._log_softmax, aten._log_softmax_backward_data, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:3
            extern_kernels.mm(reinterpret_tensor(buf1, (8192, 32000), (32000, 1), 0), primals_36, out=buf3)
            del buf1
            del primals_36
            buf7 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_98, xf_16, mul_36, to_16, mul_64, mul_65, sum_5, convert_element_type_115, mul_66, mul_67, sum_6, pow_18, mul_68, mul_69, expand_24, div_14, pow_19, mul_70, mul_71, add_45, convert_element_type_116], Original ATen: [aten.view, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div, aten.add]
            workspace_0 = empty_strided_cuda((393216, ), (1, ), torch.float32)
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_1.run(buf3, primals_35, add_43, rsqrt_8, buf7, workspace_0, 8192, 768, stream=stream0)
            buf5 = workspace_0[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0).to(torch.bfloat16)
            del add_43
            del primals_35
            del rsqrt_8
            buf8 = empty_strided_cuda((768, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_100, permute_41, permute_44], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:4
            extern_kernels.mm(reinterpret_tensor(buf7, (768, 8192), (1, 768), 0), view_90, out=buf8)
            del view_90
            buf9 = empty_strided_cuda((8192, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_100, linear_23, permute_43, mm_28], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:5
            extern_kernels.mm(reinterpret_tensor(buf7, (8192, 768), (768, 1), 0), primals_34, out=buf9)
            del primals_34
            buf10 = empty_strided_cuda((8, 1024, 2048), (2097152, 2048, 1), torch.bfloat16)
            buf13 = reinterpret_tensor(mm_22, (8, 1024, 2048), (2097152, 2048, 1), 0); del mm_22  # reuse
            # Topologically Sorted Source Nodes: [view_101, linear_21, silu_3, mul_72, linear_22, mul_73, convert_element_type_125, reciprocal, mul_74, mul_75, sub_3, mul_76, add_47, mul_77, convert_element_type_127], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward]
            # [Provenance debug handles] triton_poi_fused__unsafe_view_mul_silu_silu_backward_view_2:6
            stream0 = get_raw_stream(0)
            triton_poi_fused__unsafe_view_mul_silu_silu_backward_view_2.run(buf13, buf9, mm_21, buf10, 16777216, stream=stream0)
            del buf9
            del mm_21
            buf11 = empty_strided_cuda((2048, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_101, linear_21, silu_3, mul_72, view_102, permute_45, permute_48], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:7
            extern_kernels.mm(reinterpret_tensor(buf10, (2048, 8192), (1, 2048), 0), view_86, out=buf11)
            buf12 = buf3; del buf3  # reuse
            # Topologically Sorted Source Nodes: [view_101, linear_21, silu_3, mul_72, view_102, linear_22, permute_47, mm_30], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:8
            extern_kernels.mm(reinterpret_tensor(buf10, (8192, 2048), (2048, 1), 0), primals_33, out=buf12)
            del primals_33
            buf14 = empty_strided_cuda((2048, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_101, linear_21, silu_3, linear_22, mul_73, convert_element_type_125, reciprocal, mul_74, mul_75, sub_3, mul_76, add_47, mul_77, convert_element_type_127, view_104, permute_49, permute_52], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:9
            extern_kernels.mm(reinterpret_tensor(buf13, (2048, 8192), (1, 2048), 0), view_86, out=buf14)
            del view_86
            buf15 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_101, linear_21, silu_3, linear_22, mul_73, convert_element_type_125, reciprocal, mul_74, mul_75, sub_3, mul_76, add_47, mul_77, convert_element_type_127, view_104, permute_51, mm_32], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:10
            extern_kernels.mm(reinterpret_tensor(buf13, (8192, 2048), (2048, 1), 0), primals_32, out=buf15)
            del primals_32
            buf19 = buf7; del buf7  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_103, view_105, add_48, xf_15, mul_33, to_15, mul_78, mul_79, sum_7, convert_element_type_132, mul_80, mul_81, sum_8, pow_20, mul_82, mul_83, expand_25, div_15, pow_21, mul_84, mul_85, add_49, convert_element_type_133, add_50], Original ATen: [aten.view, aten.add, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div]
            workspace_1 = workspace_0; del workspace_0  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_3.run(buf19, buf12, buf15, primals_31, add_40, rsqrt_7, workspace_1, 8192, 768, stream=stream0)
            buf17 = workspace_1[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0).to(torch.bfloat16)
            del add_40
            del buf12
            del primals_31
            del rsqrt_7
            buf20 = empty_strided_cuda((768, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_107, permute_53, transpose_7, reshape_3, linear_20, permute_56], Original ATen: [aten.view, aten.t, aten.transpose, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:11
            extern_kernels.mm(reinterpret_tensor(buf19, (768, 8192), (1, 768), 0), reinterpret_tensor(getitem_27, (8192, 768), (768, 1), 0), out=buf20)
            buf21 = buf15; del buf15  # reuse
            # Topologically Sorted Source Nodes: [view_107, linear_20, permute_55, mm_34], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:12
            extern_kernels.mm(reinterpret_tensor(buf19, (8192, 768), (768, 1), 0), primals_30, out=buf21)
            del primals_30
            # Topologically Sorted Source Nodes: [view_108, view_109, permute_57, _scaled_dot_product_cudnn_attention_backward], Original ATen: [aten.view, aten.transpose, aten._scaled_dot_product_cudnn_attention_backward]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default:13
            buf22 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(reinterpret_tensor(buf21, (8, 12, 1024, 64), (786432, 64, 768, 1), 0), convert_element_type_85, view_81, view_82, getitem_27, getitem_28, getitem_33, getitem_34, None, None, None, 1024, 1024, 0.0, True)
            del buf21
            del convert_element_type_85
            del getitem_27
            del getitem_28
            del getitem_33
            del getitem_34
            del view_81
            del view_82
            buf23 = buf22[0]
            assert_size_stride(buf23, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf23, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf24 = buf22[1]
            assert_size_stride(buf24, (8, 12, 1024, 64), (786432, 65536, 64, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf24, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf25 = buf22[2]
            assert_size_stride(buf25, (8, 12, 1024, 64), (786432, 65536, 64, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf25, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            del buf22
            buf26 = empty_strided_cuda((8, 3, 1024, 64), (196608, 65536, 64, 1), torch.float32)
            buf28 = buf26; del buf26  # reuse
            # Topologically Sorted Source Nodes: [view_111, sum_10, squeeze_2, convert_element_type_138, arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, mul_86, cos, mul_87, slice_17, slice_18, full_1, _generalized_scatter, add_51, neg_22, _generalized_scatter_1, add_52], Original ATen: [aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.arange, aten.neg, aten.div, aten.pow, aten.mul, aten.cat, aten.sin, aten.cos, aten.slice, aten.slice_backward, aten.add]
            # [Provenance debug handles] triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_squeeze_sum_view_4:14
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_squeeze_sum_view_4.run(buf28, buf24, 1572864, stream=stream0)
            buf29 = empty_strided_cuda((8, 1024, 2, 3, 64), (393216, 384, 192, 64, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_110, sum_9, squeeze_1, convert_element_type_139, full_3, _generalized_scatter_2, _generalized_scatter_3, add_53, permute_58, clone_40], Original ATen: [aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.select_backward, aten.add, aten.permute, aten.clone]
            # [Provenance debug handles] triton_poi_fused__to_copy_add_clone_permute_select_backward_squeeze_sum_view_5:15
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_add_clone_permute_select_backward_squeeze_sum_view_5.run(buf25, buf28, buf29, 3145728, stream=stream0)
            buf30 = empty_strided_cuda((384, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_110, sum_9, squeeze_1, convert_element_type_139, full_3, _generalized_scatter_2, _generalized_scatter_3, add_53, permute_58, clone_40, view_112, view_113, permute_59, permute_62], Original ATen: [aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.select_backward, aten.add, aten.permute, aten.clone, aten._unsafe_view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:16
            extern_kernels.mm(reinterpret_tensor(buf29, (384, 8192), (1, 384), 0), view_69, out=buf30)
            buf31 = reinterpret_tensor(buf25, (8192, 768), (768, 1), 0); del buf25  # reuse
            # Topologically Sorted Source Nodes: [view_110, sum_9, squeeze_1, convert_element_type_139, full_3, _generalized_scatter_2, _generalized_scatter_3, add_53, permute_58, clone_40, view_112, view_113, linear_19, permute_61, mm_36], Original ATen: [aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.select_backward, aten.add, aten.permute, aten.clone, aten._unsafe_view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:17
            extern_kernels.mm(reinterpret_tensor(buf29, (8192, 384), (384, 1), 0), primals_29, out=buf31)
            del primals_29
            buf33 = buf24; del buf24  # reuse
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, cos, convert_element_type_144, mul_88, mul_89, slice_19, slice_20, full_5, _generalized_scatter_4, add_54, neg_23, _generalized_scatter_5, add_55, convert_element_type_145], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten.cos, aten._to_copy, aten.slice, aten.slice_backward, aten.add]
            # [Provenance debug handles] triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_view_6:18
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_view_6.run(buf23, buf33, 6291456, stream=stream0)
            buf34 = reinterpret_tensor(buf23, (8192, 768), (768, 1), 0); del buf23  # reuse
            # Topologically Sorted Source Nodes: [permute_63, view_115, view_116], Original ATen: [aten.transpose, aten.view]
            # [Provenance debug handles] triton_poi_fused_transpose_view_7:19
            stream0 = get_raw_stream(0)
            triton_poi_fused_transpose_view_7.run(buf33, buf34, 6291456, stream=stream0)
            buf35 = empty_strided_cuda((768, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_64, permute_67], Original ATen: [aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:20
            extern_kernels.mm(reinterpret_tensor(buf34, (768, 8192), (1, 768), 0), view_69, out=buf35)
            del view_69
            buf36 = reinterpret_tensor(buf33, (8192, 768), (768, 1), 0); del buf33  # reuse
            # Topologically Sorted Source Nodes: [linear_18, permute_66, mm_38], Original ATen: [aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:21
            extern_kernels.mm(buf34, primals_28, out=buf36)
            del buf34
            del primals_28
            buf40 = buf19; del buf19  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_114, view_117, add_56, xf_12, mul_27, to_12, mul_90, mul_91, sum_11, convert_element_type_150, mul_92, mul_93, sum_12, pow_22, mul_94, mul_95, expand_26, div_16, pow_23, mul_96, mul_97, add_57, convert_element_type_151, add_58], Original ATen: [aten.view, aten.add, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div]
            workspace_2 = workspace_1; del workspace_1  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_3.run(buf40, buf31, buf36, primals_27, add_32, rsqrt_6, workspace_2, 8192, 768, stream=stream0)
            buf38 = workspace_2[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0).to(torch.bfloat16)
            del add_32
            del primals_27
            del rsqrt_6
            buf41 = empty_strided_cuda((768, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_119, permute_68, permute_71], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:22
            extern_kernels.mm(reinterpret_tensor(buf40, (768, 8192), (1, 768), 0), view_67, out=buf41)
            del view_67
            buf42 = reinterpret_tensor(buf13, (8192, 2048), (2048, 1), 0); del buf13  # reuse
            # Topologically Sorted Source Nodes: [view_119, linear_17, permute_70, mm_40], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:23
            extern_kernels.mm(reinterpret_tensor(buf40, (8192, 768), (768, 1), 0), primals_26, out=buf42)
            del primals_26
            buf43 = buf10; del buf10  # reuse
            buf46 = reinterpret_tensor(mm_16, (8, 1024, 2048), (2097152, 2048, 1), 0); del mm_16  # reuse
            # Topologically Sorted Source Nodes: [view_120, linear_15, silu_2, mul_98, linear_16, mul_99, convert_element_type_160, reciprocal_1, mul_100, mul_101, sub_4, mul_102, add_60, mul_103, convert_element_type_162], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward]
            # [Provenance debug handles] triton_poi_fused__unsafe_view_mul_silu_silu_backward_view_2:24
            stream0 = get_raw_stream(0)
            triton_poi_fused__unsafe_view_mul_silu_silu_backward_view_2.run(buf46, buf42, mm_15, buf43, 16777216, stream=stream0)
            del buf42
            del mm_15
            buf44 = empty_strided_cuda((2048, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_120, linear_15, silu_2, mul_98, view_121, permute_72, permute_75], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:25
            extern_kernels.mm(reinterpret_tensor(buf43, (2048, 8192), (1, 2048), 0), view_63, out=buf44)
            buf45 = buf36; del buf36  # reuse
            # Topologically Sorted Source Nodes: [view_120, linear_15, silu_2, mul_98, view_121, linear_16, permute_74, mm_42], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:26
            extern_kernels.mm(reinterpret_tensor(buf43, (8192, 2048), (2048, 1), 0), primals_25, out=buf45)
            del primals_25
            buf47 = empty_strided_cuda((2048, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_120, linear_15, silu_2, linear_16, mul_99, convert_element_type_160, reciprocal_1, mul_100, mul_101, sub_4, mul_102, add_60, mul_103, convert_element_type_162, view_123, permute_76, permute_79], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:27
            extern_kernels.mm(reinterpret_tensor(buf46, (2048, 8192), (1, 2048), 0), view_63, out=buf47)
            del view_63
            buf48 = buf31; del buf31  # reuse
            # Topologically Sorted Source Nodes: [view_120, linear_15, silu_2, linear_16, mul_99, convert_element_type_160, reciprocal_1, mul_100, mul_101, sub_4, mul_102, add_60, mul_103, convert_element_type_162, view_123, permute_78, mm_44], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:28
            extern_kernels.mm(reinterpret_tensor(buf46, (8192, 2048), (2048, 1), 0), primals_24, out=buf48)
            del primals_24
            buf52 = buf40; del buf40  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_122, view_124, add_61, xf_11, mul_24, to_11, mul_104, mul_105, sum_13, convert_element_type_167, mul_106, mul_107, sum_14, pow_24, mul_108, mul_109, expand_27, div_17, pow_25, mul_110, mul_111, add_62, convert_element_type_168, add_63], Original ATen: [aten.view, aten.add, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div]
            workspace_3 = workspace_2; del workspace_2  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_3.run(buf52, buf45, buf48, primals_23, add_29, rsqrt_5, workspace_3, 8192, 768, stream=stream0)
            buf50 = workspace_3[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0).to(torch.bfloat16)
            del add_29
            del buf45
            del primals_23
            del rsqrt_5
            buf53 = empty_strided_cuda((768, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_126, permute_80, transpose_5, reshape_2, linear_14, permute_83], Original ATen: [aten.view, aten.t, aten.transpose, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:29
            extern_kernels.mm(reinterpret_tensor(buf52, (768, 8192), (1, 768), 0), reinterpret_tensor(getitem_18, (8192, 768), (768, 1), 0), out=buf53)
            buf54 = buf48; del buf48  # reuse
            # Topologically Sorted Source Nodes: [view_126, linear_14, permute_82, mm_46], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:30
            extern_kernels.mm(reinterpret_tensor(buf52, (8192, 768), (768, 1), 0), primals_22, out=buf54)
            del primals_22
            # Topologically Sorted Source Nodes: [view_127, view_128, permute_84, _scaled_dot_product_cudnn_attention_backward_1], Original ATen: [aten.view, aten.transpose, aten._scaled_dot_product_cudnn_attention_backward]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default:31
            buf55 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(reinterpret_tensor(buf54, (8, 12, 1024, 64), (786432, 64, 768, 1), 0), convert_element_type_59, view_58, view_59, getitem_18, getitem_19, getitem_24, getitem_25, None, None, None, 1024, 1024, 0.0, True)
            del buf54
            del convert_element_type_59
            del getitem_18
            del getitem_19
            del getitem_24
            del getitem_25
            del view_58
            del view_59
            buf56 = buf55[0]
            assert_size_stride(buf56, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf56, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf57 = buf55[1]
            assert_size_stride(buf57, (8, 12, 1024, 64), (786432, 65536, 64, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf57, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf58 = buf55[2]
            assert_size_stride(buf58, (8, 12, 1024, 64), (786432, 65536, 64, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf58, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            del buf55
            buf59 = buf28; del buf28  # reuse
            buf61 = buf59; del buf59  # reuse
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, cos, full_1, view_130, sum_16, squeeze_4, convert_element_type_173, mul_112, mul_113, slice_21, slice_22, _generalized_scatter_6, add_64, neg_25, _generalized_scatter_7, add_65], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten.cos, aten.slice_backward, aten.sum, aten.squeeze, aten._to_copy, aten.slice, aten.add]
            # [Provenance debug handles] triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_squeeze_sum_view_4:32
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_squeeze_sum_view_4.run(buf61, buf57, 1572864, stream=stream0)
            buf62 = buf29; del buf29  # reuse
            # Topologically Sorted Source Nodes: [full_3, view_129, sum_15, squeeze_3, convert_element_type_174, _generalized_scatter_8, _generalized_scatter_9, add_66, permute_85, clone_41], Original ATen: [aten.select_backward, aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.add, aten.permute, aten.clone]
            # [Provenance debug handles] triton_poi_fused__to_copy_add_clone_permute_select_backward_squeeze_sum_view_5:33
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_add_clone_permute_select_backward_squeeze_sum_view_5.run(buf58, buf61, buf62, 3145728, stream=stream0)
            buf63 = empty_strided_cuda((384, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [full_3, view_129, sum_15, squeeze_3, convert_element_type_174, _generalized_scatter_8, _generalized_scatter_9, add_66, permute_85, clone_41, view_131, view_132, permute_86, permute_89], Original ATen: [aten.select_backward, aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.add, aten.permute, aten.clone, aten._unsafe_view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:34
            extern_kernels.mm(reinterpret_tensor(buf62, (384, 8192), (1, 384), 0), view_46, out=buf63)
            buf64 = reinterpret_tensor(buf58, (8192, 768), (768, 1), 0); del buf58  # reuse
            # Topologically Sorted Source Nodes: [full_3, view_129, sum_15, squeeze_3, convert_element_type_174, _generalized_scatter_8, _generalized_scatter_9, add_66, permute_85, clone_41, view_131, view_132, linear_13, permute_88, mm_48], Original ATen: [aten.select_backward, aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.add, aten.permute, aten.clone, aten._unsafe_view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:35
            extern_kernels.mm(reinterpret_tensor(buf62, (8192, 384), (384, 1), 0), primals_21, out=buf64)
            del primals_21
            buf66 = buf57; del buf57  # reuse
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, cos, full_5, convert_element_type_179, mul_114, mul_115, slice_23, slice_24, _generalized_scatter_10, add_67, neg_26, _generalized_scatter_11, add_68, convert_element_type_180], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten.cos, aten.slice_backward, aten._to_copy, aten.slice, aten.add]
            # [Provenance debug handles] triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_view_6:36
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_view_6.run(buf56, buf66, 6291456, stream=stream0)
            buf67 = reinterpret_tensor(buf56, (8192, 768), (768, 1), 0); del buf56  # reuse
            # Topologically Sorted Source Nodes: [permute_90, view_134, view_135], Original ATen: [aten.transpose, aten.view]
            # [Provenance debug handles] triton_poi_fused_transpose_view_7:37
            stream0 = get_raw_stream(0)
            triton_poi_fused_transpose_view_7.run(buf66, buf67, 6291456, stream=stream0)
            buf68 = empty_strided_cuda((768, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_91, permute_94], Original ATen: [aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:38
            extern_kernels.mm(reinterpret_tensor(buf67, (768, 8192), (1, 768), 0), view_46, out=buf68)
            del view_46
            buf69 = reinterpret_tensor(buf66, (8192, 768), (768, 1), 0); del buf66  # reuse
            # Topologically Sorted Source Nodes: [linear_12, permute_93, mm_50], Original ATen: [aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:39
            extern_kernels.mm(buf67, primals_20, out=buf69)
            del buf67
            del primals_20
            buf73 = buf52; del buf52  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_133, view_136, add_69, xf_8, mul_18, to_8, mul_116, mul_117, sum_17, convert_element_type_185, mul_118, mul_119, sum_18, pow_26, mul_120, mul_121, expand_28, div_18, pow_27, mul_122, mul_123, add_70, convert_element_type_186, add_71], Original ATen: [aten.view, aten.add, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div]
            workspace_4 = workspace_3; del workspace_3  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_3.run(buf73, buf64, buf69, primals_19, add_21, rsqrt_4, workspace_4, 8192, 768, stream=stream0)
            buf71 = workspace_4[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0).to(torch.bfloat16)
            del add_21
            del primals_19
            del rsqrt_4
            buf74 = empty_strided_cuda((768, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_138, permute_95, permute_98], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:40
            extern_kernels.mm(reinterpret_tensor(buf73, (768, 8192), (1, 768), 0), view_44, out=buf74)
            del view_44
            buf75 = reinterpret_tensor(buf46, (8192, 2048), (2048, 1), 0); del buf46  # reuse
            # Topologically Sorted Source Nodes: [view_138, linear_11, permute_97, mm_52], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:41
            extern_kernels.mm(reinterpret_tensor(buf73, (8192, 768), (768, 1), 0), primals_18, out=buf75)
            del primals_18
            buf76 = buf43; del buf43  # reuse
            buf79 = reinterpret_tensor(mm_10, (8, 1024, 2048), (2097152, 2048, 1), 0); del mm_10  # reuse
            # Topologically Sorted Source Nodes: [view_139, linear_9, silu_1, mul_124, linear_10, mul_125, convert_element_type_195, reciprocal_2, mul_126, mul_127, sub_5, mul_128, add_73, mul_129, convert_element_type_197], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward]
            # [Provenance debug handles] triton_poi_fused__unsafe_view_mul_silu_silu_backward_view_2:42
            stream0 = get_raw_stream(0)
            triton_poi_fused__unsafe_view_mul_silu_silu_backward_view_2.run(buf79, buf75, mm_9, buf76, 16777216, stream=stream0)
            del buf75
            del mm_9
            buf77 = empty_strided_cuda((2048, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_139, linear_9, silu_1, mul_124, view_140, permute_99, permute_102], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:43
            extern_kernels.mm(reinterpret_tensor(buf76, (2048, 8192), (1, 2048), 0), view_40, out=buf77)
            buf78 = buf69; del buf69  # reuse
            # Topologically Sorted Source Nodes: [view_139, linear_9, silu_1, mul_124, view_140, linear_10, permute_101, mm_54], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:44
            extern_kernels.mm(reinterpret_tensor(buf76, (8192, 2048), (2048, 1), 0), primals_17, out=buf78)
            del primals_17
            buf80 = empty_strided_cuda((2048, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_139, linear_9, silu_1, linear_10, mul_125, convert_element_type_195, reciprocal_2, mul_126, mul_127, sub_5, mul_128, add_73, mul_129, convert_element_type_197, view_142, permute_103, permute_106], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:45
            extern_kernels.mm(reinterpret_tensor(buf79, (2048, 8192), (1, 2048), 0), view_40, out=buf80)
            del view_40
            buf81 = buf64; del buf64  # reuse
            # Topologically Sorted Source Nodes: [view_139, linear_9, silu_1, linear_10, mul_125, convert_element_type_195, reciprocal_2, mul_126, mul_127, sub_5, mul_128, add_73, mul_129, convert_element_type_197, view_142, permute_105, mm_56], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:46
            extern_kernels.mm(reinterpret_tensor(buf79, (8192, 2048), (2048, 1), 0), primals_16, out=buf81)
            del primals_16
            buf85 = buf73; del buf73  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_141, view_143, add_74, xf_7, mul_15, to_7, mul_130, mul_131, sum_19, convert_element_type_202, mul_132, mul_133, sum_20, pow_28, mul_134, mul_135, expand_29, div_19, pow_29, mul_136, mul_137, add_75, convert_element_type_203, add_76], Original ATen: [aten.view, aten.add, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div]
            workspace_5 = workspace_4; del workspace_4  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_3.run(buf85, buf78, buf81, primals_15, add_18, rsqrt_3, workspace_5, 8192, 768, stream=stream0)
            buf83 = workspace_5[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0).to(torch.bfloat16)
            del add_18
            del buf78
            del primals_15
            del rsqrt_3
            buf86 = empty_strided_cuda((768, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_145, permute_107, transpose_3, reshape_1, linear_8, permute_110], Original ATen: [aten.view, aten.t, aten.transpose, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:47
            extern_kernels.mm(reinterpret_tensor(buf85, (768, 8192), (1, 768), 0), reinterpret_tensor(getitem_9, (8192, 768), (768, 1), 0), out=buf86)
            buf87 = buf81; del buf81  # reuse
            # Topologically Sorted Source Nodes: [view_145, linear_8, permute_109, mm_58], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:48
            extern_kernels.mm(reinterpret_tensor(buf85, (8192, 768), (768, 1), 0), primals_14, out=buf87)
            del primals_14
            # Topologically Sorted Source Nodes: [view_146, view_147, permute_111, _scaled_dot_product_cudnn_attention_backward_2], Original ATen: [aten.view, aten.transpose, aten._scaled_dot_product_cudnn_attention_backward]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default:49
            buf88 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(reinterpret_tensor(buf87, (8, 12, 1024, 64), (786432, 64, 768, 1), 0), convert_element_type_33, view_35, view_36, getitem_9, getitem_10, getitem_15, getitem_16, None, None, None, 1024, 1024, 0.0, True)
            del buf87
            del convert_element_type_33
            del getitem_10
            del getitem_15
            del getitem_16
            del getitem_9
            del view_35
            del view_36
            buf89 = buf88[0]
            assert_size_stride(buf89, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf89, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf90 = buf88[1]
            assert_size_stride(buf90, (8, 12, 1024, 64), (786432, 65536, 64, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf90, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf91 = buf88[2]
            assert_size_stride(buf91, (8, 12, 1024, 64), (786432, 65536, 64, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf91, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            del buf88
            buf92 = buf61; del buf61  # reuse
            buf94 = buf92; del buf92  # reuse
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, cos, full_1, view_149, sum_22, squeeze_6, convert_element_type_208, mul_138, mul_139, slice_25, slice_26, _generalized_scatter_12, add_77, neg_28, _generalized_scatter_13, add_78], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten.cos, aten.slice_backward, aten.sum, aten.squeeze, aten._to_copy, aten.slice, aten.add]
            # [Provenance debug handles] triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_squeeze_sum_view_4:50
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_squeeze_sum_view_4.run(buf94, buf90, 1572864, stream=stream0)
            buf95 = buf62; del buf62  # reuse
            # Topologically Sorted Source Nodes: [full_3, view_148, sum_21, squeeze_5, convert_element_type_209, _generalized_scatter_14, _generalized_scatter_15, add_79, permute_112, clone_42], Original ATen: [aten.select_backward, aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.add, aten.permute, aten.clone]
            # [Provenance debug handles] triton_poi_fused__to_copy_add_clone_permute_select_backward_squeeze_sum_view_5:51
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_add_clone_permute_select_backward_squeeze_sum_view_5.run(buf91, buf94, buf95, 3145728, stream=stream0)
            buf96 = empty_strided_cuda((384, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [full_3, view_148, sum_21, squeeze_5, convert_element_type_209, _generalized_scatter_14, _generalized_scatter_15, add_79, permute_112, clone_42, view_150, view_151, permute_113, permute_116], Original ATen: [aten.select_backward, aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.add, aten.permute, aten.clone, aten._unsafe_view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:52
            extern_kernels.mm(reinterpret_tensor(buf95, (384, 8192), (1, 384), 0), view_23, out=buf96)
            buf97 = reinterpret_tensor(buf91, (8192, 768), (768, 1), 0); del buf91  # reuse
            # Topologically Sorted Source Nodes: [full_3, view_148, sum_21, squeeze_5, convert_element_type_209, _generalized_scatter_14, _generalized_scatter_15, add_79, permute_112, clone_42, view_150, view_151, linear_7, permute_115, mm_60], Original ATen: [aten.select_backward, aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.add, aten.permute, aten.clone, aten._unsafe_view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:53
            extern_kernels.mm(reinterpret_tensor(buf95, (8192, 384), (384, 1), 0), primals_13, out=buf97)
            del primals_13
            buf99 = buf90; del buf90  # reuse
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, cos, full_5, convert_element_type_214, mul_140, mul_141, slice_27, slice_28, _generalized_scatter_16, add_80, neg_29, _generalized_scatter_17, add_81, convert_element_type_215], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten.cos, aten.slice_backward, aten._to_copy, aten.slice, aten.add]
            # [Provenance debug handles] triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_view_6:54
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_view_6.run(buf89, buf99, 6291456, stream=stream0)
            buf100 = reinterpret_tensor(buf89, (8192, 768), (768, 1), 0); del buf89  # reuse
            # Topologically Sorted Source Nodes: [permute_117, view_153, view_154], Original ATen: [aten.transpose, aten.view]
            # [Provenance debug handles] triton_poi_fused_transpose_view_7:55
            stream0 = get_raw_stream(0)
            triton_poi_fused_transpose_view_7.run(buf99, buf100, 6291456, stream=stream0)
            buf101 = empty_strided_cuda((768, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_118, permute_121], Original ATen: [aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:56
            extern_kernels.mm(reinterpret_tensor(buf100, (768, 8192), (1, 768), 0), view_23, out=buf101)
            del view_23
            buf102 = reinterpret_tensor(buf99, (8192, 768), (768, 1), 0); del buf99  # reuse
            # Topologically Sorted Source Nodes: [linear_6, permute_120, mm_62], Original ATen: [aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:57
            extern_kernels.mm(buf100, primals_12, out=buf102)
            del primals_12
            buf106 = buf85; del buf85  # reuse
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [view_152, view_155, add_82, xf_4, mul_9, to_4, mul_142, mul_143, sum_23, convert_element_type_220, mul_144, mul_145, sum_24, pow_30, mul_146, mul_147, expand_30, div_20, pow_31, mul_148, mul_149, add_83, convert_element_type_221, add_84], Original ATen: [aten.view, aten.add, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div]
            workspace_6 = workspace_5; del workspace_5  # reuse
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy_add_div_expand_mul_pow_sum_view_3.run(buf106, buf97, buf102, primals_11, add_10, rsqrt_2, workspace_6, 8192, 768, stream=stream0)
            buf104 = workspace_6[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0).to(torch.bfloat16)
            del workspace_6
            del add_10
            del primals_11
            del rsqrt_2
            buf107 = empty_strided_cuda((768, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_157, permute_122, permute_125], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:58
            extern_kernels.mm(reinterpret_tensor(buf106, (768, 8192), (1, 768), 0), view_21, out=buf107)
            del view_21
            buf108 = reinterpret_tensor(buf79, (8192, 2048), (2048, 1), 0); del buf79  # reuse
            # Topologically Sorted Source Nodes: [view_157, linear_5, permute_124, mm_64], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:59
            extern_kernels.mm(reinterpret_tensor(buf106, (8192, 768), (768, 1), 0), primals_10, out=buf108)
            del primals_10
            buf109 = buf76; del buf76  # reuse
            buf112 = reinterpret_tensor(mm_4, (8, 1024, 2048), (2097152, 2048, 1), 0); del mm_4  # reuse
            # Topologically Sorted Source Nodes: [view_158, linear_3, silu, mul_150, linear_4, mul_151, convert_element_type_230, reciprocal_3, mul_152, mul_153, sub_6, mul_154, add_86, mul_155, convert_element_type_232], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward]
            # [Provenance debug handles] triton_poi_fused__unsafe_view_mul_silu_silu_backward_view_2:60
            stream0 = get_raw_stream(0)
            triton_poi_fused__unsafe_view_mul_silu_silu_backward_view_2.run(buf112, buf108, mm_3, buf109, 16777216, stream=stream0)
            del buf108
            del mm_3
            buf110 = empty_strided_cuda((2048, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_158, linear_3, silu, mul_150, view_159, permute_126, permute_129], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:61
            extern_kernels.mm(reinterpret_tensor(buf109, (2048, 8192), (1, 2048), 0), view_17, out=buf110)
            buf111 = buf97; del buf97  # reuse
            # Topologically Sorted Source Nodes: [view_158, linear_3, silu, mul_150, view_159, linear_4, permute_128, mm_66], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:62
            extern_kernels.mm(reinterpret_tensor(buf109, (8192, 2048), (2048, 1), 0), primals_9, out=buf111)
            del buf109
            del primals_9
            buf113 = empty_strided_cuda((2048, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_158, linear_3, silu, linear_4, mul_151, convert_element_type_230, reciprocal_3, mul_152, mul_153, sub_6, mul_154, add_86, mul_155, convert_element_type_232, view_161, permute_130, permute_133], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:63
            extern_kernels.mm(reinterpret_tensor(buf112, (2048, 8192), (1, 2048), 0), view_17, out=buf113)
            del view_17
            buf114 = buf102; del buf102  # reuse
            # Topologically Sorted Source Nodes: [view_158, linear_3, silu, linear_4, mul_151, convert_element_type_230, reciprocal_3, mul_152, mul_153, sub_6, mul_154, add_86, mul_155, convert_element_type_232, view_161, permute_132, mm_68], Original ATen: [aten.view, aten._unsafe_view, aten.silu, aten.mul, aten.silu_backward, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:64
            extern_kernels.mm(reinterpret_tensor(buf112, (8192, 2048), (2048, 1), 0), primals_8, out=buf114)
            del buf112
            del primals_8
            buf118 = buf106; del buf106  # reuse
            # Topologically Sorted Source Nodes: [view_160, view_162, add_87, linear_2, x_1, xf_3, mul_157, convert_element_type_237, mul_158, mul_159, sum_26, pow_32, mul_160, mul_161, expand_31, div_21, pow_33, mul_162, mul_163, add_88, convert_element_type_238, add_89], Original ATen: [aten.view, aten.add, aten._unsafe_view, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div]
            # [Provenance debug handles] triton_per_fused__to_copy__unsafe_view_add_div_expand_mul_pow_sum_view_8:65
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy__unsafe_view_add_div_expand_mul_pow_sum_view_8.run(buf118, buf111, buf114, primals_7, embedding, mm_2, rsqrt_1, 8192, 768, stream=stream0)
            del primals_7
            buf120 = buf100; del buf100  # reuse
            # Topologically Sorted Source Nodes: [view_164, linear_2, permute_136, mm_70], Original ATen: [aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:66
            extern_kernels.mm(reinterpret_tensor(buf118, (8192, 768), (768, 1), 0), primals_6, out=buf120)
            del primals_6
            # Topologically Sorted Source Nodes: [view_165, view_166, permute_138, _scaled_dot_product_cudnn_attention_backward_3], Original ATen: [aten.view, aten.transpose, aten._scaled_dot_product_cudnn_attention_backward]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default:67
            buf121 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(reinterpret_tensor(buf120, (8, 12, 1024, 64), (786432, 64, 768, 1), 0), convert_element_type_7, view_12, view_13, getitem, getitem_1, getitem_6, getitem_7, None, None, None, 1024, 1024, 0.0, True)
            del buf120
            del convert_element_type_7
            del getitem_1
            del getitem_6
            del getitem_7
            del view_12
            del view_13
            buf124 = buf121[2]
            assert_size_stride(buf124, (8, 12, 1024, 64), (786432, 65536, 64, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf124, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf123 = buf121[1]
            assert_size_stride(buf123, (8, 12, 1024, 64), (786432, 65536, 64, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf123, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            buf125 = buf94; del buf94  # reuse
            buf127 = buf125; del buf125  # reuse
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, cos, full_1, view_168, sum_28, squeeze_8, convert_element_type_243, mul_164, mul_165, slice_29, slice_30, _generalized_scatter_18, add_90, neg_31, _generalized_scatter_19, add_91], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten.cos, aten.slice_backward, aten.sum, aten.squeeze, aten._to_copy, aten.slice, aten.add]
            # [Provenance debug handles] triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_squeeze_sum_view_4:68
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_squeeze_sum_view_4.run(buf127, buf123, 1572864, stream=stream0)
            buf128 = buf95; del buf95  # reuse
            # Topologically Sorted Source Nodes: [full_3, view_167, sum_27, squeeze_7, convert_element_type_244, _generalized_scatter_20, _generalized_scatter_21, add_92, permute_139, clone_43], Original ATen: [aten.select_backward, aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.add, aten.permute, aten.clone]
            # [Provenance debug handles] triton_poi_fused__to_copy_add_clone_permute_select_backward_squeeze_sum_view_5:69
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_add_clone_permute_select_backward_squeeze_sum_view_5.run(buf124, buf127, buf128, 3145728, stream=stream0)
            del buf127
            buf130 = reinterpret_tensor(buf124, (8192, 768), (768, 1), 0); del buf124  # reuse
            # Topologically Sorted Source Nodes: [full_3, view_167, sum_27, squeeze_7, convert_element_type_244, _generalized_scatter_20, _generalized_scatter_21, add_92, permute_139, clone_43, view_169, view_170, linear_1, permute_142, mm_72], Original ATen: [aten.select_backward, aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.add, aten.permute, aten.clone, aten._unsafe_view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:70
            extern_kernels.mm(reinterpret_tensor(buf128, (8192, 384), (384, 1), 0), primals_5, out=buf130)
            del primals_5
            buf122 = buf121[0]
            assert_size_stride(buf122, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            assert_alignment(buf122, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default')
            del buf121
            buf132 = buf123; del buf123  # reuse
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, cos, full_5, convert_element_type_249, mul_166, mul_167, slice_31, slice_32, _generalized_scatter_22, add_93, neg_32, _generalized_scatter_23, add_94, convert_element_type_250], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten.cos, aten.slice_backward, aten._to_copy, aten.slice, aten.add]
            # [Provenance debug handles] triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_view_6:71
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy_add_arange_cat_cos_div_mul_neg_pow_sin_slice_slice_backward_view_6.run(buf122, buf132, 6291456, stream=stream0)
            buf133 = reinterpret_tensor(buf122, (8192, 768), (768, 1), 0); del buf122  # reuse
            # Topologically Sorted Source Nodes: [permute_144, view_172, view_173], Original ATen: [aten.transpose, aten.view]
            # [Provenance debug handles] triton_poi_fused_transpose_view_7:72
            stream0 = get_raw_stream(0)
            triton_poi_fused_transpose_view_7.run(buf132, buf133, 6291456, stream=stream0)
            buf135 = reinterpret_tensor(buf132, (8192, 768), (768, 1), 0); del buf132  # reuse
            # Topologically Sorted Source Nodes: [linear, permute_147, mm_74], Original ATen: [aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:73
            extern_kernels.mm(buf133, primals_4, out=buf135)
            del primals_4
            buf140 = empty_strided_cuda((32000, 768), (768, 1), torch.float32)
            # Topologically Sorted Source Nodes: [full_25], Original ATen: [aten.embedding_dense_backward]
            # [Provenance debug handles] triton_poi_fused_embedding_dense_backward_9:74
            stream0 = get_raw_stream(0)
            triton_poi_fused_embedding_dense_backward_9.run(buf140, 24576000, stream=stream0)
            # Call mix order reduction kernel
            # Topologically Sorted Source Nodes: [cross_entropy, view_160, view_162, add_87, linear_2, x_1, xf_3, mul_6, to_3, mul_156, sum_25, view_171, view_174, add_95, xf, mul, to, mul_168, mul_169, sum_29, convert_element_type_255, mul_170, mul_171, sum_30, pow_34, mul_172, mul_173, expand_32, div_22, pow_35, mul_174, mul_175, add_96, convert_element_type_256, add_97, convert_element_type_257, eq, unsqueeze_26, where_4, full_25, index_put], Original ATen: [aten.nll_loss_forward, aten.view, aten.add, aten._unsafe_view, aten._to_copy, aten.mul, aten.sum, aten.pow, aten.expand, aten.div, aten.embedding_dense_backward]
            workspace_7 = empty_strided_cuda((786432, ), (1, ), torch.float32)
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy__unsafe_view_add_div_embedding_dense_backward_expand_mul_nll_loss_forward_pow_sum_view_10.run(buf130, buf135, primals_3, embedding, primals_2, buf118, rsqrt, buf111, buf114, mm_2, rsqrt_1, buf140, workspace_7, 8192, 768, stream=stream0)
            buf116 = workspace_7[0 * 512 * 768 : (0 + 1) * 512 * 768].view(512, 768).sum(dim=0).to(torch.bfloat16)
            buf137 = workspace_7[1 * 512 * 768 : (1 + 1) * 512 * 768].view(512, 768).sum(dim=0).to(torch.bfloat16)
            del workspace_7
            del buf111
            del buf114
            del buf130
            del buf135
            del embedding
            del mm_2
            del primals_2
            del primals_3
            del rsqrt
            del rsqrt_1
            buf119 = empty_strided_cuda((768, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [view_164, permute_134, transpose_1, reshape, linear_2, permute_137], Original ATen: [aten.view, aten.t, aten.transpose, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:75
            extern_kernels.mm(reinterpret_tensor(buf118, (768, 8192), (1, 768), 0), reinterpret_tensor(getitem, (8192, 768), (768, 1), 0), out=buf119)
            del buf118
            del getitem
            buf129 = empty_strided_cuda((384, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [full_3, view_167, sum_27, squeeze_7, convert_element_type_244, _generalized_scatter_20, _generalized_scatter_21, add_92, permute_139, clone_43, view_169, view_170, permute_140, permute_143], Original ATen: [aten.select_backward, aten.view, aten.sum, aten.squeeze, aten._to_copy, aten.add, aten.permute, aten.clone, aten._unsafe_view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:76
            extern_kernels.mm(reinterpret_tensor(buf128, (384, 8192), (1, 384), 0), view, out=buf129)
            del buf128
            buf134 = empty_strided_cuda((768, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [permute_145, permute_148], Original ATen: [aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:77
            extern_kernels.mm(reinterpret_tensor(buf133, (768, 8192), (1, 768), 0), view, out=buf134)
            del buf133
            del view
            buf142 = empty_strided_cuda((32000, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [convert_element_type_258], Original ATen: [aten.embedding_dense_backward]
            # [Provenance debug handles] triton_poi_fused_embedding_dense_backward_11:78
            stream0 = get_raw_stream(0)
            triton_poi_fused_embedding_dense_backward_11.run(buf140, buf142, 24576000, stream=stream0)
            del buf140
        return (buf142, None, reinterpret_tensor(buf137, (768, ), (1, ), 0), buf134, buf129, buf119, reinterpret_tensor(buf116, (768, ), (1, ), 0), buf113, buf110, buf107, reinterpret_tensor(buf104, (768, ), (1, ), 0), buf101, buf96, buf86, reinterpret_tensor(buf83, (768, ), (1, ), 0), buf80, buf77, buf74, reinterpret_tensor(buf71, (768, ), (1, ), 0), buf68, buf63, buf53, reinterpret_tensor(buf50, (768, ), (1, ), 0), buf47, buf44, buf41, reinterpret_tensor(buf38, (768, ), (1, ), 0), buf35, buf30, buf20, reinterpret_tensor(buf17, (768, ), (1, ), 0), buf14, buf11, buf8, reinterpret_tensor(buf5, (768, ), (1, ), 0), buf2, None, )

runner = Runner(partitions=[])
call = runner.call
recursively_apply_fns = runner.recursively_apply_fns


def get_args():
    from torch._dynamo.testing import rand_strided
    primals_2 = rand_strided((8, 1024), (1024, 1), device='cuda:0', dtype=torch.int64)
    primals_3 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_4 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_5 = rand_strided((384, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_6 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_7 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_8 = rand_strided((2048, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_9 = rand_strided((2048, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_10 = rand_strided((768, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_11 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_12 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_13 = rand_strided((384, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_14 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_15 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_16 = rand_strided((2048, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_17 = rand_strided((2048, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_18 = rand_strided((768, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_19 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_20 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_21 = rand_strided((384, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_22 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_23 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_24 = rand_strided((2048, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_25 = rand_strided((2048, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_26 = rand_strided((768, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_27 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_28 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_29 = rand_strided((384, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_30 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_31 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_32 = rand_strided((2048, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_33 = rand_strided((2048, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_34 = rand_strided((768, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_35 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_36 = rand_strided((32000, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_37 = rand_strided((8, 1024), (1024, 1), device='cuda:0', dtype=torch.int64)
    embedding = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    rsqrt = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    convert_element_type_7 = rand_strided((8, 12, 1024, 64), (786432, 64, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    view_12 = rand_strided((8, 12, 1024, 64), (786432, 65536, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    view_13 = rand_strided((8, 12, 1024, 64), (786432, 65536, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem = rand_strided((8, 12, 1024, 64), (786432, 64, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_1 = rand_strided((8, 12, 1024, 1), (12288, 1024, 1, 1), device='cuda:0', dtype=torch.float32)
    getitem_6 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    getitem_7 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    mm_2 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    rsqrt_1 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_17 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    mm_3 = rand_strided((8192, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    mm_4 = rand_strided((8192, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    view_21 = rand_strided((8192, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    add_10 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    rsqrt_2 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_23 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    convert_element_type_33 = rand_strided((8, 12, 1024, 64), (786432, 64, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    view_35 = rand_strided((8, 12, 1024, 64), (786432, 65536, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    view_36 = rand_strided((8, 12, 1024, 64), (786432, 65536, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_9 = rand_strided((8, 12, 1024, 64), (786432, 64, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_10 = rand_strided((8, 12, 1024, 1), (12288, 1024, 1, 1), device='cuda:0', dtype=torch.float32)
    getitem_15 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    getitem_16 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    add_18 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    rsqrt_3 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_40 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    mm_9 = rand_strided((8192, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    mm_10 = rand_strided((8192, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    view_44 = rand_strided((8192, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    add_21 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    rsqrt_4 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_46 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    convert_element_type_59 = rand_strided((8, 12, 1024, 64), (786432, 64, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    view_58 = rand_strided((8, 12, 1024, 64), (786432, 65536, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    view_59 = rand_strided((8, 12, 1024, 64), (786432, 65536, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_18 = rand_strided((8, 12, 1024, 64), (786432, 64, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_19 = rand_strided((8, 12, 1024, 1), (12288, 1024, 1, 1), device='cuda:0', dtype=torch.float32)
    getitem_24 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    getitem_25 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    add_29 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    rsqrt_5 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_63 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    mm_15 = rand_strided((8192, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    mm_16 = rand_strided((8192, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    view_67 = rand_strided((8192, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    add_32 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    rsqrt_6 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_69 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    convert_element_type_85 = rand_strided((8, 12, 1024, 64), (786432, 64, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    view_81 = rand_strided((8, 12, 1024, 64), (786432, 65536, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    view_82 = rand_strided((8, 12, 1024, 64), (786432, 65536, 64, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_27 = rand_strided((8, 12, 1024, 64), (786432, 64, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    getitem_28 = rand_strided((8, 12, 1024, 1), (12288, 1024, 1, 1), device='cuda:0', dtype=torch.float32)
    getitem_33 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    getitem_34 = rand_strided((), (), device='cuda:0', dtype=torch.int64)
    add_40 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    rsqrt_7 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_86 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    mm_21 = rand_strided((8192, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    mm_22 = rand_strided((8192, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    view_90 = rand_strided((8192, 2048), (2048, 1), device='cuda:0', dtype=torch.bfloat16)
    add_43 = rand_strided((8, 1024, 768), (786432, 768, 1), device='cuda:0', dtype=torch.bfloat16)
    rsqrt_8 = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    view_92 = rand_strided((8192, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    mm_24 = rand_strided((8192, 32000), (32000, 1), device='cuda:0', dtype=torch.bfloat16)
    amax = rand_strided((8192, 1), (1, 1), device='cuda:0', dtype=torch.float32)
    log = rand_strided((8192, 1), (1, 1), device='cuda:0', dtype=torch.float32)
    convert_element_type_109 = rand_strided((), (), device='cuda:0', dtype=torch.float32)
    tangents_1 = rand_strided((), (), device='cuda:0', dtype=torch.float32)
    return [primals_2, primals_3, primals_4, primals_5, primals_6, primals_7, primals_8, primals_9, primals_10, primals_11, primals_12, primals_13, primals_14, primals_15, primals_16, primals_17, primals_18, primals_19, primals_20, primals_21, primals_22, primals_23, primals_24, primals_25, primals_26, primals_27, primals_28, primals_29, primals_30, primals_31, primals_32, primals_33, primals_34, primals_35, primals_36, primals_37, embedding, rsqrt, view, convert_element_type_7, view_12, view_13, getitem, getitem_1, getitem_6, getitem_7, mm_2, rsqrt_1, view_17, mm_3, mm_4, view_21, add_10, rsqrt_2, view_23, convert_element_type_33, view_35, view_36, getitem_9, getitem_10, getitem_15, getitem_16, add_18, rsqrt_3, view_40, mm_9, mm_10, view_44, add_21, rsqrt_4, view_46, convert_element_type_59, view_58, view_59, getitem_18, getitem_19, getitem_24, getitem_25, add_29, rsqrt_5, view_63, mm_15, mm_16, view_67, add_32, rsqrt_6, view_69, convert_element_type_85, view_81, view_82, getitem_27, getitem_28, getitem_33, getitem_34, add_40, rsqrt_7, view_86, mm_21, mm_22, view_90, add_43, rsqrt_8, view_92, mm_24, amax, log, convert_element_type_109, tangents_1]


def benchmark_compiled_module(args, times=10, repeat=10):
    from torch._inductor.utils import print_performance
    fn = lambda: call(list(args))
    return print_performance(fn, times=times, repeat=repeat)


if __name__ == "__main__":
    from torch._inductor.wrapper_benchmark import compiled_module_main
    args = get_args()
    compiled_module_main('None', lambda times, repeat: benchmark_compiled_module(args, times=times, repeat=repeat))
