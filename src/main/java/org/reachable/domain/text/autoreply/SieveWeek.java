package org.reachable.domain.text.autoreply;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reachable.domain.text.autoreply.AutoReplies.Reply;
import org.reachable.domain.text.autoreply.AutoReplies.Stretch;

/**
 * The auto-reply of a whole year as a Sieve script's rules (RFC 5228 with RFC 5260 {@code date}
 * and {@code currentdate}, RFC 5229 {@code variables}): the script reads the moment a message
 * arrives and picks the reply {@link AutoReplies} gives for that moment, so a script set once on a
 * mail server is right for as long as it holds.
 *
 * <p>The size grows with the week and the days off, not with the calendar. The usual week is
 * found as, for each weekday, the day that occurs most often in the coming year (as a list of
 * times and replies); every date that differs from its weekday's usual day (a day off, the evening
 * before one, an extra window) becomes a dated rule for just the hours that differ, ahead of the
 * weekly ones. Relative words ("morgen", "maandag") are right in a weekly rule because the rule
 * itself knows the weekday.
 *
 * <p>{@code currentdate :zone} takes a fixed UTC offset, not a zone, so the script first picks the
 * home zone's offset by the UTC moment (one line per clock change in the year) and reads weekday,
 * date and time once in that offset, into variables the rules compare. A test can run the script
 * at any moment by reading those three from a message's Date header instead: each
 * {@code currentdate} is written in one shape for that ({@link #CURRENTDATE}).
 */
public final class SieveWeek {

    /** How far ahead a script holds. */
    public static final int MONTHS = 12;

    /** The one shape every {@code currentdate} test here has: zone, match type, date part. */
    public static final String CURRENTDATE = "currentdate :zone \"%s\" %s \"%s\" \"%s\"";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

    /**
     * One test of the if/elsif chain and what it sends.
     *
     * @param reply the index of the reply in {@link Plan#replies()}; -1 sends nothing
     * @param dated true for a rule about dates, false for a weekly one
     */
    public record Rule(String test, int reply, boolean dated) {
    }

    /**
     * The script's parts.
     *
     * @param clock the lines that set the variables {@code weekday} ("0" Sunday … "6"), {@code date}
     *     ("2026-11-27") and {@code time} ("18:30:00") to the moment in the home zone
     * @param last the last day the script holds; after it, it sends nothing (first rule)
     * @param replies each reply the script sends, with a moment it is given at (to make its text)
     * @param rules the chain, first match wins: after the last day, dated rules, weekly rules
     */
    public record Plan(ZoneId zone, String clock, LocalDate last, List<Reply> replies, List<Instant> moments,
            List<Rule> rules) {
    }

    private SieveWeek() {
    }

    /** The script's plan for the year from the day of {@code at}. */
    public static Plan plan(AutoReplies replies, Instant at) {
        ZoneId zone = replies.zone();
        LocalDate first = LocalDate.ofInstant(at, zone);
        LocalDate end = first.plusMonths(MONTHS);
        List<Stretch> stretches = replies.stretches(first.atStartOfDay(zone).toInstant(),
                end.atStartOfDay(zone).toInstant());

        Map<LocalDate, List<Piece>> days = days(stretches, zone);
        Map<DayOfWeek, List<Piece>> usual = usual(days);

        List<Reply> sent = new ArrayList<>();
        List<Instant> moments = new ArrayList<>();
        for (Stretch s : stretches) {
            if (s.reply().sends() && !sent.contains(s.reply())) {
                sent.add(s.reply());
                moments.add(s.start());
            }
        }

        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule("string :value \"ge\" \"${date}\" \"" + end + "\"", -1, true));
        rules.addAll(dated(days, usual, sent));
        rules.addAll(weekly(usual, sent));
        return new Plan(zone, clock(zone, first, end), end.minusDays(1), sent, moments, rules);
    }

    /** A part of a day from {@code from} (inclusive) to the next piece's start, or midnight. */
    private record Piece(LocalTime from, Reply reply) {
    }

    /** Each day's pieces, from its stretches. */
    private static Map<LocalDate, List<Piece>> days(List<Stretch> stretches, ZoneId zone) {
        Map<LocalDate, List<Piece>> days = new TreeMap<>();
        for (Stretch s : stretches) {
            ZonedDateTime start = s.start().atZone(zone);
            ZonedDateTime end = s.end().atZone(zone);
            for (LocalDate d = start.toLocalDate(); d.atStartOfDay(zone).isBefore(end); d = d.plusDays(1)) {
                LocalTime from = d.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIDNIGHT;
                days.computeIfAbsent(d, k -> new ArrayList<>()).add(new Piece(from, s.reply()));
            }
        }
        return days;
    }

    /** For each weekday, the day it most often is in the year; the first such day on a tie. */
    private static Map<DayOfWeek, List<Piece>> usual(Map<LocalDate, List<Piece>> days) {
        Map<DayOfWeek, Map<List<Piece>, Integer>> counts = new HashMap<>();
        days.forEach((date, pieces) -> counts.computeIfAbsent(date.getDayOfWeek(), k -> new LinkedHashMap<>())
                .merge(pieces, 1, Integer::sum));
        Map<DayOfWeek, List<Piece>> usual = new TreeMap<>();
        counts.forEach((day, seen) -> usual.put(day, seen.entrySet().stream()
                .max((a, b) -> Integer.compare(a.getValue(), b.getValue())).orElseThrow().getKey()));
        return usual;
    }

    /** The reply at {@code t} in a day's pieces. */
    private static Reply replyAt(List<Piece> pieces, LocalTime t) {
        Reply reply = pieces.get(0).reply();
        for (Piece p : pieces) {
            if (p.from().isAfter(t)) {
                break;
            }
            reply = p.reply();
        }
        return reply;
    }

    /** A time range of one day that differs from the usual day, with its reply. */
    private record Change(LocalTime from, LocalTime to, Reply reply) {

        boolean wholeDay() {
            return from.equals(LocalTime.MIDNIGHT) && to == null;
        }
    }

    /** Where a day differs from its weekday's usual day; {@code to} null is midnight. */
    private static List<Change> changes(List<Piece> day, List<Piece> usual) {
        java.util.TreeSet<LocalTime> cuts = new java.util.TreeSet<>();
        day.forEach(p -> cuts.add(p.from()));
        usual.forEach(p -> cuts.add(p.from()));
        List<LocalTime> times = new ArrayList<>(cuts);
        List<Change> list = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            LocalTime from = times.get(i);
            LocalTime to = i + 1 < times.size() ? times.get(i + 1) : null;
            Reply mine = replyAt(day, from);
            if (mine.equals(replyAt(usual, from))) {
                continue;
            }
            Change last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (last != null && last.reply().equals(mine) && from.equals(last.to())) {
                list.set(list.size() - 1, new Change(last.from(), to, mine));
            } else {
                list.add(new Change(from, to, mine));
            }
        }
        return list;
    }

    /**
     * The dated rules: per reply, one test for every date (or run of whole dates) on which it
     * differs from the usual week. Dated rules never overlap, so their order is free; they come
     * before the weekly ones, which they overrule.
     */
    private static List<Rule> dated(Map<LocalDate, List<Piece>> days, Map<DayOfWeek, List<Piece>> usual,
            List<Reply> sent) {
        Map<Reply, List<String>> tests = new LinkedHashMap<>();
        LocalDate runFirst = null;
        LocalDate runLast = null;
        Reply runReply = null;
        for (Map.Entry<LocalDate, List<Piece>> day : days.entrySet()) {
            LocalDate date = day.getKey();
            List<Change> changes = changes(day.getValue(), usual.get(date.getDayOfWeek()));
            for (Change c : changes) {
                if (c.wholeDay()) {
                    if (runReply != null && runReply.equals(c.reply()) && runLast.plusDays(1).equals(date)) {
                        runLast = date;
                        continue;
                    }
                    addRun(tests, runFirst, runLast, runReply);
                    runFirst = date;
                    runLast = date;
                    runReply = c.reply();
                    continue;
                }
                tests.computeIfAbsent(c.reply(), k -> new ArrayList<>()).add(allOf(
                        "string :is \"${date}\" \"" + date + "\"", timeTests(c.from(), c.to())));
            }
            if (changes.isEmpty() || !changes.get(changes.size() - 1).wholeDay()) {
                addRun(tests, runFirst, runLast, runReply);
                runReply = null;
            }
        }
        addRun(tests, runFirst, runLast, runReply);
        List<Rule> rules = new ArrayList<>();
        tests.forEach((reply, list) -> rules.add(new Rule(anyOf(list), sent.indexOf(reply), true)));
        return rules;
    }

    private static void addRun(Map<Reply, List<String>> tests, LocalDate first, LocalDate last, Reply reply) {
        if (reply == null) {
            return;
        }
        tests.computeIfAbsent(reply, k -> new ArrayList<>()).add(first.equals(last)
                ? "string :is \"${date}\" \"" + first + "\""
                : allOf("string :value \"ge\" \"${date}\" \"" + first + "\"",
                        "string :value \"le\" \"${date}\" \"" + last + "\""));
    }

    /**
     * The weekly rules: per reply that is sent, one test naming the weekdays of each time range.
     * Ranges that send nothing need no rule: the chain ends without a reply.
     */
    private static List<Rule> weekly(Map<DayOfWeek, List<Piece>> usual, List<Reply> sent) {
        // reply → time range → weekdays
        Map<Reply, Map<List<LocalTime>, List<DayOfWeek>>> ranges = new LinkedHashMap<>();
        usual.forEach((day, pieces) -> {
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                if (!p.reply().sends()) {
                    continue;
                }
                LocalTime to = i + 1 < pieces.size() ? pieces.get(i + 1).from() : null;
                ranges.computeIfAbsent(p.reply(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(java.util.Arrays.asList(p.from(), to), k -> new ArrayList<>()).add(day);
            }
        });
        List<Rule> rules = new ArrayList<>();
        ranges.forEach((reply, byRange) -> {
            List<String> tests = new ArrayList<>();
            byRange.forEach((range, weekdays) -> tests.add(allOf(weekdays(weekdays),
                    timeTests(range.get(0), range.get(1)))));
            rules.add(new Rule(anyOf(tests), sent.indexOf(reply), false));
        });
        return rules;
    }

    /** Sieve's weekday numbers: "0" is Sunday. */
    private static String weekdays(List<DayOfWeek> days) {
        List<String> numbers = days.stream().map(d -> "\"" + d.getValue() % 7 + "\"").sorted().toList();
        return "string :is \"${weekday}\" " + (numbers.size() == 1 ? numbers.get(0)
                : "[" + String.join(", ", numbers) + "]");
    }

    /** From (inclusive) to (exclusive; null is midnight); "" for the whole day. */
    private static String timeTests(LocalTime from, LocalTime to) {
        List<String> tests = new ArrayList<>();
        if (!from.equals(LocalTime.MIDNIGHT)) {
            tests.add("string :value \"ge\" \"${time}\" \"" + TIME.format(from) + "\"");
        }
        if (to != null) {
            tests.add("string :value \"lt\" \"${time}\" \"" + TIME.format(to) + "\"");
        }
        return String.join(", ", tests);
    }

    private static String allOf(String... tests) {
        List<String> list = java.util.Arrays.stream(tests).filter(t -> !t.isEmpty()).toList();
        return list.size() == 1 ? list.get(0) : "allof (" + String.join(", ", list) + ")";
    }

    private static String anyOf(List<String> tests) {
        return tests.size() == 1 ? tests.get(0) : "anyof (\n        " + String.join(",\n        ", tests) + ")";
    }

    /**
     * The lines that read the moment in the home zone: the offset at the first day, one line per
     * clock change until the last day, then weekday, date and time in that offset.
     */
    private static String clock(ZoneId zone, LocalDate first, LocalDate end) {
        StringBuilder b = new StringBuilder();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant until = end.atStartOfDay(zone).toInstant();
        b.append("set \"zone\" \"").append(offset(zone.getRules().getOffset(from))).append("\";\n");
        ZoneOffsetTransition t = zone.getRules().nextTransition(from);
        while (t != null && t.getInstant().isBefore(until)) {
            b.append("if ").append(String.format(Locale.ROOT, CURRENTDATE, "+0000", ":value \"ge\"", "iso8601",
                    UTC.format(t.getInstant().atOffset(ZoneOffset.UTC)))).append(" { set \"zone\" \"")
                    .append(offset(t.getOffsetAfter())).append("\"; }\n");
            t = zone.getRules().nextTransition(t.getInstant());
        }
        for (String part : List.of("weekday", "date", "time")) {
            b.append("if ").append(String.format(Locale.ROOT, CURRENTDATE, "${zone}", ":matches", part, "*"))
                    .append(" { set \"").append(part).append("\" \"${1}\"; }\n");
        }
        return b.toString();
    }

    /** "+0100", "-0500", "+0530": the form {@code :zone} takes. */
    private static String offset(ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        return String.format(Locale.ROOT, "%s%02d%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60,
                Math.abs(minutes) % 60);
    }
}
