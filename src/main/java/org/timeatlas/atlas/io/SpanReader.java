package org.timeatlas.atlas.io;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.timeatlas.atlas.TerritoryKind;

/**
 * Reads a history: a JSON array of spans {@code {"from", "to", …}} in time order, where the last span may leave
 * out {@code "to"} to run to the end of the atlas span. It checks what every history shares (territories.json and
 * lenses.json): each moment lies in the atlas span, each span lasts, no span overlaps the one before, and for a
 * territory (not an overlay) no gap and a run from the start to the end of the atlas span. Each fault is one
 * problem {@code file:line:col: what span: message}; the members a kind of span adds are read by a {@link Content}.
 */
final class SpanReader {

    /** Reads the members a span adds to "from" and "to", reporting their problems, and makes the span. */
    interface Content<T> {
        /**
         * @param from null when "from" could not be read (its problem is already reported)
         * @param to   null when "to" could not be read
         * @return the span, or null when a member or a moment is missing
         */
        T read(Fields span, LocalDateTime from, LocalDateTime to);
    }

    /**
     * The spans made, in the order written (a span whose moments conflict with its neighbours is still made);
     * {@code complete} when no span had any problem.
     */
    record History<T>(List<T> spans, boolean complete) {
    }

    private SpanReader() {
    }

    /**
     * @param what   how problems name the owner, e.g. {@code territory "abkhazia"}; each span is {@code what + " span"}
     * @param fields the members a span may have; others are reported as unknown
     */
    static <T> History<T> read(Json.JArray array, TerritoryKind kind, String what, Set<String> fields,
                               ReadContext context, Content<T> content) {
        List<T> spans = new ArrayList<>();
        List<Json> items = array.items();
        boolean complete = true;
        LocalDateTime expectedFrom = context.info().start();
        for (int i = 0; i < items.size(); i++) {
            Fields span = context.fields(items.get(i), what + " span");
            if (span == null) {
                return new History<>(spans, false);
            }
            span.rejectUnknown(fields);
            Fields.ParsedMoment from = span.moment("from");
            boolean last = i == items.size() - 1;
            Fields.ParsedMoment to = last && !span.has("to")
                    ? new Fields.ParsedMoment(context.info().end(), false) : span.moment("to");
            T made = content.read(span, from == null ? null : from.moment(), to == null ? null : to.moment());
            complete &= made != null;
            if (from == null || to == null) {
                complete = false;
                continue;
            }
            boolean inSpan = context.checkInSpan(span, "from", from.moment());
            if (span.has("to")) {
                inSpan &= context.checkInSpan(span, "to", to.moment());
            }
            if (!to.moment().isAfter(from.moment())) {
                span.problemAt(closing(span), to.moment().equals(from.moment())
                        ? "the span ends where it starts (" + from.moment() + "); a span must last"
                        : "the span ends (" + to.moment() + ") before it starts (" + from.moment() + ")");
                complete = false;
                continue;
            }
            complete &= inSpan;
            if (inSpan && expectedFrom != null) {
                complete &= inOrder(span, kind, from.moment(), expectedFrom, i == 0);
            }
            if (last && kind == TerritoryKind.TERRITORY && inSpan && !to.moment().equals(context.info().end())) {
                span.problemAt(closing(span), "the history stops at " + Fields.written(to.moment())
                        + "; it must run to the end of the atlas span (" + context.info().end().toLocalDate() + ")");
                complete = false;
            }
            expectedFrom = to.moment();
            if (made != null) {
                spans.add(made);
            }
        }
        return new History<>(spans, complete);
    }

    /** Where a problem with the end of a span points: "to", or "from" when the span runs to the atlas end. */
    private static Json closing(Fields span) {
        return span.has("to") ? span.raw("to") : span.raw("from");
    }

    /**
     * Reports a span that overlaps the one before, or (for territories) leaves a gap after it or after the span start;
     * true when the span is in order.
     */
    private static boolean inOrder(Fields span, TerritoryKind kind, LocalDateTime from, LocalDateTime expected,
                                   boolean first) {
        if (from.isBefore(expected)) {
            span.problemAt(span.raw("from"), first
                    ? "span starts before the atlas span" : "span overlaps the previous one (which ends " + expected + ")");
            return false;
        } else if (from.isAfter(expected) && kind == TerritoryKind.TERRITORY) {
            span.problemAt(span.raw("from"), first
                    ? "the history must start at the start of the atlas span (" + expected.toLocalDate() + ")"
                    : "gap: the previous span ends " + expected + " but this one starts " + from);
            return false;
        }
        return true;
    }
}
