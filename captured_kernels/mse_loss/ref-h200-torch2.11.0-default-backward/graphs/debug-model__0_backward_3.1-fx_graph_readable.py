class GraphModule(torch.nn.Module):
    def forward(self, primals_1: "bf16[8192, 4096]", primals_2: "bf16[8192, 4096]", tangents_1: "bf16[]"):
        # File: /work/main/experiments/mse_loss.py:28 in eager, code: return F.mse_loss(pred, target)
        convert_element_type_3: "f32[]" = torch.ops.prims.convert_element_type.default(tangents_1, torch.float32);  tangents_1 = None
        convert_element_type: "f32[8192, 4096]" = torch.ops.prims.convert_element_type.default(primals_1, torch.float32);  primals_1 = None
        convert_element_type_1: "f32[8192, 4096]" = torch.ops.prims.convert_element_type.default(primals_2, torch.float32);  primals_2 = None
        sub: "f32[8192, 4096]" = torch.ops.aten.sub.Tensor(convert_element_type, convert_element_type_1)
        mul: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(sub, 5.960464477539063e-08);  sub = None
        mul_1: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul, convert_element_type_3);  mul = None
        convert_element_type_6: "bf16[8192, 4096]" = torch.ops.prims.convert_element_type.default(mul_1, torch.bfloat16);  mul_1 = None
        sub_2: "f32[8192, 4096]" = torch.ops.aten.sub.Tensor(convert_element_type_1, convert_element_type);  convert_element_type_1 = convert_element_type = None
        mul_2: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(sub_2, 5.960464477539063e-08);  sub_2 = None
        mul_3: "f32[8192, 4096]" = torch.ops.aten.mul.Tensor(mul_2, convert_element_type_3);  mul_2 = convert_element_type_3 = None
        convert_element_type_10: "bf16[8192, 4096]" = torch.ops.prims.convert_element_type.default(mul_3, torch.bfloat16);  mul_3 = None
        return (convert_element_type_6, convert_element_type_10)
