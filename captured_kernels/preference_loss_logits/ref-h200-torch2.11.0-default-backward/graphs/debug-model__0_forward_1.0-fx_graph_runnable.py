
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

torch._inductor.config.trace.enabled = False
torch._inductor.config.trace.save_real_tensors = False
torch._inductor.config.trace.debug_dir = '/root/out/b/captures/.staging/preference_loss_logits--20261201-105650-cuda-default--1366/debug'
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
        convert_element_type = torch.ops.prims.convert_element_type.default(primals_1, torch.float32)
        amax = torch.ops.aten.amax.default(convert_element_type, [-1], True)
        sub = torch.ops.aten.sub.Tensor(convert_element_type, amax);  convert_element_type = None
        exp = torch.ops.aten.exp.default(sub)
        sum_1 = torch.ops.aten.sum.dim_IntList(exp, [-1], True);  exp = None
        log = torch.ops.aten.log.default(sum_1);  sum_1 = None
        sub_1 = torch.ops.aten.sub.Tensor(sub, log);  sub = None
        ne = torch.ops.aten.ne.Scalar(primals_2, -100)
        clamp_min = torch.ops.aten.clamp_min.default(primals_2, 0);  primals_2 = None
        unsqueeze = torch.ops.aten.unsqueeze.default(clamp_min, -1);  clamp_min = None
        gather = torch.ops.aten.gather.default(sub_1, -1, unsqueeze);  sub_1 = None
        squeeze = torch.ops.aten.squeeze.dim(gather, -1);  gather = None
        full_default = torch.ops.aten.full.default([], 0.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where = torch.ops.aten.where.self(ne, squeeze, full_default);  squeeze = full_default = None
        sum_2 = torch.ops.aten.sum.dim_IntList(where, [-1]);  where = None
        slice_1 = torch.ops.aten.slice.Tensor(sum_2, 0, 0, 4)
        slice_2 = torch.ops.aten.slice.Tensor(primals_3, 0, 0, 4)
        sub_2 = torch.ops.aten.sub.Tensor(slice_1, slice_2);  slice_1 = slice_2 = None
        slice_3 = torch.ops.aten.slice.Tensor(sum_2, 0, 4, 9223372036854775807);  sum_2 = None
        slice_4 = torch.ops.aten.slice.Tensor(primals_3, 0, 4, 9223372036854775807);  primals_3 = None
        sub_3 = torch.ops.aten.sub.Tensor(slice_3, slice_4);  slice_3 = slice_4 = None
        sub_4 = torch.ops.aten.sub.Tensor(sub_2, sub_3);  sub_2 = sub_3 = None
        mul = torch.ops.aten.mul.Tensor(sub_4, 0.1);  sub_4 = None
        full_default_1 = torch.ops.aten.full.default([], 0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        minimum = torch.ops.aten.minimum.default(full_default_1, mul);  full_default_1 = None
        abs_1 = torch.ops.aten.abs.default(mul)
        neg = torch.ops.aten.neg.default(abs_1);  abs_1 = None
        exp_1 = torch.ops.aten.exp.default(neg);  neg = None
        log1p = torch.ops.aten.log1p.default(exp_1)
        sub_5 = torch.ops.aten.sub.Tensor(minimum, log1p);  minimum = log1p = None
        mean = torch.ops.aten.mean.default(sub_5);  sub_5 = None
        neg_1 = torch.ops.aten.neg.default(mean);  mean = None
        lt = torch.ops.aten.lt.Scalar(mul, 0);  mul = None
        full_default_2 = torch.ops.aten.full.default([], 0, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        full_default_3 = torch.ops.aten.full.default([], 1, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_1 = torch.ops.aten.where.self(lt, full_default_3, full_default_2);  full_default_2 = None
        full_default_4 = torch.ops.aten.full.default([], -1, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_2 = torch.ops.aten.where.self(lt, full_default_3, full_default_4);  lt = full_default_3 = full_default_4 = None
        add = torch.ops.aten.add.Tensor(exp_1, 1)
        div_1 = torch.ops.aten.div.Tensor(exp_1, add);  exp_1 = add = None
        mul_1 = torch.ops.aten.mul.Tensor(where_2, div_1);  where_2 = div_1 = None
        sub_6 = torch.ops.aten.sub.Tensor(where_1, mul_1);  where_1 = mul_1 = None
        return (neg_1, primals_1, amax, log, ne, unsqueeze, sub_6)

def load_args(reader):
    buf0 = reader.storage(None, 524288000, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf0, (8, 1024, 32000), dtype=torch.bfloat16, is_leaf=True)  # primals_1
    buf1 = reader.storage(None, 65536, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf1, (8, 1024), dtype=torch.int64, is_leaf=True)  # primals_2
    buf2 = reader.storage(None, 32, device=device(type='cuda', index=0))
    reader.tensor(buf2, (8,), is_leaf=True)  # primals_3
load_args._version = 0
mod = Repro()
if __name__ == '__main__':
    from torch._dynamo.repro.after_aot import run_repro
    with torch.no_grad():
        run_repro(mod, load_args, accuracy=False, command='run', save_dir=None, tracing_mode='real', check_str=None)
        # To run it separately, do 
        # mod, args = run_repro(mod, load_args, accuracy=False, command='get_args', save_dir=None, tracing_mode='real', check_str=None)
        # mod(*args)