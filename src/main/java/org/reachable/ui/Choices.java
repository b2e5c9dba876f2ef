package org.reachable.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice list shows its values in words. */
public final class Choices {

    private Choices() {
    }

    /**
     * Shows each value as {@code text} says. The lists that use it are not editable, so nothing is
     * read back from text.
     */
    public static <T> StringConverter<T> shownAs(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
