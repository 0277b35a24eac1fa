#!/usr/bin/env bash
# Runs every test in the solution and prints a plain "N passed, N failed, N skipped" line at the end.
set -uo pipefail
cd "$(dirname "$0")"
# The benchmarks have no tests, so `dotnet test` does not build them; they compile files shared with the tests
# (the generator harness), so they are built first: a change that breaks them fails here, not in the next bench run.
if ! dotnet build bench/Tallyfy.Generated.Benchmarks -nologo -v:q; then
  echo "the benchmark project does not build"; exit 1
fi
results="$(mktemp -d)"
dotnet test Tallyfy.Generated.sln --logger "trx" --results-directory "$results" "$@"
status=$?
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(( ${t:-0} - ${e:-0} ))
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
rm -rf "$results"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$passed" -eq 0 ]; then echo "no test ran"; exit 1; fi
exit $status
