package org.reachable.domain.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * How the app behaves around status changes.
 *
 * @param notifications show a notification when the status changes by itself
 * @param headsUpMinutes minutes before a focus block to warn; 0 turns the heads-up off
 * @param hooks per overall state (AVAILABLE, FOCUS, OFF) a shell command run when it begins, under
 *     the state's name as settings.json has it; read and written by state through
 *     {@code domain/service/HookCommands}
 * @param uiLanguage "nl" or "en"; empty follows the operating system
 * @param window where the main window was last; null (a settings.json from before it was kept)
 *     lets the window open in the middle of the screen
 * @param theme light, dark or as the operating system prefers; null (a settings.json from before
 *     it was kept) is {@link Theme#SYSTEM}
 * @param silenceDesktop hold the desktop's own notifications back during focus (GNOME, KDE); null
 *     (a settings.json from before it was kept) is on
 * @param replyInsideHours send the e-mail auto-reply inside reachable hours too (with the channel's
 *     promise); off, the default and what a settings.json from before it was kept reads as, because
 *     inside the hours the client gets a person within the promise
 * @param sieveCopied the Sieve auto-reply script the user last copied (to upload to the mail
 *     server), so the Texts page can say when the schedule has changed since; null: never copied
 * @param forwardTo the number calls go to during focus (an assistant or a colleague), E.164;
 *     "" (and null, a settings.json from before it was kept): none
 * @param publish make the public availability page again in {@code publishFolder} at every change
 *     (issue 17); off, the default and what a settings.json from before it was kept reads as
 * @param publishFolder where the page is published; kept when publishing is switched off, so that
 *     switching it on again needs no new choice; empty: none chosen yet
 * @param publishCalendar also put the feed's reachable times in the calendar "Reachable –
 *     availability" on the server set up for sync, at every change; off, the default and what a
 *     settings.json from before it was kept reads as
 *
 * <p>The calendars imported from an address (subscriptions) are not here: the tray writes their
 * state after every refresh, so they live in subscriptions.json, apart from what the user sets.
 */
public record Preferences(boolean notifications, int headsUpMinutes, Map<String, String> hooks, String uiLanguage,
        WindowBounds window, Theme theme, Boolean silenceDesktop, Boolean replyInsideHours, ScriptCopy sieveCopied,
        String forwardTo, Boolean publish, String publishFolder, Boolean publishCalendar) {

    public static final int DEFAULT_HEADS_UP_MINUTES = 5;

    public Preferences {
        if (headsUpMinutes < 0 || headsUpMinutes > 120) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.HEADS_UP_RANGE, headsUpMinutes));
        }
        hooks = hooks == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(hooks));
        uiLanguage = uiLanguage == null ? "" : uiLanguage;
        theme = theme == null ? Theme.SYSTEM : theme;
        silenceDesktop = silenceDesktop == null || silenceDesktop;
        replyInsideHours = replyInsideHours != null && replyInsideHours;
        forwardTo = forwardTo == null ? "" : forwardTo.strip();
        publish = publish != null && publish;
        publishFolder = publishFolder == null ? "" : publishFolder;
        publishCalendar = publishCalendar != null && publishCalendar;
    }

    public Preferences(boolean notifications, int headsUpMinutes, Map<String, String> hooks, String uiLanguage,
            WindowBounds window, Theme theme, Boolean silenceDesktop, Boolean replyInsideHours, ScriptCopy sieveCopied,
            String forwardTo, Boolean publish, String publishFolder) {
        this(notifications, headsUpMinutes, hooks, uiLanguage, window, theme, silenceDesktop, replyInsideHours,
                sieveCopied, forwardTo, publish, publishFolder, false);
    }

    public Preferences(boolean notifications, int headsUpMinutes, Map<String, String> hooks, String uiLanguage,
            WindowBounds window, Theme theme, Boolean silenceDesktop, Boolean replyInsideHours, ScriptCopy sieveCopied,
            String forwardTo) {
        this(notifications, headsUpMinutes, hooks, uiLanguage, window, theme, silenceDesktop, replyInsideHours,
                sieveCopied, forwardTo, false, "");
    }

    public Preferences(boolean notifications, int headsUpMinutes, Map<String, String> hooks, String uiLanguage,
            WindowBounds window, Theme theme, Boolean silenceDesktop, Boolean replyInsideHours) {
        this(notifications, headsUpMinutes, hooks, uiLanguage, window, theme, silenceDesktop, replyInsideHours, null,
                "");
    }

    public Preferences(boolean notifications, int headsUpMinutes, Map<String, String> hooks, String uiLanguage,
            WindowBounds window, Theme theme, Boolean silenceDesktop) {
        this(notifications, headsUpMinutes, hooks, uiLanguage, window, theme, silenceDesktop, false);
    }

    public Preferences(boolean notifications, int headsUpMinutes, Map<String, String> hooks, String uiLanguage,
            WindowBounds window, Theme theme) {
        this(notifications, headsUpMinutes, hooks, uiLanguage, window, theme, true);
    }

    public Preferences(boolean notifications, int headsUpMinutes, Map<String, String> hooks, String uiLanguage,
            WindowBounds window) {
        this(notifications, headsUpMinutes, hooks, uiLanguage, window, Theme.SYSTEM);
    }

    public Preferences(boolean notifications, int headsUpMinutes, Map<String, String> hooks, String uiLanguage) {
        this(notifications, headsUpMinutes, hooks, uiLanguage, null);
    }

    public static Preferences defaults() {
        return new Preferences(true, DEFAULT_HEADS_UP_MINUTES, Map.of(), "");
    }

    public Preferences withNotifications(boolean on) {
        return new Preferences(on, headsUpMinutes, hooks, uiLanguage, window, theme, silenceDesktop,
                replyInsideHours, sieveCopied, forwardTo, publish, publishFolder, publishCalendar);
    }

    public Preferences withHeadsUpMinutes(int minutes) {
        return new Preferences(notifications, minutes, hooks, uiLanguage, window, theme, silenceDesktop,
                replyInsideHours, sieveCopied, forwardTo, publish, publishFolder, publishCalendar);
    }

    public Preferences withWindow(WindowBounds bounds) {
        return new Preferences(notifications, headsUpMinutes, hooks, uiLanguage, bounds, theme, silenceDesktop,
                replyInsideHours, sieveCopied, forwardTo, publish, publishFolder, publishCalendar);
    }

    public Preferences withTheme(Theme choice) {
        return new Preferences(notifications, headsUpMinutes, hooks, uiLanguage, window, choice, silenceDesktop,
                replyInsideHours, sieveCopied, forwardTo, publish, publishFolder, publishCalendar);
    }

    public Preferences withHooks(Map<String, String> newHooks) {
        return new Preferences(notifications, headsUpMinutes, newHooks, uiLanguage, window, theme, silenceDesktop,
                replyInsideHours, sieveCopied, forwardTo, publish, publishFolder, publishCalendar);
    }

    public Preferences withUiLanguage(String language) {
        return new Preferences(notifications, headsUpMinutes, hooks, language, window, theme, silenceDesktop,
                replyInsideHours, sieveCopied, forwardTo, publish, publishFolder, publishCalendar);
    }

    public Preferences withSilenceDesktop(boolean on) {
        return new Preferences(notifications, headsUpMinutes, hooks, uiLanguage, window, theme, on,
                replyInsideHours, sieveCopied, forwardTo, publish, publishFolder, publishCalendar);
    }

    public Preferences withReplyInsideHours(boolean on) {
        return new Preferences(notifications, headsUpMinutes, hooks, uiLanguage, window, theme, silenceDesktop, on,
                sieveCopied, forwardTo, publish, publishFolder, publishCalendar);
    }

    public Preferences withSieveCopied(ScriptCopy copy) {
        return new Preferences(notifications, headsUpMinutes, hooks, uiLanguage, window, theme, silenceDesktop,
                replyInsideHours, copy, forwardTo, publish, publishFolder, publishCalendar);
    }

    /** @param number E.164, or "" for none */
    public Preferences withForwardTo(String number) {
        return new Preferences(notifications, headsUpMinutes, hooks, uiLanguage, window, theme, silenceDesktop,
                replyInsideHours, sieveCopied, number, publish, publishFolder, publishCalendar);
    }

    /** Publishing to the availability calendar on the sync server switched on or off. */
    public Preferences withPublishCalendar(boolean on) {
        return new Preferences(notifications, headsUpMinutes, hooks, uiLanguage, window, theme, silenceDesktop,
                replyInsideHours, sieveCopied, forwardTo, publish, publishFolder, on);
    }

    /** Publishing to {@code folder} switched on or off; the folder is kept either way. */
    public Preferences withPublish(boolean on, String folder) {
        return new Preferences(notifications, headsUpMinutes, hooks, uiLanguage, window, theme, silenceDesktop,
                replyInsideHours, sieveCopied, forwardTo, on, folder, publishCalendar);
    }
}
