package org.timeatlas.output.handout;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.timeatlas.atlas.Status;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.WorldBox;
import org.timeatlas.i18n.Messages;

/**
 * A picture of the map at a moment, at any size (e.g. 1920 × 1080 for a slide), drawn off-screen: the map of a
 * world box filling the picture, a caption (the atlas title and the moment, in the chosen language), the legend
 * of the statuses shown and a scale bar. Type sizes follow the picture's height so a slide reads alike at every size.
 */
public final class MomentPicture {

    private static final Color CAPTION_GROUND = new Color(255, 255, 255, 225);
    private static final Color INK = new Color(0x21, 0x21, 0x21);

    private final MapPicture map;

    public MomentPicture(MapPicture map) {
        this.map = map;
    }

    /**
     * Draws the picture.
     *
     * @param box    the area of the map to show (map metres), e.g. the atlas's home box or the view on screen
     * @param title  the first caption line (the atlas title)
     * @throws IllegalArgumentException if the size is not positive
     */
    public BufferedImage draw(int width, int height, WorldBox box, LocalDateTime moment, String title,
                              Messages messages) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a picture needs a positive size, not " + width + "×" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            float unit = height / 54f; // 20 px at 1080
            String when = messages.moment(moment, moment.getHour() != 0 || moment.getMinute() != 0);
            TextLayout[] lines = captionLines(g, title, when, unit);
            Rectangle2D captionBox = captionBox(lines, unit);
            // the box is shown below the caption, which would otherwise hide its north-west (Abkhazia's coast)
            MapView view = map.draw(g, MapView.fittingInside(box, width, height, captionBox.getMaxY(), 0, 0, 0, 0),
                    moment);
            caption(g, lines, captionBox, unit);
            List<Rectangle2D> keepClear = new ArrayList<>(List.of(captionBox,
                    MapPicture.scaleBarBox(view, width / 5.0, unit * 0.8f)));
            legend(g, map.statusesAt(moment), messages.language(), width, height, unit).ifPresent(keepClear::add);
            map.drawNames(g, view, messages.language(), unit * 0.85f, keepClear);
            MapPicture.drawScaleBar(g, view, width / 5.0, unit * 0.8f, km -> HandoutWriter.scaleLabel(messages, km));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static TextLayout[] captionLines(Graphics2D g, String title, String when, float unit) {
        return new TextLayout[] {HandoutFonts.layout(title, unit * 1.2f, true, g.getFontRenderContext()),
            HandoutFonts.layout(when, unit * 1.6f, true, g.getFontRenderContext())};
    }

    private static Rectangle2D captionBox(TextLayout[] lines, float unit) {
        float pad = unit * 0.7f;
        float width = Math.max(lines[0].getAdvance(), lines[1].getAdvance()) + 2 * pad;
        float height = lines[0].getAscent() + lines[0].getDescent() + lines[1].getAscent() + lines[1].getDescent()
                + 2 * pad;
        return new Rectangle2D.Float(unit, unit, width, height);
    }

    private static void caption(Graphics2D g, TextLayout[] lines, Rectangle2D box, float unit) {
        TextLayout first = lines[0];
        TextLayout second = lines[1];
        float pad = unit * 0.7f;
        g.setColor(CAPTION_GROUND);
        g.fill(box);
        g.setColor(INK);
        float y = unit + pad + first.getAscent();
        first.draw(g, unit + pad, y);
        y += first.getDescent() + second.getAscent();
        second.draw(g, unit + pad, y);
    }

    /** Draws the legend of {@code statuses} at the bottom right; returns its box (empty without statuses). */
    private static Optional<Rectangle2D> legend(Graphics2D g, List<Status> statuses, String language, int width,
                                                int height, float unit) {
        if (statuses.isEmpty()) {
            return Optional.empty();
        }
        float size = unit * 0.8f;
        float pad = unit * 0.6f;
        float swatch = size * 1.8f;
        float line = size * 1.7f;
        float textWidth = 0;
        for (Status status : statuses) {
            textWidth = Math.max(textWidth, HandoutFonts.layout(status.label().get(language), size, false,
                    g.getFontRenderContext()).getAdvance());
        }
        float boxWidth = pad * 3 + swatch + textWidth;
        float boxHeight = pad * 2 + line * statuses.size();
        float x = width - unit - boxWidth;
        float y = height - unit - boxHeight;
        g.setColor(CAPTION_GROUND);
        g.fill(new Rectangle2D.Float(x, y, boxWidth, boxHeight));
        float top = y + pad;
        for (Status status : statuses) {
            Rectangle2D.Float sample = new Rectangle2D.Float(x + pad, top + (line - size) / 2, swatch, size);
            g.setPaint(MapPicture.paint(status));
            g.fill(sample);
            g.setColor(INK);
            g.draw(sample);
            TextLayout label = HandoutFonts.layout(status.label().get(language), size, false, g.getFontRenderContext());
            label.draw(g, x + pad * 2 + swatch, top + line / 2 + (label.getAscent() - label.getDescent()) / 2);
            top += line;
        }
        return Optional.of(new Rectangle2D.Float(x, y, boxWidth, boxHeight));
    }
}
