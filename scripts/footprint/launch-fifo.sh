#!/usr/bin/env bash
# Launch -> tray icon docked (issue 16, goal 4) on the AWT path, alternating with the bare JavaFX tray app, with
# the apps and the desktop under SCHED_FIFO (chrt -f 10) so that other work on a shared machine does not preempt
# them: on the loaded 2-core machine of the sixth session the bare app then docked in 152-180 ms, as in a quiet
# run, where `ONLY=launch scripts/footprint.sh` swung by +-50 %. Needs root for chrt (FIFO=0: without it).
#
#   scripts/footprint/launch-fifo.sh [JAR ...]        default target/reachable.jar; ROUNDS=8
#   IMAGE=target/jpackage/image/Reachable scripts/footprint/launch-fifo.sh
#                                                    also the app-image's bin/Reachable, bound at /opt/reachable
#
# Each jar starts as its autostart entry does (JvmFlags.LAUNCHER, its class archive in place, --background, a fresh
# copy of the example data), its archive made first by a start of its own. The icon docked = trayer's
# ReparentNotify (an `xev -root` log), on Xvfb + openbox + trayer and a private bus with no watcher (so Reachable
# takes the AWT tray). Prints each start's ms and the CPU of all its threads until then, and the medians.
# Never touches the user's data, bus or display: everything under a temporary HOME; stops what it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
ROUNDS=${ROUNDS:-8}
JARS=("$@"); [ ${#JARS[@]} -gt 0 ] || JARS=(target/reachable.jar)
for i in "${!JARS[@]}"; do JARS[$i]=$(readlink -f "${JARS[$i]}"); [ -f "${JARS[$i]}" ] || { echo "no ${JARS[$i]}" >&2; exit 1; }; done
FIFO=(); [ "${FIFO:-1}" = 0 ] || FIFO=(chrt -f 10)
W=$(mktemp -d /tmp/launch-fifo.XXXX)
export HOME=$W/home; mkdir -p "$HOME"
FLAGS=(-XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions
       -XX:GuaranteedSafepointInterval=0 -XX:AsyncDeflationInterval=60000)   # JvmFlags.IDLE (the bare app's too)
MEMORY=(-Xms16m -Xmn8m -XX:TieredStopAtLevel=1)                             # JvmFlags.MEMORY

PIDS=()
cleanup() { local p; for ((p=${#PIDS[@]}-1; p>=0; p--)); do kill "${PIDS[$p]}" 2>/dev/null || true; done; rm -rf "$W"; }
trap cleanup EXIT
n=${DISPLAY_FROM:-70}; while [ -e /tmp/.X11-unix/X$n ]; do n=$((n + 1)); done; export DISPLAY=:$n
"${FIFO[@]}" Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & PIDS+=($!)
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
"${FIFO[@]}" openbox >/dev/null 2>&1 & PIDS+=($!)
"${FIFO[@]}" stdbuf -oL xev -root -event substructure 2>/dev/null | perl -MTime::HiRes=time -ne 'BEGIN { $| = 1 }
  chomp; if (/^\s*$/) { print "$e\n" if defined $e; undef $e; next }
  if (defined $e) { s/^\s+/ /; $e .= $_ } else { $e = sprintf("%.0f %s", time * 1000, $_) }' > "$W/x.log" & PIDS+=($!)
sleep 0.5
"${FIFO[@]}" trayer --edge top --align left --widthtype pixel --width 200 --heighttype pixel --height 32 \
  --SetDockType true --transparent false >/dev/null 2>&1 & PIDS+=($!)
{ read -r DBUS_SESSION_BUS_ADDRESS; read -r BUS_PID; } < <(dbus-daemon --session --fork --print-address=1 --print-pid=1)
export DBUS_SESSION_BUS_ADDRESS; PIDS+=("$BUS_PID")
[ ${#FIFO[@]} = 0 ] || chrt -f -p 10 "$BUS_PID" >/dev/null
sleep 1

now_ms() { date +%s%3N; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14+$15)*1000/hz}' "/proc/$1/stat" 2>/dev/null; }
docked_after() { awk -v t0="$1" '$1 >= t0 && $2 == "ReparentNotify" {print $1; exit}' "$W/x.log"; }
fresh_data() { rm -rf "$W/config"; mkdir -p "$W/config"; cp -r "$W/example" "$W/config/reachable"; }
one() { # name command... -> "name ms cpu"
  local name=$1 t0 p ev="" c=""; shift
  t0=$(now_ms); "${FIFO[@]}" "$@" </dev/null >/dev/null 2>&1 & p=$!
  while [ -z "$ev" ] && [ $(( $(now_ms) - t0 )) -lt 60000 ]; do
    ev=$(docked_after "$t0"); [ -n "$ev" ] && c=$(cpu_ms "$p"); sleep 0.02; done
  sleep 0.3; local k; for k in $(pgrep -P "$p" java || true); do kill "$k" 2>/dev/null || true; done
  kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; sleep 0.7
  if [ -n "$ev" ]; then echo "$name $((ev - t0)) ${c:--}"; else echo "$name timeout -"; fi; }
jar_run() { # index jar -> the autostart entry's command of a jar run, its archive (ClassArchive.forUser) in place
  echo env XDG_CACHE_HOME="$W/cache-$1" java "${FLAGS[@]}" "${MEMORY[@]}" -XX:ArchiveRelocationMode=0 \
    -XX:SharedArchiveFile="$W/cache-$1/reachable/tray.jsa" -jar "$2" --background; }

mkdir -p "$W/classes"; javac -d "$W/classes" -cp "${JARS[0]}" scripts/footprint/BareTrayFx.java
java -jar "${JARS[0]}" --data-dir "$W/example" init --example >/dev/null 2>&1
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg); display $DISPLAY; ${FIFO[*]:-no chrt}"
for i in "${!JARS[@]}"; do   # each jar's archive, made by a first start (ClassArchive, 20 s after it)
  read -ra cmd <<< "$(jar_run "$i" "${JARS[$i]}")"; archive=$W/cache-$i/reachable/tray.jsa
  fresh_data; XDG_CONFIG_HOME=$W/config "${cmd[@]}" >/dev/null 2>&1 & p=$!
  for _ in $(seq 240); do [ -f "$archive" ] && break; sleep 0.5; done; sleep 1
  for k in $(pgrep -P "$p" java || true); do kill "$k" 2>/dev/null || true; done; kill "$p"; wait "$p" 2>/dev/null || true
  echo "jar$((i + 1)) ${JARS[$i]}: archive $( [ -f "$archive" ] && du -m "$archive" | cut -f1 || echo none) MB"
done
for r in $(seq "$ROUNDS"); do
  one bare java "${FLAGS[@]}" -cp "$W/classes:${JARS[0]}" BareTrayFx
  for i in "${!JARS[@]}"; do
    read -ra cmd <<< "$(jar_run "$i" "${JARS[$i]}")"; fresh_data
    XDG_CONFIG_HOME=$W/config one "jar$((i + 1))" "${cmd[@]}"
  done
  if [ -n "${IMAGE:-}" ]; then
    fresh_data
    XDG_CONFIG_HOME=$W/config one image unshare --mount sh -c \
      'mount -t tmpfs tmpfs /opt && mkdir /opt/reachable && mount --bind "$0" /opt/reachable && exec "$@"' \
      "$(readlink -f "$IMAGE")" /opt/reachable/bin/Reachable --background
  fi
done | tee "$W/starts"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
bare=$(awk '$1 == "bare" {print $2}' "$W/starts" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
for name in $(awk '{print $1}' "$W/starts" | awk '!seen[$0]++'); do
  m=$(awk -v n="$name" '$1 == n {print $2}' "$W/starts" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  c=$(awk -v n="$name" '$1 == n {print $3}' "$W/starts" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  label=$name; [ "${name#jar}" != "$name" ] && label="$name (${JARS[${name#jar}-1]})"
  printf "%-60s median %4s ms (%s x bare), CPU until docked %s ms\n" "$label" "$m" \
    "$(echo "scale=2; $m / $bare" | bc)" "$c"
done
