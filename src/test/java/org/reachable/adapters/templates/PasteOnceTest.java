package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.TextService;

/**
 * Issue 11, item 1: a text pasted once (website, signature, voicemail, Facebook, agreement) is read
 * for months, so it describes the week and names no date that will pass ("vanaf maandag 30
 * november", "tomorrow"); a day off appears only in the dated variant the user asks for, and then
 * with its dates and year, and the Texts page can say until when it holds. JSON-LD is left out of
 * the date check: a machine reads its days off with their validFrom/validThrough.
 */
class PasteOnceTest {

    private static final TextService TEXTS = new TextService(new MustacheRenderer());
    /** Wednesday 25 Nov 14:00 (focus), Thursday 26 Nov 10:00 (the day off is tomorrow), Friday 27 Nov 10:00 (on it). */
    private static final List<Instant> MOMENTS = List.of(Instant.parse("2026-11-25T13:00:00Z"),
            Instant.parse("2026-11-26T09:00:00Z"), Instant.parse("2026-11-27T09:00:00Z"),
            Instant.parse("2026-11-27T19:00:00Z"));
    private static final Pattern DATE = Pattern.compile("(?i)\\b(januari|februari|maart|april|mei|juni|juli"
            + "|augustus|september|oktober|november|december|january|february|march|june|july|august|october"
            + "|vandaag|morgen|today|tomorrow|20\\d\\d)\\b|\\b\\d{1,2}/\\d{1,2}\\b");

    static Stream<Arguments> pastedOnce() {
        List<Arguments> cases = new ArrayList<>();
        for (Target target : Target.values()) {
            for (Format format : target.formats()) {
                for (String language : List.of("nl", "en", "en-US")) {
                    if (target.pasteOnce() && format != Format.JSONLD) {
                        cases.add(Arguments.of(target, format, language));
                    }
                }
            }
        }
        return cases.stream();
    }

    private static TextService.Data data(String language) {
        Settings settings = SnippetWeek.settings(language.substring(0, 2));
        Schedule schedule = SnippetWeek.schedule();
        return new TextService.Data(settings, schedule, new StatusResolver(schedule, settings.channels(),
                Optional.empty()), SnippetWeek.PHONES);
    }

    private static String text(Target target, Format format, String language, boolean dated, Instant at) {
        return TEXTS.text(new TextService.Request(target, format, language, dated), data(language), at).text();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("pastedOnce")
    void aTextPastedOnceNamesNoDate(Target target, Format format, String language) {
        for (Instant at : MOMENTS) {
            String text = text(target, format, language, false, at);
            Matcher date = DATE.matcher(text);
            assertFalse(date.find(), () -> target.code() + " " + format.code() + " " + language + " made at " + at
                    + " names '" + date.group() + "', which will pass:\n" + text);
            assertFalse(TEXTS.validity(new TextService.Request(target, format, language), data(language), at)
                    .dated());
        }
    }

    @Test
    void theDatedVariantNamesTheComingDayOffWithItsYear() {
        Instant thursday = MOMENTS.get(1);
        String website = text(Target.WEBSITE, Format.TEXT, "nl", true, thursday);
        assertTrue(website.contains("Op vrijdag 27 november 2026 ben ik er niet; vanaf maandag 30 november 2026 ben"
                + " ik weer bereikbaar. Kan het niet wachten? Neem dan contact op met Anna de Vries, +31 6 12345678."),
                website);
        String voicemail = text(Target.VOICEMAIL, Format.TEXT, "en", true, MOMENTS.get(2));
        assertTrue(voicemail.contains("I'm away on Friday 27 November 2026 and back on Monday 30 November 2026."),
                voicemail);
        String agreement = text(Target.AGREEMENT, Format.TEXT, "nl", true, thursday);
        assertTrue(agreement.contains("- vrijdag 27 november 2026 (vervanging: Anna de Vries, +31 6 12345678)"),
                agreement);
        TextService.Validity validity = TEXTS.validity(new TextService.Request(Target.WEBSITE, Format.TEXT, "nl",
                true), data("nl"), thursday);
        assertEquals(new TextService.Validity(true, Optional.of(LocalDate.of(2026, 11, 27))), validity);
    }

    @Test
    void theAutoReplySpeaksOfNowAndIsAlwaysDated() {
        assertTrue(TEXTS.validity(new TextService.Request(Target.AUTOREPLY, Format.TEXT, "nl"), data("nl"),
                MOMENTS.get(0)).dated());
    }

    /** A voicemail must not tell a caller to ring a number that only takes messages. */
    @Test
    void theVoicemailSaysHowToReachAnUrgentNumberThatOnlyTakesTexts() {
        Settings settings = SnippetWeek.settings("nl");
        List<org.reachable.domain.model.Channel> channels = new java.util.ArrayList<>(settings.channels());
        org.reachable.domain.model.Channel urgent = channels.remove(channels.size() - 1);
        channels.add(org.reachable.domain.model.Channel.of("urgent", org.reachable.domain.model.ChannelType.SMS, "Spoed-sms")
                .withContact(urgent.contact()).withUrgentOnly(urgent.urgentCondition()));
        Settings sms = settings.withChannels(channels);
        Schedule schedule = SnippetWeek.schedule();
        TextService.Data data = new TextService.Data(sms, schedule, new StatusResolver(schedule, sms.channels(),
                Optional.empty()), SnippetWeek.PHONES);
        String nl = TEXTS.text(new TextService.Request(Target.VOICEMAIL, Format.TEXT, "nl"), data, MOMENTS.get(0)).text();
        assertTrue(nl.contains("Heb je spoed? Stuur dan een sms naar +31 6 87654321"), nl);
        String en = TEXTS.text(new TextService.Request(Target.VOICEMAIL, Format.TEXT, "en"), data, MOMENTS.get(0)).text();
        assertTrue(en.contains("If it is urgent, please send a text to +31 6 87654321"), en);
    }
}
