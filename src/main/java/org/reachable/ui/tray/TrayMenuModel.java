package org.reachable.ui.tray;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.reachable.domain.model.ManualOverride;
import org.reachable.ui.tray.TrayMenu.Action;
import org.reachable.ui.tray.TrayMenu.Item;
import org.reachable.ui.tray.TrayMenu.Separator;
import org.reachable.ui.tray.TrayMenu.Submenu;
import org.reachable.ui.tray.TrayMenu.Text;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;
import org.reachable.domain.text.TimeWords;

/**
 * The tray's words and menu for a status: plain Java, so tests drive it without a desktop.
 * The tooltip says it in one line: "Focus until 11:00 — phone and e-mail off".
 */
public final class TrayMenuModel {

    public static final String BUNDLE = "org.reachable.ui.tray.TrayMenu";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final TimeWords timeWords;

    public TrayMenuModel(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : bundle.getLocale();
        this.timeWords = new TimeWords(locale, bundle.getString("time.tomorrow"));
    }

    public static TrayMenuModel forLocale(Locale locale) {
        return new TrayMenuModel(ResourceBundle.getBundle(BUNDLE, locale));
    }

    public TrayMenu menu(Status status, ZoneId zone, Optional<ManualOverride> override) {
        return menu(status, zone, override, Optional.empty());
    }

    /**
     * @param forwarding where calls go during focus and its codes, when a number is kept: the menu
     *     offers the code that fits the status first (on in focus, off outside it)
     */
    public TrayMenu menu(Status status, ZoneId zone, Optional<ManualOverride> override,
            Optional<Forwarding> forwarding) {
        List<Item> items = new ArrayList<>();
        items.add(new Text(headline(status, zone)));
        if (status.until() != null) {
            items.add(new Text(format("tray.nextChange", when(status.until(), status.at(), zone))));
        }
        items.add(new Separator());
        items.add(new Submenu(text("tray.focusNow"), List.of(
                new Action(text("tray.focus.30m"), TrayAction.FOCUS_30_MINUTES),
                new Action(text("tray.focus.1h"), TrayAction.FOCUS_1_HOUR),
                new Action(text("tray.focus.2h"), TrayAction.FOCUS_2_HOURS),
                new Action(text("tray.focus.untilNextWindow"), TrayAction.FOCUS_UNTIL_NEXT_WINDOW),
                new Action(text("tray.focus.endOfDay"), TrayAction.FOCUS_UNTIL_END_OF_DAY))));
        items.add(new Submenu(text("tray.availableNow"), List.of(
                new Action(text("tray.available.untilNextChange"), TrayAction.AVAILABLE_UNTIL_NEXT_CHANGE),
                new Action(text("tray.available.1h"), TrayAction.AVAILABLE_1_HOUR))));
        if (override.isPresent() && override.get().activeAt(status.at())) {
            items.add(new Action(text("tray.backToSchedule"), TrayAction.BACK_TO_SCHEDULE));
        }
        items.add(new Separator());
        items.add(new Action(text("tray.copyAutoreply"), TrayAction.COPY_AUTOREPLY));
        items.add(new Action(text("tray.copyVoicemail"), TrayAction.COPY_VOICEMAIL));
        forwarding.ifPresent(f -> {
            items.add(new Separator());
            Action on = new Action(format("tray.forward.on", f.number(), f.on()), TrayAction.FORWARD_ON);
            Action off = new Action(format("tray.forward.off", f.off()), TrayAction.FORWARD_OFF);
            items.addAll(status.state() == State.FOCUS ? List.of(on, off) : List.of(off, on));
        });
        items.add(new Separator());
        items.add(new Action(text("tray.open"), TrayAction.OPEN));
        items.add(new Action(text("tray.quit"), TrayAction.QUIT));
        return new TrayMenu(status.state(), tooltip(status, zone), items);
    }

    /**
     * The menu of an icon docked before the status is known (the app reads its files after docking):
     * the state last written, if it still holds (else "not reachable"), and a line that says the app is starting.
     */
    public TrayMenu starting(Optional<State> lastKnown) {
        String line = text("tray.starting");
        return new TrayMenu(lastKnown.orElse(State.OFF), line, List.of(new Text(line), new Separator(),
                new Action(text("tray.open"), TrayAction.OPEN), new Action(text("tray.quit"), TrayAction.QUIT)));
    }

    /** The number calls are forwarded to, as read ("+31 20 123 4567"), and the codes for all calls. */
    public record Forwarding(String number, String on, String off) {
    }

    /** "Focus until 11:00 — phone and e-mail off". */
    public String tooltip(Status status, ZoneId zone) {
        String head = headline(status, zone);
        String channels = channels(status);
        return channels.isEmpty() ? head : head + " — " + channels;
    }

    /** The channels part alone, as a sentence for a notification: "Phone and e-mail off." */
    public String channelSentence(Status status) {
        String channels = channels(status);
        return channels.isEmpty() ? "" : Character.toUpperCase(channels.charAt(0)) + channels.substring(1) + ".";
    }

    private String channels(Status status) {
        if (status.state() == State.AVAILABLE) {
            List<String> on = names(status, true);
            return on.isEmpty() ? "" : format("tray.tooltip.reachable", list(on));
        }
        List<String> off = names(status, false);
        return off.isEmpty() ? "" : format("tray.tooltip.off", list(off));
    }

    /** "Focus until 11:00", "Available until 17:00", "Not reachable until Monday 09:00". */
    public String headline(Status status, ZoneId zone) {
        String state = text("state." + status.state().name());
        return status.until() == null ? state
                : format("tray.until", state, when(status.until(), status.at(), zone));
    }

    private List<String> names(Status status, boolean reachable) {
        return status.channels().stream()
                .filter(c -> c.reachable() == reachable && !c.channel().urgentOnly())
                .map(c -> lowerFirst(c.channel().name(locale.getLanguage())))
                .collect(Collectors.toList());
    }

    /** Names read mid-sentence: "Phone" becomes "phone", but "SMS" and "WhatsApp Business" stay. */
    private String lowerFirst(String name) {
        return !name.isEmpty() && name.indexOf(' ') < 0 && name.chars().skip(1).noneMatch(Character::isUpperCase)
                ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }

    private String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + text("tray.and") + " "
                + names.get(names.size() - 1);
    }

    private String when(Instant instant, Instant now, ZoneId zone) {
        return timeWords.when(instant, now, zone);
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
