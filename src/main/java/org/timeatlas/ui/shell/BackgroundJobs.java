package org.timeatlas.ui.shell;

import java.nio.file.Path;
import javafx.concurrent.Task;
import org.timeatlas.ui.feature.Jobs;

/** Runs each job on a daemon thread of its own, so a job never keeps the application from quitting. */
public final class BackgroundJobs implements Jobs {

    @Override
    public void run(Task<Path> task) {
        Thread worker = new Thread(task, "time-atlas job: " + task.getTitle());
        worker.setDaemon(true);
        worker.start();
    }
}
