package org.timeatlas.ui.tours;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.TourPlayback;
import org.timeatlas.ui.WrappingText;

/**
 * The tour player beside the map, for a student on their own: the tour's title, "step k of n" and the step's date
 * (a date alone when the step knows no time of day), the caption, its numbered sources with their links (the step's
 * own sources, then those of the events it highlights), and Back, Next and End tour. Before a tour runs it can
 * instead offer to resume the tour left off in an earlier session.
 */
final class TourPlayerView extends VBox {

    private final TourPlayback tours;
    private final Atlas atlas;
    private final ExplorerState state;
    private final Texts texts;
    private final Consumer<String> openUrl;
    private final WrappingText titleText = new WrappingText("", "tour-player-title");
    private final Label step = new Label();
    private final Label moment = new Label();
    private final WrappingText caption = new WrappingText("", "tour-caption-text");
    private final VBox sources = new VBox();
    private final WrappingText notice = new WrappingText("", "tour-notice-text");
    private final BooleanProperty noticeWanted = new SimpleBooleanProperty(this, "noticeWanted", true);
    private final BooleanBinding noticeShown;
    private final BooleanBinding shown;
    private final Subscription subscriptions;

    /**
     * @param leftOff  the tour and step (from 0) that can be resumed, observed; null when there is none
     * @param resume   resumes the tour left off
     * @param finished ends a tour (End tour, or Next at its last step)
     */
    TourPlayerView(TourPlayback tours, Atlas atlas, ExplorerState state, Texts texts, Consumer<String> openUrl,
                   javafx.beans.value.ObservableValue<TourPlayback.Position> leftOff, Runnable resume,
                   Runnable finished) {
        this.tours = tours;
        this.atlas = atlas;
        this.state = state;
        this.texts = texts;
        this.openUrl = openUrl;
        setId("tour-player");
        getStyleClass().add("tour-player");
        getStylesheets().add(TourPlayerView.class.getResource(ToursFeature.CSS).toExternalForm());
        keepRoomInWindow();

        BooleanBinding running = Bindings.isNotNull(tours.positionProperty());
        noticeShown = Bindings.createBooleanBinding(() -> leftOff.getValue() != null && !running.get()
                && noticeWanted.get(), leftOff, running, noticeWanted);
        shown = running.or(noticeShown);

        VBox noticeBox = noticeBox(resume);
        noticeBox.visibleProperty().bind(noticeShown);
        noticeBox.managedProperty().bind(noticeShown);

        step.setId("tour-step");
        step.getStyleClass().add("tour-step");
        moment.setId("tour-moment");
        moment.getStyleClass().add("tour-moment");
        titleText.setId("tour-title");
        caption.setId("tour-caption");
        sources.setId("tour-sources");
        sources.getStyleClass().add("tour-sources");
        VBox body = new VBox(caption, sources);
        body.getStyleClass().add("tour-player-body");
        ScrollPane scroller = new ScrollPane(body);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setFocusTraversable(false);
        scroller.getStyleClass().add("tour-player-scroller");
        VBox.setVgrow(scroller, Priority.ALWAYS);

        Button back = button("tour-back", "tours.back", tours::previous);
        Button next = button("tour-next", "tours.next", () -> {
            if (!tours.next()) {
                finished.run();
            }
        });
        Button end = button("tour-end", "tours.end", finished);
        back.disableProperty().bind(Bindings.createBooleanBinding(
                () -> tours.position().map(TourPlayback.Position::isFirst).orElse(true), tours.positionProperty()));
        next.textProperty().bind(texts.computed(m -> tours.position().filter(TourPlayback.Position::isLast)
                .isPresent() ? m.get("tours.finish") : m.get("tours.next"), tours.positionProperty()));
        FlowPane buttons = new FlowPane(back, next, end);
        buttons.getStyleClass().add("tour-player-buttons");

        VBox playing = new VBox(titleText, new FlowPane(step, moment), scroller, buttons);
        playing.getStyleClass().add("tour-player-playing");
        playing.visibleProperty().bind(running);
        playing.managedProperty().bind(running);
        VBox.setVgrow(playing, Priority.ALWAYS);
        playing.setMinHeight(0);
        getChildren().addAll(noticeBox, playing);
        ((FlowPane) playing.getChildren().get(1)).getStyleClass().add("tour-player-where");

        subscriptions = tours.positionProperty().subscribe(this::refresh)
                .and(state.languageProperty().subscribe(language -> refresh()))
                .and(leftOff.subscribe(position -> notice.setText(noticeText(position))))
                .and(state.languageProperty().subscribe(language -> notice.setText(noticeText(leftOff.getValue()))));
    }

    /** Share of the window's height the player keeps while a tour runs, however the side column is divided. */
    private static final double ROOM_SHARE = 0.36;

    /**
     * While a tour runs the caption is what the student reads: the player keeps at least {@value #ROOM_SHARE} of
     * the window's height (less when its content needs less), so the side column's other panels give way.
     */
    private void keepRoomInWindow() {
        minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            javafx.scene.Scene scene = getScene();
            if (scene == null || tours.positionProperty().get() == null) {
                return 0.0;
            }
            return Math.min(scene.getHeight() * ROOM_SHARE, prefHeight(getWidth()));
        }, sceneProperty(), tours.positionProperty(), widthProperty(),
                sceneProperty().flatMap(javafx.scene.Scene::heightProperty)));
    }

    /** Whether the panel has something to show: a running tour, or the offer to resume one. */
    ObservableBooleanValue shownProperty() {
        return shown;
    }

    /** Whether the offer to resume is on the screen. */
    boolean isNoticeShown() {
        return noticeShown.get();
    }

    /** Hides the offer to resume for this session. */
    void dismissNotice() {
        noticeWanted.set(false);
    }

    void dispose() {
        subscriptions.unsubscribe();
    }

    private VBox noticeBox(Runnable resume) {
        notice.setId("tour-notice");
        Button resumeButton = button("tour-resume", "tours.resume", resume);
        Button notNow = button("tour-not-now", "tours.notNow", this::dismissNotice);
        FlowPane buttons = new FlowPane(resumeButton, notNow);
        buttons.getStyleClass().add("tour-player-buttons");
        VBox box = new VBox(notice, buttons);
        box.getStyleClass().add("tour-notice");
        return box;
    }

    private String noticeText(TourPlayback.Position position) {
        if (position == null) {
            return "";
        }
        return texts.get("tours.notice", position.step() + 1, position.count(),
                position.tour().title().get(state.language()));
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(texts.text(key));
        button.setOnAction(event -> action.run());
        button.getStyleClass().add("tour-button");
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }

    private void refresh() {
        TourPlayback.Position position = tours.position().orElse(null);
        if (position == null) {
            return;
        }
        String language = state.language();
        Tour tour = position.tour();
        TourStep current = position.current();
        titleText.setText(tour.title().get(language));
        step.setText(texts.get("tours.stepOf", position.step() + 1, position.count()));
        moment.setText(texts.current().moment(current.moment(), current.momentHasTime()));
        caption.setText(current.caption().get(language));
        showSources(current);
    }

    /** The step's own sources, then those of its highlighted events, each work cited once, numbered from 1. */
    private void showSources(TourStep current) {
        Map<String, Source> cited = new LinkedHashMap<>();
        for (Source source : current.sources()) {
            cited.putIfAbsent(source.citation(), source);
        }
        for (String eventId : current.highlight().eventIds()) {
            atlas.event(eventId).ifPresent(event -> event.sources().forEach(s -> cited.putIfAbsent(s.citation(), s)));
        }
        List<javafx.scene.Node> rows = new ArrayList<>();
        Label heading = new Label(texts.get("tours.sources"));
        heading.getStyleClass().add("tour-sources-heading");
        rows.add(heading);
        int number = 1;
        for (Source source : cited.values()) {
            WrappingText citation = new WrappingText(number++ + ". " + source.citation(), "tour-citation");
            rows.add(citation);
            if (source.url() != null) {
                Hyperlink link = new Hyperlink(source.url());
                link.getStyleClass().add("tour-source-url");
                link.setWrapText(true);
                link.setOnAction(e -> openUrl.accept(source.url()));
                rows.add(link);
            }
        }
        sources.getChildren().setAll(rows);
    }
}
