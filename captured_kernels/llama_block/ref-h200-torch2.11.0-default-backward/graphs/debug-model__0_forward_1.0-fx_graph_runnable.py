
import os
os.environ['TORCH_CUDA_ARCH_LIST'] = '9.0a'
os.environ['TORCHINDUCTOR_CACHE_DIR'] = '/tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/inductor'
os.environ['TRITON_CACHE_DIR'] = '/tmp/refs/.cache/llama_block/20261206-093400-cuda-default-506-c1c36f/triton'
os.environ['TORCH_TRACE'] = '/tmp/refs/.staging/llama_block--20261206-093400-cuda-default--506/trace'
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

torch._inductor.config.max_autotune = False
torch._inductor.config.max_autotune_gemm = False
torch._inductor.config.cpp.enable_kernel_profile = True
torch._inductor.config.trace.enabled = False
torch._inductor.config.trace.save_real_tensors = False
torch._inductor.config.trace.debug_dir = '/tmp/refs/.staging/llama_block--20261206-093400-cuda-default--506/debug'
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



    def forward(self, primals_1, primals_2, primals_3, primals_4, primals_5, primals_6, primals_7, primals_8, primals_9, primals_10, primals_11, primals_12, primals_13, primals_14, primals_15, primals_16, primals_17, primals_18, primals_19, primals_20, primals_21, primals_22, primals_23, primals_24, primals_25, primals_26, primals_27, primals_28, primals_29, primals_30, primals_31, primals_32, primals_33, primals_34, primals_35, primals_36, primals_37):
        embedding = torch.ops.aten.embedding.default(primals_1, primals_2);  primals_1 = None
        convert_element_type = torch.ops.prims.convert_element_type.default(embedding, torch.float32)
        pow_1 = torch.ops.aten.pow.Tensor_Scalar(convert_element_type, 2)
        mean = torch.ops.aten.mean.dim(pow_1, [-1], True);  pow_1 = None
        add = torch.ops.aten.add.Tensor(mean, 1e-05);  mean = None
        rsqrt = torch.ops.aten.rsqrt.default(add);  add = None
        mul = torch.ops.aten.mul.Tensor(convert_element_type, rsqrt);  convert_element_type = None
        convert_element_type_1 = torch.ops.prims.convert_element_type.default(mul, torch.bfloat16);  mul = None
        mul_1 = torch.ops.aten.mul.Tensor(convert_element_type_1, primals_3);  convert_element_type_1 = None
        permute = torch.ops.aten.permute.default(primals_4, [1, 0])
        view = torch.ops.aten.view.default(mul_1, [8192, 768]);  mul_1 = None
        mm = torch.ops.aten.mm.default(view, permute);  permute = None
        view_1 = torch.ops.aten.view.default(mm, [8, 1024, 768]);  mm = None
        view_2 = torch.ops.aten.view.default(view_1, [8, 1024, 12, 64]);  view_1 = None
        permute_1 = torch.ops.aten.permute.default(view_2, [0, 2, 1, 3]);  view_2 = None
        iota = torch.ops.prims.iota.default(32, start = 0, step = 1, dtype = torch.int64, device = device(type='cuda', index=0), requires_grad = False)
        mul_2 = torch.ops.aten.mul.Tensor(iota, 2);  iota = None
        add_1 = torch.ops.aten.add.Tensor(mul_2, 0);  mul_2 = None
        convert_element_type_4 = torch.ops.prims.convert_element_type.default(add_1, torch.float32);  add_1 = None
        neg = torch.ops.aten.neg.default(convert_element_type_4);  convert_element_type_4 = None
        div = torch.ops.aten.div.Tensor(neg, 64);  neg = None
        pow_2 = torch.ops.aten.pow.Scalar(10000.0, div);  div = None
        iota_1 = torch.ops.prims.iota.default(1024, start = 0, step = 1, dtype = torch.int64, device = device(type='cuda', index=0), requires_grad = False)
        mul_3 = torch.ops.aten.mul.Tensor(iota_1, 1);  iota_1 = None
        add_2 = torch.ops.aten.add.Tensor(mul_3, 0);  mul_3 = None
        convert_element_type_5 = torch.ops.prims.convert_element_type.default(add_2, torch.float32);  add_2 = None
        view_3 = torch.ops.aten.view.default(convert_element_type_5, [1024, 1]);  convert_element_type_5 = None
        mul_4 = torch.ops.aten.mul.Tensor(view_3, pow_2);  view_3 = pow_2 = None
        unsqueeze = torch.ops.aten.unsqueeze.default(mul_4, 1);  mul_4 = None
        expand = torch.ops.aten.expand.default(unsqueeze, [1024, 2, 32]);  unsqueeze = None
        clone = torch.ops.aten.clone.default(expand, memory_format = torch.contiguous_format);  expand = None
        view_4 = torch.ops.aten.view.default(clone, [1024, 64]);  clone = None
        cos = torch.ops.aten.cos.default(view_4)
        sin = torch.ops.aten.sin.default(view_4);  view_4 = None
        convert_element_type_6 = torch.ops.prims.convert_element_type.default(permute_1, torch.float32);  permute_1 = None
        slice_1 = torch.ops.aten.slice.Tensor(convert_element_type_6, 3, 32, 9223372036854775807)
        neg_1 = torch.ops.aten.neg.default(slice_1);  slice_1 = None
        slice_2 = torch.ops.aten.slice.Tensor(convert_element_type_6, 3, 0, 32)
        cat = torch.ops.aten.cat.default([neg_1, slice_2], -1);  neg_1 = slice_2 = None
        mul_5 = torch.ops.aten.mul.Tensor(convert_element_type_6, cos);  convert_element_type_6 = None
        mul_6 = torch.ops.aten.mul.Tensor(cat, sin);  cat = None
        add_3 = torch.ops.aten.add.Tensor(mul_5, mul_6);  mul_5 = mul_6 = None
        convert_element_type_7 = torch.ops.prims.convert_element_type.default(add_3, torch.bfloat16);  add_3 = None
        permute_2 = torch.ops.aten.permute.default(primals_5, [1, 0])
        mm_1 = torch.ops.aten.mm.default(view, permute_2);  permute_2 = None
        view_7 = torch.ops.aten.view.default(mm_1, [8, 1024, 384]);  mm_1 = None
        view_8 = torch.ops.aten.view.default(view_7, [8, 1024, 2, 3, 64]);  view_7 = None
        permute_3 = torch.ops.aten.permute.default(view_8, [2, 0, 3, 1, 4]);  view_8 = None
        select = torch.ops.aten.select.int(permute_3, 0, 0)
        select_1 = torch.ops.aten.select.int(permute_3, 0, 1);  permute_3 = None
        convert_element_type_12 = torch.ops.prims.convert_element_type.default(select, torch.float32);  select = None
        slice_3 = torch.ops.aten.slice.Tensor(convert_element_type_12, 3, 32, 9223372036854775807)
        neg_3 = torch.ops.aten.neg.default(slice_3);  slice_3 = None
        slice_4 = torch.ops.aten.slice.Tensor(convert_element_type_12, 3, 0, 32)
        cat_1 = torch.ops.aten.cat.default([neg_3, slice_4], -1);  neg_3 = slice_4 = None
        mul_10 = torch.ops.aten.mul.Tensor(convert_element_type_12, cos);  convert_element_type_12 = None
        mul_11 = torch.ops.aten.mul.Tensor(cat_1, sin);  cat_1 = None
        add_6 = torch.ops.aten.add.Tensor(mul_10, mul_11);  mul_10 = mul_11 = None
        convert_element_type_13 = torch.ops.prims.convert_element_type.default(add_6, torch.bfloat16);  add_6 = None
        unsqueeze_4 = torch.ops.aten.unsqueeze.default(convert_element_type_13, 2);  convert_element_type_13 = None
        expand_4 = torch.ops.aten.expand.default(unsqueeze_4, [8, 3, 4, 1024, 64]);  unsqueeze_4 = None
        clone_8 = torch.ops.aten.clone.default(expand_4, memory_format = torch.contiguous_format);  expand_4 = None
        view_12 = torch.ops.aten.view.default(clone_8, [8, 12, 1024, 64]);  clone_8 = None
        unsqueeze_5 = torch.ops.aten.unsqueeze.default(select_1, 2);  select_1 = None
        expand_5 = torch.ops.aten.expand.default(unsqueeze_5, [8, 3, 4, 1024, 64]);  unsqueeze_5 = None
        clone_9 = torch.ops.aten.clone.default(expand_5, memory_format = torch.contiguous_format);  expand_5 = None
        view_13 = torch.ops.aten.view.default(clone_9, [8, 12, 1024, 64]);  clone_9 = None
        _scaled_dot_product_cudnn_attention = torch.ops.aten._scaled_dot_product_cudnn_attention.default(convert_element_type_7, view_12, view_13, None, True, 0.0, True)
        getitem = _scaled_dot_product_cudnn_attention[0]
        getitem_1 = _scaled_dot_product_cudnn_attention[1]
        getitem_6 = _scaled_dot_product_cudnn_attention[6]
        getitem_7 = _scaled_dot_product_cudnn_attention[7];  _scaled_dot_product_cudnn_attention = None
        permute_4 = torch.ops.aten.permute.default(getitem, [0, 2, 1, 3])
        view_14 = torch.ops.aten.view.default(permute_4, [8, 1024, 768]);  permute_4 = None
        permute_5 = torch.ops.aten.permute.default(primals_6, [1, 0])
        view_15 = torch.ops.aten.view.default(view_14, [8192, 768]);  view_14 = None
        mm_2 = torch.ops.aten.mm.default(view_15, permute_5);  view_15 = permute_5 = None
        view_16 = torch.ops.aten.view.default(mm_2, [8, 1024, 768])
        add_7 = torch.ops.aten.add.Tensor(embedding, view_16);  view_16 = None
        convert_element_type_16 = torch.ops.prims.convert_element_type.default(add_7, torch.float32)
        pow_4 = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_16, 2)
        mean_1 = torch.ops.aten.mean.dim(pow_4, [-1], True);  pow_4 = None
        add_8 = torch.ops.aten.add.Tensor(mean_1, 1e-05);  mean_1 = None
        rsqrt_1 = torch.ops.aten.rsqrt.default(add_8);  add_8 = None
        mul_12 = torch.ops.aten.mul.Tensor(convert_element_type_16, rsqrt_1);  convert_element_type_16 = None
        convert_element_type_17 = torch.ops.prims.convert_element_type.default(mul_12, torch.bfloat16);  mul_12 = None
        mul_13 = torch.ops.aten.mul.Tensor(convert_element_type_17, primals_7);  convert_element_type_17 = None
        permute_6 = torch.ops.aten.permute.default(primals_8, [1, 0])
        view_17 = torch.ops.aten.view.default(mul_13, [8192, 768]);  mul_13 = None
        mm_3 = torch.ops.aten.mm.default(view_17, permute_6);  permute_6 = None
        view_18 = torch.ops.aten.view.default(mm_3, [8, 1024, 2048])
        convert_element_type_20 = torch.ops.prims.convert_element_type.default(view_18, torch.float32);  view_18 = None
        neg_4 = torch.ops.aten.neg.default(convert_element_type_20)
        exp = torch.ops.aten.exp.default(neg_4);  neg_4 = None
        add_9 = torch.ops.aten.add.Tensor(exp, 1);  exp = None
        div_2 = torch.ops.aten.div.Tensor(convert_element_type_20, add_9);  convert_element_type_20 = add_9 = None
        convert_element_type_21 = torch.ops.prims.convert_element_type.default(div_2, torch.bfloat16);  div_2 = None
        permute_7 = torch.ops.aten.permute.default(primals_9, [1, 0])
        mm_4 = torch.ops.aten.mm.default(view_17, permute_7);  permute_7 = None
        view_20 = torch.ops.aten.view.default(mm_4, [8, 1024, 2048])
        mul_14 = torch.ops.aten.mul.Tensor(convert_element_type_21, view_20);  convert_element_type_21 = view_20 = None
        permute_8 = torch.ops.aten.permute.default(primals_10, [1, 0])
        view_21 = torch.ops.aten.view.default(mul_14, [8192, 2048]);  mul_14 = None
        mm_5 = torch.ops.aten.mm.default(view_21, permute_8);  permute_8 = None
        view_22 = torch.ops.aten.view.default(mm_5, [8, 1024, 768]);  mm_5 = None
        add_10 = torch.ops.aten.add.Tensor(add_7, view_22);  add_7 = view_22 = None
        convert_element_type_26 = torch.ops.prims.convert_element_type.default(add_10, torch.float32)
        pow_5 = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_26, 2)
        mean_2 = torch.ops.aten.mean.dim(pow_5, [-1], True);  pow_5 = None
        add_11 = torch.ops.aten.add.Tensor(mean_2, 1e-05);  mean_2 = None
        rsqrt_2 = torch.ops.aten.rsqrt.default(add_11);  add_11 = None
        mul_15 = torch.ops.aten.mul.Tensor(convert_element_type_26, rsqrt_2);  convert_element_type_26 = None
        convert_element_type_27 = torch.ops.prims.convert_element_type.default(mul_15, torch.bfloat16);  mul_15 = None
        mul_16 = torch.ops.aten.mul.Tensor(convert_element_type_27, primals_11);  convert_element_type_27 = None
        permute_9 = torch.ops.aten.permute.default(primals_12, [1, 0])
        view_23 = torch.ops.aten.view.default(mul_16, [8192, 768]);  mul_16 = None
        mm_6 = torch.ops.aten.mm.default(view_23, permute_9);  permute_9 = None
        view_24 = torch.ops.aten.view.default(mm_6, [8, 1024, 768]);  mm_6 = None
        view_25 = torch.ops.aten.view.default(view_24, [8, 1024, 12, 64]);  view_24 = None
        permute_10 = torch.ops.aten.permute.default(view_25, [0, 2, 1, 3]);  view_25 = None
        convert_element_type_32 = torch.ops.prims.convert_element_type.default(permute_10, torch.float32);  permute_10 = None
        slice_5 = torch.ops.aten.slice.Tensor(convert_element_type_32, 3, 32, 9223372036854775807)
        neg_6 = torch.ops.aten.neg.default(slice_5);  slice_5 = None
        slice_6 = torch.ops.aten.slice.Tensor(convert_element_type_32, 3, 0, 32)
        cat_2 = torch.ops.aten.cat.default([neg_6, slice_6], -1);  neg_6 = slice_6 = None
        mul_20 = torch.ops.aten.mul.Tensor(convert_element_type_32, cos);  convert_element_type_32 = None
        mul_21 = torch.ops.aten.mul.Tensor(cat_2, sin);  cat_2 = None
        add_14 = torch.ops.aten.add.Tensor(mul_20, mul_21);  mul_20 = mul_21 = None
        convert_element_type_33 = torch.ops.prims.convert_element_type.default(add_14, torch.bfloat16);  add_14 = None
        permute_11 = torch.ops.aten.permute.default(primals_13, [1, 0])
        mm_7 = torch.ops.aten.mm.default(view_23, permute_11);  permute_11 = None
        view_30 = torch.ops.aten.view.default(mm_7, [8, 1024, 384]);  mm_7 = None
        view_31 = torch.ops.aten.view.default(view_30, [8, 1024, 2, 3, 64]);  view_30 = None
        permute_12 = torch.ops.aten.permute.default(view_31, [2, 0, 3, 1, 4]);  view_31 = None
        select_2 = torch.ops.aten.select.int(permute_12, 0, 0)
        select_3 = torch.ops.aten.select.int(permute_12, 0, 1);  permute_12 = None
        convert_element_type_38 = torch.ops.prims.convert_element_type.default(select_2, torch.float32);  select_2 = None
        slice_7 = torch.ops.aten.slice.Tensor(convert_element_type_38, 3, 32, 9223372036854775807)
        neg_8 = torch.ops.aten.neg.default(slice_7);  slice_7 = None
        slice_8 = torch.ops.aten.slice.Tensor(convert_element_type_38, 3, 0, 32)
        cat_3 = torch.ops.aten.cat.default([neg_8, slice_8], -1);  neg_8 = slice_8 = None
        mul_25 = torch.ops.aten.mul.Tensor(convert_element_type_38, cos);  convert_element_type_38 = None
        mul_26 = torch.ops.aten.mul.Tensor(cat_3, sin);  cat_3 = None
        add_17 = torch.ops.aten.add.Tensor(mul_25, mul_26);  mul_25 = mul_26 = None
        convert_element_type_39 = torch.ops.prims.convert_element_type.default(add_17, torch.bfloat16);  add_17 = None
        unsqueeze_10 = torch.ops.aten.unsqueeze.default(convert_element_type_39, 2);  convert_element_type_39 = None
        expand_10 = torch.ops.aten.expand.default(unsqueeze_10, [8, 3, 4, 1024, 64]);  unsqueeze_10 = None
        clone_18 = torch.ops.aten.clone.default(expand_10, memory_format = torch.contiguous_format);  expand_10 = None
        view_35 = torch.ops.aten.view.default(clone_18, [8, 12, 1024, 64]);  clone_18 = None
        unsqueeze_11 = torch.ops.aten.unsqueeze.default(select_3, 2);  select_3 = None
        expand_11 = torch.ops.aten.expand.default(unsqueeze_11, [8, 3, 4, 1024, 64]);  unsqueeze_11 = None
        clone_19 = torch.ops.aten.clone.default(expand_11, memory_format = torch.contiguous_format);  expand_11 = None
        view_36 = torch.ops.aten.view.default(clone_19, [8, 12, 1024, 64]);  clone_19 = None
        _scaled_dot_product_cudnn_attention_1 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(convert_element_type_33, view_35, view_36, None, True, 0.0, True)
        getitem_9 = _scaled_dot_product_cudnn_attention_1[0]
        getitem_10 = _scaled_dot_product_cudnn_attention_1[1]
        getitem_15 = _scaled_dot_product_cudnn_attention_1[6]
        getitem_16 = _scaled_dot_product_cudnn_attention_1[7];  _scaled_dot_product_cudnn_attention_1 = None
        permute_13 = torch.ops.aten.permute.default(getitem_9, [0, 2, 1, 3])
        view_37 = torch.ops.aten.view.default(permute_13, [8, 1024, 768]);  permute_13 = None
        permute_14 = torch.ops.aten.permute.default(primals_14, [1, 0])
        view_38 = torch.ops.aten.view.default(view_37, [8192, 768]);  view_37 = None
        mm_8 = torch.ops.aten.mm.default(view_38, permute_14);  view_38 = permute_14 = None
        view_39 = torch.ops.aten.view.default(mm_8, [8, 1024, 768]);  mm_8 = None
        add_18 = torch.ops.aten.add.Tensor(add_10, view_39);  view_39 = None
        convert_element_type_42 = torch.ops.prims.convert_element_type.default(add_18, torch.float32)
        pow_8 = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_42, 2)
        mean_3 = torch.ops.aten.mean.dim(pow_8, [-1], True);  pow_8 = None
        add_19 = torch.ops.aten.add.Tensor(mean_3, 1e-05);  mean_3 = None
        rsqrt_3 = torch.ops.aten.rsqrt.default(add_19);  add_19 = None
        mul_27 = torch.ops.aten.mul.Tensor(convert_element_type_42, rsqrt_3);  convert_element_type_42 = None
        convert_element_type_43 = torch.ops.prims.convert_element_type.default(mul_27, torch.bfloat16);  mul_27 = None
        mul_28 = torch.ops.aten.mul.Tensor(convert_element_type_43, primals_15);  convert_element_type_43 = None
        permute_15 = torch.ops.aten.permute.default(primals_16, [1, 0])
        view_40 = torch.ops.aten.view.default(mul_28, [8192, 768]);  mul_28 = None
        mm_9 = torch.ops.aten.mm.default(view_40, permute_15);  permute_15 = None
        view_41 = torch.ops.aten.view.default(mm_9, [8, 1024, 2048])
        convert_element_type_46 = torch.ops.prims.convert_element_type.default(view_41, torch.float32);  view_41 = None
        neg_9 = torch.ops.aten.neg.default(convert_element_type_46)
        exp_1 = torch.ops.aten.exp.default(neg_9);  neg_9 = None
        add_20 = torch.ops.aten.add.Tensor(exp_1, 1);  exp_1 = None
        div_5 = torch.ops.aten.div.Tensor(convert_element_type_46, add_20);  convert_element_type_46 = add_20 = None
        convert_element_type_47 = torch.ops.prims.convert_element_type.default(div_5, torch.bfloat16);  div_5 = None
        permute_16 = torch.ops.aten.permute.default(primals_17, [1, 0])
        mm_10 = torch.ops.aten.mm.default(view_40, permute_16);  permute_16 = None
        view_43 = torch.ops.aten.view.default(mm_10, [8, 1024, 2048])
        mul_29 = torch.ops.aten.mul.Tensor(convert_element_type_47, view_43);  convert_element_type_47 = view_43 = None
        permute_17 = torch.ops.aten.permute.default(primals_18, [1, 0])
        view_44 = torch.ops.aten.view.default(mul_29, [8192, 2048]);  mul_29 = None
        mm_11 = torch.ops.aten.mm.default(view_44, permute_17);  permute_17 = None
        view_45 = torch.ops.aten.view.default(mm_11, [8, 1024, 768]);  mm_11 = None
        add_21 = torch.ops.aten.add.Tensor(add_18, view_45);  view_45 = None
        convert_element_type_52 = torch.ops.prims.convert_element_type.default(add_21, torch.float32)
        pow_9 = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_52, 2)
        mean_4 = torch.ops.aten.mean.dim(pow_9, [-1], True);  pow_9 = None
        add_22 = torch.ops.aten.add.Tensor(mean_4, 1e-05);  mean_4 = None
        rsqrt_4 = torch.ops.aten.rsqrt.default(add_22);  add_22 = None
        mul_30 = torch.ops.aten.mul.Tensor(convert_element_type_52, rsqrt_4);  convert_element_type_52 = None
        convert_element_type_53 = torch.ops.prims.convert_element_type.default(mul_30, torch.bfloat16);  mul_30 = None
        mul_31 = torch.ops.aten.mul.Tensor(convert_element_type_53, primals_19);  convert_element_type_53 = None
        permute_18 = torch.ops.aten.permute.default(primals_20, [1, 0])
        view_46 = torch.ops.aten.view.default(mul_31, [8192, 768]);  mul_31 = None
        mm_12 = torch.ops.aten.mm.default(view_46, permute_18);  permute_18 = None
        view_47 = torch.ops.aten.view.default(mm_12, [8, 1024, 768]);  mm_12 = None
        view_48 = torch.ops.aten.view.default(view_47, [8, 1024, 12, 64]);  view_47 = None
        permute_19 = torch.ops.aten.permute.default(view_48, [0, 2, 1, 3]);  view_48 = None
        convert_element_type_58 = torch.ops.prims.convert_element_type.default(permute_19, torch.float32);  permute_19 = None
        slice_9 = torch.ops.aten.slice.Tensor(convert_element_type_58, 3, 32, 9223372036854775807)
        neg_11 = torch.ops.aten.neg.default(slice_9);  slice_9 = None
        slice_10 = torch.ops.aten.slice.Tensor(convert_element_type_58, 3, 0, 32)
        cat_4 = torch.ops.aten.cat.default([neg_11, slice_10], -1);  neg_11 = slice_10 = None
        mul_35 = torch.ops.aten.mul.Tensor(convert_element_type_58, cos);  convert_element_type_58 = None
        mul_36 = torch.ops.aten.mul.Tensor(cat_4, sin);  cat_4 = None
        add_25 = torch.ops.aten.add.Tensor(mul_35, mul_36);  mul_35 = mul_36 = None
        convert_element_type_59 = torch.ops.prims.convert_element_type.default(add_25, torch.bfloat16);  add_25 = None
        permute_20 = torch.ops.aten.permute.default(primals_21, [1, 0])
        mm_13 = torch.ops.aten.mm.default(view_46, permute_20);  permute_20 = None
        view_53 = torch.ops.aten.view.default(mm_13, [8, 1024, 384]);  mm_13 = None
        view_54 = torch.ops.aten.view.default(view_53, [8, 1024, 2, 3, 64]);  view_53 = None
        permute_21 = torch.ops.aten.permute.default(view_54, [2, 0, 3, 1, 4]);  view_54 = None
        select_4 = torch.ops.aten.select.int(permute_21, 0, 0)
        select_5 = torch.ops.aten.select.int(permute_21, 0, 1);  permute_21 = None
        convert_element_type_64 = torch.ops.prims.convert_element_type.default(select_4, torch.float32);  select_4 = None
        slice_11 = torch.ops.aten.slice.Tensor(convert_element_type_64, 3, 32, 9223372036854775807)
        neg_13 = torch.ops.aten.neg.default(slice_11);  slice_11 = None
        slice_12 = torch.ops.aten.slice.Tensor(convert_element_type_64, 3, 0, 32)
        cat_5 = torch.ops.aten.cat.default([neg_13, slice_12], -1);  neg_13 = slice_12 = None
        mul_40 = torch.ops.aten.mul.Tensor(convert_element_type_64, cos);  convert_element_type_64 = None
        mul_41 = torch.ops.aten.mul.Tensor(cat_5, sin);  cat_5 = None
        add_28 = torch.ops.aten.add.Tensor(mul_40, mul_41);  mul_40 = mul_41 = None
        convert_element_type_65 = torch.ops.prims.convert_element_type.default(add_28, torch.bfloat16);  add_28 = None
        unsqueeze_16 = torch.ops.aten.unsqueeze.default(convert_element_type_65, 2);  convert_element_type_65 = None
        expand_16 = torch.ops.aten.expand.default(unsqueeze_16, [8, 3, 4, 1024, 64]);  unsqueeze_16 = None
        clone_28 = torch.ops.aten.clone.default(expand_16, memory_format = torch.contiguous_format);  expand_16 = None
        view_58 = torch.ops.aten.view.default(clone_28, [8, 12, 1024, 64]);  clone_28 = None
        unsqueeze_17 = torch.ops.aten.unsqueeze.default(select_5, 2);  select_5 = None
        expand_17 = torch.ops.aten.expand.default(unsqueeze_17, [8, 3, 4, 1024, 64]);  unsqueeze_17 = None
        clone_29 = torch.ops.aten.clone.default(expand_17, memory_format = torch.contiguous_format);  expand_17 = None
        view_59 = torch.ops.aten.view.default(clone_29, [8, 12, 1024, 64]);  clone_29 = None
        _scaled_dot_product_cudnn_attention_2 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(convert_element_type_59, view_58, view_59, None, True, 0.0, True)
        getitem_18 = _scaled_dot_product_cudnn_attention_2[0]
        getitem_19 = _scaled_dot_product_cudnn_attention_2[1]
        getitem_24 = _scaled_dot_product_cudnn_attention_2[6]
        getitem_25 = _scaled_dot_product_cudnn_attention_2[7];  _scaled_dot_product_cudnn_attention_2 = None
        permute_22 = torch.ops.aten.permute.default(getitem_18, [0, 2, 1, 3])
        view_60 = torch.ops.aten.view.default(permute_22, [8, 1024, 768]);  permute_22 = None
        permute_23 = torch.ops.aten.permute.default(primals_22, [1, 0])
        view_61 = torch.ops.aten.view.default(view_60, [8192, 768]);  view_60 = None
        mm_14 = torch.ops.aten.mm.default(view_61, permute_23);  view_61 = permute_23 = None
        view_62 = torch.ops.aten.view.default(mm_14, [8, 1024, 768]);  mm_14 = None
        add_29 = torch.ops.aten.add.Tensor(add_21, view_62);  view_62 = None
        convert_element_type_68 = torch.ops.prims.convert_element_type.default(add_29, torch.float32)
        pow_12 = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_68, 2)
        mean_5 = torch.ops.aten.mean.dim(pow_12, [-1], True);  pow_12 = None
        add_30 = torch.ops.aten.add.Tensor(mean_5, 1e-05);  mean_5 = None
        rsqrt_5 = torch.ops.aten.rsqrt.default(add_30);  add_30 = None
        mul_42 = torch.ops.aten.mul.Tensor(convert_element_type_68, rsqrt_5);  convert_element_type_68 = None
        convert_element_type_69 = torch.ops.prims.convert_element_type.default(mul_42, torch.bfloat16);  mul_42 = None
        mul_43 = torch.ops.aten.mul.Tensor(convert_element_type_69, primals_23);  convert_element_type_69 = None
        permute_24 = torch.ops.aten.permute.default(primals_24, [1, 0])
        view_63 = torch.ops.aten.view.default(mul_43, [8192, 768]);  mul_43 = None
        mm_15 = torch.ops.aten.mm.default(view_63, permute_24);  permute_24 = None
        view_64 = torch.ops.aten.view.default(mm_15, [8, 1024, 2048])
        convert_element_type_72 = torch.ops.prims.convert_element_type.default(view_64, torch.float32);  view_64 = None
        neg_14 = torch.ops.aten.neg.default(convert_element_type_72)
        exp_2 = torch.ops.aten.exp.default(neg_14);  neg_14 = None
        add_31 = torch.ops.aten.add.Tensor(exp_2, 1);  exp_2 = None
        div_8 = torch.ops.aten.div.Tensor(convert_element_type_72, add_31);  convert_element_type_72 = add_31 = None
        convert_element_type_73 = torch.ops.prims.convert_element_type.default(div_8, torch.bfloat16);  div_8 = None
        permute_25 = torch.ops.aten.permute.default(primals_25, [1, 0])
        mm_16 = torch.ops.aten.mm.default(view_63, permute_25);  permute_25 = None
        view_66 = torch.ops.aten.view.default(mm_16, [8, 1024, 2048])
        mul_44 = torch.ops.aten.mul.Tensor(convert_element_type_73, view_66);  convert_element_type_73 = view_66 = None
        permute_26 = torch.ops.aten.permute.default(primals_26, [1, 0])
        view_67 = torch.ops.aten.view.default(mul_44, [8192, 2048]);  mul_44 = None
        mm_17 = torch.ops.aten.mm.default(view_67, permute_26);  permute_26 = None
        view_68 = torch.ops.aten.view.default(mm_17, [8, 1024, 768]);  mm_17 = None
        add_32 = torch.ops.aten.add.Tensor(add_29, view_68);  view_68 = None
        convert_element_type_78 = torch.ops.prims.convert_element_type.default(add_32, torch.float32)
        pow_13 = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_78, 2)
        mean_6 = torch.ops.aten.mean.dim(pow_13, [-1], True);  pow_13 = None
        add_33 = torch.ops.aten.add.Tensor(mean_6, 1e-05);  mean_6 = None
        rsqrt_6 = torch.ops.aten.rsqrt.default(add_33);  add_33 = None
        mul_45 = torch.ops.aten.mul.Tensor(convert_element_type_78, rsqrt_6);  convert_element_type_78 = None
        convert_element_type_79 = torch.ops.prims.convert_element_type.default(mul_45, torch.bfloat16);  mul_45 = None
        mul_46 = torch.ops.aten.mul.Tensor(convert_element_type_79, primals_27);  convert_element_type_79 = None
        permute_27 = torch.ops.aten.permute.default(primals_28, [1, 0])
        view_69 = torch.ops.aten.view.default(mul_46, [8192, 768]);  mul_46 = None
        mm_18 = torch.ops.aten.mm.default(view_69, permute_27);  permute_27 = None
        view_70 = torch.ops.aten.view.default(mm_18, [8, 1024, 768]);  mm_18 = None
        view_71 = torch.ops.aten.view.default(view_70, [8, 1024, 12, 64]);  view_70 = None
        permute_28 = torch.ops.aten.permute.default(view_71, [0, 2, 1, 3]);  view_71 = None
        convert_element_type_84 = torch.ops.prims.convert_element_type.default(permute_28, torch.float32);  permute_28 = None
        slice_13 = torch.ops.aten.slice.Tensor(convert_element_type_84, 3, 32, 9223372036854775807)
        neg_16 = torch.ops.aten.neg.default(slice_13);  slice_13 = None
        slice_14 = torch.ops.aten.slice.Tensor(convert_element_type_84, 3, 0, 32)
        cat_6 = torch.ops.aten.cat.default([neg_16, slice_14], -1);  neg_16 = slice_14 = None
        mul_50 = torch.ops.aten.mul.Tensor(convert_element_type_84, cos);  convert_element_type_84 = None
        mul_51 = torch.ops.aten.mul.Tensor(cat_6, sin);  cat_6 = None
        add_36 = torch.ops.aten.add.Tensor(mul_50, mul_51);  mul_50 = mul_51 = None
        convert_element_type_85 = torch.ops.prims.convert_element_type.default(add_36, torch.bfloat16);  add_36 = None
        permute_29 = torch.ops.aten.permute.default(primals_29, [1, 0])
        mm_19 = torch.ops.aten.mm.default(view_69, permute_29);  permute_29 = None
        view_76 = torch.ops.aten.view.default(mm_19, [8, 1024, 384]);  mm_19 = None
        view_77 = torch.ops.aten.view.default(view_76, [8, 1024, 2, 3, 64]);  view_76 = None
        permute_30 = torch.ops.aten.permute.default(view_77, [2, 0, 3, 1, 4]);  view_77 = None
        select_6 = torch.ops.aten.select.int(permute_30, 0, 0)
        select_7 = torch.ops.aten.select.int(permute_30, 0, 1);  permute_30 = None
        convert_element_type_90 = torch.ops.prims.convert_element_type.default(select_6, torch.float32);  select_6 = None
        slice_15 = torch.ops.aten.slice.Tensor(convert_element_type_90, 3, 32, 9223372036854775807)
        neg_18 = torch.ops.aten.neg.default(slice_15);  slice_15 = None
        slice_16 = torch.ops.aten.slice.Tensor(convert_element_type_90, 3, 0, 32)
        cat_7 = torch.ops.aten.cat.default([neg_18, slice_16], -1);  neg_18 = slice_16 = None
        mul_55 = torch.ops.aten.mul.Tensor(convert_element_type_90, cos);  convert_element_type_90 = cos = None
        mul_56 = torch.ops.aten.mul.Tensor(cat_7, sin);  cat_7 = sin = None
        add_39 = torch.ops.aten.add.Tensor(mul_55, mul_56);  mul_55 = mul_56 = None
        convert_element_type_91 = torch.ops.prims.convert_element_type.default(add_39, torch.bfloat16);  add_39 = None
        unsqueeze_22 = torch.ops.aten.unsqueeze.default(convert_element_type_91, 2);  convert_element_type_91 = None
        expand_22 = torch.ops.aten.expand.default(unsqueeze_22, [8, 3, 4, 1024, 64]);  unsqueeze_22 = None
        clone_38 = torch.ops.aten.clone.default(expand_22, memory_format = torch.contiguous_format);  expand_22 = None
        view_81 = torch.ops.aten.view.default(clone_38, [8, 12, 1024, 64]);  clone_38 = None
        unsqueeze_23 = torch.ops.aten.unsqueeze.default(select_7, 2);  select_7 = None
        expand_23 = torch.ops.aten.expand.default(unsqueeze_23, [8, 3, 4, 1024, 64]);  unsqueeze_23 = None
        clone_39 = torch.ops.aten.clone.default(expand_23, memory_format = torch.contiguous_format);  expand_23 = None
        view_82 = torch.ops.aten.view.default(clone_39, [8, 12, 1024, 64]);  clone_39 = None
        _scaled_dot_product_cudnn_attention_3 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(convert_element_type_85, view_81, view_82, None, True, 0.0, True)
        getitem_27 = _scaled_dot_product_cudnn_attention_3[0]
        getitem_28 = _scaled_dot_product_cudnn_attention_3[1]
        getitem_33 = _scaled_dot_product_cudnn_attention_3[6]
        getitem_34 = _scaled_dot_product_cudnn_attention_3[7];  _scaled_dot_product_cudnn_attention_3 = None
        permute_31 = torch.ops.aten.permute.default(getitem_27, [0, 2, 1, 3])
        view_83 = torch.ops.aten.view.default(permute_31, [8, 1024, 768]);  permute_31 = None
        permute_32 = torch.ops.aten.permute.default(primals_30, [1, 0])
        view_84 = torch.ops.aten.view.default(view_83, [8192, 768]);  view_83 = None
        mm_20 = torch.ops.aten.mm.default(view_84, permute_32);  view_84 = permute_32 = None
        view_85 = torch.ops.aten.view.default(mm_20, [8, 1024, 768]);  mm_20 = None
        add_40 = torch.ops.aten.add.Tensor(add_32, view_85);  view_85 = None
        convert_element_type_94 = torch.ops.prims.convert_element_type.default(add_40, torch.float32)
        pow_16 = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_94, 2)
        mean_7 = torch.ops.aten.mean.dim(pow_16, [-1], True);  pow_16 = None
        add_41 = torch.ops.aten.add.Tensor(mean_7, 1e-05);  mean_7 = None
        rsqrt_7 = torch.ops.aten.rsqrt.default(add_41);  add_41 = None
        mul_57 = torch.ops.aten.mul.Tensor(convert_element_type_94, rsqrt_7);  convert_element_type_94 = None
        convert_element_type_95 = torch.ops.prims.convert_element_type.default(mul_57, torch.bfloat16);  mul_57 = None
        mul_58 = torch.ops.aten.mul.Tensor(convert_element_type_95, primals_31);  convert_element_type_95 = None
        permute_33 = torch.ops.aten.permute.default(primals_32, [1, 0])
        view_86 = torch.ops.aten.view.default(mul_58, [8192, 768]);  mul_58 = None
        mm_21 = torch.ops.aten.mm.default(view_86, permute_33);  permute_33 = None
        view_87 = torch.ops.aten.view.default(mm_21, [8, 1024, 2048])
        convert_element_type_98 = torch.ops.prims.convert_element_type.default(view_87, torch.float32);  view_87 = None
        neg_19 = torch.ops.aten.neg.default(convert_element_type_98)
        exp_3 = torch.ops.aten.exp.default(neg_19);  neg_19 = None
        add_42 = torch.ops.aten.add.Tensor(exp_3, 1);  exp_3 = None
        div_11 = torch.ops.aten.div.Tensor(convert_element_type_98, add_42);  convert_element_type_98 = add_42 = None
        convert_element_type_99 = torch.ops.prims.convert_element_type.default(div_11, torch.bfloat16);  div_11 = None
        permute_34 = torch.ops.aten.permute.default(primals_33, [1, 0])
        mm_22 = torch.ops.aten.mm.default(view_86, permute_34);  permute_34 = None
        view_89 = torch.ops.aten.view.default(mm_22, [8, 1024, 2048])
        mul_59 = torch.ops.aten.mul.Tensor(convert_element_type_99, view_89);  convert_element_type_99 = view_89 = None
        permute_35 = torch.ops.aten.permute.default(primals_34, [1, 0])
        view_90 = torch.ops.aten.view.default(mul_59, [8192, 2048]);  mul_59 = None
        mm_23 = torch.ops.aten.mm.default(view_90, permute_35);  permute_35 = None
        view_91 = torch.ops.aten.view.default(mm_23, [8, 1024, 768]);  mm_23 = None
        add_43 = torch.ops.aten.add.Tensor(add_40, view_91);  view_91 = None
        convert_element_type_104 = torch.ops.prims.convert_element_type.default(add_43, torch.float32)
        pow_17 = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_104, 2)
        mean_8 = torch.ops.aten.mean.dim(pow_17, [-1], True);  pow_17 = None
        add_44 = torch.ops.aten.add.Tensor(mean_8, 1e-05);  mean_8 = None
        rsqrt_8 = torch.ops.aten.rsqrt.default(add_44);  add_44 = None
        mul_60 = torch.ops.aten.mul.Tensor(convert_element_type_104, rsqrt_8);  convert_element_type_104 = None
        convert_element_type_105 = torch.ops.prims.convert_element_type.default(mul_60, torch.bfloat16);  mul_60 = None
        mul_61 = torch.ops.aten.mul.Tensor(convert_element_type_105, primals_35);  convert_element_type_105 = None
        permute_36 = torch.ops.aten.permute.default(primals_36, [1, 0])
        view_92 = torch.ops.aten.view.default(mul_61, [8192, 768]);  mul_61 = None
        mm_24 = torch.ops.aten.mm.default(view_92, permute_36);  permute_36 = None
        view_93 = torch.ops.aten.view.default(mm_24, [8, 1024, 32000])
        convert_element_type_108 = torch.ops.prims.convert_element_type.default(view_93, torch.float32);  view_93 = None
        view_94 = torch.ops.aten.view.default(convert_element_type_108, [-1, 32000]);  convert_element_type_108 = None
        view_95 = torch.ops.aten.view.default(primals_37, [-1])
        amax = torch.ops.aten.amax.default(view_94, [1], True)
        sub = torch.ops.aten.sub.Tensor(view_94, amax);  view_94 = None
        exp_4 = torch.ops.aten.exp.default(sub)
        sum_1 = torch.ops.aten.sum.dim_IntList(exp_4, [1], True);  exp_4 = None
        log = torch.ops.aten.log.default(sum_1);  sum_1 = None
        sub_1 = torch.ops.aten.sub.Tensor(sub, log);  sub = None
        ne = torch.ops.aten.ne.Scalar(view_95, -100)
        full_default = torch.ops.aten.full.default([], 0, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where = torch.ops.aten.where.self(ne, view_95, full_default);  view_95 = full_default = None
        unsqueeze_24 = torch.ops.aten.unsqueeze.default(where, 1);  where = None
        gather = torch.ops.aten.gather.default(sub_1, 1, unsqueeze_24);  sub_1 = unsqueeze_24 = None
        squeeze = torch.ops.aten.squeeze.dim(gather, 1);  gather = None
        neg_20 = torch.ops.aten.neg.default(squeeze);  squeeze = None
        full_default_1 = torch.ops.aten.full.default([], 0.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_1 = torch.ops.aten.where.self(ne, neg_20, full_default_1);  neg_20 = full_default_1 = None
        sum_2 = torch.ops.aten.sum.default(ne);  ne = None
        convert_element_type_109 = torch.ops.prims.convert_element_type.default(sum_2, torch.float32);  sum_2 = None
        sum_3 = torch.ops.aten.sum.default(where_1);  where_1 = None
        div_12 = torch.ops.aten.div.Tensor(sum_3, convert_element_type_109);  sum_3 = None
        return (div_12, primals_2, primals_3, primals_4, primals_5, primals_6, primals_7, primals_8, primals_9, primals_10, primals_11, primals_12, primals_13, primals_14, primals_15, primals_16, primals_17, primals_18, primals_19, primals_20, primals_21, primals_22, primals_23, primals_24, primals_25, primals_26, primals_27, primals_28, primals_29, primals_30, primals_31, primals_32, primals_33, primals_34, primals_35, primals_36, primals_37, embedding, rsqrt, view, convert_element_type_7, view_12, view_13, getitem, getitem_1, getitem_6, getitem_7, mm_2, rsqrt_1, view_17, mm_3, mm_4, view_21, add_10, rsqrt_2, view_23, convert_element_type_33, view_35, view_36, getitem_9, getitem_10, getitem_15, getitem_16, add_18, rsqrt_3, view_40, mm_9, mm_10, view_44, add_21, rsqrt_4, view_46, convert_element_type_59, view_58, view_59, getitem_18, getitem_19, getitem_24, getitem_25, add_29, rsqrt_5, view_63, mm_15, mm_16, view_67, add_32, rsqrt_6, view_69, convert_element_type_85, view_81, view_82, getitem_27, getitem_28, getitem_33, getitem_34, add_40, rsqrt_7, view_86, mm_21, mm_22, view_90, add_43, rsqrt_8, view_92, mm_24, amax, log, convert_element_type_109)

def load_args(reader):
    buf0 = reader.storage(None, 49152000, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf0, (32000, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_1
    buf1 = reader.storage(None, 65536, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf1, (8, 1024), dtype=torch.int64, is_leaf=True)  # primals_2
    buf2 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf2, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_3
    buf3 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf3, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_4
    buf4 = reader.storage(None, 589824, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf4, (384, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_5
    buf5 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf5, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_6
    buf6 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf6, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_7
    buf7 = reader.storage(None, 3145728, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf7, (2048, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_8
    buf8 = reader.storage(None, 3145728, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf8, (2048, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_9
    buf9 = reader.storage(None, 3145728, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf9, (768, 2048), dtype=torch.bfloat16, is_leaf=True)  # primals_10
    buf10 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf10, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_11
    buf11 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf11, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_12
    buf12 = reader.storage(None, 589824, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf12, (384, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_13
    buf13 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf13, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_14
    buf14 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf14, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_15
    buf15 = reader.storage(None, 3145728, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf15, (2048, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_16
    buf16 = reader.storage(None, 3145728, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf16, (2048, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_17
    buf17 = reader.storage(None, 3145728, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf17, (768, 2048), dtype=torch.bfloat16, is_leaf=True)  # primals_18
    buf18 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf18, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_19
    buf19 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf19, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_20
    buf20 = reader.storage(None, 589824, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf20, (384, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_21
    buf21 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf21, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_22
    buf22 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf22, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_23
    buf23 = reader.storage(None, 3145728, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf23, (2048, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_24
    buf24 = reader.storage(None, 3145728, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf24, (2048, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_25
    buf25 = reader.storage(None, 3145728, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf25, (768, 2048), dtype=torch.bfloat16, is_leaf=True)  # primals_26
    buf26 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf26, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_27
    buf27 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf27, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_28
    buf28 = reader.storage(None, 589824, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf28, (384, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_29
    buf29 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf29, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_30
    buf30 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf30, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_31
    buf31 = reader.storage(None, 3145728, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf31, (2048, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_32
    buf32 = reader.storage(None, 3145728, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf32, (2048, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_33
    buf33 = reader.storage(None, 3145728, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf33, (768, 2048), dtype=torch.bfloat16, is_leaf=True)  # primals_34
    buf34 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf34, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_35
    buf35 = reader.storage(None, 49152000, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf35, (32000, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_36
    buf36 = reader.storage(None, 65536, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf36, (8, 1024), dtype=torch.int64, is_leaf=True)  # primals_37
load_args._version = 0
mod = Repro()
if __name__ == '__main__':
    from torch._dynamo.repro.after_aot import run_repro
    with torch.no_grad():
        run_repro(mod, load_args, accuracy=False, command='run', save_dir=None, tracing_mode='real', check_str=None)
        # To run it separately, do 
        # mod, args = run_repro(mod, load_args, accuracy=False, command='get_args', save_dir=None, tracing_mode='real', check_str=None)
        # mod(*args)