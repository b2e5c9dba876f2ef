package org.reachable.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Translations;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.text.TextGaps.Field;
import org.reachable.domain.text.TextGaps.Gap;
import org.reachable.domain.text.TextGaps.NoBusiness;
import org.reachable.domain.text.TextGaps.NoContact;
import org.reachable.domain.text.TextGaps.NoName;
import org.reachable.domain.text.TextGaps.Untranslated;

/** The example week: phone, e-mail and WhatsApp have hours, sms has none. */
class TextGapsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Schedule WEEK = ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23));

    private static Settings full() {
        List<Channel> channels = new ArrayList<>();
        for (Channel c : Settings.defaultChannels()) {
            channels.add(c.withContact(c.id().equals("email") ? "anna@zonnig.nl" : "+31 6 12345678"));
        }
        return new Settings(Profile.defaults(AMSTERDAM).withName("Anna").withBusiness("Zonnig"), channels);
    }

    private static Settings withChannel(Settings settings, String id, java.util.function.UnaryOperator<Channel> edit) {
        return settings.withChannels(settings.channels().stream().map(c -> c.id().equals(id) ? edit.apply(c) : c)
                .toList());
    }

    @Test
    void aFullProfileWithStandardChannelsLacksNothingInEitherLanguage() {
        TextGaps gaps = new TextGaps(full(), WEEK);
        assertEquals(List.of(), gaps.in("nl"));
        assertEquals(List.of(), gaps.in("en-GB"));
        assertTrue(gaps.complete("en"));
    }

    @Test
    void anEmptyProfileLacksNameBusinessAndTheContactOfEveryChannelClientsSee() {
        Settings empty = new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels());
        List<Gap> gaps = new TextGaps(empty, WEEK).in("nl");
        List<String> contactless = gaps.stream().filter(g -> g instanceof NoContact)
                .map(g -> ((NoContact) g).channel().id()).toList();
        assertEquals(new NoName(), gaps.get(0));
        assertEquals(new NoBusiness(), gaps.get(1));
        assertEquals(List.of("phone", "email", "whatsapp"), contactless, "sms has no hours: no text names it");
    }

    @Test
    void anUrgentLineIsSeenWithoutHoursAndItsConditionMustBeTranslated() {
        Settings settings = withChannel(full(), "sms", c -> c.withContact("")
                .withUrgentOnly(Translations.only("nl", "alleen voor reizigers die vastzitten")));
        TextGaps gaps = new TextGaps(settings, WEEK);
        Channel sms = settings.channel("sms").orElseThrow();
        assertEquals(List.of(new NoContact(sms), new Untranslated(sms, Field.URGENT_CONDITION, "en", false)),
                gaps.in("en"));
        assertEquals(List.of(new NoContact(sms)), gaps.in("nl"), "in Dutch it is there");
    }

    @Test
    void aCopiedNameCountsAsUntranslatedUntilTheUserChecksIt() {
        Channel signal = Channel.of("signal", ChannelType.CUSTOM,
                Translations.copiedFrom("nl", "Signaal", List.of("nl", "en")));
        assertEquals(List.of(new Untranslated(signal, Field.NAME, "en", true)),
                TextGaps.untranslated(signal, List.of("nl", "en")));
        Channel checked = signal.withNames(signal.names().with("en", "Signal"));
        assertEquals(List.of(), TextGaps.untranslated(checked, List.of("nl", "en")));
    }

    @Test
    void aNoteInOneLanguageLacksTheOtherButNoNoteLacksNothing() {
        Settings settings = withChannel(full(), "phone", c -> c.withNote(Translations.only("en", "weekends too")));
        Channel phone = settings.channel("phone").orElseThrow();
        assertEquals(List.of(new Untranslated(phone, Field.NOTE, "nl", false)), new TextGaps(settings, WEEK).in("nl"));
        assertEquals(List.of(), new TextGaps(settings, WEEK).in("en"));
    }

    @Test
    void theChannelsPageListsEveryChannelNotOnlyTheOnesClientsSee() {
        Channel sms = Channel.of("sms", ChannelType.SMS, Translations.only("nl", "Sms"));
        Channel phone = Channel.of("phone", ChannelType.PHONE, ChannelType.PHONE.standardNames());
        assertEquals(List.of(new Untranslated(sms, Field.NAME, "en", false)),
                TextGaps.untranslated(List.of(phone, sms), List.of("nl", "en")));
        assertEquals(List.of(), TextGaps.untranslated(List.of(phone, sms), List.of("nl")),
                "only the profile's languages are asked");
    }
}
