package org.timeatlas.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.HostServices;

/**
 * Opens a web address in the system's browser through the application's host services, and says so by
 * throwing when there is none to open it with (on Linux, no {@code xdg-open}), where the host services would
 * silently do nothing.
 */
public final class SystemBrowser implements Consumer<String> {

    private final java.util.function.Supplier<HostServices> host;

    /** @param host the application's host services, asked for only when an address is opened */
    public SystemBrowser(java.util.function.Supplier<HostServices> host) {
        this.host = host;
    }

    @Override
    public void accept(String url) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux") && !onPath("xdg-open")) {
            throw new IllegalStateException("no xdg-open to start a browser with");
        }
        host.get().showDocument(url);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
