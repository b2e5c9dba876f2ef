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

    DayHeader(DayOfWeek firstDay, Locale locale) {
        this.firstDay = firstDay;
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

    /** Places the names over columns of {@code columnW} that start {@code left} from this row's edge. */
    void place(double left, double columnW, double height, DayOfWeek today) {
        for (int c = 0; c < 7; c++) {
            dayLabels[c].resizeRelocate(snapPositionX(left + c * columnW), 0, snapSizeX(columnW), height);
            dayLabels[c].pseudoClassStateChanged(TODAY, firstDay.plus(c) == today);
        }
    }
}
