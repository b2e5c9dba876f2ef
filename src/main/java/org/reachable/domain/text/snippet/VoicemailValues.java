package org.reachable.domain.text.snippet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Promise;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.Reason;
import org.reachable.domain.status.State;
import org.reachable.domain.text.OneClock;
import org.reachable.domain.text.PromiseWords;
import org.reachable.domain.text.WeeklyHours;

/** The voicemail script's values: everything in it is said aloud. */
final class VoicemailValues {

    private final SnippetContext c;

    VoicemailValues(SnippetContext context) {
        this.c = context;
    }

    /**
     * The channel a voicemail greets callers on: the first whose fallback is the voicemail, else
     * the first phone.
     */
    private Optional<Channel> phone() {
        return c.ordinary().stream().filter(ch -> ch.fallback() == Fallback.VOICEMAIL).findFirst()
                .or(() -> c.ordinary().stream().filter(ch -> ch.type() == ChannelType.PHONE).findFirst());
    }

    /**
     * {@code standard}: the variant recorded once, which names no moment (undated). Otherwise (the
     * dated variants) exactly one of {@code available}, {@code focus}, {@code outside} and {@code dayOff} is true:
     * a day off wins, then "the phone is open but I did not pick up", then focus, else outside the
     * hours. {@code hours} are spoken ("op maandag … van negen tot elf uur") on one clock, named
     * once when the profile has a clients' zone ({@link org.reachable.domain.text.OneClock}: "…
     * uur Britse tijd"), with {@code clockNote} the home clock's usual distance to the client's, a
     * sentence of its own; {@code callBack} is when the caller hears back, spoken too on that clock
     * ("na vijf uur", "morgen na negen uur", "na vier uur Britse tijd") or, inside the hours, the
     * channel's own promise.
     */
    Map<String, Object> values() {
        Optional<Channel> phone = phone();
        Optional<ChannelStatus> now = phone.flatMap(ch -> c.status.channel(ch.id()));
        OneClock.Spoken week = phone.map(ch -> c.clock.spokenOneClock(WeeklyHours.forChannel(c.schedule, ch.id()),
                c.today)).orElse(new OneClock.Spoken("", "", c.zone, ""));
        Map<String, Object> m = new LinkedHashMap<>();
        // the standard variant, recorded once: the week, the promises, the urgent line, no moment
        m.put("standard", !c.dated);
        Promise inside = phone.map(Channel::promiseInside).orElse(Promise.none());
        Promise outside = phone.map(Channel::promiseOutside).orElse(Promise.none());
        String insideWords = spoken(PromiseWords.phrase(inside, c.lang));
        m.put("standardInside", insideWords.isEmpty() ? c.phrases.soon() : insideWords);
        m.put("standardInsideLast", !insideWords.isEmpty() && PromiseWords.isClause(inside));
        m.put("standardOutside", spoken(PromiseWords.phrase(outside, c.lang)));
        // the dated variants: the day off in force (with its dates and year), else this moment's;
        // a vacation message for a day off ahead is made with --at a moment inside it
        boolean dayOff = c.dated && c.status.dayOff().isPresent();
        boolean available = c.dated && !dayOff && now.map(ChannelStatus::reachable).orElse(false);
        boolean focus = c.dated && !dayOff && !available && (c.status.state() == State.FOCUS
                || now.map(s -> s.reason() == Reason.FOCUS).orElse(false));
        String callBack;
        boolean callBackLast = false;
        if (available) {
            String promise = spoken(PromiseWords.phrase(phone.get().promiseInside(), c.lang));
            callBack = promise.isEmpty() ? c.phrases.soon() : promise;
            callBackLast = PromiseWords.isClause(phone.get().promiseInside());
        } else {
            callBack = now.map(ChannelStatus::nextReachable).map(next -> spokenCallBack(next, week))
                    .orElse(c.phrases.soon());
            // "bel ik je terug na vier uur Britse tijd": a named clock makes the time too long to stand before "terug"
            callBackLast = !week.clock().isEmpty() && now.map(ChannelStatus::nextReachable).isPresent();
        }
        m.put("available", available);
        m.put("focus", focus);
        m.put("outside", c.dated && !dayOff && !available && !focus);
        m.put("dayOff", dayOff);
        m.put("hours", week.hours());
        m.put("clockNote", week.note());
        m.put("callBack", callBack);
        // "bel ik je binnen een uur terug" but "bel ik je terug zodra ik weer bereikbaar ben"
        m.put("callBackLast", callBackLast);
        m.put("contact", phone.map(c::contact).orElse(""));
        return m;
    }

    /**
     * A written promise as the rest of the English greeting says it aloud, contracted ("I'll call
     * you back", "as soon as I'm available again"); Dutch as written.
     */
    private String spoken(String promise) {
        return "en".equals(c.lang) ? promise.replace("I am ", "I'm ") : promise;
    }

    /**
     * "na vijf uur" today, "morgen na negen uur", "maandag 30 november na negen uur", on the clock
     * the hours were said on, named when there is a clients' zone ("na vier uur Britse tijd").
     */
    private String spokenCallBack(Instant next, OneClock.Spoken week) {
        ZonedDateTime local = next.atZone(week.zone());
        String time = c.phrases.after() + " " + c.words.spokenTime(local.toLocalTime())
                + (week.clock().isEmpty() ? "" : " " + week.clock());
        LocalDate today = LocalDate.ofInstant(c.at, week.zone());
        return local.toLocalDate().equals(today) ? time : c.words.onDay(local.toLocalDate(), today) + " " + time;
    }
}
