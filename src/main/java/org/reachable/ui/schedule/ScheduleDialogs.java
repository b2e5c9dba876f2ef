package org.reachable.ui.schedule;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reachable.domain.edit.Merge;

/**
 * The week page's questions: which days to copy a block to, and, for each clash with an edit made
 * outside, whether to keep the user's version or the file's. Themed like the window they belong to.
 */
final class ScheduleDialogs {

    private final ScheduleViewModel viewModel;
    private final ResourceBundle bundle;
    private final Locale locale;
    private final Supplier<Window> window;
    /** True while a conflict question is open: a second merge must not open a second dialog. */
    private boolean asking;

    ScheduleDialogs(ScheduleViewModel viewModel, ResourceBundle bundle, Locale locale, Supplier<Window> window) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.locale = locale;
        this.window = window;
    }

    /** Which days to copy a block to: every other day, as check boxes in the user's week order. */
    Optional<Set<DayOfWeek>> askDays(DayOfWeek from) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window.get());
        dialog.setTitle(bundle.getString("duplicate.title"));
        dialog.setHeaderText(bundle.getString("duplicate.header"));
        VBox boxes = new VBox(6);
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = viewModel.firstDay().plus(i);
            CheckBox box = new CheckBox(day.getDisplayName(TextStyle.FULL, locale));
            box.setId("copy-" + day.name().toLowerCase(Locale.ROOT));
            box.setDisable(day == from);
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    chosen.add(day);
                } else {
                    chosen.remove(day);
                }
            });
            boxes.getChildren().add(box);
        }
        dialog.getDialogPane().setContent(boxes);
        ButtonType copy = new ButtonType(bundle.getString("duplicate.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(copy, new ButtonType(bundle.getString("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        themed(dialog);
        return dialog.showAndWait().filter(b -> b == copy).map(b -> chosen);
    }

    /**
     * "Only this week, this and following weeks, or every week?" on one block of a repeating entry in a dated week. Enter takes
     * "Only this week", as in Google Calendar and Outlook: the smaller change, seen at once in the
     * week and taken back by one Undo; Escape or closing the window is Cancel and changes nothing.
     */
    Optional<BlockEdits.Scope> askScope(BlockEdits.Question question) {
        ButtonType thisWeek = new ButtonType(question.thisWeek(), ButtonBar.ButtonData.YES);
        ButtonType following = new ButtonType(question.following(), ButtonBar.ButtonData.OTHER);
        ButtonType everyWeek = new ButtonType(question.everyWeek(), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(question.cancel(), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question.text(), thisWeek, following, everyWeek, cancel);
        // from the smallest change to the largest, as Google Calendar lists them, on every platform
        ((ButtonBar) alert.getDialogPane().lookup(".button-bar")).setButtonOrder("L_HE+YUN+C_R");
        alert.initOwner(window.get());
        alert.setTitle(question.title());
        alert.setHeaderText(question.header());
        alert.getDialogPane().setId("onceQuestion");
        themed(alert);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == thisWeek ? BlockEdits.Scope.THIS_WEEK
                : answer.get() == following ? BlockEdits.Scope.FOLLOWING : BlockEdits.Scope.EVERY_WEEK);
    }

    private void themed(Dialog<?> dialog) {
        Window owner = window.get();
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    /** Asks about each clash with an outside edit, one at a time; nothing is dropped without the user. */
    void askAboutConflicts() {
        if (asking) {
            return; // the dialog already open works through the list, new questions included
        }
        asking = true;
        try {
            askEach();
        } finally {
            asking = false;
        }
    }

    private void askEach() {
        while (!viewModel.conflicts().isEmpty()) {
            Merge.Conflict conflict = viewModel.conflicts().get(0);
            ButtonType mine = new ButtonType(bundle.getString("conflict.mine"), ButtonBar.ButtonData.CANCEL_CLOSE);
            ButtonType theirs = new ButtonType(bundle.getString("conflict.theirs"), ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, MessageFormat.format(bundle.getString("conflict.text"),
                    viewModel.describe(conflict.mine()), viewModel.describe(conflict.theirs())), mine, theirs);
            alert.initOwner(window.get());
            alert.setTitle(bundle.getString("conflict.title"));
            alert.setHeaderText(bundle.getString("conflict.header"));
            themed(alert);
            boolean takeTheirs = alert.showAndWait().filter(b -> b == theirs).isPresent();
            viewModel.resolve(conflict, takeTheirs);
        }
    }
}
