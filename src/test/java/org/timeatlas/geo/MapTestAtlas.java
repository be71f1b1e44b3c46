package org.timeatlas.geo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.AtlasInfo;
import org.timeatlas.atlas.AxisSegment;
import org.timeatlas.atlas.BaseFeature;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.EventType;
import org.timeatlas.atlas.GeoPoint;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Pattern;
import org.timeatlas.atlas.Place;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;

/**
 * A small atlas built in code for the map's tests: two squares side by side ("west", "east"), an
 * approximate enclave inside the west one (drawn above it), a peacekeeping overlay across their border
 * that exists only 1992-07-14 .. 2008-08-08, a sea, a neighbouring country, a river, places and events.
 */
public final class MapTestAtlas {

    public static final String PROJECTION =
            "+proj=lcc +lat_1=41 +lat_2=43.5 +lat_0=42.2 +lon_0=43.5 +datum=WGS84 +units=m +no_defs";
    public static final Bounds HOME = new Bounds(41.5, 41.5, 45.5, 43.2);
    public static final LocalDateTime START = at("1989-01-01");
    public static final LocalDateTime END = at("2009-01-01");
    /** West turns from government to contested here. */
    public static final LocalDateTime WAR = at("1992-08-14");
    public static final LocalDateTime CEASEFIRE = at("1993-09-30");
    /** A point inside "west" but outside the enclave and the overlay. */
    public static final GeoPoint IN_WEST = new GeoPoint(42.2, 42.6);
    public static final GeoPoint IN_EAST = new GeoPoint(44.6, 42.6);
    public static final GeoPoint IN_ENCLAVE = new GeoPoint(42.6, 42.25);
    /** Inside the overlay and, under it, inside "east". */
    public static final GeoPoint IN_OVERLAY_OVER_EAST = new GeoPoint(43.7, 42.3);

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final Source SOURCE = new Source("test", "Test source", "Tester", null, 2020, "https://example.org", null);

    private MapTestAtlas() {
    }

    public static Atlas atlas() {
        return atlas(List.of());
    }

    /** The test atlas with {@code extraPlaces} added, e.g. to crowd the labels. */
    public static Atlas atlas(List<Place> extraPlaces) {
        List<Status> statuses = List.of(
                status("government", "#56B4E9", Pattern.NONE, "Government control", "सरकारी नियंत्रण", false),
                status("separatist", "#E69F00", Pattern.NONE, "De facto authorities", "वास्तविक प्रशासन", false),
                status("contested", "#D55E00", Pattern.HATCH, "Fighting", "लड़ाई", false),
                status("russian-military", "#CC79A7", Pattern.CROSSHATCH, "Russian military", "रूसी सेना", false),
                status("autonomy", "#009E73", Pattern.DOTS, "Autonomy", "स्वायत्तता", false),
                status("peacekeeping-zone", "#000000", Pattern.HATCH, "Peacekeeping zone", "शांति क्षेत्र", true));
        List<Territory> territories = List.of(
                new Territory("west", TerritoryKind.TERRITORY, text("West", "पश्चिम"), false, box(42.0, 41.8, 43.4, 42.8),
                        List.of(span(START, WAR, "government"), span(WAR, CEASEFIRE, "contested"),
                                span(CEASEFIRE, END, "separatist"))),
                new Territory("east", TerritoryKind.TERRITORY, text("East", "पूर्व"), false, box(43.4, 41.8, 45.0, 42.8),
                        List.of(span(START, at("2008-08-10"), "government"),
                                span(at("2008-08-10"), at("2008-10-09"), "russian-military"),
                                span(at("2008-10-09"), END, "government"))),
                new Territory("enclave", TerritoryKind.TERRITORY, text("Enclave", "अंतःक्षेत्र"), true,
                        box(42.4, 42.1, 42.8, 42.4),
                        List.of(span(START, at("1991-01-01"), "government"), span(at("1991-01-01"), END, "autonomy"))),
                new Territory("zone", TerritoryKind.OVERLAY, text("Zone", "क्षेत्र"), false, box(43.2, 42.0, 43.8, 42.6),
                        List.of(span(at("1992-07-14"), at("2008-08-08"), "peacekeeping-zone"))));
        List<BaseFeature> base = List.of(
                new BaseFeature("sea", box(38.0, 40.0, 41.95, 44.5), null),
                new BaseFeature("land", box(40.0, 42.8, 48.0, 44.5), text("Northland", "उत्तरदेश")),
                new BaseFeature("land", box(41.95, 40.0, 48.0, 41.8), text("Southland", "दक्षिणदेश")),
                new BaseFeature("river", line(42.1, 42.7, 42.9, 42.3, 43.3, 42.05), text("River", "नदी")));
        List<Place> places = new ArrayList<>(List.of(
                new Place("eastville", text("Eastville", "पूर्वनगर"), new GeoPoint(44.6, 42.0), 1, "capital"),
                new Place("westport", text("Westport", "पश्चिमपुर"), new GeoPoint(42.2, 42.3), 2, "town"),
                new Place("west-region", text("West region", "पश्चिमी क्षेत्र"), new GeoPoint(42.7, 42.65), 1, "region"),
                new Place("hamlet", text("Hamlet", "पुरवा"), new GeoPoint(43.9, 42.5), 3, "village")));
        places.addAll(extraPlaces);
        List<Event> events = List.of(
                event("1992-08-14-war", WAR, 3, new GeoPoint(42.9, 42.5), false),
                event("1992-08-20-claim", at("1992-08-20"), 2, new GeoPoint(43.0, 42.2), true),
                event("2008-08-10-advance", at("2008-08-10"), 3, new GeoPoint(44.2, 42.1), false),
                event("2008-08-12-talks", at("2008-08-12"), 1, null, false));
        AtlasInfo info = new AtlasInfo(1, "map-test", text("Map test", "नक्शा परीक्षण"), text("For tests", "परीक्षण"),
                List.of("en", "hi"), START, END, at("2008-08-08"), PROJECTION, HOME,
                List.of(new AxisSegment(START, END, 1.0)), List.of());
        List<Era> eras = List.of(new Era("war", WAR, CEASEFIRE, text("War", "युद्ध")));
        return new Atlas(info, statuses, territories, events, eras, places, base, List.of(SOURCE));
    }

    public static LocalDateTime at(String date) {
        return LocalDateTime.parse(date + "T00:00");
    }

    public static LocalizedText text(String en, String hi) {
        return new LocalizedText(Map.of("en", en, "hi", hi));
    }

    public static Geometry box(double west, double south, double east, double north) {
        return FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(west, south), new Coordinate(east, south), new Coordinate(east, north),
            new Coordinate(west, north), new Coordinate(west, south)});
    }

    private static Geometry line(double... lonLat) {
        Coordinate[] coordinates = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return FACTORY.createLineString(coordinates);
    }

    private static Status status(String id, String colour, Pattern pattern, String en, String hi, boolean overlay) {
        return new Status(id, colour, pattern, text(en, hi), text(en, hi), overlay);
    }

    private static StatusSpan span(LocalDateTime from, LocalDateTime to, String status) {
        return new StatusSpan(from, to, status, text("Someone", "कोई"), List.of(SOURCE), null);
    }

    private static Event event(String id, LocalDateTime start, int importance, GeoPoint place, boolean claim) {
        return new Event(id, start, false, null, Certainty.DAY, EventType.MILITARY, importance, place, List.of(),
                claim, claim ? text("Side A", "पक्ष क") : null, null,
                text("Title of " + id, "शीर्षक " + id), text("Summary", "सारांश"), List.of(SOURCE));
    }
}
