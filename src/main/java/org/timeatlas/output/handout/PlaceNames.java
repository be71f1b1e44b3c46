package org.timeatlas.output.handout;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.timeatlas.atlas.Place;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;

/**
 * The names of the atlas's places on a map picture (a handout's map, a slide), as the window's map names them:
 * regions in bold at their point, capitals and towns beside a dot, neighbouring countries in grey; the most
 * important first, and a name that would cover another name, a dot or what must stay clear (the caption, the
 * legend) is left out. Villages and sites (rank 6 and more) are named only in a picture closer than
 * {@value #MINOR_METRES_PER_PIXEL} metres a pixel, as on the screen.
 */
final class PlaceNames {

    static final int MINOR_RANK = 6;
    static final double MINOR_METRES_PER_PIXEL = 250;

    private static final Color INK = new Color(0x21, 0x21, 0x21);
    private static final Color COUNTRY_INK = new Color(0x5f, 0x5b, 0x52);
    private static final Color HALO = new Color(255, 255, 255, 220);

    private record Name(String text, double x, double y, int rank, String kind) {
    }

    private PlaceNames() {
    }

    /**
     * Draws the names in {@code language} into {@code g}, whose units are the view's pixels.
     *
     * @param size      the type size of a town's name, in the view's units (a region's is larger)
     * @param keepClear boxes no name may cover (in the same units)
     * @return the names drawn, in the order placed
     */
    static List<String> draw(Graphics2D g, MapView view, List<Place> places, ProjectedAtlas projected, String language,
                    float size, List<Rectangle2D> keepClear) {
        boolean minorToo = view.metresPerPixel() < MINOR_METRES_PER_PIXEL;
        List<Name> names = new ArrayList<>();
        for (Place place : places) {
            if (place.rank() >= MINOR_RANK && !minorToo) {
                continue;
            }
            projected.placePoint(place.id()).ifPresent(point -> names.add(new Name(place.name().get(language),
                    view.toScreenX(point[0]), view.toScreenY(point[1]), place.rank(), place.kind())));
        }
        for (ProjectedAtlas.BaseShape feature : projected.base()) {
            if (feature.labelAt() != null && "land".equals(feature.role())) {
                names.add(new Name(feature.name().get(language), view.toScreenX(feature.labelAt()[0]),
                        view.toScreenY(feature.labelAt()[1]), 2, "country"));
            }
        }
        // a region's name gives way to the towns of its rank and the next (Tskhinvali lies at South Ossetia's point)
        names.sort(Comparator.comparingDouble(name -> isArea(name) ? name.rank() + 1.5 : name.rank()));
        double dot = size * 0.42;
        List<Rectangle2D> taken = new ArrayList<>(keepClear);
        for (Name name : names) {
            if (!isArea(name)) {
                taken.add(new Rectangle2D.Double(name.x() - dot, name.y() - dot, 2 * dot, 2 * dot));
            }
        }
        Rectangle2D picture = new Rectangle2D.Double(0, 0, view.width(), view.height());
        Graphics2D at = (Graphics2D) g.create();
        List<String> drawn = new ArrayList<>();
        try {
            at.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (Name name : names) {
                if (name.text() == null || name.text().isBlank() || !picture.contains(name.x(), name.y())) {
                    continue;
                }
                if (place(at, name, size, dot, picture, taken)) {
                    drawn.add(name.text());
                }
            }
        } finally {
            at.dispose();
        }
        return drawn;
    }

    /** Draws {@code name} in the first of its positions that is free, and takes its box; false when none is. */
    private static boolean place(Graphics2D g, Name name, float size, double dot, Rectangle2D picture,
                                 List<Rectangle2D> taken) {
        boolean area = isArea(name);
        boolean bold = area && !name.kind().equals("country") || name.kind().equals("capital");
        float type = name.kind().equals("region") ? size * 1.25f : name.kind().equals("capital") ? size * 1.1f : size;
        TextLayout layout = HandoutFonts.layout(name.text(), type, bold, g.getFontRenderContext());
        double width = layout.getAdvance();
        double ascent = layout.getAscent();
        double height = ascent + layout.getDescent();
        double gap = dot * 1.6;
        double[][] corners = area
                ? new double[][] {{name.x() - width / 2, name.y() - height / 2},
                    {name.x() - width / 2, name.y() - height * 1.7}, {name.x() - width / 2, name.y() + height * 0.7}}
                : new double[][] {
                    {name.x() + gap, name.y() - height / 2}, {name.x() - gap - width, name.y() - height / 2},
                    {name.x() - width / 2, name.y() - gap - height}, {name.x() - width / 2, name.y() + gap}};
        for (double[] corner : corners) {
            Rectangle2D box = new Rectangle2D.Double(corner[0], corner[1], width, height);
            boolean blocked = taken.stream().anyMatch(other -> other.intersects(box))
                    && !(area && overlapsOnlyDots(box, taken, dot));
            if (blocked || !picture.contains(box)) {
                continue;
            }
            taken.add(box);
            if (!area) {
                g.setColor(INK);
                g.fill(new Ellipse2D.Double(name.x() - dot / 2, name.y() - dot / 2, dot, dot));
            }
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(corner[0], corner[1] + ascent));
            g.setColor(HALO);
            g.setStroke(new BasicStroke(type * 0.22f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(name.kind().equals("country") ? COUNTRY_INK : INK);
            g.fill(outline);
            return true;
        }
        return false;
    }

    private static boolean isArea(Name name) {
        return name.kind().equals("region") || name.kind().equals("country");
    }

    /** Whether the boxes {@code box} meets are all town dots (an area's name may lie across a dot). */
    private static boolean overlapsOnlyDots(Rectangle2D box, List<Rectangle2D> taken, double dot) {
        return taken.stream().filter(other -> other.intersects(box))
                .allMatch(other -> other.getWidth() <= 2 * dot + 1e-9 && other.getHeight() <= 2 * dot + 1e-9);
    }
}
