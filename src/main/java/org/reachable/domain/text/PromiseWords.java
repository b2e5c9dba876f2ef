package org.reachable.domain.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachable.domain.model.Promise;

/**
 * A response promise in one language's words, written to follow a verb ("ik reageer binnen een
 * uur", "I reply within an hour", "dan bel ik je terug zodra ik weer bereikbaar ben"), and the way
 * back from what a user types.
 */
public final class PromiseWords {

    private static final Pattern WITHIN = Pattern.compile(
            "(?:binnen|within)\\s+(een|an|a|één|\\d{1,4})\\s+(minuut|minuten|minute|minutes|mins?|uur|uren|hour|hours)");
    private static final String[] DUTCH_NUMBERS = {"", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
        "negen", "tien", "elf", "twaalf"};
    private static final String[] ENGLISH_NUMBERS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};

    private PromiseWords() {
    }

    /** "binnen een uur", "op dezelfde werkdag", "zodra ik weer bereikbaar ben"; "" for no promise. */
    public static String phrase(Promise promise, String language) {
        boolean dutch = "nl".equals(Locale.forLanguageTag(language).getLanguage());
        return switch (promise.kind()) {
            case NONE -> "";
            case WITHIN -> (dutch ? "binnen " : "within ") + amount(promise.minutes(), dutch);
            case SAME_WORKING_DAY -> dutch ? "nog dezelfde werkdag" : "on the same working day";
            case NEXT_WORKING_DAY -> dutch ? "de volgende werkdag" : "on the next working day";
            // "as soon as I am back" told a client who wrote at 18.00 that I was away
            case WHEN_BACK -> dutch ? "zodra ik weer bereikbaar ben" : "as soon as I am available again";
        };
    }

    /**
     * Whether the phrase is a clause that must stand at the end of a Dutch sentence ("…, dan bel ik
     * je terug zodra ik weer bereikbaar ben", not "bel ik je zodra … terug").
     */
    public static boolean isClause(Promise promise) {
        return promise.kind() == Promise.Kind.WHEN_BACK;
    }

    /** "een uur", "twee uur", "anderhalf uur", "30 minuten"; "an hour", "two hours", "90 minutes". */
    private static String amount(int minutes, boolean dutch) {
        if (minutes % 60 == 0) {
            int hours = minutes / 60;
            if (dutch) {
                return (hours < DUTCH_NUMBERS.length ? DUTCH_NUMBERS[hours] : String.valueOf(hours)) + " uur";
            }
            return hours == 1 ? "an hour"
                    : (hours < ENGLISH_NUMBERS.length ? ENGLISH_NUMBERS[hours] : String.valueOf(hours)) + " hours";
        }
        if (minutes == 90) {
            return dutch ? "anderhalf uur" : "an hour and a half";
        }
        if (minutes == 30) {
            return dutch ? "een halfuur" : "half an hour";
        }
        return minutes + (dutch ? (minutes == 1 ? " minuut" : " minuten") : (minutes == 1 ? " minute" : " minutes"));
    }

    /**
     * The promise a user typed, in either language ("binnen 2 uur", "within 30 minutes", "de
     * volgende werkdag", "as soon as I'm back"); empty when it is none of the promises.
     */
    public static Optional<Promise> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "").replace('’', '\'');
        if (t.isEmpty()) {
            return Optional.of(Promise.none());
        }
        for (Promise.Kind kind : new Promise.Kind[] {Promise.Kind.SAME_WORKING_DAY, Promise.Kind.NEXT_WORKING_DAY,
            Promise.Kind.WHEN_BACK}) {
            Promise p = Promise.of(kind);
            if (t.equals(phrase(p, "nl")) || t.equals(phrase(p, "en").toLowerCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        if (t.equals("dezelfde werkdag") || t.equals("op dezelfde werkdag") || t.equals("the same working day")) {
            return Optional.of(Promise.of(Promise.Kind.SAME_WORKING_DAY));
        }
        if (t.equals("op de volgende werkdag") || t.equals("the next working day") || t.equals("binnen 1 werkdag")
                || t.equals("binnen een werkdag") || t.equals("within 1 working day")
                || t.equals("within one working day")) {
            return Optional.of(Promise.of(Promise.Kind.NEXT_WORKING_DAY));
        }
        if (t.equals("in het volgende bereikbaarheidsvenster") || t.equals("in the next reachable window")
                || t.equals("as soon as i'm back") || t.equals("as soon as i am back")
                || t.equals("as soon as i'm available again") || t.equals("as soon as i'm reachable again")) {
            return Optional.of(Promise.of(Promise.Kind.WHEN_BACK));
        }
        if (t.equals("binnen een halfuur") || t.equals("binnen een half uur") || t.equals("within half an hour")) {
            return Optional.of(new Promise(Promise.Kind.WITHIN, 30));
        }
        if (t.equals("binnen anderhalf uur") || t.equals("within an hour and a half")) {
            return Optional.of(new Promise(Promise.Kind.WITHIN, 90));
        }
        Matcher m = WITHIN.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = m.group(1).matches("\\d+") ? Integer.parseInt(m.group(1)) : 1;
        int minutes = m.group(2).startsWith("m") ? n : n * 60;
        return minutes >= 1 && minutes <= 7 * 24 * 60
                ? Optional.of(new Promise(Promise.Kind.WITHIN, minutes)) : Optional.empty();
    }
}
