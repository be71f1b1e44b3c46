package org.timeatlas.atlas.io;

import java.io.IOException;

/**
 * An export that could not be written. The message is one line that names the file and says why, e.g.
 * {@code cannot write /media/usb/events.kml: no space left on device}; nothing is left half-written.
 */
public final class ExportException extends IOException {

    private static final long serialVersionUID = 1L;

    ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
