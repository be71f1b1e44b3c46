package org.timeatlas.ui.bookmarks;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.util.Subscription;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.bookmarks.Bookmark;
import org.timeatlas.bookmarks.Bookmarks;
import org.timeatlas.bookmarks.MarkdownExport;
import org.timeatlas.output.OutputTarget;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Remembered;
import org.timeatlas.ui.feature.Slots;

/**
 * Bookmarks with notes: Ctrl+D keeps the moment, the map's view and the selection with a note (Go → Bookmark this
 * moment); B shows the list in the side column (View → Bookmarks), from which one is restored (Enter), its note
 * edited (F2) or deleted (Delete); File → Export bookmarks writes them as Markdown with their events' sources.
 * Remembered under {@value #SECTION}.
 */
public final class BookmarksFeature implements ExplorerFeature {

    /** The settings section the bookmarks are kept in. */
    public static final String SECTION = "bookmarks";

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        Remembered remembered = context.host().remembered();
        ObjectProperty<Bookmarks> bookmarks = new SimpleObjectProperty<>(
                remembered.section(SECTION, Bookmarks.class).orElse(Bookmarks.NONE));
        BooleanProperty shown = new SimpleBooleanProperty(!bookmarks.get().items().isEmpty());
        ExplorerState state = context.state();
        Atlas atlas = context.atlas();
        Subscription kept = bookmarks.subscribe((was, now) -> remembered.remember(SECTION, now));
        BookmarkListView[] view = new BookmarkListView[1];
        BookmarkListView.Actions actions = new BookmarkListView.Actions() {
            @Override
            public void restore(Bookmark bookmark) {
                if (bookmark != null) {
                    BookmarksFeature.restore(bookmark, context);
                }
            }

            @Override
            public void edit(Bookmark bookmark) {
                if (bookmark != null) {
                    NoteDialog.ask(context.windows().main(), context.texts(), "bookmarks.editTitle", bookmark.note(),
                            note -> bookmarks.set(bookmarks.get().replacing(bookmark.withNote(note))));
                }
            }

            @Override
            public void delete(Bookmark bookmark) {
                if (bookmark != null) {
                    int at = bookmarks.get().items().indexOf(bookmark);
                    bookmarks.set(bookmarks.get().without(bookmark.id()));
                    var items = bookmarks.get().items();
                    if (!items.isEmpty()) {
                        view[0].list().getSelectionModel().select(items.get(Math.min(at, items.size() - 1)));
                    }
                }
            }

            @Override
            public void export() {
                exportChosen(context, bookmarks.get());
            }
        };
        view[0] = new BookmarkListView(atlas, bookmarks, context.texts(), actions);
        Runnable add = () -> {
            Bookmark made = current(state);
            NoteDialog.ask(context.windows().main(), context.texts(), "bookmarks.addTitle", "", note -> {
                bookmarks.set(bookmarks.get().with(made.withNote(note)));
                shown.set(true);
                view[0].list().getSelectionModel().selectLast();
            });
        };
        return context.commands().add(
                        Command.of("go.bookmark", "bookmarks.add", add)
                                .keys(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN))
                                .icon("mdi2b-bookmark-plus-outline")
                                .menu(MenuPlace.of(MenuPlace.Menus.GO, 7, 0)),
                        Command.of("view.bookmarks", "bookmarks.menu", () -> {
                                    shown.set(!shown.get());
                                    if (shown.get()) {
                                        view[0].list().requestFocus();
                                    }
                                })
                                .keys(new KeyCodeCombination(KeyCode.B)).selected(shown)
                                .menu(MenuPlace.of(MenuPlace.Menus.VIEW, 3, 20)),
                        Command.of("file.exportBookmarks", "bookmarks.export", actions::export)
                                .enabledWhen(javafx.beans.binding.Bindings.createBooleanBinding(
                                        () -> !bookmarks.get().items().isEmpty(), bookmarks))
                                .menu(MenuPlace.of(MenuPlace.Menus.FILE, 2, 0)))
                .and(slots.sidePanel("bookmarks", view[0], 40, shown))
                .and(kept);
    }

    /** A bookmark of what the explorer shows now, without a note yet. */
    static Bookmark current(ExplorerState state) {
        ViewRequest view = state.shownViewProperty().get();
        boolean known = view != null && view.box() == null;
        return new Bookmark(Instant.now().toString(), state.moment(), state.selectedEventProperty().get(),
                state.selectedTerritoryProperty().get(), known ? view.lon() : Double.NaN,
                known ? view.lat() : Double.NaN, known ? view.metresPerPixel() : Double.NaN, "");
    }

    /** Goes back to {@code bookmark}: its moment, selection and map view (ids the atlas no longer has are dropped). */
    static void restore(Bookmark bookmark, ExplorerContext context) {
        ExplorerState state = context.state();
        state.setPlaying(false);
        state.setMoment(bookmark.moment());
        state.selectEvent(bookmark.eventId() != null && context.atlas().event(bookmark.eventId()).isPresent()
                ? bookmark.eventId() : null);
        state.selectTerritory(bookmark.territoryId() != null
                && context.atlas().territory(bookmark.territoryId()).isPresent() ? bookmark.territoryId() : null);
        if (bookmark.hasView()) {
            state.requestView(ViewRequest.at(bookmark.lon(), bookmark.lat(), bookmark.metresPerPixel()));
        }
    }

    private static void exportChosen(ExplorerContext context, Bookmarks bookmarks) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.texts().get("bookmarks.export"));
        chooser.setInitialFileName("bookmarks.md");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md"));
        File file = chooser.showSaveDialog(context.windows().main());
        if (file != null) {
            exportTo(file.toPath(), context, bookmarks);
        }
    }

    /** Writes {@code bookmarks} as Markdown in the explorer's language to {@code file}, as a background job. */
    static void exportTo(Path file, ExplorerContext context, Bookmarks bookmarks) {
        String markdown = new MarkdownExport(context.atlas(), context.texts().current()).render(bookmarks.items());
        String title = context.texts().get("bookmarks.export");
        context.host().jobs().run(new Task<>() {
            {
                updateTitle(title);
            }

            @Override
            protected Path call() throws Exception {
                OutputTarget.write(file, out -> out.write(markdown.getBytes(StandardCharsets.UTF_8)));
                updateValue(file); // in place: see Jobs#run
                return file;
            }
        });
    }
}
