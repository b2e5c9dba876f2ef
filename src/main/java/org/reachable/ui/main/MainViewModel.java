package org.reachable.ui.main;

import java.text.MessageFormat;
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
import org.reachable.domain.text.TimeWords;

/**
 * The main window's state: the status header in words. Knows nothing of the view; tested with
 * plain JUnit.
 */
public final class MainViewModel {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final TimeWords timeWords;
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

    public MainViewModel(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : bundle.getLocale();
        this.timeWords = new TimeWords(locale, bundle.getString("time.tomorrow"));
        headline.set(bundle.getString("main.loading"));
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
            String name = c.channel().name(org.reachable.ui.ScreenLanguage.of(bundle));
            // an urgent line that stays open has no end to name ("reachable until not in the coming year")
            text.append(c.reachable() && c.until() == null ? format("main.channel.onAlways", name)
                    : c.reachable() ? format("main.channel.on", name, when(c.until(), status.at(), zone))
                    : c.nextReachable() == null ? format("main.channel.never", name)
                    : format("main.channel.off", name, when(c.nextReachable(), status.at(), zone)));
        }
        channels.set(text.toString());
    }

    /**
     * The live countdown to the next change ("1:23:45", "12:05"); the view calls this once a second,
     * and only while the window shows.
     */
    public void tick(Instant now) {
        if (until == null || !until.isAfter(now)) {
            countdown.set("");
            return;
        }
        long seconds = java.time.Duration.between(now, until).getSeconds();
        long days = seconds / 86_400;
        String clock = seconds >= 3600
                ? String.format("%d:%02d:%02d", (seconds % 86_400) / 3600, (seconds % 3600) / 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
        countdown.set(days > 0 ? format("main.countdown.days", days, clock) : format("main.countdown", clock));
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
        return instant == null ? bundle.getString("time.never") : timeWords.when(instant, now, zone);
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
