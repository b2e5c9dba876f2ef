package org.reachable.ui.channels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.StringBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The form's rows that hold one column per text language (the language names above, the name,
 * the note, the preview, the urgent condition), side by side in the profile's order. Every field
 * exists for every language the form knows; a language the profile does not ask is left out.
 */
final class LanguageColumns {

    private static final double GAP = 8;

    private final ResourceBundle bundle;
    private final Map<String, Map<String, TextField>> fields = new LinkedHashMap<>();

    LanguageColumns(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The language names over the columns. */
    void header(HBox row, List<String> languages) {
        fillRow(row, languages, language -> {
            Label name = new Label(bundle.getString("channels.language." + language));
            name.getStyleClass().add("language-name");
            return name;
        });
    }

    /**
     * A text field per language for {@code text}, with "not translated yet" and a confirm button
     * under a field whose words are missing or an unchecked copy.
     *
     * @param key the row's name in {@link #field}: "name", "note", "condition"
     * @param edited told when a field loses focus, Enter is pressed or a copy is confirmed
     */
    void texts(HBox row, String key, TranslatedText text, List<String> languages, String prompt,
            Consumer<TextField> wire, Runnable edited) {
        Map<String, TextField> byLanguage = fields.computeIfAbsent(key, k -> new LinkedHashMap<>());
        fillRow(row, languages, language -> {
            TextField field = byLanguage.computeIfAbsent(language, l -> {
                TextField made = new TextField();
                made.setId(key + "-" + l);
                made.textProperty().bindBidirectional(text.text(l));
                if (prompt != null) {
                    made.setPromptText(prompt);
                }
                wire.accept(made);
                return made;
            });
            Label marker = new Label(bundle.getString("channels.untranslated"));
            marker.getStyleClass().add("untranslated");
            Button confirm = new Button(bundle.getString("channels.confirm"));
            confirm.setId(key + "-" + language + "-confirm");
            confirm.getStyleClass().add("confirm");
            confirm.setTooltip(new Tooltip(bundle.getString("channels.confirm.tip")));
            confirm.setOnAction(e -> {
                text.confirm(language);
                edited.run();
            });
            confirm.visibleProperty().bind(text.untranslated(language).and(field.textProperty().isNotEmpty()));
            confirm.managedProperty().bind(confirm.visibleProperty());
            HBox mark = new HBox(6, marker, confirm);
            mark.setAlignment(Pos.CENTER_LEFT);
            mark.visibleProperty().bind(text.untranslated(language));
            mark.managedProperty().bind(mark.visibleProperty());
            field.pseudoClassStateChanged(PseudoClass.getPseudoClass("untranslated"),
                    text.untranslated(language).get());
            text.untranslated(language).addListener((o, was, now) -> field.pseudoClassStateChanged(
                    PseudoClass.getPseudoClass("untranslated"), now));
            return new VBox(2, field, mark);
        });
    }

    /** How the promise reads in each language. */
    void previews(HBox row, List<String> languages, Function<String, StringBinding> preview) {
        fillRow(row, languages, language -> {
            Label line = new Label();
            line.setId("preview-" + language);
            line.getStyleClass().addAll("preview", "data"); // the words of a client text, not the screen's
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.textProperty().bind(preview.apply(language));
            return line;
        });
    }

    /** The field of a row ("name", "note", "condition") in a language; null when there is none. */
    TextField field(String key, String language) {
        return fields.getOrDefault(key, Map.of()).get(language);
    }

    /** Equal columns: each takes the same share of the row, whatever its content. */
    private static void fillRow(HBox row, List<String> languages, Function<String, Node> cell) {
        row.setSpacing(GAP);
        row.getChildren().clear();
        for (String language : languages) {
            Node node = cell.apply(language);
            VBox column = new VBox(node);
            column.setFillWidth(true);
            column.setPrefWidth(100);
            column.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(column, Priority.ALWAYS);
            row.getChildren().add(column);
        }
    }
}
