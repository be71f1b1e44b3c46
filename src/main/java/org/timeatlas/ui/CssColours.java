package org.timeatlas.ui;

import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleConverter;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Color;

/**
 * Colours a view paints in code (on a canvas, into a pattern tile) as CSS properties of the view, so the style
 * sheets set them from the theme's roles like any other colour, e.g. {@code -locator-sea: -ta-locator-sea}.
 * Until a style sheet sets one it is {@link #UNSTYLED}.
 */
public final class CssColours {

    /** The colour of a property no style sheet has set: visible, and plainly not a choice. */
    public static final Color UNSTYLED = Color.GRAY;

    private CssColours() {
    }

    /**
     * The CSS property {@code property} (e.g. {@code -locator-sea}) of a view, holding a colour.
     *
     * @param field the view's styleable property that holds it
     */
    public static <S extends Styleable> CssMetaData<S, Color> cssMetaData(String property,
                                                                        Function<S, StyleableObjectProperty<Color>> field) {
        return new CssMetaData<>(property, StyleConverter.getColorConverter(), UNSTYLED) {
            @Override
            public boolean isSettable(S styleable) {
                return !field.apply(styleable).isBound();
            }

            @Override
            public StyleableProperty<Color> getStyleableProperty(S styleable) {
                return field.apply(styleable);
            }
        };
    }

    /** A view's colour property for {@code metaData}, {@link #UNSTYLED} until a style sheet sets it. */
    public static <S extends Styleable> StyleableObjectProperty<Color> property(CssMetaData<S, Color> metaData,
                                                                               S view, String name) {
        return new SimpleStyleableObjectProperty<>(metaData, view, name, UNSTYLED);
    }
}
