package org.reachable.ui.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Translations;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.text.TextGaps;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;

/** Plain JUnit: the Texts page's list of what a text lacks follows the language switch. */
class TextGapLinesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final List<String> opened = new ArrayList<>();
    private Settings settings = new Settings(Profile.defaults(AMSTERDAM).withName("Anna"),
            Settings.defaultChannels().stream().map(c -> c.withContact("+31 6 12345678")).toList());

    private TextsViewModel model(Locale screen) {
        ResourceBundle bundle = ResourceBundle.getBundle(TextsView.BUNDLE, screen);
        TextGapLines gaps = new TextGapLines(bundle, () -> new TextGaps(settings,
                ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23))), new TextGapLines.Opener() {
                    @Override
                    public void settings() {
                        opened.add("settings");
                    }

                    @Override
                    public void channel(String channelId, TextGaps.Field field, String language) {
                        opened.add(channelId + " " + field + " " + language);
                    }
                });
        return new TextsViewModel(bundle, (Target t, Format f, String l) -> new TextsViewModel.Text("x"), "nl", null,
                gaps, Clock.systemUTC());
    }

    private static List<String> texts(TextsViewModel model) {
        return model.gaps().stream().map(TextGapLines.Line::text).toList();
    }

    @Test
    void theListFollowsTheTextLanguageAndEachLineOpensItsPage() {
        settings = settings.withChannels(settings.channels().stream().map(c -> c.id().equals("email")
                ? c.withNames(Translations.copiedFrom("nl", "Mail", List.of("nl", "en"))) : c).toList());
        TextsViewModel model = model(Locale.ENGLISH);
        assertEquals(List.of("Your profile has no business name (optional): the texts give only your name."),
                texts(model));
        model.languageProperty().set("en");
        assertEquals(List.of("Your profile has no business name (optional): the texts give only your name.",
                "Mail: the name is not translated into English yet."), texts(model));
        assertEquals("Translate under Channels", model.gaps().get(1).action());
        model.gaps().get(1).open().run();
        model.gaps().get(0).open().run();
        assertEquals(List.of("email NAME en", "settings"), opened);
    }

    @Test
    void aFilledProfileEmptiesTheListAtTheNextRefresh() {
        TextsViewModel model = model(Locale.forLanguageTag("nl-NL"));
        assertEquals(List.of("Je profiel heeft geen bedrijfsnaam (niet verplicht): je teksten noemen alleen je naam."),
                texts(model));
        settings = settings.withProfile(settings.profile().withBusiness("Zonnig"));
        model.refresh();
        assertEquals(List.of(), model.gaps());
        settings = settings.withChannels(List.of(Channel.of("signal", org.reachable.domain.model.ChannelType.CUSTOM,
                "Signal").withUrgentOnly(Translations.only("en", "only when stuck abroad"))));
        model.refresh();
        assertEquals(List.of("Signal heeft nog geen gegevens: je teksten noemen het zonder.",
                "Signal: wanneer het spoed is, staat nog niet in het Nederlands."), texts(model));
        model.gaps().get(0).open().run();
        assertEquals(List.of("signal null null"), opened, "to the contact detail");
    }
}
