package org.timeatlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.testing.TestAtlases;

/**
 * Each person is spelled one way in Hindi everywhere in the Georgia atlas: wherever an English text names a
 * person, the Hindi beside it uses that person's one spelling, and no Hindi text uses a spelling the atlas
 * has dropped (the same holds for a few terms the atlas once spelled several ways, such as UNOMIG and the
 * Caucasus). The texts come from the embedded atlas and, for files the app may not read yet, straight from
 * the JSON files of maps/georgia-1991-2008 (tours, quiz, lenses, days).
 */
class PersonNameSpellingTest {

    /** English name (whole words) → the one Hindi spelling. */
    private static final Map<String, String> PEOPLE = new LinkedHashMap<>();

    /** Hindi spellings no longer used (regular expressions) → the spelling that replaced them. */
    private static final Map<String, String> DROPPED = new LinkedHashMap<>();

    static {
        PEOPLE.put("Mikheil", "मिख़ेइल");
        PEOPLE.put("Saakashvili", "साकाशविली");
        PEOPLE.put("Sarkozy", "सार्कोज़ी");
        PEOPLE.put("Sergei", "सेर्गेई");
        PEOPLE.put("Lavrov", "लावरोव");
        PEOPLE.put("Temur", "तेमुर");
        PEOPLE.put("Iakobashvili", "याकोबाश्विली");
        PEOPLE.put("Zurab Noghaideli", "ज़ुराब नोगैदेली");
        PEOPLE.put("Emzar", "एम्ज़ार");
        PEOPLE.put("Kvitsiani", "क्वित्सियानी");
        PEOPLE.put("Dmitry", "द्मित्री");
        PEOPLE.put("Medvedev", "मेदवेदेव");
        PEOPLE.put("Sanakoyev", "सनाकोयेव");

        DROPPED.put("मिखाइल साकाशविली", "मिख़ेइल साकाशविली");
        DROPPED.put("मिखेइल", "मिख़ेइल");
        DROPPED.put("साकाश्विली", "साकाशविली");
        DROPPED.put("सारकोज़ी", "सार्कोज़ी");
        DROPPED.put("सार्कोजी", "सार्कोज़ी");
        DROPPED.put("सर्गेई", "सेर्गेई");
        DROPPED.put("तेमूर", "तेमुर");
        DROPPED.put("इआकोबाशविली", "याकोबाश्विली");
        DROPPED.put("याकोबाशविली", "याकोबाश्विली");
        DROPPED.put("नोगाइदेली", "नोगैदेली");
        DROPPED.put("एमज़ार", "एम्ज़ार");
        DROPPED.put("दमित्री", "द्मित्री");
        DROPPED.put("दिमित्री", "द्मित्री");
        DROPPED.put("सानाकोयेव", "सनाकोयेव");
        DROPPED.put("UNOMIG", "यूनोमिग");
        DROPPED.put("यूएनओमिग", "यूनोमिग");
        DROPPED.put("यूएनओएमआईजी", "यूनोमिग");
        DROPPED.put("तथ्य-खोज", "तथ्य-अन्वेषण");
        DROPPED.put("प्रतिबंधित-हथियार", "सीमित-हथियार");
        DROPPED.put("ओसेतियाई", "ओसेशियाई");
        DROPPED.put("काकेशस", "कॉकस");
        DROPPED.put("कॉकेशस", "कॉकस");
        DROPPED.put("छह-सूत्री(?!य)", "छह-सूत्रीय");
        DROPPED.put("तमाराशेनी", "तामाराशेनी");
        DROPPED.put("अखालगोरी", "अख़ालगोरी");
    }

    /** The atlas files read directly: the app may not read tours, quiz and lenses yet. */
    private static final List<String> DIRECT_FILES = List.of("quiz.json", "lenses.json", "days.json");

    private static final Path FOLDER = Path.of("maps", AtlasLoader.EMBEDDED);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
    }

    @Test
    void wherePeopleAreNamedTheHindiUsesTheirOneSpelling() {
        List<String> wrong = new ArrayList<>();
        texts().forEach((where, text) -> PEOPLE.forEach((en, hi) -> {
            if (Pattern.compile("\\b" + Pattern.quote(en) + "\\b").matcher(text.get("en")).find()
                    && !text.get("hi").contains(hi)) {
                wrong.add(where + ": '" + en + "' should be '" + hi + "' in: " + text.get("hi"));
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void noHindiTextAnywhereUsesADroppedSpelling() {
        List<String> wrong = new ArrayList<>();
        BiConsumer<String, String> check = (where, hi) -> DROPPED.forEach((old, now) -> {
            if (Pattern.compile(old).matcher(hi).find()) {
                wrong.add(where + ": '" + old + "' should be '" + now + "' in: " + hi);
            }
        });
        texts().forEach((where, text) -> check.accept(where, text.get("hi")));
        atlas.glossary().forEach(term -> term.aliases().getOrDefault("hi", List.of())
                .forEach(alias -> check.accept("glossary " + term.id() + " alias", alias)));
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith("json")).sorted().toList()) {
                hindiStrings(JSON.readTree(file.toFile()), false, FOLDER.relativize(file).toString(), check);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theEnglishSpellsNoghaideliAsTheSourcesDo() {
        List<String> wrong = new ArrayList<>();
        texts().forEach((where, text) -> {
            if (text.get("en").contains("Nogaideli")) {
                wrong.add(where + ": " + text.get("en"));
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theDirectlyReadFilesAreThere() {
        assertTrue(Files.isDirectory(FOLDER.resolve("tours")), FOLDER.resolve("tours") + " is missing");
        DIRECT_FILES.forEach(name -> assertTrue(Files.isRegularFile(FOLDER.resolve(name)), FOLDER.resolve(name) + " is missing"));
    }

    /** Every English–Hindi pair of texts: from the loaded atlas, then from the files read directly. */
    private static Map<String, LocalizedText> texts() {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        for (Event event : atlas.events()) {
            texts.put(event.id() + " title", event.title());
            texts.put(event.id() + " summary", event.summary());
            if (event.finding() != null) {
                texts.put(event.id() + " finding", event.finding());
            }
            if (event.claimant() != null) {
                texts.put(event.id() + " claimant", event.claimant());
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
        List<Path> direct = new ArrayList<>();
        try (Stream<Path> tours = Files.list(FOLDER.resolve("tours"))) {
            tours.filter(f -> f.toString().endsWith(".json")).sorted().forEach(direct::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DIRECT_FILES.forEach(name -> direct.add(FOLDER.resolve(name)));
        for (Path file : direct) {
            try {
                pairs(JSON.readTree(file.toFile()), FOLDER.relativize(file).toString(), texts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    /** Collects every object with text "en" and "hi" fields under {@code node}, named by its JSON path. */
    private static void pairs(JsonNode node, String where, Map<String, LocalizedText> texts) {
        if (node.isObject()) {
            if (node.path("en").isTextual() && node.path("hi").isTextual()) {
                texts.put(where, LocalizedText.of(node.get("en").asText(), node.get("hi").asText()));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                pairs(field.getValue(), where + "/" + field.getKey(), texts);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pairs(node.get(i), where + "/" + i, texts);
            }
        }
    }

    /** Passes every Hindi string under {@code node} (values of "hi" or "…_hi" fields, and arrays under them). */
    private static void hindiStrings(JsonNode node, boolean hindi, String where, BiConsumer<String, String> check) {
        if (node.isTextual() && hindi) {
            check.accept(where, node.asText());
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                boolean hi = field.getKey().equals("hi") || field.getKey().endsWith("_hi");
                hindiStrings(field.getValue(), hindi || hi, where + "/" + field.getKey(), check);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                hindiStrings(node.get(i), hindi, where + "/" + i, check);
            }
        }
    }
}
