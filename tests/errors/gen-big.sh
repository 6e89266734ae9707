#!/usr/bin/env bash
# Generate the large error-test programs (too big to commit) into OUTDIR.
#
#   tests/errors/gen-big.sh OUTDIR
#
# Each generated OUTDIR/big_NAME.py has its expectations committed next to this
# script as tests/errors/big_NAME.expect (+ .out, and the name is listed in
# no-traceback.list when CPython prints no "Traceback" header).
# Only POSIX tools are used (no python needed at test time).
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
out=$1
mkdir -p "$out"

# repeat STRING COUNT: print STRING COUNT times, without a newline
repeat() {
    head -c "$2" /dev/zero | tr '\0' "$1"
}

# x = ((((...(1)...)))) with 100,000 levels of parentheses
{
    printf 'x = '
    repeat '(' 100000
    printf '1'
    repeat ')' 100000
    printf '\nprint(x)\n'
} > "$out/big_nested_parens.py"

# x = [[[[...[1]...]]]] with 100,000 levels of list displays
{
    printf 'x = '
    repeat '[' 100000
    printf '1'
    repeat ']' 100000
    printf '\nprint(len(x))\n'
} > "$out/big_nested_lists.py"

# x = 1+1+1+...+1 with 300,000 terms (a left-leaning 300,000-deep expression tree)
{
    printf 'x = '
    yes 1 | head -n 300000 | paste -sd+ -
    printf 'print(x)\n'
} > "$out/big_long_sum.py"

# ---- issue 4 bad-input cases (big_l4_*) ----

# x = [{([{(...1...)}])}] with 210,000 levels of mixed brackets
{
    printf 'x = '
    yes '[{(' | head -n 70000 | tr -d '\n'
    printf '1'
    yes ')}]' | head -n 70000 | tr -d '\n'
    printf '\n'
} > "$out/big_l4_nested_mixed.py"

# 1,000 nested `if 1:` blocks, one more space each (CPython allows 100 levels)
awk 'BEGIN { s = ""; for (i = 0; i < 1000; i++) { print s "if 1:"; s = s " " } print s "pass" }' \
    > "$out/big_l4_nested_blocks.py"

# 1,000 nested function definitions
awk 'BEGIN { s = ""; for (i = 0; i < 1000; i++) { print s "def f" i "():"; s = s " " } print s "pass" }' \
    > "$out/big_l4_nested_defs.py"

# f = lambda: lambda: ... 1 with 200,000 nested lambdas
{
    printf 'f = '
    yes 'lambda: ' | head -n 200000 | tr -d '\n'
    printf '1\n'
} > "$out/big_l4_nested_lambdas.py"

# x = not not not ... 1 with 200,000 unary operators
{
    printf 'x = '
    yes 'not ' | head -n 200000 | tr -d '\n'
    printf '1\n'
} > "$out/big_l4_long_unary.py"

# x = 1 if 1 else 1 if 1 else ... with 200,000 conditional expressions
{
    printf 'x = 1'
    yes ' if 1 else 1' | head -n 200000 | tr -d '\n'
    printf '\n'
} > "$out/big_l4_long_ternary.py"

# a 500,000-element list display (valid), then a run-time error
{
    printf 'print(len(['
    yes '0,' | head -n 500000 | tr -d '\n'
    printf ']))\nx = 1 / 0\n'
} > "$out/big_l4_long_list.py"
