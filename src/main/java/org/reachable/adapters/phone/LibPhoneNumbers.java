package org.reachable.adapters.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.reachable.domain.model.ContactCheck.Problem;
import org.reachable.domain.model.PhoneNumbers;

/**
 * {@link PhoneNumbers} by Google's libphonenumber: its per-country numbering plans decide whether
 * a number can be dialled and how its digits group ("+31 6 12345678", "+32 470 12 34 56",
 * "+44 20 7946 0958").
 *
 * <p>A number typed without its country code is read in the country of the home zone, taken
 * from the tz database's zone.tab (Europe/Amsterdam → NL, Europe/Brussels → BE, Europe/London →
 * GB). The home zone, not the language: a Dutch-speaking freelancer in Antwerp writes Belgian
 * numbers, and the zone is the one thing the profile always has. A zone the table does not know
 * (an alias such as "US/Eastern", or "UTC", which {@code init} gives on a machine set to UTC) falls
 * back to the country of the system's language setting (LANG=nl_NL → NL), when the app was given
 * one; with neither, only numbers with + or 00 in front are read, and a national number is refused
 * with {@link Problem#PHONE_NEEDS_COUNTRY_CODE}, whose message asks for the international form.
 */
public final class LibPhoneNumbers implements PhoneNumbers {

    /**
     * libphonenumber and the zone table, loaded on first use (~150 ms of a start): not by every
     * command that builds the app's environment, nor before the tray icon docks.
     */
    private static final class Lib {
        static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
        static final Properties REGIONS = regions();
    }
    /** libphonenumber's "no region": only international numbers parse. */
    private static final String UNKNOWN = "ZZ";

    /** The country of the system's language setting, when the home zone names none; null: none. */
    private final String systemCountry;

    /** Numbers read in the home zone's country only (no fallback): for tests and tools. */
    public LibPhoneNumbers() {
        this(Locale.ROOT);
    }

    /**
     * @param system the system's language setting (the app passes {@link Locale#getDefault()}); its
     *     country is the home country when the home zone has none, if libphonenumber knows it
     */
    public LibPhoneNumbers(Locale system) {
        String country = system == null ? "" : system.getCountry();
        this.systemCountry = country;
    }

    @Override
    public Checked check(String typed, String region) {
        String text = typed == null ? "" : typed.strip();
        if (text.chars().anyMatch(Character::isLetter)) {
            return new Undialable(Problem.PHONE_CHARACTERS); // libphonenumber would read "06-KLANT" as a vanity number
        }
        if (region(region).equals(UNKNOWN) && !text.startsWith("+") && !text.startsWith("00") && !text.isEmpty()) {
            // libphonenumber says "invalid country code", which blames a + the user never typed
            return new Undialable(Problem.PHONE_NEEDS_COUNTRY_CODE);
        }
        if (region(region).equals(UNKNOWN) && text.startsWith("00")) {
            text = "+" + text.substring(2); // 00 is Europe's way to dial out; with no country, read it as +
        }
        PhoneNumber number;
        try {
            number = Lib.UTIL.parse(text, region(region));
        } catch (NumberParseException e) {
            return new Undialable(switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> Problem.PHONE_COUNTRY_CODE;
                case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> Problem.PHONE_TOO_SHORT;
                case TOO_LONG -> Problem.PHONE_TOO_LONG;
                case NOT_A_NUMBER -> Problem.PHONE_CHARACTERS;
            });
        }
        ValidationResult possible = Lib.UTIL.isPossibleNumberWithReason(number);
        if (possible == ValidationResult.TOO_SHORT) {
            return new Undialable(Problem.PHONE_TOO_SHORT);
        }
        if (possible == ValidationResult.TOO_LONG) {
            return new Undialable(Problem.PHONE_TOO_LONG);
        }
        if (possible == ValidationResult.INVALID_COUNTRY_CODE) {
            return new Undialable(Problem.PHONE_COUNTRY_CODE);
        }
        if (!Lib.UTIL.isValidNumber(number)) {
            return new Undialable(Problem.PHONE_NOT_DIALABLE);
        }
        return new Dialable(Lib.UTIL.format(number, PhoneNumberFormat.E164));
    }

    @Override
    public String international(String number, String region) {
        if (check(number, region) instanceof Dialable) {
            try {
                return Lib.UTIL.format(Lib.UTIL.parse(number.strip(), region(region)), PhoneNumberFormat.INTERNATIONAL);
            } catch (NumberParseException e) {
                return number; // cannot happen after a Dialable check; the text keeps what was typed
            }
        }
        return number;
    }

    @Override
    public String internationalIn(String text, String region) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        // VALID: only numbers the plan knows, so a date or an order number stays as written
        for (PhoneNumberMatch match : Lib.UTIL.findNumbers(text, region(region), PhoneNumberUtil.Leniency.VALID,
                Long.MAX_VALUE)) {
            String raw = match.rawString();
            String formatted = Lib.UTIL.format(match.number(), PhoneNumberFormat.INTERNATIONAL);
            // "(06-87654321)": the match holds the sentence's opening bracket (and maybe its closing
            // one) as if it were an area code's; keep the sentence's brackets, drop an area code's
            if (raw.startsWith("(") && raw.indexOf(')') < 0) {
                formatted = "(" + formatted;
            } else if (raw.startsWith("(") && raw.endsWith(")") && raw.indexOf(')') == raw.length() - 1) {
                formatted = "(" + formatted + ")";
            }
            out.append(text, last, match.start()).append(formatted);
            last = match.end();
        }
        return out.append(text.substring(last)).toString();
    }

    @Override
    public Optional<String> region(ZoneId homeZone) {
        String zoneCountry = homeZone == null ? null : Lib.REGIONS.getProperty(homeZone.getId());
        return Optional.ofNullable(zoneCountry != null ? zoneCountry
                : Lib.UTIL.getSupportedRegions().contains(systemCountry) ? systemCountry : null);
    }

    private static String region(String region) {
        return region == null || region.isBlank() ? UNKNOWN : region;
    }

    private static Properties regions() {
        Properties p = new Properties();
        try (InputStream in = LibPhoneNumbers.class.getResourceAsStream("zone-regions.tab")) {
            if (in == null) {
                throw new IllegalStateException("zone-regions.tab is missing from the jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
