
import os
os.environ['TORCH_CUDA_ARCH_LIST'] = '9.0a'
os.environ['TORCHINDUCTOR_CACHE_DIR'] = '/root/out/r4/captures/.cache/attention_lite/inductor'
os.environ['TRITON_CACHE_DIR'] = '/root/out/r4/captures/.cache/attention_lite/triton'
os.environ['TORCH_TRACE'] = '/root/out/r4/captures/.staging/attention_lite--20261201-092224-cuda-default--1183/trace'
os.environ['INDUCTOR_PROVENANCE'] = '1'

import torch
from torch import tensor, device
import torch.fx as fx
from torch._dynamo.testing import rand_strided
from math import inf
import torch._inductor.inductor_prims



import torch._dynamo.config
import torch._inductor.config
import torch._functorch.config
import torch.fx.experimental._config

torch._inductor.config.deterministic = False
torch._inductor.config.triton.store_cubin = False
torch._inductor.config.trace.enabled = False
torch._inductor.config.trace.save_real_tensors = False
torch._inductor.config.trace.debug_dir = '/root/out/r4/captures/.staging/attention_lite--20261201-092224-cuda-default--1183/debug'
torch._inductor.config.trace.graph_diagram = False
torch._inductor.config.trace.draw_orig_fx_graph = False
torch._inductor.config.trace.log_autotuning_results = True
torch._inductor.config.trace.provenance_tracking_level = 1
torch._inductor.config.test_configs.runtime_triton_dtype_assert = False
torch._functorch.config.functionalize_rng_ops = False
torch._functorch.config.fake_tensor_allow_unsafe_data_ptr_access = True
torch._functorch.config.unlift_effect_tokens = False
torch._functorch.config.selective_decompose = False



isolate_fails_code_str = None





if "__compile_source__" in globals():
    import inspect as __after_aot_inspect
    import linecache as __after_aot_linecache
    __after_aot_filename = __after_aot_inspect.currentframe().f_code.co_filename
    __after_aot_linecache.cache[__after_aot_filename] = (
        len(__compile_source__),
        None,
        __compile_source__.splitlines(True),
        __after_aot_filename,
    )
# torch version: 2.11.0+cu130
# torch cuda version: 13.0
# torch git version: 70d99e998b4955e0049d13a98d77ae1b14db1f45


# CUDA Info: 
# nvcc: NVIDIA (R) Cuda compiler driver 
# Copyright (c) 2005-2025 NVIDIA Corporation 
# Built on Wed_Aug_20_01:58:59_PM_PDT_2025 
# Cuda compilation tools, release 13.0, V13.0.88 
# Build cuda_13.0.r13.0/compiler.36424714_0 

# GPU Hardware Info: 
# NVIDIA H200 : 1 

torch._higher_order_ops.triton_kernel_wrap.kernel_side_table.reset_table()

from torch.nn import *
class Repro(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()



    def forward(self, logical_and, convert_element_type_3, permute_2, permute_3, permute_4, tangents_1):
        view_6 = torch.ops.aten.view.default(tangents_1, [64, 4096, 64]);  tangents_1 = None
        expand_2 = torch.ops.aten.expand.default(convert_element_type_3, [4, 16, 4096, 4096])
        view_3 = torch.ops.aten.view.default(expand_2, [64, 4096, 4096]);  expand_2 = None
        permute_1 = torch.ops.aten.permute.default(view_3, [0, 2, 1]);  view_3 = None
        bmm_2 = torch.ops.aten.bmm.default(permute_1, view_6);  permute_1 = None
        bmm_3 = torch.ops.aten.bmm.default(view_6, permute_2);  view_6 = permute_2 = None
        view_7 = torch.ops.aten.view.default(bmm_2, [4, 16, 4096, 64]);  bmm_2 = None
        view_8 = torch.ops.aten.view.default(bmm_3, [4, 16, 4096, 4096]);  bmm_3 = None
        convert_element_type_10 = torch.ops.prims.convert_element_type.default(view_8, torch.float32);  view_8 = None
        convert_element_type_11 = torch.ops.prims.convert_element_type.default(convert_element_type_3, torch.float32);  convert_element_type_3 = None
        mul_1 = torch.ops.aten.mul.Tensor(convert_element_type_10, convert_element_type_11);  convert_element_type_10 = None
        sum_2 = torch.ops.aten.sum.dim_IntList(mul_1, [-1], True)
        neg = torch.ops.aten.neg.default(convert_element_type_11);  convert_element_type_11 = None
        fma = torch.ops.prims.fma.default(neg, sum_2, mul_1);  neg = sum_2 = mul_1 = None
        convert_element_type_12 = torch.ops.prims.convert_element_type.default(fma, torch.bfloat16);  fma = None
        full_default_2 = torch.ops.aten.full.default([], 0.0, dtype = torch.bfloat16, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_1 = torch.ops.aten.where.self(logical_and, full_default_2, convert_element_type_12);  logical_and = full_default_2 = convert_element_type_12 = None
        mul_2 = torch.ops.aten.mul.Tensor(where_1, 0.125);  where_1 = None
        view_9 = torch.ops.aten.view.default(mul_2, [64, 4096, 4096]);  mul_2 = None
        bmm_4 = torch.ops.aten.bmm.default(permute_3, view_9);  permute_3 = None
        bmm_5 = torch.ops.aten.bmm.default(view_9, permute_4);  view_9 = permute_4 = None
        view_10 = torch.ops.aten.view.default(bmm_4, [4, 16, 64, 4096]);  bmm_4 = None
        view_11 = torch.ops.aten.view.default(bmm_5, [4, 16, 4096, 64]);  bmm_5 = None
        permute_5 = torch.ops.aten.permute.default(view_10, [0, 1, 3, 2]);  view_10 = None
        return (permute_5, view_11, view_7)

def load_args(reader):
    buf0 = reader.storage(None, 16777216, device=device(type='cuda', index=0), dtype_hint=torch.bool)
    reader.tensor(buf0, (4096, 4096), dtype=torch.bool, is_leaf=True)  # logical_and
    buf1 = reader.storage(None, 2147483648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf1, (4, 16, 4096, 4096), dtype=torch.bfloat16, is_leaf=True)  # convert_element_type_3
    buf2 = reader.storage(None, 33554432, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf2, (64, 64, 4096), (262144, 1, 64), dtype=torch.bfloat16, is_leaf=True)  # permute_2
    buf3 = reader.storage(None, 33554432, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf3, (64, 64, 4096), (262144, 1, 64), dtype=torch.bfloat16, is_leaf=True)  # permute_3
    buf4 = reader.storage(None, 33554432, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf4, (64, 4096, 64), dtype=torch.bfloat16, is_leaf=True)  # permute_4
    buf5 = reader.storage(None, 33554432, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf5, (4, 16, 4096, 64), dtype=torch.bfloat16, is_leaf=True)  # tangents_1
load_args._version = 0
mod = Repro()
if __name__ == '__main__':
    from torch._dynamo.repro.after_aot import run_repro
    with torch.no_grad():
        run_repro(mod, load_args, accuracy=False, command='run', save_dir=None, tracing_mode='real', check_str=None)
        # To run it separately, do 
        # mod, args = run_repro(mod, load_args, accuracy=False, command='get_args', save_dir=None, tracing_mode='real', check_str=None)
        # mod(*args)