package org.reachable.ui.schedule;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.service.ScheduleWarnings;
import org.reachable.domain.service.WeekSummary;
import org.reachable.domain.text.ClockRange;
import org.reachable.domain.text.DayStyle;
import org.reachable.domain.text.SeriesWords;
import org.reachable.domain.text.Words;
import org.reachable.ui.ScreenLanguage;
import org.reachable.ui.TimeText;

/**
 * What the week page says about the schedule, in the user's words: each block's label, channel
 * initials and spoken description, the table's rows, the warnings, this week's summary and the
 * sentence naming an entry in a conflict question. Plain Java over the bundle; the
 * {@link ScheduleViewModel} decides when to ask.
 */
final class WeekTexts {

    /** The blocks the grid draws and the rows the table lists. */
    record Shown(List<WeekBlock> blocks, List<EntryRow> rows) {
    }

    /** The warnings as sentences, and the blocks they mark as never reachable. */
    record Warnings(List<String> lines, Set<BlockKey> marked) {
    }

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Words words;
    /** The user's channels, in their order; the view-model keeps the list up to date. */
    private final List<Channel> channelChoices;

    WeekTexts(ResourceBundle bundle, Locale locale, Words words, List<Channel> channelChoices) {
        this.bundle = bundle;
        this.locale = locale;
        this.words = words;
        this.channelChoices = channelChoices;
    }

    /** "Bereikbaar", "Focus": an entry's kind as the page names it. */
    String kind(EntryKind kind) {
        return bundle.getString("kind." + EntryFormViewModel.code(kind));
    }

    /** The blocks the grid draws and the rows the table lists, worded. */
    /**
     * {@code stored}: the schedule as the file has it, where a series may keep a zone of its own;
     * {@code schedule} shows it at its usual home times, and the table's rule says its own clock.
     */
    Shown shown(Schedule schedule, Schedule stored, Set<BlockKey> neverReachable, LocalDate today) {
        Map<String, String> initials = initials();
        List<WeekBlock> newBlocks = new ArrayList<>();
        List<EntryRow> newRows = new ArrayList<>();
        for (ScheduleEntry entry : schedule.entries()) {
            if (!WeekEdits.isWeekly(entry)) {
                continue; // dated entries live on the days-off page
            }
            Weekly when = WeekEdits.weekly(entry);
            int start = TimeText.minuteOf(when.times().start());
            int end = start + (int) when.times().length().toMinutes();
            String kindText = kind(entry.kind());
            String channels = channelInitials(entry, initials);
            String timesText = words.times(List.of(ClockRange.of(when.times().start(), when.times().end())));
            boolean anyWarning = false;
            for (DayOfWeek day : when.days()) {
                boolean warning = neverReachable.contains(new BlockKey(entry.uid(), day));
                anyWarning |= warning;
                String description = kindText + ", " + words.days(Set.of(day), DayStyle.LONG) + " " + timesText
                        + channelNames(entry) + (entry.summary().equals(kindText) ? "" : " — " + entry.summary())
                        + (warning ? " — " + bundle.getString("warning.neverReachable.short") : "");
                newBlocks.add(new WeekBlock(entry.uid(), day, start, end, entry.kind(), kindText, channels,
                        description, warning, channelNamesOnly(entry)));
            }
            // a series with a rule of its own (every other week, a first or last date, skipped weeks) says it
            Weekly own = ownZone(stored, entry.uid());
            String daysText = own != null ? MessageFormat.format(bundle.getString("table.ownZone"),
                    SeriesWords.rule(own, words, today), words.times(List.of(ClockRange.of(own.times().start(),
                            own.times().end()))), words.zoneClock(own.zone()))
                    : when.series().isEveryWeek() && !SeriesWords.saysSince(when, today)
                    ? words.days(when.days(), DayStyle.SHORT) : SeriesWords.rule(when, words, today);
            newRows.add(new EntryRow(entry.uid(), entry.kind(), kindText, when.days(),
                    daysText, when.times().start(), when.times().end(), timesText,
                    channelNamesOnly(entry), entry.summary(), anyWarning));
        }
        return new Shown(List.copyOf(newBlocks), List.copyOf(newRows));
    }

    /** The series {@code uid} as stored when it keeps a zone other than the home zone; else null. */
    private static Weekly ownZone(Schedule stored, String uid) {
        for (ScheduleEntry e : stored.entries()) {
            if (e.uid().equals(uid) && WeekEdits.isWeekly(e)) {
                Weekly w = WeekEdits.weekly(e);
                return w.zone() != null && !w.zone().equals(stored.zone()) ? w : null;
            }
        }
        return null;
    }

    /**
     * A dated entry in a dated week (a day off, an extra window, a one-off focus block): its label,
     * channel initials, sentence and channel names, as {@link WeekBlock} wants them.
     */
    String[] worded(org.reachable.domain.status.Occurrence occurrence) {
        ScheduleEntry e = occurrence.entry();
        String label = bundle.getString("kind.dated." + e.kind().code());
        boolean everything = e.kind() == EntryKind.DAY_OFF;
        String names = everything ? "" : channelNamesOnly(e);
        String description = label + (e.summary().isBlank() || e.summary().equals(label) ? "" : " — " + e.summary())
                + (names.isEmpty() ? "" : ": " + names);
        return new String[] {label, everything ? "" : channelInitials(e, initials()), description, names};
    }

    /**
     * The sentence of an occurrence that is not as the pattern has it: "Deze week overgeslagen:
     * Bereikbaar, maandag …", "Alleen deze week: dinsdag 8 december 14.00–16.00 uur. Gewoonlijk: …".
     */
    DatedBlocks.OnceWords once() {
        return (usual, how, start, end) -> {
            if (how == WeekBlock.Once.SKIPPED) {
                return MessageFormat.format(bundle.getString("block.skipped"), usual.description());
            }
            String when = date(start.toLocalDate()) + " "
                    + words.times(List.of(ClockRange.of(start.toLocalTime(), end.toLocalTime())));
            return MessageFormat.format(bundle.getString("block.moved"), when, usual.description());
        };
    }

    /**
     * "maandag 7 december": the occurrence a question or a tooltip is about, without its year, which
     * the week's title above it names.
     */
    String date(LocalDate date) {
        return words.date(date, date);
    }

    /** The warnings as sentences, and the blocks they mark. */
    Warnings warnings(Schedule schedule) {
        Set<BlockKey> marked = new HashSet<>();
        List<String> lines = new ArrayList<>();
        for (ScheduleWarnings.Warning warning : ScheduleWarnings.check(schedule, channelChoices)) {
            switch (warning.kind()) {
                case NO_REACHABLE_TIME -> lines.add(bundle.getString("warning.noReachableTime"));
                case CHANNEL_WITHOUT_WINDOW -> lines.add(MessageFormat.format(
                        bundle.getString("warning.channelWithoutWindow"), channelName(warning.channelId())));
                case NEVER_REACHABLE -> {
                    ScheduleEntry window = WeekEdits.find(schedule, warning.uid());
                    Weekly when = WeekEdits.weekly(window);
                    for (DayOfWeek day : warning.days()) {
                        marked.add(new BlockKey(warning.uid(), day));
                    }
                    lines.add(MessageFormat.format(bundle.getString("warning.neverReachable"),
                            words.times(List.of(ClockRange.of(when.times().start(), when.times().end()))),
                            words.days(warning.days(), DayStyle.SHORT)));
                }
                default -> throw new IllegalStateException("Unhandled warning " + warning.kind());
            }
        }
        return new Warnings(List.copyOf(lines), Set.copyOf(marked));
    }

    /**
     * The week shown in numbers: hours per channel, hours of focus, and, when it is the current week
     * (or the pattern, {@code weekStart} null), when the status next changes.
     */
    List<String> summary(Schedule schedule, Optional<ManualOverride> override, Instant now, DayOfWeek firstDay,
            LocalDate weekStart) {
        LocalDate today = LocalDate.ofInstant(now, schedule.zone());
        boolean current = weekStart == null || !today.isBefore(weekStart) && today.isBefore(weekStart.plusDays(7));
        WeekSummary week = current ? WeekSummary.of(schedule, channelChoices, override, now, firstDay)
                : WeekSummary.ofWeek(schedule, channelChoices, override, now, weekStart);
        List<String> perChannel = new ArrayList<>();
        for (Channel channel : channelChoices) {
            if (!channel.urgentOnly()) {
                Duration hours = week.reachable(channel.id());
                perChannel.add(channel.name(ScreenLanguage.of(bundle)) + " " + (hours.isZero() ? bundle.getString("summary.none")
                        : hours(hours)));
            }
        }
        List<String> lines = new ArrayList<>();
        if (!perChannel.isEmpty()) {
            lines.add(MessageFormat.format(bundle.getString("summary.reachable"), String.join(" · ", perChannel)));
        }
        lines.add(MessageFormat.format(bundle.getString("summary.focus"), hours(week.focus())));
        if (!current) {
            return lines; // the next change lies in the current week, not in the one shown
        }
        lines.add(week.nextChange().map(at -> {
            ZonedDateTime local = at.atZone(schedule.zone());
            return MessageFormat.format(bundle.getString("summary.next"),
                    words.day(local.toLocalDate(), today) + " " + words.time(local.toLocalTime()));
        }).orElse(bundle.getString("summary.noNext")));
        return lines;
    }

    /** The footer's title over the summary: "Deze week", or the week shown ("Week van maandag 30 november"). */
    String summaryTitle(LocalDate weekStart, LocalDate today) {
        if (weekStart == null || !today.isBefore(weekStart) && today.isBefore(weekStart.plusDays(7))) {
            return bundle.getString("summary.title");
        }
        return MessageFormat.format(bundle.getString("summary.title.week"), date(weekStart)); // the year: in the week's title
    }

    private String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? MessageFormat.format(bundle.getString("summary.hours"), minutes / 60)
                : MessageFormat.format(bundle.getString("summary.hoursMinutes"), minutes / 60, minutes % 60);
    }

    private String channelName(String id) {
        return channelChoices.stream().filter(c -> c.id().equals(id)).map(c -> c.name(ScreenLanguage.of(bundle))).findFirst().orElse(id);
    }

    /** A sentence naming an entry for the conflict question: "Focus, wo 13.00–17.00 uur". */
    String describe(Optional<ScheduleEntry> entry) {
        if (entry.isEmpty()) {
            return bundle.getString("conflict.deleted");
        }
        ScheduleEntry e = entry.get();
        String kind = kind(e.kind());
        if (!WeekEdits.isWeekly(e)) {
            return kind + " — " + e.summary();
        }
        Weekly when = WeekEdits.weekly(e);
        return kind + ", " + words.days(when.days(), DayStyle.SHORT) + " "
                + words.times(List.of(ClockRange.of(when.times().start(), when.times().end())))
                + channelNames(e);
    }


    /** One or two letters per channel, unique among the user's channels: T, E, W, S. */
    private Map<String, String> initials() {
        Map<String, String> result = new HashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        for (Channel channel : channelChoices) {
            String name = channel.name(ScreenLanguage.of(bundle)).strip();
            String one = name.isEmpty() ? "?" : name.substring(0, 1).toUpperCase(locale);
            String two = name.length() < 2 ? one : one + name.substring(1, 2).toLowerCase(locale);
            String pick = taken.contains(one) ? two : one;
            taken.add(pick);
            result.put(channel.id(), pick);
        }
        return result;
    }

    private String channelInitials(ScheduleEntry entry, Map<String, String> initials) {
        if (entry.channels().isEmpty()) {
            return bundle.getString("channels.all");
        }
        List<String> parts = new ArrayList<>();
        for (Channel channel : channelChoices) { // in the user's order, not alphabetical
            if (entry.channels().contains(channel.id())) {
                parts.add(initials.get(channel.id()));
            }
        }
        for (String id : entry.channels()) {
            if (!initials.containsKey(id)) {
                parts.add(id); // a channel settings.json no longer has: show its id, do not hide it
            }
        }
        return String.join(" · ", parts);
    }

    private String channelNamesOnly(ScheduleEntry entry) {
        if (entry.channels().isEmpty()) {
            return bundle.getString("channels.allLong");
        }
        List<String> names = new ArrayList<>();
        for (Channel channel : channelChoices) {
            if (entry.channels().contains(channel.id())) {
                names.add(channel.name(ScreenLanguage.of(bundle)));
            }
        }
        for (String id : entry.channels()) {
            if (channelChoices.stream().noneMatch(c -> c.id().equals(id))) {
                names.add(id);
            }
        }
        return words.list(names);
    }

    private String channelNames(ScheduleEntry entry) {
        return ": " + channelNamesOnly(entry);
    }
}
