package org.timeatlas.settings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings file's JSON: {@link Settings} to bytes and back. Reading is forgiving member by member: a
 * member of the wrong type falls back to its default and the others are kept, with one warning for all.
 * <pre>
 * { "formatVersion": 1, "moment": "2008-08-08T06:00", "language": "hi", "dayByDay": true, "uiScale": 1.25,
 *   "window": { "x": 10, "y": 20, "width": 1280, "height": 720, "maximised": false, "fullScreen": false },
 *   "atlasFolder": "/home/…/atlas", "dividers": { "right-column": [0.4, 0.7] }, "presenterScreen": "1",
 *   "sections": { "tours": { … } }, …members of a newer minor version… }
 * </pre>
 */
final class SettingsCodec {

    /**
     * The major format this version writes and reads. It changes only when old readers would misread the
     * file; adding members does not change it (older readers keep what they do not know).
     */
    static final int FORMAT_VERSION = 1;

    private static final String FORMAT = "formatVersion";
    private static final String MOMENT = "moment";
    private static final String LANGUAGE = "language";
    private static final String DAY_BY_DAY = "dayByDay";
    private static final String UI_SCALE = "uiScale";
    private static final String WINDOW = "window";
    private static final String ATLAS_FOLDER = "atlasFolder";
    private static final String DIVIDERS = "dividers";
    private static final String PRESENTER_SCREEN = "presenterScreen";
    private static final String SECTIONS = "sections";
    private static final List<String> KNOWN = List.of(FORMAT, MOMENT, LANGUAGE, DAY_BY_DAY, UI_SCALE, WINDOW,
            ATLAS_FOLDER, DIVIDERS, PRESENTER_SCREEN, SECTIONS);
    private static final List<String> WINDOW_KNOWN = List.of("x", "y", "width", "height", "maximised", "fullScreen");

    /** The settings read from a file, or defaults, with at most one warning line. */
    record Decoded(Settings settings, Optional<String> warning, boolean newerFormat) {
    }

    private SettingsCodec() {
    }

    /** The file's bytes for {@code settings}: UTF-8 JSON, indented, '\n' line ends, a final newline. */
    static byte[] encode(Settings settings) {
        ObjectNode root = SettingsJson.MAPPER.createObjectNode();
        root.put(FORMAT, FORMAT_VERSION);
        settings.moment().ifPresent(moment -> root.put(MOMENT, moment.toString()));
        settings.language().ifPresent(language -> root.put(LANGUAGE, language));
        root.put(DAY_BY_DAY, settings.dayByDay());
        root.put(UI_SCALE, settings.uiScale());
        JsonMembers unknown = settings.unknownMembers();
        settings.window().ifPresent(window -> root.set(WINDOW, windowNode(window, unknown.member(WINDOW))));
        settings.atlasFolder().ifPresent(folder -> root.put(ATLAS_FOLDER, folder.toString()));
        if (!settings.dividers().isEmpty()) {
            ObjectNode dividers = root.putObject(DIVIDERS);
            settings.dividers().forEach((name, positions) -> {
                ArrayNode array = dividers.putArray(name);
                positions.forEach(array::add);
            });
        }
        settings.presenterScreen().ifPresent(screen -> root.put(PRESENTER_SCREEN, screen));
        if (!settings.sections().isEmpty()) {
            root.set(SECTIONS, settings.sections().tree());
        }
        // a window's unknown members were merged above; without a window they have nothing to belong to
        unknown.tree().fields().forEachRemaining(member -> {
            if (!member.getKey().equals(WINDOW) && !root.has(member.getKey())) {
                root.set(member.getKey(), member.getValue());
            }
        });
        try {
            byte[] json = SettingsJson.WRITER.writeValueAsBytes(root);
            byte[] file = new byte[json.length + 1];
            System.arraycopy(json, 0, file, 0, json.length);
            file[json.length] = '\n';
            return file;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a settings tree could not be written", e);
        }
    }

    private static ObjectNode windowNode(WindowPlacement window, JsonNode unknownWindowMembers) {
        ObjectNode node = SettingsJson.MAPPER.createObjectNode();
        node.put("x", window.x());
        node.put("y", window.y());
        node.put("width", window.width());
        node.put("height", window.height());
        node.put("maximised", window.maximised());
        node.put("fullScreen", window.fullScreen());
        if (unknownWindowMembers instanceof ObjectNode extra) {
            extra.fields().forEachRemaining(member -> node.set(member.getKey(), member.getValue()));
        }
        return node;
    }

    /** True when {@code bytes} parse as a settings object of a major format newer than this version's. */
    static boolean isNewerFormat(byte[] bytes) {
        try {
            JsonNode root = SettingsJson.MAPPER.readTree(bytes);
            return root != null && root.isObject() && newerVersion(root.get(FORMAT)).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Integer> newerVersion(JsonNode version) {
        if (version != null && version.canConvertToInt() && version.isIntegralNumber()
                && version.intValue() > FORMAT_VERSION) {
            return Optional.of(version.intValue());
        }
        return Optional.empty();
    }

    /**
     * Reads the file's bytes. Never throws: malformed JSON, an empty file, a top level that is not an object
     * or a newer major format give defaults; wrong members give their defaults; each with one warning line
     * that starts with {@code file}.
     */
    static Decoded decode(byte[] bytes, Path file) {
        JsonNode root;
        try {
            root = SettingsJson.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null || at.getLineNr() < 1 ? file.toString()
                    : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            return defaults(place + ": not valid JSON (" + oneLine(e.getOriginalMessage()) + "); using default settings");
        } catch (IOException e) {
            return defaults(file + ": cannot be read (" + oneLine(e.getMessage()) + "); using default settings");
        }
        if (root == null || root.isMissingNode()) {
            return defaults(file + ": is empty; using default settings");
        }
        if (!root.isObject()) {
            return defaults(file + ": holds JSON " + root.getNodeType().toString().toLowerCase()
                    + ", not an object; using default settings");
        }
        Optional<Integer> newer = newerVersion(root.get(FORMAT));
        if (newer.isPresent()) {
            return new Decoded(Settings.defaults(), Optional.of(file + ": written by a newer Time Atlas (settings format "
                    + newer.get() + ", this version reads " + FORMAT_VERSION + "); using default settings and leaving "
                    + "the file as it is"), true);
        }
        return new MemberReader((ObjectNode) root, file).read();
    }

    private static Decoded defaults(String warning) {
        return new Decoded(Settings.defaults(), Optional.of(warning), false);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** Reads the members of one settings object, noting each one it has to drop. */
    private static final class MemberReader {
        private final ObjectNode root;
        private final Path file;
        private final List<String> dropped = new ArrayList<>();

        MemberReader(ObjectNode root, Path file) {
            this.root = root;
            this.file = file;
        }

        Decoded read() {
            JsonNode version = present(FORMAT);
            if (version == null) {
                dropped.add(FORMAT + " (missing; read as " + FORMAT_VERSION + ")");
            } else if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
                dropped.add(FORMAT + " (not a format number; read as " + FORMAT_VERSION + ")");
            }
            ObjectNode unknown = root.deepCopy();
            KNOWN.forEach(unknown::remove);
            Settings settings = new Settings(moment(), language(), dayByDay(), uiScale(), window(unknown),
                    atlasFolder(), dividers(), presenterScreen(), sections(), JsonMembers.copyOf(unknown));
            if (dropped.isEmpty()) {
                return new Decoded(settings, Optional.empty(), false);
            }
            String members = dropped.size() == 1 ? "member" : dropped.size() + " members";
            return new Decoded(settings, Optional.of(file + ": " + members + " could not be read and use their defaults: "
                    + String.join(", ", dropped)), false);
        }

        /** The member, or null when it is absent or JSON null (both mean "not remembered"). */
        private JsonNode present(String name) {
            JsonNode node = root.get(name);
            return node == null || node.isNull() ? null : node;
        }

        private void drop(String name, String why) {
            dropped.add(name + " (" + why + ")");
        }

        private Optional<LocalDateTime> moment() {
            JsonNode node = present(MOMENT);
            if (node == null) {
                return Optional.empty();
            }
            if (node.isTextual()) {
                try {
                    return Optional.of(LocalDateTime.parse(node.textValue()));
                } catch (DateTimeParseException notWithTime) {
                    try {
                        return Optional.of(LocalDate.parse(node.textValue()).atStartOfDay());
                    } catch (DateTimeParseException notADate) {
                        // falls through to the warning
                    }
                }
            }
            drop(MOMENT, "not a date and time like 2008-08-08T06:00");
            return Optional.empty();
        }

        private Optional<String> language() {
            JsonNode node = present(LANGUAGE);
            if (node == null) {
                return Optional.empty();
            }
            if (node.isTextual() && Settings.isLanguageTag(node.textValue())) {
                return Optional.of(node.textValue());
            }
            drop(LANGUAGE, "not a language code like en or hi");
            return Optional.empty();
        }

        private boolean dayByDay() {
            JsonNode node = present(DAY_BY_DAY);
            if (node == null) {
                return false;
            }
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            drop(DAY_BY_DAY, "not true or false");
            return false;
        }

        private double uiScale() {
            JsonNode node = present(UI_SCALE);
            if (node == null) {
                return Settings.DEFAULT_UI_SCALE;
            }
            if (node.isNumber() && Double.isFinite(node.doubleValue())) {
                return node.doubleValue();
            }
            drop(UI_SCALE, "not a number");
            return Settings.DEFAULT_UI_SCALE;
        }

        /** Known window members are read; the others stay in {@code unknown} under "window". */
        private Optional<WindowPlacement> window(ObjectNode unknown) {
            JsonNode node = present(WINDOW);
            if (node == null) {
                return Optional.empty();
            }
            if (!node.isObject()) {
                drop(WINDOW, "not an object");
                return Optional.empty();
            }
            ObjectNode extra = ((ObjectNode) node).deepCopy();
            WINDOW_KNOWN.forEach(extra::remove);
            if (!extra.isEmpty()) {
                unknown.set(WINDOW, extra);
            }
            JsonNode x = node.get("x");
            JsonNode y = node.get("y");
            JsonNode width = node.get("width");
            JsonNode height = node.get("height");
            JsonNode maximised = node.path("maximised");
            JsonNode fullScreen = node.path("fullScreen");
            boolean numbers = x != null && x.isNumber() && y != null && y.isNumber() && width != null
                    && width.isNumber() && height != null && height.isNumber();
            boolean flags = (maximised.isMissingNode() || maximised.isBoolean())
                    && (fullScreen.isMissingNode() || fullScreen.isBoolean());
            if (!numbers || !flags) {
                drop(WINDOW, "needs numbers x, y, width, height and true or false maximised, fullScreen");
                return Optional.empty();
            }
            try {
                return Optional.of(new WindowPlacement(x.doubleValue(), y.doubleValue(), width.doubleValue(),
                        height.doubleValue(), maximised.asBoolean(false), fullScreen.asBoolean(false)));
            } catch (IllegalArgumentException e) {
                drop(WINDOW, e.getMessage());
                return Optional.empty();
            }
        }

        private Optional<Path> atlasFolder() {
            JsonNode node = present(ATLAS_FOLDER);
            if (node == null) {
                return Optional.empty();
            }
            if (node.isTextual() && !node.textValue().isBlank()) {
                try {
                    return Optional.of(Path.of(node.textValue()));
                } catch (InvalidPathException e) {
                    drop(ATLAS_FOLDER, "not a folder path here: " + e.getReason());
                    return Optional.empty();
                }
            }
            drop(ATLAS_FOLDER, "not a folder path");
            return Optional.empty();
        }

        private Map<String, List<Double>> dividers() {
            JsonNode node = present(DIVIDERS);
            Map<String, List<Double>> dividers = new TreeMap<>();
            if (node == null) {
                return dividers;
            }
            if (!node.isObject()) {
                drop(DIVIDERS, "not an object");
                return dividers;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> split = it.next();
                List<Double> positions = positions(split.getValue());
                if (positions == null || split.getKey().isBlank()) {
                    drop(DIVIDERS + "." + split.getKey(), "not a list of fractions from 0 to 1");
                } else {
                    dividers.put(split.getKey(), positions);
                }
            }
            return dividers;
        }

        private static List<Double> positions(JsonNode node) {
            if (!node.isArray()) {
                return null;
            }
            List<Double> positions = new ArrayList<>();
            for (JsonNode position : node) {
                if (!position.isNumber() || !Settings.isDividerPosition(position.doubleValue())) {
                    return null;
                }
                positions.add(position.doubleValue());
            }
            return positions;
        }

        private Optional<String> presenterScreen() {
            JsonNode node = present(PRESENTER_SCREEN);
            if (node == null) {
                return Optional.empty();
            }
            if (node.isTextual() && !node.textValue().isBlank()) {
                return Optional.of(node.textValue());
            }
            if (node.isIntegralNumber()) {
                return Optional.of(node.asText());
            }
            drop(PRESENTER_SCREEN, "not a screen identifier");
            return Optional.empty();
        }

        private JsonMembers sections() {
            JsonNode node = present(SECTIONS);
            if (node == null) {
                return JsonMembers.empty();
            }
            if (!node.isObject()) {
                drop(SECTIONS, "not an object");
                return JsonMembers.empty();
            }
            return JsonMembers.copyOf((ObjectNode) node);
        }
    }
}
