package org.reachable.ui.conflicts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Channel;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.ui.Appearance;

/**
 * The conflict question in a window of its own beside the main window: opened by a click on the
 * tray's "1 change needs your choice" (or from Settings), read anew from sync.json at each open.
 * FX thread.
 */
public final class ConflictsWindow {

    private final ConflictsViewModel viewModel;
    private final ResourceBundle bundle;
    private Stage stage;

    public ConflictsWindow(ConflictsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    /** The question over the sync of this data folder, answered in the editor's {@code document}. */
    public static ConflictsWindow over(SyncEngine engine, ScheduleDocument document, Supplier<List<Channel>> channels,
            Supplier<String> newUid, Clock clock, Executor io, Locale locale) {
        ResourceBundle bundle = ConflictsView.bundle(locale);
        return new ConflictsWindow(new ConflictsViewModel(bundle, locale, ConflictsViewModel.Sync.of(engine), document,
                channels, newUid, clock, io, Platform::runLater), bundle);
    }

    /**
     * A notification was clicked: {@code main} opens the main window, and the question shows over
     * {@code owner} if one waits (a click on any notification, so none is missed).
     */
    public void open(Window owner, Runnable main) {
        main.run();
        viewModel.load(() -> {
            if (viewModel.questions().isEmpty()) {
                return;
            }
            Stage shown = stage(owner);
            Appearance.apply(shown.getScene(), Appearance.isDark(owner.getScene()));
            shown.show();
            shown.toFront();
        });
    }

    private Stage stage(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(bundle.getString("conflicts.window"));
            stage.setScene(new Scene(new ConflictsView(viewModel, bundle, () -> stage.hide()).root()));
        }
        return stage;
    }

    /** Runs {@code then} each time answers have left sync.json. */
    public void onSettled(Runnable then) {
        viewModel.onSettled(then);
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }
}
