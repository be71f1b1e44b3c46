package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.timeatlas.geo.ScreenBox;

/**
 * One placement of every name on the map — towns, movements, marked events — so that none covers another or a
 * mark. Labels are placed greedily by priority (lower first; ties in the order offered): each takes the first of
 * its positions that lies inside the map and keeps {@link #PADDING} pixels clear of every label placed before it,
 * of every mark (event markers, air strikes, pins of features) and of the map's chrome; a label with no such
 * position is hidden and counted. The dot a town's label names must not lie under another label either.
 */
final class LabelPlacement {

    /** Pixels kept free around every label. */
    static final double PADDING = 3;

    /** Selected or highlighted things are named first. */
    static final int PRIORITY_HIGHLIGHT = 0;
    /** Names of marked events. */
    static final int PRIORITY_EVENT = 10;
    /** Movements under way (a finished one is named only when highlighted). */
    static final int PRIORITY_MOVEMENT = 20;
    /** Air strikes. */
    static final int PRIORITY_STRIKE = 30;
    /** Towns, regions and countries: this plus their rank (1 the capital, larger for lesser places). */
    static final int PRIORITY_PLACE = 40;

    /**
     * A label that wants a place: its positions in order of preference (screen pixels) and the box of the dot it
     * names (null for none).
     */
    record Candidate(String id, int priority, List<ScreenBox> positions, ScreenBox dot) {
        Candidate {
            positions = List.copyOf(positions);
        }
    }

    /** A label that is shown, and the box it takes. */
    record Placed(String id, ScreenBox box) {
    }

    /** What a placement did: the labels shown (in placement order) and how many were hidden. */
    record Result(List<Placed> placed, int hidden) {
    }

    private LabelPlacement() {
    }

    /**
     * Places {@code candidates} inside {@code viewport}, clear of {@code fixed} boxes (marks and chrome, which are
     * always drawn).
     */
    static Result place(List<Candidate> candidates, ScreenBox viewport, List<ScreenBox> fixed) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(Candidate::priority)); // stable: ties keep the order offered
        List<ScreenBox> taken = new ArrayList<>(fixed);
        int firstLabel = taken.size();
        List<Placed> placed = new ArrayList<>();
        int hidden = 0;
        for (Candidate candidate : ordered) {
            ScreenBox dot = candidate.dot();
            ScreenBox box = dot != null && !isFree(dot, taken, firstLabel) ? null : firstFree(candidate, viewport, taken);
            if (box == null) {
                hidden++;
                continue;
            }
            taken.add(box);
            if (dot != null) {
                taken.add(dot);
            }
            placed.add(new Placed(candidate.id(), box));
        }
        return new Result(List.copyOf(placed), hidden);
    }

    private static ScreenBox firstFree(Candidate candidate, ScreenBox viewport, List<ScreenBox> taken) {
        for (ScreenBox box : candidate.positions()) {
            if (box.inside(viewport) && isFree(box.grown(PADDING), taken, 0)) {
                return box;
            }
        }
        return null;
    }

    /** True when {@code box} overlaps none of {@code taken} from index {@code from} on. */
    private static boolean isFree(ScreenBox box, List<ScreenBox> taken, int from) {
        for (int i = from; i < taken.size(); i++) {
            if (box.overlaps(taken.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Pairs of boxes that overlap, as drawn: each shown label against every other and against every mark. Used to
     * check what was drawn, from the nodes' own bounds, not to place.
     */
    static List<String> overlaps(List<String> labelIds, List<ScreenBox> labels, List<ScreenBox> marks) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            ScreenBox a = shrunk(labels.get(i));
            for (int j = i + 1; j < labels.size(); j++) {
                if (a.overlaps(shrunk(labels.get(j)))) {
                    pairs.add(labelIds.get(i) + " × " + labelIds.get(j));
                }
            }
            for (ScreenBox mark : marks) {
                if (a.overlaps(shrunk(mark))) {
                    pairs.add(labelIds.get(i) + " × mark " + mark);
                }
            }
        }
        return pairs;
    }

    /** Half a pixel less each side: boxes that only touch after rounding do not count as overlapping. */
    private static ScreenBox shrunk(ScreenBox box) {
        return box.grown(-0.5);
    }
}
