package org.reachable.app;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.reachable.adapters.files.DataFolder;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.status.Status;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;

/**
 * The desktop app, for now a window that tells the status and keeps it current. It loads off the
 * FX thread and sets one timer for the next change; it never polls.
 */
public final class ReachableApp extends Application {

    private static AppEnvironment environment;
    private static DataFolder folder;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reachable-timer");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> nextRefresh;
    private MainViewModel viewModel;

    static void launch(AppEnvironment env, DataFolder dataFolder, boolean background) {
        environment = env;
        folder = dataFolder;
        Application.launch(ReachableApp.class);
    }

    @Override
    public void start(Stage stage) {
        ResourceBundle bundle = MainView.bundle(Locale.getDefault());
        viewModel = new MainViewModel(bundle);
        MainView view = new MainView(viewModel, bundle);
        stage.setTitle(bundle.getString("main.title"));
        stage.setScene(new Scene(view.root()));
        stage.show();
        timer.execute(this::refresh);
    }

    @Override
    public void stop() {
        timer.shutdownNow();
    }

    /** Runs on the timer thread: loads, resolves, shows, and plans the next refresh. */
    private void refresh() {
        Workspace.Recovered recovered = environment.workspace(folder).loadOrRecover();
        Workspace.Loaded loaded = recovered.data();
        String problem = recovered.problem().orElse(null);
        Status status = loaded.resolver().status(environment.clock().instant());
        Workspace.Loaded shown = loaded;
        String shownProblem = problem;
        Platform.runLater(() -> {
            viewModel.show(status, shown.zone());
            viewModel.showProblem(shownProblem);
        });
        if (nextRefresh != null) {
            nextRefresh.cancel(false);
        }
        if (status.until() != null) {
            long delay = Math.max(0, status.until().toEpochMilli() - environment.clock().millis());
            nextRefresh = timer.schedule(this::refresh, delay + 5, TimeUnit.MILLISECONDS);
        }
    }
}
