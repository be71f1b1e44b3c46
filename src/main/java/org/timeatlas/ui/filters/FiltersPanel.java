package org.timeatlas.ui.filters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.EventType;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.filters.EventFilter;
import org.timeatlas.ui.Texts;

/**
 * The filters: facts and claims, the event types, the least importance, and whose claims — each choice with how
 * many events of the atlas it covers — and how many events the filters hide, with a button that shows all again.
 * Every control is reached with Tab and changed with Space or the arrows.
 */
final class FiltersPanel extends VBox {

    private final ObjectProperty<EventFilter> filter;
    private final List<Event> events;
    private final Texts texts;
    private final List<Runnable> relabel = new ArrayList<>();
    private final List<Runnable> sync = new ArrayList<>();
    private final Label hidden = new Label();

    FiltersPanel(List<Event> events, ObjectProperty<EventFilter> filter, Texts texts) {
        this.filter = filter;
        this.events = events;
        this.texts = texts;
        setId("filters-panel");
        getStyleClass().add("filters-panel");
        getStylesheets().add(FiltersPanel.class.getResource("/org/timeatlas/ui/filters.css").toExternalForm());
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(texts.text("filters.title"));
        hidden.setId("filters-hidden");
        hidden.getStyleClass().add("filters-hidden");
        Button clear = new Button();
        clear.setId("filters-clear");
        clear.textProperty().bind(texts.text("filters.clear"));
        clear.setOnAction(done -> filter.set(EventFilter.ALL));
        clear.disableProperty().bind(filter.map(EventFilter::showsAll));

        VBox choices = new VBox();
        choices.getStyleClass().add("filters-choices");
        choices.getChildren().add(subheading("filters.kind"));
        choices.getChildren().add(check("filters-facts", messages -> messages.get("filters.facts",
                        count(e -> !e.claim())), EventFilter::facts, EventFilter::withFacts));
        choices.getChildren().add(check("filters-claims", messages -> messages.get("filters.claims",
                        count(Event::claim)), EventFilter::claims, EventFilter::withClaims));
        choices.getChildren().add(subheading("filters.type"));
        for (EventType type : EventType.values()) {
            String name = type.name().toLowerCase(Locale.ROOT);
            choices.getChildren().add(check("filters-type-" + name, messages -> messages.get("filters.count",
                            messages.get("type." + name), count(e -> e.type() == type)),
                    f -> !f.hiddenTypes().contains(type), (f, shown) -> f.withType(type, shown)));
        }
        choices.getChildren().add(subheading("filters.importance"));
        ToggleGroup importance = new ToggleGroup();
        for (int least = 1; least <= 3; least++) {
            int value = least;
            RadioButton choice = new RadioButton();
            choice.setId("filters-importance-" + value);
            choice.setToggleGroup(importance);
            relabel.add(() -> choice.setText(texts.get("filters.importance." + value, count(e -> e.importance() >= value))));
            choice.setOnAction(chosen -> filter.set(filter.get().withMinImportance(value)));
            sync.add(() -> choice.setSelected(filter.get().minImportance() == value));
            choices.getChildren().add(choice);
        }
        Map<String, LocalizedText> claimants = claimants(events);
        if (!claimants.isEmpty()) {
            choices.getChildren().add(subheading("filters.claimants"));
            int i = 0;
            for (Map.Entry<String, LocalizedText> claimant : claimants.entrySet()) {
                String key = claimant.getKey();
                CheckBox box = check("filters-claimant-" + i++, messages -> messages.get("filters.count",
                                claimant.getValue().get(messages.language()),
                                count(e -> key.equals(EventFilter.claimantOf(e)))),
                        f -> !f.hiddenClaimants().contains(key), (f, shown) -> f.withClaimant(key, shown));
                box.disableProperty().bind(filter.map(f -> !f.claims()));
                choices.getChildren().add(box);
            }
        }
        ScrollPane scroll = new ScrollPane(choices);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("filters-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(heading, hidden, clear, scroll);
        texts.languageProperty().subscribe(language -> relabel.forEach(Runnable::run));
        filter.subscribe(now -> {
            sync.forEach(Runnable::run);
            hidden.setText(hiddenText());
        });
        texts.languageProperty().subscribe(language -> hidden.setText(hiddenText()));
    }

    /** The font the panel's sizes follow (the explorer's root size). */
    javafx.scene.text.Font getFont() {
        return hidden.getFont();
    }

    /** Puts the keyboard on the first choice, so that Tab and Space work through the panel at once. */
    void focusFirstChoice() {
        lookupAll(".check-box").stream().findFirst().ifPresent(javafx.scene.Node::requestFocus);
    }

    private String hiddenText() {
        long count = filter.get().hiddenAmong(events);
        return count == 0 ? texts.get("filters.noneHidden") : texts.get("filters.hidden", count, events.size());
    }

    private Label subheading(String key) {
        Label label = new Label();
        label.getStyleClass().add("filters-subheading");
        label.textProperty().bind(texts.text(key));
        return label;
    }

    private CheckBox check(String id, java.util.function.Function<org.timeatlas.i18n.Messages, String> label,
                           java.util.function.Predicate<EventFilter> shown,
                           java.util.function.BiFunction<EventFilter, Boolean, EventFilter> change) {
        CheckBox box = new CheckBox();
        box.setId(id);
        relabel.add(() -> box.setText(label.apply(texts.current())));
        sync.add(() -> box.setSelected(shown.test(filter.get())));
        box.setOnAction(toggled -> filter.set(change.apply(filter.get(), box.isSelected())));
        return box;
    }

    private long count(java.util.function.Predicate<Event> which) {
        return events.stream().filter(which).count();
    }

    /** The claimants of the atlas's claims, by English name, in the order of their first claim. */
    static Map<String, LocalizedText> claimants(List<Event> events) {
        Map<String, LocalizedText> found = new LinkedHashMap<>();
        for (Event event : events) {
            String name = EventFilter.claimantOf(event);
            if (name != null) {
                found.putIfAbsent(name, event.claimant());
            }
        }
        return found;
    }
}
