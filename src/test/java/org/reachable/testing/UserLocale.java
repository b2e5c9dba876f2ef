package org.reachable.testing;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The user's language for a test of words the app says (the command line reads the JVM's default
 * locale): set before each test, and the JVM's own restored after it, also when the test changed
 * it again on the way. Use as {@code @RegisterExtension final UserLocale locale = UserLocale.of("nl");}.
 */
public final class UserLocale implements BeforeEachCallback, AfterEachCallback {

    private final Locale locale;
    private Locale previous;

    private UserLocale(Locale locale) {
        this.locale = locale;
    }

    public static UserLocale of(String languageTag) {
        return new UserLocale(Locale.forLanguageTag(languageTag));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        previous = Locale.getDefault();
        Locale.setDefault(locale);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(previous);
    }
}
