package org.reachable.ui.home;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.reachable.domain.text.forwarding.QrCodes;

/**
 * The home page's forwarding card ({@link ForwardingCard}), built in code like the timeline: the
 * number field, each condition's codes (a click copies the code; the tooltip shows its {@code tel:}
 * link), the QR codes of the links for all calls on and off, and the note on operators and costs.
 */
final class ForwardingCardView extends VBox {

    /** Pixels per QR module: about 130 px for a forwarding link, which a phone reads from a screen. */
    static final int MODULE = 4;

    private final ForwardingCard card;
    private final ResourceBundle bundle;
    private final QrCodes qr;
    private final Consumer<String> clipboard;
    private final GridPane codes = new GridPane();
    private final HBox qrCodes = new HBox(16);
    private final Label none = new Label();
    private final Label note = new Label();
    private final Label copied = new Label();

    /** @param qr draws the QR codes; null: the card shows the codes without them */
    ForwardingCardView(ForwardingCard card, ResourceBundle bundle, QrCodes qr, Consumer<String> clipboard) {
        super(6);
        this.card = card;
        this.bundle = bundle;
        this.qr = qr;
        this.clipboard = clipboard;
        setId("forwardingCard");
        Label title = new Label(bundle.getString("forwarding.title"));
        title.getStyleClass().add("section");
        Label label = new Label(bundle.getString("forwarding.number"));
        label.setMnemonicParsing(true);
        TextField number = new TextField();
        number.setId("forwardingNumber");
        String prompt = bundle.getString("forwarding.prompt");
        number.setPromptText(prompt);
        // a column is as wide as a "W", about two letters of the prompt: room for all of it (18 had cut
        // "your assistant's or a colleague's nu" off), and for a number typed with spaces
        number.setPrefColumnCount(Math.max(18, prompt.length() / 2 + 3));
        number.textProperty().bindBidirectional(card.typedProperty());
        number.setOnAction(e -> card.save());
        label.setLabelFor(number);
        Button save = new Button(bundle.getString("forwarding.save"));
        save.setId("forwardingSave");
        save.setMnemonicParsing(true);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> card.save());
        HBox entry = new HBox(8, label, number, save);
        entry.setAlignment(Pos.CENTER_LEFT);
        Label message = wrapped(new Label());
        message.getStyleClass().add("problem");
        message.textProperty().bind(card.messageProperty());
        message.visibleProperty().bind(card.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        none.setText(bundle.getString("forwarding.none"));
        wrapped(none).getStyleClass().add("hint");
        note.setText(bundle.getString("forwarding.note"));
        wrapped(note).getStyleClass().add("hint");
        copied.getStyleClass().add("copied");
        codes.setHgap(14);
        codes.setVgap(2);
        // the codes and the QR codes side by side: the home page has little height left
        VBox left = new VBox(6, codes, note, copied);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox body = new HBox(24, left, qrCodes);
        getChildren().addAll(title, entry, message, none, body);
        card.rows().addListener((ListChangeListener<ForwardingCard.Row>) c -> show());
        show();
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private void show() {
        boolean any = !card.rows().isEmpty();
        for (var node : new Region[] {codes, qrCodes, note}) {
            node.setVisible(any);
            node.setManaged(any);
        }
        none.setVisible(!any);
        none.setManaged(!any);
        codes.getChildren().clear();
        qrCodes.getChildren().clear();
        copied.setText("");
        int row = 0;
        for (ForwardingCard.Row r : card.rows()) {
            codes.add(new Label(r.label()), 0, row);
            codes.add(link(bundle.getString("forwarding.on"), r.on(), r.onUri(), "forward-on-" + row), 1, row);
            codes.add(link(bundle.getString("forwarding.off"), r.off(), r.offUri(), "forward-off-" + row), 2, row);
            row++;
        }
        if (any && qr != null && qr.matrix(card.onUriProperty().get()).length > 0) {
            qrCodes.getChildren().addAll(
                    qr("qrOn", card.onUriProperty().get(),
                            MessageFormat.format(bundle.getString("forwarding.qr.on"), card.shownProperty().get())),
                    qr("qrOff", card.offUriProperty().get(), bundle.getString("forwarding.qr.off")));
        }
    }

    /** "Aan: **21*+31201234567#": a click copies the code, the tooltip names the {@code tel:} link. */
    private Hyperlink link(String word, String code, String uri, String id) {
        Hyperlink link = new Hyperlink(word + ": " + code);
        link.setId(id);
        link.setTooltip(new Tooltip(uri));
        link.setOnAction(e -> {
            clipboard.accept(code);
            copied.setText(MessageFormat.format(bundle.getString("forwarding.copied"), code));
        });
        return link;
    }

    private VBox qr(String id, String uri, String caption) {
        boolean[][] modules = qr.matrix(uri);
        Canvas canvas = new Canvas(modules[0].length * MODULE, modules.length * MODULE);
        canvas.setId(id);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.BLACK);
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules[y].length; x++) {
                if (modules[y][x]) {
                    g.fillRect(x * MODULE, y * MODULE, MODULE, MODULE);
                }
            }
        }
        // the caption says what the scan does; the tel: link itself (%23 for #) is for the curious, in the tooltip
        Label text = wrapped(new Label(caption));
        text.setTooltip(new Tooltip(uri));
        Tooltip.install(canvas, new Tooltip(uri));
        text.getStyleClass().add("hint");
        text.setMaxWidth(Math.max(canvas.getWidth(), 150));
        VBox box = new VBox(4, canvas, text);
        HBox.setHgrow(box, Priority.NEVER);
        return box;
    }
}
