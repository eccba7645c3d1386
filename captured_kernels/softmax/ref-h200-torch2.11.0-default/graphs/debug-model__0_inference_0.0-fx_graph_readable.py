class <lambda>(torch.nn.Module):
    def forward(self, arg0_1: "bf16[8192, 4096]"):
        # File: /work/main/experiments/softmax.py:19 in eager, code: row_max = x.amax(dim=-1, keepdim=True)  # read MN, write M
        amax: "bf16[8192, 1]" = torch.ops.aten.amax.default(arg0_1, [-1], True)

        # File: /work/main/experiments/softmax.py:20 in eager, code: z = x - row_max  # read MN + M, write MN
        sub: "bf16[8192, 4096]" = torch.ops.aten.sub.Tensor(arg0_1, amax);  arg0_1 = amax = None

        # File: /work/main/experiments/softmax.py:21 in eager, code: num = torch.exp(z)  # read MN, write MN
        exp: "bf16[8192, 4096]" = torch.ops.aten.exp.default(sub);  sub = None

        # File: /work/main/experiments/softmax.py:22 in eager, code: den = num.sum(dim=-1, keepdim=True)  # read MN, write M
        sum_1: "bf16[8192, 1]" = torch.ops.aten.sum.dim_IntList(exp, [-1], True)

        # File: /work/main/experiments/softmax.py:23 in eager, code: return num / den  # read MN + M, write MN
        div: "bf16[8192, 4096]" = torch.ops.aten.div.Tensor(exp, sum_1);  exp = sum_1 = None
        return (div,)
