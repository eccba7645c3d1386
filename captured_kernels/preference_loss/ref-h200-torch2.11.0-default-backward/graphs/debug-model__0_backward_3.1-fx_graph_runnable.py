
import os
os.environ['TORCH_CUDA_ARCH_LIST'] = '9.0a'
os.environ['TORCHINDUCTOR_CACHE_DIR'] = '/root/out/r4/captures/.cache/preference_loss/inductor'
os.environ['TRITON_CACHE_DIR'] = '/root/out/r4/captures/.cache/preference_loss/triton'
os.environ['TORCH_TRACE'] = '/root/out/r4/captures/.staging/preference_loss--20261201-092119-cuda-default--1183/trace'
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
torch._inductor.config.trace.debug_dir = '/root/out/r4/captures/.staging/preference_loss--20261201-092119-cuda-default--1183/debug'
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



    def forward(self, mul, tangents_1):
        neg_2 = torch.ops.aten.neg.default(tangents_1);  tangents_1 = None
        expand = torch.ops.aten.expand.default(neg_2, [8388608]);  neg_2 = None
        div = torch.ops.aten.div.Scalar(expand, 8388608);  expand = None
        convert_element_type_3 = torch.ops.prims.convert_element_type.default(div, torch.float32);  div = None
        convert_element_type = torch.ops.prims.convert_element_type.default(mul, torch.float32);  mul = None
        lt = torch.ops.aten.lt.Scalar(convert_element_type, 0)
        full_default_1 = torch.ops.aten.full.default([], 0, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        full_default_2 = torch.ops.aten.full.default([], 1, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where = torch.ops.aten.where.self(lt, full_default_2, full_default_1);  full_default_1 = None
        full_default_3 = torch.ops.aten.full.default([], -1, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_1 = torch.ops.aten.where.self(lt, full_default_2, full_default_3);  lt = full_default_2 = full_default_3 = None
        abs_1 = torch.ops.aten.abs.default(convert_element_type);  convert_element_type = None
        neg = torch.ops.aten.neg.default(abs_1);  abs_1 = None
        exp = torch.ops.aten.exp.default(neg);  neg = None
        add = torch.ops.aten.add.Tensor(exp, 1)
        div_1 = torch.ops.aten.div.Tensor(exp, add);  exp = add = None
        mul_1 = torch.ops.aten.mul.Tensor(where_1, div_1);  where_1 = div_1 = None
        sub_4 = torch.ops.aten.sub.Tensor(where, mul_1);  where = mul_1 = None
        mul_2 = torch.ops.aten.mul.Tensor(convert_element_type_3, sub_4);  convert_element_type_3 = sub_4 = None
        convert_element_type_6 = torch.ops.prims.convert_element_type.default(mul_2, torch.bfloat16);  mul_2 = None
        mul_3 = torch.ops.aten.mul.Tensor(convert_element_type_6, 0.1);  convert_element_type_6 = None
        neg_4 = torch.ops.aten.neg.default(mul_3)
        neg_5 = torch.ops.aten.neg.default(neg_4)
        neg_6 = torch.ops.aten.neg.default(mul_3)
        return (mul_3, neg_6, neg_4, neg_5)

def load_args(reader):
    buf0 = reader.storage(None, 16777216, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf0, (8388608,), dtype=torch.bfloat16, is_leaf=True)  # mul
    buf1 = reader.storage(None, 2, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf1, (), dtype=torch.bfloat16, is_leaf=True)  # tangents_1
load_args._version = 0
mod = Repro()
if __name__ == '__main__':
    from torch._dynamo.repro.after_aot import run_repro
    with torch.no_grad():
        run_repro(mod, load_args, accuracy=False, command='run', save_dir=None, tracing_mode='real', check_str=None)
        # To run it separately, do 
        # mod, args = run_repro(mod, load_args, accuracy=False, command='get_args', save_dir=None, tracing_mode='real', check_str=None)
        # mod(*args)