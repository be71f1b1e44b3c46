package org.timeatlas.time;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.timeatlas.atlas.Era;

/** Puts eras into rows ("lanes") so that eras overlapping in time never share a row; uses as few rows as it can. */
public final class EraLanes {

    private final List<Era> eras;
    private final int[] laneOfEra;
    private final int laneCount;

    public EraLanes(List<Era> eras) {
        this.eras = List.copyOf(eras);
        this.laneOfEra = new int[this.eras.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < this.eras.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> this.eras.get(i).from()));
        List<Era> lastInLane = new ArrayList<>();
        for (int i : order) {
            Era era = this.eras.get(i);
            int lane = 0;
            while (lane < lastInLane.size() && lastInLane.get(lane).to().isAfter(era.from())) {
                lane++;
            }
            if (lane == lastInLane.size()) {
                lastInLane.add(era);
            } else {
                lastInLane.set(lane, era);
            }
            laneOfEra[i] = lane;
        }
        laneCount = lastInLane.size();
    }

    public List<Era> eras() {
        return eras;
    }

    /** The row of the {@code index}-th era, 0 at the top. */
    public int laneOf(int index) {
        return laneOfEra[index];
    }

    public int laneCount() {
        return laneCount;
    }

    /**
     * An era as a no-spoiler view shows it.
     *
     * @param index the era's index in {@link #eras()}
     * @param era   the era
     * @param to    where its band ends: the era's end, or the horizon when that comes first
     */
    public record ShownEra(int index, Era era, LocalDateTime to) {
    }

    /**
     * The eras that have begun by {@code horizon}, each cut at the horizon, in the order of {@link #eras()}; every
     * era whole when {@code horizon} is null. An era that begins after the horizon is left out, name and all.
     */
    public List<ShownEra> shownUntil(LocalDateTime horizon) {
        List<ShownEra> shown = new ArrayList<>();
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            if (horizon == null) {
                shown.add(new ShownEra(i, era, era.to()));
            } else if (!era.from().isAfter(horizon)) {
                shown.add(new ShownEra(i, era, era.to().isAfter(horizon) ? horizon : era.to()));
            }
        }
        return shown;
    }
}
