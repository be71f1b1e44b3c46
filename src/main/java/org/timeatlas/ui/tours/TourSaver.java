package org.timeatlas.ui.tours;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;
import org.timeatlas.atlas.io.Problem;
import org.timeatlas.atlas.io.TourWriter;
import org.timeatlas.i18n.Messages;

/**
 * Saves a finished draft as a new tour in an atlas folder of the teacher's own, and proves it: the file is written
 * as {@code tours/<id>.json} (a free id, never over another tour), then the whole folder is read by the loader. When
 * the loader finds a problem in the new file, the file is removed again and the problems are the failure's message;
 * the draft stays. Problems in the folder's other files do not undo the save but are reported with it.
 */
final class TourSaver {

    /** How many of the loader's problems a message lists before counting the rest. */
    private static final int PROBLEMS_SHOWN = 6;

    /** What a save left: the file written and problems of the folder's other files (usually none). */
    record Saved(Path file, List<Problem> otherProblems) {
    }

    /** A save that did not happen, with the message to show. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private TourSaver() {
    }

    /**
     * Why {@code folder} cannot take a tour, in the interface's language, or empty when it can: it must be an atlas
     * folder (with atlas.json) that may be written, and not a folder of the installed application.
     */
    static Optional<String> refusal(Path folder, Messages messages) {
        if (!Files.isRegularFile(folder.resolve("atlas.json"))) {
            return Optional.of(messages.get("tours.save.notAtlas", folder));
        }
        Optional<Path> application = applicationFolder();
        if (application.isPresent() && folder.toAbsolutePath().normalize().startsWith(application.get())) {
            return Optional.of(messages.get("tours.save.application", folder));
        }
        if (!Files.isWritable(folder)) {
            return Optional.of(messages.get("tours.save.notWritable", folder));
        }
        return Optional.empty();
    }

    /** An id like {@code wanted} that no file in {@code folder}/tours has yet: wanted, wanted-2, wanted-3… */
    static String freeId(Path folder, String wanted) {
        String id = wanted;
        for (int n = 2; Files.exists(folder.resolve(TourWriter.relativeFile(id))); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    /**
     * The work of saving {@code tour} (with a free id already) into {@code folder}, to run off the FX thread: its
     * value is the file written; its message, once done, lists problems of the folder's other files (or is empty).
     */
    static Task<Path> task(Path folder, Tour tour, Messages messages) {
        return new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateTitle(messages.get("tours.save.title"));
                Saved saved = save(folder, tour, messages);
                updateValue(saved.file()); // in place: see Jobs#run
                updateMessage(saved.otherProblems().isEmpty() ? ""
                        : messages.get("tours.save.otherProblems", saved.otherProblems().size()) + "\n"
                        + listed(saved.otherProblems()));
                return saved.file();
            }
        };
    }

    /** Writes, reads back and, when the new file has problems, removes it again. */
    static Saved save(Path folder, Tour tour, Messages messages) throws IOException {
        Optional<String> refusal = refusal(folder, messages);
        if (refusal.isPresent()) {
            throw new Refused(refusal.get());
        }
        String relative = TourWriter.relativeFile(tour.id());
        if (Files.exists(folder.resolve(relative))) {
            throw new Refused(messages.get("tours.save.exists", folder.resolve(relative)));
        }
        Path file = TourWriter.write(folder, tour);
        LoadResult result = AtlasLoader.load(folder);
        List<Problem> ours = result.problems().stream().filter(p -> p.file().equals(relative)).toList();
        if (!ours.isEmpty()) {
            Files.deleteIfExists(file);
            throw new Refused(messages.get("tours.save.problems", ours.size()) + "\n" + listed(ours));
        }
        return new Saved(file, result.problems());
    }

    /** The first problems, one a line, and how many more there are. */
    static String listed(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> text.append(p).append('\n'));
        if (problems.size() > PROBLEMS_SHOWN) {
            text.append("… +").append(problems.size() - PROBLEMS_SHOWN);
        }
        return text.toString().strip();
    }

    /** The folder the application runs from when it is installed (its jar's folder), never written into. */
    private static Optional<Path> applicationFolder() {
        try {
            var location = TourSaver.class.getProtectionDomain().getCodeSource().getLocation();
            Path code = Path.of(location.toURI());
            return Files.isRegularFile(code) ? Optional.of(code.toAbsolutePath().normalize().getParent())
                    : Optional.empty();
        } catch (URISyntaxException | RuntimeException unknown) {
            return Optional.empty();
        }
    }
}
