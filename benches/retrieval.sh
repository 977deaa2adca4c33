#!/usr/bin/env bash
# askpg retrieval benchmark: on databases nobody annotated (no glossary, examples or notes),
# are the tables a question's SQL reads in the context retrieval gives it?
#
# Runs the ignored tests of tests/ask_recall.rs in a release build, which start a private
# PostgreSQL (as every test binary does) and load each set into its own database:
#   demo        corpus/demo/warehouse.sql with its corpus switched off (40 questions)
#   pagila      benches/recall/pagila.sql (43 questions)
#   classicmodels  benches/recall/classicmodels.sql (41 questions)
#   northwind   benches/recall/northwind.sql (44 questions): the held-out set
# each alone and beside 300 unrelated tables, then a warehouse of 2,800 tables for the time
# to be ready. It prints per set the (question, table) recall, the share of questions with
# every table, context tokens, retrieval time per question and the load time, and writes
# the output to benches/results/retrieval-<timestamp>.txt.
#
# BENCH_LTO=1 builds with the release profile's fat LTO (about 7 minutes more on two cores).
# See benches/README.md.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$ROOT/benches/results"
RESULT_FILE="$ROOT/benches/results/retrieval-$(date -u +%Y%m%dT%H%M%SZ).txt"
if [ "${BENCH_LTO:-0}" != 1 ]; then
    export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
fi
cd "$ROOT"
{
    echo "askpg retrieval benchmark, $(date -u '+%Y-%m-%d %H:%M:%S') UTC"
    echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo none), $(nproc) cpus, load $(cut -d' ' -f1-3 /proc/loadavg)"
    cargo test --release --test ask_recall -- --ignored --nocapture --test-threads 1 2>&1 \
        | grep -v '^running\|^test result\|^$'
} | tee "$RESULT_FILE"
echo "written to $RESULT_FILE"
