package org.reachable.ui.channels;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.ContactCheck.Problem;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Promise;
import org.reachable.domain.text.TextGaps;
import org.reachable.ui.Choices;
import org.reachable.ui.Fxml;

/**
 * The form for the selected channel, in the Channels page's right column. Text fields are handed to
 * the page when they lose focus or on Enter, so a half-typed address is not checked (or saved) at
 * every key; Escape takes back what was typed and not saved.
 */
public final class ChannelFormView {

    @FXML
    private GridPane form;
    @FXML
    private HBox languageHeader;
    @FXML
    private HBox nameRow;
    @FXML
    private Label nameLabel;
    @FXML
    private Label nameMessage;
    @FXML
    private ComboBox<ChannelType> kind;
    @FXML
    private Label contactLabel;
    @FXML
    private TextField contact;
    @FXML
    private Label contactMessage;
    @FXML
    private ComboBox<Promise.Kind> inside;
    @FXML
    private Spinner<Integer> insideAmount;
    @FXML
    private ComboBox<PromiseChoice.Unit> insideUnit;
    @FXML
    private ComboBox<Promise.Kind> outside;
    @FXML
    private Spinner<Integer> outsideAmount;
    @FXML
    private ComboBox<PromiseChoice.Unit> outsideUnit;
    @FXML
    private HBox noteRow;
    @FXML
    private Label noteLabel;
    @FXML
    private HBox previewRow;
    @FXML
    private ComboBox<Fallback> fallback;
    @FXML
    private CheckBox urgentOnly;
    @FXML
    private HBox conditionRow;
    @FXML
    private Label conditionLabel;
    @FXML
    private Label channelId;

    private final ChannelsViewModel page;
    private final ChannelFormViewModel viewModel;
    private final ResourceBundle bundle;
    private final LanguageColumns columns;
    /** asObject() bindings are held: a bidirectional binding alone keeps them only weakly. */
    private final List<Object> held = new ArrayList<>();
    private final Parent root;

    public ChannelFormView(ChannelsViewModel page, ResourceBundle bundle) {
        this.page = page;
        this.viewModel = page.form();
        this.bundle = bundle;
        columns = new LanguageColumns(bundle);
        root = Fxml.load(this, bundle);
    }

    @FXML
    private void initialize() {
        form.disableProperty().bind(viewModel.editingProperty().not());
        wire(contact);
        showLanguages();
        page.languages().addListener((ListChangeListener<String>) c -> showLanguages());
        contact.textProperty().bindBidirectional(viewModel.contactProperty());
        ChannelWords words = viewModel.words();
        promise(inside, insideAmount, insideUnit, words.inside());
        promise(outside, outsideAmount, outsideUnit, words.outside());
        urgentOnly.selectedProperty().bindBidirectional(viewModel.urgentOnlyProperty());
        conditionRow.disableProperty().bind(urgentOnly.selectedProperty().not());

        kind.getItems().setAll(ChannelType.values());
        kind.setConverter(Choices.shownAs(t -> typeText(bundle, t)));
        kind.valueProperty().bindBidirectional(viewModel.typeProperty());
        fallback.getItems().setAll(Fallback.values());
        fallback.setConverter(Choices.shownAs(f -> bundle.getString("channels.fallback." + f.name())));
        fallback.valueProperty().bindBidirectional(viewModel.fallbackProperty());

        contactLabel.textProperty().bind(Bindings.createStringBinding(
                () -> bundle.getString("channels.contact.label." + viewModel.typeProperty().get().name()),
                viewModel.typeProperty()));
        contact.promptTextProperty().bind(Bindings.createStringBinding(
                () -> bundle.getString("channels.contact.prompt." + viewModel.typeProperty().get().name()),
                viewModel.typeProperty()));
        message(nameMessage);
        nameMessage.textProperty().bind(viewModel.nameMessageProperty());
        contactMessage.textProperty().bind(viewModel.contactMessageProperty());
        message(contactMessage);
        viewModel.contactProblemProperty().addListener((o, was, now) -> styleContactMessage(now));
        styleContactMessage(viewModel.contactProblemProperty().get());
        channelId.textProperty().bind(Bindings.createStringBinding(() -> viewModel.channelIdProperty().get().isEmpty()
                ? "" : MessageFormat.format(bundle.getString("channels.id"),
                        viewModel.channelIdProperty().get()), viewModel.channelIdProperty()));
    }

    /** Commits on Enter and when focus leaves; Escape takes back what was typed and not saved. */
    private void wire(TextField field) {
        field.setOnAction(e -> page.commit());
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            // while the page asks before removing, Escape answers that question instead
            if (e.getCode() == KeyCode.ESCAPE && page.removalQuestionProperty().get().isEmpty()) {
                page.revert();
                field.selectAll();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                page.commit();
            }
        });
    }

    /** The rows with a column per text language, in the profile's order; labels point at the first. */
    private void showLanguages() {
        List<String> languages = page.languages();
        ChannelWords words = viewModel.words();
        columns.header(languageHeader, languages);
        columns.texts(nameRow, "name", words.names(), languages, bundle.getString("channels.name.prompt"),
                this::wire, page::commit);
        columns.texts(noteRow, "note", words.note(), languages, bundle.getString("channels.note.prompt"),
                this::wire, page::commit);
        columns.previews(previewRow, languages, words::preview);
        columns.texts(conditionRow, "condition", words.urgentCondition(), languages,
                bundle.getString("channels.urgentCondition.prompt"), this::wire, page::commit);
        String first = languages.get(0);
        nameLabel.setLabelFor(columns.field("name", first));
        noteLabel.setLabelFor(columns.field("note", first));
        conditionLabel.setLabelFor(columns.field("condition", first));
    }

    /** A promise as a choice; "within" shows its number and unit. */
    private void promise(ComboBox<Promise.Kind> kind, Spinner<Integer> amount, ComboBox<PromiseChoice.Unit> unit,
            PromiseChoice choice) {
        kind.getItems().setAll(Promise.Kind.WITHIN, Promise.Kind.SAME_WORKING_DAY, Promise.Kind.NEXT_WORKING_DAY,
                Promise.Kind.WHEN_BACK, Promise.Kind.NONE);
        kind.setConverter(Choices.shownAs(k -> bundle.getString("channels.promise." + k.name())));
        kind.valueProperty().bindBidirectional(choice.kindProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory numbers =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, PromiseChoice.most(choice.unitProperty().get()));
        amount.setValueFactory(numbers);
        numbers.maxProperty().bind(Bindings.createIntegerBinding(
                () -> PromiseChoice.most(choice.unitProperty().get()), choice.unitProperty()));
        ObjectProperty<Integer> boxed = choice.amountProperty().asObject();
        held.add(boxed);
        numbers.valueProperty().bindBidirectional(boxed);
        unit.getItems().setAll(PromiseChoice.Unit.values());
        unit.setConverter(Choices.shownAs(u -> bundle.getString("channels.unit." + u.name())));
        unit.valueProperty().bindBidirectional(choice.unitProperty());
        for (Node part : List.of(amount, unit)) {
            part.visibleProperty().bind(choice.kindProperty().isEqualTo(Promise.Kind.WITHIN));
            part.managedProperty().bind(part.visibleProperty());
        }
    }

    /**
     * Puts the cursor where something is missing: the words of {@code field} in {@code language},
     * or the contact detail when {@code field} is null.
     */
    void focus(TextGaps.Field field, String language) {
        TextField target = contact;
        if (field != null) {
            String key = switch (field) {
                case NAME -> "name";
                case NOTE -> "note";
                case URGENT_CONDITION -> "condition";
            };
            target = columns.field(key, language);
        }
        if (target != null) {
            target.requestFocus();
            target.selectAll();
        }
    }

    private void styleContactMessage(Problem check) {
        contactMessage.getStyleClass().removeAll("field-problem", "field-hint");
        contactMessage.getStyleClass().add(check == Problem.EMPTY ? "field-hint" : "field-problem");
    }

    /** A message label takes no room while it is empty. */
    static void message(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** A channel type as the screen names it ("Telefoon"). */
    static String typeText(ResourceBundle bundle, ChannelType type) {
        return bundle.getString("channels.type." + type.name());
    }

    public Parent root() {
        return root;
    }
}
