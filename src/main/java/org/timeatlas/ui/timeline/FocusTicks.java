package org.timeatlas.ui.timeline;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.timeatlas.atlas.FocusPeriod;

/** The hour ticks of a focus period's fine range, every {@code fineStepHours}, labelled where there is room. */
final class FocusTicks {

    private static final double LABEL_ROOM = 8;

    private FocusTicks() {
    }

    static void paint(GraphicsContext gc, AxisScale scale, FocusPeriod period, TickLabels labels, double top,
                      TimelinePalette palette, TimelineBands bands) {
        int hours = period.fineStepHours();
        if (hours <= 0 || hours >= 24 || !period.fineTo().isAfter(period.fineFrom())) {
            return;
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("HH:mm");
        Font font = palette.fontFor("0", FontWeight.NORMAL, bands.dayFontSize());
        double stepPixels = scale.xOf(period.fineFrom().plusHours(hours)) - scale.xOf(period.fineFrom());
        boolean labelled = stepPixels >= labels.width("00:00", font) + bands.px(LABEL_ROOM);
        gc.save();
        gc.translate(0, top);
        gc.setStroke(palette.colour(TimelinePalette.Ink.TICK));
        gc.setLineWidth(bands.px(1));
        gc.setFont(font);
        gc.setFill(palette.colour(TimelinePalette.Ink.LABEL_MINOR));
        gc.setTextAlign(TextAlignment.CENTER);
        for (LocalDateTime t = period.fineFrom(); t.isBefore(period.fineTo()); t = t.plusHours(hours)) {
            if (t.getHour() == 0 && t.getMinute() == 0) {
                continue;
            }
            double x = Math.floor(scale.xOf(t)) + 0.5;
            gc.strokeLine(x, bands.axisY(), x, bands.axisY() + bands.monthTick() - bands.px(2));
            if (labelled) {
                gc.fillText(format.format(t), x, bands.dayLabelsBaseline());
            }
        }
        gc.restore();
    }
}
