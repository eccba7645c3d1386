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


# kernel path: /root/out/b/captures/.cache/preference_loss_logits/inductor/5v/c5vowz252af3zksn3waki2xlepycfiinu3k2zz75oe3n2uzgx25q.py
# Topologically Sorted Source Nodes: [neg_2, expand, div, mul_2, mul_3, neg_4, neg_5, full_2, _generalized_scatter, _generalized_scatter_2, add_1], Original ATen: [aten.neg, aten.expand, aten.div, aten.log_sigmoid_backward, aten.mul, aten.slice_backward, aten.add]
# Source node to ATen node mapping:
#   _generalized_scatter => slice_scatter_default
#   _generalized_scatter_2 => slice_scatter_default_2
#   add_1 => add_1
#   div => div
#   expand => expand
#   full_2 => full_default_6
#   mul_2 => mul_2
#   mul_3 => mul_3
#   neg_2 => neg_2
#   neg_4 => neg_4
#   neg_5 => neg_5
# Graph fragment:
#   %tangents_1 : Tensor "f32[][]cuda:0" = PlaceHolder[target=tangents_1]
#   %sub_6 : Tensor "f32[4][1]cuda:0" = PlaceHolder[target=sub_6]
#   %neg_2 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%tangents_1,), kwargs = {})
#   %expand : Tensor "f32[4][0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%neg_2, [4]), kwargs = {})
#   %div : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Scalar](args = (%expand, 4), kwargs = {})
#   %mul_2 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%div, %sub_6), kwargs = {})
#   %mul_3 : Tensor "f32[4][1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_2, 0.1), kwargs = {})
#   %neg_4 : Tensor "f32[4][1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.neg.default](args = (%mul_3,), kwargs = {})
#   %neg_5 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%neg_4,), kwargs = {})
#   %full_default_6 : Tensor "f32[8][1]cuda:0"[num_users=4] = call_function[target=torch.ops.aten.full.default](args = ([8], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %slice_scatter_default : Tensor "f32[8][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice_scatter.default](args = (%full_default_6, %neg_5, 0, 4, 9223372036854775807), kwargs = {})
#   %slice_scatter_default_2 : Tensor "f32[8][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice_scatter.default](args = (%full_default_6, %neg_4, 0, 0, 4), kwargs = {})
#   %add_1 : Tensor "f32[8][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%slice_scatter_default, %slice_scatter_default_2), kwargs = {})
#   return %add_1
triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_slice_backward_0 = async_compile.triton('triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_slice_backward_0', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 8}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*fp32', 'in_ptr1': '*fp32', 'out_ptr0': '*fp32', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_slice_backward_0', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 4, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 96}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_slice_backward_0(in_ptr0, in_ptr1, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 8
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = xindex < xnumel
    x0 = xindex
    tmp0 = x0
    tmp1 = tl.full([1], 4, tl.int64)
    tmp2 = tmp0 >= tmp1
    tmp3 = tl.load(in_ptr0 + (0))
    tmp4 = tl.broadcast_to(tmp3, [XBLOCK])
    tmp5 = tl.where(tmp2, tmp4, 0.0)
    tmp6 = -tmp5
    tmp7 = tl.full([1], 0.25, tl.float32)
    tmp8 = tmp6 * tmp7
    tmp9 = tl.load(in_ptr1 + ((-4) + x0), tmp2 & xmask, other=0.0)
    tmp10 = tmp8 * tmp9
    tmp11 = tl.full([1], 0.1, tl.float32)
    tmp12 = tmp10 * tmp11
    tmp13 = -tmp12
    tmp14 = -tmp13
    tmp15 = tl.full(tmp14.shape, 0.0, tmp14.dtype)
    tmp16 = tl.where(tmp2, tmp14, tmp15)
    tmp17 = tl.full([1], 0.0, tl.float32)
    tmp18 = tl.where(tmp2, tmp16, tmp17)
    tmp19 = tmp0 < tmp1
    tmp20 = tl.load(in_ptr0 + (0))
    tmp21 = tl.broadcast_to(tmp20, [XBLOCK])
    tmp22 = tl.where(tmp19, tmp21, 0.0)
    tmp23 = -tmp22
    tmp24 = tl.full([1], 0.25, tl.float32)
    tmp25 = tmp23 * tmp24
    tmp26 = tl.load(in_ptr1 + (x0), tmp19 & xmask, other=0.0)
    tmp27 = tmp25 * tmp26
    tmp28 = tl.full([1], 0.1, tl.float32)
    tmp29 = tmp27 * tmp28
    tmp30 = -tmp29
    tmp31 = tl.full(tmp30.shape, 0.0, tmp30.dtype)
    tmp32 = tl.where(tmp19, tmp30, tmp31)
    tmp33 = tl.where(tmp19, tmp32, tmp17)
    tmp34 = tmp18 + tmp33
    tl.store(out_ptr0 + (x0), tmp34, xmask)
''', device_str='cuda')


# kernel path: /root/out/b/captures/.cache/preference_loss_logits/inductor/hk/chkbnbdchn7lssemnczjiwffy5aifwdh4gsb2zfwz4n3zdpvglov.py
# Topologically Sorted Source Nodes: [neg_2, expand, div, mul_2, mul_3, neg_4, full_2, _generalized_scatter_1, _generalized_scatter_3, add_2, unsqueeze_1, expand_1, where, where_3, unsqueeze_2, full_6, scatter_add], Original ATen: [aten.neg, aten.expand, aten.div, aten.log_sigmoid_backward, aten.mul, aten.slice_backward, aten.add, aten.unsqueeze, aten.scalar_tensor, aten.where, aten.new_zeros, aten.scatter_add]
# Source node to ATen node mapping:
#   _generalized_scatter_1 => slice_scatter_default_1
#   _generalized_scatter_3 => slice_scatter_default_3
#   add_2 => add_2
#   div => div
#   expand => expand
#   expand_1 => expand_1
#   full_2 => full_default_6
#   full_6 => full_default_11
#   mul_2 => mul_2
#   mul_3 => mul_3
#   neg_2 => neg_2
#   neg_4 => neg_4
#   scatter_add => scatter_add
#   unsqueeze_1 => unsqueeze_1
#   unsqueeze_2 => unsqueeze_2
#   where => full_default
#   where_3 => where_3
# Graph fragment:
#   %neg_2 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%tangents_1,), kwargs = {})
#   %expand : Tensor "f32[4][0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%neg_2, [4]), kwargs = {})
#   %div : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Scalar](args = (%expand, 4), kwargs = {})
#   %mul_2 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%div, %sub_6), kwargs = {})
#   %mul_3 : Tensor "f32[4][1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_2, 0.1), kwargs = {})
#   %neg_4 : Tensor "f32[4][1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.neg.default](args = (%mul_3,), kwargs = {})
#   %full_default_6 : Tensor "f32[8][1]cuda:0"[num_users=4] = call_function[target=torch.ops.aten.full.default](args = ([8], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %slice_scatter_default_1 : Tensor "f32[8][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice_scatter.default](args = (%full_default_6, %neg_4, 0, 4, 9223372036854775807), kwargs = {})
#   %slice_scatter_default_3 : Tensor "f32[8][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice_scatter.default](args = (%full_default_6, %mul_3, 0, 0, 4), kwargs = {})
#   %add_2 : Tensor "f32[8][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%slice_scatter_default_1, %slice_scatter_default_3), kwargs = {})
#   %unsqueeze_1 : Tensor "f32[8, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%add_2, -1), kwargs = {})
#   %expand_1 : Tensor "f32[8, 1024][1, 0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%unsqueeze_1, [8, 1024]), kwargs = {})
#   %full_default : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0.0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where_3 : Tensor "f32[8, 1024][1024, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%ne, %expand_1, %full_default), kwargs = {})
#   %unsqueeze_2 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%where_3, 2), kwargs = {})
#   %full_default_11 : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([8, 1024, 32000], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %scatter_add : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.scatter_add.default](args = (%full_default_11, -1, %unsqueeze, %unsqueeze_2), kwargs = {})
#   return %scatter_add
triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_new_zeros_scalar_tensor_scatter_add_slice_backward_unsqueeze_where_1 = async_compile.triton('triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_new_zeros_scalar_tensor_scatter_add_slice_backward_unsqueeze_where_1', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 268435456}, 
    filename=__file__,
    triton_meta={'signature': {'out_ptr0': '*fp32', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_new_zeros_scalar_tensor_scatter_add_slice_backward_unsqueeze_where_1', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 0, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 2097152000}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_new_zeros_scalar_tensor_scatter_add_slice_backward_unsqueeze_where_1(out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 262144000
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = xindex
    tmp0 = tl.full([1], 0.0, tl.float32)
    tl.store(out_ptr0 + (x0), tmp0, None)
''', device_str='cuda')


# kernel path: /root/out/b/captures/.cache/preference_loss_logits/inductor/lv/clvnroamcmftk2goctklra6l43wjjtlqq5owzbi32hgzu37fncxq.py
# Topologically Sorted Source Nodes: [neg_2, expand, div, mul_2, mul_3, neg_4, full_2, _generalized_scatter_1, _generalized_scatter_3, add_2, unsqueeze_1, expand_1, where, where_3, unsqueeze_2, full_6, scatter_add], Original ATen: [aten.neg, aten.expand, aten.div, aten.log_sigmoid_backward, aten.mul, aten.slice_backward, aten.add, aten.unsqueeze, aten.scalar_tensor, aten.where, aten.new_zeros, aten.scatter_add]
# Source node to ATen node mapping:
#   _generalized_scatter_1 => slice_scatter_default_1
#   _generalized_scatter_3 => slice_scatter_default_3
#   add_2 => add_2
#   div => div
#   expand => expand
#   expand_1 => expand_1
#   full_2 => full_default_6
#   full_6 => full_default_11
#   mul_2 => mul_2
#   mul_3 => mul_3
#   neg_2 => neg_2
#   neg_4 => neg_4
#   scatter_add => scatter_add
#   unsqueeze_1 => unsqueeze_1
#   unsqueeze_2 => unsqueeze_2
#   where => full_default
#   where_3 => where_3
# Graph fragment:
#   %unsqueeze : Tensor "i64[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=unsqueeze]
#   %ne : Tensor "b8[8, 1024][1024, 1]cuda:0" = PlaceHolder[target=ne]
#   %tangents_1 : Tensor "f32[][]cuda:0" = PlaceHolder[target=tangents_1]
#   %sub_6 : Tensor "f32[4][1]cuda:0" = PlaceHolder[target=sub_6]
#   %scatter_add : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0" = PlaceHolder[target=scatter_add]
#   %neg_2 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%tangents_1,), kwargs = {})
#   %expand : Tensor "f32[4][0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%neg_2, [4]), kwargs = {})
#   %div : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Scalar](args = (%expand, 4), kwargs = {})
#   %mul_2 : Tensor "f32[4][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%div, %sub_6), kwargs = {})
#   %mul_3 : Tensor "f32[4][1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_2, 0.1), kwargs = {})
#   %neg_4 : Tensor "f32[4][1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.neg.default](args = (%mul_3,), kwargs = {})
#   %full_default_6 : Tensor "f32[8][1]cuda:0"[num_users=4] = call_function[target=torch.ops.aten.full.default](args = ([8], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %slice_scatter_default_1 : Tensor "f32[8][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice_scatter.default](args = (%full_default_6, %neg_4, 0, 4, 9223372036854775807), kwargs = {})
#   %slice_scatter_default_3 : Tensor "f32[8][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice_scatter.default](args = (%full_default_6, %mul_3, 0, 0, 4), kwargs = {})
#   %add_2 : Tensor "f32[8][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%slice_scatter_default_1, %slice_scatter_default_3), kwargs = {})
#   %unsqueeze_1 : Tensor "f32[8, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%add_2, -1), kwargs = {})
#   %expand_1 : Tensor "f32[8, 1024][1, 0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%unsqueeze_1, [8, 1024]), kwargs = {})
#   %full_default : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0.0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where_3 : Tensor "f32[8, 1024][1024, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%ne, %expand_1, %full_default), kwargs = {})
#   %unsqueeze_2 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%where_3, 2), kwargs = {})
#   %full_default_11 : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([8, 1024, 32000], 0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %scatter_add : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.scatter_add.default](args = (%full_default_11, -1, %unsqueeze, %unsqueeze_2), kwargs = {})
#   return %buf2
triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_new_zeros_scalar_tensor_scatter_add_slice_backward_unsqueeze_where_2 = async_compile.triton('triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_new_zeros_scalar_tensor_scatter_add_slice_backward_unsqueeze_where_2', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 8192}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*i64', 'in_ptr1': '*i1', 'in_ptr2': '*fp32', 'in_ptr3': '*fp32', 'out_ptr0': '*fp32', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_new_zeros_scalar_tensor_scatter_add_slice_backward_unsqueeze_where_2', 'mutated_arg_names': ['out_ptr0'], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': True, 'num_load': 6, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 73728}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_new_zeros_scalar_tensor_scatter_add_slice_backward_unsqueeze_where_2(in_ptr0, in_ptr1, in_ptr2, in_ptr3, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 8192
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x2 = xindex
    x1 = xindex // 1024
    tmp0 = tl.load(in_ptr0 + (x2), None)
    tmp2 = tl.load(in_ptr1 + (x2), None).to(tl.int1)
    tl.device_assert((0 <= tmp0) & (tmp0 < 32000), "index out of bounds: 0 <= tmp0 < 32000")
    tmp3 = x1
    tmp4 = tl.full([1], 4, tl.int64)
    tmp5 = tmp3 >= tmp4
    tmp6 = tl.load(in_ptr2 + (0))
    tmp7 = tl.broadcast_to(tmp6, [XBLOCK])
    tmp8 = tl.where(tmp5, tmp7, 0.0)
    tmp9 = -tmp8
    tmp10 = tl.full([1], 0.25, tl.float32)
    tmp11 = tmp9 * tmp10
    tmp12 = tl.load(in_ptr3 + ((-4) + x1), tmp5, eviction_policy='evict_last', other=0.0)
    tmp13 = tmp11 * tmp12
    tmp14 = tl.full([1], 0.1, tl.float32)
    tmp15 = tmp13 * tmp14
    tmp16 = -tmp15
    tmp17 = tl.full(tmp16.shape, 0.0, tmp16.dtype)
    tmp18 = tl.where(tmp5, tmp16, tmp17)
    tmp19 = tl.full([1], 0.0, tl.float32)
    tmp20 = tl.where(tmp5, tmp18, tmp19)
    tmp21 = tmp3 < tmp4
    tmp22 = tl.load(in_ptr2 + (0))
    tmp23 = tl.broadcast_to(tmp22, [XBLOCK])
    tmp24 = tl.where(tmp21, tmp23, 0.0)
    tmp25 = -tmp24
    tmp26 = tl.full([1], 0.25, tl.float32)
    tmp27 = tmp25 * tmp26
    tmp28 = tl.load(in_ptr3 + (x1), tmp21, eviction_policy='evict_last', other=0.0)
    tmp29 = tmp27 * tmp28
    tmp30 = tl.full([1], 0.1, tl.float32)
    tmp31 = tmp29 * tmp30
    tmp32 = tl.full(tmp31.shape, 0.0, tmp31.dtype)
    tmp33 = tl.where(tmp21, tmp31, tmp32)
    tmp34 = tl.where(tmp21, tmp33, tmp19)
    tmp35 = tmp20 + tmp34
    tmp36 = tl.where(tmp2, tmp35, tmp19)
    tl.atomic_add(out_ptr0 + (tmp0 + 32000*x2), tmp36, None, sem='relaxed')
''', device_str='cuda')


# kernel path: /root/out/b/captures/.cache/preference_loss_logits/inductor/py/cpy6djnmv27ly74zrzq2g24naaqahhk63sndvfhlhtot5c3tuj5v.py
# Topologically Sorted Source Nodes: [float_1, logp, exp_3, sum_3, mul_4, sub_7, convert_element_type_1], Original ATen: [aten._to_copy, aten._log_softmax, aten._log_softmax_backward_data]
# Source node to ATen node mapping:
#   convert_element_type_1 => convert_element_type_1
#   exp_3 => exp_3
#   float_1 => convert_element_type
#   logp => sub, sub_1
#   mul_4 => mul_4
#   sub_7 => sub_7
#   sum_3 => sum_3
# Graph fragment:
#   %buf2 : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0" = PlaceHolder[target=buf2]
#   %primals_1 : Tensor "bf16[8, 1024, 32000][32768000, 32000, 1]cuda:0" = PlaceHolder[target=primals_1]
#   %amax : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=amax]
#   %log : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=log]
#   %sum_3 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=sum_3]
#   %convert_element_type : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%primals_1, torch.float32), kwargs = {})
#   %sub : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%convert_element_type, %amax), kwargs = {})
#   %sub_1 : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%sub, %log), kwargs = {})
#   %exp_3 : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.exp.default](args = (%sub_1,), kwargs = {})
#   %sum_3 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%scatter_add, [-1], True), kwargs = {})
#   %mul_4 : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%exp_3, %sum_3), kwargs = {})
#   %sub_7 : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%scatter_add, %mul_4), kwargs = {})
#   %convert_element_type_1 : Tensor "bf16[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%sub_7, torch.bfloat16), kwargs = {})
#   return %sum_3,%convert_element_type_1
triton_red_fused__log_softmax__log_softmax_backward_data__to_copy_3 = async_compile.triton('triton_red_fused__log_softmax__log_softmax_backward_data__to_copy_3', '''
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
    triton_meta={'signature': {'in_ptr0': '*fp32', 'in_ptr1': '*bf16', 'in_ptr2': '*fp32', 'in_ptr3': '*fp32', 'out_ptr1': '*bf16', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'R0_BLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused__log_softmax__log_softmax_backward_data__to_copy_3', 'mutated_arg_names': [], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 5, 'num_store': 1, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'add_persistent_rblock': True, 'tiling_scores': {'x': 65536, 'r0_': 1572864000}}
)
@triton.jit
def triton_red_fused__log_softmax__log_softmax_backward_data__to_copy_3(in_ptr0, in_ptr1, in_ptr2, in_ptr3, out_ptr1, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
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
    _tmp2 = tl.full([XBLOCK, R0_BLOCK], 0, tl.float32)
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_1 = r0_index
        tmp0 = tl.load(in_ptr0 + (r0_1 + 32000*x0), r0_mask, eviction_policy='evict_last', other=0.0)
        tmp1 = tl.broadcast_to(tmp0, [XBLOCK, R0_BLOCK])
        tmp3 = _tmp2 + tmp1
        _tmp2 = tl.where(r0_mask, tmp3, _tmp2)
    tmp2 = tl.sum(_tmp2, 1)[:, None]
    tmp7 = tl.load(in_ptr2 + (x0), None, eviction_policy='evict_last')
    tmp9 = tl.load(in_ptr3 + (x0), None, eviction_policy='evict_last')
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_1 = r0_index
        tmp4 = tl.load(in_ptr0 + (r0_1 + 32000*x0), r0_mask, eviction_policy='evict_first', other=0.0)
        tmp5 = tl.load(in_ptr1 + (r0_1 + 32000*x0), r0_mask, eviction_policy='evict_first', other=0.0).to(tl.float32)
        tmp6 = tmp5.to(tl.float32)
        tmp8 = tmp6 - tmp7
        tmp10 = tmp8 - tmp9
        tmp11 = libdevice.exp(tmp10)
        tmp12 = tmp11 * tmp2
        tmp13 = tmp4 - tmp12
        tmp14 = tmp13.to(tl.float32)
        tl.store(out_ptr1 + (r0_1 + 32000*x0), tmp14, r0_mask)
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
        primals_1, amax, log, ne, unsqueeze, sub_6, tangents_1 = args
        args.clear()
        assert_size_stride(primals_1, (8, 1024, 32000), (32768000, 32000, 1))
        assert_size_stride(amax, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(log, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(ne, (8, 1024), (1024, 1))
        assert_size_stride(unsqueeze, (8, 1024, 1), (1024, 1, 1))
        assert_size_stride(sub_6, (4, ), (1, ))
        assert_size_stride(tangents_1, (), ())
        with torch.cuda._DeviceGuard(0):
            torch.cuda.set_device(0)
            buf0 = empty_strided_cuda((8, ), (1, ), torch.float32)
            # Topologically Sorted Source Nodes: [neg_2, expand, div, mul_2, mul_3, neg_4, neg_5, full_2, _generalized_scatter, _generalized_scatter_2, add_1], Original ATen: [aten.neg, aten.expand, aten.div, aten.log_sigmoid_backward, aten.mul, aten.slice_backward, aten.add]
            # [Provenance debug handles] triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_slice_backward_0:1
            stream0 = get_raw_stream(0)
            triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_slice_backward_0.run(tangents_1, sub_6, buf0, 8, stream=stream0)
            buf1 = empty_strided_cuda((8, 1024, 32000), (32768000, 32000, 1), torch.float32)
            # Topologically Sorted Source Nodes: [neg_2, expand, div, mul_2, mul_3, neg_4, full_2, _generalized_scatter_1, _generalized_scatter_3, add_2, unsqueeze_1, expand_1, where, where_3, unsqueeze_2, full_6, scatter_add], Original ATen: [aten.neg, aten.expand, aten.div, aten.log_sigmoid_backward, aten.mul, aten.slice_backward, aten.add, aten.unsqueeze, aten.scalar_tensor, aten.where, aten.new_zeros, aten.scatter_add]
            # [Provenance debug handles] triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_new_zeros_scalar_tensor_scatter_add_slice_backward_unsqueeze_where_1:2
            stream0 = get_raw_stream(0)
            triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_new_zeros_scalar_tensor_scatter_add_slice_backward_unsqueeze_where_1.run(buf1, 262144000, stream=stream0)
            # Topologically Sorted Source Nodes: [neg_2, expand, div, mul_2, mul_3, neg_4, full_2, _generalized_scatter_1, _generalized_scatter_3, add_2, unsqueeze_1, expand_1, where, where_3, unsqueeze_2, full_6, scatter_add], Original ATen: [aten.neg, aten.expand, aten.div, aten.log_sigmoid_backward, aten.mul, aten.slice_backward, aten.add, aten.unsqueeze, aten.scalar_tensor, aten.where, aten.new_zeros, aten.scatter_add]
            # [Provenance debug handles] triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_new_zeros_scalar_tensor_scatter_add_slice_backward_unsqueeze_where_2:3
            stream0 = get_raw_stream(0)
            triton_poi_fused_add_div_expand_log_sigmoid_backward_mul_neg_new_zeros_scalar_tensor_scatter_add_slice_backward_unsqueeze_where_2.run(unsqueeze, ne, tangents_1, sub_6, buf1, 8192, stream=stream0)
            del ne
            del sub_6
            del tangents_1
            del unsqueeze
            buf4 = empty_strided_cuda((8, 1024, 32000), (32768000, 32000, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [float_1, logp, exp_3, sum_3, mul_4, sub_7, convert_element_type_1], Original ATen: [aten._to_copy, aten._log_softmax, aten._log_softmax_backward_data]
            # [Provenance debug handles] triton_red_fused__log_softmax__log_softmax_backward_data__to_copy_3:4
            stream0 = get_raw_stream(0)
            triton_red_fused__log_softmax__log_softmax_backward_data__to_copy_3.run(buf1, primals_1, amax, log, buf4, 8192, 32000, stream=stream0)
            del amax
            del buf1
            del log
            del primals_1
        return (buf4, None, buf0, )

runner = Runner(partitions=[])
call = runner.call
recursively_apply_fns = runner.recursively_apply_fns


def get_args():
    from torch._dynamo.testing import rand_strided
    primals_1 = rand_strided((8, 1024, 32000), (32768000, 32000, 1), device='cuda:0', dtype=torch.bfloat16)
    amax = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    log = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.float32)
    ne = rand_strided((8, 1024), (1024, 1), device='cuda:0', dtype=torch.bool)
    unsqueeze = rand_strided((8, 1024, 1), (1024, 1, 1), device='cuda:0', dtype=torch.int64)
    sub_6 = rand_strided((4, ), (1, ), device='cuda:0', dtype=torch.float32)
    tangents_1 = rand_strided((), (), device='cuda:0', dtype=torch.float32)
    return [primals_1, amax, log, ne, unsqueeze, sub_6, tangents_1]


def benchmark_compiled_module(args, times=10, repeat=10):
    from torch._inductor.utils import print_performance
    fn = lambda: call(list(args))
    return print_performance(fn, times=times, repeat=repeat)


if __name__ == "__main__":
    from torch._inductor.wrapper_benchmark import compiled_module_main
    args = get_args()
    compiled_module_main('None', lambda times, repeat: benchmark_compiled_module(args, times=times, repeat=repeat))
