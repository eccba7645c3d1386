
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
