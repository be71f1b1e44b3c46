#!/usr/bin/env python3
"""Check the guided tours of an atlas folder (``tours/<tour-id>.json``).

Usage::

    python3 tools/check-tours.py [ATLAS_DIR] [--summary]

ATLAS_DIR defaults to ``maps/georgia-1991-2008`` next to this script's folder. Every problem is printed
as ``file:line:col: message`` (the file relative to the atlas folder); the exit code is 1 when there is at
least one problem, 0 otherwise. ``--summary`` also lists each tour with its level, minutes and steps.

The rules are those of the draft format (``tours/<tour-id>.json``):

* a tour has ``id`` (lower-case words joined by hyphens, equal to the file name), ``title`` and
  ``description`` in every atlas language, ``level`` (``introductory`` or ``detailed``), ``minutes``
  (a whole number) and 8-20 ``steps``;
* a step has a ``moment`` inside the atlas span, a ``view`` ("home", a focus view id from atlas.json, or a
  lon/lat box), a ``highlight`` with at least one event, whose ids exist (events in ``events/*.json``,
  territories in ``territories.json``, movements in ``movements.geojson``), a ``caption`` of 1-4 sentences
  in every language, optional ``notes`` in every language, optional ``revealUntil`` (a moment in the span),
  optional ``question`` (only when ``quiz.json`` exists, and then an id from it) and optional ``sources``
  (ids from ``sources/*.json``, optionally ``{"id": ..., "section": ...}``).

Consistency checks beyond the letter of the format, because a step that fails them shows the reader
something other than what its caption describes:

* every highlighted event has begun by the step's moment, and by its ``revealUntil`` when one is given
  (otherwise the event is not on the map yet, or is hidden as a "future" event);
* ``revealUntil`` is not before the step's moment;
* the view shows what is highlighted: each highlighted event's point lies inside the view's box, and each
  highlighted territory's or movement's bounding box overlaps it;
* every text says the same numbers in every language (a caption's Hindi says the same as its English;
  digit groups are compared without their separators, so 2,00,000 equals 200,000);
* a place the map labels (places.geojson) is spelled in Hindi as its label is, wherever the English names it
  (both parts of "A / B" labels), and Hindi texts never spell Gali as गली nor write गाली without ज़िला / शहर
  after it (the rules the atlas's own texts follow).

Standard library only.
"""

import datetime
import glob
import json
import os
import re
import sys

from located_json import JsonError, Parser, positions

TOUR_KEYS = {"id", "title", "description", "level", "minutes", "steps"}
STEP_KEYS = {"moment", "view", "highlight", "caption", "notes", "revealUntil", "question", "sources"}
STEP_REQUIRED = ("moment", "view", "highlight", "caption")
HIGHLIGHT_KEYS = ("territories", "events", "movements")
LEVELS = ("introductory", "detailed")
BOX_KEYS = ("west", "south", "east", "north")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MOMENT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
MIN_STEPS, MAX_STEPS = 8, 20
MIN_SENTENCES, MAX_SENTENCES = 1, 4


# ---------------------------------------------------------------------------------------------------
# A tour file as plain values with the position of each, so that messages can name line:col.

class Located:
    """Parses JSON text; ``positions[path]`` is the (line, col) where the value at ``path`` starts.

    A path is a tuple of object keys and array indexes, e.g. ``("steps", 3, "caption", "hi")``. Raises
    JsonError for text that is not JSON and for a member name that appears twice in one object.
    """

    def __init__(self, text):
        parser = Parser(text)
        root = parser.parse()
        if parser.duplicates:
            line, col, key = min(parser.duplicates)
            raise JsonError(line, col, f"duplicate member \"{key}\"")
        self.value = root.plain()
        self.positions = positions(root)


# ---------------------------------------------------------------------------------------------------
# The atlas: what tours may refer to.

def parse_moment(text):
    """'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' -> datetime, or None when malformed."""
    if not isinstance(text, str) or not MOMENT_RE.match(text):
        return None
    try:
        if "T" in text:
            return datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M")
        return datetime.datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return None


def _points(geometry):
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    if kind == "Point":
        yield coords
    elif kind in ("LineString", "MultiPoint"):
        yield from coords
    elif kind in ("Polygon", "MultiLineString"):
        for ring in coords:
            yield from ring
    elif kind == "MultiPolygon":
        for polygon in coords:
            for ring in polygon:
                yield from ring


def _bbox(geometry):
    points = list(_points(geometry))
    if not points:
        return None
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


class Atlas:
    """The parts of an atlas folder that a tour refers to. Raises OSError/ValueError if they are unreadable."""

    def __init__(self, folder):
        self.folder = folder
        with open(os.path.join(folder, "atlas.json"), encoding="utf-8") as f:
            meta = json.load(f)
        self.languages = list(meta["languages"])
        self.span_from = parse_moment(meta["span"]["from"])
        self.span_to = parse_moment(meta["span"]["to"])
        h = meta["home"]
        self.home = (h["west"], h["south"], h["east"], h["north"])
        self.views = {}
        for focus in meta.get("focus", []):
            for v in focus.get("views", []):
                self.views[v["id"]] = (v["west"], v["south"], v["east"], v["north"])

        self.events = {}
        for path in sorted(glob.glob(os.path.join(folder, "events", "*.json"))):
            with open(path, encoding="utf-8") as f:
                for e in json.load(f):
                    self.events[e["id"]] = e

        with open(os.path.join(folder, "territories.json"), encoding="utf-8") as f:
            self.territories = {t["id"] for t in json.load(f)}
        self.territory_boxes = {}
        outlines = os.path.join(folder, "territories.geojson")
        if os.path.exists(outlines):
            with open(outlines, encoding="utf-8") as f:
                for feature in json.load(f)["features"]:
                    self.territory_boxes[feature["properties"]["id"]] = _bbox(feature["geometry"])

        self.movements = {}
        moves = os.path.join(folder, "movements.geojson")
        if os.path.exists(moves):
            with open(moves, encoding="utf-8") as f:
                for feature in json.load(f)["features"]:
                    self.movements[feature["properties"]["id"]] = _bbox(feature["geometry"])

        self.sources = set()
        for path in sorted(glob.glob(os.path.join(folder, "sources", "*.json"))):
            with open(path, encoding="utf-8") as f:
                self.sources.update(s["id"] for s in json.load(f))

        # English -> Hindi spelling of every part of every map label ("Tskhinvali / Tskhinval").
        self.spellings = {}
        labels = os.path.join(folder, "places.geojson")
        if os.path.exists(labels) and "hi" in self.languages:
            with open(labels, encoding="utf-8") as f:
                for feature in json.load(f)["features"]:
                    props = feature["properties"]
                    en = [part.strip() for part in str(props.get("name_en", "")).split(" / ")]
                    hi = [part.strip() for part in str(props.get("name_hi", "")).split(" / ")]
                    if len(en) == len(hi):
                        for e, h in zip(en, hi):
                            if e and h:
                                self.spellings.setdefault(e, h)

        quiz = os.path.join(folder, "quiz.json")
        self.questions = None
        if os.path.exists(quiz):
            with open(quiz, encoding="utf-8") as f:
                self.questions = {q["id"] for q in json.load(f)}


# ---------------------------------------------------------------------------------------------------
# Sentences.

# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = re.compile(
    r"\b(e\.g|i\.e|etc|Gen|Lt|Maj|Col|Brig|Capt|Sgt|St|Mr|Mrs|Ms|Dr|Prof|vol|vols|pp|p|no|No|ch|cf|"
    r"approx|U\.S|U\.N|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.", re.UNICODE)
# Hindi abbreviations (page, volume, doctor, number) whose full stop does not end a sentence.
_HI_ABBREVIATIONS = re.compile(r"(?<![\u0900-\u097F])(पृ|खं|डॉ|सं)\.")
_EN_END = re.compile(r"[.!?][\"'’”)\]]*(?=\s|$)")
_HI_END = re.compile(r"[।?!][\"'’”)\]]*(?=\s|$)")


def count_sentences(text, language):
    """Sentences in a caption: terminators followed by a space or the end, plus an unterminated tail.

    Full stops of known abbreviations (e.g. 'Gen.', 'पृ.') do not end a sentence; in Hindi the danda '।'
    ends one, and so does an English-style full stop where a text uses it.
    """
    body = _ABBREVIATIONS.sub("ABBR", text.strip())
    if language == "hi":
        body = _HI_ABBREVIATIONS.sub("ABBR", body)
        ends = list(_HI_END.finditer(body)) + [m for m in _EN_END.finditer(body) if body[m.start()] == "."]
    else:
        ends = list(_EN_END.finditer(body))
    last_end = max((m.end() for m in ends), default=0)
    return len(ends) + (1 if body[last_end:].strip() else 0)


_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


def numbers(text):
    """The numbers a text states, separators of digit groups removed ('2,00,000' and '200,000' -> '200000')."""
    return {m.group(0).replace(",", "") for m in _NUMBER.finditer(text)}


# ---------------------------------------------------------------------------------------------------
# The checks.

class Checker:
    def __init__(self, atlas):
        self.atlas = atlas
        self.problems = []

    def problem(self, file, doc, path, message):
        line, col = doc.positions.get(path, (1, 1)) if doc else (1, 1)
        self.problems.append((file, line, col, message))

    # -- a text in every language -----------------------------------------------------------------
    def text(self, file, doc, path, value, what, sentences=False):
        if not isinstance(value, dict):
            self.problem(file, doc, path, f"{what} must be an object with one member per language "
                                          f"({', '.join(self.atlas.languages)})")
            return
        for language in self.atlas.languages:
            s = value.get(language)
            if not isinstance(s, str) or not s.strip():
                self.problem(file, doc, path, f"{what} has no {language} text")
                continue
            if sentences:
                n = count_sentences(s, language)
                if not MIN_SENTENCES <= n <= MAX_SENTENCES:
                    self.problem(file, doc, path + (language,),
                                 f"{what} ({language}) has {n} sentences; a caption has "
                                 f"{MIN_SENTENCES}-{MAX_SENTENCES}")
            if language == "hi":
                self.hindi_spellings(file, doc, path, value, s, what)
        present = [lang for lang in self.atlas.languages
                   if isinstance(value.get(lang), str) and value[lang].strip()]
        if len(present) > 1:
            reference = numbers(value[present[0]])
            for language in present[1:]:
                other = numbers(value[language])
                if other != reference:
                    missing = sorted(reference - other) + sorted(other - reference)
                    self.problem(file, doc, path + (language,),
                                 f"{what} ({language}) does not give the same numbers as ({present[0]}): "
                                 f"{', '.join(missing)}")
        for language in value:
            if language not in self.atlas.languages and language not in ("ka", "ru"):
                self.problem(file, doc, path + (language,), f"{what} has a text in '{language}', "
                                                             f"which is not an atlas language")

    def hindi_spellings(self, file, doc, path, value, hi, what):
        where = path + ("hi",)
        if re.search(r"(?<![\u0900-\u097F])गली(?![\u0900-\u097F])", hi):
            self.problem(file, doc, where, f"{what} (hi) spells Gali as गली; the atlas writes गाली ज़िला / गाली शहर")
        for m in re.finditer(r"(?<![\u0900-\u097F])गाली(?![\u0900-\u097F])", hi):
            if not hi[m.end():].startswith((" ज़िल", " शहर")):
                self.problem(file, doc, where, f"{what} (hi) writes गाली without ज़िला or शहर after it")
        en = value.get("en")
        if isinstance(en, str):
            for english, hindi in self.atlas.spellings.items():
                if re.search(r"\b" + re.escape(english) + r"\b", en) and hindi not in hi:
                    self.problem(file, doc, where, f"{what} (hi): the English names {english}, "
                                                   f"which the map labels in Hindi as {hindi}")

    def moment(self, file, doc, path, value, what):
        m = parse_moment(value)
        if m is None:
            self.problem(file, doc, path, f"{what} must be a moment YYYY-MM-DD or YYYY-MM-DDTHH:MM, "
                                          f"not {json.dumps(value, ensure_ascii=False)}")
            return None
        if not (self.atlas.span_from <= m < self.atlas.span_to):
            self.problem(file, doc, path, f"{what} {value} lies outside the atlas span "
                                          f"[{self.atlas.span_from:%Y-%m-%d}, {self.atlas.span_to:%Y-%m-%d})")
        return m

    def view_box(self, file, doc, path, view):
        """The view's (west, south, east, north), or None after reporting a bad view."""
        if isinstance(view, str):
            if view == "home":
                return self.atlas.home
            if view in self.atlas.views:
                return self.atlas.views[view]
            self.problem(file, doc, path, f"view \"{view}\" is neither \"home\" nor a focus view of "
                                          f"atlas.json ({', '.join(sorted(self.atlas.views))})")
            return None
        if not isinstance(view, dict):
            self.problem(file, doc, path, "view must be \"home\", a focus view id or a box "
                                          "{west, south, east, north}")
            return None
        ok = True
        for key in view:
            if key not in BOX_KEYS:
                self.problem(file, doc, path + (key,), f"a view box has no member \"{key}\"")
                ok = False
        for key in BOX_KEYS:
            v = view.get(key)
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                self.problem(file, doc, path, f"view box needs a number \"{key}\"")
                ok = False
        if not ok:
            return None
        w, s, e, n = (view[k] for k in BOX_KEYS)
        if not (-180 <= w < e <= 180):
            self.problem(file, doc, path, f"view box: west {w} must be less than east {e}, both in -180..180")
            ok = False
        if not (-90 <= s < n <= 90):
            self.problem(file, doc, path, f"view box: south {s} must be less than north {n}, both in -90..90")
            ok = False
        hw, hs, he, hn = self.atlas.home
        if ok and (e <= hw or w >= he or n <= hs or s >= hn):
            self.problem(file, doc, path, "view box lies entirely outside the atlas's home box")
            ok = False
        return (w, s, e, n) if ok else None

    def tour(self, file, doc):
        tour = doc.value
        if not isinstance(tour, dict):
            self.problem(file, doc, (), "a tour file holds one JSON object")
            return None
        for key in tour:
            if key not in TOUR_KEYS:
                self.problem(file, doc, (key,), f"unknown member \"{key}\" in a tour")
        for key in sorted(TOUR_KEYS):
            if key not in tour:
                self.problem(file, doc, (), f"tour has no \"{key}\"")

        tid = tour.get("id")
        stem = os.path.splitext(os.path.basename(file))[0]
        if "id" in tour:
            if not isinstance(tid, str) or not ID_RE.match(tid):
                self.problem(file, doc, ("id",), "tour id must be lower-case words joined by hyphens")
            elif tid != stem:
                self.problem(file, doc, ("id",), f"tour id \"{tid}\" differs from its file name \"{stem}.json\"")
        if "title" in tour:
            self.text(file, doc, ("title",), tour["title"], "title")
        if "description" in tour:
            self.text(file, doc, ("description",), tour["description"], "description")
        if "level" in tour and tour["level"] not in LEVELS:
            self.problem(file, doc, ("level",), f"level must be one of {', '.join(LEVELS)}")
        if "minutes" in tour:
            m = tour["minutes"]
            if isinstance(m, bool) or not isinstance(m, int) or m < 1:
                self.problem(file, doc, ("minutes",), "minutes must be a whole number of minutes, at least 1")

        steps = tour.get("steps")
        if "steps" in tour:
            if not isinstance(steps, list):
                self.problem(file, doc, ("steps",), "steps must be an array")
                steps = []
            elif not MIN_STEPS <= len(steps) <= MAX_STEPS:
                self.problem(file, doc, ("steps",), f"a tour has {MIN_STEPS}-{MAX_STEPS} steps, "
                                                    f"this one {len(steps)}")
            for i, step in enumerate(steps):
                self.step(file, doc, ("steps", i), step)
        return tid

    def step(self, file, doc, path, step):
        if not isinstance(step, dict):
            self.problem(file, doc, path, "a step must be an object")
            return
        for key in step:
            if key not in STEP_KEYS:
                self.problem(file, doc, path + (key,), f"unknown member \"{key}\" in a step")
        for key in STEP_REQUIRED:
            if key not in step:
                self.problem(file, doc, path, f"step has no \"{key}\"")

        moment = self.moment(file, doc, path + ("moment",), step["moment"], "moment") \
            if "moment" in step else None
        reveal = None
        if "revealUntil" in step:
            reveal = self.moment(file, doc, path + ("revealUntil",), step["revealUntil"], "revealUntil")
            if reveal is not None and moment is not None and reveal < moment:
                self.problem(file, doc, path + ("revealUntil",),
                             f"revealUntil {step['revealUntil']} is before the step's moment {step['moment']}")
        box = self.view_box(file, doc, path + ("view",), step["view"]) if "view" in step else None

        highlight = step.get("highlight")
        if "highlight" in step:
            if not isinstance(highlight, dict):
                self.problem(file, doc, path + ("highlight",), "highlight must be an object")
                highlight = {}
            for key in highlight:
                if key not in HIGHLIGHT_KEYS:
                    self.problem(file, doc, path + ("highlight", key), f"unknown member \"{key}\" in highlight")
            for key in HIGHLIGHT_KEYS:
                ids = highlight.get(key, [])
                hpath = path + ("highlight", key)
                if not isinstance(ids, list) or not all(isinstance(x, str) for x in ids):
                    self.problem(file, doc, hpath, f"highlight.{key} must be an array of ids")
                    continue
                seen = set()
                for j, ident in enumerate(ids):
                    if ident in seen:
                        self.problem(file, doc, hpath + (j,), f"\"{ident}\" is highlighted twice")
                    seen.add(ident)
                    self.reference(file, doc, hpath + (j,), key, ident, moment, reveal, box, step)
            if not highlight.get("events"):
                self.problem(file, doc, path + ("highlight",), "a step highlights at least one event")

        if "caption" in step:
            self.text(file, doc, path + ("caption",), step["caption"], "caption", sentences=True)
        if "notes" in step:
            self.text(file, doc, path + ("notes",), step["notes"], "notes")

        if "question" in step:
            q = step["question"]
            if self.atlas.questions is None:
                self.problem(file, doc, path + ("question",),
                             f"question \"{q}\": the atlas has no quiz.json to take it from")
            elif q not in self.atlas.questions:
                self.problem(file, doc, path + ("question",), f"no question \"{q}\" in quiz.json")

        if "sources" in step:
            sources = step["sources"]
            if not isinstance(sources, list):
                self.problem(file, doc, path + ("sources",), "sources must be an array")
                sources = []
            for j, ref in enumerate(sources):
                spath = path + ("sources", j)
                if isinstance(ref, dict):
                    for key in ref:
                        if key not in ("id", "section"):
                            self.problem(file, doc, spath + (key,), f"a source reference has no member \"{key}\"")
                    if "section" in ref and (not isinstance(ref["section"], str) or not ref["section"].strip()):
                        self.problem(file, doc, spath, "a source reference's section must be a non-blank text")
                    ref = ref.get("id")
                if not isinstance(ref, str):
                    self.problem(file, doc, spath, "a source is cited by its id")
                elif ref not in self.atlas.sources:
                    self.problem(file, doc, spath, f"no source \"{ref}\" in sources/*.json")

    def reference(self, file, doc, path, kind, ident, moment, reveal, box, step):
        if kind == "events":
            event = self.atlas.events.get(ident)
            if event is None:
                self.problem(file, doc, path, f"no event \"{ident}\" in events/*.json")
                return
            start = parse_moment(event.get("start"))
            if start is not None and moment is not None and start > moment:
                self.problem(file, doc, path, f"event \"{ident}\" begins {event['start']}, after the step's "
                                              f"moment {step['moment']}: it is not on the map yet")
            if start is not None and reveal is not None and start > reveal:
                self.problem(file, doc, path, f"event \"{ident}\" begins {event['start']}, after the step's "
                                              f"revealUntil {step['revealUntil']}: it would be hidden")
            lon, lat = event.get("lon"), event.get("lat")
            if box is not None and lon is not None and lat is not None:
                w, s, e, n = box
                if not (w <= lon <= e and s <= lat <= n):
                    self.problem(file, doc, path, f"event \"{ident}\" at {lon}, {lat} lies outside the step's view")
        elif kind == "territories":
            if ident not in self.atlas.territories:
                self.problem(file, doc, path, f"no territory \"{ident}\" in territories.json")
                return
            self._in_view(file, doc, path, "territory", ident, self.atlas.territory_boxes.get(ident), box)
        else:
            if ident not in self.atlas.movements:
                self.problem(file, doc, path, f"no movement \"{ident}\" in movements.geojson")
                return
            self._in_view(file, doc, path, "movement", ident, self.atlas.movements[ident], box)

    def _in_view(self, file, doc, path, what, ident, bbox, box):
        if bbox is None or box is None:
            return
        w, s, e, n = box
        x0, y0, x1, y1 = bbox
        if x1 < w or x0 > e or y1 < s or y0 > n:
            self.problem(file, doc, path, f"{what} \"{ident}\" lies entirely outside the step's view")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    summary = "--summary" in argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    folder = args[0] if args else os.path.join(here, "..", "maps", "georgia-1991-2008")
    folder = os.path.normpath(folder)
    try:
        atlas = Atlas(folder)
    except (OSError, ValueError, KeyError) as e:
        print(f"{folder}: cannot read the atlas: {e}", file=sys.stderr)
        return 2

    checker = Checker(atlas)
    files = sorted(glob.glob(os.path.join(folder, "tours", "*.json")))
    if not files:
        checker.problems.append(("tours", 1, 1, "the atlas has no tours/*.json"))
    ids = {}
    rows = []
    for path in files:
        rel = os.path.relpath(path, folder)
        try:
            with open(path, encoding="utf-8") as f:
                doc = Located(f.read())
        except JsonError as e:
            checker.problems.append((rel, e.line, e.col, e.message))
            continue
        except (OSError, UnicodeDecodeError) as e:
            checker.problems.append((rel, 1, 1, f"cannot read: {e}"))
            continue
        tid = checker.tour(rel, doc)
        if isinstance(tid, str):
            if tid in ids:
                checker.problem(rel, doc, ("id",), f"tour id \"{tid}\" is also used by {ids[tid]}")
            ids[tid] = rel
        t = doc.value if isinstance(doc.value, dict) else {}
        steps = t.get("steps") if isinstance(t.get("steps"), list) else []
        rows.append((t.get("id"), t.get("level"), t.get("minutes"), len(steps)))

    for file, line, col, message in checker.problems:
        print(f"{file}:{line}:{col}: {message}")
    if summary:
        for tid, level, minutes, n in rows:
            print(f"{tid}: {level}, {minutes} min, {n} steps")
    total = sum(r[3] for r in rows)
    if checker.problems:
        print(f"{len(checker.problems)} problem(s) in {len(files)} tour(s)", file=sys.stderr)
        return 1
    print(f"{len(files)} tours, {total} steps: no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
