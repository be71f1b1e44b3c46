package org.timeatlas.ui.glossary;

import org.timeatlas.ui.Labels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.GlossaryIndex;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.WrappingText;

/**
 * All glossary terms with their definitions, searchable. Entries are built once per language; a search
 * only chooses which of them are shown.
 */
public final class GlossaryView extends VBox implements AutoCloseable {

    private final javafx.util.Subscription languageChanges;

    private final GlossaryIndex index;
    private final Texts texts;
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final VBox entries = new VBox(10);
    private final Map<String, Node> entryById = new HashMap<>();
    private List<GlossaryTerm> shown = List.of();

    public GlossaryView(List<GlossaryTerm> terms, ExplorerState state, Texts texts) {
        super(6);
        this.index = new GlossaryIndex(terms);
        this.texts = texts;
        getStylesheets().add(GlossaryView.class.getResource(Labels.GLOSSARY_CSS).toExternalForm());
        getStyleClass().add("glossary-view");
        setId("glossary-view");
        Label heading = Labels.styled(new Label(), "details-title");
        heading.textProperty().bind(texts.text("glossary.title"));
        search.setId("glossary-search");
        search.promptTextProperty().bind(texts.text("glossary.search"));
        count.setId("glossary-count");
        count.getStyleClass().add("details-meta");
        entries.getStyleClass().add("glossary-entries");
        entries.setId("glossary-entries");
        ScrollPane scroll = new ScrollPane(entries);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, search, count, scroll);
        search.textProperty().addListener((obs, old, query) -> filter());
        languageChanges = state.languageProperty().subscribe((old, language) -> build());
        build();
    }

    /** Ids of the terms listed now, in order. */
    public List<String> shownTermIds() {
        return shown.stream().map(GlossaryTerm::id).toList();
    }

    private void build() {
        Messages messages = texts.current();
        entryById.clear();
        for (GlossaryTerm term : index.terms()) {
            entryById.put(term.id(), entry(term, messages));
        }
        filter();
    }

    private void filter() {
        Messages messages = texts.current();
        shown = index.search(search.getText(), messages.language());
        entries.getChildren().setAll(shown.stream().map(term -> entryById.get(term.id())).toList());
        count.setText(shown.isEmpty() ? messages.get("glossary.none") : messages.get("glossary.count", shown.size()));
    }

    private static Node entry(GlossaryTerm term, Messages messages) {
        String language = messages.language();
        VBox entry = new VBox(2);
        entry.getStyleClass().add("glossary-entry");
        entry.setId("glossary-entry-" + term.id());
        String name = term.term().get(language);
        if (!"en".equals(language) && !name.equals(term.term().get("en"))) {
            name = name + " (" + term.term().get("en") + ")";
        }
        entry.getChildren().add(new WrappingText(name, "glossary-term"));
        String termLower = term.term().get(language).toLowerCase(java.util.Locale.ROOT);
        List<String> aliases = term.aliases().getOrDefault(language, List.of()).stream()
                .filter(alias -> !termLower.contains(alias.toLowerCase(java.util.Locale.ROOT))).toList();
        if (!aliases.isEmpty()) {
            entry.getChildren().add(new WrappingText(messages.get("glossary.alsoWritten",
                    aliases.stream().collect(Collectors.joining(", "))), "details-meta"));
        }
        entry.getChildren().add(new WrappingText(term.definition().get(language), "glossary-definition"));
        return entry;
    }

    /** Ends its listener on the explorer state, when its window is closed for good. */
    @Override
    public void close() {
        languageChanges.unsubscribe();
    }
}
