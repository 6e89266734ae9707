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
