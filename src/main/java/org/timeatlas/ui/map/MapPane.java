package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.transform.Affine;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Territory;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.geo.ScreenBox;
import org.timeatlas.geo.WorldBox;
import org.timeatlas.time.StateIndex;
import org.timeatlas.ui.CssColours;
import org.timeatlas.ui.CurrentEvents;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Lenses;
import org.timeatlas.ui.RootFont;
import org.timeatlas.ui.Texts;

/**
 * The map: background, territories coloured by their status at the current moment, movements of forces,
 * names, event marks and air strikes, a legend strip along the bottom, scale bar, zoom buttons, a locator
 * map, and in day-by-day mode the period's map views. Shapes are built once per atlas and drawn in map metres inside one
 * group whose transform follows the viewport; names and marks are placed in screen pixels. A change of
 * moment only changes fills and which marks are shown. Clicking a territory or a mark selects it in the
 * explorer state.
 *
 * <p>It inherits the root font like a Label: names, marks and the map's chrome are sized in em or scaled by
 * {@link #uiScaleProperty}, the interface scale. The ink of the status patterns is its CSS property
 * {@code -map-pattern-ink}.</p>
 */
public final class MapPane extends Region implements org.timeatlas.ui.feature.MapLayerHost,
        org.timeatlas.ui.feature.Presentable {

    /** Outline vertices closer than this to the simplified outline are dropped; well under a pixel at home. */
    static final double SIMPLIFY_METRES = 20;
    private static final double INSET = 10;
    private static final double HOVER_OFFSET = 16;
    /** The legend folds when it would take more than 1 / this of the map's height. */
    private static final double CROWDED_SHARE = 3;
    private static final CssMetaData<MapPane, Font> FONT_CSS = RootFont.cssMetaData(map -> map.font);
    private static final CssMetaData<MapPane, Color> PATTERN_INK_CSS =
            CssColours.cssMetaData("-map-pattern-ink", map -> map.patternInk);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(FONT_CSS);
        all.add(PATTERN_INK_CSS);
        CSS_META_DATA = java.util.Collections.unmodifiableList(all);
    }

    private final StyleableObjectProperty<Font> font = new SimpleStyleableObjectProperty<>(FONT_CSS, this, "font",
            Font.getDefault());
    private final StyleableObjectProperty<Color> patternInk = CssColours.property(PATTERN_INK_CSS, this, "patternInk");
    private final ReadOnlyDoubleWrapper uiScale = new ReadOnlyDoubleWrapper(this, "uiScale", 1);
    private boolean presenting;
    private final javafx.beans.property.BooleanProperty legendFolded =
            new javafx.beans.property.SimpleBooleanProperty(this, "legendFolded", false);

    private final Atlas atlas;
    private final StateIndex index;
    private final ExplorerState state;
    private final Texts texts;
    private final ProjectedAtlas geometry;
    private final MapViewport viewport;
    private final Affine toScreen = new Affine();
    private final TerritoryLayer territories;
    private final LabelLayer labels;
    private final EventLayer events;
    private final MovementLayer movements;
    private final AirStrikeLayer strikes;
    private final MapPresetBar presets;
    private final LocatorMap locator;
    private final MapLegend legend;
    private final ScaleBar scaleBar;
    private final MapControls controls;
    private final HoverCard hoverCard = new HoverCard();
    private final java.util.List<javafx.util.Subscription> subscriptions = new ArrayList<>();
    private final Group featureLayers = new Group();
    private final HighlightOutlines highlights;
    private final OverlayPiles piles;
    private final ViewProjection projection;
    private final ViewGlide glide;
    private LabelPass pass;
    /** False until the map has been drawn once: a view asked for before then is shown at once, not glided to. */
    private boolean framed;
    private String hovered;
    private List<ScreenBox> lastObstacles = List.of();
    private double hoverX;
    private double hoverY;

    public MapPane(Atlas atlas, StateIndex index, ExplorerState state, CurrentEvents currentEvents, Texts texts) {
        this.atlas = atlas;
        this.index = index;
        this.state = state;
        this.texts = texts;
        getStyleClass().add("map-pane");
        getStylesheets().add(MapPane.class.getResource("/org/timeatlas/ui/map.css").toExternalForm());
        getStylesheets().add(MapPane.class.getResource("/org/timeatlas/ui/day-by-day.css").toExternalForm());
        setFocusTraversable(true);
        // a pane is not focused by a click as a control is: without this a search field kept the keys after a click
        // on the map, and the arrows typed into it instead of moving through time
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, press -> requestFocus());
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        accessibleTextProperty().bind(texts.text("map.accessible"));

        geometry = new ProjectedAtlas(atlas, SIMPLIFY_METRES);
        viewport = new MapViewport(geometry.home(), geometry.extent());
        uiScale.set(RootFont.scaleOf(font.get()));
        font.addListener((obs, old, now) -> { // its own property
            uiScale.set(RootFont.scaleOf(now));
            requestLayout();
        });
        StatusPaints paints = new StatusPaints(Lenses.allStatuses(atlas), geometry.extent().minX(), -geometry.extent().maxY(),
                patternInk.get());

        BaseLayer under = new BaseLayer(viewport.viewProperty(), geometry.base(), false);
        BaseLayer over = new BaseLayer(viewport.viewProperty(), geometry.base(), true);
        territories = new TerritoryLayer(viewport.viewProperty(), atlas.territories(), geometry, index, paints);
        // Scrubbing shows and hides event marks and moves labels all over the map, and the software renderer
        // repaints whatever lies under each dirty box: one bitmap of the base map and territories, redrawn only
        // when a fill changes, costs a copy instead of every territory's pattern and edge (scrub p95 19 -> 13
        // ms). Caching the base layers as well bought nothing more and held two more window-sized bitmaps
        // (15 MB). The hover and selection outlines stay outside the bitmap, so hovering does not redraw it.
        Group cached = new Group(under, territories, over);
        cached.setCache(true);
        highlights = new HighlightOutlines(viewport.viewProperty(), geometry);
        piles = new OverlayPiles(viewport.viewProperty(), atlas.territories(), atlas.statuses(), geometry, index,
                territories, state);
        Group world = new Group(cached, piles, highlights, territories.outlines());
        world.getStyleClass().add("map-world");
        world.getTransforms().add(toScreen);
        world.setMouseTransparent(true);
        world.setManaged(false);

        boolean hasAirStrikes = atlas.events().stream().anyMatch(e -> e.hasTag(Event.AIR_STRIKE));
        ReadOnlyDoubleProperty scale = uiScale.getReadOnlyProperty();
        legend = new MapLegend(atlas, atlas.sides(), hasAirStrikes, paints, scale, state, texts);
        scaleBar = new ScaleBar(texts, scale);
        controls = new MapControls(texts, scale, this::zoomIn, this::zoomOut, this::fitHome);
        events = new EventLayer(viewport.viewProperty(), atlas.events(), geometry, currentEvents.events(), state, texts,
                scale);
        strikes = new AirStrikeLayer(viewport.viewProperty(), atlas.events(), geometry, currentEvents.events(), state,
                texts, scale);
        movements = new MovementLayer(viewport.viewProperty(), atlas.movements(), atlas.sides(), geometry, state,
                () -> this.pass.request(), scale);
        labels = new LabelLayer(viewport.viewProperty(), atlas.places(), geometry, state, () -> this.pass.request());
        labels.followScale(scale);
        pass = new LabelPass(List.of(events, strikes, movements, piles, labels), this::keepClear,
                () -> new ScreenBox(0, 0, viewport.view().width(), viewport.view().height()));
        events.setOnLaidOut(pass::request);
        piles.setOnLaidOut(pass::request);
        strikes.setOnLaidOut(pass::request);
        projection = new ViewProjection(geometry.projector().projection(), viewport.viewProperty(), scale);
        glide = new ViewGlide(viewport::glideStep);
        viewport.onMove(glide::stop);
        patternInk.addListener((obs, old, ink) -> { // its own property, set by the style sheet
            paints.setPatternInk(ink);
            territories.refill();
            legend.refill();
        });
        for (Node layer : List.of(movements, labels, events, strikes)) {
            layer.setManaged(false);
        }
        presets = new MapPresetBar(state, texts, this::fitBounds);
        locator = new LocatorMap(geometry, atlas.territories().stream().map(Territory::id).toList(), scale,
                (x, y) -> viewport.centreOn(x, y, viewport.view().metresPerPixel()));
        featureLayers.setManaged(false);
        getChildren().addAll(world, movements, piles.names(), labels, events, strikes, featureLayers, pass, hoverCard, legend, scaleBar,
                presets, locator, controls);

        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        new MapNavigation(this, viewport, this::clickAt, this::hoverAt);
        viewport.viewProperty().addListener((obs, old, now) -> viewChanged(now)); // the map's own viewport
        legend.heightProperty().addListener((obs, old, now) -> labels.replace()); // a child of this pane
        legend.setOnFold(() -> legendFolded.set(true));
        legendFolded.addListener((obs, was, folded) -> { // its own property
            legend.close();
            requestLayout();
        });
        subscriptions.add(state.momentProperty().subscribe((old, now) -> showMoment()));
        subscriptions.add(state.lensProperty().subscribe((old, now) -> showMoment()));
        subscriptions.add(state.dayByDayProperty().subscribe((was, on) -> followFocus()));
        subscriptions.add(state.languageProperty().subscribe((old, now) -> {
            refreshHover();
            scaleBar.show(viewport.view().metresPerPixel());
        }));
        subscriptions.add(state.selectedTerritoryProperty().subscribe((old, now) -> territories.select(now)));
        subscriptions.add(state.onViewRequest(this::show));
        subscriptions.add(state.highlightProperty().subscribe(this::highlight));
        territories.select(state.selectedTerritoryProperty().get());
        showMoment();
        viewChanged(viewport.view());
    }

    /**
     * Adds a feature's layer over the map's own marks and under its chrome, laid out for the map's view like the
     * built-in layers; the names of the map keep clear of what it {@link org.timeatlas.ui.feature.MapLayer#occupied()
     * occupies}.
     */
    @Override
    public javafx.util.Subscription addLayer(org.timeatlas.ui.feature.MapLayer layer) {
        javafx.util.Subscription attached = layer.attach(projection);
        layer.setOnLaidOut(pass::request);
        featureLayers.getChildren().add(layer);
        pass.request();
        return () -> {
            featureLayers.getChildren().remove(layer);
            layer.setOnLaidOut(null);
            attached.unsubscribe();
            pass.request();
        };
    }

    /** Adds a node in the map's pixels that does not follow the view; a map layer is added as one. */
    @Override
    public javafx.util.Subscription addLayer(Node node) {
        if (node instanceof org.timeatlas.ui.feature.MapLayer layer) {
            return addLayer(layer);
        }
        featureLayers.getChildren().add(node);
        return () -> featureLayers.getChildren().remove(node);
    }

    @Override
    public org.timeatlas.ui.feature.LayerProjection projection() {
        return projection;
    }

    /** What the last label placement did: names shown and hidden, and any drawn names that overlap. */
    LabelPass.Report labelReport() {
        return pass.report();
    }

    ViewGlide glide() {
        return glide;
    }

    /** True while the map glides to a view that was asked for. */
    public boolean isGliding() {
        return glide.isGliding();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }

    /**
     * True while the legend is folded into its one "Legend" button by the user (it then opens over the map on a
     * click); false shows it as a strip along the bottom wherever the map has room for it.
     */
    public javafx.beans.property.BooleanProperty legendFoldedProperty() {
        return legendFolded;
    }

    /**
     * While presenting, the legend is folded into its "Legend" button (in large type it would cover the lower third
     * of the map); it opens over the map on a click, and K shows it again. Ending puts the fold back as it was.
     */
    @Override
    public javafx.util.Subscription present() {
        boolean wasFolded = legendFolded.get();
        presenting = true;
        legendFolded.set(true);
        return () -> {
            legendFolded.set(wasFolded);
            presenting = false;
        };
    }

    /** Whether the map is laid out for presenting: its legend's fold then is not the user's own choice. */
    public boolean isPresenting() {
        return presenting;
    }

    /** The interface scale the map draws at, from the root font it inherits: 1 at 100 %. */
    public ReadOnlyDoubleProperty uiScaleProperty() {
        return uiScale.getReadOnlyProperty();
    }

    /** Ends this map's listeners on the explorer state, when the explorer is closed. */
    public void dispose() {
        glide.stop();
        for (MapLayer layer : List.of(territories, labels, events, movements, strikes, highlights, piles)) {
            layer.dispose();
        }
        legend.dispose();
        subscriptions.forEach(javafx.util.Subscription::unsubscribe);
        subscriptions.clear();
    }

    /** Moves the map as a view request asks: a lon/lat box fitted, or a point at a scale. */
    private void show(org.timeatlas.ui.ViewRequest request) {
        if (request == null) {
            return;
        }
        Runnable land;
        MapView target;
        if (request.box() != null) {
            WorldBox box = geometry.projector().project(request.box());
            land = () -> viewport.fit(box);
            target = viewport.fitted(box);
        } else {
            double[] xy = geometry.projector().projection().project(request.lon(), request.lat());
            land = () -> viewport.centreOn(xy[0], xy[1], request.metresPerPixel());
            target = viewport.centred(xy[0], xy[1], request.metresPerPixel());
        }
        // before the first frame (a --snapshot, a remembered view at start) there is nothing to glide from
        if (!framed || getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            land.run();
        } else {
            glide.glide(viewport.view(), target, land);
        }
    }

    /** Draws a tour step's highlight: territories outlined, event marks ringed, movements emphasised and named. */
    private void highlight(org.timeatlas.atlas.Highlight picked) {
        highlights.show(picked == null ? List.of() : picked.territoryIds());
        events.highlight(picked == null ? List.of() : picked.eventIds());
        strikes.highlight(picked == null ? List.of() : picked.eventIds());
        movements.highlight(picked == null ? List.of() : picked.movementIds());
    }

    /** Moves the view by a fraction of its size: {@code dx} of its width to the east, {@code dy} of its height north. */
    public void pan(double dx, double dy) {
        viewport.panBy(-dx * getWidth(), dy * getHeight());
    }

    /** Shows all of a lon/lat box (e.g. a focus period's map view) in the part the legend leaves free. */
    public void fitBounds(org.timeatlas.atlas.Bounds bounds) {
        viewport.fit(geometry.projector().project(bounds));
    }

    /** Ids of the overlays drawn as named outlines now, because they lie over another overlay shown. */
    public java.util.Set<String> outlinedOverlayIds() {
        return piles.piledIds();
    }

    /** Ids of the movements drawn now. */
    public List<String> shownMovementIds() {
        return movements.shownIds();
    }

    /** How much of a movement's path is drawn now (0–1), or NaN when it is not drawn. */
    public double drawnFractionOf(String movementId) {
        return movements.drawnFraction(movementId);
    }

    /** Ids of the air strikes marked now. */
    public List<String> visibleAirStrikeIds() {
        return strikes.visibleIds();
    }

    public void fitHome() {
        viewport.fitHome();
    }


    public void zoomIn() {
        viewport.zoomIn();
    }

    public void zoomOut() {
        viewport.zoomOut();
    }

    /** Shows the same centre and scale as {@code other}, a view of another map of this atlas (compare). */
    public void follow(MapView other) {
        viewport.follow(other);
    }

    public ReadOnlyObjectProperty<MapView> viewProperty() {
        return viewport.viewProperty();
    }

    /** The id of the status the territory is drawn with now, or null when it is not drawn (an idle overlay). */
    public String fillStatusOf(String territoryId) {
        return territories.drawnStatusOf(territoryId);
    }

    /**
     * The node that marks the event {@code eventId} (an air strike's burst or another event's mark), shown or not;
     * empty when the event has no place. Marks have no node ids (see EventMarker).
     */
    public Optional<Node> eventMark(String eventId) {
        return events.mark(eventId).<Node>map(mark -> mark).or(() -> strikes.mark(eventId).map(mark -> mark));
    }

    /** Ids of the events marked on the map now, air strikes included. */
    public List<String> visibleEventIds() {
        List<String> ids = new ArrayList<>(events.visibleIds());
        ids.addAll(strikes.visibleIds());
        return ids;
    }

    /** Ids of the names shown now: place ids, and "country-N" for neighbouring countries. */
    public List<String> visibleLabelIds() {
        return labels.shownIds();
    }

    /** The size of the font of the name {@code labelId} (a place id, or "country-N") now, in pixels; NaN if none. */
    public double labelFontSize(String labelId) {
        return labels.fontSizeOf(labelId);
    }

    /** The territory (not overlay) drawn topmost at a point of this pane, if any. */
    public Optional<String> territoryAt(double x, double y) {
        MapView view = viewport.view();
        return geometry.hitTester().topmostAt(view.toWorldX(x), view.toWorldY(y));
    }

    /** Where a lon/lat position is drawn, in this pane's coordinates. */
    public Point2D pointOf(double lon, double lat) {
        double[] xy = geometry.projector().projection().project(lon, lat);
        MapView view = viewport.view();
        return new Point2D(view.toScreenX(xy[0]), view.toScreenY(xy[1]));
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (!framed && width > 0 && height > 0) {
            javafx.application.Platform.runLater(() -> framed = true); // after this pulse has drawn the map
        }
        double inset = INSET * uiScale.get();

        double scaleWidth = scaleBar.prefWidth(-1);
        double scaleHeight = scaleBar.prefHeight(scaleWidth);
        scaleBar.resizeRelocate(width - inset - scaleWidth, height - inset - scaleHeight, scaleWidth, scaleHeight);
        double legendWidth = Math.max(160 * uiScale.get(), width - 3 * inset - scaleWidth);
        // A legend that would take more than a third of the map folds into its toggle, which opens it over the map.
        boolean crowded = legendFolded.get() || legend.uncrowdedHeight(legendWidth) > height / CROWDED_SHARE;
        if (crowded != legend.isCrowded()) {
            legend.setCrowded(crowded);
        }
        boolean open = legend.expandedProperty().get();
        if (crowded && !open) {
            legendWidth = Math.min(legendWidth, legend.crowdedWidth());
        }
        double legendHeight = Math.min(legend.prefHeight(legendWidth), crowded && open ? height - 2 * inset : height / 2);
        legend.resizeRelocate(inset, height - inset - legendHeight, legendWidth, legendHeight);
        double locatorWidth = locator.prefWidth(-1);
        double controlsWidth = controls.prefWidth(-1);
        double locatorX = width - 2 * inset - controlsWidth - locatorWidth;
        double presetsWidth = Math.max(120 * uiScale.get(), locatorX - 2 * inset);
        double presetsHeight = presets.prefHeight(presetsWidth);
        boolean presetsShown = presets.hasViews() && 2 * inset + presetsHeight <= height - inset - legendHeight - inset;
        // the home box and every fitted view lie between the map views (when shown) and the legend, never under them
        viewport.reserve(presetsShown ? presetsHeight + inset : 0, 0, legendHeight + inset, 0);
        viewport.resize(width, height);

        double controlsHeight = controls.prefHeight(controlsWidth);
        controls.resizeRelocate(width - inset - controlsWidth, inset, controlsWidth, controlsHeight);
        // on a map too short for both (large scales, small windows) the zoom buttons stay and the scale bar goes
        scaleBar.setVisible(scaleBar.getLayoutY() >= 2 * inset + controlsHeight);
        locator.resizeRelocate(locatorX, inset, locatorWidth, locator.prefHeight(locatorWidth));
        locator.setVisible(locatorX > width / 2 && !showsWholeHome());
        presets.resizeRelocate(inset, inset, presetsWidth, presetsHeight);
        presets.setRoom(2 * inset + presetsHeight <= legend.getLayoutY() - inset);
        legend.setViewOrder(crowded && open ? -1 : 0); // opened over the map, it lies over the map views too
        hoverCard.autosize();
        placeHoverCard();
        // Names keep clear of the map's chrome: when it moved or changed size (e.g. with the interface scale), they
        // are placed again, even if they were placed earlier in this pulse, before the chrome was laid out.
        List<ScreenBox> chrome = obstacles();
        if (!chrome.equals(lastObstacles)) {
            lastObstacles = chrome;
            labels.replace();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    private void viewChanged(MapView view) {
        double[] centre = geometry.projector().projection().unproject(view.centerX(), view.centerY());
        state.reportShownView(org.timeatlas.ui.ViewRequest.at(centre[0], centre[1], view.metresPerPixel()));
        double scale = 1 / view.metresPerPixel();
        toScreen.setToTransform(scale, 0, view.width() / 2 - view.centerX() * scale,
                0, scale, view.height() / 2 + view.centerY() * scale);
        scaleBar.show(view.metresPerPixel());
        locator.show(view);
        locator.setVisible(!showsWholeHome() && locator.getLayoutX() > view.width() / 2);
        if (hovered != null) {
            hoverAt(hoverX, hoverY);
        }
        requestLayout();
    }

    private void showMoment() {
        territories.showMoment(state.moment(), state.lens());
        piles.showMoment(state.moment());
        refreshHover();
        followFocus();
    }

    /** Offers the map views of the focus period shown now. */
    private void followFocus() {
        presets.show(state.isDayByDayMode() ? atlas.info().focusAt(state.moment()).orElse(null) : null);
    }

    /** True while the whole home box is in sight: then the locator would only repeat the map. */
    private boolean showsWholeHome() {
        WorldBox seen = viewport.view().visibleBox();
        WorldBox home = geometry.home();
        return seen.minX() <= home.minX() && seen.maxX() >= home.maxX() && seen.minY() <= home.minY()
                && seen.maxY() >= home.maxY();
    }

    /** What names keep clear of besides marks: the map's chrome and what features' layers occupy. */
    private List<ScreenBox> keepClear() {
        List<ScreenBox> boxes = new ArrayList<>(obstacles());
        for (Node node : featureLayers.getChildren()) {
            if (node instanceof org.timeatlas.ui.feature.MapLayer layer && layer.isVisible()) {
                for (Bounds bounds : layer.occupied()) {
                    Bounds inMap = layer.localToParent(bounds);
                    boxes.add(new ScreenBox(inMap.getMinX(), inMap.getMinY(), inMap.getWidth(), inMap.getHeight()));
                }
            }
        }
        return boxes;
    }

    private void clickAt(double x, double y) {
        state.selectTerritory(territoryAt(x, y).orElse(null));
    }

    private void hoverAt(double x, double y) {
        hoverX = x;
        hoverY = y;
        String now = Double.isNaN(x) ? null : territoryAt(x, y).orElse(null);
        hovered = now;
        territories.hover(now);
        refreshHover();
    }

    private void refreshHover() {
        Optional<Territory> territory = hovered == null ? Optional.empty() : atlas.territory(hovered);
        if (territory.isEmpty()) {
            hoverCard.hide();
            return;
        }
        String language = state.language();
        String status = index.statusAt(hovered, state.moment(), state.lens())
                .map(s -> s.label().get(language))
                .orElseGet(() -> texts.get("map.hover.noStatus"));
        hoverCard.show(territory.get().name().get(language), status,
                texts.get("lens.hover", Lenses.name(atlas, state.lens(), texts)));
        hoverCard.applyCss();
        hoverCard.autosize();
        placeHoverCard();
        // Names keep clear of the map's chrome: when it moved or changed size (e.g. with the interface scale), they
        // are placed again, even if they were placed earlier in this pulse, before the chrome was laid out.
        List<ScreenBox> chrome = obstacles();
        if (!chrome.equals(lastObstacles)) {
            lastObstacles = chrome;
            labels.replace();
        }
    }

    /** Next to the pointer, flipped to the other side near the right or bottom edge. */
    private void placeHoverCard() {
        if (!hoverCard.isVisible()) {
            return;
        }
        double w = hoverCard.getWidth();
        double h = hoverCard.getHeight();
        double offset = HOVER_OFFSET * uiScale.get();
        double x = hoverX + offset + w > getWidth() ? hoverX - offset - w : hoverX + offset;
        double y = hoverY + offset + h > getHeight() ? hoverY - offset - h : hoverY + offset;
        hoverCard.relocate(Math.max(0, x), Math.max(0, y));
    }

    private List<ScreenBox> obstacles() {
        List<ScreenBox> boxes = new ArrayList<>();
        for (Node node : List.of(legend, controls, scaleBar, locator, presets)) {
            if (!node.isVisible()) {
                continue;
            }
            Bounds bounds = node.getBoundsInParent();
            boxes.add(new ScreenBox(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight()));
        }
        return boxes;
    }
}
