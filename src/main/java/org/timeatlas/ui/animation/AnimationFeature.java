package org.timeatlas.ui.animation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.util.Subscription;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.output.animation.AnimationFormat;
import org.timeatlas.output.animation.AnimationSpec;
import org.timeatlas.output.animation.FramePlan;
import org.timeatlas.output.animation.FrameStep;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.ExportChooser;
import org.timeatlas.ui.feature.Slots;

/**
 * File → Export → Animation (GIF / MP4)…: a dialog for the span (by default the focus period shown now, else the
 * atlas's whole span), step, size, rate and format; a file chooser that starts in the folder an export was last written to; then the
 * animation is written in the background as a job with progress and Cancel. The frames show the map as the
 * window shows it now — language, area, air strikes, lens — drawn by the map features the application gives.
 */
public final class AnimationFeature implements ExplorerFeature {

    private final Supplier<List<ExplorerFeature>> mapFeatures;
    private final Function<ExplorerContext, ExportChooser> chooserFor;

    /** @param mapFeatures makes the features that draw the map in a frame (the map and what draws on it) */
    public AnimationFeature(Supplier<List<ExplorerFeature>> mapFeatures) {
        this(mapFeatures, context -> ExportChooser.dialog(context.windows().main(), context.host().remembered(),
                context.host().jobs()::clearNotices));
    }

    /** With another way to choose the file (tests choose without a dialog). */
    public AnimationFeature(Supplier<List<ExplorerFeature>> mapFeatures,
                            Function<ExplorerContext, ExportChooser> chooserFor) {
        this.mapFeatures = mapFeatures;
        this.chooserFor = chooserFor;
    }

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        return context.commands().add(Command.of("file.export.animation", "animation.menu", () -> export(context))
                .menu(MenuPlace.inSubmenu(MenuPlace.Menus.FILE, "menu.export", 1, 50)));
    }

    private void export(ExplorerContext context) {
        AnimationSettings remembered = context.host().remembered()
                .section(AnimationSettings.KEY, AnimationSettings.class).orElse(null);
        AnimationChoice initial = initialChoice(context.atlas(), context.state(), remembered);
        AnimationDialog dialog = new AnimationDialog(context.texts(), context.windows().main(), initial,
                List.of(MapFrames.class.getResource("/org/timeatlas/ui/animation.css").toExternalForm()));
        dialog.show(choice -> save(context, choice));
    }

    /** Asks where to write {@code choice}, in the folder of the last export, and starts the job. */
    private void save(ExplorerContext context, AnimationChoice choice) {
        ExportChooser chooser = chooserFor.apply(context);
        String kind = context.texts().get("animation.format." + choice.format().name().toLowerCase(Locale.ROOT));
        Optional<Path> picked = chooser.choose(context.texts().get("animation.dialog.title"),
                fileName(context.atlas(), choice), kind);
        if (picked.isEmpty()) {
            return;
        }
        context.host().remembered().remember(AnimationSettings.KEY, new AnimationSettings(
                choice.step().toString(), choice.width(), choice.height(), choice.fps(), choice.format().name()));
        context.host().jobs().run(chooser.rememberingFolderOf(job(context, choice, picked.get())));
    }

    /** The job writing {@code choice} to {@code file}, its frames looking as the window looks now. */
    AnimationJob job(ExplorerContext context, AnimationChoice choice, Path file) {
        ExplorerState state = context.state();
        AnimationSpec spec = new AnimationSpec(file, new FramePlan(choice.from().atStartOfDay(),
                choice.to().atStartOfDay(), choice.step()), choice.width(), choice.height(), choice.fps());
        FrameLook look = new FrameLook(state.language(), frameView(context, state.shownViewProperty().get(), spec),
                state.airStrikesShownProperty().get(), state.lensProperty().get());
        return new AnimationJob(spec, () -> new MapFrames(context.atlas(), mapFeatures.get(), look, spec.width(),
                spec.height(), choice.step().showsTime(), spec.plan().from()), context.texts().current());
    }

    /**
     * The area the window's map shows now, at the scale that fits it into a frame's map (which may be larger or
     * smaller than the window's); null (the whole home area) when the window's map cannot be found.
     */
    private static ViewRequest frameView(ExplorerContext context, ViewRequest shown, AnimationSpec spec) {
        if (shown == null || shown.box() != null || context.windows().main() == null
                || context.windows().main().getScene() == null) {
            return null;
        }
        Node map = context.windows().main().getScene().lookup(".map-pane");
        if (map == null || map.getLayoutBounds().getWidth() < 1) {
            return null;
        }
        double ratio = Math.max(map.getLayoutBounds().getWidth() / spec.width(),
                map.getLayoutBounds().getHeight() / (spec.height() * MAP_SHARE));
        return ViewRequest.at(shown.lon(), shown.lat(), shown.metresPerPixel() * ratio);
    }

    /** About the share of a frame's height left to the map under the caption. */
    private static final double MAP_SHARE = 0.85;

    /**
     * The span of the focus period shown now (its first to its last day, a day a frame) or, outside one, the
     * atlas's whole span a year a frame; size, rate and format as last chosen.
     */
    static AnimationChoice initialChoice(Atlas atlas, ExplorerState state, AnimationSettings remembered) {
        Optional<FocusPeriod> period = atlas.info().focusAt(state.moment());
        LocalDate from = period.map(p -> p.from().toLocalDate()).orElse(atlas.info().start().toLocalDate());
        LocalDate to = period.map(p -> p.to().minusMinutes(1).toLocalDate()).orElse(atlas.info().end().toLocalDate());
        FrameStep step = FrameStep.parse(period.isPresent() ? "1d" : "1y").orElseThrow();
        int width = AnimationSpec.DEFAULT_WIDTH;
        int height = AnimationSpec.DEFAULT_HEIGHT;
        int fps = AnimationSpec.DEFAULT_FPS;
        AnimationFormat format = AnimationFormat.GIF;
        if (remembered != null) {
            if (AnimationSpec.problem(Path.of("x.gif"), remembered.width(), remembered.height(), remembered.fps())
                    .isEmpty()) {
                width = remembered.width();
                height = remembered.height();
                fps = remembered.fps();
            }
            format = remembered.format() != null && remembered.format().equals("MP4") ? AnimationFormat.MP4
                    : AnimationFormat.GIF;
            Optional<FrameStep> last = FrameStep.parse(remembered.step());
            if (period.isPresent() && last.isPresent()
                    && FramePlan.problem(from.atStartOfDay(), to.atStartOfDay(), last.get()).isEmpty()) {
                step = last.get();
            }
        }
        return new AnimationChoice(from, to, step, width, height, fps, format);
    }

    /** "georgia-1991-2008-2008-08-01-2008-08-31.gif". */
    static String fileName(Atlas atlas, AnimationChoice choice) {
        return atlas.info().id() + "-" + choice.from() + "-" + choice.to() + choice.format().extension();
    }
}
