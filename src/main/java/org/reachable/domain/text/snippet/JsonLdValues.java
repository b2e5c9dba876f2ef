package org.reachable.domain.text.snippet;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.text.ClockRange;
import org.reachable.domain.text.HoursLine;
import org.reachable.domain.text.WeeklyHours;

/**
 * The schema.org values of the website's JSON-LD: the business (or the person) as a
 * {@code ProfessionalService} with one {@code ContactPoint} per channel. A channel's hours become
 * {@code OpeningHoursSpecification}s ({@code hours}: day URLs, "09:00", "11:00"); an urgent line
 * is open every day, with its condition as the description. Days off belong to the service itself
 * ({@code specialOpeningHoursSpecification} is a property of a Place, not of a ContactPoint),
 * closed all day, with their dates: a machine reads them with their validity, so they do not go
 * stale the way a sentence does. Every list item has {@code more}: whether an item follows, so the
 * template can place JSON's commas. Telephone numbers are E.164, as schema.org advises.
 */
final class JsonLdValues {

    private final SnippetContext c;

    JsonLdValues(SnippetContext context) {
        this.c = context;
    }

    Map<String, Object> values(String name, String business) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", business.isEmpty() ? name : business);
        m.put("founder", business.isEmpty() ? "" : name);
        List<String> codes = c.settings.profile().languages() == null || c.settings.profile().languages().isEmpty()
                ? List.of(c.language) : c.settings.profile().languages();
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String code : codes) {
            languages.add(new LinkedHashMap<>(Map.of("code", SnippetModel.line(code))));
        }
        List<Map<String, Object>> points = new ArrayList<>();
        for (Channel ch : c.ordinary()) {
            points.add(contactPoint(ch, "", jsonHours(WeeklyHours.forChannel(c.schedule, ch.id()))));
        }
        if (!c.status.dayOff().map(DayOff::urgentLineOff).orElse(false)) {
            List<Map<String, Object>> always = jsonHours(List.of(new HoursLine(EnumSet.allOf(DayOfWeek.class),
                    List.of(ClockRange.wholeDay()))));
            for (Channel ch : c.settings.channels()) {
                if (ch.urgentOnly()) {
                    points.add(contactPoint(ch, SnippetModel.line(ch.urgentCondition().in(c.lang).orElse("")),
                            always));
                }
            }
        }
        List<Map<String, Object>> closed = new ArrayList<>();
        StatusValues.daysOffAhead(c).forEach(d -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("validFrom", d.first().toString());
            o.put("validThrough", d.last().toString());
            closed.add(o);
        });
        m.put("languages", more(languages));
        m.put("contactPoints", more(points));
        m.put("daysOff", more(closed));
        m.put("anyDaysOff", !closed.isEmpty());
        return m;
    }

    private Map<String, Object> contactPoint(Channel ch, String description, List<Map<String, Object>> hours) {
        String contact = SnippetModel.line(ch.contact());
        boolean phone = SnippetContext.isPhone(ch);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("contactType", SnippetModel.line(ch.name(c.lang)));
        p.put("telephone", phone ? contact : "");
        p.put("email", ch.type() == ChannelType.EMAIL ? contact : "");
        p.put("description", description);
        p.put("hours", hours);
        return p;
    }

    /** One OpeningHoursSpecification per line and range: the days as schema.org URLs, times "09:00". */
    private static List<Map<String, Object>> jsonHours(List<HoursLine> lines) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (HoursLine l : lines) {
            List<Map<String, Object>> days = new ArrayList<>();
            for (DayOfWeek d : l.days()) {
                String day = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                days.add(new LinkedHashMap<>(Map.of("url", "https://schema.org/" + day)));
            }
            for (ClockRange r : l.ranges()) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("days", more(new ArrayList<>(days)));
                h.put("opens", hhmm(r.start()));
                // schema.org has no 24:00; 23:59 is the usual "until midnight"
                h.put("closes", r.endsAtMidnight() ? "23:59" : hhmm(r.end()));
                list.add(h);
            }
        }
        return more(list);
    }

    private static String hhmm(LocalTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    /** Marks each item but the last with {@code more = true}, for the commas of a JSON list. */
    private static List<Map<String, Object>> more(List<Map<String, Object>> items) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>(items.get(i));
            m.put("more", i < items.size() - 1);
            list.add(m);
        }
        return list;
    }
}
