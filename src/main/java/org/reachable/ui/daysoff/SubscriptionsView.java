package org.reachable.ui.daysoff;

import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.subscribe.SubscriptionRefresh;

/**
 * Days off's subscriptions under the days off: per subscription its line, <i>Refresh now</i> and
 * <i>Remove subscription…</i> with what a refresh does or why it failed beside them, and after a
 * removal a note with <i>Undo</i>. Built in code: the rows come and go with the subscriptions.
 */
public final class SubscriptionsView {

    private final VBox box;
    private final SubscriptionsViewModel model;
    private final ResourceBundle bundle;
    private final Label note = new Label();
    private final Button undo;
    private final HBox noteRow;

    SubscriptionsView(VBox box, SubscriptionsViewModel model, ResourceBundle bundle) {
        this.box = box;
        this.model = model;
        this.bundle = bundle;
        note.setId("subscription-note");
        note.getStyleClass().add("note");
        note.setWrapText(true);
        note.textProperty().bind(model.noteProperty());
        undo = small(bundle.getString("subscription.undo"), "subscription-undo");
        undo.setOnAction(e -> {
            model.undoRemoval();
            showUndo();
        });
        noteRow = new HBox(8, note, undo);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(note, Priority.SOMETIMES);
        model.rows().addListener((ListChangeListener<SubscriptionsViewModel.Row>) c -> build());
        model.noteProperty().addListener((o, was, now) -> build());
        build();
    }

    private void build() {
        box.getChildren().clear();
        for (SubscriptionsViewModel.Row row : model.rows()) {
            box.getChildren().add(row(row));
        }
        if (!model.noteProperty().get().isEmpty()) {
            box.getChildren().add(noteRow);
            showUndo();
        }
        boolean any = !box.getChildren().isEmpty();
        box.setVisible(any);
        box.setManaged(any);
    }

    private void showUndo() {
        undo.setVisible(model.canUndoRemoval());
        undo.setManaged(model.canUndoRemoval());
    }

    private VBox row(SubscriptionsViewModel.Row row) {
        Label line = new Label();
        line.setId("subscription-line");
        line.getStyleClass().add("note");
        line.setWrapText(true);
        line.setMinHeight(Label.USE_PREF_SIZE);
        line.textProperty().bind(row.lineProperty());
        Button refresh = small(bundle.getString("subscription.refresh"), "subscription-refresh");
        refresh.disableProperty().bind(row.busyProperty());
        refresh.setOnAction(e -> model.refresh(row));
        Button remove = small(bundle.getString("subscription.remove"), "subscription-remove");
        remove.disableProperty().bind(row.busyProperty());
        remove.setOnAction(e -> confirmRemoval(row));
        Label state = new Label();
        state.setId("subscription-state");
        state.setWrapText(true);
        state.textProperty().bind(row.stateProperty());
        state.getStyleClass().add(row.failedProperty().get() ? "subscription-failed" : "hint");
        row.failedProperty().addListener((o, was, failed) -> {
            state.getStyleClass().removeAll("subscription-failed", "hint");
            state.getStyleClass().add(failed ? "subscription-failed" : "hint");
        });
        HBox buttons = new HBox(8, refresh, remove, state);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(state, Priority.SOMETIMES);
        VBox one = new VBox(4, line, buttons);
        one.getStyleClass().add("subscription");
        return one;
    }

    /** Asks before removing, saying what happens to the entries; Escape or Cancel changes nothing. */
    private void confirmRemoval(SubscriptionsViewModel.Row row) {
        SubscriptionsViewModel.Removal removal = model.removal(row);
        ButtonType ok = new ButtonType(bundle.getString("subscription.remove.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(bundle.getString("subscription.remove.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, removal.detail(), ok, cancel);
        alert.setTitle(bundle.getString("subscription.remove.title"));
        alert.setHeaderText(removal.question());
        if (box.getScene() != null) {
            alert.initOwner(box.getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(box.getScene().getStylesheets());
        }
        alert.getDialogPane().setMinHeight(Label.USE_PREF_SIZE);
        if (alert.showAndWait().filter(b -> b == ok).isPresent()) {
            model.remove(removal);
        }
    }

    /**
     * The rows' model in the window process: refreshes download on a daemon thread of their own
     * (not the page's file thread, which the saves need meanwhile), the rows change on the FX thread.
     */
    public static SubscriptionsViewModel model(ResourceBundle bundle, ScheduleDocument document, Workspace workspace,
            CalendarImporter importer) {
        Executor worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "reachable-subscriptions");
            thread.setDaemon(true);
            return thread;
        });
        return new SubscriptionsViewModel(bundle, new SubscriptionLines(bundle, workspace.clock()), document,
                new SubscriptionRefresh(workspace, importer, workspace.clock())::refresh, workspace.subscriptions(), worker,
                Platform::runLater);
    }

    private static Button small(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("small");
        b.setMinWidth(Region.USE_PREF_SIZE); // a long failure beside it wraps; the button keeps its words
        return b;
    }
}
