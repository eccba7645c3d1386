"""An MLP block in DistributedDataParallel, compiled, forward + backward on every rank.

What to look for: DDP all-reduces gradients bucket by bucket while the backward still runs, so
Dynamo's DDPOptimizer splits the compiled forward at the same bucket boundaries (one subgraph per
bucket, each compiled forward and backward) to let the all-reduce of one bucket start while the
backward of the next runs. Buckets fill in reverse parameter order up to `bucket_cap_mb`; the
first bucket (the last layer) is capped at 1 MiB (DDP's first-bucket size, which DDPOptimizer
requires to be the smallest). Here 64 -> 512 -> 512 -> 64 holds 0.13 + 1.03 + 0.13 MiB of fp32
parameters, so with a 1 MiB cap the layers split into 2 buckets: 2 subgraphs, 4 compiled graphs
(a 64-wide hidden layer would fit one bucket, one graph and nothing to see).
The all-reduces themselves run in DDP's reducer hooks outside the graph: the generated code holds
no collective. The compiled step is checked against eager DDP on the same inputs.
"""

import torch
import torch.nn.functional as F

from experiments._distributed import DistributedExperiment

BATCH, WIDTH, HIDDEN = 32, 64, 512
BUCKET_CAP_MB = 1  # the smallest cap DDPOptimizer accepts (its first bucket is 1 MiB)


class MLP(torch.nn.Module):
    """Defined here, not as nn.Sequential: Dynamo compiles a module's forward as a frame of its
    own inside DDP's forward, and skips frames whose code lives in torch itself."""

    def __init__(self, width: int = WIDTH, hidden: int = HIDDEN):
        super().__init__()
        self.up = torch.nn.Linear(width, hidden)
        self.mid = torch.nn.Linear(hidden, hidden)
        self.down = torch.nn.Linear(hidden, width)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = F.gelu(self.up(x))
        h = F.gelu(self.mid(h))
        return self.down(h)


def build(device: str = "cpu"):
    from torch.nn.parallel import DistributedDataParallel

    torch.manual_seed(0)  # the same initial weights on every rank, as DDP expects
    model = MLP().to(device)
    ddp = DistributedDataParallel(model, bucket_cap_mb=BUCKET_CAP_MB)
    x = torch.randn(BATCH, WIDTH, device=device)  # each rank its own batch (its seed differs)
    return ddp, (x,)


SPEC = DistributedExperiment(
    name="ddp_mlp",
    summary="MLP block in DDP, compiled forward+backward (graph split at gradient buckets)",
    build="experiments.ddp_mlp:build",
    expected="DDPOptimizer splits the forward into 2 subgraphs at the 1 MiB bucket boundary: 2 forward + 2 backward "
             "graphs per rank, identical on every rank; no collective in the generated code (DDP all-reduces in hooks)",
)
