package org.timeatlas.settings;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The child process of {@link SettingsCrashTest}: loads its classes by encoding both contents, prints
 * {@value #WARM}, waits for a line on standard input (so the parent can start the next child while it kills
 * this one), saves {@link #first()} once, prints {@value #READY}, then saves {@link #second()} and
 * {@link #first()} in turn until it is killed.
 * <p>
 * Usage: {@code java -cp <test classpath> org.timeatlas.settings.SaveLoop FOLDER}
 */
public final class SaveLoop {

    static final String WARM = "warm";
    static final String READY = "first save done";

    private SaveLoop() {
    }

    record TourProgress(String tourId, int step, List<String> seen) {
    }

    /** Small settings. */
    static Settings first() {
        return Settings.defaults().withMoment(LocalDateTime.of(2008, 8, 7, 23, 0)).withLanguage("en").withUiScale(1.0);
    }

    /** Larger settings that differ in every field, so a mix of the two or a cut-off file cannot pass as either. */
    static Settings second() {
        return Settings.defaults()
                .withMoment(LocalDateTime.of(2008, 8, 12, 18, 0))
                .withLanguage("hi")
                .withDayByDay(true)
                .withUiScale(2.25)
                .withWindow(new WindowPlacement(100, 50, 1280, 720, false, true))
                .withAtlasFolder(Path.of("/srv/atlases/georgia-1991-2008"))
                .withDividers("right-column", 0.25, 0.5, 0.75)
                .withPresenterScreen("1")
                .withSection("tours", new TourProgress("august-2008", 17,
                        IntStream.range(0, 400).mapToObj(i -> "step-" + i).toList()));
    }

    public static void main(String[] args) throws Exception {
        SettingsStore store = new SettingsStore(Path.of(args[0]));
        Settings first = first();
        Settings second = second();
        SettingsCodec.encode(first);
        SettingsCodec.encode(second);
        System.out.println(WARM);
        System.out.flush();
        if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() == null) {
            return;
        }
        store.save(first);
        System.out.println(READY);
        System.out.flush();
        for (long round = 0; ; round++) {
            store.save(round % 2 == 0 ? second : first);
        }
    }
}
