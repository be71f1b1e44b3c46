package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Group;
import org.timeatlas.geo.ScreenBox;

/**
 * The one label-placement pass of the map: after the layers are laid out (it is the last of them), it gathers the
 * names every {@link LabelSource} wants shown, the marks they draw and what else must stay clear (the map's chrome,
 * features' pins), places them all together with {@link LabelPlacement}, and tells each source what to show. It
 * runs at most once a layout pass, whichever layers asked for it. After showing, it measures what was drawn and
 * counts overlaps, so a test (and the benchmark) can see the outcome rather than the intent.
 */
final class LabelPass extends Group {

    /** What the last placement did. {@code overlaps} names each pair of drawn boxes that overlap. */
    record Report(int shown, int hidden, List<String> overlaps) {
    }

    private final List<LabelSource> sources;
    private final Supplier<List<ScreenBox>> keepClear;
    private final Supplier<ScreenBox> viewport;
    private Report last = new Report(0, 0, List.of());
    private int runs;

    /**
     * @param keepClear what no name may cover besides the sources' marks (chrome, features' pins)
     * @param viewport  the map's box on screen
     */
    LabelPass(List<LabelSource> sources, Supplier<List<ScreenBox>> keepClear, Supplier<ScreenBox> viewport) {
        this.sources = List.copyOf(sources);
        this.keepClear = keepClear;
        this.viewport = viewport;
        setManaged(false);
        setMouseTransparent(true);
    }

    /** Asks for a placement in this layout pass (or the next, outside one). */
    void request() {
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        ScreenBox box = viewport.get();
        if (box.width() <= 0 || box.height() <= 0) {
            return;
        }
        runs++;
        List<LabelPlacement.Candidate> candidates = new ArrayList<>();
        List<ScreenBox> marks = new ArrayList<>();
        for (LabelSource source : sources) {
            source.offer(candidates, marks);
        }
        List<ScreenBox> fixed = new ArrayList<>(marks);
        fixed.addAll(keepClear.get());
        LabelPlacement.Result result = LabelPlacement.place(candidates, box, fixed);
        Map<String, ScreenBox> placed = new HashMap<>();
        result.placed().forEach(p -> placed.put(p.id(), p.box()));
        List<String> ids = new ArrayList<>();
        List<ScreenBox> drawn = new ArrayList<>();
        for (LabelSource source : sources) {
            source.show(placed);
            source.drawn(ids, drawn);
        }
        last = new Report(ids.size(), result.hidden(), LabelPlacement.overlaps(ids, drawn, marks));
    }

    /** What the last placement did. */
    Report report() {
        return last;
    }

    /** How many placements ran since the map was made. */
    int runs() {
        return runs;
    }
}
