package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reachable.adapters.ics.IcsFixtures.AMSTERDAM;
import static org.reachable.adapters.ics.IcsFixtures.rich;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.StoreException;

/** The file as bytes: line endings, a byte order mark, folds inside a character, and bytes that are not UTF-8. */
class IcsBytesTest {

    private static Schedule read(byte[] bytes) throws StoreException {
        return IcsCodec.read(bytes, "schedule.ics", AMSTERDAM);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void ourOwnFileSavedAgainWithLfLineEndingsLoads() throws Exception {
        Schedule schedule = rich(AMSTERDAM);
        String lf = IcsCodec.write(schedule).replace("\r\n", "\n");
        assertEquals(schedule, read(utf8(lf)));
        assertEquals(schedule, IcsCodec.read(lf, "schedule.ics", AMSTERDAM));
    }

    @Test
    void mixedLineEndingsAndAByteOrderMarkLoad() throws Exception {
        Schedule schedule = rich(AMSTERDAM);
        String[] lines = IcsCodec.write(schedule).split("\r\n");
        StringBuilder mixed = new StringBuilder("\uFEFF");
        for (int i = 0; i < lines.length; i++) {
            mixed.append(lines[i]).append(i % 3 == 0 ? "\n" : "\r\n");
        }
        assertEquals(schedule, read(utf8(mixed.toString())));
    }

    @Test
    void aFoldThatCutsACharacterInTwoIsUnfoldedBeforeDecoding() throws Exception {
        // "Één" starts with U+00C9 (C3 89): the fold falls between its two bytes, as a writer that
        // folds at 75 octets without looking at characters does.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(IcsFixtures.calendar("BEGIN:VEVENT", "UID:fold-1", "DTSTART;TZID=Europe/Amsterdam:20260105T130000",
                "DTEND;TZID=Europe/Amsterdam:20260105T150000", "RRULE:FREQ=WEEKLY;BYDAY=MO", "SUMMARY:@@", "END:VEVENT")));
        byte[] text = out.toByteArray();
        String s = new String(text, StandardCharsets.UTF_8);
        int at = s.indexOf("@@");
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.writeBytes(utf8(s.substring(0, at)));
        cut.writeBytes(new byte[] {(byte) 0xC3, '\r', '\n', ' ', (byte) 0x89});
        cut.writeBytes(utf8("én gesprek" + s.substring(at + 2)));
        FocusBlock block = (FocusBlock) read(cut.toByteArray()).entries().get(0);
        assertEquals("Één gesprek", block.summary());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
        String text = IcsFixtures.calendar("BEGIN:VEVENT", "UID:latin-1", "DTSTART;TZID=Europe/Amsterdam:20260105T130000",
                "DTEND;TZID=Europe/Amsterdam:20260105T150000", "RRULE:FREQ=WEEKLY;BYDAY=MO", "SUMMARY:Caf@", "END:VEVENT");
        byte[] bytes = utf8(text);
        int at = text.indexOf('@');
        bytes[at] = (byte) 0xE9; // 'é' in Latin-1
        StoreException e = assertThrows(StoreException.class, () -> read(bytes));
        assertEquals(IcsFixtures.lineOf(text, "SUMMARY:Caf@"), e.line());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void aWindowsZoneNameWithoutAVtimezoneIsReadThroughCldr() throws Exception {
        // Outlook on the web and Exchange write TZIDs by their Windows names
        String text = IcsFixtures.calendar("BEGIN:VEVENT", "UID:outlook-1",
                "DTSTART;TZID=GMT Standard Time:20260706T090000", "DTEND;TZID=GMT Standard Time:20260706T100000",
                "SUMMARY:Call", "END:VEVENT", "BEGIN:VEVENT", "UID:outlook-2",
                "DTSTART;TZID=W. Europe Standard Time:20260107T140000",
                "DTEND;TZID=W. Europe Standard Time:20260107T150000", "SUMMARY:Review", "END:VEVENT");
        Schedule schedule = read(utf8(text));
        // 9:00 in London in July is 10:00 in Amsterdam, and the entry keeps London as its own zone;
        // W. Europe (Berlin) keeps Amsterdam's clocks
        org.reachable.domain.model.Dated london = (org.reachable.domain.model.Dated) ((FocusBlock) schedule.entries()
                .get(0)).when();
        assertEquals(java.time.ZoneId.of("Europe/London"), london.zone());
        assertEquals(java.time.LocalDateTime.of(2026, 7, 6, 10, 0), london.at(java.time.ZoneId.of("Europe/Amsterdam"))
                .start());
        assertEquals(java.time.LocalDateTime.of(2026, 1, 7, 14, 0),
                ((org.reachable.domain.model.Dated) ((FocusBlock) schedule.entries().get(1)).when()).start());
    }

    @Test
    void anUnknownZoneNameIsRefusedByName() {
        String text = IcsFixtures.calendar("BEGIN:VEVENT", "UID:x", "DTSTART;TZID=Mars Standard Time:20260706T090000",
                "DTEND;TZID=Mars Standard Time:20260706T100000", "END:VEVENT");
        StoreException e = assertThrows(StoreException.class, () -> read(utf8(text)));
        assertTrue(e.getMessage().contains("Mars Standard Time"), e.getMessage());
    }
}
