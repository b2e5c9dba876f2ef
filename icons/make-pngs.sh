#!/usr/bin/env bash
# Renders the tray and app icons from the SVG sources into the app's resources.
# Needs librsvg2-bin (rsvg-convert). The PNGs are committed, so a build needs none of this.
set -euo pipefail
cd "$(dirname "$0")"
out=../src/main/resources/org/reachable/icons
mkdir -p "$out"
for name in tray-available tray-focus tray-off; do
  for size in 16 22 24 32 48 64; do rsvg-convert -w $size -h $size $name.svg -o "$out/$name-$size.png"; done
done
for size in 16 32 48 64 128 256; do rsvg-convert -w $size -h $size app.svg -o "$out/app-$size.png"; done
