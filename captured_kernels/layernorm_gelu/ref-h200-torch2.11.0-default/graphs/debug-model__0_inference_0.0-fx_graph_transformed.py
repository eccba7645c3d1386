class <lambda>(torch.nn.Module):
    def forward(self, arg0_1: "bf16[8192, 4096]", arg1_1: "bf16[4096]", arg2_1: "bf16[4096]"):
        # File: /work/main/experiments/layernorm_gelu.py:19 in eager, code: h = F.layer_norm(x, (x.shape[-1],), weight, bias, EPS)  # read MN + 2N, write MN
        convert_element_type: "f32[8192, 4096]" = torch.ops.prims.convert_element_type.default(arg0_1, torch.float32);  arg0_1 = None
        var_mean = torch.ops.aten.var_mean.correction(convert_element_type, [1], correction = 0, keepdim = True)
        getitem: "f32[8192, 1]" = var_mean[0]
        getitem_1: "f32[8192, 1]" = var_mean[1];  var_mean = None
        sub: "f32[8192, 4096]" = torch.ops.aten.sub.Tensor(convert_element_type, getitem_1);  convert_element_type = getitem_1 = None
        add: "f32[8192, 1]" = torch.ops.aten.add.Tensor(getitem, 1e-05);  getitem = None
        rsqrt: "f32[8192, 1]" = torch.ops.aten.rsqrt.default(add);  add = None
        mul: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(sub, rsqrt);  sub = rsqrt = None
        mul_1: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul, arg1_1);  mul = arg1_1 = None
        add_1: "f32[8192, 4096]" = torch.ops.aten.add.Tensor(mul_1, arg2_1);  mul_1 = arg2_1 = None

        # File: /work/main/experiments/layernorm_gelu.py:20 in eager, code: return F.gelu(h)  # read MN, write MN (approximate="none": exact erf)
        mul_2: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(add_1, 0.5)
        mul_3: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(add_1, 0.7071067811865476);  add_1 = None
        erf: "f32[8192, 4096]" = torch.ops.aten.erf.default(mul_3);  mul_3 = None
        add_2: "f32[8192, 4096]" = torch.ops.aten.add.Tensor(erf, 1);  erf = None
        mul_4: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul_2, add_2);  mul_2 = add_2 = None
        convert_element_type_3: "bf16[8192, 4096]" = torch.ops.prims.convert_element_type.default(mul_4, torch.bfloat16);  mul_4 = None
        return (convert_element_type_3,)
