package org.reachable.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/**
 * A realistic week for pictures and benchmarks: Monday to Friday reachable 9-11 and 16-18 by
 * phone, e-mail, WhatsApp and SMS, focus 11-16, an extra window on Wednesday that overlaps
 * the morning and the focus block, a late Friday window 22:00-02:00, and a Sunday evening window
 * with no channel (a warning) that runs into Monday.
 */
public final class WeekSamples {

    private WeekSamples() {
    }

    /** 200 weekly windows as scripts/week-drag-pulses.sh seeds them: quarter-hour starts 6:00–20:00, 15 min–2 h. */
    public static Schedule busyWeek() {
        Random random = new Random(200);
        int[] lengths = {15, 30, 45, 60, 90, 120};
        List<ScheduleEntry> entries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            LocalTime start = LocalTime.of(6, 0).plusMinutes(15L * random.nextInt(14 * 4));
            entries.add(new ReachableWindow("drag-" + i, "Block " + i, Weekly.of(EnumSet.of(DayOfWeek.of(i % 7 + 1)),
                    new TimeRange(start, start.plusMinutes(lengths[random.nextInt(lengths.length)]))),
                    Set.of("phone", "email")));
        }
        return new Schedule(ZoneId.of("Europe/Amsterdam"), entries);
    }

    public static List<WeekBlock> blocks(Locale locale) {
        boolean nl = locale.getLanguage().equals("nl");
        String reach = nl ? "Bereikbaar" : "Reachable";
        List<WeekBlock> out = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            out.add(new WeekBlock("morning", d, 9 * 60, 11 * 60, EntryKind.WINDOW, reach, "T · E · W · S",
                    nl ? "Bereikbaar van 9.00 tot 11.00 via telefoon, e-mail, WhatsApp en sms"
                            : "Reachable 9:00 to 11:00 by phone, e-mail, WhatsApp and SMS", false));
            out.add(new WeekBlock("focus", d, 11 * 60, 16 * 60, EntryKind.FOCUS, "Focus", "",
                    nl ? "Focus van 11.00 tot 16.00: alle kanalen uit" : "Focus 11:00 to 16:00: all channels off",
                    false));
            out.add(new WeekBlock("afternoon", d, 16 * 60, 18 * 60, EntryKind.WINDOW, reach, "T · E · W · S",
                    nl ? "Bereikbaar van 16.00 tot 18.00 via telefoon, e-mail, WhatsApp en sms"
                            : "Reachable 16:00 to 18:00 by phone, e-mail, WhatsApp and SMS", false));
        }
        out.add(new WeekBlock("clients", DayOfWeek.WEDNESDAY, 10 * 60, 12 * 60 + 30, EntryKind.WINDOW, reach,
                "T", nl ? "Spreekuur voor klanten, telefonisch" : "Client hour, by phone", false));
        out.add(new WeekBlock("late", DayOfWeek.FRIDAY, 22 * 60, 26 * 60, EntryKind.WINDOW, reach, "W · S",
                nl ? "Bereikbaar van 22.00 tot 2.00 via WhatsApp en sms"
                        : "Reachable 22:00 to 2:00 by WhatsApp and SMS", false));
        out.add(new WeekBlock("sunday", DayOfWeek.SUNDAY, 20 * 60, 25 * 60 + 30, EntryKind.WINDOW, reach, "",
                nl ? "Venster zonder kanalen: je bent dan nooit bereikbaar"
                        : "A window without channels: never reachable", true));
        return out;
    }

    /** {@code n} blocks spread over the week, with overlaps and some crossing midnight (seeded). */
    public static List<WeekBlock> many(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<WeekBlock> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
            int start = random.nextInt(96) * 15;
            int length = (1 + random.nextInt(16)) * 15;
            boolean focus = random.nextInt(3) == 0;
            out.add(new WeekBlock("b" + i, day, start, start + length,
                    focus ? EntryKind.FOCUS : EntryKind.WINDOW, focus ? "Focus" : "Bereikbaar",
                    focus ? "" : "T · E", "block " + i, random.nextInt(20) == 0));
        }
        return out;
    }
}
