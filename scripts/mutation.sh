#!/usr/bin/env bash
# Mutation testing of the domain with PIT (Maven profile `mutation` in pom.xml): PIT plants small
# bugs (a flipped comparison, a removed call, a changed return value) in org.reachable.domain and
# runs the domain's tests against each one. A mutant no test notices ("survived") is code whose
# behaviour the suite does not pin down. Slow (several minutes on 2 cores), so not part of every
# CI run; the figures per package are kept in docs/mutation.md.
#
#   scripts/mutation.sh                      all of org.reachable.domain
#   scripts/mutation.sh org.reachable.domain.status.*   only these classes (PIT targetClasses glob)
#   scripts/mutation.sh CLASSES -Dmutation.threads=1    further arguments go to Maven
#
# Report: target/pit-reports/index.html (per class, per line) and mutations.csv; the per-package
# table printed at the end is what docs/mutation.md quotes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

args=(-B -q -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage)
if [[ $# -gt 0 ]]; then
  args+=("-Dmutation.classes=$1")
  shift
  args+=("$@")
fi
mvn "${args[@]}"

csv=target/pit-reports/mutations.csv
# columns: file, class, mutator, method, line, status, killing test
awk -F, '
  { n = split($2, parts, "."); pkg = parts[1]; for (i = 2; i < n; i++) pkg = pkg "." parts[i]
    total[pkg]++; if ($6 == "KILLED" || $6 == "TIMED_OUT" || $6 == "MEMORY_ERROR") killed[pkg]++
    if ($6 == "SURVIVED") survived[pkg]++; if ($6 == "NO_COVERAGE") uncovered[pkg]++ }
  END {
    printf "%-36s %8s %7s %9s %9s %6s\n", "package", "mutants", "killed", "survived", "no cover", "score"
    for (p in total) printf "%-36s %8d %7d %9d %9d %5.0f%%\n", p, total[p], killed[p], survived[p], uncovered[p], 100 * killed[p] / total[p]
  }' "$csv" | sort
echo "details: target/pit-reports/index.html"
