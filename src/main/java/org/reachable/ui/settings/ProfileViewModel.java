package org.reachable.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Register;
import org.reachable.ui.TextLanguages;

/**
 * The Settings page's profile, what the texts say of the user: name, business, the languages
 * texts are written in, je or u in Dutch, British or American English. Choices save as they
 * change; the two text fields save on {@link #commit()} (focus lost, Enter).
 */
public final class ProfileViewModel {

    private final SettingsSaves saves;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty business = new SimpleStringProperty("");
    private final ObjectProperty<TextLanguages> textLanguages = new SimpleObjectProperty<>(TextLanguages.NL_EN);
    private final ObjectProperty<Register> register = new SimpleObjectProperty<>(Register.JE);
    private final ObjectProperty<EnglishVariant> english = new SimpleObjectProperty<>(EnglishVariant.BRITISH);
    /** The profile as last read or saved: a text field that differs from it is being edited. */
    private Profile shown;
    private final Loading loading = new Loading();

    ProfileViewModel(SettingsSaves saves) {
        this.saves = saves;
        textLanguages.addListener((o, was, now) -> {
            if (now == null) {
                textLanguages.set(was);
            } else if (!loading.on()) {
                saves.save(s -> s.withProfile(s.profile().withLanguages(now.applyTo(s.profile().languages()))));
            }
        });
        register.addListener((o, was, now) -> {
            if (now == null) {
                loading.quietly(() -> register.set(was)); // always a choice; nothing changed, nothing to save
            } else if (!loading.on()) {
                saves.save(s -> s.withProfile(s.profile().withRegister(now)));
            }
        });
        english.addListener((o, was, now) -> {
            if (now == null) {
                loading.quietly(() -> english.set(was)); // always a choice; nothing changed, nothing to save
            } else if (!loading.on()) {
                saves.save(s -> s.withProfile(s.profile().withEnglish(now)));
            }
        });
    }

    /** The profile as the file holds it; a field being edited keeps what was typed. */
    void show(Profile profile) {
        loading.quietly(() -> {
            if (shown == null || name.get().equals(shown.name())) {
                name.set(profile.name());
            }
            if (shown == null || business.get().equals(shown.business())) {
                business.set(profile.business());
            }
            textLanguages.set(TextLanguages.of(profile.languages()));
            register.set(profile.register());
            english.set(profile.english());
            shown = profile;
        });
    }

    /** Saves the name and the business name where they changed. */
    public void commit() {
        String newName = name.get() == null ? "" : name.get().strip();
        String newBusiness = business.get() == null ? "" : business.get().strip();
        if (shown != null && newName.equals(shown.name()) && newBusiness.equals(shown.business())) {
            return;
        }
        if (newName.chars().anyMatch(Character::isISOControl) || newBusiness.chars().anyMatch(Character::isISOControl)) {
            saves.say(saves.text("settings.profile.bad"));
            return;
        }
        if (shown != null) {
            shown = shown.withName(newName).withBusiness(newBusiness);
        }
        saves.save(s -> s.withProfile(s.profile().withName(newName).withBusiness(newBusiness)));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty businessProperty() {
        return business;
    }

    public ObjectProperty<TextLanguages> textLanguagesProperty() {
        return textLanguages;
    }

    /** How Dutch texts address clients; saved at once. */
    public ObjectProperty<Register> registerProperty() {
        return register;
    }

    /** British or American English texts; saved at once. */
    public ObjectProperty<EnglishVariant> englishProperty() {
        return english;
    }
}
