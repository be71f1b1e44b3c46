package org.timeatlas.ui.map.compare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import javafx.util.converter.LocalDateStringConverter;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.time.StateIndex;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.CurrentEvents;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.map.MapPane;

/**
 * One of the two maps of compare: a map of its own at one day, with that day written above it and a date picker to
 * change it. The map has a state of its own (its moment is the day's midnight) that takes the language, lens, event
 * filters and air-strike layer of the explorer's state; a territory clicked on it is selected in the explorer, so the
 * side column shows its history.
 */
final class CompareSide {

    private final VBox view = new VBox();
    private final ExplorerState own;
    private final CurrentEvents events;
    private final MapPane map;
    private final Label date = new Label();
    private final DatePicker picker = new DatePicker();
    private final Subscription subscriptions;

    /** @param which "first" or "second": the ids of its nodes and the key of its caption ({@code compare.<which>}) */
    CompareSide(String which, ObjectProperty<LocalDate> day, Atlas atlas, StateIndex index, TimeAxis axis,
                ExplorerState main, Texts mainTexts) {
        own = new ExplorerState(atlas.info().start(), atlas.info().end(), CompareMoments.momentOf(day.get()),
                main.language());
        own.setLens(main.lens());
        own.setEventFilter(main.shownEventsProperty().get());
        own.setAirStrikesShown(main.airStrikesShownProperty().get());
        own.selectTerritory(main.selectedTerritoryProperty().get());
        events = new CurrentEvents(index, axis, own);
        map = new MapPane(atlas, index, own, events, new Texts(own));
        map.setId("compare-map-" + which);
        map.getStyleClass().add("compare-map");

        view.getStyleClass().add("compare-side");
        view.setId("compare-side-" + which);
        date.setId("compare-date-" + which);
        date.getStyleClass().add("compare-date");
        Label caption = new Label();
        caption.getStyleClass().add("compare-caption");
        caption.textProperty().bind(mainTexts.text("compare." + which));
        caption.setMinWidth(0); // the date itself never gives way
        date.setMinWidth(Region.USE_PREF_SIZE);
        picker.setId("compare-picker-" + which);
        picker.getStyleClass().add("compare-picker");
        picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
        picker.setPromptText("YYYY-MM-DD");
        picker.setValue(day.get());
        picker.accessibleTextProperty().bind(mainTexts.text("compare." + which));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(caption, date, gap, picker);
        head.getStyleClass().add("compare-side-head");
        VBox.setVgrow(map, Priority.ALWAYS);
        map.setMinSize(0, 0);
        view.getChildren().addAll(head, map);
        picker.valueProperty().addListener((obs, old, now) -> { // its own picker
            if (now != null && !now.equals(day.get())) {
                day.set(now);
            }
        });

        subscriptions = day.subscribe(now -> {
            own.setMoment(CompareMoments.momentOf(now));
            date.setText(mainTexts.current().date(now));
            if (!now.equals(picker.getValue())) {
                picker.setValue(now);
            }
        }).and(main.languageProperty().subscribe((old, now) -> {
            own.setLanguage(now);
            date.setText(mainTexts.current().date(day.get()));
        })).and(main.lensProperty().subscribe((old, now) -> own.setLens(now)))
                .and(main.shownEventsProperty().subscribe((old, now) -> own.setEventFilter(now)))
                .and(main.airStrikesShownProperty().subscribe((old, now) -> own.setAirStrikesShown(now)))
                .and(main.selectedTerritoryProperty().subscribe((old, now) -> {
                    if (!Objects.equals(now, own.selectedTerritoryProperty().get())) {
                        own.selectTerritory(now);
                    }
                }))
                .and(own.selectedTerritoryProperty().subscribe((old, now) -> {
                    if (!Objects.equals(now, main.selectedTerritoryProperty().get())) {
                        main.selectTerritory(now);
                    }
                }));
    }

    VBox view() {
        return view;
    }

    MapPane map() {
        return map;
    }

    /** Ends its listeners on the explorer state and its map's on its own state. */
    void dispose() {
        subscriptions.unsubscribe();
        map.dispose();
        events.dispose();
    }
}
