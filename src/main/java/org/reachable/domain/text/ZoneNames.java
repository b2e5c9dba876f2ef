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

    /** {@code dutchCity}: the place as Dutch says it aloud ("in Londen"), where it differs from the id's city. */
    private record Name(String dutchAdjective, String dutchPlace, String englishPlace, String dutchCity) {

        Name(String dutchAdjective, String dutchPlace, String englishPlace) {
            this(dutchAdjective, dutchPlace, englishPlace, dutchPlace);
        }
    }

    private static final Map<String, Name> NAMES = Map.ofEntries(
            country("Europe/Amsterdam", "Nederlandse", "Amsterdam"),
            country("Europe/Brussels", "Belgische", "Brussels", "Brussel"),
            country("Europe/Luxembourg", "Luxemburgse", "Luxembourg", "Luxemburg"),
            country("Europe/London", "Britse", "London", "Londen"),
            country("Europe/Dublin", "Ierse", "Dublin"),
            country("Europe/Paris", "Franse", "Paris", "Parijs"),
            country("Europe/Berlin", "Duitse", "Berlin", "Berlijn"),
            country("Europe/Madrid", "Spaanse", "Madrid"),
            country("Europe/Lisbon", "Portugese", "Lisbon", "Lissabon"),
            country("Europe/Rome", "Italiaanse", "Rome"),
            country("Europe/Zurich", "Zwitserse", "Zurich", "Zürich"),
            country("Europe/Vienna", "Oostenrijkse", "Vienna", "Wenen"),
            country("Europe/Copenhagen", "Deense", "Copenhagen", "Kopenhagen"),
            country("Europe/Stockholm", "Zweedse", "Stockholm"),
            country("Europe/Oslo", "Noorse", "Oslo"),
            country("Europe/Warsaw", "Poolse", "Warsaw", "Warschau"),
            country("Europe/Athens", "Griekse", "Athens", "Athene"),
            country("Europe/Istanbul", "Turkse", "Istanbul"),
            country("America/Paramaribo", "Surinaamse", "Paramaribo"),
            country("America/Curacao", "Curaçaose", "Curaçao"),
            country("America/Aruba", "Arubaanse", "Aruba"),
            country("Asia/Tokyo", "Japanse", "Tokyo", "Tokio"),
            Map.entry("Europe/Moscow", new Name(null, "Moskou", "Moscow")),
            Map.entry("America/Kralendijk", new Name(null, "Bonaire", "Bonaire")));

    private ZoneNames() {
    }

    private static Map.Entry<String, Name> country(String id, String dutchAdjective, String englishPlace) {
        return Map.entry(id, new Name(dutchAdjective, englishPlace, englishPlace));
    }

    private static Map.Entry<String, Name> country(String id, String dutchAdjective, String englishPlace,
            String dutchCity) {
        return Map.entry(id, new Name(dutchAdjective, englishPlace, englishPlace, dutchCity));
    }

    /**
     * The place, for a clock said aloud: "in Londen", "in London". A listener hears "acht uur in
     * Londen" more easily than "acht uur Britse tijd" after "negen uur Nederlandse tijd".
     */
    static String place(ZoneId zone, boolean dutch) {
        if (zone.normalized() instanceof ZoneOffset) {
            return label(zone, dutch);
        }
        String id = zone.getId();
        Name name = NAMES.get(id);
        String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        if (name == null) {
            return "in " + city;
        }
        return "in " + (dutch ? name.dutchCity() : name.englishPlace());
    }

    /**
     * A zone's clock as a name on its own, in brackets after a time: "Britse tijd", "New York-tijd";
     * "London time", "New York time".
     */
    static String clock(ZoneId zone, boolean dutch) {
        String label = label(zone, dutch);
        return label.startsWith("in ") ? label.substring(3) + "-tijd" : label;
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
