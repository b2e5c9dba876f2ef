package org.reachable.ui;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;

/**
 * The words a screen shows of its own — labels, buttons, column headers, prompts, tooltips, menu
 * items — and a check that each comes from a bundle: a text typed into the code would be in one
 * language only. Data (table cells, a chosen value, what the user typed) is skipped by style class.
 */
public final class VisibleTexts {

    /** Style classes whose text is data, not the screen's own words. */
    public static final Set<String> DATA = Set.of("table-cell", "list-cell", "check-combo-box", "combo-box-base",
            "date-picker", "text-input", "day-toggle", "summary-line", "warning-line", "spinner", "week-grid",
            "tooltip", "date-cell", "data");

    private VisibleTexts() {
    }

    public static Set<String> of(Parent root) {
        Set<String> texts = new LinkedHashSet<>();
        collect(root, texts);
        texts.remove("");
        return texts;
    }

    private static void collect(Node node, Set<String> texts) {
        if (node.getStyleClass().stream().anyMatch(DATA::contains)) {
            return;
        }
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText() == null ? "" : labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null) {
            texts.add(input.getPromptText());
        }
        if (node instanceof Control control) {
            Tooltip tip = control.getTooltip();
            if (tip != null && tip.getText() != null) {
                texts.add(tip.getText());
            }
            if (control.getContextMenu() != null) {
                control.getContextMenu().getItems().forEach(item -> items(item, texts));
            }
        }
        if (node instanceof MenuButton menu) {
            menu.getItems().forEach(item -> items(item, texts));
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(column -> columns(column, texts));
            if (table.getPlaceholder() instanceof Parent placeholder) {
                collect(placeholder, texts);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    private static void items(MenuItem item, Set<String> texts) {
        texts.add(item.getText() == null ? "" : item.getText());
        if (item instanceof javafx.scene.control.Menu menu) {
            menu.getItems().forEach(i -> items(i, texts));
        }
    }

    private static void columns(TableColumnBase<?, ?> column, Set<String> texts) {
        texts.add(column.getText() == null ? "" : column.getText());
        column.getColumns().forEach(c -> columns(c, texts));
    }

    /** The texts under {@code root} that no value of the bundles produces (a pattern's {0} matches anything). */
    public static List<String> notInBundles(Parent root, ResourceBundle... bundles) {
        List<Pattern> patterns = new ArrayList<>();
        for (ResourceBundle bundle : bundles) {
            Enumeration<String> keys = bundle.getKeys();
            while (keys.hasMoreElements()) {
                patterns.add(pattern(bundle.getString(keys.nextElement())));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String text : of(root)) {
            String shown = text.replace("_", "");
            if (patterns.stream().noneMatch(p -> p.matcher(shown).matches())) {
                missing.add(text);
            }
        }
        return missing;
    }

    private static Pattern pattern(String value) {
        String plain = value.replace("_", "").replace("''", "'");
        StringBuilder regex = new StringBuilder();
        int at = 0;
        java.util.regex.Matcher argument = Pattern.compile("\\{\\d+[^}]*}").matcher(plain);
        while (argument.find()) {
            regex.append(Pattern.quote(plain.substring(at, argument.start()))).append("(?s).*");
            at = argument.end();
        }
        regex.append(Pattern.quote(plain.substring(at)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
