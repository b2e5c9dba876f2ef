package org.reachable.domain.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.stream.Stream;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.Weekly;

/**
 * A weekly entry's rule in words, for the schedule's table: "elke dinsdag", "om de week op dinsdag
 * tot en met dinsdag 31 maart", "every other Tuesday until Tuesday 31 March; skipped twice".
 * Exceptions are counted, not listed: the dated week shows where they are.
 */
public final class SeriesWords {

    private SeriesWords() {
    }

    public static String rule(Weekly weekly, Words words, LocalDate today) {
        return rule(weekly, words, today, saysSince(weekly, today));
    }

    /** @param since whether to name the first date ("vanaf woensdag 9 december") */
    public static String rule(Weekly weekly, Words words, LocalDate today, boolean since) {
        boolean dutch = words.language().equals("nl");
        Series series = weekly.series();
        String days = weekly.days().size() == 7 ? null : words.days(weekly.days(), DayStyle.LONG);
        StringBuilder sb = new StringBuilder();
        if (series.weeks() == 1) {
            sb.append(dutch ? "elke " : "every ").append(days == null ? (dutch ? "dag" : "day") : days);
        } else if (series.weeks() == 2) {
            sb.append(dutch ? "om de week " : "every other ")
                    .append(days == null ? (dutch ? "elke dag" : "week, every day") : (dutch ? "op " : "") + days);
        } else {
            sb.append(dutch ? "om de " + series.weeks() + " weken " : "every " + series.weeks() + " weeks ")
                    .append(days == null ? (dutch ? "elke dag" : "every day") : (dutch ? "op " : "on ") + days);
        }
        if (since) {
            // a first date earlier this week needs no year, as one still to come does not
            LocalDate reference = weekly.since().isBefore(today) ? weekly.since() : today;
            sb.append(dutch ? ", vanaf " : ", from ").append(words.date(weekly.since(), reference));
        }
        if (series.until() != null) {
            sb.append(dutch ? " tot en met " : " until ").append(words.date(series.until(), today));
        }
        String exceptions = words.list(Stream.of(
                        count(series.skipped().size(), dutch ? "keer overgeslagen" : "skipped", dutch),
                        count(series.moved().size(), dutch ? "keer verplaatst" : "moved", dutch),
                        series.added().isEmpty() ? null : series.added().size() + (dutch
                                ? (series.added().size() == 1 ? " extra datum" : " extra datums")
                                : (series.added().size() == 1 ? " extra date" : " extra dates")))
                .filter(Objects::nonNull).toList());
        if (!exceptions.isEmpty()) {
            sb.append("; ").append(exceptions);
        }
        return sb.toString();
    }

    /**
     * Whether the rule names its first date: one still to come, or one in the current week (a series
     * that starts this week, as "this and following weeks" makes it, beside the one that ended).
     */
    public static boolean saysSince(Weekly weekly, LocalDate today) {
        return weekly.since().isAfter(today) || !weekly.weekOfSince().equals(Weekly.EPOCH)
                && !weekly.since().isBefore(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /**
     * Whether the first date changes what a reader expects: a series that starts after the day the
     * rule alone would come next ("elke woensdag" read on Monday 7 December means 9 December, so
     * "vanaf woensdag 9 december" adds nothing, "vanaf woensdag 6 januari" does), or one of every
     * other week or more that has yet to start (its first date says which weeks).
     */
    public static boolean startsLater(Weekly weekly, LocalDate today) {
        if (!weekly.since().isAfter(today)) {
            return false;
        }
        if (weekly.series().weeks() > 1) {
            return true;
        }
        LocalDate next = today;
        while (!weekly.days().contains(next.getDayOfWeek())) {
            next = next.plusDays(1);
        }
        return weekly.since().isAfter(next);
    }

    private static String count(int times, String what, boolean dutch) {
        if (times == 0) {
            return null;
        }
        if (dutch) {
            return times + " " + what;
        }
        return what + (times == 1 ? " once" : times == 2 ? " twice" : " " + times + " times");
    }
}
