package org.reachable.ui.schedule;

import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps onto more lines (the row grows) instead of being cut to "Telefoon
 * en …", optionally edited in place like a TextFieldTableCell. A Text graphic with a wrapping
 * width rather than a wrapping Label: a Labeled cell keeps the row's one-line height and cuts.
 */
final class WrappingCell extends TableCell<EntryTable.Line, String> {

    private final Text text = new Text();
    private TextField field;

    WrappingCell() {
        text.getStyleClass().add("cell-text");
        setMinHeight(Region.USE_PREF_SIZE);
        tableColumnProperty().addListener((o, was, column) -> {
            if (column != null) {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(10));
            }
        });
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
        } else if (isEditing() && field != null) {
            field.setText(item);
            setGraphic(field);
        } else {
            text.setText(item);
            setGraphic(text);
        }
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        if (field == null) {
            field = new TextField();
            field.setOnAction(e -> commitEdit(field.getText()));
            field.setOnKeyReleased(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
        }
        field.setText(getItem());
        setGraphic(field);
        field.selectAll();
        field.requestFocus();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(getItem() == null ? null : text);
    }
}
