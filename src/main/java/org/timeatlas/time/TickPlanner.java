package org.timeatlas.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the ticks and labels of a segmented time axis drawn {@code width} pixels wide: year ticks everywhere a
 * year is wide enough, and where years crowd (a segment of centuries) only every 5th, 10th, 50th, 100th… year,
 * so ticks never merge into a solid bar; month ticks where a month is wide enough, day ticks where a day is;
 * and for each of the three levels a row of labels that never overlap. Stretches where months or days are too
 * narrow are skipped a segment at a time, so a long axis costs no more than its visible ticks. Knows nothing
 * about any particular atlas; label widths come from the caller.
 */
public final class TickPlanner {

    public enum Level { YEAR, MONTH, DAY }

    /** A tick line at {@code x}; where several levels start at once only the coarsest is kept. */
    public record Tick(LocalDateTime moment, double x, Level level) {
    }

    /** A label naming the period that starts at {@code moment}, its box [{@code left}, {@code left + width}). */
    public record Label(LocalDateTime moment, Level level, double left, double width) {
        public double right() {
            return left + width;
        }
    }

    public record Plan(List<Tick> ticks, List<Label> labels) {
        public Plan {
            ticks = List.copyOf(ticks);
            labels = List.copyOf(labels);
        }

        public List<Label> labels(Level level) {
            return labels.stream().filter(label -> label.level() == level).toList();
        }

        public List<Tick> ticks(Level level) {
            return ticks.stream().filter(tick -> tick.level() == level).toList();
        }
    }

    /** Width in pixels of the label for the period of {@code level} starting at {@code moment}. */
    @FunctionalInterface
    public interface LabelWidth {
        double of(Level level, LocalDateTime moment);
    }

    // "Nice" steps between labelled periods, so that crowded rows read 1, 5, 10… rather than 1, 4, 7…
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    // Steps between year ticks where years crowd: each divides every label step at least as large as itself,
    // so a labelled year always has its tick.
    private static final int[] YEAR_TICK_STEPS = {1, 5, 10, 50, 100, 500, 1000};
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12};
    private static final int[] DAY_STEPS = {1, 2, 5, 10, 15};
    private static final int NO_STEP = -1;
    /** How many times wider a period must be to take the place of a colliding label before it. */
    private static final double WIDER = 1.5;

    private final TimeAxis axis;
    private final double minYearTickPixels;
    private final double minMonthPixels;
    private final double minDayPixels;
    private final double labelGap;

    /**
     * @param minYearTickPixels least distance between two year ticks; where years are narrower, round years only
     * @param minMonthPixels    least width of a month for its tick and label
     * @param minDayPixels      least width of a day for its tick and label
     * @param labelGap          least space between two labels of a row
     */
    public TickPlanner(TimeAxis axis, double minYearTickPixels, double minMonthPixels, double minDayPixels,
                       double labelGap) {
        this.axis = axis;
        this.minYearTickPixels = minYearTickPixels;
        this.minMonthPixels = minMonthPixels;
        this.minDayPixels = minDayPixels;
        this.labelGap = labelGap;
    }

    public TickPlanner(TimeAxis axis, double minMonthPixels, double minDayPixels, double labelGap) {
        this(axis, 4, minMonthPixels, minDayPixels, labelGap);
    }

    /** The defaults of the timeline: year ticks at least 4 px apart, months from 6 px, days from 4 px, 4 px between labels. */
    public TickPlanner(TimeAxis axis) {
        this(axis, 4, 6, 4, 4);
    }

    /** Plans the axis drawn from {@code left} over {@code width} pixels. */
    public Plan plan(double left, double width, LabelWidth labelWidth) {
        Scale scale = new Scale(left, width);
        List<Tick> ticks = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        labels.addAll(plan(scale, Level.YEAR, 0, YEAR_STEPS, labelWidth, ticks));
        labels.addAll(plan(scale, Level.MONTH, minMonthPixels, MONTH_STEPS, labelWidth, ticks));
        labels.addAll(plan(scale, Level.DAY, minDayPixels, DAY_STEPS, labelWidth, ticks));
        ticks.sort((a, b) -> Double.compare(a.x(), b.x()));
        return new Plan(ticks, labels);
    }

    private List<Label> plan(Scale scale, Level level, double minPixels, int[] steps, LabelWidth labelWidth,
                             List<Tick> ticks) {
        List<Label> labels = new ArrayList<>();
        List<Double> labelledSpans = new ArrayList<>();
        LocalDateTime end = axis.end();
        for (LocalDateTime from = periodStart(axis.start(), level); from.isBefore(end); ) {
            LocalDateTime next = from.plus(1, unit(level));
            LocalDateTime skipTo = level == Level.YEAR ? null : skipNarrow(from, next, level, minPixels, scale);
            if (skipTo != null) {
                from = skipTo;
                continue;
            }
            LocalDateTime shownFrom = from.isBefore(axis.start()) ? axis.start() : from;
            double x = scale.x(shownFrom);
            double span = scale.x(next.isAfter(end) ? end : next) - x;
            if (span >= minPixels) {
                if (isCoarsest(from, level) && !from.isBefore(axis.start()) && tickShown(from, level, span)) {
                    ticks.add(new Tick(from, x, level));
                }
                double width = labelWidth.of(level, from);
                int step = niceStep(steps, (width + labelGap) / span);
                if (step != NO_STEP && number(from, level) % step == 0) {
                    Label label = new Label(from, level, placeLabel(x, span, width, scale), width);
                    // where two labels collide a clearly wider period keeps its label (August 2008 beats July
                    // 2008); between periods of about the same width (years of one segment) the earlier one stays
                    while (!labels.isEmpty() && collides(labels.get(labels.size() - 1), label)
                            && span > WIDER * labelledSpans.get(labelledSpans.size() - 1)) {
                        labels.remove(labels.size() - 1);
                        labelledSpans.remove(labelledSpans.size() - 1);
                    }
                    if (labels.isEmpty() || !collides(labels.get(labels.size() - 1), label)) {
                        labels.add(label);
                        labelledSpans.add(span);
                    }
                }
            }
            from = next;
        }
        return labels;
    }

    /** A year's tick is drawn when years are wide enough, or when the year is round enough for their width. */
    private boolean tickShown(LocalDateTime from, Level level, double span) {
        if (level != Level.YEAR || span >= minYearTickPixels) {
            return true;
        }
        int step = niceStep(YEAR_TICK_STEPS, minYearTickPixels / span);
        return step != NO_STEP && from.getYear() % step == 0;
    }

    /**
     * Where even the longest period of {@code level} in the segment holding {@code from} is narrower than
     * {@code minPixels}, the start of the period holding the segment's end (a later moment), so the loop
     * jumps there; null when the period must be looked at.
     */
    private LocalDateTime skipNarrow(LocalDateTime from, LocalDateTime next, Level level, double minPixels, Scale scale) {
        double longestDays = level == Level.MONTH ? 31 : 1;
        LocalDateTime at = from.isBefore(axis.start()) ? axis.start() : from;
        if (longestDays * axis.dayWidthAt(at) * scale.width >= minPixels) {
            return null;
        }
        LocalDateTime jump = periodStart(axis.segmentEnd(at), level);
        return jump.isAfter(next) ? jump : null;
    }

    private boolean collides(Label before, Label after) {
        return after.left() < before.right() + labelGap;
    }

    /** Centred in a period that is not much wider than its label; at the start of a wide one. */
    private double placeLabel(double x, double span, double width, Scale scale) {
        double left = span <= 2 * (width + labelGap) ? x + (span - width) / 2 : x + labelGap;
        return Math.max(scale.left, Math.min(left, scale.left + scale.width - width));
    }

    private static int niceStep(int[] steps, double periodsPerLabel) {
        for (int step : steps) {
            if (step >= periodsPerLabel) {
                return step;
            }
        }
        return NO_STEP;
    }

    /** The number that a step divides: the year, the month (0-based), or the day of the month. */
    private static int number(LocalDateTime moment, Level level) {
        return switch (level) {
            case YEAR -> moment.getYear();
            case MONTH -> moment.getMonthValue() - 1;
            case DAY -> moment.getDayOfMonth() == 1 ? 0 : moment.getDayOfMonth();
        };
    }

    private static boolean isCoarsest(LocalDateTime moment, Level level) {
        return switch (level) {
            case YEAR -> true;
            case MONTH -> moment.getMonthValue() != 1;
            case DAY -> moment.getDayOfMonth() != 1;
        };
    }

    private static LocalDateTime periodStart(LocalDateTime moment, Level level) {
        LocalDate day = moment.toLocalDate();
        return switch (level) {
            case YEAR -> day.withDayOfYear(1).atStartOfDay();
            case MONTH -> day.withDayOfMonth(1).atStartOfDay();
            case DAY -> day.atStartOfDay();
        };
    }

    private static ChronoUnit unit(Level level) {
        return switch (level) {
            case YEAR -> ChronoUnit.YEARS;
            case MONTH -> ChronoUnit.MONTHS;
            case DAY -> ChronoUnit.DAYS;
        };
    }

    private final class Scale {
        private final double left;
        private final double width;

        Scale(double left, double width) {
            this.left = left;
            this.width = width;
        }

        double x(LocalDateTime moment) {
            return left + axis.positionOf(moment) * width;
        }
    }
}
