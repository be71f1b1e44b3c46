package org.timeatlas.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.timeatlas.output.OutputTarget;

/**
 * Writes what a scene shows to a PNG file: through a temporary file moved into place, so a failure leaves no
 * partial file, and never in place of a folder or into a folder that does not exist.
 */
public final class Snapshots {

    private Snapshots() {
    }

    public static void write(Scene scene, Path file) throws IOException {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        OutputTarget.write(file, out -> {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
