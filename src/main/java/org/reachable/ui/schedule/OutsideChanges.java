package org.reachable.ui.schedule;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.edit.Merge;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.problem.ProblemWords;

/**
 * Edits made outside while the week editor is open (a calendar app writing the file): merged
 * into the document, and the clashes kept as questions for the user, answered one at a time.
 * Nothing is dropped without the user, unless the entry has moved on since the question was asked.
 */
final class OutsideChanges {

    private final ScheduleDocument document;
    private final Consumer<String> problem;
    private final ObservableList<Merge.Conflict> conflicts = FXCollections.observableArrayList();

    /** @param problem where a refusal of the model goes, already worded */
    OutsideChanges(ScheduleDocument document, Consumer<String> problem) {
        this.document = document;
        this.problem = problem;
    }

    ObservableList<Merge.Conflict> conflicts() {
        return conflicts;
    }

    /** Merges the file's schedule in; clashes wait in {@link #conflicts()}. */
    void external(Schedule theirs) {
        Merge.Result result = document.external(theirs);
        conflicts.addAll(result.conflicts());
        // a question still waiting whose "mine" is no longer what the editor holds (saved and
        // changed outside again since) would now answer something else: it is dropped
        conflicts.removeIf(this::stale);
    }

    private boolean stale(Merge.Conflict conflict) {
        Optional<ScheduleEntry> now = document.current().entries().stream()
                .filter(e -> e.uid().equals(conflict.uid())).findFirst();
        return !now.equals(conflict.mine());
    }

    void resolve(Merge.Conflict conflict, boolean takeTheirs) {
        boolean stale = stale(conflict);
        conflicts.remove(conflict);
        if (stale) {
            return; // the entry moved on since the question was asked; the newer version stands
        }
        try {
            document.resolve(conflict, takeTheirs);
        } catch (InvalidScheduleException e) {
            // the window speaks the JVM's language (WindowApp), so the reason does too
            problem.accept(ProblemWords.in(Locale.getDefault()).message(e));
        }
    }
}
