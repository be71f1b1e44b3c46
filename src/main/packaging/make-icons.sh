#!/usr/bin/env bash
# Rebuilds the app icons in this folder from the embedded atlas (the map at 20 August 2008, in the atlas's
# status colours, above a timeline with its playhead). Needs target/time-atlas.jar (mvn -q package),
# python3 and ImageMagick; png2icns (Debian package icnsutils) for the macOS icon.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar ../../../target/time-atlas.jar --export "$work/territories.geojson" --date 2008-08-20 >/dev/null
python3 icon-mvg.py "$work/territories.geojson" ../../../maps/georgia-1991-2008/statuses.json > "$work/icon.mvg"
# the drawing as an argument: the Debian ImageMagick policy refuses -draw @file
convert -size 512x512 xc:none -draw "$(cat "$work/icon.mvg")" -depth 8 -strip "$work/icon-512.png"
convert "$work/icon-512.png" -resize 256x256 -depth 8 -strip time-atlas.png
for size in 16 32 48 128 256; do
  convert "$work/icon-512.png" -resize ${size}x${size} -depth 8 -strip "$work/icon-$size.png"
done
convert "$work"/icon-{16,32,48,256}.png time-atlas.ico
png2icns time-atlas.icns "$work"/icon-{16,32,48,128,256,512}.png >/dev/null
