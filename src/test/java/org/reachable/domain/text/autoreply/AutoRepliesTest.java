package org.reachable.domain.text.autoreply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.autoreply.AutoReplies.Reply;
import org.reachable.domain.text.snippet.SnippetWeek;

/**
 * The auto-reply relative to the moment it is sent, on the example week (e-mail Mon–Fri 9–11 and
 * 16–18, focus Wednesday 13–17, a day off Friday 27 November 2026, Christmas days off 24 December
 * to 1 January). Expected words are written by hand.
 */
class AutoRepliesTest {

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SnippetWeek.AMSTERDAM).toInstant();
    }

    private static Schedule schedule() {
        List<ScheduleEntry> entries = new ArrayList<>(SnippetWeek.schedule().entries());
        entries.add(new DayOff("xmas@test", "Kerst", LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1),
                DayOffReason.HOLIDAY, "", null, false));
        return new Schedule(SnippetWeek.AMSTERDAM, entries);
    }

    private static AutoReplies replies(String language, Settings settings) {
        Schedule schedule = schedule();
        return new AutoReplies(settings, schedule, new StatusResolver(schedule, settings.channels(), Optional.empty()),
                language);
    }

    private static AutoReplies replies(String language) {
        return replies(language, SnippetWeek.settings(language.substring(0, 2)));
    }

    private static String when(String language, String local) {
        Reply reply = replies(language).at(at(local));
        assertTrue(reply.sends(), local);
        return reply.when().orElseThrow();
    }

    @Test
    void autoReplyOnFridayEveningNamesMonday() {
        assertEquals("maandag na 9.00 uur", when("nl", "2026-11-20T18:30"));
        assertEquals("on Monday after 9:00", when("en", "2026-11-20T18:30"));
        assertEquals("on Monday after 9 am", when("en-US", "2026-11-20T18:30"));
        assertEquals("maandag na 9.00 uur", when("nl", "2026-11-21T12:00"), "Saturday too");
    }

    @Test
    void betweenTwoWindowsItIsToday() {
        assertEquals("vandaag na 16.00 uur", when("nl", "2026-11-23T12:00"));
        assertEquals("today after 16:00", when("en", "2026-11-23T12:00"));
        assertEquals("today after 4 pm", when("en-US", "2026-11-23T12:00"));
    }

    @Test
    void afterTheLastWindowAndOnSundayItIsTomorrow() {
        assertEquals("morgen na 9.00 uur", when("nl", "2026-11-23T18:00"));
        assertEquals("morgen na 9.00 uur", when("nl", "2026-11-22T08:00"), "Sunday");
        assertEquals("tomorrow after 9:00", when("en", "2026-11-23T23:59"));
    }

    @Test
    void inTheFocusBlockItNamesWhenTheBlockEnds() {
        assertEquals("vandaag na 17.00 uur", when("nl", "2026-11-25T14:30"));
        assertEquals("today after 17:00", when("en", "2026-11-25T14:30"));
    }

    @Test
    void insideAWindowNoReplyGoesOutUnlessTheUserAskedForOne() {
        Reply reply = replies("nl").at(at("2026-11-26T10:00"));
        assertFalse(reply.sends());
        assertTrue(reply.inWindow());
        Settings asked = SnippetWeek.settings("nl").withPreferences(
                SnippetWeek.settings("nl").preferences().withReplyInsideHours(true));
        Reply on = replies("nl", asked).at(at("2026-11-26T10:00"));
        assertTrue(on.sends());
        assertEquals("binnen twee uur", on.when().orElseThrow(), "the e-mail channel's promise");
    }

    @Test
    void aDayOffInTheWayOrInForceGivesTheDate() {
        assertEquals("maandag 30 november na 9.00 uur", when("nl", "2026-11-26T19:00"), "the evening before");
        Reply off = replies("nl").at(at("2026-11-27T10:00"));
        assertEquals("maandag 30 november na 9.00 uur", off.when().orElseThrow());
        assertTrue(off.dayOff().isPresent());
        assertEquals("maandag na 9.00 uur", when("nl", "2026-11-28T10:00"), "the day after it is a usual Saturday");
        assertEquals("on Monday 30 November after 9:00", when("en", "2026-11-27T10:00"));
    }

    @Test
    void aDateInAnotherYearCarriesTheYear() {
        assertEquals("maandag 4 januari 2027 na 9.00 uur", when("nl", "2026-12-28T10:00"));
        assertEquals("maandag 4 januari na 9.00 uur", when("nl", "2027-01-01T10:00"));
        assertEquals("on Monday, January 4, 2027, after 9 am", when("en-US", "2026-12-28T10:00"));
        assertEquals("on Monday 4 January 2027 after 9:00", when("en", "2026-12-28T10:00"));
        assertEquals("on Monday, January 4, after 9 am", when("en-US", "2027-01-01T10:00"));
    }

    @Test
    void aCopiedTextIsRightUntilTheAnswerChanges() {
        AutoReplies replies = replies("nl");
        assertEquals(Optional.of(at("2026-11-22T00:00")), replies.changes(at("2026-11-20T18:30")),
                "Friday evening's 'maandag' holds through Saturday; on Sunday it is 'morgen'");
        assertEquals(Optional.of(at("2026-11-26T11:00")), replies.changes(at("2026-11-26T10:00")),
                "no reply inside the window, until it closes");
        assertEquals(Optional.of(at("2026-11-25T17:00")), replies.changes(at("2026-11-25T14:30")));
    }

    @Test
    void stretchesCoverTheTimeWithoutGapsAndChangeOnlyWhereTheReplyDoes() {
        AutoReplies replies = replies("nl");
        Instant from = at("2026-11-23T00:00");
        Instant to = at("2026-11-30T00:00");
        List<AutoReplies.Stretch> stretches = replies.stretches(from, to);
        assertEquals(from, stretches.get(0).start());
        assertEquals(to, stretches.get(stretches.size() - 1).end());
        for (int i = 1; i < stretches.size(); i++) {
            assertEquals(stretches.get(i - 1).end(), stretches.get(i).start());
            assertFalse(stretches.get(i - 1).reply().equals(stretches.get(i).reply()), stretches.get(i).toString());
        }
        for (AutoReplies.Stretch s : stretches) {
            assertEquals(s.reply(), replies.at(s.start()));
            assertEquals(s.reply(), replies.at(s.end().minusSeconds(1)));
        }
    }
}
