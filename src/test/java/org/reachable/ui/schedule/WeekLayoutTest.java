package org.reachable.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reachable.domain.model.EntryKind;

/** The pure layout: columns, midnight pieces, lanes of overlapping blocks. */
class WeekLayoutTest {

    private static WeekBlock b(String uid, DayOfWeek day, int start, int end) {
        return new WeekBlock(uid, day, start, end, EntryKind.WINDOW, "", "", "", false);
    }

    private static WeekLayout.Piece only(WeekLayout layout, String uid) {
        List<WeekLayout.Piece> found = layout.pieces().stream().filter(p -> p.block().uid().equals(uid)).toList();
        assertEquals(1, found.size(), uid);
        return found.get(0);
    }

    /** lane/lanes/span as "lane/lanes+span". */
    private static String lanes(WeekLayout.Piece p) {
        return p.lane() + "/" + p.lanes() + "+" + p.span();
    }

    @Test
    void columnsFollowTheFirstDayOfTheWeek() {
        assertEquals(0, WeekLayout.column(DayOfWeek.MONDAY, DayOfWeek.MONDAY));
        assertEquals(6, WeekLayout.column(DayOfWeek.SUNDAY, DayOfWeek.MONDAY));
        assertEquals(0, WeekLayout.column(DayOfWeek.SUNDAY, DayOfWeek.SUNDAY));
        assertEquals(1, WeekLayout.column(DayOfWeek.MONDAY, DayOfWeek.SUNDAY));
        WeekLayout us = WeekLayout.of(List.of(b("s", DayOfWeek.SUNDAY, 600, 660), b("sat", DayOfWeek.SATURDAY, 0, 60)),
                DayOfWeek.SUNDAY);
        assertEquals(0, only(us, "s").column());
        assertEquals(6, only(us, "sat").column());
        assertEquals(DayOfWeek.SUNDAY, us.day(0));
    }

    @Test
    void aBlockAloneHasTheWholeColumn() {
        WeekLayout layout = WeekLayout.of(List.of(b("a", DayOfWeek.TUESDAY, 540, 660)), DayOfWeek.MONDAY);
        WeekLayout.Piece a = only(layout, "a");
        assertEquals("0/1+1", lanes(a));
        assertEquals(1, a.column());
        assertEquals(540, a.startMinute());
        assertEquals(660, a.endMinute());
        assertFalse(a.continuesFromPrevious() || a.continuesToNext());
    }

    @Test
    void overlappingBlocksSitSideBySideAndTouchingOnesDoNot() {
        // 9-11 and 10-12:30 overlap; 11-16 overlaps the second; 16-18 only touches 11-16
        WeekLayout layout = WeekLayout.of(List.of(
                b("morning", DayOfWeek.WEDNESDAY, 540, 660),
                b("clients", DayOfWeek.WEDNESDAY, 600, 750),
                b("focus", DayOfWeek.WEDNESDAY, 660, 960),
                b("afternoon", DayOfWeek.WEDNESDAY, 960, 1080)), DayOfWeek.MONDAY);
        assertEquals("0/2+1", lanes(only(layout, "morning")));
        assertEquals("1/2+1", lanes(only(layout, "clients")));
        assertEquals("0/2+1", lanes(only(layout, "focus")), "focus reuses the morning's lane once it is free");
        assertEquals("0/1+1", lanes(only(layout, "afternoon")), "touching is not overlapping");
        assertEquals(List.of("morning", "clients", "focus", "afternoon"),
                layout.column(2).stream().map(p -> p.block().uid()).toList());
    }

    @Test
    void aPieceWidensOverLanesThatStayFree() {
        // a long block, a short clash with two others at the start: the third lane is free after 10:00
        WeekLayout layout = WeekLayout.of(List.of(
                b("long", DayOfWeek.MONDAY, 540, 900),
                b("x", DayOfWeek.MONDAY, 540, 600),
                b("y", DayOfWeek.MONDAY, 540, 600),
                b("later", DayOfWeek.MONDAY, 660, 720)), DayOfWeek.MONDAY);
        assertEquals("0/3+1", lanes(only(layout, "long")));
        assertEquals("1/3+1", lanes(only(layout, "x")));
        assertEquals("2/3+1", lanes(only(layout, "y")));
        assertEquals("1/3+2", lanes(only(layout, "later")), "later takes lane 1 and widens over the free lane 2");
    }

    @Test
    void sameStartLongerFirst() {
        WeekLayout layout = WeekLayout.of(List.of(b("short", DayOfWeek.MONDAY, 540, 570),
                b("long", DayOfWeek.MONDAY, 540, 720)), DayOfWeek.MONDAY);
        assertEquals(0, only(layout, "long").lane());
        assertEquals(1, only(layout, "short").lane());
    }

    @Test
    void aBlockOverMidnightSplitsIntoTwoPieces() {
        WeekLayout layout = WeekLayout.of(List.of(b("late", DayOfWeek.FRIDAY, 22 * 60, 26 * 60)), DayOfWeek.MONDAY);
        List<WeekLayout.Piece> pieces = layout.piecesOf(new BlockKey("late", DayOfWeek.FRIDAY));
        assertEquals(2, pieces.size());
        WeekLayout.Piece friday = pieces.get(0);
        WeekLayout.Piece saturday = pieces.get(1);
        assertEquals(List.of(4, 1320, 1440, true, false),
                List.of(friday.column(), friday.startMinute(), friday.endMinute(), friday.continuesToNext(),
                        friday.continuesFromPrevious()));
        assertEquals(List.of(5, 0, 120, false, true),
                List.of(saturday.column(), saturday.startMinute(), saturday.endMinute(),
                        saturday.continuesToNext(), saturday.continuesFromPrevious()));
        assertEquals(DayOfWeek.SATURDAY, saturday.day());
        assertEquals(new BlockKey("late", DayOfWeek.FRIDAY), saturday.key(), "both pieces name the block");
    }

    @Test
    void sundayNightSpillsIntoMondayWhereverMondayIs() {
        WeekBlock sunday = b("sun", DayOfWeek.SUNDAY, 22 * 60, 25 * 60 + 30);
        WeekLayout nl = WeekLayout.of(List.of(sunday), DayOfWeek.MONDAY);
        assertEquals(List.of(0, 6), nl.pieces().stream().map(WeekLayout.Piece::column).toList());
        WeekLayout.Piece monday = nl.column(0).get(0);
        assertEquals(DayOfWeek.MONDAY, monday.day());
        assertEquals(90, monday.endMinute());
        assertTrue(monday.continuesFromPrevious());

        WeekLayout us = WeekLayout.of(List.of(sunday), DayOfWeek.SUNDAY);
        assertEquals(List.of(0, 1), us.pieces().stream().map(WeekLayout.Piece::column).toList());
    }

    @Test
    void theMorningPieceSharesLanesWithThatDaysOwnBlocks() {
        WeekLayout layout = WeekLayout.of(List.of(b("sun", DayOfWeek.SUNDAY, 23 * 60, 26 * 60),
                b("early", DayOfWeek.MONDAY, 60, 180)), DayOfWeek.MONDAY);
        List<WeekLayout.Piece> monday = layout.column(0);
        assertEquals(2, monday.size());
        assertEquals("0/2+1", lanes(monday.get(0)));
        assertEquals("sun", monday.get(0).block().uid());
        assertEquals("1/2+1", lanes(monday.get(1)));
    }

    @Test
    void endingAtMidnightIsOnePiece() {
        WeekLayout layout = WeekLayout.of(List.of(b("eve", DayOfWeek.SATURDAY, 20 * 60, 24 * 60)), DayOfWeek.MONDAY);
        assertEquals(1, layout.pieces().size());
        assertFalse(layout.pieces().get(0).continuesToNext());
    }

    @Test
    void timesOutsideTheDayAreBroughtIntoRangeNotRefused() {
        assertEquals(List.of(600, 601), times(b("x", DayOfWeek.MONDAY, 600, 600)));
        assertEquals(List.of(1439, 1500), times(b("x", DayOfWeek.MONDAY, 1440, 1500)));
        assertEquals(List.of(600, 2040), times(b("x", DayOfWeek.MONDAY, 600, 2881)), "at most a day long");
        assertEquals(List.of(0, 60), times(b("x", DayOfWeek.MONDAY, -30, 60)));
        assertThrows(NullPointerException.class, () -> b("x", null, 0, 60));
    }

    private static List<Integer> times(WeekBlock block) {
        return List.of(block.startMinute(), block.endMinute());
    }

    /**
     * Properties over random weeks: no two overlapping pieces of one layer (windows; focus blocks,
     * which lie over the windows) share a lane or widen into each other.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void lanesNeverCollide(long seed) {
        Random random = new Random(seed);
        List<WeekBlock> blocks = WeekSamples.many(120 + random.nextInt(100), seed);
        WeekLayout layout = WeekLayout.of(blocks, DayOfWeek.MONDAY);
        long spills = blocks.stream().filter(x -> x.endMinute() > 1440).count();
        assertEquals(blocks.size() + spills, layout.pieces().size(), "seed " + seed);
        for (int c = 0; c < 7; c++) {
            List<WeekLayout.Piece> column = layout.column(c);
            for (WeekLayout.Piece p : column) {
                assertTrue(p.lane() + p.span() <= p.lanes(), "seed " + seed + " " + p);
                for (WeekLayout.Piece q : column) {
                    boolean overlap = p != q && p.startMinute() < q.endMinute() && q.startMinute() < p.endMinute()
                            && p.block().isOff() == q.block().isOff();
                    if (overlap) {
                        assertEquals(p.lanes(), q.lanes(), "one cluster, one lane count; seed " + seed);
                        boolean sharesLanes = p.lane() < q.lane() + q.span() && q.lane() < p.lane() + p.span();
                        assertFalse(sharesLanes, "seed " + seed + ": " + p + " and " + q);
                    }
                }
            }
        }
    }

    @Test
    void aFocusBlockSpansTheColumnOverTheWindowsItCovers() {
        WeekBlock focus = new WeekBlock("focus", DayOfWeek.WEDNESDAY, 780, 1020, EntryKind.FOCUS, "Focus", "", "",
                false);
        WeekLayout layout = WeekLayout.of(List.of(
                b("whatsapp", DayOfWeek.WEDNESDAY, 540, 1020),
                b("phone", DayOfWeek.WEDNESDAY, 960, 1080),
                focus,
                new WeekBlock("alone", DayOfWeek.THURSDAY, 780, 840, EntryKind.FOCUS, "Focus", "", "", false)),
                DayOfWeek.MONDAY);
        WeekLayout.Piece f = only(layout, "focus");
        assertEquals("0/1+1", lanes(f), "the whole column, not a lane beside the windows");
        assertTrue(f.covers(), "a window lies beneath it");
        assertEquals("0/2+1", lanes(only(layout, "whatsapp")), "the windows share the column among themselves");
        assertEquals("1/2+1", lanes(only(layout, "phone")));
        assertFalse(only(layout, "alone").covers(), "no window beneath it: it needs no edge left free");
    }
}
