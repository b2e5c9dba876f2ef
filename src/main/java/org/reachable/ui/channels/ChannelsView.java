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
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.text.TextGaps;
import org.reachable.ui.channels.TranslationTodos.Todo;
import org.reachable.ui.Fxml;

/**
 * The Channels screen: the channels in their order, with add, remove and move, the words still to
 * translate, and the form for the selected one ({@link ChannelFormView}).
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
    private Region formSlot;
    @FXML
    private VBox todoBox;
    @FXML
    private VBox todoList;
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
    private ChannelFormView form;

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
                    form.focus(TextGaps.Field.NAME, viewModel.languages().contains(viewModel.screenLanguage())
                            ? viewModel.screenLanguage() : viewModel.languages().get(0));
                });
            });
            add.getItems().add(item);
        }
        add.disableProperty().bind(viewModel.canAddProperty().not());
        remove.setOnAction(e -> askRemove());
        remove.disableProperty().bind(viewModel.form().editingProperty().not());

        // the form is a view of its own, put where the page's FXML keeps its place
        form = new ChannelFormView(viewModel, bundle);
        VBox content = (VBox) formSlot.getParent();
        content.getChildren().set(content.getChildren().indexOf(formSlot), form.root());
        none.visibleProperty().bind(viewModel.form().editingProperty().not());
        none.managedProperty().bind(none.visibleProperty());
        todoBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.todos()));
        todoBox.managedProperty().bind(todoBox.visibleProperty());
        viewModel.todos().addListener((ListChangeListener<Todo>) c -> showTodos());
        showTodos();

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
        ChannelFormView.message(problem);
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
        form.focus(field, language);
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

    private String typeText(ChannelType type) {
        return ChannelFormView.typeText(bundle, type);
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
