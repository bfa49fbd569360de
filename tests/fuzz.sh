#!/usr/bin/env bash
# Fuzzes each libFuzzer target of a DOO_FUZZ build (tests/fuzz/) for a bounded time, starting from
# a copy of its seed corpus (tests/fuzz/corpus/<target>/), and fails on any finding: a crash, a
# sanitizer report, a broken check of the target, an input slower than 5 s or over 2 GB.
#   tests/fuzz.sh BUILD_DIR [SECONDS]        SECONDS per target, 20 by default
#   tests/fuzz.sh build-san 3600             a longer run (an hour per target)
#   FUZZ_TARGETS="fuzz_csv fuzz_calendar" tests/fuzz.sh build-san    some targets only
# A finding is kept in BUILD_DIR/fuzz-findings/<target>/ (crash-*, timeout-*, oom-*) with the log;
# replay it with BUILD_DIR/fuzz/<target> FILE, and add the fixed input to the seed corpus, where
# CTest's <target>_seeds runs it on every test run. New inputs the run found stay in
# BUILD_DIR/fuzz-corpus/<target>/ (copy the interesting ones into the seed corpus by hand).
# The readers of imported files (fuzz_csv, fuzz_csvimport, fuzz_taskwarrior) read every input twice,
# whole and in pieces of 8 to 32 bytes (TextLines::setPieceBytesForTesting), and both reads must
# agree: the 64 KiB pieces of the program are never reached by inputs this short, these are.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: tests/fuzz.sh BUILD_DIR [SECONDS]" >&2; exit 2; }
build=$(cd "$1" && pwd)
seconds=${2:-20}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
targets=${FUZZ_TARGETS:-fuzz_csv fuzz_csvimport fuzz_schedule fuzz_workflowfile fuzz_taskwarrior fuzz_calendar}

# Leaks are findings too; undefined behaviour stops the run (the build makes it unrecoverable).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LC_ALL=C.UTF-8 TZ=UTC QT_QPA_PLATFORM=offscreen

failed=()
for target in $targets; do
    exe="$build/fuzz/$target"
    [ -x "$exe" ] || { echo "fuzz: $exe missing (configure with -DDOO_FUZZ=ON and build it)" >&2; exit 2; }
    corpus="$build/fuzz-corpus/$target"
    findings="$build/fuzz-findings/$target"
    rm -rf "$corpus" "$findings"
    mkdir -p "$corpus" "$findings"
    cp "$source_dir/tests/fuzz/corpus/$target"/* "$corpus/"
    start=$(date +%s)
    if "$exe" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
        -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" >"$findings/log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$findings/log")
        echo "fuzz: $target ok: ${runs:-?} inputs in $(($(date +%s) - start)) s, corpus $(ls "$corpus" | wc -l) files"
        rm -rf "$findings"
    else
        echo "fuzz: $target FAILED after $(($(date +%s) - start)) s; log and input in $findings:" >&2
        grep -E 'ERROR|FUZZ_CHECK|runtime error|SUMMARY|Test unit written|^  ' "$findings/log" | head -20 >&2 || true
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: findings in ${failed[*]}" >&2
    exit 1
fi
