package org.reachable.ui.main;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;
import org.reachable.domain.text.Words;
import org.reachable.ui.ScreenLanguage;
import org.reachable.ui.TimeText;

/**
 * The main window's state: the status header in words. Knows nothing of the view; tested with
 * plain JUnit.
 */
public final class MainViewModel {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Words words;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.OFF);
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty channels = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty countdown = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.STATUS);
    private Instant until;

    /** The screens the navigation leads to, in its order. */
    public enum Page {
        STATUS, SCHEDULE, DAYS_OFF, CHANNELS, TEXTS, SETTINGS
    }

    /** In the screen language of {@code bundle} (tests: the machine's locale does not count). */
    public MainViewModel(ResourceBundle bundle) {
        this(bundle, screenLocale(bundle, Locale.ROOT));
    }

    /** @param locale the screen language with its country: en-US writes "11:30 am", en-GB "11:30" */
    public MainViewModel(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
        // prose in the screen language's style: "11.30 uur", "11:30", "11:30 am" only in en-US
        this.words = Words.forLocale(locale);
        headline.set(bundle.getString("main.loading"));
    }

    /** The bundle's language, with the OS locale's country when the OS speaks that language. */
    public static Locale screenLocale(ResourceBundle bundle, Locale os) {
        String language = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty() ? "en"
                : bundle.getLocale().getLanguage();
        return os.getLanguage().equals(language) ? os : Locale.forLanguageTag(language);
    }

    public void show(Status status, ZoneId zone) {
        state.set(status.state());
        until = status.until();
        tick(status.at());
        String reason = bundle.getString("reason." + status.reason().code());
        headline.set(bundle.getString("state." + status.state().name()));
        detail.set(status.until() == null
                ? format("main.detail.noChange", reason)
                : format("main.detail", reason, when(status.until(), status.at(), zone)));
        StringBuilder text = new StringBuilder();
        for (ChannelStatus c : status.channels()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            String name = c.channel().name(ScreenLanguage.of(bundle));
            // an urgent line that stays open has no end to name ("reachable until not in the coming year")
            text.append(c.reachable() && c.until() == null ? format("main.channel.onAlways", name)
                    : c.reachable() ? format("main.channel.on", name, when(c.until(), status.at(), zone))
                    : c.nextReachable() == null ? format("main.channel.never", name)
                    : format("main.channel.off", name, when(c.nextReachable(), status.at(), zone)));
        }
        channels.set(text.toString());
    }

    /**
     * The live countdown to the next change in hours and minutes ("1 u 30 min", "1 h 30 min",
     * "2 d 3 h"), rounded up so it never says "0 min" before the change; the view calls this once
     * a second, and only while the window shows.
     */
    public void tick(Instant now) {
        if (until == null || !until.isAfter(now)) {
            countdown.set("");
            return;
        }
        countdown.set(format("main.countdown", duration(bundle, Duration.between(now, until))));
    }

    /** "1 u 30 min", "45 min", "2 d 3 u": a span of time as the screen language counts it. */
    public static String duration(ResourceBundle bundle, Duration span) {
        long minutes = (span.getSeconds() + 59) / 60;
        long days = minutes / 1440;
        long hours = minutes % 1440 / 60;
        long rest = minutes % 60;
        if (days > 0) {
            return new MessageFormat(bundle.getString("duration.days")).format(new Object[] {days}) + (hours > 0
                    ? " " + new MessageFormat(bundle.getString("duration.hours")).format(new Object[] {hours}) : "");
        }
        String h = new MessageFormat(bundle.getString("duration.hours")).format(new Object[] {hours});
        String m = new MessageFormat(bundle.getString("duration.minutes")).format(new Object[] {rest});
        return hours == 0 ? m : rest == 0 ? h : h + " " + m;
    }

    /** A standing remark above the content, e.g. that there is no tray on this desktop. */
    public void showNote(String text) {
        note.set(text == null ? "" : text);
    }

    /** A file that could not be read: the app goes on, on the backup or empty, and says so. */
    public void showProblem(String message) {
        problem.set(message == null ? "" : format("main.problem", message));
    }

    private String when(Instant instant, Instant now, ZoneId zone) {
        if (instant == null) {
            return bundle.getString("time.never");
        }
        return TimeText.prose(words, instant, now, zone);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty channelsProperty() {
        return channels;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty countdownProperty() {
        return countdown;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }
}
