package org.timeatlas.ui.timeline;

import java.text.BreakIterator;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.timeatlas.i18n.Messages;
import org.timeatlas.time.TickPlanner.Level;

/** The texts of the tick labels in one language, their fonts at the interface scale, and their widths as drawn. */
final class TickLabels {

    private final Messages messages;
    private final TimelinePalette palette;
    private final TimelineBands bands;
    private final DateTimeFormatter dayFormat;
    private final Text measure = new Text();

    TickLabels(Messages messages, TimelinePalette palette, TimelineBands bands) {
        this.messages = messages;
        this.palette = palette;
        this.bands = bands;
        this.dayFormat = DateTimeFormatter.ofPattern("d", messages.locale());
    }

    String text(Level level, LocalDateTime moment) {
        return switch (level) {
            case YEAR -> messages.year(moment);
            case MONTH -> messages.shortMonth(moment.toLocalDate());
            case DAY -> dayFormat.format(moment);
        };
    }

    Font font(Level level, String text) {
        return switch (level) {
            case YEAR -> palette.fontFor(text, FontWeight.BOLD, bands.yearFontSize());
            case MONTH -> palette.fontFor(text, FontWeight.NORMAL, bands.monthFontSize());
            case DAY -> palette.fontFor(text, FontWeight.NORMAL, bands.dayFontSize());
        };
    }

    double width(Level level, LocalDateTime moment) {
        String text = text(level, moment);
        return width(text, font(level, text));
    }

    double width(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** {@code text}, or its longest start that fits {@code available} followed by "…", cut between graphemes. */
    String fit(String text, Font font, double available) {
        if (width(text, font) <= available) {
            return text;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(messages.locale());
        graphemes.setText(text);
        String best = "";
        for (int end = graphemes.next(); end != BreakIterator.DONE && end < text.length(); end = graphemes.next()) {
            String candidate = text.substring(0, end).stripTrailing() + "…";
            if (width(candidate, font) > available) {
                break;
            }
            best = candidate;
        }
        return best;
    }
}
