package org.timeatlas.atlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of one atlas folder. A file is opened only when its name is relative, it resolves inside the
 * folder after normalising and following links, it is a regular file (never a device, pipe or socket, so
 * nothing can hang or stream for ever) and it is within {@link Limits#FILE_BYTES}; the atlas's files together
 * stay within {@link Limits#ATLAS_BYTES}. Nothing outside the folder is opened, and no problem quotes anything
 * but the name the atlas wrote.
 */
final class AtlasFolder {

    /** Most {@code *.json} files read from one sub-folder (events/, sources/). */
    static final int FILES_PER_FOLDER = 1000;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final Path folder;
    private final Path realFolder;
    private long bytesRead;

    private AtlasFolder(Path folder, Path realFolder) {
        this.folder = folder;
        this.realFolder = realFolder;
    }

    /** The folder, or empty with a problem when it is not a readable folder. */
    static Optional<AtlasFolder> open(Path folder, List<Problem> problems) {
        try {
            if (Files.isDirectory(folder)) {
                return Optional.of(new AtlasFolder(folder, folder.toRealPath()));
            }
        } catch (IOException | SecurityException unreadable) {
            // reported below
        }
        problems.add(new Problem(folder.toString(), 1, 1, "not an atlas folder (no such directory)"));
        return Optional.empty();
    }

    /** Whether {@code name} (relative, with /) exists in the folder, without following a final link. */
    boolean has(String name) {
        try {
            return Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS);
        } catch (InvalidPathException | SecurityException bad) {
            return false;
        }
    }

    /**
     * Where a reference written in a file leads, or why it may not be followed: a sentence that names the
     * reference and ends without a full stop, e.g. {@code "../x.geojson" leads out of the atlas folder}.
     */
    Resolved resolve(String reference) {
        String quoted = "\"" + reference + "\"";
        if (reference.isBlank()) {
            return Resolved.refused("the file name is empty");
        }
        if (reference.indexOf('\\') >= 0) {
            return Resolved.refused(quoted + " uses \\; separate folders with /");
        }
        if (reference.startsWith("/") || DRIVE.matcher(reference).matches()) {
            return Resolved.refused(quoted + " is an absolute path; name a file inside the atlas folder, e.g. base/land.geojson");
        }
        Path path;
        try {
            path = folder.resolve(reference).normalize();
        } catch (InvalidPathException bad) {
            return Resolved.refused(quoted + " is not a file name");
        }
        if (!path.startsWith(folder.normalize())) {
            return Resolved.refused(quoted + " leads out of the atlas folder");
        }
        try {
            if (!Files.exists(path)) {
                return Resolved.refused(Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                        ? quoted + " is a link to nothing" : "no such file " + quoted + " in the atlas folder");
            }
            Path real = path.toRealPath();
            if (!real.startsWith(realFolder)) {
                return Resolved.refused(quoted + " is a link that leads out of the atlas folder");
            }
            if (Files.isDirectory(real)) {
                return Resolved.refused(quoted + " is a folder, not a file");
            }
            if (!Files.isRegularFile(real)) {
                return Resolved.refused(quoted + " is not a regular file (a device, pipe or socket)");
            }
            long size = Files.size(real);
            if (size > Limits.FILE_BYTES) {
                return Resolved.refused(quoted + " is " + megabytes(size) + "; a file of an atlas may have at most "
                        + megabytes(Limits.FILE_BYTES));
            }
            return new Resolved(real, null);
        } catch (IOException | SecurityException unreadable) {
            return Resolved.refused("cannot open " + quoted);
        }
    }

    /** Whether the files read so far went past {@link Limits#ATLAS_BYTES}: nothing more is read then. */
    boolean full() {
        return bytesRead > Limits.ATLAS_BYTES;
    }

    /** Reads a file that {@link #resolve} accepted; counts it against the atlas's total. */
    byte[] read(Path real) throws IOException, TooLarge {
        OpenOption[] options = real.getFileSystem() == FileSystems.getDefault()
                ? new OpenOption[] {LinkOption.NOFOLLOW_LINKS} : new OpenOption[0];
        byte[] bytes;
        try (InputStream in = Files.newInputStream(real, options)) {
            // the size resolve() saw, plus one byte to notice a file that grew past the limit since
            int expected = (int) Math.min(Files.size(real), Limits.FILE_BYTES);
            byte[] buffer = new byte[expected + 1];
            int read = in.readNBytes(buffer, 0, buffer.length);
            bytes = read == buffer.length ? concat(buffer, in.readNBytes((int) Limits.FILE_BYTES + 1 - read))
                    : java.util.Arrays.copyOf(buffer, read);
        }
        if (bytes.length > Limits.FILE_BYTES) {
            throw new TooLarge("the file is larger than " + megabytes(Limits.FILE_BYTES)
                    + ", the most a file of an atlas may have");
        }
        bytesRead += bytes.length;
        if (bytesRead > Limits.ATLAS_BYTES) {
            throw new TooLarge("the atlas's files together are larger than " + megabytes(Limits.ATLAS_BYTES)
                    + ", the most an atlas may have; this file and the ones after it are not checked");
        }
        return bytes;
    }

    /**
     * The {@code *.json} files of a sub-folder as names relative to the atlas ({@code events/a.json}), in name
     * order; names starting with a dot (editors' lock and backup files) are left out.
     */
    List<String> jsonFilesIn(String subfolder, List<Problem> problems) {
        String where = subfolder + "/";
        Resolved dir = resolveFolder(subfolder);
        if (dir.refusal() != null) {
            problems.add(new Problem(where, 1, 1, dir.refusal()));
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir.path())) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".json") && !name.startsWith(".")) {
                    names.add(name);
                }
                if (names.size() > FILES_PER_FOLDER) {
                    problems.add(new Problem(where, 1, 1, "more than " + FILES_PER_FOLDER
                            + " .json files in one folder; an atlas may have at most " + FILES_PER_FOLDER));
                    return List.of();
                }
            }
        } catch (IOException | SecurityException unreadable) {
            problems.add(new Problem(where, 1, 1, "cannot list the folder"));
            return List.of();
        }
        return names.stream().sorted().map(name -> where + name).toList();
    }

    private Resolved resolveFolder(String subfolder) {
        Path path = folder.resolve(subfolder);
        try {
            if (!Files.isDirectory(path)) {
                return Resolved.refused(Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "\"" + subfolder
                        + "\" is not a folder" : "missing folder (every atlas needs " + subfolder + "/*.json)");
            }
            if (!path.toRealPath().startsWith(realFolder)) {
                return Resolved.refused("the folder is a link that leads out of the atlas folder");
            }
            return new Resolved(path.toRealPath(), null);
        } catch (IOException | SecurityException unreadable) {
            return Resolved.refused("cannot open the folder");
        }
    }

    private static byte[] concat(byte[] first, byte[] rest) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    private static String megabytes(long bytes) {
        return bytes >= (1L << 20) && bytes % (1L << 20) == 0 ? (bytes >> 20) + " MB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }

    /** A reference that may be read ({@code path} is its real path) or the reason it may not. */
    record Resolved(Path path, String refusal) {
        static Resolved refused(String why) {
            return new Resolved(null, why);
        }
    }

    /** A file or the atlas grew past a limit while it was read. */
    static final class TooLarge extends Exception {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }
}
