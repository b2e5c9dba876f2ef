package org.reachable.ui.schedule;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/** The week grid's row of day names above the columns, the locale's first day first; today marked. */
final class DayHeader extends Pane {

    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");

    private final DayOfWeek firstDay;
    private final Label[] dayLabels = new Label[7];
    private final Locale locale;
    private java.time.LocalDate shownFrom;

    DayHeader(DayOfWeek firstDay, Locale locale) {
        this.firstDay = firstDay;
        this.locale = locale;
        getStyleClass().add("week-header");
        for (int c = 0; c < 7; c++) {
            DayOfWeek day = firstDay.plus(c);
            Label label = new Label(day.getDisplayName(TextStyle.SHORT, locale));
            label.setAccessibleText(day.getDisplayName(TextStyle.FULL, locale));
            label.getStyleClass().add("day-name");
            label.setAlignment(Pos.CENTER);
            label.setManaged(false);
            dayLabels[c] = label;
            getChildren().add(label);
        }
        setManaged(false);
    }

    /** Dated columns ("ma 23 nov.") from {@code start}, or weekday names alone (null). */
    void dates(java.time.LocalDate start) {
        if (java.util.Objects.equals(start, shownFrom)) {
            return;
        }
        shownFrom = start;
        // the month only where it starts and in the first column: "ma 28 dec.", "di 29", "vr 1 jan.";
        // a column is too narrow for "wo 25 nov." in bold, and the title names the months anyway
        java.time.format.DateTimeFormatter withMonth = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM",
                locale);
        java.time.format.DateTimeFormatter dayOnly = java.time.format.DateTimeFormatter.ofPattern("EEE d", locale);
        java.time.format.DateTimeFormatter full = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.FULL).withLocale(locale);
        for (int c = 0; c < 7; c++) {
            DayOfWeek day = firstDay.plus(c);
            dayLabels[c].setText(start == null ? day.getDisplayName(TextStyle.SHORT, locale)
                    : (c == 0 || start.plusDays(c).getDayOfMonth() == 1 ? withMonth : dayOnly)
                            .format(start.plusDays(c)));
            dayLabels[c].setAccessibleText(start == null ? day.getDisplayName(TextStyle.FULL, locale)
                    : full.format(start.plusDays(c)));
        }
    }

    /** Places the names over columns of {@code columnW} that start {@code left} from this row's edge. */
    void place(double left, double columnW, double height, DayOfWeek today) {
        for (int c = 0; c < 7; c++) {
            dayLabels[c].resizeRelocate(snapPositionX(left + c * columnW), 0, snapSizeX(columnW), height);
            dayLabels[c].pseudoClassStateChanged(TODAY, firstDay.plus(c) == today);
        }
    }
}
