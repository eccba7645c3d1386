class GraphModule(torch.nn.Module):
    def forward(self, primals_1: "bf16[8192, 4096]", primals_2: "bf16[4096]", primals_3: "bf16[8192, 4096]", rsqrt: "f32[8192, 1]", tangents_1: "bf16[]"):
        # File: /work/main/experiments/rmsnorm_backward.py:22 in eager, code: return (rmsnorm(x, weight) * dy).sum()  # the forward's traffic, then read 2 MN, write MN, read MN
        expand: "bf16[8192, 4096]" = torch.ops.aten.expand.default(tangents_1, [8192, 4096]);  tangents_1 = None

        # File: /work/main/experiments/rmsnorm.py:18 in eager, code: xf = x.to(math)  # read MN, write MN (fp32)
        convert_element_type: "f32[8192, 4096]" = torch.ops.prims.convert_element_type.default(primals_1, torch.float32);  primals_1 = None

        # File: /work/main/experiments/rmsnorm.py:20 in eager, code: return (xf * rms * weight.to(math)).to(x.dtype)  # read MN + N, write MN
        mul: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(convert_element_type, rsqrt)
        convert_element_type_1: "f32[4096]" = torch.ops.prims.convert_element_type.default(primals_2, torch.float32);  primals_2 = None
        mul_1: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul, convert_element_type_1)
        convert_element_type_2: "bf16[8192, 4096]" = torch.ops.prims.convert_element_type.default(mul_1, torch.bfloat16);  mul_1 = None

        # File: /work/main/experiments/rmsnorm_backward.py:22 in eager, code: return (rmsnorm(x, weight) * dy).sum()  # the forward's traffic, then read 2 MN, write MN, read MN
        mul_3: "bf16[8192, 4096]" = torch.ops.aten.mul.Tensor(expand, convert_element_type_2);  convert_element_type_2 = None
        mul_4: "bf16[8192, 4096]" = torch.ops.aten.mul.Tensor(expand, primals_3);  expand = primals_3 = None

        # File: /work/main/experiments/rmsnorm.py:20 in eager, code: return (xf * rms * weight.to(math)).to(x.dtype)  # read MN + N, write MN
        convert_element_type_3: "f32[8192, 4096]" = torch.ops.prims.convert_element_type.default(mul_4, torch.float32);  mul_4 = None
        mul_5: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(convert_element_type_3, mul);  mul = None
        mul_6: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(convert_element_type_3, convert_element_type_1);  convert_element_type_3 = convert_element_type_1 = None
        sum_2: "f32[1, 4096]" = torch.ops.aten.sum.dim_IntList(mul_5, [0], True);  mul_5 = None
        view: "f32[4096]" = torch.ops.aten.view.default(sum_2, [4096]);  sum_2 = None
        convert_element_type_4: "bf16[4096]" = torch.ops.prims.convert_element_type.default(view, torch.bfloat16);  view = None
        mul_7: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul_6, convert_element_type)
        mul_8: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul_6, rsqrt);  mul_6 = None
        sum_3: "f32[8192, 1]" = torch.ops.aten.sum.dim_IntList(mul_7, [1], True);  mul_7 = None

        # File: /work/main/experiments/rmsnorm.py:19 in eager, code: rms = torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)  # read MN (twice: pow, mean), write M
        pow_2: "f32[8192, 1]" = torch.ops.aten.pow.Tensor_Scalar(rsqrt, 3);  rsqrt = None
        mul_9: "f32[8192, 1]" = torch.ops.aten.mul.Scalar(sum_3, -0.5);  sum_3 = None
        mul_10: "f32[8192, 1]" = torch.ops.aten.mul.Tensor(mul_9, pow_2);  mul_9 = pow_2 = None
        expand_1: "f32[8192, 4096]" = torch.ops.aten.expand.default(mul_10, [8192, 4096]);  mul_10 = None
        div: "f32[8192, 4096]" = torch.ops.aten.div.Scalar(expand_1, 4096);  expand_1 = None
        pow_3: "f32[8192, 4096]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type, 1.0);  convert_element_type = None
        mul_11: "f32[8192, 4096]" = torch.ops.aten.mul.Scalar(pow_3, 2.0);  pow_3 = None
        mul_12: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(div, mul_11);  div = mul_11 = None
        add_1: "f32[8192, 4096]" = torch.ops.aten.add.Tensor(mul_8, mul_12);  mul_8 = mul_12 = None

        # File: /work/main/experiments/rmsnorm.py:18 in eager, code: xf = x.to(math)  # read MN, write MN (fp32)
        convert_element_type_5: "bf16[8192, 4096]" = torch.ops.prims.convert_element_type.default(add_1, torch.bfloat16);  add_1 = None
        return (convert_element_type_5, convert_element_type_4, mul_3)
