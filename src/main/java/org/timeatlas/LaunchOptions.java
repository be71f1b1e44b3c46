package org.timeatlas;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.timeatlas.output.animation.AnimationFormat;
import org.timeatlas.output.animation.AnimationSpec;
import org.timeatlas.output.animation.FramePlan;
import org.timeatlas.output.animation.FrameStep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of DESIGN §4, parsed by picocli. Fields are filled by the parser only. */
@Command(name = "time-atlas", mixinStandardHelpOptions = true, version = "Time Atlas 0.1",
        sortOptions = false,
        description = "An offline explorer of Georgia and its breakaway regions, 1991-2008: a map and a scrubbable timeline.")
public final class LaunchOptions {

    private static final Pattern NO_WINDOW =
            Pattern.compile("--(validate|export|handout|help|version)(=.*)?|-[a-zA-Z]*[hV][a-zA-Z]*");

    @Option(names = "--date", paramLabel = "YYYY-MM-DD[THH:MM]", converter = MomentConverter.class,
            description = "Open at that moment (for --export: the moment of the territories' status).")
    LocalDateTime date;

    @Option(names = "--lang", paramLabel = "en|hi",
            description = "Interface and content language (default: the one last used, else en).")
    String language;

    @Option(names = "--fresh", description = "Ignore the remembered settings: neither read nor write them.")
    boolean fresh;

    @Option(names = "--atlas", paramLabel = "DIR", description = "Open another atlas folder instead of the embedded one.")
    Path atlas;

    @Option(names = "--snapshot", paramLabel = "FILE.png",
            description = "Render the main window off-screen to a PNG and exit.")
    Path snapshot;

    @Option(names = "--size", paramLabel = "WxH", converter = SizeConverter.class,
            description = "Window size for --snapshot (default 1280x800); frame size for --animate (default 1280x720).")
    WindowSize size;

    @Option(names = "--validate", paramLabel = "DIR",
            description = "Check an atlas folder; print one line per problem (file:line:col: message); exit 0 when valid, else 1.")
    Path validate;

    @Option(names = "--export", paramLabel = "FILE.{csv,geojson,kml}",
            description = "Write the events (or, with --date and .geojson, the territories at that moment) and exit.")
    Path export;

    @Option(names = "--animate", paramLabel = "FILE.{gif,mp4}",
            description = "Write frames of the map with a caption, from --from to --to in steps of --step, as a looping GIF or an H.264 MP4, and exit.")
    Path animate;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD[THH:MM]", converter = MomentConverter.class,
            description = "The first frame's moment for --animate.")
    LocalDateTime from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD[THH:MM]", converter = MomentConverter.class,
            description = "No frame of --animate is later than this.")
    LocalDateTime to;

    @Option(names = "--step", paramLabel = "6h|1d|1M|1y", converter = StepConverter.class,
            description = "How far the moment moves between frames of --animate: hours, days, months or years (default 1d).")
    FrameStep step = new FrameStep(1, java.time.temporal.ChronoUnit.DAYS);

    @Option(names = "--fps", paramLabel = "N", description = "Frames per second of --animate, 1-30 (default 2).")
    int fps = AnimationSpec.DEFAULT_FPS;

    @Option(names = "--handout", paramLabel = "FILE.pdf",
            description = "Write a printable handout (map, events, sources) at --date, or of --tour, and exit.")
    Path handout;

    @Option(names = "--tour", paramLabel = "ID", description = "With --handout: a handout of this tour's steps.")
    String tour;

    @Option(names = "--paper", paramLabel = "a4|letter", converter = PaperConverter.class,
            description = "With --handout: the paper (default: the one usual where this computer is set up).")
    org.timeatlas.output.handout.Paper paper;

    private boolean usageHelp;
    private boolean versionHelp;

    public LocalDateTime date() {
        return date;
    }

    public String language() {
        return language == null ? "en" : language;
    }

    /** Whether --lang was given, so that it wins over the language last used. */
    public boolean languageGiven() {
        return language != null;
    }

    /** Whether --fresh was given: start from the defaults and remember nothing. */
    public boolean fresh() {
        return fresh;
    }

    public Path atlas() {
        return atlas;
    }

    public Path snapshot() {
        return snapshot;
    }

    public int width() {
        return size == null ? 1280 : size.width();
    }

    public int height() {
        return size == null ? 800 : size.height();
    }

    /** The animation --animate asks for, checked by {@link #parse}; null without --animate. */
    public AnimationSpec animation() {
        if (animate == null) {
            return null;
        }
        return new AnimationSpec(animate, new FramePlan(from, to, step),
                size == null ? AnimationSpec.DEFAULT_WIDTH : size.width(),
                size == null ? AnimationSpec.DEFAULT_HEIGHT : size.height(), fps);
    }

    public Path validate() {
        return validate;
    }

    public Path export() {
        return export;
    }

    public Path handout() {
        return handout;
    }

    /** The tour id given with --tour, or null. */
    public String tour() {
        return tour;
    }

    /** The paper given with --paper, or null for the locale's. */
    public org.timeatlas.output.handout.Paper paper() {
        return paper;
    }

    /** A file an option asks to write, with the endings it accepts (none: the command checks them itself). */
    public record Output(String option, Path file, List<String> extensions) {
    }

    /**
     * The files the options ask to write, to be checked with {@link org.timeatlas.output.OutputTarget} before
     * anything starts. An option that writes a file adds itself here.
     */
    public List<Output> outputs() {
        List<Output> outputs = new ArrayList<>();
        if (export != null) {
            outputs.add(new Output("--export", export, List.of()));
        }
        if (handout != null) {
            outputs.add(new Output("--handout", handout, List.of(".pdf")));
        }
        if (snapshot != null) {
            outputs.add(new Output("--snapshot", snapshot, List.of(".png")));
        }
        if (animate != null) {
            outputs.add(new Output("--animate", animate, AnimationFormat.extensions()));
        }
        return outputs;
    }

    /** Whether --help (-h) was given. */
    public boolean usageHelp() {
        return usageHelp;
    }

    /** Whether --version (-V) was given. */
    public boolean versionHelp() {
        return versionHelp;
    }

    /**
     * Whether {@code args} may open the window, judged from the option names alone before parsing: false when
     * one asks for a batch command, help or the version. Only a guess to start the toolkit early.
     */
    public static boolean mayOpenWindow(String... args) {
        return Arrays.stream(args).noneMatch(arg -> NO_WINDOW.matcher(arg).matches());
    }

    /** Parses {@code args}; throws {@link CommandLine.ParameterException} with a plain message when they are wrong. */
    public static LaunchOptions parse(String... args) {
        LaunchOptions options = new LaunchOptions();
        CommandLine line = new CommandLine(options);
        line.parseArgs(args);
        options.usageHelp = line.isUsageHelpRequested();
        options.versionHelp = line.isVersionHelpRequested();
        if (options.language != null && !options.language.equals("en") && !options.language.equals("hi")) {
            throw new CommandLine.ParameterException(line, "--lang must be en or hi, not \"" + options.language + "\"");
        }
        options.checkAnimation(line);
        return options;
    }

    /** --from, --to, --step and --fps belong to --animate, which needs the first two; a wrong span is named. */
    private void checkAnimation(CommandLine line) {
        if (animate == null) {
            if (from != null || to != null) {
                throw new CommandLine.ParameterException(line, "--from and --to go with --animate FILE.gif|FILE.mp4");
            }
            return;
        }
        if (from == null || to == null) {
            throw new CommandLine.ParameterException(line, "--animate needs --from and --to, e.g. --from 2008-08-07 --to 2008-08-12");
        }
        java.util.Optional<String> wrong = FramePlan.problem(from, to, step)
                .or(() -> AnimationFormat.of(animate).isEmpty() ? java.util.Optional.empty()
                        : AnimationSpec.problem(animate, size == null ? AnimationSpec.DEFAULT_WIDTH : size.width(),
                                size == null ? AnimationSpec.DEFAULT_HEIGHT : size.height(), fps));
        if (wrong.isPresent()) {
            throw new CommandLine.ParameterException(line, "--animate: " + wrong.get());
        }
    }

    static final class StepConverter implements CommandLine.ITypeConverter<FrameStep> {
        @Override
        public FrameStep convert(String text) {
            return FrameStep.parse(text).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "\"" + text + "\" is not a step; write a number and h, d, M or y, e.g. 6h, 1d, 1M, 1y"));
        }
    }

    static final class MomentConverter implements CommandLine.ITypeConverter<LocalDateTime> {
        @Override
        public LocalDateTime convert(String text) {
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
            } catch (DateTimeParseException wrong) {
                throw new CommandLine.TypeConversionException(
                        "\"" + text + "\" is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM, e.g. 2008-08-08T06:00");
            }
        }
    }

    static final class PaperConverter implements CommandLine.ITypeConverter<org.timeatlas.output.handout.Paper> {
        @Override
        public org.timeatlas.output.handout.Paper convert(String text) {
            try {
                return org.timeatlas.output.handout.Paper.parse(text);
            } catch (IllegalArgumentException wrong) {
                throw new CommandLine.TypeConversionException(wrong.getMessage());
            }
        }
    }

    /** Width and height of the window in pixels. */
    record WindowSize(int width, int height) {
    }

    static final class SizeConverter implements CommandLine.ITypeConverter<WindowSize> {
        @Override
        public WindowSize convert(String text) {
            String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
            try {
                int width = Integer.parseInt(parts[0]);
                int height = Integer.parseInt(parts[1]);
                if (parts.length == 2 && width >= 320 && height >= 240 && width <= 8000 && height <= 8000) {
                    return new WindowSize(width, height);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException wrong) {
                // reported below
            }
            throw new CommandLine.TypeConversionException(
                    "\"" + text + "\" is not a size; write WIDTHxHEIGHT in pixels, e.g. 1280x800 (320x240 to 8000x8000)");
        }
    }
}
