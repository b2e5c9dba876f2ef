package org.reachable.ui.schedule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.ics.IcsScheduleStore;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.model.Settings;

/**
 * A user for the week page's model without a toolkit: answers "Only this week or every week?" as
 * the test says ({@link #answer}; empty: Cancel) and remembers each question. The clock stands on
 * Thursday 26 November 2026 in Amsterdam, so the dated week shown is 23–29 November.
 */
final class AnsweringUser {

    /** The schedule being edited: ScheduleViewModelTest's week (windows Mon–Fri 9–11, focus Wed 13–17). */
    final ScheduleDocument document = new ScheduleDocument(ScheduleViewModelTest.week());
    final List<BlockEdits.Question> asked = new ArrayList<>();
    Optional<BlockEdits.Scope> answer = Optional.of(BlockEdits.Scope.THIS_WEEK);
    private int uids;

    ScheduleViewModel page(Locale locale) {
        ScheduleViewModel vm = new ScheduleViewModel(ResourceBundle.getBundle(ScheduleView.BUNDLE, locale), locale,
                document, ScheduleViewModelTest.CLOCK, () -> "new-" + ++uids);
        vm.setChannels(Settings.defaultChannels(locale.getLanguage()));
        vm.setAsk(q -> {
            asked.add(q);
            return answer;
        });
        return vm;
    }

    Weekly weekly(String uid) {
        return WeekEdits.weekly(WeekEdits.find(document.current(), uid));
    }

    /** {@code schedule} written to schedule.ics in {@code folder} by the real store and read back. */
    static Schedule throughTheFile(Path folder, Schedule schedule) throws Exception {
        IcsScheduleStore store = new IcsScheduleStore(new StoreFile(new DataFile(folder.resolve("schedule.ics"),
                ScheduleViewModelTest.CLOCK)));
        store.save(schedule);
        return store.load(ScheduleViewModelTest.AMSTERDAM);
    }
}
