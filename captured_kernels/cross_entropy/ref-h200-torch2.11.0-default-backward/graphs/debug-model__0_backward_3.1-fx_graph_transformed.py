class GraphModule(torch.nn.Module):
    def forward(self, primals_1: "bf16[2048, 32768]", primals_2: "i64[2048]", amax: "f32[2048, 1]", log: "f32[2048, 1]", convert_element_type_2: "bf16[]", tangents_1: "bf16[]"):
        # File: /work/main/experiments/cross_entropy.py:38 in eager, code: return F.cross_entropy(logits, labels, ignore_index=IGNORE_INDEX)
        div_1: "bf16[]" = torch.ops.aten.div.Tensor(tangents_1, convert_element_type_2);  tangents_1 = convert_element_type_2 = None
        unsqueeze_1: "i64[2048, 1]" = torch.ops.aten.unsqueeze.default(primals_2, 1);  primals_2 = None
        ne_3: "b8[2048, 1]" = torch.ops.aten.ne.Scalar(unsqueeze_1, -100)
        full_default: "i64[]" = torch.ops.aten.full.default([], 0, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_2: "i64[2048, 1]" = torch.ops.aten.where.self(ne_3, unsqueeze_1, full_default);  unsqueeze_1 = full_default = None

        # No stacktrace found for following nodes
        iota_default: "i64[32768]" = torch.ops.prims.iota.default(32768, start = 0, step = 1, dtype = torch.int64, device = device(type='cuda', index=0), requires_grad = False)
        view_default: "i64[1, 32768]" = torch.ops.aten.reshape.default(iota_default, [1, 32768]);  iota_default = None
        expand_default: "i64[2048, 32768]" = torch.ops.aten.expand.default(where_2, [2048, 32768]);  where_2 = None
        eq_tensor: "b8[2048, 32768]" = torch.ops.aten.eq.Tensor(expand_default, view_default);  expand_default = view_default = None
        scalar_tensor_default: "f32[]" = torch.ops.aten.scalar_tensor.default(0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0))
        scalar_tensor_default_1: "f32[]" = torch.ops.aten.scalar_tensor.default(-1.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0))
        where_self: "f32[2048, 32768]" = torch.ops.aten.where.self(eq_tensor, scalar_tensor_default_1, scalar_tensor_default);  eq_tensor = scalar_tensor_default_1 = scalar_tensor_default = None

        # File: /work/main/experiments/cross_entropy.py:38 in eager, code: return F.cross_entropy(logits, labels, ignore_index=IGNORE_INDEX)
        full_default_1: "bf16[]" = torch.ops.aten.full.default([], 0.0, dtype = torch.bfloat16, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_3: "bf16[2048, 1]" = torch.ops.aten.where.self(ne_3, div_1, full_default_1);  ne_3 = div_1 = full_default_1 = None
        mul: "f32[2048, 32768]" = torch.ops.aten.mul.Tensor(where_self, where_3);  where_self = where_3 = None
        convert_element_type: "f32[2048, 32768]" = torch.ops.prims.convert_element_type.default(primals_1, torch.float32);  primals_1 = None
        sub: "f32[2048, 32768]" = torch.ops.aten.sub.Tensor(convert_element_type, amax);  convert_element_type = amax = None
        sub_1: "f32[2048, 32768]" = torch.ops.aten.sub.Tensor(sub, log);  sub = log = None
        convert_element_type_1: "bf16[2048, 32768]" = torch.ops.prims.convert_element_type.default(sub_1, torch.bfloat16);  sub_1 = None
        convert_element_type_4: "f32[2048, 32768]" = torch.ops.prims.convert_element_type.default(convert_element_type_1, torch.float32);  convert_element_type_1 = None
        exp_1: "f32[2048, 32768]" = torch.ops.aten.exp.default(convert_element_type_4);  convert_element_type_4 = None
        sum_4: "f32[2048, 1]" = torch.ops.aten.sum.dim_IntList(mul, [1], True)
        mul_1: "f32[2048, 32768]" = torch.ops.aten.mul.Tensor(exp_1, sum_4);  exp_1 = sum_4 = None
        sub_2: "f32[2048, 32768]" = torch.ops.aten.sub.Tensor(mul, mul_1);  mul = mul_1 = None
        convert_element_type_5: "bf16[2048, 32768]" = torch.ops.prims.convert_element_type.default(sub_2, torch.bfloat16);  sub_2 = None
        return (convert_element_type_5, None)
