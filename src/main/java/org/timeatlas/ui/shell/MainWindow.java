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

    private final BorderPane root = new BorderPane();

    public MainWindow(MenuBar menus, Node toolBar, Node map, Node eventList, Node details, Node timeline) {
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
    }

    public Parent root() {
        return root;
    }
}
