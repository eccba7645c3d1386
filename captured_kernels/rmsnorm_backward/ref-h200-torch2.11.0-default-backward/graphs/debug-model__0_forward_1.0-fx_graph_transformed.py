class GraphModule(torch.nn.Module):
    def forward(self, primals_1: "bf16[8192, 4096]", primals_2: "bf16[4096]", primals_3: "bf16[8192, 4096]"):
        # File: /work/main/experiments/rmsnorm.py:18 in eager, code: xf = x.to(math)  # read MN, write MN (fp32)
        convert_element_type: "f32[8192, 4096]" = torch.ops.prims.convert_element_type.default(primals_1, torch.float32)

        # File: /work/main/experiments/rmsnorm.py:19 in eager, code: rms = torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)  # read MN (twice: pow, mean), write M
        pow_1: "f32[8192, 4096]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type, 2)
        mean: "f32[8192, 1]" = torch.ops.aten.mean.dim(pow_1, [-1], True);  pow_1 = None
        add: "f32[8192, 1]" = torch.ops.aten.add.Tensor(mean, 1e-06);  mean = None
        rsqrt: "f32[8192, 1]" = torch.ops.aten.rsqrt.default(add);  add = None

        # File: /work/main/experiments/rmsnorm.py:20 in eager, code: return (xf * rms * weight.to(math)).to(x.dtype)  # read MN + N, write MN
        mul: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(convert_element_type, rsqrt);  convert_element_type = None
        convert_element_type_1: "f32[4096]" = torch.ops.prims.convert_element_type.default(primals_2, torch.float32)
        mul_1: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul, convert_element_type_1);  mul = convert_element_type_1 = None
        convert_element_type_2: "bf16[8192, 4096]" = torch.ops.prims.convert_element_type.default(mul_1, torch.bfloat16);  mul_1 = None

        # File: /work/main/experiments/rmsnorm_backward.py:22 in eager, code: return (rmsnorm(x, weight) * dy).sum()  # the forward's traffic, then read 2 MN, write MN, read MN
        mul_2: "bf16[8192, 4096]" = torch.ops.aten.mul.Tensor(convert_element_type_2, primals_3);  convert_element_type_2 = None
        sum_1: "bf16[]" = torch.ops.aten.sum.default(mul_2);  mul_2 = None
        return (sum_1, primals_1, primals_2, primals_3, rsqrt)
