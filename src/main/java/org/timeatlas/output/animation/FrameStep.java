package org.timeatlas.output.animation;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far the moment moves from one frame to the next: a whole number of hours, days, months or years, written
 * as on the command line ({@code 6h}, {@code 1d}, {@code 1M}, {@code 1y}; {@code m} is accepted for months too,
 * as minutes are not a step an atlas of days needs).
 *
 * @param amount how many units, 1–1000
 * @param unit   hours, days, months or years
 */
public record FrameStep(int amount, ChronoUnit unit) {

    private static final Pattern TEXT = Pattern.compile("([0-9]{1,4})\\s*([hdmMy])");

    public FrameStep {
        if (amount < 1 || amount > 1000) {
            throw new IllegalArgumentException("a step of " + amount + " is outside 1-1000");
        }
        if (unit != ChronoUnit.HOURS && unit != ChronoUnit.DAYS && unit != ChronoUnit.MONTHS
                && unit != ChronoUnit.YEARS) {
            throw new IllegalArgumentException("a step is counted in hours, days, months or years, not " + unit);
        }
    }

    /** The step {@code text} names ("6h", "1d", "1M", "1y"), or empty when it names none. */
    public static Optional<FrameStep> parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int amount = Integer.parseInt(matcher.group(1));
        if (amount < 1 || amount > 1000) {
            return Optional.empty();
        }
        ChronoUnit unit = switch (matcher.group(2)) {
            case "h" -> ChronoUnit.HOURS;
            case "d" -> ChronoUnit.DAYS;
            case "m", "M" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        return Optional.of(new FrameStep(amount, unit));
    }

    /**
     * The moment {@code count} steps after {@code start}, counted from the start rather than step by step, so
     * that monthly frames from 31 January fall on 29 February, 31 March, 30 April….
     */
    public LocalDateTime after(LocalDateTime start, long count) {
        return start.plus(count * amount, unit);
    }

    /** Whether a frame at this step needs the time of day in its caption (steps in hours do). */
    public boolean showsTime() {
        return unit == ChronoUnit.HOURS;
    }

    /** "6h", "1d", "1M", "1y": the form {@link #parse} reads. */
    @Override
    public String toString() {
        return amount + switch (unit) {
            case HOURS -> "h";
            case DAYS -> "d";
            case MONTHS -> "M";
            default -> "y";
        };
    }
}
