package org.timeatlas.atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.ChoiceAnswer;
import org.timeatlas.atlas.DateAnswer;
import org.timeatlas.atlas.IslandsWithExtras;
import org.timeatlas.atlas.Lens;
import org.timeatlas.atlas.OrderAnswer;
import org.timeatlas.atlas.Pattern;
import org.timeatlas.atlas.Question;
import org.timeatlas.atlas.QuestionKind;
import org.timeatlas.atlas.TerritoryAnswer;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourLevel;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.testing.TestAtlases;

/** Reading and checking tours/*.json, quiz.json and lenses.json, on the islands atlas with its extras. */
class ToursQuizLensesLoaderTest {

    private static final String TOUR = "tours/strait-war.json";

    @TempDir
    Path temp;

    @Test
    void readsTheTourWithEveryKindOfViewAndItsOptionalParts() {
        Atlas atlas = IslandsWithExtras.load(temp);
        Tour tour = atlas.tour("strait-war").orElseThrow();
        assertEquals(TourLevel.INTRODUCTORY, tour.level());
        assertEquals(10, tour.minutes());
        assertEquals(8, tour.steps().size());
        TourStep first = tour.steps().get(0);
        assertTrue(first.view().isHome());
        assertEquals(atlas.info().home(), first.view().bounds());
        assertEquals("Ask what the treaty promised.", first.speakerNotes().orElseThrow().get("en"));
        TourStep second = tour.steps().get(1);
        assertEquals(LocalDateTime.of(2000, 6, 5, 6, 0), second.moment());
        assertTrue(second.momentHasTime());
        assertEquals("west-isle", second.view().presetId().orElseThrow());
        assertEquals(List.of("south-landing"), second.highlight().movementIds());
        assertEquals(LocalDateTime.of(2000, 6, 5, 12, 0), second.revealedUntil());
        assertEquals("q-landing-date", second.question().orElseThrow());
        TourStep third = tour.steps().get(2);
        assertNull(third.view().viewId());
        assertEquals(10.0, third.view().bounds().west());
        assertEquals("p. 3", third.sources().get(0).section());
        assertEquals(third.moment(), third.revealedUntil(), "without revealUntil, the step's own moment");
    }

    @Test
    void readsOneQuestionOfEachKindWithItsAnswer() {
        Atlas atlas = IslandsWithExtras.load(temp);
        assertEquals(List.of(QuestionKind.DATE, QuestionKind.CHOICE, QuestionKind.TERRITORY, QuestionKind.ORDER),
                atlas.questions().stream().map(Question::kind).toList());
        Question date = atlas.question("q-landing-date").orElseThrow();
        DateAnswer answer = assertInstanceOf(DateAnswer.class, date.answer());
        assertEquals(LocalDateTime.of(2000, 6, 5, 4, 30), answer.date());
        assertEquals("2000-06-05-landing", answer.eventId());
        assertEquals("strait-war", date.tour().orElseThrow());
        assertFalse(date.generated());
        assertEquals(0, assertInstanceOf(ChoiceAnswer.class, atlas.question("q-who-fired").orElseThrow().answer()).right());
        TerritoryAnswer territory = assertInstanceOf(TerritoryAnswer.class,
                atlas.question("q-west-isle-war").orElseThrow().answer());
        assertEquals(List.of("west-isle"), territory.territoryIds());
        assertEquals(List.of("war"), territory.statusIds());
        assertEquals(3, assertInstanceOf(OrderAnswer.class, atlas.question("q-order-war").orElseThrow().answer())
                .eventIds().size());
    }

    @Test
    void readsTheLensesWithTheirLegendsAndHistories() {
        Atlas atlas = IslandsWithExtras.load(temp);
        assertEquals(List.of("law", "recognition"), atlas.lenses().stream().map(Lens::id).toList());
        Lens law = atlas.lens("law").orElseThrow();
        assertEquals(List.of("west-isle", "east-isle", "strait-zone"), List.copyOf(law.histories().keySet()));
        assertEquals(Pattern.HATCH, law.status("law-south").orElseThrow().pattern());
        assertTrue(law.status("law-truce").orElseThrow().overlay());
        assertEquals(LocalDateTime.of(2001, 1, 1, 0, 0), law.history("east-isle").get(0).to(), "a last \"to\" left out");
        assertEquals(List.of(), atlas.lens("recognition").orElseThrow().history("strait-zone"));
    }

    @Test
    void anAtlasWithoutExtrasHasNone() {
        Atlas atlas = TestAtlases.islands();
        assertEquals(List.of(), atlas.tours());
        assertEquals(List.of(), atlas.questions());
        assertEquals(List.of(), atlas.lenses());
    }

    // --- tours ---

    @Test
    void aTourWhoseIdIsNotItsFileNameIsRefused() {
        edited().edit(TOUR, "\"id\": \"strait-war\"", "\"id\": \"strait-wars\"")
                .refusedWith(
                        "quiz.json:2:73: question: unknown tour \"strait-war\" (not in tours/*.json)",
                        "quiz.json:18:50: question: unknown tour \"strait-war\" (not in tours/*.json)",
                        "tours/strait-war.json:2:9: tour: the tour id \"strait-wars\" differs from its file name"
                                + " \"strait-war.json\"; name the file strait-wars.json");
    }

    @Test
    void aStepQuestionNeedsAQuiz() throws IOException {
        Path atlas = extras();
        Files.delete(atlas.resolve("quiz.json"));
        List<Problem> problems = AtlasLoader.load(atlas).problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.message().endsWith("the atlas has no quiz.json to take it from")),
                problems.toString());
    }

    @Test
    void anUnreadableQuizLeavesTheStepsQuestionsUnchecked() {
        Path atlas = extras();
        TestAtlases.edit(atlas, "quiz.json", "[", "[[");
        List<Problem> problems = AtlasLoader.load(atlas).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).file().equals("quiz.json"), problems.toString());
    }

    @Test
    void anUnknownQuestionIsRefused() {
        edited().edit(TOUR, "\"question\": \"q-who-fired\"", "\"question\": \"q-who-shot\"")
                .refusedWith("tours/strait-war.json:19:18: tour step: unknown question \"q-who-shot\" (not in quiz.json)");
    }

    @Test
    void aStepBeforeItsEventOrRevealingLessThanItsMomentIsRefused() {
        edited().edit(TOUR, "{\"moment\": \"2000-06-07\"", "{\"moment\": \"2000-06-04\"")
                .edit(TOUR, "\"revealUntil\": \"2000-06-05T12:00\"", "\"revealUntil\": \"2000-06-05T05:00\"")
                .refusedWith(
                        "tours/strait-war.json:15:21: tour step: \"revealUntil\" 2000-06-05T05:00 comes before the step's moment"
                                + " 2000-06-05T06:00: the no-spoiler view would hide the step itself",
                        "tours/strait-war.json:21:31: tour step highlight: event \"2000-06-05-landing\" begins"
                                + " 2000-06-05T04:30, after the step's moment 2000-06-04: it is not on the map yet");
    }

    @Test
    void anEventOutsideTheViewOrAViewOutsideTheHomeBoxIsRefused() {
        edited().edit(TOUR, "{\"moment\": \"2000-06-07\", \"view\": \"west-isle\"",
                        "{\"moment\": \"2000-06-07\", \"view\": \"strait\"")
                .edit(TOUR, "{\"west\": 10.0, \"south\": 0.0, \"east\": 11.0, \"north\": 1.0}",
                        "{\"west\": 20.0, \"south\": 0.0, \"east\": 21.0, \"north\": 1.0}")
                .refusedWith(
                        "tours/strait-war.json:16:44: tour step view: the box lies wholly outside the atlas's home box",
                        "tours/strait-war.json:21:31: tour step highlight: event \"2000-06-05-landing\" (lon 10.5000, lat 0.5000)"
                                + " lies outside the step's view");
    }

    @Test
    void anUnknownViewIsRefusedNamingTheViewsThereAre() {
        edited().edit(TOUR, "\"view\": \"strait\"", "\"view\": \"the-strait\"")
                .refusedWith("tours/strait-war.json:31:38: tour step: \"view\" \"the-strait\" is neither \"home\" nor a"
                        + " focus view of atlas.json (west-isle, strait)");
    }

    @Test
    void aCaptionOfFiveSentencesOrWithOtherNumbersInHindiIsRefused() {
        edited().edit(TOUR, "\"Both councils sign a treaty.\"", "\"One. Two. Three. Four. Five.\"")
                .edit(TOUR, "\"दक्षिणी सेनाएँ 04:30 पर", "\"दक्षिणी सेनाएँ 05:30 पर")
                .refusedWith(
                        "tours/strait-war.json:10:24: tour step: \"caption.en\" has 5 sentences; it must have 1–4",
                        "tours/strait-war.json:14:94: tour step: \"caption.hi\" does not state the same numbers as"
                                + " \"caption.en\"; missing 04:30; not in \"caption.en\": 05:30");
    }

    @Test
    void aStepWithoutAnEventOrWithAnEventTwiceIsRefused() {
        edited().edit(TOUR, "\"highlight\": {\"events\": [\"2000-03-01-treaty\"]}",
                        "\"highlight\": {\"territories\": [\"west-isle\"]}")
                .edit(TOUR, "[\"2000-06-10-monitors\", \"2000-06-08-ceasefire\"]",
                        "[\"2000-06-10-monitors\", \"2000-06-10-monitors\"]")
                .refusedWith(
                        "tours/strait-war.json:9:19: tour step highlight: a step highlights at least one event (its caption"
                                + " rests on the events' sources)",
                        "tours/strait-war.json:35:54: tour step highlight: \"2000-06-10-monitors\" is listed twice in \"events\"");
    }

    @Test
    void toursAsAFileInsteadOfAFolderIsOneProblem() throws IOException {
        Path atlas = extras();
        Files.delete(atlas.resolve(TOUR));
        Files.delete(atlas.resolve("tours"));
        Files.writeString(atlas.resolve("tours"), "[]");
        TestAtlases.edit(atlas, "quiz.json", ", \"tour\": \"strait-war\"", "");
        TestAtlases.edit(atlas, "quiz.json", "\"id\": \"q-order-war\", \"kind\": \"order\", \"tour\": \"strait-war\"",
                "\"id\": \"q-order-war\", \"kind\": \"order\"");
        assertProblems(atlas, "tours/:1:1: \"tours\" is not a folder");
    }

    // --- quiz ---

    @Test
    void aMemberOfAnotherKindIsRefused() {
        edited().edit("quiz.json", "\"answer\": 0,", "\"answer\": 0, \"toleranceDays\": 2,")
                .refusedWith("quiz.json:10:34: question: a \"choice\" question has no \"toleranceDays\" (that belongs to"
                        + " \"date\" questions)");
    }

    @Test
    void aDateThatIsNotTheEventsStartOrAGiveawayMomentIsRefused() {
        Path atlas = extras();
        TestAtlases.edit(atlas, "quiz.json", "\"date\": \"2000-06-05T04:30\"", "\"date\": \"2000-06-05T04:00\"");
        assertProblems(atlas, "quiz.json:4:12: question: \"date\" 2000-06-05T04:00 is not the start of"
                + " \"2000-06-05-landing\" (2000-06-05T04:30)");
        Path other = IslandsWithExtras.copy(temp.resolve("other"));
        TestAtlases.edit(other, "quiz.json", "\"toleranceDays\": 1,", "\"toleranceDays\": 1, \"moment\": \"2000-06-06\",");
        assertProblems(other, "quiz.json:4:62: question: \"moment\" 2000-06-06 lies within the tolerance of the answer:"
                + " the map shown while asking would give it away");
    }

    @Test
    void aMonthDateNeedsAMonthsTolerance() {
        edited().edit("events/all.json", "\"start\": \"2000-03-01\", \"certainty\": \"day\"",
                        "\"start\": \"2000-03-01\", \"certainty\": \"month\"")
                .edit("quiz.json", "\"date\": \"2000-06-05T04:30\", \"toleranceDays\": 1, \"about\":"
                        + " \"2000-06-05-landing\"", "\"date\": \"2000-03-01\", \"toleranceDays\": 14, \"about\": \"2000-03-01-treaty\"")
                .edit("quiz.json", "\"sources\": [\"gazette\"], \"showAfter\": \"2000-06-05T06:00\"",
                        "\"sources\": [\"chronicle\"], \"showAfter\": \"2000-03-01\"")
                .edit("quiz.json", "\"era\": \"strait-war\", \"tour\"", "\"era\": \"calm\", \"tour\"")
                .refusedWith("quiz.json:4:43: question: \"2000-03-01-treaty\" is dated to certainty \"month\":"
                        + " \"toleranceDays\" must be at least 31, found 14");
    }

    @Test
    void orderEventsThatCannotBeToldApartAreRefused() {
        edited().edit("events/all.json", "\"start\": \"2000-06-08T12:00\", \"certainty\": \"exact\"",
                        "\"start\": \"2000-06-08T12:00\", \"certainty\": \"approximate\"")
                .refusedWith("quiz.json:20:58: question: \"2000-06-05-landing\" (2000-06-05T04:30, exact) and"
                        + " \"2000-06-08-ceasefire\" (2000-06-08T12:00, approximate) cannot be told apart at the certainty of"
                        + " their dates");
    }

    @Test
    void anOrderQuestionMustCiteEveryEventItRestsOn() {
        edited().edit("quiz.json", "\"sources\": [\"chronicle\", \"gazette\"]", "\"sources\": [\"gazette\"]")
                .refusedWith(
                        "quiz.json:22:15: question: none of the sources of \"2000-03-01-treaty\", which the answer rests on,"
                                + " is cited (chronicle)",
                        "quiz.json:22:15: question: none of the sources of \"2000-06-08-ceasefire\", which the answer rests on,"
                                + " is cited (chronicle)");
    }

    @Test
    void aTerritoryAnswerAtAChangeOrAnOverlayIsRefused() {
        edited().edit("quiz.json", "\"moment\": \"2000-06-06\", \"territories\": [\"west-isle\"]",
                        "\"moment\": \"2000-06-05\", \"territories\": [\"west-isle\", \"strait-zone\"]")
                .refusedWith(
                        "quiz.json:15:14: question: \"moment\" 2000-06-05 is the very minute \"west-isle\" changes status (to"
                                + " \"war\"); ask about a moment inside a span",
                        "quiz.json:15:57: question: \"strait-zone\" is an overlay, not a territory that can be clicked");
    }

    @Test
    void aQuestionOutsideItsEraIsRefused() {
        edited().edit("quiz.json", "\"id\": \"q-who-fired\", \"kind\": \"choice\", \"era\": \"strait-war\"",
                        "\"id\": \"q-who-fired\", \"kind\": \"choice\", \"era\": \"calm\"")
                .refusedWith("quiz.json:7:50: question: nothing this question is about lies in era \"calm\""
                        + " (2000-01-01 … 2000-06-05)");
    }

    @Test
    void twoChoicesSayingTheSameAreRefused() {
        edited().edit("quiz.json", "{\"en\": \"The monitors\", \"hi\": \"पर्यवेक्षक\"}",
                        "{\"en\": \"The monitors\", \"hi\": \"उत्तरी परिषद\"}")
                .refusedWith("quiz.json:9:99: question: two choices say the same in \"hi\": \"उत्तरी परिषद\"");
    }

    // --- lenses ---

    @Test
    void theControlLensIsReservedAndLensStatusesNeedIdsOfTheirOwn() {
        Path atlas = extras();
        TestAtlases.edit(atlas, "lenses.json", "{\"id\": \"law\",", "{\"id\": \"control\",");
        TestAtlases.edit(atlas, "lenses.json", "{\"id\": \"rec-none\",", "{\"id\": \"south\",");
        TestAtlases.edit(atlas, "lenses.json", "\"status\": \"rec-none\", \"note\": {\"en\": \"Nobody",
                "\"status\": \"south\", \"note\": {\"en\": \"Nobody");
        List<Problem> problems = AtlasLoader.load(atlas).problems();
        assertTrue(problems.stream().anyMatch(p -> p.toString().equals("lenses.json:2:10: lens: the lens id \"control\""
                + " is reserved for the histories of territories.json (control on the ground)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.toString().equals("lenses.json:23:13: lens status: \"south\" is a"
                + " status of statuses.json; a lens's statuses need ids of their own")), problems.toString());
    }

    @Test
    void aLensWithoutATerritoryOrWithAnUnknownOneIsRefused() {
        edited().edit("lenses.json", "\"east-isle\": [\n       {\"from\": \"2000-01-01\", \"to\"",
                        "\"east-islet\": [\n       {\"from\": \"2000-01-01\", \"to\"")
                .refusedWith(
                        "lenses.json:26:19: lens \"recognition\" territories: no history for territory \"east-isle\" (a lens"
                                + " covers every territory of territories.json)",
                        "lenses.json:31:20: lens \"recognition\" territories: \"east-islet\" is not a territory of territories.json");
    }

    @Test
    void anOverlayStatusOnATerritoryIsRefused() {
        edited().edit("lenses.json", "\"status\": \"law-south\"", "\"status\": \"law-truce\"")
                .refusedWith(
                        "lenses.json:14:41: lens \"law\", east-isle span: status \"law-truce\" is for overlays only, and"
                                + " \"east-isle\" is a territory");
    }

    @Test
    void aLensSpanIsCheckedLikeATerritorysSpan() {
        edited().edit("lenses.json", "{\"from\": \"2000-01-01\", \"to\": \"2001-01-01\", \"status\": \"law-north\"",
                        "{\"from\": \"2000-01-01\", \"to\": \"2000-12-31T18:00\", \"status\": \"law-north\"")
                .edit("lenses.json", "{\"from\": \"2000-06-09\", \"to\": \"2001-01-01\"",
                        "{\"from\": \"2000-06-09\", \"to\": \"2000-06-09\"")
                .refusedWith(
                        "lenses.json:11:37: lens \"law\", west-isle span: the history stops at 2000-12-31T18:00; it must run to"
                                + " the end of the atlas span (2001-01-01)",
                        "lenses.json:29:37: lens \"recognition\", west-isle span: the span ends where it starts"
                                + " (2000-06-09T00:00); a span must last");
    }

    @Test
    void aLegendEntryNoSpanUsesIsRefused() {
        edited().edit("lenses.json", "{\"id\": \"rec-none\",",
                        "{\"id\": \"rec-north\", \"colour\": \"#009E73\", \"pattern\": \"dots\", \"label\": {\"en\": \"North\","
                                + " \"hi\": \"उत्तर\"}},\n     {\"id\": \"rec-none\",")
                .refusedWith("lenses.json:23:13: lens: status \"rec-north\" is in the legend of lens \"recognition\""
                        + " but no span uses it");
    }

    @Test
    void aSourceCitedTwiceAtTheSamePlaceIsRefused() {
        edited().edit("quiz.json", "\"sources\": [\"chronicle\", \"gazette\"]",
                        "\"sources\": [\"chronicle\", \"gazette\", {\"id\": \"chronicle\"}, {\"id\": \"gazette\", \"section\": \"p. 2\"}]")
                .refusedWith("quiz.json:22:40: question: source \"chronicle\" is cited twice");
    }

    private Path extras() {
        return IslandsWithExtras.copy(temp.resolve("atlas"));
    }

    /** A copy of the islands atlas with its extras, to edit and then load. */
    private Edited edited() {
        return new Edited(extras());
    }

    /** An atlas copy changed by {@link TestAtlases#edit} edits, each replacing the first occurrence of a text. */
    private record Edited(Path atlas) {

        Edited edit(String file, String from, String to) {
            TestAtlases.edit(atlas, file, from, to);
            return this;
        }

        /** Loading it gives exactly {@code expected} ({@code file:line:col: message}), in order. */
        void refusedWith(String... expected) {
            assertProblems(atlas, expected);
        }
    }

    private static void assertProblems(Path atlas, String... expected) {
        LoadResult result = AtlasLoader.load(atlas);
        assertEquals(List.of(expected), result.problems().stream().map(Problem::toString).toList());
        assertFalse(result.valid());
    }
}
