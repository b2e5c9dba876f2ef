package org.reachable.ui.schedule;

import java.util.Arrays;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * One piece of a block on screen: up to three lines (time, label, channels), fewer when the
 * block is short; a single line ("09:00–11:00 Focus") when only one fits. Text nodes under a
 * clip rather than Labels: a Label is two nodes with three times the CSS properties, and
 * hundreds of them made restyling the grid cost more than a frame (see docs/benchmarks.md);
 * calendar apps cut long text at the block's edge too. The tooltip is made on the first hover,
 * since a tooltip per node for hundreds of nodes costs for nothing.
 */
final class BlockView extends Region {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass DRAGGED = PseudoClass.getPseudoClass("dragged");
    static final PseudoClass CREATE = PseudoClass.getPseudoClass("create");
    private static final PseudoClass WINDOW = PseudoClass.getPseudoClass("window");
    private static final PseudoClass FOCUS = PseudoClass.getPseudoClass("focus");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass FROM_PREVIOUS = PseudoClass.getPseudoClass("from-previous");
    private static final PseudoClass TO_NEXT = PseudoClass.getPseudoClass("to-next");

    private final Text time = new Text();
    private final Text title = new Text();
    private final Text channels = new Text();
    private final Rectangle clip = new Rectangle();
    private final Group texts = new Group(); // clipped on its own: the block's border stays whole
    private Tooltip tooltip;
    private String description = "";
    private String[] timeForms = {"", "", "", ""};

    BlockView() {
        getStyleClass().add("week-block");
        time.getStyleClass().addAll("block-text", "block-time");
        title.getStyleClass().addAll("block-text", "block-label");
        channels.getStyleClass().addAll("block-text", "block-channels");
        for (Text t : List.of(time, title, channels)) {
            t.setManaged(false);
            t.setTextOrigin(VPos.TOP);
        }
        setManaged(false);
        texts.setClip(clip);
        texts.setManaged(false);
        texts.setAutoSizeChildren(false);
        texts.getChildren().addAll(time, title, channels);
        getChildren().add(texts);
        setAccessibleRole(AccessibleRole.TEXT);
        setOnMouseEntered(e -> {
            if (tooltip == null && !description.isEmpty() && !getStyleClass().contains("ghost")) {
                tooltip = new Tooltip(description);
                tooltip.setShowDelay(Duration.millis(500));
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(360);
                Tooltip.install(this, tooltip);
            }
        });
    }

    void show(WeekLayout.Piece piece, WeekTimes times, boolean isSelected) {
        WeekBlock b = piece.block();
        String range = times.range(b.startMinute(), b.endMinute());
        if (piece.continuesFromPrevious()) {
            range = "↳ " + range; // the block began the day before
        } else if (piece.continuesToNext()) {
            range = range + " ↓"; // and goes on after midnight
        }
        String[] shorter = times.shorter(b.startMinute(), b.endMinute());
        String[] forms = {range, shorter[0], shorter[1], shorter[2]};
        if (!Arrays.equals(forms, timeForms)) {
            // only when the times changed: the text shown may be a shorter form, chosen in layout
            timeForms = forms;
            time.setText(range);
            requestLayout();
        }
        set(title, b.warning() ? "⚠ " + b.label() : b.label());
        set(channels, b.channels());
        if (!b.description().equals(description)) {
            description = b.description();
            if (tooltip != null) {
                tooltip.setText(description);
            }
        }
        String spoken = description.isEmpty() ? range + " " + b.label() : description;
        if (!spoken.equals(getAccessibleText())) {
            setAccessibleText(spoken);
        }
        pseudoClassStateChanged(WINDOW, !b.isOff());
        pseudoClassStateChanged(FOCUS, b.isOff());
        pseudoClassStateChanged(WARNING, b.warning());
        pseudoClassStateChanged(SELECTED, isSelected);
        pseudoClassStateChanged(FROM_PREVIOUS, piece.continuesFromPrevious());
        pseudoClassStateChanged(TO_NEXT, piece.continuesToNext());
        pseudoClassStateChanged(DRAGGED, false);
    }

    private static void set(Text text, String value) {
        if (!value.equals(text.getText())) {
            text.setText(value);
            text.getParent().getParent().requestLayout(); // unmanaged: the view places it again
        }
    }

    @Override
    protected void layoutChildren() {
        var in = getInsets();
        double x = in.getLeft();
        double top = in.getTop();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double avail = getHeight() - top - in.getBottom();
        clip.setX(x);
        clip.setY(top);
        clip.setWidth(w);
        clip.setHeight(Math.max(0, avail));
        // the longest form of the time that fits the width ("09:00–11:00", "9–11", "09:00", "9")
        for (int f = 0; f < timeForms.length; f++) {
            if (!timeForms[f].equals(time.getText())) {
                time.setText(timeForms[f]); // no requestLayout: this pass places it
            }
            if (time.getLayoutBounds().getWidth() <= w || f == timeForms.length - 1) {
                break;
            }
        }
        double line = Math.max(1, time.getLayoutBounds().getHeight());
        int lines = (int) Math.floor(avail / line);
        if (lines < 2) {
            // one line: the time, then the label beside it; centred when the block is lower
            double y = top + Math.min(0, (avail - line) / 2);
            time.relocate(x, y);
            title.relocate(x + time.getLayoutBounds().getWidth() + 4, y);
            time.setVisible(avail > 4);
            title.setVisible(avail > 4);
            channels.setVisible(false);
            return;
        }
        time.setVisible(true);
        time.relocate(x, top);
        title.setVisible(true);
        title.relocate(x, top + line);
        boolean room = lines >= 3 && !channels.getText().isEmpty();
        channels.setVisible(room);
        channels.relocate(x, top + 2 * line);
    }
}
