# Sourced by scripts/footprint.sh (inside its private session bus): the desktop, the apps and the
# measurements. Times are wall-clock milliseconds; X events and D-Bus signals are logged with their
# own times as they happen, so a poll that notices them late does not make them late.

now_ms() { date +%s%3N; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14+$15)*1000/hz}' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS/{printf "%d", $2/1024}' "/proc/$1/status"; }
# voluntary context switches per thread; growth summed over the threads alive at both ends (the JVM
# retires idle compiler threads, and a thread that ends takes its count along)
switches() { local f; for f in /proc/$1/task/*/status; do
  awk -v t="${f%/status}" '/^voluntary_ctxt_switches/{sub(".*/", "", t); print t, $2}' "$f" 2>/dev/null; done; }
grown() { join <(echo "$1" | sort) <(echo "$2" | sort) | awk '{d+=$3-$2} END {print d+0}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "-")}'; }
ratio() { [ "$2" != 0 ] && [ "$2" != - ] && [ "$1" != - ] && printf "%.2f" "$(echo "$1/$2" | bc -l)" || echo -; }

PIDS=()
# "${INSTALLED[@]}" IMAGE COMMAND...: the command with the app-image where the .deb puts it, in a mount
# namespace of its own (a tmpfs over /opt, the image bound on /opt/reachable; nothing changes outside it),
# since JDK 17's CDS takes only an archive whose class path is the one it was dumped with
INSTALLED=(unshare --mount sh -c 'mount -t tmpfs tmpfs /opt && mkdir /opt/reachable && mount --bind "$0" /opt/reachable && exec "$@"')
APPS=(bare awt sni)   # the apps started side by side for the idle, the RSS and the clicks; + img (footprint.sh)
declare -A TRAY WIN DATA ICON
stop_pid() { # TERM, then KILL after 5 s: an openbox that ignored TERM kept ONLY=launch from ending
  kill "$1" 2>/dev/null || return 0; local i; for i in $(seq 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
stop_app() { # tray pid: the window process it started, then the tray
  local c; for c in $(pgrep -P "$1" java || true); do stop_pid "$c"; done; stop_pid "$1"; }
descendants() { local c; for c in $(pgrep -P "$1" || true); do descendants "$c"; echo "$c"; done; }
stop_all() { # the exit trap: every process this run started, whatever way it ends (errexit off: one
  # that is already gone must not leave the rest running)
  set +e; trap - EXIT INT TERM HUP; local p k
  for k in "${!TRAY[@]}"; do stop_app "${TRAY[$k]}"; done
  for ((p=${#PIDS[@]}-1; p>=0; p--)); do stop_pid "${PIDS[$p]}"; done
  # and whatever is left below this shell: an app started in a $(...) that was cut short, a window
  # process started again ahead (children first)
  for p in $(descendants $$); do [ "$p" = "$BASHPID" ] || stop_pid "$p"; done 2>/dev/null
  true; }

# --- the desktop: Xvfb, openbox, both tray hosts, and the event logs
start_desktop() {
  local from=${DISPLAY_FROM:-70} n="" d; local to=${DISPLAY_TO:-$((from + 9))}   # ten from DISPLAY_FROM
  for d in $(seq "$from" "$to"); do [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ] || { n=$d; break; }; done
  [ -n "$n" ] || { echo "no free X display in :$from-:$to (DISPLAY_FROM, DISPLAY_TO)" >&2; exit 1; }
  export DISPLAY=:$n
  build_shown
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & PIDS+=($!)
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "Xvfb $DISPLAY did not start (taken meanwhile?)" >&2; exit 1; }
  openbox >/dev/null 2>&1 & PIDS+=($!)
  # every map, reparent and configure of a top-level window, one line each with its time of arrival
  # (xev writes into a process substitution, not a pipeline: bash's `wait` for the last process of a
  # pipeline waits for the whole pipeline, and xev, which only notices a closed pipe when an event
  # comes, kept the exit trap waiting with Xvfb and openbox still running; stopping xev ends perl)
  stdbuf -oL xev -root -event substructure 2>/dev/null > >(perl -MTime::HiRes=time -ne 'BEGIN { $| = 1 }
    chomp; if (/^\s*$/) { print "$e\n" if defined $e; undef $e; next }
    if (defined $e) { s/^\s+/ /; $e .= $_ } else { $e = sprintf("%.0f %s", time * 1000, $_) }' > "$WORK/x.log") &
  PIDS+=($!)
  dbus-monitor --session "type='signal',interface='org.kde.StatusNotifierWatcher'" > "$WORK/sni.log" 2>&1 &
  PIDS+=($!)
  sleep 0.5
  trayer --edge top --align left --widthtype pixel --width 200 --heighttype pixel --height 32 \
    --SetDockType true --transparent false >/dev/null 2>&1 & PIDS+=($!)
  status-notifier-watcher >/dev/null 2>&1 & PIDS+=($!)
  for _ in $(seq 50); do gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner org.kde.StatusNotifierWatcher 2>/dev/null | grep -q true && break
    sleep 0.1; done
  gtk-sni-tray-standalone --top --end -s 32 >/dev/null 2>&1 & SNI_HOST=$!; PIDS+=($SNI_HOST)
  # a second private bus with no watcher on it: the AWT instance's (Reachable takes the StatusNotifierItem
  # tray wherever a watcher answers), with a keyring of its own when SYNC is set
  local bus; bus=$(dbus-daemon --session --fork --print-address=1 --print-pid=1 | head -2)
  PIDS+=("$(sed -n 2p <<< "$bus")"); AWT_BUS=$(head -1 <<< "$bus")
  # and one for the installed app (img), which is an AWT instance as well
  bus=$(dbus-daemon --session --fork --print-address=1 --print-pid=1 | head -2)
  PIDS+=("$(sed -n 2p <<< "$bus")"); IMG_BUS=$(head -1 <<< "$bus")
  sleep 1.5
}

# first X event of KIND after T0 (ms): prints "time rest-of-line", or nothing
x_event_after() { awk -v t0="$2" -v k="$1" '$1 >= t0 && $2 == k {print; exit}' "$WORK/x.log"; }
wait_for() { # command... : retried every 50 ms for up to 60 s; prints its output
  local end=$(( $(now_ms) + 60000 )) out
  until out=$("$@") && [ -n "$out" ]; do [ "$(now_ms)" -lt "$end" ] || return 1; sleep 0.05; done; echo "$out"; }
# the AWT icon docked: its window reparented from the root into trayer
awt_docked_after() { x_event_after ReparentNotify "$1"; }
# the StatusNotifierItem docked: the watcher announces the item of process PID
sni_registered() { grep -A1 'member=StatusNotifierItemRegistered' "$WORK/sni.log" | grep -B1 -- "-$1-" \
  | sed -n 's/.*time=\([0-9]*\)\.\([0-9]\{3\}\).*/\1\2/p' | head -1; }

reparented_window() { sed -E 's/.* window (0x[0-9a-f]+), parent.*/\1/' <<< "$1"; }

# --- the apps
app_env() { # tray dir -> env arguments for a Reachable of this tray, data folder DIR/reachable
  local bus=$DBUS_SESSION_BUS_ADDRESS; [ "$1" = awt ] || [ "$1" = awtx ] && bus=$AWT_BUS; [ "$1" = awt0 ] && bus=   # awt0: no bus at all
  [ "$1" = img ] && bus=$IMG_BUS
  local cache=$XDG_CACHE_HOME; [ "$1" = sni ] && cache=$WORK/cache-sni; [ "$1" = img ] && cache=$WORK/cache-img
  echo "XDG_CONFIG_HOME=$2 XDG_CACHE_HOME=$cache DBUS_SESSION_BUS_ADDRESS=$bus"; }
app_cmd() { case $1 in awtx) echo APP_NOCDS;; sni) echo APP_SNI;; img) echo APP_IMG;; *) echo APP;; esac; }
prepare_data() { # dir [sync-user]
  mkdir -p "$1"
  java -jar "$JAR" --data-dir "$1/reachable" init --example >/dev/null 2>&1 || {
    mkdir -p "$1/reachable"; java -jar "$JAR" --data-dir "$1/reachable" init --example >/dev/null; }
  [ -n "${SYNC:-}" ] && [ -n "${2:-}" ] && setup_sync "$1/reachable" "$2"
  true; }

launch_bare() { # -> ms from launch to docked
  local t0 p ev; t0=$(now_ms)
  "${BARE[@]}" </dev/null >/dev/null 2>&1 & p=$!
  ev=$(wait_for awt_docked_after "$t0") || { stop_pid "$p"; echo timeout; return; }
  stop_pid "$p"; sleep 1; echo $(( ${ev%% *} - t0 )); }
launch_app() { # tray dir -> ms from launch to docked
  local t0 p ev; prepare_data "$2"
  local -n cmd=$(app_cmd "$1")
  t0=$(now_ms)
  env $(app_env "$1" "$2") "${cmd[@]}" >/dev/null 2>&1 & p=$!
  if [ "$1" != sni ]; then ev=$(wait_for awt_docked_after "$t0") || ev=timeout
  else ev=$(wait_for sni_registered "$p") || ev=timeout; fi
  sleep 0.5; stop_app "$p"; sleep 1
  [ "$ev" = timeout ] && echo timeout || echo $(( ${ev%% *} - t0 )); }
prime_archive() { # tray: its first start makes the class archive that its later starts map (ClassArchive)
  local tray=$1 archive=$ARCHIVE; [ "$tray" = sni ] && archive=$ARCHIVE_SNI
  [ -f "$archive" ] && return; prepare_data "$WORK/prime-$tray"; local t0 p; t0=$(now_ms)
  local -n cmd=$(app_cmd "$tray")
  env $(app_env "$tray" "$WORK/prime-$tray") "${cmd[@]}" >/dev/null 2>&1 & p=$!
  for _ in $(seq 360); do [ -f "$archive" ] && break; sleep 0.5; done; sleep 1; stop_app "$p"
  [ -f "$archive" ] && echo "$tray: class archive made by a first start, $(( ($(now_ms) - t0) / 1000 )) s after it: $(du -m "$archive" | cut -f1) MB" \
    || echo "$tray: no class archive was made: its starts below run without one"; }
dock_line() { # key "ms ..." "bare ms ..."
  local m b; m=$(tr ' ' '\n' <<< "$2" | grep -v '^$' | median); b=$(tr ' ' '\n' <<< "$3" | grep -v '^$' | median)
  printf "%-34s median %5s ms (%s)  ratio to bare %s\n" "$(label "$1")" "$m" "$(echo $2)" "$(ratio "$m" "$b")"; }
label() { case $1 in bare) echo "bare JavaFX tray app (trayer)";; awt) echo "Reachable, AWT tray (trayer)";;
  awt0) echo "  the same, no session bus";;
  awtx) echo "  the same, no class archive";;
  sni) echo "Reachable, SNI tray (gtk-sni-tray)";;
  img) echo "Reachable installed, AWT (trayer)";; esac; }

start_bare() {
  local t0 ev; t0=$(now_ms)
  "${BARE[@]}" </dev/null >/dev/null 2>&1 & TRAY[bare]=$!
  ev=$(wait_for awt_docked_after "$t0"); ICON[bare]=$(reparented_window "$ev"); WIN[bare]=""; }
start_app() { # tray dir
  local t0 ev user=anna; [ "$1" = sni ] && user=bob
  prepare_data "$2" "$user"; DATA[$1]=$2/reachable
  t0=$(now_ms)
  local -n cmd=$(app_cmd "$1")
  env $(app_env "$1" "$2") "${cmd[@]}" >/dev/null 2>&1 & TRAY[$1]=$!
  if [ "$1" != sni ]; then ev=$(wait_for awt_docked_after "$t0"); ICON[$1]=$(reparented_window "$ev")
  else wait_for sni_registered "${TRAY[sni]}" >/dev/null; ICON[sni]=host; fi
  wait_for grep -m1 "waits hidden" "${DATA[$1]}/reachable.log" >/dev/null \
    || { echo "the window process of the $1 instance did not start ahead" >&2; exit 1; }
  WIN[$1]=$(pgrep -P "${TRAY[$1]}" java | head -1); }
procs() { echo "${TRAY[$1]} ${WIN[$1]:-}"; }

idle_all() {
  local k p; declare -A s0 c0
  for k in "${APPS[@]}"; do for p in $(procs $k); do s0[$p]=$(switches "$p"); c0[$p]=$(cpu_ms "$p"); done; done
  sleep "$IDLE"
  local bw bc; for k in "${APPS[@]}"; do
    local w=0 c=0 r=0
    for p in $(procs $k); do w=$((w + $(grown "${s0[$p]}" "$(switches "$p")"))); c=$((c + $(cpu_ms "$p") - ${c0[$p]}))
      r=$((r + $(rss_mb "$p"))); done
    local ws cs; ws=$(printf "%.1f" "$(echo "$w/$IDLE" | bc -l)"); cs=$(printf "%.2f" "$(echo "$c*300/$IDLE/1000" | bc -l)")
    [ "$k" = bare ] && { bw=$ws; bc=$cs; BARE_RSS=$r; }
    printf "%-34s %6s wake-ups/s (%s x bare)  CPU %s s per 5 min (%s x)  RSS %d MB (%s x; tray, window: %s)\n" \
      "$(label $k)" "$ws" "$(ratio "$ws" "$bw")" "$cs" "$(ratio "$cs" "$bc")" "$r" "$(ratio "$r" "$BARE_RSS")" "$(each_rss $k)"
  done
  [ -n "${SYNC:-}" ] && sync_note
  true; }
each_rss() { local p each=""; for p in $(procs $1); do each+="$(rss_mb "$p") "; done; echo "${each% }"; }
rss_all() { local k p r b=""; for k in "${APPS[@]}"; do r=0
  for p in $(procs $k); do r=$((r + $(rss_mb "$p"))); done
  [ "$k" = bare ] && b=$r
  printf "%-34s RSS %4d MB  (%s x bare; tray, window: %s)\n" "$(label $k)" "$r" "$(ratio "$r" "$b")" "$(each_rss $k)"; done; }

# --- clicks
icon_point() { # key -> "x y" on screen of the tray icon
  if [ "${ICON[$1]}" = host ]; then # the item sits at the end of gtk-sni-tray-standalone's bar
    local wid; wid=$(xdotool search --pid "$SNI_HOST" 2>/dev/null | tail -1)
    eval "$(xdotool getwindowgeometry --shell "$wid")"; echo "$((X + WIDTH - 16)) $((Y + HEIGHT / 2))"
  else eval "$(xdotool getwindowgeometry --shell "${ICON[$1]}")"; echo "$((X + WIDTH / 2)) $((Y + HEIGHT / 2))"; fi; }
build_shown() { cc -O2 -o "$WORK/shown" "$ROOT/scripts/footprint/shown.c" -lX11 -lXtst ||
  { echo "cannot build scripts/footprint/shown.c (gcc, libx11-dev, libxtst-dev)" >&2; exit 1; }; }
shown_after() { # T0 "MAPPED DRAWN" -> "mapped/drawn" ms after T0
  local m=${2% *} d=${2#* }
  [ "$m" = timeout ] && { echo "timeout/timeout"; return; }
  [ "$d" = timeout ] && { echo "$((m - $1))/timeout"; return; }
  echo "$((m - $1))/$((d - $1))"; }
# scripts/footprint/shown.c: the window viewable, and its first frame drawn (the first content that
# then stays 300 ms, more than one colour); the frame judged drawn is kept in the PPM file given
wait_shown() { # title T0 [frame] -> "mapped/drawn" ms after T0
  shown_after "$2" "$("$WORK/shown" "$1" "${3:-}")"; }
click_shown() { # title [frame] -> "mapped/drawn" ms after a click where the pointer is (XTest press and release)
  local out; out=$("$WORK/shown" --click "$1" "${2:-}") || true; shown_after "${out%% *}" "${out#* }"; }
close_window() { wmctrl -c "$1"; local end=$(( $(now_ms) + 10000 ))
  while xdotool search --onlyvisible --name "^$1\$" >/dev/null 2>&1; do [ "$(now_ms)" -lt "$end" ] || break; sleep 0.05; done; }
clicks() { # key count -> "mapped/drawn/cpu ..." (CPU of every process of the app from the click to drawn)
  local k=$1 title='Reachable' out="" i p c0 t0 r xy; [ "$k" = bare ] && title=BareTrayFx
  for i in $(seq "$2"); do
    [ "$i" = 1 ] || sleep 2
    xy=$(icon_point "$k"); xdotool mousemove $xy; sleep 0.2
    c0=0; for p in $(procs "$k"); do c0=$((c0 + $(cpu_ms "$p"))); done
    local frame=""; [ "$i" -le 2 ] && frame="$ROOT/target/footprint-click-$i-$k.ppm"
    r=$(click_shown "$title" "$frame")
    local c=0; for p in $(procs "$k"); do c=$((c + $(cpu_ms "$p"))); done
    out+="$r/$((c - c0)) "
    [ -n "$frame" ] && convert "$frame" "${frame%.ppm}.png" 2>/dev/null && rm -f "$frame"
    close_window "$title"
  done; echo "$out"; }
click_line() { # key "mapped/drawn/cpu ..."
  local all=$2 first rest; first=${all%% *}; rest=${all#* }
  printf "%-34s first after idle: mapped %s ms, drawn %s ms, CPU %s ms\n" "$(label "$1")" $(tr / ' ' <<< "$first")
  printf "%-34s later (%d): median mapped %s ms, drawn %s ms, CPU %s ms; each: %s\n" "" "$(wc -w <<< "$rest")" \
    "$(tr ' ' '\n' <<< "$rest" | grep -v '^$' | cut -d/ -f1 | median)" \
    "$(tr ' ' '\n' <<< "$rest" | grep -v '^$' | cut -d/ -f2 | median)" \
    "$(tr ' ' '\n' <<< "$rest" | grep -v '^$' | cut -d/ -f3 | median)" "$rest"; }

# --- notifications: an override that ends at a known instant; the popup (an override-redirect
# window) mapped after it
notifications() { # key count -> "ms ..."
  local out="" i now due m
  for i in $(seq "$2"); do
    now=$(date +%s); due=$((now + 4))
    printf '{\n  "state" : "FOCUS",\n  "expiry" : "DURATION",\n  "setAt" : "%s",\n  "until" : "%s"\n}\n' \
      "$(date -u -d @$((now - 60)) +%FT%TZ)" "$(date -u -d @$due +%FT%TZ)" > "${DATA[$1]}/override.json.new"
    mv "${DATA[$1]}/override.json.new" "${DATA[$1]}/override.json"
    sleep $((due - now + 3))
    m=$(awk -v t0="$((due * 1000))" '$1 >= t0 && $2 == "MapNotify" && /override YES/ {print $1 - t0; exit}' "$WORK/x.log")
    out+="${m:-none} "
  done; echo "$out"; }
notify_line() { printf "%-34s median %s ms after due (goal <= 300); each: %s\n" "$(label "$1")" \
  "$(tr ' ' '\n' <<< "$2" | grep -v '^$' | median)" "$2"; }

# --- reachable status through the app-image, mounted where the .deb installs it (/opt/reachable),
# since JDK 17's CDS takes only an archive whose class path is the one it was dumped with
status_runs() {
  [ -x "$IMAGE/bin/Reachable" ] || { echo "no app-image at $IMAGE: skipped"; return; }
  local cold="$WORK/status-data"; prepare_data "$cold"
  # with no app running the command answers from what its last run read (.status-cache, kept by the warm-up
  # run); a folder where that is a directory keeps nothing, so each run there reads the files
  cp -a "$cold/reachable" "$cold/reads"; mkdir "$cold/reads/.status-cache"; sleep 0.2
  "${INSTALLED[@]}" "$IMAGE" bash -c '
    now_ms() { date +%s%3N; }
    median() { sort -n | awk "{a[NR]=\$1} END {print a[int((NR+1)/2)]}"; }
    run() { local label=$1 out="" i t0; shift; "$@" >/dev/null 2>&1
      for i in $(seq '"$STATUS_RUNS"'); do t0=$(now_ms); "$@" >/dev/null 2>&1; out+="$(( $(now_ms) - t0 )) "; done
      printf "%-44s median %4s ms; each: %s\n" "$label" "$(tr " " "\n" <<< "$out" | grep -v "^$" | median)" "$out"; }
    run "java -Xshare:auto -version (JVM only)" java -Xshare:auto -version
    for l in reachable Reachable; do   # the command on the PATH (packaging/build.sh), and the app'"'"'s own launcher
      [ -x /opt/reachable/bin/$l ] || continue
      run "bin/$l status, app not running" /opt/reachable/bin/$l --data-dir "'"$cold"'/reachable" status
      run "bin/$l status --json, app not running" /opt/reachable/bin/$l --data-dir "'"$cold"'/reachable" status --json
      run "bin/$l status, not running, reads the files" /opt/reachable/bin/$l --data-dir "'"$cold"'/reads" status
      run "bin/$l status, app running (AWT instance)" /opt/reachable/bin/$l --data-dir "'"${DATA[awt]}"'" status
      run "bin/$l status --json, app running" /opt/reachable/bin/$l --data-dir "'"${DATA[awt]}"'" status --json
    done'
}

# --- SYNC=1: a Radicale of the run's own on 127.0.0.1, the passwords in a gnome-keyring on each bus
start_sync_server() {
  local dir="$WORK/radicale" port; mkdir -p "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  printf 'anna:anna-password\nbob:bob-password\n' > "$dir/users"
  printf '[server]\nhosts = 127.0.0.1:%s\n[auth]\ntype = htpasswd\nhtpasswd_filename = %s/users\nhtpasswd_encryption = plain\ndelay = 0\n[rights]\ntype = owner_only\n[storage]\nfilesystem_folder = %s/storage\n[web]\ntype = none\n[logging]\nlevel = warning\n' \
    "$port" "$dir" "$dir" > "$dir/config"
  /usr/bin/radicale --config "$dir/config" >"$dir/log" 2>&1 & PIDS+=($!)
  SYNC_URL=http://127.0.0.1:$port/
  for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  local bus; for bus in "$DBUS_SESSION_BUS_ADDRESS" "$AWT_BUS"; do
    DBUS_SESSION_BUS_ADDRESS=$bus sh -c 'printf %s keyring-password | gnome-keyring-daemon --unlock --components=secrets' >/dev/null
  done; }
setup_sync() { # data-folder user
  local bus=$DBUS_SESSION_BUS_ADDRESS; [ "$2" = anna ] && bus=$AWT_BUS
  printf '%s-password' "$2" | DBUS_SESSION_BUS_ADDRESS=$bus java -jar "$JAR" --data-dir "$1" sync --setup "$SYNC_URL" --user "$2" >&2; }
sync_note() { local k; for k in awt sni; do # the tray's own record of its syncs
  printf "   sync (%s): %s\n" "$k" "$(grep -o '"lastSync" : "[^"]*"\|"failures" : [0-9]*' "${DATA[$k]}/sync.json" | tr '\n' ' ')"; done; }
