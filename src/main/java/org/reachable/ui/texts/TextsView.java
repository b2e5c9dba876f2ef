package org.reachable.ui.texts;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.reachable.domain.text.snippet.Format;
import org.reachable.ui.Fxml;

/**
 * The Texts screen: a text for each place a client reads, in the chosen language and format, as
 * it reads now, and Copy. Owns its FXML (loaded with this as controller).
 */
public final class TextsView {

    public static final String BUNDLE = "org.reachable.ui.texts.TextsView";

    @FXML
    private FlowPane targetsBox;
    @FXML
    private Label hint;
    @FXML
    private CheckBox datedBox;
    @FXML
    private CheckBox replyInsideBox;
    @FXML
    private Label validity;
    @FXML
    private HBox languageBox;
    @FXML
    private HBox formatBox;
    @FXML
    private TextArea preview;
    @FXML
    private ScrollPane rendered;
    @FXML
    private TextFlow renderedFlow;
    @FXML
    private Label message;
    @FXML
    private Label length;
    @FXML
    private Label copied;
    @FXML
    private Button copyButton;
    @FXML
    private Button editTemplateButton;
    @FXML
    private VBox gapsBox;
    @FXML
    private VBox gapsList;
    @FXML
    private VBox editorBox;
    @FXML
    private Label editorTitle;
    @FXML
    private Label editorHelp;
    @FXML
    private TextArea templateEditor;
    @FXML
    private Label templateError;
    @FXML
    private Button resetTemplateButton;
    @FXML
    private ScrollPane fieldsPane;
    @FXML
    private VBox fieldsList;

    private final TextsViewModel viewModel;
    private final Parent root;
    private final ResourceBundle bundle;
    private final ToggleGroup targetGroup = new ToggleGroup();
    private final ToggleGroup languageGroup = new ToggleGroup();
    private final ToggleGroup formatGroup = new ToggleGroup();

    public TextsView(TextsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        root = Fxml.load(this, bundle);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    @FXML
    private void initialize() {
        fill(targetsBox, targetGroup, viewModel.targets(), viewModel.targetProperty(), "target-");
        fill(languageBox, languageGroup, TextsViewModel.LANGUAGES, viewModel.languageProperty(), "language-");
        fill(formatBox, formatGroup, viewModel.formats(), viewModel.formatProperty(), "format-");
        viewModel.formats().addListener((ListChangeListener<Format>) c ->
                fill(formatBox, formatGroup, viewModel.formats(), viewModel.formatProperty(), "format-"));
        bind(targetGroup, viewModel.targetProperty());
        bind(languageGroup, viewModel.languageProperty());
        bind(formatGroup, viewModel.formatProperty());

        hint.textProperty().bind(viewModel.hintProperty());
        datedBox.selectedProperty().bindBidirectional(viewModel.datedProperty());
        // only a text pasted once has a dated variant; the auto-reply and the briefing speak of now,
        // so the switch goes (disabled, it still showed ticked when it was on for the website)
        datedBox.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.targetProperty().get() != null
                && viewModel.targetProperty().get().pasteOnce(), viewModel.targetProperty()));
        datedBox.managedProperty().bind(datedBox.visibleProperty());
        replyInsideBox.selectedProperty().bindBidirectional(viewModel.replyInsideHoursProperty());
        replyInsideBox.visibleProperty().bind(viewModel.replyChoiceProperty());
        replyInsideBox.managedProperty().bind(replyInsideBox.visibleProperty());
        validity.textProperty().bind(viewModel.validityProperty());
        validity.visibleProperty().bind(viewModel.validityProperty().isNotEmpty());
        validity.managedProperty().bind(validity.visibleProperty());
        preview.textProperty().bind(viewModel.previewProperty());
        // HTML is shown as a page above its source: the preview follows every render
        viewModel.previewProperty().addListener((o, was, now) -> showRendered());
        viewModel.formatProperty().addListener((o, was, now) -> showRendered());
        showRendered();
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        length.textProperty().bind(viewModel.lengthProperty());
        copied.textProperty().bind(viewModel.copiedProperty());
        copyButton.disableProperty().bind(viewModel.canCopyProperty().not());
        editTemplateButton.visibleProperty().bind(viewModel.canEditProperty());
        editTemplateButton.managedProperty().bind(editTemplateButton.visibleProperty());
        editTemplateButton.disableProperty().bind(viewModel.editor().editingProperty());
        editorBox.visibleProperty().bind(viewModel.editor().editingProperty());
        editorBox.managedProperty().bind(editorBox.visibleProperty());
        targetsBox.disableProperty().bind(viewModel.editor().editingProperty());
        languageBox.disableProperty().bind(viewModel.editor().editingProperty());
        formatBox.disableProperty().bind(viewModel.editor().editingProperty());
        copyButton.defaultButtonProperty().bind(viewModel.editor().editingProperty().not());
        editorTitle.textProperty().bind(viewModel.editor().editorTitleProperty());
        editorHelp.setText(viewModel.editorHelp());
        templateEditor.textProperty().bindBidirectional(viewModel.editor().editorTextProperty());
        templateError.textProperty().bind(viewModel.editor().editorErrorProperty());
        templateError.visibleProperty().bind(viewModel.editor().editorErrorProperty().isNotEmpty());
        templateError.managedProperty().bind(templateError.visibleProperty());
        resetTemplateButton.disableProperty().bind(viewModel.editor().customProperty().not());
        viewModel.fields().addListener((ListChangeListener<TextFields.Field>) c -> showFields());
        showFields();
        viewModel.editor().editingProperty().addListener((o, old, now) -> {
            if (now) {
                templateEditor.requestFocus();
            }
        });
        viewModel.editor().errorLineProperty().addListener((o, old, now) -> selectLine(now.intValue()));
        viewModel.failedProperty().addListener((o, old, now) -> styleMessage());
        viewModel.formatProperty().addListener((o, old, now) -> styleFor(now));
        styleMessage();
        styleFor(viewModel.formatProperty().get());
        gapsBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.gaps()));
        gapsBox.managedProperty().bind(gapsBox.visibleProperty());
        viewModel.gaps().addListener((ListChangeListener<TextGapLines.Line>) c -> showGaps());
        showGaps();
    }

    /** A line per gap: what is missing, and a button to the page that fills it. */
    private void showGaps() {
        gapsList.getChildren().clear();
        for (TextGapLines.Line line : viewModel.gaps()) {
            Label text = new Label(line.text());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMaxWidth(Double.MAX_VALUE);
            text.getStyleClass().add("gap-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            Button open = new Button(line.action());
            open.getStyleClass().add("gap-action");
            open.setMinWidth(Region.USE_PREF_SIZE);
            open.setOnAction(e -> line.open().run());
            HBox row = new HBox(8, text, open);
            row.setAlignment(Pos.CENTER_LEFT);
            gapsList.getChildren().add(row);
        }
    }

    /** One toggle per value, chosen as the property is; clicking sets the property. */
    private void fill(Pane box, ToggleGroup group, List<?> values, Property<?> chosen, String idPrefix) {
        group.getToggles().clear();
        box.getChildren().clear();
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            ToggleButton button = new ToggleButton(viewModel.nameOf(value));
            button.setId(idPrefix + String.valueOf(value instanceof Enum<?> e ? e.name() : value).toLowerCase(Locale.ROOT));
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setFocusTraversable(true);
            if (i == 0) {
                button.getStyleClass().add("first");
            }
            if (i == values.size() - 1) {
                button.getStyleClass().add("last");
            }
            button.setSelected(value.equals(chosen.getValue()));
            box.getChildren().add(button);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void bind(ToggleGroup group, Property<T> chosen) {
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                if (old != null && group.getToggles().contains(old)) {
                    old.setSelected(true); // one is always chosen
                }
            } else {
                chosen.setValue((T) now.getUserData());
            }
        });
        chosen.addListener((o, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData().equals(now)).findFirst()
                .ifPresent(t -> t.setSelected(true)));
    }

    private void showRendered() {
        boolean html = viewModel.formatProperty().get() == Format.HTML && !viewModel.failedProperty().get();
        rendered.setVisible(html);
        rendered.setManaged(html);
        renderedFlow.getChildren().clear();
        if (html) {
            for (HtmlRuns.Run run : HtmlRuns.read(viewModel.previewProperty().get())) {
                Text text = new Text(run.text());
                text.getStyleClass().add(run.heading() ? "rendered-heading" : run.bold() ? "rendered-bold"
                        : "rendered-text");
                renderedFlow.getChildren().add(text);
            }
        }
    }

    private void styleMessage() {
        message.getStyleClass().removeAll("problem", "remark");
        message.getStyleClass().add(viewModel.failedProperty().get() ? "problem" : "remark");
    }

    private void styleFor(Format format) {
        preview.getStyleClass().remove("code");
        if (format != null && format != Format.TEXT) {
            preview.getStyleClass().add("code");
        }
    }

    @FXML
    private void copy() {
        TextsViewModel.Clip clip = viewModel.copy();
        if (clip == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(clip.plain());
        if (clip.hasHtml()) {
            content.putHtml(clip.html());
        }
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** One row a field: its name, what goes in it, and a Copy of its own. */
    private void showFields() {
        List<TextFields.Field> fields = List.copyOf(viewModel.fields());
        fieldsPane.setVisible(!fields.isEmpty());
        fieldsPane.setManaged(!fields.isEmpty());
        fieldsList.getChildren().clear();
        for (int i = 0; i < fields.size(); i++) {
            TextFields.Field field = fields.get(i);
            Label name = new Label(field.label());
            name.getStyleClass().add("field-name");
            name.setWrapText(true);
            name.setMinWidth(150);
            name.setPrefWidth(190);
            Label value = new Label(field.value());
            value.getStyleClass().add("field-value");
            value.setWrapText(true);
            value.setMinHeight(Region.USE_PREF_SIZE);
            value.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(value, Priority.ALWAYS);
            Button copy = new Button(bundle.getString("texts.copyField"));
            copy.setId("copy-field-" + i);
            copy.setMinWidth(Region.USE_PREF_SIZE);
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(viewModel.copyField(field).plain());
                Clipboard.getSystemClipboard().setContent(content);
            });
            HBox row = new HBox(10, name, value, copy);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("field-row");
            fieldsList.getChildren().add(row);
        }
    }

    /** Puts the caret on the line the error names and selects it, so the user sees where. */
    private void selectLine(int line) {
        if (line <= 0) {
            return;
        }
        String text = templateEditor.getText();
        int start = 0;
        for (int i = 1; i < line && start >= 0; i++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return; // fewer lines than that
            }
        }
        int end = text.indexOf('\n', start);
        templateEditor.selectRange(end < 0 ? text.length() : end, start);
        templateEditor.requestFocus();
    }

    @FXML
    private void editTemplate() {
        viewModel.edit();
    }

    @FXML
    private void saveTemplate() {
        viewModel.saveTemplate();
    }

    @FXML
    private void resetTemplate() {
        viewModel.resetTemplate();
    }

    @FXML
    private void cancelTemplate() {
        viewModel.cancelEdit();
    }

    public Parent root() {
        return root;
    }
}
