package org.reachable.ui.welcome;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SearchableComboBox;
import org.reachable.domain.model.ContactCheck.Problem;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Register;
import org.reachable.ui.Choices;
import org.reachable.ui.Fxml;
import org.reachable.ui.TextLanguages;

/** The first-start screen: the profile, the contacts of the example channels and the week to start with. */
public final class WelcomeView {

    public static final String BUNDLE = "org.reachable.ui.welcome.WelcomeView";

    @FXML
    private TextField name;
    @FXML
    private TextField business;
    @FXML
    private ComboBox<TextLanguages> textLanguages;
    @FXML
    private Label registerLabel;
    @FXML
    private HBox registerBox;
    @FXML
    private RadioButton registerJe;
    @FXML
    private RadioButton registerU;
    @FXML
    private Label englishLabel;
    @FXML
    private HBox englishBox;
    @FXML
    private RadioButton british;
    @FXML
    private RadioButton american;
    @FXML
    private SearchableComboBox<String> zone;
    @FXML
    private SearchableComboBox<String> clientZone;
    @FXML
    private TextField phone;
    @FXML
    private Label phoneMessage;
    @FXML
    private TextField email;
    @FXML
    private Label emailMessage;
    @FXML
    private RadioButton exampleChoice;
    @FXML
    private RadioButton emptyChoice;
    @FXML
    private CheckBox silenceDesktop;
    @FXML
    private Button skipButton;
    @FXML
    private Button startButton;

    private final WelcomeViewModel viewModel;
    private final ResourceBundle bundle;
    private final Parent root;

    public WelcomeView(WelcomeViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        root = Fxml.load(this, bundle);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        business.textProperty().bindBidirectional(viewModel.businessProperty());

        textLanguages.getItems().setAll(TextLanguages.values());
        textLanguages.setConverter(Choices.shownAs(c -> bundle.getString("welcome.textLanguages." + c.name())));
        textLanguages.valueProperty().bindBidirectional(viewModel.textLanguagesProperty());
        // the radio pairs are reached by Tab like any field; their label names the first
        registerLabel.setLabelFor(registerJe);
        englishLabel.setLabelFor(british);
        pair(viewModel.registerProperty(), registerJe, Register.JE, registerU, Register.U);
        pair(viewModel.englishProperty(), british, EnglishVariant.BRITISH, american, EnglishVariant.AMERICAN);
        // a question that does not count for the languages chosen stays in place, greyed out
        ObservableValue<Boolean> noDutch = viewModel.registerApplies().not();
        ObservableValue<Boolean> noEnglish = viewModel.englishApplies().not();
        registerBox.disableProperty().bind(noDutch);
        registerLabel.disableProperty().bind(noDutch);
        englishBox.disableProperty().bind(noEnglish);
        englishLabel.disableProperty().bind(noEnglish);

        zone.setItems(viewModel.zones());
        zone.valueProperty().bindBidirectional(viewModel.zoneProperty());
        clientZone.setItems(viewModel.clientZones());
        clientZone.setConverter(Choices.shownAs(id -> id.isEmpty() ? bundle.getString("welcome.clientZone.none") : id));
        clientZone.valueProperty().bindBidirectional(viewModel.clientZoneProperty());

        phone.textProperty().bindBidirectional(viewModel.phoneProperty());
        email.textProperty().bindBidirectional(viewModel.emailProperty());
        for (TextField field : new TextField[] {phone, email}) {
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    viewModel.checkContacts();
                }
            });
        }
        viewModel.phoneProblemProperty().addListener((o, was, now) -> showPhone(now));
        viewModel.emailProblemProperty().addListener((o, was, now) -> showEmail(now));
        showPhone(viewModel.phoneProblemProperty().get());
        showEmail(viewModel.emailProblemProperty().get());

        exampleChoice.setSelected(viewModel.exampleWeekProperty().get());
        emptyChoice.setSelected(!viewModel.exampleWeekProperty().get());
        exampleChoice.selectedProperty().addListener((o, was, now) -> viewModel.exampleWeekProperty().set(now));
        silenceDesktop.selectedProperty().bindBidirectional(viewModel.silenceDesktopProperty());

        startButton.disableProperty().bind(zone.valueProperty().isNull());
        startButton.setOnAction(e -> viewModel.start());
        skipButton.setOnAction(e -> viewModel.skip());
    }

    /** Two radio buttons and the value they choose between, kept the same both ways. */
    private static <T> void pair(ObjectProperty<T> value, RadioButton first, T firstValue, RadioButton second,
            T secondValue) {
        first.setSelected(value.get() == firstValue);
        second.setSelected(value.get() == secondValue);
        first.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                value.set(firstValue);
            }
        });
        second.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                value.set(secondValue);
            }
        });
        value.addListener((o, was, now) -> {
            first.setSelected(now == firstValue);
            second.setSelected(now == secondValue);
        });
    }

    /** Under the phone field: which channels it is for, or what is wrong with it. */
    private void showPhone(Problem problem) {
        boolean fine = problem.saves();
        phoneMessage.setText(fine ? bundle.getString("welcome.phone.hint") : words(problem));
        phoneMessage.getStyleClass().removeAll("hint", "field-error");
        phoneMessage.getStyleClass().add(fine ? "hint" : "field-error");
    }

    private void showEmail(Problem problem) {
        boolean fine = problem.saves();
        emailMessage.setText(fine ? "" : words(problem));
        emailMessage.setVisible(!fine);
        emailMessage.setManaged(!fine);
    }

    private String words(Problem problem) {
        return bundle.getString("welcome.contact." + problem.name().toLowerCase(Locale.ROOT));
    }

    public Parent root() {
        return root;
    }
}
