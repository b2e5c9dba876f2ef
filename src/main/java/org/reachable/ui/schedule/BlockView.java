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
 * block is short; a single line ("09:00–11:00 Focus") when only one fits. Each line takes the
 * longest of its forms that fits the width — the channels' names, then their initials; the time
 * as a range, then shorter — and the last form ends in an ellipsis where even it does not fit, so
 * no text is ever cut mid-letter without saying so; a narrow block drops the kind's word first
 * (its fill already tells it). The tooltip has the whole sentence. Text nodes under a clip rather
 * than Labels: a Label is two nodes with three times the CSS properties, and hundreds of them
 * made restyling the grid cost more than a frame (see docs/benchmarks.md). The tooltip is made
 * on the first hover, since a tooltip per node for hundreds of nodes costs for nothing.
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
    private static final PseudoClass SKIPPED = PseudoClass.getPseudoClass("skipped");
    private static final PseudoClass MOVED = PseudoClass.getPseudoClass("moved");

    private final Text time = new Text();
    private final Text title = new Text();
    private final Text channels = new Text();
    private final Rectangle clip = new Rectangle();
    private final Group texts = new Group(); // clipped on its own: the block's border stays whole
    private Tooltip tooltip;
    private String description = "";
    private String[] timeForms = {"", "", "", ""};
    private String label = "";
    private String initials = "";
    private String names = "";
    static final String ELLIPSIS = "…";

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
        // a moved occurrence says so before its kind; colour and fill stay the kind's
        String newLabel = (b.once() == WeekBlock.Once.MOVED ? "↷ " : "") + (b.warning() ? "⚠ " + b.label() : b.label());
        if (!newLabel.equals(label) || !b.channels().equals(initials) || !b.channelNames().equals(names)) {
            label = newLabel;
            initials = b.channels();
            names = b.channelNames();
            requestLayout();
        }
        // above windows: a focus block wins, so it covers; of lanes that overlap, the later on top
        setViewOrder(b.isOff() ? -100 - piece.lane() : -piece.lane());
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
        pseudoClassStateChanged(SKIPPED, b.once() == WeekBlock.Once.SKIPPED);
        pseudoClassStateChanged(MOVED, b.once() == WeekBlock.Once.MOVED);
        title.setStrikethrough(b.once() == WeekBlock.Once.SKIPPED);
        time.setStrikethrough(b.once() == WeekBlock.Once.SKIPPED);
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
        double line = Math.max(1, lineHeight());
        int lines = (int) Math.floor((avail + 1) / line);
        if (lines < 2) {
            // one line: the time and the label, or as much of it as fits; centred when the block is lower
            double y = top + Math.min(0, (avail - line) / 2);
            boolean room = avail >= line * 0.6;
            fit(time, w, room, timeForms[0] + " " + label, timeForms[0], timeForms[1], timeForms[2], timeForms[3]);
            time.relocate(x, y);
            title.setVisible(false);
            channels.setVisible(false);
            return;
        }
        fit(time, w, true, timeForms);
        time.relocate(x, top);
        // the kind's word only where it fits whole: a narrow block shows the channels instead
        boolean labelFits = width(title, label) <= w;
        Text second = labelFits ? title : channels;
        Text third = labelFits ? channels : title;
        fit(title, w, labelFits, label);
        fit(channels, w, !labelFits || lines >= 3, names, initials);
        if (initials.isEmpty() && names.isEmpty()) {
            channels.setVisible(false);
        }
        second.relocate(x, top + line);
        third.relocate(x, top + 2 * line);
    }

    private double lineHeight() {
        return width(time, "0") > 0 ? time.getLayoutBounds().getHeight() : 14;
    }

    /** The width {@code text} would take in {@code node}'s font (it is left showing {@code text}). */
    private static double width(Text node, String text) {
        if (!text.equals(node.getText())) {
            node.setText(text); // no requestLayout: this pass places it
        }
        return node.getLayoutBounds().getWidth();
    }

    /**
     * Shows the first of {@code forms} that fits {@code w}, or the last one cut to fit with an
     * ellipsis; hides the node when even an ellipsis does not fit or there is no {@code room}.
     */
    static void fit(Text node, double w, boolean room, String... forms) {
        String last = "";
        for (String form : forms) {
            if (form.isEmpty()) {
                continue;
            }
            last = form;
            if (width(node, form) <= w) {
                node.setVisible(room);
                return;
            }
        }
        // the longest start of the shortest form that fits with the ellipsis: a binary search
        int lo = 0;
        int hi = last.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(node, cut(last, mid)) <= w) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        boolean fits = width(node, cut(last, lo)) <= w && !last.isEmpty();
        node.setVisible(room && fits);
    }

    private static String cut(String text, int keep) {
        return text.substring(0, keep).stripTrailing() + ELLIPSIS;
    }
}
