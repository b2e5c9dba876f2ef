package org.reachable.ui.daysoff;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Subscription;
import org.reachable.domain.subscribe.SubscriptionRefresh;

/**
 * The Days off page's lines on calendars imported from an address, which the tray imports again on
 * its own: which one, when it was last refreshed, how often, how many of the user's own edits of
 * its entries are kept, and whether the last tries failed. Empty without subscriptions.
 */
public final class SubscriptionLines {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Clock clock;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    public SubscriptionLines(ResourceBundle bundle, Clock clock) {
        this.bundle = bundle;
        Locale l = bundle.getLocale();
        this.locale = l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
        this.clock = clock;
    }

    /** Shows {@code subscriptions} as settings.json has them, against the schedule as it is here. */
    public void show(List<Subscription> subscriptions, Schedule schedule) {
        List<String> lines = new ArrayList<>();
        for (Subscription s : subscriptions) {
            lines.add(line(s, schedule));
        }
        text.set(String.join("\n", lines));
    }

    /** The line on one subscription: which, when last refreshed, how often, edits kept, failed tries. */
    public String line(Subscription s, Schedule schedule) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(bundle.getString("subscription.when"), locale)
                .withZone(schedule.zone()); // the home zone, as every time on the page
        Duration every = s.every() > 0 ? Duration.ofSeconds(s.every()) : SubscriptionRefresh.DEFAULT;
        String line = format("subscription.line", s.url(), s.refreshed() == null ? bundle.getString(
                "subscription.never") : when.format(s.refreshed()), every(every));
        int kept = kept(s, schedule);
        if (kept > 0) {
            line += " " + format("subscription.kept", kept);
        }
        if (s.failures() > 0) {
            line += " " + format("subscription.failed", s.failures());
        }
        return line;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Entries of {@code s} the user changed or deleted here since they were imported. */
    static int kept(Subscription s, Schedule schedule) {
        Map<String, String> here = schedule.entries().stream()
                .collect(Collectors.toMap(ScheduleEntry::uid, Subscription::fingerprint, (a, b) -> a));
        Set<String> uids = s.imported().keySet();
        return (int) uids.stream().filter(uid -> !s.imported().get(uid).equals(here.get(uid))).count();
    }

    private String every(Duration d) {
        if (d.toMinutes() % (24 * 60) == 0) {
            return format("subscription.every.days", d.toDays());
        }
        if (d.toMinutes() % 60 == 0) {
            return format("subscription.every.hours", d.toHours());
        }
        return format("subscription.every.minutes", d.toMinutes());
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
