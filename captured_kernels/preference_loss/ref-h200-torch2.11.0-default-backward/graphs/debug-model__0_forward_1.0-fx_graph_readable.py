class GraphModule(torch.nn.Module):
    def forward(self, primals_1: "bf16[8388608]", primals_2: "bf16[8388608]", primals_3: "bf16[8388608]", primals_4: "bf16[8388608]"):
        # File: /work/main/experiments/preference_loss.py:36 in eager, code: z = BETA * ((policy_chosen - ref_chosen) - (policy_rejected - ref_rejected))
        sub: "bf16[8388608]" = torch.ops.aten.sub.Tensor(primals_1, primals_2);  primals_1 = primals_2 = None
        sub_1: "bf16[8388608]" = torch.ops.aten.sub.Tensor(primals_3, primals_4);  primals_3 = primals_4 = None
        sub_2: "bf16[8388608]" = torch.ops.aten.sub.Tensor(sub, sub_1);  sub = sub_1 = None
        mul: "bf16[8388608]" = torch.ops.aten.mul.Tensor(sub_2, 0.1);  sub_2 = None

        # File: /work/main/experiments/preference_loss.py:37 in eager, code: return -F.logsigmoid(z).mean()
        convert_element_type: "f32[8388608]" = torch.ops.prims.convert_element_type.default(mul, torch.float32)
        full_default: "f32[]" = torch.ops.aten.full.default([], 0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        minimum: "f32[8388608]" = torch.ops.aten.minimum.default(full_default, convert_element_type);  full_default = None
        abs_1: "f32[8388608]" = torch.ops.aten.abs.default(convert_element_type);  convert_element_type = None
        neg: "f32[8388608]" = torch.ops.aten.neg.default(abs_1);  abs_1 = None
        exp: "f32[8388608]" = torch.ops.aten.exp.default(neg);  neg = None
        log1p: "f32[8388608]" = torch.ops.aten.log1p.default(exp);  exp = None
        sub_3: "f32[8388608]" = torch.ops.aten.sub.Tensor(minimum, log1p);  minimum = log1p = None
        convert_element_type_1: "bf16[8388608]" = torch.ops.prims.convert_element_type.default(sub_3, torch.bfloat16);  sub_3 = None
        mean: "bf16[]" = torch.ops.aten.mean.default(convert_element_type_1);  convert_element_type_1 = None
        neg_1: "bf16[]" = torch.ops.aten.neg.default(mean);  mean = None
        return (neg_1, mul)
