package org.reachable.ui.schedule;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reachable.domain.edit.FollowingWeeks;
import org.reachable.domain.edit.OnceEdits;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.edit.ScheduleEdit.Action;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/**
 * What a drag, a resize or a delete of one block in the week grid changes. In the pattern it is
 * the series, every week. In a dated week a block is one occurrence of a repeating entry, so the
 * page asks, as calendar apps do, "Only this week or every week?": only this week moves or skips
 * that one occurrence (RECURRENCE-ID or EXDATE in schedule.ics), every week changes the series as
 * the pattern does, Cancel changes nothing. A skipped or moved occurrence can be restored. Each
 * answer is one {@link ScheduleEdit}, so one Undo takes it back.
 *
 * <p>Each method asks (if it must) and hands back the edit to make, or nothing when the user
 * cancelled or the line already says why not; the view-model makes it.
 */
public final class BlockEdits {

    /** The answer to "Only this week, this and following weeks, or every week?". */
    public enum Scope { THIS_WEEK, FOLLOWING, EVERY_WEEK }

    /** The question as the page shows it, worded: title, header, text and the four buttons. */
    public record Question(String title, String header, String text, String thisWeek, String following,
            String everyWeek, String cancel) {
    }

    /** The occurrence a block of the shown week stands for: its own date in the series and its times now. */
    record Shown(LocalDate date, LocalDateTime start, LocalDateTime end, WeekBlock.Once how) {
    }

    private final ResourceBundle bundle;
    private final WeekTexts texts;
    private final ScheduleDocument document;
    private final WeekEdits edits;
    private final WeekNavigation navigation;
    private final ProblemLine problem;
    /** The UID of the series a "this and following weeks" answer starts. */
    private final Supplier<String> newUid;
    /**
     * Who answers the question: the page's dialog. A model with no page to ask (tests that do not
     * set one) changes every week, as the editor did before it asked.
     */
    private Function<Question, Optional<Scope>> ask = q -> Optional.of(Scope.EVERY_WEEK);

    BlockEdits(ResourceBundle bundle, WeekTexts texts, ScheduleDocument document, WeekEdits edits,
            WeekNavigation navigation, ProblemLine problem, Supplier<String> newUid) {
        this.newUid = newUid;
        this.bundle = bundle;
        this.texts = texts;
        this.document = document;
        this.edits = edits;
        this.navigation = navigation;
        this.problem = problem;
    }

    void setAsk(Function<Question, Optional<Scope>> asker) {
        ask = asker;
    }

    Optional<Supplier<ScheduleEdit>> move(BlockKey block, DayOfWeek to, int newStartMinute) {
        String uid = block.uid();
        return decide(block, "once.text.change").map(answer -> {
            Shown s = answer.thisWeek();
            if (s != null) {
                LocalDateTime start = dateOf(to).atStartOfDay().plusMinutes(newStartMinute);
                return () -> once(uid, s, start, start.plus(Duration.between(s.start(), s.end())), Action.MOVE);
            }
            // a block dragged to an earlier day of the week: the new series begins where it lands
            LocalDate landed = answer.following() && dateOf(to).isBefore(answer.from()) ? dateOf(to) : answer.from();
            return series(uid, new Answer(null, answer.usualDay(), answer.following(), landed), (schedule, id) -> {
                TimeRange times = WeekEdits.weekly(WeekEdits.find(schedule, id)).times();
                int length = (int) times.length().toMinutes();
                return edits.move(schedule, id, answer.usualDay(), to,
                        ScheduleViewModel.range(newStartMinute, newStartMinute + length));
            });
        });
    }

    Optional<Supplier<ScheduleEdit>> resize(BlockKey block, int newStartMinute, int newEndMinute) {
        String uid = block.uid();
        DayOfWeek day = block.day();
        return decide(block, "once.text.change").map(answer -> {
            Shown s = answer.thisWeek();
            return s != null ? onceAt(uid, s, day, newStartMinute, newEndMinute)
                    : series(uid, answer, (schedule, id) -> edits.resize(schedule, id, answer.usualDay(),
                            ScheduleViewModel.range(newStartMinute, newEndMinute)));
        });
    }

    /**
     * The entry form opened on a block, with new times alone: only this week the occurrence takes
     * them; every week, {@code wholeEntry} (what the form makes of the entry, every day).
     */
    Optional<Supplier<ScheduleEdit>> formTimes(String uid, DayOfWeek day, int newStartMinute, int newEndMinute,
            Supplier<ScheduleEdit> wholeEntry) {
        return decide(new BlockKey(uid, day), "once.text.change").map(answer -> {
            if (answer.thisWeek() != null) {
                return onceAt(uid, answer.thisWeek(), day, newStartMinute, newEndMinute);
            }
            return !answer.following() ? wholeEntry : series(uid, answer, (schedule, id) -> {
                ScheduleEntry entry = WeekEdits.find(schedule, id);
                Weekly when = WeekEdits.weekly(entry);
                return edits.change(schedule, id, WeekEdits.with(entry, id, when.with(when.days(),
                        ScheduleViewModel.range(newStartMinute, newEndMinute))));
            });
        });
    }

    /**
     * The change of the series: every week, or (this and following weeks) of a new series that
     * takes over from the occurrence the user changed, the old one ending on its last date before
     * it (the days before it in the same week stay as they were), all in one edit.
     */
    private Supplier<ScheduleEdit> series(String uid, Answer answer, BiFunction<Schedule, String, ScheduleEdit> change) {
        if (!answer.following()) {
            return () -> change.apply(document.current(), uid);
        }
        return () -> {
            Schedule now = document.current();
            Optional<ScheduleEdit> split = FollowingWeeks.split(now, uid, answer.from(), newUid.get());
            if (split.isEmpty()) {
                return change.apply(now, uid); // the series starts this week: its following weeks are all of it
            }
            String continued = split.get().after().get(1).uid();
            Schedule parted = split.get().applyTo(now);
            return FollowingWeeks.both(now, split.get(),
                    FollowingWeeks.notBefore(change.apply(parted, continued), now, answer.from()));
        };
    }

    private Supplier<ScheduleEdit> onceAt(String uid, Shown s, DayOfWeek day, int startMinute, int endMinute) {
        LocalDateTime midnight = dateOf(day).atStartOfDay();
        return () -> once(uid, s, midnight.plusMinutes(startMinute), midnight.plusMinutes(endMinute), Action.RESIZE);
    }

    /**
     * What the user chose for the block on {@code day}: only this week (that occurrence), every week
     * (the series, on the day the occurrence has in it: a moved one's own day), or nothing; for this
     * and following weeks, {@code from} is the occurrence's own date, where the new series begins.
     */
    private record Answer(Shown thisWeek, DayOfWeek usualDay, boolean following, LocalDate from) {

        Answer(Shown thisWeek, DayOfWeek usualDay) {
            this(thisWeek, usualDay, false, null);
        }
    }

    private Optional<Answer> decide(BlockKey block, String textKey) {
        String uid = block.uid();
        DayOfWeek day = block.day();
        if (document.current().entries().stream().anyMatch(e -> e.uid().equals(uid) && !WeekEdits.isWeekly(e))) {
            // a day off or an extra window lies in a dated week, but its dates are the Days off page's
            problem.set(bundle.getString("problem.datedEntry"));
            return Optional.empty();
        }
        Optional<Shown> shown = shown(block);
        if (shown.isEmpty()) {
            return Optional.of(new Answer(null, day)); // the pattern: every week, no question
        }
        if (!weekly(uid).orElseThrow().inPattern(shown.get().date()) && shown.get().how() != WeekBlock.Once.SKIPPED) {
            // an extra date (RDATE) is this date's alone: there is no "every week" of it to ask about
            return Optional.of(new Answer(shown.get(), day));
        }
        if (shown.get().how() == WeekBlock.Once.MOVED && !textKey.equals("once.text.delete")) {
            // already this week's own (as in Outlook): moved or resized again, it stays this week's,
            // so Ctrl+arrow steps after the first answer do not ask at every key
            return Optional.of(new Answer(shown.get(), day));
        }
        return askAbout(uid, shown.get(), textKey).map(scope -> scope == Scope.THIS_WEEK
                ? new Answer(shown.get(), day)
                : new Answer(null, shown.get().date().getDayOfWeek(), scope == Scope.FOLLOWING, shown.get().date()));
    }

    Optional<Supplier<ScheduleEdit>> deleteDay(BlockKey block) {
        String uid = block.uid();
        return decide(block, "once.text.delete").map(answer -> {
            Shown s = answer.thisWeek();
            return s != null ? () -> OnceEdits.skip(document.current(), uid, s.date())
                    : series(uid, answer, (schedule, id) -> edits.deleteDay(schedule, id, answer.usualDay()));
        });
    }

    /** "Restore this week": a skipped or moved occurrence back as the pattern has it. */
    Optional<Supplier<ScheduleEdit>> restore(BlockKey block) {
        String uid = block.uid();
        LocalDate week = navigation.weekStartProperty().get();
        Optional<Weekly> when = weekly(uid);
        if (week == null || when.isEmpty()) {
            return Optional.empty();
        }
        if (block.movedFrom() != null && when.get().series().moved().containsKey(block.movedFrom())) {
            return Optional.of(() -> OnceEdits.restore(document.current(), uid, block.movedFrom()));
        }
        LocalDate date = dateOf(block.day());
        for (Map.Entry<LocalDate, Dated> moved : when.get().series().moved().entrySet()) {
            if (moved.getValue().start().toLocalDate().equals(date) && when.get().givesOn(moved.getKey())) {
                return Optional.of(() -> OnceEdits.restore(document.current(), uid, moved.getKey()));
            }
        }
        if (when.get().series().skipped().contains(date)) {
            return Optional.of(() -> OnceEdits.restore(document.current(), uid, date));
        }
        return Optional.empty();
    }

    /** Only this week: the occurrence at other times; put back where the pattern has it, the exception goes. */
    private ScheduleEdit once(String uid, Shown s, LocalDateTime start, LocalDateTime end, Action action) {
        Weekly when = WeekEdits.weekly(WeekEdits.find(document.current(), uid));
        LocalDateTime usual = s.date().atTime(when.times().start());
        if (start.equals(usual) && end.equals(usual.plus(when.times().length()))) {
            // named for undo as what the user did (a drag back), not as a restore from the menu
            ScheduleEdit back = OnceEdits.restore(document.current(), uid, s.date());
            return new ScheduleEdit(action, back.before(), back.after());
        }
        return OnceEdits.moveOnce(document.current(), uid, s.date(), start, end, action);
    }

    /**
     * Asks, unless the user is on a skipped placeholder (nothing to move there: the line says to
     * restore it first). Empty: cancelled, or refused.
     */
    private Optional<Scope> askAbout(String uid, Shown shown, String textKey) {
        if (shown.how() == WeekBlock.Once.SKIPPED) {
            problem.set(bundle.getString("problem.skipped"));
            return Optional.empty();
        }
        ScheduleEntry entry = WeekEdits.find(document.current(), uid);
        String text = MessageFormat.format(bundle.getString(textKey), texts.describe(Optional.of(entry)),
                texts.date(shown.date()));
        return ask.apply(new Question(bundle.getString("once.title"), bundle.getString("once.header"), text,
                bundle.getString("once.thisWeek"), bundle.getString("once.following"), bundle.getString("once.everyWeek"),
                bundle.getString("dialog.cancel")));
    }

    /** In a dated week, the occurrence of a weekly entry the block on {@code day} stands for; else empty. */
    private Optional<Shown> shown(BlockKey block) {
        if (navigation.weekStartProperty().get() == null) {
            return Optional.empty();
        }
        return weekly(block.uid()).flatMap(when -> find(when, dateOf(block.day()), block.movedFrom()));
    }

    private Optional<Weekly> weekly(String uid) {
        return document.current().entries().stream().filter(e -> e.uid().equals(uid) && WeekEdits.isWeekly(e))
                .findFirst().map(WeekEdits::weekly);
    }

    /**
     * The occurrence shown on {@code date}: the one moved from {@code movedFrom} when the block is
     * that one (a moved occurrence on a day the entry also has as usual is a block of its own), else
     * the usual one, then one moved there, then a skipped placeholder.
     */
    static Optional<Shown> find(Weekly when, LocalDate date, LocalDate movedFrom) {
        Dated movedHere = movedFrom == null ? null : when.series().moved().get(movedFrom);
        if (movedHere != null && movedHere.start().toLocalDate().equals(date) && when.givesOn(movedFrom)) {
            // the block moved onto this day, not the usual one that may lie beside it
            return Optional.of(new Shown(movedFrom, movedHere.start(), movedHere.end(), WeekBlock.Once.MOVED));
        }
        LocalDateTime usual = date.atTime(when.times().start());
        LocalDateTime usualEnd = usual.plus(when.times().length());
        if (when.occursOn(date)) {
            return Optional.of(new Shown(date, usual, usualEnd, WeekBlock.Once.USUAL));
        }
        for (Map.Entry<LocalDate, Dated> moved : when.series().moved().entrySet()) {
            Dated to = moved.getValue();
            if (to.start().toLocalDate().equals(date) && when.givesOn(moved.getKey())) {
                return Optional.of(new Shown(moved.getKey(), to.start(), to.end(), WeekBlock.Once.MOVED));
            }
        }
        if (when.inPattern(date) && when.series().skipped().contains(date)) {
            return Optional.of(new Shown(date, usual, usualEnd, WeekBlock.Once.SKIPPED));
        }
        return Optional.empty();
    }

    /** The date of {@code day}'s column in the week shown. */
    private LocalDate dateOf(DayOfWeek day) {
        LocalDate week = navigation.weekStartProperty().get();
        return week.plusDays(Math.floorMod(day.getValue() - week.getDayOfWeek().getValue(), 7));
    }
}
