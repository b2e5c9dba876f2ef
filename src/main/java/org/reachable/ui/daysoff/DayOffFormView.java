package org.reachable.ui.daysoff;

import static org.reachable.ui.daysoff.FormParts.shownWhen;

import java.util.List;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.reachable.domain.model.DayOffReason;
import org.reachable.ui.Choices;
import org.reachable.ui.Fxml;

/**
 * The form for one day off, below the list of days off: first and last day, reason, stand-in,
 * back-on day (derived until the user picks one), urgent line off, description. Shown while the
 * form is open, with the focus on the first day; Enter saves and Escape cancels meanwhile.
 */
public final class DayOffFormView {

    @FXML
    private Label dayOffTitle;
    @FXML
    private DatePicker first;
    @FXML
    private DatePicker last;
    @FXML
    private ComboBox<DayOffReason> reason;
    @FXML
    private TextField standIn;
    @FXML
    private DatePicker backOn;
    @FXML
    private Label backOnHint;
    @FXML
    private Button backOnReset;
    @FXML
    private CheckBox urgentLineOff;
    @FXML
    private TextField summary;
    @FXML
    private Label dayOffProblem;
    @FXML
    private Label dayOffNote;
    @FXML
    private Button saveDayOff;
    @FXML
    private Button cancelDayOff;

    private final DaysOffViewModel page;
    private final DayOffFormViewModel form;
    private final Parent root;

    public DayOffFormView(DaysOffViewModel page, ResourceBundle bundle) {
        this.page = page;
        form = page.dayOffForm();
        root = Fxml.load(this, bundle);
        FormParts.shownWhileOpen(root, form.openProperty(), first);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        dayOffTitle.textProperty().bind(form.titleProperty());
        for (DatePicker picker : List.of(first, last, backOn)) {
            picker.setConverter(FormParts.dates(page.texts()));
        }
        first.valueProperty().bindBidirectional(form.firstProperty());
        last.valueProperty().bindBidirectional(form.lastProperty());
        backOn.valueProperty().bindBidirectional(form.backOnProperty());
        backOnHint.textProperty().bind(form.backOnHintProperty());
        shownWhen(backOnReset, form.backOnDerivedProperty().not());
        reason.getItems().setAll(DayOffReason.values());
        reason.setConverter(Choices.shownAs(page::reason)); // not editable: nothing is read back from text
        reason.valueProperty().bindBidirectional(form.reasonProperty());
        standIn.textProperty().bindBidirectional(form.standInProperty());
        summary.textProperty().bindBidirectional(form.summaryProperty());
        urgentLineOff.selectedProperty().bindBidirectional(form.urgentLineOffProperty());
        dayOffProblem.textProperty().bind(form.problemProperty());
        shownWhen(dayOffProblem, form.problemProperty().isNotEmpty());
        dayOffNote.textProperty().bind(form.noteProperty());
        shownWhen(dayOffNote, form.noteProperty().isNotEmpty());
        saveDayOff.disableProperty().bind(form.problemProperty().isNotEmpty());
        // Enter saves and Escape cancels, but only while this form is the one open
        saveDayOff.defaultButtonProperty().bind(form.openProperty());
        cancelDayOff.cancelButtonProperty().bind(form.openProperty());
    }

    @FXML
    private void useDerivedBackOn() {
        form.useDerivedBackOn();
    }

    @FXML
    private void saveDayOff() {
        FormParts.commitDates(first, last, backOn);
        page.saveDayOff();
    }

    @FXML
    private void cancelDayOff() {
        form.close();
    }
}
