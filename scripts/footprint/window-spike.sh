#!/usr/bin/env bash
# Spike for issue 16: how fast can a tray click show the main window? Measures, in one run under
# Xvfb, the time from the click's message (SHOW on the window process's input, as the tray sends
# it) to the main window mapped, for the ways a window process can be ready:
#   cold            a new JVM per open (what Reachable does today)
#   cold+cds        the same with an AppCDS archive of the window's classes
#   parked          a JVM started ahead and parked before the toolkit starts (no pulse while parked)
#   parked+classes  parked, with the window's classes loaded and linked while it waits
#   parked+cds      parked, with the AppCDS archive
# and the bare JavaFX app's launch to window as the baseline; plus what a parked JVM costs while
# it waits (wake-ups/s, RSS). The first trial of each mode leaves a screenshot to look at.
#
#   scripts/footprint/window-spike.sh [TRIALS]     default 5
set -euo pipefail
cd "$(dirname "$0")/../.."
TRIALS=${1:-5}
FLAGS=(-XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions
       -XX:GuaranteedSafepointInterval=0 -XX:AsyncDeflationInterval=60000)
WINDOW=(-XX:TieredStopAtLevel=1 -Xms16m -Xmx256m)   # TrayApp.WINDOW_JVM_OPTIONS
JAR=${JAR:-target/reachable.jar}
[ -f "$JAR" ] || mvn -q -B -DskipTests package
OUT=${OUT:-target/window-spike}
rm -rf "$OUT"; mkdir -p "$OUT"
work=$(mktemp -d /tmp/window-spike.XXXX)
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
unset DBUS_SESSION_BUS_ADDRESS   # no desktop services: the window alone

source scripts/xvfb-tray.sh
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; stop_display; rm -rf "$work"; }
trap cleanup EXIT

mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$JAR" scripts/footprint/ParkedLauncher.java scripts/footprint/MinimalFx.java
jar cf "$work/spike.jar" -C "$work/classes" .
CP="$JAR:$work/spike.jar"
data="$work/data"
java -jar "$JAR" --data-dir "$data" init --example >/dev/null

now_ms() { date +%s%3N; }
mapped() { xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; }
wait_mapped() { local end=$(( $(now_ms) + 30000 )); until mapped "$1"; do
  [ "$(now_ms)" -lt "$end" ] || { echo "no window '$1' within 30 s" >&2; return 1; }; sleep 0.01; done; }
# "shown" as the issue counts it: mapped, and its header drawn (a freshly mapped JavaFX window is a
# blank frame for a while): the window holds more than one colour (the screenshots show the header)
wait_drawn() { local wid end=$(( $(now_ms) + 30000 )); wid=$(xdotool search --onlyvisible --name "$1" | head -1)
  until [ "$(import -window "$wid" png:- 2>/dev/null | identify -format %k - 2>/dev/null)" -gt 1 ] 2>/dev/null; do
    [ "$(now_ms)" -lt "$end" ] || { echo "window '$1' still blank after 30 s" >&2; return 1; }; sleep 0.01; done; }
wait_gone() { local end=$(( $(now_ms) + 15000 )); while kill -0 "$1" 2>/dev/null; do
  [ "$(now_ms)" -lt "$end" ] || { kill "$1"; break; }; sleep 0.05; done; wait "$1" 2>/dev/null || true; }
# voluntary context switches per thread (tid count); a thread that ends takes its count along, so
# the growth is summed over the threads alive at both ends (the JVM retires idle compiler threads)
switches() { local f; for f in /proc/$1/task/*/status; do
  awk -v t="${f%/status}" '/^voluntary_ctxt_switches/{sub(".*/", "", t); print t, $2}' "$f" 2>/dev/null; done; }
wakeups_per_s() { # pid seconds -> wake-ups/s over that time
  local before; before=$(switches "$1"); sleep "$2"
  join <(echo "$before" | sort) <(switches "$1" | sort) | awk -v s="$2" '{d+=$3-$2} END {printf "%.1f", d/s}'; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14+$15)*1000/hz}' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS/{printf "%d", $2/1024}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The window's classes and an AppCDS archive of them, from one cold open that is then closed
java "${FLAGS[@]}" "${WINDOW[@]}" -Xlog:class+load:file="$work/classes.log" \
  -XX:ArchiveClassesAtExit="$work/window.jsa" -cp "$CP" ParkedLauncher --data-dir "$data" --ui \
  < <(printf 'GO\nSHOW\n'; sleep 8; printf 'QUIT\n'; sleep 5) >/dev/null 2>&1 & p=$!
wait_mapped '^Reachable$'; wait_gone "$p"
sed -n 's/^\[[^]]*\]\[info\]\[class,load\] \([^ ]*\) source: .*/\1/p' "$work/classes.log" \
  | grep -v 'Lambda\|0x' > "$work/classes.txt" || true
echo "window classes: $(wc -l < "$work/classes.txt"); AppCDS archive: $(du -m "$work/window.jsa" | cut -f1) MB"

trial() { # mode number -> ms from SHOW to mapped
  local mode=$1 n=$2 extra=() fifo="$work/in" t0 t1 t2 p c0=0 c1
  case "$mode" in *cds) extra=(-XX:SharedArchiveFile="$work/window.jsa");; esac
  case "$mode" in parked+classes) extra=(-Dspike.classlist="$work/classes.txt");; esac
  rm -f "$fifo"; mkfifo "$fifo"; exec 7<>"$fifo"
  case "$mode" in
    cold*)
      t0=$(now_ms)
      java "${FLAGS[@]}" "${WINDOW[@]}" "${extra[@]}" -cp "$CP" ParkedLauncher --data-dir "$data" --ui \
        <"$fifo" >"$work/$mode.log" 2>&1 & p=$!
      printf 'GO\nSHOW\n' >&7 ;;
    parked*)
      java "${FLAGS[@]}" "${WINDOW[@]}" "${extra[@]}" -cp "$CP" ParkedLauncher --data-dir "$data" --ui \
        <"$fifo" >"$work/$mode.log" 2>&1 & p=$!
      until grep -q '^parked$' "$work/$mode.log"; do sleep 0.05; done
      sleep 3
      if [ "$n" = 1 ]; then
        echo "  $mode while parked: $(wakeups_per_s "$p" 20) wake-ups/s, RSS $(rss_mb "$p") MB" >&2
      fi
      c0=$(cpu_ms "$p"); t0=$(now_ms)
      printf 'GO\nSHOW\n' >&7 ;;
  esac
  pids+=("$p")
  wait_mapped '^Reachable$'; t1=$(now_ms)
  wait_drawn '^Reachable$'; t2=$(now_ms); c1=$(cpu_ms "$p")
  [ "$n" = 1 ] && import -window root "$OUT/$mode.png"
  printf 'QUIT\n' >&7; exec 7>&-
  wait_gone "$p"
  echo "$((t1 - t0))/$((t2 - t0))/$((c1 - c0))"
}

baseline() { local t0 t1 t2 c1 p; t0=$(now_ms)
  java "${FLAGS[@]}" -cp "$CP" MinimalFxMain >/dev/null 2>&1 & p=$!; pids+=("$p")
  wait_mapped '^MinimalFx$'; t1=$(now_ms); wait_drawn '^MinimalFx$'; t2=$(now_ms); c1=$(cpu_ms "$p")
  kill "$p"; wait "$p" 2>/dev/null || true; echo "$((t1 - t0))/$((t2 - t0))/$c1"; }

declare -A times
for n in $(seq "$TRIALS"); do
  times[bare]+="$(baseline) "
  for mode in cold cold+cds parked parked+classes parked+cds; do
    times[$mode]+="$(trial "$mode" "$n") "
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores shared: wall times stretch with it, CPU less)"
printf "%-16s %9s %9s %9s   %s\n" "mode" "mapped" "drawn" "CPU" "each mapped/drawn/CPU in ms (SHOW -> main window; bare: launch -> window)"
for mode in bare cold cold+cds parked parked+classes parked+cds; do
  printf "%-16s %6d ms %6d ms %6d ms   %s\n" "$mode" "$(printf '%s\n' ${times[$mode]} | cut -d/ -f1 | median)" \
    "$(printf '%s\n' ${times[$mode]} | cut -d/ -f2 | median)" "$(printf '%s\n' ${times[$mode]} | cut -d/ -f3 | median)" \
    "${times[$mode]}"
done
