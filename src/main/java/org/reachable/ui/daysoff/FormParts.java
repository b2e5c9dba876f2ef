package org.reachable.ui.daysoff;

import java.time.LocalDate;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** What the days-off page and its two forms share in how they show things. */
final class FormParts {

    private FormParts() {
    }

    /** Shown, and taking room, only while {@code shown} holds. */
    static void shownWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    /** A form shown while {@code open} holds, with the focus on {@code firstField} as it opens. */
    static void shownWhileOpen(Node form, ObservableBooleanValue open, Node firstField) {
        shownWhen(form, open);
        open.addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(firstField::requestFocus);
            }
        });
    }

    /** Dates shown as "24-12-2026" and read in every way {@link DayTexts} knows. */
    static StringConverter<LocalDate> dates(DayTexts texts) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return value == null ? "" : DayTexts.typedForm(value);
            }

            @Override
            public LocalDate fromString(String text) {
                return texts.parseDate(text).orElse(null);
            }
        };
    }

    /** A date typed and not yet committed (Enter on Save straight from the field) still counts. */
    static void commitDates(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            String text = picker.getEditor().getText();
            LocalDate typed = picker.getConverter().fromString(text);
            if (typed != null && !typed.equals(picker.getValue())) {
                picker.setValue(typed);
            }
        }
    }
}
