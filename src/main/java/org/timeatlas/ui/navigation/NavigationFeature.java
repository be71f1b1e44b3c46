package org.timeatlas.ui.navigation;

import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.NarrowWindow;
import org.timeatlas.ui.PlaybackSpeed;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.MenuPlace.Menus;
import org.timeatlas.ui.command.ToolbarPlace;
import org.timeatlas.ui.command.ToolbarPlace.Group;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;

/**
 * Moving through time: steps of a day, a month and a year, the next and previous event, the two ends, and
 * playback with its speed (the Go menu and the toolbar's left part), and the current moment in large type.
 */
public final class NavigationFeature implements ExplorerFeature {

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        ExplorerState state = context.state();
        Navigator navigator = new Navigator(state, context.index(), context.dayByDay());
        Player player = new Player(state, context.axis(), context.dayByDay());
        Subscription commands = context.commands().add(
                Command.of("go.start", "keys.start", navigator::toStart).keys(key(KeyCode.HOME))
                        .menu(go(3, 0)).toolbar(nav(0)).icon("mdi2s-skip-previous"),
                Command.of("go.previousImportantEvent", "keys.previousImportantEvent", navigator::previousImportantEvent)
                        .keys(key(KeyCode.PAGE_UP))
                        .menu(go(2, 0)).toolbar(nav(10)).icon("mdi2s-step-backward"),
                Command.of("go.previousEvent", "keys.previousEvent", navigator::previousEvent)
                        .keys(key(KeyCode.P)).menu(go(2, 2)),
                Command.of("go.dayBack", "keys.dayBack", () -> navigator.step(-1)).keys(key(KeyCode.LEFT))
                        .menu(go(0, 0)).toolbar(nav(20)).icon("mdi2c-chevron-left"),
                Command.of("go.play", "keys.play", state::togglePlaying).keys(key(KeyCode.SPACE))
                        .selected(state.playingProperty())
                        .menu(go(4, 0)).toolbar(nav(30)).icon("mdi2p-play"),
                Command.of("go.dayForward", "keys.dayForward", () -> navigator.step(1)).keys(key(KeyCode.RIGHT))
                        .menu(go(0, 1)).toolbar(nav(40)).icon("mdi2c-chevron-right"),
                Command.of("go.nextImportantEvent", "keys.nextImportantEvent", navigator::nextImportantEvent)
                        .keys(key(KeyCode.PAGE_DOWN))
                        .menu(go(2, 1)).toolbar(nav(50)).icon("mdi2s-step-forward"),
                Command.of("go.nextEvent", "keys.nextEvent", navigator::nextEvent)
                        .keys(key(KeyCode.N)).menu(go(2, 3)),
                Command.of("go.end", "keys.end", navigator::toEnd).keys(key(KeyCode.END))
                        .menu(go(3, 1)).toolbar(nav(60)).icon("mdi2s-skip-next"),
                Command.of("go.monthBack", "keys.monthBack", () -> navigator.months(-1))
                        .keys(key(KeyCode.LEFT, KeyCombination.SHIFT_DOWN)).menu(go(1, 0)),
                Command.of("go.monthForward", "keys.monthForward", () -> navigator.months(1))
                        .keys(key(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN)).menu(go(1, 1)),
                Command.of("go.yearBack", "keys.yearBack", () -> navigator.years(-1))
                        .keys(key(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN)).menu(go(1, 2)),
                Command.of("go.yearForward", "keys.yearForward", () -> navigator.years(1))
                        .keys(key(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN)).menu(go(1, 3)),
                Command.of("go.faster", "keys.faster", () -> state.setSpeed(state.speedProperty().get().faster()))
                        .keys(key(KeyCode.CLOSE_BRACKET)).menu(go(4, 1)),
                Command.of("go.slower", "keys.slower", () -> state.setSpeed(state.speedProperty().get().slower()))
                        .keys(key(KeyCode.OPEN_BRACKET)).menu(go(4, 2)));
        ComboBox<PlaybackSpeed> speed = speedChooser(state, context.texts());
        speed.getStyleClass().add("toolbar-compact");
        Label moment = momentLabel(state, context.texts());
        Node momentInToolbar = compactInNarrowWindow(moment, context.windows().main());
        return commands
                .and(state.speedProperty().subscribe((old, chosen) -> speed.setValue(chosen)))
                .and(state.languageProperty().subscribe((old, language) -> speed.setButtonCell(new SpeedCell(context.texts()))))
                .and(slots.toolbar(speed, ToolbarPlace.of(Group.MODES, 10)))
                .and(slots.toolbar(momentInToolbar, ToolbarPlace.of(Group.MOMENT, 0)))
                .and(() -> moment.textProperty().unbind())
                .and(player::dispose)
                .and(navigator::dispose)
                .and(() -> state.setPlaying(false));
    }

    private static Label momentLabel(ExplorerState state, Texts texts) {
        Label moment = new Label();
        moment.setId("current-moment");
        moment.getStyleClass().add("current-moment");
        moment.textProperty().bind(texts.computed(m -> m.moment(state.moment(),
                state.moment().getHour() != 0 || state.moment().getMinute() != 0), state.momentProperty()));
        // As wide as the longest moment in the language shown, whatever the moment: the toolbar keeps its layout
        // while the moment changes, and no month's name is cut off.
        moment.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text();
            probe.setFont(moment.getFont());
            double widest = 0;
            for (java.time.Month month : java.time.Month.values()) {
                probe.setText(texts.current().moment(java.time.LocalDateTime.of(2008, month, 28, 18, 0), true));
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            return Math.ceil(widest) + moment.getPadding().getLeft() + moment.getPadding().getRight() + 1;
        }, moment.fontProperty(), moment.paddingProperty(), texts.languageProperty()));
        return moment;
    }

    /**
     * In a narrow window the moment is in smaller type (its {@code :narrow} pseudo-class), so that September's
     * moments fit beside the toolbar's other parts at 1024 px. The window's width is judged against the interface
     * scale of an unstyled label beside it, which inherits the root font as the moment's own large font does not.
     */
    private static Node compactInNarrowWindow(Label moment, javafx.stage.Window window) {
        Label rootFont = new Label();
        rootFont.setManaged(false);
        rootFont.setVisible(false);
        StackPane holder = new StackPane(moment, rootFont);
        javafx.css.PseudoClass narrow = javafx.css.PseudoClass.getPseudoClass("narrow");
        BooleanBinding compact = NarrowWindow.below(window, rootFont.fontProperty(), NarrowWindow.TOOLBAR_COMPACT_BELOW_PX);
        compact.subscribe(on -> moment.pseudoClassStateChanged(narrow, on));
        holder.getProperties().put(NarrowWindow.class, compact); // held as long as the moment is shown
        return holder;
    }

    private static ComboBox<PlaybackSpeed> speedChooser(ExplorerState state, Texts texts) {
        ComboBox<PlaybackSpeed> speed = new ComboBox<>(FXCollections.observableArrayList(PlaybackSpeed.values()));
        speed.setId("speed-chooser");
        speed.getSelectionModel().select(state.speedProperty().get());
        speed.valueProperty().addListener((obs, old, chosen) -> { // the chooser's own property: goes with it
            if (chosen != null) {
                state.setSpeed(chosen);
            }
        });
        speed.setButtonCell(new SpeedCell(texts));
        speed.setCellFactory(list -> new SpeedCell(texts));
        return speed;
    }

    private static final class SpeedCell extends ListCell<PlaybackSpeed> {
        private final Texts texts;

        SpeedCell(Texts texts) {
            this.texts = texts;
        }

        @Override
        protected void updateItem(PlaybackSpeed speed, boolean empty) {
            super.updateItem(speed, empty);
            setText(empty || speed == null ? null
                    : texts.get("speed." + speed.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private static MenuPlace go(int section, int order) {
        return MenuPlace.of(Menus.GO, section, order);
    }

    private static ToolbarPlace nav(int order) {
        return ToolbarPlace.of(Group.NAVIGATION, order);
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
