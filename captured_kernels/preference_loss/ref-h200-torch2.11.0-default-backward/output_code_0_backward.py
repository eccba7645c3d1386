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


# kernel path: /root/out/r4/captures/.cache/preference_loss/inductor/p2/cp2up3kqxws4n5oonp7tyyxnsbyvj7deepj4pt23pgyhhl6d6jef.py
# Topologically Sorted Source Nodes: [neg_2, expand, div, convert_element_type_3, log_sigmoid, lt, scalar_tensor, scalar_tensor_1, where, scalar_tensor_2, where_1, add, div_1, mul_1, sub_4, mul_2, convert_element_type_6, mul_3, neg_4, neg_5, neg_6], Original ATen: [aten.neg, aten.expand, aten.div, aten.log_sigmoid_backward, aten.log_sigmoid_forward, aten.mul]
# Source node to ATen node mapping:
#   add => add
#   convert_element_type_3 => convert_element_type_3
#   convert_element_type_6 => convert_element_type_6
#   div => div
#   div_1 => div_1
#   expand => expand
#   log_sigmoid => abs_1, convert_element_type, exp, neg
#   lt => lt
#   mul_1 => mul_1
#   mul_2 => mul_2
#   mul_3 => mul_3
#   neg_2 => neg_2
#   neg_4 => neg_4
#   neg_5 => neg_5
#   neg_6 => neg_6
#   scalar_tensor => full_default_1
#   scalar_tensor_1 => full_default_2
#   scalar_tensor_2 => full_default_3
#   sub_4 => sub_4
#   where => where
#   where_1 => where_1
# Graph fragment:
#   %tangents_1 : Tensor "bf16[][]cuda:0" = PlaceHolder[target=tangents_1]
#   %mul : Tensor "bf16[8388608][1]cuda:0" = PlaceHolder[target=mul]
#   %mul_3 : Tensor "bf16[8388608][1]cuda:0" = PlaceHolder[target=mul_3]
#   %neg_4 : Tensor "bf16[8388608][1]cuda:0" = PlaceHolder[target=neg_4]
#   %neg_2 : Tensor "bf16[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%tangents_1,), kwargs = {})
#   %expand : Tensor "bf16[8388608][0]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.expand.default](args = (%neg_2, [8388608]), kwargs = {})
#   %div : Tensor "bf16[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Scalar](args = (%expand, 8388608), kwargs = {})
#   %convert_element_type_3 : Tensor "f32[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%div, torch.float32), kwargs = {})
#   %convert_element_type : Tensor "f32[8388608][1]cuda:0"[num_users=2] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul, torch.float32), kwargs = {})
#   %lt : Tensor "b8[8388608][1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.lt.Scalar](args = (%convert_element_type, 0), kwargs = {})
#   %full_default_1 : Tensor "i64[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], 0), kwargs = {dtype: torch.int64, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %full_default_2 : Tensor "i64[][]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.full.default](args = ([], 1), kwargs = {dtype: torch.int64, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where : Tensor "i64[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%lt, %full_default_2, %full_default_1), kwargs = {})
#   %full_default_3 : Tensor "i64[][]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.full.default](args = ([], -1), kwargs = {dtype: torch.int64, layout: torch.strided, device: cuda:0, pin_memory: False})
#   %where_1 : Tensor "i64[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.where.self](args = (%lt, %full_default_2, %full_default_3), kwargs = {})
#   %abs_1 : Tensor "f32[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.abs.default](args = (%convert_element_type,), kwargs = {})
#   %neg : Tensor "f32[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%abs_1,), kwargs = {})
#   %exp : Tensor "f32[8388608][1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.exp.default](args = (%neg,), kwargs = {})
#   %add : Tensor "f32[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%exp, 1), kwargs = {})
#   %div_1 : Tensor "f32[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.div.Tensor](args = (%exp, %add), kwargs = {})
#   %mul_1 : Tensor "f32[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%where_1, %div_1), kwargs = {})
#   %sub_4 : Tensor "f32[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.sub.Tensor](args = (%where, %mul_1), kwargs = {})
#   %mul_2 : Tensor "f32[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_3, %sub_4), kwargs = {})
#   %convert_element_type_6 : Tensor "bf16[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%mul_2, torch.bfloat16), kwargs = {})
#   %mul_3 : Tensor "bf16[8388608][1]cuda:0"[num_users=3] = call_function[target=torch.ops.aten.mul.Tensor](args = (%convert_element_type_6, 0.1), kwargs = {})
#   %neg_4 : Tensor "bf16[8388608][1]cuda:0"[num_users=2] = call_function[target=torch.ops.aten.neg.default](args = (%mul_3,), kwargs = {})
#   %neg_5 : Tensor "bf16[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%neg_4,), kwargs = {})
#   %neg_6 : Tensor "bf16[8388608][1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.neg.default](args = (%mul_3,), kwargs = {})
#   return %mul_3,%neg_4,%neg_5,%neg_6
triton_poi_fused_div_expand_log_sigmoid_backward_log_sigmoid_forward_mul_neg_0 = async_compile.triton('triton_poi_fused_div_expand_log_sigmoid_backward_log_sigmoid_forward_mul_neg_0', '''
import triton
import triton.language as tl

from torch._inductor.runtime import triton_helpers, triton_heuristics
from torch._inductor.runtime.triton_helpers import libdevice, math as tl_math
from torch._inductor.runtime.hints import AutotuneHint, ReductionHint, TileHint, DeviceProperties
triton_helpers.set_driver_to_gpu()

@triton_heuristics.pointwise(
    size_hints={'x': 8388608}, 
    filename=__file__,
    triton_meta={'signature': {'in_out_ptr0': '*bf16', 'in_ptr0': '*bf16', 'out_ptr0': '*bf16', 'out_ptr1': '*bf16', 'out_ptr2': '*bf16', 'xnumel': 'i32', 'XBLOCK': 'constexpr'}, 'device': DeviceProperties(type='cuda', index=0, multi_processor_count=132, cc=90, major=9, regs_per_multiprocessor=65536, max_threads_per_multi_processor=2048, max_threads_per_block=1024, warp_size=32), 'constants': {}, 'native_matmul': False, 'enable_fp_fusion': True, 'launch_pdl': False, 'disable_ftz': False, 'configs': [{(0,): [['tt.divisibility', 16]], (1,): [['tt.divisibility', 16]], (2,): [['tt.divisibility', 16]], (3,): [['tt.divisibility', 16]], (4,): [['tt.divisibility', 16]], (5,): [['tt.divisibility', 16]]}]},
    inductor_meta={'grid_type': 'Grid1D', 'autotune_hints': set(), 'kernel_name': 'triton_poi_fused_div_expand_log_sigmoid_backward_log_sigmoid_forward_mul_neg_0', 'mutated_arg_names': ['in_out_ptr0'], 'optimize_mem': True, 'no_x_dim': False, 'atomic_add_found': False, 'num_load': 2, 'num_store': 4, 'num_reduction': 0, 'backend_hash': '91D1D1166449D9E2EB66EB9770C9E2C3B0FEB787341F27FEB4D3F0338DA50336', 'assert_indirect_indexing': True, 'autotune_local_cache': True, 'autotune_pointwise': True, 'autotune_remote_cache': None, 'force_disable_caches': False, 'dynamic_scale_rblock': True, 'max_autotune': False, 'max_autotune_pointwise': False, 'min_split_scan_rblock': 256, 'spill_threshold': 16, 'store_cubin': False, 'deterministic': False, 'force_filter_reduction_configs': False, 'mix_order_reduction_allow_multi_stages': False, 'are_deterministic_algorithms_enabled': False, 'tiling_scores': {'x': 150994944}},
    min_elem_per_thread=0
)
@triton.jit
def triton_poi_fused_div_expand_log_sigmoid_backward_log_sigmoid_forward_mul_neg_0(in_out_ptr0, in_ptr0, out_ptr0, out_ptr1, out_ptr2, xnumel, XBLOCK : tl.constexpr):
    xnumel = 8388608
    xoffset = tl.program_id(0) * XBLOCK
    xindex = xoffset + tl.arange(0, XBLOCK)[:]
    xmask = tl.full([XBLOCK], True, tl.int1)[:]
    x0 = xindex
    tmp0 = tl.load(in_ptr0 + (0)).to(tl.float32)
    tmp1 = tl.broadcast_to(tmp0, [XBLOCK])
    tmp6 = tl.load(in_out_ptr0 + (x0), None).to(tl.float32)
    tmp2 = -tmp1
    tmp3 = tl.full([1], 1.1920928955078125e-07, tl.float32)
    tmp4 = tmp2 * tmp3
    tmp5 = tmp4.to(tl.float32)
    tmp7 = tmp6.to(tl.float32)
    tmp8 = tl.full([1], 0.0, tl.float32)
    tmp9 = tmp7 < tmp8
    tmp10 = tl.full([1], 1, tl.int64)
    tmp11 = tl.full([1], 0, tl.int64)
    tmp12 = tl.where(tmp9, tmp10, tmp11)
    tmp13 = tmp12.to(tl.float32)
    tmp14 = tl.full([1], -1, tl.int64)
    tmp15 = tl.where(tmp9, tmp10, tmp14)
    tmp16 = tmp15.to(tl.float32)
    tmp17 = tl_math.abs(tmp7)
    tmp18 = -tmp17
    tmp19 = libdevice.exp(tmp18)
    tmp20 = tl.full([1], 1.0, tl.float32)
    tmp21 = tmp19 + tmp20
    tmp22 = (tmp19 / tmp21)
    tmp23 = tmp16 * tmp22
    tmp24 = tmp13 - tmp23
    tmp25 = tmp5 * tmp24
    tmp26 = tmp25.to(tl.float32)
    tmp27 = tl.full([1], 0.1, tl.float32)
    tmp28 = tmp26 * tmp27
    tmp29 = -tmp28
    tmp30 = -tmp29
    tl.store(in_out_ptr0 + (x0), tmp28, None)
    tl.store(out_ptr0 + (x0), tmp29, None)
    tl.store(out_ptr1 + (x0), tmp30, None)
    tl.store(out_ptr2 + (x0), tmp29, None)
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
        mul, tangents_1 = args
        args.clear()
        assert_size_stride(mul, (8388608, ), (1, ))
        assert_size_stride(tangents_1, (), ())
        with torch.cuda._DeviceGuard(0):
            torch.cuda.set_device(0)
            buf0 = mul; del mul  # reuse
            buf1 = empty_strided_cuda((8388608, ), (1, ), torch.bfloat16)
            buf2 = empty_strided_cuda((8388608, ), (1, ), torch.bfloat16)
            buf3 = empty_strided_cuda((8388608, ), (1, ), torch.bfloat16)
            # Topologically Sorted Source Nodes: [neg_2, expand, div, convert_element_type_3, log_sigmoid, lt, scalar_tensor, scalar_tensor_1, where, scalar_tensor_2, where_1, add, div_1, mul_1, sub_4, mul_2, convert_element_type_6, mul_3, neg_4, neg_5, neg_6], Original ATen: [aten.neg, aten.expand, aten.div, aten.log_sigmoid_backward, aten.log_sigmoid_forward, aten.mul]
            # [Provenance debug handles] triton_poi_fused_div_expand_log_sigmoid_backward_log_sigmoid_forward_mul_neg_0:1
            stream0 = get_raw_stream(0)
            triton_poi_fused_div_expand_log_sigmoid_backward_log_sigmoid_forward_mul_neg_0.run(buf0, tangents_1, buf1, buf2, buf3, 8388608, stream=stream0)
            del tangents_1
        return (buf0, buf3, buf1, buf2, )

runner = Runner(partitions=[])
call = runner.call
recursively_apply_fns = runner.recursively_apply_fns


def get_args():
    from torch._dynamo.testing import rand_strided
    mul = rand_strided((8388608, ), (1, ), device='cuda:0', dtype=torch.bfloat16)
    tangents_1 = rand_strided((), (), device='cuda:0', dtype=torch.bfloat16)
    return [mul, tangents_1]


def benchmark_compiled_module(args, times=10, repeat=10):
    from torch._inductor.utils import print_performance
    fn = lambda: call(list(args))
    return print_performance(fn, times=times, repeat=repeat)


if __name__ == "__main__":
    from torch._inductor.wrapper_benchmark import compiled_module_main
    args = get_args()
    compiled_module_main('None', lambda times, repeat: benchmark_compiled_module(args, times=times, repeat=repeat))
