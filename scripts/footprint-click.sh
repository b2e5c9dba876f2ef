#!/usr/bin/env bash
# Issue 16 in one run, Reachable against the plainest JavaFX tray app (scripts/footprint/BareTrayFx.java:
# an AWT tray icon and one window the close button hides), on the same display, one after the other:
#   - idle, window closed, nothing due: wake-ups/s and CPU summed over every process of each app
#   - resident memory with the window closed, summed over the processes
#   - click -> window shown, CLICKS times, the window closed in between as a window manager's close
#     button does (wmctrl -c: _NET_CLOSE_WINDOW, and openbox sends WM_DELETE_WINDOW); the first
#     click comes after the idle period and is reported apart
# "Shown" = mapped and its content drawn (the window holds more than one colour: a fresh JavaFX
# window is a blank frame for a while). A click is the line the tray's click puts on the wire: for
# Reachable SHOW over the single-instance socket (what a second start and "Open" send), for the
# bare app SHOW on its standard input.
#
#   scripts/footprint-click.sh [IDLE_SECONDS] [CLICKS]     default 60 s, 10 clicks
#
# Needs: xvfb trayer openbox wmctrl xdotool imagemagick (apt-get install -y xvfb trayer openbox wmctrl
#        xdotool imagemagick libgtk-3-0)
set -euo pipefail
cd "$(dirname "$0")/.."
IDLE=${1:-60}
CLICKS=${2:-10}
FLAGS=(-XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions
       -XX:GuaranteedSafepointInterval=0 -XX:AsyncDeflationInterval=60000)   # JvmFlags.IDLE
JAR=${JAR:-target/reachable.jar}
[ -f "$JAR" ] || mvn -q -B -DskipTests package
work=$(mktemp -d /tmp/footprint-click.XXXX)
# a private home, config and cache: the user's own data folder and desktop settings are never touched
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$work/classes"
unset DBUS_SESSION_BUS_ADDRESS   # the AWT tray on both sides
javac -d "$work/classes" -cp "$JAR" scripts/footprint/BareTrayFx.java

source scripts/xvfb-tray.sh
openbox >/dev/null 2>&1 & wm=$!
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; kill "$wm" 2>/dev/null || true
  stop_display; rm -rf "$work"; }
trap cleanup EXIT

now_ms() { date +%s%3N; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14+$15)*1000/hz}' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS/{printf "%d", $2/1024}' "/proc/$1/status"; }
# voluntary context switches per thread; growth summed over the threads alive at both ends
switches() { local f; for f in /proc/$1/task/*/status; do
  awk -v t="${f%/status}" '/^voluntary_ctxt_switches/{sub(".*/", "", t); print t, $2}' "$f" 2>/dev/null; done; }
grown() { join <(echo "$1" | sort) <(echo "$2" | sort) | awk '{d+=$3-$2} END {print d+0}'; }
idle() { # label pids... -> wake-ups/s and CPU over IDLE s, summed over the pids
  local label=$1; shift; local p w=0 c=0; declare -A s0 c0
  for p in "$@"; do s0[$p]=$(switches "$p"); c0[$p]=$(cpu_ms "$p"); done
  sleep "$IDLE"
  for p in "$@"; do w=$((w + $(grown "${s0[$p]}" "$(switches "$p")"))); c=$((c + $(cpu_ms "$p") - ${c0[$p]})); done
  local r=0; for p in "$@"; do r=$((r + $(rss_mb "$p"))); done
  printf "%-30s %6.1f wake-ups/s  %5d ms CPU in %d s (%.2f s per 5 min)  RSS %d MB (%d processes)\n" "$label" \
    "$(echo "$w/$IDLE" | bc -l)" "$c" "$IDLE" "$(echo "$c*300/$IDLE/1000" | bc -l)" "$r" "$#"; }
wait_shown() { # title -> prints mapped/drawn ms since $1's t0 (global T0)
  local wid="" t1 t2 end=$(( $(now_ms) + 30000 ))
  until wid=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1) && [ -n "$wid" ]; do
    [ "$(now_ms)" -lt "$end" ] || { echo "timeout/timeout"; return; }; sleep 0.02; done; t1=$(now_ms)
  until [ "$(import -window "$wid" png:- 2>/dev/null | identify -format %k - 2>/dev/null)" -gt 1 ] 2>/dev/null; do
    [ "$(now_ms)" -lt "$end" ] || { echo "$((t1 - T0))/timeout"; return; }; sleep 0.02; done; t2=$(now_ms)
  echo "$((t1 - T0))/$((t2 - T0))"; }
close() { wmctrl -c "$1"; local end=$(( $(now_ms) + 10000 ))
  while xdotool search --onlyvisible --name "^$1\$" >/dev/null 2>&1; do [ "$(now_ms)" -lt "$end" ] || break; sleep 0.05; done; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
report() { # label "mapped/drawn/cpu ..." 
  local label=$1 all=$2 first rest; first=${all%% *}; rest=${all#* }
  printf "%-30s first after idle: mapped %s ms, drawn %s ms, CPU %s ms\n" "$label" $(echo "$first" | tr / ' ')
  printf "%-30s later (%d): median mapped %s ms, drawn %s ms, CPU %s ms; each: %s\n" "" "$(wc -w <<< "$rest")" \
    "$(tr ' ' '\n' <<< "$rest" | cut -d/ -f1 | median)" "$(tr ' ' '\n' <<< "$rest" | cut -d/ -f2 | median)" \
    "$(tr ' ' '\n' <<< "$rest" | cut -d/ -f3 | median)" "$rest"; }

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores shared: compare within the run)"

# --- the bare JavaFX tray app
mkfifo "$work/bare.in"; exec 7<>"$work/bare.in"
java "${FLAGS[@]}" -cp "$work/classes:$JAR" BareTrayFx <"$work/bare.in" >/dev/null 2>&1 & bare=$!; pids+=("$bare")
printf 'SHOW\n' >&7; T0=$(now_ms); wait_shown '^BareTrayFx$' >/dev/null; close BareTrayFx; sleep 5
idle "bare JavaFX tray app, closed" "$bare"
bare_clicks=""
for i in $(seq "$CLICKS"); do
  c0=$(cpu_ms "$bare"); T0=$(now_ms); printf 'SHOW\n' >&7
  r=$(wait_shown '^BareTrayFx$'); bare_clicks+="$r/$(( $(cpu_ms "$bare") - c0 )) "; close BareTrayFx; sleep 2
done
exec 7>&-; kill "$bare"; wait "$bare" 2>/dev/null || true

# --- Reachable: the tray process and the window process it starts ahead
data="$work/data"
java -jar "$JAR" --data-dir "$data" init --example >/dev/null
java "${FLAGS[@]}" -jar "$JAR" --data-dir "$data" --background >/dev/null 2>&1 & tray=$!; pids+=("$tray")
end=$(( $(now_ms) + 60000 ))
until grep -q "waits hidden" "$data/reachable.log" 2>/dev/null; do
  [ "$(now_ms)" -lt "$end" ] || { echo "the window process did not start ahead" >&2; exit 1; }; sleep 0.5; done
win=$(pgrep -P "$tray" java | head -1); pids+=("$win"); sleep 5
idle "Reachable, closed (2 procs)" "$tray" "$win"
show() { read -r port token < "$data/reachable.port"
  exec 8<>"/dev/tcp/127.0.0.1/$port"; printf '%s SHOW\n' "$token" >&8; read -r _ <&8; exec 8>&-; }
app_clicks=""
for i in $(seq "$CLICKS"); do
  c0=$(cpu_ms "$win"); T0=$(now_ms); show
  r=$(wait_shown '^Reachable$'); app_clicks+="$r/$(( $(cpu_ms "$win") - c0 )) "
  [ "$i" = 1 ] && import -window root "$work/first-open.png" && cp "$work/first-open.png" target/footprint-first-open.png
  close Reachable; sleep 2
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
report "bare JavaFX tray app" "$bare_clicks"
report "Reachable" "$app_clicks"
