package org.reachable.domain.service;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.Promise;
import org.reachable.domain.model.Translations;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Schedules a new user can start from in the weekly editor. A preset only proposes entries and
 * channels; the editor decides when to save them.
 */
public final class Presets {

    private static final Set<DayOfWeek> WORKDAYS = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(SATURDAY, SUNDAY);
    private static final String URGENT_ID = "urgent";

    public enum Preset {
        /** Two hours at the start and two at the end of the working day, focus in between. */
        START_AND_END,
        /** Reachable in the morning, focus in the afternoon. */
        MORNINGS,
        /** Reachable on weekday evenings and weekend days, for people who serve clients outside office hours. */
        EVENINGS_AND_WEEKENDS,
        /** An urgent-only phone line, reachable through every window and focus block. */
        URGENT_PHONE;

        /** Whether applying it replaces the weekly windows and focus blocks, rather than adding to them. */
        public boolean replacesWeek() {
            return this != URGENT_PHONE;
        }
    }

    /**
     * What a preset proposes.
     *
     * @param entries new schedule entries, each with a fresh UID
     * @param addedChannels channels to append to the user's channels
     * @param replacesWeek the entries take the place of the weekly windows and weekly focus blocks;
     *     days off, extra windows and one-off focus blocks stay
     */
    public record Result(List<ScheduleEntry> entries, List<Channel> addedChannels, boolean replacesWeek) {

        public Result {
            entries = List.copyOf(entries);
            addedChannels = List.copyOf(addedChannels);
        }

        /** The schedule after applying this result to {@code current}. */
        public Schedule applyTo(Schedule current) {
            List<ScheduleEntry> kept = new ArrayList<>();
            for (ScheduleEntry entry : current.entries()) {
                if (!replacesWeek || !isWeeklyPattern(entry)) {
                    kept.add(entry);
                }
            }
            kept.addAll(entries);
            return new Schedule(current.zone(), kept);
        }

        private static boolean isWeeklyPattern(ScheduleEntry entry) {
            return entry instanceof ReachableWindow
                    || entry instanceof FocusBlock focus && focus.when() instanceof Weekly;
        }
    }

    private Presets() {
    }

    /**
     * What {@code preset} proposes for a user with {@code channels}.
     *
     * @param language "nl" gives Dutch summaries and channel texts, anything else English
     * @param since the day the editor applies it; weekly entries start on that week's Monday, so
     *     the exported calendar begins where the user chose the preset (as {@link ExampleWeek} does)
     * @throws InvalidScheduleException when a week preset has no ordinary channel to be reachable on
     */
    public static Result apply(Preset preset, List<Channel> channels, String language, LocalDate since,
            Supplier<String> newUid) {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(newUid, "newUid");
        boolean dutch = isDutch(language);
        LocalDate monday = since.with(TemporalAdjusters.previousOrSame(MONDAY));
        if (preset == Preset.URGENT_PHONE) {
            return new Result(List.of(), urgentLine(channels, dutch), false);
        }
        Week week = new Week(ordinaryChannelIds(channels), dutch, monday, newUid);
        switch (preset) {
            case START_AND_END -> {
                week.window(WORKDAYS, "09:00", "11:00");
                week.window(WORKDAYS, "16:00", "18:00");
                week.focus(WORKDAYS, "11:00", "16:00");
            }
            case MORNINGS -> {
                week.window(WORKDAYS, "09:00", "12:00");
                week.focus(WORKDAYS, "13:00", "17:00");
            }
            case EVENINGS_AND_WEEKENDS -> {
                // No daytime focus block: these users do other work by day, and outside the windows
                // their channels are already off. A focus block would make texts and the tray say
                // "in focus, back at ..." all day, which tells clients something untrue.
                week.window(WORKDAYS, "18:00", "22:00");
                week.window(WEEKEND, "10:00", "18:00");
            }
            default -> throw new IllegalStateException("Unhandled preset " + preset);
        }
        return new Result(week.entries, List.of(), true);
    }

    private static boolean isDutch(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("nl");
    }

    private static Set<String> ordinaryChannelIds(List<Channel> channels) {
        Set<String> ids = new LinkedHashSet<>();
        for (Channel channel : channels) {
            if (!channel.urgentOnly()) {
                ids.add(channel.id());
            }
        }
        if (ids.isEmpty()) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.PRESET_NO_CHANNEL));
        }
        return ids;
    }

    /** Builds the entries of one week preset, all with the same channels, summaries and start week. */
    private static final class Week {
        private final Set<String> channelIds;
        private final boolean dutch;
        private final LocalDate monday;
        private final Supplier<String> newUid;
        private final List<ScheduleEntry> entries = new ArrayList<>();

        Week(Set<String> channelIds, boolean dutch, LocalDate monday, Supplier<String> newUid) {
            this.channelIds = channelIds;
            this.dutch = dutch;
            this.monday = monday;
            this.newUid = newUid;
        }

        void window(Set<DayOfWeek> days, String from, String to) {
            entries.add(new ReachableWindow(newUid.get(), dutch ? "Bereikbaar" : "Reachable",
                    new Weekly(days, TimeRange.of(from, to), monday), channelIds));
        }

        void focus(Set<DayOfWeek> days, String from, String to) {
            // no channels listed: focus silences every channel, also ones the user adds later
            entries.add(new FocusBlock(newUid.get(), "Focus",
                    new Weekly(days, TimeRange.of(from, to), monday), Set.of()));
        }
    }

    private static List<Channel> urgentLine(List<Channel> channels, boolean dutch) {
        Set<String> taken = new HashSet<>();
        for (Channel channel : channels) {
            if (channel.urgentOnly()) {
                return List.of();
            }
            taken.add(channel.id());
        }
        if (channels.size() >= Settings.MAX_CHANNELS) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.PRESET_TOO_MANY, Settings.MAX_CHANNELS));
        }
        String id = URGENT_ID;
        for (int n = 2; taken.contains(id); n++) {
            id = URGENT_ID + "-" + n;
        }
        Translations name = Translations.of("Spoedlijn", "Urgent line");
        Translations condition = Translations.of("alleen bij spoed: als het niet kan wachten tot ik weer bereikbaar ben",
                "only in an emergency: when it cannot wait until I am back");
        Promise hour = Promise.within(Duration.ofHours(1));
        return List.of(new Channel(id, ChannelType.PHONE, name, "", hour, hour, Translations.none(),
                Fallback.VOICEMAIL, true, condition));
    }
}
