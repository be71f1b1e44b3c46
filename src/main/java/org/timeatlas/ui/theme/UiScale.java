package org.timeatlas.ui.theme;

import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.timeatlas.ui.RootFont;

/**
 * How large the whole interface is drawn, as a factor of its size at 100 %: from {@value #MIN} to {@value #MAX}, in
 * the {@link #STEPS} that Ctrl+= and Ctrl+− go through. It lives as long as the application (the same scale for
 * every atlas opened) and is what the settings remember; {@link ThemeFeature} applies it to the windows.
 */
public final class UiScale {

    public static final double MIN = 0.75;
    public static final double MAX = 2.5;
    public static final double NORMAL = 1;
    /** The scales Ctrl+= and Ctrl+− step through: 75, 90, 100, 110, 125, 150, 175, 200 and 250 %. */
    public static final List<Double> STEPS = List.of(0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5);
    /** A system property with a factor to start at (e.g. {@code -Dtimeatlas.uiScale=1.5}), for snapshots and demos. */
    public static final String START_PROPERTY = "timeatlas.uiScale";

    private static final double SAME = 1e-6;

    private final ReadOnlyDoubleWrapper factor = new ReadOnlyDoubleWrapper(this, "factor", NORMAL);

    /** A scale at 100 %. */
    public UiScale() {
    }

    /**
     * A scale at the factor the system property {@value #START_PROPERTY} gives, else at 100 %.
     *
     * @throws IllegalArgumentException when the property is set but is not a number
     */
    public static UiScale initial() {
        UiScale scale = new UiScale();
        String start = System.getProperty(START_PROPERTY);
        if (start != null && !start.isBlank()) {
            try {
                scale.set(Double.parseDouble(start.strip()));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("-D" + START_PROPERTY + "=" + start + ": not a number such as 1.5");
            }
        }
        return scale;
    }

    /** The factor now, 1 at 100 %. */
    public ReadOnlyDoubleProperty factorProperty() {
        return factor.getReadOnlyProperty();
    }

    public double get() {
        return factor.get();
    }

    /** Sets the factor, held within {@value #MIN} … {@value #MAX} (e.g. a remembered one); NaN is taken as 100 %. */
    public void set(double newFactor) {
        factor.set(Double.isNaN(newFactor) ? NORMAL : Math.max(MIN, Math.min(MAX, newFactor)));
    }

    /** The next step up, or {@value #MAX} when there is none. */
    public void larger() {
        set(STEPS.stream().filter(step -> step > get() + SAME).findFirst().orElse(MAX));
    }

    /** The next step down, or {@value #MIN} when there is none. */
    public void smaller() {
        set(STEPS.stream().filter(step -> step < get() - SAME).reduce((first, second) -> second).orElse(MIN));
    }

    public void reset() {
        set(NORMAL);
    }

    public boolean isLargest() {
        return get() >= MAX - SAME;
    }

    public boolean isSmallest() {
        return get() <= MIN + SAME;
    }

    /** The root font size at this scale, in pixels. */
    public double rootFontSize() {
        return RootFont.SIZE_AT_100 * get();
    }

    @Override
    public String toString() {
        return Math.round(get() * 100) + " %";
    }
}
