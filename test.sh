#!/usr/bin/env bash
# Runs every test in the solution and prints a plain "N passed, N failed, N skipped" line at the end.
set -uo pipefail
cd "$(dirname "$0")"
# The whole solution first, the benchmarks with it: they have no tests, but they compile files shared with the tests
# (the generator harness), so a change that breaks them fails here, not in the next bench run.
if ! dotnet build Tallyfy.Generated.sln -nologo -v:q; then
  echo "the solution does not build"; exit 1
fi
results="$(mktemp -d)"
# The generator's tests take longest (consumer builds, real specs); the other test projects run one by one beside them,
# so the run lasts about as long as those alone. Their console output follows the others'.
generator_tests=tests/Tallyfy.Generated.SourceGenerator.Tests
dotnet test "$generator_tests" --no-build --logger "trx" --results-directory "$results/${generator_tests##*/}" "$@" >"$results/generator-tests.log" 2>&1 &
generator_pid=$!
status=0
for project in tests/*.Tests; do
  [ "$project" = "$generator_tests" ] && continue
  dotnet test "$project" --no-build --logger "trx" --results-directory "$results/${project##*/}" "$@" || status=1
done
wait "$generator_pid" || status=1
cat "$results/generator-tests.log"
passed=0; failed=0; skipped=0
for trx in "$results"/*/*.trx; do
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
