package org.timeatlas.ui.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.timeatlas.ui.command.ToolbarPlace;
import org.timeatlas.ui.command.ToolbarRenderer;
import org.timeatlas.ui.feature.MapLayerHost;
import org.timeatlas.ui.feature.Slots;

/**
 * The explorer's window and its slots: menus and toolbar on top, the map beside a column of panels, the
 * timeline below, and overlays over everything. The column's dividers are the user's: where they were left is
 * kept for each combination of panels shown (the day card comes and goes) and can be saved in the settings.
 */
public final class MainWindow implements Slots {

    /** The map's share of the width until the user moves the divider. */
    static final double MAP_SHARE = 0.70;

    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final SplitPane centre = new SplitPane();
    private final SplitPane column = new SplitPane();
    private final List<Panel> panels = new ArrayList<>();
    private final Map<String, double[]> dividers = new HashMap<>();
    private MapLayerHost mapHost;
    private String shownPanels = "";
    private final ToolbarRenderer toolbar;
    private final Node top;
    private Node bottom;
    private boolean presenting;

    private record Panel(String id, Node node, int order, ObservableBooleanValue shown) { }

    public MainWindow(MenuBar menus, ToolbarRenderer toolbar) {
        this.toolbar = toolbar;
        root.getStyleClass().add("main-window");
        root.getChildren().add(frame);
        top = new VBox(menus, toolbar.bar());
        frame.setTop(top);
        column.setOrientation(Orientation.VERTICAL);
        column.getStyleClass().add("side-panel");
        column.setId("side-column");
        column.setMinWidth(0);
        SplitPane.setResizableWithParent(column, false);
        centre.getStyleClass().add("main-split");
        centre.getItems().add(column);
        centre.setDividerPositions(MAP_SHARE);
        frame.setCenter(centre);
    }

    public Parent root() {
        return root;
    }

    @Override
    public Subscription map(Node map, MapLayerHost host) {
        centre.getItems().add(0, map);
        centre.setDividerPositions(dividers.getOrDefault("centre", new double[] {MAP_SHARE}));
        mapHost = host;
        return () -> {
            centre.getItems().remove(map);
            mapHost = null;
        };
    }

    @Override
    public Subscription mapLayer(Node layer) {
        if (mapHost == null) {
            throw new IllegalStateException("no map is installed to take the layer");
        }
        return mapHost.addLayer(layer);
    }

    @Override
    public Subscription sidePanel(String id, Node panel, int order, ObservableBooleanValue shown) {
        Panel entry = new Panel(id, panel, order, shown);
        panels.add(entry);
        panels.sort(Comparator.comparingInt(Panel::order));
        Subscription watch = shown.subscribe((was, now) -> arrangeColumn());
        arrangeColumn();
        return watch.and(() -> {
            panels.remove(entry);
            arrangeColumn();
        });
    }

    @Override
    public Subscription bottom(Node node) {
        bottom = node;
        if (!presenting) {
            frame.setBottom(node);
        }
        return () -> {
            if (bottom == node) {
                bottom = null;
                frame.setBottom(null);
            }
        };
    }

    @Override
    public Subscription presentation(Node band, ObservableDoubleValue rootFontSize, double bottomShare) {
        if (presenting) {
            throw new IllegalStateException("the window is presenting already");
        }
        presenting = true;
        remember();
        Node strip = bottom;
        double mapShare = centre.getItems().size() == 2 ? centre.getDividerPositions()[0] : MAP_SHARE;
        Subscription legend = mapHost instanceof org.timeatlas.ui.feature.Presentable map ? map.present() : Subscription.EMPTY;
        String rootStyle = root.getStyle();
        String stripStyle = strip == null ? null : strip.getStyle();
        int columnAt = centre.getItems().indexOf(column);
        frame.setTop(null);
        centre.getItems().remove(column);
        VBox below = new VBox(band);
        below.getStyleClass().add("presentation-bottom");
        if (strip != null) {
            below.getChildren().add(strip);
        }
        frame.setBottom(below);
        root.getStyleClass().add("presenting");
        // an inline style: it wins over the interface scale's style sheet on the root while presenting
        Subscription sizes = rootFontSize.subscribe(size -> {
            root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", size.doubleValue()));
            if (strip != null) {
                strip.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;",
                        size.doubleValue() * bottomShare));
            }
        });
        return () -> {
            sizes.unsubscribe();
            root.setStyle(rootStyle);
            root.getStyleClass().remove("presenting");
            below.getChildren().clear();
            if (strip != null) {
                strip.setStyle(stripStyle);
            }
            frame.setBottom(bottom);
            legend.unsubscribe();
            if (columnAt >= 0 && !centre.getItems().contains(column)) {
                centre.getItems().add(Math.min(columnAt, centre.getItems().size()), column);
                double share = mapShare > 0.2 && mapShare < 0.95 ? mapShare : MAP_SHARE;
                centre.setDividerPositions(share);
                // Full screen is left after this, before the column has been laid out again; the split pane then
                // keeps the column (not resizable with the window) at the width it was last laid out at, none, and
                // the column is squeezed to nothing at the window's right edge. Its share is set again once the
                // window is back at its size, in the layout after that change.
                javafx.stage.Window window = root.getScene() == null ? null : root.getScene().getWindow();
                if (window instanceof javafx.stage.Stage stage && stage.isFullScreen()) {
                    javafx.beans.value.ChangeListener<Number> settle = new javafx.beans.value.ChangeListener<>() {
                        @Override
                        public void changed(javafx.beans.value.ObservableValue<? extends Number> width, Number was,
                                            Number now) {
                            width.removeListener(this);
                            javafx.application.Platform.runLater(() -> centre.setDividerPositions(share));
                        }
                    };
                    centre.widthProperty().addListener(settle);
                }
            }
            frame.setTop(top);
            presenting = false;
        };
    }

    @Override
    public Subscription toolbar(Node widget, ToolbarPlace place) {
        return toolbar.addWidget(widget, place);
    }

    @Override
    public Subscription overlay(Node node) {
        root.getChildren().add(node);
        return () -> root.getChildren().remove(node);
    }

    /** Where the user left each divider, by the panels shown at the time ("centre" for the map's). */
    public Map<String, double[]> dividerPositions() {
        remember();
        Map<String, double[]> copy = new HashMap<>();
        dividers.forEach((key, positions) -> copy.put(key, positions.clone()));
        return copy;
    }

    /** Puts the dividers where a previous session left them. */
    public void restoreDividers(Map<String, double[]> positions) {
        positions.forEach((key, value) -> dividers.put(key, value.clone()));
        if (dividers.containsKey("centre") && centre.getItems().size() == 2) {
            centre.setDividerPositions(dividers.get("centre"));
        }
        double[] side = dividers.get("side:" + shownPanels);
        if (side != null) {
            column.setDividerPositions(side);
        }
    }

    private void arrangeColumn() {
        remember();
        List<Node> shown = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Panel panel : panels) {
            if (panel.shown().get()) {
                shown.add(panel.node());
                ids.add(panel.id());
            }
        }
        String key = String.join("+", ids);
        if (key.equals(shownPanels) && column.getItems().equals(shown)) {
            return;
        }
        shownPanels = key;
        column.getItems().setAll(shown);
        column.setDividerPositions(dividers.getOrDefault("side:" + key, evenShares(shown.size())));
    }

    private void remember() {
        if (!shownPanels.isEmpty() && column.getItems().size() > 1) {
            dividers.put("side:" + shownPanels, column.getDividerPositions());
        }
        if (centre.getItems().size() == 2) {
            dividers.put("centre", centre.getDividerPositions());
        }
    }

    /** Two panels: the first gets 42 %; three: 38 %, 28 %, 34 % (a day card, the list, the details). */
    private static double[] evenShares(int count) {
        return switch (count) {
            case 0, 1 -> new double[0];
            case 2 -> new double[] {0.42};
            case 3 -> new double[] {0.38, 0.66};
            default -> {
                double[] positions = new double[count - 1];
                for (int i = 0; i < positions.length; i++) {
                    positions[i] = (i + 1.0) / count;
                }
                yield positions;
            }
        };
    }
}
