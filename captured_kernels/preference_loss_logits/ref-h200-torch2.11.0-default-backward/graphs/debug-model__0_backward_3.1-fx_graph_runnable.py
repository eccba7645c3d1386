
import os
os.environ['TORCH_CUDA_ARCH_LIST'] = '9.0a'
os.environ['TORCHINDUCTOR_CACHE_DIR'] = '/root/out/b/captures/.cache/preference_loss_logits/inductor'
os.environ['TRITON_CACHE_DIR'] = '/root/out/b/captures/.cache/preference_loss_logits/triton'
os.environ['TORCH_TRACE'] = '/root/out/b/captures/.staging/preference_loss_logits--20261201-105650-cuda-default--1366/trace'
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
torch._inductor.config.trace.debug_dir = '/root/out/b/captures/.staging/preference_loss_logits--20261201-105650-cuda-default--1366/debug'
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



    def forward(self, primals_1, amax, log, ne, unsqueeze, sub_6, tangents_1):
        neg_2 = torch.ops.aten.neg.default(tangents_1);  tangents_1 = None
        expand = torch.ops.aten.expand.default(neg_2, [4]);  neg_2 = None
        div = torch.ops.aten.div.Scalar(expand, 4);  expand = None
        mul_2 = torch.ops.aten.mul.Tensor(div, sub_6);  div = sub_6 = None
        mul_3 = torch.ops.aten.mul.Tensor(mul_2, 0.1);  mul_2 = None
        neg_4 = torch.ops.aten.neg.default(mul_3)
        neg_5 = torch.ops.aten.neg.default(neg_4)
        full_default_6 = torch.ops.aten.full.default([8], 0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        slice_scatter = torch.ops.aten.slice_scatter.default(full_default_6, neg_5, 0, 4, 9223372036854775807);  neg_5 = None
        slice_scatter_1 = torch.ops.aten.slice_scatter.default(full_default_6, neg_4, 0, 4, 9223372036854775807)
        slice_scatter_2 = torch.ops.aten.slice_scatter.default(full_default_6, neg_4, 0, 0, 4);  neg_4 = None
        add_1 = torch.ops.aten.add.Tensor(slice_scatter, slice_scatter_2);  slice_scatter = slice_scatter_2 = None
        slice_scatter_3 = torch.ops.aten.slice_scatter.default(full_default_6, mul_3, 0, 0, 4);  full_default_6 = mul_3 = None
        add_2 = torch.ops.aten.add.Tensor(slice_scatter_1, slice_scatter_3);  slice_scatter_1 = slice_scatter_3 = None
        unsqueeze_1 = torch.ops.aten.unsqueeze.default(add_2, -1);  add_2 = None
        expand_1 = torch.ops.aten.expand.default(unsqueeze_1, [8, 1024]);  unsqueeze_1 = None
        full_default = torch.ops.aten.full.default([], 0.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_3 = torch.ops.aten.where.self(ne, expand_1, full_default);  ne = expand_1 = full_default = None
        unsqueeze_2 = torch.ops.aten.unsqueeze.default(where_3, 2);  where_3 = None
        full_default_11 = torch.ops.aten.full.default([8, 1024, 32000], 0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        scatter_add = torch.ops.aten.scatter_add.default(full_default_11, -1, unsqueeze, unsqueeze_2);  full_default_11 = unsqueeze = unsqueeze_2 = None
        convert_element_type = torch.ops.prims.convert_element_type.default(primals_1, torch.float32);  primals_1 = None
        sub = torch.ops.aten.sub.Tensor(convert_element_type, amax);  convert_element_type = amax = None
        sub_1 = torch.ops.aten.sub.Tensor(sub, log);  sub = log = None
        exp_3 = torch.ops.aten.exp.default(sub_1);  sub_1 = None
        sum_3 = torch.ops.aten.sum.dim_IntList(scatter_add, [-1], True)
        mul_4 = torch.ops.aten.mul.Tensor(exp_3, sum_3);  exp_3 = sum_3 = None
        sub_7 = torch.ops.aten.sub.Tensor(scatter_add, mul_4);  scatter_add = mul_4 = None
        convert_element_type_1 = torch.ops.prims.convert_element_type.default(sub_7, torch.bfloat16);  sub_7 = None
        return (convert_element_type_1, None, add_1)

def load_args(reader):
    buf0 = reader.storage(None, 524288000, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf0, (8, 1024, 32000), dtype=torch.bfloat16, is_leaf=True)  # primals_1
    buf1 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf1, (8, 1024, 1), is_leaf=True)  # amax
    buf2 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf2, (8, 1024, 1), is_leaf=True)  # log
    buf3 = reader.storage(None, 8192, device=device(type='cuda', index=0), dtype_hint=torch.bool)
    reader.tensor(buf3, (8, 1024), dtype=torch.bool, is_leaf=True)  # ne
    buf4 = reader.storage(None, 65536, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf4, (8, 1024, 1), dtype=torch.int64, is_leaf=True)  # unsqueeze
    buf5 = reader.storage(None, 16, device=device(type='cuda', index=0))
    reader.tensor(buf5, (4,), is_leaf=True)  # sub_6
    buf6 = reader.storage(None, 4, device=device(type='cuda', index=0))
    reader.tensor(buf6, (), is_leaf=True)  # tangents_1
load_args._version = 0
mod = Repro()
if __name__ == '__main__':
    from torch._dynamo.repro.after_aot import run_repro
    with torch.no_grad():
        run_repro(mod, load_args, accuracy=False, command='run', save_dir=None, tracing_mode='real', check_str=None)
        # To run it separately, do 
        # mod, args = run_repro(mod, load_args, accuracy=False, command='get_args', save_dir=None, tracing_mode='real', check_str=None)
        # mod(*args)