class GraphModule(torch.nn.Module):
    def forward(self, primals_2: "i64[8, 1024]", primals_3: "bf16[768]", primals_4: "bf16[768, 768]", primals_5: "bf16[384, 768]", primals_6: "bf16[768, 768]", primals_7: "bf16[768]", primals_8: "bf16[2048, 768]", primals_9: "bf16[2048, 768]", primals_10: "bf16[768, 2048]", primals_11: "bf16[768]", primals_12: "bf16[768, 768]", primals_13: "bf16[384, 768]", primals_14: "bf16[768, 768]", primals_15: "bf16[768]", primals_16: "bf16[2048, 768]", primals_17: "bf16[2048, 768]", primals_18: "bf16[768, 2048]", primals_19: "bf16[768]", primals_20: "bf16[768, 768]", primals_21: "bf16[384, 768]", primals_22: "bf16[768, 768]", primals_23: "bf16[768]", primals_24: "bf16[2048, 768]", primals_25: "bf16[2048, 768]", primals_26: "bf16[768, 2048]", primals_27: "bf16[768]", primals_28: "bf16[768, 768]", primals_29: "bf16[384, 768]", primals_30: "bf16[768, 768]", primals_31: "bf16[768]", primals_32: "bf16[2048, 768]", primals_33: "bf16[2048, 768]", primals_34: "bf16[768, 2048]", primals_35: "bf16[768]", primals_36: "bf16[32000, 768]", primals_37: "i64[8, 1024]", embedding: "bf16[8, 1024, 768]", rsqrt: "f32[8, 1024, 1]", view: "bf16[8192, 768]", convert_element_type_7: "bf16[8, 12, 1024, 64]", view_12: "bf16[8, 12, 1024, 64]", view_13: "bf16[8, 12, 1024, 64]", getitem: "bf16[8, 12, 1024, 64]", getitem_1: "f32[8, 12, 1024, 1]", getitem_6: "i64[]", getitem_7: "i64[]", mm_2: "bf16[8192, 768]", rsqrt_1: "f32[8, 1024, 1]", view_17: "bf16[8192, 768]", mm_3: "bf16[8192, 2048]", mm_4: "bf16[8192, 2048]", view_21: "bf16[8192, 2048]", add_10: "bf16[8, 1024, 768]", rsqrt_2: "f32[8, 1024, 1]", view_23: "bf16[8192, 768]", convert_element_type_33: "bf16[8, 12, 1024, 64]", view_35: "bf16[8, 12, 1024, 64]", view_36: "bf16[8, 12, 1024, 64]", getitem_9: "bf16[8, 12, 1024, 64]", getitem_10: "f32[8, 12, 1024, 1]", getitem_15: "i64[]", getitem_16: "i64[]", add_18: "bf16[8, 1024, 768]", rsqrt_3: "f32[8, 1024, 1]", view_40: "bf16[8192, 768]", mm_9: "bf16[8192, 2048]", mm_10: "bf16[8192, 2048]", view_44: "bf16[8192, 2048]", add_21: "bf16[8, 1024, 768]", rsqrt_4: "f32[8, 1024, 1]", view_46: "bf16[8192, 768]", convert_element_type_59: "bf16[8, 12, 1024, 64]", view_58: "bf16[8, 12, 1024, 64]", view_59: "bf16[8, 12, 1024, 64]", getitem_18: "bf16[8, 12, 1024, 64]", getitem_19: "f32[8, 12, 1024, 1]", getitem_24: "i64[]", getitem_25: "i64[]", add_29: "bf16[8, 1024, 768]", rsqrt_5: "f32[8, 1024, 1]", view_63: "bf16[8192, 768]", mm_15: "bf16[8192, 2048]", mm_16: "bf16[8192, 2048]", view_67: "bf16[8192, 2048]", add_32: "bf16[8, 1024, 768]", rsqrt_6: "f32[8, 1024, 1]", view_69: "bf16[8192, 768]", convert_element_type_85: "bf16[8, 12, 1024, 64]", view_81: "bf16[8, 12, 1024, 64]", view_82: "bf16[8, 12, 1024, 64]", getitem_27: "bf16[8, 12, 1024, 64]", getitem_28: "f32[8, 12, 1024, 1]", getitem_33: "i64[]", getitem_34: "i64[]", add_40: "bf16[8, 1024, 768]", rsqrt_7: "f32[8, 1024, 1]", view_86: "bf16[8192, 768]", mm_21: "bf16[8192, 2048]", mm_22: "bf16[8192, 2048]", view_90: "bf16[8192, 2048]", add_43: "bf16[8, 1024, 768]", rsqrt_8: "f32[8, 1024, 1]", view_92: "bf16[8192, 768]", mm_24: "bf16[8192, 32000]", amax: "f32[8192, 1]", log: "f32[8192, 1]", convert_element_type_109: "f32[]", tangents_1: "f32[]"):
        # File: /work/main/experiments/_models.py:73 in loss, code: return F.cross_entropy(logits.float().view(-1, logits.shape[-1]), targets.view(-1))
        div_13: "f32[]" = torch.ops.aten.div.Tensor(tangents_1, convert_element_type_109);  tangents_1 = convert_element_type_109 = None
        view_95: "i64[8192]" = torch.ops.aten.view.default(primals_37, [-1]);  primals_37 = None
        unsqueeze_25: "i64[8192, 1]" = torch.ops.aten.unsqueeze.default(view_95, 1);  view_95 = None
        ne_3: "b8[8192, 1]" = torch.ops.aten.ne.Scalar(unsqueeze_25, -100)
        full_default: "i64[]" = torch.ops.aten.full.default([], 0, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_2: "i64[8192, 1]" = torch.ops.aten.where.self(ne_3, unsqueeze_25, full_default);  unsqueeze_25 = full_default = None

        # No stacktrace found for following nodes
        iota_default: "i64[32000]" = torch.ops.prims.iota.default(32000, start = 0, step = 1, dtype = torch.int64, device = device(type='cuda', index=0), requires_grad = False)
        view_default: "i64[1, 32000]" = torch.ops.aten.view.default(iota_default, [1, 32000]);  iota_default = None
        expand_default: "i64[8192, 32000]" = torch.ops.aten.expand.default(where_2, [8192, 32000]);  where_2 = None
        eq_tensor: "b8[8192, 32000]" = torch.ops.aten.eq.Tensor(expand_default, view_default);  expand_default = view_default = None
        scalar_tensor_default: "f32[]" = torch.ops.aten.scalar_tensor.default(0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0))
        scalar_tensor_default_1: "f32[]" = torch.ops.aten.scalar_tensor.default(-1.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0))
        where_self: "f32[8192, 32000]" = torch.ops.aten.where.self(eq_tensor, scalar_tensor_default_1, scalar_tensor_default);  eq_tensor = scalar_tensor_default_1 = scalar_tensor_default = None

        # File: /work/main/experiments/_models.py:73 in loss, code: return F.cross_entropy(logits.float().view(-1, logits.shape[-1]), targets.view(-1))
        full_default_1: "f32[]" = torch.ops.aten.full.default([], 0.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_3: "f32[8192, 1]" = torch.ops.aten.where.self(ne_3, div_13, full_default_1);  ne_3 = div_13 = None
        mul_62: "f32[8192, 32000]" = torch.ops.aten.mul.Tensor(where_self, where_3);  where_self = where_3 = None

        # File: /work/main/experiments/llama_block.py:110 in forward, code: return models.loss(self.head(self.norm(x)), targets)
        view_93: "bf16[8, 1024, 32000]" = torch.ops.aten.view.default(mm_24, [8, 1024, 32000]);  mm_24 = None

        # File: /work/main/experiments/_models.py:73 in loss, code: return F.cross_entropy(logits.float().view(-1, logits.shape[-1]), targets.view(-1))
        convert_element_type_108: "f32[8, 1024, 32000]" = torch.ops.prims.convert_element_type.default(view_93, torch.float32);  view_93 = None
        view_94: "f32[8192, 32000]" = torch.ops.aten.view.default(convert_element_type_108, [-1, 32000]);  convert_element_type_108 = None
        sub: "f32[8192, 32000]" = torch.ops.aten.sub.Tensor(view_94, amax);  view_94 = amax = None
        sub_1: "f32[8192, 32000]" = torch.ops.aten.sub.Tensor(sub, log);  sub = log = None
        exp_5: "f32[8192, 32000]" = torch.ops.aten.exp.default(sub_1);  sub_1 = None
        sum_4: "f32[8192, 1]" = torch.ops.aten.sum.dim_IntList(mul_62, [1], True)
        mul_63: "f32[8192, 32000]" = torch.ops.aten.mul.Tensor(exp_5, sum_4);  exp_5 = sum_4 = None
        sub_2: "f32[8192, 32000]" = torch.ops.aten.sub.Tensor(mul_62, mul_63);  mul_62 = mul_63 = None
        view_96: "f32[8, 1024, 32000]" = torch.ops.aten.view.default(sub_2, [8, 1024, 32000]);  sub_2 = None
        convert_element_type_110: "bf16[8, 1024, 32000]" = torch.ops.prims.convert_element_type.default(view_96, torch.bfloat16);  view_96 = None

        # File: /work/main/experiments/llama_block.py:110 in forward, code: return models.loss(self.head(self.norm(x)), targets)
        view_97: "bf16[8192, 32000]" = torch.ops.aten.view.default(convert_element_type_110, [8192, 32000]);  convert_element_type_110 = None
        permute_37: "bf16[32000, 8192]" = torch.ops.aten.permute.default(view_97, [1, 0])
        mm_25: "bf16[32000, 768]" = torch.ops.aten.mm.default(permute_37, view_92);  permute_37 = view_92 = None
        permute_36: "bf16[768, 32000]" = torch.ops.aten.permute.default(primals_36, [1, 0]);  primals_36 = None
        permute_39: "bf16[32000, 768]" = torch.ops.aten.permute.default(permute_36, [1, 0]);  permute_36 = None
        mm_26: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_97, permute_39);  view_97 = permute_39 = None
        view_98: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_26, [8, 1024, 768]);  mm_26 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_104: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_43, torch.float32);  add_43 = None

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        mul_60: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_104, rsqrt_8)
        convert_element_type_105: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_60, torch.bfloat16);  mul_60 = None
        mul_64: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(view_98, convert_element_type_105);  convert_element_type_105 = None
        mul_65: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(view_98, primals_35);  view_98 = primals_35 = None
        sum_5: "bf16[1, 1, 768]" = torch.ops.aten.sum.dim_IntList(mul_64, [0, 1], True);  mul_64 = None
        view_99: "bf16[768]" = torch.ops.aten.view.default(sum_5, [768]);  sum_5 = None
        convert_element_type_115: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_65, torch.float32);  mul_65 = None
        mul_66: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_115, convert_element_type_104)
        mul_67: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_115, rsqrt_8);  convert_element_type_115 = None
        sum_6: "f32[8, 1024, 1]" = torch.ops.aten.sum.dim_IntList(mul_66, [2], True);  mul_66 = None
        pow_18: "f32[8, 1024, 1]" = torch.ops.aten.pow.Tensor_Scalar(rsqrt_8, 3);  rsqrt_8 = None
        mul_68: "f32[8, 1024, 1]" = torch.ops.aten.mul.Scalar(sum_6, -0.5);  sum_6 = None
        mul_69: "f32[8, 1024, 1]" = torch.ops.aten.mul.Tensor(mul_68, pow_18);  mul_68 = pow_18 = None
        expand_24: "f32[8, 1024, 768]" = torch.ops.aten.expand.default(mul_69, [8, 1024, 768]);  mul_69 = None
        div_14: "f32[8, 1024, 768]" = torch.ops.aten.div.Scalar(expand_24, 768);  expand_24 = None
        pow_19: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_104, 1.0);  convert_element_type_104 = None
        mul_70: "f32[8, 1024, 768]" = torch.ops.aten.mul.Scalar(pow_19, 2.0);  pow_19 = None
        mul_71: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(div_14, mul_70);  div_14 = mul_70 = None
        add_45: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_67, mul_71);  mul_67 = mul_71 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_116: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_45, torch.bfloat16);  add_45 = None

        # File: /work/main/experiments/llama_block.py:95 in forward, code: return x + self.down(F.silu(self.gate(h)) * self.up(h))  # SwiGLU: read 2 B T F, write B T F
        view_100: "bf16[8192, 768]" = torch.ops.aten.view.default(convert_element_type_116, [8192, 768])
        permute_41: "bf16[768, 8192]" = torch.ops.aten.permute.default(view_100, [1, 0])
        mm_27: "bf16[768, 2048]" = torch.ops.aten.mm.default(permute_41, view_90);  permute_41 = view_90 = None
        permute_35: "bf16[2048, 768]" = torch.ops.aten.permute.default(primals_34, [1, 0]);  primals_34 = None
        permute_43: "bf16[768, 2048]" = torch.ops.aten.permute.default(permute_35, [1, 0]);  permute_35 = None
        mm_28: "bf16[8192, 2048]" = torch.ops.aten.mm.default(view_100, permute_43);  view_100 = permute_43 = None
        view_101: "bf16[8, 1024, 2048]" = torch.ops.aten.view.default(mm_28, [8, 1024, 2048]);  mm_28 = None
        view_87: "bf16[8, 1024, 2048]" = torch.ops.aten.view.default(mm_21, [8, 1024, 2048]);  mm_21 = None
        convert_element_type_98: "f32[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(view_87, torch.float32);  view_87 = None
        neg_19: "f32[8, 1024, 2048]" = torch.ops.aten.neg.default(convert_element_type_98)
        exp_3: "f32[8, 1024, 2048]" = torch.ops.aten.exp.default(neg_19);  neg_19 = None
        add_42: "f32[8, 1024, 2048]" = torch.ops.aten.add.Tensor(exp_3, 1);  exp_3 = None
        div_11: "f32[8, 1024, 2048]" = torch.ops.aten.div.Tensor(convert_element_type_98, add_42)
        convert_element_type_99: "bf16[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(div_11, torch.bfloat16);  div_11 = None
        mul_72: "bf16[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(view_101, convert_element_type_99);  convert_element_type_99 = None
        view_89: "bf16[8, 1024, 2048]" = torch.ops.aten.view.default(mm_22, [8, 1024, 2048]);  mm_22 = None
        mul_73: "bf16[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(view_101, view_89);  view_101 = view_89 = None
        view_102: "bf16[8192, 2048]" = torch.ops.aten.view.default(mul_72, [8192, 2048]);  mul_72 = None
        permute_45: "bf16[2048, 8192]" = torch.ops.aten.permute.default(view_102, [1, 0])
        mm_29: "bf16[2048, 768]" = torch.ops.aten.mm.default(permute_45, view_86);  permute_45 = None
        permute_34: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_33, [1, 0]);  primals_33 = None
        permute_47: "bf16[2048, 768]" = torch.ops.aten.permute.default(permute_34, [1, 0]);  permute_34 = None
        mm_30: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_102, permute_47);  view_102 = permute_47 = None
        view_103: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_30, [8, 1024, 768]);  mm_30 = None
        convert_element_type_125: "f32[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(mul_73, torch.float32);  mul_73 = None
        reciprocal: "f32[8, 1024, 2048]" = torch.ops.aten.reciprocal.default(add_42);  add_42 = None
        mul_74: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(reciprocal, 1);  reciprocal = None
        mul_75: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(convert_element_type_125, mul_74);  convert_element_type_125 = None
        sub_3: "f32[8, 1024, 2048]" = torch.ops.aten.sub.Tensor(1, mul_74);  mul_74 = None
        mul_76: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(convert_element_type_98, sub_3);  convert_element_type_98 = sub_3 = None
        add_47: "f32[8, 1024, 2048]" = torch.ops.aten.add.Tensor(mul_76, 1);  mul_76 = None
        mul_77: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(mul_75, add_47);  mul_75 = add_47 = None
        convert_element_type_127: "bf16[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(mul_77, torch.bfloat16);  mul_77 = None
        view_104: "bf16[8192, 2048]" = torch.ops.aten.view.default(convert_element_type_127, [8192, 2048]);  convert_element_type_127 = None
        permute_49: "bf16[2048, 8192]" = torch.ops.aten.permute.default(view_104, [1, 0])
        mm_31: "bf16[2048, 768]" = torch.ops.aten.mm.default(permute_49, view_86);  permute_49 = view_86 = None
        permute_33: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_32, [1, 0]);  primals_32 = None
        permute_51: "bf16[2048, 768]" = torch.ops.aten.permute.default(permute_33, [1, 0]);  permute_33 = None
        mm_32: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_104, permute_51);  view_104 = permute_51 = None
        view_105: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_32, [8, 1024, 768]);  mm_32 = None
        add_48: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(view_103, view_105);  view_103 = view_105 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_94: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_40, torch.float32);  add_40 = None

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        mul_57: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_94, rsqrt_7)
        convert_element_type_95: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_57, torch.bfloat16);  mul_57 = None
        mul_78: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_48, convert_element_type_95);  convert_element_type_95 = None
        mul_79: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_48, primals_31);  add_48 = primals_31 = None
        sum_7: "bf16[1, 1, 768]" = torch.ops.aten.sum.dim_IntList(mul_78, [0, 1], True);  mul_78 = None
        view_106: "bf16[768]" = torch.ops.aten.view.default(sum_7, [768]);  sum_7 = None
        convert_element_type_132: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_79, torch.float32);  mul_79 = None
        mul_80: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_132, convert_element_type_94)
        mul_81: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_132, rsqrt_7);  convert_element_type_132 = None
        sum_8: "f32[8, 1024, 1]" = torch.ops.aten.sum.dim_IntList(mul_80, [2], True);  mul_80 = None
        pow_20: "f32[8, 1024, 1]" = torch.ops.aten.pow.Tensor_Scalar(rsqrt_7, 3);  rsqrt_7 = None
        mul_82: "f32[8, 1024, 1]" = torch.ops.aten.mul.Scalar(sum_8, -0.5);  sum_8 = None
        mul_83: "f32[8, 1024, 1]" = torch.ops.aten.mul.Tensor(mul_82, pow_20);  mul_82 = pow_20 = None
        expand_25: "f32[8, 1024, 768]" = torch.ops.aten.expand.default(mul_83, [8, 1024, 768]);  mul_83 = None
        div_15: "f32[8, 1024, 768]" = torch.ops.aten.div.Scalar(expand_25, 768);  expand_25 = None
        pow_21: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_94, 1.0);  convert_element_type_94 = None
        mul_84: "f32[8, 1024, 768]" = torch.ops.aten.mul.Scalar(pow_21, 2.0);  pow_21 = None
        mul_85: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(div_15, mul_84);  div_15 = mul_84 = None
        add_49: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_81, mul_85);  mul_81 = mul_85 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_133: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_49, torch.bfloat16);  add_49 = None
        add_50: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(convert_element_type_116, convert_element_type_133);  convert_element_type_116 = convert_element_type_133 = None

        # File: /work/main/experiments/llama_block.py:79 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        view_107: "bf16[8192, 768]" = torch.ops.aten.view.default(add_50, [8192, 768])
        permute_53: "bf16[768, 8192]" = torch.ops.aten.permute.default(view_107, [1, 0])
        permute_31: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(getitem_27, [0, 2, 1, 3])
        view_83: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(permute_31, [8, 1024, 768]);  permute_31 = None
        view_84: "bf16[8192, 768]" = torch.ops.aten.view.default(view_83, [8192, 768]);  view_83 = None
        mm_33: "bf16[768, 768]" = torch.ops.aten.mm.default(permute_53, view_84);  permute_53 = view_84 = None
        permute_32: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_30, [1, 0]);  primals_30 = None
        permute_55: "bf16[768, 768]" = torch.ops.aten.permute.default(permute_32, [1, 0]);  permute_32 = None
        mm_34: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_107, permute_55);  view_107 = permute_55 = None
        view_108: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_34, [8, 1024, 768]);  mm_34 = None
        view_109: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(view_108, [8, 1024, 12, 64]);  view_108 = None
        permute_57: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_109, [0, 2, 1, 3]);  view_109 = None

        # File: /work/main/experiments/llama_block.py:78 in forward, code: y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        _scaled_dot_product_cudnn_attention_backward = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(permute_57, convert_element_type_85, view_81, view_82, getitem_27, getitem_28, getitem_33, getitem_34, None, None, None, 1024, 1024, 0.0, True);  permute_57 = convert_element_type_85 = view_81 = view_82 = getitem_27 = getitem_28 = getitem_33 = getitem_34 = None
        getitem_36: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_backward[0]
        getitem_37: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_backward[1]
        getitem_38: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_backward[2];  _scaled_dot_product_cudnn_attention_backward = None

        # File: /work/main/experiments/llama_block.py:77 in forward, code: k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
        view_110: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.view.default(getitem_38, [8, 3, 4, 1024, 64]);  getitem_38 = None
        sum_9: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.sum.dim_IntList(view_110, [2], True);  view_110 = None
        squeeze_1: "bf16[8, 3, 1024, 64]" = torch.ops.aten.squeeze.dim(sum_9, 2);  sum_9 = None
        view_111: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.view.default(getitem_37, [8, 3, 4, 1024, 64]);  getitem_37 = None
        sum_10: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.sum.dim_IntList(view_111, [2], True);  view_111 = None
        squeeze_2: "bf16[8, 3, 1024, 64]" = torch.ops.aten.squeeze.dim(sum_10, 2);  sum_10 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        convert_element_type_138: "f32[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(squeeze_2, torch.float32);  squeeze_2 = None

        # File: /work/main/experiments/llama_block.py:53 in rotary, code: inv_freq = ROPE_BASE ** (-torch.arange(0, d, 2, device=x.device, dtype=torch.float32) / d)
        iota: "i64[32]" = torch.ops.prims.iota.default(32, start = 0, step = 1, dtype = torch.int64, device = device(type='cuda', index=0), requires_grad = False)
        mul_2: "i64[32]" = torch.ops.aten.mul.Tensor(iota, 2);  iota = None
        add_1: "i64[32]" = torch.ops.aten.add.Tensor(mul_2, 0);  mul_2 = None
        convert_element_type_4: "f32[32]" = torch.ops.prims.convert_element_type.default(add_1, torch.float32);  add_1 = None
        neg: "f32[32]" = torch.ops.aten.neg.default(convert_element_type_4);  convert_element_type_4 = None
        div: "f32[32]" = torch.ops.aten.div.Tensor(neg, 64);  neg = None
        pow_2: "f32[32]" = torch.ops.aten.pow.Scalar(10000.0, div);  div = None

        # File: /work/main/experiments/llama_block.py:54 in rotary, code: angles = torch.outer(torch.arange(t, device=x.device, dtype=torch.float32), inv_freq)
        iota_1: "i64[1024]" = torch.ops.prims.iota.default(1024, start = 0, step = 1, dtype = torch.int64, device = device(type='cuda', index=0), requires_grad = False)
        mul_3: "i64[1024]" = torch.ops.aten.mul.Tensor(iota_1, 1);  iota_1 = None
        add_2: "i64[1024]" = torch.ops.aten.add.Tensor(mul_3, 0);  mul_3 = None
        convert_element_type_5: "f32[1024]" = torch.ops.prims.convert_element_type.default(add_2, torch.float32);  add_2 = None
        view_3: "f32[1024, 1]" = torch.ops.aten.view.default(convert_element_type_5, [1024, 1]);  convert_element_type_5 = None
        mul_4: "f32[1024, 32]" = torch.ops.aten.mul.Tensor(view_3, pow_2);  view_3 = pow_2 = None

        # File: /work/main/experiments/llama_block.py:55 in rotary, code: cos, sin = torch.cat((angles, angles), -1).cos(), torch.cat((angles, angles), -1).sin()
        unsqueeze: "f32[1024, 1, 32]" = torch.ops.aten.unsqueeze.default(mul_4, 1);  mul_4 = None
        expand: "f32[1024, 2, 32]" = torch.ops.aten.expand.default(unsqueeze, [1024, 2, 32]);  unsqueeze = None
        clone: "f32[1024, 2, 32]" = torch.ops.aten.clone.default(expand, memory_format = torch.contiguous_format);  expand = None
        view_4: "f32[1024, 64]" = torch.ops.aten.view.default(clone, [1024, 64]);  clone = None
        sin: "f32[1024, 64]" = torch.ops.aten.sin.default(view_4)

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        mul_86: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_138, sin)

        # File: /work/main/experiments/llama_block.py:55 in rotary, code: cos, sin = torch.cat((angles, angles), -1).cos(), torch.cat((angles, angles), -1).sin()
        cos: "f32[1024, 64]" = torch.ops.aten.cos.default(view_4);  view_4 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        mul_87: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_138, cos);  convert_element_type_138 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_17: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_86, 3, 0, 32)
        slice_18: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_86, 3, 32, 64);  mul_86 = None
        full_default_5: "f32[8, 3, 1024, 64]" = torch.ops.aten.full.default([8, 3, 1024, 64], 0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        slice_scatter: "f32[8, 3, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_5, slice_18, 3, 0, 32);  slice_18 = None
        add_51: "f32[8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(mul_87, slice_scatter);  mul_87 = slice_scatter = None
        neg_22: "f32[8, 3, 1024, 32]" = torch.ops.aten.neg.default(slice_17);  slice_17 = None
        slice_scatter_1: "f32[8, 3, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_5, neg_22, 3, 32, 9223372036854775807);  neg_22 = None
        add_52: "f32[8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(add_51, slice_scatter_1);  add_51 = slice_scatter_1 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_139: "bf16[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_52, torch.bfloat16);  add_52 = None

        # File: /work/main/experiments/llama_block.py:74 in forward, code: k, v = self.kv(x).view(b, t, 2, self.kv_heads, hd).permute(2, 0, 3, 1, 4)
        full_default_7: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.full.default([2, 8, 3, 1024, 64], 0, dtype = torch.bfloat16, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        select_scatter: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.select_scatter.default(full_default_7, squeeze_1, 0, 1);  squeeze_1 = None
        select_scatter_1: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.select_scatter.default(full_default_7, convert_element_type_139, 0, 0);  convert_element_type_139 = None
        add_53: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(select_scatter, select_scatter_1);  select_scatter = select_scatter_1 = None
        permute_58: "bf16[8, 1024, 2, 3, 64]" = torch.ops.aten.permute.default(add_53, [1, 3, 0, 2, 4]);  add_53 = None
        clone_40: "bf16[8, 1024, 2, 3, 64]" = torch.ops.aten.clone.default(permute_58, memory_format = torch.contiguous_format);  permute_58 = None
        view_112: "bf16[8, 1024, 384]" = torch.ops.aten.view.default(clone_40, [8, 1024, 384]);  clone_40 = None
        view_113: "bf16[8192, 384]" = torch.ops.aten.view.default(view_112, [8192, 384]);  view_112 = None
        permute_59: "bf16[384, 8192]" = torch.ops.aten.permute.default(view_113, [1, 0])
        mm_35: "bf16[384, 768]" = torch.ops.aten.mm.default(permute_59, view_69);  permute_59 = None
        permute_29: "bf16[768, 384]" = torch.ops.aten.permute.default(primals_29, [1, 0]);  primals_29 = None
        permute_61: "bf16[384, 768]" = torch.ops.aten.permute.default(permute_29, [1, 0]);  permute_29 = None
        mm_36: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_113, permute_61);  view_113 = permute_61 = None
        view_114: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_36, [8, 1024, 768]);  mm_36 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        convert_element_type_144: "f32[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(getitem_36, torch.float32);  getitem_36 = None
        mul_88: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_144, sin)
        mul_89: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_144, cos);  convert_element_type_144 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_19: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_88, 3, 0, 32)
        slice_20: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_88, 3, 32, 64);  mul_88 = None
        full_default_9: "f32[8, 12, 1024, 64]" = torch.ops.aten.full.default([8, 12, 1024, 64], 0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        slice_scatter_2: "f32[8, 12, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_9, slice_20, 3, 0, 32);  slice_20 = None
        add_54: "f32[8, 12, 1024, 64]" = torch.ops.aten.add.Tensor(mul_89, slice_scatter_2);  mul_89 = slice_scatter_2 = None
        neg_23: "f32[8, 12, 1024, 32]" = torch.ops.aten.neg.default(slice_19);  slice_19 = None
        slice_scatter_3: "f32[8, 12, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_9, neg_23, 3, 32, 9223372036854775807);  neg_23 = None
        add_55: "f32[8, 12, 1024, 64]" = torch.ops.aten.add.Tensor(add_54, slice_scatter_3);  add_54 = slice_scatter_3 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_145: "bf16[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_55, torch.bfloat16);  add_55 = None

        # File: /work/main/experiments/llama_block.py:73 in forward, code: q = rotary(self.q(x).view(b, t, self.heads, hd).transpose(1, 2))
        permute_63: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(convert_element_type_145, [0, 2, 1, 3]);  convert_element_type_145 = None
        view_115: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(permute_63, [8, 1024, 768]);  permute_63 = None
        view_116: "bf16[8192, 768]" = torch.ops.aten.view.default(view_115, [8192, 768]);  view_115 = None
        permute_64: "bf16[768, 8192]" = torch.ops.aten.permute.default(view_116, [1, 0])
        mm_37: "bf16[768, 768]" = torch.ops.aten.mm.default(permute_64, view_69);  permute_64 = view_69 = None
        permute_27: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_28, [1, 0]);  primals_28 = None
        permute_66: "bf16[768, 768]" = torch.ops.aten.permute.default(permute_27, [1, 0]);  permute_27 = None
        mm_38: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_116, permute_66);  view_116 = permute_66 = None
        view_117: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_38, [8, 1024, 768]);  mm_38 = None
        add_56: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(view_114, view_117);  view_114 = view_117 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_78: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_32, torch.float32);  add_32 = None

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        mul_45: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_78, rsqrt_6)
        convert_element_type_79: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_45, torch.bfloat16);  mul_45 = None
        mul_90: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_56, convert_element_type_79);  convert_element_type_79 = None
        mul_91: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_56, primals_27);  add_56 = primals_27 = None
        sum_11: "bf16[1, 1, 768]" = torch.ops.aten.sum.dim_IntList(mul_90, [0, 1], True);  mul_90 = None
        view_118: "bf16[768]" = torch.ops.aten.view.default(sum_11, [768]);  sum_11 = None
        convert_element_type_150: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_91, torch.float32);  mul_91 = None
        mul_92: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_150, convert_element_type_78)
        mul_93: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_150, rsqrt_6);  convert_element_type_150 = None
        sum_12: "f32[8, 1024, 1]" = torch.ops.aten.sum.dim_IntList(mul_92, [2], True);  mul_92 = None
        pow_22: "f32[8, 1024, 1]" = torch.ops.aten.pow.Tensor_Scalar(rsqrt_6, 3);  rsqrt_6 = None
        mul_94: "f32[8, 1024, 1]" = torch.ops.aten.mul.Scalar(sum_12, -0.5);  sum_12 = None
        mul_95: "f32[8, 1024, 1]" = torch.ops.aten.mul.Tensor(mul_94, pow_22);  mul_94 = pow_22 = None
        expand_26: "f32[8, 1024, 768]" = torch.ops.aten.expand.default(mul_95, [8, 1024, 768]);  mul_95 = None
        div_16: "f32[8, 1024, 768]" = torch.ops.aten.div.Scalar(expand_26, 768);  expand_26 = None
        pow_23: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_78, 1.0);  convert_element_type_78 = None
        mul_96: "f32[8, 1024, 768]" = torch.ops.aten.mul.Scalar(pow_23, 2.0);  pow_23 = None
        mul_97: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(div_16, mul_96);  div_16 = mul_96 = None
        add_57: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_93, mul_97);  mul_93 = mul_97 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_151: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_57, torch.bfloat16);  add_57 = None
        add_58: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_50, convert_element_type_151);  add_50 = convert_element_type_151 = None

        # File: /work/main/experiments/llama_block.py:95 in forward, code: return x + self.down(F.silu(self.gate(h)) * self.up(h))  # SwiGLU: read 2 B T F, write B T F
        view_119: "bf16[8192, 768]" = torch.ops.aten.view.default(add_58, [8192, 768])
        permute_68: "bf16[768, 8192]" = torch.ops.aten.permute.default(view_119, [1, 0])
        mm_39: "bf16[768, 2048]" = torch.ops.aten.mm.default(permute_68, view_67);  permute_68 = view_67 = None
        permute_26: "bf16[2048, 768]" = torch.ops.aten.permute.default(primals_26, [1, 0]);  primals_26 = None
        permute_70: "bf16[768, 2048]" = torch.ops.aten.permute.default(permute_26, [1, 0]);  permute_26 = None
        mm_40: "bf16[8192, 2048]" = torch.ops.aten.mm.default(view_119, permute_70);  view_119 = permute_70 = None
        view_120: "bf16[8, 1024, 2048]" = torch.ops.aten.view.default(mm_40, [8, 1024, 2048]);  mm_40 = None
        view_64: "bf16[8, 1024, 2048]" = torch.ops.aten.view.default(mm_15, [8, 1024, 2048]);  mm_15 = None
        convert_element_type_72: "f32[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(view_64, torch.float32);  view_64 = None
        neg_14: "f32[8, 1024, 2048]" = torch.ops.aten.neg.default(convert_element_type_72)
        exp_2: "f32[8, 1024, 2048]" = torch.ops.aten.exp.default(neg_14);  neg_14 = None
        add_31: "f32[8, 1024, 2048]" = torch.ops.aten.add.Tensor(exp_2, 1);  exp_2 = None
        div_8: "f32[8, 1024, 2048]" = torch.ops.aten.div.Tensor(convert_element_type_72, add_31)
        convert_element_type_73: "bf16[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(div_8, torch.bfloat16);  div_8 = None
        mul_98: "bf16[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(view_120, convert_element_type_73);  convert_element_type_73 = None
        view_66: "bf16[8, 1024, 2048]" = torch.ops.aten.view.default(mm_16, [8, 1024, 2048]);  mm_16 = None
        mul_99: "bf16[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(view_120, view_66);  view_120 = view_66 = None
        view_121: "bf16[8192, 2048]" = torch.ops.aten.view.default(mul_98, [8192, 2048]);  mul_98 = None
        permute_72: "bf16[2048, 8192]" = torch.ops.aten.permute.default(view_121, [1, 0])
        mm_41: "bf16[2048, 768]" = torch.ops.aten.mm.default(permute_72, view_63);  permute_72 = None
        permute_25: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_25, [1, 0]);  primals_25 = None
        permute_74: "bf16[2048, 768]" = torch.ops.aten.permute.default(permute_25, [1, 0]);  permute_25 = None
        mm_42: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_121, permute_74);  view_121 = permute_74 = None
        view_122: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_42, [8, 1024, 768]);  mm_42 = None
        convert_element_type_160: "f32[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(mul_99, torch.float32);  mul_99 = None
        reciprocal_1: "f32[8, 1024, 2048]" = torch.ops.aten.reciprocal.default(add_31);  add_31 = None
        mul_100: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(reciprocal_1, 1);  reciprocal_1 = None
        mul_101: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(convert_element_type_160, mul_100);  convert_element_type_160 = None
        sub_4: "f32[8, 1024, 2048]" = torch.ops.aten.sub.Tensor(1, mul_100);  mul_100 = None
        mul_102: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(convert_element_type_72, sub_4);  convert_element_type_72 = sub_4 = None
        add_60: "f32[8, 1024, 2048]" = torch.ops.aten.add.Tensor(mul_102, 1);  mul_102 = None
        mul_103: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(mul_101, add_60);  mul_101 = add_60 = None
        convert_element_type_162: "bf16[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(mul_103, torch.bfloat16);  mul_103 = None
        view_123: "bf16[8192, 2048]" = torch.ops.aten.view.default(convert_element_type_162, [8192, 2048]);  convert_element_type_162 = None
        permute_76: "bf16[2048, 8192]" = torch.ops.aten.permute.default(view_123, [1, 0])
        mm_43: "bf16[2048, 768]" = torch.ops.aten.mm.default(permute_76, view_63);  permute_76 = view_63 = None
        permute_24: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_24, [1, 0]);  primals_24 = None
        permute_78: "bf16[2048, 768]" = torch.ops.aten.permute.default(permute_24, [1, 0]);  permute_24 = None
        mm_44: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_123, permute_78);  view_123 = permute_78 = None
        view_124: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_44, [8, 1024, 768]);  mm_44 = None
        add_61: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(view_122, view_124);  view_122 = view_124 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_68: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_29, torch.float32);  add_29 = None

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        mul_42: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_68, rsqrt_5)
        convert_element_type_69: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_42, torch.bfloat16);  mul_42 = None
        mul_104: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_61, convert_element_type_69);  convert_element_type_69 = None
        mul_105: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_61, primals_23);  add_61 = primals_23 = None
        sum_13: "bf16[1, 1, 768]" = torch.ops.aten.sum.dim_IntList(mul_104, [0, 1], True);  mul_104 = None
        view_125: "bf16[768]" = torch.ops.aten.view.default(sum_13, [768]);  sum_13 = None
        convert_element_type_167: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_105, torch.float32);  mul_105 = None
        mul_106: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_167, convert_element_type_68)
        mul_107: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_167, rsqrt_5);  convert_element_type_167 = None
        sum_14: "f32[8, 1024, 1]" = torch.ops.aten.sum.dim_IntList(mul_106, [2], True);  mul_106 = None
        pow_24: "f32[8, 1024, 1]" = torch.ops.aten.pow.Tensor_Scalar(rsqrt_5, 3);  rsqrt_5 = None
        mul_108: "f32[8, 1024, 1]" = torch.ops.aten.mul.Scalar(sum_14, -0.5);  sum_14 = None
        mul_109: "f32[8, 1024, 1]" = torch.ops.aten.mul.Tensor(mul_108, pow_24);  mul_108 = pow_24 = None
        expand_27: "f32[8, 1024, 768]" = torch.ops.aten.expand.default(mul_109, [8, 1024, 768]);  mul_109 = None
        div_17: "f32[8, 1024, 768]" = torch.ops.aten.div.Scalar(expand_27, 768);  expand_27 = None
        pow_25: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_68, 1.0);  convert_element_type_68 = None
        mul_110: "f32[8, 1024, 768]" = torch.ops.aten.mul.Scalar(pow_25, 2.0);  pow_25 = None
        mul_111: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(div_17, mul_110);  div_17 = mul_110 = None
        add_62: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_107, mul_111);  mul_107 = mul_111 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_168: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_62, torch.bfloat16);  add_62 = None
        add_63: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_58, convert_element_type_168);  add_58 = convert_element_type_168 = None

        # File: /work/main/experiments/llama_block.py:79 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        view_126: "bf16[8192, 768]" = torch.ops.aten.view.default(add_63, [8192, 768])
        permute_80: "bf16[768, 8192]" = torch.ops.aten.permute.default(view_126, [1, 0])
        permute_22: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(getitem_18, [0, 2, 1, 3])
        view_60: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(permute_22, [8, 1024, 768]);  permute_22 = None
        view_61: "bf16[8192, 768]" = torch.ops.aten.view.default(view_60, [8192, 768]);  view_60 = None
        mm_45: "bf16[768, 768]" = torch.ops.aten.mm.default(permute_80, view_61);  permute_80 = view_61 = None
        permute_23: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_22, [1, 0]);  primals_22 = None
        permute_82: "bf16[768, 768]" = torch.ops.aten.permute.default(permute_23, [1, 0]);  permute_23 = None
        mm_46: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_126, permute_82);  view_126 = permute_82 = None
        view_127: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_46, [8, 1024, 768]);  mm_46 = None
        view_128: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(view_127, [8, 1024, 12, 64]);  view_127 = None
        permute_84: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_128, [0, 2, 1, 3]);  view_128 = None

        # File: /work/main/experiments/llama_block.py:78 in forward, code: y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        _scaled_dot_product_cudnn_attention_backward_1 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(permute_84, convert_element_type_59, view_58, view_59, getitem_18, getitem_19, getitem_24, getitem_25, None, None, None, 1024, 1024, 0.0, True);  permute_84 = convert_element_type_59 = view_58 = view_59 = getitem_18 = getitem_19 = getitem_24 = getitem_25 = None
        getitem_39: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_backward_1[0]
        getitem_40: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_backward_1[1]
        getitem_41: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_backward_1[2];  _scaled_dot_product_cudnn_attention_backward_1 = None

        # File: /work/main/experiments/llama_block.py:77 in forward, code: k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
        view_129: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.view.default(getitem_41, [8, 3, 4, 1024, 64]);  getitem_41 = None
        sum_15: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.sum.dim_IntList(view_129, [2], True);  view_129 = None
        squeeze_3: "bf16[8, 3, 1024, 64]" = torch.ops.aten.squeeze.dim(sum_15, 2);  sum_15 = None
        view_130: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.view.default(getitem_40, [8, 3, 4, 1024, 64]);  getitem_40 = None
        sum_16: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.sum.dim_IntList(view_130, [2], True);  view_130 = None
        squeeze_4: "bf16[8, 3, 1024, 64]" = torch.ops.aten.squeeze.dim(sum_16, 2);  sum_16 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        convert_element_type_173: "f32[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(squeeze_4, torch.float32);  squeeze_4 = None
        mul_112: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_173, sin)
        mul_113: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_173, cos);  convert_element_type_173 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_21: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_112, 3, 0, 32)
        slice_22: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_112, 3, 32, 64);  mul_112 = None
        slice_scatter_4: "f32[8, 3, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_5, slice_22, 3, 0, 32);  slice_22 = None
        add_64: "f32[8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(mul_113, slice_scatter_4);  mul_113 = slice_scatter_4 = None
        neg_25: "f32[8, 3, 1024, 32]" = torch.ops.aten.neg.default(slice_21);  slice_21 = None
        slice_scatter_5: "f32[8, 3, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_5, neg_25, 3, 32, 9223372036854775807);  neg_25 = None
        add_65: "f32[8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(add_64, slice_scatter_5);  add_64 = slice_scatter_5 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_174: "bf16[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_65, torch.bfloat16);  add_65 = None

        # File: /work/main/experiments/llama_block.py:74 in forward, code: k, v = self.kv(x).view(b, t, 2, self.kv_heads, hd).permute(2, 0, 3, 1, 4)
        select_scatter_2: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.select_scatter.default(full_default_7, squeeze_3, 0, 1);  squeeze_3 = None
        select_scatter_3: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.select_scatter.default(full_default_7, convert_element_type_174, 0, 0);  convert_element_type_174 = None
        add_66: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(select_scatter_2, select_scatter_3);  select_scatter_2 = select_scatter_3 = None
        permute_85: "bf16[8, 1024, 2, 3, 64]" = torch.ops.aten.permute.default(add_66, [1, 3, 0, 2, 4]);  add_66 = None
        clone_41: "bf16[8, 1024, 2, 3, 64]" = torch.ops.aten.clone.default(permute_85, memory_format = torch.contiguous_format);  permute_85 = None
        view_131: "bf16[8, 1024, 384]" = torch.ops.aten.view.default(clone_41, [8, 1024, 384]);  clone_41 = None
        view_132: "bf16[8192, 384]" = torch.ops.aten.view.default(view_131, [8192, 384]);  view_131 = None
        permute_86: "bf16[384, 8192]" = torch.ops.aten.permute.default(view_132, [1, 0])
        mm_47: "bf16[384, 768]" = torch.ops.aten.mm.default(permute_86, view_46);  permute_86 = None
        permute_20: "bf16[768, 384]" = torch.ops.aten.permute.default(primals_21, [1, 0]);  primals_21 = None
        permute_88: "bf16[384, 768]" = torch.ops.aten.permute.default(permute_20, [1, 0]);  permute_20 = None
        mm_48: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_132, permute_88);  view_132 = permute_88 = None
        view_133: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_48, [8, 1024, 768]);  mm_48 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        convert_element_type_179: "f32[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(getitem_39, torch.float32);  getitem_39 = None
        mul_114: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_179, sin)
        mul_115: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_179, cos);  convert_element_type_179 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_23: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_114, 3, 0, 32)
        slice_24: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_114, 3, 32, 64);  mul_114 = None
        slice_scatter_6: "f32[8, 12, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_9, slice_24, 3, 0, 32);  slice_24 = None
        add_67: "f32[8, 12, 1024, 64]" = torch.ops.aten.add.Tensor(mul_115, slice_scatter_6);  mul_115 = slice_scatter_6 = None
        neg_26: "f32[8, 12, 1024, 32]" = torch.ops.aten.neg.default(slice_23);  slice_23 = None
        slice_scatter_7: "f32[8, 12, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_9, neg_26, 3, 32, 9223372036854775807);  neg_26 = None
        add_68: "f32[8, 12, 1024, 64]" = torch.ops.aten.add.Tensor(add_67, slice_scatter_7);  add_67 = slice_scatter_7 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_180: "bf16[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_68, torch.bfloat16);  add_68 = None

        # File: /work/main/experiments/llama_block.py:73 in forward, code: q = rotary(self.q(x).view(b, t, self.heads, hd).transpose(1, 2))
        permute_90: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(convert_element_type_180, [0, 2, 1, 3]);  convert_element_type_180 = None
        view_134: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(permute_90, [8, 1024, 768]);  permute_90 = None
        view_135: "bf16[8192, 768]" = torch.ops.aten.view.default(view_134, [8192, 768]);  view_134 = None
        permute_91: "bf16[768, 8192]" = torch.ops.aten.permute.default(view_135, [1, 0])
        mm_49: "bf16[768, 768]" = torch.ops.aten.mm.default(permute_91, view_46);  permute_91 = view_46 = None
        permute_18: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_20, [1, 0]);  primals_20 = None
        permute_93: "bf16[768, 768]" = torch.ops.aten.permute.default(permute_18, [1, 0]);  permute_18 = None
        mm_50: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_135, permute_93);  view_135 = permute_93 = None
        view_136: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_50, [8, 1024, 768]);  mm_50 = None
        add_69: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(view_133, view_136);  view_133 = view_136 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_52: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_21, torch.float32);  add_21 = None

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        mul_30: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_52, rsqrt_4)
        convert_element_type_53: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_30, torch.bfloat16);  mul_30 = None
        mul_116: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_69, convert_element_type_53);  convert_element_type_53 = None
        mul_117: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_69, primals_19);  add_69 = primals_19 = None
        sum_17: "bf16[1, 1, 768]" = torch.ops.aten.sum.dim_IntList(mul_116, [0, 1], True);  mul_116 = None
        view_137: "bf16[768]" = torch.ops.aten.view.default(sum_17, [768]);  sum_17 = None
        convert_element_type_185: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_117, torch.float32);  mul_117 = None
        mul_118: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_185, convert_element_type_52)
        mul_119: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_185, rsqrt_4);  convert_element_type_185 = None
        sum_18: "f32[8, 1024, 1]" = torch.ops.aten.sum.dim_IntList(mul_118, [2], True);  mul_118 = None
        pow_26: "f32[8, 1024, 1]" = torch.ops.aten.pow.Tensor_Scalar(rsqrt_4, 3);  rsqrt_4 = None
        mul_120: "f32[8, 1024, 1]" = torch.ops.aten.mul.Scalar(sum_18, -0.5);  sum_18 = None
        mul_121: "f32[8, 1024, 1]" = torch.ops.aten.mul.Tensor(mul_120, pow_26);  mul_120 = pow_26 = None
        expand_28: "f32[8, 1024, 768]" = torch.ops.aten.expand.default(mul_121, [8, 1024, 768]);  mul_121 = None
        div_18: "f32[8, 1024, 768]" = torch.ops.aten.div.Scalar(expand_28, 768);  expand_28 = None
        pow_27: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_52, 1.0);  convert_element_type_52 = None
        mul_122: "f32[8, 1024, 768]" = torch.ops.aten.mul.Scalar(pow_27, 2.0);  pow_27 = None
        mul_123: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(div_18, mul_122);  div_18 = mul_122 = None
        add_70: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_119, mul_123);  mul_119 = mul_123 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_186: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_70, torch.bfloat16);  add_70 = None
        add_71: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_63, convert_element_type_186);  add_63 = convert_element_type_186 = None

        # File: /work/main/experiments/llama_block.py:95 in forward, code: return x + self.down(F.silu(self.gate(h)) * self.up(h))  # SwiGLU: read 2 B T F, write B T F
        view_138: "bf16[8192, 768]" = torch.ops.aten.view.default(add_71, [8192, 768])
        permute_95: "bf16[768, 8192]" = torch.ops.aten.permute.default(view_138, [1, 0])
        mm_51: "bf16[768, 2048]" = torch.ops.aten.mm.default(permute_95, view_44);  permute_95 = view_44 = None
        permute_17: "bf16[2048, 768]" = torch.ops.aten.permute.default(primals_18, [1, 0]);  primals_18 = None
        permute_97: "bf16[768, 2048]" = torch.ops.aten.permute.default(permute_17, [1, 0]);  permute_17 = None
        mm_52: "bf16[8192, 2048]" = torch.ops.aten.mm.default(view_138, permute_97);  view_138 = permute_97 = None
        view_139: "bf16[8, 1024, 2048]" = torch.ops.aten.view.default(mm_52, [8, 1024, 2048]);  mm_52 = None
        view_41: "bf16[8, 1024, 2048]" = torch.ops.aten.view.default(mm_9, [8, 1024, 2048]);  mm_9 = None
        convert_element_type_46: "f32[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(view_41, torch.float32);  view_41 = None
        neg_9: "f32[8, 1024, 2048]" = torch.ops.aten.neg.default(convert_element_type_46)
        exp_1: "f32[8, 1024, 2048]" = torch.ops.aten.exp.default(neg_9);  neg_9 = None
        add_20: "f32[8, 1024, 2048]" = torch.ops.aten.add.Tensor(exp_1, 1);  exp_1 = None
        div_5: "f32[8, 1024, 2048]" = torch.ops.aten.div.Tensor(convert_element_type_46, add_20)
        convert_element_type_47: "bf16[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(div_5, torch.bfloat16);  div_5 = None
        mul_124: "bf16[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(view_139, convert_element_type_47);  convert_element_type_47 = None
        view_43: "bf16[8, 1024, 2048]" = torch.ops.aten.view.default(mm_10, [8, 1024, 2048]);  mm_10 = None
        mul_125: "bf16[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(view_139, view_43);  view_139 = view_43 = None
        view_140: "bf16[8192, 2048]" = torch.ops.aten.view.default(mul_124, [8192, 2048]);  mul_124 = None
        permute_99: "bf16[2048, 8192]" = torch.ops.aten.permute.default(view_140, [1, 0])
        mm_53: "bf16[2048, 768]" = torch.ops.aten.mm.default(permute_99, view_40);  permute_99 = None
        permute_16: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_17, [1, 0]);  primals_17 = None
        permute_101: "bf16[2048, 768]" = torch.ops.aten.permute.default(permute_16, [1, 0]);  permute_16 = None
        mm_54: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_140, permute_101);  view_140 = permute_101 = None
        view_141: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_54, [8, 1024, 768]);  mm_54 = None
        convert_element_type_195: "f32[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(mul_125, torch.float32);  mul_125 = None
        reciprocal_2: "f32[8, 1024, 2048]" = torch.ops.aten.reciprocal.default(add_20);  add_20 = None
        mul_126: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(reciprocal_2, 1);  reciprocal_2 = None
        mul_127: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(convert_element_type_195, mul_126);  convert_element_type_195 = None
        sub_5: "f32[8, 1024, 2048]" = torch.ops.aten.sub.Tensor(1, mul_126);  mul_126 = None
        mul_128: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(convert_element_type_46, sub_5);  convert_element_type_46 = sub_5 = None
        add_73: "f32[8, 1024, 2048]" = torch.ops.aten.add.Tensor(mul_128, 1);  mul_128 = None
        mul_129: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(mul_127, add_73);  mul_127 = add_73 = None
        convert_element_type_197: "bf16[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(mul_129, torch.bfloat16);  mul_129 = None
        view_142: "bf16[8192, 2048]" = torch.ops.aten.view.default(convert_element_type_197, [8192, 2048]);  convert_element_type_197 = None
        permute_103: "bf16[2048, 8192]" = torch.ops.aten.permute.default(view_142, [1, 0])
        mm_55: "bf16[2048, 768]" = torch.ops.aten.mm.default(permute_103, view_40);  permute_103 = view_40 = None
        permute_15: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_16, [1, 0]);  primals_16 = None
        permute_105: "bf16[2048, 768]" = torch.ops.aten.permute.default(permute_15, [1, 0]);  permute_15 = None
        mm_56: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_142, permute_105);  view_142 = permute_105 = None
        view_143: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_56, [8, 1024, 768]);  mm_56 = None
        add_74: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(view_141, view_143);  view_141 = view_143 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_42: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_18, torch.float32);  add_18 = None

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        mul_27: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_42, rsqrt_3)
        convert_element_type_43: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_27, torch.bfloat16);  mul_27 = None
        mul_130: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_74, convert_element_type_43);  convert_element_type_43 = None
        mul_131: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_74, primals_15);  add_74 = primals_15 = None
        sum_19: "bf16[1, 1, 768]" = torch.ops.aten.sum.dim_IntList(mul_130, [0, 1], True);  mul_130 = None
        view_144: "bf16[768]" = torch.ops.aten.view.default(sum_19, [768]);  sum_19 = None
        convert_element_type_202: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_131, torch.float32);  mul_131 = None
        mul_132: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_202, convert_element_type_42)
        mul_133: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_202, rsqrt_3);  convert_element_type_202 = None
        sum_20: "f32[8, 1024, 1]" = torch.ops.aten.sum.dim_IntList(mul_132, [2], True);  mul_132 = None
        pow_28: "f32[8, 1024, 1]" = torch.ops.aten.pow.Tensor_Scalar(rsqrt_3, 3);  rsqrt_3 = None
        mul_134: "f32[8, 1024, 1]" = torch.ops.aten.mul.Scalar(sum_20, -0.5);  sum_20 = None
        mul_135: "f32[8, 1024, 1]" = torch.ops.aten.mul.Tensor(mul_134, pow_28);  mul_134 = pow_28 = None
        expand_29: "f32[8, 1024, 768]" = torch.ops.aten.expand.default(mul_135, [8, 1024, 768]);  mul_135 = None
        div_19: "f32[8, 1024, 768]" = torch.ops.aten.div.Scalar(expand_29, 768);  expand_29 = None
        pow_29: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_42, 1.0);  convert_element_type_42 = None
        mul_136: "f32[8, 1024, 768]" = torch.ops.aten.mul.Scalar(pow_29, 2.0);  pow_29 = None
        mul_137: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(div_19, mul_136);  div_19 = mul_136 = None
        add_75: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_133, mul_137);  mul_133 = mul_137 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_203: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_75, torch.bfloat16);  add_75 = None
        add_76: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_71, convert_element_type_203);  add_71 = convert_element_type_203 = None

        # File: /work/main/experiments/llama_block.py:79 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        view_145: "bf16[8192, 768]" = torch.ops.aten.view.default(add_76, [8192, 768])
        permute_107: "bf16[768, 8192]" = torch.ops.aten.permute.default(view_145, [1, 0])
        permute_13: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(getitem_9, [0, 2, 1, 3])
        view_37: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(permute_13, [8, 1024, 768]);  permute_13 = None
        view_38: "bf16[8192, 768]" = torch.ops.aten.view.default(view_37, [8192, 768]);  view_37 = None
        mm_57: "bf16[768, 768]" = torch.ops.aten.mm.default(permute_107, view_38);  permute_107 = view_38 = None
        permute_14: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_14, [1, 0]);  primals_14 = None
        permute_109: "bf16[768, 768]" = torch.ops.aten.permute.default(permute_14, [1, 0]);  permute_14 = None
        mm_58: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_145, permute_109);  view_145 = permute_109 = None
        view_146: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_58, [8, 1024, 768]);  mm_58 = None
        view_147: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(view_146, [8, 1024, 12, 64]);  view_146 = None
        permute_111: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_147, [0, 2, 1, 3]);  view_147 = None

        # File: /work/main/experiments/llama_block.py:78 in forward, code: y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        _scaled_dot_product_cudnn_attention_backward_2 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(permute_111, convert_element_type_33, view_35, view_36, getitem_9, getitem_10, getitem_15, getitem_16, None, None, None, 1024, 1024, 0.0, True);  permute_111 = convert_element_type_33 = view_35 = view_36 = getitem_9 = getitem_10 = getitem_15 = getitem_16 = None
        getitem_42: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_backward_2[0]
        getitem_43: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_backward_2[1]
        getitem_44: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_backward_2[2];  _scaled_dot_product_cudnn_attention_backward_2 = None

        # File: /work/main/experiments/llama_block.py:77 in forward, code: k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
        view_148: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.view.default(getitem_44, [8, 3, 4, 1024, 64]);  getitem_44 = None
        sum_21: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.sum.dim_IntList(view_148, [2], True);  view_148 = None
        squeeze_5: "bf16[8, 3, 1024, 64]" = torch.ops.aten.squeeze.dim(sum_21, 2);  sum_21 = None
        view_149: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.view.default(getitem_43, [8, 3, 4, 1024, 64]);  getitem_43 = None
        sum_22: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.sum.dim_IntList(view_149, [2], True);  view_149 = None
        squeeze_6: "bf16[8, 3, 1024, 64]" = torch.ops.aten.squeeze.dim(sum_22, 2);  sum_22 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        convert_element_type_208: "f32[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(squeeze_6, torch.float32);  squeeze_6 = None
        mul_138: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_208, sin)
        mul_139: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_208, cos);  convert_element_type_208 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_25: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_138, 3, 0, 32)
        slice_26: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_138, 3, 32, 64);  mul_138 = None
        slice_scatter_8: "f32[8, 3, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_5, slice_26, 3, 0, 32);  slice_26 = None
        add_77: "f32[8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(mul_139, slice_scatter_8);  mul_139 = slice_scatter_8 = None
        neg_28: "f32[8, 3, 1024, 32]" = torch.ops.aten.neg.default(slice_25);  slice_25 = None
        slice_scatter_9: "f32[8, 3, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_5, neg_28, 3, 32, 9223372036854775807);  neg_28 = None
        add_78: "f32[8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(add_77, slice_scatter_9);  add_77 = slice_scatter_9 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_209: "bf16[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_78, torch.bfloat16);  add_78 = None

        # File: /work/main/experiments/llama_block.py:74 in forward, code: k, v = self.kv(x).view(b, t, 2, self.kv_heads, hd).permute(2, 0, 3, 1, 4)
        select_scatter_4: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.select_scatter.default(full_default_7, squeeze_5, 0, 1);  squeeze_5 = None
        select_scatter_5: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.select_scatter.default(full_default_7, convert_element_type_209, 0, 0);  convert_element_type_209 = None
        add_79: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(select_scatter_4, select_scatter_5);  select_scatter_4 = select_scatter_5 = None
        permute_112: "bf16[8, 1024, 2, 3, 64]" = torch.ops.aten.permute.default(add_79, [1, 3, 0, 2, 4]);  add_79 = None
        clone_42: "bf16[8, 1024, 2, 3, 64]" = torch.ops.aten.clone.default(permute_112, memory_format = torch.contiguous_format);  permute_112 = None
        view_150: "bf16[8, 1024, 384]" = torch.ops.aten.view.default(clone_42, [8, 1024, 384]);  clone_42 = None
        view_151: "bf16[8192, 384]" = torch.ops.aten.view.default(view_150, [8192, 384]);  view_150 = None
        permute_113: "bf16[384, 8192]" = torch.ops.aten.permute.default(view_151, [1, 0])
        mm_59: "bf16[384, 768]" = torch.ops.aten.mm.default(permute_113, view_23);  permute_113 = None
        permute_11: "bf16[768, 384]" = torch.ops.aten.permute.default(primals_13, [1, 0]);  primals_13 = None
        permute_115: "bf16[384, 768]" = torch.ops.aten.permute.default(permute_11, [1, 0]);  permute_11 = None
        mm_60: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_151, permute_115);  view_151 = permute_115 = None
        view_152: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_60, [8, 1024, 768]);  mm_60 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        convert_element_type_214: "f32[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(getitem_42, torch.float32);  getitem_42 = None
        mul_140: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_214, sin)
        mul_141: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_214, cos);  convert_element_type_214 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_27: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_140, 3, 0, 32)
        slice_28: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_140, 3, 32, 64);  mul_140 = None
        slice_scatter_10: "f32[8, 12, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_9, slice_28, 3, 0, 32);  slice_28 = None
        add_80: "f32[8, 12, 1024, 64]" = torch.ops.aten.add.Tensor(mul_141, slice_scatter_10);  mul_141 = slice_scatter_10 = None
        neg_29: "f32[8, 12, 1024, 32]" = torch.ops.aten.neg.default(slice_27);  slice_27 = None
        slice_scatter_11: "f32[8, 12, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_9, neg_29, 3, 32, 9223372036854775807);  neg_29 = None
        add_81: "f32[8, 12, 1024, 64]" = torch.ops.aten.add.Tensor(add_80, slice_scatter_11);  add_80 = slice_scatter_11 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_215: "bf16[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_81, torch.bfloat16);  add_81 = None

        # File: /work/main/experiments/llama_block.py:73 in forward, code: q = rotary(self.q(x).view(b, t, self.heads, hd).transpose(1, 2))
        permute_117: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(convert_element_type_215, [0, 2, 1, 3]);  convert_element_type_215 = None
        view_153: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(permute_117, [8, 1024, 768]);  permute_117 = None
        view_154: "bf16[8192, 768]" = torch.ops.aten.view.default(view_153, [8192, 768]);  view_153 = None
        permute_118: "bf16[768, 8192]" = torch.ops.aten.permute.default(view_154, [1, 0])
        mm_61: "bf16[768, 768]" = torch.ops.aten.mm.default(permute_118, view_23);  permute_118 = view_23 = None
        permute_9: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_12, [1, 0]);  primals_12 = None
        permute_120: "bf16[768, 768]" = torch.ops.aten.permute.default(permute_9, [1, 0]);  permute_9 = None
        mm_62: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_154, permute_120);  view_154 = permute_120 = None
        view_155: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_62, [8, 1024, 768]);  mm_62 = None
        add_82: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(view_152, view_155);  view_152 = view_155 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_26: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_10, torch.float32);  add_10 = None

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        mul_15: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_26, rsqrt_2)
        convert_element_type_27: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_15, torch.bfloat16);  mul_15 = None
        mul_142: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_82, convert_element_type_27);  convert_element_type_27 = None
        mul_143: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_82, primals_11);  add_82 = primals_11 = None
        sum_23: "bf16[1, 1, 768]" = torch.ops.aten.sum.dim_IntList(mul_142, [0, 1], True);  mul_142 = None
        view_156: "bf16[768]" = torch.ops.aten.view.default(sum_23, [768]);  sum_23 = None
        convert_element_type_220: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_143, torch.float32);  mul_143 = None
        mul_144: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_220, convert_element_type_26)
        mul_145: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_220, rsqrt_2);  convert_element_type_220 = None
        sum_24: "f32[8, 1024, 1]" = torch.ops.aten.sum.dim_IntList(mul_144, [2], True);  mul_144 = None
        pow_30: "f32[8, 1024, 1]" = torch.ops.aten.pow.Tensor_Scalar(rsqrt_2, 3);  rsqrt_2 = None
        mul_146: "f32[8, 1024, 1]" = torch.ops.aten.mul.Scalar(sum_24, -0.5);  sum_24 = None
        mul_147: "f32[8, 1024, 1]" = torch.ops.aten.mul.Tensor(mul_146, pow_30);  mul_146 = pow_30 = None
        expand_30: "f32[8, 1024, 768]" = torch.ops.aten.expand.default(mul_147, [8, 1024, 768]);  mul_147 = None
        div_20: "f32[8, 1024, 768]" = torch.ops.aten.div.Scalar(expand_30, 768);  expand_30 = None
        pow_31: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_26, 1.0);  convert_element_type_26 = None
        mul_148: "f32[8, 1024, 768]" = torch.ops.aten.mul.Scalar(pow_31, 2.0);  pow_31 = None
        mul_149: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(div_20, mul_148);  div_20 = mul_148 = None
        add_83: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_145, mul_149);  mul_145 = mul_149 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_221: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_83, torch.bfloat16);  add_83 = None
        add_84: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_76, convert_element_type_221);  add_76 = convert_element_type_221 = None

        # File: /work/main/experiments/llama_block.py:95 in forward, code: return x + self.down(F.silu(self.gate(h)) * self.up(h))  # SwiGLU: read 2 B T F, write B T F
        view_157: "bf16[8192, 768]" = torch.ops.aten.view.default(add_84, [8192, 768])
        permute_122: "bf16[768, 8192]" = torch.ops.aten.permute.default(view_157, [1, 0])
        mm_63: "bf16[768, 2048]" = torch.ops.aten.mm.default(permute_122, view_21);  permute_122 = view_21 = None
        permute_8: "bf16[2048, 768]" = torch.ops.aten.permute.default(primals_10, [1, 0]);  primals_10 = None
        permute_124: "bf16[768, 2048]" = torch.ops.aten.permute.default(permute_8, [1, 0]);  permute_8 = None
        mm_64: "bf16[8192, 2048]" = torch.ops.aten.mm.default(view_157, permute_124);  view_157 = permute_124 = None
        view_158: "bf16[8, 1024, 2048]" = torch.ops.aten.view.default(mm_64, [8, 1024, 2048]);  mm_64 = None
        view_18: "bf16[8, 1024, 2048]" = torch.ops.aten.view.default(mm_3, [8, 1024, 2048]);  mm_3 = None
        convert_element_type_20: "f32[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(view_18, torch.float32);  view_18 = None
        neg_4: "f32[8, 1024, 2048]" = torch.ops.aten.neg.default(convert_element_type_20)
        exp: "f32[8, 1024, 2048]" = torch.ops.aten.exp.default(neg_4);  neg_4 = None
        add_9: "f32[8, 1024, 2048]" = torch.ops.aten.add.Tensor(exp, 1);  exp = None
        div_2: "f32[8, 1024, 2048]" = torch.ops.aten.div.Tensor(convert_element_type_20, add_9)
        convert_element_type_21: "bf16[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(div_2, torch.bfloat16);  div_2 = None
        mul_150: "bf16[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(view_158, convert_element_type_21);  convert_element_type_21 = None
        view_20: "bf16[8, 1024, 2048]" = torch.ops.aten.view.default(mm_4, [8, 1024, 2048]);  mm_4 = None
        mul_151: "bf16[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(view_158, view_20);  view_158 = view_20 = None
        view_159: "bf16[8192, 2048]" = torch.ops.aten.view.default(mul_150, [8192, 2048]);  mul_150 = None
        permute_126: "bf16[2048, 8192]" = torch.ops.aten.permute.default(view_159, [1, 0])
        mm_65: "bf16[2048, 768]" = torch.ops.aten.mm.default(permute_126, view_17);  permute_126 = None
        permute_7: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_9, [1, 0]);  primals_9 = None
        permute_128: "bf16[2048, 768]" = torch.ops.aten.permute.default(permute_7, [1, 0]);  permute_7 = None
        mm_66: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_159, permute_128);  view_159 = permute_128 = None
        view_160: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_66, [8, 1024, 768]);  mm_66 = None
        convert_element_type_230: "f32[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(mul_151, torch.float32);  mul_151 = None
        reciprocal_3: "f32[8, 1024, 2048]" = torch.ops.aten.reciprocal.default(add_9);  add_9 = None
        mul_152: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(reciprocal_3, 1);  reciprocal_3 = None
        mul_153: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(convert_element_type_230, mul_152);  convert_element_type_230 = None
        sub_6: "f32[8, 1024, 2048]" = torch.ops.aten.sub.Tensor(1, mul_152);  mul_152 = None
        mul_154: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(convert_element_type_20, sub_6);  convert_element_type_20 = sub_6 = None
        add_86: "f32[8, 1024, 2048]" = torch.ops.aten.add.Tensor(mul_154, 1);  mul_154 = None
        mul_155: "f32[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(mul_153, add_86);  mul_153 = add_86 = None
        convert_element_type_232: "bf16[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(mul_155, torch.bfloat16);  mul_155 = None
        view_161: "bf16[8192, 2048]" = torch.ops.aten.view.default(convert_element_type_232, [8192, 2048]);  convert_element_type_232 = None
        permute_130: "bf16[2048, 8192]" = torch.ops.aten.permute.default(view_161, [1, 0])
        mm_67: "bf16[2048, 768]" = torch.ops.aten.mm.default(permute_130, view_17);  permute_130 = view_17 = None
        permute_6: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_8, [1, 0]);  primals_8 = None
        permute_132: "bf16[2048, 768]" = torch.ops.aten.permute.default(permute_6, [1, 0]);  permute_6 = None
        mm_68: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_161, permute_132);  view_161 = permute_132 = None
        view_162: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_68, [8, 1024, 768]);  mm_68 = None
        add_87: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(view_160, view_162);  view_160 = view_162 = None

        # File: /work/main/experiments/llama_block.py:79 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        view_16: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_2, [8, 1024, 768]);  mm_2 = None

        # File: /work/main/experiments/llama_block.py:93 in forward, code: x = x + self.attn(self.norm1(x))
        add_7: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(embedding, view_16);  view_16 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_16: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_7, torch.float32);  add_7 = None

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        mul_12: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_16, rsqrt_1)
        convert_element_type_17: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_12, torch.bfloat16);  mul_12 = None
        mul_156: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_87, convert_element_type_17);  convert_element_type_17 = None
        mul_157: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_87, primals_7);  add_87 = primals_7 = None
        sum_25: "bf16[1, 1, 768]" = torch.ops.aten.sum.dim_IntList(mul_156, [0, 1], True);  mul_156 = None
        view_163: "bf16[768]" = torch.ops.aten.view.default(sum_25, [768]);  sum_25 = None
        convert_element_type_237: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_157, torch.float32);  mul_157 = None
        mul_158: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_237, convert_element_type_16)
        mul_159: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_237, rsqrt_1);  convert_element_type_237 = None
        sum_26: "f32[8, 1024, 1]" = torch.ops.aten.sum.dim_IntList(mul_158, [2], True);  mul_158 = None
        pow_32: "f32[8, 1024, 1]" = torch.ops.aten.pow.Tensor_Scalar(rsqrt_1, 3);  rsqrt_1 = None
        mul_160: "f32[8, 1024, 1]" = torch.ops.aten.mul.Scalar(sum_26, -0.5);  sum_26 = None
        mul_161: "f32[8, 1024, 1]" = torch.ops.aten.mul.Tensor(mul_160, pow_32);  mul_160 = pow_32 = None
        expand_31: "f32[8, 1024, 768]" = torch.ops.aten.expand.default(mul_161, [8, 1024, 768]);  mul_161 = None
        div_21: "f32[8, 1024, 768]" = torch.ops.aten.div.Scalar(expand_31, 768);  expand_31 = None
        pow_33: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_16, 1.0);  convert_element_type_16 = None
        mul_162: "f32[8, 1024, 768]" = torch.ops.aten.mul.Scalar(pow_33, 2.0);  pow_33 = None
        mul_163: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(div_21, mul_162);  div_21 = mul_162 = None
        add_88: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_159, mul_163);  mul_159 = mul_163 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_238: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_88, torch.bfloat16);  add_88 = None
        add_89: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_84, convert_element_type_238);  add_84 = convert_element_type_238 = None

        # File: /work/main/experiments/llama_block.py:79 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        view_164: "bf16[8192, 768]" = torch.ops.aten.view.default(add_89, [8192, 768])
        permute_134: "bf16[768, 8192]" = torch.ops.aten.permute.default(view_164, [1, 0])
        permute_4: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(getitem, [0, 2, 1, 3])
        view_14: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(permute_4, [8, 1024, 768]);  permute_4 = None
        view_15: "bf16[8192, 768]" = torch.ops.aten.view.default(view_14, [8192, 768]);  view_14 = None
        mm_69: "bf16[768, 768]" = torch.ops.aten.mm.default(permute_134, view_15);  permute_134 = view_15 = None
        permute_5: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_6, [1, 0]);  primals_6 = None
        permute_136: "bf16[768, 768]" = torch.ops.aten.permute.default(permute_5, [1, 0]);  permute_5 = None
        mm_70: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_164, permute_136);  view_164 = permute_136 = None
        view_165: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_70, [8, 1024, 768]);  mm_70 = None
        view_166: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(view_165, [8, 1024, 12, 64]);  view_165 = None
        permute_138: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_166, [0, 2, 1, 3]);  view_166 = None

        # File: /work/main/experiments/llama_block.py:78 in forward, code: y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        _scaled_dot_product_cudnn_attention_backward_3 = torch.ops.aten._scaled_dot_product_cudnn_attention_backward.default(permute_138, convert_element_type_7, view_12, view_13, getitem, getitem_1, getitem_6, getitem_7, None, None, None, 1024, 1024, 0.0, True);  permute_138 = convert_element_type_7 = view_12 = view_13 = getitem = getitem_1 = getitem_6 = getitem_7 = None
        getitem_45: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_backward_3[0]
        getitem_46: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_backward_3[1]
        getitem_47: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_backward_3[2];  _scaled_dot_product_cudnn_attention_backward_3 = None

        # File: /work/main/experiments/llama_block.py:77 in forward, code: k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
        view_167: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.view.default(getitem_47, [8, 3, 4, 1024, 64]);  getitem_47 = None
        sum_27: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.sum.dim_IntList(view_167, [2], True);  view_167 = None
        squeeze_7: "bf16[8, 3, 1024, 64]" = torch.ops.aten.squeeze.dim(sum_27, 2);  sum_27 = None
        view_168: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.view.default(getitem_46, [8, 3, 4, 1024, 64]);  getitem_46 = None
        sum_28: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.sum.dim_IntList(view_168, [2], True);  view_168 = None
        squeeze_8: "bf16[8, 3, 1024, 64]" = torch.ops.aten.squeeze.dim(sum_28, 2);  sum_28 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        convert_element_type_243: "f32[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(squeeze_8, torch.float32);  squeeze_8 = None
        mul_164: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_243, sin)
        mul_165: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_243, cos);  convert_element_type_243 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_29: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_164, 3, 0, 32)
        slice_30: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_164, 3, 32, 64);  mul_164 = None
        slice_scatter_12: "f32[8, 3, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_5, slice_30, 3, 0, 32);  slice_30 = None
        add_90: "f32[8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(mul_165, slice_scatter_12);  mul_165 = slice_scatter_12 = None
        neg_31: "f32[8, 3, 1024, 32]" = torch.ops.aten.neg.default(slice_29);  slice_29 = None
        slice_scatter_13: "f32[8, 3, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_5, neg_31, 3, 32, 9223372036854775807);  full_default_5 = neg_31 = None
        add_91: "f32[8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(add_90, slice_scatter_13);  add_90 = slice_scatter_13 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_244: "bf16[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_91, torch.bfloat16);  add_91 = None

        # File: /work/main/experiments/llama_block.py:74 in forward, code: k, v = self.kv(x).view(b, t, 2, self.kv_heads, hd).permute(2, 0, 3, 1, 4)
        select_scatter_6: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.select_scatter.default(full_default_7, squeeze_7, 0, 1);  squeeze_7 = None
        select_scatter_7: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.select_scatter.default(full_default_7, convert_element_type_244, 0, 0);  full_default_7 = convert_element_type_244 = None
        add_92: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(select_scatter_6, select_scatter_7);  select_scatter_6 = select_scatter_7 = None
        permute_139: "bf16[8, 1024, 2, 3, 64]" = torch.ops.aten.permute.default(add_92, [1, 3, 0, 2, 4]);  add_92 = None
        clone_43: "bf16[8, 1024, 2, 3, 64]" = torch.ops.aten.clone.default(permute_139, memory_format = torch.contiguous_format);  permute_139 = None
        view_169: "bf16[8, 1024, 384]" = torch.ops.aten.view.default(clone_43, [8, 1024, 384]);  clone_43 = None
        view_170: "bf16[8192, 384]" = torch.ops.aten.view.default(view_169, [8192, 384]);  view_169 = None
        permute_140: "bf16[384, 8192]" = torch.ops.aten.permute.default(view_170, [1, 0])
        mm_71: "bf16[384, 768]" = torch.ops.aten.mm.default(permute_140, view);  permute_140 = None
        permute_2: "bf16[768, 384]" = torch.ops.aten.permute.default(primals_5, [1, 0]);  primals_5 = None
        permute_142: "bf16[384, 768]" = torch.ops.aten.permute.default(permute_2, [1, 0]);  permute_2 = None
        mm_72: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_170, permute_142);  view_170 = permute_142 = None
        view_171: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_72, [8, 1024, 768]);  mm_72 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        convert_element_type_249: "f32[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(getitem_45, torch.float32);  getitem_45 = None
        mul_166: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_249, sin);  sin = None
        mul_167: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_249, cos);  convert_element_type_249 = cos = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_31: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_166, 3, 0, 32)
        slice_32: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(mul_166, 3, 32, 64);  mul_166 = None
        slice_scatter_14: "f32[8, 12, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_9, slice_32, 3, 0, 32);  slice_32 = None
        add_93: "f32[8, 12, 1024, 64]" = torch.ops.aten.add.Tensor(mul_167, slice_scatter_14);  mul_167 = slice_scatter_14 = None
        neg_32: "f32[8, 12, 1024, 32]" = torch.ops.aten.neg.default(slice_31);  slice_31 = None
        slice_scatter_15: "f32[8, 12, 1024, 64]" = torch.ops.aten.slice_scatter.default(full_default_9, neg_32, 3, 32, 9223372036854775807);  full_default_9 = neg_32 = None
        add_94: "f32[8, 12, 1024, 64]" = torch.ops.aten.add.Tensor(add_93, slice_scatter_15);  add_93 = slice_scatter_15 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_250: "bf16[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_94, torch.bfloat16);  add_94 = None

        # File: /work/main/experiments/llama_block.py:73 in forward, code: q = rotary(self.q(x).view(b, t, self.heads, hd).transpose(1, 2))
        permute_144: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(convert_element_type_250, [0, 2, 1, 3]);  convert_element_type_250 = None
        view_172: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(permute_144, [8, 1024, 768]);  permute_144 = None
        view_173: "bf16[8192, 768]" = torch.ops.aten.view.default(view_172, [8192, 768]);  view_172 = None
        permute_145: "bf16[768, 8192]" = torch.ops.aten.permute.default(view_173, [1, 0])
        mm_73: "bf16[768, 768]" = torch.ops.aten.mm.default(permute_145, view);  permute_145 = view = None
        permute: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_4, [1, 0]);  primals_4 = None
        permute_147: "bf16[768, 768]" = torch.ops.aten.permute.default(permute, [1, 0]);  permute = None
        mm_74: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_173, permute_147);  view_173 = permute_147 = None
        view_174: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(mm_74, [8, 1024, 768]);  mm_74 = None
        add_95: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(view_171, view_174);  view_171 = view_174 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(embedding, torch.float32);  embedding = None

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        mul: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type, rsqrt)
        convert_element_type_1: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul, torch.bfloat16);  mul = None
        mul_168: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_95, convert_element_type_1);  convert_element_type_1 = None
        mul_169: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(add_95, primals_3);  add_95 = primals_3 = None
        sum_29: "bf16[1, 1, 768]" = torch.ops.aten.sum.dim_IntList(mul_168, [0, 1], True);  mul_168 = None
        view_175: "bf16[768]" = torch.ops.aten.view.default(sum_29, [768]);  sum_29 = None
        convert_element_type_255: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_169, torch.float32);  mul_169 = None
        mul_170: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_255, convert_element_type)
        mul_171: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_255, rsqrt);  convert_element_type_255 = None
        sum_30: "f32[8, 1024, 1]" = torch.ops.aten.sum.dim_IntList(mul_170, [2], True);  mul_170 = None
        pow_34: "f32[8, 1024, 1]" = torch.ops.aten.pow.Tensor_Scalar(rsqrt, 3);  rsqrt = None
        mul_172: "f32[8, 1024, 1]" = torch.ops.aten.mul.Scalar(sum_30, -0.5);  sum_30 = None
        mul_173: "f32[8, 1024, 1]" = torch.ops.aten.mul.Tensor(mul_172, pow_34);  mul_172 = pow_34 = None
        expand_32: "f32[8, 1024, 768]" = torch.ops.aten.expand.default(mul_173, [8, 1024, 768]);  mul_173 = None
        div_22: "f32[8, 1024, 768]" = torch.ops.aten.div.Scalar(expand_32, 768);  expand_32 = None
        pow_35: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type, 1.0);  convert_element_type = None
        mul_174: "f32[8, 1024, 768]" = torch.ops.aten.mul.Scalar(pow_35, 2.0);  pow_35 = None
        mul_175: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(div_22, mul_174);  div_22 = mul_174 = None
        add_96: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_171, mul_175);  mul_171 = mul_175 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_256: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_96, torch.bfloat16);  add_96 = None
        add_97: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_89, convert_element_type_256);  add_89 = convert_element_type_256 = None

        # File: /work/main/experiments/llama_block.py:107 in forward, code: x = self.tokens(ids)
        convert_element_type_257: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_97, torch.float32);  add_97 = None
        eq: "b8[8, 1024]" = torch.ops.aten.eq.Scalar(primals_2, -1)
        unsqueeze_26: "b8[8, 1024, 1]" = torch.ops.aten.unsqueeze.default(eq, -1);  eq = None
        where_4: "f32[8, 1024, 768]" = torch.ops.aten.where.self(unsqueeze_26, full_default_1, convert_element_type_257);  unsqueeze_26 = full_default_1 = convert_element_type_257 = None
        full_default_30: "f32[32000, 768]" = torch.ops.aten.full.default([32000, 768], 0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        index_put: "f32[32000, 768]" = torch.ops.aten.index_put.default(full_default_30, [primals_2], where_4, True);  full_default_30 = primals_2 = where_4 = None
        convert_element_type_258: "bf16[32000, 768]" = torch.ops.prims.convert_element_type.default(index_put, torch.bfloat16);  index_put = None
        return (convert_element_type_258, None, view_175, mm_73, mm_71, mm_69, view_163, mm_67, mm_65, mm_63, view_156, mm_61, mm_59, mm_57, view_144, mm_55, mm_53, mm_51, view_137, mm_49, mm_47, mm_45, view_125, mm_43, mm_41, mm_39, view_118, mm_37, mm_35, mm_33, view_106, mm_31, mm_29, mm_27, view_99, mm_25, None)
