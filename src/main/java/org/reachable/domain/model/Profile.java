package org.reachable.domain.model;

import java.time.ZoneId;
import java.util.List;

/**
 * Who the texts speak for.
 *
 * @param languages the languages texts are written in, first is the main one ("nl", "en")
 * @param clientZone an optional second zone texts mention for clients abroad
 */
public record Profile(String name, String business, ZoneId homeZone, List<String> languages, ZoneId clientZone) {

    public Profile {
        name = name == null ? "" : name;
        business = business == null ? "" : business;
        homeZone = homeZone == null ? ZoneId.systemDefault() : homeZone;
        languages = languages == null || languages.isEmpty() ? List.of("nl", "en") : List.copyOf(languages);
    }

    public Profile withName(String newName) {
        return new Profile(newName, business, homeZone, languages, clientZone);
    }

    public Profile withBusiness(String newBusiness) {
        return new Profile(name, newBusiness, homeZone, languages, clientZone);
    }

    public Profile withHomeZone(ZoneId zone) {
        return new Profile(name, business, zone, languages, clientZone);
    }

    public Profile withLanguages(List<String> newLanguages) {
        return new Profile(name, business, homeZone, newLanguages, clientZone);
    }

    /** {@code zone} null: no client zone. */
    public Profile withClientZone(ZoneId zone) {
        return new Profile(name, business, homeZone, languages, zone);
    }

    public static Profile defaults(ZoneId homeZone) {
        return new Profile("", "", homeZone, List.of("nl", "en"), null);
    }
}
