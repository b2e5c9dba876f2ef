package org.reachable.domain.text.autoreply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.snippet.SnippetWeek;

/**
 * The Sieve plan against {@link AutoReplies} at every half hour of the year it holds, and at the
 * minutes around each clock change: the plan's rules are read here by a small reader of the few
 * test shapes they use (as a Sieve interpreter reads them), so this checks every moment where the
 * sieve-test run (SieveRunTest) checks 27.
 */
class SieveWeekTest {

    private static final ZoneId AMSTERDAM = SnippetWeek.AMSTERDAM;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static AutoReplies replies(List<ScheduleEntry> more) {
        List<ScheduleEntry> entries = new ArrayList<>(SnippetWeek.schedule().entries());
        entries.addAll(more);
        Schedule schedule = new Schedule(AMSTERDAM, entries);
        Settings settings = SnippetWeek.settings("nl");
        return new AutoReplies(settings, schedule, new StatusResolver(schedule, settings.channels(), Optional.empty()),
                "nl");
    }

    @Test
    void thePlanGivesTheReplyOfEveryMomentOfTheYear() {
        AutoReplies replies = replies(List.of(
                new DayOff("xmas@test", "Kerst", LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1),
                        DayOffReason.HOLIDAY, "", null, true),
                // a Saturday morning window: a dated "no reply" over the usual Saturday's reply
                new ExtraWindow("sat@test", "Zaterdag", new Dated(LocalDate.of(2027, 2, 6).atTime(10, 0),
                        LocalDate.of(2027, 2, 6).atTime(12, 0)), Set.of("email"))));
        everyMomentAgrees(replies, Instant.parse("2026-11-26T09:00:00Z"));
    }

    /**
     * A focus block kept in New York time (imported: Tuesdays 10:00-11:00 New York, 16:00-17:00 here
     * in most weeks, 15:00-16:00 in the weeks only one zone keeps summer time): the script follows
     * its real instants, with the weeks that differ as dated rules.
     */
    @Test
    void aSeriesInAnotherZoneIsRightInTheWeeksItsHomeTimesDiffer() {
        AutoReplies replies = replies(List.of(new FocusBlock("ny@test", "Stand-up", new Weekly(
                EnumSet.of(DayOfWeek.TUESDAY), TimeRange.of("10:00", "11:00"), LocalDate.of(2026, 1, 6), null,
                ZoneId.of("America/New_York")), Set.of())));
        SieveWeek.Plan plan = everyMomentAgrees(replies, Instant.parse("2027-01-05T09:00:00Z"));
        String rules = plan.rules().toString();
        for (String tuesday : List.of("2027-03-16", "2027-03-23", "2027-11-02")) {
            assertTrue(rules.contains(tuesday), tuesday + " is a dated rule: " + rules);
        }
        assertFalse(rules.contains("2027-03-30"), "a week later the usual weekly rule holds again");
    }

    private static SieveWeek.Plan everyMomentAgrees(AutoReplies replies, Instant made) {
        SieveWeek.Plan plan = SieveWeek.plan(replies, made);
        Instant end = plan.last().plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
        List<Instant> moments = new ArrayList<>();
        for (Instant t = made; t.isBefore(end); t = t.plus(Duration.ofMinutes(30))) {
            moments.add(t);
        }
        for (var transition : AMSTERDAM.getRules().getTransitions()) {
            if (transition.getInstant().isAfter(made) && transition.getInstant().isBefore(end)) {
                for (int minutes = -61; minutes <= 61; minutes++) {
                    moments.add(transition.getInstant().plusSeconds(minutes * 60L));
                }
            }
        }
        int checked = 0;
        for (Instant t : moments) {
            AutoReplies.Reply expected = replies.at(t);
            int index = chosen(plan, t);
            assertEquals(expected.sends() ? plan.replies().indexOf(expected) : -1, index,
                    t + " (" + t.atZone(AMSTERDAM) + "): " + expected);
            checked++;
        }
        assertTrue(checked > 17_000, "every half hour of a year: " + checked);
        assertEquals(-1, chosen(plan, end), "after the last day: nothing");
        return plan;
    }

    @Test
    void theDatedRulesAreTheDaysOffTheirEveningsAndTheExtraWindowNotTheCalendar() {
        SieveWeek.Plan week = SieveWeek.plan(replies(List.of()), Instant.parse("2026-11-26T09:00:00Z"));
        SieveWeek.Plan more = SieveWeek.plan(replies(List.of(new DayOff("xmas@test", "Kerst",
                LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1), DayOffReason.HOLIDAY, "", null, false))),
                Instant.parse("2026-11-26T09:00:00Z"));
        long dated = week.rules().stream().filter(SieveWeek.Rule::dated).count();
        // the horizon, and the day off of 27 November: its evening before and the day itself
        assertEquals(1 + 2, dated, week.rules().toString());
        // Christmas adds its evening before, its days in 2026 and its new year's day
        assertEquals(dated + 3, more.rules().stream().filter(SieveWeek.Rule::dated).count());
        assertEquals(week.rules().size() - dated, more.rules().size() - dated - 3, "the same weekly rules");
    }

    /** The index of the reply the plan's chain sends at {@code t}; -1 for none. */
    private static int chosen(SieveWeek.Plan plan, Instant t) {
        ZonedDateTime local = t.atZone(AMSTERDAM);
        Map<String, String> vars = Map.of("weekday", String.valueOf(local.getDayOfWeek().getValue() % 7),
                "date", local.toLocalDate().toString(), "time", TIME.format(local));
        for (SieveWeek.Rule rule : plan.rules()) {
            if (test(rule.test(), vars)) {
                return rule.reply();
            }
        }
        return -1;
    }

    private static final Pattern STRING = Pattern.compile(
            "string (?::is|:value \"(ge|lt|le)\") \"\\$\\{(\\w+)}\" (\\[[^\\]]*]|\"[^\"]*\")");

    /** Reads anyof, allof and the string tests the plan writes. */
    private static boolean test(String test, Map<String, String> vars) {
        String t = test.strip();
        if (t.startsWith("anyof (") || t.startsWith("allof (")) {
            List<String> parts = split(t.substring(7, t.length() - 1));
            boolean any = t.startsWith("anyof");
            for (String part : parts) {
                if (test(part, vars) == any) {
                    return any;
                }
            }
            return !any;
        }
        Matcher m = STRING.matcher(t);
        assertTrue(m.matches(), "a test shape the plan does not write: " + t);
        String value = vars.get(m.group(2));
        List<String> keys = new ArrayList<>();
        Matcher key = Pattern.compile("\"([^\"]*)\"").matcher(m.group(3));
        while (key.find()) {
            keys.add(key.group(1));
        }
        if (m.group(1) == null) {
            return keys.contains(value);
        }
        int c = value.compareTo(keys.get(0));
        return switch (m.group(1)) {
            case "ge" -> c >= 0;
            case "lt" -> c < 0;
            default -> c <= 0;
        };
    }

    /** Splits at the commas outside brackets and parentheses. */
    private static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(list.substring(start));
        return parts;
    }
}
