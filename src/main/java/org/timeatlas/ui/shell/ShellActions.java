package org.timeatlas.ui.shell;

/** What the menus and the toolbar can ask the application to do beyond changing the explorer state. */
public record ShellActions(Runnable openAtlas, Runnable fitMap, Runnable zoomIn, Runnable zoomOut,
                           Runnable toggleFullScreen, Runnable help, Runnable about, Runnable quit) {
}
