#!/usr/bin/env bash
# The training-side and advanced experiments on one GPU, in steps that fit one device call each:
#
#   bash scripts/gpu_advanced.sh [sweep-attention|sweep|bench|passes|seqlen|run]... [OUT_DIR]
#                                             (default: all, into $OUT)
#
# sweep-attention: launch-parameter grids of attention_lite (D = 64 and 128).
# sweep:  the grids of int8_matmul and the LayerNorm/RMSNorm backward kernels.
# bench:  the backward kernels and int8_matmul against eager and torch.compile (training step),
#         cross_entropy over vocabularies of 32K..128K.
# passes: the training experiments and attention_lite with --pass forward, backward and step.
# seqlen: attention_lite's forward over sequence lengths 512..8192 (memory O(N) against O(N^2)).
# run:    `inspect run --backward` captures (forward and backward graphs, compile metrics).
set -uo pipefail
cd "$(dirname "$0")/.."
out="${OUT:-gpu_advanced_out}"
. scripts/_steps.sh  # parse_steps, step NAME ARGS... (the working directory is the repository root)
parse_steps "sweep-attention sweep bench passes seqlen run" "sweep-attention sweep bench passes seqlen run" "$@"

for s in "${steps[@]}"; do
case "$s" in
sweep-attention)
    step sweep-attention-d64 sweep attention_lite --shape 4x16x4096x64 --param BLOCK_M=64,128 \
        --param BLOCK_N=64,128 --param num_warps=4,8 --param num_stages=2,3,4 --param causal=True \
        --param split_diagonal=False,True --out "$out/sweep-attention-d64.csv"
    step sweep-attention-d128 sweep attention_lite --shape 4x16x4096x128 --param BLOCK_M=128 \
        --param BLOCK_N=32,64,128 --param num_warps=4,8 --param num_stages=2,3 --param causal=True \
        --param split_diagonal=False,True --out "$out/sweep-attention-d128.csv"
    ;;
sweep)
    step sweep-int8 sweep int8_matmul --param BLOCK_M=128 --param BLOCK_N=128,256 --param BLOCK_K=64,128 \
        --param GROUP_M=8 --param num_warps=4,8 --param num_stages=3,4 --out "$out/sweep-int8.csv"
    for name in layernorm_backward rmsnorm_backward; do
        step "sweep-$name" sweep "$name" --param num_warps=8,16 --param programs_per_sm=1,2 \
            --param rows_per_step=1,2,4 --param num_stages=1,3 --out "$out/sweep-$name.csv"
    done
    ;;
bench)
    step bench-norm-backward bench layernorm_backward rmsnorm_backward --providers eager,compile,handwritten \
        --rounds 3 --out "$out/bench-norm-backward.csv"
    step bench-int8 bench int8_matmul --providers eager,compile,int_mm,handwritten --shape 4096x4096x4096 \
        --shape 8192x8192x8192 --rounds 3 --out "$out/bench-int8.csv"
    step bench-cross_entropy-vocab bench cross_entropy --shape 2048x32768 --shape 1024x65536 \
        --shape 512x131072 --providers eager,compile,handwritten --rounds 3 --out "$out/bench-cross_entropy-vocab.csv"
    ;;
passes)
    step bench-training-passes bench mse_loss cross_entropy preference_loss preference_loss_logits \
        layernorm_backward rmsnorm_backward \
        --pass forward --pass backward --pass step --providers eager,compile,handwritten --rounds 3 \
        --out "$out/bench-training-passes.csv"
    step bench-attention-passes bench attention_lite --shape 4x16x4096x64 --shape 4x16x4096x128 \
        --pass forward --pass backward --pass step --providers eager,compile,sdpa,handwritten --rounds 3 \
        --out "$out/bench-attention-passes.csv"
    ;;
seqlen)
    for d in 64 128; do
        step "bench-attention-seqlen-d$d" bench attention_lite --shape "4x16x512x$d" --shape "4x16x1024x$d" \
            --shape "4x16x2048x$d" --shape "4x16x4096x$d" --shape "4x16x8192x$d" \
            --providers eager,compile,sdpa,handwritten --rounds 3 --out "$out/bench-attention-seqlen-d$d.csv"
    done
    ;;
run)
    step run-backward run mse_loss cross_entropy preference_loss preference_loss_logits layernorm_backward rmsnorm_backward \
        attention_lite --backward --out "$out/captures" -q
    step run-int8 run int8_matmul --out "$out/captures" -q
    ;;
esac
done
exit $status
