package org.timeatlas.ui.tours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.Highlight;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourLevel;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.settings.JsonMembers;
import org.timeatlas.ui.feature.Remembered;

/** The editor's draft: what it still misses, the tour it makes, and that it is kept (through JSON) as it changes. */
class TourDraftTest {

    private static final List<String> LANGUAGES = List.of("en", "hi");
    private static final Bounds BOX = new Bounds(40.5, 41.5, 46.5, 43.6);

    /** Sections kept as the settings file keeps them: written to JSON and read back as the record type. */
    static final class JsonRemembered implements Remembered {
        JsonMembers members = JsonMembers.empty();

        @Override
        public <T> Optional<T> section(String key, Class<T> type) {
            return members.read(key, type);
        }

        @Override
        public void remember(String key, Object value) {
            members = members.with(key, value);
        }

        @Override
        public void forget(String key) {
            members = members.without(key);
        }
    }

    private final JsonRemembered remembered = new JsonRemembered();

    @Test
    void aShortDraftSaysHowManyStepsAreStillNeededAndWhichTextsAreMissing() {
        TourDraft draft = new TourDraft(remembered, "georgia", LANGUAGES);
        draft.steps().add(step(LocalDateTime.of(2008, 8, 7, 23, 35), true, "e1"));
        draft.steps().add(step(LocalDateTime.of(2008, 8, 8, 0, 0), false, null));
        List<String> missing = draft.missing(language -> language, TourDraftTest::format);
        assertEquals("tours.editor.needSteps[6, 2, 8, 20]", missing.get(0));
        assertTrue(missing.contains("tours.editor.needTitle[en]") && missing.contains("tours.editor.needDescription[hi]"));
        assertTrue(missing.contains("tours.editor.needEvent[2]"), "step 2 highlights no event: " + missing);
        assertTrue(missing.contains("tours.editor.needCaption[1, hi]"));
    }

    @Test
    void aCompleteDraftMissesNothingAndMakesTheTourItShows() {
        TourDraft draft = complete(new TourDraft(remembered, "georgia", LANGUAGES));
        assertEquals(List.of(), draft.missing(language -> language, TourDraftTest::format));
        Tour tour = draft.tour(draft.suggestedId());
        assertEquals("war-in-eight-steps-tskhinvali-tskhinval", tour.id());
        assertEquals(TourLevel.DETAILED, tour.level());
        assertEquals(Tour.MIN_STEPS, tour.steps().size());
        TourStep first = tour.steps().get(0);
        assertFalse(first.momentHasTime(), "added at midnight: a date");
        assertNull(first.view().viewId(), "a box of what the map showed");
        assertEquals(BOX, first.view().bounds());
        assertNull(first.notes(), "notes written in no language are left out");
        assertEquals("Notes for step 2.", tour.steps().get(1).notes().get("en"));
    }

    @Test
    void notesInOneLanguageOnlyMustBeCompletedOrCleared() {
        TourDraft draft = complete(new TourDraft(remembered, "georgia", LANGUAGES));
        draft.steps().get(0).notes("en").set("Ask the class.");
        assertEquals(List.of("tours.editor.needNotes[1, hi]"), draft.missing(language -> language, TourDraftTest::format));
    }

    @Test
    void everyChangeIsKeptAndANewDraftForTheSameAtlasStartsFromIt() {
        TourDraft draft = complete(new TourDraft(remembered, "georgia", LANGUAGES));
        assertTrue(draft.move(7, -7), "the last step moves to the front");
        draft.steps().get(3).caption("hi").set("बदला हुआ विवरण।");
        TourDraft again = new TourDraft(remembered, "georgia", LANGUAGES);
        assertEquals(draft.tour("x"), again.tour("x"));
        assertEquals(0, new TourDraft(remembered, "islands", LANGUAGES).steps().size(), "each atlas its own draft");
        again.clear();
        assertEquals(0, new TourDraft(remembered, "georgia", LANGUAGES).steps().size(), "a cleared draft is gone");
        assertFalse(remembered.members.has(TourDraft.KEY), "and so is the section once no atlas has a draft");
    }

    @Test
    void aTitleWithoutLatinLettersGivesAPlainId() {
        TourDraft draft = new TourDraft(remembered, "georgia", LANGUAGES);
        draft.title("en").set("—");
        assertEquals("my-tour", draft.suggestedId());
    }

    private static TourDraft complete(TourDraft draft) {
        draft.title("en").set("War in eight steps: Tskhinvali/Tskhinval");
        draft.title("hi").set("आठ चरणों में युद्ध");
        draft.description("en").set("A short tour.");
        draft.description("hi").set("एक छोटा भ्रमण।");
        draft.levelProperty().set(TourLevel.DETAILED);
        for (int i = 0; i < Tour.MIN_STEPS; i++) {
            DraftStep step = step(LocalDateTime.of(2008, 8, 7 + i / 4, (i % 4) * 6, 0), i % 4 != 0, "e" + i);
            step.caption("en").set("Step " + (i + 1) + ".");
            step.caption("hi").set("चरण " + (i + 1) + "।");
            if (i == 1) {
                step.notes("en").set("Notes for step 2.");
                step.notes("hi").set("चरण 2 की टिप्पणियाँ।");
            }
            draft.steps().add(step);
        }
        return draft;
    }

    private static DraftStep step(LocalDateTime moment, boolean hasTime, String event) {
        return new DraftStep(moment, hasTime, BOX, new Highlight(List.of(), event == null ? List.of() : List.of(event),
                List.of()), LANGUAGES);
    }

    private static String format(String key, Object... args) {
        return key + java.util.Arrays.toString(args);
    }
}
