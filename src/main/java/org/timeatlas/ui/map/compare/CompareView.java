package org.timeatlas.ui.map.compare;

import javafx.beans.Observable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.timeatlas.geo.MapView;
import org.timeatlas.time.Comparison;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.WrappingText;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.map.MapPane;

/**
 * Compare: two maps side by side at two days, moving together (a pan or zoom of one is made on the other), with
 * a head that names the mode and its keys, and under the maps the list of what changed between the days. Built
 * when compare starts and disposed when it ends, so it costs nothing while not shown.
 */
final class CompareView extends VBox {

    private final CompareSide first;
    private final CompareSide second;
    private final ChangeList changes;
    private final Subscription subscriptions;
    private boolean following;

    CompareView(ExplorerContext context, CompareMoments moments, Runnable leave) {
        ExplorerState state = context.state();
        getStyleClass().add("compare-view");
        setId("compare-view");
        getStylesheets().add(CompareView.class.getResource("/org/timeatlas/ui/compare.css").toExternalForm());
        first = new CompareSide("first", moments.firstProperty(), context.atlas(), context.index(), context.axis(),
                state, context.texts());
        second = new CompareSide("second", moments.secondProperty(), context.atlas(), context.index(),
                context.axis(), state, context.texts());
        changes = new ChangeList(context.atlas(), context.texts());

        Label title = new Label();
        title.getStyleClass().add("compare-title");
        title.textProperty().bind(context.texts().text("compare.title"));
        // on a narrow map the hint gives way first, over two lines (WrappingText: Devanagari wraps right)
        WrappingText hint = new WrappingText("", "compare-hint");
        hint.setId("compare-hint");
        Subscription hintText = context.texts().text("compare.hint").subscribe(hint::setText);
        HBox.setHgrow(hint, Priority.SOMETIMES);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button();
        close.setId("compare-close");
        close.textProperty().bind(context.texts().text("compare.leave"));
        close.setOnAction(e -> leave.run());
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(title, hint, gap, close);
        head.getStyleClass().add("compare-head");

        HBox maps = new HBox(first.view(), second.view());
        maps.getStyleClass().add("compare-maps");
        HBox.setHgrow(first.view(), Priority.ALWAYS);
        HBox.setHgrow(second.view(), Priority.ALWAYS);
        first.view().setPrefWidth(0);
        second.view().setPrefWidth(0);
        maps.setMinHeight(0);
        maps.setPrefHeight(0); // the maps take what the head and the list leave, never the list's share
        VBox.setVgrow(maps, Priority.ALWAYS);

        ScrollPane list = new ScrollPane(changes.view());
        list.setId("compare-changes-scroll");
        list.getStyleClass().add("compare-changes-scroll");
        list.setFitToWidth(true);
        list.prefHeightProperty().bind(heightProperty().multiply(0.3));
        list.setMinHeight(0);
        getChildren().addAll(head, maps, list);

        Observable[] inputs = {moments.firstProperty(), moments.secondProperty(), state.lensProperty(),
            state.languageProperty(), state.shownEventsProperty()};
        Runnable compare = () -> changes.show(Comparison.between(context.atlas(), context.index(),
                CompareMoments.momentOf(moments.firstProperty().get()),
                CompareMoments.momentOf(moments.secondProperty().get()), state.lens(), state.shownEventsProperty().get()));
        Subscription listening = Subscription.EMPTY;
        for (Observable input : inputs) {
            listening = listening.and(input.subscribe(compare));
        }
        compare.run();
        subscriptions = listening.and(hintText)
                .and(first.map().viewProperty().subscribe((old, now) -> follow(second.map(), now)))
                .and(second.map().viewProperty().subscribe((old, now) -> follow(first.map(), now)));
    }

    /** The map of the first day (left) or the second (right). */
    MapPane map(boolean firstDay) {
        return firstDay ? first.map() : second.map();
    }

    /** Ends every listener on the explorer state; the maps and their states go with it. */
    void dispose() {
        subscriptions.unsubscribe();
        first.dispose();
        second.dispose();
    }

    /** Makes {@code other} show {@code view}, unless this is already the echo of such a move. */
    private void follow(MapPane other, MapView view) {
        if (following) {
            return;
        }
        following = true;
        try {
            other.follow(view);
        } finally {
            following = false;
        }
    }
}
