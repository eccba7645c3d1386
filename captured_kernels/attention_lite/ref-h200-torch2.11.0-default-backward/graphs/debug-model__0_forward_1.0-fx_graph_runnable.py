
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

torch._inductor.config.trace.enabled = False
torch._inductor.config.trace.save_real_tensors = False
torch._inductor.config.trace.debug_dir = '/root/out/r4/captures/.staging/attention_lite--20261201-092224-cuda-default--1183/debug'
torch._inductor.config.trace.graph_diagram = False
torch._inductor.config.trace.draw_orig_fx_graph = False
torch._inductor.config.trace.log_autotuning_results = True
torch._inductor.config.trace.provenance_tracking_level = 1
torch._functorch.config.functionalize_rng_ops = False
torch._functorch.config.fake_tensor_allow_unsafe_data_ptr_access = True
torch._functorch.config.unlift_effect_tokens = True
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



    def forward(self, primals_1, primals_2, primals_3):
        permute = torch.ops.aten.permute.default(primals_1, [0, 1, 3, 2]);  primals_1 = None
        expand = torch.ops.aten.expand.default(primals_2, [4, 16, 4096, 64]);  primals_2 = None
        view = torch.ops.aten.view.default(expand, [64, 4096, 64]);  expand = None
        expand_1 = torch.ops.aten.expand.default(permute, [4, 16, 64, 4096]);  permute = None
        view_1 = torch.ops.aten.view.default(expand_1, [64, 64, 4096]);  expand_1 = None
        bmm = torch.ops.aten.bmm.default(view, view_1)
        view_2 = torch.ops.aten.view.default(bmm, [4, 16, 4096, 4096]);  bmm = None
        mul = torch.ops.aten.mul.Tensor(view_2, 0.125);  view_2 = None
        full_default = torch.ops.aten.full.default([4096, 4096], True, dtype = torch.bool, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        iota = torch.ops.prims.iota.default(4096, start = 0, step = 1, dtype = torch.int64, device = device(type='cuda', index=0), requires_grad = False)
        unsqueeze = torch.ops.aten.unsqueeze.default(iota, -2)
        unsqueeze_1 = torch.ops.aten.unsqueeze.default(iota, -1);  iota = None
        sub = torch.ops.aten.sub.Tensor(unsqueeze, unsqueeze_1);  unsqueeze = unsqueeze_1 = None
        ge = torch.ops.aten.ge.Scalar(sub, 1);  sub = None
        logical_and = torch.ops.aten.logical_and.default(ge, full_default);  ge = full_default = None
        full_default_1 = torch.ops.aten.full.default([], -inf, dtype = torch.bfloat16, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where = torch.ops.aten.where.self(logical_and, full_default_1, mul);  full_default_1 = mul = None
        convert_element_type_2 = torch.ops.prims.convert_element_type.default(where, torch.float32);  where = None
        amax = torch.ops.aten.amax.default(convert_element_type_2, [-1], True)
        sub_1 = torch.ops.aten.sub.Tensor(convert_element_type_2, amax);  convert_element_type_2 = amax = None
        exp = torch.ops.aten.exp.default(sub_1);  sub_1 = None
        sum_1 = torch.ops.aten.sum.dim_IntList(exp, [-1], True)
        div = torch.ops.aten.div.Tensor(exp, sum_1);  exp = sum_1 = None
        convert_element_type_3 = torch.ops.prims.convert_element_type.default(div, torch.bfloat16);  div = None
        expand_2 = torch.ops.aten.expand.default(convert_element_type_3, [4, 16, 4096, 4096])
        view_3 = torch.ops.aten.view.default(expand_2, [64, 4096, 4096]);  expand_2 = None
        expand_3 = torch.ops.aten.expand.default(primals_3, [4, 16, 4096, 64]);  primals_3 = None
        view_4 = torch.ops.aten.view.default(expand_3, [64, 4096, 64]);  expand_3 = None
        bmm_1 = torch.ops.aten.bmm.default(view_3, view_4);  view_3 = None
        view_5 = torch.ops.aten.view.default(bmm_1, [4, 16, 4096, 64]);  bmm_1 = None
        permute_2 = torch.ops.aten.permute.default(view_4, [0, 2, 1]);  view_4 = None
        permute_3 = torch.ops.aten.permute.default(view, [0, 2, 1]);  view = None
        permute_4 = torch.ops.aten.permute.default(view_1, [0, 2, 1]);  view_1 = None
        return (view_5, logical_and, convert_element_type_3, permute_2, permute_3, permute_4)

def load_args(reader):
    buf0 = reader.storage(None, 33554432, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf0, (4, 16, 4096, 64), dtype=torch.bfloat16, is_leaf=True)  # primals_1
    buf1 = reader.storage(None, 33554432, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf1, (4, 16, 4096, 64), dtype=torch.bfloat16, is_leaf=True)  # primals_2
    buf2 = reader.storage(None, 33554432, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf2, (4, 16, 4096, 64), dtype=torch.bfloat16, is_leaf=True)  # primals_3
load_args._version = 0
mod = Repro()
if __name__ == '__main__':
    from torch._dynamo.repro.after_aot import run_repro
    with torch.no_grad():
        run_repro(mod, load_args, accuracy=False, command='run', save_dir=None, tracing_mode='real', check_str=None)
        # To run it separately, do 
        # mod, args = run_repro(mod, load_args, accuracy=False, command='get_args', save_dir=None, tracing_mode='real', check_str=None)
        # mod(*args)