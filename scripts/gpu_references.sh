#!/usr/bin/env bash
# The committed H200 reference captures and the GPU checks behind them, in steps that fit one
# device call each:
#
#   bash scripts/gpu_references.sh [env|tests|counters|modes|modes-small|heads|bench|rows|runs|jobs]... [OUT_DIR]
#                                             (default: env counters modes, into $OUT)
#
# env:      GPU, driver, kernel, torch/triton versions and where Nsight Compute is.
# tests:    every GPU-marked test (pytest -m gpu -n 8; $TESTS: only these files), junit XML in OUT_DIR.
# counters: `inspect run --counters` of the five row experiments (compiles in parallel, the GPU
#           phases one at a time), into OUT_DIR/captures.
# modes:    matmul_relu captured in default and max-autotune mode, with counters.
# modes-small: the other modes at small shapes (matmul_relu 1024x1024x512; layernorm_gelu 2048x1536
#           with --backward under max-autotune), kept for reading.
# heads:    mm_gelu (forward) and linear_cross_entropy (--backward: loss, dh, dW) captured with
#           counters (60 s of Nsight Compute for the loss), for `inspect diff` of the two without a
#           GPU; ~5 minutes on an H100.
# bench:    `inspect bench --counters` of the five row experiments (3 rounds; COUNTERS= leaves counters off).
# rows:     scripts/gpu_rows.py for layernorm_gelu (the kernel's variants, 3 rounds).
# runs:     per-run overhead of a cold `inspect run` of every experiment (measure_overhead.py runs).
# jobs:     `--all` sequential against `--all --jobs 8` (measure_overhead.py jobs).
#
# Each step's output is in OUT_DIR/<step>.log; turn captures into references with
# scripts/make_reference.py.
set -uo pipefail
cd "$(dirname "$0")/.."
out="${OUT:-gpu_references_out}"
. scripts/_steps.sh  # parse_steps, step NAME ARGS... (the working directory is the repository root)
parse_steps "env tests counters modes modes-small heads bench rows runs jobs" "env counters modes" "$@"
ROWS=(layernorm_gelu softmax_dropout rmsnorm silu swiglu)

for s in "${steps[@]}"; do
start=$(date +%s)
case "$s" in
env)
    { nvidia-smi -L; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.mem --format=csv; uname -r
      python3 -c 'import torch, triton; print("torch", torch.__version__, "triton", triton.__version__, torch.cuda.get_device_name())'
      python3 -c 'from inspector.core.ncu import availability; print("ncu:", availability("cuda"))'
    } 2>&1 | tee "$out/env.log"
    ;;
tests)
    python3 -m pytest -m gpu -n 8 -q -p no:cacheprovider --junitxml "$out/gpu-tests.xml" ${TESTS:-} >"$out/tests.log" 2>&1 \
        || status=1
    tail -n 40 "$out/tests.log"
    ;;
counters)
    step run-counters run "${ROWS[@]}" --counters --jobs 5 --out "$out/captures" -q
    ;;
modes)
    step run-matmul_relu-default run matmul_relu --counters --out "$out/captures" -q
    step run-matmul_relu-max-autotune run matmul_relu --mode max-autotune --counters --out "$out/captures" -q
    ;;
modes-small)
    for mode in reduce-overhead max-autotune-no-cudagraphs; do
        step "run-matmul_relu-small-$mode" run matmul_relu --mode "$mode" --shape 1024x1024x512 --out "$out/small" -q
    done
    step run-layernorm_gelu-small-backward run layernorm_gelu --mode max-autotune --backward --shape 2048x1536 \
        --out "$out/small" -q
    ;;
heads)
    step run-mm_gelu run mm_gelu --counters --out "$out/captures" -q
    step run-linear_cross_entropy run linear_cross_entropy --backward --counters --counters-budget 60 \
        --out "$out/captures" -q
    ;;
bench)
    step bench-rows bench "${ROWS[@]}" ${COUNTERS---counters} --rounds 3 --out "$out/bench-rows.csv"
    ;;
rows)
    python3 scripts/gpu_rows.py --only layernorm_gelu --rounds 3 --out "$out/rows" >"$out/rows.log" 2>&1 || status=1
    tail -n 30 "$out/rows.log"
    ;;
runs)
    python3 scripts/measure_overhead.py runs --device cuda >"$out/runs.md" 2>"$out/runs.log" || status=1
    cat "$out/runs.md"
    ;;
jobs)
    python3 scripts/measure_overhead.py jobs --jobs 8 --device cuda >"$out/jobs.md" 2>"$out/jobs.log" || status=1
    cat "$out/jobs.md"
    ;;
esac
echo "-- $s: $(( $(date +%s) - start )) s"
done
exit $status
