package org.reachable.ui.conflicts;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.text.ClockRange;
import org.reachable.domain.text.SeriesWords;
import org.reachable.domain.text.Words;
import org.reachable.ui.ScreenLanguage;

/**
 * An entry as the conflict question names it, in the words of the week page and the texts rather
 * than iCalendar: "Focus “Writing”", "every Wednesday, 13:00–16:00", "for all channels". Times are
 * the home zone's, as the week shows them.
 */
final class ConflictWords {

    /** The names the model gives an entry nobody named: the kind alone says it. */
    private static final Set<String> UNNAMED = Set.of("Reachable", "Focus", "Day off", "Extra reachable");

    private final ResourceBundle bundle;
    private final Words words;
    private final String language;

    ConflictWords(ResourceBundle bundle, Words words) {
        this.bundle = bundle;
        this.words = words;
        this.language = ScreenLanguage.of(bundle);
    }

    /** What the entry is: its kind and its own name, from whichever version has one. */
    String title(Optional<ScheduleEntry> here, Optional<ScheduleEntry> server) {
        ScheduleEntry entry = here.or(() -> server).orElseThrow();
        String key = "conflict.kind." + entry.kind().code();
        return UNNAMED.contains(entry.summary()) ? bundle.getString(key + ".plain")
                : MessageFormat.format(bundle.getString(key), entry.summary());
    }

    /**
     * One version: when it is and for which channels (and its name, where the other version names
     * it otherwise); "deleted" when that side deleted it.
     */
    String describe(Optional<ScheduleEntry> entry, Optional<ScheduleEntry> other, List<Channel> channels, ZoneId home,
            LocalDate today) {
        if (entry.isEmpty()) {
            return bundle.getString("conflict.deleted");
        }
        ScheduleEntry e = entry.get();
        List<String> lines = new ArrayList<>();
        if (other.isPresent() && !other.get().summary().equals(e.summary())) {
            lines.add(MessageFormat.format(bundle.getString("conflict.named"), e.summary()));
        }
        lines.add(when(e, home, today));
        if (!(e instanceof DayOff)) {
            lines.add(channels(e, channels));
        }
        return String.join("\n", lines);
    }

    private String when(ScheduleEntry entry, ZoneId home, LocalDate today) {
        if (entry instanceof ReachableWindow window) {
            return weekly(window.when(), today);
        }
        if (entry instanceof FocusBlock focus) {
            return focus.when() instanceof Weekly weekly ? weekly(weekly, today) : dated((Dated) focus.when(), home,
                    today);
        }
        if (entry instanceof ExtraWindow extra) {
            return dated(extra.when(), home, today);
        }
        DayOff off = (DayOff) entry;
        return off.first().equals(off.last()) ? words.date(off.first(), today)
                : words.dateRange(off.first(), off.last(), today);
    }

    /**
     * "every Wednesday, 13:00–16:00": the rule as the week's table words it, then the hours. The
     * first date only where it matters: the series starts later than the rule alone says ("elke
     * woensdag, vanaf woensdag 9 december" read on Monday 7 December is just "elke woensdag"). A
     * start that lies behind both versions changes nothing from today on, so it is not said either.
     */
    private String weekly(Weekly weekly, LocalDate today) {
        return SeriesWords.rule(weekly, words, today, SeriesWords.startsLater(weekly, today)) + ", "
                + words.times(List.of(ClockRange.of(weekly.times().start(), weekly.times().end())));
    }

    private String dated(Dated dated, ZoneId home, LocalDate today) {
        Dated shown = dated.at(home);
        return words.date(shown.start().toLocalDate(), today) + ", "
                + words.times(List.of(ClockRange.of(shown.start().toLocalTime(), shown.end().toLocalTime())));
    }

    private String channels(ScheduleEntry entry, List<Channel> channels) {
        if (entry.channels().isEmpty()) {
            return bundle.getString("conflict.channels.all");
        }
        List<String> names = new ArrayList<>();
        for (Channel channel : channels) { // in the user's order
            if (entry.channels().contains(channel.id())) {
                names.add(channel.name(language));
            }
        }
        entry.channels().stream().filter(id -> channels.stream().noneMatch(c -> c.id().equals(id)))
                .forEach(names::add); // a channel settings.json no longer has: its id, not hidden
        return MessageFormat.format(bundle.getString("conflict.channels"), words.list(names));
    }
}
