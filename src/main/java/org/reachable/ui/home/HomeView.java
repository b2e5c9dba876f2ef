package org.reachable.ui.home;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.reachable.domain.text.forwarding.QrCodes;
import org.reachable.ui.Fxml;

/** The home page: the status now, today per channel, the next changes, quick actions, the client's line. */
public final class HomeView {

    public static final String BUNDLE = "org.reachable.ui.home.HomeView";

    @FXML
    private Label now;
    @FXML
    private StackPane timelineHolder;
    @FXML
    private VBox nextLines;
    @FXML
    private FlowPane quickButtons;
    @FXML
    private Label clientLine;
    @FXML
    private Button copyButton;
    @FXML
    private Label message;
    @FXML
    private VBox forwardingHolder;

    private final HomeViewModel viewModel;
    private final ResourceBundle bundle;
    private final Parent root;
    private final ForwardingCard forwarding;
    private final QrCodes qr;

    public HomeView(HomeViewModel viewModel, ResourceBundle bundle) {
        this(viewModel, bundle, null, null);
    }

    /**
     * @param forwarding the call-forwarding card; null: the page has none
     * @param qr draws its QR codes; null: the card shows the codes only
     */
    public HomeView(HomeViewModel viewModel, ResourceBundle bundle, ForwardingCard forwarding, QrCodes qr) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.forwarding = forwarding;
        this.qr = qr;
        root = Fxml.load(this, bundle);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    @FXML
    private void initialize() {
        now.textProperty().bind(viewModel.nowProperty());
        TodayTimeline timeline = new TodayTimeline(bundle, viewModel.locale());
        timelineHolder.getChildren().add(timeline);
        viewModel.today().addListener((ListChangeListener<HomeViewModel.ChannelDay>) c -> timeline.show(
                viewModel.today()));
        viewModel.nowMinuteProperty().addListener((o, was, minute) -> timeline.setNow(minute.intValue()));
        timeline.show(viewModel.today());
        timeline.setNow(viewModel.nowMinuteProperty().get());
        viewModel.nextChanges().addListener((ListChangeListener<String>) c -> nextLines());
        nextLines();
        for (HomeViewModel.Quick quick : HomeViewModel.Quick.values()) {
            Button button = new Button(bundle.getString("home.quick." + quick.name()));
            button.setId("quick-" + quick.name());
            button.setOnAction(e -> viewModel.quick(quick));
            if (quick == HomeViewModel.Quick.BACK_TO_SCHEDULE) {
                button.disableProperty().bind(viewModel.overriddenProperty().not());
            }
            quickButtons.getChildren().add(button);
        }
        clientLine.textProperty().bind(Bindings.when(viewModel.clientLineProperty().isEmpty())
                .then(bundle.getString("home.client.none")).otherwise(viewModel.clientLineProperty()));
        copyButton.disableProperty().bind(viewModel.clientLineProperty().isEmpty());
        message.textProperty().bind(viewModel.messageProperty());
        if (forwarding != null) {
            forwardingHolder.getChildren().add(new ForwardingCardView(forwarding, bundle, qr, viewModel::copy));
        }
        forwardingHolder.setVisible(forwarding != null);
        forwardingHolder.setManaged(forwarding != null);
    }

    private void nextLines() {
        nextLines.getChildren().setAll(viewModel.nextChanges().stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }).toList());
    }

    @FXML
    private void copy() {
        viewModel.copyClientLine();
    }

    public Parent root() {
        return root;
    }
}
