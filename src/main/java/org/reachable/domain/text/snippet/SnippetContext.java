package org.reachable.domain.text.snippet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.ContactCheck;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.HomeWeek;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.PublicHolidays;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.ClockWords;
import org.reachable.domain.text.DayStyle;
import org.reachable.domain.text.HoursLine;
import org.reachable.domain.text.OneClock;
import org.reachable.domain.text.WeeklyHours;
import org.reachable.domain.text.Words;

/**
 * What every part of a text's values is worked out from: the data, the instant, the language
 * and its words, and the few questions several targets ask (which channels have hours, when a
 * channel answers next, the day the user is really back). The parts per target
 * ({@link VoicemailValues}, {@link AssistantValues}, {@link FacebookValues}, {@link JsonLdValues})
 * read it; none of them writes it.
 */
final class SnippetContext {

    final Settings settings;
    final Schedule schedule;
    final StatusResolver resolver;
    final Status status;
    /** The whole tag: "nl", "en-GB", "en-US". */
    final String language;
    /** The bare language of {@link #language}: "nl", "en". */
    final String lang;
    final Register register;
    final Instant at;
    final Words words;
    final Phrases phrases;
    final ZoneId zone;
    final LocalDate today;
    /** The home clock, and the clients' clock when the profile names one. */
    final ClockWords clock;
    /** Phone numbers as a client dials them. */
    final PhoneNumbers phones;
    /**
     * The dated variant: a day off (in force, else the next one ahead) is named with its dates and
     * year. Otherwise a text pasted once describes the week only (issue 11, item 1).
     */
    final boolean dated;
    /** The country a number typed without its country code is read in ("NL"); "ZZ": unknown. */
    final String region;

    /** Names of public holidays in the text's language (a holiday is stored in the main language's). */
    final PublicHolidays holidays;

    SnippetContext(TextService.Data data, String language, Instant at, boolean dated) {
        this(data.settings(), data.schedule(), data.resolver(), language, at, data.phones(), dated, data.holidays());
    }

    SnippetContext(Settings settings, Schedule schedule, StatusResolver resolver, String language, Instant at,
            PhoneNumbers phones, boolean dated) {
        this(settings, schedule, resolver, language, at, phones, dated, PublicHolidays.NONE);
    }

    SnippetContext(Settings settings, Schedule schedule, StatusResolver resolver, String language, Instant at,
            PhoneNumbers phones, boolean dated, PublicHolidays holidays) {
        this.settings = settings;
        this.holidays = holidays;
        // the week the texts describe: a series kept in a zone of its own (a call at 10:00 New York
        // time) at the home times most weeks of a year have; the weeks in which only one
        // of the two zones keeps summer time are exceptions, as a day off is, and the texts that
        // name moments (the auto-reply, the Sieve script, the status) take them from the resolver
        this.schedule = HomeWeek.usual(schedule);
        this.resolver = resolver;
        this.status = resolver.status(at);
        // "en" is written in the profile's English (British or American); a tag with a country keeps it
        this.language = settings.profile().textTag(language);
        this.lang = Locale.forLanguageTag(this.language).getLanguage();
        this.register = settings.profile().register();
        this.at = at;
        this.words = SnippetModel.words(this.language);
        this.phrases = Phrases.of(lang, register);
        this.zone = schedule.zone();
        this.today = LocalDate.ofInstant(at, zone);
        this.clock = ClockWords.of(words, zone, settings.profile().clientZone());
        this.phones = phones;
        this.dated = dated;
        this.region = phones.region(zone).orElse("ZZ");
    }

    /**
     * The day off a dated text names: the one in force, else the first within
     * {@link StatusValues#DAYS_OFF_AHEAD} days; none for a text that describes the week.
     */
    Optional<DayOff> away() {
        if (!dated) {
            return Optional.empty();
        }
        return status.dayOff().or(() -> StatusValues.daysOffAhead(this).stream().findFirst());
    }

    /**
     * A week's hours, with the clients' clock beside the home clock when the profile has one, and
     * "niet op feestdagen" when the user took the public holidays off: a text pasted once names no
     * date, and the holidays are the days off every year brings.
     */
    String hours(List<HoursLine> lines) {
        return clock.summary(lines, DayStyle.SHORT, today) + (holidaysOff() ? phrases.notOnHolidays() : "");
    }

    /**
     * A week's hours under {@link #hoursNote()} (the website, the working agreement): on the home
     * clock alone where the note names it, else as {@link #hours}.
     */
    String notedHours(List<HoursLine> lines) {
        return clock.summaryUnderNote(lines, DayStyle.SHORT, today) + (holidaysOff() ? phrases.notOnHolidays() : "");
    }

    /** "Alle tijden zijn Nederlandse tijd. In New York is het meestal zes uur vroeger."; "" (see {@link ClockWords#hoursNote}). */
    String hoursNote() {
        return clock.hoursNote(today);
    }

    /** A week's hours on one clock, named once, for the signature and Facebook (see {@link OneClock}). */
    OneClock oneClock(List<HoursLine> lines) {
        OneClock one = clock.oneClock(lines, DayStyle.SHORT, today);
        String holidays = holidaysOff() ? phrases.notOnHolidays() : "";
        return new OneClock(one.zone(), one.name(), one.hours() + holidays, one.shortHours() + holidays);
    }

    /** Public holidays ahead are days off in the schedule (made by the Days off page's offer). */
    private boolean holidaysOff() {
        return schedule.entries().stream().anyMatch(e -> e instanceof DayOff d && d.publicHoliday()
                && !d.last().isBefore(today));
    }

    /** Channels clients can reach in the usual week: not urgent-only, and with some window. */
    List<Channel> ordinary() {
        return settings.channels().stream().filter(c -> !c.urgentOnly())
                .filter(c -> !WeeklyHours.forChannel(schedule, c.id()).isEmpty()).toList();
    }

    /**
     * When any channel a client can use is reachable: the ordinary channels' windows, so a window
     * of a channel the user deleted does not stretch the hours ("9.00–17.00" when only e-mail is
     * left, open 9.00–11.00).
     */
    List<HoursLine> anyChannelHours() {
        return WeeklyHours.forChannels(schedule, ordinary().stream().map(Channel::id).toList());
    }

    /** A channel's contact detail as a client reads it: one line, a phone number as dialled from abroad. */
    String contact(Channel c) {
        String text = SnippetModel.line(c.contact());
        return isPhone(c) ? phones.international(text, region) : text;
    }

    /**
     * Where a click on the contact goes in an HTML text: {@code tel:+31612345678} for a phone,
     * {@code sms:} for SMS, {@code https://wa.me/31612345678} for WhatsApp (wa.me takes the
     * digits without + or 00), {@code mailto:} for e-mail; "" when the detail is no dialable
     * number or address (then the text shows it without a link).
     */
    String href(Channel c) {
        String contact = SnippetModel.line(c.contact());
        if (isPhone(c)) {
            if (!PhoneNumbers.isE164(contact)) {
                return "";
            }
            return switch (c.type()) {
                case WHATSAPP -> "https://wa.me/" + contact.substring(1);
                case SMS -> "sms:" + contact;
                default -> "tel:" + contact;
            };
        }
        // only a checked address becomes a link: "a@b.nl <script>" stays text without one
        return c.type() == ChannelType.EMAIL && ContactCheck.check(ChannelType.EMAIL, contact) == ContactCheck.Problem.OK
                ? "mailto:" + contact : "";
    }

    /** User text that may hold a phone number ("Anna de Vries, 06 12345678"), with the numbers dialable. */
    String freeText(String text) {
        return phones.internationalIn(SnippetModel.line(text), region);
    }

    static boolean isPhone(Channel c) {
        return c.type() == ChannelType.PHONE || c.type() == ChannelType.WHATSAPP || c.type() == ChannelType.SMS;
    }

    /** The real next reachable time, in words; skips focus blocks and days off (the resolver does). */
    Optional<String> nextAnswer(Channel c) {
        return status.channel(c.id()).map(ChannelStatus::nextReachable).map(next -> clock.answerFrom(next, at));
    }

    /**
     * The day the user is really back: a day off on Friday derives "back on Saturday", but
     * a client should read the first day a channel opens again, so that is the day named.
     */
    LocalDate backOn(DayOff off) {
        Instant from = off.backOn().atStartOfDay(zone).toInstant();
        return ordinary().stream().map(c -> resolver.nextReachable(c.id(), from))
                .flatMap(Optional::stream).min(Instant::compareTo)
                .map(i -> LocalDate.ofInstant(i, zone)).orElse(off.backOn());
    }

    /**
     * A channel's name inside a sentence: a standard name is a common noun there ("telefoon en
     * e-mail", "phone and email"), a name of the user's own stays as written.
     */
    String inSentence(Channel c) {
        String name = SnippetModel.line(c.name(lang));
        boolean standard = c.type() != ChannelType.WHATSAPP && c.type() != ChannelType.CUSTOM
                && c.type().standardNames().in(lang).map(name::equals).orElse(false);
        return standard ? name.toLowerCase(Locale.ROOT) : name;
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
