package org.reachable.ui.channels;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.ContactCheck.Problem;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Promise;
import org.reachable.domain.text.TextGaps;
import org.reachable.ui.channels.TranslationTodos.Todo;
import org.reachable.ui.Choices;
import org.reachable.ui.Fxml;

/**
 * The Channels screen: the channels in their order, with add, remove and move, and a form for the
 * selected one. Text fields are handed to the model when they lose focus or on Enter, so a half-typed
 * address is not checked (or saved) at every key.
 */
public final class ChannelsView {

    public static final String BUNDLE = "org.reachable.ui.channels.ChannelsView";
    /** At most this many words to translate are listed, so the channel list keeps its room. */
    private static final int TODOS_SHOWN = 5;

    @FXML
    private Label listLabel;
    @FXML
    private ListView<Channel> list;
    @FXML
    private Button up;
    @FXML
    private Button down;
    @FXML
    private MenuButton add;
    @FXML
    private Button remove;
    @FXML
    private Label none;
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
    private VBox todoBox;
    @FXML
    private VBox todoList;
    @FXML
    private Label channelId;
    @FXML
    private VBox removeBar;
    @FXML
    private Label question;
    @FXML
    private Button removeYes;
    @FXML
    private Button removeNo;
    @FXML
    private Label problem;

    private final ChannelsViewModel viewModel;
    private final ResourceBundle bundle;
    private final Parent root;
    private LanguageColumns columns;
    private final List<Object> held = new java.util.ArrayList<>();

    public ChannelsView(ChannelsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        root = Fxml.load(this, bundle);
        // Alt+Up/Down moves the selected channel from anywhere on the page
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                if (e.getCode() == KeyCode.UP) {
                    viewModel.moveUp();
                } else {
                    viewModel.moveDown();
                }
                e.consume();
            }
        });

    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    @FXML
    private void initialize() {
        listLabel.setLabelFor(list); // Alt+K: the FXML cannot point forward to the list
        list.setItems(viewModel.channels());
        list.setCellFactory(v -> new ChannelCell());
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            // the list also moves its selection while the model reorders it; only a user's choice counts
            if (!viewModel.isChanging() && now.intValue() >= 0) {
                viewModel.select(now.intValue());
            }
        });
        viewModel.selectedIndexProperty().addListener((o, was, now) -> showSelection());
        viewModel.channels().addListener((ListChangeListener<Channel>) change -> showSelection());
        showSelection();
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                askRemove();
                e.consume();
            }
        });
        up.setOnAction(e -> viewModel.moveUp());
        up.disableProperty().bind(viewModel.canMoveUpProperty().not());
        down.setOnAction(e -> viewModel.moveDown());
        down.disableProperty().bind(viewModel.canMoveDownProperty().not());
        for (ChannelType type : ChannelType.values()) {
            MenuItem item = new MenuItem(typeText(type));
            item.setId("add-" + type.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> {
                viewModel.add(type);
                Platform.runLater(() -> { // the new one is named as usual: ready to type over
                    // the screen's language holds the user's own words; another shows a copy
                    TextField first = columns.field("name", viewModel.languages().contains(viewModel.screenLanguage())
                            ? viewModel.screenLanguage() : viewModel.languages().get(0));
                    first.requestFocus();
                    first.selectAll();
                });
            });
            add.getItems().add(item);
        }
        add.disableProperty().bind(viewModel.canAddProperty().not());
        remove.setOnAction(e -> askRemove());
        remove.disableProperty().bind(viewModel.editingProperty().not());

        form.disableProperty().bind(viewModel.editingProperty().not());
        none.visibleProperty().bind(viewModel.editingProperty().not());
        none.managedProperty().bind(none.visibleProperty());
        wire(contact);
        columns = new LanguageColumns(bundle);
        showLanguages();
        viewModel.languages().addListener((ListChangeListener<String>) c -> showLanguages());
        contact.textProperty().bindBidirectional(viewModel.contactProperty());
        ChannelWords words = viewModel.words();
        promise(inside, insideAmount, insideUnit, words.inside());
        promise(outside, outsideAmount, outsideUnit, words.outside());
        urgentOnly.selectedProperty().bindBidirectional(viewModel.urgentOnlyProperty());
        conditionRow.disableProperty().bind(urgentOnly.selectedProperty().not());
        todoBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.todos()));
        todoBox.managedProperty().bind(todoBox.visibleProperty());
        viewModel.todos().addListener((ListChangeListener<Todo>) c -> showTodos());
        showTodos();

        kind.getItems().setAll(ChannelType.values());
        kind.setConverter(Choices.shownAs(this::typeText));
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

        question.textProperty().bind(viewModel.removalQuestionProperty());
        removeBar.visibleProperty().bind(viewModel.removalQuestionProperty().isNotEmpty());
        removeBar.managedProperty().bind(removeBar.visibleProperty());
        removeYes.setOnAction(e -> {
            viewModel.confirmRemove();
            list.requestFocus();
        });
        removeNo.setOnAction(e -> {
            viewModel.cancelRemove();
            remove.requestFocus();
        });
        problem.textProperty().bind(viewModel.problemProperty());
        message(problem);
    }

    /** Commits on Enter and when focus leaves; Escape takes back what was typed and not saved. */
    private void wire(TextField field) {
        field.setOnAction(e -> viewModel.commit());
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !removeBar.isVisible()) {
                viewModel.revert();
                field.selectAll();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                viewModel.commit();
            }
        });
    }

    /** The rows with a column per text language, in the profile's order; labels point at the first. */
    private void showLanguages() {
        List<String> languages = viewModel.languages();
        ChannelWords words = viewModel.words();
        columns.header(languageHeader, languages);
        columns.texts(nameRow, "name", words.names(), languages, bundle.getString("channels.name.prompt"),
                this::wire, viewModel::commit);
        columns.texts(noteRow, "note", words.note(), languages, bundle.getString("channels.note.prompt"),
                this::wire, viewModel::commit);
        columns.previews(previewRow, languages, words::preview);
        columns.texts(conditionRow, "condition", words.urgentCondition(), languages,
                bundle.getString("channels.urgentCondition.prompt"), this::wire, viewModel::commit);
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
        // asObject() is held: a bidirectional binding alone keeps it only weakly
        javafx.beans.property.ObjectProperty<Integer> boxed = choice.amountProperty().asObject();
        held.add(boxed);
        numbers.valueProperty().bindBidirectional(boxed);
        unit.getItems().setAll(PromiseChoice.Unit.values());
        unit.setConverter(Choices.shownAs(u -> bundle.getString("channels.unit." + u.name())));
        unit.valueProperty().bindBidirectional(choice.unitProperty());
        for (javafx.scene.Node part : List.of(amount, unit)) {
            part.visibleProperty().bind(choice.kindProperty().isEqualTo(Promise.Kind.WITHIN));
            part.managedProperty().bind(part.visibleProperty());
        }
    }

    /** One link per word still to translate; it opens the channel with the cursor in that field. */
    private void showTodos() {
        todoList.getChildren().clear();
        List<Todo> todos = viewModel.todos();
        for (Todo todo : todos.subList(0, Math.min(TODOS_SHOWN, todos.size()))) {
            Hyperlink link = new Hyperlink(todo.text());
            link.setWrapText(true);
            link.getStyleClass().add("todo-link");
            link.setOnAction(e -> open(todo.channelId(), todo.field(), todo.language()));
            todoList.getChildren().add(link);
        }
        if (todos.size() > TODOS_SHOWN) { // the rest come as these are done; the list stays short
            Label more = new Label(MessageFormat.format(bundle.getString("channels.todo.more"),
                    todos.size() - TODOS_SHOWN));
            more.getStyleClass().add("hint");
            todoList.getChildren().add(more);
        }
    }

    /**
     * Selects a channel and puts the cursor where something is missing: its words of {@code field}
     * in {@code language}, or its contact detail when {@code field} is null (a link from the Texts
     * page, or from the list of words to translate).
     */
    public void open(String channelId, TextGaps.Field field, String language) {
        viewModel.jumpTo(channelId);
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

    private void askRemove() {
        viewModel.askRemove();
        if (removeBar.isVisible()) {
            removeNo.requestFocus(); // the safe answer is the one Enter or Space gives
        }
    }

    private void showSelection() {
        int index = viewModel.selectedIndexProperty().get();
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().clearAndSelect(index);
            list.scrollTo(index);
        }
    }

    private void styleContactMessage(Problem check) {
        contactMessage.getStyleClass().removeAll("field-problem", "field-hint");
        contactMessage.getStyleClass().add(check == Problem.EMPTY ? "field-hint" : "field-problem");
    }

    /** A message label takes no room while it is empty. */
    private static void message(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private String typeText(ChannelType type) {
        return bundle.getString("channels.type." + type.name());
    }


    /** A channel in the list: its name, and below it its type and contact detail. */
    private final class ChannelCell extends ListCell<Channel> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, title, detail);

        ChannelCell() {
            title.getStyleClass().add("channel-cell-name");
            detail.getStyleClass().add("channel-cell-detail");
        }

        @Override
        protected void updateItem(Channel channel, boolean empty) {
            super.updateItem(channel, empty);
            if (empty || channel == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            title.setText(channel.name(viewModel.screenLanguage()));
            String type = typeText(channel.type());
            detail.setText(channel.contact().isEmpty() ? type : type + " · " + channel.contact());
            setText(null);
            setGraphic(box);
        }
    }

    public Parent root() {
        return root;
    }
}
