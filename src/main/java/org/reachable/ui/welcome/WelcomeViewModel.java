package org.reachable.ui.welcome;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.ContactCheck;
import org.reachable.domain.model.ContactCheck.Problem;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Language;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Register;
import org.reachable.domain.service.StarterData.Newcomer;
import org.reachable.ui.TextLanguages;
import org.reachable.ui.ZoneChoices;

/**
 * First start, before the first text is made: who the texts speak for (name, business), the
 * languages clients read, je or u in Dutch texts, British or American English, the home zone (the
 * system's preselected), the clients' zone if they are abroad, the phone number and e-mail address
 * of the example channels, an example or an empty week, and whether the desktop's own
 * notifications are held back during focus. Only the zone must be right to start;
 * a contact detail that {@link ContactCheck} refuses holds the start until it is mended or emptied.
 * Skip starts with the week and zone shown and leaves the profile and contacts empty.
 */
public final class WelcomeViewModel {

    /**
     * What the user chose.
     *
     * @param newcomer the answers to the profile questions; empty when the user skipped them
     */
    public record Choice(boolean exampleWeek, ZoneId zone, Optional<Newcomer> newcomer, boolean silenceDesktop) {
    }

    private final BooleanProperty exampleWeek = new SimpleBooleanProperty(true);
    private final BooleanProperty silenceDesktop = new SimpleBooleanProperty(true);
    private final ObjectProperty<String> zone = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty business = new SimpleStringProperty("");
    private final ObjectProperty<TextLanguages> textLanguages = new SimpleObjectProperty<>();
    private final ObjectProperty<Register> register = new SimpleObjectProperty<>(Register.JE);
    private final ObjectProperty<EnglishVariant> english = new SimpleObjectProperty<>(EnglishVariant.BRITISH);
    private final ObjectProperty<String> clientZone = new SimpleObjectProperty<>("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Problem> phoneProblem = new ReadOnlyObjectWrapper<>(Problem.EMPTY);
    private final ReadOnlyObjectWrapper<Problem> emailProblem = new ReadOnlyObjectWrapper<>(Problem.EMPTY);
    private final ObservableList<String> zones;
    private final ObservableList<String> clientZones;
    private final ZoneId systemZone;
    private final Consumer<Choice> onStart;
    /** Reads numbers the way the Channels page and the texts do; AS_TYPED (form only) until wired. */
    private PhoneNumbers phones = PhoneNumbers.AS_TYPED;
    private boolean numbersRead;

    /**
     * @param screen the language the screens speak: the texts' main language until the user says
     *     otherwise
     */
    public WelcomeViewModel(ZoneId systemZone, Language screen, Consumer<Choice> onStart) {
        this.systemZone = systemZone;
        this.onStart = onStart;
        zones = FXCollections.observableArrayList(ZoneChoices.ids(systemZone));
        clientZones = FXCollections.observableArrayList(zones);
        clientZones.add(0, ""); // none
        zone.set(systemZone.getId());
        textLanguages.set(TextLanguages.startingWith(screen));
        textLanguages.addListener((o, was, now) -> {
            if (now == null) {
                textLanguages.set(was); // a choice, never none
            }
        });
        register.addListener((o, was, now) -> {
            if (now == null) {
                register.set(was);
            }
        });
        english.addListener((o, was, now) -> {
            if (now == null) {
                english.set(was);
            }
        });
        // a message goes as soon as the detail is right, but only comes when the field is left
        // (checkContacts): "anna@" is not wrong while it is being typed
        phone.addListener((o, was, now) -> clearWhenFine(phoneProblem, ChannelType.PHONE, now));
        email.addListener((o, was, now) -> clearWhenFine(emailProblem, ChannelType.EMAIL, now));
    }

    private void clearWhenFine(ReadOnlyObjectWrapper<Problem> problem, ChannelType type, String detail) {
        Problem check = check(type, detail);
        if (check.saves()) {
            problem.set(check);
        }
    }

    /**
     * Checks the phone number as the Channels page does ({@link PhoneNumbers#checkContact}): read
     * in the country of the home zone chosen here, refused with its reason when nobody can dial it,
     * and handed on as E.164.
     */
    public void checkNumbersWith(PhoneNumbers numbers) {
        this.phones = numbers;
        this.numbersRead = true;
        zone.addListener((o, was, now) -> {
            if (phoneProblem.get() != Problem.EMPTY) {
                phoneProblem.set(check(ChannelType.PHONE, phone.get())); // another country reads it otherwise
            }
        });
    }

    private Problem check(ChannelType type, String detail) {
        if (!numbersRead || !PhoneNumbers.dialled(type)) {
            return ContactCheck.check(type, detail);
        }
        return phones.checkContact(type, detail, region());
    }

    private String region() {
        return homeZone().flatMap(phones::region).orElse(null);
    }

    /** Shows what is wrong with the phone number and the e-mail address, if anything. */
    public void checkContacts() {
        phoneProblem.set(check(ChannelType.PHONE, phone.get()));
        emailProblem.set(check(ChannelType.EMAIL, email.get()));
    }

    public boolean canStart() {
        return homeZone().isPresent() && check(ChannelType.PHONE, phone.get()).saves()
                && check(ChannelType.EMAIL, email.get()).saves();
    }

    /** Creates the user's data from the answers; a wrong contact detail is shown instead. */
    public void start() {
        checkContacts();
        if (!canStart()) {
            return;
        }
        ZoneId home = homeZone().orElseThrow();
        ZoneId clients = zoneOf(clientZone.get()).filter(z -> !z.equals(home)).orElse(null);
        Profile profile = new Profile(name.get(), business.get(), home, textLanguages.get().languages(), clients,
                register.get(), english.get());
        String number = numbersRead ? phones.stored(ChannelType.PHONE, phone.get(), region()) : phone.get();
        onStart.accept(new Choice(exampleWeek.get(), home, Optional.of(new Newcomer(profile, number,
                email.get())), silenceDesktop.get()));
    }

    /** Starts without the profile questions: the week and zone shown (the system's if none is). */
    public void skip() {
        onStart.accept(new Choice(exampleWeek.get(), homeZone().orElse(systemZone), Optional.empty(),
                silenceDesktop.get()));
    }

    private Optional<ZoneId> homeZone() {
        return zoneOf(zone.get());
    }

    private Optional<ZoneId> zoneOf(String id) {
        if (id == null || !zones.contains(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty(); // listed but unknown to this JVM: as if not listed
        }
    }

    /** Whether the je/u question matters: only when texts are written in Dutch. */
    public BooleanBinding registerApplies() {
        return Bindings.createBooleanBinding(() -> textLanguages.get().includes("nl"), textLanguages);
    }

    /** Whether British or American matters: only when texts are written in English. */
    public BooleanBinding englishApplies() {
        return Bindings.createBooleanBinding(() -> textLanguages.get().includes("en"), textLanguages);
    }

    public BooleanProperty exampleWeekProperty() {
        return exampleWeek;
    }

    /** Hold the desktop's own notifications back during focus (on unless the user says otherwise). */
    public BooleanProperty silenceDesktopProperty() {
        return silenceDesktop;
    }

    /** The home zone's id; one not in {@link #zones()} cannot start. */
    public ObjectProperty<String> zoneProperty() {
        return zone;
    }

    public ObservableList<String> zones() {
        return zones;
    }

    /** The clients' zone's id; "" is none. */
    public ObjectProperty<String> clientZoneProperty() {
        return clientZone;
    }

    /** The zones, after "" for none. */
    public ObservableList<String> clientZones() {
        return clientZones;
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

    public ObjectProperty<Register> registerProperty() {
        return register;
    }

    public ObjectProperty<EnglishVariant> englishProperty() {
        return english;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    /** What is wrong with the phone number as last checked (EMPTY and OK say nothing is). */
    public ReadOnlyObjectProperty<Problem> phoneProblemProperty() {
        return phoneProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> emailProblemProperty() {
        return emailProblem.getReadOnlyProperty();
    }
}
