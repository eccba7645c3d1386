#!/usr/bin/env bash
# The training-side and attention experiments on one GPU: `inspect bench` of the fused losses
# (forward + gradients against eager and torch.compile of the same step, peak memory per call)
# and of attention_lite against the naive reference, its torch.compile and scaled_dot_product_attention.
#
#   bash scripts/gpu_training.sh [OUT_DIR]      (default: $OUT, else ./gpu_training_out)
set -uo pipefail
cd "$(dirname "$0")/.."
out="${1:-${OUT:-gpu_training_out}}"
mkdir -p "$out"
. scripts/_steps.sh  # step NAME ARGS... (the working directory is the repository root)
step bench-losses bench mse_loss cross_entropy preference_loss --providers eager,compile,handwritten \
    --rounds 3 --out "$out/bench-losses.csv"
for shape in 4x16x4096x64 4x16x4096x128; do
    step "bench-attention-$shape" bench attention_lite --shape "$shape" --providers eager,compile,sdpa,handwritten \
        --rounds 3 --out "$out/bench-attention-$shape.csv"
done
step run-attention run attention_lite --out "$out/captures" -q
exit $status
