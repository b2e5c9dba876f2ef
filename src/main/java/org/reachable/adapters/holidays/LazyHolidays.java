package org.reachable.adapters.holidays;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.reachable.domain.port.PublicHolidays;

/**
 * {@link JollydayHolidays} made on first use. Every workspace carries the holidays for the texts,
 * but only a text about a public holiday in another language than the one it was taken in asks
 * them: the tray and {@code reachable status} start without loading jollyday and its XML.
 */
public final class LazyHolidays implements PublicHolidays {

    private volatile PublicHolidays holidays;

    private PublicHolidays holidays() {
        PublicHolidays h = holidays;
        if (h == null) {
            synchronized (this) {
                if (holidays == null) {
                    holidays = new JollydayHolidays();
                }
                h = holidays;
            }
        }
        return h;
    }

    @Override
    public boolean knows(String country) {
        return holidays().knows(country);
    }

    @Override
    public Set<String> countries() {
        return holidays().countries();
    }

    @Override
    public List<Holiday> between(String country, LocalDate first, LocalDate last, String language) {
        return holidays().between(country, first, last, language);
    }
}
