class GraphModule(torch.nn.Module):
    def forward(self, mul: "bf16[8388608]", tangents_1: "bf16[]"):
        # File: /work/main/experiments/preference_loss.py:37 in eager, code: return -F.logsigmoid(z).mean()
        neg_2: "bf16[]" = torch.ops.aten.neg.default(tangents_1);  tangents_1 = None
        expand: "bf16[8388608]" = torch.ops.aten.expand.default(neg_2, [8388608]);  neg_2 = None
        div: "bf16[8388608]" = torch.ops.aten.div.Scalar(expand, 8388608);  expand = None
        convert_element_type_3: "f32[8388608]" = torch.ops.prims.convert_element_type.default(div, torch.float32);  div = None
        convert_element_type: "f32[8388608]" = torch.ops.prims.convert_element_type.default(mul, torch.float32);  mul = None
        lt: "b8[8388608]" = torch.ops.aten.lt.Scalar(convert_element_type, 0)
        full_default_1: "i64[]" = torch.ops.aten.full.default([], 0, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        full_default_2: "i64[]" = torch.ops.aten.full.default([], 1, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where: "i64[8388608]" = torch.ops.aten.where.self(lt, full_default_2, full_default_1);  full_default_1 = None
        full_default_3: "i64[]" = torch.ops.aten.full.default([], -1, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_1: "i64[8388608]" = torch.ops.aten.where.self(lt, full_default_2, full_default_3);  lt = full_default_2 = full_default_3 = None
        abs_1: "f32[8388608]" = torch.ops.aten.abs.default(convert_element_type);  convert_element_type = None
        neg: "f32[8388608]" = torch.ops.aten.neg.default(abs_1);  abs_1 = None
        exp: "f32[8388608]" = torch.ops.aten.exp.default(neg);  neg = None
        add: "f32[8388608]" = torch.ops.aten.add.Tensor(exp, 1)
        div_1: "f32[8388608]" = torch.ops.aten.div.Tensor(exp, add);  exp = add = None
        mul_1: "f32[8388608]" = torch.ops.aten.mul.Tensor(where_1, div_1);  where_1 = div_1 = None
        sub_4: "f32[8388608]" = torch.ops.aten.sub.Tensor(where, mul_1);  where = mul_1 = None
        mul_2: "f32[8388608]" = torch.ops.aten.mul.Tensor(convert_element_type_3, sub_4);  convert_element_type_3 = sub_4 = None
        convert_element_type_6: "bf16[8388608]" = torch.ops.prims.convert_element_type.default(mul_2, torch.bfloat16);  mul_2 = None

        # File: /work/main/experiments/preference_loss.py:36 in eager, code: z = BETA * ((policy_chosen - ref_chosen) - (policy_rejected - ref_rejected))
        mul_3: "bf16[8388608]" = torch.ops.aten.mul.Tensor(convert_element_type_6, 0.1);  convert_element_type_6 = None
        neg_4: "bf16[8388608]" = torch.ops.aten.neg.default(mul_3)
        neg_5: "bf16[8388608]" = torch.ops.aten.neg.default(neg_4)
        neg_6: "bf16[8388608]" = torch.ops.aten.neg.default(mul_3)
        return (mul_3, neg_6, neg_4, neg_5)
