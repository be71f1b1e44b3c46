package org.timeatlas.atlas.io;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems found in one atlas: at most {@link Limits#PROBLEMS} are kept, the rest only counted, so an
 * atlas with millions of bad values cannot fill the memory with messages about them.
 */
final class ProblemList extends AbstractList<Problem> {

    private final List<Problem> kept = new ArrayList<>();
    private final int limit;
    private Problem firstDropped;
    private long dropped;

    ProblemList(int limit) {
        this.limit = limit;
    }

    ProblemList() {
        this(Limits.PROBLEMS);
    }

    @Override
    public void add(int index, Problem problem) {
        if (kept.size() < limit) {
            kept.add(index, problem);
            modCount++;
        } else {
            if (firstDropped == null) {
                firstDropped = problem;
            }
            dropped++;
        }
    }

    @Override
    public Problem get(int index) {
        return kept.get(index);
    }

    @Override
    public int size() {
        return kept.size();
    }

    @Override
    public Problem remove(int index) {
        modCount++;
        return kept.remove(index);
    }

    /** The kept problems sorted by place, followed by one line counting those not kept. */
    List<Problem> sorted() {
        List<Problem> all = new ArrayList<>(kept);
        Collections.sort(all);
        if (dropped > 0) {
            all.add(new Problem(firstDropped.file(), firstDropped.line(), firstDropped.column(),
                    dropped + " more problem(s) from here on are not listed (only the first " + limit
                            + " are); fix these first"));
        }
        return all;
    }
}
