package org.timeatlas.settings;

/** What {@link SettingsStore#save(Settings)} did. */
public enum SaveOutcome {
    /** The file was replaced atomically by the new contents. */
    WRITTEN,
    /**
     * The file was replaced, but the file system cannot rename atomically, so a plain replacing move was
     * used: the file is never half-written, but a crash during the move may leave no settings file at all.
     */
    WRITTEN_WITHOUT_ATOMIC_MOVE,
    /** The file already held exactly these contents; nothing was written. */
    UNCHANGED,
    /** The file was written by a newer major format; it was left as it is so the newer app keeps its data. */
    KEPT_NEWER_FILE
}
