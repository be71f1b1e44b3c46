package org.timeatlas.ui.filters;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.util.Subscription;
import org.timeatlas.filters.EventFilter;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.KeyScope;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.ToolbarPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Remembered;
import org.timeatlas.ui.feature.Slots;

/**
 * Filters for the events the list, the map markers and the timeline ticks show (Shift+F, the toolbar, View →
 * Filters): a panel dropped over the window under the toolbar (Esc closes it), a note in the toolbar saying how many events they hide with a link that
 * shows all again (also View → Show all events). Applied through the explorer state's event filter; remembered
 * under {@value #SECTION}.
 */
public final class FiltersFeature implements ExplorerFeature {

    /** The settings section the filter is kept in. */
    public static final String SECTION = "filters";

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        Remembered remembered = context.host().remembered();
        ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(
                remembered.section(SECTION, EventFilter.class).orElse(EventFilter.ALL));
        BooleanProperty shown = new SimpleBooleanProperty(false);
        FiltersPopover layer = new FiltersPopover(
                () -> new FiltersPanel(context.atlas().events(), filter, context.texts()), shown);
        KeyScope open = new KeyScope("filters", 30, shown);
        Label note = new Label();
        note.setId("filters-note");
        Hyperlink showAll = new Hyperlink();
        showAll.setId("filters-show-all");
        showAll.textProperty().bind(context.texts().text("filters.showAll"));
        showAll.setOnAction(clicked -> filter.set(EventFilter.ALL));
        HBox noteBox = new HBox(note, showAll);
        noteBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        noteBox.setId("filters-note-box");
        noteBox.getStyleClass().add("filters-note");
        noteBox.getStylesheets().add(FiltersFeature.class.getResource("/org/timeatlas/ui/filters.css").toExternalForm());
        Runnable renote = () -> {
            long hidden = filter.get().hiddenAmong(context.atlas().events());
            note.setText(context.texts().get("filters.hiddenShort", hidden));
            noteBox.setVisible(hidden > 0);
            noteBox.setManaged(hidden > 0);
        };
        Subscription applied = filter.subscribe(now -> {
            context.state().setEventFilter(now.showsAll() ? null : now);
            renote.run();
        });
        Subscription kept = filter.subscribe((was, now) -> {
            if (now.showsAll()) {
                remembered.forget(SECTION);
            } else {
                remembered.remember(SECTION, now);
            }
        });
        return context.commands().add(
                        Command.of("view.filters", "filters.menu", () -> shown.set(!shown.get()))
                                .keys(new KeyCodeCombination(KeyCode.F, KeyCombination.SHIFT_DOWN))
                                .selected(shown).icon("mdi2f-filter-outline")
                                .toolbar(ToolbarPlace.of(ToolbarPlace.Group.MODES, 20))
                                .menu(MenuPlace.of(MenuPlace.Menus.VIEW, 3, 10)),
                        Command.of("filters.close", "filters.closeKey", () -> shown.set(false))
                                .keys(new KeyCodeCombination(KeyCode.ESCAPE)).scope(open).enabledWhen(shown)
                                .menu(MenuPlace.of(MenuPlace.Menus.VIEW, 3, 12)),
                        Command.of("view.filters.clear", "filters.showAllMenu", () -> filter.set(EventFilter.ALL))
                                .enabledWhen(javafx.beans.binding.Bindings.createBooleanBinding(
                                        () -> !filter.get().showsAll(), filter))
                                .menu(MenuPlace.of(MenuPlace.Menus.VIEW, 3, 11)))
                .and(slots.overlay(layer))
                .and(slots.toolbar(noteBox, ToolbarPlace.of(ToolbarPlace.Group.MODES, 21)))
                .and(context.texts().languageProperty().subscribe(language -> renote.run()))
                .and(applied)
                .and(kept)
                .and(() -> context.state().setEventFilter(null));
    }
}
