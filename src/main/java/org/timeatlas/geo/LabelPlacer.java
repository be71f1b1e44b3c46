package org.timeatlas.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places labels greedily by rank (1 first, ties in the order given): each label takes the first of its
 * candidate positions that lies inside the viewport and overlaps neither a label (or mark) placed before it
 * nor an obstacle; a label with no such position is left out. The mark a label names must not lie under
 * another label, but may lie under an obstacle.
 */
public final class LabelPlacer {

    /**
     * A label that wants to be shown, with its positions in order of preference, and the box of the mark it
     * names (a town's dot; null for none), which must be free too and is kept free once the label is placed.
     */
    public record Candidate(String id, int rank, List<ScreenBox> positions, ScreenBox mark) {
        public Candidate {
            positions = List.copyOf(positions);
        }

        public Candidate(String id, int rank, List<ScreenBox> positions) {
            this(id, rank, positions, null);
        }
    }

    /** A label that was shown: which of its positions it took, and the box it occupies. */
    public record Placed(String id, int position, ScreenBox box) {
    }

    private final double padding;

    /** @param padding pixels kept free around every label */
    public LabelPlacer(double padding) {
        this.padding = padding;
    }

    public List<Placed> place(List<Candidate> candidates, ScreenBox viewport, List<ScreenBox> obstacles) {
        return place(candidates, viewport, obstacles, List.of());
    }

    /**
     * As {@link #place(List, ScreenBox, List)}, where a label also avoids {@code softObstacles} (marks drawn
     * above the labels) if any of its positions can, and is not left out because of them: it then takes the
     * position they cover least.
     */
    public List<Placed> place(List<Candidate> candidates, ScreenBox viewport, List<ScreenBox> obstacles,
                              List<ScreenBox> softObstacles) {
        List<Candidate> byRank = new ArrayList<>(candidates);
        byRank.sort(Comparator.comparingInt(Candidate::rank));
        List<ScreenBox> taken = new ArrayList<>(obstacles);
        List<ScreenBox> labelled = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (Candidate candidate : byRank) {
            ScreenBox mark = candidate.mark();
            // a mark may sit under an obstacle (an event at a town), but not under another label
            if (mark != null && !isFree(mark, labelled)) {
                continue;
            }
            int position = firstFree(candidate.positions(), viewport, taken, softObstacles);
            if (position < 0) {
                position = leastCovered(candidate.positions(), viewport, taken, softObstacles);
            }
            if (position >= 0) {
                ScreenBox box = candidate.positions().get(position);
                taken.add(box);
                labelled.add(box);
                if (mark != null) {
                    taken.add(mark);
                    labelled.add(mark);
                }
                placed.add(new Placed(candidate.id(), position, box));
            }
        }
        return placed;
    }

    private int firstFree(List<ScreenBox> positions, ScreenBox viewport, List<ScreenBox> taken,
                          List<ScreenBox> soft) {
        for (int i = 0; i < positions.size(); i++) {
            ScreenBox box = positions.get(i);
            ScreenBox padded = box.grown(padding);
            if (box.inside(viewport) && isFree(padded, taken) && isFree(padded, soft)) {
                return i;
            }
        }
        return -1;
    }

    /** The free position that soft obstacles cover least, or -1 when none is free. */
    private int leastCovered(List<ScreenBox> positions, ScreenBox viewport, List<ScreenBox> taken,
                             List<ScreenBox> soft) {
        int best = -1;
        double bestCover = Double.MAX_VALUE;
        for (int i = 0; i < positions.size(); i++) {
            ScreenBox box = positions.get(i);
            if (box.inside(viewport) && isFree(box.grown(padding), taken)) {
                double cover = 0;
                for (ScreenBox obstacle : soft) {
                    cover += box.overlapArea(obstacle);
                }
                if (cover < bestCover) {
                    best = i;
                    bestCover = cover;
                }
            }
        }
        return best;
    }

    private static boolean isFree(ScreenBox box, List<ScreenBox> taken) {
        for (ScreenBox other : taken) {
            if (box.overlaps(other)) {
                return false;
            }
        }
        return true;
    }
}
