package org.reachable.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A way clients reach the user. {@code id} is a short slug that schedule entries refer to
 * ("phone", "email", "signal"), so renaming a channel never breaks the schedule.
 *
 * @param urgentOnly an urgent line: reachable for emergencies outside (and through) every window
 * @param urgentCondition when a client may use the urgent line ("only for travellers stuck abroad")
 */
public record Channel(
        String id,
        ChannelType type,
        String name,
        String contact,
        String promiseInside,
        String promiseOutside,
        Fallback fallback,
        boolean urgentOnly,
        String urgentCondition) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public Channel {
        Objects.requireNonNull(id, "channel id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidScheduleException("Channel id '" + id
                    + "' must be 1-32 lower-case letters, digits or dashes");
        }
        type = type == null ? ChannelType.CUSTOM : type;
        name = name == null || name.isBlank() ? id : name;
        contact = contact == null ? "" : contact;
        promiseInside = promiseInside == null ? "" : promiseInside;
        promiseOutside = promiseOutside == null ? "" : promiseOutside;
        fallback = fallback == null ? Fallback.NONE : fallback;
        urgentCondition = urgentCondition == null ? "" : urgentCondition;
    }

    public static Channel of(String id, ChannelType type, String name) {
        return new Channel(id, type, name, "", "", "", Fallback.NONE, false, "");
    }

    public Channel withUrgentOnly(String condition) {
        return new Channel(id, type, name, contact, promiseInside, promiseOutside, fallback, true, condition);
    }

    public Channel withContact(String newContact) {
        return new Channel(id, type, name, newContact, promiseInside, promiseOutside, fallback, urgentOnly,
                urgentCondition);
    }
}
