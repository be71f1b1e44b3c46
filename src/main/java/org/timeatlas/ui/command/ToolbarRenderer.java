package org.timeatlas.ui.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import org.timeatlas.ui.LazyTooltip;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.controlsfx.control.action.ActionUtils;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar: a button for every command placed there (icon only, its label and key as tooltip; ControlsFX's
 * ActionUtils binds it to the command) and the widgets features put there, by group and order; the END group
 * keeps to the right edge. Made again when commands or widgets come or go.
 */
public final class ToolbarRenderer {

    private final CommandRegistry registry;
    private final ToolBar bar = new ToolBar();
    private final ObservableMap<Node, ToolbarPlace> widgets = FXCollections.observableHashMap();

    public ToolbarRenderer(CommandRegistry registry) {
        this.registry = registry;
        bar.getStyleClass().add("explorer-toolbar");
    }

    /**
     * A JavaFX ToolBar: what does not fit a narrow window or a large interface scale goes into its overflow
     * menu (») instead of off the edge.
     */
    public ToolBar bar() {
        return bar;
    }

    /** Puts a feature's own widget (a chooser, a label) in the toolbar until the subscription is ended. */
    public Subscription addWidget(Node widget, ToolbarPlace place) {
        widgets.put(widget, place);
        return () -> widgets.remove(widget);
    }

    /** Renders now and whenever commands or widgets change, until the subscription is ended. */
    public Subscription render() {
        Subscription following = registry.commands().subscribe(this::rebuild).and(widgets.subscribe(this::rebuild));
        rebuild();
        return following;
    }

    private void rebuild() {
        record Entry(ToolbarPlace place, Node node) { }
        List<Entry> entries = new ArrayList<>();
        for (Command command : registry.commands()) {
            if (command.toolbarPlace() != null) {
                entries.add(new Entry(command.toolbarPlace(), button(command)));
            }
        }
        for (Map.Entry<Node, ToolbarPlace> widget : widgets.entrySet()) {
            entries.add(new Entry(widget.getValue(), widget.getKey()));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.place().group().ordinal()).thenComparing(e -> e.place().order()));
        List<Node> nodes = new ArrayList<>();
        boolean spaced = false;
        for (Entry entry : entries) {
            if (!spaced && entry.place().group() == ToolbarPlace.Group.END) {
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                nodes.add(spacer);
                spaced = true;
            }
            nodes.add(entry.node());
        }
        bar.getItems().setAll(nodes);
    }

    private static ButtonBase button(Command command) {
        ButtonBase button = command.isToggle()
                ? ActionUtils.createToggleButton(command, ActionUtils.ActionTextBehavior.HIDE)
                : ActionUtils.createButton(command, ActionUtils.ActionTextBehavior.HIDE);
        button.graphicProperty().unbind();
        button.tooltipProperty().unbind();
        if (command.iconLiteral() != null) {
            FontIcon icon = new FontIcon(command.iconLiteral());
            icon.getStyleClass().add("toolbar-icon");
            button.setGraphic(icon);
        }
        button.setTooltip(null);
        LazyTooltip.install(button, () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(command.textProperty().map(text -> command.getAccelerator() == null ? text
                    : text + " (" + command.getAccelerator().getDisplayText() + ")"));
            return tip;
        });
        button.accessibleTextProperty().bind(command.textProperty());
        button.setId(command.id().replace('.', '-') + "-button");
        button.getStyleClass().add("toolbar-button");
        return button;
    }
}
