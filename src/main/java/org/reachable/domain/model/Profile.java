package org.reachable.domain.model;

import java.time.ZoneId;
import java.util.List;

/**
 * Who the texts speak for, and how they speak.
 *
 * @param languages the languages texts are written in, first is the main one ("nl", "en")
 * @param clientZone an optional second zone texts mention for clients abroad
 * @param register je or u in Dutch texts
 * @param english British or American English texts
 */
public record Profile(String name, String business, ZoneId homeZone, List<String> languages, ZoneId clientZone,
        Register register, EnglishVariant english) {

    public Profile {
        name = name == null ? "" : name.strip();
        business = business == null ? "" : business.strip();
        homeZone = homeZone == null ? ZoneId.systemDefault() : homeZone;
        languages = languages == null || languages.isEmpty() ? Language.codes() : List.copyOf(languages);
        register = register == null ? Register.JE : register;
        english = english == null ? EnglishVariant.BRITISH : english;
    }

    public Profile(String name, String business, ZoneId homeZone, List<String> languages, ZoneId clientZone) {
        this(name, business, homeZone, languages, clientZone, Register.JE, EnglishVariant.BRITISH);
    }

    public Profile withName(String newName) {
        return new Profile(newName, business, homeZone, languages, clientZone, register, english);
    }

    public Profile withBusiness(String newBusiness) {
        return new Profile(name, newBusiness, homeZone, languages, clientZone, register, english);
    }

    public Profile withHomeZone(ZoneId zone) {
        return new Profile(name, business, zone, languages, clientZone, register, english);
    }

    public Profile withLanguages(List<String> newLanguages) {
        return new Profile(name, business, homeZone, newLanguages, clientZone, register, english);
    }

    /** {@code zone} null: no client zone. */
    public Profile withClientZone(ZoneId zone) {
        return new Profile(name, business, homeZone, languages, zone, register, english);
    }

    public Profile withRegister(Register newRegister) {
        return new Profile(name, business, homeZone, languages, clientZone, newRegister, english);
    }

    public Profile withEnglish(EnglishVariant variant) {
        return new Profile(name, business, homeZone, languages, clientZone, register, variant);
    }

    /**
     * The language tag a text in this language is made with: English carries the variant
     * ("en-GB", "en-US"); a tag that already names a country keeps it.
     */
    public String textTag(String language) {
        if (language.startsWith("en") && !language.contains("-")) {
            return english.tag();
        }
        return language;
    }

    public static Profile defaults(ZoneId homeZone) {
        return new Profile("", "", homeZone, Language.codes(), null, Register.JE, EnglishVariant.BRITISH);
    }
}
