#!/usr/bin/env bash
# The parked window process's memory, A/B (issue 16, goal 5 before the first open): window processes
# started side by side on one Xvfb display with openbox, as the tray starts them (JvmFlags.forWindow,
# GDK_GL=disable, standard input from the "tray"), each variant with its own extra JVM options. Per
# process, once parked ("waits hidden") and WAIT seconds later: RSS (anonymous / file), the heap
# (GC.heap_info: committed and used), and then OPENS opens (SHOW, as a tray click sends it) with the
# window's mapped / drawn time and the process's CPU, closed in between (wmctrl -c), and RSS after.
#
#   scripts/footprint/window-memory.sh "VARIANT A OPTIONS" "VARIANT B OPTIONS" ...
#   ("" = the window process as it ships; "-XX:SharedArchiveFile=tray" = with the tray's class
#   archive, made by a tray start first, as the window process inherits it; "JAR=/tmp/other.jar
#   OPTIONS" = another build of the jar)
#   env: WAIT=90 OPENS=3 ROUNDS=1 JAR=target/reachable.jar DISPLAY_FROM=70 DISPLAY_TO=99
#        DETAIL=1: NMT (with -XX:NativeMemoryTracking=summary), heap, class histogram, metaspace,
#        pmap and smaps of each parked process in target/window-memory/; DETAIL=dump: a heap dump too
# Each round starts the variants anew and opens them one after the other, another first each round;
# the first open of each leaves a screenshot in target/window-memory/.
#
# Private HOME and XDG folders, its own session bus; stops what it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WAIT=${WAIT:-90}
OPENS=${OPENS:-3}
ROUNDS=${ROUNDS:-1}
JAR=${JAR:-target/reachable.jar}; [ "${JAR#/}" != "$JAR" ] || JAR=$ROOT/$JAR
[ $# -gt 0 ] || set -- ""
if [ -z "${WINDOW_MEMORY_INSIDE_BUS:-}" ]; then
  work=$(mktemp -d /tmp/window-memory.XXXX); trap 'rm -rf "$work"' EXIT
  rc=0; WINDOW_MEMORY_INSIDE_BUS=1 HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
    WORK="$work" dbus-run-session -- "$0" "$@" || rc=$?
  exit $rc
fi
source scripts/footprint/measure.sh
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
FLAGS=(-XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions
       -XX:GuaranteedSafepointInterval=0 -XX:AsyncDeflationInterval=60000 -Xms16m -Xmn8m -XX:TieredStopAtLevel=1)
WINDOW=(-XX:TieredStopAtLevel=1 -Xms16m -Xmn4m -Xmx256m -Dprism.order=sw -Dprism.disableRegionCaching=true -XX:TrimNativeHeapInterval=60000)   # JvmFlags.WINDOW
ARCHIVE=$XDG_CACHE_HOME/reachable/tray.jsa
trap stop_all EXIT; trap 'exit 130' INT; trap 'exit 143' TERM HUP
build_shown
n=""; for d in $(seq "${DISPLAY_FROM:-70}" "${DISPLAY_TO:-99}"); do
  [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ] || { n=$d; break; }; done
[ -n "$n" ] || { echo "no free X display" >&2; exit 1; }
export DISPLAY=:$n
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & PIDS+=($!)
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
openbox >/dev/null 2>&1 & PIDS+=($!)
sleep 1
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ " $* " == *SharedArchiveFile=tray* ]]; then   # the tray's archive, made as a first start makes it
  trayer --edge top --align left --widthtype pixel --width 200 --heighttype pixel --height 32 >/dev/null 2>&1 & PIDS+=($!)
  sleep 1
  java -jar "$JAR" --data-dir "$WORK/prime/reachable" init --example >/dev/null
  env XDG_CONFIG_HOME="$WORK/prime" java "${FLAGS[@]}" -XX:SharedArchiveFile="$ARCHIVE" -jar "$JAR" --background \
    </dev/null >/dev/null 2>&1 & p=$!
  for _ in $(seq 240); do [ -f "$ARCHIVE" ] && break; sleep 0.5; done; sleep 1; stop_app "$p"
  echo "tray archive: $(du -m "$ARCHIVE" 2>/dev/null | cut -f1) MB"
fi

heap() { jcmd "$1" GC.heap_info 2>/dev/null | perl -ne '($t, $u) = /generation\s+total (\d+)K, used (\d+)K/ or next;
  $T += $t; $U += $u; END { printf "heap used %d of %d MB committed", $U / 1024, $T / 1024 }'; }
anon_file() { awk '/^Anonymous:/ {a=$2} /^Rss:/ {r=$2} END {printf "anon %d file %d", a/1024, (r-a)/1024}' "/proc/$1/smaps_rollup"; }
mem_line() { echo "RSS $(rss_mb "$1") MB ($(anon_file "$1"); $(heap "$1"))"; }

declare -A WPID IN
start_window() { # index options
  local dir=$WORK/w$1; java -jar "$JAR" --data-dir "$dir" init --example >/dev/null
  mkfifo "$WORK/in$1"; sleep infinity > "$WORK/in$1" & PIDS+=($!)   # the tray's end of the pipe, held open
  local opts=${2//SharedArchiveFile=tray/SharedArchiveFile=$ARCHIVE} jar=$JAR
  if [[ $opts == JAR=* ]]; then jar=${opts%% *}; jar=${jar#JAR=}; opts=${opts#JAR=$jar}; fi   # another build
  # shellcheck disable=SC2086
  env GDK_GL=disable java "${FLAGS[@]}" "${WINDOW[@]}" $opts -cp "$jar" org.reachable.app.Launcher --data-dir "$dir" --ui \
    < "$WORK/in$1" > "$WORK/out$1" 2> "$WORK/log$1" & WPID[$1]=$!; PIDS+=(${WPID[$1]})
  exec {fd}> "$WORK/in$1"; IN[$1]=$fd; }
open_close() { # index -> "mapped/drawn/cpu"
  local p=${WPID[$1]} c0 t0 r; c0=$(cpu_ms "$p"); t0=$(now_ms)
  echo SHOW >&"${IN[$1]}"; r=$(wait_shown Reachable "$t0"); r+="/$(( $(cpu_ms "$p") - c0 ))"
  [ -f "$ROOT/target/window-memory/open-$1.png" ] || { mkdir -p "$ROOT/target/window-memory"
    import -window root "$ROOT/target/window-memory/open-$1.png" 2>/dev/null; }
  close_window Reachable; sleep 1; echo "$r"; }

for round in $(seq "$ROUNDS"); do
  i=0; for v in "$@"; do i=$((i + 1)); start_window "$round$i" "$v"; done
  i=0; for v in "$@"; do i=$((i + 1))
    wait_for grep -m1 "waits hidden" "$WORK/log$round$i" >/dev/null || { echo "variant $i did not park"; tail "$WORK/log$round$i"; exit 1; }; done
  parked=$(now_ms); sleep "$WAIT"
  i=0; for v in "$@"; do i=$((i + 1)); printf "%-60s parked %ds: %s\n" "[${v:-as shipped}]" "$WAIT" "$(mem_line "${WPID[$round$i]}")"
    if [ -n "${DETAIL:-}" ]; then   # where it goes: NMT (with -XX:NativeMemoryTracking=summary), mappings
      mkdir -p "$ROOT/target/window-memory"; p=${WPID[$round$i]}
      jcmd "$p" VM.native_memory summary > "$ROOT/target/window-memory/nmt-$round$i.txt" 2>&1 || true
      jcmd "$p" GC.heap_info > "$ROOT/target/window-memory/heap-$round$i.txt" 2>&1 || true
      jcmd "$p" GC.class_histogram > "$ROOT/target/window-memory/histogram-$round$i.txt" 2>&1 || true
      jcmd "$p" VM.metaspace > "$ROOT/target/window-memory/metaspace-$round$i.txt" 2>&1 || true
      [ "${DETAIL:-}" != dump ] || jcmd "$p" GC.heap_dump "$ROOT/target/window-memory/heap-$round$i.hprof" >/dev/null 2>&1 || true
      pmap -x "$p" > "$ROOT/target/window-memory/pmap-$round$i.txt" 2>&1 || true
      cp "/proc/$p/smaps" "$ROOT/target/window-memory/smaps-$round$i.txt"; fi; done
  # the variants open one after the other, each round another first (the first to open had the
  # cheapest first open in every run, whichever it was)
  order=$(for k in $(seq 0 $(($# - 1))); do echo $(( (k + round - 1) % $# + 1 )); done)
  for i in $order; do v=${!i}; opens=""
    for _ in $(seq "$OPENS"); do opens+="$(open_close "$round$i") "; sleep 2; done
    printf "%-60s opens (mapped/drawn/CPU ms): %s\n" "[${v:-as shipped}]" "$opens"; done
  sleep 5
  i=0; for v in "$@"; do i=$((i + 1)); printf "%-60s after opens: %s\n" "[${v:-as shipped}]" "$(mem_line "${WPID[$round$i]}")"; done
  i=0; for v in "$@"; do i=$((i + 1)); stop_pid "${WPID[$round$i]}"; done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
