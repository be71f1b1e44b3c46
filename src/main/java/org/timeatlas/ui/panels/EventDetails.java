package org.timeatlas.ui.panels;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Territory;
import org.timeatlas.i18n.Messages;

/** Builds the details of one event in one language: what, when, where, whose claim, and on what sources. */
final class EventDetails {

    private EventDetails() {
    }

    static VBox of(Event event, Atlas atlas, Messages messages, Consumer<String> openUrl) {
        String language = messages.language();
        VBox box = new VBox(6);
        box.getStyleClass().add("event-details");
        box.setId("event-details");
        Label title = styled(new Label(event.title().get(language)), "details-title");
        title.setId("event-title");
        Label when = styled(new Label(EventText.when(event, messages) + " — " + EventText.certainty(event, messages)),
                "details-when");
        Label type = styled(new Label(messages.get("event.typeLine", EventText.type(event, messages),
                messages.get("importance." + event.importance()))), "details-meta");
        box.getChildren().addAll(title, when, type);
        if (event.claim()) {
            Label claim = styled(new Label(messages.get("event.claimBy",
                    event.claimant() == null ? "?" : event.claimant().get(language))), "claim-banner");
            claim.setWrapText(true);
            box.getChildren().add(claim);
        } else {
            box.getChildren().add(styled(new Label(messages.get("event.fact")), "fact-banner"));
        }
        Label summary = styled(new Label(event.summary().get(language)), "details-summary");
        summary.setWrapText(true);
        box.getChildren().add(summary);
        if (event.finding() != null) {
            Label finding = styled(new Label(messages.get("event.finding", event.finding().get(language))), "finding");
            finding.setWrapText(true);
            box.getChildren().add(finding);
        }
        if (!event.territoryIds().isEmpty()) {
            String places = event.territoryIds().stream()
                    .map(id -> atlas.territory(id).map(Territory::name).map(n -> n.get(language)).orElse(id))
                    .collect(Collectors.joining(", "));
            Label where = styled(new Label(messages.get("event.where", places)), "details-meta");
            where.setWrapText(true);
            box.getChildren().add(where);
        }
        box.getChildren().add(styled(new Label(messages.get("details.sources")), "details-subheading"));
        box.getChildren().add(SourceList.of(event.sources(), openUrl));
        return box;
    }

    static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
