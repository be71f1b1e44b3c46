package org.timeatlas.ui.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Tour;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.RootFont;
import org.timeatlas.ui.TourPlayback;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.KeyScope;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.MenuPlace.Menus;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.MapPictures;
import org.timeatlas.ui.feature.Slots;
import org.timeatlas.ui.feature.Windows;
import org.timeatlas.ui.presentation.Presentation.Blank;
import org.timeatlas.ui.presentation.Presentation.Pointer;

/**
 * Presentation mode, for a teacher with a projector and a clicker, with PowerPoint's keys: F5 presents the chosen
 * tour from its first step (or the explorer from its moment), Shift+F5 from the current step, Alt+F5 with the
 * presenter view in a window, Esc ends. While presenting, the window is full screen in large type with no
 * menus, toolbar or side column; a caption band under the map gives the step's caption and date, the timeline is
 * a slim strip, and nothing after the present is shown (no spoilers, a toggle). The clicker's keys step through
 * the tour; B/. and W/, blank the screen black or white until any key; a number then Enter jumps to that step;
 * Ctrl+L, Ctrl+P and Ctrl+A make the pointer a laser dot, a pen (E erases the step's ink) or the arrow again.
 * With a second screen the presenter view opens on the other screen, and which screen the class sees is
 * remembered.
 */
public final class PresentationFeature implements ExplorerFeature {

    static final String STYLE_SHEET = "/org/timeatlas/ui/presentation.css";
    /** The settings section that remembers which screen the class sees. */
    static final String SETTINGS_KEY = "presentation";
    /**
     * The root font while presenting at 1920×1080 and 100 % is this many times the normal one: the map's smallest
     * names (0.846 em) come to 22 px, captions (1.4 em) to 36 px and the date (2 em) to 52 px.
     */
    static final double LARGE_TYPE = 2;
    static final double REFERENCE_WIDTH = 1920;
    static final double REFERENCE_HEIGHT = 1080;
    /** The timeline's font as a share of the presentation's root font: a slim strip, still legible. */
    static final double TIMELINE_SHARE = 0.55;

    /** Scope of the keys that apply while presenting: above a tour's (the tour player) and full screen's Esc. */
    static final int PRESENTING_PRIORITY = 40;
    /** Scope of "any key" on a blank screen: above everything else. */
    static final int BLANK_PRIORITY = 50;

    private final ReadOnlyDoubleProperty scale;

    /** @param scale the interface scale's factor (1 at 100 %), which the presentation's large type multiplies */
    public PresentationFeature(ReadOnlyDoubleProperty scale) {
        this.scale = scale;
    }

    /** The root font size while presenting in a window {@code width}×{@code height} px at interface scale {@code factor}. */
    static double rootFontSize(double width, double height, double factor) {
        double fit = Math.min(width / REFERENCE_WIDTH, height / REFERENCE_HEIGHT);
        if (!(fit > 0)) {
            fit = 1;
        }
        return RootFont.SIZE_AT_100 * factor * Math.max(1, LARGE_TYPE * fit);
    }

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        return new Installed(context, slots, scale).subscription();
    }

    /** The feature as installed for one atlas: its views, commands and listeners. */
    private static final class Installed {

        private final ExplorerContext context;
        private final Slots slots;
        private final ExplorerState state;
        private final TourPlayback tours;
        private final Presentation presentation;
        private final Windows windows;
        private final DoubleBinding rootFont;
        private final CaptionBand band = new CaptionBand();
        private final BlankScreen blank;
        private final PointerLayer pointer;
        private final InkLayer ink;
        private final Windows.ToolWindowHandle presenterWindow;
        private PresenterView presenterView;
        private final NextPicture nextPicture;
        private KeyCode lastKey;
        private Subscription shown = Subscription.EMPTY;
        private boolean enteredFullScreen;
        /** Where the window was before presenting moved it to the class's screen, or null. */
        private double[] returnTo;
        private final List<Subscription> owned = new ArrayList<>();

        Installed(ExplorerContext context, Slots slots, ReadOnlyDoubleProperty scale) {
            this.context = context;
            this.slots = slots;
            this.state = context.state();
            this.tours = context.tours();
            this.windows = context.windows();
            this.presentation = new Presentation(state, tours, System::currentTimeMillis);
            Window main = windows.main();
            rootFont = Bindings.createDoubleBinding(() -> rootFontSize(main.getWidth(), main.getHeight(), scale.get()),
                    main.widthProperty(), main.heightProperty(), scale);
            blank = new BlankScreen(presentation.blankProperty());
            StringBinding page = Bindings.createStringBinding(() -> tours.position()
                            .map(at -> at.tour().id() + "#" + at.step()).orElse(state.moment().toString()),
                    tours.positionProperty(), state.momentProperty());
            nextPicture = new NextPicture(context.mapPictures(), state);
            ink = new InkLayer(page, rootFont::get);
            pointer = new PointerLayer(presentation.pointerProperty(), ink, rootFont::get);
            presenterWindow = windows.toolWindow("presenter", context.texts().text("presenter.title"), this::newPresenterView);
            EventHandler<KeyEvent> keys = event -> lastKey = event.getCode();
            main.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            owned.add(() -> main.removeEventFilter(KeyEvent.KEY_PRESSED, keys));
            owned.add(context.commands().add(commands().toArray(Command[]::new)));
            owned.add(presentation.presentingProperty().subscribe((was, now) -> {
                if (now) {
                    enter();
                } else {
                    leave();
                }
            }));
            ListChangeListener<Event> currentChanged = change -> refresh();
            context.currentEvents().events().addListener(currentChanged);
            owned.add(() -> context.currentEvents().events().removeListener(currentChanged));
            owned.add(tours.positionProperty().subscribe(at -> refresh())
                    .and(state.momentProperty().subscribe(moment -> refresh()))
                    .and(state.languageProperty().subscribe(language -> refresh()))
                    .and(state.selectedEventProperty().subscribe(id -> refresh()))
                    .and(presentation.typedProperty().subscribe(typed -> refresh())));
        }

        Subscription subscription() {
            return () -> {
                presentation.dispose();
                shown.unsubscribe();
                nextPicture.stop();
                presenterWindow.close();
                owned.forEach(Subscription::unsubscribe);
                blank.dispose();
                pointer.dispose();
                ink.dispose();
            };
        }

        private List<Command> commands() {
            BooleanBinding presenting = Bindings.createBooleanBinding(presentation::isPresenting,
                    presentation.presentingProperty());
            BooleanBinding tourShown = Bindings.createBooleanBinding(() -> presentation.tourShownProperty().get(),
                    presentation.tourShownProperty());
            BooleanBinding typing = Bindings.createBooleanBinding(() -> !presentation.typedProperty().get().isEmpty(),
                    presentation.typedProperty());
            BooleanBinding blanked = Bindings.createBooleanBinding(() -> presentation.blankProperty().get() != Blank.NONE,
                    presentation.blankProperty());
            KeyScope scope = new KeyScope("presentation", PRESENTING_PRIORITY, presenting);
            KeyScope blankScope = new KeyScope("blank-screen", BLANK_PRIORITY, blanked);
            List<Command> commands = new ArrayList<>(List.of(
                    Command.of("presentation.start", "presentation.start", () -> start(false, false))
                            .keys(key(KeyCode.F5)).menu(view(0)),
                    Command.of("presentation.startHere", "presentation.startHere", () -> start(true, false))
                            .keys(key(KeyCode.F5, KeyCombination.SHIFT_DOWN)).menu(view(1)),
                    Command.of("presentation.presenterView", "presentation.presenterView", () -> start(true, true))
                            .keys(key(KeyCode.F5, KeyCombination.ALT_DOWN)).menu(view(2)),
                    Command.of("presentation.noSpoilers", "presentation.noSpoilers", presentation::toggleNoSpoilers)
                            .selected(presentation.noSpoilersProperty()).menu(view(3)),
                    Command.of("presentation.end", "presentation.end", presentation::escape)
                            .keys(key(KeyCode.ESCAPE)).scope(scope).enabledWhen(presenting).menu(view(4)),
                    Command.of("presentation.swapScreens", "presentation.swapScreens", this::swapScreens)
                            .enabledWhen(Bindings.createBooleanBinding(() -> Screen.getScreens().size() > 1,
                                    Screen.getScreens()))
                            .menu(view(5)),
                    Command.of("presentation.nextStep", "presentation.nextStep", tours::next)
                            .keys(key(KeyCode.PAGE_DOWN), key(KeyCode.RIGHT), key(KeyCode.DOWN), key(KeyCode.SPACE),
                                    key(KeyCode.N))
                            .scope(scope).enabledWhen(tourShown).menu(go(0)),
                    Command.of("presentation.previousStep", "presentation.previousStep", tours::previous)
                            .keys(key(KeyCode.PAGE_UP), key(KeyCode.LEFT), key(KeyCode.UP), key(KeyCode.BACK_SPACE),
                                    key(KeyCode.P))
                            .scope(scope).enabledWhen(tourShown).menu(go(1)),
                    Command.of("presentation.firstStep", "presentation.firstStep", () -> tours.goTo(0))
                            .keys(key(KeyCode.HOME)).scope(scope).enabledWhen(tourShown).menu(go(4)),
                    Command.of("presentation.lastStep", "presentation.lastStep",
                                    () -> tours.position().ifPresent(at -> tours.goTo(at.count() - 1)))
                            .keys(key(KeyCode.END)).scope(scope).enabledWhen(tourShown).menu(go(5)),
                    Command.of("presentation.typeStep", "presentation.typeStep", this::typeDigit)
                            .keys(new DigitKey()).scope(scope).enabledWhen(tourShown).menu(go(2)),
                    Command.of("presentation.goToTyped", "presentation.goToTyped", presentation::goToTyped)
                            .keys(key(KeyCode.ENTER)).scope(scope).enabledWhen(typing).menu(go(3)),
                    Command.of("presentation.black", "presentation.black", () -> presentation.toggleBlank(Blank.BLACK))
                            .keys(key(KeyCode.B), key(KeyCode.PERIOD)).scope(scope).enabledWhen(presenting).menu(view(10)),
                    Command.of("presentation.white", "presentation.white", () -> presentation.toggleBlank(Blank.WHITE))
                            .keys(key(KeyCode.W), key(KeyCode.COMMA)).scope(scope).enabledWhen(presenting).menu(view(11)),
                    Command.of("presentation.unblank", "presentation.unblank", presentation::unblank)
                            .keys(new AnyKey(() -> context.texts().get("presentation.anyKey")))
                            .scope(blankScope).enabledWhen(blanked).menu(view(12)),
                    Command.of("presentation.laser", "presentation.laser", () -> presentation.setPointer(Pointer.LASER))
                            .keys(key(KeyCode.L, KeyCombination.SHORTCUT_DOWN)).scope(scope).enabledWhen(presenting)
                            .menu(view(20)),
                    Command.of("presentation.pen", "presentation.pen", () -> presentation.setPointer(Pointer.PEN))
                            .keys(key(KeyCode.P, KeyCombination.SHORTCUT_DOWN)).scope(scope).enabledWhen(presenting)
                            .menu(view(21)),
                    Command.of("presentation.arrow", "presentation.arrow", () -> presentation.setPointer(Pointer.ARROW))
                            .keys(key(KeyCode.A, KeyCombination.SHORTCUT_DOWN)).scope(scope).enabledWhen(presenting)
                            .menu(view(22)),
                    Command.of("presentation.erase", "presentation.erase", ink::erase)
                            .keys(key(KeyCode.E)).scope(scope).enabledWhen(presenting).menu(view(23))));
            commands.add(Command.of("presentation.tour.none", "presentation.noTour", () -> presentation.choose(null))
                    .radio("presentation.tour", presentation.chosenTourProperty().isNull())
                    .menu(MenuPlace.inSubmenu(Menus.VIEW, "presentation.tours", 5, 29)));
            int order = 30;
            for (Tour tour : tours.tours()) {
                commands.add(Command.labelled("presentation.tour." + tour.id(),
                                state.languageProperty().map(language -> tour.title().get(language)),
                                () -> presentation.choose(tour))
                        .radio("presentation.tour", Bindings.createBooleanBinding(
                                () -> presentation.chosenTourProperty().get() == tour, presentation.chosenTourProperty()))
                        .menu(MenuPlace.inSubmenu(Menus.VIEW, "presentation.tours", 5, order++)));
            }
            return commands;
        }

        /**
         * Presents; with the presenter view, or with a second screen, opens it too. On one screen the presenter view
         * is opened first, so that the presentation stays in its window beside it instead of covering it.
         */
        private void start(boolean fromCurrentStep, boolean withPresenterView) {
            boolean twoScreens = Screen.getScreens().size() > 1;
            if (withPresenterView && !twoScreens && !presentation.isPresenting()) {
                presenterWindow.show();
            }
            presentation.start(fromCurrentStep);
            if (withPresenterView || twoScreens) {
                showPresenterView();
            }
        }

        private void typeDigit() {
            KeyCode key = lastKey;
            if (key != null && key.isDigitKey()) {
                String name = key.getName();
                presentation.type(Character.getNumericValue(name.charAt(name.length() - 1)));
            }
        }

        /** Lays the window out for presenting: full screen on the class's screen when there is one to spare. */
        private void enter() {
            Optional<Rectangle2D> audience = audienceScreen();
            boolean inAWindow = audience.isEmpty() && presenterWindow.isShowing();
            if (audience.isPresent()) {
                Window main = windows.main();
                returnTo = new double[] {main.getX(), main.getY()};
                main.setX(audience.get().getMinX() + 40);
                main.setY(audience.get().getMinY() + 40);
            }
            enteredFullScreen = false;
            if (!inAWindow && !windows.fullScreenProperty().get()) {
                windows.toggleFullScreen();
                enteredFullScreen = true;
            }
            Window main = windows.main();
            // the map shrank to make room for the band, and grows with full screen: the step's view is fitted again
            Subscription refit = main.widthProperty().subscribe(width -> refitLater())
                    .and(main.heightProperty().subscribe(height -> refitLater()));
            shown = slots.presentation(band, rootFont, TIMELINE_SHARE)
                    .and(slots.mapLayer(ink))
                    .and(slots.overlay(pointer))
                    .and(slots.overlay(blank))
                    .and(refit);
            refresh();
            refitLater();
        }

        /** Asks for the current step's view again once the window has been laid out anew. */
        private void refitLater() {
            javafx.application.Platform.runLater(() -> tours.position().ifPresent(at ->
                    state.requestView(org.timeatlas.ui.ViewRequest.box(at.current().view().bounds()))));
        }

        private void leave() {
            shown.unsubscribe();
            shown = Subscription.EMPTY;
            if (enteredFullScreen && windows.fullScreenProperty().get()) {
                windows.toggleFullScreen();
            }
            enteredFullScreen = false;
            if (returnTo != null) {
                // back on the presenter's screen: on a projector smaller than the window its side would be cut off
                windows.main().setX(returnTo[0]);
                windows.main().setY(returnTo[1]);
                returnTo = null;
            }
            presenterWindow.close();
            presenterView = null;
            nextPicture.stop();
        }

        /** The screen the class sees, when there are two or more: see {@link ScreenChoice}. */
        private Optional<Rectangle2D> audienceScreen() {
            List<Rectangle2D> screens = screenBounds();
            ScreenChoice choice = ScreenChoice.choose(screens, primaryScreen(), rememberedAudience());
            return choice.twoScreens() ? Optional.of(screens.get(choice.audience())) : Optional.empty();
        }

        /** Shows the presentation on the next screen and remembers that choice. */
        private void swapScreens() {
            List<Rectangle2D> screens = screenBounds();
            if (screens.size() < 2) {
                return;
            }
            ScreenChoice next = ScreenChoice.swapped(screens, primaryScreen(), rememberedAudience());
            context.host().remembered().remember(SETTINGS_KEY, PresentationSettings.of(screens.get(next.audience())));
            if (presentation.isPresenting()) {
                boolean withView = presenterWindow.isShowing();
                presentation.end();
                start(true, withView);
            }
        }

        private Rectangle2D rememberedAudience() {
            return context.host().remembered().section(SETTINGS_KEY, PresentationSettings.class)
                    .map(PresentationSettings::audience).orElse(null);
        }

        private static List<Rectangle2D> screenBounds() {
            return Screen.getScreens().stream().map(Screen::getBounds).toList();
        }

        private static int primaryScreen() {
            return Math.max(0, Screen.getScreens().indexOf(Screen.getPrimary()));
        }

        private void showPresenterView() {
            presenterWindow.show();
            if (presenterView != null) {
                // nothing in it takes the focus (labels; a scroll pane out of the tab order): with no focus owner
                // its window sends the clicker's key presses to the scene, past the view's key filter
                presenterView.requestFocus();
            }
            audienceScreen().ifPresent(presenterWindow::moveAwayFrom);
            refresh();
        }

        private Parent newPresenterView() {
            presenterView = new PresenterView(presentation::elapsed);
            // the clicker may be pressed while the presenter's window has the focus: its keys drive the presentation
            presenterView.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                lastKey = event.getCode();
                context.commands().commandFor(event, false).ifPresent(command -> {
                    command.execute();
                    event.consume();
                });
            });
            refresh();
            return presenterView;
        }

        /** Puts what the band and the presenter view say in step with the tour, the moment and the language. */
        private void refresh() {
            if (!presentation.isPresenting()) {
                return;
            }
            Messages messages = context.texts().current();
            Optional<TourPlayback.Position> at = tours.position();
            String typed = presentation.typedProperty().get();
            if (at.isPresent()) {
                String step = messages.get("presentation.stepOf", at.get().step() + 1, at.get().count());
                band.show(Caption.ofStep(at.get().current(), messages),
                        typed.isEmpty() ? step : step + " · " + messages.get("presentation.typed", typed));
            } else {
                band.show(Caption.ofMoment(state.moment(), context.currentEvents().events(),
                        state.selectedEventProperty().get(), messages), "");
            }
            if (presenterView != null && presenterWindow.isShowing()) {
                refreshPresenterView(messages, at);
            }
        }

        private void refreshPresenterView(Messages messages, Optional<TourPlayback.Position> at) {
            if (at.isPresent()) {
                presenterView.showStep(at.get(), context.atlas(), messages);
                nextPicture.ask(presenterView, at.get().next().map(step -> new MapPictures.Shot(step.moment(),
                        ViewRequest.box(step.view().bounds()), step.highlight(), PresenterView.PICTURE_WIDTH,
                        PresenterView.PICTURE_HEIGHT)).orElse(null));
                return;
            }
            List<Event> current = context.currentEvents().events();
            Caption now = Caption.ofMoment(state.moment(), current, state.selectedEventProperty().get(), messages);
            Optional<Event> next = context.index().events().stream()
                    .filter(event -> event.importance() >= 2 && event.start().isAfter(state.moment()))
                    .findFirst();
            Caption coming = next.map(event -> new Caption(event.title().get(messages.language()),
                            messages.moment(event.start(), event.startHasTime())))
                    .orElse(null);
            ViewRequest view = state.shownViewProperty().get();
            nextPicture.ask(presenterView, next.filter(event -> view != null)
                    .map(event -> new MapPictures.Shot(event.start(), view, null, PresenterView.PICTURE_WIDTH,
                            PresenterView.PICTURE_HEIGHT)).orElse(null));
            String summary = Caption.shownEvent(current, state.selectedEventProperty().get())
                    .map(event -> event.summary().get(messages.language())).orElse("");
            presenterView.showMoment(now, coming, summary, messages);
        }

        private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
            return new KeyCodeCombination(code, modifiers);
        }

        private static MenuPlace view(int order) {
            return MenuPlace.inSubmenu(Menus.VIEW, "presentation.menu", 5, order);
        }

        private static MenuPlace go(int order) {
            return MenuPlace.inSubmenu(Menus.GO, "presentation.menu", 5, order);
        }
    }
}
