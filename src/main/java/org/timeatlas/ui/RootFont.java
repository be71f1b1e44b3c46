package org.timeatlas.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;

/**
 * The interface's one root font size, from which every size scales: the style sheets give sizes in {@code em},
 * and what a view draws in code (a canvas, map marks, names in cached bitmaps) multiplies its sizes by
 * {@link #scaleOf} the font it inherits. At 100 % the root font is {@value #SIZE_AT_100} px, as {@code .root} in
 * {@code app.css} says; the interface is scaled by setting another size on the window's root.
 */
public final class RootFont {

    /** The root font size at 100 %, in CSS pixels; {@code app.css} sets the same on {@code .root}. */
    public static final double SIZE_AT_100 = 13;

    private RootFont() {
    }

    /** How much {@code inherited} (a font inherited from the root, unchanged on the way) is scaled: 1 at 100 %. */
    public static double scaleOf(Font inherited) {
        return inherited == null ? 1 : inherited.getSize() / SIZE_AT_100;
    }

    /**
     * Makes {@code swatch} a square {@code ems} wide in the font of {@code font} (e.g. of the text beside it), so a
     * swatch drawn in code grows with the text around it.
     */
    public static void squareInEm(Rectangle swatch, ObservableValue<Font> font, double ems) {
        swatch.widthProperty().bind(Bindings.createDoubleBinding(() -> font.getValue().getSize() * ems, font));
        swatch.heightProperty().bind(swatch.widthProperty());
    }

    /**
     * The {@code -fx-font} CSS property for a view that draws in code: like a Label's font it inherits the
     * root's family and size, so the view sees the interface scale change.
     *
     * @param property the view's styleable property that holds the font
     */
    public static <S extends Styleable> CssMetaData<S, Font> cssMetaData(Function<S, StyleableObjectProperty<Font>> property) {
        return new FontCssMetaData<>("-fx-font", Font.getDefault()) {
            @Override
            public boolean isSettable(S styleable) {
                return !property.apply(styleable).isBound();
            }

            @Override
            public StyleableProperty<Font> getStyleableProperty(S styleable) {
                return property.apply(styleable);
            }
        };
    }
}
