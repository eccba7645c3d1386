"""The MLP block of ddp_mlp sharded with FSDP2 (`fully_shard` per layer and on the root), compiled,
forward + backward on every rank.

What to look for: each layer's parameters are sharded across the ranks; FSDP2 all-gathers them
before the layer's forward and reduce-scatters their gradients after its backward. Whether those
collectives appear in the generated code depends on torch: torch 2.13 runs FSDP2's hooks with
Dynamo disabled (`_dynamo_disable` in fsdp/_fully_shard/_fsdp_common.py), so the all-gathers and
reduce-scatters run eagerly between the compiled graphs and the capture shows the graph breaks at
each hook instead; the compute of each layer is compiled on its own.
"""

import torch

from experiments._distributed import DistributedExperiment, missing
from experiments.ddp_mlp import BATCH, WIDTH, MLP


def build(device: str = "cpu"):
    from torch.distributed.fsdp import fully_shard

    torch.manual_seed(0)
    model = MLP().to(device)
    for layer in (model.up, model.mid, model.down):
        fully_shard(layer)
    fully_shard(model)
    x = torch.randn(BATCH, WIDTH, device=device)
    return model, (x,)


SPEC = DistributedExperiment(
    name="fsdp_mlp",
    summary="MLP block sharded with FSDP2 fully_shard, compiled forward+backward",
    build="experiments.fsdp_mlp:build",
    expected="per layer: all-gather before the forward, reduce-scatter after the backward; on torch 2.13 these run in "
             "FSDP hooks outside the graphs (graph breaks at each hook), identical on every rank",
    unavailable=missing("torch.distributed.fsdp", "fully_shard", "needs FSDP2 (torch.distributed.fsdp.fully_shard, torch 2.6+)"),
)
