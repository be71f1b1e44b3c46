"""Writes the app icon's drawing (ImageMagick MVG, 512x512) from a territories export of the atlas.

Usage: python3 icon-mvg.py TERRITORIES.geojson STATUSES.json > icon.mvg
The map is the atlas's own territories at one moment, in the atlas's status colours, over the map's sea
colour, above a strip that stands for the timeline and its playhead.
"""
import json
import math
import sys

SIZE = 512
SEA, LAND_EDGE, TIMELINE, PLAYHEAD = "#aacfea", "#4f86b8", "#fbfbfc", "#111111"

territories = json.load(open(sys.argv[1]))["features"]
colours = {s["id"]: s["colour"] for s in json.load(open(sys.argv[2]))}

polygons = []
for feature in territories:
    properties, geometry = feature["properties"], feature["geometry"]
    if properties["kind"] != "territory" or properties["status"] is None:
        continue
    parts = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    for part in parts:
        polygons.append((colours[properties["status"]], part[0]))

cos = math.cos(math.radians(42.3))
xs = [lon * cos for _, ring in polygons for lon, _ in ring]
ys = [-lat for _, ring in polygons for _, lat in ring]
west, east, north, south = min(xs), max(xs), min(ys), max(ys)
scale = (SIZE - 2 * 26) / (east - west)
top = 64


def point(lon, lat):
    return "%.1f,%.1f" % (26 + (lon * cos - west) * scale, top + (-lat - north) * scale)


print("viewbox 0 0 %d %d" % (SIZE, SIZE))
print("fill '%s' stroke none roundrectangle 8,8 504,504 88,88" % SEA)
print("stroke-linejoin round")
for colour, ring in polygons:
    print("fill '%s' stroke '%s' stroke-width 3 polygon %s" % (colour, LAND_EDGE, " ".join(point(*c) for c in ring)))
strip = top + (south - north) * scale + 44
print("fill '%s' stroke '#c9ced6' stroke-width 3 roundrectangle 34,%.0f 478,%.0f 14,14" % (TIMELINE, strip, strip + 92))
for i in range(9):
    x = 62 + i * 48.5
    print("stroke '#8a93a0' stroke-width 5 line %.0f,%.0f %.0f,%.0f" % (x, strip + 58, x, strip + 74))
print("stroke '%s' stroke-width 8 line 330,%.0f 330,%.0f" % (PLAYHEAD, strip - 16, strip + 78))
print("fill '%s' stroke '#ffffff' stroke-width 5 circle 330,%.0f 352,%.0f" % (PLAYHEAD, strip + 46, strip + 46))
