package org.reachable.ui.home;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.service.OverrideRequest;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.Words;
import org.reachable.ui.ScreenLanguage;
import org.reachable.ui.TimeText;

/**
 * The home page (the first a tray click shows): the status now, today per channel as a timeline
 * with the now line, the next changes, the quick actions, and what a client is told right now
 * (the auto-reply's first line). Knows nothing of the view; tested with plain JUnit.
 */
public final class HomeViewModel {

    /** One stretch of today in which a channel stays reachable or not; minutes of the wall clock. */
    public record Stretch(int startMinute, int endMinute, boolean reachable) {
    }

    /** A channel's today, from midnight to midnight. */
    public record ChannelDay(String name, List<Stretch> stretches) {
    }

    /** The quick actions, each one of the domain's override requests. */
    public enum Quick {
        FOCUS_30_MINUTES(new OverrideRequest.For(OverrideState.FOCUS, Duration.ofMinutes(30))),
        FOCUS_1_HOUR(new OverrideRequest.For(OverrideState.FOCUS, Duration.ofHours(1))),
        FOCUS_2_HOURS(new OverrideRequest.For(OverrideState.FOCUS, Duration.ofHours(2))),
        FOCUS_UNTIL_NEXT_WINDOW(new OverrideRequest.FocusUntilNextWindow()),
        AVAILABLE(new OverrideRequest.AvailableUntilNextChange()),
        BACK_TO_SCHEDULE(new OverrideRequest.BackToSchedule());

        private final OverrideRequest request;

        Quick(OverrideRequest request) {
            this.request = request;
        }

        public OverrideRequest request() {
            return request;
        }
    }

    /** How many coming changes the page lists. */
    static final int NEXT_CHANGES = 4;

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Words words;
    private final Consumer<OverrideRequest> switcher;
    private final Consumer<String> clipboard;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.OFF);
    private final StringProperty now = new SimpleStringProperty("");
    private final ObservableList<String> nextChanges = FXCollections.observableArrayList();
    private final ObservableList<ChannelDay> today = FXCollections.observableArrayList();
    private final IntegerProperty nowMinute = new SimpleIntegerProperty(-1);
    private final StringProperty clientLine = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty overridden = new SimpleBooleanProperty(false);
    private ZoneId zone = ZoneId.of("UTC");

    /**
     * @param switcher  carries out a quick action (sets or clears the override); may throw
     *                  {@link InvalidScheduleException} when the schedule gives no end
     * @param clipboard puts a text on the clipboard
     */
    public HomeViewModel(ResourceBundle bundle, Locale locale, Consumer<OverrideRequest> switcher,
            Consumer<String> clipboard) {
        this.bundle = bundle;
        this.locale = locale;
        this.words = Words.forLocale(locale);
        this.switcher = switcher;
        this.clipboard = clipboard;
    }

    /**
     * Shows the status at {@code at} as {@code resolver} (schedule, channels, override) decides it.
     *
     * @param autoReply the auto-reply's text as it reads now; empty when there is none
     */
    public void show(StatusResolver resolver, Instant at, String autoReply) {
        zone = resolver.zone();
        Status status = resolver.status(at);
        state.set(status.state());
        overridden.set(resolver.override().filter(o -> o.activeAt(at)).isPresent());
        String reason = text("reason." + status.reason().code());
        now.set(status.until() == null ? format("home.now.noChange", text("state." + status.state()), reason)
                : format("home.now", text("state." + status.state()), reason,
                        TimeText.prose(words, status.until(), at, zone)));
        nextChanges.setAll(nextChanges(resolver, at));
        today.setAll(today(resolver, at));
        tick(at);
        clientLine.set(autoReply == null ? "" : autoReply.lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse(""));
    }

    /** Moves the now line; the view calls this as the clock goes. */
    public void tick(Instant at) {
        nowMinute.set(TimeText.minuteOf(at.atZone(zone).toLocalTime()));
    }

    /** Runs a quick action; says why when the schedule gives it no end. */
    public void quick(Quick action) {
        try {
            switcher.accept(action.request());
            message.set("");
        } catch (InvalidScheduleException e) {
            message.set(e.getMessage());
        }
    }

    /** Puts a text on the clipboard (the forwarding card's codes). */
    public void copy(String text) {
        clipboard.accept(text);
    }

    /** Puts what a client is told now on the clipboard, and says so. */
    public void copyClientLine() {
        if (!clientLine.get().isEmpty()) {
            clipboard.accept(clientLine.get());
            message.set(text("home.copied"));
        }
    }

    /** "vandaag 11.30 uur: Bereikbaar — Telefoon, E-mail", for the next few changes. */
    private List<String> nextChanges(StatusResolver resolver, Instant at) {
        List<String> lines = new ArrayList<>();
        Instant t = at;
        for (int i = 0; i < NEXT_CHANGES; i++) {
            Optional<Instant> next = resolver.nextChange(t);
            if (next.isEmpty()) {
                break;
            }
            Status then = resolver.status(next.get());
            List<String> open = then.channels().stream().filter(ChannelStatus::reachable)
                    .map(c -> c.channel().name(ScreenLanguage.of(bundle))).toList();
            lines.add(format(open.isEmpty() ? "home.next.none" : "home.next",
                    TimeText.prose(words, next.get(), at, zone), text("state." + then.state()), words.list(open)));
            t = next.get();
        }
        if (lines.isEmpty()) {
            lines.add(text("home.next.never"));
        }
        return lines;
    }

    /** Each channel's reachable and unreachable stretches from midnight to midnight. */
    private List<ChannelDay> today(StatusResolver resolver, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        // the status can change only where an entry begins or ends, or where the override does
        TreeSet<Instant> cuts = new TreeSet<>(List.of(from));
        for (Occurrence o : resolver.agenda(from.minus(Duration.ofDays(1)), to)) {
            for (Instant edge : List.of(o.start(), o.end())) {
                if (edge.isAfter(from) && edge.isBefore(to)) {
                    cuts.add(edge);
                }
            }
        }
        resolver.override().ifPresent(o -> {
            for (Instant edge : new Instant[] {o.setAt(), o.until()}) {
                if (edge != null && edge.isAfter(from) && edge.isBefore(to)) {
                    cuts.add(edge);
                }
            }
        });
        List<Instant> edges = new ArrayList<>(cuts);
        List<String> names = new ArrayList<>();
        List<List<Stretch>> stretches = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            Status s = resolver.status(edges.get(i));
            int start = minute(edges.get(i), from);
            int end = i + 1 < edges.size() ? minute(edges.get(i + 1), from) : 24 * 60;
            for (int c = 0; c < s.channels().size(); c++) {
                ChannelStatus channel = s.channels().get(c);
                if (c >= names.size()) {
                    names.add(channel.channel().name(ScreenLanguage.of(bundle)));
                    stretches.add(new ArrayList<>());
                }
                add(stretches.get(c), new Stretch(start, end, channel.reachable()));
            }
        }
        List<ChannelDay> days = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            days.add(new ChannelDay(names.get(c), List.copyOf(stretches.get(c))));
        }
        return days;
    }

    /** Minutes of the wall clock since midnight (a DST day still runs 0..1440 on the timeline). */
    private int minute(Instant t, Instant midnight) {
        ZonedDateTime local = t.atZone(zone);
        return local.toLocalDate().isAfter(LocalDate.ofInstant(midnight, zone)) ? 24 * 60
                : TimeText.minuteOf(local.toLocalTime());
    }

    private static void add(List<Stretch> list, Stretch next) {
        if (next.endMinute() <= next.startMinute()) {
            return;
        }
        if (!list.isEmpty() && list.get(list.size() - 1).reachable() == next.reachable()) {
            Stretch last = list.remove(list.size() - 1);
            list.add(new Stretch(last.startMinute(), next.endMinute(), next.reachable()));
        } else {
            list.add(next);
        }
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public Locale locale() {
        return locale;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty nowProperty() {
        return now;
    }

    public ObservableList<String> nextChanges() {
        return nextChanges;
    }

    public ObservableList<ChannelDay> today() {
        return today;
    }

    public IntegerProperty nowMinuteProperty() {
        return nowMinute;
    }

    public StringProperty clientLineProperty() {
        return clientLine;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** True while an override is set: "back to schedule" then means something. */
    public BooleanProperty overriddenProperty() {
        return overridden;
    }
}
