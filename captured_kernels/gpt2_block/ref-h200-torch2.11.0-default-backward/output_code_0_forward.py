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


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/xt/cxteynrowh77zq4dphqctajpt24fgqpvgn7dycwabq5c3x5nujjq.py
# Topologically Sorted Source Nodes: [pos], Original ATen: [aten.arange]
# Source node to ATen node mapping:
#   pos => iota
# Graph fragment:
#   %iota : Tensor "i64[1024][1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.iota.default](args = (1024,), kwargs = {start: 0, step: 1, dtype: torch.int64, device: cuda:0, requires_grad: False})
#   return %iota
triton_poi_fused_arange_0 = async_compile.triton('triton_poi_fused_arange_0', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 1024}, 
    filename=__file__,
    triton_meta={'signature': {'out_ptr0': '*i64', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_arange_0', 'mutated_arg_names': [], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 0, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 16384}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_arange_0(out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 1024
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = xindex < xnumel
    x0 = xindex
    tmp0 = x0
    tl.store(out_ptr0 + (x0), tmp0, xmask)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/6q/c6qc3b5qfbygzn5j6wh3dcw6fdjla2h5a4xdqrlrsz4tx547tehv.py
# Topologically Sorted Source Nodes: [embedding_1], Original ATen: [aten.embedding]
# Source node to ATen node mapping:
#   embedding_1 => embedding_1
# Graph fragment:
#   %primals_3 : Tensor "bf16[1024, 768][768, 1]cuda:0" = PlaceHolder[target=primals_3]
#   %embedding_1 : Tensor "bf16[1024, 768][768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.embedding.default](args = (%primals_3, %iota), kwargs = {})
#   return %embedding_1
triton_poi_fused_embedding_1 = async_compile.triton('triton_poi_fused_embedding_1', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 1048576}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_embedding_1', 'mutated_arg_names': [], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 4718592}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_embedding_1(in_ptr0, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 786432
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x2 = xindex
    tmp0 = tl.load(in_ptr0 + (x2), None).to(tl.float32)
    tl.store(out_ptr0 + (x2), tmp0, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/gx/cgxfcyitgbe4nnwmhnq7zojs7enaprizr5mueeqwyh2meedave6s.py
# Topologically Sorted Source Nodes: [embedding, x, layer_norm], Original ATen: [aten.embedding, aten.add, aten.native_layer_norm]
# Source node to ATen node mapping:
#   embedding => embedding
#   layer_norm => add_1, add_2, convert_element_type, convert_element_type_1, mul, mul_1, rsqrt, sub, var_mean
#   x => add
# Graph fragment:
#   %primals_1 : Tensor "i64[8, 1024][1024, 1]cuda:0" = PlaceHolder[target=primals_1]
#   %primals_2 : Tensor "bf16[50304, 768][768, 1]cuda:0" = PlaceHolder[target=primals_2]
#   %embedding : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=embedding]
#   %embedding_1 : Tensor "bf16[1024, 768][768, 1]cuda:0" = PlaceHolder[target=embedding_1]
#   %buf4 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=buf4]
#   %getitem_1 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=getitem_1]
#   %rsqrt : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt]
#   %primals_4 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_4]
#   %primals_5 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_5]
#   %embedding : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.embedding.default](args = (%primals_2, %primals_1), kwargs = {})
#   %add : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%embedding, %embedding_1), kwargs = {})
#   %convert_element_type : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add, torch.float32), kwargs = {})
#   %var_mean : [num_users=2] = call_function[target=torch.ops.aten.var_mean.correction](args = (%convert_element_type, [2]), kwargs = {correction: 0, keepdim: True})
#   %add_1 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%getitem, 1e-05), kwargs = {})
#   %rsqrt : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.rsqrt.default](args = (%add_1,), kwargs = {})
#   %sub : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%convert_element_type, %getitem_1), kwargs = {})
#   %mul : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%sub, %rsqrt), kwargs = {})
#   %mul_1 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul, %primals_4), kwargs = {})
#   %add_2 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_1, %primals_5), kwargs = {})
#   %convert_element_type_1 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_2, torch.bfloat16), kwargs = {})
#   return %embedding,%getitem_1,%buf4,%rsqrt,%convert_element_type_1
triton_per_fused_add_embedding_native_layer_norm_2 = async_compile.triton('triton_per_fused_add_embedding_native_layer_norm_2', '''
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
    triton_meta={'signature': {'in_out_ptr0': '*fp32', 'in_ptr0': '*i64', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'in_ptr3': '*bf16', 'in_ptr4': '*bf16', 'out_ptr0': '*bf16', 'out_ptr1': '*fp32', 'out_ptr2': '*bf16', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]], (8,): [['tt.divisibility', 16]], (9,): [['tt.divisibility', 16]], (10,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused_add_embedding_native_layer_norm_2', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': False, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 4, 'num_store': 4, 'num_reduction': 4, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 196608, 'r0_': 51907584}}
)
@triton.jit
def triton_per_fused_add_embedding_native_layer_norm_2(in_out_ptr0, in_ptr0, in_ptr1, in_ptr2, in_ptr3, in_ptr4, out_ptr0, out_ptr1, out_ptr2, xnumel, r0_numel, XBLOCK : tl.constexpr):
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
    x2 = (xindex % 1024)
    tmp0 = tl.load(in_ptr0 + (x0), None, eviction_policy='evict_last')
    tmp7 = tl.load(in_ptr2 + (r0_1 + 768*x2), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp33 = tl.load(in_ptr3 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp36 = tl.load(in_ptr4 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp1 = tl.full([1, 1], 50304, tl.int32)
    tmp2 = tmp0 + tmp1
    tmp3 = tmp0 < 0
    tmp4 = tl.where(tmp3, tmp2, tmp0)
    tl.device_assert((0 <= tmp4) & (tmp4 < 50304), "index out of bounds: 0 <= tmp4 < 50304")
    tmp6 = tl.load(in_ptr1 + (r0_1 + 768*tmp4), r0_mask, other=0.0).to(tl.float32)
    tmp8 = tmp6 + tmp7
    tmp9 = tmp8.to(tl.float32)
    tmp10 = tl.broadcast_to(tmp9, [XBLOCK, R0_BLOCK])
    tmp12 = tl.where(r0_mask, tmp10, 0)
    tmp13 = tl.broadcast_to(tmp10, [XBLOCK, R0_BLOCK])
    tmp15 = tl.where(r0_mask, tmp13, 0)
    tmp16 = tl.sum(tmp15, 1)[:, None].to(tl.float32)
    tmp17 = tl.full([1, 1], 768, tl.int32)
    tmp18 = tmp17.to(tl.float32)
    tmp19 = (tmp16 / tmp18)
    tmp20 = tmp10 - tmp19
    tmp21 = tmp20 * tmp20
    tmp22 = tl.broadcast_to(tmp21, [XBLOCK, R0_BLOCK])
    tmp24 = tl.where(r0_mask, tmp22, 0)
    tmp25 = tl.sum(tmp24, 1)[:, None].to(tl.float32)
    tmp26 = tl.full([1, 1], 768.0, tl.float32)
    tmp27 = (tmp25 / tmp26)
    tmp28 = tl.full([1, 1], 1e-05, tl.float32)
    tmp29 = tmp27 + tmp28
    tmp30 = libdevice.rsqrt(tmp29)
    tmp31 = tmp9 - tmp19
    tmp32 = tmp31 * tmp30
    tmp34 = tmp33.to(tl.float32)
    tmp35 = tmp32 * tmp34
    tmp37 = tmp36.to(tl.float32)
    tmp38 = tmp35 + tmp37
    tmp39 = tmp38.to(tl.float32)
    tl.store(out_ptr0 + (r0_1 + 768*x0), tmp6, r0_mask)
    tl.debug_barrier()
    tl.store(in_out_ptr0 + (x0), tmp30, None)
    tl.store(out_ptr2 + (r0_1 + 768*x0), tmp39, r0_mask)
    tl.store(out_ptr1 + (x0), tmp19, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/s4/cs4ktkdijbr5iq6hvtwsynezgsmk5b4r55bxfzfvbyn5kfp7lsmk.py
# Topologically Sorted Source Nodes: [x, linear_1, x_1, layer_norm_1], Original ATen: [aten.add, aten.view, aten.native_layer_norm]
# Source node to ATen node mapping:
#   layer_norm_1 => add_4, add_5, convert_element_type_8, convert_element_type_9, mul_2, mul_3, rsqrt_1, sub_1, var_mean_1
#   linear_1 => view_7
#   x => add
#   x_1 => add_3
# Graph fragment:
#   %embedding : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=embedding]
#   %embedding_1 : Tensor "bf16[1024, 768][768, 1]cuda:0" = PlaceHolder[target=embedding_1]
#   %addmm_1 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=addmm_1]
#   %add_3 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_3]
#   %buf17 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=buf17]
#   %getitem_15 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=getitem_15]
#   %rsqrt_1 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt_1]
#   %primals_10 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_10]
#   %primals_11 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_11]
#   %add : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.add.Tensor](args = (%embedding, %embedding_1), kwargs = {})
#   %view_7 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%addmm_1, [8, 1024, 768]), kwargs = {})
#   %add_3 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.add.Tensor](args = (%add, %view_7), kwargs = {})
#   %convert_element_type_8 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_3, torch.float32), kwargs = {})
#   %var_mean_1 : [num_users=2] = call_function[target=torch.ops.aten.var_mean.correction](args = (%convert_element_type_8, [2]), kwargs = {correction: 0, keepdim: True})
#   %add_4 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%getitem_14, 1e-05), kwargs = {})
#   %rsqrt_1 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.rsqrt.default](args = (%add_4,), kwargs = {})
#   %sub_1 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%convert_element_type_8, %getitem_15), kwargs = {})
#   %mul_2 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%sub_1, %rsqrt_1), kwargs = {})
#   %mul_3 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_2, %primals_10), kwargs = {})
#   %add_5 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_3, %primals_11), kwargs = {})
#   %convert_element_type_9 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_5, torch.bfloat16), kwargs = {})
#   return %add_3,%getitem_15,%buf17,%rsqrt_1,%convert_element_type_9
triton_per_fused_add_native_layer_norm_view_3 = async_compile.triton('triton_per_fused_add_native_layer_norm_view_3', '''
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
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_out_ptr1': '*fp32', 'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'in_ptr3': '*bf16', 'out_ptr0': '*fp32', 'out_ptr1': '*bf16', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]], (8,): [['tt.divisibility', 16]], (9,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused_add_native_layer_norm_view_3', 'mutated_arg_names': ['in_out_ptr0', 'in_out_ptr1'], 'optimize_mem': False, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 5, 'num_store': 4, 'num_reduction': 4, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 131072, 'r0_': 77073408}}
)
@triton.jit
def triton_per_fused_add_native_layer_norm_view_3(in_out_ptr0, in_out_ptr1, in_ptr0, in_ptr1, in_ptr2, in_ptr3, out_ptr0, out_ptr1, xnumel, r0_numel, XBLOCK : tl.constexpr):
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
    r0_2 = r0_index
    x3 = xindex
    x0 = (xindex % 1024)
    tmp0 = tl.load(in_ptr0 + (r0_2 + 768*x3), r0_mask, other=0.0).to(tl.float32)
    tmp1 = tl.load(in_ptr1 + (r0_2 + 768*x0), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp3 = tl.load(in_out_ptr0 + (r0_2 + 768*x3), r0_mask, other=0.0).to(tl.float32)
    tmp29 = tl.load(in_ptr2 + (r0_2), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp32 = tl.load(in_ptr3 + (r0_2), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp2 = tmp0 + tmp1
    tmp4 = tmp2 + tmp3
    tmp5 = tmp4.to(tl.float32)
    tmp6 = tl.broadcast_to(tmp5, [XBLOCK, R0_BLOCK])
    tmp8 = tl.where(r0_mask, tmp6, 0)
    tmp9 = tl.broadcast_to(tmp6, [XBLOCK, R0_BLOCK])
    tmp11 = tl.where(r0_mask, tmp9, 0)
    tmp12 = tl.sum(tmp11, 1)[:, None].to(tl.float32)
    tmp13 = tl.full([1, 1], 768, tl.int32)
    tmp14 = tmp13.to(tl.float32)
    tmp15 = (tmp12 / tmp14)
    tmp16 = tmp6 - tmp15
    tmp17 = tmp16 * tmp16
    tmp18 = tl.broadcast_to(tmp17, [XBLOCK, R0_BLOCK])
    tmp20 = tl.where(r0_mask, tmp18, 0)
    tmp21 = tl.sum(tmp20, 1)[:, None].to(tl.float32)
    tmp22 = tl.full([1, 1], 768.0, tl.float32)
    tmp23 = (tmp21 / tmp22)
    tmp24 = tl.full([1, 1], 1e-05, tl.float32)
    tmp25 = tmp23 + tmp24
    tmp26 = libdevice.rsqrt(tmp25)
    tmp27 = tmp5 - tmp15
    tmp28 = tmp27 * tmp26
    tmp30 = tmp29.to(tl.float32)
    tmp31 = tmp28 * tmp30
    tmp33 = tmp32.to(tl.float32)
    tmp34 = tmp31 + tmp33
    tmp35 = tmp34.to(tl.float32)
    tl.store(in_out_ptr0 + (r0_2 + 768*x3), tmp4, r0_mask)
    tl.debug_barrier()
    tl.store(in_out_ptr1 + (x3), tmp26, None)
    tl.store(out_ptr1 + (r0_2 + 768*x3), tmp35, r0_mask)
    tl.store(out_ptr0 + (x3), tmp15, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/xw/cxwobaud356b52jdb6zlfzrycbsgvjm2d4pimamu2rw6nessmi23.py
# Topologically Sorted Source Nodes: [linear_2, gelu], Original ATen: [aten.view, aten.gelu]
# Source node to ATen node mapping:
#   gelu => add_6, add_7, convert_element_type_13, convert_element_type_14, mul_4, mul_5, mul_6, mul_7, mul_8, mul_9, tanh
#   linear_2 => view_9
# Graph fragment:
#   %addmm_2 : Tensor "bf16[8192, 3072][3072, 1]cuda:0" = PlaceHolder[target=addmm_2]
#   %view_9 : Tensor "bf16[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%addmm_2, [8, 1024, 3072]), kwargs = {})
#   %convert_element_type_13 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=4] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_9, torch.float32), kwargs = {})
#   %mul_4 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_13, %convert_element_type_13), kwargs = {})
#   %mul_5 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_4, %convert_element_type_13), kwargs = {})
#   %mul_6 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_5, 0.044715), kwargs = {})
#   %add_6 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%convert_element_type_13, %mul_6), kwargs = {})
#   %mul_7 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add_6, 0.7978845608028654), kwargs = {})
#   %mul_8 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_13, 0.5), kwargs = {})
#   %tanh : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.tanh.default](args = (%mul_7,), kwargs = {})
#   %add_7 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%tanh, 1), kwargs = {})
#   %mul_9 : Tensor "f32[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_8, %add_7), kwargs = {})
#   %convert_element_type_14 : Tensor "bf16[8, 1024, 3072][3145728, 3072, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_9, torch.bfloat16), kwargs = {})
#   return %convert_element_type_14
triton_poi_fused_gelu_view_4 = async_compile.triton('triton_poi_fused_gelu_view_4', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 33554432}, 
    filename=__file__,
    triton_meta={'signature': {'in_ptr0': '*bf16', 'out_ptr0': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_gelu_view_4', 'mutated_arg_names': [], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 1, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 150994944}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_gelu_view_4(in_ptr0, out_ptr0, xnumel, XBLOCK : tl.constexpr):
    xnumel = 25165824
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = xindex
    tmp0 = tl.load(in_ptr0 + (x0), None).to(tl.float32)
    tmp1 = tmp0.to(tl.float32)
    tmp2 = tl.full([1], 0.5, tl.float32)
    tmp3 = tmp1 * tmp2
    tmp4 = tmp1 * tmp1
    tmp5 = tmp4 * tmp1
    tmp6 = tl.full([1], 0.044715, tl.float32)
    tmp7 = tmp5 * tmp6
    tmp8 = tmp1 + tmp7
    tmp9 = tl.full([1], 0.7978845608028654, tl.float32)
    tmp10 = tmp8 * tmp9
    tmp11 = libdevice.tanh(tmp10)
    tmp12 = tl.full([1], 1.0, tl.float32)
    tmp13 = tmp11 + tmp12
    tmp14 = tmp3 * tmp13
    tmp15 = tmp14.to(tl.float32)
    tl.store(out_ptr0 + (x0), tmp15, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/hf/chfxkxtjfh3a6y4fk5qbr7lc3ivyy4yyuafixy6fnuwbgp6g7voe.py
# Topologically Sorted Source Nodes: [linear_3, x_2, layer_norm_2], Original ATen: [aten.view, aten.add, aten.native_layer_norm]
# Source node to ATen node mapping:
#   layer_norm_2 => add_10, add_9, convert_element_type_18, convert_element_type_19, mul_10, mul_11, rsqrt_2, sub_2, var_mean_2
#   linear_3 => view_11
#   x_2 => add_8
# Graph fragment:
#   %add_3 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_3]
#   %addmm_3 : Tensor "bf16[8192, 768][768, 1]cuda:0" = PlaceHolder[target=addmm_3]
#   %add_8 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0" = PlaceHolder[target=add_8]
#   %buf26 : Tensor "f32[8, 1024, 1][1024, 1, 8192]cuda:0" = PlaceHolder[target=buf26]
#   %getitem_17 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=getitem_17]
#   %rsqrt_2 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0" = PlaceHolder[target=rsqrt_2]
#   %primals_16 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_16]
#   %primals_17 : Tensor "bf16[768][1]cuda:0" = PlaceHolder[target=primals_17]
#   %view_11 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%addmm_3, [8, 1024, 768]), kwargs = {})
#   %add_8 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.add.Tensor](args = (%add_3, %view_11), kwargs = {})
#   %convert_element_type_18 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_8, torch.float32), kwargs = {})
#   %var_mean_2 : [num_users=2] = call_function[target=torch.ops.aten.var_mean.correction](args = (%convert_element_type_18, [2]), kwargs = {correction: 0, keepdim: True})
#   %add_9 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%getitem_16, 1e-05), kwargs = {})
#   %rsqrt_2 : Tensor "f32[8, 1024, 1][1024, 1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.rsqrt.default](args = (%add_9,), kwargs = {})
#   %sub_2 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%convert_element_type_18, %getitem_17), kwargs = {})
#   %mul_10 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%sub_2, %rsqrt_2), kwargs = {})
#   %mul_11 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%mul_10, %primals_16), kwargs = {})
#   %add_10 : Tensor "f32[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul_11, %primals_17), kwargs = {})
#   %convert_element_type_19 : Tensor "bf16[8, 1024, 768][786432, 768, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%add_10, torch.bfloat16), kwargs = {})
#   return %add_8,%getitem_17,%buf26,%rsqrt_2,%convert_element_type_19
triton_per_fused_add_native_layer_norm_view_5 = async_compile.triton('triton_per_fused_add_native_layer_norm_view_5', '''
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
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_out_ptr1': '*fp32', 'in_ptr0': '*bf16', 'in_ptr1': '*bf16', 'in_ptr2': '*bf16', 'out_ptr0': '*fp32', 'out_ptr1': '*bf16', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]], (6,): [['tt.divisibility', 16]], (7,): [['tt.divisibility', 16]], (8,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_per_fused_add_native_layer_norm_view_5', 'mutated_arg_names': ['in_out_ptr0', 'in_out_ptr1'], 'optimize_mem': False, 'no_x_dim': None, 'atomic_add_found': False, 'num_load': 4, 'num_store': 4, 'num_reduction': 4, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 131072, 'r0_': 75500544}}
)
@triton.jit
def triton_per_fused_add_native_layer_norm_view_5(in_out_ptr0, in_out_ptr1, in_ptr0, in_ptr1, in_ptr2, out_ptr0, out_ptr1, xnumel, r0_numel, XBLOCK : tl.constexpr):
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
    tmp27 = tl.load(in_ptr1 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp30 = tl.load(in_ptr2 + (r0_1), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
    tmp2 = tmp0 + tmp1
    tmp3 = tmp2.to(tl.float32)
    tmp4 = tl.broadcast_to(tmp3, [XBLOCK, R0_BLOCK])
    tmp6 = tl.where(r0_mask, tmp4, 0)
    tmp7 = tl.broadcast_to(tmp4, [XBLOCK, R0_BLOCK])
    tmp9 = tl.where(r0_mask, tmp7, 0)
    tmp10 = tl.sum(tmp9, 1)[:, None].to(tl.float32)
    tmp11 = tl.full([1, 1], 768, tl.int32)
    tmp12 = tmp11.to(tl.float32)
    tmp13 = (tmp10 / tmp12)
    tmp14 = tmp4 - tmp13
    tmp15 = tmp14 * tmp14
    tmp16 = tl.broadcast_to(tmp15, [XBLOCK, R0_BLOCK])
    tmp18 = tl.where(r0_mask, tmp16, 0)
    tmp19 = tl.sum(tmp18, 1)[:, None].to(tl.float32)
    tmp20 = tl.full([1, 1], 768.0, tl.float32)
    tmp21 = (tmp19 / tmp20)
    tmp22 = tl.full([1, 1], 1e-05, tl.float32)
    tmp23 = tmp21 + tmp22
    tmp24 = libdevice.rsqrt(tmp23)
    tmp25 = tmp3 - tmp13
    tmp26 = tmp25 * tmp24
    tmp28 = tmp27.to(tl.float32)
    tmp29 = tmp26 * tmp28
    tmp31 = tmp30.to(tl.float32)
    tmp32 = tmp29 + tmp31
    tmp33 = tmp32.to(tl.float32)
    tl.store(in_out_ptr0 + (r0_1 + 768*x0), tmp2, r0_mask)
    tl.debug_barrier()
    tl.store(in_out_ptr1 + (x0), tmp24, None)
    tl.store(out_ptr1 + (r0_1 + 768*x0), tmp33, r0_mask)
    tl.store(out_ptr0 + (x0), tmp13, None)
''', device_str='cuda')


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/4c/c4czf5nbfwiszbgx7xkrzjwhmj3urredrm55tggfteab2xwn3zkq.py
# Topologically Sorted Source Nodes: [linear_16, float_1, view_12, , cross_entropy], Original ATen: [aten._unsafe_view, aten._to_copy, aten.view, prims.prepare_softmax_online, aten._log_softmax]
# Source node to ATen node mapping:
#    => prepare_softmax_online_default
#   cross_entropy => log
#   float_1 => convert_element_type_76
#   linear_16 => view_49
#   view_12 => view_50
# Graph fragment:
#   %mm : Tensor "bf16[8192, 50304][50304, 1]cuda:0" = PlaceHolder[target=mm]
#   %getitem_67 : Tensor "f32[8192, 1][1, 8192]cuda:0" = PlaceHolder[target=getitem_67]
#   %view_49 : Tensor "bf16[8, 1024, 50304][51511296, 50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm, [8, 1024, 50304]), kwargs = {})
#   %convert_element_type_76 : Tensor "f32[8, 1024, 50304][51511296, 50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_49, torch.float32), kwargs = {})
#   %view_50 : Tensor "f32[8192, 50304][50304, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.reshape.default](args = (%convert_element_type_76, [-1, 50304]), kwargs = {})
#   %prepare_softmax_online_default : [num_users=2] = call_function[target=torch.ops.prims.prepare_softmax_online.default](args = (%view_50, 1), kwargs = {})
#   %log : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.log.default](args = (%getitem_67,), kwargs = {})
#   return %getitem_66,%getitem_67,%log
triton_red_fused__log_softmax__to_copy__unsafe_view_prepare_softmax_online_view_6 = async_compile.triton('triton_red_fused__log_softmax__to_copy__unsafe_view_prepare_softmax_online_view_6', '''
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
    triton_meta={'signature': {'in_out_ptr0': '*fp32', 'in_ptr0': '*bf16', 'out_ptr0': '*fp32', 'xnumel': 'i32', 'r0_numel': 'i32', 'XBLOCK': 'constexpr', 'R0_BLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused__log_softmax__to_copy__unsafe_view_prepare_softmax_online_view_6', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 1, 'num_store': 2, 'num_reduction': 2, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 131072, 'r0_': 824180736}}
)
@triton.jit
def triton_red_fused__log_softmax__to_copy__unsafe_view_prepare_softmax_online_view_6(in_out_ptr0, in_ptr0, out_ptr0, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
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
    _tmp3_max = tl.full([XBLOCK, R0_BLOCK], float('-inf'), tl.float32)
    _tmp3_sum = tl.zeros([XBLOCK, R0_BLOCK], tl.float32)
    for r0_offset in tl.range(0, r0_numel, R0_BLOCK):
        r0_index = r0_offset + r0_base
        r0_mask = r0_index < r0_numel
        roffset = r0_offset
        rindex = r0_index
        r0_1 = r0_index
        tmp0 = tl.load(in_ptr0 + (r0_1 + 50304*x0), r0_mask, eviction_policy='evict_first', other=0.0).to(tl.float32)
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


# kernel path: /tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor/ur/curnu3k5tkxanico5iiipaywpq2szlwmkwhtxgby5a2albfqm6fe.py
# Topologically Sorted Source Nodes: [linear_16, float_1, view_12, view_13, , cross_entropy], Original ATen: [aten._unsafe_view, aten._to_copy, aten.view, aten.sub, aten._log_softmax, aten.nll_loss_forward]
# Source node to ATen node mapping:
#    => sub_tensor
#   cross_entropy => convert_element_type_77, div, full_default, full_default_1, gather, ne, neg, squeeze, sub_10, sum_2, sum_3, unsqueeze, where, where_1
#   float_1 => convert_element_type_76
#   linear_16 => view_49
#   view_12 => view_50
#   view_13 => view_51
# Graph fragment:
#   %primals_54 : Tensor "i64[8, 1024][1024, 1]cuda:0" = PlaceHolder[target=primals_54]
#   %mm : Tensor "bf16[8192, 50304][50304, 1]cuda:0" = PlaceHolder[target=mm]
#   %getitem_66 : Tensor "f32[8192, 1][1, 1]cuda:0" = PlaceHolder[target=getitem_66]
#   %log : Tensor "f32[8192, 1][1, 1]cuda:0" = PlaceHolder[target=log]
#   %sum_2 : Tensor "i64[][]cuda:0" = PlaceHolder[target=sum_2]
#   %sum_3 : Tensor "f32[][]cuda:0" = PlaceHolder[target=sum_3]
#   %convert_element_type_77 : Tensor "f32[][]cuda:0" = PlaceHolder[target=convert_element_type_77]
#   %view_49 : Tensor "bf16[8, 1024, 50304][51511296, 50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.reshape.default](args = (%mm, [8, 1024, 50304]), kwargs = {})
#   %convert_element_type_76 : Tensor "f32[8, 1024, 50304][51511296, 50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%view_49, torch.float32), kwargs = {})
#   %view_50 : Tensor "f32[8192, 50304][50304, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.reshape.default](args = (%convert_element_type_76, [-1, 50304]), kwargs = {})
#   %view_51 : Tensor "i64[8192][1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.reshape.default](args = (%primals_54, [-1]), kwargs = {})
#   %sub_tensor : Tensor "f32[8192, 50304][50304, 1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.sub.Tensor](args = (%view_50, %getitem_66), kwargs = {})
#   %sub_10 : Tensor "f32[8192, 50304][50304, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%sub_tensor, %log), kwargs = {})
#   %ne : Tensor "b8[8192][1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.ne.Scalar](args = (%view_51, -100), kwargs = {})
#   %full_default : Tensor "i64[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0), kwargs = {dtype: torch.int64, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where : Tensor "i64[8192][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%ne, %view_51, %full_default), kwargs = {})
#   %unsqueeze : Tensor "i64[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.unsqueeze.default](args = (%where, 1), kwargs = {})
#   %gather : Tensor "f32[8192, 1][1, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.gather.default](args = (%sub_10, 1, %unsqueeze), kwargs = {})
#   %squeeze : Tensor "f32[8192][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.squeeze.dim](args = (%gather, 1), kwargs = {})
#   %neg : Tensor "f32[8192][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%squeeze,), kwargs = {})
#   %full_default_1 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0.0), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where_1 : Tensor "f32[8192][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%ne, %neg, %full_default_1), kwargs = {})
#   %sum_2 : Tensor "i64[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.default](args = (%ne,), kwargs = {})
#   %convert_element_type_77 : Tensor "f32[][]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%sum_2, torch.float32), kwargs = {})
#   %sum_3 : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sum.default](args = (%where_1,), kwargs = {})
#   %div : Tensor "f32[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%sum_3, %convert_element_type_77), kwargs = {})
#   return %sum_2,%sum_3,%convert_element_type_77,%div
triton_red_fused__log_softmax__to_copy__unsafe_view_nll_loss_forward_sub_view_7 = async_compile.triton('triton_red_fused__log_softmax__to_copy__unsafe_view_nll_loss_forward_sub_view_7', '''
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
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_red_fused__log_softmax__to_copy__unsafe_view_nll_loss_forward_sub_view_7', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': False, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 3, 'num_store': 2, 'num_reduction': 2, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'r0_': 131072}}
)
@triton.jit
def triton_red_fused__log_softmax__to_copy__unsafe_view_nll_loss_forward_sub_view_7(in_out_ptr0, in_ptr0, in_ptr1, in_ptr2, in_ptr3, out_ptr1, xnumel, r0_numel, XBLOCK : tl.constexpr, R0_BLOCK : tl.constexpr):
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
        tmp9 = tl.full([1, 1], 50304, tl.int32)
        tmp10 = tmp8 + tmp9
        tmp11 = tmp8 < 0
        tmp12 = tl.where(tmp11, tmp10, tmp8)
        tl.device_assert(((0 <= tmp12) & (tmp12 < 50304)) | ~(r0_mask), "index out of bounds: 0 <= tmp12 < 50304")
        tmp14 = tl.load(in_ptr1 + (tmp12 + 50304*r0_0), r0_mask, eviction_policy='evict_last', other=0.0).to(tl.float32)
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
        primals_1, primals_2, primals_3, primals_4, primals_5, primals_6, primals_7, primals_8, primals_9, primals_10, primals_11, primals_12, primals_13, primals_14, primals_15, primals_16, primals_17, primals_18, primals_19, primals_20, primals_21, primals_22, primals_23, primals_24, primals_25, primals_26, primals_27, primals_28, primals_29, primals_30, primals_31, primals_32, primals_33, primals_34, primals_35, primals_36, primals_37, primals_38, primals_39, primals_40, primals_41, primals_42, primals_43, primals_44, primals_45, primals_46, primals_47, primals_48, primals_49, primals_50, primals_51, primals_52, primals_53, primals_54 = args
        args.clear()
        assert_size_stride(primals_1, (8, 1024), (1024, 1))
        assert_size_stride(primals_2, (50304, 768), (768, 1))
        assert_size_stride(primals_3, (1024, 768), (768, 1))
        assert_size_stride(primals_4, (768, ), (1, ))
        assert_size_stride(primals_5, (768, ), (1, ))
        assert_size_stride(primals_6, (2304, 768), (768, 1))
        assert_size_stride(primals_7, (2304, ), (1, ))
        assert_size_stride(primals_8, (768, 768), (768, 1))
        assert_size_stride(primals_9, (768, ), (1, ))
        assert_size_stride(primals_10, (768, ), (1, ))
        assert_size_stride(primals_11, (768, ), (1, ))
        assert_size_stride(primals_12, (3072, 768), (768, 1))
        assert_size_stride(primals_13, (3072, ), (1, ))
        assert_size_stride(primals_14, (768, 3072), (3072, 1))
        assert_size_stride(primals_15, (768, ), (1, ))
        assert_size_stride(primals_16, (768, ), (1, ))
        assert_size_stride(primals_17, (768, ), (1, ))
        assert_size_stride(primals_18, (2304, 768), (768, 1))
        assert_size_stride(primals_19, (2304, ), (1, ))
        assert_size_stride(primals_20, (768, 768), (768, 1))
        assert_size_stride(primals_21, (768, ), (1, ))
        assert_size_stride(primals_22, (768, ), (1, ))
        assert_size_stride(primals_23, (768, ), (1, ))
        assert_size_stride(primals_24, (3072, 768), (768, 1))
        assert_size_stride(primals_25, (3072, ), (1, ))
        assert_size_stride(primals_26, (768, 3072), (3072, 1))
        assert_size_stride(primals_27, (768, ), (1, ))
        assert_size_stride(primals_28, (768, ), (1, ))
        assert_size_stride(primals_29, (768, ), (1, ))
        assert_size_stride(primals_30, (2304, 768), (768, 1))
        assert_size_stride(primals_31, (2304, ), (1, ))
        assert_size_stride(primals_32, (768, 768), (768, 1))
        assert_size_stride(primals_33, (768, ), (1, ))
        assert_size_stride(primals_34, (768, ), (1, ))
        assert_size_stride(primals_35, (768, ), (1, ))
        assert_size_stride(primals_36, (3072, 768), (768, 1))
        assert_size_stride(primals_37, (3072, ), (1, ))
        assert_size_stride(primals_38, (768, 3072), (3072, 1))
        assert_size_stride(primals_39, (768, ), (1, ))
        assert_size_stride(primals_40, (768, ), (1, ))
        assert_size_stride(primals_41, (768, ), (1, ))
        assert_size_stride(primals_42, (2304, 768), (768, 1))
        assert_size_stride(primals_43, (2304, ), (1, ))
        assert_size_stride(primals_44, (768, 768), (768, 1))
        assert_size_stride(primals_45, (768, ), (1, ))
        assert_size_stride(primals_46, (768, ), (1, ))
        assert_size_stride(primals_47, (768, ), (1, ))
        assert_size_stride(primals_48, (3072, 768), (768, 1))
        assert_size_stride(primals_49, (3072, ), (1, ))
        assert_size_stride(primals_50, (768, 3072), (3072, 1))
        assert_size_stride(primals_51, (768, ), (1, ))
        assert_size_stride(primals_52, (768, ), (1, ))
        assert_size_stride(primals_53, (768, ), (1, ))
        assert_size_stride(primals_54, (8, 1024), (1024, 1))
        with torch.cuda._DeviceGuard(0):
            torch.cuda.set_device(0)
            buf0 = empty_strided_cuda((1024, ), (1, ), torch.int64)
            # Topologically Sorted Source Nodes: [pos], Original ATen: [aten.arange]
            # [Provenance debug handles] triton_poi_fused_arange_0:1
            stream0 = get_raw_stream(0)
            triton_poi_fused_arange_0.run(buf0, 1024, stream=stream0)
            buf2 = empty_strided_cuda((1024, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [embedding_1], Original ATen: [aten.embedding]
            # [Provenance debug handles] triton_poi_fused_embedding_1:2
            stream0 = get_raw_stream(0)
            triton_poi_fused_embedding_1.run(primals_3, buf2, 786432, stream=stream0)
            del primals_3
            buf1 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            buf3 = empty_strided_cuda((8, 1024, 1), (1024, 1, 1), torch.float32)
            buf4 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf6 = reinterpret_tensor(buf4, (8, 1024, 1), (1024, 1, 1), 0); del buf4  # reuse
            buf7 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [embedding, x, layer_norm], Original ATen: [aten.embedding, aten.add, aten.native_layer_norm]
            # [Provenance debug handles] triton_per_fused_add_embedding_native_layer_norm_2:3
            stream0 = get_raw_stream(0)
            triton_per_fused_add_embedding_native_layer_norm_2.run(buf6, primals_1, primals_2, buf2, primals_4, primals_5, buf1, buf3, buf7, 8192, 768, stream=stream0)
            del primals_5
            buf8 = empty_strided_cuda((8192, 2304), (2304, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [x, layer_norm, linear], Original ATen: [aten.add, aten.native_layer_norm, aten.view, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:4
            extern_kernels.addmm(primals_7, reinterpret_tensor(buf7, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_6, (768, 2304), (1, 768), 0), alpha=1, beta=1, out=buf8)
            del primals_7
            # Topologically Sorted Source Nodes: [linear, split, view, q, view_1, k, view_2, v, y], Original ATen: [aten.view, aten.split, aten.transpose, aten._scaled_dot_product_cudnn_attention]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention.default:5
            buf9 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(reinterpret_tensor(buf8, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 0), reinterpret_tensor(buf8, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 768), reinterpret_tensor(buf8, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 1536), None, True, 0.0, True)
            buf10 = buf9[0]
            assert_size_stride(buf10, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf10, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf11 = buf9[1]
            assert_size_stride(buf11, (8, 12, 1024, 1), (12288, 1024, 1, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf11, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf12 = buf9[6]
            assert_size_stride(buf12, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf12, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf13 = buf9[7]
            assert_size_stride(buf13, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf13, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            del buf9
            buf14 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [transpose_3, reshape, linear_1], Original ATen: [aten.transpose, aten.view, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:6
            extern_kernels.addmm(primals_9, reinterpret_tensor(buf10, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_8, (768, 768), (1, 768), 0), alpha=1, beta=1, out=buf14)
            del primals_9
            buf15 = reinterpret_tensor(buf14, (8, 1024, 768), (786432, 768, 1), 0); del buf14  # reuse
            buf16 = empty_strided_cuda((8, 1024, 1), (1024, 1, 1), torch.float32)
            buf17 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf19 = reinterpret_tensor(buf17, (8, 1024, 1), (1024, 1, 1), 0); del buf17  # reuse
            buf20 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [x, linear_1, x_1, layer_norm_1], Original ATen: [aten.add, aten.view, aten.native_layer_norm]
            # [Provenance debug handles] triton_per_fused_add_native_layer_norm_view_3:7
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_view_3.run(buf15, buf19, buf1, buf2, primals_10, primals_11, buf16, buf20, 8192, 768, stream=stream0)
            del primals_11
            buf21 = empty_strided_cuda((8192, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [layer_norm_1, linear_2], Original ATen: [aten.native_layer_norm, aten.view, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:8
            extern_kernels.addmm(primals_13, reinterpret_tensor(buf20, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_12, (768, 3072), (1, 768), 0), alpha=1, beta=1, out=buf21)
            del primals_13
            buf22 = empty_strided_cuda((8, 1024, 3072), (3145728, 3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_2, gelu], Original ATen: [aten.view, aten.gelu]
            # [Provenance debug handles] triton_poi_fused_gelu_view_4:9
            stream0 = get_raw_stream(0)
            triton_poi_fused_gelu_view_4.run(buf21, buf22, 25165824, stream=stream0)
            buf23 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_2, gelu, linear_3], Original ATen: [aten.view, aten.gelu, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:10
            extern_kernels.addmm(primals_15, reinterpret_tensor(buf22, (8192, 3072), (3072, 1), 0), reinterpret_tensor(primals_14, (3072, 768), (1, 3072), 0), alpha=1, beta=1, out=buf23)
            del primals_15
            buf24 = reinterpret_tensor(buf23, (8, 1024, 768), (786432, 768, 1), 0); del buf23  # reuse
            buf25 = empty_strided_cuda((8, 1024, 1), (1024, 1, 1), torch.float32)
            buf26 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf28 = reinterpret_tensor(buf26, (8, 1024, 1), (1024, 1, 1), 0); del buf26  # reuse
            buf29 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_3, x_2, layer_norm_2], Original ATen: [aten.view, aten.add, aten.native_layer_norm]
            # [Provenance debug handles] triton_per_fused_add_native_layer_norm_view_5:11
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_view_5.run(buf24, buf28, buf15, primals_16, primals_17, buf25, buf29, 8192, 768, stream=stream0)
            del primals_17
            buf30 = empty_strided_cuda((8192, 2304), (2304, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [layer_norm_2, linear_4], Original ATen: [aten.native_layer_norm, aten.view, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:12
            extern_kernels.addmm(primals_19, reinterpret_tensor(buf29, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_18, (768, 2304), (1, 768), 0), alpha=1, beta=1, out=buf30)
            del primals_19
            # Topologically Sorted Source Nodes: [linear_4, split_1, view_3, q_1, view_4, k_1, view_5, v_1, y_1], Original ATen: [aten.view, aten.split, aten.transpose, aten._scaled_dot_product_cudnn_attention]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention.default:13
            buf31 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(reinterpret_tensor(buf30, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 0), reinterpret_tensor(buf30, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 768), reinterpret_tensor(buf30, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 1536), None, True, 0.0, True)
            buf32 = buf31[0]
            assert_size_stride(buf32, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf32, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf33 = buf31[1]
            assert_size_stride(buf33, (8, 12, 1024, 1), (12288, 1024, 1, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf33, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf34 = buf31[6]
            assert_size_stride(buf34, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf34, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf35 = buf31[7]
            assert_size_stride(buf35, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf35, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            del buf31
            buf36 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [transpose_7, reshape_1, linear_5], Original ATen: [aten.transpose, aten.view, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:14
            extern_kernels.addmm(primals_21, reinterpret_tensor(buf32, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_20, (768, 768), (1, 768), 0), alpha=1, beta=1, out=buf36)
            del primals_21
            buf37 = reinterpret_tensor(buf36, (8, 1024, 768), (786432, 768, 1), 0); del buf36  # reuse
            buf38 = empty_strided_cuda((8, 1024, 1), (1024, 1, 1), torch.float32)
            buf39 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf41 = reinterpret_tensor(buf39, (8, 1024, 1), (1024, 1, 1), 0); del buf39  # reuse
            buf42 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_5, x_3, layer_norm_3], Original ATen: [aten.view, aten.add, aten.native_layer_norm]
            # [Provenance debug handles] triton_per_fused_add_native_layer_norm_view_5:15
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_view_5.run(buf37, buf41, buf24, primals_22, primals_23, buf38, buf42, 8192, 768, stream=stream0)
            del primals_23
            buf43 = empty_strided_cuda((8192, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [layer_norm_3, linear_6], Original ATen: [aten.native_layer_norm, aten.view, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:16
            extern_kernels.addmm(primals_25, reinterpret_tensor(buf42, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_24, (768, 3072), (1, 768), 0), alpha=1, beta=1, out=buf43)
            del primals_25
            buf44 = empty_strided_cuda((8, 1024, 3072), (3145728, 3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_6, gelu_1], Original ATen: [aten.view, aten.gelu]
            # [Provenance debug handles] triton_poi_fused_gelu_view_4:17
            stream0 = get_raw_stream(0)
            triton_poi_fused_gelu_view_4.run(buf43, buf44, 25165824, stream=stream0)
            buf45 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_6, gelu_1, linear_7], Original ATen: [aten.view, aten.gelu, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:18
            extern_kernels.addmm(primals_27, reinterpret_tensor(buf44, (8192, 3072), (3072, 1), 0), reinterpret_tensor(primals_26, (3072, 768), (1, 3072), 0), alpha=1, beta=1, out=buf45)
            del primals_27
            buf46 = reinterpret_tensor(buf45, (8, 1024, 768), (786432, 768, 1), 0); del buf45  # reuse
            buf47 = empty_strided_cuda((8, 1024, 1), (1024, 1, 1), torch.float32)
            buf48 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf50 = reinterpret_tensor(buf48, (8, 1024, 1), (1024, 1, 1), 0); del buf48  # reuse
            buf51 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_7, x_4, layer_norm_4], Original ATen: [aten.view, aten.add, aten.native_layer_norm]
            # [Provenance debug handles] triton_per_fused_add_native_layer_norm_view_5:19
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_view_5.run(buf46, buf50, buf37, primals_28, primals_29, buf47, buf51, 8192, 768, stream=stream0)
            del primals_29
            buf52 = empty_strided_cuda((8192, 2304), (2304, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [layer_norm_4, linear_8], Original ATen: [aten.native_layer_norm, aten.view, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:20
            extern_kernels.addmm(primals_31, reinterpret_tensor(buf51, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_30, (768, 2304), (1, 768), 0), alpha=1, beta=1, out=buf52)
            del primals_31
            # Topologically Sorted Source Nodes: [linear_8, split_2, view_6, q_2, view_7, k_2, view_8, v_2, y_2], Original ATen: [aten.view, aten.split, aten.transpose, aten._scaled_dot_product_cudnn_attention]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention.default:21
            buf53 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(reinterpret_tensor(buf52, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 0), reinterpret_tensor(buf52, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 768), reinterpret_tensor(buf52, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 1536), None, True, 0.0, True)
            buf54 = buf53[0]
            assert_size_stride(buf54, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf54, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf55 = buf53[1]
            assert_size_stride(buf55, (8, 12, 1024, 1), (12288, 1024, 1, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf55, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf56 = buf53[6]
            assert_size_stride(buf56, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf56, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf57 = buf53[7]
            assert_size_stride(buf57, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf57, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            del buf53
            buf58 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [transpose_11, reshape_2, linear_9], Original ATen: [aten.transpose, aten.view, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:22
            extern_kernels.addmm(primals_33, reinterpret_tensor(buf54, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_32, (768, 768), (1, 768), 0), alpha=1, beta=1, out=buf58)
            del primals_33
            buf59 = reinterpret_tensor(buf58, (8, 1024, 768), (786432, 768, 1), 0); del buf58  # reuse
            buf60 = empty_strided_cuda((8, 1024, 1), (1024, 1, 1), torch.float32)
            buf61 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf63 = reinterpret_tensor(buf61, (8, 1024, 1), (1024, 1, 1), 0); del buf61  # reuse
            buf64 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_9, x_5, layer_norm_5], Original ATen: [aten.view, aten.add, aten.native_layer_norm]
            # [Provenance debug handles] triton_per_fused_add_native_layer_norm_view_5:23
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_view_5.run(buf59, buf63, buf46, primals_34, primals_35, buf60, buf64, 8192, 768, stream=stream0)
            del primals_35
            buf65 = empty_strided_cuda((8192, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [layer_norm_5, linear_10], Original ATen: [aten.native_layer_norm, aten.view, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:24
            extern_kernels.addmm(primals_37, reinterpret_tensor(buf64, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_36, (768, 3072), (1, 768), 0), alpha=1, beta=1, out=buf65)
            del primals_37
            buf66 = empty_strided_cuda((8, 1024, 3072), (3145728, 3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_10, gelu_2], Original ATen: [aten.view, aten.gelu]
            # [Provenance debug handles] triton_poi_fused_gelu_view_4:25
            stream0 = get_raw_stream(0)
            triton_poi_fused_gelu_view_4.run(buf65, buf66, 25165824, stream=stream0)
            buf67 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_10, gelu_2, linear_11], Original ATen: [aten.view, aten.gelu, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:26
            extern_kernels.addmm(primals_39, reinterpret_tensor(buf66, (8192, 3072), (3072, 1), 0), reinterpret_tensor(primals_38, (3072, 768), (1, 3072), 0), alpha=1, beta=1, out=buf67)
            del primals_39
            buf68 = reinterpret_tensor(buf67, (8, 1024, 768), (786432, 768, 1), 0); del buf67  # reuse
            buf69 = empty_strided_cuda((8, 1024, 1), (1024, 1, 1), torch.float32)
            buf70 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf72 = reinterpret_tensor(buf70, (8, 1024, 1), (1024, 1, 1), 0); del buf70  # reuse
            buf73 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_11, x_6, layer_norm_6], Original ATen: [aten.view, aten.add, aten.native_layer_norm]
            # [Provenance debug handles] triton_per_fused_add_native_layer_norm_view_5:27
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_view_5.run(buf68, buf72, buf59, primals_40, primals_41, buf69, buf73, 8192, 768, stream=stream0)
            del primals_41
            buf74 = empty_strided_cuda((8192, 2304), (2304, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [layer_norm_6, linear_12], Original ATen: [aten.native_layer_norm, aten.view, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:28
            extern_kernels.addmm(primals_43, reinterpret_tensor(buf73, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_42, (768, 2304), (1, 768), 0), alpha=1, beta=1, out=buf74)
            del primals_43
            # Topologically Sorted Source Nodes: [linear_12, split_3, view_9, q_3, view_10, k_3, view_11, v_3, y_3], Original ATen: [aten.view, aten.split, aten.transpose, aten._scaled_dot_product_cudnn_attention]
            # [Provenance debug handles] torch.ops.aten._scaled_dot_product_cudnn_attention.default:29
            buf75 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(reinterpret_tensor(buf74, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 0), reinterpret_tensor(buf74, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 768), reinterpret_tensor(buf74, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 1536), None, True, 0.0, True)
            buf76 = buf75[0]
            assert_size_stride(buf76, (8, 12, 1024, 64), (786432, 64, 768, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf76, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf77 = buf75[1]
            assert_size_stride(buf77, (8, 12, 1024, 1), (12288, 1024, 1, 1), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf77, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf78 = buf75[6]
            assert_size_stride(buf78, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf78, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            buf79 = buf75[7]
            assert_size_stride(buf79, (), (), 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            assert_alignment(buf79, 16, 'torch.ops.aten._scaled_dot_product_cudnn_attention.default')
            del buf75
            buf80 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [transpose_15, reshape_3, linear_13], Original ATen: [aten.transpose, aten.view, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:30
            extern_kernels.addmm(primals_45, reinterpret_tensor(buf76, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_44, (768, 768), (1, 768), 0), alpha=1, beta=1, out=buf80)
            del primals_45
            buf81 = reinterpret_tensor(buf80, (8, 1024, 768), (786432, 768, 1), 0); del buf80  # reuse
            buf82 = empty_strided_cuda((8, 1024, 1), (1024, 1, 1), torch.float32)
            buf83 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf85 = reinterpret_tensor(buf83, (8, 1024, 1), (1024, 1, 1), 0); del buf83  # reuse
            buf86 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_13, x_7, layer_norm_7], Original ATen: [aten.view, aten.add, aten.native_layer_norm]
            # [Provenance debug handles] triton_per_fused_add_native_layer_norm_view_5:31
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_view_5.run(buf81, buf85, buf68, primals_46, primals_47, buf82, buf86, 8192, 768, stream=stream0)
            del primals_47
            buf87 = empty_strided_cuda((8192, 3072), (3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [layer_norm_7, linear_14], Original ATen: [aten.native_layer_norm, aten.view, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:32
            extern_kernels.addmm(primals_49, reinterpret_tensor(buf86, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_48, (768, 3072), (1, 768), 0), alpha=1, beta=1, out=buf87)
            del primals_49
            buf88 = empty_strided_cuda((8, 1024, 3072), (3145728, 3072, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_14, gelu_3], Original ATen: [aten.view, aten.gelu]
            # [Provenance debug handles] triton_poi_fused_gelu_view_4:33
            stream0 = get_raw_stream(0)
            triton_poi_fused_gelu_view_4.run(buf87, buf88, 25165824, stream=stream0)
            buf89 = empty_strided_cuda((8192, 768), (768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_14, gelu_3, linear_15], Original ATen: [aten.view, aten.gelu, aten.t, aten.addmm]
            # [Provenance debug handles] extern_kernels.addmm:34
            extern_kernels.addmm(primals_51, reinterpret_tensor(buf88, (8192, 3072), (3072, 1), 0), reinterpret_tensor(primals_50, (3072, 768), (1, 3072), 0), alpha=1, beta=1, out=buf89)
            del primals_51
            buf90 = reinterpret_tensor(buf89, (8, 1024, 768), (786432, 768, 1), 0); del buf89  # reuse
            buf91 = empty_strided_cuda((8, 1024, 1), (1024, 1, 1), torch.float32)
            buf92 = empty_strided_cuda((8, 1024, 1), (1024, 1, 8192), torch.float32)
            buf94 = reinterpret_tensor(buf92, (8, 1024, 1), (1024, 1, 1), 0); del buf92  # reuse
            buf95 = empty_strided_cuda((8, 1024, 768), (786432, 768, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [linear_15, x_8, layer_norm_8], Original ATen: [aten.view, aten.add, aten.native_layer_norm]
            # [Provenance debug handles] triton_per_fused_add_native_layer_norm_view_5:35
            stream0 = get_raw_stream(0)
            triton_per_fused_add_native_layer_norm_view_5.run(buf90, buf94, buf81, primals_52, primals_53, buf91, buf95, 8192, 768, stream=stream0)
            del primals_53
            buf96 = empty_strided_cuda((8192, 50304), (50304, 1), torch.bfloat16)
            # Topologically Sorted Source Nodes: [layer_norm_8, linear_16], Original ATen: [aten.native_layer_norm, aten.t, aten.view, aten.mm]
            # [Provenance debug handles] extern_kernels.mm:36
            extern_kernels.mm(reinterpret_tensor(buf95, (8192, 768), (768, 1), 0), reinterpret_tensor(primals_2, (768, 50304), (1, 768), 0), out=buf96)
            buf97 = empty_strided_cuda((8192, 1), (1, 1), torch.float32)
            buf98 = empty_strided_cuda((8192, 1), (1, 8192), torch.float32)
            buf99 = reinterpret_tensor(buf98, (8192, 1), (1, 1), 0); del buf98  # reuse
            # Topologically Sorted Source Nodes: [linear_16, float_1, view_12, , cross_entropy], Original ATen: [aten._unsafe_view, aten._to_copy, aten.view, prims.prepare_softmax_online, aten._log_softmax]
            # [Provenance debug handles] triton_red_fused__log_softmax__to_copy__unsafe_view_prepare_softmax_online_view_6:37
            stream0 = get_raw_stream(0)
            triton_red_fused__log_softmax__to_copy__unsafe_view_prepare_softmax_online_view_6.run(buf99, buf96, buf97, 8192, 50304, stream=stream0)
            buf102 = empty_strided_cuda((), (), torch.float32)
            buf101 = empty_strided_cuda((), (), torch.float32)
            buf103 = buf102; del buf102  # reuse
            # Topologically Sorted Source Nodes: [linear_16, float_1, view_12, view_13, , cross_entropy], Original ATen: [aten._unsafe_view, aten._to_copy, aten.view, aten.sub, aten._log_softmax, aten.nll_loss_forward]
            # [Provenance debug handles] triton_red_fused__log_softmax__to_copy__unsafe_view_nll_loss_forward_sub_view_7:38
            stream0 = get_raw_stream(0)
            triton_red_fused__log_softmax__to_copy__unsafe_view_nll_loss_forward_sub_view_7.run(buf103, primals_54, buf96, buf97, buf99, buf101, 1, 8192, stream=stream0)
        return (buf103, primals_1, primals_2, primals_4, primals_6, primals_8, primals_10, primals_12, primals_14, primals_16, primals_18, primals_20, primals_22, primals_24, primals_26, primals_28, primals_30, primals_32, primals_34, primals_36, primals_38, primals_40, primals_42, primals_44, primals_46, primals_48, primals_50, primals_52, primals_54, buf0, buf1, buf2, buf3, buf6, reinterpret_tensor(buf7, (8192, 768), (768, 1), 0), reinterpret_tensor(buf8, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 0), reinterpret_tensor(buf8, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 768), reinterpret_tensor(buf8, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 1536), buf10, buf11, buf12, buf13, buf15, buf16, buf19, reinterpret_tensor(buf20, (8192, 768), (768, 1), 0), buf21, reinterpret_tensor(buf22, (8192, 3072), (3072, 1), 0), buf24, buf25, buf28, reinterpret_tensor(buf29, (8192, 768), (768, 1), 0), reinterpret_tensor(buf30, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 0), reinterpret_tensor(buf30, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 768), reinterpret_tensor(buf30, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 1536), buf32, buf33, buf34, buf35, buf37, buf38, buf41, reinterpret_tensor(buf42, (8192, 768), (768, 1), 0), buf43, reinterpret_tensor(buf44, (8192, 3072), (3072, 1), 0), buf46, buf47, buf50, reinterpret_tensor(buf51, (8192, 768), (768, 1), 0), reinterpret_tensor(buf52, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 0), reinterpret_tensor(buf52, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 768), reinterpret_tensor(buf52, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 1536), buf54, buf55, buf56, buf57, buf59, buf60, buf63, reinterpret_tensor(buf64, (8192, 768), (768, 1), 0), buf65, reinterpret_tensor(buf66, (8192, 3072), (3072, 1), 0), buf68, buf69, buf72, reinterpret_tensor(buf73, (8192, 768), (768, 1), 0), reinterpret_tensor(buf74, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 0), reinterpret_tensor(buf74, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 768), reinterpret_tensor(buf74, (8, 12, 1024, 64), (2359296, 64, 2304, 1), 1536), buf76, buf77, buf78, buf79, buf81, buf82, buf85, reinterpret_tensor(buf86, (8192, 768), (768, 1), 0), buf87, reinterpret_tensor(buf88, (8192, 3072), (3072, 1), 0), buf90, buf91, buf94, reinterpret_tensor(buf95, (8192, 768), (768, 1), 0), buf96, buf97, buf99, buf101, )

runner = Runner(partitions=[])
call = runner.call
recursively_apply_fns = runner.recursively_apply_fns


def get_args():
    from torch._dynamo.testing import rand_strided
    primals_1 = rand_strided((8, 1024), (1024, 1), device='cuda:0', dtype=torch.int64)
    primals_2 = rand_strided((50304, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_3 = rand_strided((1024, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_4 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_5 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_6 = rand_strided((2304, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_7 = rand_strided((2304, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_8 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_9 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_10 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_11 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_12 = rand_strided((3072, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_13 = rand_strided((3072, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_14 = rand_strided((768, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_15 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_16 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_17 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_18 = rand_strided((2304, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_19 = rand_strided((2304, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_20 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_21 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_22 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_23 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_24 = rand_strided((3072, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_25 = rand_strided((3072, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_26 = rand_strided((768, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_27 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_28 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_29 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_30 = rand_strided((2304, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_31 = rand_strided((2304, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_32 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_33 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_34 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_35 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_36 = rand_strided((3072, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_37 = rand_strided((3072, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_38 = rand_strided((768, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_39 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_40 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_41 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_42 = rand_strided((2304, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_43 = rand_strided((2304, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_44 = rand_strided((768, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_45 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_46 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_47 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_48 = rand_strided((3072, 768), (768, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_49 = rand_strided((3072, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_50 = rand_strided((768, 3072), (3072, 1), device='cuda:0', dtype=torch.bfloat16)
    primals_51 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_52 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_53 = rand_strided((768, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    primals_54 = rand_strided((8, 1024), (1024, 1), device='cuda:0', dtype=torch.int64)
    return [primals_1, primals_2, primals_3, primals_4, primals_5, primals_6, primals_7, primals_8, primals_9, primals_10, primals_11, primals_12, primals_13, primals_14, primals_15, primals_16, primals_17, primals_18, primals_19, primals_20, primals_21, primals_22, primals_23, primals_24, primals_25, primals_26, primals_27, primals_28, primals_29, primals_30, primals_31, primals_32, primals_33, primals_34, primals_35, primals_36, primals_37, primals_38, primals_39, primals_40, primals_41, primals_42, primals_43, primals_44, primals_45, primals_46, primals_47, primals_48, primals_49, primals_50, primals_51, primals_52, primals_53, primals_54]


def benchmark_compiled_module(args, times=10, repeat=10):
    from torch._inductor.utils import print_performance
    fn = lambda: call(list(args))
    return print_performance(fn, times=times, repeat=repeat)


if __name__ == "__main__":
    from torch._inductor.wrapper_benchmark import compiled_module_main
    args = get_args()
    compiled_module_main('None', lambda times, repeat: benchmark_compiled_module(args, times=times, repeat=repeat))
