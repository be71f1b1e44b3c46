package org.timeatlas.ui.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.AtlasInfo;
import org.timeatlas.atlas.AxisSegment;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.EventType;
import org.timeatlas.atlas.GeoPoint;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Source;

/** A small atlas for timeline tests, with the real atlas's axis, a few overlapping eras and events of each kind. */
final class TimelineTestAtlas {

    static final String PROJECTION =
            "+proj=lcc +lat_1=41 +lat_2=43.5 +lat_0=42.2 +lon_0=43.5 +datum=WGS84 +units=m +no_defs";
    static final String SHELLING = "2008-08-07-shelling-tskhinvali";
    static final String ROKI_CLAIM = "2008-08-07-roki-tunnel-claim";
    static final String CEASEFIRE = "2008-08-12-six-point-plan";
    static final String RECOGNITION = "2008-08-26-recognition";

    private static final Source SOURCE = new Source("test-source", "A test source", "Tester", null, 2009,
            "https://example.org", null);

    private TimelineTestAtlas() {
    }

    static List<AxisSegment> realAxisSegments() {
        return List.of(
                new AxisSegment(day("1989-01-01"), day("2008-01-01"), 0.53),
                new AxisSegment(day("2008-01-01"), day("2008-08-01"), 0.07),
                new AxisSegment(day("2008-08-01"), day("2008-08-07"), 0.07),
                new AxisSegment(day("2008-08-07"), day("2008-08-13"), 0.20),
                new AxisSegment(day("2008-08-13"), day("2008-09-01"), 0.07),
                new AxisSegment(day("2008-09-01"), day("2009-01-01"), 0.06));
    }

    static Atlas atlas() {
        AtlasInfo info = new AtlasInfo(1, "test", LocalizedText.of("Test atlas", "परीक्षण एटलस"),
                LocalizedText.of("For tests", "परीक्षणों के लिए"), List.of("en", "hi"),
                day("1989-01-01"), day("2009-01-01"), day("2008-08-08"), PROJECTION,
                new Bounds(39.9, 41.0, 46.8, 43.6), realAxisSegments(), List.of());
        return new Atlas(info, List.of(), List.of(), events(), eras(), List.of(), List.of(), List.of(SOURCE));
    }

    static List<Era> eras() {
        return List.of(
                era("ussr-dissolves", "1989-01-01", "1991-12-26", "The USSR falls apart", "सोवियत संघ का विघटन"),
                era("south-ossetia-war", "1991-01-05", "1992-07-14", "War in South Ossetia",
                        "दक्षिण ओसेशिया में युद्ध"),
                era("abkhazia-war", "1992-08-14", "1993-09-30", "War in Abkhazia", "अबख़ाज़िया में युद्ध"),
                era("frozen", "1994-05-14", "2004-05-01", "Frozen conflicts under Russian peacekeeping",
                        "रूसी शांति सेना के अधीन जमे हुए संघर्ष"),
                era("adjara-crisis", "2004-03-15", "2004-05-06", "Adjara crisis", "अदजारा संकट"),
                era("tension", "2008-04-01", "2008-08-07", "Rising tension", "बढ़ता तनाव"),
                era("five-day-war", "2008-08-07", "2008-08-12", "The five-day war", "पाँच दिन का युद्ध"),
                era("aftermath", "2008-08-12", "2009-01-01", "Recognition and withdrawal",
                        "मान्यता और वापसी"));
    }

    static List<Event> events() {
        return List.of(
                event("1991-04-09-independence", "1991-04-09T00:00", false, EventType.POLITICAL, 3, false,
                        "Georgia declares independence", "जॉर्जिया ने स्वतंत्रता की घोषणा की"),
                event("1992-06-24-sochi", "1992-06-24T00:00", false, EventType.DIPLOMATIC, 3, false,
                        "Sochi agreement", "सोची समझौता"),
                event("1993-09-27-sukhumi", "1993-09-27T00:00", false, EventType.MILITARY, 3, false,
                        "Fall of Sukhumi", "सुखुमी का पतन"),
                event("1994-05-14-moscow", "1994-05-14T00:00", false, EventType.PEACEKEEPING, 2, false,
                        "Moscow agreement", "मॉस्को समझौता"),
                event("2003-11-23-rose", "2003-11-23T00:00", false, EventType.POLITICAL, 2, false,
                        "Rose Revolution", "गुलाब क्रांति"),
                event("2006-05-06-borjomi", "2006-05-06T00:00", false, EventType.ECONOMIC, 1, false,
                        "Russia bans Borjomi", "रूस ने बोरजोमी पर प्रतिबंध लगाया"),
                event(SHELLING, "2008-08-07T23:35", true, EventType.MILITARY, 3, false,
                        "Shelling of Tskhinvali", "त्सखिनवाली पर गोलाबारी"),
                event(ROKI_CLAIM, "2008-08-07T03:41", true, EventType.MILITARY, 2, true,
                        "Russian columns in the Roki Tunnel", "रोकी सुरंग में रूसी दस्ते"),
                event("2008-08-10-displaced", "2008-08-10T00:00", false, EventType.HUMANITARIAN, 2, false,
                        "Thousands displaced", "हज़ारों लोग विस्थापित"),
                event(CEASEFIRE, "2008-08-12T00:00", false, EventType.DIPLOMATIC, 3, false,
                        "Six-point ceasefire plan", "छह-सूत्री युद्धविराम योजना"),
                event(RECOGNITION, "2008-08-26T00:00", false, EventType.POLITICAL, 3, false,
                        "Russia recognises both regions", "रूस ने दोनों क्षेत्रों को मान्यता दी"),
                withEnd(event("2008-10-08-withdrawal", "2008-10-01T00:00", false, EventType.PEACEKEEPING, 2,
                        false, "Withdrawal from the buffer zones", "बफ़र क्षेत्रों से वापसी"), "2008-10-09T00:00"));
    }

    static LocalDateTime day(String date) {
        return LocalDate.parse(date).atStartOfDay();
    }

    private static Era era(String id, String from, String to, String en, String hi) {
        return new Era(id, day(from), day(to), LocalizedText.of(en, hi));
    }

    private static Event event(String id, String start, boolean hasTime, EventType type, int importance,
                               boolean claim, String en, String hi) {
        LocalizedText claimant = claim ? LocalizedText.of("Government of Georgia", "जॉर्जिया सरकार") : null;
        return new Event(id, LocalDateTime.parse(start), hasTime, null, hasTime ? Certainty.EXACT : Certainty.DAY,
                type, importance, new GeoPoint(43.964, 42.227), List.of(), claim, claimant, null,
                LocalizedText.of(en, hi), LocalizedText.of(en, hi), List.of(SOURCE));
    }

    private static Event withEnd(Event e, String end) {
        return new Event(e.id(), e.start(), e.startHasTime(), LocalDateTime.parse(end), e.certainty(), e.type(),
                e.importance(), e.location(), e.territoryIds(), e.claim(), e.claimant(), e.finding(), e.title(),
                e.summary(), e.sources());
    }
}
