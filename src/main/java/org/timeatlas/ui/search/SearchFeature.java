package org.timeatlas.ui.search;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Subscription;
import org.locationtech.jts.geom.Envelope;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.Place;
import org.timeatlas.atlas.Source;
import org.timeatlas.i18n.Messages;
import org.timeatlas.search.SearchField;
import org.timeatlas.search.SearchHit;
import org.timeatlas.search.SearchIndex;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.KeyScope;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.ToolbarPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;

/**
 * One search over the atlas (Ctrl+F or /, Go → Search): a field in the toolbar whose results, grouped into events,
 * places, territories, glossary terms and tours, open under it. Taking an event moves to its moment and selects it;
 * a place is shown on the map; a territory is selected and shown; a tour starts; a term's definition is shown in
 * the results. The index is built the first time the field is used.
 */
public final class SearchFeature implements ExplorerFeature {

    /** Search heads the Go menu in a section of its own, above the steps through time (section 0 on). */
    private static final int FIRST_SECTION = -1;

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        Atlas atlas = context.atlas();
        SearchIndex[] built = new SearchIndex[1];
        SearchBox box = new SearchBox(context.texts(), () -> {
            if (built[0] == null) {
                built[0] = SearchIndex.of(atlas);
            }
            return built[0];
        }, hit -> take(hit, context), hit -> detail(hit, atlas, context.texts().current()),
                hit -> definition(hit, atlas, context.state().language()));
        KeyScope scope = new KeyScope("search", 40, box.hasKeyboard());
        Subscription closeWhenLeft = box.hasKeyboard().subscribe(has -> {
            if (!has) {
                Platform.runLater(() -> {
                    if (!box.hasKeyboard().get()) {
                        box.close();
                    }
                });
            }
        });
        return context.commands().add(
                        Command.of("go.search", "search.menu", box::focus)
                                .keys(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                                        new KeyCodeCombination(KeyCode.SLASH))
                                .menu(MenuPlace.of(MenuPlace.Menus.GO, FIRST_SECTION, 0)),
                        Command.of("search.close", "search.closeKey", box::close)
                                .keys(new KeyCodeCombination(KeyCode.ESCAPE)).scope(scope)
                                .enabledWhen(box.hasKeyboard()).menu(MenuPlace.of(MenuPlace.Menus.GO, FIRST_SECTION, 1)))
                .and(slots.toolbar(box.field(), ToolbarPlace.of(ToolbarPlace.Group.END, 0)))
                .and(slots.overlay(box.layer()))
                .and(context.state().languageProperty().subscribe(language -> box.refresh()))
                .and(closeWhenLeft)
                .and(box.dispose());
    }

    private static void take(SearchHit hit, ExplorerContext context) {
        ExplorerState state = context.state();
        Atlas atlas = context.atlas();
        String id = hit.entry().id();
        switch (hit.entry().group()) {
            case EVENTS -> atlas.event(id).ifPresent(event -> {
                state.setPlaying(false);
                state.setMoment(event.start());
                state.selectEvent(event.id());
            });
            case PLACES -> atlas.places().stream().filter(place -> place.id().equals(id)).findFirst()
                    .map(Place::location)
                    .ifPresent(at -> state.requestView(ViewRequest.place(at.lon(), at.lat())));
            case TERRITORIES -> atlas.territory(id).ifPresent(territory -> {
                state.selectTerritory(territory.id());
                Envelope box = territory.outline().getEnvelopeInternal();
                if (!box.isNull()) {
                    state.requestView(ViewRequest.box(new Bounds(box.getMinX(), box.getMinY(), box.getMaxX(),
                            box.getMaxY())));
                }
            });
            case TOURS -> context.tours().tour(id).ifPresent(tour -> context.tours().start(tour, 0));
            case TERMS -> { } // shown in the results panel
        }
    }

    /** The line under a result: an event's date and type, a place's kind, and the name it was found by. */
    private static String detail(SearchHit hit, Atlas atlas, Messages messages) {
        String language = messages.language();
        StringBuilder line = new StringBuilder();
        switch (hit.entry().group()) {
            case EVENTS -> atlas.event(hit.entry().id()).ifPresent(event -> line.append(eventLine(event, messages)));
            case PLACES -> atlas.places().stream().filter(place -> place.id().equals(hit.entry().id())).findFirst()
                    .ifPresent(place -> line.append(messages.get("gazetteer.kind." + place.kind())));
            default -> { }
        }
        SearchField matched = hit.matched();
        if (matched.name() && !matched.text().equals(hit.entry().title().get(language))) {
            line.append(line.isEmpty() ? "" : " · ").append(matched.text());
        }
        return line.toString();
    }

    private static String eventLine(Event event, Messages messages) {
        String line = messages.date(event.start().toLocalDate()) + " · "
                + messages.get("type." + event.type().name().toLowerCase(Locale.ROOT));
        return event.claim() ? line + " · " + messages.get("event.claim.short") : line;
    }

    /** A glossary term's definition with its sources, in {@code language}. */
    private static String definition(SearchHit hit, Atlas atlas, String language) {
        return atlas.glossary().stream().filter(term -> term.id().equals(hit.entry().id())).findFirst()
                .map(term -> term.definition().get(language) + sources(term))
                .orElse("");
    }

    private static String sources(GlossaryTerm term) {
        StringBuilder text = new StringBuilder();
        for (Source source : term.sources()) {
            text.append("\n— ").append(source.citation());
        }
        return text.toString();
    }
}
