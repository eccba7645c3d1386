class <lambda>(torch.nn.Module):
    def forward(self, arg0_1: "bf16[67108864]", arg1_1: "bf16[67108864]"):
        # File: /work/main/experiments/vector_add.py:16 in eager, code: return x + y  # read N + N, write N
        add: "bf16[67108864]" = torch.ops.aten.add.Tensor(arg0_1, arg1_1);  arg0_1 = arg1_1 = None
        return (add,)
