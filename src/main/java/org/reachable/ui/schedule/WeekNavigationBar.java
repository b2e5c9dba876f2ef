package org.reachable.ui.schedule;

import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The week page's second row: previous / this week / next, a date to jump to, the week's title
 * and the pattern switch; it keeps the grid's dates and today's column in step with the
 * navigation, and says that an edit in a dated week edits the pattern.
 */
final class WeekNavigationBar {

    private WeekNavigationBar() {
    }

    /** Fills {@code bar}; {@code note} shows, in a dated week, that edits go to the pattern. */
    static void build(HBox bar, Label note, WeekNavigation navigation, WeekGrid grid, ResourceBundle bundle) {
        Button previous = new Button(bundle.getString("week.previous"));
        previous.setId("previousWeek");
        previous.setTooltip(new Tooltip(bundle.getString("week.previous.tip")));
        previous.setAccessibleText(bundle.getString("week.previous.tip"));
        previous.setOnAction(e -> navigation.previous());
        Button next = new Button(bundle.getString("week.next"));
        next.setId("nextWeek");
        next.setTooltip(new Tooltip(bundle.getString("week.next.tip")));
        next.setAccessibleText(bundle.getString("week.next.tip"));
        next.setOnAction(e -> navigation.next());
        Button thisWeek = new Button(bundle.getString("week.this"));
        thisWeek.setId("thisWeek");
        thisWeek.setMnemonicParsing(true);
        thisWeek.setOnAction(e -> navigation.thisWeek());
        DatePicker jump = new DatePicker();
        jump.setId("jumpToDate");
        jump.setPromptText(bundle.getString("week.jump.prompt"));
        jump.setPrefWidth(180);
        jump.setOnAction(e -> navigation.jumpTo(jump.getValue()));
        Label title = new Label();
        title.setId("weekTitle");
        title.getStyleClass().add("week-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(navigation::title,
                navigation.weekStartProperty()));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        ToggleButton pattern = new ToggleButton(bundle.getString("week.pattern"));
        pattern.setId("patternView");
        pattern.setMnemonicParsing(true);
        pattern.setOnAction(e -> {
            if (pattern.isSelected()) {
                navigation.pattern();
            } else {
                navigation.thisWeek();
            }
        });
        bar.getChildren().setAll(previous, thisWeek, next, jump, title, space, pattern);
        Runnable follow = () -> {
            boolean dated = !navigation.isPattern();
            pattern.setSelected(!dated);
            grid.weekStartProperty().set(navigation.weekStartProperty().get());
            grid.todayProperty().set(navigation.highlighted());
            note.setVisible(dated);
            note.setManaged(dated);
        };
        navigation.weekStartProperty().addListener(o -> follow.run());
        navigation.todayProperty().addListener(o -> follow.run());
        follow.run();
    }
}
