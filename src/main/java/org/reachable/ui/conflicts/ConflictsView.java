package org.reachable.ui.conflicts;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reachable.domain.sync.SyncChoice;
import org.reachable.ui.Fxml;

/**
 * The conflict question: per entry a card with this computer's version beside the server's, and
 * the three answers as radio buttons; "Use these choices" makes the answers given.
 */
public final class ConflictsView {

    public static final String BUNDLE = "org.reachable.ui.conflicts.ConflictsView";

    @FXML
    private VBox list;
    @FXML
    private Label message;
    @FXML
    private Button apply;
    @FXML
    private Button later;

    private final Parent root;
    private final ResourceBundle bundle;

    /** @param close what "Later" does (hides the window; the questions wait) */
    public ConflictsView(ConflictsViewModel viewModel, ResourceBundle bundle, Runnable close) {
        this.bundle = bundle;
        root = Fxml.load(this, bundle);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        apply.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.questions()));
        apply.setOnAction(e -> viewModel.apply());
        later.setOnAction(e -> close.run());
        // every question answered: nothing is left for later
        later.textProperty().bind(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(
                viewModel.questions())).then(bundle.getString("conflicts.close")).otherwise(bundle.getString("conflicts.later")));
        viewModel.questions().addListener((ListChangeListener<ConflictsViewModel.Question>) c -> fill(viewModel));
        fill(viewModel);
    }

    private void fill(ConflictsViewModel viewModel) {
        list.getChildren().setAll(viewModel.questions().stream().map(this::card).toList());
    }

    private Node card(ConflictsViewModel.Question question) {
        Label title = new Label(question.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        GridPane sides = new GridPane();
        sides.setHgap(16);
        sides.setVgap(4);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            sides.getColumnConstraints().add(half);
        }
        sides.add(side("conflicts.here"), 0, 0);
        sides.add(side("conflicts.server"), 1, 0);
        sides.add(version(question.here()), 0, 1);
        sides.add(version(question.server()), 1, 1);
        ToggleGroup group = new ToggleGroup();
        VBox answers = new VBox(6, answer(group, "conflicts.keepHere", SyncChoice.HERE),
                answer(group, "conflicts.takeServer", SyncChoice.SERVER));
        if (question.bothPossible()) {
            answers.getChildren().add(answer(group, "conflicts.keepBoth", SyncChoice.BOTH));
        }
        group.selectedToggleProperty().addListener((o, was, now) ->
                question.choiceProperty().set(now == null ? null : (SyncChoice) now.getUserData()));
        for (Toggle toggle : group.getToggles()) {
            toggle.setSelected(toggle.getUserData() == question.choiceProperty().get());
        }
        VBox card = new VBox(title, sides, answers);
        card.getStyleClass().add("card");
        card.setUserData(question.uid());
        return card;
    }

    private Label side(String key) {
        Label label = new Label(bundle.getString(key));
        label.getStyleClass().add("side");
        return label;
    }

    private static Label version(String words) {
        Label label = new Label(words);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private RadioButton answer(ToggleGroup group, String key, SyncChoice choice) {
        RadioButton button = new RadioButton(bundle.getString(key));
        button.setMnemonicParsing(false); // one card under another: the letters would repeat
        button.setToggleGroup(group);
        button.setUserData(choice);
        button.setId(choice.name().toLowerCase(Locale.ROOT));
        return button;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    public Parent root() {
        return root;
    }
}
