package org.reachable.ui.schedule;

import java.util.function.DoubleUnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/** The week grid's hour labels left of the columns; scrolls with the body, clipped to the view. */
final class HourAxis extends Pane {

    private final Pane axisContent = new Pane();
    private final Label[] hourLabels = new Label[24];
    private final Rectangle axisClip = new Rectangle();

    HourAxis(WeekTimes times) {
        getStyleClass().add("week-axis");
        setClip(axisClip);
        getChildren().add(axisContent);
        for (int h = 0; h < 24; h++) {
            Label label = new Label(times.hour(h));
            label.getStyleClass().add("hour-label");
            label.setManaged(false);
            label.setVisible(h > 0); // the 0:00 line is the top edge: its label would be cut in half
            hourLabels[h] = label;
            axisContent.getChildren().add(label);
        }
        setManaged(false);
    }

    /** Places the labels on their lines; {@code y} gives a minute's height in the scrolled content. */
    void place(double width, double height, DoubleUnaryOperator y) {
        axisClip.setWidth(width);
        axisClip.setHeight(height);
        for (int hr = 0; hr < 24; hr++) {
            Label label = hourLabels[hr];
            double lh = label.prefHeight(-1);
            label.resizeRelocate(0, snapPositionY(y.applyAsDouble(hr * 60.0) - lh / 2), width - 8, lh);
        }
    }

    void scrollTo(double value) {
        axisContent.relocate(0, -value);
    }
}
