#!/usr/bin/env python3
"""Checks an atlas's lenses.json and its sources against the lens rules of the draft atlas format.

Usage: python3 tools/check-lenses.py [ATLAS_DIR]     (default: maps/georgia-1991-2008 next to this script)

Prints one line per problem as ``file:line:col: message`` and exits 1, or prints a one-line summary and
exits 0 when there is none. Standard library only.

What it checks (the ``lenses.json`` section of the draft formats, plus the atlas-wide source rules):
  * the file is a JSON array of lenses, each with exactly: id, name, description, statuses, territories;
    lens ids are lower-case words joined by hyphens, unique, and among "law" and "recognition";
  * every text ({"en": ..., "hi": ...}) has every atlas language, non-blank; Hindi texts are written in
    Devanagari, differ from the English, and never spell Gali as "गली";
  * statuses: unique ids (across all lenses), colour from the Okabe-Ito palette or a grey, pattern one of
    none/hatch/crosshatch/dots, overlay a boolean, label and description texts; every status is used;
    two statuses of one lens (and one overlay group) whose colours a colour-blind viewer could confuse
    (simulated protan/deutan/tritan and normal vision, CIE76 distance below CONFUSABLE) differ in pattern;
  * territories: every territory of kind "territory" in territories.json is covered; overlays may be
    left out; unknown ids are problems; each span has from/to moments inside the atlas span, from < to,
    a status of the same lens (overlay statuses only on overlays and the others only on territories),
    a note text and at least one source; a territory's spans are consecutive from the atlas start to its
    end without gaps or overlaps; an overlay's spans are ordered and do not overlap (gaps allowed, as for
    overlays in territories.json);
  * sources: every cited id exists in sources/*.json; a citation is an id or {"id", "section"}; every
    source in sources/lenses.json is cited by some span; every sources file is an array of sources with
    the fields and rules the atlas loader and SourceRecordsTest apply (ids unique across all files, a
    title, an author or publisher, a year 1900-2030, a url or a section, http(s) urls, no blanket page
    range in a source record) and no two sources in any file share a URL (same normalisation as
    SourceRecordsTest: scheme, "www.", an AMP path and trailing slashes ignored).
"""

import datetime
import os
import re
import sys

from located_json import JsonError, Node, Parser

LENS_IDS = {"law", "recognition"}
PATTERNS = {"none", "hatch", "crosshatch", "dots"}
OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"}
CONFUSABLE = 25.0  # CIE76 distance under which two simulated colours count as confusable
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MOMENT_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
GALI_WRONG = re.compile(r"(?<![\u0900-\u097F])गली(?![\u0900-\u097F])")
BLANKET = re.compile(r"(?i)(chapters? *\d+ *[–-] *\d+|pp?\. *\d+ *[–-] *\d+)")


# --------------------------------------------------------------------------- colour-blind simulation
CVD = {  # Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB
    "protan": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deutan": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritan": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}


def _linear(hex_colour):
    out = []
    for k in (1, 3, 5):
        c = int(hex_colour[k:k + 2], 16) / 255
        out.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out


def _lab(rgb):
    r, g, b = [min(1.0, max(0.0, x)) for x in rgb]
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _seen(hex_colour, vision):
    rgb = _linear(hex_colour)
    if vision != "normal":
        m = CVD[vision]
        rgb = [sum(m[i][j] * rgb[j] for j in range(3)) for i in range(3)]
    return _lab(rgb)


def colour_distance(a, b):
    """The smallest CIE76 distance between two colours under normal, protan, deutan and tritan vision."""
    distances = []
    for vision in ("normal", "protan", "deutan", "tritan"):
        la, lb = _seen(a, vision), _seen(b, vision)
        distances.append((sum((p - q) ** 2 for p, q in zip(la, lb)) ** 0.5, vision))
    return min(distances)


# --------------------------------------------------------------------------- the checker
class Checker:
    def __init__(self, atlas_dir):
        self.dir = atlas_dir
        self.problems = []

    def problem(self, path, node_or_pos, message):
        line, col = (node_or_pos.line, node_or_pos.col) if isinstance(node_or_pos, Node) else node_or_pos
        self.problems.append("%s:%d:%d: %s" % (os.path.relpath(path), line, col, message))

    def load(self, path):
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            self.problems.append("%s:1:1: cannot read: %s" % (os.path.relpath(path), e))
            return None
        parser = Parser(text)
        try:
            node = parser.parse()
        except JsonError as e:
            self.problem(path, (e.line, e.col), "not valid JSON: " + e.message)
            return None
        for line, col, key in parser.duplicates:
            self.problem(path, (line, col), 'member "%s" appears twice' % key)
        return node

    # ---- atlas context
    def read_atlas(self):
        atlas = self.load(os.path.join(self.dir, "atlas.json"))
        terr = self.load(os.path.join(self.dir, "territories.json"))
        if atlas is None or terr is None:
            return False
        a = atlas.plain()
        self.languages = a.get("languages") or ["en"]
        self.span_from = parse_moment(a["span"]["from"])
        self.span_to = parse_moment(a["span"]["to"])
        self.span_text = (a["span"]["from"], a["span"]["to"])
        self.kinds = {t["id"]: t.get("kind", "territory") for t in terr.plain()}
        return True

    def read_sources(self):
        """Every sources/*.json: the source rules, unique ids, and no URL shared between any two sources."""
        self.sources = {}
        self.own_sources = {}  # id -> Node, for sources/lenses.json
        by_url = {}
        folder = os.path.join(self.dir, "sources")
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".json"):
                continue
            path = os.path.join(folder, name)
            root = self.load(path)
            if root is None:
                continue
            if not isinstance(root.value, list):
                self.problem(path, root, "a sources file must be a JSON array of sources")
                continue
            for item in root.value:
                if not isinstance(item.value, dict):
                    self.problem(path, item, "a source must be an object")
                    continue
                m = item.value
                for key, n in m.items():
                    if key not in {"id", "title", "author", "publisher", "year", "url", "section"}:
                        self.problem(path, n, 'unknown member "%s" in a source' % key)
                sid = m.get("id")
                if sid is None or not isinstance(sid.value, str) or not sid.value.strip():
                    self.problem(path, item, 'a source needs an "id"')
                    continue
                if sid.value in self.sources:
                    self.problem(path, sid, 'source id "%s" is used twice (also in %s)' % (sid.value, self.sources[sid.value]))
                self.sources.setdefault(sid.value, name)
                if name == "lenses.json":
                    self.own_sources[sid.value] = sid
                if not isinstance(getattr(m.get("title"), "value", None), str) or not m["title"].value.strip():
                    self.problem(path, item, '%s: a source needs a "title"' % sid.value)
                if "author" not in m and "publisher" not in m:
                    self.problem(path, item, '%s: a source needs an "author" or a "publisher"' % sid.value)
                year = getattr(m.get("year"), "value", None)
                if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2030:
                    self.problem(path, m.get("year", item), '%s: "year" must be a whole year from 1900 to 2030' % sid.value)
                if "url" not in m and "section" not in m:
                    self.problem(path, item, '%s: a source needs a "url" or a "section"' % sid.value)
                if "section" in m and isinstance(m["section"].value, str) and BLANKET.search(m["section"].value):
                    self.problem(path, m["section"], "%s: a page or chapter range belongs on each citation, not on the source" % sid.value)
                if "url" in m:
                    url = m["url"].value
                    if not isinstance(url, str) or not re.match(r"^https?://\S+$", url):
                        self.problem(path, m["url"], '%s: "url" must be a web address starting with http:// or https://' % sid.value)
                        continue
                    key = normalised_url(url)
                    if key in by_url:
                        self.problem(path, m["url"], "%s shares its URL with %s (%s)" % (sid.value, by_url[key][0], by_url[key][1]))
                    else:
                        by_url[key] = (sid.value, name)

    # ---- texts
    def text(self, path, node, what):
        if node is None:
            return
        if not isinstance(node.value, dict):
            self.problem(path, node, "%s must be a text object with one member per language" % what)
            return
        for lang in self.languages:
            n = node.value.get(lang)
            if n is None or not isinstance(n.value, str) or not n.value.strip():
                self.problem(path, node, '%s has no "%s" text' % (what, lang))
        hi = node.value.get("hi")
        en = node.value.get("en")
        if hi is not None and isinstance(hi.value, str) and hi.value.strip():
            if not DEVANAGARI.search(hi.value):
                self.problem(path, hi, "%s: the Hindi text is not written in Devanagari" % what)
            if en is not None and hi.value.strip() == str(en.value).strip():
                self.problem(path, hi, "%s: the Hindi text is the English text" % what)
            if GALI_WRONG.search(hi.value):
                self.problem(path, hi, '%s: Gali is spelled "गाली", never "गली"' % what)

    def members(self, path, node, allowed, required, what):
        if not isinstance(node.value, dict):
            self.problem(path, node, "%s must be an object" % what)
            return False
        for key, n in node.value.items():
            if key not in allowed:
                self.problem(path, n, 'unknown member "%s" in %s' % (key, what))
        for key in required:
            if key not in node.value:
                self.problem(path, node, '%s needs "%s"' % (what, key))
        return True

    # ---- lenses.json
    def check_lenses(self):
        path = os.path.join(self.dir, "lenses.json")
        root = self.load(path)
        if root is None:
            return 0, 0
        if not isinstance(root.value, list):
            self.problem(path, root, "lenses.json must be a JSON array of lenses")
            return 0, 0
        lens_ids, status_owner, cited = set(), {}, set()
        spans_total = 0
        for lens in root.value:
            if not self.members(path, lens, {"id", "name", "description", "statuses", "territories"},
                                ["id", "name", "description", "statuses", "territories"], "a lens"):
                continue
            m = lens.value
            lid = m["id"].value if "id" in m else None
            if not isinstance(lid, str) or not ID_RE.match(lid):
                self.problem(path, m.get("id", lens), "a lens id must be lower-case words joined by hyphens")
            elif lid in lens_ids:
                self.problem(path, m["id"], 'lens id "%s" is used twice' % lid)
            elif lid not in LENS_IDS:
                self.problem(path, m["id"], 'lens id "%s" is not one of %s' % (lid, ", ".join(sorted(LENS_IDS))))
            lens_ids.add(lid)
            self.text(path, m.get("name"), "the lens name")
            self.text(path, m.get("description"), "the lens description")
            statuses = self.check_statuses(path, m.get("statuses"), lid, status_owner)
            used = set()
            spans_total += self.check_territories(path, m.get("territories"), lid, statuses, used, cited)
            for sid, (node, _) in statuses.items():
                if sid not in used:
                    self.problem(path, node, 'status "%s" is in the legend of lens "%s" but no span uses it' % (sid, lid))
        for lens_id in sorted(LENS_IDS - lens_ids):
            self.problem(path, root, 'there is no "%s" lens' % lens_id)
        for sid, node in self.own_sources.items():
            if sid not in cited:
                self.problem(os.path.join(self.dir, "sources", "lenses.json"), node,
                             'source "%s" in sources/lenses.json is cited by no lens span' % sid)
        return len(root.value), spans_total

    def check_statuses(self, path, node, lid, status_owner):
        out = {}
        if node is None or not isinstance(node.value, list) or not node.value:
            self.problem(path, node if node is not None else (1, 1), 'lens "%s" needs a non-empty array of statuses' % lid)
            return out
        for st in node.value:
            if not self.members(path, st, {"id", "colour", "pattern", "overlay", "label", "description"},
                                ["id", "colour", "pattern", "overlay", "label", "description"], "a status"):
                continue
            m = st.value
            sid = m["id"].value if "id" in m else None
            if not isinstance(sid, str) or not ID_RE.match(sid):
                self.problem(path, m.get("id", st), "a status id must be lower-case words joined by hyphens")
                continue
            if sid in status_owner:
                self.problem(path, m["id"], 'status id "%s" is used twice (also in lens "%s")' % (sid, status_owner[sid]))
                continue
            status_owner[sid] = lid
            colour = m["colour"].value if "colour" in m else None
            if not isinstance(colour, str) or not re.match(r"^#[0-9A-Fa-f]{6}$", colour):
                self.problem(path, m.get("colour", st), '%s: "colour" must be #RRGGBB' % sid)
                colour = None
            elif colour.upper() not in OKABE_ITO and not (colour[1:3].upper() == colour[3:5].upper() == colour[5:7].upper()):
                self.problem(path, m["colour"], "%s: %s is neither an Okabe-Ito colour nor a grey" % (sid, colour))
            pattern = m["pattern"].value if "pattern" in m else None
            if pattern not in PATTERNS:
                self.problem(path, m.get("pattern", st), '%s: "pattern" must be one of %s' % (sid, ", ".join(sorted(PATTERNS))))
            overlay = m["overlay"].value if "overlay" in m else None
            if not isinstance(overlay, bool):
                self.problem(path, m.get("overlay", st), '%s: "overlay" must be true or false' % sid)
                overlay = False
            self.text(path, m.get("label"), "the label of status " + sid)
            self.text(path, m.get("description"), "the description of status " + sid)
            out[sid] = (m["id"], {"colour": colour, "pattern": pattern, "overlay": overlay})
        items = list(out.items())
        for i in range(len(items)):
            for j in range(i + 1, len(items)):
                (a, (na, pa)), (b, (nb, pb)) = items[i], items[j]
                if pa["overlay"] != pb["overlay"] or not pa["colour"] or not pb["colour"]:
                    continue
                if pa["pattern"] != pb["pattern"]:
                    continue
                d, vision = colour_distance(pa["colour"], pb["colour"])
                if d < CONFUSABLE:
                    seen = "normal vision" if vision == "normal" else vision + " vision"
                    self.problem(path, nb, 'statuses "%s" (%s) and "%s" (%s) look alike in %s (distance %.1f) but share the pattern "%s"'
                                 % (a, pa["colour"], b, pb["colour"], seen, d, pa["pattern"]))
        return out

    def check_territories(self, path, node, lid, statuses, used, cited):
        if node is None or not isinstance(node.value, dict):
            self.problem(path, node if node is not None else (1, 1), 'lens "%s" needs a "territories" object' % lid)
            return 0
        count = 0
        for tid, kind in self.kinds.items():
            if kind == "territory" and tid not in node.value:
                self.problem(path, node, 'lens "%s" has no history for territory "%s"' % (lid, tid))
        for tid, spans in node.value.items():
            if tid not in self.kinds:
                self.problem(path, spans, 'lens "%s": "%s" is not a territory of territories.json' % (lid, tid))
                continue
            overlay = self.kinds[tid] == "overlay"
            if not isinstance(spans.value, list) or not spans.value:
                self.problem(path, spans, "%s: the history must be a non-empty array of spans" % tid)
                continue
            previous_to = None
            for k, span in enumerate(spans.value):
                count += 1
                if not self.members(path, span, {"from", "to", "status", "note", "sources"},
                                    ["from", "to", "status", "note", "sources"], "a span"):
                    continue
                m = span.value
                f = self.moment(path, m.get("from"), tid)
                t = self.moment(path, m.get("to"), tid)
                if f is not None and t is not None and not f < t:
                    self.problem(path, m["to"], "%s: a span must end after it starts" % tid)
                if k == 0 and f is not None and not overlay and f != self.span_from:
                    self.problem(path, m["from"], "%s: the first span must start at the atlas start %s" % (tid, self.span_text[0]))
                if previous_to is not None and f is not None:
                    if overlay and f < previous_to:
                        self.problem(path, m["from"], "%s: this span overlaps the one before" % tid)
                    if not overlay and f != previous_to:
                        self.problem(path, m["from"], "%s: this span must start where the one before ends (%s)"
                                     % (tid, previous_to.isoformat(timespec="minutes").replace("T00:00", "")))
                previous_to = t if t is not None else previous_to
                if k == len(spans.value) - 1 and t is not None and not overlay and t != self.span_to:
                    self.problem(path, m["to"], "%s: the last span must end at the atlas end %s" % (tid, self.span_text[1]))
                st = m.get("status")
                if st is not None:
                    if st.value not in statuses:
                        self.problem(path, st, '%s: "%s" is not a status of lens "%s"' % (tid, st.value, lid))
                    else:
                        used.add(st.value)
                        if statuses[st.value][1]["overlay"] != overlay:
                            self.problem(path, st, '%s: "%s" is %san overlay status but %s is %san overlay'
                                         % (tid, st.value, "" if statuses[st.value][1]["overlay"] else "not ",
                                            tid, "" if overlay else "not "))
                self.text(path, m.get("note"), "the note of a %s span" % tid)
                self.check_citations(path, m.get("sources"), tid, cited)
        return count

    def moment(self, path, node, tid):
        if node is None:
            return None
        mm = MOMENT_RE.match(node.value) if isinstance(node.value, str) else None
        if not mm:
            self.problem(path, node, "%s: a moment is YYYY-MM-DD or YYYY-MM-DDTHH:MM" % tid)
            return None
        try:
            value = parse_moment(node.value)
        except ValueError:
            self.problem(path, node, "%s: %s is not a real date" % (tid, node.value))
            return None
        if not self.span_from <= value <= self.span_to:
            self.problem(path, node, "%s: %s lies outside the atlas span %s–%s" % (tid, node.value, *self.span_text))
        return value

    def check_citations(self, path, node, tid, cited):
        if node is None:
            return
        if not isinstance(node.value, list) or not node.value:
            self.problem(path, node, "%s: every span needs at least one source" % tid)
            return
        seen = set()
        for c in node.value:
            if isinstance(c.value, str):
                sid = c.value
            elif isinstance(c.value, dict) and set(c.value) <= {"id", "section"} and "id" in c.value:
                sid = c.value["id"].value
                sec = c.value.get("section")
                if sec is not None and (not isinstance(sec.value, str) or not sec.value.strip()):
                    self.problem(path, sec, '%s: a citation\'s "section" must be a non-blank text' % tid)
            else:
                self.problem(path, c, '%s: a citation is a source id or {"id": ..., "section": ...}' % tid)
                continue
            if sid not in self.sources:
                self.problem(path, c, '%s: source "%s" is not in sources/*.json' % (tid, sid))
            if sid in seen:
                self.problem(path, c, '%s: source "%s" is cited twice in one span' % (tid, sid))
            seen.add(sid)
            cited.add(sid)


def parse_moment(text):
    m = MOMENT_RE.match(text)
    if not m:
        raise ValueError(text)
    y, mo, d, h, mi = m.groups()
    return datetime.datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0))


def normalised_url(url):
    """The same page under http or https, with or without "www.", an AMP path or a trailing slash."""
    u = re.sub(r"^https?://", "", url.strip().lower())
    u = re.sub(r"^www\.", "", u)
    u = u.replace("/amp/", "/")
    u = re.sub(r"/amp$", "", u)
    return re.sub(r"/+$", "", u)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    atlas_dir = argv[1] if len(argv) > 1 else os.path.join(here, "..", "maps", "georgia-1991-2008")
    checker = Checker(os.path.normpath(atlas_dir))
    lenses = spans = 0
    if checker.read_atlas():
        checker.read_sources()
        lenses, spans = checker.check_lenses()
    for p in checker.problems:
        print(p)
    if checker.problems:
        print("%d problem(s)" % len(checker.problems), file=sys.stderr)
        return 1
    print("lenses.json: no problems (%d lenses, %d spans, %d sources cited from sources/lenses.json)"
          % (lenses, spans, len(checker.own_sources)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
