class <lambda>(torch.nn.Module):
    def forward(self, arg0_1: "bf16[8192, 4096]", arg1_1: "bf16[4096]"):
        # File: /work/main/experiments/rmsnorm.py:18 in eager, code: xf = x.to(math)  # read MN, write MN (fp32)
        convert_element_type: "f32[8192, 4096]" = torch.ops.prims.convert_element_type.default(arg0_1, torch.float32);  arg0_1 = None

        # File: /work/main/experiments/rmsnorm.py:19 in eager, code: rms = torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)  # read MN (twice: pow, mean), write M
        pow_1: "f32[8192, 4096]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type, 2)
        mean: "f32[8192, 1]" = torch.ops.aten.mean.dim(pow_1, [-1], True);  pow_1 = None
        add: "f32[8192, 1]" = torch.ops.aten.add.Tensor(mean, 1e-06);  mean = None
        rsqrt: "f32[8192, 1]" = torch.ops.aten.rsqrt.default(add);  add = None

        # File: /work/main/experiments/rmsnorm.py:20 in eager, code: return (xf * rms * weight.to(math)).to(x.dtype)  # read MN + N, write MN
        mul: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(convert_element_type, rsqrt);  convert_element_type = rsqrt = None
        convert_element_type_1: "f32[4096]" = torch.ops.prims.convert_element_type.default(arg1_1, torch.float32);  arg1_1 = None
        mul_1: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul, convert_element_type_1);  mul = convert_element_type_1 = None
        convert_element_type_2: "bf16[8192, 4096]" = torch.ops.prims.convert_element_type.default(mul_1, torch.bfloat16);  mul_1 = None
        return (convert_element_type_2,)
