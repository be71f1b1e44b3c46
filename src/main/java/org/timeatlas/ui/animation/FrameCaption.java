package org.timeatlas.ui.animation;

import java.time.LocalDateTime;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.i18n.Messages;

/**
 * The band above the map in every frame: the moment in large type (with the time of day when the animation
 * steps in hours), the first sentence of that day's card where the atlas has one (day-by-day periods), and the
 * atlas's title. The band keeps one height from frame to frame: the headline is one line, cut with an ellipsis when
 * the frame is too narrow for it, and its line stays when a day has none; a band that grew and shrank moved and
 * rescaled the map below it from one frame to the next.
 */
final class FrameCaption extends VBox {

    /** A headline longer than this is cut at a word and ends with an ellipsis. */
    static final int HEADLINE_CHARS = 160;

    private final Atlas atlas;
    private final Messages messages;
    private final boolean withTime;
    private final Label date = new Label();
    private final Label headline = new Label();

    FrameCaption(Atlas atlas, String language, boolean withTime) {
        this.atlas = atlas;
        this.messages = new Messages(language);
        this.withTime = withTime;
        getStyleClass().add("animation-caption");
        date.getStyleClass().add("animation-date");
        date.setId("animation-date");
        headline.getStyleClass().add("animation-headline");
        headline.setId("animation-headline");
        headline.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        Label title = new Label(atlas.info().title().get(language));
        title.getStyleClass().add("animation-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(new HBox(date, gap, title), headline);
    }

    /** Shows {@code moment}'s date and its day's headline. */
    void show(LocalDateTime moment) {
        date.setText(messages.moment(moment, withTime));
        String line = atlas.dayCard(moment.toLocalDate())
                .map(card -> headline(card.summary().get(messages.language()))).orElse("");
        headline.setText(line);
    }

    /** The text of the date shown now, for tests. */
    String dateText() {
        return date.getText();
    }

    /** The headline shown now ("" when the day has no card), for tests. */
    String headlineText() {
        return headline.getText();
    }

    /**
     * The first sentence of {@code summary} (ended by ". " or the Devanagari danda "।"), cut at a word before
     * {@link #HEADLINE_CHARS} characters with an ellipsis when longer.
     */
    static String headline(String summary) {
        String text = summary.strip();
        int end = text.length();
        for (String stop : new String[] {". ", "। ", "! ", "? "}) {
            int at = text.indexOf(stop);
            if (at >= 0 && at + 1 < end) {
                end = at + 1;
            }
        }
        String sentence = text.substring(0, end).strip();
        if (sentence.length() <= HEADLINE_CHARS) {
            return sentence;
        }
        int space = sentence.lastIndexOf(' ', HEADLINE_CHARS - 1);
        return sentence.substring(0, space > 0 ? space : HEADLINE_CHARS - 1).strip() + "…";
    }
}
