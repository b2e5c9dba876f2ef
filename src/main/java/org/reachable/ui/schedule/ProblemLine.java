package org.reachable.ui.schedule;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The week page's two lines of trouble: what went wrong with the last thing the user did (an
 * edit the model refused, a save that failed, or what a preset added), and the schedule file that
 * does not read. Empty when all is well.
 */
final class ProblemLine {

    private final ResourceBundle bundle;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileProblem = new ReadOnlyStringWrapper("");
    /** The line shows a failed save (cleared by the next good one, not by other edits). */
    private boolean savingFailed;

    ProblemLine(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Says {@code text}; "" clears the line. */
    void set(String text) {
        problem.set(text);
    }

    /** The model refused an edit: says why. */
    void refused(String reason) {
        problem.set(MessageFormat.format(bundle.getString("problem.edit"), reason));
    }

    /** What the auto-save reports: the reason a save failed, or null once a save worked. */
    void saveProblem(String reason) {
        if (reason != null) {
            savingFailed = true;
            problem.set(MessageFormat.format(bundle.getString("problem.save"), reason));
        } else if (savingFailed) {
            savingFailed = false;
            problem.set("");
        }
    }

    /** The schedule file does not read (reason, with its line), or null once it does again. */
    void fileProblem(String reason) {
        fileProblem.set(reason == null ? "" : MessageFormat.format(bundle.getString("problem.file"), reason));
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyStringProperty fileProblemProperty() {
        return fileProblem.getReadOnlyProperty();
    }
}
