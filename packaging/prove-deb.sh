#!/usr/bin/env bash
# Proves the Linux installer: builds the .deb, installs it with dpkg, starts the installed app under
# Xvfb with trayer as the tray host, waits for the tray icon, saves a screenshot in docs/installed-deb.png,
# quits the app (SIGTERM), removes the package. Prints the .deb size and launch-to-tray times of the
# installed app against the jar (median of RUNS, alternating, same display).
#
#   packaging/prove-deb.sh        (as root or with sudo; needs: fakeroot dpkg-dev binutils xvfb trayer
#                                  xdotool imagemagick libgtk-3-0)
#   SKIP_BUILD=1 packaging/prove-deb.sh   uses the .deb already in target/installer/
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo

[ -n "${SKIP_BUILD:-}" ] || packaging/build.sh
DEB=$(ls target/installer/reachable_*_amd64.deb)
[ -f target/reachable.jar ] || mvn -q -B -DskipTests package
DEB_BYTES=$(stat -c %s "$DEB")

echo "== install $DEB"
# jpackage's postinst registers the menu entry with xdg-desktop-menu, which fails on a machine with no
# desktop menu directories at all (a bare container); every desktop has them.
for d in /etc/xdg/menus /usr/share/desktop-directories /usr/share/applications; do [ -d $d ] || $SUDO mkdir -p $d; done
$SUDO dpkg -i "$DEB" || { $SUDO apt-get install -f -y -q; }   # -f pulls in missing dependencies
INSTALLED=/opt/reachable/bin/Reachable
[ -x "$INSTALLED" ] || { echo "not installed: $INSTALLED" >&2; exit 1; }
DESKTOP=$(ls /usr/share/applications/reachable*.desktop 2>/dev/null || true)
echo "menu entry: ${DESKTOP:-none}"; [ -n "$DESKTOP" ] && cat "$DESKTOP"

source scripts/xvfb-tray.sh
DATA=$(mktemp -d)
APP=
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null || true
  stop_display; rm -rf "$DATA"
  [ -n "${KEEP_INSTALLED:-}" ] || $SUDO dpkg -r reachable >/dev/null 2>&1 || true
}
trap cleanup EXIT

# Is the AppCDS archive used? Count classes the installed launcher loads from it on a command-line run.
CDS_LOG=$(mktemp)
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$CDS_LOG" "$INSTALLED" --data-dir "$DATA/cds" --help >/dev/null 2>&1 || true
# the image's archive is one static archive (packaging/build.sh) that takes the JDK's place: its classes say
# "shared objects file"; "(top)" would be a dynamic layer over the JDK's, which the image no longer has
echo "classes from the image's class archive: $(grep -c 'shared objects file' "$CDS_LOG" || true)," \
  "not from it: $(grep -vc 'shared objects file' "$CDS_LOG" || true)"
rm -f "$CDS_LOG"

tray_up() { xdotool search --name '^JavaEmbeddedFrame$' >/dev/null 2>&1; }
now_ms() { date +%s%3N; }
# Starts a command, prints the milliseconds until the tray icon window exists, stops it with SIGTERM.
time_to_tray() {
  local dir; dir=$(mktemp -d -p "$DATA")
  while tray_up; do sleep 0.1; done                # the previous icon is gone
  local t0; t0=$(now_ms)
  "$@" --data-dir "$dir" --background >/dev/null 2>&1 & APP=$!
  local i=0
  until tray_up; do sleep 0.02; i=$((i+1)); [ $i -lt 1500 ] || { echo "no tray icon" >&2; exit 1; }; done
  echo $(( $(now_ms) - t0 ))
  sleep 1
  kill -TERM "$APP"; wait "$APP" 2>/dev/null || true; APP=
}
median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== launch to tray icon, $RUNS runs each, alternating"
DEB_TIMES=; JAR_TIMES=
for _ in $(seq 1 "$RUNS"); do
  DEB_TIMES+="$(time_to_tray "$INSTALLED") "
  JAR_TIMES+="$(time_to_tray java -XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=0 -XX:AsyncDeflationInterval=60000 -jar target/reachable.jar) "
done

echo "== screenshot of the installed app's tray icon"
"$INSTALLED" --data-dir "$DATA/shot" init --example >/dev/null 2>&1 || true
"$INSTALLED" --data-dir "$DATA/shot" available 1h >/dev/null 2>&1 || true
"$INSTALLED" --data-dir "$DATA/shot" >/dev/null 2>&1 & APP=$!
until tray_up; do sleep 0.1; done
sleep 3
mkdir -p docs
import -window root docs/installed-deb.png
kill -TERM "$APP"; wait "$APP" 2>/dev/null || true; APP=
echo "screenshot: docs/installed-deb.png"

echo "== remove"
$SUDO dpkg -r reachable
[ ! -e /opt/reachable/bin/Reachable ] && echo "removed: /opt/reachable/bin/Reachable is gone"

echo
echo "deb: $DEB, $DEB_BYTES bytes ($(( DEB_BYTES / 1024 / 1024 )) MiB; budget 45 MB)"
echo "launch to tray, installed app: ${DEB_TIMES}ms -> median $(echo $DEB_TIMES | median) ms"
echo "launch to tray, jar:           ${JAR_TIMES}ms -> median $(echo $JAR_TIMES | median) ms"
