package org.timeatlas.ui.quiz;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Subscription;
import org.timeatlas.atlas.Question;
import org.timeatlas.atlas.QuestionKind;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.quiz.QuestionSet;
import org.timeatlas.quiz.QuestionSets;
import org.timeatlas.quiz.Response;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.TourPlayback;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.KeyScope;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.MenuPlace.Menus;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;

/**
 * Self-check questions (Q, Help → Check yourself): a panel at the head of the side column asks the questions of a
 * chosen set — all, an era's, a tour's, generated ones, the mistakes to review — each answerable by mouse and by
 * keys alone. While it is open the quiz's keys take precedence: 1–5 and ↑/↓ choose, Alt+↑/↓ move a row, Enter
 * answers and goes on, Esc closes it. A tour step with a question, and a tour's end, offer its questions (Go menu).
 * Answers are remembered in the settings section {@value QuizRun#SECTION}.
 */
public final class QuizFeature implements ExplorerFeature {

    /** Above the tour's and presentation's keys: the quiz panel is what the student is working in. */
    static final int SCOPE_PRIORITY = 40;
    private static final String KEYS_MENU = "quiz.menu.keys";

    private final Clock clock;

    public QuizFeature() {
        this(Clock.systemUTC());
    }

    /** With the clock answers are dated by, for tests. */
    QuizFeature(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        ExplorerState state = context.state();
        QuestionSets sets = new QuestionSets(context.atlas(), context.index());
        if (context.atlas().questions().isEmpty() && sets.generatedPool().isEmpty()) {
            return Subscription.EMPTY;
        }
        QuizRun run = new QuizRun(context.atlas(), state, sets, context.host().remembered(), clock);
        QuizPanel panel = new QuizPanel(run, context.atlas(), state, context.texts(), context.windows()::showDocument);
        BooleanBinding open = Bindings.createBooleanBinding(run::isOpen, run.openProperty());
        KeyScope scope = new KeyScope("quiz", SCOPE_PRIORITY, open);
        BooleanBinding asking = Bindings.createBooleanBinding(() -> run.isOpen()
                && run.phase() == QuizRun.Phase.ASKING, run.openProperty(), run.phaseProperty(), run.revisionProperty());
        BooleanBinding choosing = Bindings.createBooleanBinding(() -> run.asking(QuestionKind.CHOICE),
                run.openProperty(), run.revisionProperty());
        BooleanBinding moving = Bindings.createBooleanBinding(() -> run.isOpen() && (run.phase() == QuizRun.Phase.CHOOSING
                        || run.asking(QuestionKind.CHOICE) || run.asking(QuestionKind.ORDER)),
                run.openProperty(), run.revisionProperty());
        BooleanBinding dating = Bindings.createBooleanBinding(() -> run.asking(QuestionKind.DATE),
                run.openProperty(), run.revisionProperty());
        BooleanBinding ordering = Bindings.createBooleanBinding(() -> run.asking(QuestionKind.ORDER),
                run.openProperty(), run.revisionProperty());

        List<Command> commands = new ArrayList<>(List.of(
                Command.of("quiz.open", "quiz.menu", () -> {
                    if (run.isOpen()) {
                        run.close();
                    } else {
                        run.openChooser();
                    }
                }).keys(new KeyCodeCombination(KeyCode.Q)).selected(open).menu(MenuPlace.of(Menus.HELP, 0, 20)),
                Command.of("quiz.confirm", "quiz.keys.confirm", panel::confirm)
                        .keys(new KeyCodeCombination(KeyCode.ENTER)).scope(scope).enabledWhen(open)
                        .menu(MenuPlace.inSubmenu(Menus.HELP, KEYS_MENU, 0, 21)),
                Command.of("quiz.previous", "quiz.keys.up", () -> panel.move(-1))
                        .keys(new KeyCodeCombination(KeyCode.UP)).scope(scope).enabledWhen(moving)
                        .menu(MenuPlace.inSubmenu(Menus.HELP, KEYS_MENU, 0, 22)),
                Command.of("quiz.following", "quiz.keys.down", () -> panel.move(1))
                        .keys(new KeyCodeCombination(KeyCode.DOWN)).scope(scope).enabledWhen(moving)
                        .menu(MenuPlace.inSubmenu(Menus.HELP, KEYS_MENU, 0, 23)),
                Command.of("quiz.rowUp", "quiz.keys.rowUp", () -> panel.moveRow(-1))
                        .keys(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN)).scope(scope)
                        .enabledWhen(ordering).menu(MenuPlace.inSubmenu(Menus.HELP, KEYS_MENU, 0, 24)),
                Command.of("quiz.rowDown", "quiz.keys.rowDown", () -> panel.moveRow(1))
                        .keys(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN)).scope(scope)
                        .enabledWhen(ordering).menu(MenuPlace.inSubmenu(Menus.HELP, KEYS_MENU, 0, 25)),
                timeKey(context, "quiz.earlier", "quiz.keys.earlier", KeyCode.LEFT, scope, dating, 26),
                timeKey(context, "quiz.later", "quiz.keys.later", KeyCode.RIGHT, scope, dating, 27),
                Command.of("quiz.skip", "quiz.skip", run::next).scope(scope).enabledWhen(asking)
                        .menu(MenuPlace.inSubmenu(Menus.HELP, KEYS_MENU, 1, 0)),
                Command.of("quiz.close", "quiz.close", run::close)
                        .keys(new KeyCodeCombination(KeyCode.ESCAPE)).scope(scope).enabledWhen(open)
                        .menu(MenuPlace.inSubmenu(Menus.HELP, KEYS_MENU, 1, 1))));
        for (int number = 1; number <= 5; number++) {
            int index = number - 1;
            commands.add(Command.of("quiz.choose" + number, "quiz.keys.choose" + number, () -> panel.choose(index))
                    .keys(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(number))),
                            new KeyCodeCombination(KeyCode.valueOf("NUMPAD" + number)))
                    .scope(scope).enabledWhen(choosing)
                    .menu(MenuPlace.inSubmenu(Menus.HELP, KEYS_MENU, 0, 30 + number)));
        }
        Subscription tourCommands = tourCommands(context, run, sets, commands);

        // a click on the map answers a territory question: the map selects what was clicked
        Subscription clicks = state.selectedTerritoryProperty().subscribe((was, clicked) -> {
            if (clicked != null && run.asking(QuestionKind.TERRITORY) && context.atlas().territory(clicked)
                    .filter(t -> t.kind() == org.timeatlas.atlas.TerritoryKind.TERRITORY).isPresent()) {
                run.answer(new Response.Territory(clicked));
            }
        });
        return context.commands().add(commands.toArray(Command[]::new))
                .and(tourCommands)
                .and(slots.sidePanel("quiz", panel, -10, open))
                .and(clicks)
                .and(panel::dispose)
                .and(run::close);
    }

    /**
     * ← / → while a date question is asked: what they do outside any mode (a day, or a step in day-by-day mode),
     * even while a tour, whose keys they are otherwise, runs under the quiz.
     */
    private static Command timeKey(ExplorerContext context, String id, String textKey, KeyCode arrow, KeyScope scope,
                                   BooleanBinding dating, int order) {
        KeyCodeCombination key = new KeyCodeCombination(arrow);
        return Command.of(id, textKey, () -> context.commands().commands().stream()
                        .filter(c -> c.keyScope() != null && "window".equals(c.keyScope().id())
                                && c.keyCombinations().contains(key))
                        .findFirst().ifPresent(Command::execute))
                .keys(key).scope(scope).enabledWhen(dating).menu(MenuPlace.inSubmenu(Menus.HELP, KEYS_MENU, 0, order));
    }

    /**
     * Go → "Question on this step" while the tour step shown has a question, and Go → "Questions on this tour"
     * for the tour running or, after it ended, the last one run (so its end can lead to its questions).
     */
    private static Subscription tourCommands(ExplorerContext context, QuizRun run, QuestionSets sets,
                                             List<Command> commands) {
        TourPlayback tours = context.tours();
        SimpleObjectProperty<Tour> lastTour = new SimpleObjectProperty<>();
        Subscription following = tours.positionProperty().subscribe(position -> {
            if (position != null) {
                lastTour.set(position.tour());
            }
        });
        BooleanBinding stepHasQuestion = Bindings.createBooleanBinding(() -> stepQuestion(context).isPresent(),
                tours.positionProperty());
        BooleanBinding tourHasQuestions = Bindings.createBooleanBinding(() -> lastTour.get() != null
                && sets.tourSet(lastTour.get()).isPresent(), lastTour);
        commands.add(Command.of("quiz.tourStep", "quiz.menu.tourStep", () -> stepQuestion(context).ifPresent(question ->
                        run.start(new QuestionSet(QuestionSet.Kind.TOUR, tours.position().orElseThrow().tour().id(),
                                tours.position().orElseThrow().tour().title(), List.of(question)))))
                .enabledWhen(stepHasQuestion).menu(MenuPlace.of(Menus.GO, 8, 0)));
        commands.add(Command.of("quiz.tour", "quiz.menu.tour", () -> Optional.ofNullable(lastTour.get())
                        .flatMap(sets::tourSet).ifPresent(run::start))
                .enabledWhen(tourHasQuestions).menu(MenuPlace.of(Menus.GO, 8, 1)));
        return following;
    }

    private static Optional<Question> stepQuestion(ExplorerContext context) {
        return context.tours().position().map(TourPlayback.Position::current).flatMap(TourStep::question)
                .flatMap(context.atlas()::question);
    }
}
