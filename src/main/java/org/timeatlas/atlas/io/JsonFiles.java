package org.timeatlas.atlas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads JSON files of an atlas into {@link Json} trees that keep line and column of every value. The text
 * must be UTF-8 (a byte-order mark is skipped); keys may not repeat within one object; files, strings,
 * numbers, nesting and the number of values are bounded by {@link Limits}. Every failure is a problem at its
 * line and column in plain words.
 */
final class JsonFiles {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.NESTING + 1) // our own check (below) reports it first, with its place
                    .maxStringLength(Limits.STRING_CHARS)
                    .maxNumberLength(Limits.NUMBER_CHARS)
                    .maxDocumentLength(Limits.FILE_BYTES)
                    .build())
            .build();

    private JsonFiles() {
    }

    /** Reads and parses {@code name} (relative to the atlas); on any failure adds a problem and returns empty. */
    static Optional<Json> read(AtlasFolder folder, String name, List<Problem> problems) {
        if (folder.full()) { // reported once, at the file that went past the limit
            return Optional.empty();
        }
        AtlasFolder.Resolved file = folder.resolve(name);
        if (file.refusal() != null) {
            problems.add(new Problem(name, 1, 1, file.refusal()));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = folder.read(file.path());
        } catch (AtlasFolder.TooLarge tooLarge) {
            problems.add(new Problem(name, 1, 1, tooLarge.getMessage()));
            return Optional.empty();
        } catch (IOException | SecurityException unreadable) {
            problems.add(new Problem(name, 1, 1, "cannot read the file"));
            return Optional.empty();
        }
        return parse(bytes, name, problems);
    }

    /** Parses the bytes of a file named {@code name}. */
    static Optional<Json> parse(byte[] bytes, String name, List<Problem> problems) {
        CharBuffer text = Utf8Text.decode(bytes, name, problems);
        if (text == null) {
            return Optional.empty();
        }
        return parse(text.array(), text.position(), text.remaining(), name, problems);
    }

    private static Optional<Json> parse(char[] chars, int offset, int length, String name, List<Problem> problems) {
        JsonParser parser;
        try {
            parser = FACTORY.createParser(chars, offset, length);
        } catch (IOException cannot) {
            problems.add(new Problem(name, 1, 1, "cannot read the file"));
            return Optional.empty();
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(name, 1, 1, "the file is empty; expected JSON"));
                return Optional.empty();
            }
            Json value = new TreeBuilder(parser, name, problems).value(1);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(new Problem(name, at.getLineNr(), at.getColumnNr(),
                        "malformed JSON: unexpected content after the end of the document"));
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (OverLimit over) {
            problems.add(over.at.problem(over.getMessage()));
            return Optional.empty();
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation() != null ? malformed.getLocation() : parser.currentLocation();
            String message = trailingComma(chars, offset, (int) at.getCharOffset())
                    ? "malformed JSON: a comma before '" + chars[(int) at.getCharOffset()] + "'; JSON allows no comma"
                            + " after the last item"
                    : plain(malformed);
            problems.add(new Problem(name, at.getLineNr(), at.getColumnNr(), message));
            return Optional.empty();
        } catch (IOException unreadable) {
            problems.add(new Problem(name, 1, 1, "cannot read the file"));
            return Optional.empty();
        }
    }

    /** Whether the parser stopped at a ']' or '}' that follows a comma (and whitespace): a trailing comma. */
    private static boolean trailingComma(char[] chars, int offset, int at) {
        if (at < offset || at >= chars.length || (chars[at] != ']' && chars[at] != '}')) {
            return false;
        }
        int before = at - 1;
        while (before >= offset && Character.isWhitespace(chars[before])) {
            before--;
        }
        return before >= offset && chars[before] == ',';
    }

    /** Jackson's message in the words of the format: no buffer names, feature names or limit getters. */
    static String plain(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String message = e.getOriginalMessage();
            if (message.startsWith("String value length")) {
                return "a string longer than " + Limits.STRING_CHARS + " characters; an atlas allows at most "
                        + Limits.STRING_CHARS;
            }
            if (message.startsWith("Number value length")) {
                return "a number written with more than " + Limits.NUMBER_CHARS + " characters; an atlas allows at most "
                        + Limits.NUMBER_CHARS;
            }
            if (message.startsWith("Document nesting depth")) {
                return nestingMessage();
            }
            if (message.startsWith("Document length")) {
                return "the file is longer than an atlas allows (" + (Limits.FILE_BYTES >> 20) + " MB)";
            }
            return "the file goes beyond a size limit of the atlas format";
        }
        String message = e.getOriginalMessage();
        int detail = message.indexOf('\n');
        String firstLine = detail < 0 ? message : message.substring(0, detail);
        if (firstLine.contains("maybe a (non-standard) comment")) {
            return "malformed JSON: comments are not allowed in JSON";
        }
        String plain = firstLine
                .replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*\\[Source:.*?\\]", "")
                .replaceAll(":?\\s*enable `[^`]*` to allow", "")
                .replaceAll("\\s*\\(?(not recognized as one since )?Feature '[A-Z_]+' (is )?not enabled( for parser)?\\)?", "")
                .replaceAll("\\s*\\(from `[^`]*`\\)", "")
                .replaceAll("\\s*\\(code \\d+\\)", "")
                .strip();
        return "malformed JSON: " + plain;
    }

    private static String nestingMessage() {
        return "arrays and objects are nested more than " + Limits.NESTING + " deep; an atlas allows at most "
                + Limits.NESTING;
    }

    /** Builds the tree of one file, counting values and depth, and reporting keys that repeat in an object. */
    private static final class TreeBuilder {
        private final JsonParser parser;
        private final String name;
        private final List<Problem> problems;
        private int values;

        TreeBuilder(JsonParser parser, String name, List<Problem> problems) {
            this.parser = parser;
            this.name = name;
            this.problems = problems;
        }

        Json value(int depth) throws IOException {
            Json.Location location = here();
            count(location);
            JsonToken token = parser.currentToken();
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > Limits.NESTING) {
                throw new OverLimit(location, nestingMessage());
            }
            switch (token) {
                case START_OBJECT -> {
                    Members.Builder members = new Members.Builder();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        Json.Location key = here();
                        parser.nextToken();
                        Json member = value(depth + 1);
                        Json earlier = members.add(field, member);
                        if (earlier != null) {
                            problems.add(key.problem("the key \"" + field + "\" appears twice in one object (first at line "
                                    + earlier.location().line() + ", column " + earlier.location().column()
                                    + "); keep only one"));
                        }
                    }
                    return new Json.JObject(location, members.build());
                }
                case START_ARRAY -> {
                    return array(location, depth);
                }
                case VALUE_STRING -> {
                    try {
                        return new Json.JString(location, parser.getText());
                    } catch (StreamConstraintsException tooLong) { // Jackson reads a string only when asked for it
                        throw new OverLimit(location, plain(tooLong));
                    }
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return new Json.JNumber(location, parser.getDoubleValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return new Json.JBoolean(location, token == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    return new Json.JNull(location);
                }
                default -> throw new OverLimit(location, "malformed JSON: unexpected " + token);
            }
        }

        /**
         * An array, its items kept compactly ({@link PairList}) as long as every item is an array of exactly two
         * numbers; at the first item that is not, the pairs so far become ordinary items and reading goes on.
         */
        private Json array(Json.Location location, int depth) throws IOException {
            PairList.Builder pairs = new PairList.Builder(name);
            List<Json> items = null;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (items == null) {
                    Json notAPair = pair(pairs, depth + 1);
                    if (notAPair == null) {
                        continue;
                    }
                    items = new ArrayList<>(pairs.build());
                    items.add(notAPair);
                } else {
                    items.add(value(depth + 1));
                }
            }
            return new Json.JArray(location, items == null ? pairs.build() : items);
        }

        /**
         * Reads the item at the current token into {@code pairs} when it is {@code [number, number]} and returns
         * null; otherwise reads it whole, as {@link #value} would, and returns it.
         */
        private Json pair(PairList.Builder pairs, int depth) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                return value(depth);
            }
            Json.Location at = here();
            count(at);
            if (depth > Limits.NESTING) {
                throw new OverLimit(at, nestingMessage());
            }
            List<Json> started = new ArrayList<>(2);
            JsonToken token = parser.nextToken();
            while (started.size() < 2 && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)) {
                Json.Location numberAt = here();
                count(numberAt);
                started.add(new Json.JNumber(numberAt, parser.getDoubleValue()));
                token = parser.nextToken();
            }
            if (started.size() == 2 && token == JsonToken.END_ARRAY) {
                Json.JNumber x = (Json.JNumber) started.get(0);
                Json.JNumber y = (Json.JNumber) started.get(1);
                pairs.add(at, x.location(), x.value(), y.location(), y.value());
                values -= 2; // a position kept compactly costs about as much as one value
                return null;
            }
            while (token != JsonToken.END_ARRAY) { // not a pair: the rest of this item as ordinary values
                started.add(value(depth + 1));
                token = parser.nextToken();
            }
            return new Json.JArray(at, started);
        }

        private void count(Json.Location at) throws OverLimit {
            if (++values > Limits.VALUES_PER_FILE) {
                throw new OverLimit(at, "the file has more than " + Limits.VALUES_PER_FILE
                        + " values (numbers, strings, arrays, objects; a position [x, y] counts as one); an atlas file"
                        + " may have at most "
                        + Limits.VALUES_PER_FILE);
            }
        }

        private Json.Location here() {
            JsonLocation at = parser.currentTokenLocation();
            return new Json.Location(name, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        }
    }

    /** Stops reading a file at the value that went past a limit. */
    private static final class OverLimit extends IOException {
        private final transient Json.Location at;

        OverLimit(Json.Location at, String message) {
            super(message);
            this.at = at;
        }
    }
}
