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
import org.reachable.ui.Choices;
import org.reachable.ui.Fxml;

/**
 * The Channels screen: the channels in their order, with add, remove and move, and a form for the
 * selected one. Text fields are handed to the model when they lose focus or on Enter, so a half-typed
 * address is not checked (or saved) at every key.
 */
public final class ChannelsView {

    public static final String BUNDLE = "org.reachable.ui.channels.ChannelsView";

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
    private TextField name;
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
    private TextField inside;
    @FXML
    private TextField outside;
    @FXML
    private ComboBox<Fallback> fallback;
    @FXML
    private CheckBox urgentOnly;
    @FXML
    private TextField urgentCondition;
    @FXML
    private Label channelId;
    @FXML
    private HBox removeBar;
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
                    name.requestFocus();
                    name.selectAll();
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
        for (TextField field : List.of(name, contact, inside, outside, urgentCondition)) {
            field.setOnAction(e -> viewModel.commit());
            field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && !removeBar.isVisible()) {
                    viewModel.revert(); // Escape takes back what was typed and not saved
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
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        contact.textProperty().bindBidirectional(viewModel.contactProperty());
        inside.textProperty().bindBidirectional(viewModel.promiseInsideProperty());
        outside.textProperty().bindBidirectional(viewModel.promiseOutsideProperty());
        urgentCondition.textProperty().bindBidirectional(viewModel.urgentConditionProperty());
        urgentOnly.selectedProperty().bindBidirectional(viewModel.urgentOnlyProperty());
        urgentCondition.disableProperty().bind(urgentOnly.selectedProperty().not());

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
