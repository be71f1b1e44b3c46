package org.timeatlas.ui.panels;

import org.timeatlas.ui.Labels;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.GlossaryIndex;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.Territory;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.WrappingText;

/**
 * Builds the details of one event in one language: what, when, where, whose claim, the glossary terms it
 * uses, and on what sources.
 */
public final class EventDetails {

    private EventDetails() {
    }

    static VBox of(Event event, Atlas atlas, GlossaryIndex glossary, Messages messages, Consumer<String> openUrl) {
        String language = messages.language();
        VBox box = new VBox(6);
        box.getStyleClass().add("event-details");
        box.setId("event-details");
        WrappingText title = new WrappingText(event.title().get(language), "details-title");
        title.setId("event-title");
        // Where the explorer steps by hours, a date alone could be read as midnight: say the hour is not known.
        boolean hourly = !event.startHasTime() && event.certainty() == org.timeatlas.atlas.Certainty.DAY
                && atlas.info().focusAt(event.start())
                        .filter(p -> !event.start().isBefore(p.fineFrom()) && event.start().isBefore(p.fineTo())).isPresent();
        WrappingText when = new WrappingText(EventText.when(event, messages)
                + (hourly ? " " + messages.get("event.timeUnknown") : "") + " — " + EventText.certainty(event, messages),
                "details-when");
        when.setId("event-when");
        WrappingText type = new WrappingText(messages.get("event.typeLine", EventText.type(event, messages),
                messages.get("importance." + event.importance())), "details-meta");
        box.getChildren().addAll(title, when, type);
        if (event.claim()) {
            box.getChildren().add(new WrappingText(messages.get("event.claimBy",
                    event.claimant() == null ? "?" : event.claimant().get(language)), "claim-banner"));
        } else {
            box.getChildren().add(new WrappingText(messages.get("event.fact"), "fact-banner"));
        }
        box.getChildren().add(new WrappingText(event.summary().get(language), "details-summary"));
        if (event.finding() != null) {
            box.getChildren().add(new WrappingText(messages.get("event.finding", event.finding().get(language)), "finding"));
        }
        if (!event.territoryIds().isEmpty()) {
            String places = event.territoryIds().stream()
                    .map(id -> atlas.territory(id).map(Territory::name).map(n -> n.get(language)).orElse(id))
                    .collect(Collectors.joining(", "));
            box.getChildren().add(new WrappingText(messages.get("event.where", places), "details-meta"));
        }
        List<GlossaryTerm> terms = glossary.termsIn(event, language);
        if (!terms.isEmpty()) {
            box.getChildren().add(TermChips.of(terms, messages));
        }
        box.getChildren().add(Labels.styled(new Label(messages.get("details.sources")), "details-subheading"));
        box.getChildren().add(SourceList.of(event.sources(), openUrl));
        return box;
    }

}
