package org.timeatlas.ui.map;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.geo.MapTestAtlas;
import org.timeatlas.time.StateIndex;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.CurrentEvents;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/**
 * Not a test: renders the map to a PNG to look at. Arguments (all optional, name=value):
 * atlas=DIR date=YYYY-MM-DD[THH:MM] lang=en|hi size=WxH out=FILE.png hover=LON,LAT select=TERRITORY
 * event=EVENT zoom=N (steps, negative zooms out).
 */
public final class MapPaneDemo {

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            String[] parts = arg.split("=", 2);
            options.put(parts[0], parts[1]);
        }
        Atlas chosen = MapTestAtlas.atlas();
        if (options.containsKey("atlas")) {
            var result = AtlasLoader.load(Path.of(options.get("atlas")));
            result.problems().stream().limit(10).forEach(problem -> System.out.println("atlas problem: " + problem));
            chosen = result.atlas().orElseThrow();
        }
        Atlas loaded = chosen;
        String[] size = options.getOrDefault("size", "1000x700").split("x");
        String date = options.getOrDefault("date", chosen.info().defaultMoment().toString().substring(0, 10));
        LocalDateTime moment = LocalDateTime.parse(date.contains("T") ? date : date + "T00:00");
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            Atlas atlas = loaded;
            try {
                ExplorerState state = new ExplorerState(atlas.info().start(), atlas.info().end(), moment,
                        options.getOrDefault("lang", "en"));
                StateIndex index = new StateIndex(atlas);
                CurrentEvents current = new CurrentEvents(index, new TimeAxis(atlas.info().axis()), state);
                long t0 = System.nanoTime();
                MapPane map = new MapPane(atlas, index, state, current, new Texts(state));
                System.out.printf("built map in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
                Scene scene = new Scene(map, Double.parseDouble(size[0]), Double.parseDouble(size[1]));
                scene.getStylesheets().add(MapPaneDemo.class.getResource("/org/timeatlas/ui/app.css").toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                map.layout();
                int zoom = Integer.parseInt(options.getOrDefault("zoom", "0"));
                for (int i = 0; i < Math.abs(zoom); i++) {
                    if (zoom > 0) {
                        map.zoomIn();
                    } else {
                        map.zoomOut();
                    }
                }
                if (options.containsKey("select")) {
                    state.selectTerritory(options.get("select"));
                }
                if (options.containsKey("event")) {
                    state.selectEvent(options.get("event"));
                }
                map.applyCss();
                map.layout();
                if (options.containsKey("hover")) {
                    String[] lonLat = options.get("hover").split(",");
                    Point2D at = map.pointOf(Double.parseDouble(lonLat[0]), Double.parseDouble(lonLat[1]));
                    Event.fireEvent(map, new MouseEvent(MouseEvent.MOUSE_MOVED, at.getX(), at.getY(), at.getX(),
                            at.getY(), MouseButton.NONE, 0, false, false, false, false, false, false, false, false,
                            false, false, null));
                }
                map.applyCss();
                map.layout();
                if (options.containsKey("bench")) {
                    PanZoomCost.compare(map, atlas);
                }
                System.out.println("labels: " + map.visibleLabelIds());
                System.out.println("events: " + map.visibleEventIds());
                File out = new File(options.getOrDefault("out", "/tmp/map-demo.png"));
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out);
                System.out.println("wrote " + out);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }
}
