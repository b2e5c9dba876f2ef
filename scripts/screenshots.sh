#!/usr/bin/env bash
# Starts Reachable under Xvfb with trayer as the tray host, puts it in each state, and saves
# screenshots in docs/: the tray icon with its tooltip and menu, and the main window.
#
#   scripts/screenshots.sh            (needs: xvfb trayer xdotool imagemagick x11-utils libgtk-3-0)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
OUT=docs
mkdir -p "$OUT"
source scripts/xvfb-tray.sh
DATA=$(mktemp -d)
trap 'stop_display; rm -rf "$DATA"' EXIT
sleep 1
reachable() { java -XX:+UseSerialGC -XX:-UsePerfData -Duser.language="${LANG_CODE:-en}" -jar target/reachable.jar --data-dir "$DATA" "$@"; }

reachable init --example >/dev/null
reachable available 1h >/dev/null          # a known state whatever the hour
reachable >/dev/null 2>&1 &
APP=$!
xdotool search --sync --name '^JavaEmbeddedFrame$' >/dev/null
xdotool search --sync --name '^Reachable$' >/dev/null
sleep 3
import -window root "$OUT/desktop-available.png"

icon_x=1267; icon_y=13                       # trayer's panel is the top-right 200x32
shot_tray() { # state name
  xdotool mousemove $icon_x $icon_y; sleep 2.5   # the tooltip
  import -window root -crop 760x40+520+0 "$OUT/tray-$1-tooltip.png"
  xdotool click 3; sleep 1.2                      # the menu
  import -window root -crop 420x250+860+0 "$OUT/tray-$1-menu.png"
  xdotool key Escape; xdotool mousemove 600 600 click 1; sleep 0.5
}
shot_tray available

reachable focus 2h >/dev/null; sleep 3
import -window root "$OUT/desktop-focus.png"
shot_tray focus

reachable available off >/dev/null
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Reachable//screenshots//EN\r\nEND:VCALENDAR\r\n' > "$DATA/schedule.ics"
sleep 3
import -window root "$OUT/desktop-off.png"
shot_tray off

kill $APP; wait $APP 2>/dev/null || true
echo "screenshots in $OUT/"
