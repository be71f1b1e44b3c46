package org.timeatlas.atlas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads JSON files into {@link Json} trees that keep line and column of every value. */
final class JsonFiles {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonFiles() {
    }

    /**
     * Parses {@code file}; on malformed JSON or an unreadable file, adds a problem naming {@code name} and
     * returns empty.
     */
    static Optional<Json> read(Path file, String name, List<Problem> problems) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(name, 1, 1, "the file is empty; expected JSON"));
                return Optional.empty();
            }
            Json value = readValue(parser, name);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(new Problem(name, at.getLineNr(), at.getColumnNr(),
                        "malformed JSON: unexpected content after the end of the document"));
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (StreamReadException malformed) {
            JsonLocation at = malformed.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            problems.add(new Problem(name, line, column, "malformed JSON: " + plain(malformed)));
            return Optional.empty();
        } catch (IOException unreadable) {
            problems.add(new Problem(name, 1, 1, "cannot read the file: " + unreadable.getMessage()));
            return Optional.empty();
        }
    }

    private static String plain(StreamReadException e) {
        String message = e.getOriginalMessage();
        int detail = message.indexOf('\n');
        String firstLine = detail < 0 ? message : message.substring(0, detail);
        // Jackson names its own input buffer in brackets; the file and place are already in the problem.
        return firstLine.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*\\[Source:.*?\\]", "").strip();
    }

    private static Json readValue(JsonParser parser, String name) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        Json.Location location = new Json.Location(name, at.getLineNr(), at.getColumnNr());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Json> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    members.put(field, readValue(parser, name));
                }
                return new Json.JObject(location, members);
            }
            case START_ARRAY -> {
                List<Json> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, name));
                }
                return new Json.JArray(location, items);
            }
            case VALUE_STRING -> {
                return new Json.JString(location, parser.getText());
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
            default -> throw new JsonParseException(parser, "unexpected " + token);
        }
    }
}
