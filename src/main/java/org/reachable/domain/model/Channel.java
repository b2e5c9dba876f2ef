package org.reachable.domain.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A way clients reach the user. {@code id} is a short slug that schedule entries refer to
 * ("phone", "email", "signal"), so renaming a channel never breaks the schedule.
 *
 * <p>What a client reads about the channel exists per text language ({@link Translations}); the
 * promises are values each language words itself ({@link Promise}).
 *
 * @param names the channel's name per language ("Telefoon", "Phone")
 * @param promiseInside how fast the user answers inside the channel's hours
 * @param promiseOutside how fast the user answers a message that arrives outside them
 * @param note an optional addition to the promise, per language ("ook in het weekend")
 * @param urgentOnly an urgent line: reachable for emergencies outside (and through) every window
 * @param urgentCondition when a client may use the urgent line ("only for travellers stuck abroad")
 */
public record Channel(
        String id,
        ChannelType type,
        Translations names,
        String contact,
        Promise promiseInside,
        Promise promiseOutside,
        Translations note,
        Fallback fallback,
        boolean urgentOnly,
        Translations urgentCondition) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public Channel {
        Objects.requireNonNull(id, "channel id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidScheduleException("Channel id '" + id
                    + "' must be 1-32 lower-case letters, digits or dashes");
        }
        type = type == null ? ChannelType.CUSTOM : type;
        names = names == null || names.blank() ? Translations.copiedFrom("en", id, List.of()) : names;
        contact = contact == null ? "" : contact;
        promiseInside = promiseInside == null ? Promise.none() : promiseInside;
        promiseOutside = promiseOutside == null ? Promise.none() : promiseOutside;
        note = note == null ? Translations.none() : note;
        fallback = fallback == null ? Fallback.NONE : fallback;
        urgentCondition = urgentCondition == null ? Translations.none() : urgentCondition;
    }

    public static Channel of(String id, ChannelType type, Translations names) {
        return new Channel(id, type, names, "", Promise.none(), Promise.none(), Translations.none(), Fallback.NONE,
                false, Translations.none());
    }

    /** A channel with one name in every language (a brand such as "Signal", or a test's channel). */
    public static Channel of(String id, ChannelType type, String name) {
        return of(id, type, Translations.of(name, name));
    }

    /** The name in this text language (a name only in another language stands in). */
    public String name(String language) {
        return names.shown(language);
    }

    /**
     * The name in the language the screens speak (the process's default locale, which the app
     * sets from Settings), for the tray, the window and the command line. Client texts ask
     * {@link #name(String)} with the text's own language.
     */
    public String name() {
        return names.shown(Locale.getDefault().getLanguage());
    }

    public Channel withNames(Translations newNames) {
        return new Channel(id, type, newNames, contact, promiseInside, promiseOutside, note, fallback, urgentOnly,
                urgentCondition);
    }

    public Channel withUrgentOnly(Translations condition) {
        return new Channel(id, type, names, contact, promiseInside, promiseOutside, note, fallback, true, condition);
    }

    /** An urgent line whose condition reads the same in every language (tests, a brand's wording). */
    public Channel withUrgentOnly(String condition) {
        return withUrgentOnly(Translations.of(condition, condition));
    }

    public Channel withContact(String newContact) {
        return new Channel(id, type, names, newContact, promiseInside, promiseOutside, note, fallback, urgentOnly,
                urgentCondition);
    }

    public Channel withPromises(Promise inside, Promise outside) {
        return new Channel(id, type, names, contact, inside, outside, note, fallback, urgentOnly, urgentCondition);
    }

    public Channel withNote(Translations newNote) {
        return new Channel(id, type, names, contact, promiseInside, promiseOutside, newNote, fallback, urgentOnly,
                urgentCondition);
    }

    public Channel withFallback(Fallback newFallback) {
        return new Channel(id, type, names, contact, promiseInside, promiseOutside, note, newFallback, urgentOnly,
                urgentCondition);
    }
}
