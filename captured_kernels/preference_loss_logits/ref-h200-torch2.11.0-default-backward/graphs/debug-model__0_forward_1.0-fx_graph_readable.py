class GraphModule(torch.nn.Module):
    def forward(self, primals_1: "bf16[8, 1024, 32000]", primals_2: "i64[8, 1024]", primals_3: "f32[8]"):
        # File: /work/main/experiments/preference_loss_logits.py:35 in sequence_logps, code: logp = torch.log_softmax(logits.float(), dim=-1)  # read 2BTV, write 2BTV fp32 (x2 for the cast)
        convert_element_type: "f32[8, 1024, 32000]" = torch.ops.prims.convert_element_type.default(primals_1, torch.float32)
        amax: "f32[8, 1024, 1]" = torch.ops.aten.amax.default(convert_element_type, [-1], True)
        sub: "f32[8, 1024, 32000]" = torch.ops.aten.sub.Tensor(convert_element_type, amax);  convert_element_type = None
        exp: "f32[8, 1024, 32000]" = torch.ops.aten.exp.default(sub)
        sum_1: "f32[8, 1024, 1]" = torch.ops.aten.sum.dim_IntList(exp, [-1], True);  exp = None
        log: "f32[8, 1024, 1]" = torch.ops.aten.log.default(sum_1);  sum_1 = None
        sub_1: "f32[8, 1024, 32000]" = torch.ops.aten.sub.Tensor(sub, log);  sub = None

        # File: /work/main/experiments/preference_loss_logits.py:36 in sequence_logps, code: answer = labels != IGNORE_INDEX
        ne: "b8[8, 1024]" = torch.ops.aten.ne.Scalar(primals_2, -100)

        # File: /work/main/experiments/preference_loss_logits.py:37 in sequence_logps, code: tok = logp.gather(-1, labels.clamp_min(0).unsqueeze(-1)).squeeze(-1)
        clamp_min: "i64[8, 1024]" = torch.ops.aten.clamp_min.default(primals_2, 0);  primals_2 = None
        unsqueeze: "i64[8, 1024, 1]" = torch.ops.aten.unsqueeze.default(clamp_min, -1);  clamp_min = None
        gather: "f32[8, 1024, 1]" = torch.ops.aten.gather.default(sub_1, -1, unsqueeze);  sub_1 = None
        squeeze: "f32[8, 1024]" = torch.ops.aten.squeeze.dim(gather, -1);  gather = None

        # File: /work/main/experiments/preference_loss_logits.py:38 in sequence_logps, code: return torch.where(answer, tok, 0.0).sum(-1)  # (2B,)
        full_default: "f32[]" = torch.ops.aten.full.default([], 0.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where: "f32[8, 1024]" = torch.ops.aten.where.self(ne, squeeze, full_default);  squeeze = full_default = None
        sum_2: "f32[8]" = torch.ops.aten.sum.dim_IntList(where, [-1]);  where = None

        # File: /work/main/experiments/preference_loss_logits.py:44 in eager, code: z = BETA * ((seq[:b] - ref_logps[:b]) - (seq[b:] - ref_logps[b:]))
        slice_1: "f32[4]" = torch.ops.aten.slice.Tensor(sum_2, 0, 0, 4)
        slice_2: "f32[4]" = torch.ops.aten.slice.Tensor(primals_3, 0, 0, 4)
        sub_2: "f32[4]" = torch.ops.aten.sub.Tensor(slice_1, slice_2);  slice_1 = slice_2 = None
        slice_3: "f32[4]" = torch.ops.aten.slice.Tensor(sum_2, 0, 4, 9223372036854775807);  sum_2 = None
        slice_4: "f32[4]" = torch.ops.aten.slice.Tensor(primals_3, 0, 4, 9223372036854775807);  primals_3 = None
        sub_3: "f32[4]" = torch.ops.aten.sub.Tensor(slice_3, slice_4);  slice_3 = slice_4 = None
        sub_4: "f32[4]" = torch.ops.aten.sub.Tensor(sub_2, sub_3);  sub_2 = sub_3 = None
        mul: "f32[4]" = torch.ops.aten.mul.Tensor(sub_4, 0.1);  sub_4 = None

        # File: /work/main/experiments/preference_loss_logits.py:45 in eager, code: return -F.logsigmoid(z).mean()
        full_default_1: "f32[]" = torch.ops.aten.full.default([], 0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        minimum: "f32[4]" = torch.ops.aten.minimum.default(full_default_1, mul);  full_default_1 = None
        abs_1: "f32[4]" = torch.ops.aten.abs.default(mul)
        neg: "f32[4]" = torch.ops.aten.neg.default(abs_1);  abs_1 = None
        exp_1: "f32[4]" = torch.ops.aten.exp.default(neg);  neg = None
        log1p: "f32[4]" = torch.ops.aten.log1p.default(exp_1)
        sub_5: "f32[4]" = torch.ops.aten.sub.Tensor(minimum, log1p);  minimum = log1p = None
        mean: "f32[]" = torch.ops.aten.mean.default(sub_5);  sub_5 = None
        neg_1: "f32[]" = torch.ops.aten.neg.default(mean);  mean = None
        lt: "b8[4]" = torch.ops.aten.lt.Scalar(mul, 0);  mul = None
        full_default_2: "i64[]" = torch.ops.aten.full.default([], 0, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        full_default_3: "i64[]" = torch.ops.aten.full.default([], 1, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_1: "i64[4]" = torch.ops.aten.where.self(lt, full_default_3, full_default_2);  full_default_2 = None
        full_default_4: "i64[]" = torch.ops.aten.full.default([], -1, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_2: "i64[4]" = torch.ops.aten.where.self(lt, full_default_3, full_default_4);  lt = full_default_3 = full_default_4 = None
        add: "f32[4]" = torch.ops.aten.add.Tensor(exp_1, 1)
        div_1: "f32[4]" = torch.ops.aten.div.Tensor(exp_1, add);  exp_1 = add = None
        mul_1: "f32[4]" = torch.ops.aten.mul.Tensor(where_2, div_1);  where_2 = div_1 = None
        sub_6: "f32[4]" = torch.ops.aten.sub.Tensor(where_1, mul_1);  where_1 = mul_1 = None
        return (neg_1, primals_1, amax, log, ne, unsqueeze, sub_6)
