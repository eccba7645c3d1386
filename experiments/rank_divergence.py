"""A model whose input shape depends on the rank: rank 0 gets 32 rows, every other rank 48, and
the forward takes another branch when it has more than 32 rows.

What to look for: Dynamo specializes on the input shape, so each rank traces its own graph. On
rank 0 the `if` is false; on the others it adds `h * sigmoid(h)`, which Inductor fuses into the
first kernel: the kernel is named and generated differently (another source hash), the graphs
differ by two ops at one source line, the guards differ (the batch size), and compile time
differs. The per-row mean is all-reduced inside the compiled region (`dist.all_reduce`, traced as
`_c10d_functional.all_reduce_`), so the collective appears in every rank's generated code; its
tensor is 128 floats on every rank, so the job runs (a collective of another size would hang or
fail). `inspect run rank_divergence --nproc 2` must report the kernel and the line.
"""

import torch
import torch.distributed as dist
import torch.nn.functional as F

from experiments._distributed import DistributedExperiment

WIDTH, HIDDEN = 64, 128


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.up = torch.nn.Linear(WIDTH, HIDDEN)
        self.down = torch.nn.Linear(HIDDEN, WIDTH)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = F.gelu(self.up(x))
        if x.shape[0] > 32:  # rank-dependent: decided at trace time from the static shape
            h = h * torch.sigmoid(h)
        s = h.mean(dim=0)
        dist.all_reduce(s)  # the same 128 floats on every rank
        return self.down(h - s / dist.get_world_size())


def rows(rank: int) -> int:
    return 32 if rank == 0 else 48


def build(device: str = "cpu"):
    torch.manual_seed(0)
    model = Net().to(device)
    x = torch.randn(rows(dist.get_rank()), WIDTH, device=device)
    return model, (x,)


SPEC = DistributedExperiment(
    name="rank_divergence",
    summary="input rows depend on the rank: another branch, graph and kernel on rank 1",
    build="experiments.rank_divergence:build",
    expected="rank 0 and rank 1 compile different kernels (cpp_fused_..._mul_sigmoid on rank 1) from graphs that differ "
             "at the `h = h * torch.sigmoid(h)` line; the all_reduce is in both output codes, in the same order",
    backward=False,
)
