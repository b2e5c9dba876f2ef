#!/usr/bin/env bash
# Makes every icon from the SVG sources in icons/ (run it after editing an SVG, then commit the outputs;
# a build needs none of these tools):
#   src/main/resources/org/reachable/icons/
#     app-<size>.png                 16 22 24 32 48 64 128 256 512  (window icons)
#     tray-<state>-<size>.png        16 22 24 32 48 64  (what the app loads: white rim, reads on any panel)
#     tray-<state>-light-<size>.png  dark rim, for light panels
#     tray-<state>-dark-<size>.png   white rim, for dark panels
#   packaging/icons/app.png (256, Linux installer), app.ico (Windows), app.icns (macOS)
#
#   apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")/.."
src=icons
res=src/main/resources/org/reachable/icons
pkg=packaging/icons
mkdir -p "$res" "$pkg"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

png() { rsvg-convert -w "$2" -h "$2" "$1" -o "$3"; }

for state in available focus off; do
  for size in 16 22 24 32 48 64; do
    png "$src/tray-$state.svg" $size "$res/tray-$state-$size.png"
    for panel in light dark; do
      png "$src/tray-$state-$panel.svg" $size "$res/tray-$state-$panel-$size.png"
    done
  done
done

for size in 16 22 24 32 48 64 128 256 512; do
  png "$src/app.svg" $size "$res/app-$size.png"
done

cp "$res/app-256.png" "$pkg/app.png"
# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
convert "$res"/app-{16,24,32,48,64,128,256}.png "$pkg/app.ico"
# macOS: png2icns takes the sizes the icns format has (16 32 48 128 256 512).
png2icns "$pkg/app.icns" "$res"/app-{16,32,48,128,256,512}.png >/dev/null
echo "icons written to $res and $pkg"
