package org.reachable.ui.home;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.text.forwarding.CallForwarding;

/**
 * The home page's card for forwarding the phone's calls to an assistant or a colleague during focus
 * (issue 18): the number, kept in the settings as E.164, and for it the standard GSM codes with
 * their {@code tel:} links, the one for all calls also as a QR code to scan with the phone, and the
 * warning that operators differ and forwarding may cost money.
 */
public final class ForwardingCard {

    /** Where the number is kept (settings.json); the app wires it. */
    public interface Store {
        /** The number kept, E.164; "" for none. */
        String load();

        /**
         * Keeps {@code e164} ("" forgets it); returns why that failed, or "". A store that writes
         * after it answered (off the FX thread) tells a later failure to {@code notStored}, on the FX
         * thread.
         */
        String save(String e164, Consumer<String> notStored);
    }

    /** One condition's codes: switch on, switch off, each with its {@code tel:} link. */
    public record Row(String label, String on, String onUri, String off, String offUri) {
    }

    private final ResourceBundle bundle;
    private final PhoneNumbers phones;
    private final Supplier<String> region;
    private final Store store;
    private final StringProperty typed = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper onUri = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper offUri = new ReadOnlyStringWrapper("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    /**
     * @param region the home country a national number is read in ("NL", from the home zone as it is
     *     now); null: none known, then a number needs its country code
     */
    public ForwardingCard(ResourceBundle bundle, PhoneNumbers phones, Supplier<String> region, Store store) {
        this.bundle = bundle;
        this.phones = phones;
        this.region = region;
        this.store = store;
    }

    /** Shows the number kept (the settings were read again); a number being typed stays when it did not change. */
    public void load() {
        String kept = store.load();
        kept = CallForwarding.isE164(kept) ? kept : "";
        if (kept.equals(number.get()) && !rows.isEmpty() == !kept.isEmpty()) {
            return;
        }
        show(kept);
        typed.set(shown.get());
    }

    /**
     * Keeps what is typed: a number anyone can dial becomes E.164 at once and the codes follow; an
     * empty field forgets the number; anything else is refused with its reason and nothing changes.
     */
    public void save() {
        String text = typed.get() == null ? "" : typed.get().strip();
        if (text.isEmpty()) {
            keep("");
            return;
        }
        if (phones.check(text, region.get()) instanceof PhoneNumbers.Undialable refused) {
            message.set(bundle.getString("forwarding.problem." + refused.problem().name().toLowerCase(Locale.ROOT)));
            return;
        }
        keep(((PhoneNumbers.Dialable) phones.check(text, region.get())).e164());
    }

    private void keep(String e164) {
        String before = number.get();
        String text = typed.get();
        String failed = store.save(e164, why -> {
            message.set(MessageFormat.format(bundle.getString("forwarding.notStored"), why));
            if (number.get().equals(e164)) { // nothing newer kept since: the number kept, and the text typed, again
                show(before);
                typed.set(text);
            }
        });
        if (!failed.isEmpty()) {
            message.set(MessageFormat.format(bundle.getString("forwarding.notStored"), failed));
            return;
        }
        message.set("");
        show(e164);
        typed.set(shown.get());
    }

    private void show(String e164) {
        number.set(e164);
        shown.set(e164.isEmpty() ? "" : phones.international(e164, region.get()));
        if (e164.isEmpty()) {
            rows.clear();
            onUri.set("");
            offUri.set("");
            return;
        }
        CallForwarding forwarding = new CallForwarding(e164);
        List<Row> all = forwarding.codes().stream().map(code -> new Row(
                bundle.getString("forwarding.condition." + code.condition().name()), code.on(), code.onUri(),
                code.off(), code.offUri())).toList();
        onUri.set(all.get(0).onUri()); // before the rows: the view draws the QR codes when they change
        offUri.set(all.get(0).offUri());
        rows.setAll(all);
    }

    /** What the user types: a number as dialled at home or with its country code. */
    public StringProperty typedProperty() {
        return typed;
    }

    /** The number kept, E.164; "" for none. */
    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    /** The number kept as people read it: "+31 20 123 4567". */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Why the number was refused or not kept; "" when it was. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The {@code tel:} link that forwards all calls: what the QR code holds. */
    public ReadOnlyStringProperty onUriProperty() {
        return onUri.getReadOnlyProperty();
    }

    /** The {@code tel:} link that stops forwarding all calls. */
    public ReadOnlyStringProperty offUriProperty() {
        return offUri.getReadOnlyProperty();
    }

    /** Every condition's codes, all calls first; empty without a number. */
    public ObservableList<Row> rows() {
        return rows;
    }
}
