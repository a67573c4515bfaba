#!/usr/bin/env bash
# Execute every notebook (slow cells included, on real MNIST), save the outputs for the docs, clean the
# notebooks and regenerate README.md. Usage: MNIST_NB_DATA=/path/to/mnist tools/execute_notebooks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${MNIST_NB_DATA:?set MNIST_NB_DATA to a folder holding the four MNIST IDX files}"
export MNIST_NB_DATA
python tools/readme.py  # the index test compares README.md with the notebook as it is now
(cd nbs && nbdev-test --flags slow --save --n-workers 1)
nbdev-clean
python tools/readme.py
