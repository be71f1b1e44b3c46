package org.timeatlas.settings;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The settings file, {@value #FILE_NAME}, in one folder: {@link #load()} never throws and falls back to
 * defaults with one warning line; {@link #save(Settings)} replaces the file atomically. Both run on the
 * caller's thread and start no threads: the caller decides when to save (on quit, after a debounce). A save
 * costs one small read, and when the contents changed one write, two {@code fsync}s and a rename.
 * <p>
 * Safe to use from several threads and by several stores on the same folder in one JVM (their writes are
 * serialised); two processes writing the same file each leave a complete file, the last rename wins.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";

    /** Larger files are not read: settings are a few kilobytes, anything this big is not ours. */
    static final long MAX_FILE_BYTES = 16L << 20;

    private final Path folder;
    private final Path file;
    private final AtomicFile atomicFile;

    /** A store for {@code folder}/{@value #FILE_NAME}; the folder is created by the first save. */
    public SettingsStore(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
        this.file = this.folder.resolve(FILE_NAME);
        this.atomicFile = new AtomicFile(file);
    }

    /** The store in this user's settings folder for this OS (see {@link #userFolder}). */
    public static SettingsStore forUser() {
        return new SettingsStore(userFolder(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home"))));
    }

    /**
     * The OS's per-user settings folder for Time Atlas.
     * <ul>
     * <li>Windows ({@code os.name} starting "Windows"): {@code %APPDATA%\Time Atlas}; without APPDATA,
     * {@code <home>\AppData\Roaming\Time Atlas}.</li>
     * <li>macOS ("Mac…"): {@code <home>/Library/Application Support/Time Atlas}.</li>
     * <li>Linux and other Unix: {@code $XDG_CONFIG_HOME/time-atlas}, or {@code <home>/.config/time-atlas} when
     * XDG_CONFIG_HOME is unset, empty or relative (the XDG Base Directory spec says to ignore relative
     * paths).</li>
     * </ul>
     *
     * @param osName the {@code os.name} system property
     * @param env    the environment, e.g. {@code System.getenv()}
     * @param home   the user's home folder ({@code user.home})
     */
    public static Path userFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path roaming = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return roaming.resolve("Time Atlas");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Time Atlas");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("time-atlas");
        }
        return home.resolve(".config").resolve("time-atlas");
    }

    /** The settings file (absolute). */
    public Path file() {
        return file;
    }

    /**
     * Reads the settings. Never throws. No file: defaults, no warning. A file that cannot be read (a folder,
     * no permission, too large), is not JSON or not an object, or was written by a newer major format:
     * defaults and one warning. Members of the wrong type: their defaults, the rest kept, one warning. Also
     * removes temporary files left by a save that was killed.
     */
    public LoadedSettings load() {
        try {
            synchronized (atomicFile.lock()) {
                atomicFile.removeLeftovers();
            }
            byte[] bytes;
            try {
                if (Files.isDirectory(file)) {
                    return LoadedSettings.defaultsWith(file + ": is a folder, not a settings file; using default settings");
                }
                if (Files.size(file) > MAX_FILE_BYTES) {
                    return LoadedSettings.defaultsWith(file + ": is larger than " + (MAX_FILE_BYTES >> 20)
                            + " MB, not a settings file; using default settings");
                }
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                return LoadedSettings.clean(Settings.defaults());
            } catch (IOException e) {
                return LoadedSettings.defaultsWith(file + ": cannot be read (" + reason(e) + "); using default settings");
            }
            SettingsCodec.Decoded decoded = SettingsCodec.decode(bytes, file);
            return new LoadedSettings(decoded.settings(), decoded.warning());
        } catch (RuntimeException e) {
            // a promise to the caller: a bad settings file never stops the app
            return LoadedSettings.defaultsWith(file + ": cannot be read (" + e + "); using default settings");
        }
    }

    /**
     * Writes {@code settings} to the file atomically: a temporary file in the same folder, forced to the disk,
     * renamed over {@value #FILE_NAME}. Creates the folder if missing and removes temporary files left by a
     * save that was killed. Whatever happens, the file holds either its old or its new contents in full.
     *
     * @return {@link SaveOutcome#UNCHANGED} when the file already holds these contents,
     *         {@link SaveOutcome#KEPT_NEWER_FILE} when the file is of a newer major format (it is not
     *         overwritten), {@link SaveOutcome#WRITTEN_WITHOUT_ATOMIC_MOVE} when the file system cannot rename
     *         atomically, else {@link SaveOutcome#WRITTEN}
     * @throws IOException "cannot save settings to FILE: reason" when the folder or file cannot be written
     */
    public SaveOutcome save(Settings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        byte[] bytes = SettingsCodec.encode(settings);
        synchronized (atomicFile.lock()) {
            try {
                atomicFile.removeLeftovers();
                byte[] current = currentContents();
                if (current != null && Arrays.equals(current, bytes)) {
                    return SaveOutcome.UNCHANGED;
                }
                if (current != null && SettingsCodec.isNewerFormat(current)) {
                    return SaveOutcome.KEPT_NEWER_FILE;
                }
                return atomicFile.write(bytes) ? SaveOutcome.WRITTEN : SaveOutcome.WRITTEN_WITHOUT_ATOMIC_MOVE;
            } catch (IOException e) {
                throw new IOException("cannot save settings to " + file + ": " + reason(e), e);
            }
        }
    }

    /** The file's bytes, or null when there is no readable regular file of a plausible size. */
    private byte[] currentContents() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** What went wrong, in words: file-system exceptions carry only paths in their messages. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied" + (denied.getFile() == null ? "" : ": " + denied.getFile());
        }
        if (e instanceof FileAlreadyExistsException inTheWay) {
            return "a file is in the way of the folder: " + inTheWay.getFile();
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (e instanceof FileSystemException fs) {
            String what = fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
            return what + (fs.getFile() == null ? "" : ": " + fs.getFile())
                    + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile());
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
