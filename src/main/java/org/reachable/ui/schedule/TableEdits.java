package org.reachable.ui.schedule;

import java.time.LocalTime;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.ui.TimeText;

/**
 * The edits the table's cells make of a whole entry (every day, every week): its times and its
 * description. Each hands back the edit to make, or nothing when the line already says what is wrong.
 */
final class TableEdits {

    private final ResourceBundle bundle;
    private final ScheduleDocument document;
    private final WeekEdits edits;
    private final WeekTexts texts;
    private final ProblemLine problem;

    TableEdits(ResourceBundle bundle, ScheduleDocument document, WeekEdits edits, WeekTexts texts, ProblemLine problem) {
        this.bundle = bundle;
        this.document = document;
        this.edits = edits;
        this.texts = texts;
        this.problem = problem;
    }

    /** The time cells: "9:00" and "11:30"; a wrong time is refused with a message. */
    Optional<Supplier<ScheduleEdit>> changeTimes(String uid, String start, String end) {
        Optional<LocalTime> from = TimeText.parse(start);
        Optional<LocalTime> to = TimeText.parse(end);
        if (from.isEmpty() || to.isEmpty()) {
            problem.set(bundle.getString("form.error.time"));
            return Optional.empty();
        }
        if (from.get().equals(to.get())) {
            problem.set(bundle.getString("form.error.sameTimes"));
            return Optional.empty();
        }
        return Optional.of(() -> {
            ScheduleEntry entry = WeekEdits.find(document.current(), uid);
            Weekly when = WeekEdits.weekly(entry);
            return edits.change(document.current(), uid, WeekEdits.with(entry, uid,
                    when.with(when.days(), new TimeRange(from.get(), to.get()))));
        });
    }

    /** The description cell; empty: the kind's own word. */
    Supplier<ScheduleEdit> rename(String uid, String summary) {
        return () -> {
            ScheduleEntry entry = WeekEdits.find(document.current(), uid);
            String text = summary == null || summary.isBlank() ? texts.kind(entry.kind()) : summary.trim();
            return edits.change(document.current(), uid, WeekEdits.build(entry.kind(), uid, text,
                    WeekEdits.weekly(entry), entry.channels()));
        };
    }
}
