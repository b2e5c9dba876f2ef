package org.reachable.domain.text.snippet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.autoreply.AutoReplies;
import org.reachable.domain.text.autoreply.SieveWeek;

/**
 * The auto-reply as a Sieve script for the whole year ({@link SieveWeek}): each reply in it is the
 * plain auto-reply text, from the same template (the user's own where there is one) at a moment
 * that reply is given, so the script and {@code snippet autoreply --at} agree by construction.
 *
 * <p>The script runs on a mail server for months, so it follows the schedule alone: a manual
 * status in the app (focus now, reachable now) is not in it, and its header says so.
 */
final class AutoReplyScript {

    private AutoReplyScript() {
    }

    static UserTemplates.Result render(UserTemplates templates, TextService.Request request, TextService.Data data,
            Instant at, Map<String, String> overrides) {
        Model model = model(templates, request, data, at, overrides);
        String language = TextService.templateLanguage(TextService.languageOf(request, data.settings()));
        UserTemplates.Result script = templates.render(Target.AUTOREPLY, language, Format.SIEVE, model.values(),
                overrides);
        return new UserTemplates.Result(script.text(), script.problem().or(model::problem));
    }

    /** The script's values, and a problem with the user's own plain auto-reply template, if any. */
    record Model(SnippetModel values, Optional<UserTemplates.Problem> problem) {
    }

    /** The values a Sieve template reads: the text's, and {@code sieve} with the rules and their replies. */
    static Model model(UserTemplates templates, TextService.Request request, TextService.Data data,
            Instant at, Map<String, String> overrides) {
        String tag = data.settings().profile().textTag(TextService.languageOf(request, data.settings()));
        String language = TextService.templateLanguage(tag);
        StatusResolver scheduleOnly = data.resolver().scheduleOnly();
        TextService.Data scheduled = new TextService.Data(data.settings(), data.schedule(), scheduleOnly, data.phones(),
                data.holidays());
        SieveWeek.Plan plan = SieveWeek.plan(new AutoReplies(data.settings(), data.schedule(), scheduleOnly, tag), at);

        Optional<UserTemplates.Problem> problem = Optional.empty();
        List<String> texts = new ArrayList<>();
        for (Instant moment : plan.moments()) {
            UserTemplates.Result text = templates.render(Target.AUTOREPLY, language, Format.TEXT,
                    TextService.model(scheduled, tag, moment, Target.AUTOREPLY), overrides);
            texts.add(text.text());
            problem = problem.or(text::problem);
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        for (SieveWeek.Rule rule : plan.rules()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("keyword", rules.isEmpty() ? "if" : "elsif");
            m.put("test", rule.test());
            m.put("end", rules.isEmpty());
            m.put("reply", rule.reply() >= 0);
            m.put("silent", !rules.isEmpty() && rule.reply() < 0);
            m.put("text", rule.reply() >= 0 ? texts.get(rule.reply()) : "");
            m.put("when", rule.reply() >= 0 ? plan.replies().get(rule.reply()).when().orElse("") : "");
            m.put("dated", rule.dated());
            rules.add(m);
        }
        LocalDate today = LocalDate.ofInstant(at, plan.zone());
        Map<String, Object> sieve = new LinkedHashMap<>();
        sieve.put("clock", plan.clock());
        sieve.put("last", SnippetModel.words(tag).date(plan.last(), today));
        sieve.put("zone", plan.zone().getId());
        sieve.put("insideHours", data.settings().preferences().replyInsideHours());
        sieve.put("rules", rules);
        return new Model(TextService.model(scheduled, tag, at, Target.AUTOREPLY).with("sieve", sieve), problem);
    }
}
