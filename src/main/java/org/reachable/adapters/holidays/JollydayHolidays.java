package org.reachable.adapters.holidays;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.reachable.domain.port.PublicHolidays;

/**
 * {@link PublicHolidays} by jollyday (de.focus-shift 1.8.1): its per-country XML rules decide
 * which day a holiday falls on (Koningsdag on 27 April, the Saturday before when that is a
 * Sunday) and whether it is a day off by law (PUBLIC_HOLIDAY) or only observed (OBSERVANCE: Goede
 * Vrijdag, Allerzielen).
 *
 * <p>Two corrections on top of jollyday's data. Names: jollyday's are machine-translated in
 * places ("Kings' Birthday", "1st Christmas day", BE's "Nationale dag"), so HolidayNames holds the
 * names people use for NL and BE, and jollyday's own names serve every other country. Kinds:
 * jollyday marks Bevrijdingsdag a public holiday every year, but Dutch law makes no one free that
 * day: collective agreements do, most of them once every five years (2025, 2030), so it is offered
 * unticked outside those years.
 */
public final class JollydayHolidays implements PublicHolidays {

    private static final String NAMES = "org.reachable.adapters.holidays.HolidayNames";
    private static final Set<String> COUNTRIES = HolidayManager.getSupportedCalendarCodes();

    @Override
    public boolean knows(String country) {
        return country != null && COUNTRIES.contains(country.toUpperCase(Locale.ROOT));
    }

    @Override
    public Set<String> countries() {
        // jollyday also knows calendars that are no country (NYSE, TARGET, LME): two letters are a country
        return COUNTRIES.stream().filter(c -> c.length() == 2).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<Holiday> between(String country, LocalDate first, LocalDate last, String language) {
        if (!knows(country) || last.isBefore(first)) {
            return List.of();
        }
        String code = country.toUpperCase(Locale.ROOT);
        // jollyday caches a manager per country: the XML is read once (~200 ms) per process
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(code.toLowerCase(Locale.ROOT)));
        Locale locale = Locale.forLanguageTag(language == null || language.isBlank() ? "en" : language);
        ResourceBundle names = names(locale);
        return manager.getHolidays(first, last).stream().map(JollyHoliday::new)
                .map(h -> new Holiday(h.date(), h.key(), name(names, code, h, locale), kind(code, h)))
                .sorted(Comparator.comparing(Holiday::date).thenComparing(Holiday::key))
                .toList();
    }

    static Kind kind(String country, JollyHoliday holiday) {
        if ("NL".equals(country) && "LIBERATION".equals(holiday.key())
                && holiday.date().getYear() % 5 != 0) {
            return Kind.OFF_SOME_YEARS;
        }
        HolidayType type = holiday.it().getType();
        if (type == HolidayType.PUBLIC_HOLIDAY) {
            return Kind.PUBLIC_HOLIDAY;
        }
        return type == HolidayType.BANK_HOLIDAY ? Kind.BANK_HOLIDAY : Kind.OBSERVANCE;
    }

    private static String name(ResourceBundle names, String country, JollyHoliday holiday, Locale locale) {
        String key = holiday.key();
        for (String candidate : List.of(country.toLowerCase(Locale.ROOT) + "." + key, key)) {
            if (names.containsKey(candidate)) {
                return names.getString(candidate);
            }
        }
        return holiday.it().getDescription(locale);
    }

    private static ResourceBundle names(Locale locale) {
        try {
            return ResourceBundle.getBundle(NAMES, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("HolidayNames is missing from the jar", e);
        }
    }

    /** jollyday's holiday under another name: the port's {@link Holiday}, inherited, takes the simple name. */
    record JollyHoliday(de.focus_shift.jollyday.core.Holiday it) {
        LocalDate date() {
            return it.getDate();
        }

        String key() {
            return it.getPropertiesKey();
        }
    }
}
