package org.reachable.ui.texts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.reachable.domain.text.Words;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.TextService;

/**
 * The Texts page's line on how long the text shown stays right (issue 11): a text pasted once
 * that describes the week holds until the hours change; its dated variant names a day off and
 * holds until that day is over, and the page says the date. The auto-reply and the briefing
 * speak of now and have their own line.
 */
final class ValidityLine {

    private ValidityLine() {
    }

    static String of(ResourceBundle bundle, Locale locale, Target target, boolean asked,
            TextService.Validity validity) {
        if (!target.pasteOnce()) {
            return "";
        }
        if (validity.lastDay().isPresent()) {
            String day = Words.forLocale(locale).dateWithYear(validity.lastDay().get());
            return new MessageFormat(bundle.getString("validity.dated"), locale).format(new Object[] {day});
        }
        return bundle.getString(asked ? "validity.noDayOff" : "validity.week");
    }
}
