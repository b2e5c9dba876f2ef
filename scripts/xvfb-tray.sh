# Sourced by the scripts that look at the app: starts Xvfb on a free display with trayer as the
# tray host (an XEmbed tray, as on most Linux panels), and stops both when the script exits.
# a script may name its own display (DISPLAY_NUM=61) so two engineers' sessions never meet
DISPLAY_NUM=${DISPLAY_NUM:-$(for n in $(seq 70 99); do [ -e /tmp/.X11-unix/X$n ] || { echo $n; break; }; done)}
export DISPLAY=:$DISPLAY_NUM
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 & XVFB_PID=$!
# until it answers (a loaded machine took over a second, and the app then found no display)
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; command -v xdpyinfo >/dev/null || { sleep 1; break; }; sleep 0.1; done
trayer --edge top --align right --widthtype pixel --width 200 --heighttype pixel --height 32 \
  --SetDockType true --transparent false >/dev/null 2>&1 & TRAYER_PID=$!
sleep 1
stop_display() { kill "$TRAYER_PID" "$XVFB_PID" 2>/dev/null || true; }
