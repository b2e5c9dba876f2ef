#!/usr/bin/env bash
# Idle cost of the tray process with each tray it can have, in the same run on the same machine:
# the AWT (XEmbed) icon under trayer, and the StatusNotifierItem under status-notifier-watcher with
# gtk-sni-tray-standalone as the visible host. Both on a private session bus (dbus-run-session),
# the window closed (--background), nothing due. Rounds alternate AWT and SNI so a machine that gets
# busier part-way loads both alike.
#
#   scripts/footprint-trays.sh [IDLE_SECONDS] [ROUNDS]     default 60 s, 2 rounds
#
# Needs: xvfb trayer dbus status-notifier-watcher (haskell-status-notifier-item-utils)
#        gtk-sni-tray-standalone (haskell-gtk-sni-tray-utils) libgtk-3-0 libglib2.0-bin bc
# Prints per round: wake-ups/s (voluntary context switches over all threads), CPU seconds, and for
# the SNI tray the D-Bus messages the tray process sent or received while idle (expected: none).
set -euo pipefail
cd "$(dirname "$0")/.."
IDLE=${1:-60}
ROUNDS=${2:-2}
FLAGS=${FLAGS:-"-XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=0 -XX:AsyncDeflationInterval=60000"}
JAR=${JAR:-target/reachable.jar}
[ -f "$JAR" ] || mvn -q -B -DskipTests package

if [ -z "${FOOTPRINT_INSIDE_BUS:-}" ]; then
  work=$(mktemp -d /tmp/footprint-trays.XXXX)
  mkdir -p "$work/run"; chmod 700 "$work/run"
  # a private bus, config and cache: the user's own session, dconf and ~/.cache are never touched
  FOOTPRINT_INSIDE_BUS=1 HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
    XDG_RUNTIME_DIR="$work/run" WORK="$work" JAVA_HOME="${JAVA_HOME:-}" \
    dbus-run-session -- "$0" "$IDLE" "$ROUNDS" 2> >(grep -v "dbus-daemon\|SpiRegistry\|^\s*$" >&2)
  rm -rf "$work"
  exit 0
fi

mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
pids=()
stop() { for p in "$@"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap 'stop "${pids[@]}"' EXIT

# voluntary context switches per thread; a thread that ends takes its count along (the JVM retires
# idle compiler threads), so growth is summed over the threads alive at both ends
switches() { local f; for f in /proc/$1/task/*/status; do
  awk -v t="${f%/status}" '/^voluntary_ctxt_switches/{sub(".*/", "", t); print t, $2}' "$f" 2>/dev/null; done; }
grown() { join <(echo "$1" | sort) <(echo "$2" | sort) | awk '{d+=$3-$2} END {print d+0}'; }
cpu_ticks() { awk '{print $14+$15}' /proc/$1/stat; }

DISPLAY_NUM=$(for n in $(seq 70 99); do [ -e /tmp/.X11-unix/X$n ] || { echo $n; break; }; done)
export DISPLAY=:$DISPLAY_NUM
Xvfb "$DISPLAY" -screen 0 1024x300x24 >/dev/null 2>&1 & xvfb=$!; pids+=($xvfb)
sleep 1
data="$WORK/data"; mkdir -p "$data"
java -jar "$JAR" --data-dir "$data" init --example >/dev/null

count_messages() { # monitor-file unique-name -> messages from or to it
  grep -E '^(signal|method call|method return|error)' "$1" | grep -c -- "$2" || true
}

measure() { # label pid [bus-name] -> one line
  local label=$1 pid=$2 chosen
  chosen=$(grep -o "Tray: [A-Za-z]*" "$data/reachable.log" | tail -1)
  case "$label" in AWT*) [ "$chosen" = "Tray: AWT" ];; *) [ "$chosen" = "Tray: StatusNotifierItem" ];; esac ||
    { echo "$label: the app chose '$chosen'" >&2; exit 1; }
  local name=${3:-} w1 c1 w2 c2 mon="" monitor_pid="" messages="-"
  if [ -n "$name" ]; then
    owner=$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
      --method org.freedesktop.DBus.GetNameOwner "$name" | sed -E "s/^\('([^']*)',\)$/\1/")
    mon="$WORK/monitor-$pid.txt"
    dbus-monitor --session "sender='$owner'" "destination='$owner'" > "$mon" 2>&1 & monitor_pid=$!
    sleep 1
  fi
  w1=$(switches "$pid"); c1=$(cpu_ticks "$pid")
  sleep "$IDLE"
  w2=$(switches "$pid"); c2=$(cpu_ticks "$pid")
  if [ -n "$monitor_pid" ]; then
    messages=$(count_messages "$mon" "$owner")
    # the control: a change (focus from the command line) must show on the same monitor
    java -jar "$JAR" --data-dir "$data" focus 30m >/dev/null; sleep 5
    messages="$messages while idle, $(( $(count_messages "$mon" "$owner") - messages )) on a change"
    java -jar "$JAR" --data-dir "$data" focus off >/dev/null
    stop "$monitor_pid"
  fi
  printf "%-26s %6.1f wake-ups/s  %5.2f s CPU in %d s  D-Bus messages of the tray: %s\n" "$label" \
    "$(echo "$(grown "$w1" "$w2")/$IDLE" | bc -l)" "$(echo "($c2-$c1)/$(getconf CLK_TCK)" | bc -l)" "$IDLE" "$messages"
}

for round in $(seq "$ROUNDS"); do
  echo "== round $round"
  # AWT: an XEmbed host and no StatusNotifierWatcher on the bus, so the app picks its AWT tray
  trayer --edge top --align right --widthtype pixel --width 200 --heighttype pixel --height 32 \
    --SetDockType true --transparent false >/dev/null 2>&1 & host=$!
  sleep 1
  java $FLAGS -jar "$JAR" --data-dir "$data" --background >"$WORK/app-awt.log" 2>&1 & app=$!
  sleep 15
  measure "AWT tray (trayer)" "$app"
  stop "$app" "$host"; sleep 1

  status-notifier-watcher >/dev/null 2>&1 & watcher=$!
  sleep 1
  gtk-sni-tray-standalone --top --end -s 32 >/dev/null 2>&1 & host=$!
  sleep 2
  java $FLAGS -jar "$JAR" --data-dir "$data" --background >"$WORK/app-sni.log" 2>&1 & app=$!
  sleep 15
  measure "SNI tray (gtk-sni-tray)" "$app" "org.kde.StatusNotifierItem-$app-1"
  stop "$app" "$host" "$watcher"; sleep 1
done
