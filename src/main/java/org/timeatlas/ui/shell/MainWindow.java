package org.timeatlas.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Lays out the explorer: menus and toolbar on top, the map with the side panels, the timeline below. */
public final class MainWindow {

    /** The day card's share of the side panel's height, and the map's of the width while it shows. */
    private static final double DAY_CARD_SHARE = 0.62;
    private static final double FOCUS_MAP_SHARE = 0.66;

    private final BorderPane root = new BorderPane();
    private double mapShareBefore = 0.72;

    public MainWindow(MenuBar menus, Node toolBar, Node map, Node eventList, Node details, Node timeline) {
        this(menus, toolBar, map, null, eventList, details, timeline);
    }

    /**
     * With a {@code dayCard} (may be null) that heads the side panel, wider then, while it is visible: in focus
     * mode on a day that has a card.
     */
    public MainWindow(MenuBar menus, Node toolBar, Node map, Node dayCard, Node eventList, Node details,
                      Node timeline) {
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menus, toolBar));
        SplitPane side = new SplitPane(eventList, details);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.42);
        side.getStyleClass().add("side-panel");
        side.setMinWidth(260);
        SplitPane centre = new SplitPane(map, side);
        centre.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(centre);
        root.setBottom(timeline);
        if (dayCard != null) {
            dayCard.visibleProperty().addListener((obs, was, shown) -> showDayCard(side, centre, dayCard, shown));
            showDayCard(side, centre, dayCard, dayCard.isVisible());
        }
    }

    private void showDayCard(SplitPane side, SplitPane centre, Node dayCard, boolean shown) {
        if (shown == side.getItems().contains(dayCard)) {
            return;
        }
        if (shown) {
            side.getItems().add(0, dayCard);
            side.setDividerPositions(DAY_CARD_SHARE, DAY_CARD_SHARE + (1 - DAY_CARD_SHARE) * 0.45);
            mapShareBefore = centre.getDividerPositions()[0];
            centre.setDividerPositions(Math.min(mapShareBefore, FOCUS_MAP_SHARE));
        } else {
            side.getItems().remove(dayCard);
            side.setDividerPositions(0.42);
            centre.setDividerPositions(mapShareBefore);
        }
    }

    public Parent root() {
        return root;
    }
}
