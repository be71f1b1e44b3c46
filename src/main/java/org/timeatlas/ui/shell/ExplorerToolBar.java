package org.timeatlas.ui.shell;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.FocusMode;
import org.timeatlas.ui.PlaybackSpeed;
import org.timeatlas.ui.Texts;

/** The bar above the map: stepping and playback, the current moment in large type, speed and language. */
public final class ExplorerToolBar extends HBox {

    public ExplorerToolBar(ExplorerState state, Texts texts, Navigator navigator, FocusMode focus,
                           ShellActions actions) {
        super(4);
        getStyleClass().add("explorer-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        Button play = Controls.iconButton("mdi2p-play", texts.computed(m -> m.get(state.playingProperty().get()
                ? "toolbar.pause" : "toolbar.play"), state.playingProperty()), state::togglePlaying, "play-button");
        state.playingProperty().addListener((obs, was, playing) ->
                ((FontIcon) play.getGraphic()).setIconLiteral(playing ? "mdi2p-pause" : "mdi2p-play"));
        Label moment = new Label();
        moment.setId("current-moment");
        moment.getStyleClass().add("current-moment");
        moment.textProperty().bind(texts.computed(m -> m.moment(state.moment(),
                state.moment().getHour() != 0 || state.moment().getMinute() != 0), state.momentProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(
                Controls.iconButton("mdi2s-skip-previous", texts.text("toolbar.start"), navigator::toStart, "start-button"),
                Controls.iconButton("mdi2s-step-backward", texts.text("toolbar.previousEvent"), navigator::previousEvent,
                        "previous-event-button"),
                Controls.iconButton("mdi2c-chevron-left", texts.text("toolbar.dayBack"), () -> navigator.step(-1),
                        "day-back-button"),
                play,
                Controls.iconButton("mdi2c-chevron-right", texts.text("toolbar.dayForward"), () -> navigator.step(1),
                        "day-forward-button"),
                Controls.iconButton("mdi2s-step-forward", texts.text("toolbar.nextEvent"), navigator::nextEvent,
                        "next-event-button"),
                Controls.iconButton("mdi2s-skip-next", texts.text("toolbar.end"), navigator::toEnd, "end-button"),
                speedChooser(state, texts),
                focusToggle(state, texts, focus),
                moment,
                spacer,
                Controls.iconButton("mdi2f-fit-to-page-outline", texts.text("toolbar.fit"), actions.fitMap(), "fit-button"),
                languageChooser(state),
                Controls.iconButton("mdi2h-help-circle-outline", texts.text("toolbar.help"), actions.help(), "help-button"));
    }

    /** Focus mode on and off; absent when the atlas has no focus period. */
    private static Node focusToggle(ExplorerState state, Texts texts, FocusMode focus) {
        ToggleButton toggle = new ToggleButton();
        toggle.setId("focus-toggle");
        toggle.getStyleClass().addAll("toolbar-button", "focus-toggle");
        FontIcon icon = new FontIcon("mdi2c-calendar-search");
        icon.getStyleClass().add("toolbar-icon");
        toggle.setGraphic(icon);
        toggle.textProperty().bind(texts.text("toolbar.focus"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(texts.text("toolbar.focus.hint"));
        toggle.setTooltip(tip);
        toggle.setFocusTraversable(false);
        toggle.setSelected(state.isFocusMode());
        state.focusModeProperty().addListener((obs, was, on) -> toggle.setSelected(on));
        toggle.setOnAction(e -> {
            focus.toggle();
            toggle.setSelected(state.isFocusMode());
        });
        toggle.setVisible(!focus.periods().isEmpty());
        toggle.managedProperty().bind(toggle.visibleProperty());
        return toggle;
    }

    private static ComboBox<PlaybackSpeed> speedChooser(ExplorerState state, Texts texts) {
        ComboBox<PlaybackSpeed> speed = new ComboBox<>(FXCollections.observableArrayList(PlaybackSpeed.values()));
        speed.setId("speed-chooser");
        speed.setFocusTraversable(false);
        speed.getSelectionModel().select(state.speedProperty().get());
        speed.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                state.setSpeed(chosen);
            }
        });
        state.speedProperty().addListener((obs, old, chosen) -> speed.setValue(chosen));
        speed.setButtonCell(new SpeedCell(texts));
        speed.setCellFactory(list -> new SpeedCell(texts));
        state.languageProperty().addListener((obs, old, language) -> {
            speed.setButtonCell(new SpeedCell(texts));
        });
        return speed;
    }

    private static ComboBox<String> languageChooser(ExplorerState state) {
        ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList(Messages.LANGUAGES));
        language.setId("language-chooser");
        language.setFocusTraversable(false);
        language.setValue(state.language());
        language.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                state.setLanguage(chosen);
            }
        });
        state.languageProperty().addListener((obs, old, chosen) -> language.setValue(chosen));
        language.setButtonCell(new LanguageCell());
        language.setCellFactory(list -> new LanguageCell());
        return language;
    }

    /** Shows each language in its own script, so a reader finds theirs whatever the current language is. */
    private static final class LanguageCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? null : new Messages(code).get("language.name"));
        }
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
}
