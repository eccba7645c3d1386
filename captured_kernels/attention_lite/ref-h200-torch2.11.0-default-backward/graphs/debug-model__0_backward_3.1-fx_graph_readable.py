class GraphModule(torch.nn.Module):
    def forward(self, logical_and: "b8[4096, 4096]", convert_element_type_3: "bf16[4, 16, 4096, 4096]", permute_2: "bf16[64, 64, 4096]", permute_3: "bf16[64, 64, 4096]", permute_4: "bf16[64, 4096, 64]", tangents_1: "bf16[4, 16, 4096, 64]"):
        # File: /work/main/experiments/attention_lite.py:30 in eager, code: return probs @ v  # read BHNN + BHND, write BHND
        view_6: "bf16[64, 4096, 64]" = torch.ops.aten.view.default(tangents_1, [64, 4096, 64]);  tangents_1 = None
        expand_2: "bf16[4, 16, 4096, 4096]" = torch.ops.aten.expand.default(convert_element_type_3, [4, 16, 4096, 4096])
        view_3: "bf16[64, 4096, 4096]" = torch.ops.aten.view.default(expand_2, [64, 4096, 4096]);  expand_2 = None
        permute_1: "bf16[64, 4096, 4096]" = torch.ops.aten.permute.default(view_3, [0, 2, 1]);  view_3 = None
        bmm_2: "bf16[64, 4096, 64]" = torch.ops.aten.bmm.default(permute_1, view_6);  permute_1 = None
        bmm_3: "bf16[64, 4096, 4096]" = torch.ops.aten.bmm.default(view_6, permute_2);  view_6 = permute_2 = None
        view_7: "bf16[4, 16, 4096, 64]" = torch.ops.aten.view.default(bmm_2, [4, 16, 4096, 64]);  bmm_2 = None
        view_8: "bf16[4, 16, 4096, 4096]" = torch.ops.aten.view.default(bmm_3, [4, 16, 4096, 4096]);  bmm_3 = None

        # File: /work/main/experiments/attention_lite.py:29 in eager, code: probs = torch.softmax(scores, dim=-1)  # read BHNN, write BHNN
        convert_element_type_10: "f32[4, 16, 4096, 4096]" = torch.ops.prims.convert_element_type.default(view_8, torch.float32);  view_8 = None
        convert_element_type_11: "f32[4, 16, 4096, 4096]" = torch.ops.prims.convert_element_type.default(convert_element_type_3, torch.float32);  convert_element_type_3 = None
        mul_1: "f32[4, 16, 4096, 4096]" = torch.ops.aten.mul.Tensor(convert_element_type_10, convert_element_type_11);  convert_element_type_10 = None
        sum_2: "f32[4, 16, 4096, 1]" = torch.ops.aten.sum.dim_IntList(mul_1, [-1], True)
        neg: "f32[4, 16, 4096, 4096]" = torch.ops.aten.neg.default(convert_element_type_11);  convert_element_type_11 = None
        fma: "f32[4, 16, 4096, 4096]" = torch.ops.prims.fma.default(neg, sum_2, mul_1);  neg = sum_2 = mul_1 = None
        convert_element_type_12: "bf16[4, 16, 4096, 4096]" = torch.ops.prims.convert_element_type.default(fma, torch.bfloat16);  fma = None

        # File: /work/main/experiments/attention_lite.py:28 in eager, code: scores = scores.masked_fill(future, float("-inf"))  # read BHNN, write BHNN
        full_default_2: "bf16[]" = torch.ops.aten.full.default([], 0.0, dtype = torch.bfloat16, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_1: "bf16[4, 16, 4096, 4096]" = torch.ops.aten.where.self(logical_and, full_default_2, convert_element_type_12);  logical_and = full_default_2 = convert_element_type_12 = None

        # File: /work/main/experiments/attention_lite.py:24 in eager, code: scores = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(q.shape[-1]))  # read 2 BHND, write BHNN
        mul_2: "bf16[4, 16, 4096, 4096]" = torch.ops.aten.mul.Tensor(where_1, 0.125);  where_1 = None
        view_9: "bf16[64, 4096, 4096]" = torch.ops.aten.view.default(mul_2, [64, 4096, 4096]);  mul_2 = None
        bmm_4: "bf16[64, 64, 4096]" = torch.ops.aten.bmm.default(permute_3, view_9);  permute_3 = None
        bmm_5: "bf16[64, 4096, 64]" = torch.ops.aten.bmm.default(view_9, permute_4);  view_9 = permute_4 = None
        view_10: "bf16[4, 16, 64, 4096]" = torch.ops.aten.view.default(bmm_4, [4, 16, 64, 4096]);  bmm_4 = None
        view_11: "bf16[4, 16, 4096, 64]" = torch.ops.aten.view.default(bmm_5, [4, 16, 4096, 64]);  bmm_5 = None
        permute_5: "bf16[4, 16, 4096, 64]" = torch.ops.aten.permute.default(view_10, [0, 1, 3, 2]);  view_10 = None
        return (permute_5, view_11, view_7)
