class GraphModule(torch.nn.Module):
    def forward(self, primals_1: "bf16[8, 1024, 32000]", amax: "f32[8, 1024, 1]", log: "f32[8, 1024, 1]", ne: "b8[8, 1024]", unsqueeze: "i64[8, 1024, 1]", sub_6: "f32[4]", tangents_1: "f32[]"):
        # File: /work/main/experiments/preference_loss_logits.py:45 in eager, code: return -F.logsigmoid(z).mean()
        neg_2: "f32[]" = torch.ops.aten.neg.default(tangents_1);  tangents_1 = None
        expand: "f32[4]" = torch.ops.aten.expand.default(neg_2, [4]);  neg_2 = None
        div: "f32[4]" = torch.ops.aten.div.Scalar(expand, 4);  expand = None
        mul_2: "f32[4]" = torch.ops.aten.mul.Tensor(div, sub_6);  div = sub_6 = None

        # File: /work/main/experiments/preference_loss_logits.py:44 in eager, code: z = BETA * ((seq[:b] - ref_logps[:b]) - (seq[b:] - ref_logps[b:]))
        mul_3: "f32[4]" = torch.ops.aten.mul.Tensor(mul_2, 0.1);  mul_2 = None
        neg_4: "f32[4]" = torch.ops.aten.neg.default(mul_3)
        neg_5: "f32[4]" = torch.ops.aten.neg.default(neg_4)
        full_default_6: "f32[8]" = torch.ops.aten.full.default([8], 0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)

        # No stacktrace found for following nodes
        slice_scatter_default: "f32[8]" = torch.ops.aten.slice_scatter.default(full_default_6, neg_5, 0, 4, 9223372036854775807);  neg_5 = None
        slice_scatter_default_1: "f32[8]" = torch.ops.aten.slice_scatter.default(full_default_6, neg_4, 0, 4, 9223372036854775807)
        slice_scatter_default_2: "f32[8]" = torch.ops.aten.slice_scatter.default(full_default_6, neg_4, 0, 0, 4);  neg_4 = None

        # File: /work/main/experiments/preference_loss_logits.py:44 in eager, code: z = BETA * ((seq[:b] - ref_logps[:b]) - (seq[b:] - ref_logps[b:]))
        add_1: "f32[8]" = torch.ops.aten.add.Tensor(slice_scatter_default, slice_scatter_default_2);  slice_scatter_default = slice_scatter_default_2 = None

        # No stacktrace found for following nodes
        slice_scatter_default_3: "f32[8]" = torch.ops.aten.slice_scatter.default(full_default_6, mul_3, 0, 0, 4);  full_default_6 = mul_3 = None

        # File: /work/main/experiments/preference_loss_logits.py:44 in eager, code: z = BETA * ((seq[:b] - ref_logps[:b]) - (seq[b:] - ref_logps[b:]))
        add_2: "f32[8]" = torch.ops.aten.add.Tensor(slice_scatter_default_1, slice_scatter_default_3);  slice_scatter_default_1 = slice_scatter_default_3 = None

        # File: /work/main/experiments/preference_loss_logits.py:38 in sequence_logps, code: return torch.where(answer, tok, 0.0).sum(-1)  # (2B,)
        unsqueeze_1: "f32[8, 1]" = torch.ops.aten.unsqueeze.default(add_2, -1);  add_2 = None
        expand_1: "f32[8, 1024]" = torch.ops.aten.expand.default(unsqueeze_1, [8, 1024]);  unsqueeze_1 = None
        full_default: "f32[]" = torch.ops.aten.full.default([], 0.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_3: "f32[8, 1024]" = torch.ops.aten.where.self(ne, expand_1, full_default);  ne = expand_1 = full_default = None

        # File: /work/main/experiments/preference_loss_logits.py:37 in sequence_logps, code: tok = logp.gather(-1, labels.clamp_min(0).unsqueeze(-1)).squeeze(-1)
        unsqueeze_2: "f32[8, 1024, 1]" = torch.ops.aten.unsqueeze.default(where_3, 2);  where_3 = None
        full_default_11: "f32[8, 1024, 32000]" = torch.ops.aten.full.default([8, 1024, 32000], 0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        scatter_add: "f32[8, 1024, 32000]" = torch.ops.aten.scatter_add.default(full_default_11, -1, unsqueeze, unsqueeze_2);  full_default_11 = unsqueeze = unsqueeze_2 = None

        # File: /work/main/experiments/preference_loss_logits.py:35 in sequence_logps, code: logp = torch.log_softmax(logits.float(), dim=-1)  # read 2BTV, write 2BTV fp32 (x2 for the cast)
        convert_element_type: "f32[8, 1024, 32000]" = torch.ops.prims.convert_element_type.default(primals_1, torch.float32);  primals_1 = None
        sub: "f32[8, 1024, 32000]" = torch.ops.aten.sub.Tensor(convert_element_type, amax);  convert_element_type = amax = None
        sub_1: "f32[8, 1024, 32000]" = torch.ops.aten.sub.Tensor(sub, log);  sub = log = None
        exp_3: "f32[8, 1024, 32000]" = torch.ops.aten.exp.default(sub_1);  sub_1 = None
        sum_3: "f32[8, 1024, 1]" = torch.ops.aten.sum.dim_IntList(scatter_add, [-1], True)
        mul_4: "f32[8, 1024, 32000]" = torch.ops.aten.mul.Tensor(exp_3, sum_3);  exp_3 = sum_3 = None
        sub_7: "f32[8, 1024, 32000]" = torch.ops.aten.sub.Tensor(scatter_add, mul_4);  scatter_add = mul_4 = None
        convert_element_type_1: "bf16[8, 1024, 32000]" = torch.ops.prims.convert_element_type.default(sub_7, torch.bfloat16);  sub_7 = None
        return (convert_element_type_1, None, add_1)
