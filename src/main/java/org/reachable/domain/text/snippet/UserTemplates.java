package org.reachable.domain.text.snippet;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ProblemWords;

/**
 * Texts with the user's own templates where there are any ({@code Settings.templateOverrides()},
 * keyed {@code <target>.<lang>.<format>}).
 *
 * <p>A user's template that does not compile or names a value the model does not have never
 * leaves a client without a text: the last version of that template that rendered in this run is
 * used instead, or the shipped default when there is none, and the problem (key, line, reason)
 * comes with the text so the screen can show it. The last good version is kept in memory only;
 * after a restart a broken template falls back to the default.
 */
public final class UserTemplates {

    /**
     * What went wrong with a user's template: its key, the line (1-based, 0 unknown) and why, in
     * English ({@code reason}) and as a value ({@code detail}) for the screen's own words.
     */
    public record Problem(String key, int line, String reason, org.reachable.domain.problem.Problem detail) {

        public Problem(String key, int line, String reason) {
            this(key, line, reason, org.reachable.domain.problem.Problem.text(reason));
        }

        /** "template autoreply.nl.text, line 3: ...", as a value with the key and line in it. */
        public org.reachable.domain.problem.Problem whole() {
            return org.reachable.domain.problem.Problem.of(line > 0 ? ProblemKind.TEMPLATE_AT : ProblemKind.TEMPLATE_IN,
                    key, line, detail);
        }

        /** "template autoreply.nl.text, line 3: ...", in English (for the log). */
        public String message() {
            return ProblemWords.english().what(whole());
        }
    }

    /** A text, and the problem with the user's template when the text came from another one. */
    public record Result(String text, Optional<Problem> problem) {
    }

    private final SnippetRenderer renderer;
    private final Map<String, String> lastGood = new ConcurrentHashMap<>();

    public UserTemplates(SnippetRenderer renderer) {
        this.renderer = renderer;
    }

    /** The key of a template in the settings: {@code autoreply.nl.text}. */
    public static String key(Target target, String language, Format format) {
        return target.code() + "." + language + "." + format.code();
    }

    /** Whether a shipped template exists (a user's template needs one to fall back to). */
    public boolean has(Target target, String language, Format format) {
        return renderer.has(target, language, format);
    }

    /** The shipped template's text. */
    public String defaultTemplate(Target target, String language, Format format) {
        return renderer.template(target, language, format);
    }

    /** The template text in use: the user's own, else the shipped one. */
    public String template(Target target, String language, Format format, Map<String, String> overrides) {
        String own = overrides.get(key(target, language, format));
        return own != null ? own : defaultTemplate(target, language, format);
    }

    /**
     * The text, from the user's template when there is one and it renders, else from the last one
     * that rendered, else from the default; any problem with the user's template comes along.
     *
     * @throws SnippetException only when the shipped template itself fails
     */
    public Result render(Target target, String language, Format format, SnippetModel model,
            Map<String, String> overrides) {
        String key = key(target, language, format);
        String own = overrides.get(key);
        if (own == null) {
            lastGood.remove(key); // reset to the default: an older version must not come back
            return new Result(renderer.render(target, language, format, model), Optional.empty());
        }
        Problem problem;
        try {
            String text = renderer.renderTemplate(key, own, format, model);
            lastGood.put(key, own);
            return new Result(text, Optional.empty());
        } catch (SnippetException e) {
            problem = new Problem(key, e.line(), e.reason(), e.problem());
        }
        String previous = lastGood.get(key);
        if (previous != null && !previous.equals(own)) {
            try {
                return new Result(renderer.renderTemplate(key, previous, format, model), Optional.of(problem));
            } catch (SnippetException e) {
                lastGood.remove(key); // no longer good for this model
            }
        }
        return new Result(renderer.render(target, language, format, model), Optional.of(problem));
    }

    /**
     * Checks template text before it is saved: compiles it and renders it with the model.
     *
     * @return the problem, or empty when it is good
     */
    public Optional<Problem> check(Target target, String language, Format format, String template,
            SnippetModel model) {
        String key = key(target, language, format);
        try {
            renderer.renderTemplate(key, template, format, model);
            return Optional.empty();
        } catch (SnippetException e) {
            return Optional.of(new Problem(key, e.line(), e.reason(), e.problem()));
        }
    }
}
