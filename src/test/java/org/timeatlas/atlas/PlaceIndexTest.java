package org.timeatlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceIndexTest {

    private static final Place GORI = place("gori", 2, "Gori", "गोरी", "გორი", "Гори");
    private static final Place JAVA = place("java", 3, "Java", "जावा", "ჯავა", "Джава");
    private static final Place ADLER = place("adler", 5, "Adler", "अद्लेर", null, "Адлер");
    private static final PlaceIndex INDEX = new PlaceIndex(List.of(ADLER, JAVA, GORI));

    @Test
    void aBlankSearchListsAllPlacesMostImportantFirst() {
        assertEquals(List.of(GORI, JAVA, ADLER), INDEX.search(""));
    }

    @Test
    void findsAPlaceByANameInAnyLanguageIgnoringCase() {
        assertEquals(List.of(GORI), INDEX.search("gor"));
        assertEquals(List.of(JAVA), INDEX.search("ჯავა"));
        assertEquals(List.of(ADLER), INDEX.search("адл"));
        assertEquals(List.of(JAVA), INDEX.search("जावा"));
        assertEquals(List.of(), INDEX.search("Sukhumi"));
    }

    private static Place place(String id, int rank, String en, String hi, String ka, String ru) {
        Map<String, String> names = new java.util.HashMap<>(Map.of("en", en, "hi", hi, "ru", ru));
        if (ka != null) {
            names.put("ka", ka);
        }
        return new Place(id, new LocalizedText(names), new GeoPoint(44, 42), rank, "town");
    }
}
