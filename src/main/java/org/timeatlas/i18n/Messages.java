package org.timeatlas.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The interface texts and date formats of one language, from the {@code messages} resource bundles. */
public final class Messages {

    public static final List<String> LANGUAGES = List.of("en", "hi");
    private static final String BUNDLE = "org.timeatlas.i18n.messages";

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter timeFormat;
    private final DateTimeFormatter yearFormat;
    /** Parsed patterns by key: a pattern parsed anew looks up its number format each time, for every count shown. */
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    public Messages(String language) {
        this.language = language;
        this.locale = "hi".equals(language) ? Locale.forLanguageTag("hi-IN") : Locale.forLanguageTag("en-GB");
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // "y", not "yyyy": years before 1000 are written as they are read ("632"), never padded ("0632")
        this.dayFormat = DateTimeFormatter.ofPattern("d MMMM y", locale);
        this.monthFormat = DateTimeFormatter.ofPattern("MMMM y", locale);
        this.yearFormat = DateTimeFormatter.ofPattern("y", locale);
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with {@code args} filled in; a missing key shows as "⟨key⟩" rather than failing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return "⟨" + key + "⟩";
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        synchronized (format) { // a MessageFormat is not safe to share between threads (exports run on others)
            return format.format(args);
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** "10 August 2008" / "10 अगस्त 2008". */
    public String date(LocalDate date) {
        return dayFormat.format(date);
    }

    /** "August 2008". */
    public String month(LocalDate date) {
        return monthFormat.format(date);
    }

    /** The year alone, without padding: "2008", "632". For timeline labels. */
    public String year(TemporalAccessor date) {
        return yearFormat.format(date);
    }

    /** The date, with the time of day when {@code withTime}: "8 August 2008, 05:30". */
    public String moment(LocalDateTime moment, boolean withTime) {
        String day = date(moment.toLocalDate());
        return withTime ? day + ", " + timeFormat.format(moment) : day;
    }

    /** Short month name ("Aug" / "अग॰") for timeline ticks. */
    public String shortMonth(LocalDate date) {
        return DateTimeFormatter.ofPattern("MMM", locale).format(date);
    }
}
