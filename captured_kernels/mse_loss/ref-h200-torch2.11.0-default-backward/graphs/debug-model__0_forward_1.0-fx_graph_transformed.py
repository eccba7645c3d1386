class GraphModule(torch.nn.Module):
    def forward(self, primals_1: "bf16[8192, 4096]", primals_2: "bf16[8192, 4096]"):
        # File: /work/main/experiments/mse_loss.py:28 in eager, code: return F.mse_loss(pred, target)
        convert_element_type: "f32[8192, 4096]" = torch.ops.prims.convert_element_type.default(primals_1, torch.float32)
        convert_element_type_1: "f32[8192, 4096]" = torch.ops.prims.convert_element_type.default(primals_2, torch.float32)
        sub: "f32[8192, 4096]" = torch.ops.aten.sub.Tensor(convert_element_type, convert_element_type_1);  convert_element_type = convert_element_type_1 = None
        pow_1: "f32[8192, 4096]" = torch.ops.aten.pow.Tensor_Scalar(sub, 2);  sub = None
        mean: "f32[]" = torch.ops.aten.mean.default(pow_1);  pow_1 = None
        convert_element_type_2: "bf16[]" = torch.ops.prims.convert_element_type.default(mean, torch.bfloat16);  mean = None
        return (convert_element_type_2, primals_1, primals_2)
