package org.reachable.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;

/** The header in words, without a toolkit. */
class MainViewModelTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static Status mondayAtTen() {
        Schedule s = new Schedule(AMSTERDAM, List.of(new ReachableWindow("w", "Reachable",
                Weekly.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeRange.of("09:00", "11:00")),
                Set.of("phone"))));
        return new StatusResolver(s, List.of(Channel.of("phone", ChannelType.PHONE, "Telefoon"),
                Channel.of("sms", ChannelType.SMS, "SMS")), Optional.empty())
                .status(Instant.parse("2026-11-23T09:00:00Z"));
    }

    @Test
    void headerSaysAvailableUntilElevenInEnglish() {
        MainViewModel vm = new MainViewModel(MainView.bundle(Locale.ENGLISH));
        vm.show(mondayAtTen(), AMSTERDAM);
        assertEquals(State.AVAILABLE, vm.stateProperty().get());
        assertEquals("Available", vm.headlineProperty().get());
        assertEquals("in a reachable window, until 11:00", vm.detailProperty().get());
        assertEquals("✓ Telefoon: reachable until 11:00\n✗ SMS: not reachable, no window in the coming year",
                vm.channelsProperty().get());
    }

    @Test
    void headerSpeaksDutchForDutchUsers() {
        MainViewModel vm = new MainViewModel(MainView.bundle(Locale.forLanguageTag("nl-NL")));
        vm.show(mondayAtTen(), AMSTERDAM);
        assertEquals("Bereikbaar", vm.headlineProperty().get());
        assertEquals("binnen je bereikbare tijden, tot 11.00 uur", vm.detailProperty().get());
    }

    @Test
    void anUrgentLineThatStaysOpenSaysSoWithoutAnEmptyUntil() {
        Schedule s = new Schedule(AMSTERDAM, List.of());
        Status status = new StatusResolver(s, List.of(Channel.of("urgent", ChannelType.PHONE,
                org.reachable.domain.model.Translations.of("Spoednummer", "Emergency number"))
                .withUrgentOnly("alleen bij spoed")), Optional.empty()).status(Instant.parse("2026-11-23T09:00:00Z"));
        MainViewModel dutch = new MainViewModel(MainView.bundle(Locale.forLanguageTag("nl-NL")));
        dutch.show(status, AMSTERDAM);
        assertEquals("✓ Spoednummer: bereikbaar, zonder einde in zicht", dutch.channelsProperty().get());
        MainViewModel english = new MainViewModel(MainView.bundle(Locale.ENGLISH));
        english.show(status, AMSTERDAM);
        assertEquals("✓ Emergency number: reachable, with no end in sight", english.channelsProperty().get());
    }

    @Test
    void aProblemIsShownAndClearedAgain() {
        MainViewModel vm = new MainViewModel(MainView.bundle(Locale.ENGLISH));
        vm.showProblem("schedule.ics line 3: bad DTSTART");
        assertEquals("Problem: schedule.ics line 3: bad DTSTART", vm.problemProperty().get());
        vm.showProblem(null);
        assertEquals("", vm.problemProperty().get());
    }

    @Test
    void proseTimesFollowTheScreenLanguageAndCountdownsCountHoursAndMinutes() {
        MainViewModel dutch = new MainViewModel(MainView.bundle(Locale.forLanguageTag("nl-NL")));
        dutch.show(mondayAtTen(), AMSTERDAM);
        assertEquals("✓ Telefoon: bereikbaar tot 11.00 uur", dutch.channelsProperty().get().lines().findFirst()
                .orElseThrow());
        dutch.tick(Instant.parse("2026-11-23T09:00:00Z"));
        assertEquals("over 1 u", dutch.countdownProperty().get());
        dutch.tick(Instant.parse("2026-11-23T09:29:30Z"));
        assertEquals("over 31 min", dutch.countdownProperty().get(), "rounded up: never '0 min' before the change");
        MainViewModel us = new MainViewModel(MainView.bundle(Locale.US), Locale.US);
        us.show(mondayAtTen(), AMSTERDAM);
        assertEquals("in a reachable window, until 11 am", us.detailProperty().get());
        assertEquals(Locale.US, MainViewModel.screenLocale(MainView.bundle(Locale.US), Locale.US));
        assertEquals("nl", MainViewModel.screenLocale(MainView.bundle(Locale.forLanguageTag("nl")), Locale.US)
                .toLanguageTag(), "a US machine showing Dutch writes Dutch times");
        var english = MainView.bundle(Locale.UK);
        assertEquals("1 h 30 min", MainViewModel.duration(english, java.time.Duration.ofMinutes(90)));
        assertEquals("2 d 3 h", MainViewModel.duration(english, java.time.Duration.ofHours(51)));
        assertEquals("1 u 30 min", MainViewModel.duration(MainView.bundle(Locale.forLanguageTag("nl")),
                java.time.Duration.ofMinutes(90)));
    }
}
