#!/usr/bin/env python3
"""Check an atlas's quiz.json against the quiz format and against the atlas's own data.

Usage:
    tools/check-quiz.py [ATLAS_DIR]

ATLAS_DIR defaults to maps/georgia-1991-2008 in this repository. Python 3.8+, standard library only.

What is checked (the format is the `quiz.json` section of the atlas format draft):
  * shape: a JSON array of question objects; known members only, and only the members of the
    question's kind; ids unique and lower-case-hyphenated; texts in every atlas language, non-blank,
    Hindi in Devanagari; moments valid and inside the atlas span; sources cited by existing ids,
    `{"id", "section"}` with a non-blank section; `era` and `tour` ids exist; explanations of 1-3
    sentences; both place names where they differ (Tskhinvali/Tskhinval, ...); Gali in Hindi always
    as गाली ज़िला / गाली शहर;
  * "choice": 2-5 distinct choices, no "all/none of the above", `answer` a valid index; the key
    phrase of the question's reading occurs in the right choice and in the atlas text it rests on
    (the event's claimant, finding, title or summary, or a day card's statement), in English and Hindi,
    and in no wrong choice;
  * "territory": each territory's status at `moment` is computed from territories.json (spans are
    [from, to), a missing last `to` is the atlas span's end); the listed territories are exactly the
    territories, among those the question can mean, whose status is one the question asks about;
    `moment` must not fall on a status change of any of them;
  * "date": `date` equals the start of the event the question is about (the member "about", an event
    id; an addition to the draft format); `toleranceDays` a whole number >= 0 and wide enough for
    the event's certainty (month: 31, approximate: 7); a `moment` shown while asking must lie outside
    the tolerance;
  * "order": 3-6 distinct existing events, listed in chronological order of `start`, with no ties and
    no overlap of their certainty (exact: the minute; day: the day; month: the month; approximate:
    7 days either side);
  * sources: every cited source belongs to what the question rests on (its events, day cards,
    status spans and glossary entries, as its reading lists them), with the same section locator
    where the atlas cites one; every event the question rests on has at least one of its sources cited;
  * era: at least one moment of the question (its events, `date`, `moment`, `showAfter`) lies inside
    the era's span;
  * coverage of the authored set: at least 45 questions, 8 of each kind, 3 in every era of eras.json,
    6 on claims and findings.

How a question is read (which status it asks about, which territories it can mean, which events it
rests on, which phrase carries its answer) is written once, in READINGS below, next to the question's
id: every question needs a reading, and a reading without a question is a problem too.

Output: one line per problem, `FILE:LINE:COL: message`, then counts per kind and era; exit status 0
when there is no problem, 1 when there are problems, 2 when the atlas cannot be read.
"""

import datetime as dt
import glob
import json
import os
import re
import sys

from located_json import JsonError, Parser

# ---------------------------------------------------------------------------------------------
# How each authored question is read. Keys:
#   statuses  (territory) status ids the question asks about
#   among     (territory) the territories the question can mean: ALL (every territory of kind
#             "territory") or a list of ids
#   events    event ids the question rests on (each must have a cited source)
#   refutes   event ids that show wrong choices wrong (their sources may be cited, need not be)
#   days      day-card dates whose summaries/statements the question rests on
#   spans     [territory id, moment] pairs: status spans the question rests on
#   glossary  glossary ids the explanation rests on
#   key       (choice) [field, English phrase, Hindi phrase]; field is one of title, summary,
#             claimant, finding (of an event in `events`), statement (of a day card in `days`),
#             authority (of a span in `spans`)
# ---------------------------------------------------------------------------------------------
ALL = "all"

OUTSIDE_BREAKAWAYS = ["georgia-rest", "adjara", "buffer-zone-gori", "gori-zone-2008", "buffer-zone-west",
                      "poti-senaki", "perevi"]
ABKHAZIA_PARTS = ["abkhazia", "gali", "upper-kodori"]
SOUTH_OSSETIA_PARTS = ["south-ossetia", "akhalgori", "liakhvi-villages"]

READINGS = {
    # national-movement-end-of-ussr
    "q-tbilisi-9-april-1989": {},
    "q-south-ossetia-breaks-1990": {"statuses": ["autonomy"], "among": ALL,
                                    "events": ["1990-09-20-south-ossetia-sovereignty", "1990-08-25-abkhaz-sovereignty"]},
    "q-order-end-of-ussr": {},
    "q-march-on-tskhinvali-1989": {"events": ["1989-11-23-march-on-tskhinvali"],
                                   "key": ["title", "Gamsakhurdia", "गम्सखुर्दिया"]},
    # gamsakhurdia-era
    "q-gamsakhurdia-elected-1991": {"events": ["1991-04-09-independence-declared", "1990-11-14-gamsakhurdia-chairman"]},
    "q-autonomy-abolished-1990": {
        "events": ["1990-12-11-autonomy-abolished", "1990-12-09-south-ossetia-elections",
                   "1990-12-12-state-of-emergency", "1991-01-05-tskhinvali-war-begins"],
        "refutes": ["1989-11-10-south-ossetia-upgrade", "1991-12-21-south-ossetia-independence",
                    "1992-07-14-jpkf-deployed"],
        "key": ["summary", "abolished the South Ossetian Autonomous Oblast altogether",
                "दक्षिण ओसेशियाई स्वायत्त प्रांत को पूरी तरह समाप्त कर दिया"]},
    "q-order-gamsakhurdia": {},
    # war-in-south-ossetia-1991-1992
    "q-south-ossetia-war-1992": {"statuses": ["contested"], "among": ALL,
                                 "events": ["1991-01-05-tskhinvali-war-begins", "1992-07-14-jpkf-deployed"]},
    "q-sochi-agreement-1992": {"events": ["1992-07-14-jpkf-deployed"]},
    "q-jpkf-1992": {"events": ["1992-06-24-sochi-dagomys-agreement", "1992-07-14-jpkf-deployed",
                               "1994-06-01-cis-pkf-deployed"],
                    "refutes": ["2008-09-15-eumm-established"],
                    "key": ["summary", "Russian, Georgian and North Ossetian", "रूसी, जॉर्जियाई और उत्तर ओसेशियाई"]},
    # georgian-civil-war
    "q-gamsakhurdia-flees-1992": {"events": ["1991-12-22-tbilisi-coup"]},
    "q-military-council-1992": {"events": ["1992-01-06-gamsakhurdia-flees", "1992-03-07-shevardnadze-returns"],
                                "spans": [["georgia-rest", "1992-02-01"], ["georgia-rest", "1992-04-01"]],
                                "refutes": ["2003-11-23-shevardnadze-resigns"],
                                "key": ["title", "Military Council", "सैन्य परिषद"]},
    "q-adjara-regime-1993": {"statuses": ["regional-regime"], "among": ALL},
    "q-order-civil-war": {},
    # war-in-abkhazia-1992-1993
    "q-abkhazia-battleground-1993": {"statuses": ["contested"], "among": ALL,
                                     "events": ["1992-08-14-war-in-abkhazia-begins"]},
    "q-fall-of-sukhumi-1993": {"events": ["1993-09-16-abkhaz-offensive", "1993-09-30-georgian-exodus"]},
    "q-order-abkhazia-war": {},
    "q-russian-role-1992-finding": {"events": ["1992-10-02-russian-role-claim"],
                                    "key": ["finding", "largely on the Abkhaz side", "अधिकतर अबख़ाज़ पक्ष में"]},
    # frozen-conflicts-shevardnadze
    "q-upper-kodori-2000": {"statuses": ["government"], "among": ABKHAZIA_PARTS,
                            "events": ["1993-09-30-georgian-exodus"]},
    "q-moscow-agreement-1994": {},
    "q-cis-peacekeepers-1994": {"events": ["1994-06-01-cis-pkf-deployed", "1994-05-14-moscow-agreement"],
                                "refutes": ["1992-07-14-jpkf-deployed"],
                                "key": ["summary", "Russian troops", "रूसी सैनिक"]},
    "q-csce-budapest-1994-finding": {"events": ["1993-09-27-sukhumi-killings-claim", "1994-12-06-csce-budapest"],
                                     "refutes": ["2008-12-02-fact-finding-mission"],
                                     "key": ["finding", "CSCE", "सीएससीई"]},
    "q-order-frozen-years": {},
    "q-abkhaz-genocide-resolution-1997": {"events": ["1997-10-16-abkhaz-parliament-genocide-resolution"],
                                          "key": ["finding", "both sides", "दोनों पक्षों"]},
    # gali-six-day-war-1998
    "q-gali-fighting-1998": {"statuses": ["contested"], "among": ALL, "events": ["1998-05-20-gali-war"]},
    "q-gagra-protocol-1998": {"events": ["1998-05-20-gali-war"]},
    "q-gali-expulsion-finding": {"events": ["1998-05-26-gali-displacement-claim", "1998-12-01-osce-oslo"],
                                 "refutes": ["2008-12-02-fact-finding-mission"],
                                 "key": ["finding", "OSCE Ministerial Council", "ओएससीई मंत्रिपरिषद"]},
    # rose-revolution
    "q-adjara-visas-2003": {"statuses": ["regional-regime"], "among": ALL, "events": ["2003-12-09-adjara-visa"]},
    "q-shevardnadze-resigns-2003": {"events": ["2003-11-22-parliament-stormed"]},
    "q-order-rose-revolution": {},
    "q-acting-president-2003": {"events": ["2003-11-23-shevardnadze-resigns", "2004-01-04-saakashvili-elected",
                                           "2004-01-25-inauguration"],
                                "spans": [["georgia-rest", "2003-12-01"]],
                                "key": ["summary", "Burjanadze", "बुर्जानाद्ज़े"]},
    # reintegration-drive-2004
    "q-south-ossetia-divided-2004": {"statuses": ["government"], "among": SOUTH_OSSETIA_PARTS,
                                     "events": ["1992-06-24-sochi-dagomys-agreement",
                                                "2004-06-01-ergneti-anti-smuggling"]},
    "q-abashidze-leaves-2004": {"spans": [["adjara", "2004-06-01"]]},
    "q-ergneti-market-2004": {"events": ["2004-06-01-ergneti-anti-smuggling"], "glossary": ["ergneti"],
                              "refutes": ["2006-07-08-verkhny-lars-closed", "2008-08-11-poti-entered"],
                              "key": ["title", "Ergneti", "एर्गनेती"]},
    "q-order-2004": {},
    # rising-tension-2006-2008
    "q-kodori-operation-2006": {"statuses": ["contested"], "among": ALL, "events": ["2006-07-25-kodori-operation"]},
    "q-upper-kodori-2007": {"statuses": ["government"], "among": ABKHAZIA_PARTS,
                            "events": ["2006-09-27-kodori-government-in-exile"]},
    "q-kodori-attack-2007-finding": {"events": ["2007-03-11-kodori-attack-claim", "2007-03-11-kodori-attack"],
                                     "key": ["finding", "suggest", "संकेत"]},
    "q-tsitelubani-2007-finding": {"events": ["2007-08-07-tsitelubani-claim", "2007-08-06-tsitelubani-missile"],
                                   "refutes": ["2007-03-11-kodori-attack-claim", "2008-12-02-fact-finding-mission"],
                                   "key": ["finding", "Sweden", "स्वीडन"]},
    "q-drone-2008-finding": {"events": ["2008-04-20-drone-shot-down", "2008-05-26-unomig-drone-report"],
                             "key": ["finding", "Russian air force", "रूसी वायु सेना"]},
    "q-deportations-2006-finding": {"events": ["2006-10-06-deportations-finding", "2006-10-06-deportations"],
                                    "key": ["finding", "clearly singled out", "स्पष्ट रूप से जॉर्जियाई लोगों को"]},
    "q-borjomi-ban-2006": {"events": ["2006-03-27-wine-ban-claims"]},
    "q-order-2006-2008": {},
    # august-2008-war
    "q-war-fighting-8-august": {"statuses": ["contested"], "among": ALL,
                                "events": ["2008-08-07-artillery-barrage-tskhinvali",
                                           "2008-08-08-georgian-troops-enter-tskhinvali"]},
    "q-war-kodori-front": {"statuses": ["contested"], "among": ABKHAZIA_PARTS,
                           "events": ["2008-08-09-kodori-operation", "2008-08-12-upper-kodori-taken"]},
    "q-war-russians-beyond": {"statuses": ["russian-military", "russian-checkpoints"], "among": ALL,
                              "events": ["2008-08-11-zugdidi-senaki", "2008-08-11-poti-entered",
                                         "2008-08-13-russians-in-gori"]},
    "q-war-barrage-time": {"events": ["2008-08-07-saakashvili-ceasefire", "2008-08-07-georgia-self-defence-claim"]},
    "q-war-zugdidi-senaki-date": {"events": ["2008-08-10-russian-reinforcements-abkhazia"],
                                  "spans": [["buffer-zone-west", "2008-08-12"]]},
    "q-order-7-8-august": {},
    "q-order-war-fronts": {},
    "q-self-defence-finding": {"events": ["2008-08-07-georgia-self-defence-claim",
                                          "2008-08-07-georgian-villages-shelled"],
                               "refutes": ["2008-08-08-vaziani-strike"],
                               "key": ["finding", "not justified", "उचित नहीं"]},
    "q-roki-tunnel-finding": {"events": ["2008-08-07-roki-tunnel-claim", "2008-08-08-russian-forces-roki"],
                              "key": ["finding", "sufficiently substantiated", "पर्याप्त रूप से प्रमाणित"]},
    "q-peacekeepers-finding": {"events": ["2008-08-08-peacekeepers-defence-claim", "2008-08-11-saakashvili-address"],
                               "refutes": ["2008-08-08-peacekeepers-casualties"],
                               "key": ["finding", "far beyond", "बहुत आगे"]},
    "q-genocide-finding": {"events": ["2008-08-09-putin-vladikavkaz", "2008-08-10-medvedev-genocide-claim"],
                           "key": ["finding", "could not be substantiated", "प्रमाणित नहीं"]},
    "q-tskhinvali-toll-finding": {"events": ["2008-08-09-tskhinvali-casualty-claim"],
                                  "key": ["finding", "exaggerated", "बढ़ा-चढ़ाकर"]},
    "q-gori-cluster-finding": {"events": ["2008-08-12-gori-cluster-strike", "2008-09-01-georgia-admits-cluster-use"],
                               "key": ["finding", "Iskander", "इस्कंदर"]},
    "q-ethnic-cleansing-finding": {"events": ["2008-08-12-liakhvi-villages-burned"],
                                   "refutes": ["2008-08-10-medvedev-genocide-claim"],
                                   "key": ["finding", "IIFFMCG", "आईआईएफ़एफ़एमसीजी"]},
    "q-ceasefire-announcement-7-august": {
        "events": ["2008-08-07-saakashvili-ceasefire", "2008-08-07-artillery-barrage-tskhinvali",
                   "2008-08-09-state-of-war"],
        "refutes": ["2008-08-12-cis-exit-announced", "2008-08-15-georgia-signs-ceasefire"],
        "key": ["summary", "not to return fire", "जवाबी गोलीबारी न करने"]},
    "q-security-council-8-august": {"days": ["2008-08-08"], "events": ["2008-08-08-unsc-emergency-meetings"],
                                    "key": ["statement", "Churkin", "चुर्किन"]},
    # aftermath-2008
    "q-russians-stay-1-september": {"statuses": ["russian-military", "russian-checkpoints"], "among": ALL,
                                    "events": ["2008-08-22-partial-withdrawal"]},
    "q-perevi-november": {"statuses": ["separatist"], "among": OUTSIDE_BREAKAWAYS,
                          "events": ["2008-11-01-perevi-checkpoint"]},
    "q-akhalgori-14-august": {"statuses": ["government"], "among": SOUTH_OSSETIA_PARTS,
                              "events": ["2008-08-16-akhalgori-taken"]},
    "q-recognition-2008": {"events": ["2008-08-25-russian-parliament-vote"]},
    "q-buffer-zones-left-2008": {"events": ["2008-10-01-eumm-deployed"]},
    "q-order-aftermath": {},
    "q-second-recognition-2008": {"events": ["2008-09-03-nicaragua-recognition", "2008-08-28-sco-dushanbe"],
                                  "key": ["title", "Nicaragua", "निकारागुआ"]},
    "q-gori-looting-finding": {"events": ["2008-08-13-gori-district-looting", "2008-08-13-russians-in-gori"],
                               "key": ["finding", "occupying power", "क़ब्ज़ा करने वाली शक्ति"]},
    "q-akhalgori-compliance-claim": {"events": ["2008-10-25-akhalgori-remains-held"],
                                     "key": ["claimant", "United States", "संयुक्त राज्य अमेरिका"]},
    "q-parliament-cis-2008": {"events": ["2008-08-14-parliament-leaves-cis", "2008-08-12-cis-exit-announced",
                                         "2008-08-28-occupied-territories-resolution", "2008-08-26-russia-recognises"],
                              "key": ["summary", "Commonwealth of Independent States", "राष्ट्रमंडल"]},
}

# ---------------------------------------------------------------------------------------------

MIN_QUESTIONS = 45
MIN_PER_KIND = 8
MIN_PER_ERA = 3
MIN_CLAIMS = 6
KINDS = ("choice", "territory", "date", "order")
COMMON = {"id", "kind", "question", "moment", "explanation", "sources", "showAfter", "era", "tour"}
BY_KIND = {
    "choice": {"choices", "answer"},
    "territory": {"territories"},
    "date": {"date", "toleranceDays", "about"},
    "order": {"events"},
}
KIND_ONLY = set().union(*BY_KIND.values())
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MOMENT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
ABOVE = re.compile(r"\b(all|none|both) of the above\b|उपरोक्त सभी|उपर्युक्त सभी|इनमें से कोई नहीं", re.I)
# Place names that differ between the sides: each must be given with its other form (A/B).
NAME_PAIRS = {
    "en": [("Tskhinvali", "Tskhinval"), ("Akhalgori", "Leningor"), ("Sukhumi", "Sokhumi"),
           ("Inguri", "Enguri"), ("Tkvarcheli", "Tkuarchal")],
    "hi": [("त्सखिनवाली", "त्सखिनवाल"), ("अख़ालगोरी", "लेनिनगोर"), ("सुखुमी", "सोखुमी"),
           ("इंगुरी", "एनगुरी")],
}
ABBREVIATIONS = ("e.g.", "i.e.", "p.", "pp.", "No.", "Gen.", "Maj.", "Col.", "Lt.", "St.", "Mr.", "Dr.",
                 "vs.", "ch.", "U.S.")


def parse_moment(text):
    """A moment string as a datetime, or None when it is not YYYY-MM-DD[THH:MM] or not a real date."""
    if not isinstance(text, str) or not MOMENT_RE.match(text):
        return None
    try:
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M" if "T" in text else "%Y-%m-%d")
    except ValueError:
        return None


def cite_key(c):
    """A cited source as (id, section or None)."""
    if isinstance(c, str):
        return (c, None)
    return (c.get("id"), c.get("section"))


class Atlas:
    """The parts of an atlas folder the quiz is checked against."""

    def __init__(self, folder):
        def load(name):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                return json.load(f)

        meta = load("atlas.json")
        self.languages = meta["languages"]
        self.span_from = parse_moment(meta["span"]["from"])
        self.span_to = parse_moment(meta["span"]["to"])
        self.eras = {e["id"]: e for e in load("eras.json")}
        self.territories = {t["id"]: t for t in load("territories.json")}
        self.events = {}
        for path in sorted(glob.glob(os.path.join(folder, "events", "*.json"))):
            with open(path, encoding="utf-8") as f:
                for e in json.load(f):
                    self.events[e["id"]] = e
        self.sources = set()
        for path in sorted(glob.glob(os.path.join(folder, "sources", "*.json"))):
            with open(path, encoding="utf-8") as f:
                self.sources.update(s["id"] for s in json.load(f))
        self.days = {d["date"]: d for d in load("days.json")} if os.path.exists(
            os.path.join(folder, "days.json")) else {}
        self.glossary = {g["id"]: g for g in load("glossary.json")} if os.path.exists(
            os.path.join(folder, "glossary.json")) else {}
        self.tours = set()
        for path in sorted(glob.glob(os.path.join(folder, "tours", "*.json"))):
            with open(path, encoding="utf-8") as f:
                self.tours.add(json.load(f).get("id"))

    def span_at(self, territory_id, moment):
        """The status span of a territory in force at a moment (spans are [from, to)), or None."""
        for s in self.territories[territory_id]["history"]:
            start = parse_moment(s["from"])
            end = parse_moment(s["to"]) if s.get("to") else self.span_to
            if start <= moment < end:
                return s
        return None

    def change_points(self, territory_id):
        return {parse_moment(s["from"]) for s in self.territories[territory_id]["history"]}

    def plain_territories(self):
        return [t for t, v in self.territories.items() if v["kind"] == "territory"]


def certainty_interval(event):
    """The interval [lo, hi) in which an event's start lies, given its certainty."""
    start = parse_moment(event["start"])
    c = event.get("certainty")
    if c == "exact":
        return start, start + dt.timedelta(minutes=1)
    if c == "day":
        day = start.replace(hour=0, minute=0)
        return day, day + dt.timedelta(days=1)
    if c == "month":
        first = start.replace(day=1, hour=0, minute=0)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return first, nxt
    return start - dt.timedelta(days=7), start + dt.timedelta(days=7)


def count_sentences_en(text):
    t = text
    for a in ABBREVIATIONS:
        t = t.replace(a, a.replace(".", "\u2024"))
    parts = re.split(r"(?<=[.!?])['\"’”)\]]*\s+(?=['\"‘“(]?[A-Z0-9])", t.strip())
    return len([p for p in parts if p.strip()])


def count_sentences_hi(text):
    return len([p for p in re.split(r"[।?!]", text) if p.strip()])


def name_pair_problems(text, lang):
    """Place names given without their other form (both names are required where they differ)."""
    out = []
    letter = r"[A-Za-z]" if lang == "en" else r"[\u0900-\u097F]"
    for a, b in NAME_PAIRS[lang]:
        for m in re.finditer(re.escape(a) + f"(?!{letter})", text):
            if not re.match(r"\s*/\s*" + re.escape(b) + f"(?!{letter})", text[m.end():]):
                out.append(f"'{a}' without its other name '{b}' ({a}/{b})")
        for m in re.finditer(re.escape(b) + f"(?!{letter})", text):
            if not re.search(re.escape(a) + r"\s*/\s*$", text[:m.start()]):
                out.append(f"'{b}' without '{a}/' before it ({a}/{b})")
    return out


def gali_problems(text):
    out = []
    for m in re.finditer("गाली", text):
        if not re.match(r"\s*(ज़िल|ज़िले|शहर)", text[m.end():]):
            out.append("Gali in Hindi must be 'गाली ज़िला' (or 'गाली शहर'), never bare 'गाली'")
    if re.search(r"(?<![\u0900-\u097F])गली(?![\u0900-\u097F])", text):
        out.append("Gali in Hindi is 'गाली ज़िला', never 'गली'")
    return out


class Checker:
    def __init__(self, atlas, quiz_path, shown_path):
        self.atlas = atlas
        self.path = quiz_path
        self.shown = shown_path
        self.problems = []

    def problem(self, node, message):
        line, col = (node.line, node.col) if node is not None else (1, 1)
        self.problems.append(f"{self.shown}:{line}:{col}: {message}")

    # -- basic members -------------------------------------------------------------------------

    def text(self, q, name, node, required=True):
        if node is None:
            if required:
                self.problem(q, f"missing member '{name}'")
            return None
        if not isinstance(node.value, dict):
            self.problem(node, f"'{name}' must be an object with one text per language")
            return None
        for lang in self.atlas.languages:
            t = node.value.get(lang)
            if t is None or not isinstance(t.value, str) or not t.value.strip():
                self.problem(node, f"'{name}' needs a non-blank '{lang}' text")
                continue
            if t.value != t.value.strip():
                self.problem(t, f"'{name}.{lang}' has leading or trailing spaces")
            if lang == "hi":
                if not DEVANAGARI.search(t.value):
                    self.problem(t, f"'{name}.hi' is not in Devanagari")
                for p in gali_problems(t.value):
                    self.problem(t, f"'{name}.hi': {p}")
            elif DEVANAGARI.search(t.value):
                self.problem(t, f"'{name}.{lang}' contains Devanagari")
            if lang in NAME_PAIRS:
                for p in name_pair_problems(t.value, lang):
                    self.problem(t, f"'{name}.{lang}': {p}")
        extra = set(node.value) - set(self.atlas.languages)
        for k in sorted(extra):
            self.problem(node.value[k], f"'{name}' has a text in '{k}', which is not an atlas language")
        return {k: v.value for k, v in node.value.items()}

    def moment(self, q, name, node, required):
        if node is None:
            if required:
                self.problem(q, f"missing member '{name}'")
            return None
        m = parse_moment(node.value)
        if m is None:
            self.problem(node, f"'{name}' must be a moment YYYY-MM-DD or YYYY-MM-DDTHH:MM, got {node.value!r}")
            return None
        if not (self.atlas.span_from <= m < self.atlas.span_to):
            self.problem(node, f"'{name}' {node.value} lies outside the atlas span")
        return m

    def sources(self, q, node):
        """The cited sources as a list of (id, section) with the node of each."""
        if node is None:
            self.problem(q, "missing member 'sources' (at least one source)")
            return []
        if not isinstance(node.value, list) or not node.value:
            self.problem(node, "'sources' must be a non-empty array")
            return []
        out, seen = [], set()
        for item in node.value:
            if isinstance(item.value, str):
                key = (item.value, None)
            elif isinstance(item.value, dict):
                if set(item.value) != {"id", "section"}:
                    self.problem(item, "a cited source is an id or {\"id\": …, \"section\": …}")
                    continue
                sid, sec = item.value["id"].value, item.value["section"].value
                if not isinstance(sid, str) or not isinstance(sec, str) or not sec.strip():
                    self.problem(item, "a cited source needs a string 'id' and a non-blank 'section'")
                    continue
                key = (sid, sec)
            else:
                self.problem(item, "a cited source is an id or {\"id\": …, \"section\": …}")
                continue
            if key[0] not in self.atlas.sources:
                self.problem(item, f"unknown source id '{key[0]}' (not in sources/*.json)")
            if key in seen:
                self.problem(item, f"source '{key[0]}' cited twice")
            seen.add(key)
            out.append((key, item))
        return out

    # -- the whole file ------------------------------------------------------------------------

    def run(self):
        try:
            with open(self.path, encoding="utf-8") as f:
                parser = Parser(f.read())
                root = parser.parse()
        except JsonError as e:
            self.problems.append(f"{self.shown}:{e}")
            return []
        for line, col, key in parser.duplicates:
            self.problems.append(f"{self.shown}:{line}:{col}: duplicate member {key!r}")
        if parser.duplicates:
            return []
        if not isinstance(root.value, list):
            self.problem(root, "quiz.json must be a JSON array of questions")
            return []
        ids, done = {}, []
        for q in root.value:
            if not isinstance(q.value, dict):
                self.problem(q, "a question must be an object")
                continue
            idn = q.value.get("id")
            qid = idn.value if idn is not None else None
            if not isinstance(qid, str) or not ID_RE.match(qid):
                self.problem(idn or q, f"'id' must be lower-case words joined by hyphens, got {qid!r}")
                qid = None
            elif qid in ids:
                self.problem(idn, f"duplicate question id '{qid}' (first at line {ids[qid]})")
            else:
                ids[qid] = idn.line
            info = self.question(q, qid)
            if info:
                done.append(info)
        for qid in sorted(set(READINGS) - set(ids)):
            self.problem(root, f"READINGS in the checker has a reading for '{qid}', which is not in quiz.json")
        self.coverage(root, done)
        return done

    def question(self, q, qid):
        m = q.value
        kind_node = m.get("kind")
        kind = kind_node.value if kind_node is not None else None
        if kind not in KINDS:
            self.problem(kind_node or q, f"'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
            return None
        allowed = COMMON | BY_KIND[kind]
        for k, v in m.items():
            if k not in COMMON and k not in KIND_ONLY:
                self.problem(v, f"unknown member '{k}'")
            elif k not in allowed:
                self.problem(v, f"a '{kind}' question has no member '{k}'")
        question = self.text(q, "question", m.get("question"))
        self.text(q, "explanation", m.get("explanation"))
        expl = m.get("explanation")
        if expl is not None and isinstance(expl.value, dict):
            en, hi = expl.value.get("en"), expl.value.get("hi")
            if en is not None and isinstance(en.value, str) and not 1 <= count_sentences_en(en.value) <= 3:
                self.problem(en, f"the explanation must have 1-3 sentences, 'en' has {count_sentences_en(en.value)}")
            if hi is not None and isinstance(hi.value, str) and not 1 <= count_sentences_hi(hi.value) <= 3:
                self.problem(hi, f"the explanation must have 1-3 sentences, 'hi' has {count_sentences_hi(hi.value)}")
        moment = self.moment(q, "moment", m.get("moment"), required=(kind == "territory"))
        show_after = self.moment(q, "showAfter", m.get("showAfter"), required=True)
        cited = self.sources(q, m.get("sources"))
        era_node = m.get("era")
        era = era_node.value if era_node is not None else None
        if era_node is None:
            self.problem(q, "missing member 'era' (every authored question names its era)")
        elif era not in self.atlas.eras:
            self.problem(era_node, f"unknown era '{era}' (not in eras.json)")
            era = None
        tour = m.get("tour")
        if tour is not None and tour.value not in self.atlas.tours:
            self.problem(tour, f"unknown tour '{tour.value}' (no tours/*.json has that id)")
        if question is None or qid is None:
            return None

        reading = READINGS.get(qid)
        if reading is None:
            self.problem(q, f"no reading for '{qid}' in READINGS (tools/check-quiz.py): say what it asks and rests on")
            return None
        basis_events = list(reading.get("events", []))
        moments = [x for x in (moment, show_after) if x is not None]
        spans = [(t, parse_moment(w)) for t, w in reading.get("spans", [])]

        if kind == "choice":
            self.choice(q, m, reading)
        elif kind == "territory":
            spans += self.territory(q, m, moment, reading)
        elif kind == "date":
            about, when = self.date(q, m, moment)
            if about:
                basis_events.insert(0, about)
            if when:
                moments.append(when)
        elif kind == "order":
            basis_events = self.order(q, m) + basis_events

        for e in basis_events + reading.get("refutes", []):
            if e not in self.atlas.events:
                self.problem(q, f"reading of '{qid}' names unknown event '{e}'")
        basis_events = [e for e in basis_events if e in self.atlas.events]
        moments += [parse_moment(self.atlas.events[e]["start"]) for e in basis_events]
        self.check_sources(q, m.get("sources"), cited, basis_events, reading, spans)
        if era is not None and moments:
            e = self.atlas.eras[era]
            lo, hi = parse_moment(e["from"]), parse_moment(e["to"])
            if not any(lo <= x < hi for x in moments):
                self.problem(era_node, f"nothing this question is about lies inside era '{era}' ({e['from']} to {e['to']})")
        is_claim = kind == "choice" and reading.get("key", [None])[0] in ("claimant", "finding", "statement")
        return {"id": qid, "kind": kind, "era": era, "claim": is_claim}

    # -- kinds ---------------------------------------------------------------------------------

    def choice(self, q, m, reading):
        node = m.get("choices")
        ans = m.get("answer")
        if node is None or not isinstance(node.value, list):
            self.problem(q, "a 'choice' question needs 'choices', an array of 2-5 texts")
            return
        if not 2 <= len(node.value) <= 5:
            self.problem(node, f"'choices' must have 2-5 options, has {len(node.value)}")
        texts = []
        for i, c in enumerate(node.value):
            t = self.text(q, f"choices[{i}]", c)
            texts.append(t)
            if t:
                for lang, s in t.items():
                    if ABOVE.search(s):
                        self.problem(c, "no 'all/none of the above' options")
        for lang in self.atlas.languages:
            seen = [t.get(lang) for t in texts if t]
            if len(set(seen)) != len(seen):
                self.problem(node, f"two choices have the same '{lang}' text")
        if ans is None or not isinstance(ans.value, int) or isinstance(ans.value, bool):
            self.problem(ans or q, "'answer' must be the 0-based index of the right choice")
            return
        if not 0 <= ans.value < len(node.value):
            self.problem(ans, f"'answer' {ans.value} is not an index of 'choices'")
            return
        key = reading.get("key")
        if not key:
            self.problem(q, "the reading of a 'choice' question needs a key [field, English phrase, Hindi phrase]")
            return
        field, en, hi = key
        right = texts[ans.value]
        if right is None:
            return
        for lang, phrase in (("en", en), ("hi", hi)):
            if phrase.lower() not in right.get(lang, "").lower():
                self.problem(node.value[ans.value], f"the right choice's '{lang}' text lacks the key phrase {phrase!r}")
            for i, t in enumerate(texts):
                if i != ans.value and t and phrase.lower() in t.get(lang, "").lower():
                    self.problem(node.value[i], f"wrong choice {i} contains the key phrase {phrase!r} of the right answer")
        sources_of_key = self.key_texts(field, reading)
        for lang, phrase in (("en", en), ("hi", hi)):
            if not any(phrase.lower() in s.get(lang, "").lower() for s in sources_of_key):
                self.problem(node.value[ans.value], f"the atlas does not support the answer: {phrase!r} is not in the "
                                            f"'{field}' ({lang}) of what the question rests on")

    def key_texts(self, field, reading):
        out = []
        if field in ("title", "summary", "claimant", "finding"):
            for e in reading.get("events", []):
                ev = self.atlas.events.get(e)
                if ev is None:
                    continue
                if field in ("claimant", "finding") and ev.get("kind") != "claim":
                    continue
                if ev.get(field):
                    out.append(ev[field])
        elif field == "statement":
            for d in reading.get("days", []):
                for s in self.atlas.days.get(d, {}).get("statements", []):
                    out.append({lang: s["speaker"][lang] + " " + s["text"][lang] for lang in s["speaker"]})
        elif field == "authority":
            for t, w in reading.get("spans", []):
                s = self.atlas.span_at(t, parse_moment(w))
                if s:
                    out.append(s["authority"])
        return out

    def territory(self, q, m, moment, reading):
        node = m.get("territories")
        if node is None or not isinstance(node.value, list) or not node.value:
            self.problem(q, "a 'territory' question needs 'territories', a non-empty array of territory ids")
            return []
        listed = []
        for t in node.value:
            if t.value not in self.atlas.territories:
                self.problem(t, f"unknown territory '{t.value}'")
            elif self.atlas.territories[t.value]["kind"] != "territory":
                self.problem(t, f"'{t.value}' is an overlay, not a territory that can be clicked")
            elif t.value in listed:
                self.problem(t, f"territory '{t.value}' listed twice")
            else:
                listed.append(t.value)
        if moment is None:
            return []
        statuses = reading.get("statuses")
        among = reading.get("among")
        if not statuses or not among:
            self.problem(q, "the reading of a 'territory' question needs 'statuses' and 'among'")
            return []
        among = self.atlas.plain_territories() if among == ALL else among
        for t in among:
            if t not in self.atlas.territories:
                self.problem(q, f"reading names unknown territory '{t}'")
        among = [t for t in among if t in self.atlas.territories]
        qualifying = []
        for t in among:
            if moment in self.atlas.change_points(t) and moment != self.atlas.span_from:
                self.problem(m.get("moment"), f"'moment' falls exactly on a status change of '{t}'; "
                                              f"choose a moment inside a span")
            s = self.atlas.span_at(t, moment)
            if s and s["status"] in statuses:
                qualifying.append(t)
        for t in listed:
            if t not in among:
                self.problem(node, f"'{t}' is not among the territories this question can mean")
            elif t not in qualifying:
                s = self.atlas.span_at(t, moment)
                self.problem(node, f"'{t}' has status '{s['status'] if s else None}' at {m['moment'].value}, "
                                   f"not {' or '.join(statuses)}")
        for t in qualifying:
            if t not in listed:
                self.problem(node, f"'{t}' also has status '{self.atlas.span_at(t, moment)['status']}' at "
                                   f"{m['moment'].value} but is not listed as a right answer")
        return [(t, moment) for t in among]

    def date(self, q, m, moment):
        about_node, date_node, tol_node = m.get("about"), m.get("date"), m.get("toleranceDays")
        when = self.moment(q, "date", date_node, required=True)
        if tol_node is None:
            self.problem(q, "a 'date' question needs 'toleranceDays'")
        elif not isinstance(tol_node.value, int) or isinstance(tol_node.value, bool) or tol_node.value < 0:
            self.problem(tol_node, "'toleranceDays' must be a whole number of days >= 0")
            tol_node = None
        if about_node is None:
            self.problem(q, "a 'date' question needs 'about': the id of the event whose start it asks for")
            return None, when
        ev = self.atlas.events.get(about_node.value)
        if ev is None:
            self.problem(about_node, f"unknown event '{about_node.value}'")
            return None, when
        start = parse_moment(ev["start"])
        if when is not None and when != start:
            self.problem(date_node, f"'date' {date_node.value} is not the start of '{about_node.value}' ({ev['start']})")
        if tol_node is not None:
            need = {"month": 31, "approximate": 7}.get(ev.get("certainty"), 0)
            if tol_node.value < need:
                self.problem(tol_node, f"'{about_node.value}' has certainty '{ev.get('certainty')}': "
                                       f"'toleranceDays' must be at least {need}")
            if moment is not None and when is not None and abs((moment - when).total_seconds()) <= tol_node.value * 86400:
                self.problem(m.get("moment"), "'moment' shown while asking lies within the tolerance of the answer")
        return about_node.value, when

    def order(self, q, m):
        node = m.get("events")
        if node is None or not isinstance(node.value, list):
            self.problem(q, "an 'order' question needs 'events', an array of 3-6 event ids")
            return []
        if not 3 <= len(node.value) <= 6:
            self.problem(node, f"'events' must list 3-6 events, lists {len(node.value)}")
        ids = []
        for e in node.value:
            if e.value not in self.atlas.events:
                self.problem(e, f"unknown event '{e.value}'")
            elif e.value in ids:
                self.problem(e, f"event '{e.value}' listed twice")
            else:
                ids.append(e.value)
        for (a, na), (b, nb) in zip([(x.value, x) for x in node.value], [(x.value, x) for x in node.value][1:]):
            if a not in self.atlas.events or b not in self.atlas.events:
                continue
            ea, eb = self.atlas.events[a], self.atlas.events[b]
            sa, sb = parse_moment(ea["start"]), parse_moment(eb["start"])
            if sb <= sa:
                self.problem(nb, f"'{b}' ({eb['start']}) does not come after '{a}' ({ea['start']})")
            elif certainty_interval(ea)[1] > certainty_interval(eb)[0]:
                self.problem(nb, f"'{a}' ({ea['start']}, {ea['certainty']}) and '{b}' ({eb['start']}, "
                                 f"{eb['certainty']}) cannot be told apart at their certainty")
        return ids

    # -- sources -------------------------------------------------------------------------------

    def check_sources(self, q, node, cited, basis_events, reading, spans):
        pool = set()
        for e in basis_events + [x for x in reading.get("refutes", []) if x in self.atlas.events]:
            pool.update(cite_key(c) for c in self.atlas.events[e]["sources"])
        for d in reading.get("days", []):
            card = self.atlas.days.get(d)
            if card is None:
                self.problem(q, f"reading names day '{d}', which has no card in days.json")
                continue
            pool.update(cite_key(c) for c in card["sources"])
            for s in card.get("statements", []):
                pool.update(cite_key(c) for c in s["sources"])
        for t, w in spans:
            if t not in self.atlas.territories or w is None:
                self.problem(q, f"reading names an unknown span ({t}, {w})")
                continue
            s = self.atlas.span_at(t, w)
            if s:
                pool.update(cite_key(c) for c in s["sources"])
        for g in reading.get("glossary", []):
            if g not in self.atlas.glossary:
                self.problem(q, f"reading names unknown glossary entry '{g}'")
                continue
            pool.update(cite_key(c) for c in self.atlas.glossary[g].get("sources", []))
        sectioned = {sid for sid, sec in pool if sec is not None}
        for key, item in cited:
            if key in pool:
                continue
            sid, sec = key
            if sec is None and sid in sectioned:
                secs = sorted(s for i, s in pool if i == sid and s)
                self.problem(item, f"cite '{sid}' with its section as the atlas does: {' | '.join(secs)}")
            elif sec is not None and any(i == sid for i, _ in pool):
                self.problem(item, f"'{sid}' is not cited with section {sec!r} by anything this question rests on")
            else:
                self.problem(item, f"source '{sid}' is not among the sources of what this question rests on")
        cited_keys = {k for k, _ in cited}
        for e in basis_events:
            if not any(cite_key(c) in cited_keys for c in self.atlas.events[e]["sources"]):
                self.problem(node or q, f"none of the sources of '{e}', which the question rests on, is cited")

    # -- the set as a whole --------------------------------------------------------------------

    def coverage(self, root, done):
        if len(done) < MIN_QUESTIONS:
            self.problem(root, f"{len(done)} questions; at least {MIN_QUESTIONS} are wanted")
        for k in KINDS:
            n = sum(1 for d in done if d["kind"] == k)
            if n < MIN_PER_KIND:
                self.problem(root, f"{n} '{k}' questions; at least {MIN_PER_KIND} are wanted")
        for e in self.atlas.eras:
            n = sum(1 for d in done if d["era"] == e)
            if n < MIN_PER_ERA:
                self.problem(root, f"{n} questions in era '{e}'; at least {MIN_PER_ERA} are wanted")
        n = sum(1 for d in done if d["claim"])
        if n < MIN_CLAIMS:
            self.problem(root, f"{n} questions on claims and findings; at least {MIN_CLAIMS} are wanted")


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    folder = argv[1] if len(argv) > 1 else os.path.join(here, "..", "maps", "georgia-1991-2008")
    folder = os.path.normpath(folder)
    quiz = os.path.join(folder, "quiz.json")
    try:
        atlas = Atlas(folder)
    except (OSError, ValueError, KeyError) as e:
        print(f"{folder}: cannot read the atlas: {e}", file=sys.stderr)
        return 2
    if not os.path.exists(quiz):
        print(f"{quiz}: no quiz.json in this atlas", file=sys.stderr)
        return 2
    shown = os.path.relpath(quiz)
    checker = Checker(atlas, quiz, shown)
    done = checker.run()
    for p in checker.problems:
        print(p)
    kinds = {k: sum(1 for d in done if d["kind"] == k) for k in KINDS}
    print(f"{len(done)} questions: " + ", ".join(f"{n} {k}" for k, n in kinds.items())
          + f"; {sum(1 for d in done if d['claim'])} on claims and findings")
    for e in atlas.eras:
        print(f"  {e}: {sum(1 for d in done if d['era'] == e)}")
    print(f"{len(checker.problems)} problem(s)")
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
