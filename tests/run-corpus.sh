#!/usr/bin/env bash
# Run the program corpus in tests/corpus against a Sparrow binary and report a pass rate.
#
#   tests/run-corpus.sh SPARROW_BINARY [extra sparrow args...]
#
# Each tests/corpus/X.py is run from the source root as `SPARROW [args]
# tests/corpus/X.py` (stdin /dev/null, TEST_TIMEOUT seconds, default 10); it
# passes when it exits with status 0 and its stdout equals tests/corpus/X.out
# (CPython 3.11's output) byte for byte. Prints PASS/FAIL per program, then
# "N passed, M failed" and the pass rate. Not part of `make check`: the exit
# status is 0 whenever the corpus ran, whatever the rate. TESTS="a b" runs a
# subset; VERBOSE=1 shows diffs and stderr of failures.
set -u

. "$(dirname "$0")/lib.sh" || exit 2
sparrow=$(runner_binary "$@") || exit 2
shift
runner_setup corpus

passed=0
failed=0
failed_names=""
for test in tests/corpus/*.py; do
    name=$(basename "$test" .py)
    case $name in mod_*) continue ;; esac
    selected "$name" || continue
    why=""
    if [ ! -f "tests/corpus/$name.out" ]; then
        why="missing .out"
    else
        timeout -k 2 "$timeout_s" "$sparrow" "$@" "$test" </dev/null >"$work/out" 2>"$work/err"
        rc=$?
        if [ $rc -eq 124 ]; then
            why="timed out after ${timeout_s}s"
        elif [ $rc -gt 128 ]; then
            why="killed by signal $((rc - 128))"
        elif [ $rc -ne 0 ]; then
            why="exit status $rc: $(tail -n 1 "$work/err" | cut -c1-120)"
        elif ! cmp -s "tests/corpus/$name.out" "$work/out"; then
            why="stdout differs"
        fi
    fi
    if [ -z "$why" ]; then
        passed=$((passed + 1))
        echo "PASS $name"
    else
        failed=$((failed + 1))
        failed_names="$failed_names $name"
        echo "FAIL $name ($why)"
        if [ "${VERBOSE:-0}" = 1 ] && [ -f "tests/corpus/$name.out" ]; then
            sed 's/^/    stderr: /' "$work/err" | tail -n 10
            diff -u "tests/corpus/$name.out" "$work/out" | head -n 20
        fi
    fi
done
total=$((passed + failed))
[ $failed -ne 0 ] && echo "failed:$failed_names"
echo "$passed passed, $failed failed"
if [ $total -gt 0 ]; then
    echo "pass rate: $((passed * 100 / total))% ($passed/$total)"
fi
exit 0
