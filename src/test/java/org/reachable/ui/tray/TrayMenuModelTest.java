package org.reachable.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.ExpiryKind;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;

class TrayMenuModelTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Schedule WEEK = ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23));

    private static Status at(String utc, Optional<ManualOverride> override, String language) {
        return new StatusResolver(WEEK, Settings.defaultChannels(language), override).status(Instant.parse(utc));
    }

    private static List<TrayAction> actions(List<TrayMenu.Item> items) {
        return items.stream().flatMap(i -> i instanceof TrayMenu.Submenu s ? actions(s.items()).stream()
                : i instanceof TrayMenu.Action a ? java.util.stream.Stream.of(a.action())
                : java.util.stream.Stream.empty()).toList();
    }

    @Test
    void withAForwardingNumberTheMenuOffersTheCodeThatFitsTheStatusFirst() {
        TrayMenuModel model = TrayMenuModel.forLocale(Locale.forLanguageTag("nl-NL"));
        Optional<TrayMenuModel.Forwarding> forwarding = Optional.of(new TrayMenuModel.Forwarding("+31 20 123 4567",
                "**21*+31201234567#", "##21#"));
        Status focus = at("2026-11-25T12:00:00Z", Optional.empty(), "nl"); // Wednesday 13:00: focus begins
        List<TrayAction> inFocus = actions(model.menu(focus, AMSTERDAM, Optional.empty(), forwarding).items());
        assertTrue(inFocus.indexOf(TrayAction.FORWARD_ON) < inFocus.indexOf(TrayAction.FORWARD_OFF), inFocus.toString());
        List<String> labels = model.menu(focus, AMSTERDAM, Optional.empty(), forwarding).items().stream()
                .filter(i -> i instanceof TrayMenu.Action).map(i -> ((TrayMenu.Action) i).text()).toList();
        assertTrue(labels.contains("Gesprekken doorschakelen naar +31 20 123 4567 (**21*+31201234567# kopiëren)"),
                labels.toString());
        assertTrue(labels.contains("Doorschakelen stoppen (##21# kopiëren)"), labels.toString());
        Status after = at("2026-11-25T16:00:00Z", Optional.empty(), "nl"); // 17:00: focus is over
        List<TrayAction> later = actions(model.menu(after, AMSTERDAM, Optional.empty(), forwarding).items());
        assertTrue(later.indexOf(TrayAction.FORWARD_OFF) < later.indexOf(TrayAction.FORWARD_ON), later.toString());
        assertFalse(actions(model.menu(after, AMSTERDAM, Optional.empty()).items()).contains(TrayAction.FORWARD_ON),
                "no number kept: no forwarding entries");
    }

    @Test
    void tooltipInFocusNamesTheChannelsThatAreOff() {
        Status focus = at("2026-11-25T12:00:00Z", Optional.empty(), "en"); // Wednesday 13:00
        assertEquals("Focus until 17:00 — phone, email, WhatsApp Business and SMS off",
                TrayMenuModel.forLocale(Locale.ENGLISH).tooltip(focus, AMSTERDAM));
    }

    @Test
    void notificationSentenceStartsWithACapital() {
        Status focus = at("2026-11-25T12:00:00Z", Optional.empty(), "nl");
        assertEquals("Telefoon, e-mail, WhatsApp Business en sms uit.",
                TrayMenuModel.forLocale(Locale.forLanguageTag("nl-NL")).channelSentence(focus));
    }

    @Test
    void tooltipWhenAvailableNamesTheReachableChannelsInDutch() {
        Status available = at("2026-11-23T09:00:00Z", Optional.empty(), "nl"); // Monday 10:00
        assertEquals("Bereikbaar tot 11:00 — bereikbaar via telefoon, e-mail en WhatsApp Business",
                TrayMenuModel.forLocale(Locale.forLanguageTag("nl-NL")).tooltip(available, AMSTERDAM));
    }

    @Test
    void menuHasStatusNextChangeFocusAvailableOpenAndQuit() {
        Status available = at("2026-11-23T09:00:00Z", Optional.empty(), "en");
        TrayMenu menu = TrayMenuModel.forLocale(Locale.ENGLISH).menu(available, AMSTERDAM, Optional.empty());
        assertEquals(State.AVAILABLE, menu.state());
        assertEquals(new TrayMenu.Text("Available until 11:00"), menu.items().get(0));
        assertEquals(new TrayMenu.Text("Next change: 11:00"), menu.items().get(1));
        assertEquals(List.of(TrayAction.FOCUS_30_MINUTES, TrayAction.FOCUS_1_HOUR, TrayAction.FOCUS_2_HOURS,
                TrayAction.FOCUS_UNTIL_NEXT_WINDOW, TrayAction.FOCUS_UNTIL_END_OF_DAY,
                TrayAction.AVAILABLE_UNTIL_NEXT_CHANGE, TrayAction.AVAILABLE_1_HOUR, TrayAction.COPY_AUTOREPLY,
                TrayAction.COPY_VOICEMAIL, TrayAction.OPEN, TrayAction.QUIT),
                actions(menu.items()));
        assertTrue(menu.items().contains(new TrayMenu.Action("Copy auto-reply", TrayAction.COPY_AUTOREPLY)));
        assertTrue(menu.items().contains(new TrayMenu.Action("Copy voicemail script", TrayAction.COPY_VOICEMAIL)));
    }

    @Test
    void backToScheduleShowsOnlyWhileAnOverrideRuns() {
        ManualOverride focus = new ManualOverride(OverrideState.FOCUS, ExpiryKind.DURATION,
                Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-11-23T10:00:00Z"));
        TrayMenuModel model = TrayMenuModel.forLocale(Locale.ENGLISH);
        TrayMenu during = model.menu(at("2026-11-23T09:30:00Z", Optional.of(focus), "en"), AMSTERDAM,
                Optional.of(focus));
        assertTrue(actions(during.items()).contains(TrayAction.BACK_TO_SCHEDULE));
        assertEquals(new TrayMenu.Text("Focus until 11:00"), during.items().get(0));
        TrayMenu after = model.menu(at("2026-11-23T10:30:00Z", Optional.of(focus), "en"), AMSTERDAM,
                Optional.of(focus));
        assertFalse(actions(after.items()).contains(TrayAction.BACK_TO_SCHEDULE));
    }

    @Test
    void aChangeDaysAwayNamesTheDay() {
        Status friday = at("2026-11-27T18:00:00Z", Optional.empty(), "en"); // Friday 19:00
        assertEquals("Not reachable until Monday 09:00",
                TrayMenuModel.forLocale(Locale.ENGLISH).headline(friday, AMSTERDAM));
    }
}
