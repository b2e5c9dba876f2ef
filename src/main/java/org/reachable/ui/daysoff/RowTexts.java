package org.reachable.ui.daysoff;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ScheduleEntry;

/** The rows of the page's lists in the user's words: dates, reason, stand-in, times, channels. */
final class RowTexts {

    private final ResourceBundle bundle;
    private final DayTexts texts;
    /** A reason as a day off's description says it when the user wrote none ("Vakantie"). */
    private final Function<DayOffReason, String> reasonWords;

    RowTexts(ResourceBundle bundle, DayTexts texts, Function<DayOffReason, String> reasonWords) {
        this.bundle = bundle;
        this.texts = texts;
        this.reasonWords = reasonWords;
    }

    DayOffRow row(DayOff entry, LocalDate today) {
        // the urgent line going off changes who a client in trouble reaches, so the list says so
        String standIn = entry.urgentLineOff()
                ? MessageFormat.format(bundle.getString(entry.standIn().isEmpty() ? "list.urgentOff" : "list.urgentOffWith"),
                        entry.standIn())
                : entry.standIn();
        return new DayOffRow(entry, texts.range(entry.first(), entry.last()), reason(entry.reason()),
                standIn, texts.date(entry.backOn()), "Day off".equals(entry.summary()) || reasonWords.apply(entry.reason()).equals(entry.summary()) ? ""
                        : entry.summary(),
                entry.last().isBefore(today));
    }

    String reason(DayOffReason reason) {
        return bundle.getString("reason." + reason.name().toLowerCase(Locale.ROOT));
    }

    DatedRow row(ScheduleEntry entry, Dated when, Map<String, String> names, LocalDateTime now) {
        boolean focus = entry instanceof FocusBlock;
        String times = DayTexts.time(when.start().toLocalTime()) + "–" + DayTexts.time(when.end().toLocalTime());
        if (!when.end().toLocalDate().equals(when.start().toLocalDate())
                && !when.end().toLocalTime().equals(LocalTime.MIDNIGHT)) {
            times = MessageFormat.format(bundle.getString("dated.nextDay"), times);
        }
        // in the order of the settings (phone before e-mail), as everywhere else; unknown ids last
        List<String> listed = new ArrayList<>();
        names.forEach((id, name) -> {
            if (entry.channels().contains(id)) {
                listed.add(name);
            }
        });
        entry.channels().stream().filter(id -> !names.containsKey(id)).forEach(listed::add);
        String channelText = entry.channels().isEmpty() ? bundle.getString("dated.allChannels")
                : String.join(", ", listed);
        String fallback = focus ? "Focus" : "Extra reachable";
        return new DatedRow(entry, when, bundle.getString(focus ? "dated.kind.focus" : "dated.kind.window"),
                texts.date(when.start().toLocalDate()), times, channelText,
                fallback.equals(entry.summary()) ? "" : entry.summary(), when.end().isBefore(now));
    }

    /** Channel names by id, in the order of the settings. */
    static Map<String, String> channelNames(List<Channel> channels, String language) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Channel channel : channels) {
            names.put(channel.id(), channel.name(language));
        }
        return names;
    }
}
