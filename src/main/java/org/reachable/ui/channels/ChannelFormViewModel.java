package org.reachable.ui.channels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.ContactCheck.Problem;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Translations;

/**
 * The form for the selected channel: its type, contact detail, fallback and urgent line, and its
 * words per text language ({@link ChannelWords}). It turns what the form holds into the channel to
 * save ({@link #edited}); when and where that is saved is the page's business
 * ({@link ChannelsViewModel}), which it asks through {@code commit} when a choice changes.
 */
public final class ChannelFormViewModel {

    private final ResourceBundle bundle;
    private final List<Channel> channels;
    private final List<String> languages;
    private final ObjectProperty<ChannelType> type = new SimpleObjectProperty<>(ChannelType.PHONE);
    private final ContactField contact;
    private final ObjectProperty<Fallback> fallback = new SimpleObjectProperty<>(Fallback.NONE);
    private final BooleanProperty urgentOnly = new SimpleBooleanProperty(false);
    private final ChannelWords words;
    private final ChannelNaming naming;
    private final ReadOnlyStringWrapper nameMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper channelId = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);

    /** The channel the form shows, as it was last filled in or saved; the form's edits compare to it. */
    private Channel shown;
    /** True while the model fills the form, so its listeners neither save nor rename. */
    private boolean filling;

    /**
     * @param channels the page's channels, for names and ids the form must not repeat
     * @param languages the text languages the form asks, main language first
     * @param commit saves what the form holds; called when a choice changes
     */
    ChannelFormViewModel(ResourceBundle bundle, List<Channel> channels, List<String> languages, String screenLanguage,
            Runnable commit) {
        this.bundle = bundle;
        this.channels = channels;
        this.languages = languages;
        words = new ChannelWords(bundle.getString("channels.preview.none"), type);
        contact = new ContactField(bundle, type, () -> filling);
        naming = new ChannelNaming(screenLanguage);
        InvalidationListener choice = o -> {
            if (!filling) {
                commit.run();
            }
        };
        for (PromiseChoice promise : List.of(words.inside(), words.outside())) {
            for (Observable part : promise.parts()) {
                part.addListener(choice);
            }
        }
        type.addListener((o, was, now) -> {
            if (now == null) {
                type.set(was);
                return;
            }
            if (!filling) {
                renameIfDefault(was, now);
                commit.run();
            }
        });
        fallback.addListener((o, was, now) -> {
            if (now == null) {
                fallback.set(Fallback.NONE);
            } else if (!filling) {
                commit.run();
            }
        });
        urgentOnly.addListener((o, was, now) -> {
            if (!filling) {
                commit.run();
            }
        });
    }

    /** The channel the form shows as last filled in or saved; null when none is selected. */
    Channel shown() {
        return shown;
    }

    /** Puts {@code channel} in the form (null: an empty, disabled form). */
    void fill(Channel channel) {
        filling = true;
        try {
            shown = channel;
            editing.set(channel != null);
            Channel c = channel == null ? Channel.of("none", ChannelType.PHONE, Translations.none()) : channel;
            channelId.set(channel == null ? "" : channel.id());
            words.fill(c);
            if (channel == null) {
                words.clear();
            }
            type.set(c.type());
            contact.fill(channel);
            fallback.set(c.fallback());
            urgentOnly.set(c.urgentOnly());
            nameMessage.set("");
        } finally {
            filling = false;
        }
    }

    /** Takes {@code channel} read from the file into the form, but not over a field being edited. */
    void refresh(Channel channel) {
        filling = true;
        try {
            Channel was = shown;
            shown = channel;
            channelId.set(channel.id());
            words.refresh(was, channel);
            boolean typing = !contact.text().get().equals(was.contact());
            if (type.get() == was.type() && !typing) {
                type.set(channel.type());
            }
            contact.refresh(was, channel);
            fallback.set(channel.fallback());
            urgentOnly.set(channel.urgentOnly());
        } finally {
            filling = false;
        }
    }

    /**
     * {@code saved} as the form holds it, where that is valid: an emptied name and a contact detail
     * that does not pass its check keep what was saved, and say so under their field. The form
     * shows the result from then on.
     */
    Channel edited(Channel saved) {
        nameMessage.set(words.nameEmptied(saved, languages) ? bundle.getString("channels.name.empty") : "");
        ContactField.Checked checked = contact.commit(saved);
        shown = words.apply(saved, languages, checked.type(), checked.contact(), fallback.get(), urgentOnly.get());
        return shown;
    }

    /** After {@code was} was saved as {@code now}: a copy that followed an edit shows, and the marks go. */
    void saved(Channel was, Channel now) {
        filling = true;
        try {
            words.refresh(was, now);
        } finally {
            filling = false;
        }
    }

    /** Drops what was typed and refused for a channel (Escape, or the channel is removed). */
    void forget(String id) {
        contact.forget(id);
    }

    /** A new channel of {@code kind} beside the page's, named as usual in the form's languages. */
    Channel fresh(ChannelType kind) {
        return naming.fresh(kind == null ? ChannelType.CUSTOM : kind, channels, languages);
    }

    /** Names still the usual ones of the old type ("Telefoon", "Phone") follow a change of type. */
    private void renameIfDefault(ChannelType was, ChannelType now) {
        if (shown == null) {
            return;
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (String language : languages) {
            String text = words.names().text(language).get();
            typed.put(language, text == null ? "" : text.strip());
        }
        List<Channel> others = channels.stream().filter(c -> !c.id().equals(shown.id())).toList();
        naming.renamed(was, now, typed, others).ifPresent(names ->
                names.forEach((language, name) -> words.names().text(language).set(name)));
    }

    public ObjectProperty<ChannelType> typeProperty() {
        return type;
    }

    public StringProperty contactProperty() {
        return contact.text();
    }

    public ObjectProperty<Fallback> fallbackProperty() {
        return fallback;
    }

    public BooleanProperty urgentOnlyProperty() {
        return urgentOnly;
    }

    /** The name, promises, note and urgent condition per text language. */
    public ChannelWords words() {
        return words;
    }

    public ReadOnlyObjectProperty<Problem> contactProblemProperty() {
        return contact.problem();
    }

    /** Under the contact field: what is wrong, or a hint that it is empty; empty when it is fine. */
    public ReadOnlyStringProperty contactMessageProperty() {
        return contact.message();
    }

    public ReadOnlyStringProperty nameMessageProperty() {
        return nameMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty channelIdProperty() {
        return channelId.getReadOnlyProperty();
    }

    /** Whether a channel is selected (the form is enabled). */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The contact detail's field, for the page to give it the number check. */
    ContactField contactField() {
        return contact;
    }
}
