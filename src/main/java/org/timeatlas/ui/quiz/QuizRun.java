package org.timeatlas.ui.quiz;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.locationtech.jts.geom.Envelope;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.DateAnswer;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.OrderAnswer;
import org.timeatlas.atlas.Question;
import org.timeatlas.atlas.QuestionKind;
import org.timeatlas.atlas.TerritoryAnswer;
import org.timeatlas.quiz.QuestionSet;
import org.timeatlas.quiz.QuestionSets;
import org.timeatlas.quiz.QuizHistory;
import org.timeatlas.quiz.QuizSession;
import org.timeatlas.quiz.Response;
import org.timeatlas.quiz.Verdict;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.ui.feature.Remembered;

/**
 * The quiz as the explorer runs it: whether it is open, which phase it is in (choosing a set, asking, showing the
 * verdict, the results), the session, and the remembered history of answers. Asking a question moves the explorer
 * to the question's moment; answering it records the verdict (written to the settings at once) and moves the map
 * and timeline to what the question is about. The views only show this and call it.
 */
final class QuizRun {

    /** The settings section the history is kept in. */
    static final String SECTION = "quiz";
    /** Half the width and height, in degrees, of the box shown around an event's place after an answer. */
    private static final double PLACE_BOX = 0.6;

    /** What the quiz panel shows. */
    enum Phase { CHOOSING, ASKING, ANSWERED, FINISHED }

    private final Atlas atlas;
    private final ExplorerState state;
    private final Remembered remembered;
    private final QuestionSets sets;
    private final Clock clock;
    private final Random random = new Random();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.CHOOSING);
    /** Goes up whenever the question, the verdict or the set changes, so views know to show it again. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private QuizHistory history;
    private QuestionSet set;
    private QuizSession session;

    QuizRun(Atlas atlas, ExplorerState state, QuestionSets sets, Remembered remembered, Clock clock) {
        this.atlas = atlas;
        this.state = state;
        this.sets = sets;
        this.remembered = remembered;
        this.clock = clock;
        this.history = remembered.section(SECTION, QuizHistory.class).orElse(QuizHistory.EMPTY);
    }

    ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    boolean isOpen() {
        return open.get();
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    Phase phase() {
        return phase.get();
    }

    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    QuizHistory history() {
        return history;
    }

    QuestionSets sets() {
        return sets;
    }

    /** The sets to choose from now. */
    List<QuestionSet> offered() {
        return sets.offered(history, random);
    }

    Optional<QuestionSet> set() {
        return Optional.ofNullable(set);
    }

    Optional<QuizSession> session() {
        return Optional.ofNullable(session);
    }

    Optional<Question> question() {
        return session().flatMap(QuizSession::current);
    }

    Optional<Verdict> verdict() {
        return session().flatMap(QuizSession::currentVerdict);
    }

    /** Whether a question of {@code kind} waits for its answer. */
    boolean asking(QuestionKind kind) {
        return open.get() && phase.get() == Phase.ASKING && question().map(Question::kind).filter(kind::equals).isPresent();
    }

    /** Opens the panel at the choice of a set (a session in progress is left). */
    void openChooser() {
        set = null;
        session = null;
        open.set(true);
        show(Phase.CHOOSING);
    }

    void close() {
        open.set(false);
    }

    /** Starts asking the questions of {@code chosen} from the first. */
    void start(QuestionSet chosen) {
        set = chosen;
        session = chosen.session();
        open.set(true);
        ask();
    }

    /** Judges {@code response} to the question asked, remembers it and shows what the question is about. */
    Verdict answer(Response response) {
        if (phase.get() != Phase.ASKING || session == null) {
            throw new IllegalStateException("no question waits for an answer");
        }
        Verdict verdict = session.answer(response);
        history = history.with(verdict, clock.instant());
        remembered.remember(SECTION, history);
        show(Phase.ANSWERED);
        showWhatItIsAbout(verdict.question());
        return verdict;
    }

    /** Moves to the next question (an unanswered one is skipped), or to the results after the last. */
    void next() {
        if (session == null) {
            return;
        }
        session.next();
        if (session.finished()) {
            show(Phase.FINISHED);
        } else {
            ask();
        }
    }

    /** A new session of the questions answered wrongly in this one. */
    void reviewMistakes() {
        if (session != null && !session.mistakes().isEmpty()) {
            start(new QuestionSet(QuestionSet.Kind.MISTAKES, null, null, session.reviewMistakes().questions()));
        }
    }

    private void ask() {
        Question question = session.current().orElseThrow();
        state.setPlaying(false);
        // what the last answer showed must not answer this one (and a click on the territory already selected
        // would change nothing)
        state.selectTerritory(null);
        state.selectEvent(null);
        question.askedAt().ifPresent(state::setMoment);
        show(Phase.ASKING);
    }

    private void show(Phase next) {
        phase.set(next);
        revision.set(revision.get() + 1);
    }

    /** Moves the explorer to the question's moment, its place or territories, and selects its event. */
    private void showWhatItIsAbout(Question question) {
        state.setPlaying(false);
        LocalDateTime after = question.showAfter();
        if (after != null) {
            state.setMoment(after);
        }
        if (question.answer() instanceof TerritoryAnswer territories) {
            Envelope box = new Envelope();
            territories.territoryIds().forEach(id -> atlas.territory(id)
                    .ifPresent(t -> box.expandToInclude(t.outline().getEnvelopeInternal())));
            if (!box.isNull()) {
                state.requestView(ViewRequest.box(new Bounds(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY())));
            }
            state.selectTerritory(territories.territoryIds().get(0));
        } else if (question.answer() instanceof DateAnswer date && date.eventId() != null) {
            showEvent(date.eventId());
        } else if (question.answer() instanceof OrderAnswer order) {
            showEvent(order.eventIds().get(order.eventIds().size() - 1));
        }
    }

    private void showEvent(String eventId) {
        Optional<Event> event = atlas.event(eventId);
        event.flatMap(Event::place).ifPresent(p -> state.requestView(ViewRequest.box(new Bounds(p.lon() - PLACE_BOX,
                p.lat() - PLACE_BOX, p.lon() + PLACE_BOX, p.lat() + PLACE_BOX))));
        if (event.isPresent()) {
            state.selectEvent(eventId);
        }
    }
}
