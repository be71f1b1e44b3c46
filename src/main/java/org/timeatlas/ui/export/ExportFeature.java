package org.timeatlas.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Subscription;
import org.timeatlas.ui.TourPlayback;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExportChooser;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;
import org.timeatlas.output.handout.Paper;

/**
 * File → Export: the events (CSV, GeoJSON, KML), the territories at this moment (GeoJSON), a picture of the view
 * on the screen (PNG at the window's size) or of this moment at 1920 × 1080, a handout of this moment or of the
 * tour being played (PDF). Each asks where to write (starting in the folder last used) and runs as a job with
 * progress and Cancel (see {@link org.timeatlas.ui.feature.Jobs}).
 */
public final class ExportFeature implements ExplorerFeature {

    /** The submenu of File every export (also the animation's) goes in. */
    public static final String SUBMENU = "menu.export";
    static final int HD_WIDTH = 1920;
    static final int HD_HEIGHT = 1080;
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private final BiFunction<ExplorerContext, javafx.stage.Window, ExportChooser> chooserFor;

    /** With the system's save dialog. */
    public ExportFeature() {
        this((context, owner) -> ExportChooser.dialog(owner, context.host().remembered(),
                context.host().jobs()::clearNotices));
    }

    /** With another way to choose files (tests choose without a dialog). */
    public ExportFeature(BiFunction<ExplorerContext, javafx.stage.Window, ExportChooser> chooserFor) {
        this.chooserFor = chooserFor;
    }

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        ExportTasks tasks = new ExportTasks(context.atlas(), context.index());
        Exports exports = new Exports(context, tasks, chooserFor.apply(context, context.windows().main()));
        TourPlayback tours = context.tours();
        Command tourHandout = Command.of("file.export.handout.tour", "export.handout.tour", exports::tourHandout)
                .menu(place(2, 2))
                .enabledWhen(Bindings.createBooleanBinding(tours::isRunning, tours.positionProperty()));
        return Subscription.combine(
                context.commands().add(Command.of("file.export.csv", "export.events.csv",
                        () -> exports.events(ExportTasks.EventFormat.CSV)).menu(place(0, 0))),
                context.commands().add(Command.of("file.export.geojson", "export.events.geojson",
                        () -> exports.events(ExportTasks.EventFormat.GEOJSON)).menu(place(0, 1))),
                context.commands().add(Command.of("file.export.kml", "export.events.kml",
                        () -> exports.events(ExportTasks.EventFormat.KML)).menu(place(0, 2))),
                context.commands().add(Command.of("file.export.territories", "export.territories",
                        exports::territories).menu(place(0, 3))),
                context.commands().add(Command.of("file.export.picture", "export.picture.window",
                        exports::windowPicture).menu(place(1, 0))),
                context.commands().add(Command.of("file.export.picture.hd", "export.picture.hd",
                        exports::hdPicture).menu(place(1, 1))),
                context.commands().add(Command.of("file.export.handout", "export.handout",
                        exports::handout).menu(place(2, 0))),
                context.commands().add(tourHandout));
    }

    private static MenuPlace place(int section, int order) {
        return MenuPlace.inSubmenu(MenuPlace.Menus.FILE, SUBMENU, section, order);
    }

    /** What each command does: ask for the file, then start the job. */
    private static final class Exports {
        private final ExplorerContext context;
        private final ExportTasks tasks;
        private final ExportChooser chooser;

        Exports(ExplorerContext context, ExportTasks tasks, ExportChooser chooser) {
            this.context = context;
            this.tasks = tasks;
            this.chooser = chooser;
        }

        void events(ExportTasks.EventFormat format) {
            String name = "events" + format.ending;
            ask(format.name(), name, format == ExportTasks.EventFormat.CSV ? "export.events.csv"
                    : format == ExportTasks.EventFormat.KML ? "export.events.kml" : "export.events.geojson")
                    .ifPresent(file -> run(tasks.events(file, format, text("export.task.events", file.getFileName()))));
        }

        void territories() {
            LocalDateTime moment = context.state().moment();
            ask("GeoJSON", "territories-" + FILE_DATE.format(moment) + ".geojson", "export.territories")
                    .ifPresent(file -> run(tasks.territories(file, moment,
                            text("export.task.territories", context.texts().current().moment(moment, false)))));
        }

        void windowPicture() {
            Scene scene = context.windows().main().getScene();
            Optional<Path> chosen = ask("PNG", "time-atlas-" + FILE_DATE.format(context.state().moment()) + ".png",
                    "export.picture.window");
            chosen.ifPresent(file -> {
                WritableImage shot = scene.snapshot(null);
                BufferedImage image = SwingFXUtils.fromFXImage(shot, null);
                run(tasks.png(file, image, text("export.task.picture", file.getFileName())));
            });
        }

        void hdPicture() {
            LocalDateTime moment = context.state().moment();
            String language = context.state().language();
            ask("PNG", "time-atlas-" + FILE_DATE.format(moment) + "-" + HD_WIDTH + "x" + HD_HEIGHT + ".png",
                    "export.picture.hd")
                    .ifPresent(file -> run(tasks.picture(file, HD_WIDTH, HD_HEIGHT, moment, language,
                            text("export.task.picture", file.getFileName()))));
        }

        void handout() {
            LocalDateTime moment = context.state().moment();
            String language = context.state().language();
            var shown = context.state().shownEventsProperty().get();
            ask("PDF", "handout-" + FILE_DATE.format(moment) + "-" + language + ".pdf", "export.handout")
                    .ifPresent(file -> run(tasks.handout(file, moment, language, shown::test, paper(),
                            text("export.task.handout", file.getFileName()))));
        }

        void tourHandout() {
            context.tours().position().ifPresent(position -> {
                String language = context.state().language();
                ask("PDF", "handout-" + position.tour().id() + "-" + language + ".pdf", "export.handout.tour")
                        .ifPresent(file -> run(tasks.tourHandout(file, position.tour(), position.step(), language,
                                paper(), text("export.task.handout", file.getFileName()))));
            });
        }

        private Optional<Path> ask(String kind, String suggested, String labelKey) {
            String label = context.texts().get(labelKey).replace("…", "");
            return chooser.choose(context.texts().get("export.chooser.title", label), suggested, kind);
        }

        private void run(Task<Path> task) {
            context.host().jobs().run(chooser.rememberingFolderOf(task));
        }

        private String text(String key, Object... args) {
            return context.texts().get(key, args);
        }

        /** The paper usual where this computer is set up: Letter in North America, else A4. */
        private static Paper paper() {
            return Paper.forLocale(Locale.getDefault(Locale.Category.FORMAT));
        }
    }
}
