package org.reachable.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Settings;

/** The profile part of the Settings page: name and business on commit, choices at once. */
class ProfileViewModelTest extends SettingsModelFixture {

    @Test
    void theProfileIsSavedOnCommitKeepingTheRest() {
        model.load();
        model.profile().nameProperty().set("  Anna de Vries ");
        model.profile().businessProperty().set("De Vries Vertalingen");
        assertEquals(0, store.saves, "not at every key");
        model.profile().commit();
        Profile saved = store.settings.profile();
        assertEquals("Anna de Vries", saved.name());
        assertEquals("De Vries Vertalingen", saved.business());
        assertEquals(Settings.defaultChannels("nl"), store.settings.channels());
        assertEquals(10, store.settings.preferences().headsUpMinutes());
        model.profile().commit(); // nothing changed since
        assertEquals(1, store.saves);
    }

    @Test
    void jeOrUAndTheEnglishVariantShowAndSaveAtOnceKeepingTheRest() {
        store.settings = store.settings.withProfile(store.settings.profile().withName("Anna")
                .withRegister(Register.U).withEnglish(EnglishVariant.AMERICAN));
        model.load();
        assertEquals(Register.U, model.profile().registerProperty().get());
        assertEquals(EnglishVariant.AMERICAN, model.profile().englishProperty().get());
        assertEquals(0, store.saves, "showing is not saving");

        model.profile().registerProperty().set(Register.JE);
        assertEquals(Register.JE, store.settings.profile().register());
        model.profile().englishProperty().set(EnglishVariant.BRITISH);
        assertEquals(EnglishVariant.BRITISH, store.settings.profile().english());
        assertEquals("Anna", store.settings.profile().name());
        assertEquals(10, store.settings.preferences().headsUpMinutes());
        assertEquals(2, store.saves);

        model.profile().registerProperty().set(null);
        assertEquals(Register.JE, model.profile().registerProperty().get(), "there is always a register");
        assertEquals(2, store.saves);
    }
}
