#!/usr/bin/env bash
# The GPU benchmark, prepared to run in about five minutes on one CUDA GPU: `mnist-bench --device cuda` with every
# lever (mixed precision in the type the GPU supports, `torch.compile`, channels-last, batch 256, the cheaper
# network) and the default fast recipe over 5 seeds. It writes nbs/results/bench-gpu/bench.json and bench.md, which
# the Benchmark page shows; commit them. A run stopped at LIMIT writes no bench.json, and keeps what it had measured
# in nbs/results/bench-gpu/bench-partial.json.
# Usage: MNIST_NB_DATA=/path/to/mnist bash tools/gpu_bench.sh   (LIMIT=seconds, default 300; OVERWRITE=1 replaces a result;
# PYTHON=interpreter, default python3)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}  # the interpreter that holds torch and this package (a bare CUDA image may have no `python`)
BENCH=(mnist-bench); command -v mnist-bench >/dev/null || BENCH=("$PY" -m mnist_nb.bench)  # a checkout on PYTHONPATH, not installed
"$PY" -c "import sys, torch; sys.exit(0 if torch.cuda.is_available() else 'gpu_bench.sh: error: no CUDA GPU here (torch.cuda.is_available() is False): run it on a machine with one, or run mnist-bench for this CPU.')"
DATA=${MNIST_NB_DATA:-$(cd .. && pwd)/shared/mnist}
DEFAULT=$("$PY" -c "from mnist_nb.records import TRAIN_DEFAULT; print(TRAIN_DEFAULT)")
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || true
timeout "${LIMIT:-300}" "${BENCH[@]}" --device cuda --data "$DATA" --base 15 --recipes "$DEFAULT" --seeds 1,2,3,4,5 \
  --variants classic,channels_last,amp,bs256,compiled,stem2 --out nbs/results/bench-gpu ${OVERWRITE:+--overwrite}
