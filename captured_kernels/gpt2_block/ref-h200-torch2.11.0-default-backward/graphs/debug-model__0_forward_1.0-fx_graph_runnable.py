
import os
os.environ['TORCH_CUDA_ARCH_LIST'] = '9.0a'
os.environ['TORCHINDUCTOR_CACHE_DIR'] = '/tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/inductor'
os.environ['TRITON_CACHE_DIR'] = '/tmp/refs/.cache/gpt2_block/20261206-093400-cuda-default-506-559904/triton'
os.environ['TORCH_TRACE'] = '/tmp/refs/.staging/gpt2_block--20261206-093400-cuda-default--506/trace'
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
torch._inductor.config.trace.debug_dir = '/tmp/refs/.staging/gpt2_block--20261206-093400-cuda-default--506/debug'
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



    def forward(self, primals_1, primals_2, primals_3, primals_4, primals_5, primals_6, primals_7, primals_8, primals_9, primals_10, primals_11, primals_12, primals_13, primals_14, primals_15, primals_16, primals_17, primals_18, primals_19, primals_20, primals_21, primals_22, primals_23, primals_24, primals_25, primals_26, primals_27, primals_28, primals_29, primals_30, primals_31, primals_32, primals_33, primals_34, primals_35, primals_36, primals_37, primals_38, primals_39, primals_40, primals_41, primals_42, primals_43, primals_44, primals_45, primals_46, primals_47, primals_48, primals_49, primals_50, primals_51, primals_52, primals_53, primals_54):
        iota = torch.ops.prims.iota.default(1024, start = 0, step = 1, dtype = torch.int64, device = device(type='cuda', index=0), requires_grad = False)
        embedding = torch.ops.aten.embedding.default(primals_2, primals_1)
        embedding_1 = torch.ops.aten.embedding.default(primals_3, iota);  primals_3 = None
        add = torch.ops.aten.add.Tensor(embedding, embedding_1)
        convert_element_type = torch.ops.prims.convert_element_type.default(add, torch.float32)
        var_mean = torch.ops.aten.var_mean.correction(convert_element_type, [2], correction = 0, keepdim = True)
        getitem = var_mean[0]
        getitem_1 = var_mean[1];  var_mean = None
        add_1 = torch.ops.aten.add.Tensor(getitem, 1e-05);  getitem = None
        rsqrt = torch.ops.aten.rsqrt.default(add_1);  add_1 = None
        sub = torch.ops.aten.sub.Tensor(convert_element_type, getitem_1);  convert_element_type = None
        mul = torch.ops.aten.mul.Tensor(sub, rsqrt);  sub = None
        mul_1 = torch.ops.aten.mul.Tensor(mul, primals_4);  mul = None
        add_2 = torch.ops.aten.add.Tensor(mul_1, primals_5);  mul_1 = primals_5 = None
        convert_element_type_1 = torch.ops.prims.convert_element_type.default(add_2, torch.bfloat16);  add_2 = None
        view = torch.ops.aten.view.default(convert_element_type_1, [8192, 768]);  convert_element_type_1 = None
        permute = torch.ops.aten.permute.default(primals_6, [1, 0])
        addmm = torch.ops.aten.addmm.default(primals_7, view, permute);  primals_7 = permute = None
        view_1 = torch.ops.aten.view.default(addmm, [8, 1024, 2304]);  addmm = None
        split = torch.ops.aten.split.Tensor(view_1, 768, 2);  view_1 = None
        getitem_2 = split[0]
        getitem_3 = split[1]
        getitem_4 = split[2];  split = None
        view_2 = torch.ops.aten.view.default(getitem_2, [8, 1024, 12, 64]);  getitem_2 = None
        permute_1 = torch.ops.aten.permute.default(view_2, [0, 2, 1, 3]);  view_2 = None
        view_3 = torch.ops.aten.view.default(getitem_3, [8, 1024, 12, 64]);  getitem_3 = None
        permute_2 = torch.ops.aten.permute.default(view_3, [0, 2, 1, 3]);  view_3 = None
        view_4 = torch.ops.aten.view.default(getitem_4, [8, 1024, 12, 64]);  getitem_4 = None
        permute_3 = torch.ops.aten.permute.default(view_4, [0, 2, 1, 3]);  view_4 = None
        _scaled_dot_product_cudnn_attention = torch.ops.aten._scaled_dot_product_cudnn_attention.default(permute_1, permute_2, permute_3, None, True, 0.0, True)
        getitem_5 = _scaled_dot_product_cudnn_attention[0]
        getitem_6 = _scaled_dot_product_cudnn_attention[1]
        getitem_11 = _scaled_dot_product_cudnn_attention[6]
        getitem_12 = _scaled_dot_product_cudnn_attention[7];  _scaled_dot_product_cudnn_attention = None
        permute_4 = torch.ops.aten.permute.default(getitem_5, [0, 2, 1, 3])
        view_5 = torch.ops.aten.view.default(permute_4, [8, 1024, 768]);  permute_4 = None
        view_6 = torch.ops.aten.view.default(view_5, [8192, 768]);  view_5 = None
        permute_5 = torch.ops.aten.permute.default(primals_8, [1, 0])
        addmm_1 = torch.ops.aten.addmm.default(primals_9, view_6, permute_5);  primals_9 = view_6 = permute_5 = None
        view_7 = torch.ops.aten.view.default(addmm_1, [8, 1024, 768]);  addmm_1 = None
        add_3 = torch.ops.aten.add.Tensor(add, view_7);  add = view_7 = None
        convert_element_type_8 = torch.ops.prims.convert_element_type.default(add_3, torch.float32)
        var_mean_1 = torch.ops.aten.var_mean.correction(convert_element_type_8, [2], correction = 0, keepdim = True)
        getitem_14 = var_mean_1[0]
        getitem_15 = var_mean_1[1];  var_mean_1 = None
        add_4 = torch.ops.aten.add.Tensor(getitem_14, 1e-05);  getitem_14 = None
        rsqrt_1 = torch.ops.aten.rsqrt.default(add_4);  add_4 = None
        sub_1 = torch.ops.aten.sub.Tensor(convert_element_type_8, getitem_15);  convert_element_type_8 = None
        mul_2 = torch.ops.aten.mul.Tensor(sub_1, rsqrt_1);  sub_1 = None
        mul_3 = torch.ops.aten.mul.Tensor(mul_2, primals_10);  mul_2 = None
        add_5 = torch.ops.aten.add.Tensor(mul_3, primals_11);  mul_3 = primals_11 = None
        convert_element_type_9 = torch.ops.prims.convert_element_type.default(add_5, torch.bfloat16);  add_5 = None
        view_8 = torch.ops.aten.view.default(convert_element_type_9, [8192, 768]);  convert_element_type_9 = None
        permute_6 = torch.ops.aten.permute.default(primals_12, [1, 0])
        addmm_2 = torch.ops.aten.addmm.default(primals_13, view_8, permute_6);  primals_13 = permute_6 = None
        view_9 = torch.ops.aten.view.default(addmm_2, [8, 1024, 3072])
        convert_element_type_13 = torch.ops.prims.convert_element_type.default(view_9, torch.float32);  view_9 = None
        mul_4 = torch.ops.aten.mul.Tensor(convert_element_type_13, convert_element_type_13)
        mul_5 = torch.ops.aten.mul.Tensor(mul_4, convert_element_type_13);  mul_4 = None
        mul_6 = torch.ops.aten.mul.Tensor(mul_5, 0.044715);  mul_5 = None
        add_6 = torch.ops.aten.add.Tensor(convert_element_type_13, mul_6);  mul_6 = None
        mul_7 = torch.ops.aten.mul.Tensor(add_6, 0.7978845608028654);  add_6 = None
        mul_8 = torch.ops.aten.mul.Tensor(convert_element_type_13, 0.5);  convert_element_type_13 = None
        tanh = torch.ops.aten.tanh.default(mul_7);  mul_7 = None
        add_7 = torch.ops.aten.add.Tensor(tanh, 1);  tanh = None
        mul_9 = torch.ops.aten.mul.Tensor(mul_8, add_7);  mul_8 = add_7 = None
        convert_element_type_14 = torch.ops.prims.convert_element_type.default(mul_9, torch.bfloat16);  mul_9 = None
        view_10 = torch.ops.aten.view.default(convert_element_type_14, [8192, 3072]);  convert_element_type_14 = None
        permute_7 = torch.ops.aten.permute.default(primals_14, [1, 0])
        addmm_3 = torch.ops.aten.addmm.default(primals_15, view_10, permute_7);  primals_15 = permute_7 = None
        view_11 = torch.ops.aten.view.default(addmm_3, [8, 1024, 768]);  addmm_3 = None
        add_8 = torch.ops.aten.add.Tensor(add_3, view_11);  view_11 = None
        convert_element_type_18 = torch.ops.prims.convert_element_type.default(add_8, torch.float32)
        var_mean_2 = torch.ops.aten.var_mean.correction(convert_element_type_18, [2], correction = 0, keepdim = True)
        getitem_16 = var_mean_2[0]
        getitem_17 = var_mean_2[1];  var_mean_2 = None
        add_9 = torch.ops.aten.add.Tensor(getitem_16, 1e-05);  getitem_16 = None
        rsqrt_2 = torch.ops.aten.rsqrt.default(add_9);  add_9 = None
        sub_2 = torch.ops.aten.sub.Tensor(convert_element_type_18, getitem_17);  convert_element_type_18 = None
        mul_10 = torch.ops.aten.mul.Tensor(sub_2, rsqrt_2);  sub_2 = None
        mul_11 = torch.ops.aten.mul.Tensor(mul_10, primals_16);  mul_10 = None
        add_10 = torch.ops.aten.add.Tensor(mul_11, primals_17);  mul_11 = primals_17 = None
        convert_element_type_19 = torch.ops.prims.convert_element_type.default(add_10, torch.bfloat16);  add_10 = None
        view_12 = torch.ops.aten.view.default(convert_element_type_19, [8192, 768]);  convert_element_type_19 = None
        permute_8 = torch.ops.aten.permute.default(primals_18, [1, 0])
        addmm_4 = torch.ops.aten.addmm.default(primals_19, view_12, permute_8);  primals_19 = permute_8 = None
        view_13 = torch.ops.aten.view.default(addmm_4, [8, 1024, 2304]);  addmm_4 = None
        split_1 = torch.ops.aten.split.Tensor(view_13, 768, 2);  view_13 = None
        getitem_18 = split_1[0]
        getitem_19 = split_1[1]
        getitem_20 = split_1[2];  split_1 = None
        view_14 = torch.ops.aten.view.default(getitem_18, [8, 1024, 12, 64]);  getitem_18 = None
        permute_9 = torch.ops.aten.permute.default(view_14, [0, 2, 1, 3]);  view_14 = None
        view_15 = torch.ops.aten.view.default(getitem_19, [8, 1024, 12, 64]);  getitem_19 = None
        permute_10 = torch.ops.aten.permute.default(view_15, [0, 2, 1, 3]);  view_15 = None
        view_16 = torch.ops.aten.view.default(getitem_20, [8, 1024, 12, 64]);  getitem_20 = None
        permute_11 = torch.ops.aten.permute.default(view_16, [0, 2, 1, 3]);  view_16 = None
        _scaled_dot_product_cudnn_attention_1 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(permute_9, permute_10, permute_11, None, True, 0.0, True)
        getitem_21 = _scaled_dot_product_cudnn_attention_1[0]
        getitem_22 = _scaled_dot_product_cudnn_attention_1[1]
        getitem_27 = _scaled_dot_product_cudnn_attention_1[6]
        getitem_28 = _scaled_dot_product_cudnn_attention_1[7];  _scaled_dot_product_cudnn_attention_1 = None
        permute_12 = torch.ops.aten.permute.default(getitem_21, [0, 2, 1, 3])
        view_17 = torch.ops.aten.view.default(permute_12, [8, 1024, 768]);  permute_12 = None
        view_18 = torch.ops.aten.view.default(view_17, [8192, 768]);  view_17 = None
        permute_13 = torch.ops.aten.permute.default(primals_20, [1, 0])
        addmm_5 = torch.ops.aten.addmm.default(primals_21, view_18, permute_13);  primals_21 = view_18 = permute_13 = None
        view_19 = torch.ops.aten.view.default(addmm_5, [8, 1024, 768]);  addmm_5 = None
        add_11 = torch.ops.aten.add.Tensor(add_8, view_19);  view_19 = None
        convert_element_type_26 = torch.ops.prims.convert_element_type.default(add_11, torch.float32)
        var_mean_3 = torch.ops.aten.var_mean.correction(convert_element_type_26, [2], correction = 0, keepdim = True)
        getitem_30 = var_mean_3[0]
        getitem_31 = var_mean_3[1];  var_mean_3 = None
        add_12 = torch.ops.aten.add.Tensor(getitem_30, 1e-05);  getitem_30 = None
        rsqrt_3 = torch.ops.aten.rsqrt.default(add_12);  add_12 = None
        sub_3 = torch.ops.aten.sub.Tensor(convert_element_type_26, getitem_31);  convert_element_type_26 = None
        mul_12 = torch.ops.aten.mul.Tensor(sub_3, rsqrt_3);  sub_3 = None
        mul_13 = torch.ops.aten.mul.Tensor(mul_12, primals_22);  mul_12 = None
        add_13 = torch.ops.aten.add.Tensor(mul_13, primals_23);  mul_13 = primals_23 = None
        convert_element_type_27 = torch.ops.prims.convert_element_type.default(add_13, torch.bfloat16);  add_13 = None
        view_20 = torch.ops.aten.view.default(convert_element_type_27, [8192, 768]);  convert_element_type_27 = None
        permute_14 = torch.ops.aten.permute.default(primals_24, [1, 0])
        addmm_6 = torch.ops.aten.addmm.default(primals_25, view_20, permute_14);  primals_25 = permute_14 = None
        view_21 = torch.ops.aten.view.default(addmm_6, [8, 1024, 3072])
        convert_element_type_31 = torch.ops.prims.convert_element_type.default(view_21, torch.float32);  view_21 = None
        mul_14 = torch.ops.aten.mul.Tensor(convert_element_type_31, convert_element_type_31)
        mul_15 = torch.ops.aten.mul.Tensor(mul_14, convert_element_type_31);  mul_14 = None
        mul_16 = torch.ops.aten.mul.Tensor(mul_15, 0.044715);  mul_15 = None
        add_14 = torch.ops.aten.add.Tensor(convert_element_type_31, mul_16);  mul_16 = None
        mul_17 = torch.ops.aten.mul.Tensor(add_14, 0.7978845608028654);  add_14 = None
        mul_18 = torch.ops.aten.mul.Tensor(convert_element_type_31, 0.5);  convert_element_type_31 = None
        tanh_1 = torch.ops.aten.tanh.default(mul_17);  mul_17 = None
        add_15 = torch.ops.aten.add.Tensor(tanh_1, 1);  tanh_1 = None
        mul_19 = torch.ops.aten.mul.Tensor(mul_18, add_15);  mul_18 = add_15 = None
        convert_element_type_32 = torch.ops.prims.convert_element_type.default(mul_19, torch.bfloat16);  mul_19 = None
        view_22 = torch.ops.aten.view.default(convert_element_type_32, [8192, 3072]);  convert_element_type_32 = None
        permute_15 = torch.ops.aten.permute.default(primals_26, [1, 0])
        addmm_7 = torch.ops.aten.addmm.default(primals_27, view_22, permute_15);  primals_27 = permute_15 = None
        view_23 = torch.ops.aten.view.default(addmm_7, [8, 1024, 768]);  addmm_7 = None
        add_16 = torch.ops.aten.add.Tensor(add_11, view_23);  view_23 = None
        convert_element_type_36 = torch.ops.prims.convert_element_type.default(add_16, torch.float32)
        var_mean_4 = torch.ops.aten.var_mean.correction(convert_element_type_36, [2], correction = 0, keepdim = True)
        getitem_32 = var_mean_4[0]
        getitem_33 = var_mean_4[1];  var_mean_4 = None
        add_17 = torch.ops.aten.add.Tensor(getitem_32, 1e-05);  getitem_32 = None
        rsqrt_4 = torch.ops.aten.rsqrt.default(add_17);  add_17 = None
        sub_4 = torch.ops.aten.sub.Tensor(convert_element_type_36, getitem_33);  convert_element_type_36 = None
        mul_20 = torch.ops.aten.mul.Tensor(sub_4, rsqrt_4);  sub_4 = None
        mul_21 = torch.ops.aten.mul.Tensor(mul_20, primals_28);  mul_20 = None
        add_18 = torch.ops.aten.add.Tensor(mul_21, primals_29);  mul_21 = primals_29 = None
        convert_element_type_37 = torch.ops.prims.convert_element_type.default(add_18, torch.bfloat16);  add_18 = None
        view_24 = torch.ops.aten.view.default(convert_element_type_37, [8192, 768]);  convert_element_type_37 = None
        permute_16 = torch.ops.aten.permute.default(primals_30, [1, 0])
        addmm_8 = torch.ops.aten.addmm.default(primals_31, view_24, permute_16);  primals_31 = permute_16 = None
        view_25 = torch.ops.aten.view.default(addmm_8, [8, 1024, 2304]);  addmm_8 = None
        split_2 = torch.ops.aten.split.Tensor(view_25, 768, 2);  view_25 = None
        getitem_34 = split_2[0]
        getitem_35 = split_2[1]
        getitem_36 = split_2[2];  split_2 = None
        view_26 = torch.ops.aten.view.default(getitem_34, [8, 1024, 12, 64]);  getitem_34 = None
        permute_17 = torch.ops.aten.permute.default(view_26, [0, 2, 1, 3]);  view_26 = None
        view_27 = torch.ops.aten.view.default(getitem_35, [8, 1024, 12, 64]);  getitem_35 = None
        permute_18 = torch.ops.aten.permute.default(view_27, [0, 2, 1, 3]);  view_27 = None
        view_28 = torch.ops.aten.view.default(getitem_36, [8, 1024, 12, 64]);  getitem_36 = None
        permute_19 = torch.ops.aten.permute.default(view_28, [0, 2, 1, 3]);  view_28 = None
        _scaled_dot_product_cudnn_attention_2 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(permute_17, permute_18, permute_19, None, True, 0.0, True)
        getitem_37 = _scaled_dot_product_cudnn_attention_2[0]
        getitem_38 = _scaled_dot_product_cudnn_attention_2[1]
        getitem_43 = _scaled_dot_product_cudnn_attention_2[6]
        getitem_44 = _scaled_dot_product_cudnn_attention_2[7];  _scaled_dot_product_cudnn_attention_2 = None
        permute_20 = torch.ops.aten.permute.default(getitem_37, [0, 2, 1, 3])
        view_29 = torch.ops.aten.view.default(permute_20, [8, 1024, 768]);  permute_20 = None
        view_30 = torch.ops.aten.view.default(view_29, [8192, 768]);  view_29 = None
        permute_21 = torch.ops.aten.permute.default(primals_32, [1, 0])
        addmm_9 = torch.ops.aten.addmm.default(primals_33, view_30, permute_21);  primals_33 = view_30 = permute_21 = None
        view_31 = torch.ops.aten.view.default(addmm_9, [8, 1024, 768]);  addmm_9 = None
        add_19 = torch.ops.aten.add.Tensor(add_16, view_31);  view_31 = None
        convert_element_type_44 = torch.ops.prims.convert_element_type.default(add_19, torch.float32)
        var_mean_5 = torch.ops.aten.var_mean.correction(convert_element_type_44, [2], correction = 0, keepdim = True)
        getitem_46 = var_mean_5[0]
        getitem_47 = var_mean_5[1];  var_mean_5 = None
        add_20 = torch.ops.aten.add.Tensor(getitem_46, 1e-05);  getitem_46 = None
        rsqrt_5 = torch.ops.aten.rsqrt.default(add_20);  add_20 = None
        sub_5 = torch.ops.aten.sub.Tensor(convert_element_type_44, getitem_47);  convert_element_type_44 = None
        mul_22 = torch.ops.aten.mul.Tensor(sub_5, rsqrt_5);  sub_5 = None
        mul_23 = torch.ops.aten.mul.Tensor(mul_22, primals_34);  mul_22 = None
        add_21 = torch.ops.aten.add.Tensor(mul_23, primals_35);  mul_23 = primals_35 = None
        convert_element_type_45 = torch.ops.prims.convert_element_type.default(add_21, torch.bfloat16);  add_21 = None
        view_32 = torch.ops.aten.view.default(convert_element_type_45, [8192, 768]);  convert_element_type_45 = None
        permute_22 = torch.ops.aten.permute.default(primals_36, [1, 0])
        addmm_10 = torch.ops.aten.addmm.default(primals_37, view_32, permute_22);  primals_37 = permute_22 = None
        view_33 = torch.ops.aten.view.default(addmm_10, [8, 1024, 3072])
        convert_element_type_49 = torch.ops.prims.convert_element_type.default(view_33, torch.float32);  view_33 = None
        mul_24 = torch.ops.aten.mul.Tensor(convert_element_type_49, convert_element_type_49)
        mul_25 = torch.ops.aten.mul.Tensor(mul_24, convert_element_type_49);  mul_24 = None
        mul_26 = torch.ops.aten.mul.Tensor(mul_25, 0.044715);  mul_25 = None
        add_22 = torch.ops.aten.add.Tensor(convert_element_type_49, mul_26);  mul_26 = None
        mul_27 = torch.ops.aten.mul.Tensor(add_22, 0.7978845608028654);  add_22 = None
        mul_28 = torch.ops.aten.mul.Tensor(convert_element_type_49, 0.5);  convert_element_type_49 = None
        tanh_2 = torch.ops.aten.tanh.default(mul_27);  mul_27 = None
        add_23 = torch.ops.aten.add.Tensor(tanh_2, 1);  tanh_2 = None
        mul_29 = torch.ops.aten.mul.Tensor(mul_28, add_23);  mul_28 = add_23 = None
        convert_element_type_50 = torch.ops.prims.convert_element_type.default(mul_29, torch.bfloat16);  mul_29 = None
        view_34 = torch.ops.aten.view.default(convert_element_type_50, [8192, 3072]);  convert_element_type_50 = None
        permute_23 = torch.ops.aten.permute.default(primals_38, [1, 0])
        addmm_11 = torch.ops.aten.addmm.default(primals_39, view_34, permute_23);  primals_39 = permute_23 = None
        view_35 = torch.ops.aten.view.default(addmm_11, [8, 1024, 768]);  addmm_11 = None
        add_24 = torch.ops.aten.add.Tensor(add_19, view_35);  view_35 = None
        convert_element_type_54 = torch.ops.prims.convert_element_type.default(add_24, torch.float32)
        var_mean_6 = torch.ops.aten.var_mean.correction(convert_element_type_54, [2], correction = 0, keepdim = True)
        getitem_48 = var_mean_6[0]
        getitem_49 = var_mean_6[1];  var_mean_6 = None
        add_25 = torch.ops.aten.add.Tensor(getitem_48, 1e-05);  getitem_48 = None
        rsqrt_6 = torch.ops.aten.rsqrt.default(add_25);  add_25 = None
        sub_6 = torch.ops.aten.sub.Tensor(convert_element_type_54, getitem_49);  convert_element_type_54 = None
        mul_30 = torch.ops.aten.mul.Tensor(sub_6, rsqrt_6);  sub_6 = None
        mul_31 = torch.ops.aten.mul.Tensor(mul_30, primals_40);  mul_30 = None
        add_26 = torch.ops.aten.add.Tensor(mul_31, primals_41);  mul_31 = primals_41 = None
        convert_element_type_55 = torch.ops.prims.convert_element_type.default(add_26, torch.bfloat16);  add_26 = None
        view_36 = torch.ops.aten.view.default(convert_element_type_55, [8192, 768]);  convert_element_type_55 = None
        permute_24 = torch.ops.aten.permute.default(primals_42, [1, 0])
        addmm_12 = torch.ops.aten.addmm.default(primals_43, view_36, permute_24);  primals_43 = permute_24 = None
        view_37 = torch.ops.aten.view.default(addmm_12, [8, 1024, 2304]);  addmm_12 = None
        split_3 = torch.ops.aten.split.Tensor(view_37, 768, 2);  view_37 = None
        getitem_50 = split_3[0]
        getitem_51 = split_3[1]
        getitem_52 = split_3[2];  split_3 = None
        view_38 = torch.ops.aten.view.default(getitem_50, [8, 1024, 12, 64]);  getitem_50 = None
        permute_25 = torch.ops.aten.permute.default(view_38, [0, 2, 1, 3]);  view_38 = None
        view_39 = torch.ops.aten.view.default(getitem_51, [8, 1024, 12, 64]);  getitem_51 = None
        permute_26 = torch.ops.aten.permute.default(view_39, [0, 2, 1, 3]);  view_39 = None
        view_40 = torch.ops.aten.view.default(getitem_52, [8, 1024, 12, 64]);  getitem_52 = None
        permute_27 = torch.ops.aten.permute.default(view_40, [0, 2, 1, 3]);  view_40 = None
        _scaled_dot_product_cudnn_attention_3 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(permute_25, permute_26, permute_27, None, True, 0.0, True)
        getitem_53 = _scaled_dot_product_cudnn_attention_3[0]
        getitem_54 = _scaled_dot_product_cudnn_attention_3[1]
        getitem_59 = _scaled_dot_product_cudnn_attention_3[6]
        getitem_60 = _scaled_dot_product_cudnn_attention_3[7];  _scaled_dot_product_cudnn_attention_3 = None
        permute_28 = torch.ops.aten.permute.default(getitem_53, [0, 2, 1, 3])
        view_41 = torch.ops.aten.view.default(permute_28, [8, 1024, 768]);  permute_28 = None
        view_42 = torch.ops.aten.view.default(view_41, [8192, 768]);  view_41 = None
        permute_29 = torch.ops.aten.permute.default(primals_44, [1, 0])
        addmm_13 = torch.ops.aten.addmm.default(primals_45, view_42, permute_29);  primals_45 = view_42 = permute_29 = None
        view_43 = torch.ops.aten.view.default(addmm_13, [8, 1024, 768]);  addmm_13 = None
        add_27 = torch.ops.aten.add.Tensor(add_24, view_43);  view_43 = None
        convert_element_type_62 = torch.ops.prims.convert_element_type.default(add_27, torch.float32)
        var_mean_7 = torch.ops.aten.var_mean.correction(convert_element_type_62, [2], correction = 0, keepdim = True)
        getitem_62 = var_mean_7[0]
        getitem_63 = var_mean_7[1];  var_mean_7 = None
        add_28 = torch.ops.aten.add.Tensor(getitem_62, 1e-05);  getitem_62 = None
        rsqrt_7 = torch.ops.aten.rsqrt.default(add_28);  add_28 = None
        sub_7 = torch.ops.aten.sub.Tensor(convert_element_type_62, getitem_63);  convert_element_type_62 = None
        mul_32 = torch.ops.aten.mul.Tensor(sub_7, rsqrt_7);  sub_7 = None
        mul_33 = torch.ops.aten.mul.Tensor(mul_32, primals_46);  mul_32 = None
        add_29 = torch.ops.aten.add.Tensor(mul_33, primals_47);  mul_33 = primals_47 = None
        convert_element_type_63 = torch.ops.prims.convert_element_type.default(add_29, torch.bfloat16);  add_29 = None
        view_44 = torch.ops.aten.view.default(convert_element_type_63, [8192, 768]);  convert_element_type_63 = None
        permute_30 = torch.ops.aten.permute.default(primals_48, [1, 0])
        addmm_14 = torch.ops.aten.addmm.default(primals_49, view_44, permute_30);  primals_49 = permute_30 = None
        view_45 = torch.ops.aten.view.default(addmm_14, [8, 1024, 3072])
        convert_element_type_67 = torch.ops.prims.convert_element_type.default(view_45, torch.float32);  view_45 = None
        mul_34 = torch.ops.aten.mul.Tensor(convert_element_type_67, convert_element_type_67)
        mul_35 = torch.ops.aten.mul.Tensor(mul_34, convert_element_type_67);  mul_34 = None
        mul_36 = torch.ops.aten.mul.Tensor(mul_35, 0.044715);  mul_35 = None
        add_30 = torch.ops.aten.add.Tensor(convert_element_type_67, mul_36);  mul_36 = None
        mul_37 = torch.ops.aten.mul.Tensor(add_30, 0.7978845608028654);  add_30 = None
        mul_38 = torch.ops.aten.mul.Tensor(convert_element_type_67, 0.5);  convert_element_type_67 = None
        tanh_3 = torch.ops.aten.tanh.default(mul_37);  mul_37 = None
        add_31 = torch.ops.aten.add.Tensor(tanh_3, 1);  tanh_3 = None
        mul_39 = torch.ops.aten.mul.Tensor(mul_38, add_31);  mul_38 = add_31 = None
        convert_element_type_68 = torch.ops.prims.convert_element_type.default(mul_39, torch.bfloat16);  mul_39 = None
        view_46 = torch.ops.aten.view.default(convert_element_type_68, [8192, 3072]);  convert_element_type_68 = None
        permute_31 = torch.ops.aten.permute.default(primals_50, [1, 0])
        addmm_15 = torch.ops.aten.addmm.default(primals_51, view_46, permute_31);  primals_51 = permute_31 = None
        view_47 = torch.ops.aten.view.default(addmm_15, [8, 1024, 768]);  addmm_15 = None
        add_32 = torch.ops.aten.add.Tensor(add_27, view_47);  view_47 = None
        convert_element_type_72 = torch.ops.prims.convert_element_type.default(add_32, torch.float32)
        var_mean_8 = torch.ops.aten.var_mean.correction(convert_element_type_72, [2], correction = 0, keepdim = True)
        getitem_64 = var_mean_8[0]
        getitem_65 = var_mean_8[1];  var_mean_8 = None
        add_33 = torch.ops.aten.add.Tensor(getitem_64, 1e-05);  getitem_64 = None
        rsqrt_8 = torch.ops.aten.rsqrt.default(add_33);  add_33 = None
        sub_8 = torch.ops.aten.sub.Tensor(convert_element_type_72, getitem_65);  convert_element_type_72 = None
        mul_40 = torch.ops.aten.mul.Tensor(sub_8, rsqrt_8);  sub_8 = None
        mul_41 = torch.ops.aten.mul.Tensor(mul_40, primals_52);  mul_40 = None
        add_34 = torch.ops.aten.add.Tensor(mul_41, primals_53);  mul_41 = primals_53 = None
        convert_element_type_73 = torch.ops.prims.convert_element_type.default(add_34, torch.bfloat16);  add_34 = None
        permute_32 = torch.ops.aten.permute.default(primals_2, [1, 0])
        view_48 = torch.ops.aten.view.default(convert_element_type_73, [8192, 768]);  convert_element_type_73 = None
        mm = torch.ops.aten.mm.default(view_48, permute_32);  permute_32 = None
        view_49 = torch.ops.aten.view.default(mm, [8, 1024, 50304])
        convert_element_type_76 = torch.ops.prims.convert_element_type.default(view_49, torch.float32);  view_49 = None
        view_50 = torch.ops.aten.view.default(convert_element_type_76, [-1, 50304]);  convert_element_type_76 = None
        view_51 = torch.ops.aten.view.default(primals_54, [-1])
        amax = torch.ops.aten.amax.default(view_50, [1], True)
        sub_9 = torch.ops.aten.sub.Tensor(view_50, amax);  view_50 = None
        exp = torch.ops.aten.exp.default(sub_9)
        sum_1 = torch.ops.aten.sum.dim_IntList(exp, [1], True);  exp = None
        log = torch.ops.aten.log.default(sum_1);  sum_1 = None
        sub_10 = torch.ops.aten.sub.Tensor(sub_9, log);  sub_9 = None
        ne = torch.ops.aten.ne.Scalar(view_51, -100)
        full_default = torch.ops.aten.full.default([], 0, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where = torch.ops.aten.where.self(ne, view_51, full_default);  view_51 = full_default = None
        unsqueeze = torch.ops.aten.unsqueeze.default(where, 1);  where = None
        gather = torch.ops.aten.gather.default(sub_10, 1, unsqueeze);  sub_10 = unsqueeze = None
        squeeze = torch.ops.aten.squeeze.dim(gather, 1);  gather = None
        neg = torch.ops.aten.neg.default(squeeze);  squeeze = None
        full_default_1 = torch.ops.aten.full.default([], 0.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_1 = torch.ops.aten.where.self(ne, neg, full_default_1);  neg = full_default_1 = None
        sum_2 = torch.ops.aten.sum.default(ne);  ne = None
        convert_element_type_77 = torch.ops.prims.convert_element_type.default(sum_2, torch.float32);  sum_2 = None
        sum_3 = torch.ops.aten.sum.default(where_1);  where_1 = None
        div = torch.ops.aten.div.Tensor(sum_3, convert_element_type_77);  sum_3 = None
        return (div, primals_1, primals_2, primals_4, primals_6, primals_8, primals_10, primals_12, primals_14, primals_16, primals_18, primals_20, primals_22, primals_24, primals_26, primals_28, primals_30, primals_32, primals_34, primals_36, primals_38, primals_40, primals_42, primals_44, primals_46, primals_48, primals_50, primals_52, primals_54, iota, embedding, embedding_1, getitem_1, rsqrt, view, permute_1, permute_2, permute_3, getitem_5, getitem_6, getitem_11, getitem_12, add_3, getitem_15, rsqrt_1, view_8, addmm_2, view_10, add_8, getitem_17, rsqrt_2, view_12, permute_9, permute_10, permute_11, getitem_21, getitem_22, getitem_27, getitem_28, add_11, getitem_31, rsqrt_3, view_20, addmm_6, view_22, add_16, getitem_33, rsqrt_4, view_24, permute_17, permute_18, permute_19, getitem_37, getitem_38, getitem_43, getitem_44, add_19, getitem_47, rsqrt_5, view_32, addmm_10, view_34, add_24, getitem_49, rsqrt_6, view_36, permute_25, permute_26, permute_27, getitem_53, getitem_54, getitem_59, getitem_60, add_27, getitem_63, rsqrt_7, view_44, addmm_14, view_46, add_32, getitem_65, rsqrt_8, view_48, mm, amax, log, convert_element_type_77)

def load_args(reader):
    buf0 = reader.storage(None, 65536, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf0, (8, 1024), dtype=torch.int64, is_leaf=True)  # primals_1
    buf1 = reader.storage(None, 77266944, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf1, (50304, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_2
    buf2 = reader.storage(None, 1572864, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf2, (1024, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_3
    buf3 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf3, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_4
    buf4 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf4, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_5
    buf5 = reader.storage(None, 3538944, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf5, (2304, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_6
    buf6 = reader.storage(None, 4608, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf6, (2304,), dtype=torch.bfloat16, is_leaf=True)  # primals_7
    buf7 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf7, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_8
    buf8 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf8, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_9
    buf9 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf9, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_10
    buf10 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf10, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_11
    buf11 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf11, (3072, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_12
    buf12 = reader.storage(None, 6144, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf12, (3072,), dtype=torch.bfloat16, is_leaf=True)  # primals_13
    buf13 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf13, (768, 3072), dtype=torch.bfloat16, is_leaf=True)  # primals_14
    buf14 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf14, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_15
    buf15 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf15, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_16
    buf16 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf16, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_17
    buf17 = reader.storage(None, 3538944, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf17, (2304, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_18
    buf18 = reader.storage(None, 4608, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf18, (2304,), dtype=torch.bfloat16, is_leaf=True)  # primals_19
    buf19 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf19, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_20
    buf20 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf20, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_21
    buf21 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf21, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_22
    buf22 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf22, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_23
    buf23 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf23, (3072, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_24
    buf24 = reader.storage(None, 6144, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf24, (3072,), dtype=torch.bfloat16, is_leaf=True)  # primals_25
    buf25 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf25, (768, 3072), dtype=torch.bfloat16, is_leaf=True)  # primals_26
    buf26 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf26, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_27
    buf27 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf27, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_28
    buf28 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf28, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_29
    buf29 = reader.storage(None, 3538944, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf29, (2304, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_30
    buf30 = reader.storage(None, 4608, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf30, (2304,), dtype=torch.bfloat16, is_leaf=True)  # primals_31
    buf31 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf31, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_32
    buf32 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf32, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_33
    buf33 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf33, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_34
    buf34 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf34, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_35
    buf35 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf35, (3072, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_36
    buf36 = reader.storage(None, 6144, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf36, (3072,), dtype=torch.bfloat16, is_leaf=True)  # primals_37
    buf37 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf37, (768, 3072), dtype=torch.bfloat16, is_leaf=True)  # primals_38
    buf38 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf38, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_39
    buf39 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf39, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_40
    buf40 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf40, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_41
    buf41 = reader.storage(None, 3538944, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf41, (2304, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_42
    buf42 = reader.storage(None, 4608, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf42, (2304,), dtype=torch.bfloat16, is_leaf=True)  # primals_43
    buf43 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf43, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_44
    buf44 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf44, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_45
    buf45 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf45, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_46
    buf46 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf46, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_47
    buf47 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf47, (3072, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_48
    buf48 = reader.storage(None, 6144, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf48, (3072,), dtype=torch.bfloat16, is_leaf=True)  # primals_49
    buf49 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf49, (768, 3072), dtype=torch.bfloat16, is_leaf=True)  # primals_50
    buf50 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf50, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_51
    buf51 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf51, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_52
    buf52 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf52, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_53
    buf53 = reader.storage(None, 65536, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf53, (8, 1024), dtype=torch.int64, is_leaf=True)  # primals_54
load_args._version = 0
mod = Repro()
if __name__ == '__main__':
    from torch._dynamo.repro.after_aot import run_repro
    with torch.no_grad():
        run_repro(mod, load_args, accuracy=False, command='run', save_dir=None, tracing_mode='real', check_str=None)
        # To run it separately, do 
        # mod, args = run_repro(mod, load_args, accuracy=False, command='get_args', save_dir=None, tracing_mode='real', check_str=None)
        # mod(*args)