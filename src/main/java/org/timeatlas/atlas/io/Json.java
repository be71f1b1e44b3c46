package org.timeatlas.atlas.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it stood in its file, so every problem found later can be
 * reported at the exact line and column.
 */
public sealed interface Json {

    Location location();

    /** Where a value starts: file (relative to the atlas folder), line and column (1-based). */
    record Location(String file, int line, int column) {
        public Problem problem(String message) {
            return new Problem(file, line, column, message);
        }
    }

    record JObject(Location location, Map<String, Json> members) implements Json {
        public JObject {
            members = members instanceof Members compact ? compact
                    : Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        public Json get(String name) {
            return members.get(name);
        }

        public boolean has(String name) {
            Json value = members.get(name);
            return value != null && !(value instanceof JNull);
        }
    }

    record JArray(Location location, List<Json> items) implements Json {
        public JArray {
            items = items instanceof PairList pairs ? pairs : List.copyOf(items);
        }
    }

    record JString(Location location, String value) implements Json {
    }

    record JNumber(Location location, double value) implements Json {
    }

    record JBoolean(Location location, boolean value) implements Json {
    }

    record JNull(Location location) implements Json {
    }

    /** A short name of the kind of value, for messages ("a string", "an object"…). */
    static String kindOf(Json value) {
        if (value instanceof JObject) {
            return "an object";
        }
        if (value instanceof JArray) {
            return "an array";
        }
        if (value instanceof JString) {
            return "a string";
        }
        if (value instanceof JNumber) {
            return "a number";
        }
        if (value instanceof JBoolean) {
            return "true or false";
        }
        return "null";
    }
}
