package org.timeatlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Place;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.testing.TestAtlases;

/**
 * Each place is spelled one way in Hindi everywhere in the embedded atlas: wherever the English text of an
 * event, territory, glossary entry, era or legend entry names a place, the Hindi text beside it uses the
 * place's Hindi spelling. The map labels (places.geojson) are the reference; places they do not label are
 * listed here with the spelling the atlas uses.
 */
class PlaceNameSpellingTest {

    /** Places named in the texts but not labelled on the map, English → Hindi. */
    private static final Map<String, String> UNLABELLED = new LinkedHashMap<>();

    static {
        UNLABELLED.put("Kodori", "कोदोरी");
        UNLABELLED.put("Chkhalta", "छ्खाल्ता");
        UNLABELLED.put("Inguri", "इंगुरी");
        UNLABELLED.put("Enguri", "एनगुरी");
        UNLABELLED.put("Roki", "रोकी");
        UNLABELLED.put("Kopitnari", "कोपित्नारी");
        UNLABELLED.put("Vaziani", "वज़ियानी");
        UNLABELLED.put("Avnevi", "अवनेवी");
        UNLABELLED.put("Ergneti", "एर्गनेती");
        UNLABELLED.put("Tamarasheni", "तामाराशेनी");
        UNLABELLED.put("Kurta", "कुर्ता");
        UNLABELLED.put("Kekhvi", "केख़्वी");
        UNLABELLED.put("Achabeti", "अचाबेती");
        UNLABELLED.put("Ruisi", "रुइसी");
        UNLABELLED.put("Igoeti", "इगोएती");
        UNLABELLED.put("Karaleti", "कारालेती");
        UNLABELLED.put("Perevi", "पेरेवी");
        UNLABELLED.put("Pankisi", "पंकीसी");
        UNLABELLED.put("Liakhvi", "लियाख़्वी");
        UNLABELLED.put("Samegrelo", "समेग्रेलो");
        UNLABELLED.put("Svaneti", "स्वानेती");
        UNLABELLED.put("Lykhny", "लिख्नी");
    }

    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
    }

    @Test
    void wherePlacesAreNamedTheHindiUsesTheirOneSpelling() {
        Map<String, String> spellings = spellings();
        List<String> wrong = new ArrayList<>();
        texts().forEach((where, text) -> spellings.forEach((en, hi) -> {
            if (Pattern.compile("\\b" + Pattern.quote(en) + "\\b").matcher(text.get("en")).find() && !text.get("hi").contains(hi)) {
                wrong.add(where + ": '" + en + "' should be '" + hi + "' in: " + text.get("hi"));
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void galiIsAlwaysTheDistrictOrTheTownNeverAWordThatMeansLaneOrInsult() {
        List<String> wrong = GaliSpelling.problemsIn(texts());
        assertEquals(List.of(), wrong);
    }

    @Test
    void theMapLabelsThemselvesAgreeWithTheTerritoryNames() {
        Map<String, String> spellings = spellings();
        for (Territory territory : atlas.territories()) {
            spellings.forEach((en, hi) -> {
                if (territory.name().get("en").contains(en)) {
                    assertTrue(territory.name().get("hi").contains(hi), territory.id() + " is named " + territory.name().get("hi"));
                }
            });
        }
    }

    /** English → Hindi for every place the map labels (both parts of "A / B" names) and the unlabelled ones. */
    private static Map<String, String> spellings() {
        Map<String, String> spellings = new LinkedHashMap<>();
        for (Place place : atlas.places()) {
            String[] en = place.name().get("en").split(" / ");
            String[] hi = place.name().get("hi").split(" / ");
            assertEquals(en.length, hi.length, "map label " + place.id() + " has different parts in English and Hindi");
            for (int i = 0; i < en.length; i++) {
                spellings.put(en[i].trim(), hi[i].trim());
            }
        }
        UNLABELLED.forEach(spellings::putIfAbsent);
        return spellings;
    }

    private static Map<String, LocalizedText> texts() {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        for (Event event : atlas.events()) {
            texts.put(event.id() + " title", event.title());
            texts.put(event.id() + " summary", event.summary());
            if (event.finding() != null) {
                texts.put(event.id() + " finding", event.finding());
            }
        }
        for (Territory territory : atlas.territories()) {
            texts.put(territory.id() + " name", territory.name());
            for (StatusSpan span : territory.history()) {
                texts.put(territory.id() + " " + span.from() + " authority", span.authority());
                if (span.note() != null) {
                    texts.put(territory.id() + " " + span.from() + " note", span.note());
                }
            }
        }
        for (GlossaryTerm term : atlas.glossary()) {
            texts.put("glossary " + term.id(), term.term());
            texts.put("glossary " + term.id() + " definition", term.definition());
        }
        atlas.eras().forEach(era -> texts.put("era " + era.id(), era.name()));
        for (Status status : atlas.statuses()) {
            texts.put("status " + status.id(), status.label());
            texts.put("status " + status.id() + " description", status.description());
        }
        return texts;
    }
}
