package org.reachable.cli;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.reachable.domain.text.TimeWords;

/** The command line's words in the user's language (nl or en), and its date formats. */
final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final TimeWords timeWords;

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.reachable.cli.messages", locale);
        this.timeWords = new TimeWords(locale, bundle.getString("time.tomorrow"));
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** "11:00" today, "tomorrow 09:00", "Monday 09:00" within a week, with the date later. */
    String when(Instant instant, Instant now, ZoneId zone) {
        return instant == null ? get("time.never") : timeWords.when(instant, now, zone);
    }

    String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", locale).format(instant.atZone(zone));
    }

    String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).format(instant.atZone(zone));
    }
}
