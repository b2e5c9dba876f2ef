#!/usr/bin/env bash
# The dated week's screenshots on a real X display: runs DatedWeekViewTest with JavaFX's GTK
# toolkit under Xvfb (not Monocle), so the question dialog is a real window; the test saves each
# scene and, beside it, the whole screen (target/screenshots/week-*-xvfb.png). Look at them, then
# copy the ones for docs/.
#
#   scripts/week-screenshots.sh       (needs: xvfb imagemagick libgtk-3-0; run `mvn test-compile` first)
set -euo pipefail
cd "$(dirname "$0")/.."
CP=$(mktemp)
trap 'rm -f "$CP"; kill "${XVFB_PID:-0}" 2>/dev/null || true' EXIT
mvn -o -q -B dependency:build-classpath -Dmdep.outputFile="$CP" -Dmdep.includeScope=test
DISPLAY_NUM=$(for n in $(seq 70 99); do [ -e /tmp/.X11-unix/X$n ] || { echo $n; break; }; done)
export DISPLAY=:$DISPLAY_NUM
Xvfb "$DISPLAY" -screen 0 1366x900x24 >/dev/null 2>&1 & XVFB_PID=$!
sleep 1
mkdir -p target/screenshots
java -cp "target/test-classes:target/classes:$(cat "$CP")" -Dtestfx.robot=glass -Dtestfx.headless=false \
  -Dprism.order=sw -Duser.language=en scripts/RunTest.java org.reachable.ui.schedule.DatedWeekViewTest
