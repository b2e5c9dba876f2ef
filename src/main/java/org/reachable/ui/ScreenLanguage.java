package org.reachable.ui;

import java.util.ResourceBundle;
import org.reachable.domain.model.Language;

/** The language a screen speaks, as its bundle says it; the base bundle (locale ROOT) is English. */
public final class ScreenLanguage {

    private ScreenLanguage() {
    }

    /** "nl" for a Dutch bundle, "en" for the English base bundle. */
    public static String of(ResourceBundle bundle) {
        String language = bundle.getLocale().getLanguage();
        return language.isEmpty() ? Language.ENGLISH.code() : language;
    }
}
