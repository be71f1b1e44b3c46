package org.timeatlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.DayCard;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Movement;
import org.timeatlas.atlas.PlaceIndex;
import org.timeatlas.atlas.Statement;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.testing.TestAtlases;

/**
 * Every place the embedded atlas's English texts name (events, movements, glossary, day cards, territories,
 * eras) can be found in the places window, which searches with {@link PlaceIndex#search}.
 *
 * <p>The names are curated below, each list saying why its names are there. Two directions are checked:
 * every listed name occurs in some text (so the lists do not rot), and every name on the map is found by
 * the search (so the gazetteer is complete). A scan of the texts guards the lists' completeness: each
 * capitalised word written where a place usually stands ("in X", "the village of X", "X gorge", "X air
 * base" ...) must belong to a listed name or to the short list of words that are not places.
 */
class GazetteerCoverageTest {

    /** Places on the map that the texts name, each found by the places search exactly as written here. */
    static final List<String> ON_THE_MAP = List.of(
            "Tkvarcheli", "Tkuarchal",
            // regions and towns
            "Abkhazia", "South Ossetia", "Adjara", "North Ossetia", "Shida Kartli", "Mingrelia", "Samegrelo",
            "Svaneti", "Tbilisi", "Sukhumi", "Sokhumi", "Tskhinvali", "Tskhinval", "Batumi", "Kutaisi", "Poti",
            "Gori", "Zugdidi", "Senaki", "Gali", "Gagra", "Gudauta", "Ochamchire", "Ochamchira", "Akhalgori",
            "Leningor", "Java", "Khashuri", "Borjomi", "Kaspi", "Kareli", "Marneuli", "Akhalkalaki", "Khobi",
            "Sochi", "Adler", "Dagomys", "Vladikavkaz", "Grozny", "Leselidze", "Kojori",
            // villages
            "Avnevi", "Nuli", "Khetagurovo", "Tamarasheni", "Achabeti", "Kurta", "Kekhvi", "Prisi", "Sarabuki",
            "Ergneti", "Nikozi", "Gupta", "Igoeti", "Perevi", "Lykhny", "Chkhalta", "Dranda",
            // sites: a tunnel, valleys, rivers, a base and an airfield
            "Roki Tunnel", "Kodori gorge", "Upper Kodori", "Upper Abkhazia", "Pankisi gorge", "Vaziani",
            "Kopitnari", "Inguri", "Enguri", "Psou", "Gumista");

    /** Names the texts use for a part or a spelling of a place the gazetteer holds under the name given. */
    static final Map<String, String> FOUND_UNDER = Map.of(
            "Zemo Achabeti", "Achabeti",          // the upper part of Achabeti (one entry for Kvemo and Zemo)
            "Dzhava", "Java",                     // a Russian-style spelling of the same name
            "Patara Lilo", "Tbilisi",             // a settlement within Tbilisi's municipal bounds
            "Makhata", "Tbilisi",                 // Makhata hill, in Tbilisi
            "Rustaveli Avenue", "Tbilisi",
            "Freedom Square", "Tbilisi",
            "Government House", "Tbilisi");

    /**
     * Places the texts name that no source read gives coordinates for (GeoNames cities1000 lists only places
     * of 1,000 people or more): not in the gazetteer yet. The test fails once one is found, so that it
     * moves to {@link #ON_THE_MAP}.
     */
    static final List<String> NOT_YET_LOCATED = List.of(
            "Karaleti", "Variani", "Tkviavi", "Tsitelubani", "Ruisi", "Ali", "Choloki", "Achandara", "Ditsi",
            "Ganmukhuri", "Lata", "Sachkhere", "Vanati", "Zar");

    /** Places the texts name that lie beyond the map (outside 37.5–47.5 E, 40–44.5 N). */
    static final List<String> BEYOND_THE_MAP = List.of(
            "Moscow", "Sevastopol", "Istanbul", "Baku", "Ceyhan", "Brussels", "Berlin", "Geneva", "Bucharest",
            "Oslo", "Ljubljana", "Nice", "St Petersburg", "Helsinki", "Strasbourg", "Budapest", "Bishkek",
            "Beijing", "Athens", "Dushanbe", "New York");

    /**
     * Countries (drawn with their names by the base map, not gazetteer entries), areas too wide for one
     * point, and a name the map shows as a territory ("Georgian villages of the Liakhvi valley").
     */
    static final List<String> NOT_A_GAZETTEER_POINT = List.of(
            "Georgia", "Russia", "Armenia", "Azerbaijan", "Ukraine", "Serbia", "Kosovo", "Iraq", "Nicaragua",
            "Europe", "Caucasus", "North Caucasus", "Black Sea", "Liakhvi");

    /** Capitalised words that stand where places usually stand but are not places. */
    static final Set<String> NOT_PLACES = Set.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "The", "This", "Abkhaz", "Georgian", "Russian", "Ossetian", "Soviet",
            "Ethnic", "Abashidze", "Aslan", "Civil", "Defence", "Ministry", "Medvedev", "Saakashvili", "Svan",
            "New", "York");

    private static final Pattern BEFORE_A_PLACE = Pattern.compile(
            "\\b(?:in|near|at|from|towards|toward|into|outside|around|village of|villages of|town of|city of"
                    + "|villages|village|town)\\s+([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)*)");
    private static final Pattern AFTER_A_PLACE = Pattern.compile(
            "\\b([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)*)\\s+(?:village|villages|river|gorge|valley|base|bases"
                    + "|air base|airfield|military airfield|tunnel|bridge|bridges|heights|hill|district|districts"
                    + "|port|crossing|region)\\b");

    private static Atlas atlas;
    private static List<String> texts;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
        texts = englishTexts(atlas);
    }

    @Test
    void everyNameOnTheMapIsFoundByThePlacesSearch() {
        PlaceIndex index = new PlaceIndex(atlas.places());
        List<String> missing = ON_THE_MAP.stream().filter(name -> !finds(index, name)).toList();
        assertEquals(List.of(), missing, "names the places window does not find");
        FOUND_UNDER.forEach((name, entry) -> assertTrue(finds(index, entry), name + " should be found under " + entry));
    }

    @Test
    void theNotYetLocatedPlacesAreNotInTheGazetteer() {
        PlaceIndex index = new PlaceIndex(atlas.places());
        List<String> found = NOT_YET_LOCATED.stream().filter(name -> finds(index, name)).toList();
        assertEquals(List.of(), found, "now in the gazetteer: move them to ON_THE_MAP");
    }

    @Test
    void everyListedNameOccursInSomeText() {
        List<String> unused = allListedNames().filter(name -> texts.stream().noneMatch(t -> mentions(t, name)))
                .toList();
        assertEquals(List.of(), unused, "listed names that no English text uses any more");
    }

    @Test
    void everyWordWhereAPlaceStandsBelongsToAListedName() {
        Set<String> known = new HashSet<>(NOT_PLACES);
        allListedNames().forEach(name -> known.addAll(List.of(name.split("[ -]"))));
        Set<String> unknown = new TreeSet<>();
        for (String text : texts) {
            for (Pattern pattern : List.of(BEFORE_A_PLACE, AFTER_A_PLACE)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    for (String word : m.group(1).split("[ -]")) {
                        String bare = word.replaceAll("['’]s?$", "");
                        if (!known.contains(bare)) {
                            unknown.add(bare + "  (in: " + m.group() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), unknown, "capitalised words where a place stands that no list accounts for:"
                + " add the place to the gazetteer and a list here, or the word to NOT_PLACES");
    }

    /**
     * Whether the places search for {@code name} lists a place that has it as a whole word of one of its
     * names (the search matches any part of a name, so "Ali" alone would also list Gali).
     */
    private static boolean finds(PlaceIndex index, String name) {
        return index.search(name).stream().anyMatch(place -> place.name().byLanguage().values().stream()
                .anyMatch(placeName -> mentions(placeName, name)));
    }

    private static Stream<String> allListedNames() {
        return Stream.of(ON_THE_MAP.stream(), FOUND_UNDER.keySet().stream(), NOT_YET_LOCATED.stream(),
                BEYOND_THE_MAP.stream(), NOT_A_GAZETTEER_POINT.stream()).flatMap(s -> s);
    }

    private static boolean mentions(String text, String name) {
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    /** The English texts a reader meets: events, movements, glossary, day cards, territories and eras. */
    private static List<String> englishTexts(Atlas atlas) {
        List<LocalizedText> localized = new ArrayList<>();
        for (Event e : atlas.events()) {
            localized.addAll(List.of(e.title(), e.summary()));
            if (e.claimant() != null) {
                localized.add(e.claimant());
            }
            if (e.finding() != null) {
                localized.add(e.finding());
            }
        }
        for (Movement m : atlas.movements()) {
            localized.add(m.label());
            if (m.name() != null) {
                localized.add(m.name());
            }
        }
        for (GlossaryTerm g : atlas.glossary()) {
            localized.addAll(List.of(g.term(), g.definition()));
        }
        for (DayCard d : atlas.dayCards()) {
            localized.add(d.summary());
            for (Statement s : d.statements()) {
                localized.add(s.text());
            }
        }
        for (Territory t : atlas.territories()) {
            localized.add(t.name());
            for (StatusSpan span : t.history()) {
                if (span.authority() != null) {
                    localized.add(span.authority());
                }
                if (span.note() != null) {
                    localized.add(span.note());
                }
            }
        }
        for (Era era : atlas.eras()) {
            localized.add(era.name());
        }
        List<String> english = new ArrayList<>();
        localized.stream().filter(t -> t.has("en")).forEach(t -> english.add(t.get("en")));
        for (GlossaryTerm g : atlas.glossary()) {
            english.addAll(g.aliases().getOrDefault("en", List.of()));
        }
        return english.stream().map(t -> t.replace('\u00a0', ' ')).toList();
    }
}
