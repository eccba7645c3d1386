
import os
os.environ['TORCH_CUDA_ARCH_LIST'] = '9.0a'
os.environ['TORCHINDUCTOR_CACHE_DIR'] = '/root/out/r4/captures/.cache/layernorm_backward/inductor'
os.environ['TRITON_CACHE_DIR'] = '/root/out/r4/captures/.cache/layernorm_backward/triton'
os.environ['TORCH_TRACE'] = '/root/out/r4/captures/.staging/layernorm_backward--20261201-092140-cuda-default--1183/trace'
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
torch._inductor.config.trace.debug_dir = '/root/out/r4/captures/.staging/layernorm_backward--20261201-092140-cuda-default--1183/debug'
torch._inductor.config.trace.graph_diagram = False
torch._inductor.config.trace.draw_orig_fx_graph = False
torch._inductor.config.trace.log_autotuning_results = True
torch._inductor.config.trace.provenance_tracking_level = 1
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



    def forward(self, primals_1, primals_2, primals_3, primals_4, getitem_1, rsqrt, tangents_1):
        expand = torch.ops.aten.expand.default(tangents_1, [8192, 4096]);  tangents_1 = None
        convert_element_type = torch.ops.prims.convert_element_type.default(primals_1, torch.float32);  primals_1 = None
        sub = torch.ops.aten.sub.Tensor(convert_element_type, getitem_1);  convert_element_type = getitem_1 = None
        mul = torch.ops.aten.mul.Tensor(sub, rsqrt);  sub = None
        mul_1 = torch.ops.aten.mul.Tensor(mul, primals_2)
        add_1 = torch.ops.aten.add.Tensor(mul_1, primals_3);  mul_1 = primals_3 = None
        convert_element_type_1 = torch.ops.prims.convert_element_type.default(add_1, torch.bfloat16);  add_1 = None
        mul_3 = torch.ops.aten.mul.Tensor(expand, convert_element_type_1);  convert_element_type_1 = None
        mul_4 = torch.ops.aten.mul.Tensor(expand, primals_4);  expand = primals_4 = None
        convert_element_type_2 = torch.ops.prims.convert_element_type.default(mul_4, torch.float32);  mul_4 = None
        convert_element_type_4 = torch.ops.prims.convert_element_type.default(primals_2, torch.float32);  primals_2 = None
        mul_6 = torch.ops.aten.mul.Tensor(convert_element_type_2, convert_element_type_4);  convert_element_type_4 = None
        mul_7 = torch.ops.aten.mul.Tensor(mul_6, 4096)
        sum_2 = torch.ops.aten.sum.dim_IntList(mul_6, [1], True)
        mul_8 = torch.ops.aten.mul.Tensor(mul_6, mul);  mul_6 = None
        sum_3 = torch.ops.aten.sum.dim_IntList(mul_8, [1], True);  mul_8 = None
        mul_9 = torch.ops.aten.mul.Tensor(mul, sum_3);  sum_3 = None
        sub_2 = torch.ops.aten.sub.Tensor(mul_7, sum_2);  mul_7 = sum_2 = None
        sub_3 = torch.ops.aten.sub.Tensor(sub_2, mul_9);  sub_2 = mul_9 = None
        div = torch.ops.aten.div.Tensor(rsqrt, 4096);  rsqrt = None
        mul_10 = torch.ops.aten.mul.Tensor(div, sub_3);  div = sub_3 = None
        mul_11 = torch.ops.aten.mul.Tensor(convert_element_type_2, mul);  mul = None
        sum_4 = torch.ops.aten.sum.dim_IntList(mul_11, [0]);  mul_11 = None
        sum_5 = torch.ops.aten.sum.dim_IntList(convert_element_type_2, [0]);  convert_element_type_2 = None
        convert_element_type_6 = torch.ops.prims.convert_element_type.default(mul_10, torch.bfloat16);  mul_10 = None
        convert_element_type_7 = torch.ops.prims.convert_element_type.default(sum_4, torch.bfloat16);  sum_4 = None
        convert_element_type_8 = torch.ops.prims.convert_element_type.default(sum_5, torch.bfloat16);  sum_5 = None
        return (convert_element_type_6, convert_element_type_7, convert_element_type_8, mul_3)

def load_args(reader):
    buf0 = reader.storage(None, 67108864, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf0, (8192, 4096), dtype=torch.bfloat16, is_leaf=True)  # primals_1
    buf1 = reader.storage(None, 8192, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf1, (4096,), dtype=torch.bfloat16, is_leaf=True)  # primals_2
    buf2 = reader.storage(None, 8192, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf2, (4096,), dtype=torch.bfloat16, is_leaf=True)  # primals_3
    buf3 = reader.storage(None, 67108864, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf3, (8192, 4096), dtype=torch.bfloat16, is_leaf=True)  # primals_4
    buf4 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf4, (8192, 1), is_leaf=True)  # getitem_1
    buf5 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf5, (8192, 1), is_leaf=True)  # rsqrt
    buf6 = reader.storage(None, 2, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf6, (), dtype=torch.bfloat16, is_leaf=True)  # tangents_1
load_args._version = 0
mod = Repro()
if __name__ == '__main__':
    from torch._dynamo.repro.after_aot import run_repro
    with torch.no_grad():
        run_repro(mod, load_args, accuracy=False, command='run', save_dir=None, tracing_mode='real', check_str=None)
        # To run it separately, do 
        # mod, args = run_repro(mod, load_args, accuracy=False, command='get_args', save_dir=None, tracing_mode='real', check_str=None)
        # mod(*args)