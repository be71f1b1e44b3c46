package org.timeatlas.atlas.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.timeatlas.atlas.LocalizedText;

/**
 * Typed access to the members of one JSON object. Every problem (missing, wrong type, bad value) is
 * recorded at the member's location and the getter returns null, so reading goes on and all problems of
 * a file are reported at once.
 */
final class Fields {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Json.JObject object;
    private final String what;
    private final List<Problem> problems;
    private final List<String> languages;

    Fields(Json.JObject object, String what, List<Problem> problems, List<String> languages) {
        this.object = object;
        this.what = what;
        this.problems = problems;
        this.languages = languages;
    }

    static Fields of(Json value, String what, List<Problem> problems, List<String> languages) {
        if (value instanceof Json.JObject object) {
            return new Fields(object, what, problems, languages);
        }
        problems.add(value.location().problem(what + " must be an object, found " + Json.kindOf(value)));
        return null;
    }

    Json.Location location() {
        return object.location();
    }

    Json raw(String name) {
        return object.get(name);
    }

    boolean has(String name) {
        return object.has(name);
    }

    void problem(String message) {
        problems.add(object.location().problem(what + ": " + message));
    }

    void problemAt(Json at, String message) {
        problems.add(at.location().problem(what + ": " + message));
    }

    /** Reports members that are not in {@code known}: usually a typo that would otherwise be ignored. */
    void rejectUnknown(Set<String> known) {
        for (Map.Entry<String, Json> member : object.members().entrySet()) {
            if (!known.contains(member.getKey())) {
                problemAt(member.getValue(), "unknown field \"" + member.getKey() + "\"");
            }
        }
    }

    String string(String name) {
        Json value = require(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Json.JString text)) {
            problemAt(value, "\"" + name + "\" must be a string, found " + Json.kindOf(value));
            return null;
        }
        if (text.value().isBlank()) {
            problemAt(value, "\"" + name + "\" must not be empty");
            return null;
        }
        return text.value();
    }

    /** An id: lower-case letters and digits, words joined by single hyphens ({@code south-ossetia}). */
    String id(String name) {
        String id = string(name);
        if (id != null && !isId(id)) {
            problemAt(raw(name), "\"" + name + "\" must be lower-case words joined by hyphens (e.g. \"south-ossetia\"),"
                    + " found \"" + id + "\"");
            return null;
        }
        return id;
    }

    static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    /** A member that must be an object, as fields of their own ({@code what} names it in problems), or null. */
    Fields object(String name, String what) {
        Json value = require(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Json.JObject nested)) {
            problemAt(value, "\"" + name + "\" must be an object, found " + Json.kindOf(value));
            return null;
        }
        return new Fields(nested, what, problems, languages);
    }

    String optionalString(String name) {
        return has(name) ? string(name) : null;
    }

    /** A colour written #RRGGBB. */
    String colour(String name) {
        String colour = string(name);
        if (colour != null && !colour.matches("#[0-9A-Fa-f]{6}")) {
            problemAt(raw(name), "\"" + name + "\" must be written #RRGGBB, found \"" + colour + "\"");
            return null;
        }
        return colour;
    }

    Double number(String name) {
        Json value = require(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Json.JNumber number) {
            return number.value();
        }
        problemAt(value, "\"" + name + "\" must be a number, found " + Json.kindOf(value));
        return null;
    }

    Double optionalNumber(String name) {
        return has(name) ? number(name) : null;
    }

    Integer integer(String name, int min, int max) {
        Double value = number(name);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || value < min || value > max) {
            problemAt(raw(name), "\"" + name + "\" must be a whole number from " + min + " to " + max
                    + ", found " + format(value));
            return null;
        }
        return value.intValue();
    }

    boolean optionalBoolean(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        Json value = raw(name);
        if (value instanceof Json.JBoolean flag) {
            return flag.value();
        }
        problemAt(value, "\"" + name + "\" must be true or false, found " + Json.kindOf(value));
        return fallback;
    }

    /** An enum written in lower case with hyphens ("russian-military" → RUSSIAN_MILITARY). */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'));
            }
            problemAt(raw(name), "\"" + name + "\" must be one of " + allowed + ", found \"" + text + "\"");
            return null;
        }
    }

    <E extends Enum<E>> E optionalChoice(String name, Class<E> type, E fallback) {
        return has(name) ? choice(name, type) : fallback;
    }

    /** A moment written YYYY-MM-DD or YYYY-MM-DDTHH:MM. */
    ParsedMoment moment(String name) {
        String text = string(name);
        return text == null ? null : parseMoment(text, raw(name), name);
    }

    ParsedMoment optionalMoment(String name) {
        return has(name) ? moment(name) : null;
    }

    ParsedMoment parseMoment(String text, Json at, String name) {
        try {
            ParsedMoment parsed = null;
            if (text.length() == 10 && text.charAt(0) != '+' && text.charAt(0) != '-') {
                parsed = new ParsedMoment(LocalDate.parse(text).atStartOfDay(), false);
            } else if (text.length() == 16 && text.charAt(10) == 'T' && text.charAt(0) != '+' && text.charAt(0) != '-') {
                parsed = new ParsedMoment(LocalDateTime.parse(text), true);
            }
            if (parsed != null && parsed.moment().getYear() < 1) {
                problemAt(at, "\"" + name + "\" lies before the year 1, which the format cannot write: \"" + text + "\"");
                return null;
            }
            if (parsed != null) {
                return parsed;
            }
        } catch (DateTimeParseException wrong) {
            problemAt(at, "\"" + name + "\" is not a real date: \"" + text + "\"");
            return null;
        }
        problemAt(at, "\"" + name + "\" must be written YYYY-MM-DD or YYYY-MM-DDTHH:MM, found \"" + text + "\"");
        return null;
    }

    /** A text with a non-blank version in every language of the atlas (other languages are kept too). */
    LocalizedText text(String name) {
        Json value = require(name);
        return value == null ? null : textOf(value, name);
    }

    /**
     * {@code value} (a member, or an item of an array, named {@code name} in problems) read as a text with a non-blank
     * version in every language of the atlas, or null after a problem.
     */
    LocalizedText textOf(Json value, String name) {
        if (!(value instanceof Json.JObject translations)) {
            problemAt(value, "\"" + name + "\" must be an object with one text per language ("
                    + String.join(", ", languages) + "), found " + Json.kindOf(value));
            return null;
        }
        Map<String, String> byLanguage = new HashMap<>();
        for (Map.Entry<String, Json> entry : translations.members().entrySet()) {
            String member = "\"" + name + "." + entry.getKey() + "\"";
            if (entry.getValue() instanceof Json.JString string && !string.value().isBlank()) {
                byLanguage.put(entry.getKey(), string.value());
            } else if (entry.getValue() instanceof Json.JString) {
                problemAt(entry.getValue(), member + " must not be empty");
            } else if (!(entry.getValue() instanceof Json.JNull)) {
                problemAt(entry.getValue(), member + " must be a string, found " + Json.kindOf(entry.getValue()));
            }
        }
        for (String language : languages) {
            if (!translations.has(language)) {
                problemAt(value, "missing translation: \"" + name + "\" has no \"" + language + "\" text");
            }
        }
        return byLanguage.isEmpty() ? null : new LocalizedText(byLanguage);
    }

    LocalizedText optionalText(String name) {
        return has(name) ? text(name) : null;
    }

    Json.JArray array(String name) {
        Json value = require(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Json.JArray array) {
            return array;
        }
        problemAt(value, "\"" + name + "\" must be an array, found " + Json.kindOf(value));
        return null;
    }

    /** The array, or an empty one when the member is absent, null or (after a problem) not an array. */
    Json.JArray optionalArray(String name) {
        Json.JArray array = has(name) ? array(name) : null;
        return array != null ? array : new Json.JArray(object.location(), List.of());
    }

    private Json require(String name) {
        Json value = object.get(name);
        if (value == null || value instanceof Json.JNull) {
            problem("missing \"" + name + "\"");
            return null;
        }
        return value;
    }

    /** A moment as the format writes it: YYYY-MM-DD at midnight, else YYYY-MM-DDTHH:MM. */
    static String written(LocalDateTime moment) {
        return moment.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? moment.toLocalDate().toString()
                : moment.toLocalDate() + "T" + String.format(Locale.ROOT, "%02d:%02d", moment.getHour(), moment.getMinute());
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** A moment and whether the file gave a time of day. */
    record ParsedMoment(LocalDateTime moment, boolean hasTime) {
    }
}
