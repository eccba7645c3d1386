
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
