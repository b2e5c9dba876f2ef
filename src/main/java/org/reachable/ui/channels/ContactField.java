package org.reachable.ui.channels;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.ContactCheck;
import org.reachable.domain.model.ContactCheck.Problem;

/**
 * The selected channel's contact detail and type as the form holds them: a detail that does not
 * pass {@link ContactCheck} is never saved, stays in the form with its message, and comes back
 * when the user picks the channel again.
 */
final class ContactField {

    /** The type and detail to save: the detail typed when it fits the type, else what was saved. */
    record Checked(ChannelType type, String contact) {
    }

    private final ResourceBundle bundle;
    private final ObjectProperty<ChannelType> type;
    private final StringProperty contact = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(Problem.OK);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The check a detail must pass: the form of it, and (once wired) whether the number can be dialled. */
    private BiFunction<ChannelType, String, Problem> checker = ContactCheck::check;
    /** What is saved for a detail that passed: a number as E.164 once wired, else the detail stripped. */
    private BiFunction<ChannelType, String, String> storer = (type, text) -> text == null ? "" : text.strip();
    /** Details typed but refused, per channel id. */
    private final Map<String, String> drafts = new HashMap<>();

    /** @param filling true while the model fills the form: then a message shows at once */
    ContactField(ResourceBundle bundle, ObjectProperty<ChannelType> type, BooleanSupplier filling) {
        this.bundle = bundle;
        this.type = type;
        // a message goes as soon as the detail is right, but only comes when it is committed:
        // "anna@" is not wrong while it is being typed
        contact.addListener((o, was, now) -> {
            Problem check = checker.apply(type.get(), now);
            if (check.saves() || filling.getAsBoolean()) {
                show(check);
            }
        });
    }

    /** Checks what is typed against the type, keeps a refused detail as a draft, and says what to save. */
    Checked commit(Channel saved) {
        Problem check = checker.apply(type.get(), contact.get());
        show(check);
        if (check.saves()) {
            drafts.remove(saved.id());
            String stored = storer.apply(type.get(), contact.get());
            if (!stored.equals(contact.get())) {
                contact.set(stored); // the form shows what is saved: a number as E.164, at once
            }
            return new Checked(type.get(), stored);
        }
        drafts.put(saved.id(), contact.get());
        // type and detail go together: a phone number is not saved as a WhatsApp number
        // without its country code, so the type waits until the detail fits it
        boolean typeFits = checker.apply(type.get(), saved.contact()).saves();
        return new Checked(typeFits ? type.get() : saved.type(), saved.contact());
    }

    /** Shows a channel's detail, or the refused draft typed for it before; null: none. */
    void fill(Channel channel) {
        contact.set(channel == null ? "" : drafts.getOrDefault(channel.id(), channel.contact()));
        show(channel == null ? Problem.OK : checker.apply(type.get(), contact.get()));
    }

    /** Takes a detail read from the file, unless one is being typed; says whether one is. */
    boolean refresh(Channel was, Channel now) {
        boolean typing = !contact.get().equals(was.contact());
        if (!typing) {
            contact.set(now.contact());
            show(checker.apply(type.get(), contact.get()));
        }
        return typing;
    }

    /** Drops the draft of a channel (Escape, or the channel is removed). */
    void forget(String channelId) {
        drafts.remove(channelId);
    }

    private void show(Problem check) {
        problem.set(check);
        message.set(check == Problem.OK ? "" : bundle.getString("channels.contact."
                + check.name().toLowerCase(Locale.ROOT)));
    }

    /**
     * Checks numbers as libphonenumber does (read in the home country) and stores them as it writes
     * them (E.164): called once the app has them.
     */
    void checkWith(BiFunction<ChannelType, String, Problem> check, BiFunction<ChannelType, String, String> store) {
        this.checker = check;
        this.storer = store;
    }

    StringProperty text() {
        return contact;
    }

    ReadOnlyObjectProperty<Problem> problem() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
