#!/usr/bin/env bash
# Builds the Reachable installer for the machine you are on into target/installer/:
#   Linux   -> reachable_<version>_amd64.deb   (built and tried here)
#   Windows -> Reachable-<version>.msi          (run from Git Bash; needs WiX 3 on the PATH)
#   macOS   -> Reachable-<version>.dmg
#
#   packaging/build.sh
#   IMAGE_ONLY=1 packaging/build.sh    only the app-image with its AppCDS archive (target/jpackage/image),
#                                      as scripts/footprint.sh measures it
#
# Needs a JDK 17 (jpackage; JPACKAGE_JDK overrides where it is), Maven, and on Linux
# `fakeroot dpkg-dev binutils` for the .deb plus `xvfb trayer` (and `dbus haskell-status-notifier-item-utils` for the
# StatusNotifierItem tray's) for the AppCDS training runs
# (without them the archive is trained on a command-line run only).
#
# How: the thin app jar and its non-JavaFX dependencies go in --input (class path); only the
# OS-classified JavaFX jars go on --module-path, so jlink puts JavaFX into the trimmed runtime.
# The shaded target/reachable.jar is not used: it would carry a second copy of JavaFX.
# The app-image is built first, run once to dump an AppCDS archive into it, and the installer
# is then made from that image (--app-image).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

case "$(uname -s)" in
  Linux*) OS=linux ;;
  Darwin*) OS=mac ;;
  MINGW*|MSYS*|CYGWIN*) OS=win ;;
  *) echo "unsupported OS: $(uname -s)" >&2; exit 1 ;;
esac

JDK=${JPACKAGE_JDK:-${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}}
[ "$OS" = linux ] && [ -z "${JPACKAGE_JDK:-}" ] && [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/jpackage ] \
  && JDK=/usr/lib/jvm/java-17-openjdk-amd64
JPACKAGE=$JDK/bin/jpackage
[ -x "$JPACKAGE" ] || [ -x "$JPACKAGE.exe" ] || { echo "no jpackage in $JDK (set JPACKAGE_JDK)" >&2; exit 1; }

NAME=Reachable
MAIN=org.reachable.app.Launcher
# What the app needs (jdeps --print-module-deps, plus: java.logging for ical4j and slf4j, jdk.unsupported
# for libraries that use sun.misc.Unsafe, jdk.localedata with only en and nl for day and month names,
# java.net.http and jdk.crypto.ec for the calendar server over https, jdk.security.auth for dbus-java's login to the
# session bus: without it the StatusNotifierItem tray died at start, NoClassDefFoundError UnixSystem, seen in training).
MODULES=javafx.controls,javafx.fxml,java.desktop,java.logging,java.management,java.net.http,java.sql,jdk.crypto.ec,jdk.security.auth,jdk.unsupported,jdk.localedata
# bin/java stays: the tray starts the window process with it (ChildProcess), so no --strip-native-commands
JLINK_OPTIONS="--strip-debug --no-header-files --no-man-pages --include-locales=en,nl"
# the idle and memory flags of every launcher: org.reachable.adapters.os.JvmFlags.LAUNCHER (LauncherFlagsTest keeps them in step)
JAVA_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=0 -XX:AsyncDeflationInterval=60000 -Xms16m -Xmn8m -XX:TieredStopAtLevel=1"
# JavaFX is a module of the image's runtime (on the class path in the jar run), so the window process (which inherits
# the tray's options) needs what `mvn javafx:run` opens (LauncherFlagsTest): without them the installed window process
# could not keep its window or stop the toolkit's pulse while hidden (IllegalAccessException in the log, seen in training)
JAVA_OPTIONS="$JAVA_OPTIONS --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED --add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED --add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED --add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED --add-opens=javafx.graphics/com.sun.javafx.tk.quantum=ALL-UNNAMED --add-exports=javafx.graphics/com.sun.javafx.tk=ALL-UNNAMED --add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED --add-exports=javafx.graphics/com.sun.javafx.stage=ALL-UNNAMED"
# Linux: `reachable` (bin/reachable, on the PATH as /usr/bin/reachable) is the command line's own launcher, for
# scripts and panels that run `reachable status` often: a shell script that starts the image's JVM itself, since
# JDK 17's jpackage launcher asks rpm and dpkg which package owns it at every start (strace: `rpm -qf` and
# `dpkg -S` twice each, ~110 ms before the JVM starts). Its own class archive, trained on status, is mapped where
# it was dumped (Debian's JDK 17 relocates archives at every start by default: -Xlog:startuptime's "Genesis"
# 40-50 ms against 1-2 ms). The tray's and the window's launchers and flags stay as they are.
CLI=reachable
# Not the memory flags (-Xms8m with -Xmn8m made the JVM print a warning on standard output, where `status --json`
# owes its reader one JSON object; now -Xms16m); any other warning of the JVM goes to standard error.
CLI_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -Xlog:disable -Xlog:all=warning:stderr"

mvn -q -B -DskipTests package
POM_VERSION=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
# Installers want a plain number: 0.1.0-SNAPSHOT -> 0.1.0 (APP_VERSION overrides it; macOS refuses a leading 0).
VERSION=${APP_VERSION:-${POM_VERSION%%-*}}
JAR=reachable-$POM_VERSION.jar           # the thin jar; target/reachable.jar is the shaded one

WORK=target/jpackage
rm -rf "$WORK" target/installer
mkdir -p "$WORK/input" "$WORK/jmods" target/installer
cp "target/$JAR" "$WORK/input/"
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DexcludeGroupIds=org.openjfx \
  -DoutputDirectory="$ROOT/$WORK/input"

# JavaFX: only the classified jars (the unclassified ones are empty); Maven already fetched the ones for this OS.
REPO=${MAVEN_REPO:-$HOME/.m2/repository}
FX=$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' pom.xml)
case "$OS" in
  linux) FXC=linux ;;
  win) FXC=win ;;
  mac) [ "$(uname -m)" = arm64 ] && FXC=mac-aarch64 || FXC=mac ;;
esac
for m in base graphics controls fxml; do
  cp "$REPO/org/openjfx/javafx-$m/$FX/javafx-$m-$FX-$FXC.jar" "$WORK/jmods/"
done

case "$OS" in
  linux) ICON=packaging/icons/app.png ;;
  win) ICON=packaging/icons/app.ico ;;
  mac) ICON=packaging/icons/app.icns ;;
esac

COMMON=(--name "$NAME" --app-version "$VERSION" --vendor "Reachable"
  --description "Focus-mode and availability manager for self-employed people"
  --copyright "Reachable contributors")

echo "jpackage: app-image ($OS, $VERSION)"
"$JPACKAGE" --type app-image --dest "$WORK/image" "${COMMON[@]}" \
  --input "$WORK/input" --main-jar "$JAR" --main-class "$MAIN" \
  --module-path "$WORK/jmods" --add-modules "$MODULES" --jlink-options "$JLINK_OPTIONS" \
  --java-options "$JAVA_OPTIONS" --icon "$ICON"

# --- AppCDS: dump an archive into the image from one real start, then point the launcher at it.
case "$OS" in
  linux) IMG=$WORK/image/$NAME; LAUNCHER=$IMG/bin/$NAME; APPDIR=$IMG/lib/app; RT=$IMG/lib/runtime ;;
  win) IMG=$WORK/image/$NAME; LAUNCHER=$IMG/$NAME.exe; APPDIR=$IMG/app; RT=$IMG/runtime ;;
  mac) IMG=$WORK/image/$NAME.app; LAUNCHER=$IMG/Contents/MacOS/$NAME; APPDIR=$IMG/Contents/app; RT=$IMG/Contents/runtime/Contents/Home ;;
esac
CFG=$APPDIR/$NAME.cfg
# JDK 17's CDS only takes an archive whose class path is the same path string as when it was dumped, so
# on Linux the training runs see the image where the .deb installs it (/opt/reachable): in a private mount
# namespace, a tmpfs over /opt and the image bound on /opt/reachable (nothing changes outside the namespace).
RUN=("$LAUNCHER")
if [ "$OS" = linux ]; then
  USERNS=(); [ "$(id -u)" = 0 ] || USERNS=(--user --map-root-user)
  RUN=(unshare "${USERNS[@]}" --mount sh -c \
    'mount -t tmpfs tmpfs /opt && mkdir /opt/reachable && mount --bind "$0" /opt/reachable && exec "$@"' \
    "$ROOT/$IMG" /opt/reachable/bin/$NAME)
fi
cp "$CFG" "$WORK/cfg.orig"
with_option() { cp "$WORK/cfg.orig" "$CFG"; printf 'java-options=%s\n' "$@" >> "$CFG"; }
# bin/reachable (Linux): the JVM with the main launcher's class path, found from where the script lies (a
# symlink on the PATH included); extra options (the archive's) as arguments.
write_cli() {
  local cp; cp=$(sed -n 's|^app.classpath=\$APPDIR/|$app/lib/app/|p' "$WORK/cfg.orig" | paste -sd:)
  printf '%s\n' '#!/bin/sh' \
    '# `reachable` for scripts and panels (packaging/build.sh): the JVM at once, not the jpackage launcher,' \
    '# which asks rpm and dpkg which package owns it at every start' \
    'self=$(readlink -f "$0"); app=${self%/bin/*}' \
    "exec \"\$app/lib/runtime/bin/java\" $CLI_OPTIONS $* -cp \"$cp\" $MAIN \"\$@\"" > "$IMG/bin/$CLI"
  chmod 755 "$IMG/bin/$CLI"
}
# Its archive: of every class three `status` runs load while the tray runs (step 2), asked with a wrong token so
# each is told NO as when no app runs: the first reads the files (and keeps what it made of them, StatusCache),
# the next two (text, --json) answer from what it kept. A dynamic archive holds one run's classes, so the runs
# list theirs and one static archive is dumped from the lists (ids dropped: each run numbers its own).
train_cli() {
  [ "$OS" = linux ] || return 0
  local data list form run=("${RUN[@]}"); data=$(mktemp -d); list=$ROOT/$WORK/cli.classlist
  run[${#run[@]}-1]=/opt/reachable/bin/$CLI
  write_cli; "${run[@]}" --data-dir "$data" init --example >>"$WORK/train-cli.log" 2>&1 || true
  [ -s "$TRAIN_DATA/reachable.port" ] && echo "$(cut -d' ' -f1 "$TRAIN_DATA/reachable.port") not-its-token" > "$data/reachable.port"
  sleep 0.2   # StatusCache keeps nothing of a file saved a moment ago
  rm -f "$list" "$list.run"
  for form in "status" "status" "status --json"; do
    write_cli "-XX:DumpLoadedClassList=$list.run"
    "${run[@]}" --data-dir "$data" $form >>"$WORK/train-cli.log" 2>&1 || true
    sed 's/ id: [0-9]*$//' "$list.run" >> "$list"
  done
  [ -s "$data/.status-cache" ] || echo "bin/$CLI kept no status in training; see $WORK/train-cli.log" >&2
  awk '!seen[$0]++' "$list" > "$list.run" && mv "$list.run" "$list"
  write_cli -Xshare:dump "-XX:SharedClassListFile=$list" '-XX:SharedArchiveFile=$app/lib/app/reachable-cli.jsa'
  "${run[@]}" >>"$WORK/train-cli.log" 2>&1 || true
  rm -rf "$data"
  if [ -s "$APPDIR/reachable-cli.jsa" ]; then write_cli '-XX:SharedArchiveFile=$app/lib/app/reachable-cli.jsa'
  else write_cli; echo "no class archive for bin/$CLI; see $WORK/train-cli.log" >&2; fi
}

# 1. jlink leaves the runtime without the JDK's base CDS archive, which a dynamic archive needs.
with_option '-Xshare:dump'
"${RUN[@]}" >/dev/null 2>&1 || true
ls "$RT"/lib/server/classes*.jsa >/dev/null 2>&1 || ls "$RT"/bin/server/classes*.jsa >/dev/null 2>&1 \
  || { echo "base CDS archive was not made" >&2; exit 1; }

# 2. The tray's archive: the classes of one start on each tray (AWT under Xvfb + trayer with no session bus; the
#    StatusNotifierItem on a private bus with status-notifier-watcher, as on GNOME and KDE), listed by the JVM
#    (-XX:DumpLoadedClassList; the window process the tray starts lists nothing: ChildProcess), each start stopped
#    with SIGTERM; then one static archive of both lists, so either start docks from it (a dynamic archive holds
#    one run's classes: the SNI tray's dbus-java was missing from it).
TRAIN_CONFIG=$(mktemp -d); TRAIN_DATA=$TRAIN_CONFIG/reachable   # the autostart entry's start: no --data-dir
"${RUN[@]}" --data-dir "$TRAIN_DATA" init --example >"$WORK/train.log" 2>&1 || true   # not a first start (no window shown)
rm -f "$WORK"/tray-*.classlist
list_classes() { with_option "-XX:DumpLoadedClassList=$ROOT/$WORK/tray-$1.classlist"; }
# one start until its port file is there (the app is up) and a few seconds more (icon, first tick); then SIGTERM
TRAIN_START='for _ in $(seq 1 60); do [ -s "$TRAIN_DATA/reachable.port" ] && break; sleep 0.5; done; sleep 4'
if [ "$OS" = linux ] && [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null && command -v trayer >/dev/null; then
  source scripts/xvfb-tray.sh; TRAIN_DISPLAY=1
fi
if [ "$OS" != linux ] || [ -n "${DISPLAY:-}" ]; then
  list_classes awt
  env -u DBUS_SESSION_BUS_ADDRESS XDG_CONFIG_HOME="$TRAIN_CONFIG" "${RUN[@]}" --background >>"$WORK/train.log" 2>&1 & APP=$!
  eval "$TRAIN_START"
  command -v xdotool >/dev/null && timeout 30 xdotool search --sync --name '^JavaEmbeddedFrame$' >/dev/null || true
  train_cli
  kill -TERM "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true   # it may have ended: train.log says why
else
  echo "no display: training AppCDS on a command-line run only" >&2
  list_classes status; "${RUN[@]}" --data-dir "$TRAIN_DATA" status >>"$WORK/train.log" 2>&1 || true
  train_cli
fi
if [ "$OS" = linux ] && command -v dbus-run-session >/dev/null && command -v status-notifier-watcher >/dev/null; then
  list_classes sni
  TRAIN_DATA=$TRAIN_DATA XDG_CONFIG_HOME=$TRAIN_CONFIG dbus-run-session -- sh -c \
    'status-notifier-watcher & w=$!; sleep 1; "$@" & a=$!; '"$TRAIN_START"'; kill -TERM $a; wait $a; kill $w' \
    sh "${RUN[@]}" --background >>"$WORK/train.log" 2>&1 || true
else
  echo "no dbus-run-session or status-notifier-watcher: the archive lacks the StatusNotifierItem tray's classes" >&2
fi
[ -n "${TRAIN_DISPLAY:-}" ] && stop_display
rm -rf "$TRAIN_CONFIG"
sed 's/ id: [0-9]*$//' "$WORK"/tray-*.classlist | awk '!seen[$0]++' > "$WORK/tray.list"   # both starts' classes, once each (ids: each run numbers its own)
# the class path as the launcher gives it (app.classpath in order), where the image runs (/opt/reachable on Linux)
case "$OS" in linux) IN_APPDIR=/opt/reachable/lib/app; IN_RT=/opt/reachable/lib/runtime ;; *) IN_APPDIR=$ROOT/$APPDIR; IN_RT=$ROOT/$RT ;; esac
TRAY_CP=$(sed -n "s|^app.classpath=\\\$APPDIR/|$IN_APPDIR/|p" "$WORK/cfg.orig" | paste -sd "$( [ "$OS" = win ] && echo ';' || echo ':')")
dump=("${RUN[@]}"); dump[${#dump[@]}-1]=$IN_RT/bin/java
"${dump[@]}" -Xshare:dump -XX:SharedClassListFile="$ROOT/$WORK/tray.list" \
  -XX:SharedArchiveFile="$IN_APPDIR/reachable.jsa" -cp "$TRAY_CP" >"$WORK/dump.log" 2>&1 || true
[ -s "$APPDIR/reachable.jsa" ] || { echo "AppCDS archive was not made; see $WORK/train.log and $WORK/dump.log" >&2; exit 1; }
echo "tray class archive: $(wc -l < "$WORK/tray.list") classes listed ($(for l in "$WORK"/tray-*.classlist; do
  printf '%s %s ' "$(basename "$l" .classlist)" "$(wc -l < "$l")"; done)), $(du -m "$APPDIR/reachable.jsa" | cut -f1) MB"
# mapped where it was dumped: Debian's JDK 17 moves every archive at each start otherwise (ClassArchive.IN_PLACE)
with_option -XX:ArchiveRelocationMode=0 '-XX:SharedArchiveFile=$APPDIR/reachable.jsa'
# Linux: bin/Reachable (the menu entry's and the autostart entry's command) starts the image's JVM itself, with the
# options and class path jpackage's launcher reads from lib/app/Reachable.cfg: that launcher asks rpm and dpkg which
# package owns it at every start (see CLI above). Tray icon docked, 6 rounds alternating under SCHED_FIFO: jpackage's
# launcher 277 ms, the same JVM and options at once 155 ms, the bare JavaFX tray app 157 ms (7 December).
if [ "$OS" = linux ]; then
  opts=$(sed -n 's/^java-options=//p' "$CFG" | sed 's|\$APPDIR|$app/lib/app|g' | paste -sd' ')
  cp=$(sed -n 's|^app.classpath=\$APPDIR/|$app/lib/app/|p' "$CFG" | paste -sd:)
  printf '%s\n' '#!/bin/sh' \
    '# Reachable (packaging/build.sh): the JVM at once with what lib/app/Reachable.cfg gives jpackage'"'"'s launcher,' \
    '# which asks rpm and dpkg which package owns it at every start (~120 ms before the tray icon docks)' \
    'self=$(readlink -f "$0"); app=${self%/bin/*}' \
    "exec \"\$app/lib/runtime/bin/java\" $opts -Djpackage.app-path=\"\$app/bin/$NAME\" -cp \"$cp\" $MAIN \"\$@\"" \
    > "$LAUNCHER"
  chmod 755 "$LAUNCHER"
fi
rm -f "$WORK/cfg.orig"
[ -n "${IMAGE_ONLY:-}" ] && { echo "app-image with AppCDS: $IMG"; exit 0; }

# --- The installer, from the prepared image.
case "$OS" in
  linux)
    "$JPACKAGE" --type deb --dest target/installer "${COMMON[@]}" --app-image "$IMG" \
      --icon "$ICON" --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group "Office" \
      --linux-app-category utils --linux-package-name reachable
    # jpackage copies the image into the package with new file times, and JDK 17's CDS refuses an archive
    # whose jars have other times than at dump time (the installed app then silently runs without it).
    # So put the image's times back on every file and pack the .deb again.
    DEB=$(ls target/installer/reachable_*.deb)
    rm -rf "$WORK/deb"; dpkg-deb -R "$DEB" "$WORK/deb"
    (cd "$WORK/deb/opt/reachable" && find . -type f | while read -r f; do
       [ -e "$ROOT/$IMG/$f" ] && touch -r "$ROOT/$IMG/$f" "$f"; done)
    mkdir -p "$WORK/deb/usr/bin"; ln -sf /opt/reachable/bin/$CLI "$WORK/deb/usr/bin/$CLI"   # `reachable` on the PATH
    dpkg-deb --root-owner-group -b "$WORK/deb" "$DEB" >/dev/null ;;
  win)
    # WiX 3 (candle.exe, light.exe) must be on the PATH. The upgrade UUID must never change.
    "$JPACKAGE" --type msi --dest target/installer "${COMMON[@]}" --app-image "$IMG" \
      --win-menu --win-menu-group "$NAME" --win-shortcut --win-dir-chooser --win-per-user-install \
      --win-upgrade-uuid 5c3f0b7e-8e0e-4f43-9d6a-2a3c1f7b9e41 ;;
  mac)
    # Unsigned unless MAC_SIGN_ID is set (a "Developer ID Application: ..." identity in the keychain).
    SIGN=(); [ -n "${MAC_SIGN_ID:-}" ] && SIGN=(--mac-sign --mac-signing-key-user-name "$MAC_SIGN_ID")
    "$JPACKAGE" --type dmg --dest target/installer "${COMMON[@]}" --app-image "$IMG" \
      --mac-package-identifier org.reachable.app --mac-package-name "$NAME" ${SIGN[@]+"${SIGN[@]}"} ;;
esac
ls -l target/installer
