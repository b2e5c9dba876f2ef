package org.reachable.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.service.OverridePlanner;
import org.reachable.domain.service.OverrideRequest;
import org.reachable.domain.status.State;
import org.reachable.domain.status.StatusResolver;

/** The home page's state, without a toolkit: the example week on Thursday 26 November 2026. */
class HomeViewModelTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Thursday 26 November 2026, 10:00 in Amsterdam. */
    static final Instant TEN = Instant.parse("2026-11-26T09:00:00Z");
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    final List<OverrideRequest> asked = new ArrayList<>();
    final List<String> copied = new ArrayList<>();

    static StatusResolver example(String language, Optional<ManualOverride> override) {
        return new StatusResolver(ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 26), language),
                Settings.defaultChannels(language), override);
    }

    HomeViewModel model(Locale locale) {
        return new HomeViewModel(HomeView.bundle(locale), locale, asked::add, copied::add);
    }

    @Test
    void saysTheStatusNowAndUntilWhenInDutchProse() {
        HomeViewModel home = model(DUTCH);
        home.show(example("nl", Optional.empty()), TEN, "");
        assertEquals(State.AVAILABLE, home.stateProperty().get());
        assertEquals("Nu: Bereikbaar (binnen je bereikbare tijden) tot 11.00 uur", home.nowProperty().get());
        assertEquals(10 * 60, home.nowMinuteProperty().get());
        assertFalse(home.overriddenProperty().get(), "no override: back to schedule means nothing");
    }

    @Test
    void listsTheNextChangesWithTheChannelsReachableThen() {
        HomeViewModel home = model(Locale.UK);
        home.show(example("en", Optional.empty()), TEN, "");
        List<String> next = home.nextChanges();
        assertEquals(HomeViewModel.NEXT_CHANGES, next.size(), next.toString());
        assertEquals("11:00: Available — WhatsApp Business", next.get(0));
        assertEquals("16:00: Available — Phone, Email and WhatsApp Business", next.get(1));
        assertEquals("18:00: Not reachable", next.get(3), "no channel then, so none named");
    }

    @Test
    void todayIsATimelinePerChannelFromMidnightToMidnight() {
        HomeViewModel home = model(DUTCH);
        home.show(example("nl", Optional.empty()), TEN, "");
        HomeViewModel.ChannelDay phone = home.today().get(0);
        assertEquals("Telefoon", phone.name());
        assertEquals(List.of(new HomeViewModel.Stretch(0, 540, false), new HomeViewModel.Stretch(540, 660, true),
                new HomeViewModel.Stretch(660, 960, false), new HomeViewModel.Stretch(960, 1080, true),
                new HomeViewModel.Stretch(1080, 1440, false)), phone.stretches());
        assertTrue(home.today().stream().allMatch(d -> d.stretches().get(0).startMinute() == 0
                && d.stretches().get(d.stretches().size() - 1).endMinute() == 1440), "every bar covers the day");
    }

    @Test
    void aQuickActionAsksForItsOverrideAndAnOverrideShowsOnTheTimeline() {
        HomeViewModel home = model(DUTCH);
        home.show(example("nl", Optional.empty()), TEN, "");
        home.quick(HomeViewModel.Quick.FOCUS_1_HOUR);
        assertEquals(List.of(new OverrideRequest.For(OverrideState.FOCUS, Duration.ofHours(1))), asked);

        StatusResolver plain = example("nl", Optional.empty());
        ManualOverride focus = asked.get(0).plan(new OverridePlanner(plain), TEN).orElseThrow();
        home.show(example("nl", Optional.of(focus)), TEN, "");
        assertEquals(State.FOCUS, home.stateProperty().get());
        assertEquals("Nu: Focus (zelf ingesteld) tot 11.00 uur", home.nowProperty().get());
        assertTrue(home.overriddenProperty().get());
        assertEquals(new HomeViewModel.Stretch(540, 600, true), home.today().get(0).stretches().get(1),
                "the phone was reachable from 9 until the focus began at 10");
        assertEquals(new HomeViewModel.Stretch(600, 960, false), home.today().get(0).stretches().get(2));
    }

    @Test
    void aQuickActionTheScheduleCannotEndSaysWhy() {
        HomeViewModel home = new HomeViewModel(HomeView.bundle(DUTCH), DUTCH, r -> {
            throw new InvalidScheduleException("Geen venster in het komende jaar");
        }, copied::add);
        home.quick(HomeViewModel.Quick.FOCUS_UNTIL_NEXT_WINDOW);
        assertEquals("Geen venster in het komende jaar", home.messageProperty().get());
    }

    @Test
    void whatAClientIsToldIsTheAutoReplysFirstLineAndOneClickCopiesIt() {
        HomeViewModel home = model(Locale.UK);
        home.show(example("en", Optional.empty()), TEN, "\nThank you for your message.\nI reply today from 16:00.\n");
        assertEquals("Thank you for your message.", home.clientLineProperty().get());
        home.copyClientLine();
        assertEquals(List.of("Thank you for your message."), copied);
        assertEquals("Copied.", home.messageProperty().get());
    }

    @Test
    void theHomePageNamesStatesAndReasonsAsTheHeaderDoes() {
        for (Locale locale : List.of(Locale.UK, DUTCH)) {
            var home = HomeView.bundle(locale);
            var header = org.reachable.ui.main.MainView.bundle(locale);
            for (String key : java.util.Collections.list(home.getKeys())) {
                if (key.startsWith("state.") || key.startsWith("reason.")) {
                    assertEquals(header.getString(key), home.getString(key), locale + " " + key);
                }
            }
        }
    }
}
