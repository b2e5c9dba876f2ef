package org.reachable.domain.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Dutch as it is written in the Netherlands: lower-case day and month names, "t/m", a full stop
 * between hours and minutes ("9.00"), and "uur" once after the last time ("9.00–11.00 en
 * 16.00–18.00 uur"), as the Taalunie and most Dutch websites write opening hours.
 */
final class DutchWords extends Words {

    private static final String[] SHORT = {"ma", "di", "wo", "do", "vr", "za", "zo"};
    private static final String[] LONG = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
        "zondag"};
    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};

    private final Speech speech = new DutchSpeech();

    /** "Op de Nationale feestdag", "op de Dag van de Arbeid"; "Op Koningsdag", "op Goede Vrijdag". */
    private static final Set<String> WITH_ARTICLE = Set.of("Nationale feestdag", "Dag van de Arbeid");

    @Override
    public String language() {
        return "nl";
    }

    @Override
    Set<String> holidaysWithArticle() {
        return WITH_ARTICLE;
    }

    @Override
    String article() {
        return "de";
    }

    @Override
    String dayName(DayOfWeek day, DayStyle style) {
        return (style == DayStyle.SHORT ? SHORT : LONG)[day.getValue() - 1];
    }

    @Override
    String through(DayStyle style) {
        // "t/m" is how it is written; read aloud it is always "tot en met"
        return style == DayStyle.SPOKEN ? " tot en met " : " t/m ";
    }

    @Override
    String everyDay() {
        return "elke dag";
    }

    @Override
    String and() {
        return "en";
    }

    @Override
    String onDays() {
        return "op ";
    }

    @Override
    String fromDays() {
        return "van ";
    }

    @Override
    String clock(int minutes) {
        if (minutes == ClockRange.DAY) {
            return "24.00";
        }
        int m = minutes % ClockRange.DAY;
        return (m / 60) + "." + (m % 60 < 10 ? "0" : "") + (m % 60);
    }

    @Override
    String hourSuffix() {
        return " uur";
    }

    @Override
    String rangeFrom() {
        return "van";
    }

    @Override
    String rangeTo() {
        return "tot";
    }

    @Override
    String wholeDay() {
        return "de hele dag";
    }

    @Override
    Speech speech() {
        return speech;
    }

    @Override
    String today() {
        return "vandaag";
    }

    @Override
    String tomorrow() {
        return "morgen";
    }

    @Override
    String dateText(LocalDate date, boolean withYear) {
        return LONG[date.getDayOfWeek().getValue() - 1] + " " + date.getDayOfMonth() + " "
                + MONTHS[date.getMonthValue() - 1] + (withYear ? " " + date.getYear() : "");
    }

    @Override
    String onDate() {
        // "Ik reageer maandag 30 november": Dutch needs no preposition before a date here
        return "";
    }

    @Override
    String fromTime() {
        return "vanaf";
    }

    @Override
    String afterTime() {
        return "na";
    }

    @Override
    String dayShift(int days) {
        return days > 0 ? "de volgende dag" : "de dag ervoor";
    }
}
