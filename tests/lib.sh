# Shared setup of the test runners (run-lang.sh, run-errors.sh, run-corpus.sh): sourced by them, never run.
# It must not print anything on success, so the runners' output stays theirs.

# runner_binary SPARROW: prints SPARROW as an absolute path (we cd to the source root later),
# or as given when it is a command on PATH; prints the usage or an error and fails otherwise.
runner_binary() {
    if [ $# -lt 1 ]; then
        echo "usage: $0 SPARROW_BINARY [sparrow args...]" >&2
        return 2
    fi
    local sparrow=$1
    case $sparrow in
        */*)
            if [ ! -e "$sparrow" ]; then
                echo "$0: $sparrow: no such file" >&2
                return 2
            fi
            sparrow="$(cd "$(dirname "$sparrow")" && pwd)/$(basename "$sparrow")"
            ;;
        *)
            if ! command -v "$sparrow" >/dev/null 2>&1; then
                echo "$0: $sparrow: command not found" >&2
                return 2
            fi
            ;;
    esac
    echo "$sparrow"
}

# runner_find_root SUBDIR: prints the source root (the dir holding tests/SUBDIR), from
# SPARROW_SRCDIR or srcdir (either the root or its tests/ dir), else from the script's location.
runner_find_root() {
    local d
    for d in "${SPARROW_SRCDIR:-}" "${srcdir:-}"; do
        [ -n "$d" ] || continue
        if [ -d "$d/tests/$1" ]; then (cd "$d" && pwd); return; fi
        if [ -d "$d/lang" ] && [ -d "$d/errors" ]; then (cd "$d/.." && pwd); return; fi
    done
    (cd "$(dirname "$0")/.." && pwd)
}

# runner_setup SUBDIR: sets root and cds there, sets timeout_s (TEST_TIMEOUT, default 10) and
# work (a fresh temporary dir, removed at exit). Exits with status 2 when any of it fails.
runner_setup() {
    root=$(runner_find_root "$1")
    if [ ! -d "$root/tests/$1" ]; then
        echo "$0: cannot find tests/$1 (tried $root); set srcdir" >&2
        exit 2
    fi
    cd "$root" || exit 2
    timeout_s=${TEST_TIMEOUT:-10}
    export PYTHONDONTWRITEBYTECODE=1   # harmless for Sparrow; keeps python3 runs clean
    work=$(mktemp -d "${TMPDIR:-/tmp}/sparrow-$1.XXXXXX") || exit 2
    trap 'rm -rf "$work"' EXIT
}

# selected NAME: true when TESTS is empty or lists NAME (as NAME, NAME.py or a path to it).
selected() {
    local name=$1 t
    [ -n "${TESTS:-}" ] || return 0
    for t in $TESTS; do
        t=${t##*/}
        t=${t%.py}
        [ "$t" = "$name" ] && return 0
    done
    return 1
}
