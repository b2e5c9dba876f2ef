#!/usr/bin/env bash
# Reachable benchmarks: JMH micro-benchmarks of the core, and the `reachable status` process.
# Budgets, figures and how to read them: docs/benchmarks.md.
#
#   scripts/bench.sh                      every JMH benchmark (about 5 minutes)
#   scripts/bench.sh REGEX [JMH args...]  only the benchmarks matching REGEX, e.g.
#                                           scripts/bench.sh StatusBench
#                                           scripts/bench.sh 'IcsBench.read' -prof gc
#                                           scripts/bench.sh 'StatusBench.status$' -prof 'stack:lines=3;top=20'
#   scripts/bench.sh jmh [REGEX] [JMH args...]   the same, spelled out
#   scripts/bench.sh cli                  the CLI as a whole process (1-2 minutes): builds the jar,
#                                         times `java -jar target/reachable.jar status` against a bare JVM,
#                                         counts loaded classes per library and times each phase
#   scripts/bench.sh all                  jmh, then cli
#   scripts/bench.sh grid [CASE...]       the schedule editor's week grid on a shown scene under Monocle
#                                         headless (org.reachable.bench.WeekGridLayoutBench, ~2 minutes);
#                                         CASE: edit pulse swap first (default: all)
#
# Environment:
#   BENCH_WORKDIR=DIR   copy the working tree to DIR first (rsync, without target/ and .git) and build
#                       and run there, so that a target/ folder shared with others is left alone.
#   BENCH_RUNS=N        runs per command in the cli part (default 10).
#   BENCH_NO_HYPERFINE=1  use the interleaved bash loop even when hyperfine is installed.
#
# Results: target/bench/jmh.txt and jmh-result.json; target/bench/cli/*.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -n "${BENCH_WORKDIR:-}" ]]; then
  mkdir -p "$BENCH_WORKDIR"
  rsync -a --delete --exclude target --exclude .git "$repo/" "$BENCH_WORKDIR/"
  repo="$(cd "$BENCH_WORKDIR" && pwd)"
  echo "bench: working in the copy $repo" >&2
fi
cd "$repo"
out="target/bench"

build_tests() {
  echo "bench: mvn test-compile and the test class path..." >&2
  mvn -q -B -DskipTests test-compile
  mkdir -p "$out"
  mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null
  cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"
}

run_jmh() {
  local filter="${1:-org.reachable.bench.}"
  [[ $# -gt 0 ]] && shift
  build_tests
  echo "bench: JMH on '$filter' ($(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  java -cp "$cp" org.openjdk.jmh.Main "$filter" -rf json -rff "$out/jmh-result.json" "$@" 2>&1 \
    | grep -v 'ical4j.properties not found' | tee "$out/jmh.txt"
}

run_grid() {
  build_tests
  echo "bench: WeekGridLayoutBench under Monocle ($(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  java -cp "$cp" org.reachable.bench.WeekGridLayoutBench "$@" 2>&1 \
    | grep -v -e 'Unsupported JavaFX configuration' -e 'PlatformImpl startup' | tee "$out/week-grid.txt"
}

# ---------------------------------------------------------------------------------------------- cli

# mean, median and min wall time (ms) of each command, run round-robin so that load from other
# processes on the machine hits every command alike.
loop_times() {
  local runs="$1"; shift
  local -a names=() cmds=()
  while [[ $# -gt 0 ]]; do names+=("$1"); cmds+=("$2"); shift 2; done
  local i j t0 t1
  for ((j = 0; j < ${#cmds[@]}; j++)); do bash -c "${cmds[$j]}" >/dev/null 2>&1 || true; done  # warm-up
  for ((i = 0; i < runs; i++)); do
    for ((j = 0; j < ${#cmds[@]}; j++)); do
      t0=$(date +%s%N)
      bash -c "${cmds[$j]}" >/dev/null 2>&1
      t1=$(date +%s%N)
      echo "$j $(( (t1 - t0) / 1000000 ))"
    done
  done > "$out/cli/loop.txt"
  printf '%-44s %8s %8s %8s\n' command mean_ms median min
  for ((j = 0; j < ${#cmds[@]}; j++)); do
    awk -v j="$j" '$1 == j { print $2 }' "$out/cli/loop.txt" | sort -n | awk -v name="${names[$j]}" '
      { v[NR] = $1; s += $1 }
      END { printf "%-44s %8.0f %8.0f %8.0f\n", name, s / NR, v[int((NR + 1) / 2)], v[1] }'
  done
}

# Classes loaded by one run, per library: how many, how many came from a CDS archive, and the JVM
# uptime (ms) at the first and the last of them: a timeline of the process.
class_breakdown() {
  awk '
    $3 == "source:" {
      t = $1; gsub(/[\[\]s]/, "", t); t = t * 1000; c = $2; src = $0
      g = "other"
      if (c ~ /^org\.reachable\./) g = "reachable"
      else if (c ~ /^picocli\./) g = "picocli"
      else if (c ~ /^com\.fasterxml\./) g = "jackson"
      else if (c ~ /^net\.fortuna\./) g = "ical4j"
      else if (c ~ /^org\.slf4j\./) g = "slf4j"
      else if (c ~ /^org\.apache\.commons\./) g = "commons-*(ical4j)"
      else if (c ~ /^org\.threeten\./) g = "threeten(ical4j)"
      else if (c ~ /^(java|javax|jdk|sun|com\.sun)\./) g = "JDK"
      n[g]++; if (src ~ /shared objects file/) s[g]++
      if (!(g in f)) f[g] = t
      l[g] = t; total++; if (src ~ /shared objects file/) stotal++
    }
    END {
      printf "%-26s %7s %9s %9s %8s\n", "library", "classes", "from CDS", "first_ms", "last_ms"
      for (g in n) printf "%-26s %7d %9d %9.0f %8.0f\n", g, n[g], s[g], f[g], l[g] | "sort -k2 -nr"
      close("sort -k2 -nr")
      printf "%-26s %7d %9d\n", "total", total, stotal
    }' "$1"
}

run_cli() {
  echo "bench: building the jar (mvn package, tests skipped)..." >&2
  mvn -q -B -DskipTests package
  build_tests
  local jar="target/reachable.jar" dir="$out/cli"
  mkdir -p "$dir/hello"
  local data
  data="$(mktemp -d)"
  java -jar "$jar" --data-dir "$data" init --example >/dev/null 2>&1
  cat > "$dir/hello/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
JAVA
  javac -d "$dir/hello" "$dir/hello/Hello.java"
  echo "bench: AppCDS archive (one training run of status)..." >&2
  rm -f "$dir/reachable.jsa"
  java -XX:ArchiveClassesAtExit="$dir/reachable.jsa" -jar "$jar" --data-dir "$data" status \
    >"$dir/appcds-dump.log" 2>&1 || true
  echo "bench: $(grep -c 'Pre JDK 6 class not supported' "$dir/appcds-dump.log" || true) classes could not be" \
    "archived (class file version 49, picocli's); see $dir/appcds-dump.log" >&2

  local runs="${BENCH_RUNS:-10}"
  local -a cases=(
    "java -version (bare JVM)"                    "java -version"
    "hello world on the jar's class path"         "java -cp $jar:$dir/hello Hello"
    "reachable --version (Jackson + picocli)"     "java -jar $jar --version"
    "reachable status"                            "java -jar $jar --data-dir $data status"
    "status -Xshare:off (no CDS at all)"          "java -Xshare:off -jar $jar --data-dir $data status"
    "status -XX:TieredStopAtLevel=1"              "java -XX:TieredStopAtLevel=1 -jar $jar --data-dir $data status"
    "status AppCDS"                               "java -XX:SharedArchiveFile=$dir/reachable.jsa -jar $jar --data-dir $data status"
    "status AppCDS + C1 only + SerialGC"          "java -XX:SharedArchiveFile=$dir/reachable.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar --data-dir $data status"
  )
  echo
  echo "== whole process, $runs runs each ($(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg))"
  if command -v hyperfine >/dev/null && [[ -z "${BENCH_NO_HYPERFINE:-}" ]]; then
    local -a hf=()
    local k
    for ((k = 0; k < ${#cases[@]}; k += 2)); do hf+=(-n "${cases[$k]}" "${cases[$k + 1]}"); done
    hyperfine -N --warmup 2 --runs "$runs" --style basic --export-markdown "$dir/hyperfine.md" \
      --export-json "$dir/hyperfine.json" "${hf[@]}" 2>&1 | grep -v '^ *$' || true
    echo
    cat "$dir/hyperfine.md"
  else
    loop_times "$runs" "${cases[@]}" | tee "$dir/loop-summary.txt"
  fi

  echo
  echo "== classes loaded by one 'reachable status' (uptime in ms)"
  java -Xlog:class+load:file="$dir/class-load.log":uptime -jar "$jar" --data-dir "$data" status >/dev/null 2>&1
  class_breakdown "$dir/class-load.log" | tee "$dir/class-load-summary.txt"
  echo
  echo "== the same with the AppCDS archive"
  java -XX:SharedArchiveFile="$dir/reachable.jsa" -Xlog:class+load:file="$dir/class-load-appcds.log":uptime \
    -jar "$jar" --data-dir "$data" status >/dev/null 2>&1
  class_breakdown "$dir/class-load-appcds.log" | tee "$dir/class-load-appcds-summary.txt"
  echo
  echo "== milestones of that first run (JVM uptime when the class first loaded)"
  for c in org.reachable.app.Launcher org.reachable.adapters.json.JsonCodec org.reachable.cli.ReachableCommand \
           org.reachable.adapters.files.DataFolder org.reachable.adapters.ics.IcsReader \
           org.reachable.domain.status.StatusResolver org.reachable.domain.status.Snapshot \
           'org.reachable.cli.StatusCommand[$][$]Lambda' java.lang.Shutdown; do
    grep -m1 " $c" "$dir/class-load.log" \
      | awk -v c="$c" '{ gsub(/[\[\]s]/, "", $1); gsub(/\[\$\]/, "$", c); printf "  %6.0f ms  %s\n", $1 * 1000, c }'
  done

  echo
  echo "== phases inside one fresh JVM (org.reachable.bench.CliPhases, System.nanoTime), 3 runs"
  for i in 1 2 3; do
    echo "-- run $i"
    java -cp "$jar:target/test-classes" org.reachable.bench.CliPhases "$data" 2>/dev/null
  done | tee "$dir/phases.txt"
  rm -rf "$data"
}

case "${1:-}" in
  cli) run_cli ;;
  all) shift; run_jmh "$@"; run_cli ;;
  jmh) shift; run_jmh "$@" ;;
  grid) shift; run_grid "$@" ;;
  -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" ;;
  *) run_jmh "$@" ;;
esac
