#!/usr/bin/env bash
# Measures what a tray app costs all day, against a minimal JavaFX app that opens one window,
# in the same run on the same machine (these machines are noisy: compare ratios).
#
#   scripts/footprint.sh [IDLE_SECONDS]      default 300 (the budget's five minutes)
#
# Needs: xvfb trayer xdotool x11-utils bc (apt-get install -y xvfb trayer xdotool x11-utils bc libgtk-3-0)
# Prints: launch-to-tray vs launch-to-window, resident memory, idle wake-ups/s and CPU seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
IDLE=${1:-300}
RUNS=${RUNS:-5}
FLAGS="-XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=0 -XX:AsyncDeflationInterval=60000"   # JvmFlags.IDLE: every launcher's

mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/footprint-cp.txt >/dev/null
CP=$(cat target/footprint-cp.txt)
mkdir -p target/footprint
javac -d target/footprint -cp "$CP" scripts/footprint/MinimalFx.java

source scripts/xvfb-tray.sh
# only what this script started, by its id
trap 'kill ${pid:-} ${base:-} ${app:-} 2>/dev/null || true; stop_display' EXIT

now_ms() { date +%s%3N; }
rss_kb() { awk '/^VmRSS/{print $2}' /proc/$1/status; }
wakeups() { # pid -> total voluntary context switches over all threads
  local s=0; for f in /proc/$1/task/*/status; do v=$(awk '/^voluntary_ctxt_switches/{print $2}' "$f" 2>/dev/null || echo 0); s=$((s+${v:-0})); done; echo $s; }
cpu_ticks() { awk '{print $14+$15}' /proc/$1/stat; }
idle() { # label pids... -> wake-ups/s and CPU seconds over IDLE seconds, summed over the pids
  local label=$1; shift; local w1=0 c1=0 w2=0 c2=0 p
  for p in "$@"; do w1=$((w1+$(wakeups $p))); c1=$((c1+$(cpu_ticks $p))); done
  sleep "$IDLE"
  for p in "$@"; do w2=$((w2+$(wakeups $p))); c2=$((c2+$(cpu_ticks $p))); done
  printf "%-34s %7.1f wake-ups/s   %6.2f s CPU in %d s\n" "$label" \
    "$(echo "($w2-$w1)/$IDLE" | bc -l)" "$(echo "($c2-$c1)/$(getconf CLK_TCK)" | bc -l)" "$IDLE"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== launch time (median of $RUNS) and memory"
base_ms=(); app_ms=(); base_rss=(); app_rss=()
for i in $(seq "$RUNS"); do
  t0=$(now_ms); java $FLAGS -cp "target/footprint:$CP" MinimalFxMain & pid=$!
  xdotool search --sync --name '^MinimalFx$' >/dev/null; base_ms+=($(( $(now_ms) - t0 )))
  sleep 3; base_rss+=($(rss_kb $pid)); kill $pid; wait $pid 2>/dev/null || true

  data=$(mktemp -d /tmp/footprint-data.XXXX)
  java -jar target/reachable.jar --data-dir "$data" init --example >/dev/null
  t0=$(now_ms); java $FLAGS -jar target/reachable.jar --data-dir "$data" --background & pid=$!
  xdotool search --sync --name '^JavaEmbeddedFrame$' >/dev/null; app_ms+=($(( $(now_ms) - t0 )))
  sleep 3; app_rss+=($(rss_kb $pid)); kill $pid; wait $pid 2>/dev/null || true
  sleep 1; rm -rf "$data"
done
b=$(printf '%s\n' "${base_ms[@]}" | median); a=$(printf '%s\n' "${app_ms[@]}" | median)
br=$(printf '%s\n' "${base_rss[@]}" | median); ar=$(printf '%s\n' "${app_rss[@]}" | median)
printf "minimal JavaFX, launch to window   %6d ms   RSS %6d kB\n" "$b" "$br"
printf "Reachable, launch to tray icon     %6d ms   RSS %6d kB\n" "$a" "$ar"
printf "ratio                              %6.2f x       %6.2f x   (budget 1.3 x each)\n" \
  "$(echo "$a/$b" | bc -l)" "$(echo "$ar/$br" | bc -l)"

echo "== idle for $IDLE s"
java $FLAGS -cp "target/footprint:$CP" MinimalFxMain & base=$!
xdotool search --sync --name '^MinimalFx$' >/dev/null; sleep 5
idle "minimal JavaFX, window open" $base
kill $base; wait $base 2>/dev/null || true

data=$(mktemp -d /tmp/footprint-data.XXXX)
java -jar target/reachable.jar --data-dir "$data" init --example >/dev/null
java $FLAGS -jar target/reachable.jar --data-dir "$data" --background & app=$!
xdotool search --sync --name '^JavaEmbeddedFrame$' >/dev/null; sleep 5
idle "Reachable, tray only" $app
echo "   RSS tray only: $(rss_kb $app) kB"
java $FLAGS -jar target/reachable.jar --data-dir "$data"   # a second start: shows the window
xdotool search --sync --name '^Reachable$' >/dev/null; sleep 5
win=$(pgrep -f -- "--data-dir $data --ui" | head -1)
idle "Reachable, window open (2 procs)" $app $win
echo "   RSS with window: tray $(rss_kb $app) kB + window $(rss_kb $win) kB"
kill $app; wait $app 2>/dev/null || true
rm -rf "$data"
