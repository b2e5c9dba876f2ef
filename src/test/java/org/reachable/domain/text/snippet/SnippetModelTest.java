package org.reachable.domain.text.snippet;

import org.reachable.domain.status.StatusResolver;

import org.reachable.domain.model.Settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.text.snippet.SnippetWeek.Moment;

/** The values templates read: computed phrases, the real next answer, user text on one line. */
class SnippetModelTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> values, String key) {
        return (Map<String, Object>) values.get(key);
    }

    private static String replyWhen(String language, Moment moment) {
        return (String) map(SnippetWeek.model(language, moment).values(), "reply").get("when");
    }

    @Test
    void insideAnEmailWindowTheReplyKeepsTheChannelsPromise() {
        assertEquals("binnen twee uur", replyWhen("nl", Moment.WINDOW));
        assertEquals("within two hours", replyWhen("en", Moment.WINDOW));
    }

    @Test
    void inFocusTheReplyNamesTheEndOfTheFocusBlockNotTheWindowStart() {
        // the 16:00 e-mail window is covered by focus until 17:00
        assertEquals("vandaag na 17.00 uur", replyWhen("nl", Moment.FOCUS));
        assertEquals("today after 17:00", replyWhen("en", Moment.FOCUS));
    }

    @Test
    void onADayOffTheReplySkipsTheWeekend() {
        assertEquals("maandag 30 november na 9.00 uur", replyWhen("nl", Moment.DAYOFF));
        assertEquals("on Monday 30 November after 9:00", replyWhen("en", Moment.DAYOFF));
        Map<String, Object> status = map(SnippetWeek.model("nl", Moment.DAYOFF).values(), "status");
        assertEquals(true, status.get("dayOff"));
        assertEquals("Anna de Vries, +31 6 12345678", status.get("standIn"), "a number in the stand-in is dialled from abroad too");
        assertEquals("maandag 30 november", status.get("backOn"));
    }

    @Test
    void channelsWithoutAnyWindowAreLeftOutAndEqualWeeksShareALine() {
        Map<String, Object> values = SnippetWeek.model("nl", Moment.WINDOW).values();
        List<?> channels = (List<?>) values.get("channels");
        assertEquals(3, channels.size(), "phone, e-mail and WhatsApp; sms has no window, the urgent line its own");
        List<?> groups = (List<?>) values.get("hoursGroups");
        String week = "ma, di, do en vr 9.00–11.00 en 16.00–18.00 uur; wo 9.00–11.00 en 17.00–18.00 uur";
        // one clock, so no clock is named: "clock" is empty and "clockHours" is the week as it is
        String shortWeek = "ma, di, do en vr 9–11 en 16–18 uur; wo 9–11 en 17–18 uur";
        assertEquals(Map.of("channels", "Telefoon en e-mail", "hours", week, "clock", "", "clockName", "",
                "clockHours", week, "clockShortHours", shortWeek), groups.get(0));
    }

    @Test
    void withClientsInLondonTheHoursNameBothClocks() {
        org.reachable.domain.model.Settings base = SnippetWeek.settings("nl");
        var abroad = new org.reachable.domain.model.Settings(new org.reachable.domain.model.Profile(base.profile().name(),
                base.profile().business(), SnippetWeek.AMSTERDAM, List.of("nl", "en"),
                java.time.ZoneId.of("Europe/London")), base.channels());
        Map<String, Object> values = SnippetWeek.model(abroad, SnippetWeek.schedule(), "nl", Moment.WINDOW.at)
                .values();
        Map<?, ?> phone = (Map<?, ?>) ((List<?>) values.get("channels")).get(0);
        assertEquals("ma, di, do en vr 9.00–11.00 en 16.00–18.00 uur Nederlandse tijd "
                + "(8.00–10.00 en 15.00–17.00 uur Britse tijd); wo 9.00–11.00 en 17.00–18.00 uur Nederlandse tijd "
                + "(8.00–10.00 en 16.00–17.00 uur Britse tijd)", phone.get("hours"));
    }

    @Test
    void americanEnglishUsesTheTwelveHourClock() {
        Map<String, Object> values = SnippetWeek.model(SnippetWeek.settings("en"), SnippetWeek.schedule(), "en-US",
                Moment.WINDOW.at).values();
        Map<?, ?> phone = (Map<?, ?>) ((List<?>) values.get("channels")).get(0);
        assertEquals("Mon, Tue, Thu and Fri 9–11 am and 4–6 pm; Wed 9–11 am and 5–6 pm", phone.get("hours"));
    }

    @Test
    void aDayOffThatSwitchesTheUrgentLineOffLeavesItOut() {
        List<ScheduleEntry> entries = new java.util.ArrayList<>(SnippetWeek.schedule().entries());
        entries.removeIf(e -> e instanceof DayOff);
        entries.add(new DayOff("off@test", null, java.time.LocalDate.of(2026, 11, 27),
                java.time.LocalDate.of(2026, 11, 27), DayOffReason.SICK, "", null, true));
        Schedule schedule = new Schedule(SnippetWeek.AMSTERDAM, entries);
        Map<String, Object> values = SnippetWeek.model(SnippetWeek.settings("nl"), schedule, "nl",
                Moment.DAYOFF.at).values();
        assertFalse((Boolean) values.get("urgent"));
        assertTrue(((List<?>) values.get("urgentLines")).isEmpty());
    }

    @Test
    void userTextBecomesOneLine() {
        assertEquals("Marieke Jansen BV", SnippetModel.line("Marieke\r\nJansen\u2028BV"));
        assertEquals("a b", SnippetModel.line("a\tb\n"));
        Map<String, Object> values = SnippetWeek.model(SnippetWeek.settings("en", "Ann\nLee", ""), SnippetWeek.schedule(),
                "en", Moment.WINDOW.at).values();
        assertEquals("Ann Lee", values.get("who"));
    }

    @Test
    void everyTargetHasItsFormatsWithTheDefaultFirst() {
        assertEquals(Format.HTML, Target.WEBSITE.defaultFormat());
        assertEquals(List.of(Format.TEXT, Format.SIEVE), Target.AUTOREPLY.formats());
        assertEquals(10, Target.values().length);
        assertEquals(List.of(Format.TEXT), Target.WHATSAPP.formats());
        assertEquals("whatsapp", Target.WHATSAPP.code());
        assertEquals(Format.JSONLD, Format.fromCode("jsonld"));
    }

    @Test
    void aTargetsModelHoldsItsOwnValuesAndNotTheOthers() {
        Settings settings = SnippetWeek.settings("nl");
        Schedule schedule = SnippetWeek.schedule();
        StatusResolver resolver = new StatusResolver(schedule, settings.channels(), java.util.Optional.empty());
        SnippetModel voicemail = SnippetModel.of(settings, schedule, resolver, "nl", Moment.WINDOW.at, Target.VOICEMAIL,
                SnippetWeek.PHONES);
        assertTrue(voicemail.values().containsKey("voicemail"));
        assertFalse(voicemail.values().containsKey("facebook"), "no Facebook cut for a voicemail");
        assertFalse(voicemail.values().containsKey("assistant"), "no hand-over walk for a voicemail");
        assertFalse(voicemail.values().containsKey("jsonld"));
        SnippetModel all = SnippetWeek.model("nl", Moment.WINDOW);
        assertEquals(all.values().get("voicemail"), voicemail.values().get("voicemail"), "the same values");
        SnippetModel agreement = SnippetModel.of(settings, schedule, resolver, "nl", Moment.WINDOW.at,
                Target.AGREEMENT);
        assertTrue(agreement.values().containsKey("daysOff"));
        assertFalse(agreement.values().containsKey("reply"));
    }
}
