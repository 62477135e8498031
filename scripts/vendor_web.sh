#!/usr/bin/env bash
# Re-fetches the web page's third-party files from npm into src/wirecoder/web/static/vendor/.
# The page loads nothing from the internet at run time: Leaflet, topojson-client and the Natural
# Earth boundaries of world-atlas are served by wirecoder itself. Run this only to update them.
set -euo pipefail
LEAFLET=1.9.4
TOPOJSON_CLIENT=3.1.0
WORLD_ATLAS=2.0.2
here="$(cd "$(dirname "$0")/.." && pwd)"
dest="$here/src/wirecoder/web/static/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
for spec in "leaflet@$LEAFLET" "topojson-client@$TOPOJSON_CLIENT" "world-atlas@$WORLD_ATLAS"; do
  npm pack --silent "$spec" >/dev/null
done
for t in *.tgz; do
  name="${t%-*.tgz}"
  mkdir -p "$name" && tar -xzf "$t" -C "$name" --strip-components=1
done
mkdir -p "$dest/leaflet/images"
cp leaflet/dist/leaflet.js leaflet/dist/leaflet.css "$dest/leaflet/"
cp leaflet/dist/images/*.png "$dest/leaflet/images/"
cp leaflet/LICENSE "$dest/leaflet/LICENSE.txt"
mkdir -p "$dest/topojson-client"
cp topojson-client/dist/topojson-client.min.js "$dest/topojson-client/"
cp topojson-client/LICENSE "$dest/topojson-client/LICENSE.txt"
mkdir -p "$dest/world-atlas"
cp world-atlas/countries-50m.json world-atlas/countries-110m.json "$dest/world-atlas/"
cp world-atlas/LICENSE "$dest/world-atlas/LICENSE.txt"
echo "vendored leaflet $LEAFLET, topojson-client $TOPOJSON_CLIENT, world-atlas $WORLD_ATLAS into $dest"
