package org.timeatlas.ui.shell;

/** Test access to which links the explorer opens rather than shows. */
public final class StageWindowsLinks {

    private StageWindowsLinks() {
    }

    public static boolean opens(String url) {
        return StageWindows.isWebAddress(url);
    }
}
