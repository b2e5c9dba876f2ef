package org.reachable.domain.text.snippet;

import java.time.Instant;
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
     * hours. {@code hours} are spoken ("op maandag … van negen tot elf uur", with the clients'
     * clock when the profile has one); {@code callBack} is when the caller hears back, spoken too
     * ("na vijf uur", "morgen na negen uur") or, inside the hours, the channel's own promise.
     */
    Map<String, Object> values() {
        Optional<Channel> phone = phone();
        Optional<ChannelStatus> now = phone.flatMap(ch -> c.status.channel(ch.id()));
        Map<String, Object> m = new LinkedHashMap<>();
        // the standard variant, recorded once: the week, the promises, the urgent line, no moment
        m.put("standard", !c.dated);
        Promise inside = phone.map(Channel::promiseInside).orElse(Promise.none());
        Promise outside = phone.map(Channel::promiseOutside).orElse(Promise.none());
        String insideWords = PromiseWords.phrase(inside, c.lang);
        m.put("standardInside", insideWords.isEmpty() ? c.phrases.soon() : insideWords);
        m.put("standardInsideLast", !insideWords.isEmpty() && PromiseWords.isClause(inside));
        m.put("standardOutside", PromiseWords.phrase(outside, c.lang));
        // the dated variants: the day off in force (with its dates and year), else this moment's;
        // a vacation message for a day off ahead is made with --at a moment inside it
        boolean dayOff = c.dated && c.status.dayOff().isPresent();
        boolean available = c.dated && !dayOff && now.map(ChannelStatus::reachable).orElse(false);
        boolean focus = c.dated && !dayOff && !available && (c.status.state() == State.FOCUS
                || now.map(s -> s.reason() == Reason.FOCUS).orElse(false));
        String callBack;
        boolean callBackLast = false;
        if (available) {
            String promise = PromiseWords.phrase(phone.get().promiseInside(), c.lang);
            callBack = promise.isEmpty() ? c.phrases.soon() : promise;
            callBackLast = PromiseWords.isClause(phone.get().promiseInside());
        } else {
            callBack = now.map(ChannelStatus::nextReachable).map(this::spokenCallBack).orElse(c.phrases.soon());
        }
        m.put("available", available);
        m.put("focus", focus);
        m.put("outside", c.dated && !dayOff && !available && !focus);
        m.put("dayOff", dayOff);
        m.put("hours", phone.map(ch -> c.clock.spokenSummary(WeeklyHours.forChannel(c.schedule, ch.id()), c.today))
                .orElse(""));
        m.put("callBack", callBack);
        // "bel ik je binnen een uur terug" but "bel ik je terug zodra ik weer bereikbaar ben"
        m.put("callBackLast", callBackLast);
        m.put("contact", phone.map(c::contact).orElse(""));
        return m;
    }

    /** "na vijf uur" today, "morgen na negen uur", "maandag 30 november na negen uur". */
    private String spokenCallBack(Instant next) {
        ZonedDateTime local = next.atZone(c.zone);
        String time = c.phrases.after() + " " + c.clock.spokenTime(next);
        return local.toLocalDate().equals(c.today) ? time : c.words.onDay(local.toLocalDate(), c.today) + " " + time;
    }
}
