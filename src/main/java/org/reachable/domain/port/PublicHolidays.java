package org.reachable.domain.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A country's public holidays. Which days a country keeps, by which rule ("27 April, the
 * Saturday before when that is a Sunday") and under which name, changes with laws and differs
 * per country, so the domain does not know it: an adapter over a holiday library does (this is
 * its port), and the domain stays plain Java.
 */
public interface PublicHolidays {

    /** What a day is to a worker in that country. */
    enum Kind {
        /** a day off by law (Koningsdag, Tweede Kerstdag, Wapenstilstand) */
        PUBLIC_HOLIDAY,
        /** a day off for banks and by many contracts, not by law */
        BANK_HOLIDAY,
        /** a day many keep but that is no day off by law (Goede Vrijdag, Allerzielen) */
        OBSERVANCE,
        /**
         * a national holiday that is a day off only in some years or by contract: Bevrijdingsdag,
         * which most Dutch collective agreements give once every five years (2025, 2030)
         */
        OFF_SOME_YEARS
    }

    /**
     * One holiday on the day it is kept.
     *
     * @param key the holiday's stable name, whatever the language ("KINGS_DAY")
     * @param name its name in the language asked for ("Koningsdag", "King's Day")
     */
    record Holiday(LocalDate date, String key, String name, Kind kind) {
        public Holiday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }

        /** Taken by default: a day off by law. */
        public boolean dayOffByLaw() {
            return kind == Kind.PUBLIC_HOLIDAY;
        }
    }

    /** Whether holidays of {@code country} (ISO 3166 alpha-2, "NL") are known. */
    boolean knows(String country);

    /** Every country whose holidays are known, ISO 3166 alpha-2 ("BE", "NL"). */
    Set<String> countries();

    /**
     * The holidays of {@code country} from {@code first} to {@code last} inclusive, in date order,
     * named in {@code language} ("nl", "en"); none for a country that is not known.
     */
    List<Holiday> between(String country, LocalDate first, LocalDate last, String language);

    /**
     * The name in {@code language} of the holiday {@code country} keeps on {@code date} under the
     * name {@code name} in {@code namedIn}: a day off keeps the name it was taken under, and a text
     * in another language names it in its own ("Koningsdag" → "King's Day"). Empty when the holiday
     * is not known (a renamed day off, an unknown country): a text then names no holiday rather
     * than mix in a word of the other language.
     */
    default Optional<String> renamed(String country, LocalDate date, String name, String namedIn, String language) {
        List<Holiday> there = between(country, date, date, namedIn);
        Optional<String> key = there.stream().filter(h -> h.name().equals(name)).map(Holiday::key).findFirst();
        return key.flatMap(k -> between(country, date, date, language).stream()
                .filter(h -> h.key().equals(k)).map(Holiday::name).findFirst());
    }

    /** Knows no country: for a build or a test without holidays. */
    PublicHolidays NONE = new PublicHolidays() {
        @Override
        public boolean knows(String country) {
            return false;
        }

        @Override
        public Set<String> countries() {
            return Set.of();
        }

        @Override
        public List<Holiday> between(String country, LocalDate first, LocalDate last, String language) {
            return List.of();
        }
    };
}
