package org.timeatlas.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
import javafx.concurrent.Task;
import javax.imageio.ImageIO;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.io.ExportException;
import org.timeatlas.atlas.io.Exporter;
import org.timeatlas.i18n.Messages;
import org.timeatlas.output.OutputTarget;
import org.timeatlas.output.handout.Handout;
import org.timeatlas.output.handout.HandoutContent;
import org.timeatlas.output.handout.HandoutWriter;
import org.timeatlas.output.handout.MapPicture;
import org.timeatlas.output.handout.MomentPicture;
import org.timeatlas.output.handout.Paper;
import org.timeatlas.time.StateIndex;

/**
 * The work of each File → Export item as a {@link Task} whose value is the file written. Each checks the target
 * first (a folder that cannot be written is one sentence), checks for Cancel between its steps, and writes
 * through a temporary file moved into place only when complete, so a failure or Cancel leaves no file.
 */
final class ExportTasks {

    private final Atlas atlas;
    private final StateIndex index;
    private MapPicture map;

    ExportTasks(Atlas atlas, StateIndex index) {
        this.atlas = atlas;
        this.index = index;
    }

    /** The kinds of event export. */
    enum EventFormat {
        CSV(".csv"), GEOJSON(".geojson"), KML(".kml");

        final String ending;

        EventFormat(String ending) {
            this.ending = ending;
        }
    }

    Task<Path> events(Path file, EventFormat format, String title) {
        return task(title, file, format.ending, task -> {
            Exporter exporter = new Exporter(atlas);
            switch (format) {
                case CSV -> exporter.eventsCsv(file);
                case GEOJSON -> exporter.eventsGeoJson(file);
                case KML -> exporter.eventsKml(file);
            }
        });
    }

    Task<Path> territories(Path file, LocalDateTime moment, String title) {
        return task(title, file, ".geojson", task -> new Exporter(atlas).territoriesGeoJson(file, moment));
    }

    /** A picture already taken (the window's snapshot), encoded as PNG off the FX thread. */
    Task<Path> png(Path file, BufferedImage image, String title) {
        return task(title, file, ".png", task -> writePng(file, image, task));
    }

    /** The map at {@code moment} with its caption, legend and scale bar, drawn at {@code width × height}. */
    Task<Path> picture(Path file, int width, int height, LocalDateTime moment, String language, String title) {
        return task(title, file, ".png", task -> {
            MapPicture picture = map(task);
            task.progress(0.5);
            Messages messages = new Messages(language);
            BufferedImage image = new MomentPicture(picture).draw(width, height, picture.home(), moment,
                    atlas.info().title().get(language), messages);
            task.progress(0.8);
            writePng(file, image, task);
        });
    }

    /** A handout of {@code moment}, with the events {@code shown} keeps (the filters in force). */
    Task<Path> handout(Path file, LocalDateTime moment, String language, Predicate<Event> shown, Paper paper,
                       String title) {
        return task(title, file, ".pdf", task -> {
            Handout handout = HandoutContent.forMoment(atlas, index, moment, language, shown);
            writeHandout(file, handout, paper, task);
        });
    }

    /** A handout of {@code tour}, its map at step {@code step}. */
    Task<Path> tourHandout(Path file, Tour tour, int step, String language, Paper paper, String title) {
        return task(title, file, ".pdf", task -> {
            Handout handout = HandoutContent.forTour(atlas, index, tour, step, language);
            writeHandout(file, handout, paper, task);
        });
    }

    private void writeHandout(Path file, Handout handout, Paper paper, Job task) throws IOException {
        task.progress(0.2);
        MapPicture picture = map(task);
        task.progress(0.6);
        HandoutWriter writer = new HandoutWriter(picture);
        OutputTarget.write(file, out -> {
            writer.write(handout, paper, out, task::cancelled);
            task.check();
        });
    }

    private static void writePng(Path file, BufferedImage image, Job task) throws IOException {
        OutputTarget.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java");
            }
            task.check();
        });
    }

    /** The map drawer, made once (projecting the atlas takes about a second). */
    private synchronized MapPicture map(Job task) {
        if (map == null) {
            map = MapPicture.of(atlas, index);
        }
        task.check();
        return map;
    }

    /** The step a work is written as. */
    @FunctionalInterface
    interface Work {
        void run(Job task) throws IOException;
    }

    /** What the work may ask of its task: report progress, and whether the user cancelled. */
    interface Job {
        void progress(double done);

        boolean cancelled();

        /** Throws {@link CancellationException} once the user cancelled. */
        default void check() {
            if (cancelled()) {
                throw new CancellationException("cancelled");
            }
        }
    }

    private static Task<Path> task(String title, Path file, String ending, Work work) {
        return new Task<>() {
            {
                updateTitle(title);
                updateMessage(file.toAbsolutePath().toString());
            }

            @Override
            protected Path call() throws IOException {
                Job job = new Job() {
                    @Override
                    public void progress(double done) {
                        updateProgress(done, 1);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                };
                job.check();
                // the folder's own troubles as file-system failures, which the failure notice words for the user
                Path folder = file.toAbsolutePath().getParent();
                if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
                    throw new java.nio.file.NoSuchFileException(file.toString());
                }
                if (folder != null && !java.nio.file.Files.isWritable(folder)) {
                    throw new AccessDeniedException(file.toString());
                }
                java.util.Optional<String> refused = OutputTarget.problem("", file, List.of(ending));
                if (refused.isPresent()) {
                    throw new IOException(refused.get().strip());
                }
                try {
                    work.run(job);
                    updateValue(file); // in place: a Cancel from now on is too late to leave no file
                } catch (ExportException described) {
                    throw described;
                } catch (AccessDeniedException denied) {
                    throw new IOException("cannot write " + file + ": permission denied", denied);
                } catch (FileSystemException system) {
                    throw new IOException("cannot write " + file + ": " + (system.getReason() == null
                            ? system.getMessage() : system.getReason()), system);
                }
                updateProgress(1, 1);
                return file;
            }
        };
    }
}
