package org.reachable.domain.text;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Names for the clock of a zone, as they follow a time. Dutch names a country's clock by its
 * adjective ("Nederlandse tijd", "Britse tijd") and otherwise the place ("in New York"); English
 * says "London time". The table holds the zones Dutch freelancers' clients most often live in;
 * any other zone falls back to the city of its id, which is English and usually also Dutch.
 */
final class ZoneNames {

    private record Name(String dutchAdjective, String dutchPlace, String englishPlace) {
    }

    private static final Map<String, Name> NAMES = Map.ofEntries(
            country("Europe/Amsterdam", "Nederlandse", "Amsterdam"),
            country("Europe/Brussels", "Belgische", "Brussels"),
            country("Europe/Luxembourg", "Luxemburgse", "Luxembourg"),
            country("Europe/London", "Britse", "London"),
            country("Europe/Dublin", "Ierse", "Dublin"),
            country("Europe/Paris", "Franse", "Paris"),
            country("Europe/Berlin", "Duitse", "Berlin"),
            country("Europe/Madrid", "Spaanse", "Madrid"),
            country("Europe/Lisbon", "Portugese", "Lisbon"),
            country("Europe/Rome", "Italiaanse", "Rome"),
            country("Europe/Zurich", "Zwitserse", "Zurich"),
            country("Europe/Vienna", "Oostenrijkse", "Vienna"),
            country("Europe/Copenhagen", "Deense", "Copenhagen"),
            country("Europe/Stockholm", "Zweedse", "Stockholm"),
            country("Europe/Oslo", "Noorse", "Oslo"),
            country("Europe/Warsaw", "Poolse", "Warsaw"),
            country("Europe/Athens", "Griekse", "Athens"),
            country("Europe/Istanbul", "Turkse", "Istanbul"),
            country("America/Paramaribo", "Surinaamse", "Paramaribo"),
            country("America/Curacao", "Curaçaose", "Curaçao"),
            country("America/Aruba", "Arubaanse", "Aruba"),
            country("Asia/Tokyo", "Japanse", "Tokyo"),
            Map.entry("Europe/Moscow", new Name(null, "Moskou", "Moscow")),
            Map.entry("America/Kralendijk", new Name(null, "Bonaire", "Bonaire")));

    private ZoneNames() {
    }

    private static Map.Entry<String, Name> country(String id, String dutchAdjective, String englishPlace) {
        return Map.entry(id, new Name(dutchAdjective, englishPlace, englishPlace));
    }

    static String label(ZoneId zone, boolean dutch) {
        if (zone.normalized() instanceof ZoneOffset offset) {
            // "UTC" and "UTC+05:30" read the same in both languages
            return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
        }
        String id = zone.getId();
        Name name = NAMES.get(id);
        if (name == null) {
            String place = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
            name = new Name(null, place, place);
        }
        if (dutch) {
            return name.dutchAdjective() != null ? name.dutchAdjective() + " tijd" : "in " + name.dutchPlace();
        }
        return name.englishPlace() + " time";
    }
}
