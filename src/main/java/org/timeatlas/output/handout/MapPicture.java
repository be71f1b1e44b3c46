package org.timeatlas.output.handout;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Pattern;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.geo.ProjectedShape;
import org.timeatlas.geo.ScaleBarMeasure;
import org.timeatlas.geo.WorldBox;
import org.timeatlas.time.StateIndex;

/**
 * The map at a moment drawn with Java2D, so that it needs no screen: into a PDF page (vector shapes) or a
 * picture of any size. It draws what the explorer's map draws — sea and neighbouring land, the territories in
 * their status colours and patterns (approximate outlines dashed, overlays over them), lakes, rivers and
 * borders — in the explorer's light theme colours, and a scale bar. Sizes are in the target's units (points
 * or pixels); the map fills {@code width × height} from the origin.
 */
public final class MapPicture {

    // the light theme's roles (app.css): sea, land, rivers, borders, territory edges, pattern ink
    private static final Color SEA = new Color(0xaa, 0xcf, 0xea);
    private static final Color SEA_EDGE = new Color(0x4f, 0x86, 0xb8);
    private static final Color LAND = new Color(0xe3, 0xe1, 0xdb);
    private static final Color LAND_EDGE = new Color(0xa9, 0xa5, 0x98);
    private static final Color RIVER = new Color(0x2f, 0x6f, 0xae);
    private static final Color BORDER = new Color(0x7d, 0x79, 0x6f);
    private static final Color RELIEF = new Color(0, 0, 0, 13);
    private static final Color TERRITORY_EDGE = new Color(0x21, 0x21, 0x21, 204);
    private static final Color PATTERN_INK = new Color(0, 0, 0, 140);
    private static final Set<String> OVER_TERRITORIES = Set.of("lake", "river", "border");
    /** Tile edge of a status pattern, in the target's units. */
    private static final int TILE = 10;

    private final Atlas atlas;
    private final ProjectedAtlas projected;
    private final StateIndex index;

    public MapPicture(Atlas atlas, ProjectedAtlas projected, StateIndex index) {
        this.atlas = atlas;
        this.projected = projected;
        this.index = index;
    }

    /** With the atlas projected here (about a second for the embedded atlas). */
    public static MapPicture of(Atlas atlas, StateIndex index) {
        return new MapPicture(atlas, new ProjectedAtlas(atlas, 0), index);
    }

    /** The atlas's home box, the area a handout shows. */
    public WorldBox home() {
        return projected.home();
    }

    /**
     * Draws the map of {@code box} (map metres) at {@code moment} into {@code g}, filling {@code width × height};
     * returns the view used (for placing a scale bar or markers).
     */
    public MapView draw(Graphics2D g, double width, double height, WorldBox box, LocalDateTime moment) {
        return draw(g, MapView.fitting(box, width, height, 0), moment);
    }

    /**
     * Draws the map as {@code view} shows it (its size is the area filled, from 0,0) at {@code moment} into
     * {@code g}; returns the view.
     */
    public MapView draw(Graphics2D g, MapView view, LocalDateTime moment) {
        double width = view.width();
        double height = view.height();
        Graphics2D map = (Graphics2D) g.create();
        try {
            map.clip(new Rectangle2D.Double(0, 0, width, height));
            map.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            map.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            map.setColor(SEA);
            map.fill(new Rectangle2D.Double(0, 0, width, height));
            drawBase(map, view, false);
            Map<String, Status> statuses = atlas.statusesById();
            Map<String, Paint> paints = new HashMap<>();
            for (boolean overlays : new boolean[] {false, true}) {
                for (Territory territory : atlas.territories()) {
                    if ((territory.kind() == TerritoryKind.OVERLAY) != overlays) {
                        continue;
                    }
                    Status status = index.statusAt(territory.id(), moment).orElse(null);
                    if (status == null) {
                        continue;
                    }
                    Shape shape = shapeOf(projected.territoryShape(territory.id()), view);
                    map.setPaint(paints.computeIfAbsent(status.id(), id -> paint(statuses.get(id))));
                    map.fill(shape);
                    map.setColor(TERRITORY_EDGE);
                    map.setStroke(territory.approximate()
                            ? new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {4, 3}, 0)
                            : new BasicStroke(overlays ? 0.6f : 0.9f));
                    map.draw(shape);
                }
            }
            drawBase(map, view, true);
        } finally {
            map.dispose();
        }
        return view;
    }

    /**
     * Draws the names of the atlas's places and neighbouring countries in {@code language} over a map drawn with
     * {@code view}, towns' names {@code size} units high, none over {@code keepClear}; returns the names drawn.
     */
    public List<String> drawNames(Graphics2D g, MapView view, String language, float size, List<Rectangle2D> keepClear) {
        return PlaceNames.draw(g, view, atlas.places(), projected, language, size, keepClear);
    }

    /** The box {@link #drawScaleBar} may cover with the same view, length and size (label included). */
    public static Rectangle2D scaleBarBox(MapView view, double maxLength, float size) {
        return new Rectangle2D.Double(0, view.height() - size * 3.2, maxLength + size * 7, size * 3.2);
    }

    /**
     * Draws a scale bar with its length label ({@code label} formats the kilometres, e.g. "50 km") at the
     * bottom left of the map, at most {@code maxLength} long.
     */
    public static void drawScaleBar(Graphics2D g, MapView view, double maxLength, float size,
                                    java.util.function.DoubleFunction<String> label) {
        ScaleBarMeasure measure = ScaleBarMeasure.fitting(view.metresPerPixel(), maxLength);
        double x = size;
        double y = view.height() - size;
        Graphics2D bar = (Graphics2D) g.create();
        try {
            bar.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            bar.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            java.awt.font.TextLayout text = HandoutFonts.layout(label.apply(measure.kilometres()), size, false,
                    bar.getFontRenderContext());
            bar.setColor(new Color(255, 255, 255, 210));
            bar.fill(new Rectangle2D.Double(x - size * 0.4, y - size * 1.9,
                    measure.pixels() + text.getAdvance() + size * 1.4, size * 2.4));
            bar.setColor(Color.DARK_GRAY);
            bar.setStroke(new BasicStroke(Math.max(1f, size / 8)));
            bar.draw(new java.awt.geom.Line2D.Double(x, y, x + measure.pixels(), y));
            bar.draw(new java.awt.geom.Line2D.Double(x, y - size / 2, x, y));
            bar.draw(new java.awt.geom.Line2D.Double(x + measure.pixels(), y - size / 2, x + measure.pixels(), y));
            text.draw(bar, (float) (x + measure.pixels() + size * 0.5), (float) y);
        } finally {
            bar.dispose();
        }
    }

    /** The fill of a status: its colour with its pattern over it; an overlay's pattern alone, or a light wash. */
    static Paint paint(Status status) {
        if (status == null) {
            return new Color(0, 0, 0, 0);
        }
        Color colour = colour(status.colour());
        if (status.pattern() == Pattern.NONE) {
            return status.overlay() ? new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 64) : colour;
        }
        BufferedImage tile = new BufferedImage(TILE * 4, TILE * 4, BufferedImage.TYPE_INT_ARGB);
        Graphics2D t = tile.createGraphics();
        try {
            t.scale(4, 4); // drawn at four times the size so the pattern stays sharp when printed
            t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (!status.overlay()) {
                t.setColor(colour);
                t.fillRect(0, 0, TILE, TILE);
            }
            t.setColor(status.overlay() ? colour : PATTERN_INK);
            t.setStroke(new BasicStroke(1.7f));
            switch (status.pattern()) {
                case HATCH -> diagonals(t, false);
                case CROSSHATCH -> {
                    diagonals(t, false);
                    diagonals(t, true);
                }
                case DOTS -> t.fill(new java.awt.geom.Ellipse2D.Double(TILE / 2.0 - 1.7, TILE / 2.0 - 1.7, 3.4, 3.4));
                default -> { }
            }
        } finally {
            t.dispose();
        }
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, TILE, TILE));
    }

    /** Lines x + y = k·TILE (or x − y), drawn past the tile's edges so neighbouring tiles join. */
    private static void diagonals(Graphics2D t, boolean other) {
        for (int k = -1; k <= 2; k++) {
            double c = k * TILE;
            if (other) {
                t.draw(new java.awt.geom.Line2D.Double(c - TILE, -TILE, c + 2 * TILE, 2 * TILE));
            } else {
                t.draw(new java.awt.geom.Line2D.Double(c + TILE, -TILE, c - 2 * TILE, 2 * TILE));
            }
        }
    }

    /** "#rrggbb" or "#rgb" as a colour; anything else grey (the loader has checked the atlas's colours). */
    static Color colour(String css) {
        String hex = css.startsWith("#") ? css.substring(1) : css;
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        try {
            return new Color(Integer.parseInt(hex.substring(0, 6), 16));
        } catch (RuntimeException notHex) {
            return Color.GRAY;
        }
    }

    private void drawBase(Graphics2D g, MapView view, boolean over) {
        for (ProjectedAtlas.BaseShape feature : projected.base()) {
            if (OVER_TERRITORIES.contains(feature.role()) != over) {
                continue;
            }
            Shape shape = shapeOf(feature.shape(), view);
            switch (feature.role()) {
                case "sea", "lake" -> fillAndDraw(g, shape, feature.shape().closed(), SEA, SEA_EDGE, 0.6f);
                case "land" -> fillAndDraw(g, shape, feature.shape().closed(), LAND, LAND_EDGE, 0.8f);
                case "relief" -> fillAndDraw(g, shape, feature.shape().closed(), RELIEF, null, 0);
                case "river" -> fillAndDraw(g, shape, false, null, RIVER, 1.1f);
                case "border" -> fillAndDraw(g, shape, false, null, BORDER, 1.4f);
                default -> fillAndDraw(g, shape, feature.shape().closed(), null, BORDER, 0.8f);
            }
        }
    }

    private static void fillAndDraw(Graphics2D g, Shape shape, boolean fill, Color fillColour, Color edge, float width) {
        if (fill && fillColour != null) {
            g.setColor(fillColour);
            g.fill(shape);
        }
        if (edge != null && width > 0) {
            g.setColor(edge);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }

    /** The shape in the view's coordinates; areas use the even-odd rule (holes are rings of their own). */
    static Shape shapeOf(ProjectedShape shape, MapView view) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] ring : shape.rings()) {
            if (ring.length < 4) {
                continue;
            }
            path.moveTo(view.toScreenX(ring[0]), view.toScreenY(ring[1]));
            for (int i = 2; i + 1 < ring.length; i += 2) {
                path.lineTo(view.toScreenX(ring[i]), view.toScreenY(ring[i + 1]));
            }
            if (shape.closed()) {
                path.closePath();
            }
        }
        return path;
    }

    /** The statuses drawn at {@code moment}, in the atlas's order, for a legend. */
    public List<Status> statusesAt(LocalDateTime moment) {
        Set<String> ids = new java.util.HashSet<>();
        for (Territory territory : atlas.territories()) {
            index.statusAt(territory.id(), moment).ifPresent(s -> ids.add(s.id()));
        }
        return atlas.statuses().stream().filter(s -> ids.contains(s.id())).toList();
    }
}
