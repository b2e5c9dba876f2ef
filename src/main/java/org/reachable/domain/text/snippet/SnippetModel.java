package org.reachable.domain.text.snippet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.DayStyle;
import org.reachable.domain.text.HoursLine;
import org.reachable.domain.text.PromiseWords;
import org.reachable.domain.text.WeeklyHours;
import org.reachable.domain.text.Words;
import org.reachable.domain.text.autoreply.AutoReplies;

/**
 * The values every text template reads, for one language and instant, as a tree of maps, lists,
 * strings and booleans. Mustache cannot call a method with arguments, so every phrase a template
 * needs ("maandag 30 november vanaf 9.00 uur") is worked out here, and templates only place them.
 *
 * <p>User text (names, contacts, conditions, a stand-in) goes in as one line: a line break in a
 * name must not break a signature line or a Sieve string. Escaping for HTML or Markdown is the
 * renderer's job, because it depends on the format. No value is ever null, so a template that
 * names a value that does not exist is an error rather than an empty gap.
 */
public final class SnippetModel {

    /**
     * Facebook's page limits (2024 Pages experience): the intro ("bio") takes at most 101
     * characters; the about section's description takes 255, which is also what the classic
     * "Description" field allowed, so a text within it is safe in both.
     */
    static final int FACEBOOK_INTRO = 101;
    static final int FACEBOOK_ABOUT = 255;
    /** How far ahead a text lists days off (a working agreement, a briefing). */
    static final int DAYS_OFF_AHEAD = 92;

    private static final Pattern BREAKS = Pattern.compile("[\\t\\n\\u000B\\f\\r\\u0085\\u2028\\u2029]+");

    private final String language;
    private final Map<String, Object> values;

    private SnippetModel(String language, Map<String, Object> values) {
        this.language = language;
        this.values = Collections.unmodifiableMap(values);
    }

    /** "nl" or "en": the language the values are written in. */
    public String language() {
        return language;
    }

    public Map<String, Object> values() {
        return values;
    }

    /** Dutch for "nl", British English otherwise. */
    /** "nl" Dutch; "en" British English; "en-US" 12-hour clock and month first. */
    public static Words words(String language) {
        return Words.forLocale(java.util.Locale.forLanguageTag(language));
    }

    /**
     * The values at {@code at}. {@code resolver} carries the override too, so that a text made
     * during a manual focus says so.
     */
    public static SnippetModel of(Settings settings, Schedule schedule, StatusResolver resolver, String language,
            Instant at) {
        return new Builder(settings, schedule, resolver, language, at, null).build();
    }

    /**
     * The values one target's texts read, and only those: the voicemail's spoken times, the
     * briefing's hand-over moments (each a walk over the status), the Facebook cut and the JSON-LD
     * are worked out only for the target that shows them. A user's template for a target that names
     * another target's value gets "the value does not exist", as any unknown name does.
     */
    public static SnippetModel of(Settings settings, Schedule schedule, StatusResolver resolver, String language,
            Instant at, Target target) {
        return new Builder(settings, schedule, resolver, language, at, target).build();
    }

    /** One line of user text: every line break or tab becomes a space, ends trimmed. */
    static String line(String text) {
        return text == null ? "" : BREAKS.matcher(text).replaceAll(" ").trim();
    }

    private static final class Builder {

        /**
         * The day the user is really back: a day off on Friday derives "back on Saturday", but
         * a client should read the first day a channel opens again, so that is the day named.
         */
        private LocalDate backOn(DayOff off) {
            Instant from = off.backOn().atStartOfDay(zone).toInstant();
            return ordinary().stream().map(c -> resolver.nextReachable(c.id(), from))
                    .flatMap(Optional::stream).min(Instant::compareTo)
                    .map(i -> LocalDate.ofInstant(i, zone)).orElse(off.backOn());
        }

        private final Settings settings;
        private final Schedule schedule;
        private final StatusResolver resolver;
        private final Status status;
        private final String language;
        /** The bare language of {@link #language}: "nl", "en". */
        private final String lang;
        private final Register register;
        private final Instant at;
        private final Words words;
        private final Phrases phrases;
        private final ZoneId zone;
        private final LocalDate today;

        /** The target the values are for; null: every target's values (tests, benchmarks). */
        private final Target target;

        Builder(Settings settings, Schedule schedule, StatusResolver resolver, String language, Instant at,
                Target target) {
            this.target = target;
            this.settings = settings;
            this.schedule = schedule;
            this.resolver = resolver;
            this.status = resolver.status(at);
            // "en" is written in the profile's English (British or American); a tag with a country keeps it
            this.language = settings.profile().textTag(language);
            this.lang = java.util.Locale.forLanguageTag(this.language).getLanguage();
            this.register = settings.profile().register();
            this.at = at;
            this.words = words(this.language);
            this.phrases = Phrases.of(lang, register);
            this.zone = schedule.zone();
            this.today = LocalDate.ofInstant(at, zone);
        }

        /**
         * The hours in the home zone; with a client zone in the profile (clients abroad), the home
         * zone is named and the client's clock follows in brackets.
         */
        private String hours(List<HoursLine> lines) {
            ZoneId client = settings.profile().clientZone();
            if (client == null || client.getRules().equals(zone.getRules())) {
                return words.summary(lines, DayStyle.SHORT);
            }
            return String.join("; ", lines.stream().map(l -> words.days(l.days(), DayStyle.SHORT) + " "
                    + words.timesWithClientZone(l.ranges(), zone, client, today)).toList());
        }

        SnippetModel build() {
            Map<String, Object> v = new LinkedHashMap<>();
            String name = line(settings.profile().name());
            String business = line(settings.profile().business());
            v.put("language", language);
            // Dutch register: {{#u}}bereikt u{{/u}}{{^u}}bereik je{{/u}}, or the pronouns as values
            boolean u = "nl".equals(lang) && register == Register.U;
            v.put("u", u);
            v.put("je", u ? "u" : "je");
            v.put("Je", u ? "U" : "Je");
            v.put("jouw", u ? "uw" : "je");
            v.put("Jouw", u ? "Uw" : "Je");
            v.put("name", name);
            v.put("business", business);
            v.put("who", name.isEmpty() ? business : name);
            List<Map<String, Object>> channels = channels();
            v.put("channels", channels);
            v.put("anyChannels", !channels.isEmpty());
            if (wants(Target.SIGNATURE)) {
                v.put("hoursGroups", hoursGroups());
            }
            v.put("hoursSummary", hours(WeeklyHours.forAnyChannel(schedule)));
            v.put("contacts", contacts(channels));
            List<Map<String, Object>> urgent = urgentLines();
            v.put("urgentLines", urgent);
            v.put("urgent", !urgent.isEmpty());
            if (wants(Target.AUTOREPLY)) {
                v.put("reply", reply());
            }
            Map<String, Object> status = status();
            v.put("status", status);
            // the briefing speaks of the user in the third person; without a name, by role
            String first = firstName(name, business);
            String principal = !first.isEmpty() ? first : "nl".equals(lang) ? "je opdrachtgever" : "your client";
            v.put("firstName", principal);
            v.put("FirstName", capitalise(principal));
            v.put("madeAt", words.date(today, today) + ", " + words.time(at.atZone(zone).toLocalTime()));
            if (wants(Target.AGREEMENT) || wants(Target.ASSISTANT)) {
                v.put("daysOff", daysOff());
            }
            if (wants(Target.VOICEMAIL)) {
                v.put("voicemail", voicemail());
            }
            if (wants(Target.ASSISTANT)) {
                v.put("assistant", assistant());
            }
            if (wants(Target.FACEBOOK)) {
                v.put("facebook", facebook(name.isEmpty() ? business : name, status, urgent));
            }
            if (wants(Target.WEBSITE)) {
                v.put("jsonld", jsonld(name, business));
            }
            return new SnippetModel(lang, v);
        }

        private boolean wants(Target part) {
            return target == null || target == part;
        }

        /** Channels clients can reach in the usual week; one without any window has no hours to tell. */
        private List<Map<String, Object>> channels() {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Channel c : ordinary()) {
                List<HoursLine> lines = WeeklyHours.forChannel(schedule, c.id());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", c.id());
                m.put("name", line(c.name(lang)));
                m.put("contact", line(c.contact()));
                m.put("hours", hours(lines));
                m.put("hoursLong", words.summary(lines, DayStyle.LONG));
                m.put("promiseInside", PromiseWords.phrase(c.promiseInside(), lang));
                m.put("promiseOutside", PromiseWords.phrase(c.promiseOutside(), lang));
                m.put("promise", promiseLine(c));
                m.put("fallback", phrases.fallback(c.fallback()));
                m.put("afterHours", phrases.afterHours(c.fallback()));
                m.put("reachableNow", status.channel(c.id()).map(ChannelStatus::reachable).orElse(false));
                m.put("nextAnswer", nextAnswer(c).orElse(""));
                list.add(m);
            }
            return list;
        }

        private List<Channel> ordinary() {
            return settings.channels().stream().filter(c -> !c.urgentOnly())
                    .filter(c -> !WeeklyHours.forChannel(schedule, c.id()).isEmpty()).toList();
        }

        /** Channels with exactly the same week share a line: "Telefoon en E-mail: ma t/m vr …". */
        private List<Map<String, Object>> hoursGroups() {
            Map<List<HoursLine>, List<String>> groups = new LinkedHashMap<>();
            for (Channel c : ordinary()) {
                groups.computeIfAbsent(WeeklyHours.forChannel(schedule, c.id()), k -> new ArrayList<>())
                        .add(inSentence(c));
            }
            List<Map<String, Object>> list = new ArrayList<>();
            groups.forEach((lines, names) -> list.add(Map.of("channels", capitalise(words.list(names)),
                    "hours", words.summary(lines, DayStyle.SHORT))));
            return list;
        }

        private static String contacts(List<Map<String, Object>> channels) {
            Set<String> contacts = new LinkedHashSet<>();
            for (Map<String, Object> c : channels) {
                String contact = (String) c.get("contact");
                if (!contact.isEmpty()) {
                    contacts.add(contact);
                }
            }
            return String.join(" · ", contacts);
        }

        /** Urgent lines, unless a day off switched them off (then the stand-in takes over). */
        private List<Map<String, Object>> urgentLines() {
            if (status.dayOff().map(DayOff::urgentLineOff).orElse(false)) {
                return List.of();
            }
            return settings.channels().stream().filter(Channel::urgentOnly).map(c -> Map.<String, Object>of(
                    "name", line(c.name(lang)),
                    "contact", line(c.contact()),
                    // a condition only in another language stays out rather than mix two languages
                    "condition", line(c.urgentCondition().in(lang).orElse("")))).toList();
        }

        /** The real next reachable time, in words; skips focus blocks and days off (the resolver does). */
        private Optional<String> nextAnswer(Channel c) {
            return status.channel(c.id()).map(ChannelStatus::nextReachable)
                    .map(next -> words.answerFrom(next, zone, at));
        }

        /**
         * What an auto-reply promises: inside an e-mail window the channel's own promise, outside it
         * the real next time e-mail is answered, relative to now ({@link AutoReplies}, which also
         * decides for the Sieve script and {@code snippet autoreply --at}).
         */
        private Map<String, Object> reply() {
            AutoReplies.Reply reply = new AutoReplies(settings, schedule, resolver, language).at(at);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("now", reply.inWindow());
            m.put("when", reply.when().orElse(phrases.soon()));
            m.put("contact", AutoReplies.mailChannel(settings).map(c -> line(c.contact())).orElse(""));
            return m;
        }

        private Map<String, Object> status() {
            Map<String, Object> m = new LinkedHashMap<>();
            Optional<DayOff> off = status.dayOff();
            m.put("available", status.state() == State.AVAILABLE);
            m.put("focus", status.state() == State.FOCUS);
            m.put("off", status.state() == State.OFF);
            m.put("reason", status.reason().code());
            m.put("dayOff", off.isPresent());
            m.put("standIn", off.map(d -> line(d.standIn())).orElse(""));
            m.put("backOn", off.map(d -> words.date(backOn(d), today)).orElse(""));
            ZonedDateTime until = status.until() == null ? null : status.until().atZone(zone);
            m.put("untilDay", until == null ? "" : words.day(until.toLocalDate(), today));
            m.put("untilTime", until == null ? "" : words.time(until.toLocalTime()));
            return m;
        }
    
        /** The name a client calls the user by: the first word of the name, else the business. */
        private static String firstName(String name, String business) {
            if (name.isEmpty()) {
                return business;
            }
            int space = name.indexOf(' ');
            return space < 0 ? name : name.substring(0, space);
        }

        /** Days off from today on, within {@link #DAYS_OFF_AHEAD} days, first first. */
        private List<Map<String, Object>> daysOff() {
            List<Map<String, Object>> list = new ArrayList<>();
            schedule.entries().stream().filter(e -> e instanceof DayOff).map(e -> (DayOff) e)
                    .filter(d -> !d.last().isBefore(today) && !d.first().isAfter(today.plusDays(DAYS_OFF_AHEAD)))
                    .sorted(java.util.Comparator.comparing(DayOff::first)).forEach(d -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("when", words.dateRange(d.first(), d.last(), today));
                        m.put("now", !d.first().isAfter(today));
                        m.put("backOn", words.date(backOn(d), today));
                        m.put("standIn", line(d.standIn()));
                        m.put("urgentLineOff", d.urgentLineOff());
                        list.add(m);
                    });
            return list;
        }

        /**
         * The channel a voicemail greets callers on: the first whose fallback is the voicemail, else
         * the first phone.
         */
        private Optional<Channel> phone() {
            return ordinary().stream().filter(c -> c.fallback() == Fallback.VOICEMAIL).findFirst()
                    .or(() -> ordinary().stream().filter(c -> c.type() == ChannelType.PHONE).findFirst());
        }

        /**
         * The voicemail script's values. Exactly one of {@code available}, {@code focus},
         * {@code outside} and {@code dayOff} is true: a day off wins, then "the phone is open but I
         * did not pick up", then focus, else outside the hours. {@code hours} are spoken ("op maandag
         * … van negen tot elf uur"); {@code callBack} is when the caller hears back, spoken too ("na
         * vijf uur", "morgen na negen uur") or, inside the hours, the channel's own promise.
         */
        private Map<String, Object> voicemail() {
            Optional<Channel> phone = phone();
            Optional<ChannelStatus> now = phone.flatMap(c -> status.channel(c.id()));
            boolean dayOff = status.dayOff().isPresent();
            boolean available = !dayOff && now.map(ChannelStatus::reachable).orElse(false);
            boolean focus = !dayOff && !available && (status.state() == State.FOCUS
                    || now.map(s -> s.reason() == org.reachable.domain.status.Reason.FOCUS).orElse(false));
            String callBack;
            boolean callBackLast = false;
            if (available) {
                String promise = PromiseWords.phrase(phone.get().promiseInside(), lang);
                callBack = promise.isEmpty() ? phrases.soon() : promise;
                callBackLast = PromiseWords.isClause(phone.get().promiseInside());
            } else {
                callBack = now.map(ChannelStatus::nextReachable).map(this::spokenCallBack).orElse(phrases.soon());
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("available", available);
            m.put("focus", focus);
            m.put("outside", !dayOff && !available && !focus);
            m.put("dayOff", dayOff);
            m.put("hours", phone.map(c -> words.spokenSummary(WeeklyHours.forChannel(schedule, c.id()))).orElse(""));
            m.put("callBack", callBack);
            // "bel ik je binnen een uur terug" but "bel ik je terug zodra ik weer bereikbaar ben"
            m.put("callBackLast", callBackLast);
            m.put("contact", phone.map(c -> line(c.contact())).orElse(""));
            return m;
        }

        /** "na vijf uur" today, "morgen na negen uur", "maandag 30 november na negen uur". */
        private String spokenCallBack(Instant next) {
            ZonedDateTime local = next.atZone(zone);
            String time = phrases.after() + " " + words.spokenTime(local.toLocalTime());
            LocalDate day = local.toLocalDate();
            return day.equals(today) ? time : words.onDay(day, today) + " " + time;
        }

        /**
         * The assistant briefing: the channels whose fallback is the assistant, when she takes them
         * over, and when the user answers a message she receives ({@code answerWhen}: the real next
         * reachable time after the current window, if the channel is open now).
         */
        private Map<String, Object> assistant() {
            List<Map<String, Object>> covers = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (Channel c : settings.channels()) {
                if (c.urgentOnly()) {
                    continue;
                }
                List<HoursLine> lines = WeeklyHours.forChannel(schedule, c.id());
                if (c.fallback() != Fallback.ASSISTANT) {
                    if (!lines.isEmpty()) {
                        others.add(inSentence(c));
                    }
                    continue;
                }
                Optional<ChannelStatus> s = status.channel(c.id());
                boolean open = s.map(ChannelStatus::reachable).orElse(false);
                Optional<Instant> closes = open ? closes(c.id(), s.get()) : Optional.empty();
                Optional<Instant> back = open
                        ? closes.flatMap(t -> resolver.nextReachable(c.id(), t))
                        : s.map(ChannelStatus::nextReachable);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", line(c.name(lang)));
                m.put("nameInSentence", inSentence(c));
                m.put("contact", line(c.contact()));
                m.put("hours", words.summary(lines, DayStyle.SHORT));
                m.put("openNow", open);
                m.put("coverFrom", closes.map(t -> words.answerFrom(t, zone, at)).orElse(""));
                m.put("answerWhen", back.map(t -> words.answerFrom(t, zone, at)).orElse(phrases.soon()));
                covers.add(m);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("covers", covers);
            m.put("any", !covers.isEmpty());
            m.put("others", capitalise(words.list(others)));
            return m;
        }

        /** When an open channel next closes: its status's end, passing over a mere change of reason. */
        private Optional<Instant> closes(String id, ChannelStatus open) {
            Instant t = open.until();
            for (int i = 0; i < 8 && t != null; i++) {
                Optional<ChannelStatus> then = resolver.status(t).channel(id);
                if (then.isEmpty() || !then.get().reachable()) {
                    return Optional.of(t);
                }
                t = then.get().until();
            }
            return Optional.empty();
        }

        /**
         * The two Facebook page texts, each cut to its limit. The intro is one line, name and
         * hours, cut at a word boundary if it must be. The about section is sentences in order of
         * weight: a day off now, the groups of channel hours, the urgent line; what
         * does not fit is left out whole.
         */
        private Map<String, Object> facebook(String who, Map<String, Object> status, List<Map<String, Object>> urgent) {
            String hours = words.summary(WeeklyHours.forAnyChannel(schedule), DayStyle.SHORT);
            String intro = (who.isEmpty() ? "" : who + ": ") + (hours.isEmpty() ? ""
                    : (who.isEmpty() ? capitalise(phrases.facebookAvailable()) : phrases.facebookAvailable())
                            + " " + hours);
            Fit.Result introFit = Fit.cut(intro, FACEBOOK_INTRO);

            // reading order: away, hours groups, urgent lines; weight: away, the first hours group,
            // the urgent lines, the other hours groups. Contacts stay out: the page has its own
            // fields for phone, e-mail and WhatsApp, and the about text is short.
            List<String> parts = new ArrayList<>();
            List<Integer> weight = new ArrayList<>();
            List<Integer> laterGroups = new ArrayList<>();
            weight.add(parts.size());
            parts.add((Boolean) status.get("dayOff")
                    ? String.format(phrases.facebookAway(), status.get("backOn")) : "");
            for (Map<String, Object> group : hoursGroups()) {
                (parts.size() == 1 ? weight : laterGroups).add(parts.size());
                parts.add(group.get("channels") + ": " + group.get("hours") + ".");
            }
            for (Map<String, Object> u : urgent) {
                String condition = (String) u.get("condition");
                weight.add(parts.size());
                parts.add(phrases.facebookUrgent() + (condition.isEmpty() ? "" : " (" + condition + ")") + ": "
                        + u.get("contact") + ".");
            }
            weight.addAll(laterGroups);
            Fit.Result aboutFit = Fit.parts(parts, weight, FACEBOOK_ABOUT);

            Map<String, Object> m = new LinkedHashMap<>();
            m.put("intro", introFit.text());
            m.put("introLength", introFit.length());
            m.put("introLimit", FACEBOOK_INTRO);
            m.put("introShortened", introFit.shortened());
            m.put("about", aboutFit.text());
            m.put("aboutLength", aboutFit.length());
            m.put("aboutLimit", FACEBOOK_ABOUT);
            m.put("aboutShortened", aboutFit.shortened());
            return m;
        }

        /**
         * The schema.org values of the website's JSON-LD: the business (or the person) as a
         * {@code ProfessionalService} with one {@code ContactPoint} per channel. A channel's hours
         * become {@code OpeningHoursSpecification}s ({@code hours}: day URLs, "09:00", "11:00");
         * an urgent line is open every day, with its condition as the description. Days off
         * belong to the service itself ({@code specialOpeningHoursSpecification} is a property of
         * a Place, not of a ContactPoint), closed all day. Every list item has {@code more}: whether
         * an item follows, so the template can place JSON's commas.
         */
        private Map<String, Object> jsonld(String name, String business) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", business.isEmpty() ? name : business);
            m.put("founder", business.isEmpty() ? "" : name);
            List<String> codes = settings.profile().languages() == null || settings.profile().languages().isEmpty()
                    ? List.of(language) : settings.profile().languages();
            List<Map<String, Object>> languages = new ArrayList<>();
            for (String code : codes) {
                languages.add(new LinkedHashMap<>(Map.of("code", line(code))));
            }
            List<Map<String, Object>> points = new ArrayList<>();
            for (Channel c : ordinary()) {
                points.add(contactPoint(c, lang, "", jsonHours(WeeklyHours.forChannel(schedule, c.id()))));
            }
            if (!status.dayOff().map(DayOff::urgentLineOff).orElse(false)) {
                List<Map<String, Object>> always = jsonHours(List.of(new HoursLine(
                        java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                        List.of(org.reachable.domain.text.ClockRange.wholeDay()))));
                for (Channel c : settings.channels()) {
                    if (c.urgentOnly()) {
                        points.add(contactPoint(c, lang, line(c.urgentCondition().in(lang).orElse("")), always));
                    }
                }
            }
            List<Map<String, Object>> closed = new ArrayList<>();
            schedule.entries().stream().filter(e -> e instanceof DayOff).map(e -> (DayOff) e)
                    .filter(d -> !d.last().isBefore(today) && !d.first().isAfter(today.plusDays(DAYS_OFF_AHEAD)))
                    .sorted(java.util.Comparator.comparing(DayOff::first)).forEach(d -> {
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

        private static Map<String, Object> contactPoint(Channel c, String lang, String description,
                List<Map<String, Object>> hours) {
            String contact = line(c.contact());
            boolean phone = c.type() == ChannelType.PHONE || c.type() == ChannelType.WHATSAPP
                    || c.type() == ChannelType.SMS;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("contactType", line(c.name(lang)));
            p.put("telephone", phone ? contact : "");
            p.put("email", c.type() == ChannelType.EMAIL ? contact : "");
            p.put("description", description);
            p.put("hours", hours);
            return p;
        }

        /** One OpeningHoursSpecification per line and range: the days as schema.org URLs, times "09:00". */
        private static List<Map<String, Object>> jsonHours(List<HoursLine> lines) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (HoursLine l : lines) {
                List<Map<String, Object>> days = new ArrayList<>();
                for (java.time.DayOfWeek d : l.days()) {
                    String day = d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
                    days.add(new LinkedHashMap<>(Map.of("url", "https://schema.org/" + day)));
                }
                for (org.reachable.domain.text.ClockRange r : l.ranges()) {
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

        private static String hhmm(java.time.LocalTime t) {
            return String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
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

        /** The channel's promises and note as one line; "" when it promises nothing. */
        private String promiseLine(Channel c) {
            return PromiseLine.of(c, lang);
        }

        /**
         * A channel's name inside a sentence: a standard name is a common noun there ("telefoon en
         * e-mail", "phone and email"), a name of the user's own stays as written.
         */
        private String inSentence(Channel c) {
            String name = line(c.name(lang));
            boolean standard = c.type() != ChannelType.WHATSAPP && c.type() != ChannelType.CUSTOM
                    && c.type().standardNames().in(lang).map(name::equals).orElse(false);
            return standard ? name.toLowerCase(java.util.Locale.ROOT) : name;
        }

        private static String capitalise(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
}
}
