
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
torch._inductor.config.deterministic = False
torch._inductor.config.cpp.enable_kernel_profile = True
torch._inductor.config.triton.store_cubin = False
torch._inductor.config.trace.enabled = False
torch._inductor.config.trace.save_real_tensors = False
torch._inductor.config.trace.debug_dir = '/tmp/refs/.staging/gpt2_block--20261206-093400-cuda-default--506/debug'
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



    def forward(self, primals_1, primals_2, primals_4, primals_6, primals_8, primals_10, primals_12, primals_14, primals_16, primals_18, primals_20, primals_22, primals_24, primals_26, primals_28, primals_30, primals_32, primals_34, primals_36, primals_38, primals_40, primals_42, primals_44, primals_46, primals_48, primals_50, primals_52, primals_54, iota, embedding, embedding_1, getitem_1, rsqrt, view, permute_1, permute_2, permute_3, getitem_5, getitem_6, getitem_11, getitem_12, add_3, getitem_15, rsqrt_1, view_8, addmm_2, view_10, add_8, getitem_17, rsqrt_2, view_12, permute_9, permute_10, permute_11, getitem_21, getitem_22, getitem_27, getitem_28, add_11, getitem_31, rsqrt_3, view_20, addmm_6, view_22, add_16, getitem_33, rsqrt_4, view_24, permute_17, permute_18, permute_19, getitem_37, getitem_38, getitem_43, getitem_44, add_19, getitem_47, rsqrt_5, view_32, addmm_10, view_34, add_24, getitem_49, rsqrt_6, view_36, permute_25, permute_26, permute_27, getitem_53, getitem_54, getitem_59, getitem_60, add_27, getitem_63, rsqrt_7, view_44, addmm_14, view_46, add_32, getitem_65, rsqrt_8, view_48, mm, amax, log, convert_element_type_77, tangents_1):
        div_1 = torch.ops.aten.div.Tensor(tangents_1, convert_element_type_77);  tangents_1 = convert_element_type_77 = None
        view_51 = torch.ops.aten.view.default(primals_54, [-1]);  primals_54 = None
        unsqueeze_1 = torch.ops.aten.unsqueeze.default(view_51, 1);  view_51 = None
        ne_3 = torch.ops.aten.ne.Scalar(unsqueeze_1, -100)
        full_default = torch.ops.aten.full.default([], 0, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_2 = torch.ops.aten.where.self(ne_3, unsqueeze_1, full_default);  unsqueeze_1 = full_default = None
        iota_default = torch.ops.prims.iota.default(50304, start = 0, step = 1, dtype = torch.int64, device = device(type='cuda', index=0), requires_grad = False)
        view_default = torch.ops.aten.view.default(iota_default, [1, 50304]);  iota_default = None
        expand_default = torch.ops.aten.expand.default(where_2, [8192, 50304]);  where_2 = None
        eq_tensor = torch.ops.aten.eq.Tensor(expand_default, view_default);  expand_default = view_default = None
        scalar_tensor_default = torch.ops.aten.scalar_tensor.default(0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0))
        scalar_tensor_default_1 = torch.ops.aten.scalar_tensor.default(-1.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0))
        where_self = torch.ops.aten.where.self(eq_tensor, scalar_tensor_default_1, scalar_tensor_default);  eq_tensor = scalar_tensor_default_1 = scalar_tensor_default = None
        full_default_1 = torch.ops.aten.full.default([], 0.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_3 = torch.ops.aten.where.self(ne_3, div_1, full_default_1);  ne_3 = div_1 = None
        mul_42 = torch.ops.aten.mul.Tensor(where_self, where_3);  where_self = where_3 = None
        view_49 = torch.ops.aten.view.default(mm, [8, 1024, 50304]);  mm = None
        convert_element_type_76 = torch.ops.prims.convert_element_type.default(view_49, torch.float32);  view_49 = None
        view_50 = torch.ops.aten.view.default(convert_element_type_76, [-1, 50304]);  convert_element_type_76 = None
        sub_9 = torch.ops.aten.sub.Tensor(view_50, amax);  view_50 = amax = None
        sub_10 = torch.ops.aten.sub.Tensor(sub_9, log);  sub_9 = log = None
        exp_1 = torch.ops.aten.exp.default(sub_10);  sub_10 = None
        sum_4 = torch.ops.aten.sum.dim_IntList(mul_42, [1], True)
        mul_43 = torch.ops.aten.mul.Tensor(exp_1, sum_4);  exp_1 = sum_4 = None
        sub_11 = torch.ops.aten.sub.Tensor(mul_42, mul_43);  mul_42 = mul_43 = None
        view_52 = torch.ops.aten.view.default(sub_11, [8, 1024, 50304]);  sub_11 = None
        convert_element_type_78 = torch.ops.prims.convert_element_type.default(view_52, torch.bfloat16);  view_52 = None
        view_53 = torch.ops.aten.view.default(convert_element_type_78, [8192, 50304]);  convert_element_type_78 = None
        permute_33 = torch.ops.aten.permute.default(view_53, [1, 0])
        mm_1 = torch.ops.aten.mm.default(permute_33, view_48);  permute_33 = view_48 = None
        permute_32 = torch.ops.aten.permute.default(primals_2, [1, 0]);  primals_2 = None
        permute_35 = torch.ops.aten.permute.default(permute_32, [1, 0]);  permute_32 = None
        mm_2 = torch.ops.aten.mm.default(view_53, permute_35);  view_53 = permute_35 = None
        view_54 = torch.ops.aten.view.default(mm_2, [8, 1024, 768]);  mm_2 = None
        convert_element_type_83 = torch.ops.prims.convert_element_type.default(view_54, torch.float32);  view_54 = None
        convert_element_type_85 = torch.ops.prims.convert_element_type.default(primals_52, torch.float32);  primals_52 = None
        mul_45 = torch.ops.aten.mul.Tensor(convert_element_type_83, convert_element_type_85);  convert_element_type_85 = None
        mul_46 = torch.ops.aten.mul.Tensor(mul_45, 768)
        sum_5 = torch.ops.aten.sum.dim_IntList(mul_45, [2], True)
        convert_element_type_72 = torch.ops.prims.convert_element_type.default(add_32, torch.float32);  add_32 = None
        sub_8 = torch.ops.aten.sub.Tensor(convert_element_type_72, getitem_65);  convert_element_type_72 = getitem_65 = None
        mul_40 = torch.ops.aten.mul.Tensor(sub_8, rsqrt_8);  sub_8 = None
        mul_47 = torch.ops.aten.mul.Tensor(mul_45, mul_40);  mul_45 = None
        sum_6 = torch.ops.aten.sum.dim_IntList(mul_47, [2], True);  mul_47 = None
        mul_48 = torch.ops.aten.mul.Tensor(mul_40, sum_6);  sum_6 = None
        sub_13 = torch.ops.aten.sub.Tensor(mul_46, sum_5);  mul_46 = sum_5 = None
        sub_14 = torch.ops.aten.sub.Tensor(sub_13, mul_48);  sub_13 = mul_48 = None
        div_2 = torch.ops.aten.div.Tensor(rsqrt_8, 768);  rsqrt_8 = None
        mul_49 = torch.ops.aten.mul.Tensor(div_2, sub_14);  div_2 = sub_14 = None
        mul_50 = torch.ops.aten.mul.Tensor(convert_element_type_83, mul_40);  mul_40 = None
        sum_7 = torch.ops.aten.sum.dim_IntList(mul_50, [0, 1]);  mul_50 = None
        sum_8 = torch.ops.aten.sum.dim_IntList(convert_element_type_83, [0, 1]);  convert_element_type_83 = None
        convert_element_type_87 = torch.ops.prims.convert_element_type.default(mul_49, torch.bfloat16);  mul_49 = None
        convert_element_type_88 = torch.ops.prims.convert_element_type.default(sum_7, torch.bfloat16);  sum_7 = None
        convert_element_type_89 = torch.ops.prims.convert_element_type.default(sum_8, torch.bfloat16);  sum_8 = None
        view_55 = torch.ops.aten.view.default(convert_element_type_87, [8192, 768])
        permute_31 = torch.ops.aten.permute.default(primals_50, [1, 0]);  primals_50 = None
        permute_37 = torch.ops.aten.permute.default(permute_31, [1, 0]);  permute_31 = None
        mm_3 = torch.ops.aten.mm.default(view_55, permute_37);  permute_37 = None
        permute_38 = torch.ops.aten.permute.default(view_55, [1, 0])
        mm_4 = torch.ops.aten.mm.default(permute_38, view_46);  permute_38 = view_46 = None
        sum_9 = torch.ops.aten.sum.dim_IntList(view_55, [0], True);  view_55 = None
        view_56 = torch.ops.aten.view.default(sum_9, [768]);  sum_9 = None
        view_57 = torch.ops.aten.view.default(mm_3, [8, 1024, 3072]);  mm_3 = None
        convert_element_type_94 = torch.ops.prims.convert_element_type.default(view_57, torch.float32);  view_57 = None
        view_45 = torch.ops.aten.view.default(addmm_14, [8, 1024, 3072]);  addmm_14 = None
        convert_element_type_67 = torch.ops.prims.convert_element_type.default(view_45, torch.float32);  view_45 = None
        mul_34 = torch.ops.aten.mul.Tensor(convert_element_type_67, convert_element_type_67)
        mul_35 = torch.ops.aten.mul.Tensor(mul_34, convert_element_type_67)
        mul_36 = torch.ops.aten.mul.Tensor(mul_35, 0.044715);  mul_35 = None
        add_30 = torch.ops.aten.add.Tensor(convert_element_type_67, mul_36);  mul_36 = None
        mul_37 = torch.ops.aten.mul.Tensor(add_30, 0.7978845608028654);  add_30 = None
        tanh_3 = torch.ops.aten.tanh.default(mul_37);  mul_37 = None
        add_31 = torch.ops.aten.add.Tensor(tanh_3, 1)
        mul_56 = torch.ops.aten.mul.Tensor(add_31, 0.5);  add_31 = None
        mul_57 = torch.ops.aten.mul.Tensor(tanh_3, tanh_3);  tanh_3 = None
        sub_15 = torch.ops.aten.sub.Tensor(1, mul_57);  mul_57 = None
        mul_58 = torch.ops.aten.mul.Tensor(mul_34, 0.134145);  mul_34 = None
        add_37 = torch.ops.aten.add.Tensor(mul_58, 1);  mul_58 = None
        mul_59 = torch.ops.aten.mul.Tensor(add_37, 0.7978845608028654);  add_37 = None
        mul_38 = torch.ops.aten.mul.Tensor(convert_element_type_67, 0.5);  convert_element_type_67 = None
        mul_60 = torch.ops.aten.mul.Tensor(mul_38, sub_15);  mul_38 = sub_15 = None
        mul_61 = torch.ops.aten.mul.Tensor(mul_60, mul_59);  mul_60 = mul_59 = None
        add_38 = torch.ops.aten.add.Tensor(mul_56, mul_61);  mul_56 = mul_61 = None
        mul_62 = torch.ops.aten.mul.Tensor(convert_element_type_94, add_38);  convert_element_type_94 = add_38 = None
        convert_element_type_96 = torch.ops.prims.convert_element_type.default(mul_62, torch.bfloat16);  mul_62 = None
        view_58 = torch.ops.aten.view.default(convert_element_type_96, [8192, 3072]);  convert_element_type_96 = None
        permute_30 = torch.ops.aten.permute.default(primals_48, [1, 0]);  primals_48 = None
        permute_41 = torch.ops.aten.permute.default(permute_30, [1, 0]);  permute_30 = None
        mm_5 = torch.ops.aten.mm.default(view_58, permute_41);  permute_41 = None
        permute_42 = torch.ops.aten.permute.default(view_58, [1, 0])
        mm_6 = torch.ops.aten.mm.default(permute_42, view_44);  permute_42 = view_44 = None
        sum_10 = torch.ops.aten.sum.dim_IntList(view_58, [0], True);  view_58 = None
        view_59 = torch.ops.aten.view.default(sum_10, [3072]);  sum_10 = None
        view_60 = torch.ops.aten.view.default(mm_5, [8, 1024, 768]);  mm_5 = None
        convert_element_type_101 = torch.ops.prims.convert_element_type.default(view_60, torch.float32);  view_60 = None
        convert_element_type_103 = torch.ops.prims.convert_element_type.default(primals_46, torch.float32);  primals_46 = None
        mul_64 = torch.ops.aten.mul.Tensor(convert_element_type_101, convert_element_type_103);  convert_element_type_103 = None
        mul_65 = torch.ops.aten.mul.Tensor(mul_64, 768)
        sum_11 = torch.ops.aten.sum.dim_IntList(mul_64, [2], True)
        convert_element_type_62 = torch.ops.prims.convert_element_type.default(add_27, torch.float32);  add_27 = None
        sub_7 = torch.ops.aten.sub.Tensor(convert_element_type_62, getitem_63);  convert_element_type_62 = getitem_63 = None
        mul_32 = torch.ops.aten.mul.Tensor(sub_7, rsqrt_7);  sub_7 = None
        mul_66 = torch.ops.aten.mul.Tensor(mul_64, mul_32);  mul_64 = None
        sum_12 = torch.ops.aten.sum.dim_IntList(mul_66, [2], True);  mul_66 = None
        mul_67 = torch.ops.aten.mul.Tensor(mul_32, sum_12);  sum_12 = None
        sub_17 = torch.ops.aten.sub.Tensor(mul_65, sum_11);  mul_65 = sum_11 = None
        sub_18 = torch.ops.aten.sub.Tensor(sub_17, mul_67);  sub_17 = mul_67 = None
        div_3 = torch.ops.aten.div.Tensor(rsqrt_7, 768);  rsqrt_7 = None
        mul_68 = torch.ops.aten.mul.Tensor(div_3, sub_18);  div_3 = sub_18 = None
        mul_69 = torch.ops.aten.mul.Tensor(convert_element_type_101, mul_32);  mul_32 = None
        sum_13 = torch.ops.aten.sum.dim_IntList(mul_69, [0, 1]);  mul_69 = None
        sum_14 = torch.ops.aten.sum.dim_IntList(convert_element_type_101, [0, 1]);  convert_element_type_101 = None
        convert_element_type_105 = torch.ops.prims.convert_element_type.default(mul_68, torch.bfloat16);  mul_68 = None
        convert_element_type_106 = torch.ops.prims.convert_element_type.default(sum_13, torch.bfloat16);  sum_13 = None
        convert_element_type_107 = torch.ops.prims.convert_element_type.default(sum_14, torch.bfloat16);  sum_14 = None
        add_39 = torch.ops.aten.add.Tensor(convert_element_type_87, convert_element_type_105);  convert_element_type_87 = convert_element_type_105 = None
        view_61 = torch.ops.aten.view.default(add_39, [8192, 768])
        permute_29 = torch.ops.aten.permute.default(primals_44, [1, 0]);  primals_44 = None
        permute_45 = torch.ops.aten.permute.default(permute_29, [1, 0]);  permute_29 = None
        mm_7 = torch.ops.aten.mm.default(view_61, permute_45);  permute_45 = None
        permute_46 = torch.ops.aten.permute.default(view_61, [1, 0])
        permute_28 = torch.ops.aten.permute.default(getitem_53, [0, 2, 1, 3])
        view_41 = torch.ops.aten.view.default(permute_28, [8, 1024, 768]);  permute_28 = None
        view_42 = torch.ops.aten.view.default(view_41, [8192, 768]);  view_41 = None
        mm_8 = torch.ops.aten.mm.default(permute_46, view_42);  permute_46 = view_42 = None
        sum_15 = torch.ops.aten.sum.dim_IntList(view_61, [0], True);  view_61 = None
        view_62 = torch.ops.aten.view.default(sum_15, [768]);  sum_15 = None
        view_63 = torch.ops.aten.view.default(mm_7, [8, 1024, 768]);  mm_7 = None
        view_64 = torch.ops.aten.view.default(view_63, [8, 1024, 12, 64]);  view_63 = None
        permute_49 = torch.ops.aten.permute.default(view_64, [0, 2, 1, 3]);  view_64 = None
        _scaled_dot_product_cudnn_attention_backward = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(permute_49, permute_25, permute_26, permute_27, getitem_53, getitem_54, getitem_59, getitem_60, None, None, None, 1024, 1024, 0.0, True);  permute_49 = permute_25 = permute_26 = permute_27 = getitem_53 = getitem_54 = getitem_59 = getitem_60 = None
        getitem_66 = _scaled_dot_product_cudnn_attention_backward[0]
        getitem_67 = _scaled_dot_product_cudnn_attention_backward[1]
        getitem_68 = _scaled_dot_product_cudnn_attention_backward[2];  _scaled_dot_product_cudnn_attention_backward = None
        permute_50 = torch.ops.aten.permute.default(getitem_68, [0, 2, 1, 3]);  getitem_68 = None
        view_65 = torch.ops.aten.view.default(permute_50, [8, 1024, 768]);  permute_50 = None
        permute_51 = torch.ops.aten.permute.default(getitem_67, [0, 2, 1, 3]);  getitem_67 = None
        view_66 = torch.ops.aten.view.default(permute_51, [8, 1024, 768]);  permute_51 = None
        permute_52 = torch.ops.aten.permute.default(getitem_66, [0, 2, 1, 3]);  getitem_66 = None
        view_67 = torch.ops.aten.view.default(permute_52, [8, 1024, 768]);  permute_52 = None
        cat = torch.ops.aten.cat.default([view_67, view_66, view_65], 2);  view_67 = view_66 = view_65 = None
        view_68 = torch.ops.aten.view.default(cat, [8192, 2304]);  cat = None
        permute_24 = torch.ops.aten.permute.default(primals_42, [1, 0]);  primals_42 = None
        permute_53 = torch.ops.aten.permute.default(permute_24, [1, 0]);  permute_24 = None
        mm_9 = torch.ops.aten.mm.default(view_68, permute_53);  permute_53 = None
        permute_54 = torch.ops.aten.permute.default(view_68, [1, 0])
        mm_10 = torch.ops.aten.mm.default(permute_54, view_36);  permute_54 = view_36 = None
        sum_16 = torch.ops.aten.sum.dim_IntList(view_68, [0], True);  view_68 = None
        view_69 = torch.ops.aten.view.default(sum_16, [2304]);  sum_16 = None
        view_70 = torch.ops.aten.view.default(mm_9, [8, 1024, 768]);  mm_9 = None
        convert_element_type_116 = torch.ops.prims.convert_element_type.default(view_70, torch.float32);  view_70 = None
        convert_element_type_118 = torch.ops.prims.convert_element_type.default(primals_40, torch.float32);  primals_40 = None
        mul_71 = torch.ops.aten.mul.Tensor(convert_element_type_116, convert_element_type_118);  convert_element_type_118 = None
        mul_72 = torch.ops.aten.mul.Tensor(mul_71, 768)
        sum_17 = torch.ops.aten.sum.dim_IntList(mul_71, [2], True)
        convert_element_type_54 = torch.ops.prims.convert_element_type.default(add_24, torch.float32);  add_24 = None
        sub_6 = torch.ops.aten.sub.Tensor(convert_element_type_54, getitem_49);  convert_element_type_54 = getitem_49 = None
        mul_30 = torch.ops.aten.mul.Tensor(sub_6, rsqrt_6);  sub_6 = None
        mul_73 = torch.ops.aten.mul.Tensor(mul_71, mul_30);  mul_71 = None
        sum_18 = torch.ops.aten.sum.dim_IntList(mul_73, [2], True);  mul_73 = None
        mul_74 = torch.ops.aten.mul.Tensor(mul_30, sum_18);  sum_18 = None
        sub_20 = torch.ops.aten.sub.Tensor(mul_72, sum_17);  mul_72 = sum_17 = None
        sub_21 = torch.ops.aten.sub.Tensor(sub_20, mul_74);  sub_20 = mul_74 = None
        div_4 = torch.ops.aten.div.Tensor(rsqrt_6, 768);  rsqrt_6 = None
        mul_75 = torch.ops.aten.mul.Tensor(div_4, sub_21);  div_4 = sub_21 = None
        mul_76 = torch.ops.aten.mul.Tensor(convert_element_type_116, mul_30);  mul_30 = None
        sum_19 = torch.ops.aten.sum.dim_IntList(mul_76, [0, 1]);  mul_76 = None
        sum_20 = torch.ops.aten.sum.dim_IntList(convert_element_type_116, [0, 1]);  convert_element_type_116 = None
        convert_element_type_120 = torch.ops.prims.convert_element_type.default(mul_75, torch.bfloat16);  mul_75 = None
        convert_element_type_121 = torch.ops.prims.convert_element_type.default(sum_19, torch.bfloat16);  sum_19 = None
        convert_element_type_122 = torch.ops.prims.convert_element_type.default(sum_20, torch.bfloat16);  sum_20 = None
        add_40 = torch.ops.aten.add.Tensor(add_39, convert_element_type_120);  add_39 = convert_element_type_120 = None
        view_71 = torch.ops.aten.view.default(add_40, [8192, 768])
        permute_23 = torch.ops.aten.permute.default(primals_38, [1, 0]);  primals_38 = None
        permute_57 = torch.ops.aten.permute.default(permute_23, [1, 0]);  permute_23 = None
        mm_11 = torch.ops.aten.mm.default(view_71, permute_57);  permute_57 = None
        permute_58 = torch.ops.aten.permute.default(view_71, [1, 0])
        mm_12 = torch.ops.aten.mm.default(permute_58, view_34);  permute_58 = view_34 = None
        sum_21 = torch.ops.aten.sum.dim_IntList(view_71, [0], True);  view_71 = None
        view_72 = torch.ops.aten.view.default(sum_21, [768]);  sum_21 = None
        view_73 = torch.ops.aten.view.default(mm_11, [8, 1024, 3072]);  mm_11 = None
        convert_element_type_127 = torch.ops.prims.convert_element_type.default(view_73, torch.float32);  view_73 = None
        view_33 = torch.ops.aten.view.default(addmm_10, [8, 1024, 3072]);  addmm_10 = None
        convert_element_type_49 = torch.ops.prims.convert_element_type.default(view_33, torch.float32);  view_33 = None
        mul_24 = torch.ops.aten.mul.Tensor(convert_element_type_49, convert_element_type_49)
        mul_25 = torch.ops.aten.mul.Tensor(mul_24, convert_element_type_49)
        mul_26 = torch.ops.aten.mul.Tensor(mul_25, 0.044715);  mul_25 = None
        add_22 = torch.ops.aten.add.Tensor(convert_element_type_49, mul_26);  mul_26 = None
        mul_27 = torch.ops.aten.mul.Tensor(add_22, 0.7978845608028654);  add_22 = None
        tanh_2 = torch.ops.aten.tanh.default(mul_27);  mul_27 = None
        add_23 = torch.ops.aten.add.Tensor(tanh_2, 1)
        mul_82 = torch.ops.aten.mul.Tensor(add_23, 0.5);  add_23 = None
        mul_83 = torch.ops.aten.mul.Tensor(tanh_2, tanh_2);  tanh_2 = None
        sub_22 = torch.ops.aten.sub.Tensor(1, mul_83);  mul_83 = None
        mul_84 = torch.ops.aten.mul.Tensor(mul_24, 0.134145);  mul_24 = None
        add_43 = torch.ops.aten.add.Tensor(mul_84, 1);  mul_84 = None
        mul_85 = torch.ops.aten.mul.Tensor(add_43, 0.7978845608028654);  add_43 = None
        mul_28 = torch.ops.aten.mul.Tensor(convert_element_type_49, 0.5);  convert_element_type_49 = None
        mul_86 = torch.ops.aten.mul.Tensor(mul_28, sub_22);  mul_28 = sub_22 = None
        mul_87 = torch.ops.aten.mul.Tensor(mul_86, mul_85);  mul_86 = mul_85 = None
        add_44 = torch.ops.aten.add.Tensor(mul_82, mul_87);  mul_82 = mul_87 = None
        mul_88 = torch.ops.aten.mul.Tensor(convert_element_type_127, add_44);  convert_element_type_127 = add_44 = None
        convert_element_type_129 = torch.ops.prims.convert_element_type.default(mul_88, torch.bfloat16);  mul_88 = None
        view_74 = torch.ops.aten.view.default(convert_element_type_129, [8192, 3072]);  convert_element_type_129 = None
        permute_22 = torch.ops.aten.permute.default(primals_36, [1, 0]);  primals_36 = None
        permute_61 = torch.ops.aten.permute.default(permute_22, [1, 0]);  permute_22 = None
        mm_13 = torch.ops.aten.mm.default(view_74, permute_61);  permute_61 = None
        permute_62 = torch.ops.aten.permute.default(view_74, [1, 0])
        mm_14 = torch.ops.aten.mm.default(permute_62, view_32);  permute_62 = view_32 = None
        sum_22 = torch.ops.aten.sum.dim_IntList(view_74, [0], True);  view_74 = None
        view_75 = torch.ops.aten.view.default(sum_22, [3072]);  sum_22 = None
        view_76 = torch.ops.aten.view.default(mm_13, [8, 1024, 768]);  mm_13 = None
        convert_element_type_134 = torch.ops.prims.convert_element_type.default(view_76, torch.float32);  view_76 = None
        convert_element_type_136 = torch.ops.prims.convert_element_type.default(primals_34, torch.float32);  primals_34 = None
        mul_90 = torch.ops.aten.mul.Tensor(convert_element_type_134, convert_element_type_136);  convert_element_type_136 = None
        mul_91 = torch.ops.aten.mul.Tensor(mul_90, 768)
        sum_23 = torch.ops.aten.sum.dim_IntList(mul_90, [2], True)
        convert_element_type_44 = torch.ops.prims.convert_element_type.default(add_19, torch.float32);  add_19 = None
        sub_5 = torch.ops.aten.sub.Tensor(convert_element_type_44, getitem_47);  convert_element_type_44 = getitem_47 = None
        mul_22 = torch.ops.aten.mul.Tensor(sub_5, rsqrt_5);  sub_5 = None
        mul_92 = torch.ops.aten.mul.Tensor(mul_90, mul_22);  mul_90 = None
        sum_24 = torch.ops.aten.sum.dim_IntList(mul_92, [2], True);  mul_92 = None
        mul_93 = torch.ops.aten.mul.Tensor(mul_22, sum_24);  sum_24 = None
        sub_24 = torch.ops.aten.sub.Tensor(mul_91, sum_23);  mul_91 = sum_23 = None
        sub_25 = torch.ops.aten.sub.Tensor(sub_24, mul_93);  sub_24 = mul_93 = None
        div_5 = torch.ops.aten.div.Tensor(rsqrt_5, 768);  rsqrt_5 = None
        mul_94 = torch.ops.aten.mul.Tensor(div_5, sub_25);  div_5 = sub_25 = None
        mul_95 = torch.ops.aten.mul.Tensor(convert_element_type_134, mul_22);  mul_22 = None
        sum_25 = torch.ops.aten.sum.dim_IntList(mul_95, [0, 1]);  mul_95 = None
        sum_26 = torch.ops.aten.sum.dim_IntList(convert_element_type_134, [0, 1]);  convert_element_type_134 = None
        convert_element_type_138 = torch.ops.prims.convert_element_type.default(mul_94, torch.bfloat16);  mul_94 = None
        convert_element_type_139 = torch.ops.prims.convert_element_type.default(sum_25, torch.bfloat16);  sum_25 = None
        convert_element_type_140 = torch.ops.prims.convert_element_type.default(sum_26, torch.bfloat16);  sum_26 = None
        add_45 = torch.ops.aten.add.Tensor(add_40, convert_element_type_138);  add_40 = convert_element_type_138 = None
        view_77 = torch.ops.aten.view.default(add_45, [8192, 768])
        permute_21 = torch.ops.aten.permute.default(primals_32, [1, 0]);  primals_32 = None
        permute_65 = torch.ops.aten.permute.default(permute_21, [1, 0]);  permute_21 = None
        mm_15 = torch.ops.aten.mm.default(view_77, permute_65);  permute_65 = None
        permute_66 = torch.ops.aten.permute.default(view_77, [1, 0])
        permute_20 = torch.ops.aten.permute.default(getitem_37, [0, 2, 1, 3])
        view_29 = torch.ops.aten.view.default(permute_20, [8, 1024, 768]);  permute_20 = None
        view_30 = torch.ops.aten.view.default(view_29, [8192, 768]);  view_29 = None
        mm_16 = torch.ops.aten.mm.default(permute_66, view_30);  permute_66 = view_30 = None
        sum_27 = torch.ops.aten.sum.dim_IntList(view_77, [0], True);  view_77 = None
        view_78 = torch.ops.aten.view.default(sum_27, [768]);  sum_27 = None
        view_79 = torch.ops.aten.view.default(mm_15, [8, 1024, 768]);  mm_15 = None
        view_80 = torch.ops.aten.view.default(view_79, [8, 1024, 12, 64]);  view_79 = None
        permute_69 = torch.ops.aten.permute.default(view_80, [0, 2, 1, 3]);  view_80 = None
        _scaled_dot_product_cudnn_attention_backward_1 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(permute_69, permute_17, permute_18, permute_19, getitem_37, getitem_38, getitem_43, getitem_44, None, None, None, 1024, 1024, 0.0, True);  permute_69 = permute_17 = permute_18 = permute_19 = getitem_37 = getitem_38 = getitem_43 = getitem_44 = None
        getitem_69 = _scaled_dot_product_cudnn_attention_backward_1[0]
        getitem_70 = _scaled_dot_product_cudnn_attention_backward_1[1]
        getitem_71 = _scaled_dot_product_cudnn_attention_backward_1[2];  _scaled_dot_product_cudnn_attention_backward_1 = None
        permute_70 = torch.ops.aten.permute.default(getitem_71, [0, 2, 1, 3]);  getitem_71 = None
        view_81 = torch.ops.aten.view.default(permute_70, [8, 1024, 768]);  permute_70 = None
        permute_71 = torch.ops.aten.permute.default(getitem_70, [0, 2, 1, 3]);  getitem_70 = None
        view_82 = torch.ops.aten.view.default(permute_71, [8, 1024, 768]);  permute_71 = None
        permute_72 = torch.ops.aten.permute.default(getitem_69, [0, 2, 1, 3]);  getitem_69 = None
        view_83 = torch.ops.aten.view.default(permute_72, [8, 1024, 768]);  permute_72 = None
        cat_1 = torch.ops.aten.cat.default([view_83, view_82, view_81], 2);  view_83 = view_82 = view_81 = None
        view_84 = torch.ops.aten.view.default(cat_1, [8192, 2304]);  cat_1 = None
        permute_16 = torch.ops.aten.permute.default(primals_30, [1, 0]);  primals_30 = None
        permute_73 = torch.ops.aten.permute.default(permute_16, [1, 0]);  permute_16 = None
        mm_17 = torch.ops.aten.mm.default(view_84, permute_73);  permute_73 = None
        permute_74 = torch.ops.aten.permute.default(view_84, [1, 0])
        mm_18 = torch.ops.aten.mm.default(permute_74, view_24);  permute_74 = view_24 = None
        sum_28 = torch.ops.aten.sum.dim_IntList(view_84, [0], True);  view_84 = None
        view_85 = torch.ops.aten.view.default(sum_28, [2304]);  sum_28 = None
        view_86 = torch.ops.aten.view.default(mm_17, [8, 1024, 768]);  mm_17 = None
        convert_element_type_149 = torch.ops.prims.convert_element_type.default(view_86, torch.float32);  view_86 = None
        convert_element_type_151 = torch.ops.prims.convert_element_type.default(primals_28, torch.float32);  primals_28 = None
        mul_97 = torch.ops.aten.mul.Tensor(convert_element_type_149, convert_element_type_151);  convert_element_type_151 = None
        mul_98 = torch.ops.aten.mul.Tensor(mul_97, 768)
        sum_29 = torch.ops.aten.sum.dim_IntList(mul_97, [2], True)
        convert_element_type_36 = torch.ops.prims.convert_element_type.default(add_16, torch.float32);  add_16 = None
        sub_4 = torch.ops.aten.sub.Tensor(convert_element_type_36, getitem_33);  convert_element_type_36 = getitem_33 = None
        mul_20 = torch.ops.aten.mul.Tensor(sub_4, rsqrt_4);  sub_4 = None
        mul_99 = torch.ops.aten.mul.Tensor(mul_97, mul_20);  mul_97 = None
        sum_30 = torch.ops.aten.sum.dim_IntList(mul_99, [2], True);  mul_99 = None
        mul_100 = torch.ops.aten.mul.Tensor(mul_20, sum_30);  sum_30 = None
        sub_27 = torch.ops.aten.sub.Tensor(mul_98, sum_29);  mul_98 = sum_29 = None
        sub_28 = torch.ops.aten.sub.Tensor(sub_27, mul_100);  sub_27 = mul_100 = None
        div_6 = torch.ops.aten.div.Tensor(rsqrt_4, 768);  rsqrt_4 = None
        mul_101 = torch.ops.aten.mul.Tensor(div_6, sub_28);  div_6 = sub_28 = None
        mul_102 = torch.ops.aten.mul.Tensor(convert_element_type_149, mul_20);  mul_20 = None
        sum_31 = torch.ops.aten.sum.dim_IntList(mul_102, [0, 1]);  mul_102 = None
        sum_32 = torch.ops.aten.sum.dim_IntList(convert_element_type_149, [0, 1]);  convert_element_type_149 = None
        convert_element_type_153 = torch.ops.prims.convert_element_type.default(mul_101, torch.bfloat16);  mul_101 = None
        convert_element_type_154 = torch.ops.prims.convert_element_type.default(sum_31, torch.bfloat16);  sum_31 = None
        convert_element_type_155 = torch.ops.prims.convert_element_type.default(sum_32, torch.bfloat16);  sum_32 = None
        add_46 = torch.ops.aten.add.Tensor(add_45, convert_element_type_153);  add_45 = convert_element_type_153 = None
        view_87 = torch.ops.aten.view.default(add_46, [8192, 768])
        permute_15 = torch.ops.aten.permute.default(primals_26, [1, 0]);  primals_26 = None
        permute_77 = torch.ops.aten.permute.default(permute_15, [1, 0]);  permute_15 = None
        mm_19 = torch.ops.aten.mm.default(view_87, permute_77);  permute_77 = None
        permute_78 = torch.ops.aten.permute.default(view_87, [1, 0])
        mm_20 = torch.ops.aten.mm.default(permute_78, view_22);  permute_78 = view_22 = None
        sum_33 = torch.ops.aten.sum.dim_IntList(view_87, [0], True);  view_87 = None
        view_88 = torch.ops.aten.view.default(sum_33, [768]);  sum_33 = None
        view_89 = torch.ops.aten.view.default(mm_19, [8, 1024, 3072]);  mm_19 = None
        convert_element_type_160 = torch.ops.prims.convert_element_type.default(view_89, torch.float32);  view_89 = None
        view_21 = torch.ops.aten.view.default(addmm_6, [8, 1024, 3072]);  addmm_6 = None
        convert_element_type_31 = torch.ops.prims.convert_element_type.default(view_21, torch.float32);  view_21 = None
        mul_14 = torch.ops.aten.mul.Tensor(convert_element_type_31, convert_element_type_31)
        mul_15 = torch.ops.aten.mul.Tensor(mul_14, convert_element_type_31)
        mul_16 = torch.ops.aten.mul.Tensor(mul_15, 0.044715);  mul_15 = None
        add_14 = torch.ops.aten.add.Tensor(convert_element_type_31, mul_16);  mul_16 = None
        mul_17 = torch.ops.aten.mul.Tensor(add_14, 0.7978845608028654);  add_14 = None
        tanh_1 = torch.ops.aten.tanh.default(mul_17);  mul_17 = None
        add_15 = torch.ops.aten.add.Tensor(tanh_1, 1)
        mul_108 = torch.ops.aten.mul.Tensor(add_15, 0.5);  add_15 = None
        mul_109 = torch.ops.aten.mul.Tensor(tanh_1, tanh_1);  tanh_1 = None
        sub_29 = torch.ops.aten.sub.Tensor(1, mul_109);  mul_109 = None
        mul_110 = torch.ops.aten.mul.Tensor(mul_14, 0.134145);  mul_14 = None
        add_49 = torch.ops.aten.add.Tensor(mul_110, 1);  mul_110 = None
        mul_111 = torch.ops.aten.mul.Tensor(add_49, 0.7978845608028654);  add_49 = None
        mul_18 = torch.ops.aten.mul.Tensor(convert_element_type_31, 0.5);  convert_element_type_31 = None
        mul_112 = torch.ops.aten.mul.Tensor(mul_18, sub_29);  mul_18 = sub_29 = None
        mul_113 = torch.ops.aten.mul.Tensor(mul_112, mul_111);  mul_112 = mul_111 = None
        add_50 = torch.ops.aten.add.Tensor(mul_108, mul_113);  mul_108 = mul_113 = None
        mul_114 = torch.ops.aten.mul.Tensor(convert_element_type_160, add_50);  convert_element_type_160 = add_50 = None
        convert_element_type_162 = torch.ops.prims.convert_element_type.default(mul_114, torch.bfloat16);  mul_114 = None
        view_90 = torch.ops.aten.view.default(convert_element_type_162, [8192, 3072]);  convert_element_type_162 = None
        permute_14 = torch.ops.aten.permute.default(primals_24, [1, 0]);  primals_24 = None
        permute_81 = torch.ops.aten.permute.default(permute_14, [1, 0]);  permute_14 = None
        mm_21 = torch.ops.aten.mm.default(view_90, permute_81);  permute_81 = None
        permute_82 = torch.ops.aten.permute.default(view_90, [1, 0])
        mm_22 = torch.ops.aten.mm.default(permute_82, view_20);  permute_82 = view_20 = None
        sum_34 = torch.ops.aten.sum.dim_IntList(view_90, [0], True);  view_90 = None
        view_91 = torch.ops.aten.view.default(sum_34, [3072]);  sum_34 = None
        view_92 = torch.ops.aten.view.default(mm_21, [8, 1024, 768]);  mm_21 = None
        convert_element_type_167 = torch.ops.prims.convert_element_type.default(view_92, torch.float32);  view_92 = None
        convert_element_type_169 = torch.ops.prims.convert_element_type.default(primals_22, torch.float32);  primals_22 = None
        mul_116 = torch.ops.aten.mul.Tensor(convert_element_type_167, convert_element_type_169);  convert_element_type_169 = None
        mul_117 = torch.ops.aten.mul.Tensor(mul_116, 768)
        sum_35 = torch.ops.aten.sum.dim_IntList(mul_116, [2], True)
        convert_element_type_26 = torch.ops.prims.convert_element_type.default(add_11, torch.float32);  add_11 = None
        sub_3 = torch.ops.aten.sub.Tensor(convert_element_type_26, getitem_31);  convert_element_type_26 = getitem_31 = None
        mul_12 = torch.ops.aten.mul.Tensor(sub_3, rsqrt_3);  sub_3 = None
        mul_118 = torch.ops.aten.mul.Tensor(mul_116, mul_12);  mul_116 = None
        sum_36 = torch.ops.aten.sum.dim_IntList(mul_118, [2], True);  mul_118 = None
        mul_119 = torch.ops.aten.mul.Tensor(mul_12, sum_36);  sum_36 = None
        sub_31 = torch.ops.aten.sub.Tensor(mul_117, sum_35);  mul_117 = sum_35 = None
        sub_32 = torch.ops.aten.sub.Tensor(sub_31, mul_119);  sub_31 = mul_119 = None
        div_7 = torch.ops.aten.div.Tensor(rsqrt_3, 768);  rsqrt_3 = None
        mul_120 = torch.ops.aten.mul.Tensor(div_7, sub_32);  div_7 = sub_32 = None
        mul_121 = torch.ops.aten.mul.Tensor(convert_element_type_167, mul_12);  mul_12 = None
        sum_37 = torch.ops.aten.sum.dim_IntList(mul_121, [0, 1]);  mul_121 = None
        sum_38 = torch.ops.aten.sum.dim_IntList(convert_element_type_167, [0, 1]);  convert_element_type_167 = None
        convert_element_type_171 = torch.ops.prims.convert_element_type.default(mul_120, torch.bfloat16);  mul_120 = None
        convert_element_type_172 = torch.ops.prims.convert_element_type.default(sum_37, torch.bfloat16);  sum_37 = None
        convert_element_type_173 = torch.ops.prims.convert_element_type.default(sum_38, torch.bfloat16);  sum_38 = None
        add_51 = torch.ops.aten.add.Tensor(add_46, convert_element_type_171);  add_46 = convert_element_type_171 = None
        view_93 = torch.ops.aten.view.default(add_51, [8192, 768])
        permute_13 = torch.ops.aten.permute.default(primals_20, [1, 0]);  primals_20 = None
        permute_85 = torch.ops.aten.permute.default(permute_13, [1, 0]);  permute_13 = None
        mm_23 = torch.ops.aten.mm.default(view_93, permute_85);  permute_85 = None
        permute_86 = torch.ops.aten.permute.default(view_93, [1, 0])
        permute_12 = torch.ops.aten.permute.default(getitem_21, [0, 2, 1, 3])
        view_17 = torch.ops.aten.view.default(permute_12, [8, 1024, 768]);  permute_12 = None
        view_18 = torch.ops.aten.view.default(view_17, [8192, 768]);  view_17 = None
        mm_24 = torch.ops.aten.mm.default(permute_86, view_18);  permute_86 = view_18 = None
        sum_39 = torch.ops.aten.sum.dim_IntList(view_93, [0], True);  view_93 = None
        view_94 = torch.ops.aten.view.default(sum_39, [768]);  sum_39 = None
        view_95 = torch.ops.aten.view.default(mm_23, [8, 1024, 768]);  mm_23 = None
        view_96 = torch.ops.aten.view.default(view_95, [8, 1024, 12, 64]);  view_95 = None
        permute_89 = torch.ops.aten.permute.default(view_96, [0, 2, 1, 3]);  view_96 = None
        _scaled_dot_product_cudnn_attention_backward_2 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(permute_89, permute_9, permute_10, permute_11, getitem_21, getitem_22, getitem_27, getitem_28, None, None, None, 1024, 1024, 0.0, True);  permute_89 = permute_9 = permute_10 = permute_11 = getitem_21 = getitem_22 = getitem_27 = getitem_28 = None
        getitem_72 = _scaled_dot_product_cudnn_attention_backward_2[0]
        getitem_73 = _scaled_dot_product_cudnn_attention_backward_2[1]
        getitem_74 = _scaled_dot_product_cudnn_attention_backward_2[2];  _scaled_dot_product_cudnn_attention_backward_2 = None
        permute_90 = torch.ops.aten.permute.default(getitem_74, [0, 2, 1, 3]);  getitem_74 = None
        view_97 = torch.ops.aten.view.default(permute_90, [8, 1024, 768]);  permute_90 = None
        permute_91 = torch.ops.aten.permute.default(getitem_73, [0, 2, 1, 3]);  getitem_73 = None
        view_98 = torch.ops.aten.view.default(permute_91, [8, 1024, 768]);  permute_91 = None
        permute_92 = torch.ops.aten.permute.default(getitem_72, [0, 2, 1, 3]);  getitem_72 = None
        view_99 = torch.ops.aten.view.default(permute_92, [8, 1024, 768]);  permute_92 = None
        cat_2 = torch.ops.aten.cat.default([view_99, view_98, view_97], 2);  view_99 = view_98 = view_97 = None
        view_100 = torch.ops.aten.view.default(cat_2, [8192, 2304]);  cat_2 = None
        permute_8 = torch.ops.aten.permute.default(primals_18, [1, 0]);  primals_18 = None
        permute_93 = torch.ops.aten.permute.default(permute_8, [1, 0]);  permute_8 = None
        mm_25 = torch.ops.aten.mm.default(view_100, permute_93);  permute_93 = None
        permute_94 = torch.ops.aten.permute.default(view_100, [1, 0])
        mm_26 = torch.ops.aten.mm.default(permute_94, view_12);  permute_94 = view_12 = None
        sum_40 = torch.ops.aten.sum.dim_IntList(view_100, [0], True);  view_100 = None
        view_101 = torch.ops.aten.view.default(sum_40, [2304]);  sum_40 = None
        view_102 = torch.ops.aten.view.default(mm_25, [8, 1024, 768]);  mm_25 = None
        convert_element_type_182 = torch.ops.prims.convert_element_type.default(view_102, torch.float32);  view_102 = None
        convert_element_type_184 = torch.ops.prims.convert_element_type.default(primals_16, torch.float32);  primals_16 = None
        mul_123 = torch.ops.aten.mul.Tensor(convert_element_type_182, convert_element_type_184);  convert_element_type_184 = None
        mul_124 = torch.ops.aten.mul.Tensor(mul_123, 768)
        sum_41 = torch.ops.aten.sum.dim_IntList(mul_123, [2], True)
        convert_element_type_18 = torch.ops.prims.convert_element_type.default(add_8, torch.float32);  add_8 = None
        sub_2 = torch.ops.aten.sub.Tensor(convert_element_type_18, getitem_17);  convert_element_type_18 = getitem_17 = None
        mul_10 = torch.ops.aten.mul.Tensor(sub_2, rsqrt_2);  sub_2 = None
        mul_125 = torch.ops.aten.mul.Tensor(mul_123, mul_10);  mul_123 = None
        sum_42 = torch.ops.aten.sum.dim_IntList(mul_125, [2], True);  mul_125 = None
        mul_126 = torch.ops.aten.mul.Tensor(mul_10, sum_42);  sum_42 = None
        sub_34 = torch.ops.aten.sub.Tensor(mul_124, sum_41);  mul_124 = sum_41 = None
        sub_35 = torch.ops.aten.sub.Tensor(sub_34, mul_126);  sub_34 = mul_126 = None
        div_8 = torch.ops.aten.div.Tensor(rsqrt_2, 768);  rsqrt_2 = None
        mul_127 = torch.ops.aten.mul.Tensor(div_8, sub_35);  div_8 = sub_35 = None
        mul_128 = torch.ops.aten.mul.Tensor(convert_element_type_182, mul_10);  mul_10 = None
        sum_43 = torch.ops.aten.sum.dim_IntList(mul_128, [0, 1]);  mul_128 = None
        sum_44 = torch.ops.aten.sum.dim_IntList(convert_element_type_182, [0, 1]);  convert_element_type_182 = None
        convert_element_type_186 = torch.ops.prims.convert_element_type.default(mul_127, torch.bfloat16);  mul_127 = None
        convert_element_type_187 = torch.ops.prims.convert_element_type.default(sum_43, torch.bfloat16);  sum_43 = None
        convert_element_type_188 = torch.ops.prims.convert_element_type.default(sum_44, torch.bfloat16);  sum_44 = None
        add_52 = torch.ops.aten.add.Tensor(add_51, convert_element_type_186);  add_51 = convert_element_type_186 = None
        view_103 = torch.ops.aten.view.default(add_52, [8192, 768])
        permute_7 = torch.ops.aten.permute.default(primals_14, [1, 0]);  primals_14 = None
        permute_97 = torch.ops.aten.permute.default(permute_7, [1, 0]);  permute_7 = None
        mm_27 = torch.ops.aten.mm.default(view_103, permute_97);  permute_97 = None
        permute_98 = torch.ops.aten.permute.default(view_103, [1, 0])
        mm_28 = torch.ops.aten.mm.default(permute_98, view_10);  permute_98 = view_10 = None
        sum_45 = torch.ops.aten.sum.dim_IntList(view_103, [0], True);  view_103 = None
        view_104 = torch.ops.aten.view.default(sum_45, [768]);  sum_45 = None
        view_105 = torch.ops.aten.view.default(mm_27, [8, 1024, 3072]);  mm_27 = None
        convert_element_type_193 = torch.ops.prims.convert_element_type.default(view_105, torch.float32);  view_105 = None
        view_9 = torch.ops.aten.view.default(addmm_2, [8, 1024, 3072]);  addmm_2 = None
        convert_element_type_13 = torch.ops.prims.convert_element_type.default(view_9, torch.float32);  view_9 = None
        mul_4 = torch.ops.aten.mul.Tensor(convert_element_type_13, convert_element_type_13)
        mul_5 = torch.ops.aten.mul.Tensor(mul_4, convert_element_type_13)
        mul_6 = torch.ops.aten.mul.Tensor(mul_5, 0.044715);  mul_5 = None
        add_6 = torch.ops.aten.add.Tensor(convert_element_type_13, mul_6);  mul_6 = None
        mul_7 = torch.ops.aten.mul.Tensor(add_6, 0.7978845608028654);  add_6 = None
        tanh = torch.ops.aten.tanh.default(mul_7);  mul_7 = None
        add_7 = torch.ops.aten.add.Tensor(tanh, 1)
        mul_134 = torch.ops.aten.mul.Tensor(add_7, 0.5);  add_7 = None
        mul_135 = torch.ops.aten.mul.Tensor(tanh, tanh);  tanh = None
        sub_36 = torch.ops.aten.sub.Tensor(1, mul_135);  mul_135 = None
        mul_136 = torch.ops.aten.mul.Tensor(mul_4, 0.134145);  mul_4 = None
        add_55 = torch.ops.aten.add.Tensor(mul_136, 1);  mul_136 = None
        mul_137 = torch.ops.aten.mul.Tensor(add_55, 0.7978845608028654);  add_55 = None
        mul_8 = torch.ops.aten.mul.Tensor(convert_element_type_13, 0.5);  convert_element_type_13 = None
        mul_138 = torch.ops.aten.mul.Tensor(mul_8, sub_36);  mul_8 = sub_36 = None
        mul_139 = torch.ops.aten.mul.Tensor(mul_138, mul_137);  mul_138 = mul_137 = None
        add_56 = torch.ops.aten.add.Tensor(mul_134, mul_139);  mul_134 = mul_139 = None
        mul_140 = torch.ops.aten.mul.Tensor(convert_element_type_193, add_56);  convert_element_type_193 = add_56 = None
        convert_element_type_195 = torch.ops.prims.convert_element_type.default(mul_140, torch.bfloat16);  mul_140 = None
        view_106 = torch.ops.aten.view.default(convert_element_type_195, [8192, 3072]);  convert_element_type_195 = None
        permute_6 = torch.ops.aten.permute.default(primals_12, [1, 0]);  primals_12 = None
        permute_101 = torch.ops.aten.permute.default(permute_6, [1, 0]);  permute_6 = None
        mm_29 = torch.ops.aten.mm.default(view_106, permute_101);  permute_101 = None
        permute_102 = torch.ops.aten.permute.default(view_106, [1, 0])
        mm_30 = torch.ops.aten.mm.default(permute_102, view_8);  permute_102 = view_8 = None
        sum_46 = torch.ops.aten.sum.dim_IntList(view_106, [0], True);  view_106 = None
        view_107 = torch.ops.aten.view.default(sum_46, [3072]);  sum_46 = None
        view_108 = torch.ops.aten.view.default(mm_29, [8, 1024, 768]);  mm_29 = None
        convert_element_type_200 = torch.ops.prims.convert_element_type.default(view_108, torch.float32);  view_108 = None
        convert_element_type_202 = torch.ops.prims.convert_element_type.default(primals_10, torch.float32);  primals_10 = None
        mul_142 = torch.ops.aten.mul.Tensor(convert_element_type_200, convert_element_type_202);  convert_element_type_202 = None
        mul_143 = torch.ops.aten.mul.Tensor(mul_142, 768)
        sum_47 = torch.ops.aten.sum.dim_IntList(mul_142, [2], True)
        convert_element_type_8 = torch.ops.prims.convert_element_type.default(add_3, torch.float32);  add_3 = None
        sub_1 = torch.ops.aten.sub.Tensor(convert_element_type_8, getitem_15);  convert_element_type_8 = getitem_15 = None
        mul_2 = torch.ops.aten.mul.Tensor(sub_1, rsqrt_1);  sub_1 = None
        mul_144 = torch.ops.aten.mul.Tensor(mul_142, mul_2);  mul_142 = None
        sum_48 = torch.ops.aten.sum.dim_IntList(mul_144, [2], True);  mul_144 = None
        mul_145 = torch.ops.aten.mul.Tensor(mul_2, sum_48);  sum_48 = None
        sub_38 = torch.ops.aten.sub.Tensor(mul_143, sum_47);  mul_143 = sum_47 = None
        sub_39 = torch.ops.aten.sub.Tensor(sub_38, mul_145);  sub_38 = mul_145 = None
        div_9 = torch.ops.aten.div.Tensor(rsqrt_1, 768);  rsqrt_1 = None
        mul_146 = torch.ops.aten.mul.Tensor(div_9, sub_39);  div_9 = sub_39 = None
        mul_147 = torch.ops.aten.mul.Tensor(convert_element_type_200, mul_2);  mul_2 = None
        sum_49 = torch.ops.aten.sum.dim_IntList(mul_147, [0, 1]);  mul_147 = None
        sum_50 = torch.ops.aten.sum.dim_IntList(convert_element_type_200, [0, 1]);  convert_element_type_200 = None
        convert_element_type_204 = torch.ops.prims.convert_element_type.default(mul_146, torch.bfloat16);  mul_146 = None
        convert_element_type_205 = torch.ops.prims.convert_element_type.default(sum_49, torch.bfloat16);  sum_49 = None
        convert_element_type_206 = torch.ops.prims.convert_element_type.default(sum_50, torch.bfloat16);  sum_50 = None
        add_57 = torch.ops.aten.add.Tensor(add_52, convert_element_type_204);  add_52 = convert_element_type_204 = None
        view_109 = torch.ops.aten.view.default(add_57, [8192, 768])
        permute_5 = torch.ops.aten.permute.default(primals_8, [1, 0]);  primals_8 = None
        permute_105 = torch.ops.aten.permute.default(permute_5, [1, 0]);  permute_5 = None
        mm_31 = torch.ops.aten.mm.default(view_109, permute_105);  permute_105 = None
        permute_106 = torch.ops.aten.permute.default(view_109, [1, 0])
        permute_4 = torch.ops.aten.permute.default(getitem_5, [0, 2, 1, 3])
        view_5 = torch.ops.aten.view.default(permute_4, [8, 1024, 768]);  permute_4 = None
        view_6 = torch.ops.aten.view.default(view_5, [8192, 768]);  view_5 = None
        mm_32 = torch.ops.aten.mm.default(permute_106, view_6);  permute_106 = view_6 = None
        sum_51 = torch.ops.aten.sum.dim_IntList(view_109, [0], True);  view_109 = None
        view_110 = torch.ops.aten.view.default(sum_51, [768]);  sum_51 = None
        view_111 = torch.ops.aten.view.default(mm_31, [8, 1024, 768]);  mm_31 = None
        view_112 = torch.ops.aten.view.default(view_111, [8, 1024, 12, 64]);  view_111 = None
        permute_109 = torch.ops.aten.permute.default(view_112, [0, 2, 1, 3]);  view_112 = None
        _scaled_dot_product_cudnn_attention_backward_3 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(permute_109, permute_1, permute_2, permute_3, getitem_5, getitem_6, getitem_11, getitem_12, None, None, None, 1024, 1024, 0.0, True);  permute_109 = permute_1 = permute_2 = permute_3 = getitem_5 = getitem_6 = getitem_11 = getitem_12 = None
        getitem_75 = _scaled_dot_product_cudnn_attention_backward_3[0]
        getitem_76 = _scaled_dot_product_cudnn_attention_backward_3[1]
        getitem_77 = _scaled_dot_product_cudnn_attention_backward_3[2];  _scaled_dot_product_cudnn_attention_backward_3 = None
        permute_110 = torch.ops.aten.permute.default(getitem_77, [0, 2, 1, 3]);  getitem_77 = None
        view_113 = torch.ops.aten.view.default(permute_110, [8, 1024, 768]);  permute_110 = None
        permute_111 = torch.ops.aten.permute.default(getitem_76, [0, 2, 1, 3]);  getitem_76 = None
        view_114 = torch.ops.aten.view.default(permute_111, [8, 1024, 768]);  permute_111 = None
        permute_112 = torch.ops.aten.permute.default(getitem_75, [0, 2, 1, 3]);  getitem_75 = None
        view_115 = torch.ops.aten.view.default(permute_112, [8, 1024, 768]);  permute_112 = None
        cat_3 = torch.ops.aten.cat.default([view_115, view_114, view_113], 2);  view_115 = view_114 = view_113 = None
        view_116 = torch.ops.aten.view.default(cat_3, [8192, 2304]);  cat_3 = None
        permute = torch.ops.aten.permute.default(primals_6, [1, 0]);  primals_6 = None
        permute_113 = torch.ops.aten.permute.default(permute, [1, 0]);  permute = None
        mm_33 = torch.ops.aten.mm.default(view_116, permute_113);  permute_113 = None
        permute_114 = torch.ops.aten.permute.default(view_116, [1, 0])
        mm_34 = torch.ops.aten.mm.default(permute_114, view);  permute_114 = view = None
        sum_52 = torch.ops.aten.sum.dim_IntList(view_116, [0], True);  view_116 = None
        view_117 = torch.ops.aten.view.default(sum_52, [2304]);  sum_52 = None
        view_118 = torch.ops.aten.view.default(mm_33, [8, 1024, 768]);  mm_33 = None
        convert_element_type_215 = torch.ops.prims.convert_element_type.default(view_118, torch.float32);  view_118 = None
        convert_element_type_217 = torch.ops.prims.convert_element_type.default(primals_4, torch.float32);  primals_4 = None
        mul_149 = torch.ops.aten.mul.Tensor(convert_element_type_215, convert_element_type_217);  convert_element_type_217 = None
        mul_150 = torch.ops.aten.mul.Tensor(mul_149, 768)
        sum_53 = torch.ops.aten.sum.dim_IntList(mul_149, [2], True)
        add = torch.ops.aten.add.Tensor(embedding, embedding_1);  embedding = embedding_1 = None
        convert_element_type = torch.ops.prims.convert_element_type.default(add, torch.float32);  add = None
        sub = torch.ops.aten.sub.Tensor(convert_element_type, getitem_1);  convert_element_type = getitem_1 = None
        mul = torch.ops.aten.mul.Tensor(sub, rsqrt);  sub = None
        mul_151 = torch.ops.aten.mul.Tensor(mul_149, mul);  mul_149 = None
        sum_54 = torch.ops.aten.sum.dim_IntList(mul_151, [2], True);  mul_151 = None
        mul_152 = torch.ops.aten.mul.Tensor(mul, sum_54);  sum_54 = None
        sub_41 = torch.ops.aten.sub.Tensor(mul_150, sum_53);  mul_150 = sum_53 = None
        sub_42 = torch.ops.aten.sub.Tensor(sub_41, mul_152);  sub_41 = mul_152 = None
        div_10 = torch.ops.aten.div.Tensor(rsqrt, 768);  rsqrt = None
        mul_153 = torch.ops.aten.mul.Tensor(div_10, sub_42);  div_10 = sub_42 = None
        mul_154 = torch.ops.aten.mul.Tensor(convert_element_type_215, mul);  mul = None
        sum_55 = torch.ops.aten.sum.dim_IntList(mul_154, [0, 1]);  mul_154 = None
        sum_56 = torch.ops.aten.sum.dim_IntList(convert_element_type_215, [0, 1]);  convert_element_type_215 = None
        convert_element_type_219 = torch.ops.prims.convert_element_type.default(mul_153, torch.bfloat16);  mul_153 = None
        convert_element_type_220 = torch.ops.prims.convert_element_type.default(sum_55, torch.bfloat16);  sum_55 = None
        convert_element_type_221 = torch.ops.prims.convert_element_type.default(sum_56, torch.bfloat16);  sum_56 = None
        add_58 = torch.ops.aten.add.Tensor(add_57, convert_element_type_219);  add_57 = convert_element_type_219 = None
        sum_57 = torch.ops.aten.sum.dim_IntList(add_58, [0], True)
        view_119 = torch.ops.aten.view.default(sum_57, [1024, 768]);  sum_57 = None
        convert_element_type_222 = torch.ops.prims.convert_element_type.default(view_119, torch.float32);  view_119 = None
        eq = torch.ops.aten.eq.Scalar(iota, -1)
        unsqueeze_2 = torch.ops.aten.unsqueeze.default(eq, -1);  eq = None
        where_4 = torch.ops.aten.where.self(unsqueeze_2, full_default_1, convert_element_type_222);  unsqueeze_2 = convert_element_type_222 = None
        full_default_6 = torch.ops.aten.full.default([1024, 768], 0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        index_put = torch.ops.aten.index_put.default(full_default_6, [iota], where_4, True);  full_default_6 = iota = where_4 = None
        convert_element_type_223 = torch.ops.prims.convert_element_type.default(index_put, torch.bfloat16);  index_put = None
        convert_element_type_224 = torch.ops.prims.convert_element_type.default(add_58, torch.float32);  add_58 = None
        eq_1 = torch.ops.aten.eq.Scalar(primals_1, -1)
        unsqueeze_3 = torch.ops.aten.unsqueeze.default(eq_1, -1);  eq_1 = None
        where_5 = torch.ops.aten.where.self(unsqueeze_3, full_default_1, convert_element_type_224);  unsqueeze_3 = full_default_1 = convert_element_type_224 = None
        full_default_8 = torch.ops.aten.full.default([50304, 768], 0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        index_put_1 = torch.ops.aten.index_put.default(full_default_8, [primals_1], where_5, True);  full_default_8 = primals_1 = where_5 = None
        convert_element_type_225 = torch.ops.prims.convert_element_type.default(index_put_1, torch.bfloat16);  index_put_1 = None
        add_59 = torch.ops.aten.add.Tensor(mm_1, convert_element_type_225);  mm_1 = convert_element_type_225 = None
        return (None, add_59, convert_element_type_223, convert_element_type_220, convert_element_type_221, mm_34, view_117, mm_32, view_110, convert_element_type_205, convert_element_type_206, mm_30, view_107, mm_28, view_104, convert_element_type_187, convert_element_type_188, mm_26, view_101, mm_24, view_94, convert_element_type_172, convert_element_type_173, mm_22, view_91, mm_20, view_88, convert_element_type_154, convert_element_type_155, mm_18, view_85, mm_16, view_78, convert_element_type_139, convert_element_type_140, mm_14, view_75, mm_12, view_72, convert_element_type_121, convert_element_type_122, mm_10, view_69, mm_8, view_62, convert_element_type_106, convert_element_type_107, mm_6, view_59, mm_4, view_56, convert_element_type_88, convert_element_type_89, None)

def load_args(reader):
    buf0 = reader.storage(None, 65536, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf0, (8, 1024), dtype=torch.int64, is_leaf=True)  # primals_1
    buf1 = reader.storage(None, 77266944, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf1, (50304, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_2
    buf2 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf2, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_4
    buf3 = reader.storage(None, 3538944, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf3, (2304, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_6
    buf4 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf4, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_8
    buf5 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf5, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_10
    buf6 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf6, (3072, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_12
    buf7 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf7, (768, 3072), dtype=torch.bfloat16, is_leaf=True)  # primals_14
    buf8 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf8, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_16
    buf9 = reader.storage(None, 3538944, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf9, (2304, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_18
    buf10 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf10, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_20
    buf11 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf11, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_22
    buf12 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf12, (3072, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_24
    buf13 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf13, (768, 3072), dtype=torch.bfloat16, is_leaf=True)  # primals_26
    buf14 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf14, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_28
    buf15 = reader.storage(None, 3538944, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf15, (2304, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_30
    buf16 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf16, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_32
    buf17 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf17, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_34
    buf18 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf18, (3072, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_36
    buf19 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf19, (768, 3072), dtype=torch.bfloat16, is_leaf=True)  # primals_38
    buf20 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf20, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_40
    buf21 = reader.storage(None, 3538944, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf21, (2304, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_42
    buf22 = reader.storage(None, 1179648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf22, (768, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_44
    buf23 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf23, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_46
    buf24 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf24, (3072, 768), dtype=torch.bfloat16, is_leaf=True)  # primals_48
    buf25 = reader.storage(None, 4718592, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf25, (768, 3072), dtype=torch.bfloat16, is_leaf=True)  # primals_50
    buf26 = reader.storage(None, 1536, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf26, (768,), dtype=torch.bfloat16, is_leaf=True)  # primals_52
    buf27 = reader.storage(None, 65536, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf27, (8, 1024), dtype=torch.int64, is_leaf=True)  # primals_54
    buf28 = reader.storage(None, 8192, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf28, (1024,), dtype=torch.int64, is_leaf=True)  # iota
    buf29 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf29, (8, 1024, 768), dtype=torch.bfloat16, is_leaf=True)  # embedding
    buf30 = reader.storage(None, 1572864, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf30, (1024, 768), dtype=torch.bfloat16, is_leaf=True)  # embedding_1
    buf31 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf31, (8, 1024, 1), is_leaf=True)  # getitem_1
    buf32 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf32, (8, 1024, 1), is_leaf=True)  # rsqrt
    buf33 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf33, (8192, 768), dtype=torch.bfloat16, is_leaf=True)  # view
    buf34 = reader.storage(None, 37748736, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf34, (8, 12, 1024, 64), (2359296, 64, 2304, 1), dtype=torch.bfloat16, is_leaf=True)  # permute_1
    reader.tensor(buf34, (8, 12, 1024, 64), (2359296, 64, 2304, 1), dtype=torch.bfloat16, storage_offset=768, is_leaf=True)  # permute_2
    reader.tensor(buf34, (8, 12, 1024, 64), (2359296, 64, 2304, 1), dtype=torch.bfloat16, storage_offset=1536, is_leaf=True)  # permute_3
    buf35 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf35, (8, 12, 1024, 64), (786432, 64, 768, 1), dtype=torch.bfloat16, is_leaf=True)  # getitem_5
    buf36 = reader.storage(None, 393216, device=device(type='cuda', index=0))
    reader.tensor(buf36, (8, 12, 1024, 1), is_leaf=True)  # getitem_6
    buf37 = reader.storage(None, 8, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf37, (), dtype=torch.int64, is_leaf=True)  # getitem_11
    buf38 = reader.storage(None, 8, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf38, (), dtype=torch.int64, is_leaf=True)  # getitem_12
    buf39 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf39, (8, 1024, 768), dtype=torch.bfloat16, is_leaf=True)  # add_3
    buf40 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf40, (8, 1024, 1), is_leaf=True)  # getitem_15
    buf41 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf41, (8, 1024, 1), is_leaf=True)  # rsqrt_1
    buf42 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf42, (8192, 768), dtype=torch.bfloat16, is_leaf=True)  # view_8
    buf43 = reader.storage(None, 50331648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf43, (8192, 3072), dtype=torch.bfloat16, is_leaf=True)  # addmm_2
    buf44 = reader.storage(None, 50331648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf44, (8192, 3072), dtype=torch.bfloat16, is_leaf=True)  # view_10
    buf45 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf45, (8, 1024, 768), dtype=torch.bfloat16, is_leaf=True)  # add_8
    buf46 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf46, (8, 1024, 1), is_leaf=True)  # getitem_17
    buf47 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf47, (8, 1024, 1), is_leaf=True)  # rsqrt_2
    buf48 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf48, (8192, 768), dtype=torch.bfloat16, is_leaf=True)  # view_12
    buf49 = reader.storage(None, 37748736, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf49, (8, 12, 1024, 64), (2359296, 64, 2304, 1), dtype=torch.bfloat16, is_leaf=True)  # permute_9
    reader.tensor(buf49, (8, 12, 1024, 64), (2359296, 64, 2304, 1), dtype=torch.bfloat16, storage_offset=768, is_leaf=True)  # permute_10
    reader.tensor(buf49, (8, 12, 1024, 64), (2359296, 64, 2304, 1), dtype=torch.bfloat16, storage_offset=1536, is_leaf=True)  # permute_11
    buf50 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf50, (8, 12, 1024, 64), (786432, 64, 768, 1), dtype=torch.bfloat16, is_leaf=True)  # getitem_21
    buf51 = reader.storage(None, 393216, device=device(type='cuda', index=0))
    reader.tensor(buf51, (8, 12, 1024, 1), is_leaf=True)  # getitem_22
    buf52 = reader.storage(None, 8, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf52, (), dtype=torch.int64, is_leaf=True)  # getitem_27
    buf53 = reader.storage(None, 8, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf53, (), dtype=torch.int64, is_leaf=True)  # getitem_28
    buf54 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf54, (8, 1024, 768), dtype=torch.bfloat16, is_leaf=True)  # add_11
    buf55 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf55, (8, 1024, 1), is_leaf=True)  # getitem_31
    buf56 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf56, (8, 1024, 1), is_leaf=True)  # rsqrt_3
    buf57 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf57, (8192, 768), dtype=torch.bfloat16, is_leaf=True)  # view_20
    buf58 = reader.storage(None, 50331648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf58, (8192, 3072), dtype=torch.bfloat16, is_leaf=True)  # addmm_6
    buf59 = reader.storage(None, 50331648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf59, (8192, 3072), dtype=torch.bfloat16, is_leaf=True)  # view_22
    buf60 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf60, (8, 1024, 768), dtype=torch.bfloat16, is_leaf=True)  # add_16
    buf61 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf61, (8, 1024, 1), is_leaf=True)  # getitem_33
    buf62 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf62, (8, 1024, 1), is_leaf=True)  # rsqrt_4
    buf63 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf63, (8192, 768), dtype=torch.bfloat16, is_leaf=True)  # view_24
    buf64 = reader.storage(None, 37748736, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf64, (8, 12, 1024, 64), (2359296, 64, 2304, 1), dtype=torch.bfloat16, is_leaf=True)  # permute_17
    reader.tensor(buf64, (8, 12, 1024, 64), (2359296, 64, 2304, 1), dtype=torch.bfloat16, storage_offset=768, is_leaf=True)  # permute_18
    reader.tensor(buf64, (8, 12, 1024, 64), (2359296, 64, 2304, 1), dtype=torch.bfloat16, storage_offset=1536, is_leaf=True)  # permute_19
    buf65 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf65, (8, 12, 1024, 64), (786432, 64, 768, 1), dtype=torch.bfloat16, is_leaf=True)  # getitem_37
    buf66 = reader.storage(None, 393216, device=device(type='cuda', index=0))
    reader.tensor(buf66, (8, 12, 1024, 1), is_leaf=True)  # getitem_38
    buf67 = reader.storage(None, 8, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf67, (), dtype=torch.int64, is_leaf=True)  # getitem_43
    buf68 = reader.storage(None, 8, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf68, (), dtype=torch.int64, is_leaf=True)  # getitem_44
    buf69 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf69, (8, 1024, 768), dtype=torch.bfloat16, is_leaf=True)  # add_19
    buf70 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf70, (8, 1024, 1), is_leaf=True)  # getitem_47
    buf71 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf71, (8, 1024, 1), is_leaf=True)  # rsqrt_5
    buf72 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf72, (8192, 768), dtype=torch.bfloat16, is_leaf=True)  # view_32
    buf73 = reader.storage(None, 50331648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf73, (8192, 3072), dtype=torch.bfloat16, is_leaf=True)  # addmm_10
    buf74 = reader.storage(None, 50331648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf74, (8192, 3072), dtype=torch.bfloat16, is_leaf=True)  # view_34
    buf75 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf75, (8, 1024, 768), dtype=torch.bfloat16, is_leaf=True)  # add_24
    buf76 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf76, (8, 1024, 1), is_leaf=True)  # getitem_49
    buf77 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf77, (8, 1024, 1), is_leaf=True)  # rsqrt_6
    buf78 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf78, (8192, 768), dtype=torch.bfloat16, is_leaf=True)  # view_36
    buf79 = reader.storage(None, 37748736, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf79, (8, 12, 1024, 64), (2359296, 64, 2304, 1), dtype=torch.bfloat16, is_leaf=True)  # permute_25
    reader.tensor(buf79, (8, 12, 1024, 64), (2359296, 64, 2304, 1), dtype=torch.bfloat16, storage_offset=768, is_leaf=True)  # permute_26
    reader.tensor(buf79, (8, 12, 1024, 64), (2359296, 64, 2304, 1), dtype=torch.bfloat16, storage_offset=1536, is_leaf=True)  # permute_27
    buf80 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf80, (8, 12, 1024, 64), (786432, 64, 768, 1), dtype=torch.bfloat16, is_leaf=True)  # getitem_53
    buf81 = reader.storage(None, 393216, device=device(type='cuda', index=0))
    reader.tensor(buf81, (8, 12, 1024, 1), is_leaf=True)  # getitem_54
    buf82 = reader.storage(None, 8, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf82, (), dtype=torch.int64, is_leaf=True)  # getitem_59
    buf83 = reader.storage(None, 8, device=device(type='cuda', index=0), dtype_hint=torch.int64)
    reader.tensor(buf83, (), dtype=torch.int64, is_leaf=True)  # getitem_60
    buf84 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf84, (8, 1024, 768), dtype=torch.bfloat16, is_leaf=True)  # add_27
    buf85 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf85, (8, 1024, 1), is_leaf=True)  # getitem_63
    buf86 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf86, (8, 1024, 1), is_leaf=True)  # rsqrt_7
    buf87 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf87, (8192, 768), dtype=torch.bfloat16, is_leaf=True)  # view_44
    buf88 = reader.storage(None, 50331648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf88, (8192, 3072), dtype=torch.bfloat16, is_leaf=True)  # addmm_14
    buf89 = reader.storage(None, 50331648, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf89, (8192, 3072), dtype=torch.bfloat16, is_leaf=True)  # view_46
    buf90 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf90, (8, 1024, 768), dtype=torch.bfloat16, is_leaf=True)  # add_32
    buf91 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf91, (8, 1024, 1), is_leaf=True)  # getitem_65
    buf92 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf92, (8, 1024, 1), is_leaf=True)  # rsqrt_8
    buf93 = reader.storage(None, 12582912, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf93, (8192, 768), dtype=torch.bfloat16, is_leaf=True)  # view_48
    buf94 = reader.storage(None, 824180736, device=device(type='cuda', index=0), dtype_hint=torch.bfloat16)
    reader.tensor(buf94, (8192, 50304), dtype=torch.bfloat16, is_leaf=True)  # mm
    buf95 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf95, (8192, 1), is_leaf=True)  # amax
    buf96 = reader.storage(None, 32768, device=device(type='cuda', index=0))
    reader.tensor(buf96, (8192, 1), is_leaf=True)  # log
    buf97 = reader.storage(None, 4, device=device(type='cuda', index=0))
    reader.tensor(buf97, (), is_leaf=True)  # convert_element_type_77
    buf98 = reader.storage(None, 4, device=device(type='cuda', index=0))
    reader.tensor(buf98, (), is_leaf=True)  # tangents_1
load_args._version = 0
mod = Repro()
if __name__ == '__main__':
    from torch._dynamo.repro.after_aot import run_repro
    with torch.no_grad():
        run_repro(mod, load_args, accuracy=False, command='run', save_dir=None, tracing_mode='real', check_str=None)
        # To run it separately, do 
        # mod, args = run_repro(mod, load_args, accuracy=False, command='get_args', save_dir=None, tracing_mode='real', check_str=None)
        # mod(*args)