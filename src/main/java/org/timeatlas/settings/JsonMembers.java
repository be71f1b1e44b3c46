package org.timeatlas.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable JSON object: named members whose shape this package does not know. It holds the per-feature
 * sections of the settings (each written and read by its feature through its own record type) and the
 * members of the file that this version of the app does not know, which are written back unchanged.
 * <p>
 * Two values are equal when their JSON is equal. Values put in are normalised through their JSON text, so a
 * value read back from the file equals the value that was put in.
 */
public final class JsonMembers {

    private static final JsonMembers EMPTY = new JsonMembers(SettingsJson.MAPPER.createObjectNode());

    /** Never changed after construction, never handed out: callers get copies. */
    private final ObjectNode members;

    private JsonMembers(ObjectNode members) {
        this.members = members;
    }

    /** No members. */
    public static JsonMembers empty() {
        return EMPTY;
    }

    /** A copy of {@code members}; later changes to it do not reach the value. */
    static JsonMembers copyOf(ObjectNode members) {
        return members.isEmpty() ? EMPTY : new JsonMembers(members.deepCopy());
    }

    /** The member names, in the order they were first added or read. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        members.fieldNames().forEachRemaining(names::add);
        return Collections.unmodifiableSet(names);
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    public boolean has(String name) {
        return members.has(name);
    }

    /**
     * The member {@code name} read as {@code type} (a record, or any type Jackson can bind; java.time
     * {@code LocalDate}, {@code LocalDateTime} and {@code Instant} as ISO-8601 text; no {@code Optional}).
     * Members the type does not declare are ignored, so a record read by an older app from a newer one's
     * file still reads.
     *
     * @return empty when there is no such member or when it does not fit {@code type} (then the feature
     *         starts afresh and its next write replaces the member)
     */
    public <T> Optional<T> read(String name, Class<T> type) {
        Objects.requireNonNull(type, "type");
        JsonNode member = members.get(name);
        if (member == null || member.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(SettingsJson.MAPPER.treeToValue(member, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A copy with member {@code name} set to {@code value} as JSON (replacing any member of that name).
     *
     * @throws IllegalArgumentException if {@code value} cannot be written as JSON (e.g. it holds an Optional)
     */
    public JsonMembers with(String name, Object value) {
        requireName(name);
        Objects.requireNonNull(value, "value");
        ObjectNode copy = members.deepCopy();
        copy.set(name, normalised(value));
        return new JsonMembers(copy);
    }

    /** A copy without member {@code name}; this value itself when there is no such member. */
    public JsonMembers without(String name) {
        if (!members.has(name)) {
            return this;
        }
        ObjectNode copy = members.deepCopy();
        copy.remove(name);
        return copy.isEmpty() ? EMPTY : new JsonMembers(copy);
    }

    /** A deep copy of the members as a tree, for writing. */
    ObjectNode tree() {
        return members.deepCopy();
    }

    /** The member as a tree (a copy), or null. */
    JsonNode member(String name) {
        JsonNode member = members.get(name);
        return member == null ? null : member.deepCopy();
    }

    /**
     * The JSON that reading the file would give for {@code value}: written to text and parsed again, so that
     * e.g. a long 3 and the int 3 read from the file, or a float and the double read back, are the same node.
     */
    private static JsonNode normalised(Object value) {
        try {
            return SettingsJson.MAPPER.readTree(SettingsJson.MAPPER.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON: "
                    + e.getMessage(), e);
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a member needs a non-blank name");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonMembers that && members.equals(that.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    /** The members as compact JSON text. */
    @Override
    public String toString() {
        return members.toString();
    }
}
