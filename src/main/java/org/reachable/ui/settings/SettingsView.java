package org.reachable.ui.settings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Theme;
import org.reachable.domain.status.State;
import org.reachable.ui.Choices;
import org.reachable.ui.Fxml;
import org.reachable.ui.TextLanguages;

/**
 * The Settings screen: switches, the profile, the screen language and the hooks, each saved as soon
 * as it changes; a text field when it loses focus or on Enter.
 */
public final class SettingsView {

    public static final String BUNDLE = "org.reachable.ui.settings.SettingsView";

    @FXML
    private CheckBox startAtLogin;
    @FXML
    private CheckBox notifications;
    @FXML
    private CheckBox silenceDesktop;
    @FXML
    private Spinner<Integer> headsUp;
    @FXML
    private ComboBox<Theme> theme;
    @FXML
    private Label problem;
    @FXML
    private Label headsUpLabel;
    @FXML
    private Label themeLabel;
    @FXML
    private Label uiLanguageLabel;
    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox sections;
    @FXML
    private ComboBox<String> uiLanguage;
    @FXML
    private TextField name;
    @FXML
    private TextField business;
    @FXML
    private SearchableComboBox<String> homeZone;
    @FXML
    private VBox zoneChangeBox;
    @FXML
    private Label zoneChange;
    @FXML
    private Button confirmHomeZone;
    @FXML
    private Button cancelHomeZone;
    @FXML
    private ComboBox<TextLanguages> textLanguages;
    @FXML
    private ComboBox<Register> register;
    @FXML
    private ComboBox<EnglishVariant> english;
    @FXML
    private SearchableComboBox<String> clientZone;
    @FXML
    private TextField hookAvailable;
    @FXML
    private TextField hookFocus;
    @FXML
    private TextField hookOff;

    private final SettingsViewModel viewModel;
    private final ResourceBundle bundle;
    private final Parent root;
    /** Kept: a bidirectional binding holds its ends only weakly. */
    private ObjectProperty<Integer> minutes;

    public SettingsView(SettingsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        root = Fxml.load(this, bundle);
        followFocus(scroll);
    }

    /**
     * The page scrolls to the field that gets the focus, so Tab through a long page never leaves
     * the caret out of sight (a ScrollPane does not do that by itself).
     */
    private static void followFocus(ScrollPane scroll) {
        ChangeListener<Node> follow = (o, was, node) -> {
            Node content = scroll.getContent();
            if (node == null || content == null || !isInside(node, content)) {
                return;
            }
            Bounds in = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double viewport = scroll.getViewportBounds().getHeight();
            double extra = content.getBoundsInLocal().getHeight() - viewport;
            if (extra <= 0) {
                return;
            }
            double top = scroll.getVvalue() * extra;
            if (in.getMinY() < top) {
                scroll.setVvalue(Math.max(0, in.getMinY() - 8) / extra);
            } else if (in.getMaxY() > top + viewport) {
                scroll.setVvalue(Math.min(extra, in.getMaxY() + 8 - viewport) / extra);
            }
        };
        scroll.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(follow);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(follow);
            }
        });
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Adds a section with its own FXML, bundle and view-model (Calendar server…) at the end of the page. */
    public void addSection(Parent section) {
        sections.getChildren().add(section);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    @FXML
    private void initialize() {
        // the FXML cannot point forward to a control, so these labels learn their control here
        headsUpLabel.setLabelFor(headsUp);
        themeLabel.setLabelFor(theme);
        uiLanguageLabel.setLabelFor(uiLanguage);
        startAtLogin.selectedProperty().bindBidirectional(viewModel.startAtLoginProperty());
        notifications.selectedProperty().bindBidirectional(viewModel.notificationsProperty());
        silenceDesktop.selectedProperty().bindBidirectional(viewModel.silenceDesktopProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, SettingsViewModel.MAX_HEADS_UP, viewModel.headsUpMinutesProperty().get());
        headsUp.setValueFactory(factory);
        minutes = viewModel.headsUpMinutesProperty().asObject();
        factory.valueProperty().bindBidirectional(minutes);
        // a typed number counts when the field loses focus too, not only on Enter
        headsUp.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        theme.getItems().setAll(Theme.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme choice) {
                return choice == null ? "" : bundle.getString("settings.theme." + choice.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Theme fromString(String text) {
                return theme.getItems().stream().filter(t -> toString(t).equals(text)).findFirst().orElse(Theme.SYSTEM);
            }
        });
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());
        uiLanguage.getItems().setAll(SettingsViewModel.UI_LANGUAGES);
        uiLanguage.setConverter(Choices.shownAs(code -> bundle.getString("settings.uiLanguage."
                + (code.isEmpty() ? "system" : code))));
        follow(uiLanguage.valueProperty(), viewModel.uiLanguageProperty());

        name.textProperty().bindBidirectional(viewModel.profile().nameProperty());
        business.textProperty().bindBidirectional(viewModel.profile().businessProperty());
        for (TextField field : List.of(name, business)) {
            commitOnLeave(field, viewModel.profile()::commit);
        }
        homeZone.setItems(viewModel.zones().zones());
        follow(homeZone.valueProperty(), viewModel.zones().homeZoneProperty());
        // a new home zone says what it does to the times before it is saved
        zoneChange.textProperty().bind(viewModel.zones().zoneChangeProperty());
        zoneChangeBox.visibleProperty().bind(viewModel.zones().zoneChangeProperty().isNotEmpty());
        zoneChangeBox.managedProperty().bind(zoneChangeBox.visibleProperty());
        confirmHomeZone.setOnAction(e -> viewModel.zones().confirmHomeZone());
        cancelHomeZone.setOnAction(e -> viewModel.zones().cancelHomeZone());
        clientZone.setItems(viewModel.zones().clientZones());
        clientZone.setConverter(Choices.shownAs(id -> id.isEmpty() ? bundle.getString("settings.clientZone.none") : id));
        follow(clientZone.valueProperty(), viewModel.zones().clientZoneProperty());
        textLanguages.getItems().setAll(TextLanguages.values());
        textLanguages.setConverter(Choices.shownAs(choice -> bundle.getString("settings.textLanguages." + choice.name())));
        textLanguages.valueProperty().bindBidirectional(viewModel.profile().textLanguagesProperty());
        register.getItems().setAll(Register.values());
        register.setConverter(Choices.shownAs(choice -> bundle.getString("settings.register." + choice.name())));
        register.valueProperty().bindBidirectional(viewModel.profile().registerProperty());
        english.getItems().setAll(EnglishVariant.values());
        english.setConverter(Choices.shownAs(choice -> bundle.getString("settings.english." + choice.name())));
        english.valueProperty().bindBidirectional(viewModel.profile().englishProperty());

        hookAvailable.textProperty().bindBidirectional(viewModel.hookProperty(State.AVAILABLE));
        hookFocus.textProperty().bindBidirectional(viewModel.hookProperty(State.FOCUS));
        hookOff.textProperty().bindBidirectional(viewModel.hookProperty(State.OFF));
        for (TextField field : List.of(hookAvailable, hookFocus, hookOff)) {
            commitOnLeave(field, viewModel::commitHooks);
        }

        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
    }

    /**
     * Keeps a choice and the model's value the same both ways. Not a bidirectional binding: when
     * the model refuses a value and puts the old one back from inside the change, a binding would
     * not pass that on, and the list would show the refused value (or nothing).
     */
    private static <T> void follow(ObjectProperty<T> control,
            ObjectProperty<T> model) {
        control.set(model.get());
        control.addListener((o, was, now) -> {
            if (!Objects.equals(now, model.get())) {
                model.set(now);
            }
            if (!Objects.equals(control.get(), model.get())) {
                Platform.runLater(() -> control.set(model.get()));
            }
        });
        model.addListener((o, was, now) -> {
            if (!Objects.equals(now, control.get())) {
                control.set(now);
            }
        });
    }

    /** Saves a text field on Enter and when the focus leaves it, not at every key. */
    private static void commitOnLeave(TextField field, Runnable commit) {
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
    }


    private void commit() {
        String text = headsUp.getEditor().getText().trim();
        try {
            int value = Integer.parseInt(text);
            headsUp.getValueFactory().setValue(Math.max(0, Math.min(SettingsViewModel.MAX_HEADS_UP, value)));
        } catch (NumberFormatException e) {
            // not a number: show the value that holds
        }
        headsUp.getEditor().setText(String.valueOf(headsUp.getValue()));
    }

    public Parent root() {
        return root;
    }
}
