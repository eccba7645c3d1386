class GraphModule(torch.nn.Module):
    def forward(self, primals_1: "bf16[8192, 4096]", primals_2: "bf16[4096]", primals_3: "bf16[4096]", primals_4: "bf16[8192, 4096]", getitem_1: "f32[8192, 1]", rsqrt: "f32[8192, 1]", tangents_1: "bf16[]"):
        # File: /work/main/experiments/layernorm_backward.py:30 in eager, code: return (y * dy).sum()  # read 2 MN, write MN, then read MN, write 1
        expand: "bf16[8192, 4096]" = torch.ops.aten.expand.default(tangents_1, [8192, 4096]);  tangents_1 = None

        # File: /work/main/experiments/layernorm_backward.py:29 in eager, code: y = F.layer_norm(x, (x.shape[-1],), weight, bias, EPS)  # read MN + 2N, write MN (and M mean, M rstd)
        convert_element_type: "f32[8192, 4096]" = torch.ops.prims.convert_element_type.default(primals_1, torch.float32);  primals_1 = None
        sub: "f32[8192, 4096]" = torch.ops.aten.sub.Tensor(convert_element_type, getitem_1);  convert_element_type = getitem_1 = None
        mul: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(sub, rsqrt);  sub = None
        mul_1: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul, primals_2)
        add_1: "f32[8192, 4096]" = torch.ops.aten.add.Tensor(mul_1, primals_3);  mul_1 = primals_3 = None
        convert_element_type_1: "bf16[8192, 4096]" = torch.ops.prims.convert_element_type.default(add_1, torch.bfloat16);  add_1 = None

        # File: /work/main/experiments/layernorm_backward.py:30 in eager, code: return (y * dy).sum()  # read 2 MN, write MN, then read MN, write 1
        mul_3: "bf16[8192, 4096]" = torch.ops.aten.mul.Tensor(expand, convert_element_type_1);  convert_element_type_1 = None
        mul_4: "bf16[8192, 4096]" = torch.ops.aten.mul.Tensor(expand, primals_4);  expand = primals_4 = None

        # File: /work/main/experiments/layernorm_backward.py:29 in eager, code: y = F.layer_norm(x, (x.shape[-1],), weight, bias, EPS)  # read MN + 2N, write MN (and M mean, M rstd)
        convert_element_type_2: "f32[8192, 4096]" = torch.ops.prims.convert_element_type.default(mul_4, torch.float32);  mul_4 = None
        convert_element_type_4: "f32[4096]" = torch.ops.prims.convert_element_type.default(primals_2, torch.float32);  primals_2 = None
        mul_6: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(convert_element_type_2, convert_element_type_4);  convert_element_type_4 = None
        mul_7: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul_6, 4096)
        sum_2: "f32[8192, 1]" = torch.ops.aten.sum.dim_IntList(mul_6, [1], True)
        mul_8: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul_6, mul);  mul_6 = None
        sum_3: "f32[8192, 1]" = torch.ops.aten.sum.dim_IntList(mul_8, [1], True);  mul_8 = None
        mul_9: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul, sum_3);  sum_3 = None
        sub_2: "f32[8192, 4096]" = torch.ops.aten.sub.Tensor(mul_7, sum_2);  mul_7 = sum_2 = None
        sub_3: "f32[8192, 4096]" = torch.ops.aten.sub.Tensor(sub_2, mul_9);  sub_2 = mul_9 = None
        div: "f32[8192, 1]" = torch.ops.aten.div.Tensor(rsqrt, 4096);  rsqrt = None
        mul_10: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(div, sub_3);  div = sub_3 = None
        mul_11: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(convert_element_type_2, mul);  mul = None
        sum_4: "f32[4096]" = torch.ops.aten.sum.dim_IntList(mul_11, [0]);  mul_11 = None
        sum_5: "f32[4096]" = torch.ops.aten.sum.dim_IntList(convert_element_type_2, [0]);  convert_element_type_2 = None
        convert_element_type_6: "bf16[8192, 4096]" = torch.ops.prims.convert_element_type.default(mul_10, torch.bfloat16);  mul_10 = None
        convert_element_type_7: "bf16[4096]" = torch.ops.prims.convert_element_type.default(sum_4, torch.bfloat16);  sum_4 = None
        convert_element_type_8: "bf16[4096]" = torch.ops.prims.convert_element_type.default(sum_5, torch.bfloat16);  sum_5 = None
        return (convert_element_type_6, convert_element_type_7, convert_element_type_8, mul_3)
