package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.port.StoreException;

/** Schedules and hand-written iCalendar texts for the codec tests. */
final class IcsFixtures {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
    static final Set<DayOfWeek> WORKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private IcsFixtures() {
    }

    /** Every kind of entry, midnight crossing, and text that needs escaping. */
    static Schedule rich(ZoneId zone) {
        return new Schedule(zone, List.of(
                new ReachableWindow("window-morning", "Bellen en mailen, ook voor spoed; één keer",
                        new Weekly(WORKDAYS, TimeRange.of("09:00", "11:00"), LocalDate.of(2026, 1, 1)),
                        Set.of("phone", "email")),
                new ReachableWindow("window-late", "Avond \\ nacht 😀🇳🇱\nregel twee",
                        new Weekly(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), TimeRange.of("22:30", "01:15"),
                                null),
                        Set.of("whatsapp")),
                new FocusBlock("focus-deep", "Diep werk: geen telefoon, geen mail",
                        Weekly.of(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), TimeRange.of("13:00", "16:30")),
                        Set.of()),
                new FocusBlock("focus-once", "Belastingaangifte; deadline",
                        new Dated(LocalDateTime.of(2026, 4, 30, 20, 0), LocalDateTime.of(2026, 5, 1, 2, 0)),
                        Set.of("phone")),
                new DayOff("off-summer", "Zomervakantie – Frankrijk",
                        LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 31), DayOffReason.VACATION,
                        "Anna de Vries, 06-12345678; of anna@example.nl\nalleen bij spoed, \\ anders mail",
                        LocalDate.of(2026, 8, 3), true),
                new DayOff("off-king", null, LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 27),
                        DayOffReason.HOLIDAY, "", null, false),
                new ExtraWindow("extra-saturday", "Zaterdagochtend, één keer",
                        new Dated(LocalDateTime.of(2026, 2, 7, 10, 0), LocalDateTime.of(2026, 2, 7, 12, 30)),
                        Set.of("phone", "email", "signal"))));
    }

    /** {@code count} entries of all kinds, drawn from a seeded Random. */
    static Schedule many(ZoneId zone, int count, long seed) {
        Random random = new Random(seed);
        List<ScheduleEntry> entries = new ArrayList<>(count);
        DayOfWeek[] days = DayOfWeek.values();
        for (int i = 0; i < count; i++) {
            String uid = "entry-" + i + "@reachable";
            Set<DayOfWeek> on = EnumSet.noneOf(DayOfWeek.class);
            on.add(days[random.nextInt(7)]);
            on.add(days[random.nextInt(7)]);
            int startMinute = random.nextInt(24 * 4) * 15;
            int length = (1 + random.nextInt(12)) * 15;
            TimeRange times = new TimeRange(java.time.LocalTime.ofSecondOfDay(startMinute * 60L),
                    java.time.LocalTime.ofSecondOfDay((startMinute + length) % (24 * 60) * 60L));
            LocalDate date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700));
            LocalDateTime start = date.atTime(times.start());
            String summary = "Entry " + i + (random.nextBoolean() ? ", met komma; en é" : "");
            entries.add(switch (i % 4) {
                case 0 -> new ReachableWindow(uid, summary, new Weekly(on, times, date), Set.of("phone", "email"));
                case 1 -> random.nextBoolean()
                        ? new FocusBlock(uid, summary, new Weekly(on, times, date), Set.of())
                        : new FocusBlock(uid, summary, new Dated(start, start.plusMinutes(length)), Set.of("phone"));
                case 2 -> new DayOff(uid, summary, date, date.plusDays(random.nextInt(14)), DayOffReason.SICK,
                        random.nextBoolean() ? "Stand-in " + i : "", null, random.nextBoolean());
                default -> new ExtraWindow(uid, summary, new Dated(start, start.plusMinutes(length)), Set.of("sms"));
            });
        }
        return new Schedule(zone, entries);
    }

    /** Lines joined with CRLF, ending with one. */
    static String ics(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    /** A calendar around {@code eventLines}, with no VTIMEZONE (TZIDs are IANA names). */
    static String calendar(String... eventLines) {
        List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Test//EN"));
        lines.addAll(List.of(eventLines));
        lines.add("END:VCALENDAR");
        return ics(lines.toArray(String[]::new));
    }

    /** The 1-based number of the first line that contains {@code fragment}. */
    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\r\n|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        return fail("no line contains " + fragment);
    }

    /** The 1-based number of the last line that contains {@code fragment}. */
    static int lineOf(String text, String fragment, boolean last) {
        if (!last) {
            return lineOf(text, fragment);
        }
        String[] lines = text.split("\r\n|\n", -1);
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        return fail("no line contains " + fragment);
    }

    static StoreException failure(String text) {
        return assertThrows(StoreException.class, () -> IcsCodec.read(text, "schedule.ics", AMSTERDAM));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = IcsFixtures.class.getResourceAsStream("/ics/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /ics/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What ical4j itself makes of a text: proof that the output is iCalendar, not only our dialect. */
    static Calendar parsedByIcal4j(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }
}
