package org.timeatlas.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.TaskProgressView;
import org.controlsfx.control.action.Action;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.feature.Jobs;

/**
 * Runs each job on a daemon thread of its own (a job never keeps the application from quitting) and shows it in
 * a small window beside the explorer: a ControlsFX {@link TaskProgressView} with the job's title, message,
 * progress bar and a Cancel button, which closes once no job is left. When a job ends the user is told by a
 * ControlsFX {@link Notifications}: the file written with "Open folder" (the system's file manager, through the
 * same way web addresses are opened) and "Copy path" (for when no file manager can be started); or the failure
 * in one sentence; or, once a cancelled job's thread has stopped, that it wrote nothing (or the file it
 * had already put in place).
 */
public final class BackgroundJobs implements Jobs {

    /** How long a notification stays: long enough to reach its buttons. */
    private static final Duration NOTICE = Duration.seconds(12);
    private static final double WIDTH = 480;
    private static final double HEIGHT = 180;

    private final Supplier<Window> owner;
    private final Supplier<Texts> texts;
    private final Supplier<HostServices> host;
    /** Made with the window, on the FX thread: the application object is made before the toolkit runs. */
    private TaskProgressView<Task<?>> progress;
    private Stage window;
    private String lastNotice = "";
    /** The windows the notices shown opened (ControlsFX gives no handle on a notice), to take them down early. */
    private final List<Window> noticeWindows = new ArrayList<>();

    /**
     * @param owner the main window, owner of the progress window and the notifications
     * @param texts the interface texts of the explorer shown now (they follow its language)
     * @param host  the application's host services, asked for only when a folder is opened
     */
    public BackgroundJobs(Supplier<Window> owner, Supplier<Texts> texts, Supplier<HostServices> host) {
        this.owner = owner;
        this.texts = texts;
        this.host = host;
    }

    @Override
    public void run(Task<Path> task) {
        task.stateProperty().addListener((observable, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                written(task.getValue());
            } else if (state == Worker.State.FAILED) {
                failed(task.getException());
            }
            // a cancelled job is told of once its thread has stopped (below): a Cancel that came after the file
            // was put in place must not say that nothing was written
        });
        showWindow();
        progress.getTasks().add(task);
        Thread worker = new Thread(() -> {
            try {
                task.run();
            } finally {
                Platform.runLater(() -> {
                    if (task.isCancelled()) {
                        cancelled(task);
                    }
                });
            }
        }, "time-atlas job: " + task.getTitle());
        worker.setDaemon(true);
        worker.start();
    }

    /** The text of the last notification shown (for tests and for the record): empty before any. */
    public String lastNotice() {
        return lastNotice;
    }

    /** The window with the jobs' progress, once one has run. */
    public java.util.Optional<Stage> progressWindow() {
        return java.util.Optional.ofNullable(window);
    }

    private void showWindow() {
        if (window == null) {
            progress = new TaskProgressView<>();
            progress.getTasks().addListener((ListChangeListener<Task<?>>) change -> {
                if (progress.getTasks().isEmpty()) {
                    window.hide();
                }
            });
            window = new Stage(StageStyle.UTILITY);
            window.initOwner(owner.get());
            window.titleProperty().bind(texts.get().text("export.progress.title"));
            Scene scene = new Scene(progress, WIDTH, HEIGHT);
            window.setMinWidth(WIDTH);
            window.setMinHeight(HEIGHT);
            if (owner.get() != null && owner.get().getScene() != null) {
                scene.getStylesheets().setAll(owner.get().getScene().getStylesheets());
            }
            progress.getStyleClass().add("job-progress");
            window.setScene(scene);
            // the view makes its cells, with their Cancel buttons, as it lays them out
            scene.addPostLayoutPulseListener(this::translateCancel);
            window.setOnCloseRequest(closing -> progress.getTasks().forEach(Task::cancel));
        }
        if (!window.isShowing()) {
            window.show();
            // the window manager may give a utility window less than the scene asked for: the Cancel buttons must show
            window.setWidth(Math.max(window.getWidth(), WIDTH));
            window.setHeight(Math.max(window.getHeight(), HEIGHT));
            Window main = owner.get();
            if (main != null) {
                window.setX(main.getX() + main.getWidth() - window.getWidth() - 24);
                window.setY(main.getY() + 64);
            }
        }
    }

    /** The progress view's own Cancel buttons say "Cancel" in English only: they take the explorer's language. */
    private void translateCancel() {
        String cancel = texts.get().get("export.cancel");
        progress.lookupAll(".task-cancel-button").forEach(node -> {
            if (node instanceof javafx.scene.control.Button button && !cancel.equals(button.getText())) {
                button.setText(cancel);
                button.setTooltip(new javafx.scene.control.Tooltip(cancel));
            }
        });
    }

    private void written(Path file) {
        Texts t = texts.get();
        Path folder = file.toAbsolutePath().getParent();
        Action open = new Action(t.get("export.open.folder"), event -> openFolder(file, folder));
        Action copy = new Action(t.get("export.copy.path"), event -> copyPath(file));
        notice(t.get("export.done", file.toAbsolutePath()), false, new Action[] {open, copy});
    }

    /** The job's file, when it reported one in place before it stopped ({@link Jobs#run}); else nothing was written. */
    private void cancelled(Task<Path> task) {
        if (task.getValue() != null) {
            written(task.getValue());
        } else {
            notice(texts.get().get("export.cancelled"), "export.cancelled.title", false, null);
        }
    }

    private void failed(Throwable failure) {
        notice(texts.get().get("export.failed", ExportFailure.describe(failure, texts.get())), true, null);
    }

    /** Opens the folder in the file manager; where none can be started, says where the file is and copies its path. */
    private void openFolder(Path file, Path folder) {
        try {
            new SystemBrowser(host).accept(folder.toUri().toString());
        } catch (RuntimeException cannot) {
            copyPath(file);
            notice(texts.get().get("export.open.failed", file.toAbsolutePath()), false, null);
        }
    }

    private void copyPath(Path file) {
        ClipboardContent content = new ClipboardContent();
        content.putString(file.toAbsolutePath().toString());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void notice(String text, boolean error, Action[] actions) {
        notice(text, error ? "export.failed.title" : "export.done.title", error, actions);
    }

    private void notice(String text, String titleKey, boolean error, Action[] actions) {
        lastNotice = text;
        Texts t = texts.get();
        Notifications notification = Notifications.create()
                .title(t.get(titleKey))
                .text(text)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(NOTICE);
        Window main = owner.get();
        if (main != null && main.isShowing()) {
            notification.owner(main);
        }
        if (actions != null) {
            notification.action(actions);
        }
        List<Window> before = List.copyOf(Window.getWindows());
        if (error) {
            notification.showError();
        } else {
            notification.showInformation();
        }
        noticeWindows.removeIf(shown -> !shown.isShowing());
        Window.getWindows().stream().filter(shown -> !before.contains(shown)).forEach(noticeWindows::add);
    }

    @Override
    public void clearNotices() {
        List.copyOf(noticeWindows).forEach(Window::hide);
        noticeWindows.clear();
    }
}
