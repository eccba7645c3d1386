#!/usr/bin/env bash
# The tutorial experiments on one GPU: `inspect sweep` grids (block sizes, warps, stages, shapes),
# `inspect bench` side by side (with the unfused launchers and peak memory), `inspect run` captures.
#
#   bash scripts/gpu_tutorial.sh [sweep|bench|run|matmul]... [OUT_DIR]  (default: the first three, into $OUT)
#
# matmul: only the matmul sweeps and its bench (without max-autotune, which autotunes for minutes).
#
# Every command writes its CSV/SVG/capture under OUT_DIR and its output to OUT_DIR/*.log; the
# sweeps and benches follow ../shared GPU method through `inspect` itself (do_bench median, L2
# flushed, the copy ceiling measured in the same run).
set -uo pipefail
cd "$(dirname "$0")/.."
out="${OUT:-gpu_tutorial_out}"
. scripts/_steps.sh  # parse_steps, step NAME ARGS... (the working directory is the repository root)
parse_steps "sweep bench run matmul" "sweep bench run" "$@"

for s in "${steps[@]}"; do
case "$s" in
sweep)
    # throughput vs block size from latency-bound (2^12) to bandwidth-bound (2^26) sizes
    step sweep-vector_add sweep vector_add --param BLOCK_SIZE --param num_warps=1,2,4,8 \
        --shape 4096 --shape 65536 --shape 1048576 --shape 16777216 --shape 67108864 \
        --out "$out/sweep-vector_add.csv"
    # the cost of uncoalesced loads: the same sum at strides 1..32 (2^24 useful elements)
    step sweep-vector_add_strided sweep vector_add_strided --param BLOCK_SIZE=256,1024 --param num_warps=4 \
        --shape 16777216x1 --shape 16777216x2 --shape 16777216x4 --shape 16777216x8 \
        --shape 16777216x16 --shape 16777216x32 --x BLOCK_SIZE --out "$out/sweep-vector_add_strided.csv"
    # does the scalar change throughput? fused, then the two-kernel version
    step sweep-add_mul sweep add_mul --param s --param BLOCK_SIZE --param num_warps=4 \
        --shape 67108864 --x BLOCK_SIZE --out "$out/sweep-add_mul.csv"
    step sweep-add_mul_unfused sweep add_mul --launcher add_mul_unfused --param s --param BLOCK_SIZE \
        --param num_warps=4 --shape 67108864 --x BLOCK_SIZE --out "$out/sweep-add_mul_unfused.csv"
    # fused softmax: warps vs matrix size; unfused: block size vs matrix size
    step sweep-softmax sweep softmax --param num_warps --shape 1024x1024 --shape 4096x4096 \
        --shape 8192x4096 --shape 2048x16384 --out "$out/sweep-softmax.csv"
    step sweep-softmax_unfused sweep softmax --launcher softmax_unfused --param BLOCK_SIZE --param num_warps=4,8 \
        --shape 1024x1024 --shape 4096x4096 --shape 8192x4096 --x BLOCK_SIZE --out "$out/sweep-softmax_unfused.csv"
    # matmul: the `matmul` step
    ;;
bench)
    step bench-elementwise bench vector_add vector_add_strided --rounds 3 --out "$out/bench-elementwise.csv"
    step bench-add_mul bench add_mul --providers eager,compile,handwritten,handwritten:add_mul_unfused \
        --rounds 3 --out "$out/bench-add_mul.csv"
    for shape in 1024x1024 4096x4096 8192x4096; do
        step "bench-softmax-$shape" bench softmax --shape "$shape" \
            --providers eager,compile,handwritten,handwritten:softmax_unfused --rounds 3 \
            --out "$out/bench-softmax-$shape.csv"
    done
    step bench-matmul bench matmul --providers eager,compile,compile-max-autotune,handwritten,handwritten:matmul_simple \
        --rounds 3 --out "$out/bench-matmul.csv"
    ;;
run)
    step run-tutorial run vector_add add_mul softmax matmul --out "$out/captures" -q
    ;;
matmul)
    step sweep-matmul sweep matmul --param BLOCK_M=32,64,128 --param BLOCK_N=32,64,128,256 --param BLOCK_K=64 \
        --param num_warps=8 --param num_stages=3 \
        --shape 4096x4096x4096 --shape 16384x1024x4096 --shape 1024x16384x4096 --x BLOCK_N \
        --out "$out/sweep-matmul.csv"
    step sweep-matmul-pipeline sweep matmul --param BLOCK_M=128 --param BLOCK_N=256 --param BLOCK_K=32,64 \
        --param num_warps=4,8 --param num_stages=2,3,4 --param GROUP_M=1,8 --shape 4096x4096x4096 \
        --shape 8192x8192x8192 --x num_stages --out "$out/sweep-matmul-pipeline.csv"
    step bench-matmul-4096 bench matmul --providers eager,compile,handwritten,handwritten:matmul_simple \
        --rounds 3 --out "$out/bench-matmul-4096.csv"
    step bench-matmul-8192 bench matmul --shape 8192x8192x8192 --providers eager,compile,handwritten,handwritten:matmul_simple \
        --rounds 3 --out "$out/bench-matmul-8192.csv"
    ;;
esac
done
exit $status
