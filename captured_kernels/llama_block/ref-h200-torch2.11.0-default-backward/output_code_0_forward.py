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


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/bj/cbjjiwn2ff4hd6y2vdfc5mpjbbywqudyzmuj45kb3kzkhudawbnr.py
# Topologically Sorted Source Nodes: [x, xf, pow_1, mean, add, rsqrt, mul, to, mul_1], Original ATen: [aten.embedding, aten._to_copy, aten.pow, aten.mean, aten.add, aten.rsqrt, aten.mul]
# Source node to ATen node mapping:
#   add => add
#   mean => mean
#   mul => mul
#   mul_1 => mul_1
#   pow_1 => pow_1
#   rsqrt => rsqrt
#   to => convert_element_type_1
#   x => embedding
#   xf => convert_element_type
# Graph fragment:
#   %primals_2 : Tensor "i64[8, 1024][1024, 1]cuda:0" = PlaceHolder[target=primals_2]
#   %primals_1 : Tensor "bf16[32000, 768][768, 1]cuda:0" = PlaceHolder[target=primals_1]
#   %embedding : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=embedding]
#   %buf1 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=buf1]
#   %rsqrt : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt]
#   %primals_3 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_3]
#   %embedding : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.embedding.default](args = (%primals_1, %primals_2), kwargs = {})
#   %convert_element_type : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%embedding, torch.float32), kwargs = {})
#   %pow_1 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%convert_element_type, 2), kwargs = {})
#   %mean : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mean.dim](args = (%pow_1, [-1], True), kwargs = {})
#   %add : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mean, 1e-05), kwargs = {})
#   %rsqrt : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.rsqrt.default](args = (%add,), kwargs = {})
#   %mul : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type, %rsqrt), kwargs = {})
#   %convert_element_type_1 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul, torch.bfloat16), kwargs = {})
#   %mul_1 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_1, %primals_3), kwargs = {})
#   return %embedding,%buf1,%rsqrt,%mul_1
triton_per_fused__to_copy_add_embedding_mean_mul_pow_rsqrt_0 = async_compile.triton('triton_per_fused__to_copy_add_embedding_mean_mul_pow_rsqrt_0', '''
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
    triton_meta={'signature': {'in_out_ptr0': '*fp32', 'in_ptr0': '*i64', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'out_ptr0': '*bf16', 'out_ptr1': '*bf16', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused__to_copy_add_embedding_mean_mul_pow_rsqrt_0', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': False, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 2, 'num_store': 3, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 131072, 'r0_': 50333184}}
)
@triton.jit
def triton_per_fused__to_copy_add_embedding_mean_mul_pow_rsqrt_0(in_out_ptr0, in_ptr0, in_ptr1, in_ptr2, out_ptr0, out_ptr1, xnumel, r0_numel, XBLOCK : tl.constexpr):
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
    x0 = xindex
    r0_1 = r0_index
    tmp0 = tl.load(in_ptr0 + (x0), None, eviction_policy='evict_last')
    tmp20 = tl.load(in_ptr2 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp1 = tl.full([1, 1], 32000, tl.int32)
    tmp2 = tmp0 + tmp1
    tmp3 = tmp0 < 0
    tmp4 = tl.where(tmp3, tmp2, tmp0)
    tl.device_assert((0 <= tmp4) & (tmp4 < 32000), "index out of bounds: 0 <= tmp4 < 32000")
    tmp6 = tl.load(in_ptr1 + (r0_1 + 768*tmp4), r0_mask, other=0.0).to(tl.float32)
    tmp7 = tmp6.to(tl.float32)
    tmp8 = tmp7 * tmp7
    tmp9 = tl.broadcast_to(tmp8, [XBLOCK, R0_BLOCK])
    tmp11 = tl.where(r0_mask, tmp9, 0)
    tmp12 = tl.sum(tmp11, 1)[:, None].to(tl.float32)
    tmp13 = tl.full([1, 1], 768.0, tl.float32)
    tmp14 = (tmp12 / tmp13)
    tmp15 = tl.full([1, 1], 1e-05, tl.float32)
    tmp16 = tmp14 + tmp15
    tmp17 = libdevice.rsqrt(tmp16)
    tmp18 = tmp7 * tmp17
    tmp19 = tmp18.to(tl.float32)
    tmp21 = tmp19 * tmp20
    tl.store(out_ptr0 + (r0_1 + 768*x0), tmp6, r0_mask)
    tl.debug_barrier()
    tl.store(in_out_ptr0 + (x0), tmp17, None)
    tl.store(out_ptr1 + (r0_1 + 768*x0), tmp21, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/oz/cozwedq3yqa4a3tfqivet7fhzaydhaot5mqzlrvg3iunxv2jfrg3.py
# Topologically Sorted Source Nodes: [linear, view, transpose, arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, sin, xf_1, getitem, neg_1, getitem_1, half, mul_2, mul_3, add_1, q], Original ATen: [aten._unsafe_view, aten.view, aten.transpose, aten.arange, aten.neg, aten.div, aten.pow, aten.mul, aten.cat, aten.cos, aten.sin, aten._to_copy, aten.slice, aten.add]
# Source node to ATen node mapping:
#   add_1 => add_3
#   angles => mul_4, view_3
#   arange => add_1, convert_element_type_4, iota, mul_2
#   arange_1 => add_2, convert_element_type_5, iota_1, mul_3
#   cat => clone, expand, unsqueeze, view_4
#   cos => cos
#   getitem => slice_1
#   getitem_1 => slice_2
#   half => cat
#   inv_freq => pow_2
#   linear => view_1
#   mul_2 => mul_5
#   mul_3 => mul_6
#   neg => neg
#   neg_1 => neg_1
#   q => convert_element_type_7
#   sin => sin
#   transpose => permute_1
#   truediv => div
#   view => view_2
#   xf_1 => convert_element_type_6
# Graph fragment:
#   %mm : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm]
#   %mul_6 : Tensor "f32[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0" = PlaceHolder[target=mul_6]
#   %view_1 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm, [8, 1024, 768]), kwargs = {})
#   %view_2 : Tensor "bf16[8, 1024, 12, 64][786432, 768, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%view_1, [8, 1024, 12, 64]), kwargs = {})
#   %permute_1 : Tensor "bf16[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.permute.default](args = (%view_2, [0, 2, 1, 3]), kwargs = {})
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
#   %cos : Tensor "f32[1024, 64][64, 1]cuda:0"[num_users=8] = call_function[target=torch.ops.aten.cos.default](args = (%view_4,), kwargs = {})
#   %sin : Tensor "f32[1024, 64][64, 1]cuda:0"[num_users=8] = call_function[target=torch.ops.aten.sin.default](args = (%view_4,), kwargs = {})
#   %convert_element_type_6 : Tensor "f32[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%permute_1, torch.float32), kwargs = {})
#   %slice_1 : Tensor "f32[8, 12, 1024, 32][786432, 64, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%convert_element_type_6, 3, 32, 9223372036854775807), kwargs = {})
#   %neg_1 : Tensor "f32[8, 12, 1024, 32][393216, 32, 384, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%slice_1,), kwargs = {})
#   %slice_2 : Tensor "f32[8, 12, 1024, 32][786432, 64, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%convert_element_type_6, 3, 0, 32), kwargs = {})
#   %cat : Tensor "f32[8, 12, 1024, 64][786432, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.cat.default](args = ([%neg_1, %slice_2], -1), kwargs = {})
#   %mul_5 : Tensor "f32[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_6, %cos), kwargs = {})
#   %mul_6 : Tensor "f32[8, 12, 1024, 64][786432, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%cat, %sin), kwargs = {})
#   %add_3 : Tensor "f32[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_5, %mul_6), kwargs = {})
#   %convert_element_type_7 : Tensor "bf16[8, 12, 1024, 64][786432, 64, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_3, torch.bfloat16), kwargs = {})
#   return %mul_6,%convert_element_type_7
triton_poi_fused__to_copy__unsafe_view_add_arange_cat_cos_div_mul_neg_pow_sin_slice_transpose_view_1 = async_compile.triton('triton_poi_fused__to_copy__unsafe_view_add_arange_cat_cos_div_mul_neg_pow_sin_slice_transpose_view_1', '''
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
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused__to_copy__unsafe_view_add_arange_cat_cos_div_mul_neg_pow_sin_slice_transpose_view_1', 'mutated_arg_names': [], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 3, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 62914560}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused__to_copy__unsafe_view_add_arange_cat_cos_div_mul_neg_pow_sin_slice_transpose_view_1(in_ptr0, out_ptr1, xnumel, XBLOCK : tl.constexpr):
    xnumel = 6291456
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = (xindex % 64)
    x4 = xindex // 64
    x2 = ((xindex // 768) % 1024)
    x5 = xindex
    tmp29 = tl.load(in_ptr0 + (x5), None).to(tl.float32)
    tmp0 = x0
    tmp1 = tl.full([1], 0, tl.int64)
    tmp2 = tmp0 >= tmp1
    tmp3 = tl.full([1], 32, tl.int64)
    tmp4 = tmp0 < tmp3
    tmp5 = tl.load(in_ptr0 + (32 + 64*x4 + (x0)), tmp4, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp6 = tmp5.to(tl.float32)
    tmp7 = -tmp6
    tmp8 = tl.full(tmp7.shape, 0.0, tmp7.dtype)
    tmp9 = tl.where(tmp4, tmp7, tmp8)
    tmp10 = tmp0 >= tmp3
    tmp11 = tl.full([1], 64, tl.int64)
    tmp12 = tmp0 < tmp11
    tmp13 = tl.load(in_ptr0 + (64*x4 + ((-32) + x0)), tmp10, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp14 = tmp13.to(tl.float32)
    tmp15 = tl.full(tmp14.shape, 0.0, tmp14.dtype)
    tmp16 = tl.where(tmp10, tmp14, tmp15)
    tmp17 = tl.where(tmp4, tmp9, tmp16)
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
    tmp30 = tmp29.to(tl.float32)
    tmp31 = tl_math.cos(tmp26)
    tmp32 = tmp30 * tmp31
    tmp33 = tmp32 + tmp28
    tmp34 = tmp33.to(tl.float32)
    tl.store(out_ptr1 + (x5), tmp34, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/j6/cj64thzm44uudwv7wmn2jfsqb52zekdk4tqj3cushtvnj6i5x63o.py
# Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, linear_1, view_1, permute, k, xf_2, getitem_4, neg_3, getitem_5, half_1, mul_5], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.slice]
# Source node to ATen node mapping:
#   angles => mul_4, view_3
#   arange => add_1, convert_element_type_4, iota, mul_2
#   arange_1 => add_2, convert_element_type_5, iota_1, mul_3
#   cat => clone, expand, unsqueeze, view_4
#   getitem_4 => slice_3
#   getitem_5 => slice_4
#   half_1 => cat_1
#   inv_freq => pow_2
#   k => select
#   linear_1 => view_7
#   mul_5 => mul_11
#   neg => neg
#   neg_3 => neg_3
#   permute => permute_3
#   sin => sin
#   truediv => div
#   view_1 => view_8
#   xf_2 => convert_element_type_12
# Graph fragment:
#   %mm_1 : Tensor "bf16[8192, 384][384, 1]cuda:0" = PlaceHolder[target=mm_1]
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
#   %view_7 : Tensor "bf16[8, 1024, 384][393216, 384, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_1, [8, 1024, 384]), kwargs = {})
#   %view_8 : Tensor "bf16[8, 1024, 2, 3, 64][393216, 384, 192, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%view_7, [8, 1024, 2, 3, 64]), kwargs = {})
#   %permute_3 : Tensor "bf16[2, 8, 3, 1024, 64][192, 393216, 64, 384, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.permute.default](args = (%view_8, [2, 0, 3, 1, 4]), kwargs = {})
#   %select : Tensor "bf16[8, 3, 1024, 64][393216, 64, 384, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.select.int](args = (%permute_3, 0, 0), kwargs = {})
#   %convert_element_type_12 : Tensor "f32[8, 3, 1024, 64][196608, 64, 192, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%select, torch.float32), kwargs = {})
#   %slice_3 : Tensor "f32[8, 3, 1024, 32][196608, 64, 192, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%convert_element_type_12, 3, 32, 9223372036854775807), kwargs = {})
#   %neg_3 : Tensor "f32[8, 3, 1024, 32][98304, 32, 96, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%slice_3,), kwargs = {})
#   %slice_4 : Tensor "f32[8, 3, 1024, 32][196608, 64, 192, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.slice.Tensor](args = (%convert_element_type_12, 3, 0, 32), kwargs = {})
#   %cat_1 : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.cat.default](args = ([%neg_3, %slice_4], -1), kwargs = {})
#   %mul_11 : Tensor "f32[8, 3, 1024, 64][196608, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%cat_1, %sin), kwargs = {})
#   return %mul_11
triton_poi_fused__to_copy__unsafe_view_arange_cat_div_mul_neg_permute_pow_select_sin_slice_view_2 = async_compile.triton('triton_poi_fused__to_copy__unsafe_view_arange_cat_div_mul_neg_permute_pow_select_sin_slice_view_2', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 2097152}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'out_ptr0': '*fp32', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused__to_copy__unsafe_view_arange_cat_div_mul_neg_permute_pow_select_sin_slice_view_2', 'mutated_arg_names': [], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 2, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 18874368}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused__to_copy__unsafe_view_arange_cat_div_mul_neg_permute_pow_select_sin_slice_view_2(in_ptr0, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 1572864
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = (xindex % 64)
    x1 = ((xindex // 64) % 3)
    x4 = xindex // 192
    x2 = ((xindex // 192) % 1024)
    x6 = xindex
    tmp0 = x0
    tmp1 = tl.full([1], 0, tl.int64)
    tmp2 = tmp0 >= tmp1
    tmp3 = tl.full([1], 32, tl.int64)
    tmp4 = tmp0 < tmp3
    tmp5 = tl.load(in_ptr0 + (32 + 64*x1 + 384*x4 + (x0)), tmp4, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp6 = tmp5.to(tl.float32)
    tmp7 = -tmp6
    tmp8 = tl.full(tmp7.shape, 0.0, tmp7.dtype)
    tmp9 = tl.where(tmp4, tmp7, tmp8)
    tmp10 = tmp0 >= tmp3
    tmp11 = tl.full([1], 64, tl.int64)
    tmp12 = tmp0 < tmp11
    tmp13 = tl.load(in_ptr0 + (64*x1 + 384*x4 + ((-32) + x0)), tmp10, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp14 = tmp13.to(tl.float32)
    tmp15 = tl.full(tmp14.shape, 0.0, tmp14.dtype)
    tmp16 = tl.where(tmp10, tmp14, tmp15)
    tmp17 = tl.where(tmp4, tmp9, tmp16)
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
    tl.store(out_ptr0 + (x6), tmp28, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/fu/cfuxkd26jguctqjsepa76k75dv24ksc3nuw65g77cw76ju6b37vt.py
# Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, linear_1, view_1, permute, k, xf_2, mul_4, add_2, k_1, k_2], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.cos, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.add, aten.unsqueeze, aten.expand, aten.clone]
# Source node to ATen node mapping:
#   add_2 => add_6
#   angles => mul_4, view_3
#   arange => add_1, convert_element_type_4, iota, mul_2
#   arange_1 => add_2, convert_element_type_5, iota_1, mul_3
#   cat => clone, expand, unsqueeze, view_4
#   cos => cos
#   inv_freq => pow_2
#   k => select
#   k_1 => convert_element_type_13
#   k_2 => clone_8, expand_4, unsqueeze_4
#   linear_1 => view_7
#   mul_4 => mul_10
#   neg => neg
#   permute => permute_3
#   truediv => div
#   view_1 => view_8
#   xf_2 => convert_element_type_12
# Graph fragment:
#   %mm_1 : Tensor "bf16[8192, 384][384, 1]cuda:0" = PlaceHolder[target=mm_1]
#   %mul_11 : Tensor "f32[8, 3, 1024, 64][196608, 64, 192, 1]cuda:0" = PlaceHolder[target=mul_11]
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
#   %cos : Tensor "f32[1024, 64][64, 1]cuda:0"[num_users=8] = call_function[target=torch.ops.aten.cos.default](args = (%view_4,), kwargs = {})
#   %view_7 : Tensor "bf16[8, 1024, 384][393216, 384, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_1, [8, 1024, 384]), kwargs = {})
#   %view_8 : Tensor "bf16[8, 1024, 2, 3, 64][393216, 384, 192, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%view_7, [8, 1024, 2, 3, 64]), kwargs = {})
#   %permute_3 : Tensor "bf16[2, 8, 3, 1024, 64][192, 393216, 64, 384, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.permute.default](args = (%view_8, [2, 0, 3, 1, 4]), kwargs = {})
#   %select : Tensor "bf16[8, 3, 1024, 64][393216, 64, 384, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.select.int](args = (%permute_3, 0, 0), kwargs = {})
#   %convert_element_type_12 : Tensor "f32[8, 3, 1024, 64][196608, 64, 192, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%select, torch.float32), kwargs = {})
#   %mul_10 : Tensor "f32[8, 3, 1024, 64][196608, 64, 192, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_12, %cos), kwargs = {})
#   %add_6 : Tensor "f32[8, 3, 1024, 64][196608, 64, 192, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_10, %mul_11), kwargs = {})
#   %convert_element_type_13 : Tensor "bf16[8, 3, 1024, 64][196608, 64, 192, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_6, torch.bfloat16), kwargs = {})
#   %unsqueeze_4 : Tensor "bf16[8, 3, 1, 1024, 64][196608, 64, 196608, 192, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%convert_element_type_13, 2), kwargs = {})
#   %expand_4 : Tensor "bf16[8, 3, 4, 1024, 64][196608, 64, 0, 192, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%unsqueeze_4, [8, 3, 4, 1024, 64]), kwargs = {})
#   %clone_8 : Tensor "bf16[8, 3, 4, 1024, 64][786432, 262144, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.clone.default](args = (%expand_4,), kwargs = {memory_format: torch.contiguous_format})
#   return %clone_8
triton_poi_fused__to_copy__unsafe_view_add_arange_cat_clone_cos_div_expand_mul_neg_permute_pow_select_unsqueeze_view_3 = async_compile.triton('triton_poi_fused__to_copy__unsafe_view_add_arange_cat_clone_cos_div_expand_mul_neg_permute_pow_select_unsqueeze_view_3', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 8388608}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'in_ptr1': '*fp32', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused__to_copy__unsafe_view_add_arange_cat_clone_cos_div_expand_mul_neg_permute_pow_select_unsqueeze_view_3', 'mutated_arg_names': [], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 2, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 34603008}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused__to_copy__unsafe_view_add_arange_cat_clone_cos_div_expand_mul_neg_permute_pow_select_unsqueeze_view_3(in_ptr0, in_ptr1, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 6291456
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = (xindex % 64)
    x1 = ((xindex // 64) % 1024)
    x3 = ((xindex // 262144) % 3)
    x4 = xindex // 786432
    x6 = xindex
    tmp0 = tl.load(in_ptr0 + (x0 + 64*x3 + 384*x1 + 393216*x4), None, eviction_policy='evict_last').to(tl.float32)
    tmp13 = tl.load(in_ptr1 + (x0 + 64*x3 + 192*x1 + 196608*x4), None, eviction_policy='evict_last')
    tmp1 = tmp0.to(tl.float32)
    tmp2 = (-2)*((x0 % 32))
    tmp3 = tmp2.to(tl.float32)
    tmp4 = tl.full([1], 0.015625, tl.float32)
    tmp5 = tmp3 * tmp4
    tmp6 = tl.full([1], 10000.0, tl.float32)
    tmp7 = libdevice.pow(tmp6, tmp5)
    tmp8 = x1
    tmp9 = tmp8.to(tl.float32)
    tmp10 = tmp9 * tmp7
    tmp11 = tl_math.cos(tmp10)
    tmp12 = tmp1 * tmp11
    tmp14 = tmp12 + tmp13
    tmp15 = tmp14.to(tl.float32)
    tl.store(out_ptr0 + (x6), tmp15, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/gk/cgkdxmd3x7qy5ov65wctygwl4e6obh24f6ay3pvona22llzoekwx.py
# Topologically Sorted Source Nodes: [linear_1, view_1, permute, v, v_1], Original ATen: [aten._unsafe_view, aten.view, aten.permute, aten.select, aten.unsqueeze, aten.expand, aten.clone]
# Source node to ATen node mapping:
#   linear_1 => view_7
#   permute => permute_3
#   v => select_1
#   v_1 => clone_9, expand_5, unsqueeze_5
#   view_1 => view_8
# Graph fragment:
#   %mm_1 : Tensor "bf16[8192, 384][384, 1]cuda:0" = PlaceHolder[target=mm_1]
#   %view_7 : Tensor "bf16[8, 1024, 384][393216, 384, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_1, [8, 1024, 384]), kwargs = {})
#   %view_8 : Tensor "bf16[8, 1024, 2, 3, 64][393216, 384, 192, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%view_7, [8, 1024, 2, 3, 64]), kwargs = {})
#   %permute_3 : Tensor "bf16[2, 8, 3, 1024, 64][192, 393216, 64, 384, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.permute.default](args = (%view_8, [2, 0, 3, 1, 4]), kwargs = {})
#   %select_1 : Tensor "bf16[8, 3, 1024, 64][393216, 64, 384, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.select.int](args = (%permute_3, 0, 1), kwargs = {})
#   %unsqueeze_5 : Tensor "bf16[8, 3, 1, 1024, 64][393216, 64, 393216, 384, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%select_1, 2), kwargs = {})
#   %expand_5 : Tensor "bf16[8, 3, 4, 1024, 64][393216, 64, 0, 384, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%unsqueeze_5, [8, 3, 4, 1024, 64]), kwargs = {})
#   %clone_9 : Tensor "bf16[8, 3, 4, 1024, 64][786432, 262144, 65536, 64, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.clone.default](args = (%expand_5,), kwargs = {memory_format: torch.contiguous_format})
#   return %clone_9
triton_poi_fused__unsafe_view_clone_expand_permute_select_unsqueeze_view_4 = async_compile.triton('triton_poi_fused__unsafe_view_clone_expand_permute_select_unsqueeze_view_4', '''
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
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused__unsafe_view_clone_expand_permute_select_unsqueeze_view_4', 'mutated_arg_names': [], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 28311552}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused__unsafe_view_clone_expand_permute_select_unsqueeze_view_4(in_ptr0, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 6291456
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = (xindex % 64)
    x1 = ((xindex // 64) % 1024)
    x3 = ((xindex // 262144) % 3)
    x4 = xindex // 786432
    x5 = xindex
    tmp0 = tl.load(in_ptr0 + (192 + x0 + 64*x3 + 384*x1 + 393216*x4), None, eviction_policy='evict_last').to(tl.float32)
    tl.store(out_ptr0 + (x5), tmp0, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/3i/c3irlxa4z43klv37hld22yvy45zupvbbmr4scfa7x6e3ya4xj5xi.py
# Topologically Sorted Source Nodes: [linear_2, x_1, xf_3, pow_4, mean_1, add_4, rsqrt_1, mul_6, to_3, h], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.pow, aten.mean, aten.rsqrt, aten.mul]
# Source node to ATen node mapping:
#   add_4 => add_8
#   h => mul_13
#   linear_2 => view_16
#   mean_1 => mean_1
#   mul_6 => mul_12
#   pow_4 => pow_4
#   rsqrt_1 => rsqrt_1
#   to_3 => convert_element_type_17
#   x_1 => add_7
#   xf_3 => convert_element_type_16
# Graph fragment:
#   %embedding : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=embedding]
#   %mm_2 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_2]
#   %buf17 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=buf17]
#   %rsqrt_1 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt_1]
#   %primals_7 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_7]
#   %view_16 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_2, [8, 1024, 768]), kwargs = {})
#   %add_7 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%embedding, %view_16), kwargs = {})
#   %convert_element_type_16 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_7, torch.float32), kwargs = {})
#   %pow_4 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%convert_element_type_16, 2), kwargs = {})
#   %mean_1 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mean.dim](args = (%pow_4, [-1], True), kwargs = {})
#   %add_8 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mean_1, 1e-05), kwargs = {})
#   %rsqrt_1 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.rsqrt.default](args = (%add_8,), kwargs = {})
#   %mul_12 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_16, %rsqrt_1), kwargs = {})
#   %convert_element_type_17 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_12, torch.bfloat16), kwargs = {})
#   %mul_13 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_17, %primals_7), kwargs = {})
#   return %buf17,%rsqrt_1,%mul_13
triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_5 = async_compile.triton('triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_5', '''
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
    triton_meta={'signature': {'in_out_ptr0': '*fp32', 'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_5', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': False, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 3, 'num_store': 2, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 65536, 'r0_': 50333184}}
)
@triton.jit
def triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_5(in_out_ptr0, in_ptr0, in_ptr1, in_ptr2, out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr):
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
    tmp16 = tl.load(in_ptr2 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp2 = tmp0 + tmp1
    tmp3 = tmp2.to(tl.float32)
    tmp4 = tmp3 * tmp3
    tmp5 = tl.broadcast_to(tmp4, [XBLOCK, R0_BLOCK])
    tmp7 = tl.where(r0_mask, tmp5, 0)
    tmp8 = tl.sum(tmp7, 1)[:, None].to(tl.float32)
    tmp9 = tl.full([1, 1], 768.0, tl.float32)
    tmp10 = (tmp8 / tmp9)
    tmp11 = tl.full([1, 1], 1e-05, tl.float32)
    tmp12 = tmp10 + tmp11
    tmp13 = libdevice.rsqrt(tmp12)
    tmp14 = tmp3 * tmp13
    tmp15 = tmp14.to(tl.float32)
    tmp17 = tmp15 * tmp16
    tl.debug_barrier()
    tl.store(in_out_ptr0 + (x0), tmp13, None)
    tl.store(out_ptr0 + (r0_1 + 768*x0), tmp17, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/3e/c3eghslh4p4rgj7b4563k7epsnyj7ykq7gy3vf2adabarivzlnus.py
# Topologically Sorted Source Nodes: [linear_3, silu, linear_4, mul_8], Original ATen: [aten._unsafe_view, aten.silu, aten.mul]
# Source node to ATen node mapping:
#   linear_3 => view_18
#   linear_4 => view_20
#   mul_8 => mul_14
#   silu => add_9, convert_element_type_20, convert_element_type_21, div_2, exp, neg_4
# Graph fragment:
#   %mm_3 : Tensor "bf16[8192, 2048][2048, 1]cuda:0" = PlaceHolder[target=mm_3]
#   %mm_4 : Tensor "bf16[8192, 2048][2048, 1]cuda:0" = PlaceHolder[target=mm_4]
#   %view_18 : Tensor "bf16[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_3, [8, 1024, 2048]), kwargs = {})
#   %convert_element_type_20 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_18, torch.float32), kwargs = {})
#   %neg_4 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%convert_element_type_20,), kwargs = {})
#   %exp : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.exp.default](args = (%neg_4,), kwargs = {})
#   %add_9 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%exp, 1), kwargs = {})
#   %div_2 : Tensor "f32[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%convert_element_type_20, %add_9), kwargs = {})
#   %convert_element_type_21 : Tensor "bf16[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%div_2, torch.bfloat16), kwargs = {})
#   %view_20 : Tensor "bf16[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_4, [8, 1024, 2048]), kwargs = {})
#   %mul_14 : Tensor "bf16[8, 1024, 2048][2097152, 2048, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_21, %view_20), kwargs = {})
#   return %mul_14
triton_poi_fused__unsafe_view_mul_silu_6 = async_compile.triton('triton_poi_fused__unsafe_view_mul_silu_6', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 16777216}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused__unsafe_view_mul_silu_6', 'mutated_arg_names': [], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 2, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 134217728}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused__unsafe_view_mul_silu_6(in_ptr0, in_ptr1, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 16777216
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = xindex
    tmp0 = tl.load(in_ptr0 + (x0), None).to(tl.float32)
    tmp8 = tl.load(in_ptr1 + (x0), None).to(tl.float32)
    tmp1 = tmp0.to(tl.float32)
    tmp2 = -tmp1
    tmp3 = libdevice.exp(tmp2)
    tmp4 = tl.full([1], 1.0, tl.float32)
    tmp5 = tmp3 + tmp4
    tmp6 = (tmp1 / tmp5)
    tmp7 = tmp6.to(tl.float32)
    tmp9 = tmp7 * tmp8
    tl.store(out_ptr0 + (x0), tmp9, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/ge/cgenddl2uo7ibl7seijknr4eeeqjwxaeh3cfduozf23ziiw3lcvn.py
# Topologically Sorted Source Nodes: [linear_2, x_1, linear_5, x_2, xf_4, pow_5, mean_2, add_6, rsqrt_2, mul_9, to_4, mul_10], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.pow, aten.mean, aten.rsqrt, aten.mul]
# Source node to ATen node mapping:
#   add_6 => add_11
#   linear_2 => view_16
#   linear_5 => view_22
#   mean_2 => mean_2
#   mul_10 => mul_16
#   mul_9 => mul_15
#   pow_5 => pow_5
#   rsqrt_2 => rsqrt_2
#   to_4 => convert_element_type_27
#   x_1 => add_7
#   x_2 => add_10
#   xf_4 => convert_element_type_26
# Graph fragment:
#   %embedding : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=embedding]
#   %mm_2 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_2]
#   %mm_5 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_5]
#   %add_10 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_10]
#   %buf25 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=buf25]
#   %rsqrt_2 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt_2]
#   %primals_11 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_11]
#   %view_16 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_2, [8, 1024, 768]), kwargs = {})
#   %add_7 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%embedding, %view_16), kwargs = {})
#   %view_22 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_5, [8, 1024, 768]), kwargs = {})
#   %add_10 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.add.Tensor](args = (%add_7, %view_22), kwargs = {})
#   %convert_element_type_26 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_10, torch.float32), kwargs = {})
#   %pow_5 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%convert_element_type_26, 2), kwargs = {})
#   %mean_2 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mean.dim](args = (%pow_5, [-1], True), kwargs = {})
#   %add_11 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mean_2, 1e-05), kwargs = {})
#   %rsqrt_2 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.rsqrt.default](args = (%add_11,), kwargs = {})
#   %mul_15 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_26, %rsqrt_2), kwargs = {})
#   %convert_element_type_27 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_15, torch.bfloat16), kwargs = {})
#   %mul_16 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_27, %primals_11), kwargs = {})
#   return %add_10,%buf25,%rsqrt_2,%mul_16
triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_7 = async_compile.triton('triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_7', '''
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
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_out_ptr1': '*fp32', 'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_7', 'mutated_arg_names': ['in_out_ptr0', 'in_out_ptr1'], 'optimize_mem': False, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 4, 'num_store': 3, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 65536, 'r0_': 88081920}}
)
@triton.jit
def triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_7(in_out_ptr0, in_out_ptr1, in_ptr0, in_ptr1, in_ptr2, out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr):
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
    tmp3 = tl.load(in_out_ptr0 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
    tmp18 = tl.load(in_ptr2 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp2 = tmp0 + tmp1
    tmp4 = tmp2 + tmp3
    tmp5 = tmp4.to(tl.float32)
    tmp6 = tmp5 * tmp5
    tmp7 = tl.broadcast_to(tmp6, [XBLOCK, R0_BLOCK])
    tmp9 = tl.where(r0_mask, tmp7, 0)
    tmp10 = tl.sum(tmp9, 1)[:, None].to(tl.float32)
    tmp11 = tl.full([1, 1], 768.0, tl.float32)
    tmp12 = (tmp10 / tmp11)
    tmp13 = tl.full([1, 1], 1e-05, tl.float32)
    tmp14 = tmp12 + tmp13
    tmp15 = libdevice.rsqrt(tmp14)
    tmp16 = tmp5 * tmp15
    tmp17 = tmp16.to(tl.float32)
    tmp19 = tmp17 * tmp18
    tl.store(in_out_ptr0 + (r0_1 + 768*x0), tmp4, r0_mask)
    tl.debug_barrier()
    tl.store(in_out_ptr1 + (x0), tmp15, None)
    tl.store(out_ptr0 + (r0_1 + 768*x0), tmp19, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/pr/cprskikjsu6rmo3fou5hcr3vnn3pm5vodcwyjkfjsc4clnlhi3ko.py
# Topologically Sorted Source Nodes: [linear_8, x_3, xf_7, pow_8, mean_3, add_10, rsqrt_3, mul_15, to_7, h_1], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.pow, aten.mean, aten.rsqrt, aten.mul]
# Source node to ATen node mapping:
#   add_10 => add_19
#   h_1 => mul_28
#   linear_8 => view_39
#   mean_3 => mean_3
#   mul_15 => mul_27
#   pow_8 => pow_8
#   rsqrt_3 => rsqrt_3
#   to_7 => convert_element_type_43
#   x_3 => add_18
#   xf_7 => convert_element_type_42
# Graph fragment:
#   %add_10 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_10]
#   %mm_8 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=mm_8]
#   %add_18 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_18]
#   %buf42 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=buf42]
#   %rsqrt_3 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt_3]
#   %primals_15 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_15]
#   %view_39 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_8, [8, 1024, 768]), kwargs = {})
#   %add_18 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.add.Tensor](args = (%add_10, %view_39), kwargs = {})
#   %convert_element_type_42 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_18, torch.float32), kwargs = {})
#   %pow_8 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.pow.Tensor_Scalar](args = (%convert_element_type_42, 2), kwargs = {})
#   %mean_3 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mean.dim](args = (%pow_8, [-1], True), kwargs = {})
#   %add_19 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mean_3, 1e-05), kwargs = {})
#   %rsqrt_3 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.rsqrt.default](args = (%add_19,), kwargs = {})
#   %mul_27 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_42, %rsqrt_3), kwargs = {})
#   %convert_element_type_43 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_27, torch.bfloat16), kwargs = {})
#   %mul_28 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_43, %primals_15), kwargs = {})
#   return %add_18,%buf42,%rsqrt_3,%mul_28
triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8 = async_compile.triton('triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8', '''
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
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_out_ptr1': '*fp32', 'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8', 'mutated_arg_names': ['in_out_ptr0', 'in_out_ptr1'], 'optimize_mem': False, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 3, 'num_store': 3, 'num_reduction': 1, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 65536, 'r0_': 75499008}}
)
@triton.jit
def triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8(in_out_ptr0, in_out_ptr1, in_ptr0, in_ptr1, out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr):
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
    tmp1 = tl.load(in_out_ptr0 + (r0_1 + 768*x0), r0_mask, other=0.0).to(tl.float32)
    tmp16 = tl.load(in_ptr1 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp2 = tmp0 + tmp1
    tmp3 = tmp2.to(tl.float32)
    tmp4 = tmp3 * tmp3
    tmp5 = tl.broadcast_to(tmp4, [XBLOCK, R0_BLOCK])
    tmp7 = tl.where(r0_mask, tmp5, 0)
    tmp8 = tl.sum(tmp7, 1)[:, None].to(tl.float32)
    tmp9 = tl.full([1, 1], 768.0, tl.float32)
    tmp10 = (tmp8 / tmp9)
    tmp11 = tl.full([1, 1], 1e-05, tl.float32)
    tmp12 = tmp10 + tmp11
    tmp13 = libdevice.rsqrt(tmp12)
    tmp14 = tmp3 * tmp13
    tmp15 = tmp14.to(tl.float32)
    tmp17 = tmp15 * tmp16
    tl.store(in_out_ptr0 + (r0_1 + 768*x0), tmp2, r0_mask)
    tl.debug_barrier()
    tl.store(in_out_ptr1 + (x0), tmp13, None)
    tl.store(out_ptr0 + (r0_1 + 768*x0), tmp17, r0_mask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/ld/cldoywtzrakxz75ycohfxtbyppqxjpibzd7akrniishwpui5xaew.py
# Topologically Sorted Source Nodes: [linear_24, float_18, view_8, , cross_entropy], Original ATen: [aten._unsafe_view, aten._to_copy, aten.view, prims.prepare_softmax_online, aten._log_softmax]
# Source node to ATen node mapping:
#    => prepare_softmax_online_default
#   cross_entropy => log
#   float_18 => convert_element_type_108
#   linear_24 => view_93
#   view_8 => view_94
# Graph fragment:
#   %mm_24 : Tensor "bf16[8192, 32000][32000, 1]cuda:0" = PlaceHolder[target=mm_24]
#   %getitem_36 : Tensor "f32[8192, 1][1, 8192]cuda:0" = PlaceHolder[target=getitem_36]
#   %view_93 : Tensor "bf16[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_24, [8, 1024, 32000]), kwargs = {})
#   %convert_element_type_108 : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_93, torch.float32), kwargs = {})
#   %view_94 : Tensor "f32[8192, 32000][32000, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.reshape.default](args = (%convert_element_type_108, [-1, 32000]), kwargs = {})
#   %prepare_softmax_online_default : [num_users=2] = call_function[target=torch.ops.prims.prepare_softmax_online.default](args = (%view_94, 1), kwargs = {})
#   %log : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.log.default](args = (%getitem_36,), kwargs = {})
#   return %getitem_35,%getitem_36,%log
triton_red_fused__log_softmax__to_copy__unsafe_view_prepare_softmax_online_view_9 = async_compile.triton('triton_red_fused__log_softmax__to_copy__unsafe_view_prepare_softmax_online_view_9', '''
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
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused__log_softmax__to_copy__unsafe_view_prepare_softmax_online_view_9', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 2, 'num_reduction': 2, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 131072, 'r0_': 524288000}}
)
@triton.jit
def triton_red_fused__log_softmax__to_copy__unsafe_view_prepare_softmax_online_view_9(in_out_ptr0, in_ptr0, out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
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


# kernel path: /tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor/2b/c2bjzedr4vein7alah2dqyt2gnvhwt3p4lgtadu6ybsch2otjko7.py
# Topologically Sorted Source Nodes: [linear_24, float_18, view_8, view_9, , cross_entropy], Original ATen: [aten._unsafe_view, aten._to_copy, aten.view, aten.sub, aten._log_softmax, aten.nll_loss_forward]
# Source node to ATen node mapping:
#    => sub_tensor
#   cross_entropy => convert_element_type_109, div_12, full_default, full_default_1, gather, ne, neg_20, squeeze, sub_1, sum_2, sum_3, unsqueeze_24, where, where_1
#   float_18 => convert_element_type_108
#   linear_24 => view_93
#   view_8 => view_94
#   view_9 => view_95
# Graph fragment:
#   %primals_37 : Tensor "i64[8, 1024][1024, 1]cuda:0" = PlaceHolder[target=primals_37]
#   %mm_24 : Tensor "bf16[8192, 32000][32000, 1]cuda:0" = PlaceHolder[target=mm_24]
#   %getitem_35 : Tensor "f32[8192, 1][1, 1]cuda:0" = PlaceHolder[target=getitem_35]
#   %log : Tensor "f32[8192, 1][1, 1]cuda:0" = PlaceHolder[target=log]
#   %sum_2 : Tensor "i64[][]cuda:0" = PlaceHolder[target=sum_2]
#   %sum_3 : Tensor "f32[][]cuda:0" = PlaceHolder[target=sum_3]
#   %convert_element_type_109 : Tensor "f32[][]cuda:0" = PlaceHolder[target=convert_element_type_109]
#   %view_93 : Tensor "bf16[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm_24, [8, 1024, 32000]), kwargs = {})
#   %convert_element_type_108 : Tensor "f32[8, 1024, 32000][32768000, 32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_93, torch.float32), kwargs = {})
#   %view_94 : Tensor "f32[8192, 32000][32000, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.reshape.default](args = (%convert_element_type_108, [-1, 32000]), kwargs = {})
#   %view_95 : Tensor "i64[8192][1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.reshape.default](args = (%primals_37, [-1]), kwargs = {})
#   %sub_tensor : Tensor "f32[8192, 32000][32000, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.sub.Tensor](args = (%view_94, %getitem_35), kwargs = {})
#   %sub_1 : Tensor "f32[8192, 32000][32000, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%sub_tensor, %log), kwargs = {})
#   %ne : Tensor "b8[8192][1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.ne.Scalar](args = (%view_95, -100), kwargs = {})
#   %full_default : Tensor "i64[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0), kwargs = {dtype: torch.int64, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where : Tensor "i64[8192][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%ne, %view_95, %full_default), kwargs = {})
#   %unsqueeze_24 : Tensor "i64[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%where, 1), kwargs = {})
#   %gather : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.gather.default](args = (%sub_1, 1, %unsqueeze_24), kwargs = {})
#   %squeeze : Tensor "f32[8192][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.squeeze.dim](args = (%gather, 1), kwargs = {})
#   %neg_20 : Tensor "f32[8192][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%squeeze,), kwargs = {})
#   %full_default_1 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0.0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where_1 : Tensor "f32[8192][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%ne, %neg_20, %full_default_1), kwargs = {})
#   %sum_2 : Tensor "i64[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.default](args = (%ne,), kwargs = {})
#   %convert_element_type_109 : Tensor "f32[][]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%sum_2, torch.float32), kwargs = {})
#   %sum_3 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.default](args = (%where_1,), kwargs = {})
#   %div_12 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%sum_3, %convert_element_type_109), kwargs = {})
#   return %sum_2,%sum_3,%convert_element_type_109,%div_12
triton_red_fused__log_softmax__to_copy__unsafe_view_nll_loss_forward_sub_view_10 = async_compile.triton('triton_red_fused__log_softmax__to_copy__unsafe_view_nll_loss_forward_sub_view_10', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.reduction(
    size_hints={'x': 1, 'r0_': 8192},
    reduction_hint=ReductionHint.INNER,
    filename=__file__,
    triton_meta={'signature': {'in_out_ptr0': '*fp32', 'in_ptr0': '*i64', 'in_ptr1': '*bf16', 'in_ptr2': '*fp32', 'in_ptr3': '*fp32', 'out_ptr1': '*fp32', 'xnumel': 'constexpr', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'R0_BLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {'xnumel': 1}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused__log_softmax__to_copy__unsafe_view_nll_loss_forward_sub_view_10', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 3, 'num_store': 2, 'num_reduction': 2, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'r0_': 131072}}
)
@triton.jit
def triton_red_fused__log_softmax__to_copy__unsafe_view_nll_loss_forward_sub_view_10(in_out_ptr0, in_ptr0, in_ptr1, in_ptr2, in_ptr3, out_ptr1, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
    xnumel = 1
    r0_numel = 8192
    rnumel = r0_numel
    RBLOCK: tl.constexpr = R0_BLOCK
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:, None]
    xmask = tl.full([XBLOCK], True, tl.int1)[:, None]
    r0_base = tl.arange(0, R0_BLOCK)[None, :]
    rbase = r0_base
    _tmp5 = tl.full([XBLOCK, R0_BLOCK], 0, tl.int64)
    _tmp24 = tl.full([XBLOCK, R0_BLOCK], 0, tl.float32)
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_0 = r0_index
        tmp0 = tl.load(in_ptr0 + (r0_0), r0_mask, eviction_policy='evict_first', other=0.0)
        tmp16 = tl.load(in_ptr2 + (r0_0), r0_mask, eviction_policy='evict_first', other=0.0)
        tmp18 = tl.load(in_ptr3 + (r0_0), r0_mask, eviction_policy='evict_first', other=0.0)
        tmp1 = tl.full([1, 1], -100, tl.int64)
        tmp2 = tmp0 != tmp1
        tmp3 = tmp2.to(tl.int64)
        tmp4 = tl.broadcast_to(tmp3, [XBLOCK, R0_BLOCK])
        tmp6 = _tmp5 + tmp4
        _tmp5 = tl.where(r0_mask, tmp6, _tmp5)
        tmp7 = tl.full([1, 1], 0, tl.int64)
        tmp8 = tl.where(tmp2, tmp0, tmp7)
        tmp9 = tl.full([1, 1], 32000, tl.int32)
        tmp10 = tmp8 + tmp9
        tmp11 = tmp8 < 0
        tmp12 = tl.where(tmp11, tmp10, tmp8)
        tl.device_assert(((0 <= tmp12) & (tmp12 < 32000)) | ~(r0_mask), "index out of bounds: 0 <= tmp12 < 32000")
        tmp14 = tl.load(in_ptr1 + (tmp12 + 32000*r0_0), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
        tmp15 = tmp14.to(tl.float32)
        tmp17 = tmp15 - tmp16
        tmp19 = tmp17 - tmp18
        tmp20 = -tmp19
        tmp21 = tl.full([1, 1], 0.0, tl.float32)
        tmp22 = tl.where(tmp2, tmp20, tmp21)
        tmp23 = tl.broadcast_to(tmp22, [XBLOCK, R0_BLOCK])
        tmp25 = _tmp24 + tmp23
        _tmp24 = tl.where(r0_mask, tmp25, _tmp24)
    tmp5 = tl.sum(_tmp5, 1)[:, None]
    tmp24 = tl.sum(_tmp24, 1)[:, None]
    tmp26 = tmp5.to(tl.float32)
    tmp27 = (tmp24 / tmp26)
    tl.store(out_ptr1 + (tl.full([1, 1], 0, tl.int32).broadcast_to(XBLOCK, 1)), tmp26, None)
    tl.debug_barrier()
    tl.store(in_out_ptr0 + (tl.full([1, 1], 0, tl.int32).broadcast_to(XBLOCK, 1)), tmp27, None)
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
        primals_1, primals_2, primals_3, primals_4, primals_5, primals_6, primals_7, primals_8, primals_9, primals_10, primals_11, primals_12, primals_13, primals_14, primals_15, primals_16, primals_17, primals_18, primals_19, primals_20, primals_21, primals_22, primals_23, primals_24, primals_25, primals_26, primals_27, primals_28, primals_29, primals_30, primals_31, primals_32, primals_33, primals_34, primals_35, primals_36, primals_37 = args
        args.clear()
        assert_size_stride(primals_1, (32000, 768), (768, 1))
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
        with torch.cuda._DeviceGuard(0):
            torch.cuda.set_device(0)
            buf0 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            buf1 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf2 = reinterpret_tensor(buf1, (8, 1024, 1), (1024, 1, 1), 0); del buf1  # reuse
            buf3 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [x, xf, pow_1, mean, add, rsqrt, mul, to, mul_1], Original ATen: [aten.embedding, aten._to_copy, aten.pow, aten.mean, aten.add, aten.rsqrt, aten.mul]
            # [Provenance debug handles] triton_per_fused__to_copy_add_embedding_mean_mul_pow_rsqrt_0:1
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy_add_embedding_mean_mul_pow_rsqrt_0.run(buf2, primals_2, primals_1, primals_3, buf0, buf3, 8192, 768, stream=stream0)
            del primals_1
            buf4 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf, mul, to, mul_1, linear], Original ATen: [aten._to_copy, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:2
            extern_kernels.mm(reinterpret_tensor(buf3, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_4, (768, 768), (1, 768), 0), out=buf4)
            buf6 = empty_strided_cuda((8, 12, 1024, 64), (786432, 64, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear, view, transpose, arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, sin, xf_1, getitem, neg_1, getitem_1, half, mul_2, mul_3, add_1, q], Original ATen: [aten._unsafe_view, aten.view, aten.transpose, aten.arange, aten.neg, aten.div, aten.pow, aten.mul, aten.cat, aten.cos, aten.sin, aten._to_copy, aten.slice, aten.add]
            # [Provenance debug handles] triton_poi_fused__to_copy__unsafe_view_add_arange_cat_cos_div_mul_neg_pow_sin_slice_transpose_view_1:3
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy__unsafe_view_add_arange_cat_cos_div_mul_neg_pow_sin_slice_transpose_view_1.run(buf4, buf6, 6291456, stream=stream0)
            del buf4
            buf7 = empty_strided_cuda((8192, 384), (384, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf, mul, to, mul_1, linear, linear_1], Original ATen: [aten._to_copy, aten.mul, aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:4
            extern_kernels.mm(reinterpret_tensor(buf3, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_5, (768, 384), (1, 768), 0), out=buf7)
            buf8 = empty_strided_cuda((8, 3, 1024, 64), (196608, 64, 192, 1), torch.float32)
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, linear_1, view_1, permute, k, xf_2, getitem_4, neg_3, getitem_5, half_1, mul_5], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.slice]
            # [Provenance debug handles] triton_poi_fused__to_copy__unsafe_view_arange_cat_div_mul_neg_permute_pow_select_sin_slice_view_2:5
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy__unsafe_view_arange_cat_div_mul_neg_permute_pow_select_sin_slice_view_2.run(buf7, buf8, 1572864, stream=stream0)
            buf9 = empty_strided_cuda((8, 3, 4, 1024, 64), (786432, 262144, 65536, 64, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, linear_1, view_1, permute, k, xf_2, mul_4, add_2, k_1, k_2], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.cos, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.add, aten.unsqueeze, aten.expand, aten.clone]
            # [Provenance debug handles] triton_poi_fused__to_copy__unsafe_view_add_arange_cat_clone_cos_div_expand_mul_neg_permute_pow_select_unsqueeze_view_3:6
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy__unsafe_view_add_arange_cat_clone_cos_div_expand_mul_neg_permute_pow_select_unsqueeze_view_3.run(buf7, buf8, buf9, 6291456, stream=stream0)
            del buf8
            buf10 = empty_strided_cuda((8, 3, 4, 1024, 64), (786432, 262144, 65536, 64, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_1, view_1, permute, v, v_1], Original ATen: [aten._unsafe_view, aten.view, aten.permute, aten.select, aten.unsqueeze, aten.expand, aten.clone]
            # [Provenance debug handles] triton_poi_fused__unsafe_view_clone_expand_permute_select_unsqueeze_view_4:7
            stream0 = get_raw_stream(0)
            triton_poi_fused__unsafe_view_clone_expand_permute_select_unsqueeze_view_4.run(buf7, buf10, 6291456, stream=stream0)
            del buf7
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, linear_1, view_1, permute, k, v, xf_2, mul_4, add_2, k_1, k_2, v_1, y], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.cos, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.add, aten.unsqueeze, aten.expand, aten.clone, aten._scaled_dot_product_cudnn_attention]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention.default:8
            buf11 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(buf6, reinterpret_tensor(buf9, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), reinterpret_tensor(buf10, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), None, True, 0.0, True)
            buf12 = buf11[0]
            assert_size_stride(buf12, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf12, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf13 = buf11[1]
            assert_size_stride(buf13, (8, 12, 1024, 1), (12288, 1024, 1, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf13, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf14 = buf11[6]
            assert_size_stride(buf14, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf14, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf15 = buf11[7]
            assert_size_stride(buf15, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf15, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            del buf11
            buf16 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [transpose_1, reshape, linear_2], Original ATen: [aten.transpose, aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:9
            extern_kernels.mm(reinterpret_tensor(buf12, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_6, (768, 768), (1, 768), 0), out=buf16)
            buf17 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf18 = reinterpret_tensor(buf17, (8, 1024, 1), (1024, 1, 1), 0); del buf17  # reuse
            buf19 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_2, x_1, xf_3, pow_4, mean_1, add_4, rsqrt_1, mul_6, to_3, h], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.pow, aten.mean, aten.rsqrt, aten.mul]
            # [Provenance debug handles] triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_5:10
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_5.run(buf18, buf0, buf16, primals_7, buf19, 8192, 768, stream=stream0)
            buf20 = empty_strided_cuda((8192, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_2, x_1, xf_3, mul_6, to_3, h, linear_3], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:11
            extern_kernels.mm(reinterpret_tensor(buf19, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_8, (768, 2048), (1, 768), 0), out=buf20)
            buf21 = empty_strided_cuda((8192, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_2, x_1, xf_3, mul_6, to_3, h, linear_3, linear_4], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.mul, aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:12
            extern_kernels.mm(reinterpret_tensor(buf19, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_9, (768, 2048), (1, 768), 0), out=buf21)
            buf22 = empty_strided_cuda((8, 1024, 2048), (2097152, 2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_3, silu, linear_4, mul_8], Original ATen: [aten._unsafe_view, aten.silu, aten.mul]
            # [Provenance debug handles] triton_poi_fused__unsafe_view_mul_silu_6:13
            stream0 = get_raw_stream(0)
            triton_poi_fused__unsafe_view_mul_silu_6.run(buf20, buf21, buf22, 16777216, stream=stream0)
            buf23 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_3, silu, linear_4, mul_8, linear_5], Original ATen: [aten._unsafe_view, aten.silu, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:14
            extern_kernels.mm(reinterpret_tensor(buf22, (8192, 2048), (2048, 1), 0), reinterpret_tensor(primals_10, (2048, 768), (1, 2048), 0), out=buf23)
            buf24 = reinterpret_tensor(buf23, (8, 1024, 768), (786432, 768, 1), 0); del buf23  # reuse
            buf25 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf26 = reinterpret_tensor(buf25, (8, 1024, 1), (1024, 1, 1), 0); del buf25  # reuse
            buf27 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_2, x_1, linear_5, x_2, xf_4, pow_5, mean_2, add_6, rsqrt_2, mul_9, to_4, mul_10], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.pow, aten.mean, aten.rsqrt, aten.mul]
            # [Provenance debug handles] triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_7:15
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_7.run(buf24, buf26, buf0, buf16, primals_11, buf27, 8192, 768, stream=stream0)
            buf28 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_4, mul_9, to_4, mul_10, linear_6], Original ATen: [aten._to_copy, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:16
            extern_kernels.mm(reinterpret_tensor(buf27, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_12, (768, 768), (1, 768), 0), out=buf28)
            buf30 = empty_strided_cuda((8, 12, 1024, 64), (786432, 64, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, sin, linear_6, view_2, transpose_2, xf_5, getitem_6, neg_5, getitem_7, half_2, mul_11, mul_12, add_7, q_1], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.cos, aten.sin, aten._unsafe_view, aten.transpose, aten._to_copy, aten.slice, aten.add]
            # [Provenance debug handles] triton_poi_fused__to_copy__unsafe_view_add_arange_cat_cos_div_mul_neg_pow_sin_slice_transpose_view_1:17
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy__unsafe_view_add_arange_cat_cos_div_mul_neg_pow_sin_slice_transpose_view_1.run(buf28, buf30, 6291456, stream=stream0)
            del buf28
            buf31 = empty_strided_cuda((8192, 384), (384, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_4, mul_9, to_4, mul_10, linear_6, linear_7], Original ATen: [aten._to_copy, aten.mul, aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:18
            extern_kernels.mm(reinterpret_tensor(buf27, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_13, (768, 384), (1, 768), 0), out=buf31)
            buf32 = empty_strided_cuda((8, 3, 1024, 64), (196608, 64, 192, 1), torch.float32)
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, linear_7, view_3, permute_1, k_3, xf_6, getitem_10, neg_7, getitem_11, half_3, mul_14], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.slice]
            # [Provenance debug handles] triton_poi_fused__to_copy__unsafe_view_arange_cat_div_mul_neg_permute_pow_select_sin_slice_view_2:19
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy__unsafe_view_arange_cat_div_mul_neg_permute_pow_select_sin_slice_view_2.run(buf31, buf32, 1572864, stream=stream0)
            buf33 = empty_strided_cuda((8, 3, 4, 1024, 64), (786432, 262144, 65536, 64, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, linear_7, view_3, permute_1, k_3, xf_6, mul_13, add_8, k_4, k_5], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.cos, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.add, aten.unsqueeze, aten.expand, aten.clone]
            # [Provenance debug handles] triton_poi_fused__to_copy__unsafe_view_add_arange_cat_clone_cos_div_expand_mul_neg_permute_pow_select_unsqueeze_view_3:20
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy__unsafe_view_add_arange_cat_clone_cos_div_expand_mul_neg_permute_pow_select_unsqueeze_view_3.run(buf31, buf32, buf33, 6291456, stream=stream0)
            del buf32
            buf34 = empty_strided_cuda((8, 3, 4, 1024, 64), (786432, 262144, 65536, 64, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_7, view_3, permute_1, v_2, v_3], Original ATen: [aten._unsafe_view, aten.view, aten.permute, aten.select, aten.unsqueeze, aten.expand, aten.clone]
            # [Provenance debug handles] triton_poi_fused__unsafe_view_clone_expand_permute_select_unsqueeze_view_4:21
            stream0 = get_raw_stream(0)
            triton_poi_fused__unsafe_view_clone_expand_permute_select_unsqueeze_view_4.run(buf31, buf34, 6291456, stream=stream0)
            del buf31
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, linear_7, view_3, permute_1, k_3, v_2, xf_6, mul_13, add_8, k_4, k_5, v_3, y_1], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.cos, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.add, aten.unsqueeze, aten.expand, aten.clone, aten._scaled_dot_product_cudnn_attention]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention.default:22
            buf35 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(buf30, reinterpret_tensor(buf33, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), reinterpret_tensor(buf34, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), None, True, 0.0, True)
            buf36 = buf35[0]
            assert_size_stride(buf36, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf36, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf37 = buf35[1]
            assert_size_stride(buf37, (8, 12, 1024, 1), (12288, 1024, 1, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf37, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf38 = buf35[6]
            assert_size_stride(buf38, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf38, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf39 = buf35[7]
            assert_size_stride(buf39, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf39, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            del buf35
            buf40 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [transpose_3, reshape_1, linear_8], Original ATen: [aten.transpose, aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:23
            extern_kernels.mm(reinterpret_tensor(buf36, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_14, (768, 768), (1, 768), 0), out=buf40)
            buf41 = reinterpret_tensor(buf40, (8, 1024, 768), (786432, 768, 1), 0); del buf40  # reuse
            buf42 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf43 = reinterpret_tensor(buf42, (8, 1024, 1), (1024, 1, 1), 0); del buf42  # reuse
            buf44 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_8, x_3, xf_7, pow_8, mean_3, add_10, rsqrt_3, mul_15, to_7, h_1], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.pow, aten.mean, aten.rsqrt, aten.mul]
            # [Provenance debug handles] triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8:24
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8.run(buf41, buf43, buf24, primals_15, buf44, 8192, 768, stream=stream0)
            buf45 = empty_strided_cuda((8192, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_7, mul_15, to_7, h_1, linear_9], Original ATen: [aten._to_copy, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:25
            extern_kernels.mm(reinterpret_tensor(buf44, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_16, (768, 2048), (1, 768), 0), out=buf45)
            buf46 = empty_strided_cuda((8192, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_7, mul_15, to_7, h_1, linear_9, linear_10], Original ATen: [aten._to_copy, aten.mul, aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:26
            extern_kernels.mm(reinterpret_tensor(buf44, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_17, (768, 2048), (1, 768), 0), out=buf46)
            buf47 = empty_strided_cuda((8, 1024, 2048), (2097152, 2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_9, silu_1, linear_10, mul_17], Original ATen: [aten._unsafe_view, aten.silu, aten.mul]
            # [Provenance debug handles] triton_poi_fused__unsafe_view_mul_silu_6:27
            stream0 = get_raw_stream(0)
            triton_poi_fused__unsafe_view_mul_silu_6.run(buf45, buf46, buf47, 16777216, stream=stream0)
            buf48 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_9, silu_1, linear_10, mul_17, linear_11], Original ATen: [aten._unsafe_view, aten.silu, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:28
            extern_kernels.mm(reinterpret_tensor(buf47, (8192, 2048), (2048, 1), 0), reinterpret_tensor(primals_18, (2048, 768), (1, 2048), 0), out=buf48)
            buf49 = reinterpret_tensor(buf48, (8, 1024, 768), (786432, 768, 1), 0); del buf48  # reuse
            buf50 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf51 = reinterpret_tensor(buf50, (8, 1024, 1), (1024, 1, 1), 0); del buf50  # reuse
            buf52 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_11, x_4, xf_8, pow_9, mean_4, add_12, rsqrt_4, mul_18, to_8, mul_19], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.pow, aten.mean, aten.rsqrt, aten.mul]
            # [Provenance debug handles] triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8:29
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8.run(buf49, buf51, buf41, primals_19, buf52, 8192, 768, stream=stream0)
            buf53 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_8, mul_18, to_8, mul_19, linear_12], Original ATen: [aten._to_copy, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:30
            extern_kernels.mm(reinterpret_tensor(buf52, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_20, (768, 768), (1, 768), 0), out=buf53)
            buf55 = empty_strided_cuda((8, 12, 1024, 64), (786432, 64, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, sin, linear_12, view_4, transpose_4, xf_9, getitem_12, neg_9, getitem_13, half_4, mul_20, mul_21, add_13, q_2], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.cos, aten.sin, aten._unsafe_view, aten.transpose, aten._to_copy, aten.slice, aten.add]
            # [Provenance debug handles] triton_poi_fused__to_copy__unsafe_view_add_arange_cat_cos_div_mul_neg_pow_sin_slice_transpose_view_1:31
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy__unsafe_view_add_arange_cat_cos_div_mul_neg_pow_sin_slice_transpose_view_1.run(buf53, buf55, 6291456, stream=stream0)
            del buf53
            buf56 = empty_strided_cuda((8192, 384), (384, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_8, mul_18, to_8, mul_19, linear_12, linear_13], Original ATen: [aten._to_copy, aten.mul, aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:32
            extern_kernels.mm(reinterpret_tensor(buf52, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_21, (768, 384), (1, 768), 0), out=buf56)
            buf57 = empty_strided_cuda((8, 3, 1024, 64), (196608, 64, 192, 1), torch.float32)
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, linear_13, view_5, permute_2, k_6, xf_10, getitem_16, neg_11, getitem_17, half_5, mul_23], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.slice]
            # [Provenance debug handles] triton_poi_fused__to_copy__unsafe_view_arange_cat_div_mul_neg_permute_pow_select_sin_slice_view_2:33
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy__unsafe_view_arange_cat_div_mul_neg_permute_pow_select_sin_slice_view_2.run(buf56, buf57, 1572864, stream=stream0)
            buf58 = empty_strided_cuda((8, 3, 4, 1024, 64), (786432, 262144, 65536, 64, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, linear_13, view_5, permute_2, k_6, xf_10, mul_22, add_14, k_7, k_8], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.cos, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.add, aten.unsqueeze, aten.expand, aten.clone]
            # [Provenance debug handles] triton_poi_fused__to_copy__unsafe_view_add_arange_cat_clone_cos_div_expand_mul_neg_permute_pow_select_unsqueeze_view_3:34
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy__unsafe_view_add_arange_cat_clone_cos_div_expand_mul_neg_permute_pow_select_unsqueeze_view_3.run(buf56, buf57, buf58, 6291456, stream=stream0)
            del buf57
            buf59 = empty_strided_cuda((8, 3, 4, 1024, 64), (786432, 262144, 65536, 64, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_13, view_5, permute_2, v_4, v_5], Original ATen: [aten._unsafe_view, aten.view, aten.permute, aten.select, aten.unsqueeze, aten.expand, aten.clone]
            # [Provenance debug handles] triton_poi_fused__unsafe_view_clone_expand_permute_select_unsqueeze_view_4:35
            stream0 = get_raw_stream(0)
            triton_poi_fused__unsafe_view_clone_expand_permute_select_unsqueeze_view_4.run(buf56, buf59, 6291456, stream=stream0)
            del buf56
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, linear_13, view_5, permute_2, k_6, v_4, xf_10, mul_22, add_14, k_7, k_8, v_5, y_2], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.cos, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.add, aten.unsqueeze, aten.expand, aten.clone, aten._scaled_dot_product_cudnn_attention]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention.default:36
            buf60 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(buf55, reinterpret_tensor(buf58, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), reinterpret_tensor(buf59, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), None, True, 0.0, True)
            buf61 = buf60[0]
            assert_size_stride(buf61, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf61, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf62 = buf60[1]
            assert_size_stride(buf62, (8, 12, 1024, 1), (12288, 1024, 1, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf62, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf63 = buf60[6]
            assert_size_stride(buf63, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf63, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf64 = buf60[7]
            assert_size_stride(buf64, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf64, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            del buf60
            buf65 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [transpose_5, reshape_2, linear_14], Original ATen: [aten.transpose, aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:37
            extern_kernels.mm(reinterpret_tensor(buf61, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_22, (768, 768), (1, 768), 0), out=buf65)
            buf66 = reinterpret_tensor(buf65, (8, 1024, 768), (786432, 768, 1), 0); del buf65  # reuse
            buf67 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf68 = reinterpret_tensor(buf67, (8, 1024, 1), (1024, 1, 1), 0); del buf67  # reuse
            buf69 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_14, x_5, xf_11, pow_12, mean_5, add_16, rsqrt_5, mul_24, to_11, h_2], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.pow, aten.mean, aten.rsqrt, aten.mul]
            # [Provenance debug handles] triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8:38
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8.run(buf66, buf68, buf49, primals_23, buf69, 8192, 768, stream=stream0)
            buf70 = empty_strided_cuda((8192, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_11, mul_24, to_11, h_2, linear_15], Original ATen: [aten._to_copy, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:39
            extern_kernels.mm(reinterpret_tensor(buf69, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_24, (768, 2048), (1, 768), 0), out=buf70)
            buf71 = empty_strided_cuda((8192, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_11, mul_24, to_11, h_2, linear_15, linear_16], Original ATen: [aten._to_copy, aten.mul, aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:40
            extern_kernels.mm(reinterpret_tensor(buf69, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_25, (768, 2048), (1, 768), 0), out=buf71)
            buf72 = empty_strided_cuda((8, 1024, 2048), (2097152, 2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_15, silu_2, linear_16, mul_26], Original ATen: [aten._unsafe_view, aten.silu, aten.mul]
            # [Provenance debug handles] triton_poi_fused__unsafe_view_mul_silu_6:41
            stream0 = get_raw_stream(0)
            triton_poi_fused__unsafe_view_mul_silu_6.run(buf70, buf71, buf72, 16777216, stream=stream0)
            buf73 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_15, silu_2, linear_16, mul_26, linear_17], Original ATen: [aten._unsafe_view, aten.silu, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:42
            extern_kernels.mm(reinterpret_tensor(buf72, (8192, 2048), (2048, 1), 0), reinterpret_tensor(primals_26, (2048, 768), (1, 2048), 0), out=buf73)
            buf74 = reinterpret_tensor(buf73, (8, 1024, 768), (786432, 768, 1), 0); del buf73  # reuse
            buf75 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf76 = reinterpret_tensor(buf75, (8, 1024, 1), (1024, 1, 1), 0); del buf75  # reuse
            buf77 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_17, x_6, xf_12, pow_13, mean_6, add_18, rsqrt_6, mul_27, to_12, mul_28], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.pow, aten.mean, aten.rsqrt, aten.mul]
            # [Provenance debug handles] triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8:43
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8.run(buf74, buf76, buf66, primals_27, buf77, 8192, 768, stream=stream0)
            buf78 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_12, mul_27, to_12, mul_28, linear_18], Original ATen: [aten._to_copy, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:44
            extern_kernels.mm(reinterpret_tensor(buf77, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_28, (768, 768), (1, 768), 0), out=buf78)
            buf80 = empty_strided_cuda((8, 12, 1024, 64), (786432, 64, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, sin, linear_18, view_6, transpose_6, xf_13, getitem_18, neg_13, getitem_19, half_6, mul_29, mul_30, add_19, q_3], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.cos, aten.sin, aten._unsafe_view, aten.transpose, aten._to_copy, aten.slice, aten.add]
            # [Provenance debug handles] triton_poi_fused__to_copy__unsafe_view_add_arange_cat_cos_div_mul_neg_pow_sin_slice_transpose_view_1:45
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy__unsafe_view_add_arange_cat_cos_div_mul_neg_pow_sin_slice_transpose_view_1.run(buf78, buf80, 6291456, stream=stream0)
            del buf78
            buf81 = empty_strided_cuda((8192, 384), (384, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_12, mul_27, to_12, mul_28, linear_18, linear_19], Original ATen: [aten._to_copy, aten.mul, aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:46
            extern_kernels.mm(reinterpret_tensor(buf77, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_29, (768, 384), (1, 768), 0), out=buf81)
            buf82 = empty_strided_cuda((8, 3, 1024, 64), (196608, 64, 192, 1), torch.float32)
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, sin, linear_19, view_7, permute_3, k_9, xf_14, getitem_22, neg_15, getitem_23, half_7, mul_32], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.sin, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.slice]
            # [Provenance debug handles] triton_poi_fused__to_copy__unsafe_view_arange_cat_div_mul_neg_permute_pow_select_sin_slice_view_2:47
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy__unsafe_view_arange_cat_div_mul_neg_permute_pow_select_sin_slice_view_2.run(buf81, buf82, 1572864, stream=stream0)
            buf83 = empty_strided_cuda((8, 3, 4, 1024, 64), (786432, 262144, 65536, 64, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, linear_19, view_7, permute_3, k_9, xf_14, mul_31, add_20, k_10, k_11], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.cos, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.add, aten.unsqueeze, aten.expand, aten.clone]
            # [Provenance debug handles] triton_poi_fused__to_copy__unsafe_view_add_arange_cat_clone_cos_div_expand_mul_neg_permute_pow_select_unsqueeze_view_3:48
            stream0 = get_raw_stream(0)
            triton_poi_fused__to_copy__unsafe_view_add_arange_cat_clone_cos_div_expand_mul_neg_permute_pow_select_unsqueeze_view_3.run(buf81, buf82, buf83, 6291456, stream=stream0)
            del buf82
            buf84 = empty_strided_cuda((8, 3, 4, 1024, 64), (786432, 262144, 65536, 64, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_19, view_7, permute_3, v_6, v_7], Original ATen: [aten._unsafe_view, aten.view, aten.permute, aten.select, aten.unsqueeze, aten.expand, aten.clone]
            # [Provenance debug handles] triton_poi_fused__unsafe_view_clone_expand_permute_select_unsqueeze_view_4:49
            stream0 = get_raw_stream(0)
            triton_poi_fused__unsafe_view_clone_expand_permute_select_unsqueeze_view_4.run(buf81, buf84, 6291456, stream=stream0)
            del buf81
            # Topologically Sorted Source Nodes: [arange, neg, truediv, inv_freq, arange_1, angles, cat, cos, linear_19, view_7, permute_3, k_9, v_6, xf_14, mul_31, add_20, k_10, k_11, v_7, y_3], Original ATen: [aten.arange, aten.neg, aten.div, aten.pow, aten.view, aten.mul, aten.cat, aten.cos, aten._unsafe_view, aten.permute, aten.select, aten._to_copy, aten.add, aten.unsqueeze, aten.expand, aten.clone, aten._scaled_dot_product_cudnn_attention]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention.default:50
            buf85 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(buf80, reinterpret_tensor(buf83, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), reinterpret_tensor(buf84, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), None, True, 0.0, True)
            buf86 = buf85[0]
            assert_size_stride(buf86, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf86, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf87 = buf85[1]
            assert_size_stride(buf87, (8, 12, 1024, 1), (12288, 1024, 1, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf87, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf88 = buf85[6]
            assert_size_stride(buf88, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf88, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf89 = buf85[7]
            assert_size_stride(buf89, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf89, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            del buf85
            buf90 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [transpose_7, reshape_3, linear_20], Original ATen: [aten.transpose, aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:51
            extern_kernels.mm(reinterpret_tensor(buf86, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_30, (768, 768), (1, 768), 0), out=buf90)
            buf91 = reinterpret_tensor(buf90, (8, 1024, 768), (786432, 768, 1), 0); del buf90  # reuse
            buf92 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf93 = reinterpret_tensor(buf92, (8, 1024, 1), (1024, 1, 1), 0); del buf92  # reuse
            buf94 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_20, x_7, xf_15, pow_16, mean_7, add_22, rsqrt_7, mul_33, to_15, h_3], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.pow, aten.mean, aten.rsqrt, aten.mul]
            # [Provenance debug handles] triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8:52
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8.run(buf91, buf93, buf74, primals_31, buf94, 8192, 768, stream=stream0)
            buf95 = empty_strided_cuda((8192, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_15, mul_33, to_15, h_3, linear_21], Original ATen: [aten._to_copy, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:53
            extern_kernels.mm(reinterpret_tensor(buf94, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_32, (768, 2048), (1, 768), 0), out=buf95)
            buf96 = empty_strided_cuda((8192, 2048), (2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_15, mul_33, to_15, h_3, linear_21, linear_22], Original ATen: [aten._to_copy, aten.mul, aten.view, aten.t, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:54
            extern_kernels.mm(reinterpret_tensor(buf94, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_33, (768, 2048), (1, 768), 0), out=buf96)
            buf97 = empty_strided_cuda((8, 1024, 2048), (2097152, 2048, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_21, silu_3, linear_22, mul_35], Original ATen: [aten._unsafe_view, aten.silu, aten.mul]
            # [Provenance debug handles] triton_poi_fused__unsafe_view_mul_silu_6:55
            stream0 = get_raw_stream(0)
            triton_poi_fused__unsafe_view_mul_silu_6.run(buf95, buf96, buf97, 16777216, stream=stream0)
            buf98 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_21, silu_3, linear_22, mul_35, linear_23], Original ATen: [aten._unsafe_view, aten.silu, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:56
            extern_kernels.mm(reinterpret_tensor(buf97, (8192, 2048), (2048, 1), 0), reinterpret_tensor(primals_34, (2048, 768), (1, 2048), 0), out=buf98)
            buf99 = reinterpret_tensor(buf98, (8, 1024, 768), (786432, 768, 1), 0); del buf98  # reuse
            buf100 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf101 = reinterpret_tensor(buf100, (8, 1024, 1), (1024, 1, 1), 0); del buf100  # reuse
            buf102 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_23, x_8, xf_16, pow_17, mean_8, add_24, rsqrt_8, mul_36, to_16, mul_37], Original ATen: [aten._unsafe_view, aten.add, aten._to_copy, aten.pow, aten.mean, aten.rsqrt, aten.mul]
            # [Provenance debug handles] triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8:57
            stream0 = get_raw_stream(0)
            triton_per_fused__to_copy__unsafe_view_add_mean_mul_pow_rsqrt_8.run(buf99, buf101, buf91, primals_35, buf102, 8192, 768, stream=stream0)
            buf103 = empty_strided_cuda((8192, 32000), (32000, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [xf_16, mul_36, to_16, mul_37, linear_24], Original ATen: [aten._to_copy, aten.mul, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:58
            extern_kernels.mm(reinterpret_tensor(buf102, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_36, (768, 32000), (1, 768), 0), out=buf103)
            buf104 = empty_strided_cuda((8192, 1), (1, 1), torch.float32)
            buf105 = empty_strided_cuda((8192, 1), (1, 8192), torch.float32)
            buf106 = reinterpret_tensor(buf105, (8192, 1), (1, 1), 0); del buf105  # reuse
            # Topologically Sorted Source Nodes: [linear_24, float_18, view_8, , cross_entropy], Original ATen: [aten._unsafe_view, aten._to_copy, aten.view, prims.prepare_softmax_online, aten._log_softmax]
            # [Provenance debug handles] triton_red_fused__log_softmax__to_copy__unsafe_view_prepare_softmax_online_view_9:59
            stream0 = get_raw_stream(0)
            triton_red_fused__log_softmax__to_copy__unsafe_view_prepare_softmax_online_view_9.run(buf106, buf103, buf104, 8192, 32000, stream=stream0)
            buf109 = empty_strided_cuda((), (), torch.float32)
            buf108 = empty_strided_cuda((), (), torch.float32)
            buf110 = buf109; del buf109  # reuse
            # Topologically Sorted Source Nodes: [linear_24, float_18, view_8, view_9, , cross_entropy], Original ATen: [aten._unsafe_view, aten._to_copy, aten.view, aten.sub, aten._log_softmax, aten.nll_loss_forward]
            # [Provenance debug handles] triton_red_fused__log_softmax__to_copy__unsafe_view_nll_loss_forward_sub_view_10:60
            stream0 = get_raw_stream(0)
            triton_red_fused__log_softmax__to_copy__unsafe_view_nll_loss_forward_sub_view_10.run(buf110, primals_37, buf103, buf104, buf106, buf108, 1, 8192, stream=stream0)
        return (buf110, primals_2, primals_3, primals_4, primals_5, primals_6, primals_7, primals_8, primals_9, primals_10, primals_11, primals_12, primals_13, primals_14, primals_15, primals_16, primals_17, primals_18, primals_19, primals_20, primals_21, primals_22, primals_23, primals_24, primals_25, primals_26, primals_27, primals_28, primals_29, primals_30, primals_31, primals_32, primals_33, primals_34, primals_35, primals_36, primals_37, buf0, buf2, reinterpret_tensor(buf3, (8192, 768), (768, 1), 0), buf6, reinterpret_tensor(buf9, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), reinterpret_tensor(buf10, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), buf12, buf13, buf14, buf15, buf16, buf18, reinterpret_tensor(buf19, (8192, 768), (768, 1), 0), buf20, buf21, reinterpret_tensor(buf22, (8192, 2048), (2048, 1), 0), buf24, buf26, reinterpret_tensor(buf27, (8192, 768), (768, 1), 0), buf30, reinterpret_tensor(buf33, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), reinterpret_tensor(buf34, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), buf36, buf37, buf38, buf39, buf41, buf43, reinterpret_tensor(buf44, (8192, 768), (768, 1), 0), buf45, buf46, reinterpret_tensor(buf47, (8192, 2048), (2048, 1), 0), buf49, buf51, reinterpret_tensor(buf52, (8192, 768), (768, 1), 0), buf55, reinterpret_tensor(buf58, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), reinterpret_tensor(buf59, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), buf61, buf62, buf63, buf64, buf66, buf68, reinterpret_tensor(buf69, (8192, 768), (768, 1), 0), buf70, buf71, reinterpret_tensor(buf72, (8192, 2048), (2048, 1), 0), buf74, buf76, reinterpret_tensor(buf77, (8192, 768), (768, 1), 0), buf80, reinterpret_tensor(buf83, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), reinterpret_tensor(buf84, (8, 12, 1024, 64), (786432, 65536, 64, 1), 0), buf86, buf87, buf88, buf89, buf91, buf93, reinterpret_tensor(buf94, (8192, 768), (768, 1), 0), buf95, buf96, reinterpret_tensor(buf97, (8192, 2048), (2048, 1), 0), buf99, buf101, reinterpret_tensor(buf102, (8192, 768), (768, 1), 0), buf103, buf104, buf106, buf108, )

runner = Runner(partitions=[])
call = runner.call
recursively_apply_fns = runner.recursively_apply_fns


def get_args():
    from torch._dynamo.testing import rand_strided
    primals_1 = rand_strided((32000, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
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
    return [primals_1, primals_2, primals_3, primals_4, primals_5, primals_6, primals_7, primals_8, primals_9, primals_10, primals_11, primals_12, primals_13, primals_14, primals_15, primals_16, primals_17, primals_18, primals_19, primals_20, primals_21, primals_22, primals_23, primals_24, primals_25, primals_26, primals_27, primals_28, primals_29, primals_30, primals_31, primals_32, primals_33, primals_34, primals_35, primals_36, primals_37]


def benchmark_compiled_module(args, times=10, repeat=10):
    from torch._inductor.utils import print_performance
    fn = lambda: call(list(args))
    return print_performance(fn, times=times, repeat=repeat)


if __name__ == "__main__":
    from torch._inductor.wrapper_benchmark import compiled_module_main
    args = get_args()
    compiled_module_main('None', lambda times, repeat: benchmark_compiled_module(args, times=times, repeat=repeat))
