package org.timeatlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.AxisSegment;
import org.timeatlas.time.TickPlanner.Label;
import org.timeatlas.time.TickPlanner.Level;
import org.timeatlas.time.TickPlanner.Plan;
import org.timeatlas.time.TickPlanner.Tick;

class TickPlannerTest {

    private static final double LEFT = 16;
    private static final double WIDTH = 1248;
    private static final TickPlanner.LabelWidth TYPICAL_WIDTHS = (level, moment) -> switch (level) {
        case YEAR -> 28;
        case MONTH -> 18;
        case DAY -> moment.getDayOfMonth() >= 10 ? 11 : 6;
    };

    private final TimeAxis axis = new TimeAxis(List.of(
            new AxisSegment(day("1989-01-01"), day("2008-01-01"), 0.53),
            new AxisSegment(day("2008-01-01"), day("2008-08-01"), 0.07),
            new AxisSegment(day("2008-08-01"), day("2008-08-07"), 0.07),
            new AxisSegment(day("2008-08-07"), day("2008-08-13"), 0.20),
            new AxisSegment(day("2008-08-13"), day("2008-09-01"), 0.07),
            new AxisSegment(day("2008-09-01"), day("2009-01-01"), 0.06)));

    @Test
    void everyYearOfTheSpanGetsATickAndALabelWhenTheyFit() {
        Plan plan = new TickPlanner(axis).plan(LEFT, WIDTH, TYPICAL_WIDTHS);

        List<Integer> tickYears = plan.ticks(Level.YEAR).stream().map(t -> t.moment().getYear()).toList();
        List<Integer> labelYears = plan.labels(Level.YEAR).stream().map(l -> l.moment().getYear()).toList();
        List<Integer> allYears = java.util.stream.IntStream.rangeClosed(1989, 2008).boxed().toList();
        assertEquals(allYears, tickYears);
        assertEquals(allYears, labelYears);
    }

    @Test
    void monthTicksOnlyWhereAMonthIsAtLeastSixPixelsWide() {
        Plan plan = new TickPlanner(axis).plan(LEFT, WIDTH, TYPICAL_WIDTHS);

        List<Tick> months = plan.ticks(Level.MONTH);
        assertFalse(months.isEmpty());
        for (Tick tick : months) {
            assertEquals(2008, tick.moment().getYear(), "no month ticks in the compressed years: " + tick);
            double monthWidth = x(tick.moment().plusMonths(1)) - x(tick.moment());
            assertTrue(monthWidth >= 6, tick + " is " + monthWidth + " px");
        }
        assertTrue(months.stream().anyMatch(t -> t.moment().equals(day("2008-07-01"))));
        assertTrue(months.stream().anyMatch(t -> t.moment().equals(day("2008-12-01"))));
    }

    @Test
    void dayTicksOnlyWhereADayIsAtLeastFourPixelsWide() {
        Plan plan = new TickPlanner(axis).plan(LEFT, WIDTH, TYPICAL_WIDTHS);

        List<Tick> days = plan.ticks(Level.DAY);
        for (Tick tick : days) {
            double dayWidth = x(tick.moment().plusDays(1)) - x(tick.moment());
            assertTrue(dayWidth >= 4, tick + " is " + dayWidth + " px");
            assertEquals(8, tick.moment().getMonthValue(), "only August 2008 is that wide: " + tick);
        }
        for (int d = 2; d <= 31; d++) {
            LocalDateTime august = day("2008-08-01").withDayOfMonth(d);
            assertTrue(days.stream().anyMatch(t -> t.moment().equals(august)), "tick for " + august);
        }
    }

    @Test
    void eachMomentHasOneTickAtItsCoarsestLevel() {
        Plan plan = new TickPlanner(axis).plan(LEFT, WIDTH, TYPICAL_WIDTHS);

        assertEquals(plan.ticks().size(), plan.ticks().stream().map(Tick::moment).distinct().count());
        assertTrue(plan.ticks().stream().anyMatch(t -> t.moment().equals(day("2008-08-01"))
                && t.level() == Level.MONTH));
    }

    @Test
    void warDaysAreLabelledEveryDay() {
        Plan plan = new TickPlanner(axis).plan(LEFT, WIDTH, TYPICAL_WIDTHS);

        List<Integer> labelled = plan.labels(Level.DAY).stream()
                .filter(l -> l.moment().getMonthValue() == 8)
                .map(l -> l.moment().getDayOfMonth()).toList();
        assertTrue(labelled.containsAll(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)), labelled.toString());
    }

    @Test
    void labelsInOneRowNeverOverlapAndStayOnTheAxis() {
        for (double width : new double[] {300, 640, 1248, 2400}) {
            Plan plan = new TickPlanner(axis).plan(LEFT, width, TYPICAL_WIDTHS);
            for (Level level : Level.values()) {
                List<Label> row = plan.labels(level);
                for (int i = 0; i < row.size(); i++) {
                    Label label = row.get(i);
                    assertTrue(label.left() >= LEFT && label.right() <= LEFT + width, label + " at " + width);
                    if (i > 0) {
                        assertTrue(label.left() >= row.get(i - 1).right() + 4,
                                row.get(i - 1) + " overlaps " + label + " at " + width);
                    }
                }
            }
        }
    }

    @Test
    void whereTwoLabelsCollideTheWiderPeriodKeepsItsLabel() {
        TickPlanner.LabelWidth wideMonthNames = (level, moment) -> level == Level.MONTH ? 30 : 6;
        Plan plan = new TickPlanner(axis).plan(LEFT, WIDTH, wideMonthNames);

        List<LocalDateTime> months = plan.labels(Level.MONTH).stream().map(Label::moment).toList();
        assertTrue(months.contains(day("2008-08-01")), "August (a third of the axis) is labelled: " + months);
        assertFalse(months.contains(day("2008-07-01")), "July (12 px) gives way: " + months);
    }

    @Test
    void crowdedYearsAreLabelledInRoundStepsRatherThanOverlapping() {
        Plan plan = new TickPlanner(axis).plan(LEFT, 300, TYPICAL_WIDTHS);

        List<Integer> years = plan.labels(Level.YEAR).stream().map(l -> l.moment().getYear()).toList();
        assertFalse(years.isEmpty());
        assertTrue(years.size() < 20, years.toString());
        assertTrue(years.stream().allMatch(y -> y % 5 == 0 || y == 2008), years.toString());
        assertEquals(20, plan.ticks(Level.YEAR).size(), "year ticks stay even where labels do not fit");
    }

    @Test
    void worksForAnyAxisNotJustTheDefaultAtlas() {
        TimeAxis quarter = TimeAxis.uniform(day("1999-11-15"), day("2000-02-15"));
        Plan plan = new TickPlanner(quarter).plan(0, 920, TYPICAL_WIDTHS);

        assertEquals(List.of(2000), plan.ticks(Level.YEAR).stream().map(t -> t.moment().getYear()).toList());
        assertEquals(List.of(1999, 2000), plan.labels(Level.YEAR).stream().map(l -> l.moment().getYear()).toList(),
                "the partial first year is labelled at the start of the axis");
        assertEquals(2, plan.ticks(Level.MONTH).size(), "1 December and 1 February");
        assertEquals(92 - 3, plan.ticks(Level.DAY).size(), "every day of the span but the three month starts");
    }

    @Test
    void aSegmentOfCenturiesGetsRoundYearTicksNotASolidBar() {
        TimeAxis centuries = new TimeAxis(List.of(
                new AxisSegment(day("1500-01-01"), day("1800-01-01"), 0.5),
                new AxisSegment(day("1800-01-01"), day("1801-01-01"), 0.5)));
        Plan plan = new TickPlanner(centuries).plan(LEFT, WIDTH, TYPICAL_WIDTHS);

        List<Tick> years = plan.ticks(Level.YEAR).stream().filter(t -> t.moment().getYear() < 1800).toList();
        for (int i = 1; i < years.size(); i++) {
            assertTrue(years.get(i).x() - years.get(i - 1).x() >= 4, years.get(i - 1) + " and " + years.get(i) + " crowd");
        }
        assertEquals(60, years.size(), "300 years over 624 px, 2 px each: every 5th year");
        assertTrue(years.stream().allMatch(t -> t.moment().getYear() % 5 == 0), years.toString());
        List<Integer> labelled = plan.labels(Level.YEAR).stream().map(l -> l.moment().getYear()).toList();
        assertTrue(labelled.contains(1500) && labelled.contains(1600) && labelled.contains(1700), labelled.toString());
        for (int year : labelled) {
            assertTrue(year == 1800 || years.stream().anyMatch(t -> t.moment().getYear() == year), year + " has its tick");
        }
        assertTrue(plan.ticks(Level.MONTH).stream().allMatch(t -> t.moment().getYear() == 1800),
                "months only in the wide last year");
    }

    @Test
    void yearsBeforeOneThousandAndThousandsOfYearsArePlannedQuickly() {
        TimeAxis long_ = TimeAxis.uniform(day("0632-01-01"), day("2008-01-01"));
        long started = System.nanoTime();
        Plan plan = new TickPlanner(long_).plan(LEFT, WIDTH, TYPICAL_WIDTHS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(plan.ticks(Level.DAY).isEmpty() && plan.ticks(Level.MONTH).isEmpty());
        List<Tick> ticks = plan.ticks(Level.YEAR);
        assertTrue(ticks.stream().allMatch(t -> t.moment().getYear() % 5 == 0), ticks.toString());
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue(ticks.get(i).x() - ticks.get(i - 1).x() >= 4, ticks.get(i - 1) + " and " + ticks.get(i) + " crowd");
        }
        assertEquals(635, ticks.get(0).moment().getYear());
        assertTrue(millis < 500, "1376 years planned in " + millis + " ms: narrow months and days are skipped");
    }

    private double x(LocalDateTime moment) {
        return LEFT + axis.positionOf(moment) * WIDTH;
    }

    private static LocalDateTime day(String date) {
        return LocalDate.parse(date).atStartOfDay();
    }
}
