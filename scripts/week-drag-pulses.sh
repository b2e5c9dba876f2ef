#!/usr/bin/env bash
# Issue 16's drag check: while a block is dragged across a week of 200 blocks, JavaFX's own pulse
# logger (-Djavafx.pulseLogger=true) shows no pulse over 50 ms. The real app under Xvfb: the tray
# and the window process it starts ahead (which inherits the flag), the window opened as a tray
# click opens it, the Schedule page chosen with the mouse, then one block dragged with xdotool
# (mouse down, MOVES small steps, mouse up) while the log is marked before, at and after the mouse
# up. Reports the pulses while dragging and those of the drop apart (the drop saves the week and
# redraws it): how many, the median, the slowest, how many took over 50 ms; a pulse's time is the
# logger's own (from its start on the FX thread to the end of its rendering). Times stretch with
# the machine's load: the load average is printed, run it on a quiet machine for the verdict.
#
#   scripts/week-drag-pulses.sh [BLOCKS] [MOVES] [ROUNDS]     default 200 blocks, 40 moves, 3 drags
#
# The week is seeded (python3 below): BLOCKS weekly reachable windows on
# the seven days, quarter-hour starts between 6:00 and 20:00, 15 min to 2 h long, so every day has
# clusters of overlapping lanes (the grid's hard case). No window manager: under openbox the first
# show is resized after it maps, and a resize while the pulse logger runs ends in JavaFX's own
# PrintLogger.renderEnd NullPointerException (a repaint outside a pulse), which stops all drawing.
# Output: target/week-drag/ (the log, a screenshot in the middle of each drag and one after each
# drop, pulses.txt).
#
# Needs: xvfb trayer xdotool imagemagick python3 libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
BLOCKS=${1:-200}
MOVES=${2:-40}
ROUNDS=${3:-3}
FLAGS=(-XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions
       -XX:GuaranteedSafepointInterval=0 -XX:AsyncDeflationInterval=60000 -Djavafx.pulseLogger=true)
JAR=${JAR:-target/reachable.jar}
[ -f "$JAR" ] || mvn -q -B -DskipTests package
out=target/week-drag; rm -rf "$out"; mkdir -p "$out"
work=$(mktemp -d /tmp/week-drag.XXXX)
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
unset DBUS_SESSION_BUS_ADDRESS
DISPLAY_NUM=${DISPLAY_NUM:-61} source scripts/xvfb-tray.sh   # drag's display (notes/OWNERS.md)
tray="" win=""
cleanup() { for p in $tray $win; do kill "$p" 2>/dev/null || true; done; sleep 1; stop_display
  cp "$work/data/reachable.log" "$out/" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

data="$work/data"
java -jar "$JAR" --data-dir "$data" init --example >/dev/null
python3 - "$data/schedule.ics" "$BLOCKS" <<'EOF'
import random, re, sys
path, n = sys.argv[1], int(sys.argv[2])
text = open(path).read()
head = text[:text.index('BEGIN:VEVENT')]
tzid = re.search(r'X-WR-TIMEZONE:(\S+)', text).group(1)
rnd = random.Random(200)
days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
events = []
for i in range(n):
    day, start, length = i % 7, rnd.randrange(6 * 4, 20 * 4) * 15, rnd.choice([15, 30, 45, 60, 90, 120])
    events.append('\r\n'.join([
        'BEGIN:VEVENT', f'UID:drag-{i:03d}@reachable', 'DTSTAMP:20261207T000000Z',
        f'DTSTART;TZID={tzid}:20261207T{start // 60:02d}{start % 60:02d}00', f'DURATION:PT{length}M',
        f'RRULE:FREQ=WEEKLY;WKST=MO;BYDAY={days[day]}', f'SUMMARY:Block {i}', 'TRANSP:TRANSPARENT',
        'X-REACHABLE-KIND:window', 'X-REACHABLE-CHANNELS:email,phone', 'END:VEVENT']))
open(path, 'w', newline='').write(head + '\r\n'.join(events) + '\r\nEND:VCALENDAR\r\n')
EOF
echo "week: $(grep -c BEGIN:VEVENT "$data/schedule.ics") blocks; load average $(cut -d' ' -f1-3 /proc/loadavg)"

java "${FLAGS[@]}" -jar "$JAR" --data-dir "$data" --background >/dev/null 2>&1 & tray=$!
end=$(( $(date +%s) + 90 ))
until grep -q "waits hidden" "$data/reachable.log" 2>/dev/null; do
  [ "$(date +%s)" -lt "$end" ] || { echo "the window process did not start" >&2; exit 1; }; sleep 0.5; done
win=$(pgrep -P "$tray" java | head -1)
read -r port token < "$data/reachable.port"
exec 8<>"/dev/tcp/127.0.0.1/$port"; printf '%s SHOW\n' "$token" >&8; read -r _ <&8; exec 8>&-
until xdotool search --onlyvisible --name '^Reachable$' >/dev/null 2>&1; do sleep 0.2; done; sleep 3
# without a window manager the 1120x720 window sits at (80,40) with no title bar: the Schedule
# button is at (128,185), the date field at (470,173), Tuesday's column at x 430-490, the grid's
# hours at y 265-620
xdotool mousemove 128 185 click 1; sleep 3
xdotool mousemove 1143 173 click 1; sleep 2   # "The pattern": a drag changes every week, no question asked
import -window root "$out/week.png"

# each drag presses a block not yet selected, with the keys elsewhere (the date field), as after
# a click in the table or the toolbar: a block on Tuesday 7:30 dragged to Wednesday ~12:00, one
# on Thursday 9:00 dragged to Wednesday 6:30, then the first one back
starts=("460 311" "600 330" "530 430") ends=("530 430" "530 250" "460 311")
# pulses "[gap ms:took ms]" of a slice of the log (gap: since the previous pulse began): the logger prints "PULSE: n [..]" for a slow
# pulse and "[n ..]" for the others
pulses() { grep -oE '(PULSE: [0-9]+ |\[[0-9]+ )\[?[0-9]+ms:[0-9]+ms\]' "$1" \
  | sed -E 's/^PULSE: ([0-9]+) \[/\1 /; s/^\[//; s/ms:/ /; s/ms\]$//' || true; }
summary() { sort -n -k3 | awk '{t[NR]=$3; if ($3 > 50) over++}
  END {printf "%d pulses, median %d ms, slowest %d ms, over 50 ms: %d", NR, t[int((NR+1)/2)], t[NR], over+0}'; }
: > "$out/pulses.txt"
for round in $(seq "$ROUNDS"); do
  read -r -a from <<< "${starts[$(( (round - 1) % 3 ))]}"; read -r -a to <<< "${ends[$(( (round - 1) % 3 ))]}"
  xdotool mousemove 470 173 click 1; sleep 1   # the keys go to the date field
  before=$(md5sum < "$data/schedule.ics")
  # hover first: the block's tooltip timer keeps pulses coming, so the first pulse after the press
  # has a gap that is the press's own time (after idle, the logger's gap is the idle time)
  xdotool mousemove "${from[0]}" "${from[1]}"; sleep 0.3
  start=$(wc -c < "$data/reachable.log")
  xdotool mousedown 1; sleep 0.2
  pressed=$(wc -c < "$data/reachable.log")
  for i in $(seq "$MOVES"); do
    x=$(( from[0] + (to[0] - from[0]) * i / MOVES )); y=$(( from[1] + (to[1] - from[1]) * i / MOVES ))
    xdotool mousemove "$x" "$y"; sleep 0.02
    [ "$i" = $(( MOVES / 2 )) ] && import -window root "$out/drag-$round.png"
  done
  sleep 0.3; released=$(wc -c < "$data/reachable.log")
  xdotool mouseup 1; sleep 1.5
  slice() { head -c "$2" "$data/reachable.log" | tail -c +"$(($1 + 1))"; }
  slice "$start" "$pressed" > "$out/press-$round.log"
  slice "$pressed" "$released" > "$out/drag-$round.log"
  tail -c +"$((released + 1))" "$data/reachable.log" > "$out/drop-$round.log"
  for part in press drag drop; do pulses "$out/$part-$round.log" > "$out/pulses-$part-$round.txt"; done
  import -window root "$out/dropped-$round.png"   # after the slices: its repaint is not counted
  moved=$([ "$(md5sum < "$data/schedule.ics")" != "$before" ] && echo "saved" || echo "NOT saved")
  echo "drag $round, the press: $(summary < "$out/pulses-press-$round.txt"), first pulse after" \
    "$(head -1 "$out/pulses-press-$round.txt" | cut -d' ' -f2) ms; while dragging: $(summary < "$out/pulses-drag-$round.txt")," \
    "longest gap $(cut -d' ' -f2 "$out/pulses-drag-$round.txt" | sort -n | tail -1) ms;" \
    "the drop: $(summary < "$out/pulses-drop-$round.txt") (the move $moved)" | tee -a "$out/pulses.txt"
done
# JavaFX's PrintLogger.renderEnd() reads the data only renderStart() (a pulse's paint) sets: a paint
# outside a pulse (a repaint the window system asks for, as after a resize) ends in its
# NullPointerException on the render thread. Printed here so the trace outlives the next run.
if grep -q NullPointerException "$data/reachable.log"; then
  echo "a NullPointerException (the pulse logger's? see $out/reachable.log):"
  grep -m1 -A8 NullPointerException "$data/reachable.log"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
