package org.timeatlas.ui.tours;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.timeatlas.atlas.Tour;
import org.timeatlas.ui.feature.ExplorerContext;

/**
 * "Save as new tour…": asks for an atlas folder of the user's own, writes the draft there as a new tour off the FX
 * thread ({@link TourSaver}), reports progress and refusals in the editor's status line, and tells the teacher where
 * the tour went and how to play it.
 */
final class TourSaving {

    private final ExplorerContext context;
    private final ToursFeature.FolderChooser folders;

    TourSaving(ExplorerContext context, ToursFeature.FolderChooser folders) {
        this.context = context;
        this.folders = folders;
    }

    /** Saves {@code draft} when it lacks nothing; a cancelled folder choice does nothing. */
    void save(TourDraft draft, TourEditorView editor) {
        List<String> missing = draft.missing(language -> language, context.texts()::get);
        if (!missing.isEmpty()) {
            return;
        }
        Path initial = context.host().atlasFolder().orElse(null);
        Window owner = editor.getScene() != null ? editor.getScene().getWindow() : context.windows().main();
        Optional<Path> chosen = folders.choose(owner, context.texts().get("tours.save.choose"), initial);
        if (chosen.isEmpty()) {
            return;
        }
        Path folder = chosen.get();
        Optional<String> refusal = TourSaver.refusal(folder, context.texts().current());
        if (refusal.isPresent()) {
            editor.setStatus(refusal.get());
            return;
        }
        Tour tour = draft.tour(TourSaver.freeId(folder, draft.suggestedId()));
        Task<Path> task = TourSaver.task(folder, tour, context.texts().current());
        task.setOnSucceeded(done -> {
            editor.setStatus((context.texts().get("tours.save.saved", task.getValue()) + "\n"
                    + task.getMessage()).strip());
            draft.clear();
            saved(folder, tour, task.getValue());
        });
        task.setOnFailed(failed -> editor.setStatus(task.getException().getMessage()));
        editor.setStatus(context.texts().get("tours.save.saving", folder));
        context.host().jobs().run(task);
    }

    /** Tells the teacher where the tour went and how to play it (the open atlas reloads by itself). */
    private void saved(Path folder, Tour tour, Path file) {
        boolean open = context.host().atlasFolder().map(f -> sameFolder(f, folder)).orElse(false);
        Alert told = new Alert(Alert.AlertType.INFORMATION);
        told.initOwner(context.windows().main());
        told.setTitle(context.texts().get("tours.save.title"));
        told.setHeaderText(context.texts().get("tours.save.saved", file));
        told.setContentText(context.texts().get(open ? "tours.save.playHere" : "tours.save.playThere",
                tour.title().get(context.state().language()), folder));
        told.getDialogPane().setId("tour-saved");
        told.show();
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException notComparable) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
