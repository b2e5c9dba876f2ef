package org.reachable.domain.text.snippet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.DayStyle;
import org.reachable.domain.text.HoursLine;
import org.reachable.domain.text.OneClock;
import org.reachable.domain.text.PromiseWords;
import org.reachable.domain.text.WeeklyHours;
import org.reachable.domain.text.Words;
import org.reachable.domain.text.autoreply.AutoReplies;

/**
 * The values every text template reads, for one language and instant, as a tree of maps, lists,
 * strings and booleans. Mustache cannot call a method with arguments, so every phrase a template
 * needs ("maandag 30 november vanaf 9.00 uur") is worked out here, and templates only place them.
 * The values every target reads (who, channels, hours, urgent lines, the status) are made here;
 * what only one target reads is made by that target's part ({@link VoicemailValues},
 * {@link AssistantValues}, {@link FacebookValues}, {@link JsonLdValues}) over one
 * {@link SnippetContext}.
 *
 * <p>User text (names, contacts, conditions, a stand-in) goes in as one line: a line break in a
 * name must not break a signature line or a Sieve string. Escaping for HTML or Markdown is the
 * renderer's job, because it depends on the format. No value is ever null, so a template that
 * names a value that does not exist is an error rather than an empty gap.
 */
public final class SnippetModel {

    /** See {@link FacebookValues#INTRO}. */
    static final int FACEBOOK_INTRO = FacebookValues.INTRO;
    static final int FACEBOOK_ABOUT = FacebookValues.ABOUT;

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

    /** These values and one more, for what only one format reads (the Sieve script's rules). */
    SnippetModel with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(values);
        more.put(key, value);
        return new SnippetModel(language, more);
    }

    /** "nl" Dutch; "en" British English; "en-US" 12-hour clock and month first. */
    public static Words words(String language) {
        return Words.forLocale(Locale.forLanguageTag(language));
    }

    /**
     * The values at {@code at}, for every target, numbers as typed (tests, benchmarks).
     * {@code resolver} carries the override too, so that a text made during a manual focus says so.
     */
    public static SnippetModel of(Settings settings, Schedule schedule, StatusResolver resolver, String language,
            Instant at) {
        return of(settings, schedule, resolver, language, at, null, PhoneNumbers.AS_TYPED, false);
    }

    /** Only one target's values (see the seven-argument form), numbers as typed. */
    public static SnippetModel of(Settings settings, Schedule schedule, StatusResolver resolver, String language,
            Instant at, Target target) {
        return of(settings, schedule, resolver, language, at, target, PhoneNumbers.AS_TYPED, false);
    }

    /**
     * The values one target's texts read, and only those: the voicemail's spoken times, the
     * briefing's hand-over moments (each a walk over the status), the Facebook cut and the JSON-LD
     * are worked out only for the target that shows them. A user's template for a target that names
     * another target's value gets "the value does not exist", as any unknown name does.
     *
     * @param target null: every target's values
     * @param phones how phone numbers are written for a client to dial
     */
    public static SnippetModel of(Settings settings, Schedule schedule, StatusResolver resolver, String language,
            Instant at, Target target, PhoneNumbers phones) {
        return of(settings, schedule, resolver, language, at, target, phones, false);
    }

    /**
     * @param dated the dated variant: texts pasted once name a day off (in force or the next
     *     one) with its dates and year; false: they describe the week and name no date
     */
    public static SnippetModel of(Settings settings, Schedule schedule, StatusResolver resolver, String language,
            Instant at, Target target, PhoneNumbers phones, boolean dated) {
        return new Builder(new SnippetContext(settings, schedule, resolver, language, at, phones, dated), target)
                .build();
    }

    /** The values for {@code target} from a text's data (with its holidays' names). */
    static SnippetModel of(TextService.Data data, String language, Instant at, Target target, boolean dated) {
        return new Builder(new SnippetContext(data, language, at, dated), target).build();
    }

    /** One line of user text: every line break or tab becomes a space, ends trimmed. */
    static String line(String text) {
        return text == null ? "" : BREAKS.matcher(text).replaceAll(" ").trim();
    }

    private static final class Builder {

        private final SnippetContext c;
        /** The target the values are for; null: every target's values (tests, benchmarks). */
        private final Target target;

        Builder(SnippetContext context, Target target) {
            this.c = context;
            this.target = target;
        }

        SnippetModel build() {
            Map<String, Object> v = new LinkedHashMap<>();
            String name = line(c.settings.profile().name());
            String business = line(c.settings.profile().business());
            v.put("language", c.language);
            // Dutch register: {{#u}}bereikt u{{/u}}{{^u}}bereik je{{/u}}, or the pronouns as values
            boolean u = "nl".equals(c.lang) && c.register == Register.U;
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
            List<Map<String, Object>> groups = wants(Target.SIGNATURE) || wants(Target.FACEBOOK)
                    ? hoursGroups() : List.of();
            if (wants(Target.SIGNATURE)) {
                v.put("hoursGroups", groups);
            }
            v.put("hoursSummary", c.hours(c.anyChannelHours()));
            // the clock named once above the hours per channel where no client's time is true all year
            v.put("hoursNote", c.hoursNote());
            v.put("contacts", contacts(channels));
            v.put("contactLinks", contactLinks(channels));
            List<Map<String, Object>> urgent = urgentLines();
            v.put("urgentLines", urgent);
            v.put("urgent", !urgent.isEmpty());
            if (wants(Target.AUTOREPLY)) {
                v.put("reply", reply());
            }
            StatusValues statusValues = new StatusValues(c);
            Map<String, Object> status = statusValues.status();
            v.put("status", status);
            v.put("dated", c.dated);
            Map<String, Object> away = statusValues.away();
            v.put("away", away);
            // the briefing speaks of the user in the third person; without a name, by role
            String first = firstName(name, business);
            String principal = !first.isEmpty() ? first : "nl".equals(c.lang) ? "je opdrachtgever" : "your client";
            v.put("firstName", principal);
            v.put("FirstName", SnippetContext.capitalise(principal));
            v.put("madeAt", c.words.date(c.today, c.today) + ", " + c.words.time(c.at.atZone(c.zone).toLocalTime()));
            if (wants(Target.AGREEMENT) || wants(Target.ASSISTANT)) {
                v.put("daysOff", statusValues.daysOff());
            }
            if (wants(Target.AGREEMENT)) {
                v.put("plannedDaysOff", statusValues.plannedDaysOff());
            }
            if (wants(Target.VOICEMAIL)) {
                v.put("voicemail", new VoicemailValues(c).values());
            }
            if (wants(Target.ASSISTANT)) {
                v.put("assistant", new AssistantValues(c).values());
            }
            if (wants(Target.FACEBOOK)) {
                v.put("facebook", new FacebookValues(c).values(name.isEmpty() ? business : name, away, groups,
                        urgent));
            }
            if (wants(Target.WEBSITE)) {
                v.put("jsonld", new JsonLdValues(c).values(name, business));
            }
            if (wants(Target.GOOGLE_BUSINESS)) {
                v.put("google", new GoogleBusinessValues(c).values());
            }
            if (wants(Target.WHATSAPP)) {
                v.put("whatsapp", new WhatsAppValues(c).values());
            }
            if (wants(Target.FORWARDING)) {
                // the number is not in the settings: TextService#forwarding puts it in
                v.put("forwarding", ForwardingValues.of(Optional.empty(), c.phones));
            }
            return new SnippetModel(c.lang, v);
        }

        private boolean wants(Target part) {
            return target == null || target == part;
        }

        /** Channels clients can reach in the usual week; one without any window has no hours to tell. */
        private List<Map<String, Object>> channels() {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Channel ch : c.ordinary()) {
                List<HoursLine> lines = WeeklyHours.forChannel(c.schedule, ch.id());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", ch.id());
                m.put("name", line(ch.name(c.lang)));
                m.put("contact", c.contact(ch));
                m.put("href", c.href(ch));
                m.put("hours", c.hours(lines));
                m.put("notedHours", c.notedHours(lines));
                m.put("hoursLong", c.words.summary(lines, DayStyle.LONG));
                m.put("promiseInside", PromiseWords.phrase(ch.promiseInside(), c.lang));
                m.put("promiseOutside", PromiseWords.phrase(ch.promiseOutside(), c.lang));
                m.put("promise", PromiseLine.of(ch, c.lang, c.register));
                m.put("fallback", c.phrases.fallback(ch.fallback()));
                m.put("afterHours", c.phrases.afterHours(ch.fallback()));
                m.put("reachableNow", c.status.channel(ch.id()).map(ChannelStatus::reachable).orElse(false));
                m.put("nextAnswer", c.nextAnswer(ch).orElse(""));
                list.add(m);
            }
            return list;
        }

        /** Channels with exactly the same week share a line: "Telefoon en E-mail: ma t/m vr …". */
        private List<Map<String, Object>> hoursGroups() {
            Map<List<HoursLine>, List<String>> groups = new LinkedHashMap<>();
            for (Channel ch : c.ordinary()) {
                groups.computeIfAbsent(WeeklyHours.forChannel(c.schedule, ch.id()), k -> new ArrayList<>())
                        .add(c.inSentence(ch));
            }
            List<Map<String, Object>> list = new ArrayList<>();
            // "clock" and "clockHours": the week on one clock named once, for the signature's one line
            // and Facebook's (which may take the clock's bare name and its short hours to fit)
            groups.forEach((lines, names) -> {
                OneClock one = c.oneClock(lines);
                list.add(Map.of("channels", SnippetContext.capitalise(c.words.list(names)), "hours", c.hours(lines),
                        "clock", one.zone(), "clockName", one.name(), "clockHours", one.hours(),
                        "clockShortHours", one.shortHours()));
            });
            return list;
        }

        private static String contacts(List<Map<String, Object>> channels) {
            Set<String> contacts = new LinkedHashSet<>();
            for (Map<String, Object> ch : channels) {
                String contact = (String) ch.get("contact");
                if (!contact.isEmpty()) {
                    contacts.add(contact);
                }
            }
            return String.join(" · ", contacts);
        }

        /** The contacts of {@code contacts} with their links, for HTML: text, href, more. */
        private static List<Map<String, Object>> contactLinks(List<Map<String, Object>> channels) {
            Map<String, String> links = new LinkedHashMap<>();
            for (Map<String, Object> ch : channels) {
                String contact = (String) ch.get("contact");
                if (!contact.isEmpty()) {
                    links.putIfAbsent(contact, (String) ch.get("href"));
                }
            }
            List<Map<String, Object>> list = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, String> link : links.entrySet()) {
                list.add(Map.of("text", link.getKey(), "href", link.getValue(), "more", ++i < links.size()));
            }
            return list;
        }

        /** Urgent lines, unless a day off switched them off (then the stand-in takes over). */
        private List<Map<String, Object>> urgentLines() {
            if (c.status.dayOff().map(DayOff::urgentLineOff).orElse(false)) {
                return List.of();
            }
            return c.settings.channels().stream().filter(Channel::urgentOnly).map(ch -> Map.<String, Object>of(
                    "name", line(ch.name(c.lang)),
                    "contact", c.contact(ch),
                    "href", c.href(ch),
                    // how a client reaches it: a spoken text must not tell a caller to ring a text-only number
                    "sms", ch.type() == ChannelType.SMS,
                    "whatsapp", ch.type() == ChannelType.WHATSAPP,
                    "email", ch.type() == ChannelType.EMAIL,
                    "call", ch.type() == ChannelType.PHONE || ch.type() == ChannelType.CUSTOM,
                    // a condition only in another language stays out rather than mix two languages
                    "condition", line(ch.urgentCondition().in(c.lang).orElse("")))).toList();
        }

        /**
         * What an auto-reply promises: inside an e-mail window the channel's own promise, outside it
         * the real next time e-mail is answered, relative to now ({@link AutoReplies}, which also
         * decides for the Sieve script and {@code snippet autoreply --at}).
         */
        private Map<String, Object> reply() {
            AutoReplies.Reply reply = new AutoReplies(c.settings, c.schedule, c.resolver, c.language).at(c.at);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("now", reply.inWindow());
            m.put("when", reply.when().orElse(c.phrases.soon()));
            m.put("contact", AutoReplies.mailChannel(c.settings).map(c::contact).orElse(""));
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
    }
}
