package org.timeatlas.ui.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableStringProperty;
import javafx.css.Styleable;
import javafx.css.StyleConverter;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.StyleableStringProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.timeatlas.atlas.EventType;
import org.timeatlas.ui.CssColours;

/**
 * Colours and font families of what the timeline's canvas draws. A canvas cannot be styled by CSS, so they are
 * styleable properties of the {@link TimelineView} that timeline.css sets from the theme's roles, e.g.
 * {@code -timeline-track: -ta-timeline-track}; each ink's CSS property is {@code -timeline-} and its name in
 * lower case with dashes. Until a style sheet sets them they are {@link CssColours#UNSTYLED} and the system font.
 */
final class TimelinePalette {

    /** What the canvas paints; the event types' inks are named after {@link EventType}. */
    enum Ink {
        TRACK, TRACK_ALTERNATE, SEGMENT_BOUNDARY, AXIS_LINE, TICK,
        /** Faint lines carrying a year tick down to the year labels, across the empty rows between. */
        YEAR_GUIDE,
        LABEL, LABEL_MINOR, SELECTION, SELECTION_HALO, ERA_TEXT, ERA_BORDER, ERA_1, ERA_2, ERA_3, ERA_4,
        /** The inside of a claim's hollow mark. */
        CLAIM_FILL,
        MILITARY, POLITICAL, DIPLOMATIC, ECONOMIC, HUMANITARIAN, PEACEKEEPING;

        String cssProperty() {
            return "-timeline-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final Ink[] ERA_FILLS = {Ink.ERA_1, Ink.ERA_2, Ink.ERA_3, Ink.ERA_4};
    private static final Map<Ink, CssMetaData<TimelineView, Color>> INK_CSS = new EnumMap<>(Ink.class);
    private static final CssMetaData<TimelineView, String> LATIN_CSS =
            family("-timeline-latin-font-family", palette -> palette.latinFamily);
    private static final CssMetaData<TimelineView, String> DEVANAGARI_CSS =
            family("-timeline-devanagari-font-family", palette -> palette.devanagariFamily);

    static {
        for (Ink ink : Ink.values()) {
            INK_CSS.put(ink, CssColours.cssMetaData(ink.cssProperty(), view -> view.palette().inks.get(ink)));
        }
    }

    private final Map<Ink, StyleableObjectProperty<Color>> inks = new EnumMap<>(Ink.class);
    private final StyleableStringProperty latinFamily;
    private final StyleableStringProperty devanagariFamily;

    /** @param changed called when a style sheet changes any of them, to paint again */
    TimelinePalette(TimelineView view, Runnable changed) {
        for (Ink ink : Ink.values()) {
            StyleableObjectProperty<Color> property = CssColours.property(INK_CSS.get(ink), view, ink.name());
            property.addListener((obs, old, now) -> changed.run()); // the view's own properties: no leak
            inks.put(ink, property);
        }
        String system = Font.getDefault().getFamily();
        latinFamily = new SimpleStyleableStringProperty(LATIN_CSS, view, "latinFamily", system);
        devanagariFamily = new SimpleStyleableStringProperty(DEVANAGARI_CSS, view, "devanagariFamily", system);
        latinFamily.addListener((obs, old, now) -> changed.run());
        devanagariFamily.addListener((obs, old, now) -> changed.run());
    }

    /** The CSS properties these add to {@code base} (the view's own), for {@link TimelineView#getCssMetaData}. */
    static List<CssMetaData<? extends Styleable, ?>> cssMetaData(List<CssMetaData<? extends Styleable, ?>> base) {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(base);
        all.addAll(INK_CSS.values());
        all.add(LATIN_CSS);
        all.add(DEVANAGARI_CSS);
        return Collections.unmodifiableList(all);
    }

    Color colour(Ink ink) {
        return inks.get(ink).get();
    }

    Color eventColour(EventType type) {
        return colour(Ink.valueOf(type.name()));
    }

    Color eraFill(int index) {
        return colour(ERA_FILLS[index % ERA_FILLS.length]);
    }

    /** A font that has the glyphs of {@code text}: the canvas does not fall back between fonts by itself. */
    Font fontFor(String text, FontWeight weight, double size) {
        return Font.font(hasDevanagari(text) ? devanagariFamily.get() : latinFamily.get(), weight, size);
    }

    static boolean hasDevanagari(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI);
    }

    private static CssMetaData<TimelineView, String> family(String property,
                                                           Function<TimelinePalette, StyleableStringProperty> field) {
        return new CssMetaData<>(property, StyleConverter.getStringConverter(), Font.getDefault().getFamily()) {
            @Override
            public boolean isSettable(TimelineView view) {
                return !field.apply(view.palette()).isBound();
            }

            @Override
            public StyleableProperty<String> getStyleableProperty(TimelineView view) {
                return field.apply(view.palette());
            }
        };
    }
}
