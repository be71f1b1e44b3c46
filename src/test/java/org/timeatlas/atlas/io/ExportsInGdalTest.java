package org.timeatlas.atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.testing.Ogrinfo;
import org.timeatlas.testing.TestAtlases;

/**
 * Every export of the Georgia atlas opened with GDAL's ogrinfo, as QGIS and most GIS tools would open it:
 * every event is a feature, numbers are typed as numbers. Skipped, saying why, where GDAL is not installed.
 */
class ExportsInGdalTest {

    private static Atlas atlas;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadTheAtlas() {
        if (Ogrinfo.available()) {
            atlas = TestAtlases.embedded();
        } else {
            // -q keeps Surefire's skip reasons out of the log; say it once where CI output shows it
            System.err.println("ExportsInGdalTest skipped: " + Ogrinfo.MISSING);
        }
    }

    @BeforeEach
    void needsOgrinfo() {
        assumeTrue(Ogrinfo.available(), Ogrinfo.MISSING);
    }

    @Test
    void kmlOpensWithEveryEventAndTypedData() throws IOException {
        Path file = temp.resolve("events.kml");
        new Exporter(atlas).eventsKml(file);
        Ogrinfo.Result kml = Ogrinfo.summary(file);
        assertEquals(0, kml.exit(), kml.output());
        assertTrue(List.of("LIBKML", "KML").contains(kml.driver()), kml.driver());
        assertEquals(atlas.events().size(), kml.featureCount(), "placemarks without a place are features too");
        if (kml.driver().equals("LIBKML")) {
            // the plain KML driver reads ExtendedData as text; libkml honours the Schema's types
            assertEquals("Integer", kml.fieldType("importance"));
            assertEquals("Real", kml.fieldType("lon"));
            assertEquals("DateTime", kml.fieldType("begin"));
        }
    }

    @Test
    void eventsGeoJsonOpensWithNumbersTypedAsNumbers() throws IOException {
        Path file = temp.resolve("events.geojson");
        new Exporter(atlas).eventsGeoJson(file);
        Ogrinfo.Result json = Ogrinfo.summary(file);
        assertEquals(0, json.exit(), json.output());
        assertEquals("GeoJSON", json.driver());
        assertEquals(atlas.events().size(), json.featureCount());
        assertEquals("Integer", json.fieldType("importance"));
        assertEquals("Real", json.fieldType("lon"));
        assertEquals("Real", json.fieldType("lat"));
        assertEquals("Date", json.fieldType("end"), "missing ends are null, not \"\", so the rest read as dates");
    }

    @Test
    void territoriesGeoJsonOpensWithEveryTerritory() throws IOException {
        Path file = temp.resolve("territories.geojson");
        new Exporter(atlas).territoriesGeoJson(file, LocalDateTime.of(2008, 8, 10, 0, 0));
        Ogrinfo.Result json = Ogrinfo.summary(file);
        assertEquals(0, json.exit(), json.output());
        assertEquals("GeoJSON", json.driver());
        assertEquals(atlas.territories().size(), json.featureCount());
        assertEquals("Integer(Boolean)", json.fieldType("approximate"));
        assertEquals("DateTime", json.fieldType("since"));
    }

    @Test
    void csvOpensWithOneRowPerEventAndPointsFromLonLat() throws IOException {
        Path file = temp.resolve("events.csv");
        new Exporter(atlas).eventsCsv(file);
        Ogrinfo.Result csv = Ogrinfo.summary(file, "X_POSSIBLE_NAMES=lon", "Y_POSSIBLE_NAMES=lat", "AUTODETECT_TYPE=YES");
        assertEquals(0, csv.exit(), csv.output());
        assertEquals("CSV", csv.driver());
        assertEquals(atlas.events().size(), csv.featureCount(), "quoted line breaks do not split records");
        assertTrue(csv.output().contains("Geometry: Point"), csv.output());
        assertEquals("Integer", csv.fieldType("importance"));
        assertEquals("Real", csv.fieldType("lon"));
    }
}
