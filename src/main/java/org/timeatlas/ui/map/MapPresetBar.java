package org.timeatlas.ui.map;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.atlas.MapPreset;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/** In day-by-day mode, a button for each of the period's map views (e.g. the theatres of a war). */
final class MapPresetBar extends FlowPane {

    private final ExplorerState state;
    private final Texts texts;
    private final Consumer<Bounds> fit;
    private FocusPeriod shown;
    private boolean hasViews;
    private boolean room = true;

    MapPresetBar(ExplorerState state, Texts texts, Consumer<Bounds> fit) {
        super(4, 4);
        this.state = state;
        this.texts = texts;
        this.fit = fit;
        getStyleClass().add("map-preset-bar");
        setVisible(false);
    }

    /** Shows the views of {@code period}, or hides the bar for null or a period without views. */
    void show(FocusPeriod period) {
        if (period == shown) {
            return;
        }
        shown = period;
        getChildren().clear();
        hasViews = period != null && !period.presets().isEmpty();
        if (!hasViews) {
            setVisible(false);
            return;
        }
        Label title = new Label();
        title.textProperty().bind(texts.text("dayByDay.views"));
        title.getStyleClass().add("map-preset-title");
        getChildren().add(title);
        for (MapPreset preset : period.presets()) {
            Button button = new Button();
            button.setId("map-preset-" + preset.id());
            button.getStyleClass().add("map-preset");
            button.textProperty().bind(Bindings.createStringBinding(() -> preset.name().get(state.language()),
                    state.languageProperty()));
            button.setFocusTraversable(false);
            button.setOnAction(e -> fit.accept(preset.bounds()));
            getChildren().add(button);
        }
        setVisible(room);
    }

    /**
     * Whether the map has room for the bar: where it would cover the legend (large scales, small windows) it is
     * left out; the same views are in the View menu.
     */
    /** True when the period shown has map views to offer (whether or not there is room for the bar). */
    boolean hasViews() {
        return hasViews;
    }

    void setRoom(boolean hasRoom) {
        room = hasRoom;
        setVisible(hasViews && room);
    }
}
