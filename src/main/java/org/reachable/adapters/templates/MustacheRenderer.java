package org.reachable.adapters.templates;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.text.JsonText;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetException;
import org.reachable.domain.text.snippet.SnippetModel;
import org.reachable.domain.text.snippet.SnippetRenderer;
import org.reachable.domain.text.snippet.Target;

/**
 * Texts from the Mustache templates shipped in {@code org/reachable/templates/}, named
 * {@code <target>.<lang>.<format>.mustache}. Compiled templates are kept, so a text is quick to
 * make again (the preview follows typing).
 *
 * <p>The compiler is strict on purpose: a value or section the model does not have is an error
 * naming the template and line, not an empty gap a client would read. {@code {{x}}} is escaped
 * for HTML in HTML templates and for Markdown in Markdown ones; in plain text it goes in as is
 * (the model already made it one line). In JSON-LD templates it is escaped for a JSON string
 * (and {@code <}, {@code >}, {@code &} as unicode escapes, so that a site can put the JSON in
 * its own script element safely); in Sieve templates for a Sieve quoted string (RFC 5228).
 */
public final class MustacheRenderer implements SnippetRenderer {

    private static final String FOLDER = "/org/reachable/templates/";

    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    @Override
    public boolean has(Target target, String language, Format format) {
        return target.formats().contains(format) && MustacheRenderer.class.getResource(path(name(target, language,
                format))) != null;
    }

    @Override
    public String render(Target target, String language, Format format, SnippetModel model) {
        String name = name(target, language, format);
        Template template = compiled.computeIfAbsent(name, n -> compile(n, load(n), format));
        try {
            return template.execute(model.values());
        } catch (MustacheException e) {
            throw new SnippetException("template " + name + ": " + e.getMessage(), e);
        }
    }

    /** Compiles template text, for the shipped templates and (later) the user's own. */
    public static Template compile(String name, String text, Format format) {
        Mustache.Compiler compiler = Mustache.compiler()
                .strictSections(true)
                .emptyStringIsFalse(true)
                .withEscaper(escaper(format));
        try {
            return compiler.compile(text);
        } catch (MustacheException e) {
            throw new SnippetException("template " + name + " does not compile: " + e.getMessage(), e);
        }
    }

    static Mustache.Escaper escaper(Format format) {
        return switch (format) {
            case HTML -> Escapers.HTML;
            case MARKDOWN -> MustacheRenderer::markdown;
            case JSONLD -> MustacheRenderer::json;
            case SIEVE -> MustacheRenderer::sieve;
            default -> Escapers.NONE;
        };
    }

    /** Backslashes the characters Markdown would read as markup or HTML, so user text stays text. */
    static String markdown(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * The inside of a JSON string: quote, backslash and control characters escaped, and {@code <},
     * {@code >}, {@code &}, U+2028 and U+2029 as unicode escapes, so that {@code </script>} in
     * user text cannot end the script element a site puts the JSON in.
     */
    static String json(String text) {
        return JsonText.inside(text);
    }

    /**
     * The inside of a Sieve quoted string (RFC 5228, 2.4.2): backslash and double quote escaped; and
     * since the script uses variables (RFC 5229), whose "${name}" would be replaced even in a reply,
     * a "${" in user text is written "$" + "${_}" + "{": the unset variable {@code _} is replaced by
     * nothing, and what a replacement leaves is not read again, so the client reads "${".
     */
    static String sieve(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                b.append("$${_}");
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    static String name(Target target, String language, Format format) {
        return target.code() + "." + language + "." + format.code();
    }

    private static String path(String name) {
        return FOLDER + name + ".mustache";
    }

    private static String load(String name) {
        try (InputStream in = MustacheRenderer.class.getResourceAsStream(path(name))) {
            if (in == null) {
                throw new SnippetException("there is no template " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[4096];
                for (int n; (n = reader.read(buffer)) > 0; ) {
                    text.append(buffer, 0, n);
                }
                return text.toString();
            }
        } catch (IOException e) {
            throw new SnippetException("cannot read template " + name + ": " + e.getMessage(), e);
        }
    }

    // --- the published page (issue 17) ---

    @Override
    public String pageSection(String language, Map<String, Object> values) {
        return shipped("page." + language + ".html", values);
    }

    @Override
    public String page(Map<String, Object> values) {
        return PageScript.withPolicy(shipped("page.html", values));
    }

    private String shipped(String name, Map<String, Object> values) {
        Template template = compiled.computeIfAbsent(name, n -> compile(n, load(n), Format.HTML));
        try {
            return template.execute(values);
        } catch (MustacheException e) {
            throw new SnippetException("template " + name + ": " + e.getMessage(), e);
        }
    }

    // --- the user's own templates (issue 5, "Templates") ---

    /** The user's template last compiled, per key: the preview renders the same text many times. */
    private final Map<String, UserTemplate> userCompiled = new ConcurrentHashMap<>();

    private record UserTemplate(String text, Format format, Template template) {
    }

    @Override
    public String template(Target target, String language, Format format) {
        return load(name(target, language, format));
    }

    @Override
    public String renderTemplate(String name, String text, Format format, SnippetModel model) {
        UserTemplate user = userCompiled.get(name);
        if (user == null || !user.text().equals(text) || user.format() != format) {
            try {
                user = new UserTemplate(text, format, compile(name, text, format));
            } catch (SnippetException e) {
                throw userProblem(name, e.getCause() == null ? e : e.getCause(), "does not compile");
            } catch (UnsupportedOperationException e) { // {{>partial}}: jmustache has no loader configured
                throw userProblem(name, e, "does not compile");
            }
            userCompiled.put(name, user);
        }
        try {
            return user.template().execute(model.values());
        } catch (MustacheException | UnsupportedOperationException e) {
            throw userProblem(name, e, null);
        }
    }

    private static final Pattern LINE = Pattern.compile(
            "(?:@ line|on line|line) (\\d+)");

    /** A problem in the user's template, with its line and the reason without jmustache's "@ line n". */
    private static SnippetException userProblem(String name, Throwable e, String what) {
        String raw = String.valueOf(e.getMessage());
        int line = 0;
        if (e instanceof MustacheException.Context context) {
            line = context.lineNo;
        } else {
            Matcher m = LINE.matcher(raw);
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
            }
        }
        Problem problem = TemplateProblems.of(e); // jmustache's English becomes a value the screens put in words
        String message = "template " + name + (what == null ? "" : " " + what)
                + (line > 0 ? ", line " + line : "") + ": " + ProblemWords.english().what(problem);
        return new SnippetException(message, line, problem, e);
    }
}
