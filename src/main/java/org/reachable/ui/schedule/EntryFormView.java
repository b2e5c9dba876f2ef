package org.reachable.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.EntryKind;
import org.reachable.ui.Choices;
import org.reachable.ui.Fxml;
import org.reachable.ui.ScreenLanguage;
import org.reachable.ui.TimeText;

/**
 * The form behind a block, shown as a dialog: kind, weekdays, exact times, channels and a
 * description, each with its message under it while it is wrong; OK stays off until all is right.
 */
public final class EntryFormView {

    @FXML
    private ToggleGroup kinds;
    @FXML
    private RadioButton windowKind;
    @FXML
    private RadioButton focusKind;
    @FXML
    private HBox days;
    @FXML
    private Label daysError;
    @FXML
    private TextField start;
    @FXML
    private TextField end;
    @FXML
    private Label crossesMidnight;
    @FXML
    private Label timesError;
    @FXML
    private CheckComboBox<String> channels;
    @FXML
    private Label focusHint;
    @FXML
    private Label channelsError;
    @FXML
    private TextField summary;
    @FXML
    private DatePicker firstDate;
    @FXML
    private DatePicker lastDate;
    @FXML
    private Label datesError;
    @FXML
    private ChoiceBox<Integer> repeat;
    @FXML
    private Label repeatHint;

    private final EntryFormViewModel form;
    private final ResourceBundle bundle;
    private final Locale locale;
    private final Parent root;

    public EntryFormView(EntryFormViewModel form, ResourceBundle bundle, Locale locale) {
        this.form = form;
        this.bundle = bundle;
        this.locale = locale;
        root = Fxml.load(this, bundle);
    }

    @FXML
    private void initialize() {
        KindToggles.bind(kinds, windowKind, focusKind, form.kindProperty());
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = first.plus(i);
            ToggleButton button = new ToggleButton(day.getDisplayName(TextStyle.SHORT, locale));
            button.setId("day-" + day.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add("day-toggle");
            // "Wed" whole, never "…": at least as wide as its name, sharing the row's width
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, javafx.scene.layout.Priority.ALWAYS);
            button.selectedProperty().bindBidirectional(form.dayProperty(day));
            days.getChildren().add(button);
        }
        start.textProperty().bindBidirectional(form.startProperty());
        end.textProperty().bindBidirectional(form.endProperty());
        summary.textProperty().bindBidirectional(form.summaryProperty());
        crossesMidnight.visibleProperty().bind(Bindings.createBooleanBinding(() -> crosses(),
                form.startProperty(), form.endProperty()));
        crossesMidnight.managedProperty().bind(crossesMidnight.visibleProperty());

        for (Channel channel : form.channelChoices()) {
            channels.getItems().add(channel.id());
        }
        channels.setConverter(Choices.shownAs(id -> form.channelChoices().stream().filter(c -> c.id().equals(id))
                .map(c -> c.name(ScreenLanguage.of(bundle))).findFirst().orElse(id)));
        for (String id : form.channels()) {
            channels.getCheckModel().check(id);
        }
        channels.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                form.channels().setAll(channels.getCheckModel().getCheckedItems()));
        focusHint.visibleProperty().bind(form.kindProperty().isEqualTo(EntryKind.FOCUS));
        focusHint.managedProperty().bind(focusHint.visibleProperty());

        message(daysError, form.daysErrorProperty());
        message(timesError, form.timesErrorProperty());
        message(channelsError, form.channelsErrorProperty());
        message(datesError, form.datesErrorProperty());
        for (DatePicker picker : new DatePicker[] {firstDate, lastDate}) {
            // dates as the screen's language writes them, not the OS's
            picker.setConverter(dates());
        }
        firstDate.valueProperty().bindBidirectional(form.firstDateProperty());
        repeatChoice();
        lastDate.valueProperty().bindBidirectional(form.lastDateProperty());
    }

    /** Every week or every other week; a calendar app's "every 3 weeks" shows as a third choice and stays. */
    private void repeatChoice() {
        repeat.getItems().setAll(1, 2);
        if (form.weeksProperty().get() > 2) {
            repeat.getItems().add(form.weeksProperty().get());
        }
        repeat.setConverter(Choices.shownAs(n -> n == null ? "" : n <= 2 ? bundle.getString("form.repeat." + n)
                : java.text.MessageFormat.format(bundle.getString("form.repeat.n"), n)));
        repeat.setValue(form.weeksProperty().get());
        repeat.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                form.weeksProperty().set(now);
            }
        });
        form.weeksProperty().addListener((o, was, now) -> repeat.setValue(now.intValue()));
        repeatHint.textProperty().bind(form.repeatHintProperty());
        repeatHint.visibleProperty().bind(Bindings.isNotEmpty(form.repeatHintProperty()));
        repeatHint.managedProperty().bind(repeatHint.visibleProperty());
        repeatHint.visibleProperty().addListener((o, was, now) -> growToFit());
    }

    private boolean crosses() {
        Optional<LocalTime> from = TimeText.parse(form.startProperty().get());
        Optional<LocalTime> to = TimeText.parse(form.endProperty().get());
        return from.isPresent() && to.isPresent() && to.get().isBefore(from.get())
                && !to.get().equals(LocalTime.MIDNIGHT);
    }

    /** "31-3-2027", "31/03/2027": the locale's short date, read back in its short or medium form. */
    private StringConverter<LocalDate> dates() {
        DateTimeFormatter shortForm = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        DateTimeFormatter mediumForm = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return value == null ? "" : shortForm.format(value);
            }

            @Override
            public LocalDate fromString(String text) {
                for (DateTimeFormatter format : List.of(shortForm, mediumForm)) {
                    try {
                        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim(), format);
                    } catch (DateTimeParseException e) {
                        // try the next form
                    }
                }
                return null;
            }
        };
    }

    /** A date typed but not yet committed (OK clicked straight from the field) still counts; empty clears it. */
    private void commitTypedDates() {
        for (DatePicker picker : List.of(firstDate, lastDate)) {
            LocalDate typed = picker.getConverter().fromString(picker.getEditor().getText());
            if (!java.util.Objects.equals(typed, picker.getValue())) {
                picker.setValue(typed);
            }
        }
    }

    private void message(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        // a message that appears makes the form taller: the dialog grows, its buttons stay in view
        label.visibleProperty().addListener((o, was, now) -> growToFit());
    }

    private void growToFit() {
        javafx.application.Platform.runLater(() -> {
            if (root.getScene() != null && root.getScene().getWindow() != null) {
                root.getScene().getWindow().sizeToScene();
            }
        });
    }

    /** Shows the form as a dialog over {@code owner}; true when the user pressed OK with a valid form. */
    public boolean showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString(form.isNew() ? "form.title.new" : "form.title.edit"));
        dialog.getDialogPane().setContent(root);
        // own buttons: JavaFX words its standard ones in the OS language, not the one the app speaks
        ButtonType ok = new ButtonType(bundle.getString("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(bundle.getString("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(form.validProperty().not());
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            commitTypedDates();
            if (!form.validProperty().get()) {
                e.consume(); // the typed date made the form wrong: its message shows, the dialog stays
            }
        });
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        dialog.setOnShown(e -> start.requestFocus());
        return dialog.showAndWait().filter(b -> b == ok).isPresent();
    }

    public Parent root() {
        return root;
    }
}
