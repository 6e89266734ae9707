#!/usr/bin/env bash
# Run the error tests in tests/errors against a Sparrow binary.
#
#   tests/run-errors.sh SPARROW_BINARY [extra sparrow args...]
#
# Each test is a program that must die with an uncaught Python exception (or a
# syntax error, or sys.exit). Tests are tests/errors/NAME.py (helper modules
# mod_*.py excepted) plus the big generated programs that gen-big.sh writes to
# a temporary directory. Each is run from the source root as
# `SPARROW [args] tests/errors/NAME.py` with stdin from /dev/null and the
# following checks:
#
#   * exit status equals the number in NAME.code, or 1 if there is none
#     (a status above 128, i.e. death by a signal, or a timeout always fails);
#   * stdout equals NAME.out, when that file exists;
#   * if NAME.stderr exists: the whole stderr equals it, after dropping from
#     both sides the lines made only of whitespace and the caret characters ^ ~
#     (CPython 3.11's fine-grained error locations, which Sparrow need not print)
#     and removing the source root prefix from `  File "/root/tests/..."` paths
#     (so a path printed as given, tests/errors/NAME.py, or absolute both match);
#   * otherwise: the last line of stderr equals NAME.expect, and, unless NAME is
#     listed in no-traceback.list (syntax errors, sys.exit, errors raised while
#     compiling), stderr starts with "Traceback (most recent call last):".
#
# Environment: srcdir / SPARROW_SRCDIR, TEST_TIMEOUT, TESTS, VERBOSE as for
# run-lang.sh.
set -u

. "$(dirname "$0")/lib.sh" || exit 2
sparrow=$(runner_binary "$@") || exit 2
shift
runner_setup errors
mkdir "$work/big"
if ! bash tests/errors/gen-big.sh "$work/big"; then
    echo "$0: gen-big.sh failed" >&2
    exit 2
fi

passed=0
failed=0
failed_names=""

no_traceback() {
    [ -f tests/errors/no-traceback.list ] &&
        grep -qx -- "$1" tests/errors/no-traceback.list
}

# Normalise a traceback for comparison: drop caret/tilde-only lines (CPython
# 3.11's error location markers) and turn absolute paths of files under the
# source root into root-relative ones (CPython makes the script path absolute).
strip_carets() {
    grep -v -E '^[[:space:]]*[~^][~^[:space:]]*$' "$1" |
        sed "s|^  File \"$root/|  File \"|"
}

show_stderr() {
    if [ "${VERBOSE:-0}" = 1 ]; then
        sed 's/^/    stderr: /' "$1"
    else
        tail -n 5 "$1" | sed 's/^/    stderr: /'
    fi
}

run_one() {
    local name=$1 prog=$2
    shift 2                      # the rest are the extra sparrow args
    local base="tests/errors/$name"
    local why="" rc want_rc last

    if [ ! -f "$base.expect" ] && [ ! -f "$base.stderr" ]; then
        echo "FAIL $name (missing $base.expect)"
        return 1
    fi
    timeout -k 2 "$timeout_s" "$sparrow" "$@" "$prog" \
        </dev/null >"$work/out" 2>"$work/err"
    rc=$?
    want_rc=1
    if [ -f "$base.code" ]; then
        want_rc=$(tr -d ' \n\r\t' <"$base.code")
    fi

    if [ $rc -eq 124 ]; then
        echo "FAIL $name (timed out after ${timeout_s}s)"
        return 1
    fi
    if [ $rc -gt 128 ]; then
        echo "FAIL $name (killed by signal $((rc - 128)))"
        show_stderr "$work/err"
        return 1
    fi
    if [ "$rc" != "$want_rc" ]; then
        why="exit status $rc, expected $want_rc"
    elif [ -f "$base.out" ] && ! cmp -s "$base.out" "$work/out"; then
        why="stdout differs"
        echo "FAIL $name ($why)"
        diff -u "$base.out" "$work/out" | head -n 20
        return 1
    elif [ -f "$base.stderr" ]; then
        strip_carets "$base.stderr" >"$work/exp.filtered"
        strip_carets "$work/err" >"$work/err.filtered"
        if ! cmp -s "$work/exp.filtered" "$work/err.filtered"; then
            echo "FAIL $name (stderr differs from $base.stderr)"
            diff -u "$work/exp.filtered" "$work/err.filtered" | head -n 20
            return 1
        fi
    else
        last=$(tail -n 1 "$work/err")
        if [ "$last" != "$(cat "$base.expect")" ]; then
            why="last line of stderr differs"
            echo "FAIL $name ($why)"
            echo "    expected: $(cat "$base.expect")"
            echo "    got:      $last"
            return 1
        fi
        if ! no_traceback "$name" &&
           [ "$(head -n 1 "$work/err")" != "Traceback (most recent call last):" ]; then
            why="stderr does not start with 'Traceback (most recent call last):'"
        fi
    fi
    if [ -n "$why" ]; then
        echo "FAIL $name ($why)"
        show_stderr "$work/err"
        return 1
    fi
    echo "PASS $name"
    return 0
}

record() {
    if [ "$1" -eq 0 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failed_names="$failed_names $2"
    fi
}

for test in tests/errors/*.py "$work"/big/*.py; do
    [ -f "$test" ] || continue
    name=$(basename "$test" .py)
    case $name in mod_*) continue ;; esac
    selected "$name" || continue
    run_one "$name" "$test" "$@"
    record $? "$name"
done

if [ $failed -ne 0 ]; then
    echo "failed:$failed_names"
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
