package org.timeatlas.time;

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
}
