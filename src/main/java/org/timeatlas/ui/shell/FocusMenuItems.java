package org.timeatlas.ui.shell;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.MapPreset;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.FocusMode;
import org.timeatlas.ui.Texts;

/**
 * The View menu's part for focus periods: one checkable item per period (named by the atlas), the map views of
 * the period shown now, and whether air strikes are drawn.
 */
final class FocusMenuItems {

    private final Texts texts;
    private final ExplorerState state;
    private final FocusMode focus;
    private final Consumer<Bounds> fitMapTo;

    FocusMenuItems(Texts texts, ExplorerState state, FocusMode focus, Consumer<Bounds> fitMapTo) {
        this.texts = texts;
        this.state = state;
        this.focus = focus;
        this.fitMapTo = fitMapTo;
    }

    void addTo(Menu view) {
        view.getItems().add(new SeparatorMenuItem());
        for (FocusPeriod period : focus.periods()) {
            CheckMenuItem item = new CheckMenuItem();
            item.setId("focus-menu-" + period.id());
            item.textProperty().bind(localized(period.name()));
            Runnable sync = () -> item.setSelected(focus.current().filter(period::equals).isPresent());
            state.focusModeProperty().addListener((obs, was, on) -> sync.run());
            state.momentProperty().addListener((obs, was, now) -> sync.run());
            sync.run();
            item.setOnAction(e -> {
                if (item.isSelected()) {
                    focus.enter(period);
                } else {
                    focus.leave();
                }
                sync.run();
            });
            view.getItems().add(item);
        }
        if (focus.periods().stream().anyMatch(p -> !p.presets().isEmpty())) {
            Menu views = new Menu();
            views.setId("map-views-menu");
            views.textProperty().bind(texts.text("focus.views"));
            views.setOnShowing(e -> fillViews(views));
            views.getItems().add(new MenuItem());
            fillViews(views);
            view.getItems().add(views);
        }
        CheckMenuItem strikes = new CheckMenuItem();
        strikes.setId("air-strikes-menu");
        strikes.textProperty().bind(texts.text("map.airStrikes.show"));
        strikes.setSelected(state.airStrikesShownProperty().get());
        strikes.setOnAction(e -> state.setAirStrikesShown(strikes.isSelected()));
        state.airStrikesShownProperty().addListener((obs, was, now) -> strikes.setSelected(now));
        view.getItems().add(strikes);
    }

    /** The views of the period shown now, or of every period outside focus mode. */
    private void fillViews(Menu views) {
        views.getItems().clear();
        for (FocusPeriod period : focus.periods()) {
            if (focus.current().isPresent() && !focus.current().get().equals(period)) {
                continue;
            }
            for (MapPreset preset : period.presets()) {
                MenuItem item = new MenuItem();
                item.setId("map-view-menu-" + preset.id());
                item.textProperty().bind(localized(preset.name()));
                item.setOnAction(e -> fitMapTo.accept(preset.bounds()));
                views.getItems().add(item);
            }
        }
    }

    private javafx.beans.binding.StringBinding localized(LocalizedText text) {
        return Bindings.createStringBinding(() -> text.get(state.language()), state.languageProperty());
    }
}
