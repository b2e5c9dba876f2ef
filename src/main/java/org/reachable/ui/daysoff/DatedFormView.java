package org.reachable.ui.daysoff;

import static org.reachable.ui.daysoff.FormParts.shownWhen;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;
import org.reachable.domain.model.Channel;
import org.reachable.ui.Choices;
import org.reachable.ui.Fxml;
import org.reachable.ui.ScreenLanguage;

/**
 * The form for one extra window or one-off focus block, below their list: date, times, channels
 * ("all channels" for focus), description. Shown while the form is open, with the focus on the
 * date; Enter saves and Escape cancels meanwhile.
 */
public final class DatedFormView {

    @FXML
    private Label datedTitle;
    @FXML
    private DatePicker date;
    @FXML
    private TextField from;
    @FXML
    private TextField to;
    @FXML
    private Label timesHint;
    @FXML
    private CheckComboBox<Channel> channels;
    @FXML
    private CheckBox allChannels;
    @FXML
    private TextField description;
    @FXML
    private Label datedProblem;
    @FXML
    private Button saveDated;
    @FXML
    private Button cancelDated;

    private final DaysOffViewModel page;
    private final DatedFormViewModel form;
    private final ResourceBundle bundle;
    private final Parent root;
    /** Set while the check marks are copied from the form, so that copy is not taken as a click. */
    private boolean syncing;

    public DatedFormView(DaysOffViewModel page, ResourceBundle bundle) {
        this.bundle = bundle;
        this.page = page;
        form = page.datedForm();
        root = Fxml.load(this, bundle);
        FormParts.shownWhileOpen(root, form.openProperty(), date);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        datedTitle.textProperty().bind(form.titleProperty());
        date.setConverter(FormParts.dates(page.texts()));
        date.valueProperty().bindBidirectional(form.dateProperty());
        from.textProperty().bindBidirectional(form.fromProperty());
        to.textProperty().bindBidirectional(form.toProperty());
        timesHint.textProperty().bind(form.timesHintProperty());
        channels.setConverter(Choices.shownAs(c -> c.name(ScreenLanguage.of(bundle))));
        // with nothing picked the box would be blank; say what it is for
        channels.titleProperty().bind(Bindings.when(Bindings.isEmpty(form.channels()))
                .then(bundle.getString("form.channels.prompt")).otherwise((String) null));
        allChannels.selectedProperty().bindBidirectional(form.allChannelsProperty());
        shownWhen(allChannels, form.focusProperty());
        // "all channels" means every channel, also ones added later: picking some then means nothing
        channels.disableProperty().bind(form.focusProperty().and(form.allChannelsProperty()));
        description.textProperty().bindBidirectional(form.summaryProperty());
        datedProblem.textProperty().bind(form.problemProperty());
        shownWhen(datedProblem, form.problemProperty().isNotEmpty());
        saveDated.disableProperty().bind(form.problemProperty().isNotEmpty());
        saveDated.defaultButtonProperty().bind(form.openProperty());
        cancelDated.cancelButtonProperty().bind(form.openProperty());

        channels.getCheckModel().getCheckedItems().addListener((ListChangeListener<Channel>) c -> {
            if (!syncing) {
                form.channels().setAll(channels.getCheckModel().getCheckedItems().stream().map(Channel::id).toList());
            }
        });
        form.channels().addListener((ListChangeListener<String>) c -> copyChecks());
        form.openProperty().addListener((o, was, open) -> {
            if (open) {
                // settings may have gained or renamed a channel since the page was built
                syncing = true;
                try {
                    channels.getCheckModel().clearChecks();
                    channels.getItems().setAll(page.channelChoices());
                } finally {
                    syncing = false;
                }
                copyChecks();
            }
        });
    }

    private void copyChecks() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            for (Channel channel : channels.getItems()) {
                boolean picked = form.channels().contains(channel.id());
                if (picked != channels.getCheckModel().isChecked(channel)) {
                    if (picked) {
                        channels.getCheckModel().check(channel);
                    } else {
                        channels.getCheckModel().clearCheck(channel);
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    @FXML
    private void saveDated() {
        FormParts.commitDates(date);
        page.saveDated();
    }

    @FXML
    private void cancelDated() {
        form.close();
    }
}
