package org.reachable.cli;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's words in the user's language (nl or en), and its date formats. */
final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.reachable.cli.messages", locale);
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** "11:00" today, "Tue 09:00" within a week, "Mon 4 Jan 09:00" later. */
    String when(Instant instant, Instant now, ZoneId zone) {
        if (instant == null) {
            return get("time.never");
        }
        LocalDate day = LocalDate.ofInstant(instant, zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        String pattern = day.equals(today) ? "HH:mm"
                : day.isBefore(today.plusDays(7)) && day.isAfter(today) ? "EEE HH:mm" : "EEE d MMM HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(zone));
    }

    String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", locale).format(instant.atZone(zone));
    }

    String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).format(instant.atZone(zone));
    }
}
