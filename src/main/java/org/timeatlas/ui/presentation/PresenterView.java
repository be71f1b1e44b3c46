package org.timeatlas.ui.presentation;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.MapPreset;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.atlas.TourView;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.TourPlayback;
import org.timeatlas.ui.WrappingText;
import org.timeatlas.ui.feature.MapPictures;

/**
 * What the presenter sees on the laptop while the class sees the presentation: the step now shown (k of n, its
 * date and caption), the next step's date, caption, a picture of the map as it will show it and the name of its
 * view, the speaker notes in large type, the time the
 * presentation has run and the clock. Presenting the explorer without a tour, it shows the caption band's text
 * and the summary of the event shown as notes. Keys pressed here drive the presentation as in the main window.
 */
final class PresenterView extends BorderPane implements AutoCloseable {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    /** The size the picture of the next step is drawn at, in pixels: 16:9, as a projector shows it. */
    static final int PICTURE_WIDTH = 480;
    static final int PICTURE_HEIGHT = 270;

    private final Label position = label("presenter-position", "presenter-position");
    private final Label elapsed = label("presenter-elapsed", "presenter-timer");
    private final Label clock = label("presenter-clock", "presenter-timer");
    private final Label currentDate = label("presenter-current-date", "presenter-date");
    private final WrappingText current = new WrappingText("", "presenter-current");
    private final Label nextHeading = label("presenter-next-heading", "presenter-heading");
    private final Label nextDate = label("presenter-next-date", "presenter-date");
    private final WrappingText next = new WrappingText("", "presenter-next");
    private final Label nextView = label("presenter-next-view", "presenter-view-name");
    private final ImageView nextPicture = new ImageView();
    private final Label notesHeading = label("presenter-notes-heading", "presenter-heading");
    private final WrappingText notes = new WrappingText("", "presenter-notes");
    private final Timeline ticking;
    private final Supplier<Duration> runFor;
    private Subscription subscriptions = Subscription.EMPTY;

    /** @param runFor how long the presentation has run */
    PresenterView(Supplier<Duration> runFor) {
        this.runFor = runFor;
        setId("presenter-view");
        getStyleClass().add("presenter-view");
        getStylesheets().add(PresenterView.class.getResource(PresentationFeature.STYLE_SHEET).toExternalForm());
        current.setId("presenter-current");
        next.setId("presenter-next");
        notes.setId("presenter-notes");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(position, gap, elapsed, clock);
        top.getStyleClass().add("presenter-top");
        VBox now = new VBox(currentDate, current);
        now.getStyleClass().add("presenter-box");
        nextPicture.setId("presenter-next-picture");
        nextPicture.getStyleClass().add("presenter-next-picture");
        nextPicture.setPreserveRatio(true);
        nextPicture.setSmooth(true);
        nextPicture.managedProperty().bind(nextPicture.imageProperty().isNotNull());
        VBox coming = new VBox(nextHeading, nextDate, next, nextPicture, nextView);
        // the picture is as wide as the box leaves room for, and never larger than it was drawn
        nextPicture.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.min(
                        PICTURE_WIDTH, Math.max(0, coming.getWidth() - coming.snappedLeftInset()
                                - coming.snappedRightInset())), coming.widthProperty()));
        coming.getStyleClass().addAll("presenter-box", "presenter-coming");
        HBox steps = new HBox(now, coming);
        steps.getStyleClass().add("presenter-steps");
        HBox.setHgrow(now, Priority.ALWAYS);
        HBox.setHgrow(coming, Priority.ALWAYS);
        now.setPrefWidth(0);
        coming.setPrefWidth(0);
        // the two halves share the width evenly: the picture (sized to its half) must not widen its own
        now.setMinWidth(0);
        coming.setMinWidth(0);
        VBox notesBox = new VBox(notesHeading, notes);
        notesBox.getStyleClass().add("presenter-notes-box");
        ScrollPane notesScroll = new ScrollPane(notesBox);
        notesScroll.setFitToWidth(true);
        notesScroll.getStyleClass().add("presenter-notes-scroll");
        setTop(new VBox(top, steps));
        setCenter(notesScroll);
        ticking = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticking.setCycleCount(Animation.INDEFINITE);
        ticking.play();
        tick();
    }

    /** Shows a tour at {@code at}. */
    void showStep(TourPlayback.Position at, Atlas atlas, Messages messages) {
        String language = messages.language();
        TourStep step = at.current();
        position.setText(messages.get("presentation.stepOf", at.step() + 1, at.count()) + " · "
                + at.tour().title().get(language));
        Caption now = Caption.ofStep(step, messages);
        currentDate.setText(now.date());
        current.setText(now.text());
        Optional<TourStep> following = at.next();
        nextHeading.setText(messages.get(following.isPresent() ? "presenter.next" : "presenter.last"));
        nextDate.setText(following.map(s -> Caption.ofStep(s, messages).date()).orElse(""));
        next.setText(following.map(s -> s.caption().get(language)).orElse(""));
        nextView.setText(following.map(s -> messages.get("presenter.view", viewName(s.view(), atlas, messages))).orElse(""));
        notesHeading.setText(messages.get("presenter.notes"));
        nextPicture.setAccessibleText(following.map(s -> messages.get("presenter.nextPicture",
                Caption.ofStep(s, messages).date())).orElse(null));
        notes.setText(step.speakerNotes().map(n -> n.get(language)).orElse(messages.get("presenter.noNotes")));
    }

    /** Shows the explorer presented without a tour. */
    void showMoment(Caption now, Caption coming, String summary, Messages messages) {
        position.setText(messages.get("presenter.explorer"));
        currentDate.setText(now.date());
        current.setText(now.text());
        nextHeading.setText(messages.get(coming == null ? "presenter.last" : "presenter.nextEvent"));
        nextDate.setText(coming == null ? "" : coming.date());
        next.setText(coming == null ? "" : coming.text());
        nextView.setText("");
        notesHeading.setText(messages.get("presenter.summary"));
        notes.setText(summary);
    }

    /** The name of a step's map view: a focus view's own name, the home view, or its lon/lat box. */
    static String viewName(TourView view, Atlas atlas, Messages messages) {
        if (view.isHome()) {
            return messages.get("presenter.view.home");
        }
        Optional<String> preset = view.presetId().flatMap(id -> atlas.info().focusPeriods().stream()
                .flatMap(period -> period.presets().stream()).filter(p -> p.id().equals(id)).findFirst()
                .map(MapPreset::name).map(name -> name.get(messages.language())));
        return preset.orElseGet(() -> messages.get("presenter.view.box", view.bounds().west(), view.bounds().south(),
                view.bounds().east(), view.bounds().north()));
    }

    /**
     * Shows {@code picture}, the map at the next step (or event) as {@code shot} asks, or no picture when null. The
     * shot is kept as the picture's user data.
     */
    void showPicture(Image picture, MapPictures.Shot shot) {
        nextPicture.setImage(picture);
        nextPicture.setUserData(picture == null ? null : shot);
    }

    void setSubscriptions(Subscription owned) {
        subscriptions = owned;
    }

    private void tick() {
        Duration run = runFor.get();
        elapsed.setText(String.format("%d:%02d:%02d", run.toHours(), run.toMinutesPart(), run.toSecondsPart()));
        clock.setText(LocalTime.now().format(CLOCK));
    }

    String nextText() {
        return next.getText();
    }

    String notesText() {
        return notes.getText();
    }

    String positionText() {
        return position.getText();
    }

    @Override
    public void close() {
        ticking.stop();
        subscriptions.unsubscribe();
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
