package org.timeatlas.atlas.io;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of a JSON object in the order written, kept in two arrays (with a hash index only for large
 * objects): a fraction of a {@link java.util.LinkedHashMap}'s memory, so a file of many small objects fits the
 * memory limits. Immutable.
 */
final class Members extends AbstractMap<String, Json> {

    /** Objects with more members than this get a hash index; smaller ones are searched in order. */
    private static final int INDEXED = 8;
    private static final String[] NO_KEYS = {};
    private static final Json[] NO_VALUES = {};

    private final String[] keys;
    private final Json[] values;
    private final Map<String, Integer> index;

    private Members(String[] keys, Json[] values) {
        this.keys = keys;
        this.values = values;
        if (keys.length > INDEXED) {
            index = new HashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                index.put(keys[i], i);
            }
        } else {
            index = null;
        }
    }

    private int find(Object key) {
        if (index != null) {
            Integer at = index.get(key);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Json get(Object key) {
        int at = find(key);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Entry<String, Json>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Json>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Json> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Json> entry = new SimpleImmutableEntry<>(keys[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    /** Collects the members of one object as it is read; a key given again is refused (the first one stays). */
    static final class Builder {
        private final List<String> keys = new ArrayList<>(4);
        private final List<Json> values = new ArrayList<>(4);
        private Map<String, Json> seen;

        /** Adds the member, or returns the earlier value of {@code key} and adds nothing. */
        Json add(String key, Json value) {
            Json earlier = earlier(key);
            if (earlier != null) {
                return earlier;
            }
            keys.add(key);
            values.add(value);
            if (seen != null) {
                seen.put(key, value);
            } else if (keys.size() > INDEXED) {
                seen = new HashMap<>();
                for (int i = 0; i < keys.size(); i++) {
                    seen.put(keys.get(i), values.get(i));
                }
            }
            return null;
        }

        private Json earlier(String key) {
            if (seen != null) {
                return seen.get(key);
            }
            int at = keys.indexOf(key);
            return at < 0 ? null : values.get(at);
        }

        Members build() {
            return keys.isEmpty() ? new Members(NO_KEYS, NO_VALUES)
                    : new Members(keys.toArray(NO_KEYS), values.toArray(NO_VALUES));
        }
    }
}
