package org.reachable.domain.text.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.format.TextStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.status.StatusResolver;
import org.reachable.testing.NeededTool;

/**
 * {@code snippet whatsapp} (issue 18): the hours the WhatsApp Business app is given are the
 * WhatsApp channel's reachable time, minute by minute as the status engine sees it; the away
 * message names the right next answer at each of the four moments; every message fits the app's
 * limit and its count is the true one; golden files for nl (je and u) and en at the four moments.
 */
class WhatsAppTextTest {

    private static final MustacheRenderer RENDERER = new MustacheRenderer();
    private static final Path GOLDEN = Path.of("src/test/resources/golden-whatsapp");
    /** The golden files' three moments and an evening after hours (Tuesday 24 November, 18:30). */
    private static final Map<String, Instant> MOMENTS = new LinkedHashMap<>();

    static {
        for (SnippetWeek.Moment m : SnippetWeek.Moment.values()) {
            MOMENTS.put(m.code(), m.at);
        }
        MOMENTS.put("evening", Instant.parse("2026-11-24T17:30:00Z"));
    }

    static String render(Settings settings, Schedule schedule, String language, Instant at) {
        return render(settings, schedule, language, at, false);
    }

    static String render(Settings settings, Schedule schedule, String language, Instant at, boolean dated) {
        TextService texts = new TextService(RENDERER);
        TextService.Data data = new TextService.Data(settings, schedule,
                new StatusResolver(schedule, settings.channels(), Optional.empty()), SnippetWeek.PHONES);
        return texts.text(new TextService.Request(Target.WHATSAPP, Format.TEXT, language, dated), data, at).text();
    }

    /** "Maandag" → its ranges in minutes, as the text gives them to the app's form. */
    static Map<DayOfWeek, List<int[]>> hoursIn(String text, Locale locale) {
        Map<DayOfWeek, List<int[]>> hours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, locale);
            Matcher line = Pattern.compile("(?m)^" + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                    + ": (.*)$").matcher(text);
            assertTrue(line.find(), "no line for " + name + " in\n" + text);
            List<int[]> ranges = new ArrayList<>();
            Matcher range = Pattern.compile("(\\d\\d):(\\d\\d)–(\\d\\d):(\\d\\d)").matcher(line.group(1));
            while (range.find()) {
                ranges.add(new int[] {minutes(range.group(1), range.group(2)), minutes(range.group(3), range.group(4))});
            }
            if (line.group(1).matches("24 uur open|Open 24 hours")) {
                ranges.add(new int[] {0, 24 * 60});
            }
            hours.put(day, ranges);
        }
        return hours;
    }

    private static int minutes(String h, String m) {
        return Integer.parseInt(h) * 60 + Integer.parseInt(m);
    }

    /** The oracle: every minute of a week with no dated entries, asked of the status engine. */
    static void assertHoursAreTheChannelsReachableTime(Settings settings, Schedule schedule, String language) {
        LocalDate monday = LocalDate.of(2026, 12, 7); // the windows start on 23 November; no day off that week
        String text = render(settings, schedule, language, monday.atStartOfDay(SnippetWeek.AMSTERDAM).toInstant());
        Map<DayOfWeek, List<int[]>> hours = hoursIn(text, Locale.forLanguageTag(language));
        StatusResolver resolver = new StatusResolver(schedule, settings.channels(), Optional.empty());
        for (int day = 0; day < 7; day++) {
            LocalDate date = monday.plusDays(day);
            for (int minute = 0; minute < 24 * 60; minute += 5) {
                ZonedDateTime t = date.atStartOfDay(SnippetWeek.AMSTERDAM).plusMinutes(minute);
                boolean reachable = resolver.status(t.toInstant()).channel("whatsapp").orElseThrow().reachable();
                int m = minute;
                boolean listed = hours.get(date.getDayOfWeek()).stream().anyMatch(r -> r[0] <= m && m < r[1]);
                assertEquals(reachable, listed, date.getDayOfWeek() + " " + t.toLocalTime() + " in\n" + text);
            }
        }
    }

    @Test
    void theHoursAreTheWhatsAppChannelsReachableTimeWithFocusCutOut() {
        for (String language : List.of("nl", "en")) {
            assertHoursAreTheChannelsReachableTime(SnippetWeek.settings(language), SnippetWeek.schedule(), language);
        }
        String text = render(SnippetWeek.settings("nl"), SnippetWeek.schedule(), "nl", MOMENTS.get("evening"));
        assertTrue(text.contains("\nWoensdag: 09:00–13:00\n"), "Wednesday's focus block from 13:00 is cut out:\n" + text);
        assertTrue(text.contains("\nZaterdag: Gesloten\n"), text);
    }

    @Test
    void anEveningPastMidnightIsSplitAtMidnightAsTheAppsFormTakesIt() {
        List<ScheduleEntry> entries = new ArrayList<>(SnippetWeek.schedule().entries());
        entries.add(new ReachableWindow("late@test", "Laat", new Weekly(EnumSet.of(DayOfWeek.FRIDAY),
                TimeRange.of("21:00", "02:00"), LocalDate.of(2026, 11, 2)), Set.of("whatsapp")));
        entries.add(new FocusBlock("sunday@test", "Focus", new Weekly(EnumSet.of(DayOfWeek.SATURDAY),
                TimeRange.of("01:00", "01:30"), LocalDate.of(2026, 11, 2)), Set.of()));
        Schedule late = new Schedule(SnippetWeek.AMSTERDAM, entries);
        assertHoursAreTheChannelsReachableTime(SnippetWeek.settings("en"), late, "en");
        String text = render(SnippetWeek.settings("en"), late, "en", MOMENTS.get("evening"));
        assertTrue(text.contains("\nFriday: 09:00–17:00, 21:00–24:00\n"), text);
        assertTrue(text.contains("\nSaturday: 00:00–01:00, 01:30–02:00\n"), text);
    }

    /**
     * The app keeps the away message and sends it for months: at every moment it says the week and
     * the promise, never "morgen" or a date (PasteOnceTest holds it to that with the other texts).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "focus   | nl | ma, di, do en vr 9.00–17.00 uur; wo 9.00–13.00 uur. Ik reageer zodra ik weer bereikbaar ben.",
        "evening | nl | ma, di, do en vr 9.00–17.00 uur; wo 9.00–13.00 uur. Ik reageer zodra ik weer bereikbaar ben.",
        "window  | nl | ma, di, do en vr 9.00–17.00 uur; wo 9.00–13.00 uur. Ik reageer zodra ik weer bereikbaar ben.",
        "dayoff  | en | Mon, Tue, Thu and Fri 9:00–17:00; Wed 9:00–13:00. I will reply as soon as I am available again.",
    })
    void theAwayMessageSaysTheWeekWhateverDayItIsSent(String moment, String language, String expected) {
        String text = render(SnippetWeek.settings(language), SnippetWeek.schedule(), language, MOMENTS.get(moment));
        String away = field(text, "nl".equals(language) ? "Afwezigheidsbericht (" : "Away message (");
        assertTrue(away.contains(expected), away);
    }

    /** Asked for while a day off lies ahead (a holiday's away message): the days off, the return, the stand-in. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "window  | nl | Op vrijdag 27 november 2026 ben ik er niet; vanaf maandag 30 november 2026 ben ik weer bereikbaar."
            + " Kan het niet wachten? Neem dan contact op met Anna de Vries, +31 6 12345678.",
        "dayoff  | en | I am away on Friday 27 November 2026 and back on Monday 30 November 2026."
            + " If it cannot wait, please contact Anna de Vries, +31 6 12345678.",
    })
    void theDatedAwayMessageNamesTheDayOffAndTheReturn(String moment, String language, String expected) {
        String text = render(SnippetWeek.settings(language), SnippetWeek.schedule(), language, MOMENTS.get(moment), true);
        String away = field(text, "nl".equals(language) ? "Afwezigheidsbericht (" : "Away message (");
        assertTrue(away.contains(expected), away);
    }

    @Test
    void everyMessageFitsTheAppsLimitAndItsCountIsTheTrueOne() {
        Pattern counted = Pattern.compile("(?m)^(.*)\\((?:.*; )?([\\d.,]+) (?:van|of) 4[.,]096 (?:tekens|characters)\\):\n"
                + "((?:.+\n?)+)");
        for (String language : List.of("nl", "en")) {
            for (Register register : Register.values()) {
                Settings settings = SnippetWeek.settings(language);
                settings = settings.withProfile(settings.profile().withRegister(register));
                for (Instant at : MOMENTS.values()) {
                    String text = render(settings, SnippetWeek.schedule(), language, at);
                    Matcher m = counted.matcher(text);
                    int fields = 0;
                    while (m.find()) {
                        String value = m.group(3).strip();
                        int shown = Integer.parseInt(m.group(2).replaceAll("[.,]", ""));
                        assertEquals(value.codePointCount(0, value.length()), shown, m.group(1));
                        assertTrue(shown <= WhatsAppValues.LIMIT, m.group(1) + shown);
                        fields++;
                    }
                    assertEquals(3, fields, "away, away in both languages, greeting:\n" + text);
                    for (String quick : text.split("\n")) {
                        if (quick.startsWith("/")) {
                            assertTrue(quick.length() <= WhatsAppValues.LIMIT, quick);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theAwayMessageInBothLanguagesHoldsEachLanguagesOwn() {
        String nl = render(SnippetWeek.settings("nl"), SnippetWeek.schedule(), "nl", MOMENTS.get("focus"));
        String en = render(SnippetWeek.settings("en"), SnippetWeek.schedule(), "en", MOMENTS.get("focus"));
        String both = field(nl, "Afwezigheidsbericht in het Nederlands en het Engels");
        assertEquals(field(nl, "Afwezigheidsbericht (") + "\n" + field(en, "Away message ("), both);
    }

    /** The value under the heading that starts with {@code heading}: the lines up to the next blank one. */
    static String field(String text, String heading) {
        int at = text.indexOf("\n" + heading);
        assertTrue(at >= 0, "no " + heading + " in\n" + text);
        int start = text.indexOf('\n', at + 1) + 1;
        int end = text.indexOf("\n\n", start);
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }

    @Test
    void matchesTheGoldenFilesInNlJeNlUAndEnAtTheFourMoments() throws IOException {
        List<String> changed = new ArrayList<>();
        for (String variant : List.of("nl-je", "nl-u", "en")) {
            String language = variant.substring(0, 2);
            Settings settings = SnippetWeek.settings(language);
            if (variant.equals("nl-u")) {
                settings = settings.withProfile(settings.profile().withRegister(Register.U));
            }
            for (Map.Entry<String, Instant> moment : MOMENTS.entrySet()) {
                String text = render(settings, SnippetWeek.schedule(), language, moment.getValue());
                Path golden = GOLDEN.resolve("whatsapp." + variant + "." + moment.getKey() + ".txt");
                if (Boolean.getBoolean("golden.update") && !NeededTool.inCi()
                        && (!Files.exists(golden) || !Files.readString(golden, StandardCharsets.UTF_8).equals(text))) {
                    Files.createDirectories(GOLDEN);
                    Files.writeString(golden, text, StandardCharsets.UTF_8);
                    changed.add(golden.toString());
                    continue;
                }
                assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgolden.update=true");
                assertEquals(Files.readString(golden, StandardCharsets.UTF_8), text, golden.toString());
            }
        }
        assertEquals(List.of(), changed, "golden files written; read the diff, then run again without the switch");
    }

    @Test
    void fourMomentsApart() {
        assertEquals(4, MOMENTS.size());
        assertTrue(Duration.between(MOMENTS.get("evening"), MOMENTS.get("dayoff")).toDays() >= 2);
    }
}
