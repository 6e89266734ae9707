#!/usr/bin/env bash
# run-examples.sh: Sparrow's main job for now — runs every program in examples/ under each
# dispatch variant of this Sparrow (and python3 when present, for reference), checks the output
# against the CPython-generated examples/*.out, and prints a table of median wall times.
# Usage: benchmarks/run-examples.sh [SPARROW_BINARY] [RUNS]
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
sparrow=${1:-$top/build/sparrow}
runs=${2:-3}
[ -x "$sparrow" ] || { echo "run-examples: no sparrow binary at $sparrow (run bootstrap.sh)" >&2; exit 2; }

vms=()
for variant in switch goto; do
  "$sparrow" -X dispatch=$variant -c pass >/dev/null 2>&1 && vms+=("sparrow-$variant|$sparrow -X dispatch=$variant")
done
# Resolve python3 to its real executable: wrappers such as pyenv shims add their own start-up time.
if command -v python3 >/dev/null; then
  python_exe=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
  [ -x "$python_exe" ] && vms+=("python3|$python_exe")
fi

now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf '%-14s' "program"
for vm in "${vms[@]}"; do printf '%16s' "${vm%%|*}"; done
printf '\n'
status=0
for prog in "$top"/examples/*.py; do
  name=$(basename "$prog" .py)
  printf '%-14s' "$name"
  declare -A samples=() wrong=()
  # Interleaved: each round runs every VM once, so machine noise hits all VMs alike.
  for ((r = 0; r < runs; r++)); do
    for vm in "${vms[@]}"; do
      key=${vm%%|*}
      [ -n "${wrong[$key]:-}" ] && continue
      start=$(now_ns)
      out=$(${vm#*|} "$prog" 2>/dev/null)
      code=$?
      end=$(now_ns)
      if [ $code -ne 0 ] || [ "$out" != "$(cat "${prog%.py}.out")" ]; then wrong[$key]=1; continue; fi
      samples[$key]="${samples[$key]:-} $(( (end - start) / 1000000 ))"
    done
  done
  for vm in "${vms[@]}"; do
    key=${vm%%|*}
    if [ -z "${wrong[$key]:-}" ]; then
      printf '%14sms' "$(printf '%s\n' ${samples[$key]} | median)"
    else
      printf '%16s' "WRONG"
      case $key in sparrow-*) status=1 ;; esac
    fi
  done
  printf '\n'
done
echo "(median wall time of $runs runs; WRONG = output differs from CPython's examples/*.out)"
exit $status
