
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
