package org.reachable.domain.text.snippet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.text.DayStyle;
import org.reachable.domain.text.HoursLine;
import org.reachable.domain.text.WeeklyHours;

/**
 * The assistant briefing's values: the channels whose fallback is the assistant, when she takes
 * them over, and when the user answers a message she receives ({@code answerWhen}: the real next
 * reachable time after the current window, if the channel is open now). The briefing is for a
 * colleague at home, so its hours are on the user's clock.
 */
final class AssistantValues {

    private final SnippetContext c;

    AssistantValues(SnippetContext context) {
        this.c = context;
    }

    Map<String, Object> values() {
        List<Map<String, Object>> covers = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Channel ch : c.settings.channels()) {
            if (ch.urgentOnly()) {
                continue;
            }
            List<HoursLine> lines = WeeklyHours.forChannel(c.schedule, ch.id());
            if (ch.fallback() != Fallback.ASSISTANT) {
                if (!lines.isEmpty()) {
                    others.add(c.inSentence(ch));
                }
                continue;
            }
            Optional<ChannelStatus> s = c.status.channel(ch.id());
            boolean open = s.map(ChannelStatus::reachable).orElse(false);
            Optional<Instant> closes = open ? closes(ch.id(), s.get()) : Optional.empty();
            Optional<Instant> back = open
                    ? closes.flatMap(t -> c.resolver.nextReachable(ch.id(), t))
                    : s.map(ChannelStatus::nextReachable);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", SnippetModel.line(ch.name(c.lang)));
            m.put("nameInSentence", c.inSentence(ch));
            m.put("contact", c.contact(ch));
            m.put("hours", c.words.summary(lines, DayStyle.SHORT));
            m.put("openNow", open);
            m.put("coverFrom", closes.map(t -> c.words.answerFrom(t, c.zone, c.at)).orElse(""));
            // "neemt het morgen vanaf 9.00 uur weer over", but "reageert morgen na 9.00 uur": a reply comes once
            m.put("answerWhen", back.map(t -> c.words.answerFrom(t, c.zone, c.at)).orElse(c.phrases.soon()));
            // the first reply goes to a client, who may read another clock ("8.00 uur Britse tijd")
            m.put("replyWhen", back.map(t -> c.clock.answerAfter(t, c.at)).orElse(c.phrases.soon()));
            covers.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("covers", covers);
        m.put("any", !covers.isEmpty());
        m.put("others", SnippetContext.capitalise(c.words.list(others)));
        // mid-sentence the channels keep the case of their names ("phone, email and WhatsApp Business")
        m.put("othersInSentence", c.words.list(others));
        return m;
    }

    /** When an open channel next closes: its status's end, passing over a mere change of reason. */
    private Optional<Instant> closes(String id, ChannelStatus open) {
        Instant t = open.until();
        for (int i = 0; i < 8 && t != null; i++) {
            Optional<ChannelStatus> then = c.resolver.status(t).channel(id);
            if (then.isEmpty() || !then.get().reachable()) {
                return Optional.of(t);
            }
            t = then.get().until();
        }
        return Optional.empty();
    }
}
