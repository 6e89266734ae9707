#!/usr/bin/env bash
# Run the language conformance tests in tests/lang against a Sparrow binary.
#
#   tests/run-lang.sh SPARROW_BINARY [extra sparrow args...]
#   e.g. tests/run-lang.sh ./build/sparrow -X dispatch=switch
#
# Every tests/lang/X.py (except helper modules mod_*.py) is run from the source
# root as `SPARROW [args] tests/lang/X.py` with stdin from /dev/null and a
# per-test timeout; its stdout must equal tests/lang/X.out byte for byte and it
# must exit with status 0. stderr is not compared.
#
# Environment:
#   srcdir / SPARROW_SRCDIR  source root (the dir containing tests/), or the
#                            tests/ dir itself; default: derived from this
#                            script's location
#   TEST_TIMEOUT             seconds per test (default 10)
#   TESTS                    space-separated test names (X or X.py) to run
#                            instead of all of them
#   VERBOSE=1                also print stderr of failing tests in full
set -u

. "$(dirname "$0")/lib.sh" || exit 2
sparrow=$(runner_binary "$@") || exit 2
shift
runner_setup lang

passed=0
failed=0
failed_names=""

fail() {
    failed=$((failed + 1))
    failed_names="$failed_names $1"
    echo "FAIL $1${2:+ ($2)}"
}

lang_dir=${LANG_DIR:-tests/lang}
for test in "$lang_dir"/*.py; do
    name=$(basename "$test" .py)
    case $name in mod_*) continue ;; esac
    selected "$name" || continue
    expected="$lang_dir/$name.out"
    if [ ! -f "$expected" ]; then
        fail "$name" "missing $expected"
        continue
    fi
    timeout -k 2 "$timeout_s" "$sparrow" "$@" "$test" \
        </dev/null >"$work/out" 2>"$work/err"
    rc=$?
    if [ $rc -eq 124 ]; then
        fail "$name" "timed out after ${timeout_s}s"
        continue
    fi
    if [ $rc -gt 128 ]; then
        fail "$name" "killed by signal $((rc - 128))"
        tail -n 5 "$work/err" | sed 's/^/    stderr: /'
        continue
    fi
    if [ $rc -ne 0 ]; then
        fail "$name" "exit status $rc"
        if [ "${VERBOSE:-0}" = 1 ]; then
            sed 's/^/    stderr: /' "$work/err"
        else
            tail -n 5 "$work/err" | sed 's/^/    stderr: /'
        fi
        diff -u "$expected" "$work/out" | head -n 20
        continue
    fi
    if cmp -s "$expected" "$work/out"; then
        passed=$((passed + 1))
        echo "PASS $name"
    else
        fail "$name" "stdout differs"
        diff -u "$expected" "$work/out" | head -n 20
    fi
done

if [ $failed -ne 0 ]; then
    echo "failed:$failed_names"
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
