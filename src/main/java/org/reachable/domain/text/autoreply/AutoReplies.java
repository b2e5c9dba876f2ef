package org.reachable.domain.text.autoreply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.ClockWords;
import org.reachable.domain.text.PromiseWords;
import org.reachable.domain.text.Words;

/**
 * What the e-mail auto-reply says to a client who writes at a given moment, in one language: the
 * one function behind the copied text, {@code snippet autoreply --at} and every case of the Sieve
 * script, so they cannot disagree.
 *
 * <p>Inside an e-mail window no reply goes out unless the user asked for one (then it carries the
 * channel's promise): the client gets a person within the promise. Outside, the reply names the
 * real next moment e-mail is answered, said relative to the moment of writing ("vandaag vanaf
 * 16.00 uur", "morgen …", "maandag …") so that the same words are right every week; a day off in
 * force or in the way gets the date, which is what tells the client that this week is not the usual.
 */
public final class AutoReplies {

    /**
     * The reply at one moment. Two moments with equal replies get the same text.
     *
     * @param sends whether an auto-reply goes out at all
     * @param inWindow e-mail is answered now; {@code when} is then the channel's promise
     * @param when "morgen vanaf 9.00 uur", "binnen twee uur"; empty when nothing is known within a
     *     year (the text then says "as soon as I can")
     * @param dayOff the day off in force, whose stand-in and urgent line the text follows
     */
    public record Reply(boolean sends, boolean inWindow, Optional<String> when, Optional<DayOff> dayOff) {
    }

    /** A stretch of time with one reply: [start, end). */
    public record Stretch(Instant start, Instant end, Reply reply) {
    }

    private final Schedule schedule;
    private final StatusResolver resolver;
    private final boolean insideHours;
    private final Optional<Channel> mail;
    private final String language;
    private final Words words;
    /** Times with the clients' clock beside them, when the profile has a clients' zone. */
    private final ClockWords clock;
    private final ZoneId zone;

    /**
     * @param resolver with the manual override for a text copied now, {@link StatusResolver#scheduleOnly()}
     *     for a script that runs for months
     * @param language a language tag as texts take it ("nl", "en-GB", "en-US")
     */
    public AutoReplies(Settings settings, Schedule schedule, StatusResolver resolver, String language) {
        this.schedule = schedule;
        this.resolver = resolver;
        this.insideHours = settings.preferences().replyInsideHours();
        this.mail = mailChannel(settings);
        this.language = Locale.forLanguageTag(language).getLanguage();
        this.words = Words.forLocale(Locale.forLanguageTag(language));
        this.zone = schedule.zone();
        this.clock = ClockWords.of(words, zone, settings.profile().clientZone());
    }

    /**
     * The channel the auto-reply speaks for: the first ordinary e-mail channel, else the first
     * channel whose fallback is the auto-reply.
     */
    public static Optional<Channel> mailChannel(Settings settings) {
        return settings.channels().stream().filter(c -> !c.urgentOnly() && c.type() == ChannelType.EMAIL)
                .findFirst()
                .or(() -> settings.channels().stream().filter(c -> c.fallback() == Fallback.AUTO_REPLY).findFirst());
    }

    /** What a client who writes at {@code t} gets. */
    public Reply at(Instant t) {
        Optional<DayOff> off = resolver.dayOffAt(t);
        boolean open = mail.map(this::index).filter(i -> i >= 0).map(i -> resolver.snapshotAt(t).reachable(i))
                .orElse(false);
        if (open) {
            String promise = PromiseWords.phrase(mail.get().promiseInside(), language);
            return new Reply(insideHours, true, promise.isEmpty() ? Optional.empty() : Optional.of(promise), off);
        }
        Optional<Instant> next = mail.flatMap(c -> resolver.nextReachable(c.id(), t));
        return new Reply(true, false, next.map(n -> clock.replyAfter(n, t, off.isPresent() || dayOffBetween(t, n))),
                off);
    }

    /**
     * The first moment after {@code t} at which a client gets another reply (or none, or one after
     * none): until then a text copied at {@code t} is right. Empty when that is not within a year.
     */
    public Optional<Instant> changes(Instant t) {
        Reply now = at(t);
        Instant end = t.plus(StatusResolver.HORIZON);
        for (Instant b = next(t); b != null && b.isBefore(end); b = next(b)) {
            if (!at(b).equals(now)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The replies from {@code from} to {@code to}, as stretches of one reply each, in order. */
    public List<Stretch> stretches(Instant from, Instant to) {
        List<Stretch> list = new ArrayList<>();
        Instant start = from;
        Reply reply = at(from);
        for (Instant b = next(from); ; b = next(b)) {
            Instant end = b == null || b.isAfter(to) ? to : b;
            Reply then = end.equals(to) ? null : at(end);
            if (then == null || !then.equals(reply)) {
                list.add(new Stretch(start, end, reply));
                if (then == null) {
                    return list;
                }
                start = end;
                reply = then;
            }
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * Where a reply can change: where the status does, and at midnight, where "morgen" becomes
     * "vandaag".
     */
    private Instant next(Instant t) {
        Instant midnight = LocalDate.ofInstant(t, zone).plusDays(1).atStartOfDay(zone).toInstant();
        Optional<Instant> change = resolver.nextChange(t);
        return change.filter(c -> c.isBefore(midnight)).orElse(midnight);
    }

    /** Whether a day off starts between the two moments: the reply then names the date. */
    private boolean dayOffBetween(Instant from, Instant to) {
        for (var entry : schedule.entries()) {
            if (entry instanceof DayOff d) {
                Instant start = d.first().atStartOfDay(zone).toInstant();
                if (start.isAfter(from) && start.isBefore(to)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int index(Channel channel) {
        List<Channel> channels = resolver.channels();
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).id().equals(channel.id())) {
                return i;
            }
        }
        return -1;
    }
}
