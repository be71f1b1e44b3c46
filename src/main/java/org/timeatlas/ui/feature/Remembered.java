package org.timeatlas.ui.feature;

import java.util.Optional;

/**
 * What a feature keeps between sessions (tour progress, quiz results, bookmarks, filters): one section of the
 * settings file per key, read as the feature's own record type. Each change is written at once, atomically;
 * with {@code --fresh} nothing is read or written and sections live only for the session.
 */
public interface Remembered {

    /** The section stored under {@code key}; empty when there is none or it no longer fits {@code type}. */
    <T> Optional<T> section(String key, Class<T> type);

    /**
     * Stores {@code value} (a record or other value Jackson writes) under {@code key} and writes the settings file.
     * A failure to write is one line on standard error; the value is still kept for this session.
     *
     * @throws IllegalArgumentException if the key is blank or the value cannot be written as JSON
     */
    void remember(String key, Object value);

    /** Removes the section {@code key} and writes the settings file. */
    void forget(String key);
}
